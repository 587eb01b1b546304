"""`newsmt translate` end to end on tiny test models installed through the real installer.

Test-model output is noise: these tests check files, structure, routes, the cache and
exit codes, never the wording of a translation.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.translate.packages import PackageInfo

if TYPE_CHECKING:
    from engine_helpers import DecodeCounter

pytest_plugins = ["engine_helpers"]
Installer = Callable[..., list[PackageInfo]]

STORY_MD = """\
# Bridge reopens after repairs

The old river bridge reopened to traffic on *Friday* after eight months of repairs. \
Buses will use it again from Monday.

The mayor said the work cost **12 million** hryvnias. Drivers welcomed the news.
"""
STORY_UK = """\
Уряд затвердив новий план ремонту доріг

Міністр інфраструктури заявив, що ремонт триватиме до кінця року. \
Роботи почнуться в березні.
"""
FAST = ["--max-length", "8", "--beam-size", "1"]


@pytest.fixture
def stories(newsmt_env: Path) -> Path:
    folder = newsmt_env / "in"
    folder.mkdir()
    (folder / "bridge.md").write_text(STORY_MD, encoding="utf-8")
    (folder / "roads.txt").write_text(STORY_UK, encoding="utf-8")
    return folder


def translate(*args: str | Path) -> Result:
    """``newsmt translate`` on the tiny test models, which it refuses unless allowed."""
    return CliRunner().invoke(main, ["translate", "--allow-test-model", *map(str, args)])


def record(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_translates_a_batch_with_direct_and_pivot_routes(
    install: Installer, stories: Path, tmp_path: Path
) -> None:
    install("en-uk", "en-ru", "uk-en")
    out = tmp_path / "out"
    result = translate(stories, "--to", "uk,ru", "--engine", "argos", "--out", out, *FAST)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "bridge.json",
        "bridge.ru.md",
        "bridge.uk.md",
        "roads.json",
        "roads.ru.txt",
    ]
    uk_md = (out / "bridge.uk.md").read_text(encoding="utf-8")
    blocks = uk_md.strip().split("\n\n")
    # test-model output says so before anything else
    assert blocks[0] == "**TEST MODEL output (newsmt): noise from a test model, NOT a translation**"
    assert len(blocks) == 4 and blocks[1].startswith("# ")
    assert uk_md.count("**") == 4 and uk_md.replace("**", "").count("*") == 2
    assert (out / "roads.ru.txt").read_text(encoding="utf-8").startswith("[TEST MODEL output")

    data = record(out / "roads.json")
    assert data["schema_version"] == 1 and data["outputs"] == ["roads.ru.txt"]
    (article,) = data["articles"]
    ru = article["translations"]["ru"]
    assert ru["route"] == ["uk", "en", "ru"]
    assert ru["engine"] == "argos"
    assert ru["models"] == ["argos:translate-uk_en-test@0.0", "argos:translate-en_ru-test@0.0"]
    assert data["routes"]["ru"]["route"] == ["uk", "en", "ru"]
    shape = [len(p["sentences"]) for p in article["paragraphs"]]
    assert [len(p) for p in ru["sentences"]] == shape == [1, 2]
    assert all(s for p in ru["sentences"] for s in p)

    bridge = record(out / "bridge.json")["articles"][0]
    assert bridge["translations"]["uk"]["route"] == ["en", "uk"]
    assert [p["kind"] for p in bridge["paragraphs"]] == ["headline", "body", "body"]
    assert "uk→ru       uk→en→ru (argos)" in result.output


def test_rerun_decodes_only_what_changed(
    install: Installer, stories: Path, tmp_path: Path, decode_counter: DecodeCounter
) -> None:
    install("en-uk")
    counter = decode_counter
    out = tmp_path / "out"
    source = stories / "bridge.md"
    assert translate(source, "--to", "uk", "--out", out, *FAST).exit_code == 0
    first = counter.sentences
    assert first == 5
    before = (out / "bridge.uk.md").read_text(encoding="utf-8")
    assert translate(source, "--to", "uk", "--out", out, *FAST).exit_code == 0
    assert counter.sentences == first  # all from the cache
    assert (out / "bridge.uk.md").read_text(encoding="utf-8") == before
    source.write_text(STORY_MD.replace("Drivers welcomed the news.", "Cyclists too."), "utf-8")
    result = translate(source, "--to", "uk", "--out", out, *FAST)
    assert result.exit_code == 0
    assert counter.sentences == first + 1
    assert "4 from cache, 1 decoded" in result.output
    assert translate(source, "--to", "uk", "--out", out, "--no-cache", *FAST).exit_code == 0
    assert counter.sentences == first + 1 + 5


def test_no_cache_leaves_no_cache_file(install: Installer, stories: Path, tmp_path: Path) -> None:
    install("en-uk")
    result = translate(stories / "bridge.md", "--to", "uk", "--out", tmp_path / "o", "--no-cache")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "cache" / "translations.sqlite3").exists()


def test_resume_skips_up_to_date_files(
    install: Installer, stories: Path, tmp_path: Path, decode_counter: DecodeCounter
) -> None:
    install("en-uk")
    (stories / "roads.txt").unlink()
    (stories / "fire.md").write_text("# Fire\n\nA fire broke out in a warehouse.\n", "utf-8")
    out = tmp_path / "out"
    args = [stories, "--to", "uk", "--out", out, "--no-cache", *FAST]
    assert translate(*args).exit_code == 0
    counter = decode_counter
    counter.sentences = 0  # count the resumed run only
    stamp = (out / "bridge.uk.md").stat().st_mtime_ns
    result = translate(*args, "--resume")
    assert result.exit_code == 0
    assert "2 up to date" in result.output
    assert counter.sentences == 0
    assert (out / "bridge.uk.md").stat().st_mtime_ns == stamp

    later = (out / "bridge.json").stat().st_mtime + 5
    os.utime(stories / "fire.md", (later, later))
    result = translate(*args, "--resume")
    assert "1 translated, 1 up to date" in result.output
    assert counter.sentences == 2

    result = translate(*args, "--resume", "--beam-size", "2")  # other options: redo all
    assert "2 translated, 0 up to date" in result.output

    (out / "fire.uk.md").unlink()  # a missing output: redo that file
    result = translate(*args, "--resume", "--beam-size", "2")
    assert "1 translated, 1 up to date" in result.output
    assert (out / "fire.uk.md").is_file()


def test_a_bad_file_fails_alone(install: Installer, stories: Path, tmp_path: Path) -> None:
    install("en-uk", "uk-en")
    (stories / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    out = tmp_path / "out"
    result = translate(stories, "--to", "uk,en", "--out", out, *FAST)
    assert result.exit_code == 1
    assert "photo.txt" in result.output
    assert "1 failed" in result.output
    assert (out / "bridge.uk.md").is_file() and (out / "roads.en.txt").is_file()
    assert not list(out.glob("photo*"))


def test_missing_model_exits_2_and_writes_nothing(
    install: Installer, stories: Path, tmp_path: Path
) -> None:
    install("en-uk")
    out = tmp_path / "out"
    for extra in ([], ["--from", "en"]):
        result = translate(stories, "--to", "uk,ru", "--engine", "argos", "--out", out, *extra)
        assert result.exit_code == 2
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsmt: error: ")
        assert "newsmt models install FILE" in lines[0]
        assert "`newsmt models download en ru`" in lines[0]
        if not extra:  # detected: the uk story needs uk→ru as well
            assert "`newsmt models download uk ru`" in lines[0]
        assert not out.exists()
    assert not list(stories.glob("*.json"))


def test_opens_no_network_connection(
    install: Installer, stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("en-uk", "uk-en")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("newsmt translate tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = translate(stories, "--to", "en,uk", "--out", tmp_path / "out", *FAST)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "roads.en.txt").is_file()


def test_outputs_beside_sources_and_reruns_skip_them(install: Installer, stories: Path) -> None:
    install("en-uk", "uk-en")
    assert translate(stories, "--to", "ua,en", *FAST).exit_code == 0
    assert (stories / "bridge.uk.md").is_file() and (stories / "roads.en.txt").is_file()
    result = translate(stories, "--to", "uk,en", *FAST)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("files       2 (2 translated")


def test_files_whose_outputs_clash_fail_alone(install: Installer, stories: Path) -> None:
    install("en-uk")
    cms = '{"title": "Міст відкрили", "body": "Рух відновили в п\'ятницю."}'
    (stories / "bridge.json").write_text(cms, encoding="utf-8")
    (stories / "roads.html").write_text("<h1>Roads</h1><p>Repairs start.</p>", encoding="utf-8")
    result = translate(stories, "--to", "uk", *FAST)
    assert result.exit_code == 1
    assert "bridge.json: its output bridge.json would overwrite it" in result.output
    assert "bridge.md: its output bridge.json would overwrite the input file" in result.output
    assert "roads.txt: " in result.output and "roads.html already writes" in result.output
    assert (stories / "bridge.json").read_text(encoding="utf-8") == cms
    assert (stories / "roads.uk.html").is_file() and not (stories / "bridge.uk.md").exists()


def test_stdin_is_refused_with_advice(newsmt_env: Path) -> None:
    result = translate("-", "--to", "uk")
    assert result.exit_code == 2
    assert "save stdin to a file" in result.output


def test_bad_options_are_usage_errors(newsmt_env: Path, stories: Path) -> None:
    assert translate(stories, "--to", "de").exit_code == 2
    assert translate(stories, "--to", "uk", "--from", "fr").exit_code == 2
    assert translate(stories, "--to", "uk", "--engine", "google").exit_code == 2
    result = translate(stories, "--to", "uk", "--disable", "no-such-check")
    assert result.exit_code == 2 and "no-such-check" in result.output
    result = CliRunner().invoke(main, ["translate", "--help"])
    assert result.exit_code == 0 and "newsmt translate" in result.output


def test_glossary_hits_are_recorded(install: Installer, stories: Path, tmp_path: Path) -> None:
    install("en-uk")
    glossary = tmp_path / "places.tsv"
    glossary.write_text("id\ttype\ten\tuk\tru\nvasylkiv\tLOC\tVasylkiv\tВасильків\tВасильков\n")
    story = stories / "vasylkiv.txt"
    story.write_text("Vasylkiv bridge reopens\n\nThe bridge in Vasylkiv reopened on Friday.\n")
    out = tmp_path / "out"
    result = translate(story, "--to", "uk", "--out", out, "--glossary", glossary, *FAST)
    assert result.exit_code == 0, result.output
    hits = record(out / "vasylkiv.json")["articles"][0]["translations"]["uk"]["hits"]
    assert [(h["entry_id"], h["paragraph"]) for h in hits] == [("vasylkiv", 0), ("vasylkiv", 1)]


def test_test_models_are_refused_unless_allowed(
    install: Installer, stories: Path, tmp_path: Path
) -> None:
    install("en-uk")
    out = tmp_path / "out"
    refused = CliRunner().invoke(
        main, ["translate", str(stories / "bridge.md"), "--to", "uk", "--out", str(out)]
    )
    assert refused.exit_code == 2
    assert "TEST MODEL" in refused.output and "--allow-test-model" in refused.output
    assert not out.exists()
    allowed = translate(stories / "bridge.md", "--to", "uk", "--out", out, *FAST)
    assert allowed.exit_code == 0, allowed.output
    assert "[TEST MODEL: output is noise, not a translation]" in allowed.output
    data = record(out / "bridge.json")
    assert data["routes"]["uk"]["test_model"] is True
    assert data["articles"][0]["translations"]["uk"]["test_model"] is True


def test_skip_missing_translates_what_it_can_and_names_the_rest(
    install: Installer, stories: Path, tmp_path: Path
) -> None:
    install("en-uk")
    out = tmp_path / "out"
    result = translate(
        stories / "bridge.md", "--to", "uk,ru", "--out", out, "--skip-missing", *FAST
    )
    assert result.exit_code == 0, result.output
    assert "skipped en→ru: no model; run `newsmt models download en ru`" in result.output
    assert (out / "bridge.uk.md").is_file() and not (out / "bridge.ru.md").exists()
    data = record(out / "bridge.json")
    assert data["skipped"] == ["en-ru"]
    assert set(data["articles"][0]["translations"]) == {"uk"}


def test_skip_missing_with_no_model_still_reads_splits_and_records(
    newsmt_env: Path, stories: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = translate(
        stories / "bridge.md", "--to", "ru", "--out", out, "--skip-missing", "--engine", "argos"
    )
    assert result.exit_code == 0, result.output
    assert "skipped en→ru" in result.output
    article = record(out / "bridge.json")["articles"][0]
    assert article["lang"] == "en" and article["translations"] == {}
    assert sum(len(p["sentences"]) for p in article["paragraphs"]) == 5


def test_export_xliff_and_tmx(install: Installer, stories: Path, tmp_path: Path) -> None:
    from pipeline.export.tmx import read_tmx
    from pipeline.export.xliff import read_xliff

    install("en-uk")
    out = tmp_path / "out"
    result = translate(
        stories / "bridge.md", "--to", "uk", "--out", out, "--export", "xliff,tmx", *FAST
    )
    assert result.exit_code == 0, result.output
    xliff = read_xliff(out / "bridge.uk.xlf")
    assert len(xliff.units) == 5 and all(u.target for u in xliff.units)
    assert len(read_tmx(out / "bridge.tmx").units) == 5
    assert len(read_tmx(out / "batch.tmx").units) == 5
    bad = translate(stories / "bridge.md", "--to", "uk", "--out", out, "--export", "docx")
    assert bad.exit_code == 2 and "unknown export docx" in bad.output


def test_a_quote_in_another_language_is_translated_from_that_language(
    install: Installer, newsmt_env: Path, tmp_path: Path
) -> None:
    story = newsmt_env / "quote.txt"
    story.write_text(
        "Україна отримала нові системи протиповітряної оборони\n\n"
        "Міністр оборони заявив, що системи вже працюють на сході країни.\n\n"
        "«Мы не комментируем эти сообщения», — ответил представитель Кремля журналистам.\n",
        encoding="utf-8",
    )
    install("uk-en", "ru-en", "en-ru")
    out = tmp_path / "out"
    result = translate(story, "--to", "en,ru", "--out", out, "--engine", "argos", *FAST)
    assert result.exit_code == 0, result.output
    article = record(out / "quote.json")["articles"][0]
    assert article["lang"] == "uk" and article["mixed_languages"] == ["ru"]
    quote = article["paragraphs"][2]["sentences"][0]["text"]
    assert article["translations"]["ru"]["sentences"][2] == [quote]
    assert article["translations"]["ru"]["route"] == ["uk", "en", "ru"]
    models = article["translations"]["en"]["models"]
    assert models == ["argos:translate-uk_en-test@0.0", "argos:translate-ru_en-test@0.0"]


def test_glossary_from_the_environment_and_its_summary_line(
    install: Installer, newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("en-uk")
    story = newsmt_env / "kyiv.txt"
    story.write_text("Kyiv reopened the old bridge on Friday.\n", encoding="utf-8")
    glossary = newsmt_env / "names.tsv"
    glossary.write_text("id\ttype\ten\tuk\tru\nkyiv\tLOC\tKyiv\tКиїв\tКиев\n", encoding="utf-8")
    monkeypatch.setenv("NEWSMT_GLOSSARY", f"{glossary}{os.pathsep}")  # replaces ./glossaries
    result = translate(story, "--to", "uk", "--out", newsmt_env / "out", *FAST)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("glossary"))
    assert line.startswith("glossary    1 entries from 1 file(s); hits: 1 ")
    hits = record(newsmt_env / "out" / "kyiv.json")["articles"][0]["translations"]["uk"]["hits"]
    assert [h["entry_id"] for h in hits] == ["kyiv"]

    monkeypatch.setenv("NEWSMT_GLOSSARY", "")  # set but empty: no glossary at all
    result = translate(story, "--to", "uk", "--out", newsmt_env / "out2", *FAST)
    assert "glossary    none" in result.output

    monkeypatch.setenv("NEWSMT_GLOSSARY", str(newsmt_env / "nope.tsv"))
    result = translate(story, "--to", "uk", "--out", newsmt_env / "out3", *FAST)
    assert result.exit_code == 2
    assert "nope.tsv: no such glossary file or folder (listed in $NEWSMT_GLOSSARY)" in result.output
    assert not (newsmt_env / "out3").exists()
