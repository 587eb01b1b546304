"""A man's first name put back in the Ukrainian dative; a participle that is a noun too
(issue 12, short22).

Where the translation names a man by his surname alone and the glossary's form is his full
name, the first name the enforcer writes before the surname takes -ові, -еві, -єві, the
surname -у, -ю: two masculine datives in a row alternate (Правопис 2019: Тарасові
Шевченку).  A first name the translation wrote itself, a surname already in -ові, a woman
and the other cases are left as they were.

A uk passive participle that the dictionary reads as a thing's noun too (дані, "data") makes
a name after it its genitive, not its agent in the instrumental (Дані «Євростату»
свідчать), unless a noun of the participle's is by (Звіт, підготовлений «Євростатом»)."""

from __future__ import annotations

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence

ENTRIES = {
    "hrab": ("PER", "Maksym Hrab", "Максим Граб", "Максим Граб", "man"),
    "fedoriuk": ("PER", "Andrii Fedoriuk", "Андрій Федорюк", "Андрей Федорюк", "man"),
    "lefevre": ("PER", "Jean-Marc Lefèvre", "Жан-Марк Лефевр", "Жан-Марк Лефевр", "man"),
    "mazepa": ("PER", "Ivan Mazepa", "Іван Мазепа", "Иван Мазепа", "man; hetman"),
    "sytnyk": ("PER", "Olha Sytnyk", "Ольга Ситник", "Ольга Сытник", "woman"),
    "eurostat": ("ORG", "Eurostat", "Євростат", "Евростат", ""),
}


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("short22") / "g.tsv"
    rows = "".join(
        f"{k}\t{t}\t{en} | {en.split()[-1]}\t{uk} | {uk.split()[-1]}\t{ru} | {ru.split()[-1]}"
        f"\t{note}\n"
        if t == "PER"
        else f"{k}\t{t}\t{en}\t{uk}\t{ru}\t{note}\n"
        for k, (t, en, uk, ru, note) in ENTRIES.items()
    )
    path.write_text("id\ttype\ten\tuk\tru\tnote\n" + rows, encoding="utf-8")
    return Glossary.load([path])


TABLE = [
    # (source, lang, translation, expected output)
    # The first name put back: -ові, the surname as the translation declined it.
    ("The mayor thanked Maksym Hrab and his team.", "uk",
     "Міський голова подякував Грабу та його команді.",
     "Міський голова подякував Максимові Грабу та його команді."),
    ("Promoters have offered Andrii Fedoriuk a fight.", "uk",
     "Промоутери запропонували Федорюку бій.",
     "Промоутери запропонували Андрієві Федорюку бій."),
    ("Prosecutors handed Jean-Marc Lefèvre drone footage.", "uk",
     "Прокурори передали Лефевру відео з дронів.",
     "Прокурори передали Жан-Маркові Лефевру відео з дронів."),
    ("A monument to Ivan Mazepa was unveiled in Poltava.", "uk",
     "У Полтаві відкрили пам’ятник Мазепі.",
     "У Полтаві відкрили пам’ятник Іванові Мазепі."),  # (after гетьманові: short23)
    # KEPT: a surname in -ові already takes no second -ові before it.
    ("Promoters have offered Andrii Fedoriuk a fight.", "uk",
     "Промоутери запропонували Федорюкові бій.",
     "Промоутери запропонували Андрію Федорюкові бій."),
    # KEPT: the other cases, and a full name the translation wrote itself.
    ("Promoters have met Andrii Fedoriuk.", "uk", "Промоутери зустріли Федорюка.",
     "Промоутери зустріли Андрія Федорюка."),
    ("The mayor thanked Maksym Hrab and his team.", "uk",
     "Міський голова подякував Максиму Грабу та його команді.",
     "Міський голова подякував Максиму Грабу та його команді."),
    # KEPT: Russian has one dative.
    ("Promoters have offered Andrii Fedoriuk a fight.", "ru",
     "Промоутеры предложили Федорюку бой.", "Промоутеры предложили Андрею Федорюку бой."),
    # дані, a participle and a noun: the name after it the noun's genitive.
    ("Eurostat data show that inflation slowed.", "uk",
     "Дані «Євростатам» свідчать, що інфляція сповільнилася.",
     "Дані «Євростату» свідчать, що інфляція сповільнилася."),
    ("Eurostat data show that inflation slowed.", "uk",
     "Нові дані Євростатам свідчать, що інфляція сповільнилася.",
     "Нові дані Євростату свідчать, що інфляція сповільнилася."),
    # KEPT: a noun of the participle's before it: the agent, in the instrumental.
    ("The data provided by Eurostat show that inflation slowed.", "uk",
     "Дані, надані «Євростатам», свідчать, що інфляція сповільнилася.",
     "Дані, надані «Євростатом», свідчать, що інфляція сповільнилася."),
    ("The report prepared by Eurostat shows that inflation slowed.", "uk",
     "Звіт, підготовлений «Євростатам», свідчить, що інфляція сповільнилася.",
     "Звіт, підготовлений «Євростатом», свідчить, що інфляція сповільнилася."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), TABLE)
def test_short22(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    new, _ = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
