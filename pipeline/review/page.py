"""The editor's review page: one static HTML file built from the JSON records of a batch.

``OUTDIR/<stem>.json`` records (see :mod:`pipeline.export.record`) are read back and
rendered with Jinja2 (autoescaped) into ``OUTDIR/review.html``: every article's source
and translations side by side, sentence by sentence, glossary hits highlighted with
their status, findings linked to their sentence, glossary suggestions, counts and
filters.  CSS and JS are inline: the page works offline from a file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, is_dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.errors import InputError
from pipeline.export.record import read_record
from pipeline.fsutil import atomic_write_text
from pipeline.model import HIT_STATUSES, LANGS, Article, Translation
from pipeline.review.decisions import (
    DECISIONS_FILE,
    ENTRY_FIELDS,
    empty_decisions,
    hit_key,
    load_decisions,
)

PAGE_FILE = "review.html"
SUGGESTIONS_FILE = "suggestions.json"
STATUSES = HIT_STATUSES
SEVERITIES = ("error", "warning", "info")
_TEST_MODEL = re.compile(r"(?:^|[^a-z0-9])test(?:model)?(?:[^a-z0-9]|$)", re.IGNORECASE)


@dataclass
class Batch:
    """What a review page shows: the articles of a batch and the glossary suggestions."""

    articles: list[Article]
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    records: list[str] = field(default_factory=list)


def is_record(data: Any) -> bool:
    """Whether parsed JSON is a newsmt record (and not, say, a translated CMS export)."""
    return (
        isinstance(data, dict)
        and "schema_version" in data
        and isinstance(data.get("articles"), list)
    )


def record_paths(outdir: Path) -> list[Path]:
    """The record files of ``outdir`` (top level ``*.json`` holding newsmt records)."""
    found = []
    for path in sorted(outdir.glob("*.json")):
        if path.name in (DECISIONS_FILE, SUGGESTIONS_FILE):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(
                f"{path}: not readable JSON ({exc}); re-run newsmt translate or remove it"
            ) from exc
        if is_record(data):
            found.append(path)
    return found


def batch_record_paths(outdir: Path) -> list[Path]:
    """:func:`record_paths` of a translate ``--out`` folder, which must hold some."""
    if not outdir.is_dir():
        raise InputError(f"{outdir}: not a folder; pass the --out folder of newsmt translate")
    paths = record_paths(outdir)
    if not paths:
        raise InputError(
            f"{outdir}: no newsmt JSON records (<stem>.json) found; "
            f"run newsmt translate … --out {outdir} first"
        )
    return paths


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


def glossary_suggestions(articles: list[Article], cache: Path | None = None) -> list[Any]:
    """What ``newsmt glossary suggest`` proposes for ``articles`` with ``./glossaries``;
    with ``cache`` (a :class:`~pipeline.glossary.suggest_cache.MentionCache` file), only
    the articles it does not hold are analysed, and it is filled with them."""
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import suggest
    from pipeline.glossary.suggest_cache import MentionCache

    glossary = Glossary.load(default_glossary_paths())
    if cache is None:
        return list(suggest(articles, glossary))
    with MentionCache(cache) as mentions:
        return list(suggest(articles, glossary, cache=mentions))


def cache_suggestions(outdir: Path, articles: list[Article]) -> None:
    """Fill ``outdir``'s suggestion cache with the mentions of ``articles`` (``translate
    --suggest``: the stories are analysed while in memory; ``review`` then reads them)."""
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import article_mentions, one_thread
    from pipeline.glossary.suggest_cache import CACHE_FILE, MentionCache

    glossary = Glossary.load(default_glossary_paths())
    with MentionCache(outdir / CACHE_FILE) as cache, one_thread():
        article_mentions(articles, glossary, cache)


Suggester = Callable[[list[Article]], list[Any]]


def load_suggestions(
    outdir: Path, articles: list[Article], suggester: Suggester = glossary_suggestions
) -> list[dict[str, Any]]:
    """Suggestions from ``OUTDIR/suggestions.json`` and from ``suggester``, unique by id."""
    found: list[Any] = []
    path = outdir / SUGGESTIONS_FILE
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not valid JSON ({exc}); fix or remove it") from exc
        items = data.get("suggestions", []) if isinstance(data, dict) else data
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{path}: expected a list of suggestion objects; fix or remove it")
        found.extend(items)
    found.extend(suggester(articles))
    unique: dict[str, dict[str, Any]] = {}
    for item in found:
        entry = suggestion_entry(item)
        unique.setdefault(entry["id"], entry)
    return list(unique.values())


def load_batch(outdir: str | Path, suggester: Suggester = glossary_suggestions) -> Batch:
    """Read every record in ``outdir`` and the glossary suggestions for its articles."""
    folder = Path(outdir)
    paths = batch_record_paths(folder)
    articles: list[Article] = []
    for path in paths:
        try:
            articles.extend(read_record(path)[0])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: malformed newsmt record ({exc}); re-run translate") from exc
    return Batch(articles, load_suggestions(folder, articles, suggester), [p.name for p in paths])


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
        }
        for lang in langs
        for f in article.translations[lang].findings
    ]


def _sentence_rows(
    article: Article,
    langs: list[str],
    anchor: str,
    hits: list[dict[str, Any]],
    findings: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """One row per source sentence: the source and each translation, marked up."""
    hits_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for h in hits:
        hits_at.setdefault((h["lang"], h["paragraph"], h["sentence"]), []).append(h)
    findings_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for f in findings:
        findings_at.setdefault((f["lang"], f["paragraph"], f["sentence"]), []).append(f)
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
            finding_tokens.extend(f"{lang}:{f['severity']}:{f['check']}" for f in notes)
            spans = [(*h["target_span"], {"hit": h}) for h in here if h["target_span"]]
            cells.append(
                {
                    "lang": lang,
                    "pieces": _pieces(text, spans),
                    "empty": not text,
                    "hits": here,
                    "findings": notes,
                    "noise": bool(noise_model_ids(translation)),
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
        "rows": _sentence_rows(article, langs, anchor, hits, findings),
        "hits": hits,
        "findings": findings,
    }
    return view, known


def _sentence(translation: Translation, p: int, s: int) -> str:
    rows = translation.sentences
    return rows[p][s] if p < len(rows) and s < len(rows[p]) else ""


def build_view(batch: Batch, decisions: dict[str, Any], served: bool) -> dict[str, Any]:
    """Everything the template needs, plus ``known_hits`` / ``known_suggestions`` for the server."""
    articles, known_hits = [], {}
    for index, article in enumerate(batch.articles):
        view, known = _article_view(index, article, decisions)
        articles.append(view)
        known_hits.update(known)
    hit_counts = Counter(h["status"] for a in articles for h in a["hits"])
    finding_counts = Counter(f["severity"] for a in articles for f in a["findings"])
    suggestions = [
        {
            **s,
            "decision": decisions["suggestions"].get(s["id"], {}).get("decision"),
            "edited": decisions["suggestions"].get(s["id"], {}).get("entry", {}),
        }
        for s in batch.suggestions
    ]
    noise = [
        {"title": a["title"], "anchor": a["anchor"], "lang": t["lang"], "models": t["test_models"]}
        for a in articles
        for t in a["translations"]
        if t["test_models"]
    ]
    return {
        "served": served,
        "records": batch.records,
        "articles": articles,
        "article_anchors": {a["id"]: a["anchor"] for a in articles},
        "suggestions": suggestions,
        "noise": noise,
        "langs": sorted({t["lang"] for a in articles for t in a["translations"]}),
        "checks": sorted({f["check"] for a in articles for f in a["findings"]}),
        "statuses": STATUSES,
        "severities": SEVERITIES,
        "counts": {
            "articles": len(articles),
            "sentences": sum(len(a["rows"]) for a in articles),
            "translations": sum(len(a["translations"]) for a in articles),
            "suggestions": len(suggestions),
            "hits": {status: hit_counts.get(status, 0) for status in STATUSES},
            "findings": {sev: finding_counts.get(sev, 0) for sev in SEVERITIES},
        },
        "known_hits": known_hits,
        "known_suggestions": {s["id"]: {k: s[k] for k in ENTRY_FIELDS} for s in batch.suggestions},
    }


_ENV = Environment(
    loader=PackageLoader("pipeline.review", "templates"),
    autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_view(view: dict[str, Any]) -> str:
    """The review page's HTML for a :func:`build_view` result."""
    return _ENV.get_template("review.html.j2").render(**view)


def render_page(batch: Batch, decisions: dict[str, Any] | None = None, served: bool = False) -> str:
    """The review page's HTML for ``batch``."""
    return render_view(build_view(batch, decisions or empty_decisions(), served))


def write_page(
    outdir: str | Path, suggester: Suggester = glossary_suggestions, batch: Batch | None = None
) -> Path:
    """Write the static ``OUTDIR/review.html`` (decisions so far shown); return its path.

    ``batch`` (already loaded from ``outdir``) saves reading the records again.
    """
    folder = Path(outdir)
    batch = batch or load_batch(folder, suggester)
    html = render_page(batch, load_decisions(folder / DECISIONS_FILE), served=False)
    target = folder / PAGE_FILE
    atomic_write_text(target, html)
    return target
