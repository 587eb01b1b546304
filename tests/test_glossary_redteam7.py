"""A seventh set of correct news translations `newsmt check --fix` must leave alone (issue 12,
class 7): ``redteam/sentences7.tsv`` — sport results and transfers, courts, film festivals,
markets, space, city news, reported speech, questions and headlines, numbers beside names,
vocatives and imperatives, passives, subjects after their verb, comparisons, apposition,
adjectives made from names, streets and awards named after people.  The rows below pin the
grammar each false edit or false alarm it found was removed by."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_glossary_redteam import GLOSSARY, check_fix, pairs, words

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import OK, enforce_sentence
from pipeline.glossary.precision import addressed


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_no_token_changed_by_check_fix(tmp_path: Path, lang: str) -> None:
    cols = pairs("sentences7.tsv")
    assert len(cols[lang]) >= 200
    fixed = check_fix(tmp_path, cols, lang)
    changed = [(n, a, b) for n, (a, b) in enumerate(zip(cols[lang], fixed, strict=True), 1)
               if words(a) != words(b)]  # fmt: skip
    assert changed == []


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load([GLOSSARY])


ADDRESSES = [
    # (text, the name, set off as an address)
    ("«Приїжджайте до Києва, пане Шольце», — сказав Кличко.", "Шольце", True),
    ("«Пане Байдене, закрийте небо!»", "Байдене", True),
    ("Шановний пане Байдене, дякуємо!", "Байдене", True),
    ("«Пробач нам, Маріуполе», — було написано на банері.", "Маріуполе", True),
    ("Ви чуєте, пане Шольце?", "Шольце", True),
    ("Дякую, Греге!", "Греге", True),
    # not an address: a title of every case (пані), a noun in another case before the name
    ("Зустріч пані Байдене, і ще одна.", "Байдене", False),
    ("Він зустрівся з другом Байдене, і пішов.", "Байдене", False),
    ("Частини Буте попереджені.", "Буте", False),
    # a name in quotes on both sides is quoted, not addressed
    ("Він прочитав «Шольце» і пішов.", "Шольце", False),
    ('Слово "Байдене" з\'явилося в заголовку.', "Байдене", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), ADDRESSES)
def test_addressed(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert addressed(text, (start, start + len(name))) is expected


UNTOUCHED = [
    # (source, target language, translation): valid, neither rewritten nor flagged
    # a person addressed after a title in the vocative, the address closed by a quote
    ('"Come to Kyiv, Mr Scholz," Klitschko said.', "uk",
     "«Приїжджайте до Києва, пане Шольце», — сказав Кличко."),
    ('"Mr Biden, close the sky!"', "uk", "«Пане Байдене, закрийте небо!»"),
    # a noun that can only be the accusative before the verb is its object: the name after
    # the verb is its subject, whatever the source's "to"
    ("This year the Peace Prize went to Zhadan.", "uk", "Премію миру цього року отримав Жадан."),
    ("This year the Peace Prize went to Zhadan.", "ru", "Премию мира в этом году получил Жадан."),
    # a lower-case word is no surname (голов, of goals; not Голов): no subject before the verb
    ("Mudryk scored the most goals.", "ru", "Больше всех голов забил Мудрик."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), UNTOUCHED)
def test_untouched(glossary: Glossary, source: str, lang: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert [h.status for h in hits if h.source_text not in ("Kyiv", "Klitschko")] == [OK]
