"""What vouches for a rewrite, and which words render an entity (issue 12, vouch2), as
tables written for these tests.

``FIXED_LINES``: a rewrite written —
- a surname's form pymorphy3 does not vouch for (it reads Ферстаппен as a short adjective),
  vouched for by the first name right before it: a name the dictionary knows in that case
  alone, with the same ending after its nominative (Максом Ферстаппеном, -ом both);
- the source's plural kept in Latin where the glossary's form is the plural of a common
  noun (Демократы, Республіканці; a word the dictionary lacks, by its guesser: Хуситы): no
  singular glossary form saying less than the source;
- an organisation's or a place's acronym the source writes as a word, as British news
  does (Nato, Opec for NATO, OPEC), where spaCy's name-finder reads the word alone as
  such a name.

``PROPOSED_LINES``: the proposal stays a proposal — the first name's ending differs from
the form's (Шоном Айсліним: a possessive surname's -им, where a foreign -ін name takes -ом;
Сергеем Нетесовым was one, written since vouch17: a Slavic -ов declines one way only), or
the rendering has no first name before it.

``UNNAMED_LINES``: no hit — a word spelt as an acronym of four letters or more that the
name-finder reads as no organisation's name (Swift said …), a three-letter one (Who), an
acronym of a row of another type (Covid: an illness news and translators write as a
word, ковид).

``FOUND_LINES``: the rendering the enforcer takes for the entity — a name that is also an
adjective's form (Довгеньке, a village) is rendered by that adjective's other forms
(Довгенькою), which are no word derived from another name.

Each row marked *new* fails on the code before this work; the others pin the rows'
expected behaviour.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import REVIEW, enforce_sentence

ROWS = """id	type	en	uk	ru	dnt
verstappen	PER	Max Verstappen | Verstappen	Макс Ферстаппен | Ферстаппен	Макс Ферстаппен | Ферстаппен
aslin	PER	Shaun Aslin | Aslin	Шон Айслін | Айслін	Шон Эйслин | Эйслин
netesov	PER	Sergei Netesov | Netesov	Сергій Нетесов | Нетесов	Сергей Нетесов | Нетесов
democrats	ORG	Democrats	Демократи	Демократы
republicans	ORG	Republicans	Республіканці	Республиканцы
houthis	ORG	Houthis	Хусити	Хуситы
dovhenke	LOC	Dovhenke	Довгеньке	Довгенькое
nato	ORG	NATO	НАТО	НАТО
opec	ORG	OPEC	ОПЕК	ОПЕК
swift	ORG	SWIFT	SWIFT	SWIFT
who	ORG	WHO	ВООЗ	ВОЗ
covid	TERM	COVID	COVID	COVID
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # (source, target language, translation, expected)
    # the first name before the surname vouches for the surname's form in its case
    ("He finished behind Max Verstappen.", "ru",  # new
     "Он финишировал за Максом Фэрстаппеном.", "Он финишировал за Максом Ферстаппеном."),
    ("He finished behind Verstappen.", "ru",  # new: the short form, the first name outside
     "Он финишировал за Максом Ферстаппеномою.", "Он финишировал за Максом Ферстаппеном."),
    ("He finished behind Max Verstappen.", "uk",  # uk's predictor vouches for it already
     "Він фінішував за Максом Фестаппеном.", "Він фінішував за Максом Ферстаппеном."),
    ("He finished behind Max Verstappen.", "ru",  # new: a Latin surname
     "Он финишировал за Максом Verstappen.", "Он финишировал за Максом Ферстаппеном."),
    # no first name before it, but the uk dictionary knows the entry's Ферстаппен, declined
    # by the same rule (spell5: morph.vouched_by_other; a proposal before)
    ("He spoke with Verstappen.", "ru", "Он говорил с Фэрстаппеном.",
     "Он говорил с Ферстаппеном."),
    # the glossary's form is a plural itself: the source's plural kept in Latin is rewritten
    ("The Democrats won again.", "ru", "Democrats снова победили.",  # new
     "Демократы снова победили."),
    ("The Republicans won again.", "uk", "Republicans знову перемогли.",  # new
     "Республіканці знову перемогли."),
    ("The Houthis attacked ships.", "ru", "Houthis атаковали суда.",  # new: as guessed
     "Хуситы атаковали суда."),
    # a man's surname in the -ов of a Slavic one declines one way only (vouch17:
    # morph._regular_declension; a proposal before, the first name's -ем not the form's -ым)
    ("He spoke with Sergei Netesov.", "ru", "Он говорил с Сергеем Нетешовым.",
     "Он говорил с Сергеем Нетесовым."),
    # an organisation's acronym the source writes as a word, as British news does
    ("Ukraine wants to join Nato.", "uk", "Україна хоче вступити до NATO.",  # new
     "Україна хоче вступити до НАТО."),
    ("Opec cut oil output.", "ru", "OPEC сократила добычу нефти.",  # new
     "ОПЕК сократила добычу нефти."),
]  # fmt: skip

PROPOSED_LINES = [
    # (source, target language, translation, the proposal)
    # the first name's ending is not the form's: the form stays unvouched
    ("He spoke with Shaun Aslin.", "uk", "Він говорив із Шоном Ейсліном.",
     "Шоном Айсліним"),
    # no first name before the surname, and neither dictionary knows the name: nothing
    # vouches for the form pymorphy3 doubts
    ("He spoke with Aslin.", "ru", "Он говорил с Айслином.", "Эйслиным"),
]  # fmt: skip

FOUND_LINES = [
    # (source, target language, translation, the rendering found)
    ("The troops attacked Dovhenke.", "uk", "Війська атакували Довгенькою.",  # new
     "Довгенькою"),
]  # fmt: skip


UNNAMED_LINES = [
    # (source, target language, translation): the source does not name the entity
    # a word spelt as an acronym that spaCy's name-finder reads as no organisation's name
    ("Swift said the tour was over.", "ru", "Свифт сказала, что тур окончен."),
    # three letters: a word (Who), not an acronym written as one
    ("Who said that?", "uk", "Хто це сказав?"),
    # an illness's acronym news writes as a common word, translators too (not a row of an
    # organisation or a place)
    ("Covid cases rose again.", "ru", "Число случаев ковида снова выросло."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


@pytest.mark.parametrize(("source", "tgt", "target", "proposal"), PROPOSED_LINES)
def test_proposed(glossary: Glossary, source: str, tgt: str, target: str, proposal: str) -> None:
    out, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert out == target
    assert [(h.status, h.proposal) for h in hits] == [(REVIEW, proposal)]


@pytest.mark.parametrize(("source", "tgt", "target", "rendering"), FOUND_LINES)
def test_found(glossary: Glossary, source: str, tgt: str, target: str, rendering: str) -> None:
    _, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert [h.target_text for h in hits] == [rendering]


@pytest.mark.parametrize(("source", "tgt", "target"), UNNAMED_LINES)
def test_unnamed(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    out, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert (out, hits) == (target, [])
