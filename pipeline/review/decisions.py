"""The editor's decisions on glossary hits and suggestions: ``OUTDIR/decisions.json``.

The file holds::

    {"schema_version": 1,
     "hits": {"<hit key>": {"decision": "accept" | "reject", "form"?, "article", "lang",
                             "entry_id", "paragraph", "sentence", "source_text", "target_text",
                             "status", "at"}},
     "suggestions": {"<suggestion id>": {"decision": "accept" | "reject",
                                         "entry": {"id", "type", "en", "uk", "ru", "note", "dnt"},
                                         "at"}},
     "edits": {"<sentence key>": {"text", "article", "lang", "paragraph", "sentence",
                                  "machine_text", "at"}}}

A hit key is ``article/lang/paragraph/sentence/entry_id@start`` (see :func:`hit_key`); a
rejected hit may carry the ``form`` the editor typed instead.  A sentence key is
``article/lang/paragraph/sentence`` (see :func:`sentence_key`); an edit holds the editor's
text for the whole translated sentence and ``machine_text``, what it said when edited.
Decisions are validated against what the page showed, then saved atomically.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.errors import InputError
from pipeline.fsutil import atomic_write_text
from pipeline.model import LANGS, Article, GlossaryHit

DECISIONS_FILE = "decisions.json"
DECISIONS_VERSION = 1
CHOICES = ("accept", "reject")
ENTRY_FIELDS = ("id", "type", "en", "uk", "ru", "note", "dnt")
MAX_FIELD = 300
MAX_SENTENCE = 5000
SECTIONS = ("hits", "suggestions", "edits")


class DecisionError(ValueError):
    """A decision the server refuses (answered with HTTP 400 and this message)."""


def hit_key(article: Article, lang: str, hit: GlossaryHit) -> str:
    """The stable key of a hit: ``article/lang/paragraph/sentence/entry_id@start``."""
    return f"{article.id}/{lang}/{hit.paragraph}/{hit.sentence}/{hit.entry_id}@{hit.source_span[0]}"


def sentence_key(article: Article, lang: str, paragraph: int, sentence: int) -> str:
    """The stable key of a translated sentence: ``article/lang/paragraph/sentence``."""
    return f"{article.id}/{lang}/{paragraph}/{sentence}"


def empty_decisions() -> dict[str, Any]:
    """A decisions document with nothing decided."""
    return {"schema_version": DECISIONS_VERSION, "hits": {}, "suggestions": {}, "edits": {}}


def load_decisions(path: str | Path) -> dict[str, Any]:
    """Read ``decisions.json`` (an empty document if the file does not exist)."""
    target = Path(path)
    if not target.exists():
        return empty_decisions()
    try:
        data = jsonio.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"{target}: not a readable decisions file ({exc}); fix or remove it"
        ) from exc
    if not isinstance(data, dict) or not all(
        isinstance(data.get(section, {}), dict) for section in SECTIONS
    ):
        raise InputError(f"{target}: not a newsmt decisions file; fix or remove it")
    return {**empty_decisions(), **data}


def _text(value: Any, name: str, *, required: bool = False, limit: int = MAX_FIELD) -> str:
    """One line of text: stripped, at most ``limit`` long, without tabs, line or paragraph
    separators or other control characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DecisionError(f"{name} must be a string")
    value = value.strip()
    if required and not value:
        raise DecisionError(f"{name} must not be empty")
    if len(value) > limit:
        raise DecisionError(f"{name} is longer than {limit} characters")
    if any(unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" for ch in value):
        raise DecisionError(f"{name} must not contain tabs, line breaks or control characters")
    return value


def _flag(value: Any, name: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise DecisionError(f"{name} must be true or false, not {value!r:.20}")
    return value


def clean_entry(raw: Any, base: dict[str, Any]) -> dict[str, Any]:
    """A suggestion's glossary entry: ``base`` with the editor's edits of the text fields."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise DecisionError("entry must be an object")
    unknown = sorted(set(raw) - set(ENTRY_FIELDS))
    if unknown:
        raise DecisionError(f"unknown entry field {unknown[0]!r}")
    entry = {name: _text(raw.get(name, base.get(name, "")), name) for name in ENTRY_FIELDS[:-1]}
    entry["id"] = _text(base.get("id"), "id", required=True)
    if entry["id"].startswith("#"):
        raise DecisionError("id must not start with '#' (a comment line in a glossary file)")
    entry["type"] = entry["type"] or "TERM"
    entry["dnt"] = _flag(raw.get("dnt", base.get("dnt", False)), "dnt")
    if not any(entry[lang] for lang in LANGS):
        raise DecisionError("entry needs a form in at least one of en, uk, ru")
    return entry


def validate_decision(
    payload: Any,
    hits: dict[str, dict[str, Any]],
    suggestions: dict[str, dict[str, Any]],
    sentences: dict[str, dict[str, Any]] | None = None,
) -> tuple[str, str, dict[str, Any]]:
    """Check a posted decision against the page's hits, suggestions and sentences.

    Returns ``(section, key, record)`` to store under ``decisions[section][key]``.
    """
    if not isinstance(payload, dict):
        raise DecisionError("a decision is a JSON object")
    kind, key, choice = payload.get("kind"), payload.get("key"), payload.get("decision")
    if not isinstance(key, str):
        raise DecisionError("key must be a string")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if kind == "edit":
        if key not in (sentences or {}):
            raise DecisionError(f"no translated sentence {key!r} on this page")
        unknown = sorted(set(payload) - {"kind", "key", "text"})
        if unknown:
            raise DecisionError(f"an edit takes no {unknown[0]!r}")
        text = _text(payload.get("text"), "an edited sentence", required=True, limit=MAX_SENTENCE)
        return "edits", key, {"text": text, **(sentences or {})[key], "at": now}
    if choice not in CHOICES:
        raise DecisionError("decision must be 'accept' or 'reject'")
    if kind == "hit":
        if key not in hits:
            raise DecisionError(f"no glossary hit {key!r} on this page")
        if "entry" in payload:
            raise DecisionError("a hit decision takes no entry")
        form = payload.get("form")
        if form is None or form == "":
            return "hits", key, {"decision": choice, **hits[key], "at": now}
        if choice != "reject":
            raise DecisionError("only a rejection takes a typed form")
        typed = _text(form, "form", required=True)
        return "hits", key, {"decision": choice, "form": typed, **hits[key], "at": now}
    if kind == "suggestion":
        if key not in suggestions:
            raise DecisionError(f"no suggestion {key!r} on this page")
        entry = clean_entry(payload.get("entry"), suggestions[key])
        return "suggestions", key, {"decision": choice, "entry": entry, "at": now}
    raise DecisionError("kind must be 'hit', 'suggestion' or 'edit'")


@contextmanager
def _folder_locked(folder: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``folder`` itself, held by one process (or store) at a time:
    no lock file to leave behind, and the kernel drops it when its holder dies."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class DecisionStore:
    """``decisions.json`` in a folder, updated atomically under a lock that also holds off
    other processes (a second review server on the same folder), so no decision is lost."""

    def __init__(self, outdir: str | Path) -> None:
        self.path = Path(outdir) / DECISIONS_FILE
        self._lock = threading.Lock()

    def load(self) -> dict[str, Any]:
        """The current decisions."""
        with self._lock:
            return load_decisions(self.path)

    def record(self, section: str, key: str, value: dict[str, Any]) -> dict[str, Any]:
        """Store one decision (replacing an earlier one on the same key) and save the file."""
        with self._lock, _folder_locked(self.path.parent):
            data = load_decisions(self.path)
            data.setdefault(section, {})[key] = value
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return data
