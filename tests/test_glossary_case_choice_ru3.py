"""The case a Russian rewrite is written in (issue 12, caseru round three), as tables of
sentences written for these tests.

``FIXED``: a rendering with no case of its own (Latin letters, a made-up ending) after
adjectives that follow a common noun is that noun's genitive (популяции Западной и
Северной Европы); a person's noun in the instrumental after a verb is a post, whose place
is in the genitive (избран епископом Паленсии), not an adverb like штурмом; в after the
verb nearest it that points nowhere is "where" (покинуть Пруссию и поселился в Швейцарии),
whatever verb of motion stands earlier in the clause; people a plural title names, one of
them a name the dictionary knows in a case the title allows, agree with it (при президентах
Кеннеди и Джонсоне), not after a relation noun (сторонники Байдена и Трампа); the doer
before a predicative and an infinitive is in the dative after a relative pronoun too (по
условиям которого Швеции пришлось вернуть), not after a noun it is the genitive of; a
made-up ending after a hyphen and a name in the nominative is written undeclined, as that
name is (линии Китай-Лаос); a name after the comma that closes an opening gerund's phrase
begins the clause, its subject where the verb can agree (Продолжая борьбу с Испанией,
Великобритания решила), a list item where a list goes on.
``KEPT``: what was right stays.
Every row of ``FIXED`` came out otherwise before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import OK, enforce_sentence

ROWS = """id	type	en	ru	uk
johnson	PER	Johnson	Джонсон	Джонсон
biden	PER	Biden	Байден	Байден
sweden	LOC	Sweden	Швеция	Швеція
laos	LOC	Laos	Лаос	Лаос
britain	LOC	Great Britain	Великобритания	Велика Британія
spain	LOC	Spain	Испания	Іспанія
europe	LOC	Europe	Европа	Європа
korea	LOC	Korea	Корея	Корея
palencia	LOC	Palencia	Паленсия	Паленсія
switzerland	LOC	Switzerland	Швейцария	Швейцарія
"""


glossary = rows_fixture(ROWS)


FIXED_ROWS = [
    # (source, translation, expected)
    # adjectives after a common noun: its genitive
    ("Western and Northern Europe populations winter in West Africa.",
     "Популяции Западной и Северной Europe зимуют в Западной Африке.",
     "Популяции Западной и Северной Европы зимуют в Западной Африке."),
    # a person's noun in the instrumental after a verb: a post, the place its genitive
    ("In 1925 he was elected bishop of Palencia.",
     "В 1925 году он был избран епископом Palencia.",
     "В 1925 году он был избран епископом Паленсии."),
    # the verb nearest в points nowhere
    ("He had to leave Prussia and settled in Switzerland.",
     "Он был вынужден покинуть Пруссию и поселился в Switzerland.",
     "Он был вынужден покинуть Пруссию и поселился в Швейцарии."),
    # people a plural title names: the title's case
    ("He worked on civil rights under Presidents Kennedy and Johnson.",
     "Он работал над гражданскими правами при президентах Кеннеди и Johnson.",
     "Он работал над гражданскими правами при президентах Кеннеди и Джонсоне."),
    ("Among his students were the honoured artists of Russia Johnson and Yuri Bolshiyanov.",
     "Среди его учеников заслуженные артисты России Johnson и Юрий Большиянов.",
     "Среди его учеников заслуженные артисты России Джонсон и Юрий Большиянов."),
    # the dative doer of a clause with no subject, after a relative pronoun
    ("A peace was signed under which Sweden had to return Bornholm to Denmark.",
     "Был подписан мир, по условиям которого Sweden пришлось вернуть Дании Борнхольм.",
     "Был подписан мир, по условиям которого Швеции пришлось вернуть Дании Борнхольм."),
    # the second part of a pair whose first part does not decline
    ("Trains running on the China-Laos Railway have been equipped.",
     "Поезда, курсирующие по железнодорожной линии Китай-Лаосов, уже оснащены.",
     "Поезда, курсирующие по железнодорожной линии Китай-Лаос, уже оснащены."),
    # the subject after an opening gerund's phrase (the source gives no subject's role)
    ("Great Britain's old struggle with Spain went on.",
     "Продолжая старую борьбу с некогда могучей Испанией, Great Britain в первой трети XIX "
     "века решила использовать исследования.",
     "Продолжая старую борьбу с некогда могучей Испанией, Великобритания в первой трети XIX "
     "века решила использовать исследования."),
]  # fmt: skip

KEPT_ROWS = [
    # (source, translation): right as it stands
    ("He sent aid to North Korea.", "Он передал помощь Северной Корее."),
    ("He was sent to Switzerland.", "Его отправили в Швейцарию."),
    ("The government of Sweden had to return Bornholm.",
     "Правительству Швеции пришлось вернуть Борнхольм."),
    ("Supporters of Biden and Trump came to the rally.",
     "На митинг пришли сторонники Байдена и Трампа."),
    ("Continuing the struggle with Spain, Great Britain and France, Portugal decided.",
     "Продолжая борьбу с Испанией, Великобританией и Францией, Португалия решила."),
    ("Populations of Northern Europe winter in Africa.",
     "Популяции Северной Европы зимуют в Африке."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "expected"), FIXED_ROWS)
def test_fixed(glossary: Glossary, source: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target"), KEPT_ROWS)
def test_kept(glossary: Glossary, source: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", "ru", glossary)
    assert new == target
    assert all(h.status == OK for h in hits)
