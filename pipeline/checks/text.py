"""Text helpers shared by the checks: words, scripts, verbatim tokens and lemmas."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
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
  | (?P<cashtag>(?<![\w$])\$[A-Za-z]{2,6}(?![\w])(?!\s?\d))
    """,
    re.VERBOSE | re.IGNORECASE,
)


# A character sequence every verbatim token holds (keep in step with VERBATIM): most
# sentences hold none, and are spared the scan of VERBATIM (whose e-mail branch retries at
# every word character).  A domain holds a dot and one of VERBATIM's top-level domains.
# The cue starts with one of a few characters and looks behind it from there, so it is
# tried only where one of them stands.
_VERBATIM_CUE = re.compile(
    r"[@#{%$:.wW](?:(?<=[@#{%$])|(?<=:)//|(?<=[wW])(?i:ww\.)"
    r"|(?<=\.)(?i:com|org|net|gov|edu|io|ua|ru|uk|info|co))"
)

# Markup tags a translation keeps as they are: <div id=sec1>, </contents>.
TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,300})?/?>")
# A token without spaces longer than this (a pasted base64 blob) is not read by the checks:
# the verbatim patterns would take time quadratic in its length.
MAX_TOKEN = 500
LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")


def long_tokens(text: str) -> list[re.Match[str]]:
    """Tokens without spaces longer than :data:`MAX_TOKEN` characters."""
    return list(LONG_TOKEN.finditer(text))


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` between its over-long tokens."""
    start = 0
    for m in LONG_TOKEN.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def verbatim_tokens(text: str) -> list[re.Match[str]]:
    """URLs, e-mail addresses, domains, placeholders, @handles and #hashtags in ``text``.

    Over-long tokens are left out (see :data:`MAX_TOKEN`), so this is linear in ``text``.
    """
    if not _VERBATIM_CUE.search(text):
        return []
    return [m for start, end in _pieces(text) for m in VERBATIM.finditer(text, start, end)]


@lru_cache(maxsize=1024)  # several checks mask the same sentence
def mask_verbatim(text: str) -> str:
    """``text`` with verbatim tokens, markup tags and over-long tokens blanked out.

    The result has the same length, so offsets still hold.
    """
    spans = [m.span() for m in verbatim_tokens(text)]
    if len(text) > MAX_TOKEN:
        spans += [m.span() for m in long_tokens(text)]
    if "<" in text:
        spans += [m.span() for start, end in _pieces(text) for m in TAG.finditer(text, start, end)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@cache
def _script(char: str) -> int:
    """1 for a Latin letter, 2 for a Cyrillic one, 0 otherwise (by Unicode name, once per char)."""
    if not char.isalpha():
        return 0
    name = unicodedata.name(char, "")
    return 1 if name.startswith("LATIN") else 2 if name.startswith("CYRILLIC") else 0


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# A character outside ASCII and the letters of U+0400–04FF: a letter of another block, maybe.
_OTHER_CHAR = re.compile(r"[^\x00-\x7f\u0400-\u0481\u048a-\u04ff]")


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


@lru_cache(maxsize=4096)  # several checks count the same sentence
def script_counts(text: str) -> tuple[int, int]:
    """How many Latin and how many Cyrillic letters ``text`` holds.

    ASCII letters and the letters of U+0400–04FF are counted in C, from the text's bytes (a
    letter of U+0400–04FF is two bytes in UTF-8); only the characters of other blocks
    (« — ’, accented or extended letters) are looked up one by one."""
    ascii_part = text.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if len(ascii_part) == len(text):
        return latin, 0
    others = _OTHER_CHAR.findall(text)
    # every character beyond ASCII is one byte more than one; the others may be more
    cyrillic = _utf8_size(text) - len(text) - (_utf8_size("".join(others)) - len(others))
    for char in others:
        kind = _script(char)
        latin += kind == 1
        cyrillic += kind == 2
    return latin, cyrillic


@lru_cache(maxsize=1 << 16)
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


@lru_cache(maxsize=1024)  # length, repetition and wrong-language read the same sentence
def word_list(text: str) -> tuple[str, ...]:
    """The word tokens of ``text`` (see :func:`words`) as strings."""
    return tuple(WORD.findall(text))


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


@lru_cache(maxsize=1 << 16)
def lemmas(word: str, lang: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 offers for ``word`` (lower-cased ``word`` for en)."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    if lang not in ("uk", "ru"):
        return frozenset({low})
    from pipeline.glossary.morph import parses  # the glossary's cache: it parsed most words

    return frozenset(p.normal_form for p in parses(lang, low)) | {low}
