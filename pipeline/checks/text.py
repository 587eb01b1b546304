"""Text helpers shared by the checks: words, scripts, verbatim tokens and lemmas."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

WORD = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*")
LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")

# Tokens that must reach the target exactly as written.
VERBATIM = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)\]'’])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})
  | (?P<domain>\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|ua|ru|uk|info|co)
        (?:/[^\s<>"«»“”]*[^\s<>"«»“”.,;:!?)'’])?\b)
  | (?P<placeholder>\#[A-Z][A-Z0-9_]*\#|\{[A-Za-z_][\w.]*\}|%\(\w+\)[sd]|%[sd])
  | (?P<handle>(?<![\w@])@[A-Za-z_]\w{1,30})
  | (?P<hashtag>(?<![\w#&])\#[^\W\d_]\w*)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def verbatim_tokens(text: str) -> list[re.Match[str]]:
    """URLs, e-mail addresses, domains, placeholders, @handles and #hashtags in ``text``."""
    return list(VERBATIM.finditer(text))


def mask_verbatim(text: str) -> str:
    """``text`` with verbatim tokens blanked out (same length, so offsets still hold)."""
    return VERBATIM.sub(lambda m: " " * len(m.group()), text)


def script_counts(text: str) -> tuple[int, int]:
    """How many Latin and how many Cyrillic letters ``text`` holds."""
    latin = cyrillic = 0
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if name.startswith("LATIN"):
                latin += 1
            elif name.startswith("CYRILLIC"):
                cyrillic += 1
    return latin, cyrillic


def script_of(word: str) -> str:
    """``latin``, ``cyrillic``, ``mixed`` or ``other`` for one word."""
    latin, cyrillic = script_counts(word)
    if latin and cyrillic:
        return "mixed"
    if latin:
        return "latin"
    if cyrillic:
        return "cyrillic"
    return "other"


def words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens (letters and digits, inner apostrophes and hyphens kept)."""
    return WORD.finditer(text)


def letter_words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens made of letters only."""
    return LETTER_WORD.finditer(text)


def morph(lang: str) -> MorphAnalyzer:
    """The pymorphy3 analyzer of ``uk`` or ``ru``: the glossary's, so that a process loads
    each dictionary once."""
    from pipeline.glossary.morph import analyzer

    return analyzer(lang)


@cache
def lemmas(word: str, lang: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 offers for ``word`` (lower-cased ``word`` for en)."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    if lang not in ("uk", "ru"):
        return frozenset({low})
    return frozenset(p.normal_form for p in morph(lang).parse(low)) | {low}
