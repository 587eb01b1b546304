"""XLIFF 2.1 export for CAT tools, written with translate-toolkit's XLIFF 2 storage class.

One ``<unit>`` per source sentence, named ``article/paragraph/sentence`` (its ``name``
attribute); the glossary hits and check findings of the sentence travel as ``<note>``
elements (category ``glossary`` / ``finding``) in the unit's ``<notes>``.

translate-toolkit 3.20 ships :class:`translate.storage.xliff2.Xliff2File` (XLIFF 2.0;
2.1 keeps the 2.0 namespace and core, so the file is marked ``version="2.1"``).  Three
things it does would not validate against the XLIFF 2 core schema, and
:class:`NewsXliff2Unit` does them the schema's way:

* notes go in ``<unit><notes>`` before the segment (the toolkit nests them in ``<segment>``);
* ``xml:space="preserve"`` goes on ``<unit>`` (the toolkit puts it on ``<segment>``,
  which has no such attribute) and is read back as XML inherits it;
* unit ids are ``xs:NMTOKEN`` (no ``/``): :func:`xliff_unit_id` gives
  ``<article>.p<paragraph>.s<sentence>``, with the exact ``article/paragraph/sentence``
  in ``name``.

Re-open files with :func:`read_xliff` (``NewsXliff2File.parsefile``): translate-toolkit's
``factory.getobject`` picks its XLIFF 1.2 class for ``.xlf`` and rejects version 2 files.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from translate.misc.xml_helpers import getXMLspaceInherited, setXMLspace
from translate.storage import xliff2

from pipeline.errors import UsageError
from pipeline.fsutil import atomic_write_bytes
from pipeline.model import Article, Translation

XLIFF_VERSION = "2.1"


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


def build_xliff(articles: list[Article], lang: str) -> NewsXliff2File:
    """The XLIFF 2.1 store of ``articles``' translations into ``lang``."""
    chosen = [a for a in articles if lang in a.translations]
    if not chosen:
        raise UsageError(f"no article has a translation into {lang!r}: nothing to export")
    store = NewsXliff2File()
    store.setsourcelanguage(source_lang(chosen, "XLIFF export"))
    store.settargetlanguage(lang)
    store.document.getroot().set("version", XLIFF_VERSION)
    used: set[str] = set()
    for article in chosen:
        translation = article.translations[lang]
        for p, s, sent in article.iter_sentences():
            unit = store.UnitClass(sent.text)
            store.addunit(unit)
            uid = xliff_unit_id(article, p, s)
            while uid in used:  # two article ids that differ only in replaced characters
                uid += "_"
            used.add(uid)
            unit.setid(uid)
            unit.name = unit_id(article, p, s)
            target = _target(translation, p, s)
            if target:
                unit.target = target
                unit.marktranslated()
            for category, text in sentence_notes(translation, p, s):
                unit.addnote(text, origin=category)
    return store


def write_xliff(articles: list[Article], lang: str, path: str | Path) -> None:
    """Write ``articles``' translations into ``lang`` as one XLIFF 2.1 file, atomically."""
    atomic_write_bytes(path, bytes(build_xliff(articles, lang)))


def read_xliff(path: str | Path) -> NewsXliff2File:
    """Open an XLIFF 2 file written by :func:`write_xliff` (or any XLIFF 2 file)."""
    with open(path, "rb") as handle:
        return NewsXliff2File.parsefile(handle)


def _target(translation: Translation, paragraph: int, sentence: int) -> str:
    if paragraph < len(translation.sentences) and sentence < len(translation.sentences[paragraph]):
        return translation.sentences[paragraph][sentence]
    return ""
