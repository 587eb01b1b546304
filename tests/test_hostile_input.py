"""Hostile or malformed input is a one-line error naming the file, and the rest goes on
(issue 14, items 5, 8, 11 and 12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.review.decisions import DecisionError, validate_decision

GLOSSARY = "id\ttype\ten\tuk\tru\tnote\tdnt\nkharkiv\tLOC\tKharkiv\tХарків\tХарьков\t\t\n"
GOOD = {"id": "sykhiv", "type": "LOC", "en": "Sykhiv", "uk": "Сихів", "ru": "Сыхов", "note": ""}
DEEP = "[" * 100_000 + "]" * 100_000


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_line_error(result: Result, *words: str) -> str:
    """The single stderr line of a failed command, checked for ``words``."""
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    (line,) = result.stderr.splitlines()
    assert all(word in line for word in words), line
    return line


# --- item 8: a hostile decisions.json ------------------------------------------------


def decisions_file(folder: Path, entry: dict[str, Any]) -> Path:
    path = folder / "decisions.json"
    record = {"decision": "accept", "entry": entry, "at": "2026-01-01T00:00:00+00:00"}
    data = {"schema_version": 1, "hits": {}, "suggestions": {"s1": record}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


HOSTILE = {
    "note with a row": {"note": "x\nzelensky2\tPER\tZelensky\tВолодимир Путін\t\t\t"},
    "tab": {"uk": "Сихів\tПутін"},
    "U+2028": {"note": "a\u2028b"},
    "vertical tab": {"en": "Sy\x0bkhiv"},
    "NEL": {"ru": "Сы\x85хов"},
    "comment id": {"id": "#sykhiv"},
    "dnt no": {"dnt": "no"},
    "id not text": {"id": ["sykhiv"]},
}


@pytest.mark.parametrize("change", list(HOSTILE.values()), ids=list(HOSTILE))
def test_merge_refuses_a_hostile_entry_in_one_line(tmp_path: Path, change: dict[str, Any]) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    decisions = decisions_file(tmp_path, {**GOOD, **change})
    result = run("glossary", "merge", str(decisions), "--into", str(glossary))
    one_line_error(result, str(decisions), "'s1'")
    assert glossary.read_text(encoding="utf-8") == GLOSSARY


def test_merge_keeps_a_clean_entry_and_a_real_dnt(tmp_path: Path) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    decisions = decisions_file(tmp_path, {**GOOD, "dnt": False})
    result = run("glossary", "merge", str(decisions), "--into", str(glossary))
    assert result.exit_code == 0, result.output
    assert glossary.read_text(encoding="utf-8").splitlines()[-1] == (
        "sykhiv\tLOC\tSykhiv\tСихів\tСыхов\t\t"
    )


@pytest.mark.parametrize(
    "change",
    [{"note": "a\u2028b"}, {"note": "a\x0bb"}, {"en": "a\x85b"}, {"dnt": "no"}, {"dnt": 1}],
    ids=["U+2028", "vertical tab", "NEL", "dnt no", "dnt 1"],
)
def test_the_review_server_refuses_what_merge_refuses(change: dict[str, Any]) -> None:
    payload = {"kind": "suggestion", "key": "s1", "decision": "accept", "entry": change}
    with pytest.raises(DecisionError):
        validate_decision(payload, {}, {"s1": GOOD})


def test_the_review_server_refuses_a_comment_id() -> None:
    payload = {"kind": "suggestion", "key": "s1", "decision": "accept"}
    with pytest.raises(DecisionError, match="'#'"):
        validate_decision(payload, {}, {"s1": {**GOOD, "id": "#s1"}})
