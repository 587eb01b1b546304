"""The editor's review pages, built from the JSON records of a batch.

``OUTDIR/<stem>.json`` records (see :mod:`pipeline.export.record`) are read back and
rendered with Jinja2 (autoescaped): ``OUTDIR/review.html``, an index of the stories
(counts, filters, the stories with most to check first, glossary suggestions), and
``OUTDIR/review/NNNN-<id>.html``, one page per story with its source and translations
side by side, sentence by sentence, glossary hits highlighted with their status and
findings linked to their sentence.  CSS and JS are inline in every page: the pages work
offline from files, and each stays small whatever the size of the batch.
"""

from __future__ import annotations

import gc
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline import jsonio
from pipeline.errors import InputError
from pipeline.export.record import refuse_newer, validate_record
from pipeline.fsutil import atomic_write_text
from pipeline.model import HIT_STATUSES, LANGS, Article, Translation
from pipeline.readers.base import unique_ids

if TYPE_CHECKING:
    from pipeline.glossary import Glossary
from pipeline.review.decisions import (
    DECISIONS_FILE,
    ENTRY_FIELDS,
    hit_key,
    load_decisions,
    sentence_key,
)

PAGE_FILE = "review.html"
STORY_DIR = "review"
INDEX_PAGE = 100
"""Stories the index lists at first (and more at a click); the rest wait hidden."""
SUGGESTION_PAGE = 100
"""Glossary suggestions a page holds: the index the first ones, ``review/suggestions-NNNN.html``
the next ones (the page of a big batch stays quick to open)."""
_SUGGESTION_FILE = re.compile(r"suggestions-\d{4,}\.html")
_STORY_PAGE = re.compile(r"\d{4,}-[\w-]*\.html")
SUGGESTIONS_FILE = "suggestions.json"
STATUSES = HIT_STATUSES
SEVERITIES = ("error", "warning", "info")
COLLECT_EVERY = 10_000
"""Container allocations between two runs of the cyclic garbage collector while the pages
and suggestions are made (:func:`fewer_collections`; Python's default is 700)."""
_TEST_MODEL = re.compile(r"(?:^|[^a-z0-9])test(?:model)?(?:[^a-z0-9]|$)", re.IGNORECASE)


@dataclass
class Batch:
    """What a review page shows: the articles of a batch, the glossary suggestions, the
    directions the batch skipped and the glossary it enforced.  ``suggestions_later`` is
    the command that computes the suggestions when the page was written without them
    (``newsmt review --page-first``); ``unreadable`` the errors of the records passed over."""

    articles: list[Article]
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    records: list[str] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    glossary_paths: list[Path] = field(default_factory=list)
    suggestions_later: str | None = None
    unreadable: list[str] = field(default_factory=list)


def skipped_directions(records: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The directions ``--skip-missing`` skipped, from ``(record name, extra)`` pairs: each
    with the records it concerns, why, and the command that fixes it."""
    found: dict[str, list[str]] = {}
    for name, extra in records:
        skipped = extra.get("skipped")
        for direction in skipped if isinstance(skipped, list) else []:
            if isinstance(direction, str) and re.fullmatch(r"[a-z]{2}-[a-z]{2}", direction):
                found.setdefault(direction, []).append(name)
    return [
        {
            "src": direction[:2],
            "tgt": direction[3:],
            "records": names,
            "reason": "no translation model for this direction was installed",
            "fix": f"newsmt models download {direction[:2]} {direction[3:]}",
        }
        for direction, names in sorted(found.items())
    ]


def recorded_glossary(records: list[tuple[str, dict[str, Any]]]) -> list[Path]:
    """The glossary files the batch was translated with (as its records name them)."""
    paths: list[Path] = []
    for _, extra in records:
        glossary = extra.get("glossary")
        named = glossary.get("paths") if isinstance(glossary, dict) else None
        for path in named if isinstance(named, list) else []:
            if isinstance(path, str) and Path(path) not in paths:
                paths.append(Path(path))
    return paths


def is_record(data: Any) -> bool:
    """Whether parsed JSON is a newsmt record (and not, say, a translated CMS export)."""
    return (
        isinstance(data, dict)
        and "schema_version" in data
        and isinstance(data.get("articles"), list)
    )


def record_paths(outdir: Path) -> list[Path]:
    """The record files of ``outdir``: ``*.json`` holding newsmt records, in its subfolders
    too (``translate`` keeps an input folder's layout under ``--out``), hidden ones skipped."""
    return [path for path, _ in records_of(outdir)]


def records_of(
    outdir: Path, unreadable: list[InputError] | None = None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The records of ``outdir`` (see :func:`record_paths`), each with its parsed JSON.

    A ``*.json`` that is not readable JSON is an error, or, given ``unreadable``, added
    to it and passed over."""
    for path in sorted(outdir.rglob("*.json")):
        inner = path.relative_to(outdir).parts
        if inner in ((DECISIONS_FILE,), (SUGGESTIONS_FILE,)) or any(
            part.startswith(".") for part in inner
        ):
            continue
        yield from _json_record(path, unreadable)


def _json_record(
    path: Path, unreadable: list[InputError] | None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """``path`` with its parsed JSON if that is a newsmt record; nothing for other JSON.
    A file that is not readable JSON is an error, or, given ``unreadable``, added to it."""
    try:
        data = jsonio.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        error = InputError(
            f"{path}: no such file; check the path"
            if isinstance(exc, FileNotFoundError)
            else f"{path}: not readable JSON ({exc}); re-run newsmt translate or remove it"
        )
        if unreadable is None:
            raise error from exc
        unreadable.append(error)
        return
    if is_record(data):
        yield path, data


def _checked(
    records: Iterable[tuple[Path, dict[str, Any]]], unreadable: list[InputError] | None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """``records`` whose JSON is checked once: a newer ``schema_version`` or a damaged
    record is a one-line error, or, given ``unreadable``, added to it and passed over."""
    for path, data in records:
        try:
            refuse_newer(data, path)
            problems = validate_record(data)
            if problems:
                raise InputError(
                    f"{path}: malformed newsmt record ({problems[0]}); re-run translate"
                )
        except InputError as error:
            if unreadable is None:
                raise
            unreadable.append(error)
            continue
        yield path, data


def checked_records(
    outdir: Path, unreadable: list[InputError] | None = None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The records of a translate ``--out`` folder, which must hold some, each with its JSON
    checked once: a newer ``schema_version`` or a damaged record is a one-line error.

    Given ``unreadable`` (``review``: one damaged record must not hide the batch), such a
    record's error is added to it and the record passed over; a folder with no good
    record is still an error."""
    _need_folder(outdir)
    found = False
    for path, data in _checked(records_of(outdir, unreadable), unreadable):
        found = True
        yield path, data
    if not found:
        raise unreadable[0] if unreadable else InputError(_NO_RECORDS.format(outdir=outdir))


def records_in(
    paths: Iterable[Path], unreadable: list[InputError] | None = None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The records of ``paths``, files or folders (a folder stands for its records, as in
    :func:`records_of`), each with its JSON checked as :func:`checked_records` does; JSON
    that is no newsmt record (a translated CMS export) is left out.  A missing, unreadable
    or damaged file is an error, or, given ``unreadable``, added to it and passed over."""
    for path in paths:
        found = records_of(path, unreadable) if path.is_dir() else _json_record(path, unreadable)
        yield from _checked(found, unreadable)


def record_articles(path: Path, data: dict[str, Any]) -> tuple[list[Article], dict[str, Any]]:
    """The articles of a record's checked JSON and its other top-level fields (what
    :func:`~pipeline.export.record.read_record` returns)."""
    try:
        articles = [Article.from_dict(a) for a in data["articles"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: malformed newsmt record ({exc}); re-run translate") from exc
    return articles, {k: v for k, v in data.items() if k not in ("articles", "schema_version")}


_NO_RECORDS = (
    "{outdir}: no newsmt JSON records (<stem>.json) found; "
    "run newsmt translate … --out {outdir} first"
)


def _record_json(path: Path) -> dict[str, Any]:
    """A record's JSON, read again (one that changed since is no record: an error)."""
    try:
        data = jsonio.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not readable JSON ({exc}); run review again") from exc
    if not is_record(data):
        raise InputError(f"{path}: changed while it was read; run review again")
    return data


def _need_folder(outdir: Path) -> None:
    if not outdir.is_dir():
        raise InputError(f"{outdir}: not a folder; pass the --out folder of newsmt translate")


def suggestion_entry(obj: Any) -> dict[str, Any]:
    """A suggestion as a glossary entry (``id type en uk ru note dnt``) plus ``details``.

    Accepts a dataclass (``pipeline.glossary.suggest.Suggestion``) or a dict; language forms
    may be plain fields or a ``forms`` mapping of lists.  Other fields become details.
    """
    data = asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else dict(obj)
    forms = data.pop("forms", None) or {}
    entry: dict[str, Any] = {}
    for lang in LANGS:
        value = data.pop(lang, None) or forms.get(lang, "")
        entry[lang] = " | ".join(value) if isinstance(value, list | tuple) else str(value)
    entry["type"] = str(data.pop("type", "") or "TERM")
    entry["note"] = str(data.pop("note", "") or "")
    entry["dnt"] = bool(data.pop("dnt", False))
    data.pop("confirmed", None)  # the page lists confirmed suggestions only
    first = next((entry[lang] for lang in LANGS if entry[lang]), "suggestion")
    entry["id"] = str(data.pop("id", "") or _slug(first))
    entry["details"] = [
        (name, ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value))
        for name, value in data.items()
        if value not in (None, "", [], {})
    ]
    return entry


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "suggestion"


def glossary_suggestions(
    articles: Iterable[Article],
    glossary_paths: list[Path] | None = None,
    cache: Path | None = None,
) -> list[Any]:
    """What ``newsmt glossary suggest`` proposes for ``articles`` against ``glossary_paths``
    (default ``./glossaries``), so nothing the glossary has is suggested; with ``cache`` (a
    :class:`~pipeline.glossary.suggest_cache.MentionCache` file), only the articles it does
    not hold are analysed, and it is filled with them."""
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import suggest
    from pipeline.glossary.suggest_cache import MentionCache

    paths = default_glossary_paths() if glossary_paths is None else glossary_paths
    glossary = Glossary.load(paths)
    if cache is None:
        return list(suggest(articles, glossary))
    with MentionCache(cache) as mentions:
        return list(suggest(articles, glossary, cache=mentions))


def cache_suggestions(outdir: Path, articles: list[Article], glossary: Glossary | None) -> None:
    """Fill ``outdir``'s suggestion cache with the mentions of ``articles`` against
    ``glossary`` (``translate --suggest``: the stories are analysed while in memory; ``review``
    then reads them)."""
    from pipeline.glossary.suggest import article_mentions, one_thread
    from pipeline.glossary.suggest_cache import CACHE_FILE, MentionCache

    with MentionCache(outdir / CACHE_FILE) as cache, one_thread():
        article_mentions(articles, glossary, cache)


Suggester = Callable[[Iterable[Article], list[Path] | None], list[Any]]


def load_suggestions(
    outdir: Path,
    articles: Iterable[Article],
    suggester: Suggester = glossary_suggestions,
    glossary_paths: list[Path] | None = None,
) -> list[dict[str, Any]]:
    """Suggestions from ``OUTDIR/suggestions.json`` and from ``suggester``, unique by id."""
    found: list[Any] = []
    path = outdir / SUGGESTIONS_FILE
    if path.exists():
        try:
            data = jsonio.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not valid JSON ({exc}); fix or remove it") from exc
        items = data.get("suggestions", []) if isinstance(data, dict) else data
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{path}: expected a list of suggestion objects; fix or remove it")
        found.extend(items)
    found.extend(suggester(articles, glossary_paths))
    unique: dict[str, dict[str, Any]] = {}
    for item in found:
        entry = suggestion_entry(item)
        unique.setdefault(entry["id"], entry)
    return list(unique.values())


def load_batch(
    outdir: str | Path,
    suggester: Suggester = glossary_suggestions,
    glossary_paths: list[Path] | None = None,
) -> Batch:
    """Read every record in ``outdir`` and the glossary suggestions for its articles.

    Suggestions are made against ``glossary_paths`` or else the glossary the records say
    the batch was translated with, if its files are still there (else ``./glossaries``).
    """
    folder = Path(outdir)
    paths: list[Path] = []
    articles: list[Article] = []
    extras: list[tuple[str, dict[str, Any]]] = []
    unreadable: list[InputError] = []
    for path, data in checked_records(folder, unreadable):
        found, extra = record_articles(path, data)
        paths.append(path)
        articles.extend(found)
        extras.append((path.relative_to(folder).as_posix(), extra))
    unique_ids(articles)  # as glossary apply does (load_records)
    batch, glossary_paths = _batch_of(folder, paths, extras, unreadable, glossary_paths)
    batch.articles = articles
    batch.suggestions = load_suggestions(folder, articles, suggester, glossary_paths)
    return batch


def _batch_of(
    folder: Path,
    paths: list[Path],
    extras: list[tuple[str, dict[str, Any]]],
    unreadable: list[InputError],
    glossary_paths: list[Path] | None,
) -> tuple[Batch, list[Path] | None]:
    """A batch of ``paths`` (the records passed over: ``unreadable``) without articles or
    suggestions yet, and the glossary to suggest against: ``glossary_paths``, else the one
    the records name if its files are still there (``None``: the default glossaries)."""
    recorded = recorded_glossary(extras)
    if glossary_paths is None and recorded and all(p.is_file() for p in recorded):
        glossary_paths = recorded
    batch = Batch(
        [],
        [],
        [p.relative_to(folder).as_posix() for p in paths],
        skipped_directions(extras),
        list(glossary_paths or []),
        unreadable=[str(error) for error in unreadable],
    )
    return batch, glossary_paths


def noise_model_ids(translation: Translation) -> list[str]:
    """The ids of ``translation``'s models that are newsmt test models (output is noise).

    The record's ``test_model`` flag decides; for records without it, a model id naming
    a test model does.
    """
    named = [m for m in translation.models if _TEST_MODEL.search(m)]
    return named or list(translation.models) if translation.test_model else named


def _pieces(text: str, spans: list[tuple[int, int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """``text`` cut into plain and highlighted pieces (overlapping spans are skipped)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, info in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append({"text": text[pos:start]})
        out.append({"text": text[start:end], **info})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def _hit_rows(
    article: Article, langs: list[str], anchor: str, decisions: dict[str, Any]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The article's hits as page rows, and as the server's record of each hit key."""
    rows: list[dict[str, Any]] = []
    known: dict[str, dict[str, Any]] = {}
    for lang in langs:
        for hit in article.translations[lang].hits:
            key = hit_key(article, lang, hit)
            known[key] = {
                "article": article.id,
                "lang": lang,
                "entry_id": hit.entry_id,
                "paragraph": hit.paragraph,
                "sentence": hit.sentence,
                "source_text": hit.source_text,
                "target_text": hit.target_text,
                "status": hit.status,
            }
            rows.append(
                {
                    **known[key],
                    "key": key,
                    "canonical": hit.canonical,
                    "proposal": hit.proposal,
                    "original": hit.original,
                    "form": decisions["hits"].get(key, {}).get("form"),
                    "anchor": f"{anchor}-p{hit.paragraph}-s{hit.sentence}",
                    "where": f"{hit.paragraph + 1}.{hit.sentence + 1}",
                    "source_span": hit.source_span,
                    "target_span": hit.target_span,
                    "decision": decisions["hits"].get(key, {}).get("decision"),
                }
            )
    return rows, known


def _finding_rows(article: Article, langs: list[str], anchor: str) -> list[dict[str, Any]]:
    """The article's findings as page rows."""
    return [
        {
            "lang": lang,
            "paragraph": f.paragraph,
            "sentence": f.sentence,
            "check": f.check,
            "severity": str(f.severity),
            "message": f.message,
            "anchor": f"{anchor}-p{f.paragraph}-s{f.sentence}",
            "where": f"{f.paragraph + 1}.{f.sentence + 1}",
            "words": list(f.words),
        }
        for lang in langs
        for f in article.translations[lang].findings
    ]


WordPatterns = list[tuple[dict[str, Any], str, re.Pattern[str] | None]]
_WORD_RUN = re.compile(r"[\w'ʼ’-]+")
"""A run of word characters: a word of a finding is found where it is a whole run."""
_BOUNDED = r"(?<![\w'ʼ’-]){}(?![\w'ʼ’-])"


def _word_patterns(findings: list[dict[str, Any]]) -> WordPatterns:
    """Each word of ``findings`` (story-wide, e.g. unknown words) with its finding and, for
    a word that is not one :data:`_WORD_RUN` (rare: "St. Petersburg"), the pattern that
    finds it between non-word characters."""
    return [
        (f, word, None if _WORD_RUN.fullmatch(word) else _bounded(word))
        for f in findings
        for word in f["words"]
    ]


def _bounded(word: str) -> re.Pattern[str]:
    return re.compile(_BOUNDED.format(re.escape(word)))


def _word_spans(text: str, patterns: WordPatterns) -> list[tuple[int, int, dict[str, Any]]]:
    """Where the words of ``patterns`` (:func:`_word_patterns`) occur in ``text`` as whole
    words: a word that is one :data:`_WORD_RUN` where a run of ``text`` is that word."""
    if not patterns:
        return []
    runs: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD_RUN.finditer(text):
        runs.setdefault(m.group(), []).append(m.span())
    spans = []
    for f, word, pattern in patterns:
        if pattern is None:
            found = runs.get(word, [])
        else:
            found = [m.span() for m in pattern.finditer(text)]
        spans.extend((start, end, {"word": f}) for start, end in found)
    return spans


def _sentence_rows(
    article: Article,
    langs: list[str],
    anchor: str,
    hits: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    edits: dict[str, Any],
) -> list[dict[str, Any]]:
    """One row per source sentence: the source and each translation, marked up."""
    hits_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for h in hits:
        hits_at.setdefault((h["lang"], h["paragraph"], h["sentence"]), []).append(h)
    findings_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    worded: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        findings_at.setdefault((f["lang"], f["paragraph"], f["sentence"]), []).append(f)
        if f["words"]:
            worded.setdefault(f["lang"], []).append(f)
    patterns = {lang: _word_patterns(found) for lang, found in worded.items()}
    rows = []
    for p, s, sent in article.iter_sentences():
        source_spans: dict[tuple[int, int], list[dict[str, Any]]] = {}
        cells, hit_tokens, finding_tokens = [], [], []
        for lang in langs:
            translation = article.translations[lang]
            text = _sentence(translation, p, s)
            here = hits_at.get((lang, p, s), [])
            notes = findings_at.get((lang, p, s), [])
            for h in here:
                source_spans.setdefault(tuple(h["source_span"]), []).append(h)
            hit_tokens.extend(f"{lang}:{h['status']}" for h in here)
            spans = [(*h["target_span"], {"hit": h}) for h in here if h["target_span"]]
            words = _word_spans(text, patterns.get(lang, []))
            spans.extend(words)
            marked = list({id(w[2]["word"]): w[2]["word"] for w in words}.values())
            finding_tokens.extend(
                f"{lang}:{f['severity']}:{f['check']}"
                for f in notes + [f for f in marked if f not in notes]
            )
            key = sentence_key(article, lang, p, s)
            edit = edits.get(key, {})
            post_edit = translation.edit_of(p, s)
            cells.append(
                {
                    "lang": lang,
                    "key": key,
                    "text": text,
                    "pieces": _pieces(text, spans),
                    "empty": not text,
                    "hits": here,
                    "findings": notes,
                    "noise": bool(noise_model_ids(translation)),
                    "edit": edit.get("text") if edit.get("text") != text else None,
                    "machine_text": post_edit.machine if post_edit else None,
                }
            )
        terms = [
            (start, end, {"term": " · ".join(f"{h['lang']}: {h['status']}" for h in hs)})
            for (start, end), hs in source_spans.items()
        ]
        rows.append(
            {
                "anchor": f"{anchor}-p{p}-s{s}",
                "where": f"{p + 1}.{s + 1}",
                "kind": str(article.paragraphs[p].kind),
                "source": _pieces(sent.text, terms),
                "cells": cells,
                "hit_tokens": " ".join(hit_tokens),
                "finding_tokens": " ".join(finding_tokens),
            }
        )
    return rows


def _known_sentences(article: Article, langs: list[str]) -> dict[str, dict[str, Any]]:
    """The server's record of each translated sentence an editor may rewrite."""
    return {
        sentence_key(article, lang, p, s): {
            "article": article.id,
            "lang": lang,
            "paragraph": p,
            "sentence": s,
            "machine_text": _sentence(article.translations[lang], p, s),
        }
        for lang in langs
        if not noise_model_ids(article.translations[lang])
        for p, s, _ in article.iter_sentences()
    }


def _article_view(
    index: int, article: Article, decisions: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """What the page shows of one article, and the server's record of its hit keys."""
    langs = [lang for lang in LANGS if lang in article.translations]
    anchor = f"a{index}"
    hits, known = _hit_rows(article, langs, anchor, decisions)
    findings = _finding_rows(article, langs, anchor)
    translations = [
        {
            "lang": lang,
            "engine": article.translations[lang].engine,
            "route": " → ".join(article.translations[lang].route),
            "models": article.translations[lang].models,
            "test_models": noise_model_ids(article.translations[lang]),
        }
        for lang in langs
    ]
    view = {
        "anchor": anchor,
        "id": article.id,
        "title": article.headline or article.id,
        "source_path": article.source_path,
        "lang": article.lang or "und",
        "translations": translations,
        "rows": _sentence_rows(article, langs, anchor, hits, findings, decisions.get("edits", {})),
        "hits": hits,
        "findings": findings,
    }
    return view, known


def _sentence(translation: Translation, p: int, s: int) -> str:
    rows = translation.sentences
    return rows[p][s] if p < len(rows) and s < len(rows[p]) else ""


def story_page_name(index: int, article: Article) -> str:
    """The story page of the ``index``-th article, relative to OUTDIR: ``review/0001-id.html``."""
    return f"{STORY_DIR}/{index + 1:04d}-{_slug(article.id)[:48]}.html"


def _counts(summaries: list[dict[str, Any]], suggestions: int, edits: int) -> dict[str, Any]:
    """The counts a page shows at the top, over the stories of ``summaries``."""
    return {
        "articles": len(summaries),
        "sentences": sum(s["sentences"] for s in summaries),
        "translations": sum(len(s["langs"]) for s in summaries),
        "suggestions": suggestions,
        "edits": edits,
        "hits": {st: sum(s["hits"][st] for s in summaries) for st in STATUSES},
        "findings": {sev: sum(s["findings"][sev] for s in summaries) for sev in SEVERITIES},
    }


def story_summary(index: int, article: Article, edits: dict[str, Any]) -> dict[str, Any]:
    """What the index page shows of one story: counts, filter tokens, its page."""
    langs = [lang for lang in LANGS if lang in article.translations]
    translations = [article.translations[lang] for lang in langs]
    hits = Counter(h.status for t in translations for h in t.hits)
    findings = Counter(str(f.severity) for t in translations for f in t.findings)
    prefix = f"{article.id}/"
    return {
        "position": index + 1,
        "id": article.id,
        "href": story_page_name(index, article),
        "title": article.headline or article.id,
        "source_path": article.source_path,
        "lang": article.lang or "und",
        "langs": langs,
        "sentences": len(article.iter_sentences()),
        "hits": {st: hits.get(st, 0) for st in STATUSES},
        "findings": {sev: findings.get(sev, 0) for sev in SEVERITIES},
        "checks": sorted({f.check for t in translations for f in t.findings}),
        "hit_tokens": " ".join(
            sorted({f"{t.lang}:{h.status}" for t in translations for h in t.hits})
        ),
        "finding_tokens": " ".join(
            sorted({f"{t.lang}:{f.severity}:{f.check}" for t in translations for f in t.findings})
        ),
        "noise": [t.lang for t in translations if noise_model_ids(t)],
        "edits": sum(1 for key in edits if key.startswith(prefix)),
    }


def _worst_first(summary: dict[str, Any]) -> tuple[int, ...]:
    """Sort key of the index: errors, missing hits, warnings, needs-review… first."""
    f, h = summary["findings"], summary["hits"]
    return (
        -f["error"], -h["missing"], -f["warning"], -h["needs-review"], -h["ambiguous"],
        -f["info"], summary["position"],
    )  # fmt: skip


def _noise(summary: dict[str, Any], article: Article, href: str) -> list[dict[str, Any]]:
    """The banner's lines for a story's test-model translations, linked to ``href``."""
    return [
        {
            "title": summary["title"],
            "href": href,
            "lang": lang,
            "models": noise_model_ids(article.translations[lang]),
        }
        for lang in summary["noise"]
    ]


def _index_noise(summary: dict[str, Any], article: Article) -> list[dict[str, Any]]:
    """:func:`_noise` as the index shows it: linked to the story in its page."""
    return _noise(summary, article, f"{summary['href']}#a{summary['position'] - 1}")


def _suggestion_rows(batch: Batch, decisions: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            **s,
            "decision": decisions["suggestions"].get(s["id"], {}).get("decision"),
            "edited": decisions["suggestions"].get(s["id"], {}).get("entry", {}),
        }
        for s in batch.suggestions
    ]


def _common(batch: Batch, served: bool) -> dict[str, Any]:
    return {
        "served": served,
        "skipped": batch.skipped,
        "unreadable": batch.unreadable,
        "suggestions_later": batch.suggestions_later,
        "statuses": STATUSES,
        "severities": SEVERITIES,
    }


def suggestion_page_name(number: int) -> str:
    """The path, relative to the output folder, of the ``number``-th page of suggestions
    (the first is on the index)."""
    return f"{STORY_DIR}/suggestions-{number:04d}.html"


def suggestion_pages(batch: Batch) -> int:
    """How many pages the batch's suggestions take (the index's included)."""
    return max(1, -(-len(batch.suggestions) // SUGGESTION_PAGE))


def _suggestion_page(
    batch: Batch, decisions: dict[str, Any], number: int, summaries: list[dict[str, Any]]
) -> dict[str, Any]:
    """The rows of the ``number``-th page of suggestions, the pager and the story links,
    relative to where that page is (the index for the first, ``review/`` for the others)."""
    rows = _suggestion_rows(batch, decisions)
    start = (number - 1) * SUGGESTION_PAGE
    inside = number > 1
    links = {
        s["id"]: f"{Path(s['href']).name if inside else s['href']}#a{s['position'] - 1}"
        for s in summaries
    }
    pages = [
        {"number": n, "current": n == number, "href": _suggestion_href(n, inside)}
        for n in range(1, suggestion_pages(batch) + 1)
    ]
    return {
        "suggestions": rows[start : start + SUGGESTION_PAGE],
        "suggestions_total": len(rows),
        "suggestion_first": start + 1,
        "suggestion_pages": pages,
        "article_links": links,
    }


def _suggestion_href(number: int, inside: bool) -> str:
    """The link to the ``number``-th page of suggestions from the index or, ``inside``,
    from a page in ``review/``."""
    if number == 1:
        return f"../{PAGE_FILE}#suggestions" if inside else "#suggestions"
    name = suggestion_page_name(number)
    return Path(name).name if inside else name


def suggestions_view(
    batch: Batch,
    summaries: list[dict[str, Any]],
    decisions: dict[str, Any],
    served: bool,
    number: int,
) -> dict[str, Any]:
    """What the ``number``-th page of suggestions (2 and on) shows."""
    return {
        **_common(batch, served),
        **_suggestion_page(batch, decisions, number, summaries),
        "title": f"glossary suggestions, page {number} — newsmt review",
        "index_href": f"../{PAGE_FILE}",
    }


def index_view(
    batch: Batch,
    summaries: list[dict[str, Any]],
    noise: list[dict[str, Any]],
    decisions: dict[str, Any],
    served: bool,
) -> dict[str, Any]:
    """What the index page shows: counts, banners, the stories worst first, the first
    suggestions."""
    records = batch.records
    line = ", ".join(records) if len(records) <= 20 else f"{len(records)} files"
    return {
        **_common(batch, served),
        "title": f"newsmt review — {len(summaries)} article{'' if len(summaries) == 1 else 's'}",
        "records_line": line,
        "glossary_paths": [str(p) for p in batch.glossary_paths],
        "noise": noise,
        "stories": sorted(summaries, key=_worst_first),
        "page_size": INDEX_PAGE,
        **_suggestion_page(batch, decisions, 1, summaries),
        "langs": sorted({lang for s in summaries for lang in s["langs"]}),
        "checks": sorted({c for s in summaries for c in s["checks"]}),
        "counts": _counts(summaries, len(batch.suggestions), len(decisions.get("edits", {}))),
    }


def story_view(
    batch: Batch,
    index: int,
    decisions: dict[str, Any],
    served: bool,
    article: Article | None = None,
    names: list[str] | None = None,
) -> dict[str, Any]:
    """What the page of the ``index``-th story shows (links relative to its folder).

    ``article`` and ``names`` (every story page's name, :func:`story_page_name`) stand in
    for ``batch.articles`` when the batch is read one record at a time."""
    article = article or batch.articles[index]
    names = names or [story_page_name(i, a) for i, a in enumerate(batch.articles)]
    view, _ = _article_view(index, article, decisions)
    summary = story_summary(index, article, decisions.get("edits", {}))
    near = [names[i] if 0 <= i < len(names) else None for i in (index - 1, index + 1)]
    own = names[index]
    return {
        **_common(batch, served),
        "title": f"{view['title']} — newsmt review",
        "a": view,
        "summary": summary,
        "noise": _noise(summary, article, f"#{view['anchor']}"),
        "index_href": f"../{PAGE_FILE}",
        "prev_href": near[0] and Path(near[0]).name,
        "next_href": near[1] and Path(near[1]).name,
        "own": own,
        "position": index + 1,
        "total_stories": len(names),
        "langs": [t["lang"] for t in view["translations"]],
        "checks": sorted({f["check"] for f in view["findings"]}),
        "counts": _counts([summary], 0, summary["edits"]),
    }


def known_keys(batch: Batch, decisions: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the server accepts decisions on: ``hits``, ``suggestions`` and ``sentences``,
    each a key → what the page showed of it."""
    hits: dict[str, dict[str, Any]] = {}
    sentences: dict[str, dict[str, Any]] = {}
    for index, article in enumerate(batch.articles):
        langs = [lang for lang in LANGS if lang in article.translations]
        hits.update(_hit_rows(article, langs, f"a{index}", decisions)[1])
        sentences.update(_known_sentences(article, langs))
    return {
        "hits": hits,
        "sentences": sentences,
        "suggestions": {s["id"]: {k: s[k] for k in ENTRY_FIELDS} for s in batch.suggestions},
    }


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """jinja's environment, reading ``view.key`` of a plain dict as its item straight away
    where no dict attribute has that name: what jinja's ``getattr`` finds too, only after
    the attribute lookup raised (the views are dicts, read thousands of times a page);
    a key the dict lacks is undefined, as jinja finds after both lookups raised."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


_ENV = _Environment(
    loader=PackageLoader("pipeline.review", "templates"),
    autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,
)


def render_index(view: dict[str, Any]) -> str:
    """The index page's HTML for an :func:`index_view` result."""
    return _ENV.get_template("index.html.j2").render(**view)


def render_story(view: dict[str, Any]) -> str:
    """A story page's HTML for a :func:`story_view` result."""
    return _ENV.get_template("story.html.j2").render(**view)


def render_suggestions(view: dict[str, Any]) -> str:
    """A page of suggestions' HTML for a :func:`suggestions_view` result."""
    return _ENV.get_template("suggestions.html.j2").render(**view)


def render_index_of(batch: Batch, decisions: dict[str, Any], served: bool) -> str:
    """The index page's HTML for ``batch`` (the server's; :func:`write_page` streams)."""
    summaries, noise = _summaries(batch, decisions)
    return render_index(index_view(batch, summaries, noise, decisions, served))


def render_suggestions_of(
    batch: Batch, decisions: dict[str, Any], served: bool, number: int
) -> str:
    """The ``number``-th page of suggestions' HTML for ``batch`` (the server's)."""
    summaries, _noise = _summaries(batch, decisions)
    return render_suggestions(suggestions_view(batch, summaries, decisions, served, number))


def _summaries(
    batch: Batch, decisions: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    summaries, noise = [], []
    edits = decisions.get("edits", {})
    for index, article in enumerate(batch.articles):
        summary = story_summary(index, article, edits)
        summaries.append(summary)
        noise.extend(_index_noise(summary, article))
    return summaries, noise


def write_page(
    outdir: str | Path,
    suggester: Suggester = glossary_suggestions,
    batch: Batch | None = None,
    glossary_paths: list[Path] | None = None,
    suggestions_later: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """Write the review pages — ``OUTDIR/review.html`` (the index) and one page per story
    in ``OUTDIR/review/`` — with the decisions so far; return the index's path.

    With ``suggestions_later`` (the command that computes them), no glossary suggestions
    are computed (``suggester`` is not called) and every page says so and gives it.

    Without ``batch`` (already loaded from ``outdir``), the records are read one at a time:
    a first look at their JSON for the article ids and what the batch skipped, then each
    record read whole, its story pages written, and its articles handed on to the
    suggester; so memory does not grow with the number of stories (beyond what the
    suggester keeps).  Story pages of an earlier run that the batch no longer has are
    removed.  A damaged record is passed over, the index says so, and ``warn`` gets its
    one-line error.
    """
    folder = Path(outdir)
    decisions = load_decisions(folder / DECISIONS_FILE)
    pages = folder / STORY_DIR
    pages.mkdir(exist_ok=True)
    summaries: list[dict[str, Any]] = []
    noise: list[dict[str, Any]] = []

    def write(batch: Batch, index: int, article: Article, names: list[str]) -> None:
        view = story_view(batch, index, decisions, False, article, names)
        atomic_write_text(folder / view["own"], render_story(view), durable=False)
        summaries.append(view["summary"])
        noise.extend(_index_noise(view["summary"], article))

    if batch is not None:
        names = [story_page_name(i, a) for i, a in enumerate(batch.articles)]
        with fewer_collections():
            for index, article in enumerate(batch.articles):
                write(batch, index, article, names)
    else:
        if suggestions_later is not None:
            suggester = no_suggestions
        with fewer_collections():
            batch, names = _stream_batch(
                folder, suggester, glossary_paths, write, suggestions_later
            )
    for error in batch.unreadable if warn else ():
        warn(error)
    for number in range(2, suggestion_pages(batch) + 1):
        view = suggestions_view(batch, summaries, decisions, False, number)
        name = suggestion_page_name(number)
        atomic_write_text(folder / name, render_suggestions(view), durable=False)
        names.append(name)
    written = {Path(name).name for name in names}
    for stale in pages.glob("*.html"):
        page_like = _STORY_PAGE.fullmatch(stale.name) or _SUGGESTION_FILE.fullmatch(stale.name)
        if stale.name not in written and page_like:
            stale.unlink()
    target = folder / PAGE_FILE
    index = index_view(batch, summaries, noise, decisions, False)
    atomic_write_text(target, render_index(index), durable=False)
    return target


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run every :data:`COLLECT_EVERY` allocations of a
    container rather than every 700 (the worker processes that analyse the stories inherit
    it): reading the records, building the pages and the models' analyses make millions of
    small objects that reference counting frees, and each collection walks every live
    one, the whole batch's articles included (about a tenth of the time spent)."""
    old = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def no_suggestions(articles: Iterable[Article], glossary_paths: list[Path] | None) -> list[Any]:
    """No suggestions computed (the pages say how to compute them)."""
    return []


def source_only(article: Article) -> Article:
    """``article`` without its translations and metadata: what a suggester reads (the
    source paragraphs, language and id), so that a suggester keeping the batch's articles
    does not keep every translation, hit and finding as well (its page is written)."""
    return replace(article, translations={}, meta={})


def _stream_batch(
    folder: Path,
    suggester: Suggester,
    glossary_paths: list[Path] | None,
    write: Callable[[Batch, int, Article, list[str]], None],
    suggestions_later: str | None = None,
) -> tuple[Batch, list[str]]:
    """:func:`load_batch` one record at a time, calling ``write`` on each article as it is
    read; the returned batch holds no articles."""
    from types import SimpleNamespace

    paths: list[Path] = []
    stubs: list[Any] = []
    extras: list[tuple[str, dict[str, Any]]] = []
    unreadable: list[InputError] = []
    for path, data in checked_records(folder, unreadable):
        paths.append(path)
        stubs.extend(SimpleNamespace(id=str(a.get("id"))) for a in data["articles"])
        extra = {k: v for k, v in data.items() if k != "articles"}
        extras.append((path.relative_to(folder).as_posix(), extra))
    unique_ids(stubs)  # the ids load_batch gives, read ahead
    names = [story_page_name(i, stub) for i, stub in enumerate(stubs)]
    batch, glossary_paths = _batch_of(folder, paths, extras, unreadable, glossary_paths)
    batch.suggestions_later = suggestions_later

    def articles() -> Iterator[Article]:
        index = 0
        for path in paths:
            for article in record_articles(path, _record_json(path))[0]:
                if index >= len(names):
                    raise InputError(f"{path}: changed while it was read; run review again")
                article.id = stubs[index].id
                write(batch, index, article, names)
                index += 1
                yield source_only(article)

    stream = articles()
    batch.suggestions = load_suggestions(folder, stream, suggester, glossary_paths)
    for _ in stream:  # a suggester that looked at no article: the pages still get written
        pass
    return batch, names
