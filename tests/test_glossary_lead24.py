"""The lead's fixes of session 24 (issue 12): what passes and what fails.

Each row gives the language, the glossary's entities (type, English forms, the language's
forms, a note if any; the first is the one whose rendering is checked), an English source,
a translation, what the enforcer must make of it and the status of the first entity's
rendering.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import entities_glossary, first_entity_statuses

from pipeline.glossary.enforce import document_apostrophe, enforce_sentence

ROUBAIX_UK = ("EVENT", "Paris-Roubaix", "Париж — Рубе", "")
ROUBAIX_RU = ("EVENT", "Paris-Roubaix", "Париж — Рубе", "")
WON = "Pogacar won Paris-Roubaix on Sunday."

SANDU_UK = ("PER", "Maia Sandu | Sandu", "Мая Санду | Санду", "")
LUKASHENKO_RU = ("PER", "Alexander Lukashenko | Lukashenko", "Александр Лукашенко | Лукашенко", "")
CARLSEN_UK = ("PER", "Magnus Carlsen | Carlsen", "Магнус Карлсен | Карлсен", "man")
CARLSEN_RU = ("PER", "Magnus Carlsen | Carlsen", "Магнус Карлсен | Карлсен", "man")
FRANCE_UK = ("LOC", "France", "Франція", "")

GUKESH_UK = ("PER", "Gukesh Dommaraju | Gukesh", "Гукеш Доммараджу | Гукеш",
             "man; surname indeclinable")
GUKESH_RU = ("PER", "Gukesh Dommaraju | Gukesh", "Гукеш Доммараджу | Гукеш",
             "man; surname indeclinable")
PLANT_UK = ("ORG", "Severoozyorsk Chemical Plant", "Североозерський хімічний завод", "")
CYCLADES_UK = ("LOC", "Cyclades", "Кіклади", "")
BRZEZINY_UK = ("LOC", "Brzeziny Górne", "Бжезіни-Гурне", "")
SPIT_UK = ("LOC", "Chaika Spit", "коса Чайка", "")
TETKINO_UK = ("LOC", "Tetkino", "Тьоткіно", "")
KREMEN_RU = ("ORG", "Kremen", "Кремень", "")

ROWS = [
    # The note's "surname" is the full form's last word, not a short form that is the
    # first name (Гукеш of Гукеш Доммараджу): it declines as a man's (was: Гукеша → Гукеш,
    # Гукешем → Гукеш, a wrong case written).
    ("uk", [GUKESH_UK], "Analysts credit Gukesh's preparation team.",
     "Аналітики пояснюють це роботою команди Гукеша.",
     "Аналітики пояснюють це роботою команди Гукеша.", ["ok"]),
    ("uk", [GUKESH_UK], "Analysts credit Gukesh's preparation team.",
     "Аналітики пояснюють це роботою команди Гукеш.",
     "Аналітики пояснюють це роботою команди Гукеша.", ["fixed"]),
    ("ru", [GUKESH_RU], "The match between Carlsen and Gukesh drew a record audience.",
     "Матч между Карлсеном и Гукешем собрал рекордную аудиторию.",
     "Матч между Карлсеном и Гукешем собрал рекордную аудиторию.", ["ok"]),
    # An adjective in -ський the dictionary reads as a surname, before завод, a noun its
    # uk dictionary gives no case: an adjective, the whole name declines (was: на
    # Североозерському хімічний завод, a wrong form written).
    ("uk", [PLANT_UK], "A leak at the Severoozyorsk Chemical Plant forced residents indoors.",
     "Через витік на Североозерському хімічному заводі мешканці сиділи вдома.",
     "Через витік на Североозерському хімічному заводі мешканці сиділи вдома.", ["ok"]),
    ("uk", [PLANT_UK], "Pyzhov was dismissed as director of the Severoozyorsk Chemical Plant.",
     "Пижова звільнили з посади директора Североозерський хімічний завод.",
     "Пижова звільнили з посади директора Североозерський хімічний завод.", ["needs-review"]),
    # A plural place the table keeps whole, in its zero genitive: proposed, not written
    # back to the nominative (was: біля Кіклади, a wrong case).
    ("uk", [CYCLADES_UK], "Sea temperatures around the Cyclades exceeded 29C.",
     "Температура моря біля Кіклад перевищила 29 градусів.",
     "Температура моря біля Кіклад перевищила 29 градусів.", ["needs-review"]),
    # ... and a place of several words whose one plural word is so declined (у Бжезінах-Гурне;
    # was Бжезіни-Гурне, a wrong case).
    ("uk", [BRZEZINY_UK], "Kremen lost in Brzeziny Górne.", "«Кремінь» програв у Бжезінах-Гурне.",
     "«Кремінь» програв у Бжезінах-Гурне.", ["needs-review"]),
    # A kind in small letters before the name is a noun, коса, not the adjective косий
    # (was: на косій Чайці, a wrong form).
    ("uk", [SPIT_UK], "Rangers counted pelicans on Chaika Spit in May.",
     "У травні єгері нарахували на косі Чайка 12 тисяч пеліканів.",
     "У травні єгері нарахували на косі Чайка 12 тисяч пеліканів.", ["ok"]),
    # A place in -іно declined as an adjective (поблизу Тьоткіного) stands; a slip is still
    # mended (was: Тьоткіного → Тьоткіна).
    ("uk", [TETKINO_UK], "He was captured near Tetkino in 2024.",
     "Його взяли в полон поблизу Тьоткіного 2024 року.",
     "Його взяли в полон поблизу Тьоткіного 2024 року.", ["ok"]),
    ("uk", [TETKINO_UK], "He was captured near Tetkino in 2024.",
     "Його взяли в полон поблизу Тьоткіне 2024 року.",
     "Його взяли в полон поблизу Тьоткіна 2024 року.", ["fixed"]),
    # A body named by a noun with a fleeting vowel, declined keeping it (was: «Кременя» →
    # «Кремня», and → «Кремень» after команды, a wrong case).
    ("ru", [KREMEN_RU], "Decathlon will sponsor the women's team of Kremen.",
     "Decathlon станет спонсором женской команды «Кременя».",
     "Decathlon станет спонсором женской команды «Кременя».", ["ok"]),
    ("ru", [KREMEN_RU], "The captain of Kremen scored nine goals.",
     "Капитан «Кремень» забросил девять мячей.",
     "Капитан «Кремня» забросил девять мячей.", ["fixed"]),
    # A passive's subject put first as the object, a subject after the verb the dictionary
    # does not know (review24x): no subject past its apposition, the full name put back
    # not in the nominative (was: Мая Санду, Александр Лукашенко written).
    ("uk", [SANDU_UK], "Maia Sandu, who won the election, was congratulated by Meloni.",
     "Санду, яка перемогла на виборах, привітала Мелоні.",
     "Санду, яка перемогла на виборах, привітала Мелоні.", ["needs-review"]),
    ("ru", [LUKASHENKO_RU], "Alexander Lukashenko, who arrived on Monday, was received by Xi.",
     "Лукашенко, который прибыл в понедельник, принял Си.",
     "Лукашенко, который прибыл в понедельник, принял Си.", ["needs-review"]),
    # вибачитися за takes the accusative, not перед after it; nor does the source's "to"
    # say whither after перед (review24y: was Карлсена, a wrong case).  Proposed.
    ("uk", [CARLSEN_UK], "Niemann apologised to Carlsen.", "Німанн вибачився перед Карлсен.",
     "Німанн вибачився перед Карлсен.", ["needs-review"]),
    ("ru", [CARLSEN_RU], "Niemann apologised to Carlsen.", "Ниманн извинился перед Карлсен.",
     "Ниманн извинился перед Карлсеном.", ["fixed"]),
    # The tables still give their own preposition the accusative.
    ("uk", [CARLSEN_UK], "Niemann thanked Carlsen.", "Німанн подякував за Карлсен.",
     "Німанн подякував за Карлсена.", ["fixed"]),
    ("uk", [FRANCE_UK], "They rely on France.", "Вони розраховують на Франція.",
     "Вони розраховують на Францію.", ["fixed"]),
    # A form whose tokens hold a dash between its words (Париж — Рубе) is matched without
    # error; before, the test for a name's adjective compared it word for word and raised.
    ("uk", [ROUBAIX_UK], WON, "Погачар виграв «Париж — Рубе» у неділю.",
     "Погачар виграв «Париж — Рубе» у неділю.", ["ok"]),
    ("uk", [ROUBAIX_UK], WON, "Погачар виграв «Париж — Рубей» у неділю.",
     "Погачар виграв «Париж — Рубе» у неділю.", ["fixed"]),
    ("ru", [ROUBAIX_RU], WON, "Погачар выиграл «Париж — Рубэ» в воскресенье.",
     "Погачар выиграл «Париж — Рубе» в воскресенье.", ["fixed"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "entities", "source", "target", "expected", "statuses"), ROWS)
def test_lead24(
    lang: str,
    entities: list[tuple[str, ...]],
    source: str,
    target: str,
    expected: str,
    statuses: list[str],
) -> None:
    assert first_entity_statuses(lang, entities, source, target) == (expected, statuses)


KIPYEHON_UK = ("PER", "Oleh Kipiehon | Kipiehon", "Олег Кіпʼєгон | Кіпʼєгон", "man")
PRAISED = "The coach praised Kipiehon."

APOSTROPHE_ROWS = [
    # A sentence with no apostrophe of its own takes the document's (Кіпʼєгон → Кіп'єгон
    # in a story that writes '), in what is written and what is proposed.
    ("Тренер похвалив Кіпєгона.", "'", "Тренер похвалив Кіп'єгона."),
    ("Тренер похвалив Кіпєгона.", "’", "Тренер похвалив Кіп’єгона."),
    # No document style known: the glossary's own.
    ("Тренер похвалив Кіпєгона.", None, "Тренер похвалив Кіпʼєгона."),
    # The sentence's own apostrophe wins over the document's.
    ("Тренер похвалив Кіпєгона за м’яч.", "'", "Тренер похвалив Кіп’єгона за м’яч."),
]


@pytest.mark.parametrize(("target", "mark", "expected"), APOSTROPHE_ROWS)
def test_document_apostrophe_written(target: str, mark: str | None, expected: str) -> None:
    glossary = entities_glossary("uk", [KIPYEHON_UK])
    new, hits = enforce_sentence(PRAISED, target, "en", "uk", glossary, apostrophe=mark)
    assert new == expected
    assert [h.target_text for h in hits] == [expected.split()[2].rstrip(".")]


@pytest.mark.parametrize(
    ("texts", "mark"),
    [
        (["Кіп'єгон і м'яч.", "Об’єкт."], "'"),
        (["Об’єкт і пʼять.", "Зв’язок."], "’"),
        (["Без апострофа.", "I'm"], "'"),
        (["Без апострофа.", "'цитата'"], None),
    ],
)
def test_document_apostrophe(texts: list[str], mark: str | None) -> None:
    assert document_apostrophe(texts) == mark
