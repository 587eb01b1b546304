"""A Russian nominative where the translation's grammar needs another case, session 21
(nomru21): what passes and what fails.

Each row gives an entity (type, English forms, the Russian forms), an English source, a
translation with the rendering in the nominative, and what the enforcer must make of it.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

ORBAN = ("PER", "Viktor Orban | Orban", "Виктор Орбан | Орбан")
TSAI = ("PER", "Tsai Ing-wen | Tsai", "Цай Инвэнь | Цай")
SVYRYDENKO = ("PER", "Yulia Svyrydenko", "Юлия Свириденко")
NORWAY = ("LOC", "Norway", "Норвегия")
RUSSIA = ("LOC", "Russia", "Россия")
NIGERIA = ("LOC", "Nigeria", "Нигерия")

ROWS = [
    # (entity, source, translation, expected, status)
    # The source's owner ("Norway's", "of Nigeria") after a noun in the nominative that the
    # clause's verbs agree with and the name cannot, or that has no accusative reading to be
    # an object put first: the noun is the subject, and a place is no apposition of a kind of
    # body (банк, фонд, армия), so its genitive (before: kept, the weak genitive allowed).
    (NORWAY, "Norway's central bank raised its key rate.",
     "Центральный банк Норвегия повысил ключевую ставку.",
     "Центральный банк Норвегии повысил ключевую ставку.", "fixed"),
    (NORWAY, "Norway's oil fund sold its stakes in two companies.",
     "Нефтяной фонд Норвегия продал свои доли в двух компаниях.",
     "Нефтяной фонд Норвегии продал свои доли в двух компаниях.", "fixed"),
    (NIGERIA, "Nigeria's army withdrew from the town.", "Армия Нигерия отступила из города.",
     "Армия Нигерии отступила из города.", "fixed"),
    # (written on main too, by other rules, and still: a person of known sex after a thing or
    # a plural, a place after its government, a woman after a man's title before a
    # masculine verb)
    (ORBAN, "Orban's party lost the election.", "Партия Орбан проиграла выборы.",
     "Партия Орбана проиграла выборы.", "fixed"),
    (ORBAN, "Orban's supporters gathered in the square.", "Сторонники Орбан собрались на площади.",
     "Сторонники Орбана собрались на площади.", "fixed"),
    (NORWAY, "Norway's government approved the plan on Friday.",
     "Правительство Норвегия одобрило план в пятницу.",
     "Правительство Норвегии одобрило план в пятницу.", "fixed"),
    (SVYRYDENKO, "Yulia Svyrydenko's adviser said the talks went well.",
     "Советник Юлия Свириденко заявил, что переговоры прошли хорошо.",
     "Советник Юлии Свириденко заявил, что переговоры прошли хорошо.", "fixed"),
    # ... KEPT: a title of her sex (her apposition: the verb agrees with her), a noun that may
    # be the object put first (the verb agrees with the name: Военный бюджет Россия увеличит,
    # Государственный банк Россия создала), a person of unknown sex (a woman's surname
    # stays whole: Партия Цай, review13b).
    (SVYRYDENKO, "Minister Yulia Svyrydenko said the talks went well.",
     "Министр Юлия Свириденко заявила, что переговоры прошли хорошо.",
     "Министр Юлия Свириденко заявила, что переговоры прошли хорошо.", "ok"),
    (RUSSIA, "Russia will increase its military budget.", "Военный бюджет Россия увеличит.",
     "Военный бюджет Россия увеличит.", "ok"),
    (RUSSIA, "Russia's state bank was created by Russia in 1990.",
     "Государственный банк Россия создала в 1990 году.",
     "Государственный банк Россия создала в 1990 году.", "ok"),
    (TSAI, "Tsai's party lost the election.", "Партия Цай проиграла выборы.",
     "Партия Цай проиграла выборы.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_a_russian_nominative_the_grammar_rules_out(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "ru") == (expected, [status])
