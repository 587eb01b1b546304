"""The glossary file format: UTF-8 TSV files of named entities in en, uk and ru.

A file has a header row and one entity per row (tab-separated); ``#`` starts a
comment line::

    id        type  en                            uk                                 ru
    zelensky  PER   Volodymyr Zelensky | Zelensky  Володимир Зеленський | Зеленський  …

Columns: ``id``, ``type`` (PER, ORG, LOC, EVENT, TERM …), one column per language
(``en``, ``uk``, ``ru``; ``ua`` is accepted for ``uk``), optional ``note`` and ``dnt``
(``yes``: do not translate, keep the source form in every language).  A language
cell holds one or more forms separated by `` | ``; the first is canonical and the
n-th form of each language corresponds to the n-th of the others.  uk and ru
forms are written in the nominative; the matcher and the enforcer inflect them.  A form
wholly in quotes («Нафтогаз») is read without them: the quotes belong to the text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError, UsageError
from pipeline.model import LANG_ALIASES, LANGS

FORM_SEPARATOR = "|"
REQUIRED_COLUMNS = ("id", "type")
OPTIONAL_COLUMNS = ("note", "dnt")
TRUE_VALUES = {"yes", "y", "true", "1"}
FALSE_VALUES = {"", "no", "n", "false", "0"}


@dataclass(frozen=True, eq=False)
class Entry:
    """One glossary entity: its forms per language (canonical first) and where it was defined."""

    id: str
    type: str
    forms: dict[str, tuple[str, ...]]
    note: str = ""
    dnt: bool = False
    path: str = ""
    line: int = 0

    def forms_for(self, lang: str) -> tuple[str, ...]:
        """The forms in ``lang``; a do-not-translate entry falls back to any language's forms."""
        own = self.forms.get(lang, ())
        if own or not self.dnt:
            return own
        for other in LANGS:
            if self.forms.get(other):
                return self.forms[other]
        return ()

    def target_forms(self, src: str, tgt: str) -> tuple[str, ...]:
        """What a source form in ``src`` must become in ``tgt`` (the source forms if ``dnt``)."""
        if self.dnt and self.forms_for(src):
            return self.forms_for(src)
        return self.forms_for(tgt)

    def canonical(self, lang: str) -> str | None:
        """The canonical (first) form in ``lang``, if the entry has one."""
        forms = self.forms_for(lang)
        return forms[0] if forms else None

    @property
    def where(self) -> str:
        """``file:line`` of the row that defined the entry."""
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Row:
    """A data row as read from a file: its line number and its cells keyed by column name."""

    line: int
    cells: dict[str, str]
    raw: list[str]


@dataclass
class Table:
    """A parsed glossary file: its header (with the column each name came from) and rows."""

    path: str
    header: list[str]
    header_line: int
    rows: list[Row] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        """The language columns the file has, in ``LANGS`` order."""
        return [lang for lang in LANGS if lang in self.header]


# A form wholly inside one pair of quotes: the quotes are the text's typography, not the name.
_WRAPPING_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


def unquoted(form: str) -> str:
    """``form`` without quotes that wrap all of it («Нафтогаз» → Нафтогаз); others as written.

    A name in quotes declines inside them (у «Нафтогазі»): kept in the form, the quotes would make
    every declined mention look like another spelling of the nominative.  Quotes inside a form
    (ураган «Мілтон») or not closing it («Реал» Мадрид) stay.
    """
    close = _WRAPPING_QUOTES.get(form[:1])
    inner = form[1:-1]
    if close is None or len(form) < 3 or form[-1] != close:
        return form
    if any(q in inner for q in (*_WRAPPING_QUOTES, *_WRAPPING_QUOTES.values())):
        return form
    return inner.strip() or form


def split_forms(cell: str) -> list[str]:
    """The forms of a language cell: split on ``|`` and stripped (empty parts kept)."""
    if not cell.strip():
        return []
    return [part.strip() for part in cell.split(FORM_SEPARATOR)]


def _column_name(name: str) -> str:
    low = name.strip().lower()
    return LANG_ALIASES.get(low, low)


def read_table(path: str | Path) -> Table:
    """Parse one file into a :class:`Table`; only undecodable or header-less files raise."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
        text = data.decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{name}: cannot read glossary: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        from pipeline.readers.encoding import utf8_error  # the readers are heavy to import

        raise InputError(utf8_error(data, exc, name)) from exc
    table: Table | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if table is None:
            table = Table(name, [_column_name(c) for c in cells], number)
            continue
        keyed = {col: cells[i] if i < len(cells) else "" for i, col in enumerate(table.header)}
        table.rows.append(Row(number, keyed, cells))
    if table is None:
        raise InputError(f"{name}: glossary has no header row (id, type, en, uk, ru …)")
    return table


def _header_problem(table: Table) -> str | None:
    missing = [c for c in REQUIRED_COLUMNS if c not in table.header]
    if missing:
        return f"missing column(s) {', '.join(missing)}"
    if not table.languages:
        return "no language column (en, uk, ru)"
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS) | set(LANGS)
    unknown = [c for c in table.header if c not in known]
    if unknown:
        return f"unknown column {unknown[0]!r} (expected id, type, en, uk, ru, note, dnt)"
    dupes = [c for c in table.header if table.header.count(c) > 1]
    if dupes:
        return f"column {dupes[0]!r} appears twice"
    return None


def _row_problem(table: Table, row: Row, languages: list[str]) -> str | None:
    if len(row.raw) > len(table.header):
        return f"{len(row.raw)} cells but the header has {len(table.header)} columns"
    if not row.cells["id"].strip():
        return "empty id"
    if row.cells.get("dnt", "").strip().lower() not in TRUE_VALUES | FALSE_VALUES:
        return f"dnt must be yes or no, not {row.cells['dnt'].strip()!r}"
    forms = [split_forms(row.cells[lang]) for lang in languages]
    if not any(forms):
        return "no form in any language"
    for lang, lang_forms in zip(languages, forms, strict=True):
        if lang_forms and not all(lang_forms):
            return f"empty form in the {lang} cell"
    return None


def entries_from_table(table: Table) -> list[Entry]:
    """The entries of a parsed file; a malformed header or row raises ``InputError`` (file:line)."""
    problem = _header_problem(table)
    if problem:
        raise InputError(f"{table.path}:{table.header_line}: {problem}; fix the glossary header")
    entries = []
    languages = table.languages
    for row in table.rows:
        problem = _row_problem(table, row, languages)
        if problem:
            raise InputError(f"{table.path}:{row.line}: {problem}; fix the glossary row")
        forms = {
            lang: tuple(unquoted(f) for f in split_forms(row.cells[lang])) for lang in languages
        }
        entries.append(
            Entry(
                id=row.cells["id"].strip(),
                type=row.cells["type"].strip().upper(),
                forms={lang: f for lang, f in forms.items() if f},
                note=row.cells.get("note", "").strip(),
                dnt=row.cells.get("dnt", "").strip().lower() in TRUE_VALUES,
                path=table.path,
                line=row.line,
            )
        )
    return entries


def glossary_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (``*.tsv`` inside, recursively, sorted) into glossary files."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.tsv") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such glossary file or folder")
    seen: set[Path] = set()
    unique = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique


GLOSSARY_ENV = "NEWSMT_GLOSSARY"


def default_glossary_paths() -> list[Path]:
    """The glossaries every command reads: the files and folders ``$NEWSMT_GLOSSARY`` lists
    (separated like PATH; set but empty: none), else ``./glossaries`` when the current folder
    has one."""
    listed = os.environ.get(GLOSSARY_ENV)
    if listed is None:
        folder = Path("glossaries")
        return [folder] if folder.is_dir() else []
    paths = [Path(p) for p in listed.split(os.pathsep) if p]
    for path in paths:
        if not path.exists():
            raise UsageError(
                f"{path}: no such glossary file or folder (listed in ${GLOSSARY_ENV}); "
                f"fix or unset {GLOSSARY_ENV}"
            )
    return paths


def load_entries(paths: Iterable[str | Path]) -> Iterator[Entry]:
    """Every entry of every glossary file under ``paths``, in file order."""
    for file in glossary_files(paths):
        yield from entries_from_table(read_table(file))
