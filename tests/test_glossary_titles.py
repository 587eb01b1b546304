"""False case edits on correct text (issue 12, class 7): a valid form whose case the
translation's own grammar allows is kept, as tables of sentences written for these tests.

``KEPT``: a person's name after a chain of nouns in the genitive may agree with the chain's
head as well as with its last person noun (Пресс-секретарь президента РФ Игорь Соколов
прокомментировал: the spokesman is Sokolov, not the president); the chain may join two
genitives by a coordinator (министр культуры и спорта страны Игорь Соколов); a verb of
being called takes the name in the nominative (мене звати Ольга); a passive participle's
agent stands in the instrumental between it and its noun (Организованный Лондоном саммит);
a word with the typographic apostrophe is read as the dictionary spells it (прем’єр).
Every row was rewritten or proposed before this work.  ``RULED_OUT``: where neither the
chain's head nor its last title allows the form, it is not kept.
"""

from __future__ import annotations

import pytest
from glossary_helpers import rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import FIXED, OK, REVIEW, enforce_sentence

ROWS = """id	type	en	ru	uk
sokolov	PER	Igor Sokolov	Игорь Соколов	Ігор Соколов
olha	PER	Olha	Ольга	Ольга
london	LOC	London	Лондон	Лондон
"""


glossary = rows_fixture(ROWS)


KEPT = [
    # (source, target language, translation): every form right as it stands
    # the name agrees with the chain's head (the spokesman), not with the president
    ("The decision was commented on by Igor Sokolov, the president's spokesman.", "ru",
     "Пресс-секретарь президента РФ Игорь Соколов прокомментировал решение."),
    ("We met the president's spokesman Igor Sokolov.", "ru",
     "Мы встретились с пресс-секретарем президента Игорем Соколовым."),
    ("We met the president's spokesman Igor Sokolov.", "uk",
     "Ми зустрілися з речником президента Ігорем Соколовим."),
    # a coordinator inside the chain
    ("The country's minister of culture and sport Igor Sokolov told TASS.", "ru",
     "Об этом рассказал ТАСС министр культуры и спорта страны Игорь Соколов."),
    # a title spelt with the typographic apostrophe is the dictionary's word (прем'єр)
    ("The information was denied by Prime Minister Igor Sokolov.", "uk",
     "Цю інформацію вже спростував прем’єр Ігор Соколов."),
    ("The information was denied by Prime Minister Igor Sokolov.", "uk",
     "Цю інформацію вже спростував прем‘єр Ігор Соколов."),  # ‘ (U+2018) for the apostrophe
    # a verb of being called
    ("My name is Olha.", "uk", "Мене звати Ольга."),
    ("Her name is Olha.", "ru", "Её зовут Ольга."),
    # a passive participle's agent in the instrumental
    ("The summit organised by London took place in May.", "ru",
     "Организованный Лондоном саммит прошел в мае."),
    ("The summit organised by London took place in May.", "uk",
     "Організований Лондоном саміт пройшов у травні."),
]  # fmt: skip

RULED_OUT = [
    # (source, target language, translation): a nominative neither the chain's head (in
    # the instrumental) nor the title (in the genitive) allows
    ("We talked to the president's spokesman Igor Sokolov.", "ru",
     "Мы поговорили с пресс-секретарем президента Игорь Соколов."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target"), KEPT)
def test_kept(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    out, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert out == target
    assert hits and all(hit.status == OK for hit in hits), hits


@pytest.mark.parametrize(("source", "tgt", "target"), RULED_OUT)
def test_ruled_out(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    _, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert [hit.status for hit in hits] in ([FIXED], [REVIEW]), hits
