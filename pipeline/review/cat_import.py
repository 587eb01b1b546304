"""Bring a translator's post-edited XLIFF back (``newsmt import OUTDIR FILE.xlf…``).

Each file (XLIFF 2.x as ``--export xliff`` writes it, or 1.2 as ``--export xliff12`` does,
after a CAT tool edited its targets) is checked against the records of ``OUTDIR`` before
anything changes: every unit must name a sentence a record has (``name``/``resname``
``article/paragraph/sentence`` and the matching ``id``), with the same source text and
languages, and a target may hold only the inline codes its source has.  A file that fails
(stale: re-translated or edited since it was exported; foreign: from another folder) is
refused with the reason, and then nothing at all is written.

A unit whose target text or inline markup differs from the record's is a person's edit:
the sentence takes the new text, the paragraph the markup the editor placed
(:func:`pipeline.export.codes.edited_markup`), the translation ``status`` becomes
``post-edited`` with the time, and :class:`~pipeline.model.PostEdit` keeps what the
machine had written.  The edited sentences are checked again as ``newsmt apply`` checks a
sentence edited on the review page (its hits found again, its segment-scope findings made
anew).  Then the records and every output made from them are rewritten by the same code as
``newsmt apply`` (:func:`pipeline.review.apply.write_changes`): same-format files,
XLIFF (edited targets ``translated``/``final``), TMX and ``batch.tmx``.  Importing the same
file again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from pipeline.errors import InputError
from pipeline.export.codes import XLIFF2_NS, XLIFF12_NS, Code, clip, edited_markup, read_codes
from pipeline.export.formats.inline import VOID
from pipeline.export.provenance import is_kept, sentence_lang
from pipeline.export.xliff import target_codes, xliff_unit_id
from pipeline.model import LANGS, Article
from pipeline.review.apply import (
    Record,
    load_records,
    recheck_sentence,
    refind_hits,
    write_changes,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EDITED_STATES = {
    "translated": "translated",
    "reviewed": "reviewed",
    "final": "final",
    "signed-off": "reviewed",
}
"""An editor's state (XLIFF 2 or 1.2) → the record's; any other state is ``translated``."""


@dataclass(frozen=True)
class Unit:
    """One unit of an editor's XLIFF, read back."""

    uid: str
    name: str
    source: str
    source_lang: str | None
    target: tuple[str, list[Code]] | None
    state: str | None
    translate: bool


@dataclass
class XliffFile:
    """An editor's XLIFF file: its version, languages and units."""

    path: Path
    version: str
    src_lang: str | None
    trg_lang: str | None
    units: list[Unit] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """One sentence an editor changed."""

    file: Path
    record: Path
    article: str
    lang: str
    paragraph: int
    sentence: int
    before: str
    after: str

    def __str__(self) -> str:
        where = f"{self.record}:{self.article}:{self.paragraph + 1}.{self.sentence + 1}"
        if self.before == self.after:
            return f"{where} {self.lang}: inline markup moved (from {self.file})"
        return f"{where} {self.lang}: {self.before!r} → {self.after!r} (from {self.file})"


@dataclass
class ImportResult:
    """What an import changed and wrote (nothing written on a dry run)."""

    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    records: list[Path] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def read_xliff_file(path: Path) -> XliffFile:
    """Parse an XLIFF 2.x or 1.2 file; :class:`InputError` if it is neither."""
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass the XLIFF files to import")
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{path}: cannot read it as XML ({exc}); pass an XLIFF file") from None
    namespace = etree.QName(root).namespace
    if namespace == XLIFF2_NS:
        return _read2(path, root)
    if namespace == XLIFF12_NS:
        return _read12(path, root)
    raise InputError(f"{path}: not an XLIFF 2 or 1.2 file; pass an XLIFF newsmt exported")


def _q2(name: str) -> str:
    return f"{{{XLIFF2_NS}}}{name}"


def _q12(name: str) -> str:
    return f"{{{XLIFF12_NS}}}{name}"


def _read2(path: Path, root: etree._Element) -> XliffFile:
    found = XliffFile(path, root.get("version", "2"), root.get("srcLang"), root.get("trgLang"))
    for unit in root.iter(_q2("unit")):
        segments = unit.findall(_q2("segment"))
        if len(segments) != 1:
            raise InputError(
                f"{path}: unit {unit.get('id')} has {len(segments)} segments; newsmt writes one "
                "sentence per unit — join them back in the CAT tool and export again"
            )
        (segment,) = segments
        source = segment.find(_q2("source"))
        target = segment.find(_q2("target"))
        langs = [m.get("{urn:oasis:names:tc:xliff:itsm:2.1}lang") for m in source.iter(_q2("mrk"))]
        found.units.append(
            Unit(
                uid=unit.get("id", ""),
                name=unit.get("name", ""),
                source=read_codes(source)[0],
                source_lang=next((lang for lang in langs if lang), None),
                target=read_codes(target) if target is not None else None,
                state=segment.get("state"),
                translate=unit.get("translate", "yes") != "no",
            )
        )
    return found


def _read12(path: Path, root: etree._Element) -> XliffFile:
    files = root.findall(_q12("file"))
    srcs = {f.get("source-language") for f in files}
    trgs = {f.get("target-language") for f in files}
    found = XliffFile(
        path,
        "1.2",
        srcs.pop() if len(srcs) == 1 else None,
        trgs.pop() if len(trgs) == 1 else None,
    )
    if len(trgs) > 1:
        raise InputError(f"{path}: its files have different target languages; import one each")
    for file in files:
        for unit in file.iter(_q12("trans-unit")):
            source = unit.find(_q12("source"))
            target = unit.find(_q12("target"))
            found.units.append(
                Unit(
                    uid=unit.get("id", ""),
                    name=unit.get("resname", ""),
                    source=read_codes(source)[0],
                    source_lang=source.get(XML_LANG) or file.get("source-language"),
                    target=read_codes(target) if target is not None else None,
                    state=target.get("state") if target is not None else None,
                    translate=unit.get("translate", "yes") != "no",
                )
            )
    return found


@dataclass(frozen=True)
class _Place:
    record: Record
    article: Article
    paragraph: int
    sentence: int


def _locate(
    xliff: XliffFile, index: dict[str, tuple[Record, Article]]
) -> tuple[str, list[tuple[Unit, _Place]]]:
    """The target language and each unit's sentence; :class:`InputError` naming the first
    unit that is not a sentence of these records as they are now."""
    where = xliff.path
    lang = xliff.trg_lang
    if lang not in LANGS:
        raise InputError(f"{where}: target language {lang!r} is not en, uk or ru")
    placed = []
    for unit in xliff.units:
        article_id, _, rest = unit.name.rpartition("/")
        article_id, _, paragraph = article_id.rpartition("/")
        if not (paragraph.isdigit() and rest.isdigit()) or article_id not in index:
            raise InputError(
                f"{where}: unit {unit.uid!r} ({unit.name!r}) is no sentence of a record in this "
                "folder (a file from another folder?); import it into the folder it came from"
            )
        record, article = index[article_id]
        p, s = int(paragraph), int(rest)
        if p >= len(article.paragraphs) or s >= len(article.paragraphs[p].sentences):
            raise InputError(
                f"{where}: unit {unit.uid!r} names sentence {p}/{s}, which {article.id} does not "
                "have (re-translated since?); export it again and redo the edit there"
            )
        if unit.uid.rstrip("_") != xliff_unit_id(article, p, s):
            raise InputError(
                f"{where}: unit id {unit.uid!r} does not match its name {unit.name!r}; "
                "the file was changed beyond its targets"
            )
        if unit.source != article.paragraphs[p].sentences[s].text:
            raise InputError(
                f"{where}: the source of unit {unit.uid!r} is not the record's "
                f"({unit.source[:40]!r}…): the story was re-translated or edited since this file "
                "was exported (stale); export it again and redo the edit there"
            )
        expected = sentence_lang(article, p)
        declared = unit.source_lang or xliff.src_lang
        if declared not in (expected, article.lang):
            raise InputError(
                f"{where}: unit {unit.uid!r} says its source is {declared!r}, the record "
                f"{expected!r}; pass the file exported for this folder"
            )
        if lang not in article.translations:
            raise InputError(
                f"{where}: {article.id} has no {lang} translation in {record.path}; "
                "translate it into that language first"
            )
        placed.append((unit, _Place(record, article, p, s)))
    if not placed:
        raise InputError(f"{where}: no units to import")
    return lang, placed


def _codes_now(article: Article, lang: str, p: int, s: int) -> set[Code]:
    """The record's target codes of sentence ``p.s`` (spans only; placeholders keep theirs)."""
    sent = article.paragraphs[p].sentences[s]
    source = clip(article.paragraphs[p].markup, sent.start, sent.end)
    return {
        Code(i + 1, span.start, span.end)
        for i, span in target_codes(article, lang, p, s, source)
        if span.tag not in VOID
    }


def import_files(
    outdir: str | Path, files: list[str | Path], *, dry_run: bool = False
) -> ImportResult:
    """Import the editors' ``files`` into the records of ``outdir`` (see the module)."""
    folder = Path(outdir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; pass the --out folder of newsmt translate")
    records = load_records(folder)
    index: dict[str, tuple[Record, Article]] = {}
    for record in records:
        for article in record.articles:
            index.setdefault(article.id, (record, article))
    parsed = [(*_locate(read_xliff_file(Path(f)), index), Path(f)) for f in files]
    for _lang, units, path in parsed:
        for unit, place in units:
            if unit.target is None or not unit.translate:
                continue
            sent = place.article.paragraphs[place.paragraph].sentences[place.sentence]
            allowed = {i + 1 for i, _ in clip(place.article.paragraphs[place.paragraph].markup,
                                               sent.start, sent.end)}  # fmt: skip
            extra = sorted({c.id for c in unit.target[1]} - allowed)
            if extra:
                raise InputError(
                    f"{path}: the target of unit {unit.uid!r} has inline code {extra[0]}, which "
                    "its source does not; remove it (codes come from the source) and import again"
                )
    # every file is compared with the records as they were before this import
    now = {
        _key(place, lang): (
            place.article.translations[lang].sentences[place.paragraph][place.sentence],
            _codes_now(place.article, lang, place.paragraph, place.sentence),
        )
        for lang, units, _ in parsed
        for _, place in units
        if not is_kept(place.article, lang, place.paragraph)
    }
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    result = ImportResult()
    taken: dict[tuple[int, str, int, int], tuple[str, set[Code], Path]] = {}
    for lang, units, path in parsed:
        _apply(lang, units, path, at, result, now, taken)
    result.records = [r.path for r in records if r.changed]
    if not dry_run:
        result.written = write_changes(records, folder)
    return result


def _key(place: _Place, lang: str) -> tuple[int, str, int, int]:
    return id(place.article), lang, place.paragraph, place.sentence


def _apply(
    lang: str,
    units: list[tuple[Unit, _Place]],
    path: Path,
    at: str,
    result: ImportResult,
    now: dict[tuple[int, str, int, int], tuple[str, set[Code]]],
    taken: dict[tuple[int, str, int, int], tuple[str, set[Code], Path]],
) -> None:
    """Apply the edits of one file; ``now`` is every sentence as it was before the import,
    ``taken`` the edits of the files before this one (two files may not disagree)."""
    placed: dict[tuple[int, int], tuple[Article, int, dict[int, list[Code]]]] = {}
    for unit, place in units:
        article, p, s = place.article, place.paragraph, place.sentence
        if unit.target is None or not unit.translate or is_kept(article, lang, p):
            continue
        text, codes = unit.target
        spans = {c for c in codes if c.start != c.end or c.id not in _voids(article, p)}
        translation = article.translations[lang]
        key = _key(place, lang)
        before, codes_before = now[key]
        earlier = translation.edit_of(p, s)
        if (
            not text.strip()
            or (text == before and spans == codes_before)
            # the machine's text in an older file never undoes a person's edit
            or (earlier is not None and text == earlier.machine)
        ):
            result.unchanged += 1
            continue
        if key in taken:
            if taken[key][:2] == (text, spans):
                result.unchanged += 1
                continue
            raise InputError(
                f"{path}: unit {unit.uid!r} is edited differently in {taken[key][2]}; "
                "import the one that is right"
            )
        taken[key] = (text, spans, path)
        # the sentence reads ``before`` here: an earlier file's edit of it stopped above
        state = EDITED_STATES.get(unit.state or "", "translated")
        translation.post_edit(p, s, text, at, path.name, state)
        placed.setdefault((id(article), p), (article, p, {}))[2][s] = sorted(
            spans, key=lambda c: c.start
        )
        refind_hits(translation.hits, p, s, text)
        recheck_sentence(article, lang, p, s, place.record.extra)
        place.record.changed = True
        result.changes.append(Change(path, place.record.path, article.id, lang, p, s, before, text))
    for article, p, codes in placed.values():
        translation = article.translations[lang]
        translation.markup[p] = edited_markup(
            article.paragraphs[p], translation.sentences[p], codes, translation.markup.get(p)
        )


def _voids(article: Article, p: int) -> set[int]:
    """The code ids of paragraph ``p``'s placeholders (they keep their projected place)."""
    return {i + 1 for i, m in enumerate(article.paragraphs[p].markup) if m.tag in VOID}
