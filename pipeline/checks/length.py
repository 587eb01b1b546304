"""``length-ratio``: omissions and additions, by the target/source length ratio.

The log of the ratio of non-space characters is compared with what human translators
produce in that direction: ``z = (log(len_t / len_s) - mu) / (a + c / len_s)``, so the
band is wide for short segments and narrows towards ``a`` for long ones.  ``mu``, ``a``
and ``c`` were fitted per direction on the WMT22 general test references (median and
MAD of the log ratio in ten source-length deciles; ru↔uk on the paired en-ru / en-uk
references of the same English lines).

A target that also looks truncated (it lost the sentence-final punctuation of the
source, ends on a preposition or conjunction, or starts in lower case where the source
starts with a capital) is flagged at a much smaller deviation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.model import Severity

# (src, tgt): (mu, a, c)
PARAMETERS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("en", "uk"): (0.073, 0.083, 6.57),
    ("en", "ru"): (0.127, 0.099, 4.21),
    ("uk", "en"): (0.043, 0.109, 3.59),
    ("ru", "en"): (-0.016, 0.096, 3.94),
    ("ru", "uk"): (-0.052, 0.118, 2.76),
    ("uk", "ru"): (0.043, 0.118, 2.70),
}
DEFAULT = (0.0, 0.12, 4.0)
WARN_Z = 2.5
ERROR_Z = 4.0
TRUNCATED_Z = 0.0
TRUNCATED_CASE_Z = 1.0


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence rarely ends on: prepositions, conjunctions, articles (not English
# prepositions that double as particles: "give in", "sign out").
FUNCTION_WORDS = {
    "en": _wordset("the a an of and or but that which whose than into because while if as"),
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


def _length(text: str) -> int:
    return sum(not c.isspace() for c in text)


def z_score(source: str, target: str, src: str, tgt: str) -> float:
    """How many expected deviations the length ratio lies from its direction's norm."""
    n, m = _length(source), _length(target)
    mu, a, c = PARAMETERS.get((src, tgt), DEFAULT)
    return (math.log(m / n) - mu) / (a + c / n)


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
    if not _length(seg.source) or not _length(seg.target):
        return
    z = z_score(seg.source, seg.target, seg.src, seg.tgt)
    ratio = _length(seg.target) / _length(seg.source)
    cut = (
        truncated(seg.source, seg.target, seg.tgt, lenient=z > -TRUNCATED_CASE_Z)
        if z < -TRUNCATED_Z
        else None
    )
    if z < -WARN_Z or cut:
        why = f"; {cut}" if cut else ""
        yield Flag(
            f"the target is short for a translation ({ratio:.2f}× the source, z={z:.1f}){why}: "
            "part of the sentence may be missing",
            (0, len(seg.source)),
            severity=Severity.ERROR if z < -ERROR_Z else None,
        )
    elif z > WARN_Z + 1:
        yield Flag(
            f"the target is long for a translation ({ratio:.2f}× the source, z={z:.1f}): "
            "it may add text",
            target_span=(0, len(seg.target)),
            severity=Severity.ERROR if z > ERROR_Z + 1 else None,
        )
