"""TMX 1.4b translation-memory export, written with translate-toolkit's TMX storage class.

One ``<tu>`` per source sentence (``tuid`` ``article/paragraph/sentence``) holding the
source ``<tuv>`` and one ``<tuv>`` per requested target language the article was
translated into.  Glossary hits and findings travel as ``<note>`` elements, each
prefixed with its target language (TMX notes have no category).

The header names ``creationtool="newsmt"`` and its version (and, when a newsmt test model
wrote a target, says TEST MODEL in a ``<note>``).  Each ``<tu>`` and each target ``<tuv>``
carries provenance as ``<prop>`` elements (on the ``<tu>``, a field whose targets differ
reads ``uk: …; ru: …``): ``x-mt`` (yes while the text is the machine's), ``x-engine``,
``x-model``, ``x-route``, ``x-route-kind``, ``x-test-model``, ``x-post-edited`` (a person's
edit also sets ``changedate``).  A sentence's source ``<tuv>`` and the ``<tu>``'s
``srclang`` are in the sentence's own language (a Russian quote in a Ukrainian story is
``ru``), and a sentence already in a target language gets no ``<tuv>`` copying it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml import etree
from translate.storage import tmx

from pipeline.errors import UsageError
from pipeline.export.provenance import (
    TEST_MODEL_MARK,
    TOOL,
    TOOL_VERSION,
    Origin,
    by_test_model,
    origin,
    sentence_lang,
)
from pipeline.export.xliff import sentence_notes, unit_id
from pipeline.fsutil import atomic_write_bytes
from pipeline.model import LANGS, Article


def build_tmx(articles: list[Article], langs: list[str]) -> tmx.tmxfile:
    """The TMX store of ``articles`` with their translations into ``langs``."""
    chosen = [a for a in articles if any(lang in a.translations for lang in langs)]
    if not chosen:
        raise UsageError(f"no article has a translation into {', '.join(langs)}: nothing to export")
    if any(a.lang not in LANGS for a in chosen):
        raise UsageError("TMX export: an article has no detected source language; pass --from")
    sources = {sentence_lang(a, p) for a in chosen for p, _, _ in a.iter_sentences()} & set(LANGS)
    store = tmx.tmxfile(sourcelanguage=next(iter(sources)) if len(sources) == 1 else "*all*")
    store.addheader()
    header = next(store.document.getroot().iterchildren("header"))
    header.set("creationtool", TOOL)
    header.set("creationtoolversion", TOOL_VERSION)
    if any(by_test_model(chosen, lang) for lang in langs):
        etree.SubElement(header, "note").text = TEST_MODEL_MARK
    for article in chosen:
        present = [lang for lang in langs if lang in article.translations and lang != article.lang]
        for p, s, sent in article.iter_sentences():
            src = sentence_lang(article, p)
            if src not in LANGS:  # a paragraph newsmt kept as it is: no translation unit
                continue
            targets = {}
            for lang in present:
                rows = article.translations[lang].sentences
                text = rows[p][s] if p < len(rows) and s < len(rows[p]) else ""
                if text and lang != src:  # a sentence already in lang is no translation
                    targets[lang] = text
            if not targets:
                continue
            unit = store.addsourceunit(sent.text, src)
            unit.xmlelement.set("tuid", unit_id(article, p, s))
            origins = {lang: origin(article, lang, p, s) for lang in targets}
            for lang, text in targets.items():
                unit.settarget(text, lang, append=True)
                _props(unit.xmlelement[-1], _fields(origins[lang]))
                if origins[lang].edit is not None:
                    unit.xmlelement[-1].set("changedate", _tmx_date(origins[lang].edit.at))
                for _category, note in sentence_notes(article.translations[lang], p, s):
                    unit.addnote(f"{lang}: {note}")
            _props(unit.xmlelement, _tu_fields(origins))
    return store


def _fields(found: Origin) -> list[tuple[str, str]]:
    """A target's provenance as TMX ``<prop>`` types and values (``x-mt`` yes while the
    text is the machine's)."""
    return [("x-mt", "yes" if found.machine else "no")] + [
        (f"x-{name}", value) for name, value in found.fields()
    ]


def _tu_fields(origins: dict[str, Origin]) -> list[tuple[str, str]]:
    """The ``<tu>``'s props: each field's value, or ``uk: …; ru: …`` where targets differ."""
    per_lang = {lang: dict(_fields(found)) for lang, found in origins.items()}
    names = list(dict.fromkeys(name for fields in per_lang.values() for name in fields))
    out = []
    for name in names:
        values = {lang: fields.get(name, "-") for lang, fields in per_lang.items()}
        if len(set(values.values())) == 1:
            out.append((name, next(iter(values.values()))))
        else:
            out.append((name, "; ".join(f"{lang}: {value}" for lang, value in values.items())))
    return out


def _props(element: etree._Element, fields: list[tuple[str, str]]) -> None:
    """``<prop type=…>`` elements first in a ``<tu>`` or ``<tuv>`` (the DTD puts them before
    its ``<tuv>``/``<seg>``)."""
    for index, (name, value) in enumerate(fields):
        prop = etree.Element("prop", type=name)
        prop.text = value
        element.insert(index, prop)


def _tmx_date(iso: str) -> str:
    """``2026-12-05T18:40:00+00:00`` → TMX's ``20261205T184000Z``."""
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def write_tmx(articles: list[Article], langs: list[str], path: str | Path) -> None:
    """Write ``articles``' translations into ``langs`` as one TMX 1.4b file, atomically."""
    atomic_write_bytes(path, bytes(build_tmx(articles, langs)))


def read_tmx(path: str | Path) -> tmx.tmxfile:
    """Open a TMX file with translate-toolkit."""
    with open(path, "rb") as handle:
        return tmx.tmxfile.parsefile(handle)
