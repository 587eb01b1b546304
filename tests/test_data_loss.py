"""Nothing newsmt did not write is overwritten, dropped or read as input (issue 14, items 1–3,
6 and 7).  Test-model output is noise: nothing here looks at the wording of a translation."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.translate.packages import PackageInfo

pytest_plugins = ["engine_helpers"]
Installer = Callable[..., list[PackageInfo]]
FAST = ["--max-length", "8", "--beam-size", "1", "--allow-test-model", "--no-cache"]
STORY = "Kyiv news\n\nThe old bridge in Kyiv reopened on Friday.\n"
EDITED = "Новини Києва\n\nСтарий міст у Києві відкрили в п'ятницю (редактор).\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, [*args])


def translate(*args: str) -> Result:
    return run("translate", *args, *FAST)


@pytest.fixture
def folder(newsmt_env: Path, install: Installer, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(newsmt_env)  # no ./glossaries
    install("en-uk")
    path = newsmt_env / "in"
    path.mkdir()
    (path / "kyiv.txt").write_text(STORY, encoding="utf-8")
    (path / "kyiv.uk.txt").write_text(EDITED, encoding="utf-8")
    return path


def record(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# --- item 1: a hand-written translation ------------------------------------------------


def test_a_hand_written_translation_beside_its_source_is_never_overwritten(folder: Path) -> None:
    result = translate(str(folder), "--to", "uk")
    assert result.exit_code == 0, result.output
    assert (folder / "kyiv.uk.txt").read_text(encoding="utf-8") == EDITED
    assert not (folder / "kyiv.uk.uk.txt").exists()
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("kept")]
    assert str(folder / "kyiv.uk.txt") in line and "not overwritten" in line
    data = record(folder / "kyiv.json")
    assert "kyiv.uk.txt" not in data["outputs"]
    assert [k["path"] for k in data["kept"]] == [str(folder / "kyiv.uk.txt")]
    findings = data["articles"][0]["translations"]["uk"]["findings"]
    assert [f["severity"] for f in findings if f["check"] == "kept-file"] == ["warning"]
    # a second run still keeps it, and still says so
    again = translate(str(folder), "--to", "uk")
    assert again.exit_code == 0, again.output
    assert (folder / "kyiv.uk.txt").read_text(encoding="utf-8") == EDITED
    assert "files       1 (1 translated" in again.stdout


def test_a_hand_written_translation_is_reported_with_out(folder: Path) -> None:
    out = folder.parent / "out"
    result = translate(str(folder), "--to", "uk", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "files       1 (1 translated" in result.stdout
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("kept")]
    assert str(folder / "kyiv.uk.txt") in line and "not translated again" in line
    assert (folder / "kyiv.uk.txt").read_text(encoding="utf-8") == EDITED
    assert [k["path"] for k in record(out / "kyiv.json")["kept"]] == [str(folder / "kyiv.uk.txt")]
    assert sorted(p.name for p in out.iterdir()) == ["kyiv.json", "kyiv.uk.txt"]


def test_a_foreign_file_in_the_output_folder_is_kept(folder: Path) -> None:
    out = folder.parent / "out"
    out.mkdir()
    (out / "kyiv.uk.txt").write_text("mine\n", encoding="utf-8")
    result = translate(str(folder / "kyiv.txt"), "--to", "uk", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "kyiv.uk.txt").read_text(encoding="utf-8") == "mine\n"
    # newsmt's own outputs (listed in its record) are replaced on the next run
    (out / "kyiv.uk.txt").unlink()
    assert translate(str(folder / "kyiv.txt"), "--to", "uk", "--out", str(out)).exit_code == 0
    first = (out / "kyiv.uk.txt").read_bytes()
    (folder / "kyiv.txt").write_text(STORY + "\nAnother line about the bridge.\n", "utf-8")
    assert translate(str(folder / "kyiv.txt"), "--to", "uk", "--out", str(out)).exit_code == 0
    assert (out / "kyiv.uk.txt").read_bytes() != first


def test_a_story_named_as_a_translation_gets_outputs_named_after_its_stem(
    newsmt_env: Path, install: Installer
) -> None:
    install("en-uk")
    folder = newsmt_env / "in"
    folder.mkdir()
    (folder / "kyiv.en.txt").write_text(STORY, encoding="utf-8")
    result = translate(str(folder), "--to", "uk")
    assert result.exit_code == 0, result.output
    assert (folder / "kyiv.uk.txt").is_file()
    assert not (folder / "kyiv.en.uk.txt").exists()
    again = translate(str(folder), "--to", "uk")  # its output is not taken as an input
    assert "files       1 (1 translated" in again.stdout, again.output


# --- item 2: check --fix onto its own input ------------------------------------------


@pytest.mark.parametrize("which", ["source", "target", "target-link"])
def test_check_fix_refuses_to_write_over_source_or_target(tmp_path: Path, which: str) -> None:
    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text("Zelensky spoke.\n", encoding="utf-8")
    tgt.write_text("Зеленський говорив.\n", encoding="utf-8")
    (tmp_path / "g.tsv").write_text(
        "id\ttype\ten\tuk\nzelensky\tPER\tZelensky\tЗеленський\n", encoding="utf-8"
    )
    fix = {"source": src, "target": tgt, "target-link": tmp_path / "link.txt"}[which]
    if which == "target-link":
        os.link(tgt, fix)
    before = (src.read_bytes(), tgt.read_bytes())
    result = run(
        "check", "--from", "en", "--to", "uk", str(src), str(tgt),
        "--glossary", str(tmp_path / "g.tsv"), "--fix", str(fix),
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert len(result.output.splitlines()) == 1 and "--fix" in result.output
    assert (src.read_bytes(), tgt.read_bytes()) == before


# --- item 6: an unreadable subfolder -------------------------------------------------


@pytest.mark.parametrize("command", ["translate", "detect"])
def test_an_unreadable_subfolder_is_reported_like_an_unreadable_file(
    folder: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "kyiv.uk.txt").unlink()
    locked = folder / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(STORY, encoding="utf-8")
    scandir = os.scandir

    def denied(path: Any = ".") -> Any:  # what the kernel answers for a folder without r-x
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    if command == "translate":
        result = translate(str(folder), "--to", "uk", "--out", str(folder.parent / "out"))
    else:
        result = run("detect", str(folder))
    assert result.exit_code == 1, result.output
    (line,) = [line for line in result.stderr.splitlines() if str(locked) in line]
    assert "Permission denied" in line
    done = "1 translated" if command == "translate" else "kyiv.txt\ten"
    assert done in result.stdout  # the readable files are still done


# --- item 7: --out inside the input folder -------------------------------------------


def test_an_output_folder_inside_the_input_folder_is_never_read(folder: Path) -> None:
    (folder / "kyiv.uk.txt").unlink()
    out = folder / "out"
    for _ in range(2):
        result = translate(str(folder), "--to", "uk", "--out", str(out))
        assert result.exit_code == 0, result.output
        assert "files       1 (1 translated, 0 up to date, 0 failed)" in result.stdout
    assert not (out / "out").exists()
    assert sorted(p.name for p in out.iterdir()) == ["kyiv.json", "kyiv.uk.txt"]


# --- item 3: deep HTML ---------------------------------------------------------------


def _deep(depth: int) -> str:
    nested = "<div>" * depth + "<span>Deep text.</span>" + "</div>" * depth
    return f"<html><body><p>Before the block.</p>{nested}<p>After the deep block.</p></body></html>"


def test_html_nested_past_libxml2s_default_limit_keeps_every_paragraph() -> None:
    from pipeline.readers import read_text

    (article,) = read_text(_deep(300), "html", "deep.html")
    assert [p.text for p in article.paragraphs] == [
        "Before the block.", "Deep text.", "After the deep block.",
    ]  # fmt: skip


@pytest.mark.parametrize("depth", [1500, 5000])
def test_html_too_deep_to_read_whole_is_a_one_line_error(tmp_path: Path, depth: int) -> None:
    (tmp_path / "deep.html").write_text(_deep(depth), encoding="utf-8")
    result = run("detect", str(tmp_path / "deep.html"))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert str(tmp_path / "deep.html") in line and "too deeply" in line


def test_a_json_file_in_the_records_place_is_not_overwritten(folder: Path) -> None:
    cms = folder / "kyiv.json"
    cms.write_text('[{"id": 1, "title": "Kyiv", "body": "The bridge."}]', encoding="utf-8")
    before = cms.read_bytes()
    result = translate(str(folder / "kyiv.txt"), "--to", "uk")
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert str(cms) in line and "did not write" in line
    assert cms.read_bytes() == before


def test_a_fifo_in_a_walked_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    from pipeline.readers import input_files

    assert input_files([tmp_path]) == [tmp_path / "story.txt"]
