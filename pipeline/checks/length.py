"""``length-ratio``: omissions and additions, by the target/source length ratio.

The length is measured twice, in non-space characters and in words, and each log ratio is
compared with what human translators produce in that direction:
``z = (log(len_t / len_s) - mu) / (a + c / len_s)``, so the band is wide for short
segments and narrows towards ``a`` for long ones.  ``mu``, ``a`` and ``c`` of both measures
and the thresholds were fitted per direction on the WMT22 general test references by
``bench/length_ratio.py`` (ru↔uk on the paired en-ru / en-uk references of the same
English lines).

A target is short only when both measures agree: ``max(z_chars, z_words)`` lies below the
0.5th percentile of the references' scores, so a concise translation written in fewer
letters but as many words (Russian → English) passes, while a dropped half of the words
does not.  It is long when ``min(z_chars, z_words)`` lies above the 99.9th percentile (and
above 3).  Short segments are judged leniently through ``c / len_s``: for a source of one
or two words the band of the word ratio is so wide that the target is never short, and long
only at about five times the expected number of words.  Both measures far out (4, or 5 for
a long target) make an error.

A target that also looks truncated (it lost the sentence-final punctuation of the source,
ends on a preposition or conjunction, or starts in lower case where the source starts with
a capital) is flagged once the mean of the two scores is below -0.5 (-1 for the lower-case
cue).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import word_list
from pipeline.model import Severity

Parameters = tuple[float, float, float]  # mu, a, c

# (src, tgt): the log ratio of non-space characters
CHARS: dict[tuple[str, str], Parameters] = {
    ("en", "uk"): (0.080, 0.087, 5.880),
    ("en", "ru"): (0.134, 0.103, 3.839),
    ("uk", "en"): (0.052, 0.123, 2.735),
    ("ru", "en"): (0.000, 0.108, 2.776),
    ("ru", "uk"): (-0.041, 0.126, 1.389),
    ("uk", "ru"): (0.041, 0.119, 2.594),
}
# (src, tgt): the log ratio of words
WORDS: dict[tuple[str, str], Parameters] = {
    ("en", "uk"): (-0.147, 0.126, 0.819),
    ("en", "ru"): (-0.114, 0.112, 0.849),
    ("uk", "en"): (0.211, 0.114, 0.762),
    ("ru", "en"): (0.223, 0.092, 0.827),
    ("ru", "uk"): (0.000, 0.171, 0.000),
    ("uk", "ru"): (0.000, 0.175, 0.000),
}
# (src, tgt): (short, long) warning thresholds of the scores
THRESHOLDS: dict[tuple[str, str], tuple[float, float]] = {
    ("en", "uk"): (-2.053, 3.190),
    ("en", "ru"): (-2.283, 3.000),
    ("uk", "en"): (-2.462, 3.000),
    ("ru", "en"): (-2.523, 3.000),
    ("ru", "uk"): (-3.054, 3.271),
    ("uk", "ru"): (-2.614, 3.190),
}
DEFAULT_CHARS: Parameters = (0.0, 0.12, 4.0)
DEFAULT_WORDS: Parameters = (0.0, 0.14, 0.8)
DEFAULT_THRESHOLDS = (-2.5, 3.5)
ERROR_Z = 4.0  # both measures this far out: an error (a long target), a warning (a short one)
SHORT_ERROR_Z = 5.0  # a short target this far out: an error (a loose rendering rarely is)
TRUNCATED_Z = -0.5  # the mean z below which a truncation cue is enough
TRUNCATED_CASE_Z = -1.0  # ... and below which a lower-case start counts as one
CUT_WARNING_Z = -1.5  # a target that looks cut short is worth a look when this short


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence rarely ends on: prepositions, conjunctions, articles (not English
# prepositions that double as particles: "give in", "sign out", nor the pronoun "that").
FUNCTION_WORDS = {
    "en": _wordset("the a an of and or but which whose than into because while if as"),
    "uk": _wordset(
        "в у на з із зі до для від по про та і й або але як чи за під над між без через "
        "при щоб бо який яка які"
    ),
    "ru": _wordset(
        "в во на с со к ко до для от по о об про и а или но как ли за под над между без "
        "через при у из чтобы который которая которые"
    ),
}
_END = re.compile(r"[.!?…:;][\s\"'»“”’)\]]*$")


def char_count(text: str) -> int:
    """The number of non-space characters of ``text``."""
    return len("".join(text.split()))  # str.split() splits on exactly what isspace() is


def word_count(text: str) -> int:
    """The number of words (letters and digits) of ``text``."""
    return len(word_list(text))


def _z(n: int, m: int, params: Parameters) -> float:
    mu, a, c = params
    return (math.log(m / n) - mu) / (a + c / n)


def z_scores(
    chars: tuple[int, int], words: tuple[int, int], src: str, tgt: str
) -> tuple[float, float]:
    """How many expected deviations the character and the word ratio lie from the norm,
    from the source's and the target's character and word counts.

    A side without words counts as one word.
    """
    z_chars = _z(*chars, CHARS.get((src, tgt), DEFAULT_CHARS))
    return z_chars, _z(max(words[0], 1), max(words[1], 1), WORDS.get((src, tgt), DEFAULT_WORDS))


def _first_letter(text: str) -> str:
    """The first letter or digit of ``text`` (a digit is never lower case)."""
    return next((c for c in text if c.isalnum()), "")


def truncated(source: str, target: str, tgt: str, lenient: bool = False) -> str | None:
    """Why ``target`` looks cut short, if it does.

    It lost the source's sentence-final punctuation, ends on a preposition, conjunction or
    article, or (unless ``lenient``) starts in lower case where the source starts with a
    capital, the weakest of the cues.
    """
    source, target = source.strip(), target.strip()
    if _END.search(source) and not _END.search(target):
        return "the source's sentence-final punctuation is missing"
    last = re.search(r"(\w+)[\s\"'»“”’)\]]*$", target)  # no final punctuation after it
    if last and last.group(1).lower() in FUNCTION_WORDS.get(tgt, ()):
        return f"the target ends on {last.group(1)!r}"
    if _first_letter(source).isupper() and _first_letter(target).islower() and not lenient:
        return "the target starts in lower case"
    return None


@register(
    "length-ratio",
    Severity.WARNING,
    "The target's length is an outlier for the direction: an omission (too short) or an "
    "addition (too long); calibrated per direction, lenient on short segments, and stricter "
    "when the target looks cut short.  Extreme outliers are errors.",
    ("Police closed the road after the storm, officials said on Monday.",
     "Поліція перекрила дорогу", "en", "uk"),
)  # fmt: skip
def length_ratio(seg: Segment) -> Iterator[Flag]:
    """Flag a target far shorter or longer than translations in this direction usually are."""
    n_chars, m_chars = char_count(seg.source), char_count(seg.target)
    if not n_chars or not m_chars:
        return
    n, m = word_count(seg.source), word_count(seg.target)
    z_chars, z_words = z_scores((n_chars, m_chars), (n, m), seg.src, seg.tgt)
    short, long = max(z_chars, z_words), min(z_chars, z_words)
    mean = (z_chars + z_words) / 2
    low, high = THRESHOLDS.get((seg.src, seg.tgt), DEFAULT_THRESHOLDS)
    cut = (
        truncated(seg.source, seg.target, seg.tgt, lenient=mean > TRUNCATED_CASE_Z)
        if mean < TRUNCATED_Z
        else None
    )
    ratios = (
        f"{m_chars / n_chars:.2f}× the source's characters, {m} word{'' if m == 1 else 's'} for {n}"
    )
    if short < low or cut:
        # A concise translation is as short as a small omission: only a target that is both
        # short and looks cut short is worth a look; either alone is context.
        why = f"; {cut}" if cut else ""
        yield Flag(
            f"the target is short for a translation ({ratios}, z={short:.1f}){why}: "
            "part of the sentence may be missing",
            (0, len(seg.source)),
            severity=Severity.ERROR
            if short < -SHORT_ERROR_Z
            else Severity.WARNING
            if short < -ERROR_Z or (cut and (short < low or mean < CUT_WARNING_Z))
            else Severity.INFO,
        )
    elif long > high:
        yield Flag(
            f"the target is long for a translation ({ratios}, z={long:.1f}): it may add text",
            target_span=(0, len(seg.target)),
            severity=Severity.ERROR if long > ERROR_Z + 1 else None,
        )
