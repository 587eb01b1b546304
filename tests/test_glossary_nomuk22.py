"""A Ukrainian nominative where the translation's grammar needs another case, session 22
(nomuk22): what passes and what fails.

Each row gives an entity (type, English forms, the Ukrainian forms), an English source, a
translation with the rendering in the nominative (or a correct form), and what the enforcer
must make of it.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

VASYLKIV = ("LOC", "Vasylkiv", "Васильків")
IVANKIV = ("LOC", "Ivankiv", "Іванків")
KHARKIV = ("LOC", "Kharkiv", "Харків")

ROWS = [
    # (entity, source, translation, expected, status)
    # A place in -ів that the dictionary also knows as a man's surname declines as a place,
    # its і turning into о (у Василькові, в Іванкові), not with the surname's -іві the
    # rewrite wrote before (у Васильківі: the form nearest the text among the place's and
    # the surname's locatives).
    (VASYLKIV, "In Vasylkiv, a new kindergarten opened on Monday.",
     "У Васильків в понеділок відкрили новий дитячий садок.",
     "У Василькові в понеділок відкрили новий дитячий садок.", "fixed"),
    (IVANKIV, "A new bridge was opened in Ivankiv.",
     "В Іванків відкрили новий міст.", "В Іванкові відкрили новий міст.", "fixed"),
    # ... KEPT: the place's own forms, and a place the dictionary knows as no surname.
    (VASYLKIV, "In Vasylkiv, a new kindergarten opened on Monday.",
     "У Василькові в понеділок відкрили новий дитячий садок.",
     "У Василькові в понеділок відкрили новий дитячий садок.", "ok"),
    (VASYLKIV, "Buses to Vasylkiv run every hour.",
     "Автобуси до Василькова курсують щогодини.",
     "Автобуси до Василькова курсують щогодини.", "ok"),
    (KHARKIV, "A new school opened in Kharkiv.",
     "У Харкові відкрили нову школу.", "У Харкові відкрили нову школу.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_a_ukrainian_nominative_the_grammar_rules_out(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "uk") == (expected, [status])
