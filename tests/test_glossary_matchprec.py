"""Matching precision (issue 12, class 7): a run taken for another entity's rendering.

``KEPT_LINES``: a translation that renders the entity once, correctly, and has another run
that sounds like it — a dictionary form of another name or word (Австралии beside Австрии,
СССР beside ССР, Сімоном beside Семона), or a word made from the name by letters that are no
case ending (a patronymic Демидович, a family's Джемалятдінових) — is left as it is: that run
is no second rendering to correct.  ``STRESSED``: a stress mark (a combining acute, as
dictionaries and encyclopaedias write Ада́м, Новотро́ицка) is part of its word and ignored
when comparing, so the word is neither cut in two (the м of Ада́м is no word governing the
next name) nor rewritten.  ``FIXED_LINES``: a misspelt second rendering is still one.
Each ``KEPT_LINES`` and ``STRESSED`` row fails on the code before this work.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import write_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import FIXED, enforce_sentence
from pipeline.glossary.match import tokenize
from pipeline.glossary.morph import norm_key

ROWS = """id	type	en	ru	uk
austria	LOC	Austria	Австрия	Австрія
ssr	LOC	SSR	ССР	РСР
ussr	LOC	USSR	СССР	СРСР
demidov	PER	Nikita Demidov	Никита Демидов	Микита Демидов
semon	PER	Semon	Семон	Семон
dzhemaliatdin	PER	Dzhemaliatdin	Джемалятдин	Джемалятдін
smith	PER	Adam Smith | Smith	Адам Смит | Смит	Адам Сміт | Сміт
novotroitsk	LOC	Novotroitsk	Новотроицк	Новотроїцьк
france	LOC	France	Франция	Франція
ivan	PER	Ivan	Иван	Іван
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    folder: Path = tmp_path_factory.mktemp("matchprec")
    return Glossary.load([write_glossary(folder, ROWS)])


KEPT_LINES = [
    # (entry, source, target language, translation), the entry alone in the glossary: the
    # entity rendered once, rightly; another run sounds like it but is another lexeme's
    # dictionary form
    ("austria", "She toured Austria.", "ru",
     "Она гастролировала во Франции, Австрии, Испании, США, Австралии и Японии."),
    ("ssr", "He was born in the Byelorussian SSR.", "ru",
     "Он родился в Витебске, Белорусская ССР, СССР."),
    ("ussr", "He was born in the USSR.", "ru", "Он родился в Витебске, Белорусская ССР, СССР."),
    ("semon", "The book by Semon was translated.", "uk",
     "Книгу Р. Семона було перекладено Л. Сімоном англійською."),
    # ... a word made from the name: a patronymic, a family's name
    ("demidov", "Nikita Demidov was an industrialist.", "ru",
     "Никита Демидович Антуфьев, более известный как Никита Демидов, был промышленником."),
    ("dzhemaliatdin", "The name comes from Dzhemaliatdin.", "uk",
     "Жінки роду Джемалятдінових (прізвище походить від імені прадіда Джемалятдіна) сильні."),
    # the source names him twice, the translation once: a place the uk dictionary knows (it
    # tags no place as a name) is no second rendering
    ("ivan", "Ivan said Ivan would go to Kyiv.", "uk", "Іван сказав, що поїде до Києва."),
]  # fmt: skip

STRESSED = [
    # a stress mark inside a word: one word, read as the word without it
    ("smith", "Adam Smith was an economist.", "ru", "Ада́м Смит -- шотландский экономист."),
    ("novotroitsk", "The flag of Novotroitsk is its symbol.", "ru",
     "Флаг Новотро́ицка -- официальный символ города Новотроицк."),
]  # fmt: skip

FIXED_LINES = [
    # a second rendering misspelt, no dictionary word: still corrected
    ("france", "He loves France.", "ru", "Франция -- страна, где Францыя прекрасна.",
     "Франция -- страна, где Франция прекрасна."),
]  # fmt: skip


def _alone(glossary: Glossary, entry_id: str) -> Glossary:
    entry = glossary.get(entry_id)
    assert entry is not None
    return Glossary([entry])


@pytest.mark.parametrize(("entry", "source", "tgt", "target"), KEPT_LINES + STRESSED)
def test_kept(glossary: Glossary, entry: str, source: str, tgt: str, target: str) -> None:
    out, hits = enforce_sentence(source, target, "en", tgt, _alone(glossary, entry))
    assert out == target
    assert not any(hit.status == FIXED for hit in hits), hits


@pytest.mark.parametrize(("entry", "source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(
    glossary: Glossary, entry: str, source: str, tgt: str, target: str, expected: str
) -> None:
    out, hits = enforce_sentence(source, target, "en", tgt, _alone(glossary, entry))
    assert out == expected
    assert any(hit.status == FIXED for hit in hits), hits


def test_stress_mark_is_part_of_the_word() -> None:
    assert [t.text for t in tokenize("Ада́м Смит")] == ["Ада́м", "Смит"]
    assert norm_key("Новотро́ицка") == "новотроицка"
    assert norm_key("Новои\u0306") == "новой"  # a decomposed й stays й
