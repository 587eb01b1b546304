"""Big inputs held once: sentences as spans of their paragraph's text (not copies), letters
counted and files decoded without a second copy of the text, and the same outputs."""

from __future__ import annotations

import json
import pickle
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import pipeline.segment as segment_mod
from pipeline.cli import main
from pipeline.detect import _LETTER, _letters
from pipeline.export.record import read_record, write_record
from pipeline.model import Article, Paragraph, Sentence
from pipeline.readers import read_text
from pipeline.readers.encoding import decode
from pipeline.segment import segment_article
from pipeline.translate.apertium import ApertiumEngine

RU = "Президент страны сказал, что это решение было принято после долгих переговоров"
# A paragraph of about 1.6 million characters, long sentences (few sentence objects).
BIG = " ".join(f"{RU}, {RU.lower()}, {RU.lower()}, {RU.lower()} {n}." for n in range(5000))


def _held(make: Callable[[], Any]) -> tuple[Any, int, int]:
    """``make()``, with the bytes it left allocated and the most it held meanwhile."""
    tracemalloc.start()
    try:
        made = make()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return made, current, peak


def _big_article() -> Article:
    return Article("big", "big.txt", "txt", [Paragraph(BIG, lang="ru")], lang="ru")


def test_sentences_are_spans_of_the_paragraph_not_copies() -> None:
    article = _big_article()
    _, held, _ = _held(lambda: segment_article(article))
    sentences = article.paragraphs[0].sentences
    assert len(sentences) == 5000
    assert all(s.text == BIG[s.start : s.end] for s in sentences)
    assert sentences[1].text.startswith(RU) and sentences[1].text.endswith(" 1.")
    # The text is 3.2 MB (two bytes a Cyrillic letter); copies of it would be as much again.
    assert held < sys.getsizeof(BIG) / 4


def test_record_read_back_holds_the_text_once(tmp_path: Path) -> None:
    article = _big_article()
    segment_article(article)
    write_record(tmp_path / "big.json", [article])
    (back,), held, _ = _held(lambda: read_record(tmp_path / "big.json")[0])
    assert back.to_dict() == article.to_dict()
    assert held < 1.5 * sys.getsizeof(BIG)  # the paragraph, not the paragraph and sentences


def test_a_sentence_whose_text_is_not_its_span_keeps_its_text() -> None:
    data = _big_article().to_dict()
    data["paragraphs"][0]["sentences"] = [{"start": 0, "end": 3, "text": "edited"}]
    sentence = Article.from_dict(data).paragraphs[0].sentences[0]
    assert (sentence.start, sentence.end, sentence.text) == (0, 3, "edited")


def test_sentence_keeps_the_dataclass_api() -> None:
    made = Sentence(4, 9, "слово")
    assert made == Sentence.of("Это слово.", 4, 9)
    assert made != Sentence(4, 9, "слова")
    assert repr(made) == "Sentence(start=4, end=9, text='слово')"
    assert made.to_dict() == {"start": 4, "end": 9, "text": "слово"}
    made.text = "иначе"
    assert made.text == "иначе"
    with pytest.raises(TypeError):
        hash(made)


def test_segmented_article_survives_pickling() -> None:  # what a --jobs worker is sent
    article = read_text(f"Заголовок\n{RU}. Второе предложение.\n\n{RU}.\n", "txt", "a.txt")[0]
    article.lang = "ru"
    segment_article(article)
    back = pickle.loads(pickle.dumps(article))
    assert back.to_dict() == article.to_dict()
    assert back.paragraphs[1].sentences[1].text == "Второе предложение."


def test_letters_are_counted_without_holding_the_text_between_them() -> None:
    count, _, peak = _held(lambda: _letters(BIG))
    assert count == _LETTER.subn("", BIG)[1]
    assert peak < sys.getsizeof(BIG) / 4


def test_decoding_holds_the_bytes_and_the_text_once() -> None:
    # English: Python decodes ASCII into a string of its size (Cyrillic into a bigger
    # buffer first, which would hide what decode() adds).
    source = " ".join(f"The president said that talks went on {n}." for n in range(50_000))
    data = (source + "\n").encode("utf-8")
    (text, encoding), _, peak = _held(lambda: decode(data, "big.txt"))
    assert (text, encoding) == (source + "\n", "utf-8")
    assert peak < 1.25 * sys.getsizeof(text)  # no stripped copy, no slices of half the bytes


def _copying_append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """The splitter as it was: each sentence a copy of its text."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))


def _translate(story: Path, out: Path) -> dict[str, bytes]:
    options = ["--from", "ru", "--to", "uk", "--engine", "apertium", "--no-cache"]
    result = CliRunner().invoke(
        main, ["translate", str(story), *options, "--export", "xliff", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    files = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
    record = json.loads(files.pop("story.json"))
    for key in ("timings", "fingerprint"):
        record.pop(key)
    for translation in record["articles"][0]["translations"].values():
        translation.pop("timings")
    files["story.json"] = json.dumps(record, ensure_ascii=False).encode()
    return files


@pytest.mark.skipif(not ApertiumEngine.available(), reason="apertium-rus-ukr is not installed")
def test_translation_is_the_same_as_with_copied_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSMT_GLOSSARY", "")
    story = tmp_path / "story.txt"
    story.write_text(
        "Переговоры в Женеве\n"
        f"{RU}. Переговоры шли 12 часов, сообщил г. Иванов.\n\n"
        "Фото: Reuters\n"
        "«Мы довольны», — сказал он. Следующая встреча пройдет 5 мая в 10:30.\n",
        encoding="utf-8",
    )
    now = _translate(story, tmp_path / "now")
    monkeypatch.setattr(segment_mod, "_append", _copying_append)
    before = _translate(story, tmp_path / "before")
    assert set(now) == {"story.json", "story.uk.txt", "story.uk.xlf"}
    assert now == before
