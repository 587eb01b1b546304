"""A small glossary shared by the glossary tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import FIXED, MISSING, OK, enforce_sentence
from pipeline.glossary.format import Entry

ROWS = [
    ("id", "type", "en", "uk", "ru", "note", "dnt"),
    ("zelensky", "PER", "Volodymyr Zelensky | Zelensky", "Володимир Зеленський | Зеленський",
     "Владимир Зеленский | Зеленский", "", ""),
    ("kishida", "PER", "Fumio Kishida | Kishida", "Фуміо Кісіда | Кісіда", "Фумио Кисида | Кисида",
     "", ""),
    ("venediktova", "PER", "Iryna Venediktova | Venediktova", "Ірина Венедіктова | Венедіктова",
     "Ирина Венедиктова | Венедиктова", "", ""),
    ("kim", "PER", "Kim Jong-un", "Кім Чен Ин", "Ким Чен Ын", "", ""),
    ("pyongyang", "LOC", "Pyongyang", "Пхеньян", "Пхеньян", "", ""),
    ("kyiv", "LOC", "Kyiv", "Київ", "Киев", "", ""),
    ("frankivsk", "LOC", "Ivano-Frankivsk", "Івано-Франківськ", "Ивано-Франковск", "", ""),
    ("usa", "LOC", "United States", "Сполучені Штати", "Соединённые Штаты", "", ""),
    ("nato", "ORG", "NATO", "НАТО", "НАТО", "", ""),
    ("un", "ORG", "United Nations | UN", "Організація Об'єднаних Націй | ООН",
     "Организация Объединённых Наций | ООН", "", ""),
    ("rada", "ORG", "Verkhovna Rada", "Верховна Рада", "Верховная Рада", "", ""),
    ("google", "ORG", "Google", "", "", "brand", "yes"),
]  # fmt: skip
GLOSSARY_TSV = "# people, places and organisations used by the glossary tests\n" + "".join(
    "\t".join(row) + "\n" for row in ROWS
)


# The red-team glossary the false-edit rounds (oldfalse2, 3, 4) enforce.
REDTEAM_GLOSSARY = Path(__file__).parent / "redteam" / "glossary.tsv"


# Places whose names join words by hyphens: with a preposition inside, and a noun with an
# agreeing adjective (the hyphenated-place tests of matching and of enforcement).
HYPHENATED_PLACES_TSV = (
    "id\ttype\ten\tuk\tru\n"
    "rostov\tLOC\tRostov-on-Don\tРостов-на-Дону\tРостов-на-Дону\n"
    "frankfurt\tLOC\tFrankfurt am Main\tФранкфурт-на-Майні\tФранкфурт-на-Майне\n"
    "kp\tLOC\tKamianets-Podilskyi\tКам'янець-Подільський\tКаменец-Подольский\n"
    "if\tLOC\tIvano-Frankivsk\tІвано-Франківськ\tИвано-Франковск\n"
    "sb\tLOC\tSeredyna-Buda\tСередина-Буда\tСередина-Буда\n"
    "ph\tLOC\tPereiaslav-Khmelnytskyi\tПереяслав-Хмельницький\tПереяслав-Хмельницкий\n"
    "kl\tLOC\tKuala Lumpur\tКуала-Лумпур\tКуала-Лумпур\n"
    "bl\tLOC\tBanja Luka\tБаня-Лука\tБаня-Лука\n"
)


def write_glossary(folder: Path, text: str = GLOSSARY_TSV, name: str = "test.tsv") -> Path:
    """Write ``text`` as ``folder/name`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_rows(tmp_path_factory: pytest.TempPathFactory, text: str) -> Glossary:
    """The glossary ``text``, loaded from a file under a new temporary folder (a module's
    fixture)."""
    return Glossary.load([write_glossary(tmp_path_factory.mktemp("glossary"), text)])


def rows_fixture(text: str, name: str = "glossary") -> Any:
    """A module-scoped fixture ``name`` giving the glossary ``text`` (:func:`load_rows`), for
    ``glossary = rows_fixture(GLOSSARY_TSV)`` at a test module's top level."""

    @pytest.fixture(scope="module", name=name)
    def loaded(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
        return load_rows(tmp_path_factory, text)

    return loaded


def load_glossary(folder: Path) -> Glossary:
    """The shared test glossary, loaded from a file under ``folder``."""
    return Glossary.load([write_glossary(folder)])


def assert_fixed(glossary: Glossary, source: str, target: str, expected: str, lang: str) -> None:
    """Enforcing ``glossary`` on the ``lang`` translation ``target`` of the English ``source``
    writes ``expected``, with a fixed hit."""
    out, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert out == expected
    assert any(h.status == FIXED for h in hits), hits


def assert_kept(glossary: Glossary, source: str, target: str, lang: str) -> None:
    """Enforcing ``glossary`` keeps the ``lang`` translation ``target`` as written: it has
    hits, none of them fixed."""
    out, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert out == target
    assert hits and all(h.status != FIXED for h in hits)


def assert_writes(glossary: Glossary, source: str, target: str, expected: str, lang: str) -> None:
    """Enforcing ``glossary`` on the ``lang`` translation ``target`` of the English ``source``
    writes ``expected`` (whatever its hits say)."""
    out, _ = enforce_sentence(source, target, "en", lang, glossary)
    assert out == expected


def assert_not_fixed(glossary: Glossary, source: str, target: str, lang: str) -> list[str]:
    """Enforcing ``glossary`` keeps the ``lang`` translation ``target`` as written, with no hit
    fixed (none need be found; one may be proposed); the hits' statuses, for more checks."""
    out, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert out == target
    statuses = [h.status for h in hits]
    assert FIXED not in statuses, hits
    return statuses


def assert_no_edit(glossary: Glossary, source: str, target: str, lang: str) -> list[str]:
    """Enforcing ``glossary`` keeps the ``lang`` translation ``target`` as written, every hit ok
    or missing: no edit, no needs-review; the hits' statuses, for more checks."""
    out, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert out == target
    statuses = [h.status for h in hits]
    assert set(statuses) <= {OK, MISSING}
    return statuses


def one_entry(entity: tuple[str, str, str], lang: str, note: str = "") -> Glossary:
    """A glossary of the one entity ``(type, English, lang)``, each side's forms written
    ``a | b``, with the glossary's ``note``."""
    kind, en, forms = entity
    names = {"en": tuple(en.split(" | ")), lang: tuple(forms.split(" | "))}
    return Glossary([Entry(id="x", type=kind, note=note, forms=names)])


def enforce_one(
    entity: tuple[str, str, str], source: str, target: str, lang: str, note: str = ""
) -> tuple[str, list[str]]:
    """Enforce the one entity ``(type, English, lang)`` on the ``lang`` translation ``target``
    of ``source``: the sentence written and the statuses of the hits found in it."""
    new, hits = enforce_sentence(source, target, "en", lang, one_entry(entity, lang, note))
    return new, [h.status for h in hits if h.target_span]


def entities_glossary(lang: str, entities: list[tuple[str, ...]]) -> Glossary:
    """A glossary of the entities ``(type, English, forms[, note])`` in ``lang``, ids e0, e1,
    …, each side's forms written ``a | b``."""
    return Glossary([
        Entry(id=f"e{i}", type=kind, note=";".join(note),
              forms={"en": tuple(en.split(" | ")), lang: tuple(forms.split(" | "))})
        for i, (kind, en, forms, *note) in enumerate(entities)
    ])  # fmt: skip


def first_entity_statuses(
    lang: str, entities: list[tuple[str, ...]], source: str, target: str
) -> tuple[str, list[str]]:
    """Enforce :func:`entities_glossary` of ``entities`` on the ``lang`` translation
    ``target`` of ``source``: the sentence written and the statuses of the first entity's
    (e0's) renderings, in the order they stand."""
    new, hits = enforce_sentence(source, target, "en", lang, entities_glossary(lang, entities))
    return new, [s for _, s in sorted((h.target_span, h.status) for h in hits
                                      if h.target_span and h.entry_id == "e0")]  # fmt: skip
