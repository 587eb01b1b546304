"""Glossary names that are also common words or other names (issue 12, class 7, homonym).

``redteam/homonyms.tsv`` holds correct en→uk and en→ru news pairs written for these tests,
naming entities of ``redteam/glossary.tsv`` whose form is also a common word (Суми, Рівне,
Щастя, Находка, Мир, «Свобода», Коваль, Мороз, Meta, Shell) beside that word, another
entity's longer name holding a glossary name (Michael Jordan, Paris Hilton, Johnson &
Johnson), short forms beside long ones and do-not-translate names.  The whole file goes
through the real command in test_glossary_redteam.py and not one token may change; the rows
below pin each mechanism the false edits it found were removed by, and fail without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.glossary import Glossary
from pipeline.glossary.context import CaseContext
from pipeline.glossary.decide import KEEP, REVIEW, REWRITE, VALID, Evidence, decide
from pipeline.glossary.enforce import FIXED, OK, enforce_sentence
from pipeline.glossary.morph import agrees_before, paradigm, place_derivative

HERE = Path(__file__).parent / "redteam"
GLOSSARY = HERE / "glossary.tsv"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load([GLOSSARY])


# (source, translation, language, entity, status the entity's hit must have or None for
# "no hit at all", the translation as --fix writes it)
KEPT = [
    # Another entity's longer name holds the glossary's name, its other words given too
    # (inside_another_name): the transliterated longer name is no misspelling.
    ("Michael Jordan visited Jordan.", "Майкл Джордан відвідав Йорданію.", "uk", "jordan",
     OK, "Майкл Джордан відвідав Йорданію."),
    ("Paris Hilton launched a new perfume.", "Пэрис Хилтон выпустила новый парфюм.", "ru",
     "paris", None, "Пэрис Хилтон выпустила новый парфюм."),
    ("A museum of Nikola Tesla opened in Belgrade.", "У Белграді відкрили музей Ніколи Тесли.",
     "uk", "tesla", None, "У Белграді відкрили музей Ніколи Тесли."),
    ("Johnson & Johnson recalled a vaccine.", "Johnson & Johnson отозвала вакцину.", "ru",
     "johnson", None, "Johnson & Johnson отозвала вакцину."),
    # ... while the entity's own mention beside it is still corrected.
    ("Michael Jordan visited Jordan.", "Майкл Джордан відвідав Йорданию.", "uk", "jordan",
     FIXED, "Майкл Джордан відвідав Йорданію."),
    # A common noun that is also a surname after an adjective of the name: the adjective
    # agrees with the noun's own gender (agrees_before), so the noun declines.
    ("That is true, a source told Ukrainska Pravda.",
     "Це правда, сказало джерело «Українській правді».", "uk", "pravda", OK,
     "Це правда, сказало джерело «Українській правді»."),
    # A body's name in the old spelling declines as its stem less the hard sign.
    ("A Moscow businessman told Kommersant he had left Russia.",
     "Московский коммерсант рассказал «Коммерсанту», что уехал из России.", "ru",
     "kommersant", OK, "Московский коммерсант рассказал «Коммерсанту», что уехал из России."),
    # A plural-only place's genitive in -ов, where the dictionary's table has the zero
    # ending (Бровар): proposed, not written.
    ("Traffic from Brovary to Kyiv was blocked.", "Движение из Броваров в Киев перекрыли.",
     "ru", "brovary", "needs-review", "Движение из Броваров в Киев перекрыли."),
    # Two renderings of one entity for one source mention: the source's role is not
    # known to be this one's, so a valid form is not rewritten on it.
    ("Radio Liberty reported on the Svoboda rally.",
     "Радио Свобода сообщило о митинге «Свободы».", "ru", "svoboda", "needs-review",
     "Радио Свобода сообщило о митинге «Свободы»."),
]


@pytest.mark.parametrize(("source", "target", "lang", "entity", "status", "fixed"), KEPT)
def test_homonym_rows(
    glossary: Glossary, source: str, target: str, lang: str, entity: str,
    status: str | None, fixed: str,
) -> None:  # fmt: skip
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == fixed
    statuses = {h.status for h in hits if h.entry_id == entity}
    assert statuses == ({status} if status else set())


def test_shared_rendering_only_proposes_the_sources_case() -> None:
    """Rule (c) rewrites a valid form where the source's role agrees with the context's
    likeliest case, unless the translation renders the entity more often than the source
    names it (``shared``): then it is proposed."""
    ctx = CaseContext(("gent", "nomn"))
    one = Evidence(VALID, frozenset({"nomn"}), ctx, role=("gent",), agrees="noun")
    assert decide(one).action == REWRITE
    two = Evidence(VALID, frozenset({"nomn"}), ctx, role=("gent",), agrees="noun", shared=True)
    assert (decide(two).action, decide(two).reason) == (REVIEW, "source-role-only")
    assert decide(Evidence(VALID, frozenset({"gent"}), ctx, shared=True)).action == KEEP


@pytest.mark.parametrize(
    ("word", "rest", "agrees"),
    [("Українська", ["правда"], True), ("Нова", ["пошта"], True), ("Правда", ["Україна"], False)],
)
def test_agrees_before_reads_every_gender(word: str, rest: list[str], agrees: bool) -> None:
    assert agrees_before("uk", word, rest) is agrees


def test_hard_sign_name_declines_as_its_stem() -> None:
    body = paradigm("ru", "Коммерсантъ")
    assert (body.forms["nomn"], body.forms["datv"], body.forms["accs"]) == (
        "коммерсантъ", "коммерсанту", "коммерсантъ")  # fmt: skip
    # A person's name typed so is left as the dictionary reads it.
    assert not paradigm("ru", "Коммерсантъ", person=True).inflects


@pytest.mark.parametrize(
    ("lang", "name", "word", "kind"),
    [("uk", "Суми", "Сумській", "adjective"), ("ru", "Сумы", "Сумской", "adjective"),
     ("uk", "Суми", "сумний", None), ("uk", "Суми", "Сумах", None)],
)  # fmt: skip
def test_short_stem_place_adjective(lang: str, name: str, word: str, kind: str | None) -> None:
    """A three-letter stem makes its adjective with -ськ-/-ск- (Суми → Сумська): the
    missing entity beside it is reported as info, not as an error."""
    assert place_derivative(lang, name, word) == kind


def test_hard_sign_name_declined_is_consistent(tmp_path: Path) -> None:
    """«Коммерсанту» and «Коммерсантъ» on two lines are one rendering, no inconsistency."""
    src, tgt = tmp_path / "news.en", tmp_path / "news.ru"
    src.write_text("Kommersant reported the arrest.\nA source told Kommersant.\n", "utf-8")
    tgt.write_text("Об аресте сообщил «Коммерсантъ».\nИсточник рассказал «Коммерсанту».\n",
                   "utf-8")  # fmt: skip
    args = ["check", "--from", "en", "--to", "ru", str(src), str(tgt), "--glossary",
            str(GLOSSARY), "--fail-on", "never"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert "kommersant" not in result.output
