"""Input fidelity: what newsmt reads is what the file holds, and bad input is one line.

Records from a newer newsmt, CMS fields of the wrong type, duplicate CMS ids, UTF-16
without a BOM, special files, a bad UTF-8 byte, an unwritable output folder, stale
temporary files, reports on stdout, records met by ``detect``, records in subfolders met
by ``review``, and entity references in Markdown.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fidelity_helpers import round_trip

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.export.record import read_record, write_record
from pipeline.fsutil import atomic_write_text
from pipeline.readers import decode, read_text

pytest_plugins = ["engine_helpers"]
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
STORY = "Bridge reopens\n\nThe old bridge reopened on Friday. Buses use it again.\n"
FAST = ["--max-length", "8", "--beam-size", "1"]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


# --- records ----------------------------------------------------------------------------


def test_a_record_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    (article,) = read_text(STORY, "txt", "story.txt")
    path = tmp_path / "story.json"
    write_record(path, [article], generator="newsmt")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"story\.json: .*schema_version 99.*upgrade newsmt"):
        read_record(path)
    result = run("glossary", "hits", path)
    assert result.exit_code != 0
    assert "schema_version 99" in result.output and "Traceback" not in result.output


# --- CMS JSON ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("body", {"x": 1}), ("title", ["Headline", {"x": 1}]), ("lead", True), ("id", {"a": 1})],
)
def test_a_cms_field_of_the_wrong_type_is_a_one_line_error(field: str, value: object) -> None:
    obj = {"id": 1, "title": "Bridge reopens", "body": "The bridge reopened.", field: value}
    with pytest.raises(InputError, match=rf"export\.json: field '{field}' (is|holds) .*expected"):
        read_text(json.dumps(obj), "json", "export.json")


def test_null_items_of_a_cms_list_are_no_text() -> None:
    obj = {"title": "Bridge reopens", "paragraphs": ["The bridge reopened.", None, "Buses run."]}
    (article,) = read_text(json.dumps(obj), "json", "export.json")
    texts = [p.text for p in article.paragraphs]
    assert texts == ["Bridge reopens", "The bridge reopened.", "Buses run."]
    assert not any("None" in t or "{" in t for t in texts)


def test_duplicate_cms_ids_get_unique_article_ids_and_keep_their_own() -> None:
    objects = [
        {"id": 7, "title": "First story", "body": "The first one."},
        {"id": 7, "title": "Second story", "body": "The second one."},
        {"id": "7~2", "title": "Third story", "body": "The third one."},
    ]
    articles = read_text(json.dumps(objects), "json", "export.json")
    ids = [a.id for a in articles]
    assert len(set(ids)) == 3 and ids[0] == "export#7"
    assert [a.meta["cms"]["id"] for a in articles] == [7, 7, "7~2"]


def test_apply_edits_the_story_a_decision_names_among_duplicate_ids(
    tmp_path: Path,
) -> None:
    from pipeline.model import GlossaryHit, Translation
    from pipeline.review.apply import apply_hit_decisions, load_records
    from pipeline.review.decisions import hit_key
    from pipeline.segment import segment_article

    objects = [
        {"id": 7, "title": "Kyiv", "body": "Kyiv is calm."},
        {"id": 7, "title": "Kyiv", "body": "Kyiv is calm."},
    ]
    articles = read_text(json.dumps(objects), "json", "export.json")
    for article in articles:
        article.lang = "en"
        segment_article(article)
        hit = GlossaryHit("kyiv", 1, 0, (0, 4), "Kyiv", "Київ", status="needs-review",
                          target_span=(0, 4), target_text="Kiev", proposal="Київ")  # fmt: skip
        translated = [["Kiev"], ["Kiev is calm."]]
        article.translations["uk"] = Translation(
            "uk", "hand", ["en", "uk"], sentences=translated, hits=[hit]
        )
    write_record(tmp_path / "export.json", articles, generator="newsmt")
    records = load_records(tmp_path)
    second = records[0].articles[1]
    key = hit_key(second, "uk", second.translations["uk"].hits[0])
    decisions = {key: {"decision": "accept"}}
    apply_hit_decisions(records, decisions, tmp_path / "decisions.json")
    first, second = records[0].articles
    assert first.translations["uk"].sentences[1] == ["Kiev is calm."]
    assert second.translations["uk"].sentences[1] != ["Kiev is calm."]


# --- bytes and files ----------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text", ["Привіт, світе! Це тест українською мовою.\n", "Привіт\nсвіте\n", "Hello, world.\n"]
)
def test_utf16_without_a_bom_is_read_as_utf16(codec: str, text: str) -> None:
    assert decode(text.encode(codec), "story.txt") == (text, codec)


def test_binary_with_nul_bytes_is_still_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4, "blob.txt")


def test_a_bad_utf8_byte_is_reported_with_line_and_offset() -> None:
    data = "Привіт світе. Це тест.\nДругий рядок ".encode() + b"\xff" + " тут.\n".encode()
    with pytest.raises(InputError) as caught:
        decode(data, "story.txt")
    message = str(caught.value)
    offset = data.index(b"\xff")
    assert message.startswith("story.txt:2:")
    assert f"byte {offset}" in message and "0xff" in message and "\n" not in message


def test_legacy_cyrillic_is_still_decoded() -> None:
    text = "Привіт світе. Це тест українською мовою, і ще трохи тексту.\n"
    assert decode(text.encode("cp1251"), "story.txt")[0] == text


def test_a_bad_utf8_byte_in_a_glossary_is_reported_with_line(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes(b"id\ttype\ten\nkyiv\tLOC\tKyiv\xff\n")
    result = run("glossary", "lint", path)
    assert f"{path}:2:" in result.output and "0xff" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_check_and_detect_on_a_fifo_say_what_it_is(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "t.txt").write_text("Привіт.\n", encoding="utf-8")
    result = run("check", "--from", "en", "--to", "uk", fifo, tmp_path / "t.txt")
    assert result.exit_code == 2
    assert f"{fifo}: a FIFO (named pipe), not a regular file" in result.output
    assert "no such file" not in result.output
    result = run("detect", fifo)
    assert "a FIFO (named pipe), not a regular file" in result.output


# --- outputs ------------------------------------------------------------------------------


@pytest.fixture
def story(newsmt_env: Path, install: Callable[..., object]) -> Path:
    install("en-uk")
    folder = newsmt_env / "in"
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    return folder


def translate(*args: str | Path) -> Result:
    return run("translate", "--allow-test-model", "--to", "uk", *FAST, *args)


def test_an_unwritable_out_fails_before_anything_is_translated(
    story: Path, tmp_path: Path, decode_counter: object
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    result = translate(story, "--out", blocker / "out")
    assert result.exit_code == 2, result.output
    assert f"{blocker / 'out'}: cannot write there" in result.output
    assert decode_counter.sentences == 0  # type: ignore[attr-defined]


def test_stale_temporary_files_of_newsmt_are_cleaned(tmp_path: Path) -> None:
    from pipeline.fsutil import clean_stale_temps

    old, fresh = tmp_path / ".bridge.uk.txt.k2j3h4g5.tmp", tmp_path / ".bridge.json.a1b2c3d4.tmp"
    mine = tmp_path / ".notes.tmp"  # not newsmt's name pattern
    other = tmp_path / "draft.a1b2c3d4.tmp"
    for path in (old, fresh, mine, other):
        path.write_text("half\n", encoding="utf-8")
    hour_ago = time.time() - 3600
    for path in (old, mine, other):
        os.utime(path, (hour_ago, hour_ago))
    assert clean_stale_temps(tmp_path) == [old]
    assert not old.exists() and fresh.exists() and mine.exists() and other.exists()


def test_translate_cleans_stale_temporary_files_in_its_out_folder(
    story: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".bridge.uk.txt.zz9xq0r1.tmp"
    stale.write_text("half\n", encoding="utf-8")
    os.utime(stale, (time.time() - 3600,) * 2)
    result = translate(story, "--out", out)
    assert result.exit_code == 0, result.output
    assert not stale.exists() and (out / "bridge.uk.txt").exists()


def test_atomic_writes_use_the_name_pattern_cleaning_looks_for(tmp_path: Path) -> None:
    from pipeline.fsutil import clean_stale_temps

    seen: list[str] = []
    real = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real(src, dst)

    os.replace = spy  # type: ignore[assignment]
    try:
        atomic_write_text(tmp_path / "bridge.uk.txt", "x\n")
    finally:
        os.replace = real
    (name,) = seen
    stale = tmp_path / name
    stale.write_text("half\n", encoding="utf-8")
    os.utime(stale, (time.time() - 3600,) * 2)
    assert clean_stale_temps(tmp_path) == [stale]


def test_regress_reports_go_to_stdout_for_a_dash(
    tmp_path: Path, install: Callable[..., object], monkeypatch: pytest.MonkeyPatch
) -> None:
    install("en-uk")
    suite = tmp_path / "suite"
    shutil.copytree(SAMPLES / "suite-testmodel", suite)
    monkeypatch.chdir(tmp_path)
    assert run("regress", suite, "--update-baseline").exit_code == 0
    junit = CliRunner().invoke(main, ["regress", str(suite), "--junit", "-"])
    assert junit.exit_code == 0, junit.output
    assert junit.stdout.lstrip().startswith("<?xml") and "<testsuite" in junit.stdout
    markdown = CliRunner().invoke(main, ["regress", str(suite), "--markdown", "-"])
    assert markdown.exit_code == 0, markdown.output
    assert markdown.stdout.lstrip().startswith("#")
    assert not (tmp_path / "-").exists()
    both = run("regress", suite, "--junit", "-", "--markdown", "-")
    assert both.exit_code == 2 and "only one" in both.output


# --- the output folder read back ---------------------------------------------------------


@pytest.fixture
def translated(story: Path, tmp_path: Path) -> Path:
    (story / "sub").mkdir()
    (story / "sub" / "roads.txt").write_text(
        "Roads repaired\n\nThe roads near the station were repaired.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = translate(story, "--out", out)
    assert result.exit_code == 0, result.output
    assert (out / "sub" / "roads.json").exists()
    return out


def test_detect_on_an_out_folder_skips_records_and_says_so(translated: Path) -> None:
    result = run("detect", translated)
    assert result.exit_code == 0, result.output
    assert "no 'title'" not in result.output
    assert f"skipped {translated / 'bridge.json'}: a newsmt record" in result.output
    assert "bridge.uk.txt" in result.output


def test_review_finds_records_in_subfolders_translate_made(translated: Path) -> None:
    from pipeline.review.page import record_paths

    assert [p.relative_to(translated).as_posix() for p in record_paths(translated)] == [
        "bridge.json",
        "sub/roads.json",
    ]


# --- Markdown -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "Write &amp;lt; for a less-than sign.\n",
        "The code &amp;#60; and &amp;copy; stay as written.\n",
    ],
)
def test_markdown_entity_references_round_trip(source: str) -> None:
    assert round_trip(source, "md") == source
