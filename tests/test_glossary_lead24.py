"""The lead's fixes of session 24 (issue 12): what passes and what fails.

Each row gives the language, the glossary's entities (type, English forms, the language's
forms, a note if any; the first is the one whose rendering is checked), an English source,
a translation, what the enforcer must make of it and the status of the first entity's
rendering.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import first_entity_statuses

ROUBAIX_UK = ("EVENT", "Paris-Roubaix", "Париж — Рубе", "")
ROUBAIX_RU = ("EVENT", "Paris-Roubaix", "Париж — Рубе", "")
WON = "Pogacar won Paris-Roubaix on Sunday."

ROWS = [
    # A form whose tokens hold a dash between its words (Париж — Рубе) is matched without
    # error; before, the test for a name's adjective compared it word for word and raised.
    ("uk", [ROUBAIX_UK], WON, "Погачар виграв «Париж — Рубе» у неділю.",
     "Погачар виграв «Париж — Рубе» у неділю.", ["ok"]),
    ("uk", [ROUBAIX_UK], WON, "Погачар виграв «Париж — Рубей» у неділю.",
     "Погачар виграв «Париж — Рубе» у неділю.", ["fixed"]),
    ("ru", [ROUBAIX_RU], WON, "Погачар выиграл «Париж — Рубэ» в воскресенье.",
     "Погачар выиграл «Париж — Рубе» в воскресенье.", ["fixed"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "entities", "source", "target", "expected", "statuses"), ROWS)
def test_lead24(
    lang: str,
    entities: list[tuple[str, ...]],
    source: str,
    target: str,
    expected: str,
    statuses: list[str],
) -> None:
    assert first_entity_statuses(lang, entities, source, target) == (expected, statuses)
