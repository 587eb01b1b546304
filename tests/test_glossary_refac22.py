"""A kind of thing a name names after a combining form in -а (issue 12, session 22,
refac22): аквапарк, авіаполк, медіахаб are a park, a regiment, a hub, as телеклуб is a club;
not any stem in -а, -і, -и before a short kind (програміст is no міст)."""

from __future__ import annotations

import pytest

from pipeline.glossary.enforce import _KINDS, _kind_with_prefix

# (language, dictionary lemma): a short kind after a combining form in -а.
KINDS = [
    ("uk", "аквапарк"),
    ("uk", "авіаполк"),
    ("uk", "авіапорт"),
    ("uk", "авіашоу"),
    ("uk", "авіаклуб"),
    ("uk", "медіахаб"),
    ("uk", "медіаклуб"),
    ("uk", "мегабанк"),
    ("uk", "екстраліга"),
    ("ru", "аквапарк"),
    ("ru", "авиаполк"),
    ("ru", "авиапорт"),
    ("ru", "авиашоу"),
    ("ru", "медиаклуб"),
]

# (language, lemma): no kind, though a short kind ends it after a vowel (and what a linking
# о, е or a clipped prefix already made a kind, unchanged).
NOT_KINDS = [
    ("uk", "програміст"),
    ("uk", "ісламіст"),
    ("uk", "оптиміст"),
    ("uk", "ескадрон"),
    ("uk", "подагра"),
    ("uk", "вернигора"),
    ("uk", "експорт"),
    ("ru", "спорт"),
    ("ru", "зависеть"),
    ("ru", "занзибар"),
]
STILL_KINDS = [("uk", "телеклуб"), ("uk", "держбанк"), ("ru", "авиабаза"), ("uk", "авіабаза")]


@pytest.mark.parametrize(("lang", "lemma"), KINDS + STILL_KINDS)
def test_combining_form_makes_a_kind(lang: str, lemma: str) -> None:
    assert _kind_with_prefix(lemma, _KINDS[lang])


@pytest.mark.parametrize(("lang", "lemma"), NOT_KINDS)
def test_other_vowel_stems_are_no_kind(lang: str, lemma: str) -> None:
    assert not _kind_with_prefix(lemma, _KINDS[lang])
