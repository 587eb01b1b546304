"""A Russian nominative where the translation's grammar needs another case, session 19
(nomru19): what passes and what fails.

Each row gives an entity (type, English forms, the Russian forms), an English source, a
translation with the rendering in the nominative (also its accusative), and what the
enforcer must make of it.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

LUTSK = ("LOC", "Lutsk", "Луцк")
IZMAIL = ("LOC", "Izmail", "Измаил")
MOH = ("ORG", "Ministry of Health", "Минздрав")
PODIL = ("LOC", "Podil", "Подол")
NAFTOGAZ = ("ORG", "Naftogaz", "Нафтогаз")

ROWS = [
    # (entity, source, translation, expected, status)
    # A word whose target is on на or по alone (удар по, атака на) does not point at в's
    # object: в after it says where (before: the accusative, its nominative, was kept as
    # the target of удара, атаки).
    (LUTSK, "The station in Lutsk was damaged in the strike.",
     "В результате удара поврежден вокзал в Луцк.",
     "В результате удара поврежден вокзал в Луцке.", "fixed"),
    (IZMAIL, "The port in Izmail was closed after the attack on ships.",
     "После атаки на суда порт в Измаил закрыли.",
     "После атаки на суда порт в Измаиле закрыли.", "fixed"),
    # ... KEPT: a word of direction that points with в (поездка в).
    (LUTSK, "He spoke about the trip to Lutsk.", "Он рассказал о поездке в Луцк.",
     "Он рассказал о поездке в Луцк.", "ok"),
    # A verb of showing gives to a person, never to a place: в after it, across its
    # object, says where the thing is shown (before: kept, a verb of giving pointing there).
    (LUTSK, "The paintings were shown in Lutsk for the first time.",
     "Картины впервые показали в Луцк.", "Картины впервые показали в Луцке.", "fixed"),
    # A body after в with no word pointing anywhere, the source's subject: where it is, as
    # a place (before: a body's valid accusative after в was never rewritten).
    (MOH, "The Ministry of Health said the hospital would reopen.",
     "В Минздрав заявили, что больница снова откроется.",
     "В Минздраве заявили, что больница снова откроется.", "fixed"),
    # ... past the opening quote of a quoted name (before: the quote was taken for a word
    # before the preposition, and the accusative kept).
    (NAFTOGAZ, "Naftogaz said supplies would continue.",
     "В «Нафтогаз» заявили, что поставки продолжатся.",
     "В «Нафтогазе» заявили, что поставки продолжатся.", "fixed"),
    # ... and after a verb of telling right before в, whose teller the source makes the body.
    (MOH, "The hospital will reopen, the Ministry of Health said.",
     "Больница снова откроется, сообщили в Минздрав.",
     "Больница снова откроется, сообщили в Минздраве.", "fixed"),
    # ... KEPT: the source's "to" (reported to, appointed to) names whither.
    (MOH, "The incident was reported to the Ministry of Health.",
     "Об инциденте сообщили в Минздрав.", "Об инциденте сообщили в Минздрав.", "ok"),
    (MOH, "He was appointed to the Ministry of Health.", "Его назначили в Минздрав.",
     "Его назначили в Минздрав.", "ok"),
    # A verb of hitting has one target, a thing (попала в дом): a place in a second в/на
    # right after that thing says where it is (before: the verb's accusative was kept).
    (LUTSK, "A drone hit a warehouse in Lutsk.", "Дрон попал в склад в Луцк.",
     "Дрон попал в склад в Луцке.", "fixed"),
    (PODIL, "A missile hit a business centre in Podil.", "Ракета попала в бизнес-центр на Подол.",
     "Ракета попала в бизнес-центр на Подоле.", "fixed"),
    # ... KEPT: a verb of taking somewhere may go on to the town (доставили в больницу в
    # Луцк), and a hit with no thing between (попал в Луцк).
    (LUTSK, "The wounded were taken to a hospital in Lutsk.",
     "Раненых доставили в больницу в Луцк.", "Раненых доставили в больницу в Луцк.", "ok"),
    (LUTSK, "A drone hit Lutsk.", "Дрон попал в Луцк.", "Дрон попал в Луцк.", "ok"),
    # KEPT (reviewer M): a body the source makes the subject, after в and before a verb
    # other than one of saying, may be whither (its accusative): not В «Нафтогазе» набирают
    (NAFTOGAZ, "Naftogaz is hiring IT specialists.", "В «Нафтогаз» набирают IT-специалистов.",
     "В «Нафтогаз» набирают IT-специалистов.", "ok"),
    (NAFTOGAZ, "Naftogaz will get a new head.", "В «Нафтогаз» назначат нового главу.",
     "В «Нафтогаз» назначат нового главу.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_a_russian_nominative_the_grammar_rules_out(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "ru") == (expected, [status])
