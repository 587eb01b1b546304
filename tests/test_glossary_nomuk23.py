"""nomuk23 (issue 12, session 23): a uk verb of meeting says where (в/на with the locative,
as in ru).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

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

