"""A valid form of a quoted name after a noun: what is kept and what is proposed.

A quoted name in the nominative after a noun of its kind is that noun's apposition and
stays (завод «Газпром», клуб «Арсенал»); after another thing's noun, where the source's
"of" or 's makes the name that noun's, a Ukrainian nominative is no longer taken for an
apposition: the genitive is proposed (акції «Газпром» for "shares of Gazprom" →
«Газпрому»), never written on that evidence alone.  Without "of" (Gazprom shares) the
nominative stays, as before."""

from __future__ import annotations

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence

ENTRIES = {
    "gazprom": ("ORG", "Gazprom", "Газпром", "Газпром"),
    "arsenal": ("ORG", "Arsenal", "Арсенал", "Арсенал"),
    "rosatom": ("ORG", "Rosatom", "Росатом", "Росатом"),
    "walmart": ("ORG", "Walmart", "Уолмарт", "Уолмарт"),
    "metalist": ("ORG", "Metalist", "Металіст", "Металлист"),
    "naftogaz": ("ORG", "Naftogaz of Ukraine", "Нафтогаз України", "Нафтогаз Украины"),
    "servant": ("ORG", "Servant of the People", "Слуга народу", "Слуга народа"),
    "echo": ("ORG", "Echo of Moscow", "Ехо Москви", "Эхо Москвы"),
    "real": ("ORG", "Real Madrid", "Реал Мадрид", "Реал Мадрид"),
}


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("quoted") / "g.tsv"
    rows = "".join(f"{k}\t{t}\t{en}\t{uk}\t{ru}\n" for k, (t, en, uk, ru) in ENTRIES.items())
    path.write_text("id\ttype\ten\tuk\tru\n" + rows, encoding="utf-8")
    return Glossary.load([path])


TABLE = [
    # (source, lang, translation, status, proposal)
    # "of" or 's: the noun's genitive, proposed.
    ("Shares of Gazprom fell on Monday.", "uk", "Акції «Газпром» впали в понеділок.",
     "needs-review", "Газпрому"),
    ("Gazprom's shares fell on Monday.", "uk", "Акції «Газпром» впали в понеділок.",
     "needs-review", "Газпрому"),
    # The noun in lower case, inside the sentence: still proposed, not written.
    ("On Monday shares of Gazprom fell.", "uk", "В понеділок акції «Газпром» впали.",
     "needs-review", "Газпрому"),
    # No "of": an apposition the translation may have made; kept.
    ("Gazprom shares fell on Monday.", "uk", "Акції «Газпром» впали в понеділок.", "ok", None),
    # A noun of the name's kind: its apposition, whatever the source.
    ("The workers of the Gazprom plant went on strike.", "uk",
     "Працівники заводу «Газпром» застрайкували.", "ok", None),
    ("He played for the club of Arsenal.", "uk", "Він грав за клуб «Арсенал».", "ok", None),
    # A company the dictionary guesses to be a person's name (its founder's) takes a
    # person's genitive in -а, proposed where the dictionary cannot vouch for it.
    ("Prices fell without Walmart.", "uk", "Без «Уолмартою» ціни впали.", "needs-review",
     "Уолмарта"),
    # A quoted name of several words after a noun of its kind: its apposition, kept.
    ("The Servant of the People party won a majority.", "uk",
     "Партія «Слуга народу» отримала більшість.", "ok", None),
    ("MPs of the Servant of the People faction voted.", "uk",
     "Депутати фракції «Слуга народу» проголосували.", "ok", None),
    # A valid form of a quoted name of several words stays whole, in the case it has: news
    # often leaves such a name undeclined (на «Эхо Москвы», з «Нафтогаз України»).
    ("A deal with Naftogaz of Ukraine.", "uk", "Угода з «Нафтогаз України».", "ok", None),
    ("A deputy from Servant of the People.", "ru", "Депутат от «Слуга народа».", "ok", None),
    ("He spoke on Echo of Moscow.", "ru", "Он выступил на «Эхо Москвы».", "ok", None),
    ("A Real Madrid player was injured.", "uk", "Гравець «Реал Мадрид» травмувався.", "ok",
     None),
    ("A Real Madrid player was injured.", "ru", "Игрок «Реал Мадрид» получил травму.", "ok",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "status", "proposal"), TABLE)
def test_a_valid_quoted_name_after_a_noun(
    glossary: Glossary, source: str, lang: str, target: str, status: str, proposal: str | None
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    hit = next(h for h in hits if h.target_span)
    assert new == target
    assert (hit.status, hit.proposal) == (status, proposal)


FIXED = [
    # (source, lang, translation, expected)
    # A person noun before a quoted body, which cannot be its apposition: its owner, in the
    # genitive, where the source's "for" makes it so too (a spokesman for Rosatom).
    ("A spokesman for Rosatom said.", "uk", "Речник «Росатом» заявив.",
     "Речник «Росатому» заявив."),
    # A club named by a word for a person: that word's genitive in -а (проти «Металіста»).
    ("He scored against Metalist.", "uk", "Він забив проти «Металіст».",
     "Він забив проти «Металіста»."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXED)
def test_a_valid_quoted_name_the_words_rule_out(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
    assert "fixed" in [h.status for h in hits if h.target_span]
