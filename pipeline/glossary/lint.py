"""``newsmt glossary lint``: every problem of the glossary files, as ``file:line:column: msg``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError
from pipeline.glossary.format import (
    FALSE_VALUES,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    TRUE_VALUES,
    Row,
    Table,
    glossary_files,
    read_table,
    split_forms,
)
from pipeline.glossary.morph import norm_key
from pipeline.model import LANGS

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@dataclass(frozen=True)
class Issue:
    """One lint problem, 1-based line and column."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


def _columns(raw: list[str]) -> list[int]:
    """The 1-based column where each cell of a tab-separated line starts."""
    cols, pos = [], 1
    for cell in raw:
        cols.append(pos)
        pos += len(cell) + 1
    return cols


class _Linter:
    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.ids: dict[str, str] = {}
        self.targets: dict[tuple[str, str], tuple[str, str, str]] = {}

    def add(self, path: str, line: int, column: int, message: str) -> None:
        self.issues.append(Issue(path, line, column, message))

    def table(self, table: Table) -> None:
        header = table.header
        for col in (*REQUIRED_COLUMNS, *LANGS):
            if col not in header:
                self.add(table.path, table.header_line, 1, f"missing column {col!r}")
        known = {*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS, *LANGS}
        seen: set[str] = set()
        for col, start in zip(header, _columns(header), strict=True):
            if col not in known:
                self.add(table.path, table.header_line, start, f"unknown column {col!r}")
            elif col in seen:
                self.add(table.path, table.header_line, start, f"column {col!r} appears twice")
            seen.add(col)
        if "id" not in header:
            return
        for row in table.rows:
            self.row(table, row)

    def row(self, table: Table, row: Row) -> None:
        path, line = table.path, row.line
        cols = _columns(row.raw)
        where = {name: cols[i] for i, name in enumerate(table.header) if i < len(cols)}
        end = sum(len(c) + 1 for c in row.raw)
        if len(row.raw) > len(table.header):
            self.add(path, line, cols[len(table.header)], "more cells than header columns")
        for i, cell in enumerate(row.raw[: len(table.header)]):
            self.whitespace(path, line, cols[i], cell)
        entry_id = row.cells["id"].strip()
        if not entry_id:
            self.add(path, line, where.get("id", 1), "empty id")
        elif entry_id in self.ids:
            self.add(
                path,
                line,
                where["id"],
                f"duplicate id {entry_id!r} (first at {self.ids[entry_id]})",
            )
        else:
            self.ids[entry_id] = f"{path}:{line}"
        if "type" in table.header and not row.cells["type"].strip():
            self.add(path, line, where.get("type", end), "empty type")
        dnt_cell = row.cells.get("dnt", "").strip().lower()
        if dnt_cell not in TRUE_VALUES | FALSE_VALUES:
            self.add(path, line, where.get("dnt", end), "dnt must be yes or no")
        dnt = dnt_cell in TRUE_VALUES
        counts: dict[str, int] = {}
        for lang in table.languages:
            cell = row.cells[lang]
            col = where.get(lang, end)
            forms = split_forms(cell)
            if not forms:
                if not dnt:
                    self.add(path, line, col, f"empty canonical form ({lang})")
                continue
            if not forms[0]:
                self.add(path, line, col, f"empty canonical form ({lang})")
            elif not all(forms):
                self.add(path, line, col, f"empty form in the {lang} cell")
            counts[lang] = len(forms)
            self.scripts(path, line, col, cell)
        if len(set(counts.values())) > 1:
            detail = ", ".join(f"{lang} {n}" for lang, n in counts.items())
            self.add(path, line, where.get(table.languages[0], 1), f"form counts differ: {detail}")
        if entry_id and not dnt:
            self.mapping(table, row, where, entry_id)

    def whitespace(self, path: str, line: int, col: int, cell: str) -> None:
        for match in re.finditer(r"^\s+|\s+$|\s{2,}|[^\S ]", cell):
            self.add(path, line, col + match.start(), "stray whitespace")
            return

    def scripts(self, path: str, line: int, col: int, cell: str) -> None:
        for match in _WORD.finditer(cell):
            word = match.group()
            if _LATIN.search(word) and _CYRILLIC.search(word):
                self.add(path, line, col + match.start(), f"Latin and Cyrillic mixed in {word!r}")

    def mapping(self, table: Table, row: Row, where: dict[str, int], entry_id: str) -> None:
        """One source form must not map to different target forms (in any file)."""
        forms = {lang: split_forms(row.cells[lang]) for lang in table.languages}
        for lang, lang_forms in forms.items():
            for i, form in enumerate(lang_forms):
                if not form:
                    continue
                for other, other_forms in forms.items():
                    if other == lang or not other_forms:
                        continue
                    target = other_forms[i] if i < len(other_forms) else other_forms[0]
                    key = (lang, norm_key(form) + "\t" + other)
                    first = self.targets.setdefault(
                        key, (target, entry_id, f"{table.path}:{row.line}")
                    )
                    if first[1] != entry_id and norm_key(first[0]) != norm_key(target):
                        self.add(
                            table.path, row.line, where.get(other, 1),
                            f"{lang} {form!r} maps to {other} {target!r} here but to "
                            f"{first[0]!r} in {first[1]!r} ({first[2]})",
                        )  # fmt: skip


def lint_paths(paths: Iterable[str | Path]) -> list[Issue]:
    """Lint every glossary file under ``paths`` (ids and mappings are checked across files)."""
    linter = _Linter()
    for file in glossary_files(paths):
        try:
            table = read_table(file)
        except InputError as exc:  # an unreadable file is one problem; lint the others
            at = re.match(rf"{re.escape(str(file))}:(?:(\d+):(\d+):)? (.*)", str(exc))
            line, col, message = at.groups() if at else (None, None, str(exc))
            linter.issues.append(Issue(str(file), int(line or 1), int(col or 1), message))
            continue
        linter.table(table)
    return linter.issues
