"""`newsmt check` through click's CliRunner: output shape, exit codes and options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

SOURCE = [
    "The Guardian reported 2.5 million visitors.",
    "Will the bridge reopen?",
    "The Guardian denied it on 27.11.2026.",
    "",
    "Details at https://kyiv.example/news.",
]
TARGET = [
    "Про це повідомила The Guardian: 2,5 млн відвідувачів.",
    "Міст відкриють.",
    "Гардіан це заперечила 27 листопада 2026 року.",
    "",
    "Деталі на https://kyiv.example/novyny.",
]
GLOSSARY = (
    "id\ttype\ten\tuk\tru\tnote\tdnt\n"
    "zelensky\tPER\tVolodymyr Zelensky | Zelensky\tВолодимир Зеленський | Зеленський\t"
    "Владимир Зеленский | Зеленский\t\t\n"
)


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "story.en", SOURCE), write(tmp_path / "story.uk", TARGET)


def run(*args: str | Path):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def test_json_shape_lines_and_exit_code(pair: tuple[Path, Path]) -> None:
    result = run("--from", "en", "--to", "ua", *pair, "--format", "json")
    assert result.exit_code == 1  # the broken URL is an error
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    rows = {(r["line"], r["check"]): r for r in data["findings"]}
    assert set(rows) == {(2, "punctuation"), (3, "entity-consistency"), (5, "urls")}
    for row in data["findings"]:
        assert list(row) == [
            "line", "check", "severity", "message", "source_span", "target_span",
        ]  # fmt: skip
    url = rows[(5, "urls")]
    assert url["severity"] == "error"
    start, end = url["source_span"]
    assert SOURCE[4][start:end] == "https://kyiv.example/news"
    assert url["target_span"] is None
    assert "line 1" in rows[(3, "entity-consistency")]["message"]
    summary = data["summary"]
    assert (summary["lines"], summary["documents"]) == (5, 2)
    assert (summary["error"], summary["warning"], summary["info"]) == (1, 2, 0)
    assert summary["by_check"] == {"entity-consistency": 1, "punctuation": 1, "urls": 1}


def test_text_output(pair: tuple[Path, Path]) -> None:
    result = run("--from", "en", "--to", "uk", *pair)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{pair[1]}:2: warning [punctuation] "
        "the source ends with a question mark and the target does not"
    )
    assert any(line.startswith(f"{pair[1]}:5: error [urls]") for line in lines)
    assert "1 errors, 2 warnings, 0 info in 5 lines" in result.stderr


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ((), 1),
        (("--fail-on", "never"), 0),
        (("--disable", "urls"), 0),
        (("--disable", "urls", "--fail-on", "warning"), 1),
        (("--disable", "urls,punctuation,entity-consistency", "--fail-on", "warning"), 0),
    ],
)
def test_fail_on_and_disable(pair: tuple[Path, Path], options: tuple[str, ...], code: int) -> None:
    result = run("--from", "en", "--to", "uk", *pair, "--format", "json", *options)
    assert result.exit_code == code, result.output
    checks = {r["check"] for r in json.loads(result.stdout)["findings"]}
    disabled = {
        d for i, o in enumerate(options) if o == "--disable" for d in options[i + 1].split(",")
    }
    assert not checks & disabled


def test_mismatched_line_counts(tmp_path: Path) -> None:
    source = write(tmp_path / "a.en", SOURCE)
    target = write(tmp_path / "a.uk", TARGET[:3])
    result = run("--from", "en", "--to", "uk", source, target)
    assert result.exit_code == 2
    assert "has 5 lines but" in result.stderr and "line-aligned" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "en"), "needs --from LANG, --to LANG, SOURCE and TARGET"),
        (("--from", "en", "--to", "en", "PAIR"), "both en"),
        (("--from", "en", "--to", "de", "PAIR"), "unknown language 'de'"),
        (("--from", "en", "--to", "uk", "PAIR", "--disable", "nope"), "unknown check nope"),
        (("--from", "en", "--to", "uk", "PAIR", "--fix", "out.uk"), "--glossary"),
    ],
)
def test_usage_errors(pair: tuple[Path, Path], args: tuple[str, ...], message: str) -> None:
    expanded = [a for arg in args for a in (map(str, pair) if arg == "PAIR" else [arg])]
    result = run(*expanded)
    assert result.exit_code == 2
    assert message in result.stderr


def test_list(pair: tuple[Path, Path]) -> None:
    from pipeline.checks import CHECKS

    result = run("--list")
    assert result.exit_code == 0
    for check in CHECKS.values():
        assert f"{check.id} ({check.severity.value})" in result.stdout
    rows = json.loads(run("--list", "--format", "json").stdout)
    assert [r["id"] for r in rows] == list(CHECKS)
    assert set(rows[0]["example"]) == {"source", "target", "from", "to"}


def test_entity_consistency_stops_at_a_document_break(tmp_path: Path) -> None:
    source = write(tmp_path / "a.en", ["The Guardian reported it.", "", "The Guardian denied it."])
    target = write(
        tmp_path / "a.uk", ["Про це повідомила The Guardian.", "", "Гардіан це заперечила."]
    )
    result = run("--from", "en", "--to", "uk", source, target, "--format", "json")
    assert json.loads(result.stdout)["findings"] == []


def test_blank_on_one_side_is_reported(tmp_path: Path) -> None:
    source = write(tmp_path / "a.en", ["The mayor resigned.", "", "He left."])
    target = write(tmp_path / "a.uk", ["", "Мер пішов у відставку.", "Він пішов."])
    result = run("--from", "en", "--to", "uk", source, target, "--format", "json")
    rows = json.loads(result.stdout)["findings"]
    assert [(r["line"], r["check"]) for r in rows] == [(1, "empty"), (2, "empty")]
    assert json.loads(result.stdout)["summary"]["documents"] == 1


def test_glossary_and_fix(tmp_path: Path) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    source = write(tmp_path / "a.en", ["Zelensky spoke on Monday.", "The mayor resigned."])
    target = write(tmp_path / "a.uk", ["Зеленский виступив у понеділок.", "Мер пішов."])
    args = ("--from", "en", "--to", "uk", source, target, "--glossary", glossary)

    checked = run(*args, "--format", "json")
    rows = [r for r in json.loads(checked.stdout)["findings"] if r["check"] == "glossary"]
    assert [(r["line"], r["severity"]) for r in rows] == [(1, "error")]
    assert checked.exit_code == 1

    out = tmp_path / "fixed.uk"
    fixed = run(*args, "--format", "json", "--fix", out)
    rows = [r for r in json.loads(fixed.stdout)["findings"] if r["check"] == "glossary"]
    assert [(r["line"], r["severity"]) for r in rows] == [(1, "info")]
    assert fixed.exit_code == 0
    assert out.read_text(encoding="utf-8") == "Зеленський виступив у понеділок.\nМер пішов.\n"
    assert target.read_text(encoding="utf-8").startswith("Зеленский")


@pytest.mark.parametrize(
    ("target", "where", "stage"),
    [
        ("pipeline.glossary.enforce.enforce_sentence", "story.uk:1", "glossary enforcement"),
        ("pipeline.checks.check_batch", "story.uk", "checks"),
    ],
)
def test_a_stage_raising_is_a_one_line_error(
    pair: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    where: str,
    stage: str,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(target, broken)
    glossary = tmp_path / "names.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    result = run("--from", "en", "--to", "uk", *pair, "--glossary", glossary)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"newsmt: error: {tmp_path / where}: {stage} failed: RuntimeError: boom; "
        "report it with this file"
    ]


def test_fix_writes_the_documents_apostrophe(tmp_path: Path) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(
        "id\ttype\ten\tuk\tru\tnote\tdnt\n"
        "kipiehon\tPER\tOleh Kipiehon | Kipiehon\tОлег Кіпʼєгон | Кіпʼєгон\t\tman\t\n",
        encoding="utf-8",
    )
    source = write(tmp_path / "a.en", ["The coach praised Kipiehon.", "The ball is new."])
    target = write(tmp_path / "a.uk", ["Тренер похвалив Кіпєгона.", "М'яч новий."])
    out = tmp_path / "fixed.uk"
    result = run("--from", "en", "--to", "uk", source, target, "--glossary", glossary,
                 "--fix", out)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "Тренер похвалив Кіп'єгона.\nМ'яч новий.\n"
