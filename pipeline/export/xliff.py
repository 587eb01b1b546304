"""XLIFF 2.1 export for CAT tools (built with lxml), and reading it back with translate-toolkit.

One ``<unit>`` per source sentence: ``id`` :func:`xliff_unit_id` (an ``xs:NMTOKEN``,
``<article>.p<paragraph>.s<sentence>``) and ``name`` ``article/paragraph/sentence``,
``xml:space="preserve"``; its target's provenance in the Metadata module
(``<mda:metaGroup category="newsmt:provenance">``: engine, model, route, direct or pivot,
test model, post-edited); the glossary hits and findings of the sentence as ``<note>``
elements (category ``glossary`` / ``finding``) in the unit's ``<notes>``; inline markup as
``<pc>``/``<ph>`` (:mod:`pipeline.export.codes`).  A machine target is
``state="initial"``; a person's edit (``newsmt import``) ``translated`` or later.  A
sentence in another language than the file's ``srcLang`` (a Russian quote in a Ukrainian
story) is marked ``<mrk type="itsm:generic" itsm:lang="ru">``; one already in the target
language is ``translate="no"`` with no target.  Output of a newsmt test model has a TEST
MODEL note on its ``<file>``.

Re-open files with :func:`read_xliff` (translate-toolkit's
:class:`~translate.storage.xliff2.Xliff2File` with :class:`NewsXliff2Unit`, which keeps
notes and ``xml:space`` on ``<unit>`` as the schema wants them if the file is changed and
saved through it); ``factory.getobject`` picks the toolkit's XLIFF 1.2 class for ``.xlf``
and rejects version 2 files.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from translate.misc.xml_helpers import getXMLspaceInherited, setXMLspace
from translate.storage import xliff2

from pipeline.errors import UsageError
from pipeline.export.codes import XLIFF2_NS, clip, fill
from pipeline.export.formats.inline import sentence_ranges, translated_paragraph
from pipeline.export.provenance import (
    MT_STATE,
    TEST_MODEL_MARK,
    TOOL,
    TOOL_VERSION,
    is_kept,
    kept_note,
    origin,
)
from pipeline.fsutil import atomic_write_bytes
from pipeline.model import Article, Markup, Translation

XLIFF_VERSION = "2.1"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
ITSM_NS = "urn:oasis:names:tc:xliff:itsm:2.1"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PROVENANCE = "newsmt:provenance"


class NewsXliff2Unit(xliff2.Xliff2Unit):
    """An XLIFF 2 unit with ``<notes>`` and ``xml:space`` on the ``<unit>``, as the schema says."""

    @property
    def _default_xml_space(self) -> str:  # type: ignore[override]
        """The segment's ``xml:space`` as inherited from ``<unit>``, ``<file>`` or ``<xliff>``."""
        return getXMLspaceInherited(self.xmlelement, "default")

    def _ensure_xml_space_preserve(self) -> None:
        if getXMLspaceInherited(self.xmlelement) != "preserve":
            setXMLspace(self.getunitelement(), "preserve")

    @property
    def name(self) -> str | None:
        """The unit's ``name`` attribute (``article/paragraph/sentence`` in newsmt files)."""
        return self.getunitelement().get("name")

    @name.setter
    def name(self, value: str) -> None:
        self.getunitelement().set("name", value)

    def _notes(self, create: bool) -> etree._Element | None:
        unit = self.getunitelement()
        notes = unit.find(self.namespaced("notes"))
        if notes is None and create:
            notes = etree.Element(self.namespaced("notes"))
            unit.insert(0, notes)
        return notes

    def addnote(self, text: str, origin: str | None = None) -> None:
        """Add a ``<note>`` (``origin`` becomes its ``category``)."""
        if not text:
            return
        notes = self._notes(create=True)
        note = etree.SubElement(notes, self.namespaced("note"))
        note.text = text
        if origin:
            note.set("category", origin)

    def getnotes(self, origin: str | None = None) -> str:
        """The unit's notes (of category ``origin`` if given), one a line."""
        notes = self._notes(create=False)
        if notes is None:
            return ""
        return "\n".join(
            note.text
            for note in notes.iterchildren(self.namespaced("note"))
            if note.text and (origin is None or note.get("category") == origin)
        )

    def removenotes(self, origin: str | None = None) -> None:
        """Remove the unit's notes (only those of category ``origin`` if given)."""
        notes = self._notes(create=False)
        if notes is None:
            return
        for note in list(notes.iterchildren(self.namespaced("note"))):
            if origin is None or note.get("category") == origin:
                notes.remove(note)
        if len(notes) == 0:
            notes.getparent().remove(notes)


class NewsXliff2File(xliff2.Xliff2File):
    """translate-toolkit's XLIFF 2 store with :class:`NewsXliff2Unit` units."""

    UnitClass = NewsXliff2Unit


def unit_id(article: Article, paragraph: int, sentence: int) -> str:
    """A sentence's id: ``article/paragraph/sentence`` (TMX ``tuid``, XLIFF unit ``name``)."""
    return f"{article.id}/{paragraph}/{sentence}"


def xliff_unit_id(article: Article, paragraph: int, sentence: int) -> str:
    """A sentence's XLIFF unit id, an ``xs:NMTOKEN``: ``<article>.p<paragraph>.s<sentence>``.

    Characters of the article id outside letters, digits, ``.``, ``-`` and ``_`` become ``_``.
    """
    safe = "".join(ch if ch.isalnum() or ch in ".-_" else "_" for ch in article.id)
    return f"{safe}.p{paragraph}.s{sentence}"


def sentence_notes(
    translation: Translation, paragraph: int, sentence: int
) -> list[tuple[str, str]]:
    """The ``(category, text)`` notes of one sentence: its glossary hits, then its findings."""
    notes: list[tuple[str, str]] = []
    for hit in translation.hits:
        if (hit.paragraph, hit.sentence) == (paragraph, sentence):
            target = hit.target_text if hit.target_text is not None else "—"
            notes.append(
                (
                    "glossary",
                    f"glossary {hit.status}: {hit.source_text} → {target}"
                    f" (entry {hit.entry_id}, canonical {hit.canonical})",
                )
            )
    for finding in translation.findings:
        if (finding.paragraph, finding.sentence) == (paragraph, sentence):
            notes.append(("finding", f"{finding.severity} {finding.check}: {finding.message}"))
    return notes


def source_lang(articles: list[Article], name: str) -> str:
    """The one source language of ``articles`` (raises :class:`UsageError` if they differ)."""
    langs = {a.lang for a in articles}
    if len(langs) != 1 or None in langs or "und" in langs:
        found = ", ".join(sorted(str(lang) for lang in langs))
        raise UsageError(
            f"{name}: the articles' source languages are {found}; "
            "export articles with one detected source language per file"
        )
    return next(iter(langs))  # type: ignore[return-value]


def build_xliff(articles: list[Article], lang: str) -> etree._ElementTree:
    """The XLIFF 2.1 document of ``articles``' translations into ``lang``."""
    chosen = [a for a in articles if lang in a.translations]
    if not chosen:
        raise UsageError(f"no article has a translation into {lang!r}: nothing to export")
    src = source_lang(chosen, "XLIFF export")
    root = etree.Element(_q("xliff"), nsmap={None: XLIFF2_NS, "mda": MDA_NS, "itsm": ITSM_NS})
    root.set("version", XLIFF_VERSION)
    root.set("srcLang", src)
    root.set("trgLang", lang)
    used: set[str] = set()
    for number, article in enumerate(chosen, 1):
        translation = article.translations[lang]
        file = etree.SubElement(root, _q("file"), id=f"f{number}", original=article.source_path)
        _metadata(file, "newsmt:tool", [("tool", TOOL), ("tool-version", TOOL_VERSION)])
        if translation.test_model:
            notes = etree.SubElement(file, _q("notes"))
            etree.SubElement(notes, _q("note"), category="newsmt").text = TEST_MODEL_MARK
        for p, s, _ in article.iter_sentences():
            uid = xliff_unit_id(article, p, s)
            while uid in used:  # two article ids that differ only in replaced characters
                uid += "_"
            used.add(uid)
            _unit(file, article, lang, p, s, uid)
    return etree.ElementTree(root)


def _q(name: str) -> str:
    return f"{{{XLIFF2_NS}}}{name}"


def _metadata(parent: etree._Element, category: str, fields: list[tuple[str, str]]) -> None:
    meta = etree.SubElement(parent, f"{{{MDA_NS}}}metadata")
    group = etree.SubElement(meta, f"{{{MDA_NS}}}metaGroup", category=category)
    if category == PROVENANCE:
        group.set("appliesTo", "target")
    for name, value in fields:
        etree.SubElement(group, f"{{{MDA_NS}}}meta", type=name).text = value


def _unit(file: etree._Element, article: Article, lang: str, p: int, s: int, uid: str) -> None:
    """One ``<unit>``: provenance, notes, and the segment with its inline codes."""
    translation = article.translations[lang]
    para, sent = article.paragraphs[p], article.paragraphs[p].sentences[s]
    found = origin(article, lang, p, s)
    kept = is_kept(article, lang, p)
    unit = etree.SubElement(file, _q("unit"), id=uid, name=unit_id(article, p, s))
    unit.set(XML_SPACE, "preserve")
    if kept:
        unit.set("translate", "no")
    else:
        _metadata(unit, PROVENANCE, found.fields())
    notes = sentence_notes(translation, p, s)
    if kept:
        notes.insert(0, ("language", kept_note(article, lang, p)))
    if notes:
        holder = etree.SubElement(unit, _q("notes"))
        for category, text in notes:
            etree.SubElement(holder, _q("note"), category=category).text = text
    segment = etree.SubElement(unit, _q("segment"))
    source = etree.SubElement(segment, _q("source"))
    spans = clip(para.markup, sent.start, sent.end)
    if found.source_lang != article.lang:  # a quote in another language: say which
        source = etree.SubElement(source, _q("mrk"), id=f"lang{p}_{s}", type="itsm:generic")
        source.set(f"{{{ITSM_NS}}}lang", found.source_lang)
    fill(source, sent.text, spans, "2")
    target_text = _target(translation, p, s)
    if kept or not target_text:
        return
    segment.set("state", MT_STATE if found.edit is None else found.edit.state)
    target = etree.SubElement(segment, _q("target"))
    fill(target, target_text, target_codes(article, lang, p, s, spans), "2")


def target_codes(
    article: Article, lang: str, p: int, s: int, source: list[tuple[int, Markup]]
) -> list[tuple[int, Markup]]:
    """The inline codes of target sentence ``p.s``: the paragraph's target markup cut to
    the sentence, only codes its source has (a span the projection moved to another
    sentence stays out of this unit)."""
    translation = article.translations[lang]
    para = article.paragraphs[p]
    sentences = translation.sentences[p]
    _, spans = translated_paragraph(para, sentences, translation.markup.get(p))
    start, end = sentence_ranges(para, sentences)[s]
    ids = {index for index, _ in source}
    return [(i, span) for i, span in clip(spans, start, end) if i in ids]


def write_xliff(articles: list[Article], lang: str, path: str | Path) -> None:
    """Write ``articles``' translations into ``lang`` as one XLIFF 2.1 file, atomically."""
    tree = build_xliff(articles, lang)
    atomic_write_bytes(path, etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))


def read_xliff(path: str | Path) -> NewsXliff2File:
    """Open an XLIFF 2 file written by :func:`write_xliff` (or any XLIFF 2 file)."""
    with open(path, "rb") as handle:
        return NewsXliff2File.parsefile(handle)


def _target(translation: Translation, paragraph: int, sentence: int) -> str:
    if paragraph < len(translation.sentences) and sentence < len(translation.sentences[paragraph]):
        return translation.sentences[paragraph][sentence]
    return ""
