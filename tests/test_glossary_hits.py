"""`newsmt glossary hits` over a batch with damaged records: it reports every readable record,
names each one it passes over as `newsmt review` does, and fails in one line when none is left."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from review_helpers import write_batch

from pipeline.cli import main
from pipeline.export.record import SCHEMA_VERSION
from pipeline.review.page import load_batch, no_suggestions


def _unreadable(text: str) -> str:
    return text[:200]


def _malformed(text: str) -> str:
    return text.replace('"articles": [', '"articles": [7, ', 1)


def _newer(text: str) -> str:
    data = json.loads(text)
    data["schema_version"] = 99
    return json.dumps(data)


DAMAGE = {"unreadable": _unreadable, "malformed": _malformed, "newer": _newer}


def _damage(path: Path, damage: Any) -> None:
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")


def hits(*args: str) -> Result:
    return CliRunner().invoke(main, ["glossary", "hits", *args])


def _records(stdout: str, fmt: str) -> list[str]:
    """The record of each hit ``glossary hits --format fmt`` listed."""
    if fmt == "json":
        return [row["record"] for row in json.loads(stdout)]
    if fmt == "tsv":
        return [row["record"] for row in csv.DictReader(io.StringIO(stdout), delimiter="\t")]
    return [line.split(":", 1)[0] for line in stdout.splitlines()]


@pytest.mark.parametrize("fmt", ["text", "json", "tsv"])
@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_a_damaged_record_is_passed_over_and_named_as_review_names_it(
    tmp_path: Path, damage: Any, fmt: str
) -> None:
    out = write_batch(tmp_path / "out", suggestions=False)
    whole = hits(str(out), "--format", fmt)
    tram = out / "lviv-tram.json"
    _damage(out / "kharkiv-bridge.json", damage)
    result = hits(str(out), "--format", fmt)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert set(_records(result.stdout, fmt)) == {str(tram)}
    tram_rows = [r for r in whole.stdout.splitlines() if str(tram) in r or "lviv-tram" in r]
    assert all(row in result.stdout for row in tram_rows)  # its hits, as without the damage
    (message,) = load_batch(out, no_suggestions).unreadable  # what review says of it
    assert message.startswith(f"{out / 'kharkiv-bridge.json'}: ")
    assert result.stderr.splitlines() == [f"newsmt: skipped: {message}"]


def test_every_damaged_file_is_named_and_the_good_ones_listed(tmp_path: Path) -> None:
    out = write_batch(tmp_path / "out", suggestions=False)
    (out / "a.json").write_text("{", encoding="utf-8")
    (out / "deeper").mkdir()
    write_batch(out / "deeper", suggestions=False)
    _damage(out / "deeper" / "lviv-tram.json", _malformed)
    missing = tmp_path / "nope.json"
    result = hits(str(out), str(missing), "--format", "tsv")
    assert result.exit_code == 1
    listed = set(_records(result.stdout, "tsv"))
    assert listed == {str(out / n) for n in ("kharkiv-bridge.json", "lviv-tram.json")} | {
        str(out / "deeper" / "kharkiv-bridge.json")
    }
    skipped = [line.split(": ", 3)[2] for line in result.stderr.splitlines()]
    assert skipped == [str(out / "a.json"), str(out / "deeper" / "lviv-tram.json"), str(missing)]
    assert all(line.startswith("newsmt: skipped: ") for line in result.stderr.splitlines())
    assert result.stderr.splitlines()[-1].endswith(": no such file; check the path")


@pytest.mark.parametrize("fmt", ["text", "json", "tsv"])
def test_a_folder_of_damaged_records_is_a_one_line_error(tmp_path: Path, fmt: str) -> None:
    out = write_batch(tmp_path / "out", suggestions=False)
    _damage(out / "kharkiv-bridge.json", _malformed)
    _damage(out / "lviv-tram.json", _unreadable)
    result = hits(str(out), "--format", fmt)
    assert result.exit_code == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsmt: error: {out / 'kharkiv-bridge.json'}: malformed newsmt ")
    assert line.endswith("; re-run translate (and 1 other file(s) that cannot be read)")


def test_one_damaged_record_alone_is_its_own_error(tmp_path: Path) -> None:
    out = write_batch(tmp_path / "out", suggestions=False)
    _damage(out / "lviv-tram.json", _newer)
    result = hits(str(out / "lviv-tram.json"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"newsmt: error: {out / 'lviv-tram.json'}: record schema_version 99 is newer than this "
        f"newsmt reads ({SCHEMA_VERSION}); upgrade newsmt to read it"
    ]
