"""Another spelling in another script (issue 12, spell6), as tables written for these tests.

``FIXED_LINES``: a rewrite written, in the case the translation needs —
- a place whose English name ends in an -s the glossary's word drops (Brussels →
  Брюссель, Naples → Неаполь), left in Latin: no plural the source has, so no
  "words-already-there" proposal (`precision.singular_form` reads the -s as a plural's);
- a hyphenated place whose last part ends in -а, -я (Аддис-Абеба) declines that part, as a
  feminine noun does (в Аддис-Абебі, до Аддис-Абеби): no foreign name of several words
  kept whole (`_foreign_compound`);
- the source's subject after a noun whose genitive the context puts first, where a finite
  verb right after agrees with the name's nominative, a plural one with a plural-only name
  (вторгнення Chernivtsi прийняли → Чернівці);
- a place after в/у that a word of the clause pointing somewhere made the accusative's,
  where the preposition follows a noun and the source says "in" (После атаки в Poltava →
  в Полтаве);
- a Latin copy of a name of fewer words than its rendering, with a word of the sentence
  after it (У State Emergency Service повідомили): the copy alone, not the verb with it.

``KEPT_LINES``: the case the translation's words choose stands (прибыл в Poltava for
"arrived in Poltava": в Полтаву; Після торнадо Kishida заявив: the subject; обстрілу
Chernivtsi, the source's "of": the genitive).

``PROPOSED_LINES``: ru pymorphy3 does not know Абеба, so в Аддис-Абебе is proposed (before:
the nominative written, в Аддис-Абеба).

Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_not_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import REVIEW, enforce_sentence

ROWS = """id	type	en	uk	ru	dnt
brussels	LOC	Brussels	Брюссель	Брюссель
naples	LOC	Naples	Неаполь	Неаполь
addis	LOC	Addis Ababa	Аддис-Абеба	Аддис-Абеба
chernivtsi	LOC	Chernivtsi	Чернівці	Черновцы
kishida	PER	Fumio Kishida | Kishida	Фуміо Кісіда | Кісіда	Фумио Кисида | Кисида
poltava	LOC	Poltava	Полтава	Полтава
kursk	LOC	Kursk	Курськ	Курск
ses	ORG	State Emergency Service	Державна служба з надзвичайних ситуацій	Государственная служба по чрезвычайным ситуациям
barrot	PER	Jean-Noël Barrot | Barrot	Жан-Ноель Барро | Барро	Жан-Ноэль Барро | Барро
yoon	PER	Yoon Suk Yeol | Yoon	Юн Сок Йоль | Юн	Юн Сок Ёль | Юн
energoatom	ORG	Energoatom	Енергоатом	Энергоатом
dovbyk	PER	Artem Dovbyk | Dovbyk	Артем Довбик | Довбик	Артём Довбик | Довбик
polissya	ORG	Polissya Zhytomyr | Polissya	Полісся Житомир | Полісся	Полесье Житомир | Полесье
svyrydenko	PER	Yulia Svyrydenko | Svyrydenko	Юлія Свириденко | Свириденко	Юлия Свириденко | Свириденко
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # ru pymorphy3 lacks Абеба: proposed here, written since vouch17 (a noun in a
    # consonant and -а declines one way only: morph._regular_declension)
    ("Leaders gathered in Addis Ababa.", "ru", "Лидеры собрались в Addis Ababa.",
     "Лидеры собрались в Аддис-Абебе."),
    # new: a place's -s the glossary's word drops is no plural
    ("Brussels agreed to open the talks.", "uk", "Brussels погодився відкрити переговори.",
     "Брюссель погодився відкрити переговори."),
    ("Farmers drove into Brussels on tractors.", "ru", "Фермеры въехали в Brussels на тракторах.",
     "Фермеры въехали в Брюссель на тракторах."),
    ("Protests spread in Naples.", "uk", "Протести поширилися в Naples.",
     "Протести поширилися в Неаполі."),
    # new: a hyphenated place in -а declines its last part
    ("The embassy will open in Addis Ababa.", "uk", "Посольство відкриють в Addis Ababa.",
     "Посольство відкриють в Аддис-Абебі."),
    ("Wheat is delivered to Addis Ababa by rail.", "uk",
     "Пшеницю залізницею доставляють до Addis Ababa.",
     "Пшеницю залізницею доставляють до Аддис-Абеби."),
    ("Leaders gathered in Addis Ababa.", "uk", "Лідери зібралися в Аддис-Абеба.",
     "Лідери зібралися в Аддис-Абебі."),
    # new: the source's subject, a verb after that agrees with the plural-only name
    ("Since the start of the invasion, Chernivtsi has taken in 60,000 people.", "uk",
     "Від початку вторгнення Chernivtsi прийняли 60 тисяч людей.",
     "Від початку вторгнення Чернівці прийняли 60 тисяч людей."),
    ("Since the start of the invasion, Chernivtsi has taken in 60,000 people.", "ru",
     "С начала вторжения Chernivtsi приняли 60 тысяч человек.",
     "С начала вторжения Черновцы приняли 60 тысяч человек."),
    # new: "in", в after a noun: where, not whither
    ("After the attack in Poltava, mourning was declared.", "ru",
     "После атаки в Poltava объявили траур.", "После атаки в Полтаве объявили траур."),
    ("After the attack in Poltava, mourning was declared.", "uk",
     "Після атаки в Poltava оголосили жалобу.", "Після атаки в Полтаві оголосили жалобу."),
    ("A drone hit a substation in Kursk.", "ru", "Дрон попал в подстанцию в Kursk.",
     "Дрон попал в подстанцию в Курске."),
    # new: a Latin copy of three words for a rendering of five, a verb after it
    ("The State Emergency Service said eleven people were rescued.", "uk",
     "У State Emergency Service повідомили, що врятували одинадцять людей.",
     "У Державній службі з надзвичайних ситуацій повідомили, що врятували одинадцять людей."),
    ("Eleven people were rescued, the State Emergency Service said.", "uk",
     "Одинадцять людей врятували, повідомили в State Emergency Service.",
     "Одинадцять людей врятували, повідомили в Державній службі з надзвичайних ситуацій."),

    # new: the other language's first name before the surname is part of the rendering (Жан-
    # Ноэль Барро): written over, not the full name written after it a second time
    ("French Foreign Minister Jean-Noël Barrot arrived in Kyiv.", "uk",
     "Міністр закордонних справ Франції Жан-Ноэль Барро прибув до Києва.",
     "Міністр закордонних справ Франції Жан-Ноель Барро прибув до Києва."),
    # new: the other language's ending tells no uk variant: an organisation's genitive in -у
    ("The head of Energoatom resigned.", "uk", "Очільник «Энергоатома» пішов у відставку.",
     "Очільник «Енергоатому» пішов у відставку."),
    # new: nor a uk form of the ru adjective's ending (no Державная)
    ("The State Emergency Service warned of storms.", "uk",
     "Государственная служба по чрезвычайным ситуациям попередила про грози.",
     "Державна служба з надзвичайних ситуацій попередила про грози."),
    # new: the surname found, its first name before it in the other language's letters: the
    # whole name's case is that language's form's (uk Юлії: ru Юлии), not the surname's
    ("The minister reported to Yulia Svyrydenko on the plans.", "ru",
     "Министр доложил Юлії Свириденко о планах.", "Министр доложил Юлии Свириденко о планах."),
    # new: a ru sentence that writes е for ё keeps doing so (Артема, not Артёма)
    ("Artem Dovbyk was named player of the year.", "ru",
     "Артема Довбіка признали лучшим футболистом года.",
     "Артема Довбика признали лучшим футболистом года."),
]  # fmt: skip

ALSO_KEPT = [
    # a ru sentence with ё elsewhere, or a Latin rendering: the glossary's ё
    ("Artem Dovbyk was named player of the year.", "ru",
     "Artem Dovbyk признали лучшим футболистом года.",
     "Артёма Довбика признали лучшим футболистом года."),
]  # fmt: skip

KEPT_LINES = [
    # a verb of motion right before в: the accusative
    ("Zelensky arrived in Poltava on Monday.", "ru", "Зеленский прибыл в Poltava в понедельник.",
     "Зеленский прибыл в Полтаву в понедельник."),
    # the source's subject after a noun that ends a phrase: the nominative
    ("After the tornado, Kishida announced new measures.", "uk",
     "Після торнадо Kishida оголосив нові заходи.", "Після торнадо Кісіда оголосив нові заходи."),
    # the source's "of", no subject: the noun's genitive
    ("Since the start of the shelling of Chernivtsi, people have left.", "uk",
     "Від початку обстрілу Chernivtsi люди виїхали.",
     "Від початку обстрілу Чернівців люди виїхали."),
]  # fmt: skip

UNTOUCHED_LINES = [
    # the short form in quotes, the rest of the name after the closing quote: no run of the
    # full name over the quote (a first version wrote «Полісся Житомир, the quote lost)
    ("Polissya Zhytomyr beat Zorya 3-0.", "uk",
     "«Полісся» Житомир обіграло «Зорю» з рахунком 3:0."),
]  # fmt: skip

PROPOSED_LINES = [
    # new: a surname that opens the name (Юн), its other words after it in the other
    # language's letters: the whole name proposed (its genitive Йоля unvouched), not the
    # full name written over Юн before them (Юн Сок Йоль Сок Ёля)
    ("A court ordered Yoon Suk Yeol to remain in custody.", "uk",
     "Суд постановив залишити Юн Сок Ёля під вартою.", "Юн Сок Йоля"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "tgt", "target", "expected"), FIXED_LINES + ALSO_KEPT + KEPT_LINES
)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


@pytest.mark.parametrize(("source", "tgt", "target", "proposal"), PROPOSED_LINES)
def test_proposed(glossary: Glossary, source: str, tgt: str, target: str, proposal: str) -> None:
    new, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert new == target
    assert [(h.status, h.proposal) for h in hits] == [(REVIEW, proposal)]


@pytest.mark.parametrize(("source", "tgt", "target"), UNTOUCHED_LINES)
def test_untouched(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    assert_not_fixed(glossary, source, target, tgt)
