"""``newsmt glossary merge``: add the suggestions an editor accepted to a glossary file.

Accepted entries of ``decisions.json`` (written by the review page) are appended to a
TSV glossary in its own column order.  Nothing is written unless every new entry is
new (no id or form already in the file or a sibling ``*.tsv``) and the merged file adds
no glossary-lint problem; the old file is kept as ``FILE.tsv.bak`` and the new one
written atomically.  An accepted entry already present verbatim is skipped, so merging
the same decisions twice changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, UsageError
from pipeline.fsutil import atomic_write_bytes, atomic_write_text
from pipeline.glossary.format import FORM_SEPARATOR, entries_from_table, read_table, split_forms
from pipeline.glossary.lint import lint_paths
from pipeline.glossary.morph import norm_key
from pipeline.model import LANGS
from pipeline.review.decisions import CHOICES, DecisionError, clean_entry, load_decisions

DEFAULT_HEADER = ("id", "type", "en", "uk", "ru", "note", "dnt")


@dataclass
class MergeResult:
    """What a merge did: ids added, accepted ids already present, rejected ids left out."""

    path: Path
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    backup: Path | None = None


def accepted_entries(
    decisions: dict[str, Any], where: str | Path = "decisions"
) -> tuple[list[dict[str, Any]], list[str]]:
    """The accepted suggestion entries of a decisions document, and the rejected ids.

    Every field of an accepted entry is checked as the review server checks it (text
    without tabs, line breaks or control characters, an id that is no comment, ``dnt`` a
    boolean): :class:`InputError` naming ``where`` and the suggestion otherwise.
    """
    accepted, rejected = [], []
    for key, record in decisions.get("suggestions", {}).items():
        if not isinstance(record, dict) or not isinstance(record.get("entry"), dict):
            raise InputError(f"{where}: suggestion {key!r} has no entry; re-save it in review")
        if record.get("decision") not in CHOICES:
            raise InputError(
                f"{where}: suggestion {key!r} is neither accepted nor rejected; re-save it"
            )
        if record["decision"] == "accept":
            try:
                accepted.append(clean_entry(record["entry"], record["entry"]))
            except DecisionError as exc:
                raise InputError(
                    f"{where}: suggestion {key!r}: {exc}; fix it in the review page"
                ) from None
        else:
            rejected.append(str(key))
    return accepted, rejected


def _forms(entry: dict[str, Any], lang: str) -> tuple[str, ...]:
    return tuple(split_forms(str(entry.get(lang) or "")))


def _row(entry: dict[str, Any], header: list[str]) -> str:
    cells = {
        "id": str(entry.get("id", "")).strip(),
        "type": str(entry.get("type") or "TERM").strip().upper(),
        "note": str(entry.get("note") or "").strip(),
        "dnt": "yes" if entry.get("dnt") else "",
        **{lang: f" {FORM_SEPARATOR} ".join(_forms(entry, lang)) for lang in LANGS},
    }
    return "\t".join(cells.get(col, "") for col in header)


def _siblings(path: Path) -> list[Path]:
    if not path.parent.is_dir():
        return []
    return [p for p in sorted(path.parent.glob("*.tsv")) if p.resolve() != path.resolve()]


def merge_decisions(decisions_path: str | Path, glossary_path: str | Path) -> MergeResult:
    """Append the accepted suggestions of ``decisions_path`` to ``glossary_path``."""
    decisions_file, target = Path(decisions_path), Path(glossary_path)
    if not decisions_file.is_file():
        raise InputError(f"{decisions_file}: no such decisions file; save decisions in review")
    if target.suffix != ".tsv":
        raise UsageError(f"{target}: newsmt loads only *.tsv glossary files; merge into a .tsv")
    accepted, rejected = accepted_entries(load_decisions(decisions_file), decisions_file)
    result = MergeResult(target, rejected=rejected)
    try:
        original = target.read_bytes().decode("utf-8") if target.exists() else ""
    except UnicodeDecodeError as exc:
        raise InputError(f"{target}: glossary is not UTF-8 text; save it as UTF-8") from exc
    if original:
        table = read_table(target)
        header = table.header
        existing = entries_from_table(table)
    else:
        header, existing = list(DEFAULT_HEADER), []
    for sibling in _siblings(target):
        existing.extend(entries_from_table(read_table(sibling)))
    ids = {e.id: e for e in existing}
    owners = {
        (lang, norm_key(form)): e.id for e in existing for lang, forms in e.forms.items()
        for form in forms
    }  # fmt: skip
    rows, problems, taken = [], [], set(ids)
    for entry in accepted:
        entry_id = str(entry.get("id", "")).strip()
        forms = {lang: _forms(entry, lang) for lang in LANGS if _forms(entry, lang)}
        old = ids.get(entry_id)
        if old is not None and old.forms == forms:
            result.present.append(entry_id)
            continue
        if entry_id in taken:
            where = f" ({old.where})" if old is not None else ""
            problems.append(f"id {entry_id!r} is already used{where}")
            continue
        for lang, lang_forms in forms.items():
            if lang not in header:
                problems.append(f"{entry_id!r} has {lang} forms but the file has no {lang} column")
            for form in lang_forms:
                owner = owners.get((lang, norm_key(form)))
                if owner is not None:
                    problems.append(f"{entry_id!r}: {lang} form {form!r} is already in {owner!r}")
                owners[(lang, norm_key(form))] = entry_id
        taken.add(entry_id)
        rows.append(_row(entry, header))
        result.added.append(entry_id)
    if problems:
        raise InputError(
            f"{target}: not merged, duplicate entries: {'; '.join(problems)}; "
            "reject or edit them in the review page"
        )
    if not rows:
        return result
    base = original if original.endswith("\n") or not original else original + "\n"
    merged = (base or "\t".join(header) + "\n") + "\n".join(rows) + "\n"
    _lint_or_refuse(target, original, merged)
    if target.exists():
        result.backup = target.with_name(target.name + ".bak")
        atomic_write_bytes(result.backup, target.read_bytes())
        shutil.copymode(target, result.backup)
    atomic_write_text(target, merged)
    if result.backup is not None:
        shutil.copymode(result.backup, target)  # keep the file's permissions
    return result


def _lint_or_refuse(target: Path, original: str, merged: str) -> None:
    """Raise :class:`InputError` if ``merged`` has a lint problem ``original`` did not."""
    with tempfile.TemporaryDirectory(prefix="newsmt-merge-") as tmp:
        candidate = Path(tmp) / target.name
        before: set[tuple[int, int, str]] = set()
        if original:
            candidate.write_text(original, encoding="utf-8")
            before = {(i.line, i.column, i.message) for i in lint_paths([candidate])}
        candidate.write_text(merged, encoding="utf-8")
        new = [i for i in lint_paths([candidate]) if (i.line, i.column, i.message) not in before]
    if new:
        first = new[0]
        raise InputError(
            f"{target}:{first.line}:{first.column}: not merged, the new entry fails "
            f"glossary lint: {first.message}; fix it in the review page"
        )
