"""The case a Russian rewrite is written in (issue 12, caseru round two), as tables of
sentences written for these tests.

``FIXED``: a rendering with no case of its own (Latin letters) gets the case of a
preposition that governs the adjectives before it past an adverb (с некогда могучей
Сербией); after a title, the title's cases that a preposition before it allows (о знаменитом
коллеге Игоре Соколове: the locative, not the dative); the parse's indirect object of a verb
is the dative (поставляет Сербии оружие); a place after a word naming its kind
(муниципалитет, гора, монастырь …) stays in the nominative, likeliest (горы Сакар); the
source's subject that the parse makes the apposition of a title it hangs on a short
adjective is nominative (загрязнитель планеты Игорь Соколов ответственен), and so is the
full name for its surname there (аналитик «ВТБ Капитала» по автопрому Игорь Соколов).
``KEPT``: what was right stays.  Every row of ``FIXED`` came out otherwise before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import OK, enforce_sentence

ROWS = """id	type	en	ru	uk
sokolov	PER	Igor Sokolov | Sokolov	Игорь Соколов | Соколов	Ігор Соколов | Соколов
serbia	LOC	Serbia	Сербия	Сербія
sakar	LOC	Sakar	Сакар	Сакар
"""


glossary = rows_fixture(ROWS)


FIXED_ROWS = [
    # (source, translation, expected)
    # a preposition past an adverb and an adjective
    ("They went on fighting the once mighty Serbia.",
     "Они продолжали старую борьбу с некогда могучей Serbia.",
     "Они продолжали старую борьбу с некогда могучей Сербией."),
    # a title's case that its preposition allows
    ("He spoke of his colleague Igor Sokolov.", "Он говорил о своем коллеге Igor Sokolov.",
     "Он говорил о своем коллеге Игоре Соколове."),
    # the parse's indirect object
    ("Since 2004 Russia has been supplying Serbia with weapons.",
     "С 2004 года Россия поставляет Serbia оружие по низким ценам.",
     "С 2004 года Россия поставляет Сербии оружие по низким ценам."),
    # the source's subject, which the parse hangs on a short adjective as a title's
    # apposition (the model labels that title obl)
    ("So the planet's biggest polluter, Igor Sokolov, is responsible for 30 tonnes of gas.",
     "Значит, самый большой загрязнитель планеты Igor Sokolov ответственен за 30 тонн газов.",
     "Значит, самый большой загрязнитель планеты Игорь Соколов ответственен за 30 тонн газов."),
    # the surname for the full name the source gives, the apposition of the subject
    ("The market will grow, says Igor Sokolov, car industry analyst at VTB Capital.",
     "Рынок вырастет, говорит аналитик «ВТБ Капитала» по автопрому Соколов.",
     "Рынок вырастет, говорит аналитик «ВТБ Капитала» по автопрому Игорь Соколов."),
    # a place after a word naming its kind
    ("The region takes in parts of Mount Sakar.",
     "Регион включает в себя части горы Sakar.",
     "Регион включает в себя части горы Сакар."),
]  # fmt: skip

KEPT_ROWS = [
    # (source, translation): right as it stands
    ("He spoke of his colleague Igor Sokolov.", "Он говорил о своем коллеге Игоре Соколове."),
    ("The region takes in parts of Mount Sakar.", "Регион включает в себя части горы Сакар."),
    ("Russia supplies Serbia with weapons.", "Россия поставляет Сербии оружие."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "expected"), FIXED_ROWS)
def test_fixed(glossary: Glossary, source: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target"), KEPT_ROWS)
def test_kept(glossary: Glossary, source: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", "ru", glossary)
    assert new == target
    assert [h.status for h in hits] == [OK], hits
