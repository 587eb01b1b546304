"""The starter glossary: it loads, lints clean and spells names as the newsrooms do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.glossary import Glossary
from pipeline.glossary.format import glossary_files, read_table, split_forms
from pipeline.glossary.lint import lint_paths
from pipeline.glossary.morph import analyzer

GLOSSARIES = Path(__file__).resolve().parent.parent / "glossaries"
OBLAST_CENTRES = {
    "vinnytsia": ("Vinnytsia", "Вінниця", "Винница"),
    "lutsk": ("Lutsk", "Луцьк", "Луцк"),
    "dnipro": ("Dnipro", "Дніпро", "Днепр"),
    "donetsk": ("Donetsk", "Донецьк", "Донецк"),
    "zhytomyr": ("Zhytomyr", "Житомир", "Житомир"),
    "uzhhorod": ("Uzhhorod", "Ужгород", "Ужгород"),
    "zaporizhzhia": ("Zaporizhzhia", "Запоріжжя", "Запорожье"),
    "ivano-frankivsk": ("Ivano-Frankivsk", "Івано-Франківськ", "Ивано-Франковск"),
    "kyiv": ("Kyiv", "Київ", "Киев"),
    "kropyvnytskyi": ("Kropyvnytskyi", "Кропивницький", "Кропивницкий"),
    "luhansk": ("Luhansk", "Луганськ", "Луганск"),
    "lviv": ("Lviv", "Львів", "Львов"),
    "mykolaiv": ("Mykolaiv", "Миколаїв", "Николаев"),
    "odesa": ("Odesa", "Одеса", "Одесса"),
    "poltava": ("Poltava", "Полтава", "Полтава"),
    "rivne": ("Rivne", "Рівне", "Ровно"),
    "sumy": ("Sumy", "Суми", "Сумы"),
    "ternopil": ("Ternopil", "Тернопіль", "Тернополь"),
    "kharkiv": ("Kharkiv", "Харків", "Харьков"),
    "kherson": ("Kherson", "Херсон", "Херсон"),
    "khmelnytskyi": ("Khmelnytskyi", "Хмельницький", "Хмельницкий"),
    "cherkasy": ("Cherkasy", "Черкаси", "Черкассы"),
    "chernivtsi": ("Chernivtsi", "Чернівці", "Черновцы"),
    "chernihiv": ("Chernihiv", "Чернігів", "Чернигов"),
    "simferopol": ("Simferopol", "Сімферополь", "Симферополь"),
    "sevastopol": ("Sevastopol", "Севастополь", "Севастополь"),
}
REQUIRED = {
    "zelensky-volodymyr": ("Volodymyr Zelensky", "Володимир Зеленський", "Владимир Зеленский"),
    "kishida-fumio": ("Fumio Kishida", "Фуміо Кісіда", "Фумио Кисида"),
    "kim-jong-un": ("Kim Jong Un", "Кім Чен Ин", "Ким Чен Ын"),
    "pyongyang": ("Pyongyang", "Пхеньян", "Пхеньян"),
    "putin-vladimir": ("Vladimir Putin", "Володимир Путін", "Владимир Путин"),
    **OBLAST_CENTRES,
}


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load([GLOSSARIES])


def test_starter_glossary_loads_with_enough_entries(glossary: Glossary) -> None:
    assert len(glossary_files([GLOSSARIES])) >= 3
    assert len(glossary) >= 300
    types = {entry.type for entry in glossary}
    assert {"PER", "ORG", "LOC"} <= types


def test_starter_glossary_lints_clean() -> None:
    assert [str(issue) for issue in lint_paths([GLOSSARIES])] == []
    result = CliRunner().invoke(main, ["glossary", "lint", str(GLOSSARIES)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("entry_id", sorted(REQUIRED))
def test_required_spellings(glossary: Glossary, entry_id: str) -> None:
    entry = glossary.get(entry_id)
    assert entry is not None, f"{entry_id} missing"
    assert (entry.canonical("en"), entry.canonical("uk"), entry.canonical("ru")) == REQUIRED[
        entry_id
    ]


def test_ukrainian_apostrophe_is_the_modifier_letter_everywhere() -> None:
    """uk cells use U+02BC only, and some entries do have one (Слов'янськ, В'ячеслав)."""
    seen = 0
    for path in glossary_files([GLOSSARIES]):
        for row in read_table(path).rows:
            cell = row.cells["uk"]
            assert not re.search("['’`]", cell), f"{path}:{row.line}: {cell!r}"
            seen += cell.count("\u02bc")
    assert seen >= 10


def test_ids_are_lowercase_slugs_and_forms_are_parallel(glossary: Glossary) -> None:
    for entry in glossary:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry.id), entry.where
        counts = {len(entry.forms.get(lang, ())) for lang in ("en", "uk", "ru")}
        assert len(counts) == 1, entry.where


def test_single_word_place_names_are_nominative() -> None:
    """uk/ru one-word places that pymorphy3 knows have a nominative reading as written."""
    checked = 0
    for path in glossary_files([GLOSSARIES]):
        for row in read_table(path).rows:
            if row.cells["type"] != "LOC":
                continue
            for lang in ("uk", "ru"):
                for form in split_forms(row.cells[lang]):
                    if " " in form or "-" in form:
                        continue
                    parses = [p for p in analyzer(lang).parse(form) if p.is_known]
                    if parses:
                        checked += 1
                        cases = {p.tag.case for p in parses}
                        assert "nomn" in cases, f"{path}:{row.line}: {form} is not nominative"
    assert checked >= 100
