"""The lead's fixes after the session-22 untuned set's false edits: an adjective that ends a
place's name after its noun declines with it, a place declines as no surname of its word,
and a name the English parser hangs a body's name on stands in apposition.  Sentences
written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_kept, enforce_one, rows_fixture

from pipeline.glossary import Glossary

RIVER_UK = ("LOC", "Ozerna River", "річка Озерна")
RIVER_RU = ("LOC", "Ozerna River", "река Озерная")
LAKE_UK = ("LOC", "Lake Bile", "озеро Біле")
HNATIUK_UK = ("PER", "Oleh Hnatiuk | Hnatiuk", "Олег Гнатюк | Гнатюк")
HNATIUK_RU = ("PER", "Oleh Hnatiuk | Hnatiuk", "Олег Гнатюк | Гнатюк")

ROWS = [
    # (entity, source, translation, language, expected, status)
    # KEPT: the adjective after the noun agrees with it (it was "fixed" to річки Озерна)
    (RIVER_UK, "Rescuers evacuated families along the Ozerna River.",
     "Рятувальники евакуювали родини вздовж річки Озерної.", "uk",
     "Рятувальники евакуювали родини вздовж річки Озерної.", "ok"),
    (RIVER_RU, "Rescuers evacuated families along the Ozerna River.",
     "Спасатели эвакуировали семьи вдоль реки Озерной.", "ru",
     "Спасатели эвакуировали семьи вдоль реки Озерной.", "ok"),
    (RIVER_UK, "Fishermen on the Ozerna River caught little.",
     "Рибалки на річці Озерній мало що впіймали.", "uk",
     "Рибалки на річці Озерній мало що впіймали.", "ok"),
    (LAKE_UK, "Divers searched the bottom of Lake Bile.", "Водолази обстежили дно озера Білого.",
     "uk", "Водолази обстежили дно озера Білого.", "ok"),
    # KEPT: left whole after the generic noun, as news also writes it
    (RIVER_UK, "Rescuers evacuated families along the Ozerna River.",
     "Рятувальники евакуювали родини вздовж річки Озерна.", "uk",
     "Рятувальники евакуювали родини вздовж річки Озерна.", "ok"),
    # FIXED: a misspelt adjective is written agreeing with its noun
    (RIVER_UK, "Rescuers evacuated families along the Ozerna River.",
     "Рятувальники евакуювали родини вздовж річки Озорної.", "uk",
     "Рятувальники евакуювали родини вздовж річки Озерної.", "fixed"),
    # FIXED: a rewrite leaves the adjective whole where the rendering has it whole
    (LAKE_UK, "A wind farm is planned near Lake Bile.",
     "Вітрову електростанцію планують поблизу озеро Біле.", "uk",
     "Вітрову електростанцію планують поблизу озера Біле.", "fixed"),
    # KEPT: the parser hangs "Presidential Office" on the first name; the person is the
    # deputy head's apposition, the subject (it was made the genitive, Олега Гнатюка)
    (HNATIUK_UK, "Deputy head of the Presidential Office Oleh Hnatiuk has resigned.",
     "Заступник керівника Офісу президента Олег Гнатюк подав у відставку.", "uk",
     "Заступник керівника Офісу президента Олег Гнатюк подав у відставку.", "ok"),
    (HNATIUK_RU, "Deputy head of the Presidential Office Oleh Hnatiuk has resigned.",
     "Заместитель руководителя Офиса президента Олег Гнатюк подал в отставку.", "ru",
     "Заместитель руководителя Офиса президента Олег Гнатюк подал в отставку.", "ok"),
    # FIXED: where the source makes him the owner, the genitive is still written
    (HNATIUK_UK, "The head of President Oleh Hnatiuk's office has resigned.",
     "Керівник офісу президента Олег Гнатюк подав у відставку.", "uk",
     "Керівник офісу президента Олега Гнатюка подав у відставку.", "fixed"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "lang", "expected", "status"), ROWS)
def test_lead22(
    entity: tuple[str, str, str], source: str, target: str, lang: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, lang) == (expected, [status])


KRUKY_ROWS = """id\ttype\ten\tuk\tru
kruky\tLOC\tStari Kruky\tСтарі Круки\tСтарые Круки
"""

kruky = rows_fixture(KRUKY_ROWS, "kruky")


def test_place_accusative_is_its_nominative(kruky: Glossary) -> None:
    """A place's accusative is its nominative, though ru крук (a raven, and a surname) is
    animate: the surname's Круков was written (в Старые Круков)."""
    assert_kept(kruky, "The minister's visit to Stari Kruky was welcomed.",
                "Визит министра в Старые Круки одобрили.", "ru")  # fmt: skip


def test_place_genitive_still_written(kruky: Glossary) -> None:
    assert_fixed(kruky, "Residents of Stari Kruky were evacuated.",
                 "Жителей Старые Круки эвакуировали.", "Жителей Старых Круков эвакуировали.",
                 "ru")  # fmt: skip
