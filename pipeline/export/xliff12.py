"""XLIFF 1.2 export (``--export xliff12``), for translate-toolkit's converters and CAT tools
that read only 1.2.

The same units as the XLIFF 2.1 export (:mod:`pipeline.export.xliff`): one ``<trans-unit>``
per source sentence, ``id`` ``<article>.p<paragraph>.s<sentence>`` and ``resname``
``article/paragraph/sentence``, inline markup as ``<g>``/``<x/>``.  One ``<file>`` per
article (each with its own ``source-language``); a sentence in another language than its
article's has ``xml:lang`` on its ``<source>``, and one already in the target language is
``translate="no"`` without a target.  A machine target is ``state="needs-review-translation"``
with ``state-qualifier="leveraged-mt"``; a person's edit ``translated``, ``signed-off`` or
``final``.  Provenance is a ``<note from="newsmt" annotates="target">``; hits and findings
are notes ``from="glossary"`` / ``from="finding"``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from pipeline.errors import UsageError
from pipeline.export.codes import XLIFF12_NS, clip, fill
from pipeline.export.provenance import (
    TEST_MODEL_MARK,
    TOOL,
    TOOL_VERSION,
    is_kept,
    kept_note,
    origin,
)
from pipeline.export.xliff import XML_SPACE, sentence_notes, target_codes, unit_id, xliff_unit_id
from pipeline.fsutil import atomic_write_bytes
from pipeline.model import Article

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DATATYPES = {"txt": "plaintext", "html": "html", "md": "x-markdown"}
MT_STATE, MT_QUALIFIER = "needs-review-translation", "leveraged-mt"
EDIT_STATES = {"translated": "translated", "reviewed": "signed-off", "final": "final"}
"""A person's edit as XLIFF 2 calls it → XLIFF 1.2."""


def _q(name: str) -> str:
    return f"{{{XLIFF12_NS}}}{name}"


def build_xliff12(articles: list[Article], lang: str) -> etree._ElementTree:
    """The XLIFF 1.2 document of ``articles``' translations into ``lang``."""
    chosen = [a for a in articles if lang in a.translations]
    if not chosen:
        raise UsageError(f"no article has a translation into {lang!r}: nothing to export")
    root = etree.Element(_q("xliff"), nsmap={None: XLIFF12_NS})
    root.set("version", "1.2")
    used: set[str] = set()
    for article in chosen:
        if article.lang not in ("en", "uk", "ru"):
            raise UsageError(f"XLIFF export: {article.id} has no detected source language")
        file = etree.SubElement(
            root,
            _q("file"),
            original=article.source_path,
            datatype=DATATYPES.get(article.format, f"x-{article.format}"),
            **{"source-language": str(article.lang), "target-language": lang, "tool-id": TOOL},
        )
        header = etree.SubElement(file, _q("header"))
        etree.SubElement(
            header,
            _q("tool"),
            **{"tool-id": TOOL, "tool-name": TOOL, "tool-version": TOOL_VERSION},
        )
        if article.translations[lang].test_model:
            etree.SubElement(header, _q("note"), {"from": TOOL}).text = TEST_MODEL_MARK
        body = etree.SubElement(file, _q("body"))
        for p, s, _ in article.iter_sentences():
            uid = xliff_unit_id(article, p, s)
            while uid in used:
                uid += "_"
            used.add(uid)
            _unit(body, article, lang, p, s, uid)
    return etree.ElementTree(root)


def _unit(body: etree._Element, article: Article, lang: str, p: int, s: int, uid: str) -> None:
    translation = article.translations[lang]
    para = article.paragraphs[p]
    sent = para.sentences[s]
    found = origin(article, lang, p, s)
    kept = is_kept(article, lang, p)
    unit = etree.SubElement(body, _q("trans-unit"), id=uid, resname=unit_id(article, p, s))
    unit.set(XML_SPACE, "preserve")
    if kept:
        unit.set("translate", "no")
    source = etree.SubElement(unit, _q("source"))
    if found.source_lang != article.lang:
        source.set(XML_LANG, found.source_lang)
    spans = clip(para.markup, sent.start, sent.end)
    fill(source, sent.text, spans, "1.2")
    rows = translation.sentences
    text = rows[p][s] if p < len(rows) and s < len(rows[p]) else ""
    if not kept and text:
        target = etree.SubElement(unit, _q("target"))
        if found.edit is None:
            target.set("state", MT_STATE)
            target.set("state-qualifier", MT_QUALIFIER)
        else:
            target.set("state", EDIT_STATES.get(found.edit.state, "translated"))
        fill(target, text, target_codes(article, lang, p, s, spans), "1.2")
    notes: list[tuple[str, str]] = []
    if kept:
        notes.append(("language", kept_note(article, lang, p)))
    else:
        fields = "; ".join(f"{name}: {value}" for name, value in found.fields())
        notes.append((TOOL, fields))
    notes += sentence_notes(translation, p, s)
    for origin_name, text in notes:
        note = etree.SubElement(unit, _q("note"), {"from": origin_name})
        if origin_name == TOOL:
            note.set("annotates", "target")
        note.text = text


def write_xliff12(articles: list[Article], lang: str, path: str | Path) -> None:
    """Write ``articles``' translations into ``lang`` as one XLIFF 1.2 file, atomically."""
    tree = build_xliff12(articles, lang)
    atomic_write_bytes(path, etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
