"""A name after a preposition of several cases, and a Latin name rewritten in Cyrillic,
session 21 (prep21): what passes and what fails.

Each row gives the language, the glossary's entities (type, English forms, the language's
forms, a note if any; the first is the one whose rendering is checked), an English source,
a translation, what the enforcer must make of it and the status of the first entity's
rendering.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import first_entity_statuses

POINTS = ("TERM", "Invincibility Points", "Пункти незламності", "plural")
ZINCHUK = ("PER", "Mykyta Zinchuk | Zinchuk", "Микита Зінчук | Зінчук")
VUZLOVYI = ("LOC", "Kupiansk-Vuzlovyi", "Купʼянськ-Вузловий")
VUZLOVYI_RU = ("LOC", "Kupiansk-Vuzlovyi", "Купянск-Узловой")
PIVDENNE = ("LOC", "Pivdenne", "Південне")
TVER = ("LOC", "Tver", "Твер")
LUHY = ("LOC", "Verkhni Luhy", "Верхні Луги", "village; plural")

ROWS = [
    # (language, entities, source, translation, expected, status of the first's rendering)
    # uk з after a numeral or a word of a part is "of" (the genitive), not "with"; before:
    # the instrumental written (Пунктами).
    ("uk", [POINTS], "Residents can warm up at one of the Invincibility Points.",
     "Мешканці можуть зігрітися в одному з Пункти незламності.",
     "Мешканці можуть зігрітися в одному з Пунктів незламності.", "fixed"),
    ("uk", [POINTS], "Residents can warm up at one of the Invincibility Points.",
     "Мешканці можуть зігрітися в одному з Invincibility Points.",
     "Мешканці можуть зігрітися в одному з Пунктів незламності.", "fixed"),
    # ... KEPT: "one on one with", the instrumental.
    ("uk", [ZINCHUK], "The president met Zinchuk one on one.",
     "Президент зустрівся один на один із Зінчуком.",
     "Президент зустрівся один на один із Зінчуком.", "ok"),
    # на after an offensive or a renaming aims (the accusative), where a Latin name gives no
    # ending; before: the locative (наступом на Купʼянську-Вузловому).
    ("uk", [VUZLOVYI], "Ladygin previously led the offensive on Kupiansk-Vuzlovyi.",
     "Раніше Ладигін керував наступом на Kupiansk-Vuzlovyi.",
     "Раніше Ладигін керував наступом на Купʼянськ-Вузловий.", "fixed"),
    ("ru", [VUZLOVYI_RU], "Ladygin previously led the offensive on Kupiansk-Vuzlovyi.",
     "Ранее Ладыгин руководил наступлением на Kupiansk-Vuzlovyi.",
     "Ранее Ладыгин руководил наступлением на Купянск-Узловой.", "fixed"),
    ("uk", [PIVDENNE], "The city of Yuzhne was renamed Pivdenne in 2024.",
     "Місто Южне перейменували на Pivdenne у 2024 році.",
     "Місто Южне перейменували на Південне у 2024 році.", "fixed"),
    # ... KEPT: в after an offensive says where.
    ("uk", [VUZLOVYI], "The offensive in Kupiansk-Vuzlovyi stalled.",
     "Наступ у Купʼянську-Вузловому захлинувся.", "Наступ у Купʼянську-Вузловому захлинувся.",
     "ok"),
    # A verb of motion whose goal is a phrase of до: в/у after that phrase's noun says where
    # (before: the accusative preferred, the nominative kept); a noun before в/у, a verb of
    # giving after it (as ru Суд в Гааге выдал ордер).
    ("uk", [TVER], "She has been moved to a penal colony in Tver.",
     "Її перевели до виправної колонії у Твер.", "Її перевели до виправної колонії у Твері.",
     "fixed"),
    ("uk", [TVER], "A court in Tver has refused to grant her parole.",
     "Суд у Твер відмовив їй в умовно-достроковому звільненні.",
     "Суд у Твері відмовив їй в умовно-достроковому звільненні.", "fixed"),
    # ... KEPT: the source's "to", a destination; до as "before", its noun's own target.
    ("uk", [TVER], "The wounded were taken to Tver.", "Поранених доставили до лікарні у Твер.",
     "Поранених доставили до лікарні у Твер.", "ok"),
    ("uk", [TVER], "Before the invasion of Tver, the city was calm.",
     "До вторгнення в Твер місто було спокійним.", "До вторгнення в Твер місто було спокійним.",
     "ok"),
    # uk з after a noun of a person that opens the sentence (a capital; the source's "in" no
    # help): where the person is from, the genitive, as after a lower-case one (before: the
    # instrumental, Верхніми Лугами).
    ("uk", [LUHY], "Farmers in Verkhni Luhy say the hail was the worst in memory.",
     "Фермери з Верхні Луги кажуть, що такого граду не памʼятають.",
     "Фермери з Верхніх Лугів кажуть, що такого граду не памʼятають.", "fixed"),
    ("uk", [LUHY], "Farmers in Verkhni Luhy say the hail was the worst in memory.",
     "Фермери з Verkhni Luhy кажуть, що такого граду не памʼятають.",
     "Фермери з Верхніх Лугів кажуть, що такого граду не памʼятають.", "fixed"),
    # ... KEPT: a word of doing together before it, "with".
    ("uk", [LUHY], "Farmers signed a deal with Verkhni Luhy.",
     "Угоду з Верхніми Лугами підписали фермери.",
     "Угоду з Верхніми Лугами підписали фермери.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "entities", "source", "target", "expected", "status"), ROWS)
def test_a_name_after_a_preposition_of_several_cases(
    lang: str,
    entities: list[tuple[str, ...]],
    source: str,
    target: str,
    expected: str,
    status: str,
) -> None:
    assert first_entity_statuses(lang, entities, source, target) == (expected, [status])
