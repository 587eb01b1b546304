"""Glossary.find: inflected uk/ru forms, acronyms, hyphens, apostrophes, boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import HYPHENATED_PLACES_TSV, load_glossary, write_glossary

from pipeline.glossary import Glossary


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    return load_glossary(tmp_path_factory.mktemp("glossary"))


def found(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str, int]]:
    return [(m.text, m.entry.id, m.index) for m in glossary.find(text, lang)]


MATCHES = [
    # (lang, text, expected (matched text, entry id, form index))
    ("uk", "Зустріч із Кісідою", [("Кісідою", "kishida", 1)]),
    ("uk", "Позиція Кісіди", [("Кісіди", "kishida", 1)]),
    ("uk", "Новини з Пхеньяну та Києва", [("Пхеньяну", "pyongyang", 0), ("Києва", "kyiv", 0)]),
    ("uk", "у Пхеньяні", [("Пхеньяні", "pyongyang", 0)]),
    ("uk", "промова Володимира Зеленського", [("Володимира Зеленського", "zelensky", 0)]),
    ("uk", "разом із Зеленським", [("Зеленським", "zelensky", 1)]),
    ("uk", "заява Ірини Венедіктової", [("Ірини Венедіктової", "venediktova", 0)]),
    ("uk", "у Верховній Раді", [("Верховній Раді", "rada", 0)]),
    ("uk", "в Організації Об’єднаних Націй", [("Організації Об’єднаних Націй", "un", 0)]),
    ("uk", "в Організації Обʼєднаних Націй", [("Організації Обʼєднаних Націй", "un", 0)]),
    ("uk", "в Організації Об‘єднаних Націй", [("Організації Об‘єднаних Націй", "un", 0)]),
    ("uk", "до Сполучених Штатів", [("Сполучених Штатів", "usa", 0)]),
    ("uk", "в Івано-Франківську", [("Івано-Франківську", "frankivsk", 0)]),
    ("uk", "члени НАТО і ООН", [("НАТО", "nato", 0), ("ООН", "un", 1)]),
    ("uk", "з Кім Чен Ином", [("Кім Чен Ином", "kim", 0)]),
    ("ru", "с Кисидой в Пхеньяне", [("Кисидой", "kishida", 1), ("Пхеньяне", "pyongyang", 0)]),
    ("ru", "Организации Объединенных Наций", [("Организации Объединенных Наций", "un", 0)]),
    ("ru", "слова Владимира Зеленского", [("Владимира Зеленского", "zelensky", 0)]),
    ("en", "Kim Jong Un and Kim Jong-un", [("Kim Jong Un", "kim", 0), ("Kim Jong-un", "kim", 0)]),
    ("en", "Zelensky's office", [("Zelensky", "zelensky", 1)]),
    ("en", "NATO's summit", [("NATO", "nato", 0)]),  # an acronym's possessive
    ("en", "KYIV, NATO and the UN", [("KYIV", "kyiv", 0), ("NATO", "nato", 0), ("UN", "un", 1)]),
    (
        "en",
        "Google and Volodymyr Zelensky",
        [("Google", "google", 0), ("Volodymyr Zelensky", "zelensky", 0)],
    ),
]

NON_MATCHES = [
    ("en", "a nato-style alliance"),  # acronyms are case-sensitive
    ("en", "NATOs and NATO'ss"),  # an acronym with letters after it is another word
    ("en", "the Kyivstar network"),  # token boundaries
    ("en", "an uncommon unit"),
    ("uk", "зеленський парк"),  # a capitalized name needs a capital letter
    ("uk", "Зеленська подякувала"),  # another person (feminine form)
    ("uk", "Кисіль приїхав"),
    ("uk", "рада директорів"),
    ("ru", "Киевский вокзал"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MATCHES)
def test_matches(glossary: Glossary, lang: str, text: str, expected: list) -> None:
    assert found(glossary, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), NON_MATCHES)
def test_non_matches(glossary: Glossary, lang: str, text: str) -> None:
    assert found(glossary, text, lang) == []


def test_spans_cases_and_longest_first(glossary: Glossary) -> None:
    text = "Президент Володимир Зеленський і Зеленський"
    matches = glossary.find(text, "uk")
    assert [(m.start, m.end, m.index) for m in matches] == [(10, 30, 0), (33, 43, 1)]
    assert all(text[m.start : m.end] == m.text for m in matches)
    (kishida,) = glossary.find("з Кісідою", "uk")
    assert kishida.cases == {"ablt"}


def test_same_span_of_two_entries_is_reported_as_alternative(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(
        "id\ttype\ten\tuk\nj1\tPER\tBoris Johnson | Johnson\tБорис Джонсон | Джонсон\n"
        "j2\tPER\tDwayne Johnson | Johnson\tДвейн Джонсон | Джонсон\n",
        encoding="utf-8",
    )
    (match,) = Glossary.load([path]).find("Johnson said", "en")
    assert {match.entry.id, *(e.id for e in match.alternatives)} == {"j1", "j2"}


def test_unknown_thing_declines_as_inanimate(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\nomicron\tORG\tOmicron\tОмікрон\n", encoding="utf-8")
    glossary = Glossary.load([path])
    (match,) = glossary.find("тест на Омікрон", "uk")
    assert "accs" in match.cases  # a thing: accusative = nominative (not Омікрона)
    (match,) = glossary.find("тихого Омікрону", "uk")
    assert "gent" in match.cases  # Ukrainian genitive in -у


def test_first_name_gives_the_gender(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(
        "id\ttype\ten\tuk\nsmith\tPER\tIryna Smith | Smith\tІрина Сміт | Сміт\n", encoding="utf-8"
    )
    glossary = Glossary.load([path])
    assert [m.text for m in glossary.find("з Іриною Сміт", "uk")] == ["Іриною Сміт"]
    assert glossary.find("зі Смітом", "uk") == []  # a woman's surname does not decline


HYPHENATED_PLACES = [
    # (lang, text, the match, its cases include): the noun before a preposition declines,
    # the phrase from the preposition on stays (в Ростове-на-Дону, not в Ростов-на-Дону)
    ("ru", "Он живёт в Ростове-на-Дону.", "Ростове-на-Дону", "loct"),
    ("ru", "Он уехал из Ростова-на-Дону.", "Ростова-на-Дону", "gent"),
    ("ru", "Он поехал в Ростов-на-Дону.", "Ростов-на-Дону", "accs"),
    ("uk", "Він живе у Франкфурті-на-Майні.", "Франкфурті-на-Майні", "loct"),
    # a noun and the adjective that agrees with it: both decline
    ("ru", "Он живёт в Каменце-Подольском.", "Каменце-Подольском", "loct"),
    ("uk", "Він виїхав з Кам'янця-Подільського.", "Кам'янця-Подільського", "gent"),
    # a first part that is no noun stays (Івано-Франківськ)
    ("uk", "Він живе в Івано-Франківську.", "Івано-Франківську", "loct"),
]


@pytest.mark.parametrize(("lang", "text", "span", "case"), HYPHENATED_PLACES)
def test_a_hyphenated_place_declines_its_head(
    tmp_path: Path, lang: str, text: str, span: str, case: str
) -> None:
    path = write_glossary(tmp_path, HYPHENATED_PLACES_TSV)
    (match,) = Glossary.load([path]).find(text, lang)
    assert match.text == span
    assert case in match.cases
