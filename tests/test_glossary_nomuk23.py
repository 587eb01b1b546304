"""nomuk23 (issue 12, session 23): a uk verb of meeting says where (в/на with the locative,
as in ru), and a list partner that is another glossary name reading as a nominative (the
slip itself, perhaps) no longer sets the case of a valid form between it and the next item.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one, entities_glossary

from pipeline.glossary.enforce import enforce_sentence

HOTLAND = ("LOC", "Gotland", "Готланд")
KRYT = ("LOC", "Crete", "Крит")

ROWS = [
    # (entity, source, translation, expected, status)
    # FIXED: зустрітися, зустрічатися say where, the locative (was: proposed)
    (HOTLAND, "The ministers met on Gotland on Tuesday.",
     "Міністри зустрілися на Готланд у вівторок.",
     "Міністри зустрілися на Готланді у вівторок.", "fixed"),
    (KRYT, "Delegations meet on Crete every spring.",
     "Делегації щовесни зустрічаються на Крит.",
     "Делегації щовесни зустрічаються на Криті.", "fixed"),
    # KEPT: the locative as it stands
    (HOTLAND, "The ministers met on Gotland on Tuesday.",
     "Міністри зустрілися на Готланді у вівторок.",
     "Міністри зустрілися на Готланді у вівторок.", "ok"),
    # KEPT: a verb of motion keeps the accusative, whither
    (HOTLAND, "The ministers flew to Gotland on Tuesday.",
     "Міністри полетіли на Готланд у вівторок.",
     "Міністри полетіли на Готланд у вівторок.", "ok"),
    # KEPT: "on" with no verb of being proposes only (the source's "on" is either case)
    (KRYT, "The government announced measures against wildfires on Crete.",
     "Уряд оголосив заходи проти пожеж на Крит.",
     "Уряд оголосив заходи проти пожеж на Крит.", "needs-review"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_meeting_says_where(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "uk") == (expected, [status])


VILLAGES = entities_glossary("uk", [
    ("LOC", "Hlyboke", "Глибоке"),
    ("LOC", "Zelena Dolyna", "Зелена Долина"),
    ("LOC", "Novyi Brid", "Новий Брід"),
])  # fmt: skip
SOURCE = "Volunteers from Hlyboke, Zelena Dolyna and Novyi Brid cleared the rubble."

LIST_ROWS = [
    # (translation, expected)
    # the slip before a valid genitive: only the slip is written (Зелену Долину was written,
    # the accusative the slip's nominative shares with the genitive's other side)
    ("Волонтери з Глибоке, Зеленої Долини та Нового Броду розібрали завали.",
     "Волонтери з Глибокого, Зеленої Долини та Нового Броду розібрали завали."),
    # the list as it should be stays
    ("Волонтери з Глибокого, Зеленої Долини та Нового Броду розібрали завали.",
     "Волонтери з Глибокого, Зеленої Долини та Нового Броду розібрали завали."),
    # the slip between two genitives is still written
    ("Волонтери з Глибокого, Зелена Долина та Нового Броду розібрали завали.",
     "Волонтери з Глибокого, Зеленої Долини та Нового Броду розібрали завали."),
]  # fmt: skip


@pytest.mark.parametrize(("target", "expected"), LIST_ROWS)
def test_list_slip_sets_no_case(target: str, expected: str) -> None:
    assert enforce_sentence(SOURCE, target, "en", "uk", VILLAGES)[0] == expected
