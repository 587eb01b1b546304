"""East Asian names (surname first): only the last part declines in uk and ru."""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import write_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import entry_gender
from pipeline.glossary.morph import surname_first

ROWS = [
    ("id", "type", "en", "uk", "ru"),
    ("kim", "PER", "Kim Jong Un", "Кім Чен Ин", "Ким Чен Ын"),
    ("xi", "PER", "Xi Jinping", "Сі Цзіньпін", "Си Цзиньпин"),
    ("moon", "PER", "Moon Jae-in", "Мун Чже Ін", "Мун Чжэ Ин"),
    ("li", "PER", "Li Qiang", "Лі Цян", "Ли Цян"),
    ("king", "PER", "Martin Luther King", "Мартін Лютер Кінг", "Мартин Лютер Кинг"),
    ("kishida", "PER", "Fumio Kishida", "Фуміо Кісіда", "Фумио Кисида"),
    ("zelensky", "PER", "Volodymyr Zelensky", "Володимир Зеленський", "Владимир Зеленский"),
    ("darroch", "PER", "Kim Darroch", "Кім Даррок", "Ким Даррок"),
    ("pis", "ORG", "PiS", "ПіС", "ПиС"),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    text = "".join("\t".join(row) + "\n" for row in ROWS)
    return Glossary.load([write_glossary(tmp_path_factory.mktemp("east_asian"), text)])


SURNAME_FIRST = [
    ("Kim Jong Un", True),
    ("Kim Jong-un", True),
    ("Xi Jinping", True),
    ("Moon Jae-in", True),
    ("Yoon Suk Yeol", True),
    ("Lee Jae-myung", True),
    ("Nguyễn Phú Trọng", True),
    ("Ho Chi Minh", True),
    ("Hun Sen", True),
    ("Xi", False),  # a surname alone: the only part, it declines as any
    ("Kim Darroch", False),
    ("Kim Philby", False),
    ("Lee Harvey Oswald", False),
    ("Han van Meegeren", False),
    ("Fumio Kishida", False),
    ("Martin Luther King", False),
]


@pytest.mark.parametrize(("name", "expected"), SURNAME_FIRST)
def test_surname_first(name: str, expected: bool) -> None:
    assert surname_first(name) is expected


INFLECT = [
    # (lang, entry id, case, form)
    ("uk", "kim", "gent", "Кім Чен Ина"),
    ("uk", "kim", "ablt", "Кім Чен Ином"),
    ("ru", "kim", "gent", "Ким Чен Ына"),
    ("ru", "kim", "datv", "Ким Чен Ыну"),
    ("uk", "xi", "gent", "Сі Цзіньпіна"),
    ("uk", "xi", "accs", "Сі Цзіньпіна"),
    ("ru", "xi", "gent", "Си Цзиньпина"),
    ("ru", "xi", "ablt", "Си Цзиньпином"),  # a plain ending, not Путиным's -ым
    ("uk", "moon", "gent", "Мун Чже Іна"),
    ("ru", "moon", "gent", "Мун Чжэ Ина"),
    ("uk", "li", "gent", "Лі Цяна"),
    ("ru", "li", "gent", "Ли Цяна"),
    ("uk", "king", "gent", "Мартіна Лютера Кінга"),
    ("ru", "king", "gent", "Мартина Лютера Кинга"),
    ("uk", "kishida", "gent", "Фуміо Кісіди"),
    ("uk", "zelensky", "gent", "Володимира Зеленського"),
    ("ru", "darroch", "gent", "Кима Даррока"),  # a Western Kim declines
]


@pytest.mark.parametrize(("lang", "entry_id", "case", "expected"), INFLECT)
def test_inflect(glossary: Glossary, lang: str, entry_id: str, case: str, expected: str) -> None:
    entry = glossary.get(entry_id)
    assert entry is not None
    pattern = glossary.pattern(entry, lang, 0)
    assert pattern is not None
    assert pattern.inflect(case) == expected
    assert pattern.vouched(case)


FIND = [
    # (lang, text, matched text, entry id, cases; empty: a rendering that fits no case)
    ("uk", "зустріч із Кім Чен Ином", "Кім Чен Ином", "kim", {"ablt"}),
    ("uk", "лист Кім Чен Ину", "Кім Чен Ину", "kim", {"datv", "loct"}),
    ("uk", "візит Сі Цзіньпіна", "Сі Цзіньпіна", "xi", {"gent", "accs"}),
    ("ru", "визит Си Цзиньпина", "Си Цзиньпина", "xi", {"gent", "accs"}),
    ("ru", "письмо Ким Чен Ыну", "Ким Чен Ыну", "kim", {"datv"}),
    ("uk", "лист від Кім Чена Ина", "Кім Чена Ина", "kim", set()),
    ("uk", "лист від Кіма Чена Ина", "Кіма Чена Ина", "kim", set()),
    ("ru", "с Си Цзиньпином", "Си Цзиньпином", "xi", {"ablt"}),
    ("ru", "письмо от Кима Чена Ына", "Кима Чена Ына", "kim", set()),
    ("uk", "промова Мартіна Лютера Кінга", "Мартіна Лютера Кінга", "king", {"gent", "accs"}),
    ("uk", "спадщина Мартін Лютер Кінга", "Мартін Лютер Кінга", "king", set()),
]


@pytest.mark.parametrize(("lang", "text", "matched", "entry_id", "cases"), FIND)
def test_find(
    glossary: Glossary, lang: str, text: str, matched: str, entry_id: str, cases: set[str]
) -> None:
    (match,) = glossary.find(text, lang)
    assert (match.text, match.entry.id, set(match.cases)) == (matched, entry_id, cases)


ENFORCE = [
    # (lang, English source, translation, expected translation, statuses of the hits)
    ("uk", "A letter from Kim Jong Un.", "Лист від Кім Чен Ина.", "Лист від Кім Чен Ина.", "ok"),
    ("uk", "A letter from Kim Jong Un.", "Лист від Кім Чена Ина.", "Лист від Кім Чен Ина.",
     "fixed"),
    ("uk", "A letter from Kim Jong Un.", "Лист від Кіма Чена Ина.", "Лист від Кім Чен Ина.",
     "fixed"),
    ("uk", "Xi Jinping met Kim Jong Un.", "Сі Цзіньпін зустрівся з Кім Чена Ином.",
     "Сі Цзіньпін зустрівся з Кім Чен Ином.", "ok fixed"),
    ("uk", "The talks with Xi Jinping.", "Переговори з Сі Цзіньпін.",
     "Переговори з Сі Цзіньпіном.", "fixed"),
    ("uk", "A visit by Moon Jae-in.", "Візит Мун Чже Іна.", "Візит Мун Чже Іна.", "ok"),
    ("uk", "A call from Li Qiang.", "Дзвінок від Лі Цяна.", "Дзвінок від Лі Цяна.", "ok"),
    ("ru", "A letter from Kim Jong Un.", "Письмо от Кима Чена Ына.",
     "Письмо от Ким Чен Ына.", "fixed"),
    ("ru", "A letter from Kim Jong Un.", "Письмо от Ким Чен Ын.", "Письмо от Ким Чен Ына.",
     "fixed"),
    ("ru", "They met Xi Jinping.", "Они встретились с Си Цзиньпин.",
     "Они встретились с Си Цзиньпином.", "fixed"),
    ("ru", "A call from Li Qiang.", "Звонок от Ли Цяна.", "Звонок от Ли Цяна.", "ok"),
    ("uk", "The legacy of Martin Luther King.", "Спадщина Мартін Лютер Кінга.",
     "Спадщина Мартіна Лютера Кінга.", "fixed"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "source", "target", "expected", "status"), ENFORCE)
def test_enforce(
    glossary: Glossary, lang: str, source: str, target: str, expected: str, status: str
) -> None:
    out, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert (out, [h.status for h in hits]) == (expected, status.split())


def test_a_short_abbreviation_is_not_vouched_like_a_short_name(glossary: Glossary) -> None:
    entry = glossary.get("pis")
    assert entry is not None
    pattern = glossary.pattern(entry, "ru", 0)
    assert pattern is not None
    assert not pattern.vouched("gent")  # ПиСа is a guess, Ына of Ким Чен Ын is not


def test_an_east_asian_surname_tells_no_sex(tmp_path: Path) -> None:
    """Ким starts Kim Yo Jong's name as Kim Jong Un's: neither is read as a man's first name,
    while a Western first name still tells (Володимир Зеленський)."""
    path = tmp_path / "g.tsv"
    path.write_text(
        "id\ttype\ten\tuk\tru\n"
        "kim-yo-jong\tPER\tKim Yo Jong\tКім Йо Чжон\tКим Ё Чжон\n"
        "zelensky\tPER\tVolodymyr Zelensky\tВолодимир Зеленський\tВладимир Зеленский\n",
        encoding="utf-8",
    )
    entries = {e.id: e for e in Glossary.load([path]).entries}
    assert entry_gender(entries["kim-yo-jong"], "ru") is None
    assert entry_gender(entries["zelensky"], "ru") == "masc"
