"""A story's editions in other languages back a glossary suggestion, or leave it unconfirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.glossary.suggest import suggest, to_text, to_tsv
from pipeline.glossary.support import Editions, agree, part_of, story
from pipeline.model import Article
from pipeline.readers import read_text

# (forms of one suggestion, edition texts of its story as (language, text))
KEPT = [
    # found in two languages, one in Cyrillic, ending alike
    ({"en": "Perry Cooper", "uk": "Перрі Купер"}, []),
    ({"uk": "Тарас Кремінь", "ru": "Тарас Креминь"}, []),
    ({"en": "Seattle", "ru": "Сиэтл"}, []),  # a silent e
    ({"en": "Swansea", "uk": "Свонсі"}, []),  # English vowels are spelled many ways
    ({"en": "NBA", "uk": "НБА", "ru": "НБА"}, []),
    # one language; another edition writes a run of capitalised words that sounds alike
    ({"en": "Perry Cooper"}, [("uk", "Перрі Купер, речник порту, сказав це.")]),
    ({"en": "Callum"}, [("ru", "Как дела, Каллум?")]),
    ({"uk": "Елборн"}, [("ru", "Там не было Элборна.")]),  # inflected runs may differ
    ({"ru": "Перри Купер"}, [("en", "Perry Cooper, a spokesman, said so.")]),
    ({"ru": "Элборн"}, [("uk", "Але Елборна там не було.")]),
    ({"uk": "Страуд"}, [("en", "A rocket from Stroud."), ("ru", "Гол от Страуда.")]),
    # no edition in another language: nothing to ask
    ({"en": "Lovely Lich"}, [("en", "A comment from Lovely Lich.")]),
]

DROPPED = [
    # a Latin name merely copied by the other edition
    ({"en": "Tasmotas", "uk": "Tasmotas"}, []),
    ({"en": "Tasmotas"}, [("uk", "Він перезавантажує Tasmotas.")]),
    # the forms end differently: one of them is inflected or misread
    ({"en": "Bola Ahmed Tinubu", "ru": "Бола Ахмета Тинубу"}, []),
    ({"uk": "Скотт Кілмера", "ru": "Скотти Килмер"}, []),
    ({"uk": "Крейт", "ru": "Крей"}, []),
    ({"uk": "Іяба Авокоя", "ru": "Иябо Авокоя"}, []),
    # an acronym beside a word that sounds alike
    ({"uk": "JS", "ru": "Йес"}, []),
    # nothing in the other edition sounds alike, or only a part of a longer name does
    ({"en": "Dirk"}, [("uk", "Він схопив мене і потягнув.")]),
    ({"en": "Lich"}, [("uk", "Коментар від Лавлі Лич.")]),
    ({"en": "Lich"}, [("uk", "Дякую, Лавлі Лич.")]),
    ({"en": "Easter"}, [("uk", "Сьогодні ми робимо прикраси до Великодня.")]),
    # a common word of the dictionary only another Cyrillic edition writes alike
    ({"ru": "Федерация"}, [("uk", "Федерація заявила про це.")]),
    # an inflected form the other Cyrillic edition writes too, asked of the English one
    ({"uk": "Страуда"}, [("en", "A rocket from Stroud."), ("ru", "Гол от Страуда.")]),
    # a Russian form the English edition writes without the case ending
    ({"ru": "Терри Пратчетта"}, [("en", "As in the Terry Pratchett story.")]),
]


def backed(forms: dict[str, str], others: list[tuple[str, str]]) -> bool:
    texts = [(f"doc.{lang}", lang, text) for lang, text in forms.items()]
    texts += [(f"doc.{lang}", lang, text) for lang, text in others]
    return Editions(texts).backed(forms, {f"doc.{lang}" for lang in forms})


@pytest.mark.parametrize(("forms", "others"), KEPT)
def test_passes(forms: dict[str, str], others: list[tuple[str, str]]) -> None:
    assert backed(forms, others)


@pytest.mark.parametrize(("forms", "others"), DROPPED)
def test_fails(forms: dict[str, str], others: list[tuple[str, str]]) -> None:
    assert not backed(forms, others)


def test_only_editions_of_the_same_story_count() -> None:
    texts = [("report.en", "en", "Perry Cooper said so."), ("other.uk", "uk", "Перрі Купер")]
    assert story("report.en") == story("report-EN") == "report"
    assert story("uk") == "uk"  # a bare language name is no suffix
    editions = Editions(texts)
    assert editions.backed({"en": "Perry Cooper"}, {"report.en"})  # no edition elsewhere
    editions = Editions([*texts, ("report.uk", "uk", "Він сказав це.")])
    assert not editions.backed({"en": "Perry Cooper"}, {"report.en"})
    # a quote in another language is part of its article, no edition of its own
    quoted = Editions([("report", "uk", "Він сказав це."), ("report", "uk", "Перри Купер")])
    assert quoted.backed({"ru": "Перри Купер"}, {"report"})


def test_agreeing_forms() -> None:
    assert agree({"en": "Kevin McCarthy", "uk": "Кевін Маккарті", "ru": "Кевин Маккарти"})
    assert not agree({"en": "Kevin McCarthy", "uk": "Кевін Маккарті", "ru": "Кевина Маккарти"})
    assert agree({"en": "Kim Jong-un", "uk": "Кім Чен Ин"})  # of different lengths: not compared


EN_STORY = """\
Engineers meet in Tarnovo

Perry Cooper, a spokesman of the Harbour Board, met Daria Lemberg in Tarnovo on Monday.
"Wow," Cooper said, as Frostwind Daybreak began.
"""

UK_STORY = """\
Інженери зустрілися в Тарново

Перрі Купер, речник портової ради, зустрівся з Дар'єю Лемберг у Тарново в понеділок.
«Ого», – сказав Купер, коли почалося свято.
"""


def editions() -> list[Article]:
    en = read_text(EN_STORY, "txt", "meeting.en.txt")
    return en + read_text(UK_STORY, "txt", "meeting.uk.txt")


def test_suggest_lists_what_the_editions_back_and_the_rest_on_request() -> None:
    shown = {s.text: s for s in suggest(editions())}
    every = suggest(editions(), unconfirmed=True)
    assert shown["Daria Lemberg"].forms == {"en": ["Daria Lemberg"], "uk": ["Дар'я Лемберг"]}
    assert shown["Tarnovo"].forms == {"en": ["Tarnovo"], "uk": ["Тарново"]}
    # the uk edition opens a sentence with it: no uk mention, but a run that sounds alike
    assert shown["Perry Cooper"].forms == {"en": ["Perry Cooper"]}
    assert all(s.confirmed for s in shown.values())
    unconfirmed = [s for s in every if not s.confirmed]
    assert {"Frostwind Daybreak", "Harbour Board"} <= {s.text for s in unconfirmed}
    assert not {s.text for s in unconfirmed} & set(shown)
    assert every[len(shown) :] == unconfirmed  # after the confirmed ones
    assert "unconfirmed" in to_tsv(unconfirmed) and "unconfirmed" not in to_tsv(shown.values())
    assert to_text(unconfirmed).splitlines()[0][4] == "?"
    assert to_text(list(shown.values())).splitlines()[0][4] == " "


def test_one_edition_alone_is_not_filtered() -> None:
    alone = suggest(read_text(EN_STORY, "txt", "meeting.en.txt"))
    assert "Frostwind Daybreak" in {s.text for s in alone}
    assert all(s.confirmed for s in alone)


def test_cli_lists_the_unconfirmed_only_with_all(tmp_path: Path) -> None:
    (tmp_path / "meeting.en.txt").write_text(EN_STORY, encoding="utf-8")
    (tmp_path / "meeting.uk.txt").write_text(UK_STORY, encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(main, ["glossary", "suggest", str(tmp_path)])
    every = runner.invoke(main, ["glossary", "suggest", str(tmp_path), "--all"])
    assert shown.exit_code == every.exit_code == 0, shown.output + every.output
    assert "Perry Cooper" in shown.output and "Frostwind Daybreak" not in shown.output
    assert "Frostwind Daybreak" in every.output


PARTS = [  # (name, a longer name of the same story): part of it
    ("Сікка", "Vishal Sikka"),
    ("Sam", "Sam Manson"),
    ("Сем", "Сем Менсон"),
    ("Рекарте", "Ignacio Sánchez Recarte"),
    ("Маккарті", "Kevin McCarthy"),
    ("Купер", "Perry Cooper"),
]
NO_PARTS = [
    ("Sikka", "Vishal Kumar"),  # no word sounds alike
    ("Perry Cooper", "Perry Cooper"),  # the same length
    ("Kent", "Kevin McCarthy"),
    ("Сем", "Самуель Менсон"),  # no word sounds alike
]


@pytest.mark.parametrize(("name", "longer"), PARTS)
def test_part_of_passes(name: str, longer: str) -> None:
    assert part_of(name, longer)


@pytest.mark.parametrize(("name", "longer"), NO_PARTS)
def test_part_of_fails(name: str, longer: str) -> None:
    assert not part_of(name, longer)


PEOPLE_EN = """\
A new chief at the port

Perry Cooper, a spokesman, said so on Monday. Queen Eirwen thanked Cooper and Sam.
Sam Manson spoke later.
"""

PEOPLE_UK = """\
Новий очільник порту

Речник Перрі Купер сказав це в понеділок. Королева Ейрвен подякувала Куперові і Сему.
Сем Менсон виступив пізніше.
"""


def test_a_part_of_a_persons_name_is_not_suggested_apart() -> None:
    batch = read_text(PEOPLE_EN, "txt", "port.en.txt") + read_text(PEOPLE_UK, "txt", "port.uk.txt")
    shown = {s.text for s in suggest(batch)}
    every = {s.text: s for s in suggest(batch, unconfirmed=True)}
    assert shown == {"Perry Cooper", "Sam Manson", "Eirwen"}  # "Queen" is a title
    assert every["Sam Manson"].forms == {"en": ["Sam Manson"], "uk": ["Сем Менсон"]}
    assert "Sam" in every and not every["Sam"].confirmed


def test_a_second_spelling_of_a_suggested_entity_is_not_suggested_apart() -> None:
    en = "Kayel ran. Later Kayel and Orson slept."
    uk = "Каєл біг. Пізніше Каєл і Орсон спали."
    ru = "Кэйел бежал. Потом Кейэл и Орсон спали."
    batch = [*read_text(en, "txt", "k.en.txt"), *read_text(uk, "txt", "k.uk.txt")]
    batch += read_text(ru, "txt", "k.ru.txt")
    shown = {s.text: s for s in suggest(batch)}
    every = {s.text: s for s in suggest(batch, unconfirmed=True)}
    kayel = next(s for s in shown.values() if "en" in s.forms and s.forms["en"] == ["Kayel"])
    assert kayel.forms["uk"] == ["Каєл"]
    others = [
        s for s in every.values() if s is not kayel and s.forms.get("ru") in (["Кэйел"], ["Кейэл"])
    ]
    assert others and not any(s.confirmed for s in others)
