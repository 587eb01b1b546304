"""TMX 1.4b translation-memory export, written with translate-toolkit's TMX storage class.

One ``<tu>`` per source sentence (``tuid`` ``article/paragraph/sentence``) holding the
source ``<tuv>`` and one ``<tuv>`` per requested target language the article was
translated into.  Glossary hits and findings travel as ``<note>`` elements, each
prefixed with its target language (TMX notes have no category).

The header names ``creationtool="newsmt"`` and its version (and, when a newsmt test model
wrote a target, says TEST MODEL in a ``<note>``).  Each target ``<tuv>`` carries its
provenance as ``<prop>`` elements: ``x-mt`` (yes while the text is the machine's), ``x-engine``,
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
    sources = {sentence_lang(a, p) for a in chosen for p, _, _ in a.iter_sentences()}
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
            for lang, text in targets.items():
                unit.settarget(text, lang, append=True)
                _props(unit.xmlelement[-1], origin(article, lang, p, s))
                for _category, note in sentence_notes(article.translations[lang], p, s):
                    unit.addnote(f"{lang}: {note}")
    return store


def _props(tuv: etree._Element, found: Origin) -> None:
    """A target ``<tuv>``'s provenance: ``<prop type="x-engine">`` … before its ``<seg>``,
    ``x-mt`` yes while the text is the machine's."""
    fields = [("mt", "yes" if found.machine else "no"), *found.fields()]
    for index, (name, value) in enumerate(fields):
        prop = etree.Element("prop", type=f"x-{name}")
        prop.text = value
        tuv.insert(index, prop)
    if found.edit is not None:
        tuv.set("changedate", _tmx_date(found.edit.at))


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
