"""Misspelt renderings found and written whole (issue 12, spell24), as tables written for
these tests (entities and sentences made up for them).

``FIXED_LINES``: a rewrite written —
- a dateline's name in capitals whose ending or one letter a slip wrote small (ГАВРАНам,
  МАРЕНФЕЛьЬД) is written in capitals (`enforce._caps_but_a_slip`), not as Гавран;
- a quoted name found by sound (a word before its quotes misspelt) takes the closing quote
  the form writes into its run: it is not written twice (`enforce._with_own_quotes`);
- a capitalized preposition the name-finder took into a person's name (Without Okonkwo, …)
  is no other first name: the surname alone is the entity (`source.another_bearer`);
- a Russian name whose first word is a plural adjective in -ские is no name an adjective is
  made from: its own plural forms (Приморскими …) start a run of it (`enforce._adjective_of`);
- a place's adjective after a preposition that governs none of its cases, before no word it
  may agree with (поблизу Курською, повідомило; из Курскою.), is the place with a made-up
  ending (`enforce._stray_adjective`).

``KEPT_LINES``: correct text around the same constructions, left alone.
Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_no_edit, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import _caps_but_a_slip

ROWS = (
    "id\ttype\ten\tuk\tru\tnote\tdnt\n"
    "gavran\tLOC\tGavran\tГавран\tГавран\t\n"
    "marenfeld\tLOC\tMarenfeld\tМаренфельд\tМаренфельд\t\n"
    "dubrava\tORG\tDubrava Rowing Club\tвеслувальний клуб «Діброва»\tгребной клуб «Дуброва»\t\n"
    "kursk\tLOC\tKursk\tКурськ\tКурск\t\n"
    "okonkwo\tPER\tTaiwo Okonkwo | Okonkwo\tТайво Оконкво | Оконкво\tТайво Оконкво | Оконкво\tman\n"
    "nrt\tORG\tPrimorsky River Terminals\tПриморські річкові термінали\t"
    "Приморские речные терминалы\t\n"
    "nrp\tORG\tNorthern Rail Ports\tПівнічні залізничні порти\t"
    "Североморские железнодорожные порты\t\n"
)


glossary = rows_fixture(ROWS)
_OKONKWO = (
    "Taiwo Okonkwo missed the match with a knee injury. Without Okonkwo, the Eagles lost by two"
    " goals."
)


FIXED_LINES = [
    # new: a dateline in capitals, a slip's small letters at its end or inside it
    ("GAVRAN, Norway, May 2 — The port reopened.", "uk",
     "ГАВРАНам (Норвегія), 2 травня — Порт знову відкрили.",
     "ГАВРАН (Норвегія), 2 травня — Порт знову відкрили."),
    ("MARENFELD, Germany, Dec 2 — The court ruled.", "ru",
     "МАРЕНФЕЛьЬД (Германия), 2 декабря — Суд постановил.",
     "МАРЕНФЕЛЬД (Германия), 2 декабря — Суд постановил."),
    # new: the quoted name's own closing quote, not written twice
    ("Petrenko began his career at the Dubrava Rowing Club.", "uk",
     "Петренко розпочав кар'єру у веслувальнаму клубі «Діброва».",
     "Петренко розпочав кар'єру у веслувальному клубі «Діброва»."),
    ("Petrenko began his career at the Dubrava Rowing Club.", "ru",
     "Петренко начал карьеру в гребном клубе «Дубрава».",
     "Петренко начал карьеру в гребном клубе «Дуброва»."),
    # new: a capitalized preposition in the name-finder's person is no first name
    (_OKONKWO, "uk",
     "Тайво Оконкво пропустив матч через травму. Без Оконквою «Орли» програли два голи.",
     "Тайво Оконкво пропустив матч через травму. Без Оконкво «Орли» програли два голи."),
    (_OKONKWO, "ru",
     "Тайво Оконкво пропустил матч из-за травмы. Без Оконквом «Орлы» проиграли два гола.",
     "Тайво Оконкво пропустил матч из-за травмы. Без Оконкво «Орлы» проиграли два гола."),
    # new: a plural adjective in -ские first, its case ending misspelt at the end
    ("The company signed a contract with Primorsky River Terminals.", "ru",
     "Компания подписала контракт с «Приморскими речными терминаламою».",
     "Компания подписала контракт с «Приморскими речными терминалами»."),
    ("The company signed a contract with Northern Rail Ports.", "ru",
     "Компания подписала контракт с Североморскими железнодорожными портамою.",
     "Компания подписала контракт с Североморскими железнодорожными портами."),
    # new: a place's adjective after a preposition that governs none of its cases, before no
    # word it may agree with: the place, a made-up ending
    ("Drones hit a depot near Kursk, a source said.", "uk",
     "Дрони уразили склад поблизу Курською, повідомило джерело.",
     "Дрони уразили склад поблизу Курська, повідомило джерело."),
    ("A satellite was launched from Kursk.", "ru",
     "Спутник запустили из Курскою.", "Спутник запустили из Курска."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


KEPT_LINES = [
    ("GAVRAN, Norway, May 2 — The port reopened.", "uk",
     "ГАВРАН (Норвегія), 2 травня — Порт знову відкрили."),
    ("Petrenko began his career at the Dubrava Rowing Club.", "uk",
     "Петренко розпочав кар'єру у веслувальному клубі «Діброва»."),
    (_OKONKWO, "uk",
     "Тайво Оконкво пропустив матч через травму. Без Оконкво «Орли» програли два голи."),
    ("The company signed a contract with Northern Rail Ports.", "ru",
     "Компания подписала контракт с Североморскими железнодорожными портами."),
    # the adjective after a preposition that governs its case, or before its noun
    ("Drones hit a depot near the border with Kursk.", "uk",
     "Дрони уразили склад на кордоні з Курською областю."),
    ("Two people died in Kursk and three in the Kursk region.", "uk",
     "У Курську загинули двоє людей, у Курській — троє."),
    ("Drones hit a depot near Kursk.", "uk",
     "Дрони уразили склад поблизу Курської області."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target"), KEPT_LINES)
def test_kept(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    assert_no_edit(glossary, source, target, tgt)


@pytest.mark.parametrize(
    ("rendering", "caps"),
    [
        ("ХАЙФам", True),  # new
        ("СКАДОВСЬКою", True),  # new
        ("МАРЕНФЕЛьЬД", True),  # new
        ("ПОРТ-ЕЛМСВОРТом", True),  # new
        ("ХАЙФА", True),
        ("Хайфа", False),
        ("МакКейн", False),
        ("ДніпроГЕС", False),
        ("ЗСУшники", False),
    ],
)
def test_caps_but_a_slip(rendering: str, caps: bool) -> None:
    assert _caps_but_a_slip(rendering) is caps
