"""The case of a quoted name that is rewritten: what the quotes and the word before say.

A name in quotes after a word naming its kind keeps the nominative (клуб «Арсенал»); after
a person noun it is that person's club or company, in the genitive (гравець «Арсеналу»).
Examples written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import write_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.context import CaseContext
from pipeline.glossary.decide import KEEP, REWRITE, SCRIPT, SPELLING, VALID, Evidence, decide
from pipeline.glossary.enforce import FIXED, enforce_sentence
from pipeline.glossary.match import tokenize
from pipeline.glossary.quoted import APPOSITION, OWNER, quoted_head

HEADS = [
    # (lang, text, the quoted name's word, fact)
    ("uk", "Клуб «Арсенал» переміг.", "Арсенал", APPOSITION),
    ("uk", "Вболівальники клубу «Арсенал» раділи.", "Арсенал", APPOSITION),  # any case
    ("uk", "Це вигідно структурі «Енергоатом».", "Енергоатом", APPOSITION),
    ("ru", "акции компании «Газпром» выросли", "Газпром", APPOSITION),
    ("ru", "Газета «Правда» написала", "Правда", APPOSITION),
    ("uk", "Гравець «Арсеналу» забив.", "Арсеналу", OWNER),
    ("ru", "тренер «Барселоны»", "Барселоны", OWNER),
    ("ru", "Руководитель «Энергоатома» заявил", "Энергоатома", OWNER),
    # the quotes say nothing: another noun, a preposition, a verb, a name, no quotes
    ("uk", "матч «Арсеналу» завершився", "Арсеналу", None),
    ("uk", "у «Правді» написали", "Правді", None),
    ("uk", "Про це повідомив «Енергоатом».", "Енергоатом", None),
    ("uk", "Динамо «Київ» перемогло", "Київ", None),
    ("uk", "клуб Арсенал переміг", "Арсенал", None),
    ("uk", "«Енергоатом» заявив", "Енергоатом", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "fact"), HEADS)
def test_quoted_head(lang: str, text: str, name: str, fact: str | None) -> None:
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.text == name)
    assert quoted_head(lang, tokens, at, at) == fact


AFTER_NOUN = CaseContext(("gent",), True, basis="noun")
WEAK = CaseContext(("nomn", "gent"))
NO = frozenset()

DECISIONS = [
    # (evidence, action, reason, case)
    (Evidence(SPELLING, NO, WEAK, quoted=APPOSITION), REWRITE, "quoted-name", "nomn"),
    (Evidence(SCRIPT, NO, AFTER_NOUN, quoted=APPOSITION), REWRITE, "quoted-name", "nomn"),
    (Evidence(SPELLING, NO, WEAK, quoted=OWNER), REWRITE, "quoted-name", "gent"),
    # no quoted fact: the form's own rule
    (Evidence(SPELLING, NO, WEAK), REWRITE, SPELLING, None),
    # a valid form is not the quotes' business (the translation's grammar decides it)
    (Evidence(VALID, frozenset({"gent"}), WEAK, quoted=APPOSITION), KEEP, "context-allows", None),
]  # fmt: skip


@pytest.mark.parametrize(("evidence", "action", "reason", "case"), DECISIONS)
def test_decide_quoted(evidence: Evidence, action: str, reason: str, case: str | None) -> None:
    decision = decide(evidence)
    assert (decision.action, decision.reason, decision.case) == (action, reason, case)


ROWS = """id	type	en	uk	ru	note	dnt
arsenal	ORG	Arsenal	Арсенал	Арсенал
energoatom	ORG	Energoatom	Енергоатом	Энергоатом
gazprom	ORG	Gazprom	Газпром	Газпром
pravda	ORG	Pravda	Правда	Правда
barcelona	ORG	Barcelona	Барселона	Барселона
ivanov	PER	Ivan Ivanov | Ivanov	Іван Іванов | Іванов	Иван Иванов | Иванов
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    folder: Path = tmp_path_factory.mktemp("glossary")
    return Glossary.load([write_glossary(folder, ROWS)])


FIXED_IN_QUOTES = [
    # a made-up ending or Latin letters in quotes after a word naming the name's kind
    ("Energoatom benefits from this.", "uk", "Це вигідно структурі «Енергоатомою».",
     "Це вигідно структурі «Енергоатом»."),
    ("Gazprom shares rose", "ru", "акции компании «Газпромою» выросли",
     "акции компании «Газпром» выросли"),
    ("Pravda wrote", "uk", "газета «Правдем» написала", "газета «Правда» написала"),
    ("the Arsenal club won", "uk", "клуб «Arsenal» переміг", "клуб «Арсенал» переміг"),
    # ... and after a person noun: the genitive
    ("An Arsenal player scored.", "uk", "Гравець «Арсеналою» забив.",
     "Гравець «Арсеналу» забив."),
    ("The head of Energoatom said", "uk", "Керівник «Енергоатомем» заявив",
     "Керівник «Енергоатому» заявив"),
    ("The head of Energoatom said", "ru", "Руководитель «Энергоатомою» заявил",
     "Руководитель «Энергоатома» заявил"),
    ("an Arsenal player scored", "uk", "гравець «Arsenal» забив", "гравець «Арсеналу» забив"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXED_IN_QUOTES)
def test_fixed_in_quotes(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
    assert [(h.status, h.reason) for h in hits] == [(FIXED, "quoted-name")]


UNTOUCHED = [
    # valid forms in quotes stay, whichever case the word before would suggest
    ("Arsenal fans cheered", "uk", "Вболівальники клубу «Арсенал» раділи."),
    ("an Arsenal player", "uk", "гравець «Арсеналу»"),
    ("Barcelona's coach", "ru", "тренер «Барселоны»"),
    ("Pravda wrote", "ru", "Газета «Правда» написала"),
    ("the Energoatom match", "uk", "матч «Енергоатома»"),  # another noun: not the quotes' say
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), UNTOUCHED)
def test_untouched_in_quotes(glossary: Glossary, source: str, lang: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert FIXED not in [h.status for h in hits]
