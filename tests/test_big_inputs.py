"""Big inputs: bounded detection, a lazy text reader, streamed split, the streamed record
and the refusal of files over the size newsmt reads."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import pipeline.detect as detect_mod
from pipeline.cli import main
from pipeline.detect import SAMPLE_CHARS, detect, detect_article, sample
from pipeline.errors import InputError
from pipeline.export.record import dumps, iter_record, read_record, write_record
from pipeline.model import (
    Article,
    Finding,
    GlossaryHit,
    Kind,
    Markup,
    Paragraph,
    PostEdit,
    Provenance,
    Severity,
    TargetMarkup,
    Translation,
)
from pipeline.readers import MAX_INPUT_BYTES, read_file, read_text
from pipeline.segment import segment_article

split_cli = importlib.import_module("pipeline.cli.split")  # the module, not the command
RU = "Президент страны сказал, что это решение было принято после долгих переговоров."
UK = "Президент країни сказав, що це рішення було ухвалене після тривалих переговорів."


def test_sample_is_spread_over_the_text_and_capped() -> None:
    paragraphs = [f"paragraph{n} " + "word " * 30 for n in range(2000)]
    found = sample(paragraphs)
    assert len(found) <= SAMPLE_CHARS
    numbers = [int(w.removeprefix("paragraph")) for w in found.split() if w[0] == "p"]
    assert numbers[0] == 0 and numbers[-1] > 1900  # from the start to the end
    assert any(900 < n < 1100 for n in numbers)  # and the middle


def test_sample_of_one_long_paragraph_is_whole_words() -> None:
    text = " ".join(f"w{n}" for n in range(200_000))
    found = sample([text])
    assert len(found) <= SAMPLE_CHARS
    words = set(text.split())
    assert all(word in words for word in found.split())
    assert "w0" in found.split() and int(found.split()[-1][1:]) > 190_000


def test_short_text_is_not_sampled() -> None:
    assert sample(["one", "two"]) == "one\ntwo"


def test_detect_reads_a_sample_of_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = detect_mod.profile
    monkeypatch.setattr(detect_mod, "profile", lambda text: seen.append(len(text)) or real(text))
    text = " ".join([UK] * 5000 + [RU] * 20000)  # 2 MB, mostly Russian
    assert detect(text).lang == "ru"
    assert seen and max(seen) <= SAMPLE_CHARS


def test_long_article_language_and_foreign_check_read_bounded_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[int] = []
    real = detect_mod._own_cues  # what langdetect is then given
    monkeypatch.setattr(detect_mod, "_own_cues", lambda text: told.append(len(text)) or real(text))
    article = read_text("Заголовок\n" + " ".join([RU] * 30000) + "\n", "txt", "big.txt")[0]
    assert detect_article(article).lang == "ru"
    assert told and max(told) <= SAMPLE_CHARS + 1


def test_txt_subheading_is_told_by_its_own_neighbours() -> None:
    """Two equal short lines: the second is a subheading (after a full stop), the first not."""
    text = (
        "Headline\nIntro without a stop\n\nShort line\n\nBody text here.\n\nShort line\n\nMore.\n"
    )
    kinds = [p.kind for p in read_text(text, "txt", "a.txt")[0].paragraphs]
    assert kinds == [Kind.HEADLINE, Kind.BODY, Kind.BODY, Kind.BODY, Kind.HEADING, Kind.BODY]


def test_split_auto_detects_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(split_cli, "detect", lambda text: calls.append(text) or detect(text))
    paragraphs = split_cli.split_paragraphs("\n".join([RU, UK] * 500), "auto")
    first = next(paragraphs)
    assert [s.text for s in first] == [RU]
    assert len(calls) == 2  # the text's sample and the first line: nothing more yet
    assert len(list(paragraphs)) == 999


def test_split_output_is_unchanged_by_streaming(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text(f"ua en ru\n{RU} Второе предложение.\n\n{UK}\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["split", str(path)])
    assert text.exit_code == 0
    assert text.output == f"{RU}\nВторое предложение.\n\n{UK}\n"
    rows = CliRunner().invoke(main, ["split", "--format", "jsonl", str(path)]).output
    assert [json.loads(r)["paragraph"] for r in rows.splitlines()] == [0, 0, 1]


def _rich_article() -> Article:
    article = read_text(f"Заголовок\n{RU} {RU}\n\nФото: Reuters\n", "txt", "a.txt")[0]
    detect_article(article)
    segment_article(article)
    article.paragraphs[1].markup.append(Markup(0, 9, "a", {"href": "https://x.example"}))
    article.paragraphs[1].text += "\u2028" + "ж" * 70_000  # a string longer than a chunk
    article.paragraphs[1].sentences[-1].end = len(article.paragraphs[1].text)
    article.paragraphs[1].sentences[-1].text = article.paragraphs[1].text[
        article.paragraphs[1].sentences[-1].start :
    ]
    sentences = [[s.text.upper() for s in p.sentences] for p in article.paragraphs]
    article.translations["uk"] = Translation(
        lang="uk",
        engine="apertium",
        route=["ru", "uk"],
        sentences=sentences,
        hits=[GlossaryHit("e1", 1, 0, (0, 9), "Президент", "Президент", status="ok")],
        findings=[
            Finding("numbers", Severity.ERROR, "lost 5", 1, 0, (1, 2), None),
            Finding("unknown-words", Severity.INFO, "x", 1, 1, words=["Кремль"]),
        ],
        sources={"ru": Provenance("apertium", ["ru", "uk"])},
        edits=[PostEdit(1, 0, "old", "2026-01-01", "f.xlf")],
        markup={1: TargetMarkup("T", [Markup(0, 1, "em")])},
    )
    article.meta["cms"] = {
        "id": 7,
        "extra": [1, "two", None, {"k": 1.5}],
        "big": list(range(70_000)),
    }
    return article


def test_streamed_record_is_the_same_record() -> None:
    article = _rich_article()
    extra = {"generator": "newsmt", "outputs": ["a.uk.txt"], "timings": {"read": 0.5}}
    streamed = "".join(iter_record([article], **extra))
    assert json.loads(streamed) == json.loads(dumps([article], **extra))
    assert "\n" not in streamed.rstrip("\n")  # compact: no indentation


def test_big_record_is_written_compact_and_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _rich_article()
    monkeypatch.setattr("pipeline.export.record.INDENT_LIMIT", 1000)
    write_record(tmp_path / "a.json", [article], generator="newsmt")
    raw = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert raw.count("\n") == 1
    articles, extra = read_record(tmp_path / "a.json")
    assert extra == {"generator": "newsmt"}
    assert articles[0].to_dict() == article.to_dict()


def test_small_record_stays_indented(tmp_path: Path) -> None:
    write_record(tmp_path / "a.json", [Article("a", "a.txt", "txt", [Paragraph("Текст.")])])
    assert '\n  "articles"' in (tmp_path / "a.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["translate", "--to", "uk"], ["detect"], ["split"]])
def test_file_over_the_limit_is_refused_in_one_line(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no disk used, never read
        handle.truncate(MAX_INPUT_BYTES + 50_000_000)
    result = CliRunner().invoke(main, [*command, str(path)])
    assert result.exit_code in (1, 2)
    lines = [line for line in result.output.splitlines() if "huge.txt" in line]
    assert len(lines) == 1
    assert "150.0 MB" in lines[0] and "split it into smaller files" in lines[0]


def test_read_file_refuses_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(InputError, match=r"huge\.txt: 100\.0 MB — newsmt reads at most 100 MB"):
        read_file(path)


def test_stdin_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.readers.MAX_INPUT_BYTES", 100)
    result = CliRunner().invoke(main, ["split", "-"], input="слово " * 100)
    assert result.exit_code != 0
    assert "<stdin>: more than" in result.output and "split it" in result.output
