"""Language identification: detect(), detect_article() and `newsmt detect`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.detect import UND, detect, detect_article
from pipeline.errors import InputError
from pipeline.readers import read_text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council approved the budget on Tuesday.", "en"),
        ("Уряд ухвалив рішення щодо шкіл.", "uk"),
        ("Правительство одобрило решение о школах.", "ru"),
        ("Ми тут", "uk"),  # no letters unique to Ukrainian: its words decide
        ("Мы здесь", "ru"),
        ("Основной способ доставки — Royal Mail International Signed for.", "ru"),
        ("Купуючи Norton Security", "uk"),
        ("12:30 — 45 %", UND),
        ("", UND),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert detect(text).lang == lang


def test_letter_evidence_gives_the_runner_up() -> None:
    found = detect("Київ і Львів")
    assert (found.lang, found.runner_up) == ("uk", "ru")
    assert found.method == "evidence"
    assert 0.5 < found.confidence <= 1.0
    assert found.confidence + found.runner_up_confidence == pytest.approx(1.0)


def test_ambiguous_cyrillic_goes_to_the_model() -> None:
    found = detect("Посол прибув")
    assert found.method == "model"
    assert found.lang in ("uk", "ru") and found.runner_up in ("uk", "ru")


def test_detect_is_deterministic() -> None:
    texts = ["Готово.", "Де Клерк помер", "Посол США в Києві", "Hello"]
    assert [detect(t) for t in texts] == [detect(t) for t in texts]


def test_latin_script_is_english_without_model() -> None:
    found = detect("Joint statement")
    assert (found.lang, found.confidence, found.method) == ("en", 1.0, "script")


def test_other_scripts_are_undetermined() -> None:
    assert detect("北京欢迎你").lang == UND


STORY_UK = """Мер Києва відкрив новий міст
Міський голова заявив, що будівництво завершили вчасно і без перевитрат.
Російський журналіст написав: «Это очень важный день для всех жителей города».
Фото: Reuters
"""


def test_article_language_and_mixed_quote() -> None:
    (article,) = read_text(STORY_UK, "txt", "bridge.txt")
    found = detect_article(article)
    assert article.lang == found.lang == "uk"
    assert article.mixed_languages == ["ru"]
    assert 0.5 < article.lang_confidence <= 1.0
    # A caption the model cannot place takes the article's language.
    assert article.paragraphs[-1].lang == "uk"


def test_paragraph_without_letters_takes_the_article_language() -> None:
    (article,) = read_text("Storm hits coast\n12:30 — 14:45\nSchools are closed.\n", "txt", "a")
    detect_article(article)
    assert [p.lang for p in article.paragraphs] == ["en", "en", "en"]
    assert detect(article.paragraphs[1].text).lang == UND


def test_article_with_russian_paragraph_is_mixed() -> None:
    text = STORY_UK + "Он сказал, что это будет непросто, но город справится.\n"
    (article,) = read_text(text, "txt", "mixed.txt")
    detect_article(article)
    assert article.lang == "uk"
    assert article.paragraphs[-1].lang == "ru"
    assert article.mixed_languages == ["ru"]


def test_single_language_article_is_not_mixed() -> None:
    (article,) = read_text("Storm hits coast\nSchools are closed today.\n", "txt", "a.txt")
    detect_article(article)
    assert (article.lang, article.mixed_languages) == ("en", [])
    assert [p.lang for p in article.paragraphs] == ["en", "en"]


def test_forced_language() -> None:
    (article,) = read_text(STORY_UK, "txt", "bridge.txt")
    detect_article(article, "ru")
    assert article.lang == "ru"
    assert {p.lang for p in article.paragraphs} == {"ru"}


def test_article_without_letters_is_und() -> None:
    (article,) = read_text("2024\n10:15 — 12:40\n", "txt", "times.txt")
    detect_article(article)
    assert (article.lang, article.lang_confidence) == (UND, 0.0)


def test_foreign_language_is_a_clear_error() -> None:
    text = (
        "Der Stadtrat hat am Dienstag den Haushalt beschlossen.\n"
        "Die Schulen bleiben wegen des Sturms geschlossen, teilte die Verwaltung mit.\n"
    )
    (article,) = read_text(text, "txt", "rat.txt")
    with pytest.raises(InputError) as info:
        detect_article(article)
    message = str(info.value)
    assert message.startswith("rat.txt: the text looks like language 'de'")
    assert "--from" in message and "\n" not in message


def test_bulgarian_is_refused() -> None:
    text = "Общинският съвет прие бюджета във вторник. Училищата остават затворени заради бурята."
    (article,) = read_text(text, "txt", "bg.txt")
    with pytest.raises(InputError, match=r"^bg\.txt: the text looks like language 'bg'"):
        detect_article(article)


@pytest.mark.parametrize(
    "text",
    [
        "Cotton fabric does not hold any static charge, said Hola Textiles.",
        "РУЧНА РОБОТА ШКІРЯНИХ ВИРОБІВ ЗА ІНДИВІДУАЛЬНИМ ЗАМОВЛЕННЯМ",
        "Москва и Санкт-Петербург готовятся к зиме",
    ],
)
def test_short_own_language_text_is_not_taken_for_foreign(text: str) -> None:
    (article,) = read_text(text, "txt", "short.txt")
    detect_article(article)
    assert article.lang in ("en", "uk", "ru")


# ----------------------------------------------------------------------------- CLI


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["detect", *args], input=stdin)


def three_articles(folder: Path) -> None:
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY_UK, encoding="utf-8")
    (folder / "sub" / "b.md").write_text("# Title\n\nThis is an English *story*.\n")
    (folder / "sub" / "c.html").write_text(
        "<h1>Погода</h1><p>Сегодня в городе ожидается сильный дождь.</p>", encoding="utf-8"
    )


def test_cli_folder_per_article(tmp_path: Path) -> None:
    three_articles(tmp_path)
    result = run(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{tmp_path / 'a.txt'}\tuk\t+ru",
        f"{tmp_path / 'sub' / 'b.md'}\ten",
        f"{tmp_path / 'sub' / 'c.html'}\tru",
    ]


def test_cli_jsonl_has_confidence_runner_up_and_path(tmp_path: Path) -> None:
    three_articles(tmp_path)
    result = run("--format", "jsonl", "--per", "paragraph", str(tmp_path / "sub" / "c.html"))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["paragraph"], r["kind"], r["lang"]) for r in rows] == [
        (1, "headline", "ru"),
        (2, "body", "ru"),
    ]
    assert rows[1]["path"] == str(tmp_path / "sub" / "c.html")
    assert rows[1]["runner_up"] == "uk"
    assert rows[1]["confidence"] > rows[1]["runner_up_confidence"]


def test_cli_per_line_one_output_line_per_input_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("ua en ru\nHello there\n\nДобрий день\nДобрый день, друзья\n2024\n")
    result = run("--per", "line", str(path))
    assert result.exit_code == 0, result.output
    # A leading language switcher line is no text (every command skips it): und.
    assert result.output.splitlines() == ["und", "en", "uk", "ru", "und"]


def test_cli_per_line_from_stdin_jsonl() -> None:
    result = run("--per", "line", "--format", "jsonl", "-", stdin="Привіт\n\nHi\n".encode())
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["line"], r["lang"]) for r in rows] == [(1, "uk"), (3, "en")]
    assert rows[0]["path"] == "-"


def test_cli_stdin_article() -> None:
    result = run(stdin="# Заголовок\n\nЦе стаття українською мовою.\n".encode())
    assert result.exit_code == 0, result.output
    assert result.output == "-\tuk\n"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cli_legacy_encodings(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Новости\nСъешь же ещё этих мягких булок, да выпей чаю.\n".encode(codec))
    result = run("--format", "jsonl", str(path))
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert row["lang"] == "ru"
    assert row["encoding"] == codec.replace("_", "-")


def test_cli_bad_file_among_several(tmp_path: Path) -> None:
    three_articles(tmp_path)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run(str(tmp_path), str(tmp_path / "missing.md"))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'a.txt'}\tuk\t+ru",
        f"{tmp_path / 'sub' / 'b.md'}\ten",
        f"{tmp_path / 'sub' / 'c.html'}\tru",
    ]
    errors = result.stderr.splitlines()
    assert errors == [
        f"newsmt: error: {tmp_path / 'empty.txt'}: the file is empty — nothing to translate;"
        " check the export",
        f"newsmt: error: {tmp_path / 'image.txt'}: this is a PNG image, not text — "
        "give newsmt .txt, .md, .html or .json text",
        f"newsmt: error: {tmp_path / 'missing.md'}: no such file or directory — check the path",
    ]


def test_cli_bad_option() -> None:
    assert run("--per", "word").exit_code == 2


def test_cli_help_has_example() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "newsmt detect --per line" in result.output


_LANGDETECT_TEXTS = [
    "Le président a déclaré que la décision avait été prise après de longues négociations.",
    "Der Präsident sagte, dass die Entscheidung nach langen Verhandlungen getroffen wurde.",
    "Председателят на страната каза, че решението е взето след дълги преговори.",
    "Prezydent powiedział, że decyzja została podjęta po długich negocjacjach.",
    "El presidente dijo que la decisión se tomó después de largas negociaciones.",
    "The president said the decision was made after long negotiations in Geneva.",
    "Президент страны сказал, что это решение было принято после долгих переговоров.",
    "Президент країни сказав, що це рішення було ухвалене після тривалих переговорів.",
    "Фото: Reuters",
    "Nvidia, Apple и Microsoft 2024",
]


@pytest.mark.parametrize("text", _LANGDETECT_TEXTS)
def test_fast_langdetect_gives_langdetects_exact_probabilities(text: str) -> None:
    from langdetect.detector import Detector as Stock

    from pipeline.detect import _langdetect_all
    from pipeline.langdetect_fast import Detector

    found = []
    for made in (Stock, Detector):
        detector = made(_langdetect_all())
        detector.append(text)
        found.append([(p.lang, float(p.prob)) for p in detector.get_probabilities()])
    assert found[0] == found[1] and found[0]


def test_fast_langdetect_refuses_text_without_features_as_langdetect_does() -> None:
    from langdetect.lang_detect_exception import LangDetectException

    from pipeline.detect import _langdetect_all
    from pipeline.langdetect_fast import Detector

    detector = Detector(_langdetect_all())
    detector.append("12345 !!!")
    with pytest.raises(LangDetectException):
        detector.get_probabilities()


@pytest.mark.parametrize("text", _LANGDETECT_TEXTS)
def test_top_outside_answers_as_langdetects_probabilities_do(text: str) -> None:
    from langdetect.detector import Detector as Stock

    from pipeline.detect import _langdetect_all
    from pipeline.langdetect_fast import Detector

    stock, fast = Stock(_langdetect_all()), Detector(_langdetect_all())
    stock.append(text)
    fast.append(text)
    for floor in (0.5, 0.95):
        top = stock.get_probabilities()[0]
        expected = top if top.lang not in ("en", "uk", "ru") and top.prob >= floor else None
        found = fast.top_outside(("en", "uk", "ru"), floor)
        assert (found and (found.lang, found.prob)) == (expected and (top.lang, top.prob))
        fast.langprob = None


def test_top_outside_stops_once_the_answer_can_only_be_no(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.detect import _langdetect_all
    from pipeline.langdetect_fast import Detector

    trials: list[int] = []
    real = Detector._trials

    def counted(self: Detector) -> Iterator[Any]:
        for prob in real(self):
            trials.append(1)
            yield prob

    monkeypatch.setattr(Detector, "_trials", counted)
    for text, run in ((_LANGDETECT_TEXTS[6], 1), (_LANGDETECT_TEXTS[0], 7)):
        trials.clear()
        detector = Detector(_langdetect_all())
        detector.append(text)
        found = detector.top_outside(("en", "uk", "ru"), 0.95)
        assert (found is None, len(trials)) == (run == 1, run)  # Russian: no after 1 of 7


def test_fast_cleaning_drops_latin_as_langdetect_does() -> None:
    import random

    from langdetect.detector import Detector as Stock

    from pipeline.detect import _langdetect_all
    from pipeline.langdetect_fast import Detector

    codes = [*range(32, 127), *range(0xA0, 0x250), *range(0x2F0, 0x320), *range(0x400, 0x460)]
    codes += [*range(0x1DFA, 0x1F10), 0x4E00, 0x3042, 0x10400, 0x1F600]
    rng = random.Random(1)
    for _ in range(2000):
        text = "".join(chr(rng.choice(codes)) for _ in range(rng.randint(0, 60)))
        stock, fast = Stock(_langdetect_all()), Detector(_langdetect_all())
        stock.text = fast.text = text
        stock.cleaning_text()
        fast.cleaning_text()
        assert fast.text == stock.text


@pytest.mark.parametrize(
    "text",
    ["Мер пішов у відставку.", "Мэр ушёл — «Київ» × ÷ Ørsted", "日本語 and Ѣ ҂ Ԧ", "", "12 345",
     "Пам'ятаєте пам’ять", "naïve café ﬁ İstanbul"],
)  # fmt: skip
def test_profile_counts_letters_one_by_one(text: str) -> None:
    import re

    from pipeline.detect import profile

    found = profile(text)
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]", text))
    cyrillic = len(re.findall(r"[\u0400-\u052f]", text))
    other = len(re.findall(r"[^\W\d_]", text)) - latin - cyrillic
    assert (found.latin, found.cyrillic, found.other) == (latin, cyrillic, other)


def _profile_word_by_word(text: str) -> tuple:
    """The cue counts of :func:`pipeline.detect.profile` as it counted them, a word at a time."""
    import re

    from pipeline.detect import _WORD, RU_LETTERS, RU_WORDS, UK_LETTERS, UK_WORDS, _script

    low = text.lower()
    uk = sum(low.count(ch) for ch in UK_LETTERS)
    ru = sum(low.count(ch) for ch in RU_LETTERS)
    cyrillic_words, lowercase_latin = [], 0
    for word in _WORD.findall(text):
        script = _script(word[0])
        if script == "latin":
            lowercase_latin += word.islower()
            continue
        if script != "cyrillic":
            continue
        cyrillic_words.append(word)
        word = word.lower()
        uk += bool(re.search("['’ʼ]", word))
        if word in UK_WORDS:
            uk += 1
        elif word in RU_WORDS:
            ru += 1
    return uk, ru, tuple(cyrillic_words), lowercase_latin


def test_profile_counts_the_cues_it_counted_word_by_word() -> None:
    """The word cues counted list by list equal the count a word at a time, on random text
    of uk / ru function words (of one list or both), apostrophes and Latin words."""
    import random

    from pipeline.detect import RU_WORDS, UK_WORDS, profile

    rng = random.Random(0)
    vocabulary = [*sorted(UK_WORDS), *sorted(RU_WORDS), "Київ", "пам'ять", "п’ять", "Ørsted"]
    vocabulary += ["news", "BBC", "ёлка", "їжак", "12", "—", "«так»", "ʼєднання", "İstanbul"]
    texts = ["", "Мер пішов у відставку.", "И что это было?", "і та й"]
    texts += [" ".join(rng.choices(vocabulary, k=rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        found = profile(text)
        if not found.cyrillic:
            assert (found.uk, found.ru, found.cyrillic_words) == (0, 0, ())
            continue
        counted = (found.uk, found.ru, found.cyrillic_words, found.lowercase_latin_words)
        assert counted == _profile_word_by_word(text), text
