"""Mends of the session-22 merge from the reviewers' probes (review22t, review22u): correct
text a new rule rewrote.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import assert_kept, rows_fixture

from pipeline.glossary import Glossary

CALL_SIGN_ROWS = (
    "id\ttype\ten\tuk\tru\tnote\n"
    "hnatiuk\tPER\tOleh Hnatiuk | Hnatiuk | Sokil\tОлег Гнатюк | Гнатюк | Сокіл"
    "\tОлег Гнатюк | Гнатюк | Сокол\tsurname indeclinable\n"
)

call_sign = rows_fixture(CALL_SIGN_ROWS, "call_sign")

# KEPT: a call sign after позивний / позывной (or a nickname after прозвищу) is quoted as it is
# called, in the nominative; prec22 lets a call sign decline, and the genitive after a noun
# then read "з позивним Сокіл" as Sokil's (Сокола).
KEPT = [
    ("The scouts of the commander with the call sign Sokil crossed the river.",
     "Розвідники командира з позивним Сокіл переправилися через річку.", "uk"),
    ("The scouts of the commander with the call sign Sokil crossed the river.",
     "Разведчики командира с позывным Сокол переправились через реку.", "ru"),
    ("He served under the call sign Sokil.", "Він служив під позивним Сокіл.", "uk"),
    ("He served under the call sign Sokil.", "Он служил под позывным Сокол.", "ru"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang"), KEPT)
def test_call_sign_after_its_naming_word_stays(
    call_sign: Glossary, source: str, target: str, lang: str
) -> None:
    assert_kept(call_sign, source, target, lang)
