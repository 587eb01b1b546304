"""newsmt glossary lint / hits: every planted error is found; hits of translation records."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from glossary_helpers import write_glossary

from pipeline.cli import main
from pipeline.export.record import write_record
from pipeline.glossary.lint import lint_paths
from pipeline.model import Article, Paragraph, Sentence, Translation

BAD = (
    "id\ttype\ten\tuk\tru\tdnt\n"  # line 1
    "kyiv\tLOC\tKyiv\tКиїв\tКиев\t\n"  # 2: fine
    "kyiv\tLOC\tKyiv City\tМісто Київ\tГород Киев\t\n"  # 3: duplicate id
    "lviv\tLOC\tLviv\tЛьвiв\tЛьвов\t\n"  # 4: Latin i inside a Ukrainian word
    "odesa\tLOC\tOdesa \tОдеса\tОдесса\t\n"  # 5: stray whitespace
    "dnipro\tLOC\tDnipro\t\tДнепр\t\n"  # 6: empty canonical form (uk)
    "kharkiv\tLOC\tKharkiv | Kharkov\tХарків\tХарьков\t\n"  # 7: form counts differ
    "kyiv2\tLOC\tKyiv\tКиєв\tКиев\t\n"  # 8: Kyiv → another uk target
    "\tLOC\tSumy\tСуми\tСумы\t\n"  # 9: empty id
    "x\tLOC\tX\tІкс\tИкс\tmaybe\n"  # 10: bad dnt
)


def test_lint_finds_every_planted_error(tmp_path: Path) -> None:
    write_glossary(tmp_path, BAD, "bad.tsv")
    issues = lint_paths([tmp_path])
    found = {(i.line, i.column, i.message.split(" (")[0].split(" '")[0]) for i in issues}
    assert found == {
        (3, 1, "duplicate id"),
        (4, 15, "Latin and Cyrillic mixed in"),
        (5, 16, "stray whitespace"),
        (6, 19, "empty canonical form"),
        (7, 13, "form counts differ: en 2, uk 1, ru 1"),
        (8, 16, "en"),
        (8, 16, "ru"),
        (9, 1, "empty id"),
        (10, 17, "dnt must be yes or no"),
    }
    assert str(issues[0]).startswith(f"{tmp_path / 'bad.tsv'}:3:1: duplicate id 'kyiv'")


def test_lint_missing_columns_and_cross_file_conflicts(tmp_path: Path) -> None:
    write_glossary(tmp_path, "id\ttype\ten\tuk\nkyiv\tLOC\tKyiv\tКиїв\n", "a.tsv")
    write_glossary(tmp_path, "id\ttype\ten\tuk\tru\nkyiv2\tLOC\tKyiv\tКиєв\tКиев\n", "b.tsv")
    messages = [str(i) for i in lint_paths([tmp_path])]
    assert messages == [
        f"{tmp_path / 'a.tsv'}:1:1: missing column 'ru'",
        f"{tmp_path / 'b.tsv'}:2:16: en 'Kyiv' maps to uk 'Києв' here but to 'Київ' in 'kyiv' "
        f"({tmp_path / 'a.tsv'}:2)",
    ]


def test_lint_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    good = write_glossary(tmp_path / "good", "id\ttype\ten\tuk\tru\nkyiv\tLOC\tKyiv\tКиїв\tКиев\n")
    result = runner.invoke(main, ["glossary", "lint", str(good)])
    assert result.exit_code == 0 and result.output == ""
    bad = write_glossary(tmp_path / "bad", BAD)
    result = runner.invoke(main, ["glossary", "lint", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3:1: duplicate id 'kyiv'" in result.output
    result = runner.invoke(main, ["glossary", "lint", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "no such glossary" in result.output


def _record(tmp_path: Path, with_hits: bool) -> Path:
    text = "Kishida visited Kyiv."
    para = Paragraph(text, sentences=[Sentence(0, len(text), text)], lang="en")
    article = Article("story-1", "story.txt", "txt", [para], lang="en")
    article.translations["uk"] = Translation(
        "uk", "test", ["en", "uk"], sentences=[["Кішида відвідав Київ."]]
    )
    if with_hits:
        from pipeline.model import GlossaryHit

        article.translations["uk"].hits = [
            GlossaryHit("kyiv", 0, 0, (16, 20), "Kyiv", "Київ", "Київ", (16, 20), "ok")
        ]
    path = tmp_path / ("stored.json" if with_hits else "plain.json")
    write_record(path, [article])
    return path


def test_hits_cli_computes_and_reads_hits(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./glossaries here: only --glossary counts
    glossary = write_glossary(
        tmp_path / "g",
        "id\ttype\ten\tuk\tru\nkishida\tPER\tKishida\tКісіда\tКисида\nkyiv\tLOC\tKyiv\tКиїв\tКиев\n",
    )
    runner = CliRunner()
    plain = _record(tmp_path, with_hits=False)
    result = runner.invoke(
        main, ["glossary", "hits", str(plain), "--glossary", str(glossary), "--format", "json"]
    )
    assert result.exit_code == 1  # Kishida is not rendered as the glossary says
    rows = json.loads(result.output)
    assert [(r["entry_id"], r["status"], r["target_text"], r["proposal"]) for r in rows] == [
        ("kishida", "missing", "Кішида", "Кісіда"),  # what --fix would write
        ("kyiv", "ok", "Київ", None),
    ]
    result = runner.invoke(main, ["glossary", "hits", str(plain), "--glossary", str(glossary)])
    assert "translation has 'Кішида', would write 'Кісіда'" in result.output
    assert rows[0]["source_sentence"] == "Kishida visited Kyiv." and rows[0]["source_end"] == 7
    stored = _record(tmp_path, with_hits=True)
    result = runner.invoke(main, ["glossary", "hits", str(stored), "--format", "tsv", "--to", "ua"])
    assert result.exit_code == 0
    header, row = result.output.splitlines()
    assert header.split("\t")[:3] == ["record", "article", "lang"]
    assert row.split("\t")[1:7] == ["story-1", "uk", "0", "0", "kyiv", "ok"]
    result = runner.invoke(main, ["glossary", "hits", str(stored), "--to", "ru"])
    assert result.exit_code == 0 and result.output == ""
    result = runner.invoke(main, ["glossary", "hits", str(stored)])
    assert "story-1:1:1 uk ok" in result.output
