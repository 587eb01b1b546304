"""A person's full name where the translation has it in a form the glossary's table lacks
(firstname): what passes and what fails.

Each row gives an entity (English forms, Ukrainian or Russian forms, the glossary's note),
an English source, a correct translation and what the enforcer must make of it.  A part the
glossary keeps whole (the first part of a hyphenated first name or surname) declined in the
case of the rest, or a title the glossary's form opens with standing before the name in a
case of its own, is the whole form already: the form the table has is only proposed, never
written.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

STEINMEIER = ("Frank-Walter Steinmeier | Steinmeier", "Франк-Вальтер Штайнмайер | Штайнмайер", "")
LVOVA_UK = ("Maria Lvova-Belova | Lvova-Belova", "Марія Львова-Бєлова | Львова-Бєлова", "woman")
LVOVA_RU = ("Maria Lvova-Belova | Lvova-Belova", "Мария Львова-Белова | Львова-Белова", "woman")
EPIPHANIUS_UK = ("Metropolitan Epiphanius | Epiphanius", "митрополит Епіфаній | Епіфаній", "")
EPIPHANIUS_RU = ("Metropolitan Epiphanius | Epiphanius", "митрополит Епифаний | Епифаний", "")
KIM = ("Kim Jong Un", "Кім Чен Ин", "")
ZELENSKA = ("Olena Zelenska | Zelenska", "Олена Зеленська | Зеленська", "woman")

ROWS = [
    # (lang, entity, source, translation, expected, status)
    # The first part of a hyphenated first name declined with the rest (before: Франк-
    # Вальтером written, the glossary's ru table keeping Франк whole).
    ("ru", STEINMEIER, "Macron had lunch with Frank-Walter Steinmeier.",
     "Макрон пообедал с Франком-Вальтером Штайнмайером.",
     "Макрон пообедал с Франком-Вальтером Штайнмайером.", "needs-review"),
    # A woman's hyphenated surname with both parts declined (before: Львова-Бєлової written),
    # the full name and the surname alone.
    ("uk", LVOVA_UK, "The court heard Maria Lvova-Belova's lawyers.",
     "Суд заслухав адвокатів Марії Львової-Бєлової.",
     "Суд заслухав адвокатів Марії Львової-Бєлової.", "needs-review"),
    ("ru", LVOVA_RU, "Reporters could not reach Lvova-Belova.",
     "Журналистам не удалось связаться со Львовой-Беловой.",
     "Журналистам не удалось связаться со Львовой-Беловой.", "needs-review"),
    # A title the glossary's form opens with, before the name in its own case (before:
    # митрополиту митрополит Епіфанію, the title written a second time).
    ("uk", EPIPHANIUS_UK, "The president thanked Metropolitan Epiphanius for his support.",
     "Президент подякував митрополиту Епіфанію за підтримку.",
     "Президент подякував митрополиту Епіфанію за підтримку.", "needs-review"),
    ("ru", EPIPHANIUS_RU, "The president thanked Metropolitan Epiphanius for his support.",
     "Президент поблагодарил митрополита Епифания за поддержку.",
     "Президент поблагодарил митрополита Епифания за поддержку.", "needs-review"),
    # KEPT: an East Asian name's other parts stay whole by rule: declined, they are a slip.
    ("uk", KIM, "A letter from Kim Jong Un.", "Лист від Кім Чена Ина.",
     "Лист від Кім Чен Ина.", "fixed"),
    # KEPT: a surname alone for the source's full name, no title before it, is still written.
    ("uk", ZELENSKA, "Olena Zelenska visited a school in Bucha.",
     "Зеленська відвідала школу в Бучі.", "Олена Зеленська відвідала школу в Бучі.", "fixed"),
]


@pytest.mark.parametrize(("lang", "entity", "source", "target", "expected", "status"), ROWS)
def test_a_full_name_in_a_form_the_table_lacks(
    lang: str, entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    en, forms, note = entity
    assert enforce_one(("PER", en, forms), source, target, lang, note) == (expected, [status])
