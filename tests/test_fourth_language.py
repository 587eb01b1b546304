"""A paragraph newsmt cannot translate is kept as it is, with a finding, and the rest of the
story is translated (issue 14, item 9)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.detect import detect_article
from pipeline.readers import read_text
from pipeline.translate.apertium import ApertiumEngine

pytest_plugins = ["engine_helpers"]
FRENCH = (
    "« Nous sommes très heureux de voir que le pont sera bientôt ouvert à la circulation », "
    "a déclaré le maire de la ville jumelée."
)
ENGLISH = "The mayor said that the bridge would be open to traffic before the end of the year."
RUSSIAN = [
    "Мэр Киева провёл встречу с журналистами",
    "Во вторник мэр Киева встретился с журналистами и рассказал о ремонте моста через Днепр.",
    "Работы должны завершиться до конца года, сообщили в городской администрации.",
]
needs_apertium = pytest.mark.skipif(
    not ApertiumEngine.available(), reason="apertium-rus-ukr not installed"
)


def story(quote: str) -> str:
    return "\n\n".join([*RUSSIAN[:2], quote, RUSSIAN[2]]) + "\n"


def test_a_french_paragraph_in_a_russian_story_is_told_apart() -> None:
    (article,) = read_text(story(FRENCH), "txt", "kyiv.txt")
    detect_article(article)
    assert article.lang == "ru"
    assert [p.lang for p in article.paragraphs] == ["ru", "ru", "fr", "ru"]
    assert article.mixed_languages == []


def translate(tmp_path: Path, text: str, *args: str) -> tuple[Any, dict[str, Any], str]:
    (tmp_path / "kyiv.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["translate", str(tmp_path / "kyiv.txt"), "--to", "uk", "--out", str(out), *args]
    )
    if result.exit_code != 0:
        return result, {}, ""
    record = json.loads((out / "kyiv.json").read_text(encoding="utf-8"))
    return result, record, (out / "kyiv.uk.txt").read_text(encoding="utf-8")


def kept(record: dict[str, Any]) -> list[tuple[int, str]]:
    findings = record["articles"][0]["translations"]["uk"]["findings"]
    return [(f["paragraph"], f["severity"]) for f in findings if f["paragraph"] == 2]


@needs_apertium
@pytest.mark.parametrize("engine", [["--engine", "apertium", "--skip-missing"], []])
def test_a_fourth_language_paragraph_is_kept_and_the_rest_translated(
    tmp_path: Path, newsmt_env: Path, monkeypatch: pytest.MonkeyPatch, engine: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./glossaries
    result, record, output = translate(tmp_path, story(FRENCH), "--no-cache", *engine)
    assert result.exit_code == 0, result.output
    paragraphs = output.rstrip("\n").split("\n\n")
    assert paragraphs[2] == FRENCH
    translated = paragraphs[:2] + paragraphs[3:]
    assert all(new != old for new, old in zip(translated, RUSSIAN, strict=True))
    assert kept(record) == [(2, "warning")]
    assert record["skipped"] == []
    findings = record["articles"][0]["translations"]["uk"]["findings"]
    assert [f["check"] for f in findings if f["paragraph"] == 2] == ["kept-verbatim"]
    assert "written in 'fr'" in next(f for f in findings if f["paragraph"] == 2)["message"]


@needs_apertium
def test_a_paragraph_without_a_model_is_kept_and_the_record_says_so(
    tmp_path: Path, newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result, record, output = translate(tmp_path, story(ENGLISH), "--no-cache", "--skip-missing")
    assert result.exit_code == 0, result.output
    assert output.rstrip("\n").split("\n\n")[2] == ENGLISH
    assert kept(record) == [(2, "warning")]
    assert record["skipped"] == ["en-uk"]
    assert "skipped en→uk" in result.stderr
