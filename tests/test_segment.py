"""Sentence splitting: tricky news cases per language, offset invariants, spaCy, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.model import Article, Paragraph
from pipeline.segment import make_nlp, segment_article, split_sentences

CASES = [
    # English
    ("en", "Mr. Smith met Dr. Jones on Monday. They talked.", 2),
    ("en", "Officials in the U.S. capital agreed. Talks resume today.", 2),
    ("en", "The deal was signed in the U.S. The company will comply.", 2),
    ("en", "J. R. R. Tolkien wrote it. It sold well.", 2),
    ("en", "Sales rose 1.5% to $3.2 billion. Shares fell.", 2),
    ("en", "Police arrived at 12:30 p.m. on Friday. Nobody was hurt.", 2),
    ("en", "Police arrived at 1 p.m. The suspect had fled.", 2),
    ("en", "It costs $5, taxes etc. But nobody complained.", 2),
    ("en", "It was No. 5 on the list. Then it fell.", 2),
    ("en", '"We will win," he said. "The war is not over."', 2),
    ("en", "He waited... Then he left. Really?! Yes.", 4),
    ("en", "Storm hits coast\nThe storm hit at 6 a.m. local time.", 2),
    # Ukrainian
    ("uk", "В. Зеленський заявив, що т. зв. «референдум» незаконний. Реакції не було.", 2),
    ("uk", "Вулиця ім. Т. Шевченка у м. Києві. Її перейменували.", 2),
    ("uk", "Він сказав: «Ми переможемо». «Так», — відповіла вона.", 2),
    ("uk", "Засідання відбулося 27.11.2026 о 12:30. Курс — 41.5 грн. Це рекорд.", 3),
    ("uk", "«Де ти?» — запитав він. Вона мовчала… Потім пішла.", 3),
    ("uk", "У 2014 р. Росія окупувала Крим. Відтоді минуло багато років.", 2),
    ("uk", "Зібрали 11 млн т. Тому ціни впали.", 2),
    ("uk", "Купили яйця, сир і т. д. Потім пішли додому.", 2),
    ("uk", "Новини дня\nПрезидент підписав закон. Він набуде чинності.", 3),
    ("uk", "Пункти: • перший пункт • другий пункт", 3),
    ("uk", "1. Затвердити Порядок.", 2),
    # Russian
    ("ru", "В. В. Путин прибыл в г. Москва. Встреча прошла закрыто.", 2),
    ("ru", "Т. е. он вернулся. В 2014 г. Крым был аннексирован.", 2),
    ("ru", "Цена выросла на 5 тыс. руб. Однако спрос не упал.", 2),
    ("ru", "Он сказал: «Мы победим!» — и ушёл. «Нет», — ответила она.", 2),
    ("ru", "Это т. н. «эффект». Его изучают с 1990-х гг. и сейчас.", 2),
    ("ru", "Дом стоял на ул. Ленина, д. 5. Его снесли.", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), CASES)
def test_tricky_news_cases(lang: str, text: str, count: int) -> None:
    sentences = split_sentences(text, lang)
    assert len(sentences) == count, [s.text for s in sentences]
    # Every boundary falls at whitespace, so rejoining gives the text back.
    assert " ".join(s.text for s in sentences) == " ".join(text.split())


def test_exact_sentences() -> None:
    text = "Він сказав: «Ми переможемо». «Так», — відповіла вона."
    assert [s.text for s in split_sentences(text, "uk")] == [
        "Він сказав: «Ми переможемо».",
        "«Так», — відповіла вона.",
    ]
    assert [s.text for s in split_sentences("1. Затвердити Порядок.", "ua")] == [
        "1.",
        "Затвердити Порядок.",
    ]


def test_no_split_inside_numbers_and_addresses() -> None:
    text = "Курс 41.5, дата 27.11.2026, час 12:30, сайт example.com.ua, версія 2.0.1 тут."
    assert len(split_sentences(text, "uk")) == 1


def test_lowercase_after_full_stop() -> None:
    # News languages with rich abbreviation use (uk/ru) never split before lowercase;
    # English web text often starts sentences in lowercase after a plain word.
    assert len(split_sentences("Він пішов. і повернувся.", "uk")) == 1
    assert len(split_sentences("He left. then he came back.", "en")) == 2
    assert len(split_sentences("He met officials in the U.S. yesterday.", "en")) == 1


INVARIANT_TEXTS = [
    "  Перше речення.   Друге речення!  \n\n  Третє?\r\nЧетверте… П'яте.  ",
    "Mr. A. B. Smith said: “Go.” Then—nothing. \t End",
    "",
    "   \n \n",
    "Без крапки в кінці\nІ ще рядок. Ще один",
]


@pytest.mark.parametrize("text", INVARIANT_TEXTS)
@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_offset_invariants(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    previous_end = 0
    for sent in sentences:
        assert sent.text == text[sent.start : sent.end]
        assert sent.text == sent.text.strip() and sent.text
        assert "\n" not in sent.text and "\r" not in sent.text
        assert sent.start >= previous_end
        previous_end = sent.end
    # Nothing but whitespace is left out.
    assert "".join("".join(s.text for s in sentences).split()) == "".join(text.split())


def test_line_break_always_ends_a_sentence() -> None:
    sentences = split_sentences("Mr.\nSmith arrived in the U.S.\nDr. Who", "en")
    assert [s.text for s in sentences] == ["Mr.", "Smith arrived in the U.S.", "Dr. Who"]


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        split_sentences("Hallo Welt.", "de")


def test_segment_article_uses_paragraph_then_article_language() -> None:
    article = Article(
        id="a",
        source_path="a.txt",
        format="txt",
        lang="ru",
        paragraphs=[
            Paragraph("Він прибув у м. Київ. Потім поїхав далі.", lang="uk"),
            Paragraph("Он прибыл в г. Москва. Потом уехал."),
        ],
    )
    segment_article(article)
    assert [len(p.sentences) for p in article.paragraphs] == [2, 2]
    assert article.paragraphs[1].sentences[0].text == "Он прибыл в г. Москва."
    article.lang = None
    article.paragraphs[1].text = "Mr. Smith left. He came back."
    segment_article(article)
    assert [s.text for s in article.paragraphs[1].sentences] == ["Mr. Smith left.", "He came back."]


def test_spacy_component_matches_fast_path() -> None:
    text = "В. Зеленський заявив, що т. зв. «референдум» незаконний. Реакції не було.\nНовий рядок"
    nlp = make_nlp("ua")
    assert "newsmt_sentencizer" in nlp.pipe_names
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [s.text for s in split_sentences(text, "uk")]


# --- CLI ------------------------------------------------------------------------------

STORY = (
    "Новини дня\n\nВ. Зеленський прибув у м. Київ. Реакції не було.\n"
    "Mr. Smith left. He came back.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_cli_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "story.txt", STORY.encode())
    result = CliRunner().invoke(main, ["split", "--lang", "uk", path])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Новини дня\n\nВ. Зеленський прибув у м. Київ.\nРеакції не було.\n\n"
        "Mr. Smith left.\nHe came back.\n"
    )


def test_cli_jsonl_auto_language(tmp_path: Path) -> None:
    path = _write(tmp_path, "story.txt", STORY.encode())
    result = CliRunner().invoke(main, ["split", "--format", "jsonl", path])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    lines = [line for line in STORY.splitlines() if line.strip()]
    assert [(r["paragraph"], r["sentence"]) for r in rows] == [
        (0, 0),
        (1, 0),
        (1, 1),
        (2, 0),
        (2, 1),
    ]
    for row in rows:
        assert lines[row["paragraph"]][row["start"] : row["end"]] == row["text"]


def test_cli_stdin() -> None:
    result = CliRunner().invoke(
        main, ["split", "--lang", "en", "-"], input="A. B. Cole won. Yes.\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output == "A. B. Cole won.\nYes.\n"


def test_cli_cp1251_file(tmp_path: Path) -> None:
    text = "Він прибув у м. Київ. Потім поїхав до м. Львів. Там його зустріли друзі.\n"
    path = _write(tmp_path, "legacy.txt", text.encode("cp1251"))
    result = CliRunner().invoke(main, ["split", "--lang", "uk", path])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Він прибув у м. Київ.",
        "Потім поїхав до м. Львів.",
        "Там його зустріли друзі.",
    ]


def test_cli_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", b"  \n")
    result = CliRunner().invoke(main, ["split", path])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and result.output.count("\n") == 1


def test_cli_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
    path = _write(tmp_path, "photo.png", png)
    result = CliRunner().invoke(main, ["split", path])
    assert result.exit_code == 1
    assert "photo.png" in result.output and result.output.startswith("newsmt: error:")


def test_cli_usage_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "story.txt", STORY.encode())
    assert CliRunner().invoke(main, ["split", "--lang", "de", path]).exit_code == 2
    assert CliRunner().invoke(main, ["split", str(tmp_path / "missing.txt")]).exit_code == 2
    assert CliRunner().invoke(main, ["split", "--format", "xml", path]).exit_code == 2
