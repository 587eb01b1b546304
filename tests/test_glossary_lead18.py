"""False edits the lead found in session 18: a place no dictionary knows that names a plural
(its plural forms are valid where the translator wrote them, and the name stays whole in a
rewrite), and an adjective before a hyphenated compound (it agrees with the compound's last
part).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

SUWALKI_UK = ("LOC", "Suwalki", "Сувалки")
SUWALKI_RU = ("LOC", "Suwalki", "Сувалки")
BALTI_UK = ("LOC", "Balti", "Бєльці")
LEAGUE_UK = ("ORG", "Ukrainian Premier League", "Українська Прем'єр-ліга")

ROWS = [
    # (entity, source, translation, language, expected, status)
    # KEPT: the genitive and locative plural (were "fixed" to Сувалки, Бєльці)
    (SUWALKI_UK, "Troops trained near Suwalki.", "Війська тренувалися поблизу Сувалок.", "uk",
     "Війська тренувалися поблизу Сувалок.", "ok"),
    (SUWALKI_RU, "Residents of Suwalki are calm.", "Жители Сувалок спокойны.", "ru",
     "Жители Сувалок спокойны.", "ok"),
    (BALTI_UK, "Police searched homes in Balti.", "Поліція провела обшуки в Бєльцях.", "uk",
     "Поліція провела обшуки в Бєльцях.", "ok"),
    # still fixed: another spelling, written whole as the glossary has it
    (SUWALKI_UK, "Troops trained near Suwalki.", "Війська тренувалися поблизу Сувалкі.", "uk",
     "Війська тренувалися поблизу Сувалки.", "fixed"),
    # KEPT: Українська agrees with ліга, past Прем'єр- (was read as a noun of its own, the
    # head, so ліги was "fixed" to ліга)
    (LEAGUE_UK, "The Ukrainian Premier League season resumes in March.",
     "Сезон Української Прем'єр-ліги відновиться в березні.", "uk",
     "Сезон Української Прем'єр-ліги відновиться в березні.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "lang", "expected", "status"), ROWS)
def test_kept_or_fixed(
    entity: tuple[str, str, str], source: str, target: str, lang: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, lang) == (expected, [status])
