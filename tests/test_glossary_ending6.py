"""Made-up endings: what the letters a wrong ending leaves say, and where the source puts a
place (issue 12, ending6), as tables written for these tests.

``FIXED_LINES``: a rewrite written —
- a place with a made-up ending after в/у/на, where the context's accusative comes from a
  word of direction farther back in the clause (удару по школі в, вышли на митинг в) and
  the source says "in": the locative (`enforce._where_from_afar`); a verb or a word of
  direction right before the preposition keeps the accusative (прибыла в, інвестують в);
- a made-up word that keeps one of a case's several forms whole but for its ending
  (Клименков|ам: Клименкові, not the usual Клименку) is written in that form
  (`enforce._kept_variant`); a word that keeps several alike (Києв|ам: Києві, Києву) takes
  the usual one;
- a made-up word that keeps one form whole, the preferred form of several cases
  (Садовом|ем: Садовому, dative or locative), after a noun whose genitive the context
  puts first but would not rule a valid Садовому out: that form (`enforce.choose_case`).

Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary

ROWS = """id	type	en	uk	ru	dnt
poltava	LOC	Poltava	Полтава	Полтава
kharkiv	LOC	Kharkiv	Харків	Харьков
kyiv	LOC	Kyiv	Київ	Киев
ukraine	LOC	Ukraine	Україна	Украина
klymenko	PER	Ihor Klymenko | Klymenko	Ігор Клименко | Клименко	Игорь Клименко | Клименко
sadovyi	PER	Andrii Sadovyi | Sadovyi	Андрій Садовий | Садовий	Андрей Садовой | Садовой
"""


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # new: the word of direction (удар) is the clause's, the source's "in" says where
    ("A strike on a school in Poltava killed ten people.", "uk",
     "Унаслідок удару по школі в Полтавам загинули десять людей.",
     "Унаслідок удару по школі в Полтаві загинули десять людей."),
    ("A strike on a school in Poltava killed ten people.", "ru",
     "В результате удара по школе в Полтавем погибли десять человек.",
     "В результате удара по школе в Полтаве погибли десять человек."),
    ("Thousands rallied in Kharkiv on Sunday.", "ru",
     "Тысячи людей вышли на митинг в Харьковою в воскресенье.",
     "Тысячи людей вышли на митинг в Харькове в воскресенье."),
    # (a verb right before the preposition: its accusative, as before)
    ("The delegation arrived in Kharkiv on Sunday.", "ru",
     "Делегация прибыла в Харьковою в воскресенье.",
     "Делегация прибыла в Харьков в воскресенье."),
    ("Western companies invest in Ukraine.", "uk", "Західні компанії інвестують в Україноам.",
     "Західні компанії інвестують в Україну."),
    # new: the dative the made-up word keeps whole (Клименков|ам)
    ("The president handed Klymenko a list.", "uk", "Президент передав Клименковам список.",
     "Президент передав Клименкові список."),
    # (none kept: the usual dative)
    ("The president handed Klymenko a list.", "uk", "Президент передав Клименкем список.",
     "Президент передав Клименку список."),
    # (Києв|ам keeps Києві and Києву alike: the usual locative)
    ("Talks were held in Kyiv.", "uk", "Переговори відбулися в Києвам.",
     "Переговори відбулися в Києві."),
    # new: one form kept whole after a noun (надання кому): that form, not the genitive
    ("The council voted to give Sadovyi more powers.", "uk",
     "Рада проголосувала за надання Садовомем нових повноважень.",
     "Рада проголосувала за надання Садовому нових повноважень."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)
