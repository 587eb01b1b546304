"""`newsmt glossary suggest`: entities missing from the glossary, per language."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.glossary import Glossary
from pipeline.glossary.format import read_table, split_forms
from pipeline.glossary.lint import lint_paths
from pipeline.glossary.suggest import (
    ANALYSERS,
    Suggestion,
    _prepare,
    article_mentions,
    find_mentions,
    is_noise,
    slug,
    suggest,
    to_text,
    to_tsv,
)
from pipeline.glossary.suggest_cache import MentionCache
from pipeline.model import Article
from pipeline.readers import read_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles"

GLOSSARY_ROWS = [
    ("id", "type", "en", "uk", "ru", "note", "dnt"),
    ("zelensky", "PER", "Volodymyr Zelensky | Zelensky", "Володимир Зеленський | Зеленський",
     "Владимир Зеленский | Зеленский", "", ""),
    ("terekhov", "PER", "Ihor Terekhov", "Ігор Терехов", "Игорь Терехов", "", ""),
    ("klymenko", "PER", "Ihor Klymenko", "Ігор Клименко", "Игорь Клименко", "", ""),
    ("synehubov", "PER", "Oleh Syniehubov", "Олег Синєгубов", "Олег Синегубов", "", ""),
    ("kharkiv", "LOC", "Kharkiv", "Харків", "Харьков", "", ""),
    ("odesa", "LOC", "Odesa", "Одеса", "Одесса", "", ""),
]  # fmt: skip
GLOSSARY_TSV = "".join("\t".join(row) + "\n" for row in GLOSSARY_ROWS)

EN = """\
Zelensky meets Horbunov in Kharkiv

Photo: Andriy Horbunov at the Kharkiv tractor plant

President Volodymyr Zelensky met the engineer Andriy Horbunov in Kharkiv on Monday.
Horbunov showed Zelensky a new drone made by the Skyforge Corporation, a start-up from Odesa.
"""

UK = """\
Обстріл Салтівки: постраждали двоє людей

Фото: наслідки удару по Харкову

Зранку російські війська вдарили по Салтівці, повідомив Ігор Терехов.
Мер Харкова Ігор Терехов зустрівся з Ніколаєм Ковальчуком біля Салтівки.
Міністр Ігор Клименко прибув до Харкова, а Клименко пообіцяв допомогу.
Делегація прибула з країн Перської затоки.
"""

RU = """\
Синегубов встретился с Андреем Горбуновым

Глава Харьковской ОВА Олег Синегубов встретился в Одессе с инженером Андреем Горбуновым.
Об этом сообщили в Министерстве экономики Украины.
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("glossary") / "test.tsv"
    path.write_text(GLOSSARY_TSV, encoding="utf-8")
    return Glossary.load([path])


def articles(text: str, name: str) -> list[Article]:
    return read_text(text, "txt", name)


def by_text(found: list[Suggestion]) -> dict[str, Suggestion]:
    return {s.text: s for s in found}


def test_en_finds_planted_people_and_organisations(glossary: Glossary) -> None:
    found = by_text(suggest(articles(EN, "en-story.txt"), glossary))
    horbunov = found["Andriy Horbunov"]
    assert (horbunov.lang, horbunov.type, horbunov.article) == ("en", "PER", "en-story")
    assert horbunov.id == "horbunov-andriy"
    assert "Horbunov" in horbunov.context
    assert found["Skyforge Corporation"].type == "ORG"
    # glossary entities (full name, surname form, places) are excluded
    assert not {"Volodymyr Zelensky", "Zelensky", "Kharkiv", "Odesa"} & set(found)
    # a lone surname of the one person suggested with it is counted with that person
    assert "Horbunov" not in found
    assert (horbunov.forms, horbunov.count) == ({"en": ["Andriy Horbunov"]}, 4)


def test_uk_lemmatises_and_excludes_glossary_entries(glossary: Glossary) -> None:
    found = by_text(suggest(articles(UK, "uk-story.txt"), glossary))
    # Салтівки / Салтівці / Салтівки: one district, in the nominative, counted three times
    assert found["Салтівка"].count == 3
    assert found["Салтівка"].lang == "uk"
    assert found["Ніколай Ковальчук"].type == "PER"
    # an adjective + noun name is completed by its lowercase words
    assert "Перська затока" in found
    # glossary people (any case), their lone surname, and sentence-initial words are left out
    texts = " ".join(found)
    for absent in ("Терехов", "Харків", "Клименко", "Мер", "Міністр", "Зранку", "Делегація"):
        assert absent not in texts, absent


def test_ru_normal_forms_and_glossary_exclusion(glossary: Glossary) -> None:
    found = by_text(suggest(articles(RU, "ru-story.txt"), glossary))
    assert found["Андрей Горбунов"].type == "PER"
    # the country natasha tags apart is the genitive complement of the ministry's name
    assert found["Министерство экономики Украины"].type == "ORG"
    assert "Харьковская ОВА" in found
    texts = " ".join(found)
    assert "Синегубов" not in texts and "Одесса" not in texts


def test_without_a_glossary_everything_is_suggested() -> None:
    found = by_text(suggest(articles(EN, "en-story.txt"), None))
    assert {"Volodymyr Zelensky", "Kharkiv"} <= set(found)


def test_counts_merge_across_articles_and_order_is_by_count(glossary: Glossary) -> None:
    batch = articles(UK, "a.txt") + articles(UK, "b.txt")
    found = suggest(batch, glossary)
    first = found[0]
    assert (first.text, first.count, first.article) == ("Салтівка", 6, "a")
    assert [s.count for s in found] == sorted((s.count for s in found), reverse=True)
    assert len({s.id for s in found}) == len(found)
    assert suggest(batch, glossary, min_count=3) == [s for s in found if s.count >= 3]


EDITIONS = {
    "en": "Engineer Andriy Horbunov visited Saltivka on Monday with Oleh Kovalenko.",
    "uk": "Інженер Андрій Горбунов у понеділок відвідав Салтівку разом з Олегом Ковальчуком.",
    "ru": "Инженер Андрей Горбунов в понедельник посетил Салтовку.",
}


def test_one_entity_in_three_editions_is_one_row(tmp_path: Path) -> None:
    batch = [a for lang, text in EDITIONS.items() for a in read_text(text, "txt", f"{lang}.txt")]
    found = {s.id: s for s in suggest(batch, None)}
    horbunov = found["horbunov-andriy"]
    assert horbunov.forms == {
        "en": ["Andriy Horbunov"],
        "uk": ["Андрій Горбунов"],
        "ru": ["Андрей Горбунов"],
    }
    assert (horbunov.count, horbunov.type) == (3, "PER")
    saltivka = next(s for s in found.values() if "Saltivka" in s.forms.get("en", []))
    assert saltivka.forms["uk"] == ["Салтівка"] and saltivka.forms["ru"] == ["Салтовка"]
    assert saltivka.type == "MISC"  # spaCy (ORG) and natasha (LOC) disagree: no guess
    # names that only look a little alike stay apart
    assert found["kovalenko-oleh"].forms == {"en": ["Oleh Kovalenko"]}
    # a complete group is a complete glossary row
    path = tmp_path / "rows.tsv"
    path.write_text(to_tsv([horbunov, saltivka]), encoding="utf-8")
    assert lint_paths([path]) == []


def test_suggestions_are_json_serialisable(glossary: Glossary) -> None:
    found = suggest(articles(RU, "ru-story.txt"), glossary)
    data = json.loads(json.dumps([asdict(s) for s in found], ensure_ascii=False))
    gorbunov = next(d for d in data if d["text"] == "Андрей Горбунов")
    assert gorbunov["forms"] == {"ru": ["Андрей Горбунов"]}
    assert set(gorbunov) == {
        *("id", "type", "lang", "text", "count", "context", "article", "forms", "confirmed")
    }


def test_tsv_rows_are_glossary_rows_to_complete(glossary: Glossary, tmp_path: Path) -> None:
    found = suggest(articles(UK, "uk.txt") + articles(RU, "ru.txt"), glossary)
    path = tmp_path / "suggested.tsv"
    path.write_text(to_tsv(found), encoding="utf-8")
    table = read_table(path)
    assert table.header == ["id", "type", "en", "uk", "ru", "note", "dnt"]
    assert [row.cells["id"] for row in table.rows] == [s.id for s in found]
    for row, s in zip(table.rows, found, strict=True):
        assert split_forms(row.cells[s.lang]) == [s.text]
        assert f"{s.count}×" in row.cells["note"]
    # only the not-yet-filled languages are reported …
    issues = lint_paths([path])
    assert issues and all("empty canonical form" in i.message for i in issues)
    # … and once they are filled in, the rows are a clean glossary
    lines = path.read_text(encoding="utf-8").splitlines()
    filled = []
    for line in lines:
        cells = line.split("\t")
        if not line.startswith("#") and cells[0] != "id":
            known = next(c for c in cells[2:5] if c)
            cells[2:5] = [c or known for c in cells[2:5]]
        filled.append("\t".join(cells))
    path.write_text("\n".join(filled) + "\n", encoding="utf-8")
    assert lint_paths([path]) == []
    assert {e.id for e in Glossary.load([path])} == {s.id for s in found}


def test_text_output_lists_count_entity_and_context(glossary: Glossary) -> None:
    found = suggest(articles(UK, "uk.txt"), glossary)
    text = to_text(found)
    assert "   3  uk  MISC  Салтівка" in text or "   3  uk  LOC   Салтівка" in text
    assert "\n      Обстріл Салтівки: постраждали двоє людей\n" in text  # where it was first seen
    assert to_text([]).startswith("no new entities")


def test_mixed_language_story_skips_words_of_the_other_language() -> None:
    batch = read_text(MIXED, "txt", "mixed.txt")
    found = suggest(batch, None)
    assert batch[0].lang == "uk" and batch[0].mixed_languages == ["ru"]
    russian = {s.text for s in found if s.lang == "ru"}
    assert "Стамбул" in russian  # the quote went through the Russian recogniser …
    assert not {"Пєсков", "Москві", "Москва"} & russian  # … but not the Ukrainian words around it
    assert "Дмитро Пєсков" in {s.text for s in found if s.lang == "uk"}


MIXED = """\
У Кремлі відповіли Зеленському

Речник Кремля Дмитро Пєсков заявив, що Москва не бачить підстав для зустрічі.

«Мы не видим никаких предпосылок для такой встречи в Стамбуле», — сказав Пєсков у Москві.
"""


def test_cli_text_tsv_and_json(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(EN, encoding="utf-8")
    glossary_file = tmp_path / "g.tsv"
    glossary_file.write_text(GLOSSARY_TSV, encoding="utf-8")
    runner = CliRunner()
    base = ["glossary", "suggest", str(story), "--glossary", str(glossary_file)]

    text = runner.invoke(main, base)
    assert text.exit_code == 0, text.output
    assert "Andriy Horbunov" in text.output and "Volodymyr Zelensky" not in text.output

    tsv = runner.invoke(main, [*base, "--format", "tsv"])
    assert tsv.exit_code == 0
    rows = [line.split("\t") for line in tsv.output.splitlines() if not line.startswith("#")]
    assert rows[0] == ["id", "type", "en", "uk", "ru", "note", "dnt"]
    assert ["horbunov-andriy", "PER", "Andriy Horbunov", "", ""] in [r[:5] for r in rows]

    data = json.loads(runner.invoke(main, [*base, "--format", "json", "--min-count", "2"]).output)
    # seen twice (caption and body, headline and body); the rest once
    assert {d["text"] for d in data} == {"Andriy Horbunov"}


def test_cli_bad_paths_are_one_line_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.output.startswith("newsmt: error:") and "missing.txt" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["glossary", "suggest", str(empty)])
    assert result.exit_code == 2
    assert "no article files" in result.output


def test_samples_with_the_starter_glossary() -> None:
    """The sample stories' glossary entities are covered; their new ones are suggested."""
    from pipeline.readers import input_files, read_file

    batch = [a for path in input_files([SAMPLES]) for a in read_file(path)]
    starter = Glossary.load([SAMPLES.parent.parent / "glossaries"])
    found = by_text(suggest(batch, starter))
    assert not {"Зеленський", "Пхеньян", "Кім Чен Ин", "Rafael Grossi", "Харків"} & set(found)
    assert {"Салтівський район", "Большая Одесса", "IAEA Board of Governors"} <= set(found)


# --- what is and is not a name: passes / fails tables ------------------------------------

NOT_NAMES = [  # (lang, words as written, type, opening a sentence, after an opening quote)
    ("ru", "Командуя", "ORG", True, False),  # a gerund capitalised by the sentence
    ("ru", "Ограничен проспектами", "LOC", True, False),  # a short participle first
    ("ru", "Северная", "LOC", False, False),  # an adjective without its noun
    ("uk", "Двоє", "MISC", False, False),  # a numeral
    ("ru", "Министерство", "ORG", False, False),  # a generic word cut from its complement
    ("uk", "Перелік", "MISC", False, False),  # a defined term of a legal text
    ("uk", "Порядок", "MISC", False, False),
    ("ru", "Инквизиция", "PER", False, False),  # a "person" of inanimate common nouns
    ("ru", "Городской голова", "ORG", False, False),  # a title
    ("uk", "Городський голова", "MISC", False, False),
    ("ru", "Временной демократический", "ORG", False, False),  # cut before its noun
    ("uk", "Обласна військова", "MISC", False, False),
    ("ru", "Лиара кивнула", "PER", False, False),  # a span that runs on into a verb
    ("uk", "Оксана усміхнулася", "PER", False, False),
]  # fmt: skip
NAMES = [
    ("ru", "Жиль де Рэ", "PER", True, False),  # like a verb form, but with unknown words
    ("ru", "ЛИТО", "ORG", True, False),  # short all caps: an abbreviation
    ("ru", "Министерство экономики", "ORG", False, False),  # with its complement
    ("uk", "Порядок", "MISC", False, True),  # a quoted title
    ("ru", "Кари", "ORG", False, True),  # a quoted brand, though an adjective form
    ("ru", "Москва", "LOC", True, False),
    ("ru", "Кремль", "LOC", False, False),  # a common-looking noun natasha calls a name
    ("uk", "Київ", "MISC", False, False),
    ("uk", "Президент України", "MISC", False, False),  # the capital marks a name
    ("ru", "Волшебница", "PER", False, False),  # animate: a nickname is possible
    ("ru", "Северная Африка", "LOC", False, False),
    ("uk", "Європейська правда", "MISC", False, True),  # a quoted title is no job title
    ("ru", "Пусть говорят", "ORG", False, True),  # a quoted title may hold a verb
]  # fmt: skip


@pytest.mark.parametrize(("lang", "words", "kind", "opening", "quoted"), NOT_NAMES)
def test_noise_is_not_suggested(
    lang: str, words: str, kind: str, opening: bool, quoted: bool
) -> None:
    assert is_noise(words.split(), kind, lang, opening=opening, quoted=quoted)


@pytest.mark.parametrize(("lang", "words", "kind", "opening", "quoted"), NAMES)
def test_names_are_not_noise(lang: str, words: str, kind: str, opening: bool, quoted: bool) -> None:
    assert not is_noise(words.split(), kind, lang, opening=opening, quoted=quoted)


FOUND = [  # (lang, text, normal forms suggested, normal forms not suggested)
    ("en", "WOW what stunning views.", set(), {"WOW"}),
    ("en", "Reuters reported that Defence was not consulted.", {"Reuters"}, {"Defence"}),
    ("en", "Sources in Defence said the Army would help.", set(), {"Defence", "Army"}),
    ("en", "Phillip, please call me tomorrow.", {"Phillip"}, set()),  # NN, but no common word
    ("en", "Mandela became president after his African National Congress party won.",
     {"African National Congress"}, {"African National Congress party"}),
    ("en", "We accept payment by Paypal, Bank Transfer or cash.", {"Paypal"},
     {"Paypal, Bank Transfer"}),
    ("ru", "Об этом сообщил Городской голова.", set(), {"Городской голова"}),
    ("ru", "Командуя полком, он победил.", set(), {"Командуя"}),
    ("ru", "Производители BioNTech / Pfizer планируют поставки.", set(),
     {"BioNTech / Pfizer", "BioNTech", "Pfizer"}),
    ("ru", "Вчера Мик Мур (Mick Moore) приехал в Москву.", {"Мик Мур", "Mick Moore", "Москва"},
     {"Мик Мур (Mick Moore)"}),
    ("uk", "Це підтвердило Міністерство, а Порядок набуде чинності.", set(),
     {"Міністерство", "Порядок"}),
    ("uk", "Журнал «Закон» виходить щомісяця, а Закон набув чинності.", {"Закон"}, set()),
    ("uk", "Про це заявив Городський голова Одеси.", {"Одеса"}, {"Городський голова"}),
    ("uk", "◻️ У Бородянці працюють рятувальники.", {"Бородянка"}, {"У Бородянка"}),
    # tokenisation: a hyphenated given name is one word; a caption label is no part of a name
    ("en", "Talks between Kim Jong-un and Moon Jae-in resumed in Seoul.",
     {"Kim Jong-un", "Moon Jae-in"}, {"Kim Jong-", "Moon Jae-"}),
    ("en", "Lee Jae-myung Photo: Yonhap", {"Lee Jae-myung"}, {"Lee Jae-", "Lee Jae-myung Photo"}),
    ("en", "Vladimir Putin Photo: AFP", {"Vladimir Putin"}, {"Vladimir Putin Photo"}),
    # a nationality adjective is no entity; a people is
    ("en", "The Czech minister and a Belgian envoy objected.", set(), {"Czech", "Belgian"}),
    ("en", "Ukrainians and Poles marched in Warsaw.", {"Ukrainians", "Poles", "Warsaw"}, set()),
    ("en", "Congrats to #TeamKharkiv and #DynamoKyiv tonight.", set(),
     {"TeamKharkiv", "DynamoKyiv"}),  # hashtags
    ("uk", "Мартін Шульц прибув до Брюсселя.", {"Мартін Шульц"}, {"Шульц"}),  # a first name opens
    ("uk", "Гурт з Північного Лондона The Crows виступив у Києві.", {"The Crows"},
     {"Північний Лондон The Crows"}),  # a change of script ends a name
    ("uk", "Угоду підписали Banco de Portugal та AT&T.", {"Banco de Portugal", "AT&T"},
     {"Banco", "Portugal", "AT"}),  # particles and '&' of Latin-script names
    ("ru", "Национальный банк Казахстана повысил ставку.", {"Национальный банк Казахстана"},
     {"Национальный банк", "Казахстан"}),  # an organisation and its genitive complement
    ("ru", "Армия обороны Израиля начала операцию.", {"Армия обороны Израиля"},
     {"Армия обороны"}),
    ("ru", "Об этом сообщил Верховный суд.", {"Верховный суд"}, set()),
    ("en", "The US and the UK agreed on Monday.", {"US", "UK"}, set()),  # acronyms, not "us"
]  # fmt: skip

NOTHING_FOUND = [  # (lang, text): no mention at all
    ("uk", "Вона відповіла: «Очевидно 300»."),  # a quote's first word, not a quoted title
    ("uk", "Він закричав: «ТРИМАЙ ЙОГО ЗА РУКУ!»"),  # a shout: capitals mark no name
    ("ru", "Он крикнул: «ВСЕ К СТЕНЕ, БЫСТРО!»"),
    ("ru", "«Эй! Стой!» — крикнул он."),
    ("en", "Both the Czech and Belgian ministers objected."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOTHING_FOUND)
def test_nothing_found(lang: str, text: str) -> None:
    assert find_mentions(text, lang, [0]) == []


@pytest.mark.parametrize(("lang", "text", "present", "absent"), FOUND)
def test_what_find_mentions_keeps(
    lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    found = [m.text for m in find_mentions(text, lang, [0])]
    assert present <= set(found), found
    assert not absent & set(found), found
    assert found.count("Закон") <= 1  # the quoted title only, not the defined term


RU_NORMAL_FORMS = [  # (text, normal form)
    ("Он переписывался с Вольтером.", "Вольтер"),  # natasha kept the case; pymorphy3 knows it
    ("К такому выводу пришли ученые из Университета Гонконга.", "Университет Гонконга"),
    ('Главные неудачи назвал Фонд "Общественное мнение" в опросе.',
     'Фонд "Общественное мнение"'),  # the quote natasha left open is closed
    ("И́горь Ви́кторович Лелюх родился в Витебске.", "Игорь Викторович Лелюх"),  # no stress
    ("Инженер Андрей Горбунов посетил завод.", "Андрей Горбунов"),
    ("Об этом сообщили в пресс-службе Федерального центра мозга и нейротехнологий ФМБА.",
     "Федеральный центр мозга и нейротехнологий"),  # genitive complements stay as written
    ("Исследование провели в Ассоциации врачей общей практики.",
     "Ассоциация врачей общей практики"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "normal"), RU_NORMAL_FORMS)
def test_ru_normal_forms(text: str, normal: str) -> None:
    assert normal in [m.text for m in find_mentions(text, "ru", [0])]


IDS = [  # (normal form, type, language, id)
    ("Андрей Горбунов", "PER", "ru", "gorbunov-andrey"),  # Russian г and и
    ("Андрій Горбунов", "PER", "uk", "horbunov-andriy"),  # Ukrainian г and и
    ("Нижний Новгород", "LOC", "ru", "nizhniy-novgorod"),
    ("Гвинея-Бисау", "LOC", "ru", "gvineya-bisau"),  # a hyphen separates
    ("Fumio Kishida", "PER", "en", "kishida-fumio"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "lang", "expected"), IDS)
def test_ids(text: str, kind: str, lang: str, expected: str) -> None:
    assert slug(text, kind, lang) == expected


def test_ids_of_russian_rows_use_the_russian_scheme() -> None:
    found = {s.text: s for s in suggest(articles(RU, "ru-story.txt"), None)}
    assert found["Андрей Горбунов"].id == "gorbunov-andrey"
    assert found["Олег Синегубов"].id == "sinegubov-oleg"


# --- batches and the per-story cache ------------------------------------------------------


def _one_paragraph_at_a_time(batch: list[Article]) -> list[tuple[str, int, int, str, str]]:
    """Every paragraph's mentions from the recogniser run on that paragraph alone."""
    out = []
    for article in batch:
        for para in article.paragraphs:
            lang = para.lang or article.lang
            starts = [s.start for s in para.sentences]
            for m in find_mentions(para.text, lang, starts):
                out.append((lang, m.start, m.end, m.text, m.type))
    return out


def test_batched_models_find_what_one_paragraph_at_a_time_finds() -> None:
    batch = [
        *articles(EN, "en.txt"),
        *articles(UK, "uk.txt"),
        *articles(RU, "ru.txt"),
        *articles(MIXED, "mixed.txt"),
    ]
    for article in batch:
        _prepare(article)
    batched = [
        (s.lang, s.mention.start, s.mention.end, s.mention.text, s.mention.type)
        for found in article_mentions(batch)
        for s in found
    ]
    assert batched == _one_paragraph_at_a_time(batch)
    assert len({lang for lang, *_ in batched}) == 3


def test_cache_analyses_only_new_or_changed_stories(
    tmp_path: Path, glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = articles(EN, "en.txt") + articles(RU, "ru.txt")
    expected = suggest(stories, glossary)
    analysed: list[str] = []
    for lang, analyse in list(ANALYSERS.items()):

        def counting(texts: Sequence[str], analyse: Any = analyse) -> list[Any]:
            analysed.extend(texts)
            return analyse(texts)

        monkeypatch.setitem(ANALYSERS, lang, counting)
    path = tmp_path / "suggestions.sqlite3"
    with MentionCache(path) as cache:
        assert suggest(stories, glossary, cache=cache) == expected
    assert analysed  # the first run analyses every story
    analysed.clear()
    with MentionCache(path) as cache:  # a new process reading the file
        assert suggest(articles(EN, "en.txt") + articles(RU, "ru.txt"), glossary, cache=cache) == (
            expected
        )
        assert analysed == []
        changed = articles(EN.replace("Monday", "Tuesday"), "en.txt") + articles(RU, "ru.txt")
        again = suggest(changed, glossary, cache=cache)
    assert analysed and all(t in EN.replace("Monday", "Tuesday") for t in analysed)
    assert "Andriy Horbunov" in {s.text for s in again}
    # another glossary is another fingerprint: nothing cached is reused
    analysed.clear()
    with MentionCache(path) as cache:
        suggest(articles(RU, "ru.txt"), None, cache=cache)
    assert analysed


def test_same_text_under_another_id_keeps_its_own_article(tmp_path: Path) -> None:
    with MentionCache(tmp_path / "c.sqlite3") as cache:
        first = suggest(articles(RU, "one.txt"), None, cache=cache)
        second = suggest(articles(RU, "two.txt"), None, cache=cache)
    assert {s.article for s in first} == {"one"} and {s.article for s in second} == {"two"}
    assert [s.text for s in first] == [s.text for s in second]


def test_the_reading_other_languages_share_is_the_normal_form() -> None:
    """An unknown name in an oblique case: the batch's other editions tell its nominative."""
    batch = [
        *read_text("Завод поблизу Брілтона продовжить роботу.", "txt", "uk.txt"),
        *read_text("The plant near Brilton will keep working.", "txt", "en.txt"),
        *read_text("Завод в Брилтоне продолжит работу.", "txt", "ru.txt"),
    ]
    (found,) = suggest(batch, None)
    assert found.forms == {"en": ["Brilton"], "uk": ["Брілтон"], "ru": ["Брилтон"]}


def test_the_cache_holds_for_the_same_glossary_read_from_elsewhere(
    tmp_path: Path, glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review reads the glossary from the paths the records name, translate from its own."""
    copy = tmp_path / "elsewhere" / "names.tsv"
    copy.parent.mkdir()
    copy.write_text("# a copy\n" + GLOSSARY_TSV, encoding="utf-8")
    with MentionCache(tmp_path / "c.sqlite3") as cache:
        expected = suggest(articles(RU, "ru.txt"), glossary, cache=cache)

        def unused(texts: Any) -> list[Any]:
            raise AssertionError("analysed again")

        monkeypatch.setitem(ANALYSERS, "ru", unused)
        again = suggest(articles(RU, "ru.txt"), Glossary.load([copy]), cache=cache)
    assert again == expected


def test_forked_workers_find_what_one_process_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Analysed by two forked processes over slices of the batch: the same mentions, in order."""
    import pipeline.glossary.suggest as suggest_module

    batch = [
        *articles(EN, "en.txt"),
        *articles(UK, "uk.txt"),
        *articles(RU, "ru.txt"),
        *articles(MIXED, "mixed.txt"),
    ]
    alone = article_mentions(batch, workers=1)
    monkeypatch.setattr(suggest_module, "POOL_PARAGRAPHS", 1)
    forked: list[int] = []
    uncovered = suggest_module._uncovered

    def counting(paragraphs: Sequence[Any], paragraph_mentions: Any, forget: bool) -> list[Any]:
        forked.append(os.getpid())
        assert forget  # a worker's caches are dropped slice by slice
        return uncovered(paragraphs, paragraph_mentions, forget)

    monkeypatch.setattr(suggest_module, "_uncovered", counting)
    assert article_mentions(batch, workers=2) == alone
    assert forked == []  # counted in the workers, not here
    assert sum(map(len, alone)) > 10


def test_a_slice_leaves_no_mentions_or_matches_behind() -> None:
    """A forked worker keeps nothing of the slices it has done (the caller has their
    mentions): its memory does not grow with the batch; the same slice again finds the
    same.  In one process the matches stay, for the stories' surnames to reuse."""
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import (
        _paragraph_key,
        _ParagraphMentions,
        _paragraphs,
        _prepare,
        _uncovered,
    )

    batch = [*articles(UK, "uk.txt"), *articles(RU, "ru.txt")]
    for article in batch:
        _prepare(article)
    keys = [_paragraph_key(para, lang) for a in batch for para, lang in _paragraphs(a)]
    held = _ParagraphMentions(Glossary.load(default_glossary_paths()))
    asked: list[str] = []
    matches = held.matches
    held.matches = lambda text, lang: asked.append(text) or matches(text, lang)  # type: ignore[method-assign]
    first = _uncovered(keys, held, forget=True)
    assert asked and sum(map(len, first)) > 0
    assert held.found == {} and held._matches == {} and held.analyses == {}
    assert _uncovered(keys, held, forget=True) == first
    assert _uncovered(keys, held) == first and held.found and held._matches  # one process


def test_batches_are_made_of_texts_of_similar_length() -> None:
    """natasha's taggers get the texts shortest first; the results come back in order."""
    from pipeline.glossary.suggest import _by_length

    seen: list[str] = []

    class Tagger:
        def map(self, items: list[str]) -> list[str]:
            seen.extend(items)
            return [item.upper() for item in items]

    texts = ["ccc", "a", "dddd", "bb"]
    assert _by_length(Tagger(), texts) == ["CCC", "A", "DDDD", "BB"]
    assert seen == ["a", "bb", "ccc", "dddd"]


def test_morphology_only_where_an_entity_is_and_normal_forms_as_natasha_gives() -> None:
    from natasha import Doc

    from pipeline.glossary.suggest import _natasha, analyse_ru

    texts = [
        "Погода была хорошей. Вчера Владимира Путина видели в Сочи.",
        "Все ушли домой.",
        RU,
    ]
    segmenter, morph, ner, vocab = _natasha()
    for text, doc in zip(texts, analyse_ru(texts), strict=True):
        reference = Doc(text)
        reference.segment(segmenter)
        reference.tag_morph(morph)
        reference.tag_ner(ner)
        for span in (*doc.spans, *reference.spans):
            span.normalize(vocab)
        assert [(s.start, s.stop, s.type, s.normal) for s in doc.spans] == [
            (s.start, s.stop, s.type, s.normal) for s in reference.spans
        ]
        for sent in doc.sents:
            tagged = any(t.pos for t in sent.tokens)
            assert tagged == any(s.start < sent.stop and sent.start < s.stop for s in doc.spans)
    assert any(doc.spans for doc in analyse_ru(texts[:1]))


def test_a_text_without_an_entity_is_not_segmented() -> None:
    """natasha's tokens and sentences serve the names only: a text NER finds none in is
    not segmented."""
    from pipeline.glossary.suggest import analyse_ru

    with_names, without = analyse_ru(["Вчера Владимира Путина видели в Сочи.", "Все ушли домой."])
    assert with_names.spans and with_names.tokens and with_names.sents
    assert (without.spans, without.tokens, without.sents) == ([], [], [])


def _eagerly(batch: list[Article], glossary: Glossary) -> list[list[tuple[Any, ...]]]:
    """Per article, its mentions as found by matching every paragraph against the glossary
    first (what article_mentions did before it matched only where needed)."""
    from pipeline.glossary.morph import norm_key
    from pipeline.glossary.suggest import _covered

    out = []
    for article in batch:
        found, surnames = [], set()
        for para in article.paragraphs:
            lang = para.lang or article.lang
            matches = glossary.find(para.text, lang)
            people = [m.entry for m in matches if m.entry.type == "PER"]
            surnames |= {(lang, norm_key(f.split()[-1])) for e in people for f in e.forms_for(lang)}
            starts = [s.start for s in para.sentences]
            for m in find_mentions(para.text, lang, starts, [m.span for m in matches]):
                if not _covered(m, matches, para.text):
                    found.append((lang, m.start, m.end, m.text, m.type, m.alternatives))
        out.append([
            f for f in found if not (f[4] == "PER" and " " not in f[3]
                                     and (f[0], norm_key(f[3])) in surnames)
        ])  # fmt: skip
    return out


def test_paragraphs_are_matched_only_where_a_mention_needs_it(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paragraph in which the recogniser finds nothing is not matched against the
    glossary (uk's recogniser reads the matches, so uk paragraphs are), and the mentions
    are those of matching every paragraph: glossary entities covered, a lone surname of
    a glossary person the story names left out ("Синегубов" of Олег Синегубов)."""
    quiet = "Все ушли домой, и никто не пострадал."
    batch = [
        *articles(RU + "\n" + quiet + "\n", "ru.txt"),
        *articles(UK, "uk.txt"),
        *articles(EN, "en.txt"),
    ]
    for article in batch:
        _prepare(article)
    matched: list[str] = []
    find = Glossary.find

    def counting(self: Glossary, text: str, lang: str) -> list[Any]:
        matched.append(text)
        return find(self, text, lang)

    monkeypatch.setattr(Glossary, "find", counting)
    found = [
        [(s.lang, s.mention.start, s.mention.end, s.mention.text, s.mention.type,
          s.mention.alternatives) for s in seen]
        for seen in article_mentions(batch, glossary, workers=1)
    ]  # fmt: skip
    assert quiet not in matched
    uk_paragraphs = [p.text for p in batch[1].paragraphs]
    assert set(uk_paragraphs) <= set(matched)
    assert len(matched) == len(set(matched))  # each text matched once
    monkeypatch.setattr(Glossary, "find", find)
    assert found == _eagerly(batch, glossary)
    assert ("ru", "Синегубов") not in {(f[0], f[3]) for f in found[0]}
    assert {"Андрей Горбунов", "Andriy Horbunov"} <= {f[3] for seen in found for f in seen}


def test_a_text_without_a_capital_letter_is_not_analysed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No mention comes from a text without a capital letter (a lowercase post, a line of
    figures): it goes through no model, and what the recognisers would find in it is
    nothing they keep."""
    lowercase = ["вчера в москве путин встретился с си цзиньпином.", "13:45 — 2:1, 3:0"]
    for text in lowercase:
        assert find_mentions(text, "ru") == []
        assert find_mentions("yesterday putin met xi jinping in moscow.", "en") == []
    analysed: list[str] = []
    analyse = ANALYSERS["ru"]

    def counting(texts: Sequence[str]) -> list[Any]:
        analysed.extend(texts)
        return analyse(texts)

    monkeypatch.setitem(ANALYSERS, "ru", counting)
    batch = articles(RU + "\n" + "\n\n".join(lowercase) + "\n", "ru.txt")
    (found,) = article_mentions(batch, None, workers=1)
    assert analysed and not set(lowercase) & set(analysed)
    assert "Андрей Горбунов" in {s.mention.text for s in found}


def test_a_repeated_paragraph_is_analysed_once(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stories sharing paragraphs (a standard line, a byline): each text goes through
    the model once, and each story gets the mentions it would get alone."""
    alone = article_mentions(articles(RU, "one.txt"), glossary, workers=1)
    analysed: list[str] = []
    analyse = ANALYSERS["ru"]

    def counting(texts: Sequence[str]) -> list[Any]:
        analysed.extend(texts)
        return analyse(texts)

    monkeypatch.setitem(ANALYSERS, "ru", counting)
    more = "Горбунов вернулся в Киев."
    batch = articles(RU, "one.txt") + articles(RU + "\n" + more + "\n", "two.txt")
    one, two = article_mentions(batch, glossary, workers=1)
    assert sorted(analysed) == sorted({p.text for p in batch[1].paragraphs})
    assert one == alone[0]
    assert [(s.mention, s.sentence, s.article) for s in two[: len(one)]] == [
        (s.mention, s.sentence, "two") for s in alone[0]
    ]
    assert [s.mention.text for s in two[len(one) :]] == ["Горбунов", "Киев"]


# --- issue 12: what an editor would not take as a glossary row -----------------------------

PRECISION_FOUND = [  # (lang, text, normal forms suggested, normal forms not suggested)
    # a fragment of a longer name spaCy does not know is left out; a name spaCy cut is whole
    ("en", "Betta Edu, the Minister of Humanitarian Affairs and Poverty Alleviation, spoke.",
     {"Betta Edu"}, {"Poverty Alleviation"}),
    ("en", "Analysts at the Center for Strategic and International Studies said so.",
     {"Center for Strategic and International Studies"},
     {"Center for Strategic", "International Studies"}),
    # names merely listed, and a person "of" a place, stay apart
    ("en", "Congressman Thomas Massie of Kentucky said Russia and Ukraine will talk.",
     {"Thomas Massie", "Kentucky", "Russia", "Ukraine"}, {"Russia and Ukraine"}),
    # common abbreviations: the dictionary's, after an article, defined by lowercase words
    ("ru", "Он сдал ДНК, а ВВП вырос, сообщили НАТО и ООН.", {"НАТО", "ООН"}, {"ДНК", "ВВП"}),
    ("en", "Johnson said he would not support a CR for the rest of the bills.", {"Johnson"},
     {"CR"}),
    ("uk", "Уряд підтримає приватний орендований сектор (ПОС), а не Агентство Охорони (АО).",
     {"АО"}, {"ПОС"}),
    # a web address, two names one the other's owner, a name in two scripts, a document word
    ("uk", "Дивіться https://www.youtube.com/watch?v=WxsYTK8l_Gk від Ніколая Ковальчука.",
     {"Ніколай Ковальчук"}, {"WxsYTK"}),
    ("en", "Kenneth Polite Jr., former assistant attorney general for DOJ's Criminal Division,"
     " revised the division's policy.", {"Kenneth Polite Jr"}, {"DOJ's Criminal Division"}),
    ("uk", "У Google Авіаквитках вона відображається, сказав Ніколай Ковальчук.",
     {"Google", "Ніколай Ковальчук"}, {"Авіаквитки"}),
    ("uk", "Міністри узгодили позицію Ради ЄС щодо запропонованого Регламенту про пакування.",
     {"Рада ЄС"}, {"Регламент"}),
    ("en", "Yisssss, the good stuff from Acme Corp.", set(), {"Yisssss"}),  # no name
    ("en", "Hahaha, Heheh said Coco Chanel to Mimi.", {"Coco Chanel"}, {"Hahaha", "Heheh"}),
    ("ru", "Хахаха, сказал Мики Вокер.", {"Мики Вокер"}, {"Хахаха"}),  # laughter
    ("en", "Queen Eirwen spoke to Lady Kari.", {"Eirwen", "Kari"}, {"Queen Eirwen"}),  # titles
    ("ru", "Вдруг взмолилась Королева Эирвен, прижимая к себе младенца.", {"Эирвен"},
     {"Королева Эирвен"}),  # a title before a name is no part of it
    ("ru", "Вчера Ангел Димитров приехал в Софию.", {"Ангел Димитров"}, {"Димитров"}),
    ("ru", "Высший государственный совет Ливии заявил об этом.",
     {"Высший государственный совет Ливии"}, {"Высочайший государственный совет Ливии"}),
    ("uk", "Привіт, Psych2Goers, ласкаво просимо на канал Ніколая Ковальчука та Airbus A350.",
     {"Ніколай Ковальчук"}, {"Psych", "Goers", "Airbus A"}),  # pieces of a token
    ("en", "Prior to joining the EPA, Uhlmann - the EPA assistant secretary for enforcement -"
     " had served as the longtime head of that division's Environmental Crimes Section.",
     {"Uhlmann"}, {"Uhlmann -"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "present", "absent"), PRECISION_FOUND)
def test_what_find_mentions_keeps_for_a_glossary_row(
    lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    found = [m.text for m in find_mentions(text, lang, [0])]
    assert present <= set(found), found
    assert not absent & set(found), found


BATCH_FILTERS = [  # (lang, story, suggested, not suggested)
    # a word the batch also writes in lowercase is a common word capitalised by chance
    ("ru", "Галерея Тьерра дель Соль рада представить выставку в новом пространстве галереи.",
     {"Тьерра дель Соль"}, {"Галерея"}),
    ("en", "The Federal Aviation Administration also provides reports from its Aviation Safety"
     " Information Analysis and Sharing page, for sharing is caring.",
     {"Federal Aviation Administration"}, {"Sharing"}),
    # a nominative pymorphy3 only guessed from an oblique case is no row
    ("uk", "Неподалік Базиля розбудив сигнал тривоги. Про це повідомив Ніколай Ковальчук.",
     {"Ніколай Ковальчук"}, {"Базиль", "Базиля"}),
    ("uk", "Ми зі Стампі вже вдома. Потім зі Стампі гуляв Ніколай Ковальчук.",
     {"Ніколай Ковальчук"}, {"Стампа", "Стампі"}),  # the same form twice is no more evidence
    # one unknown name in several cases is one suggestion, in the nominative
    ("uk", "Вранці Кохрен прокинувся. Увагу Кохрена привернув танк. Гей, Кохрене, ходи сюди!",
     {"Кохрен"}, {"Кохрена", "Кохрене"}),
    # an acronym seen once is too little to tell a name from a common abbreviation
    ("uk", "Графік ПВП для подорожі склав Ніколай Ковальчук.", {"Ніколай Ковальчук"}, {"ПВП"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "present", "absent"), BATCH_FILTERS)
def test_what_the_batch_tells_about_a_suggestion(
    lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    found = by_text(suggest(articles(text, f"story.{lang}.txt"), None))
    assert present <= set(found), list(found)
    assert not absent & set(found), list(found)


def test_a_lone_surname_is_counted_with_the_one_person_named_so() -> None:
    text = "Rep. Mike Lawler spoke. Lawler said it is worth delaying. Later Lawler left."
    found = by_text(suggest(articles(text, "s.en.txt"), None))
    assert "Lawler" not in found
    assert found["Mike Lawler"].count > 1  # its lone surname counted with it
    two = "Mike Lawler and Anna Lawler spoke. Lawler said it is worth delaying."
    every = by_text(suggest(articles(two, "s.en.txt"), None, unconfirmed=True))
    assert not every["Lawler"].confirmed  # not folded, yet part of a person named in full
    assert "Lawler" not in by_text(suggest(articles(two, "s.en.txt"), None))


def test_an_acronym_seen_twice_or_in_two_languages_stays() -> None:
    uk = articles("Графік ПВП склав Ніколай Ковальчук, і ПВП схвалили.", "s.uk.txt")
    assert "ПВП" in by_text(suggest(uk, None))
    en = "The regulator FAA said on Monday that the aircraft must stay on the ground."
    ukr = "Регулятор FAA заявив у понеділок, що літак має залишатися на землі."
    batch = articles(en, "s.en.txt") + articles(ukr, "s.uk.txt")
    faa = by_text(suggest(batch, None, unconfirmed=True))["FAA"]
    assert faa.forms == {"en": ["FAA"], "uk": ["FAA"]}
    assert not faa.confirmed  # the Latin letters copied back no row (test_glossary_support)


TYPES = [  # (lang, story, suggestion, type): a type only the recogniser's guess gives is MISC
    ("en", "Frostfell was not always one kingdom.", "Frostfell", "MISC"),
    ("en", "Scott Brewster, managing director, said so.", "Scott Brewster", "PER"),
    ("en", "Sasebo Festival is a biannual, cultural, political, and artistic event forum "
     "conference, a festival.", "Sasebo Festival", "MISC"),
    ("en", "Also in the cast are Christine Baranski and Cynthia Nixon, among many more.",
     "Cynthia Nixon", "PER"),  # a surname the English word list has, never lowercase here
    ("en", "Horbunov showed a new drone made by the Skyforge Corporation, a start-up.",
     "Skyforge Corporation", "ORG"),
    ("uk", "У Зороастрийському рукописі «Вендідад» розповідається про Йіму.", "Вендідад", "MISC"),
    ("uk", "Сьогодні Тіган самостійно посадила літак, сказав Ніколай Ковальчук.", "Тіган", "MISC"),
    ("ru", "Она была принцессой Тамаран, сказал Николай Крючков.", "Тамаран", "MISC"),
    ("ru", "Она была принцессой Тамаран, сказал Николай Крючков.", "Николай Крючков", "PER"),
    ("uk", "Сьогодні Тіган самостійно посадила літак, сказав Ніколай Ковальчук.",
     "Ніколай Ковальчук", "PER"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "kind"), TYPES)
def test_types_need_more_than_a_guess(lang: str, text: str, name: str, kind: str) -> None:
    found = by_text(suggest(articles(text, f"story.{lang}.txt"), None))
    assert found[name].type == kind, {s.text: s.type for s in found.values()}


def test_english_stop_words_are_spacys_without_importing_spacy() -> None:
    """A ru/uk batch's suggestions need the stop-word list, not spaCy's 0.9 s import."""
    code = (
        "import sys\n"
        "from pipeline.glossary.suggest import _english_stop_words\n"
        "words = _english_stop_words()\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "from spacy.lang.en.stop_words import STOP_WORDS\n"
        "assert words == frozenset(STOP_WORDS) and 'the' in words\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_translations_group_as_comparing_every_tally_with_every_group() -> None:
    """_translations compares a tally only with the groups it may join (as many words, no
    tally of its language): the groups are those of comparing it with every group."""
    from pipeline.glossary.suggest import MERGE_SIMILARITY, _likeness, _Tally, _translations

    def every_group(tallies: list[_Tally]) -> list[list[_Tally]]:
        groups: list[list[_Tally]] = []
        for tally in tallies:
            words = len(tally.text.split())
            best, best_score = None, MERGE_SIMILARITY
            for group in groups:
                if any(t.lang == tally.lang or len(t.text.split()) != words for t in group):
                    continue
                score = min(_likeness(t.text, tally.text) for t in group)
                if score >= best_score:
                    best, best_score = group, score
            if best is None:
                groups.append([tally])
            else:
                best.append(tally)
        return groups

    names = {
        "en": ["Sam Manson", "Kyiv", "Oleh Sentsov", "Saltivka", "Kharkiv", "Olena", "Lviv"],
        "uk": ["Сем Менсон", "Київ", "Олег Сенцов", "Салтівка", "Харків", "Олена", "Львів"],
        "ru": ["Сэм Мэнсон", "Киев", "Олег Сенцов", "Салтовка", "Харьков", "Елена", "Львов"],
    }
    rng = random.Random(5)
    for _ in range(30):
        tallies = [
            _Tally(lang, rng.choice(names[lang]), "", "a")
            for lang in rng.choices(["en", "uk", "ru"], k=rng.randint(1, 25))
        ]
        want = [[id(t) for t in group] for group in every_group(tallies)]
        assert [[id(t) for t in group] for group in _translations(tallies)] == want
    mixed = [_Tally(lang, names[lang][0], "", "a") for lang in ("en", "uk", "ru")]
    assert len(_translations(mixed)) == 1


@pytest.mark.parametrize(("text", "name", "spacy"), [(RU, "ru.txt", False), (UK, "uk.txt", False),
                                                     (EN, "en.txt", True)])  # fmt: skip
def test_spacy_is_loaded_only_for_a_batch_with_english(text: str, name: str, spacy: bool) -> None:
    """spaCy (its import and English model: about 2 s) is what English text is analysed
    with; suggestions for a batch without English never import it."""
    code = (
        "import sys\n"
        "from pipeline.glossary.suggest import suggest\n"
        "from pipeline.readers import read_text\n"
        "text = sys.stdin.read()\n"
        f"found = suggest(read_text(text, 'txt', {name!r}), None, workers=1)\n"
        "assert found, 'nothing found'\n"
        "print('spacy' in sys.modules, 'natasha' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [str(spacy), str(name.startswith("ru"))]
