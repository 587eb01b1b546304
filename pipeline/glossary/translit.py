"""A small uk/ru/en transliteration and a spelling-tolerant similarity of names.

Used to find how an engine rendered a name it did not take from the glossary:
"Kishida", "Кішида", "Кісіда" and "Кисида" all come out close to one another.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_RU = {**_CYR, "г": "g", "и": "i"}  # Russian г and и (Ukrainian г and и sound h and y)
_SOUNDS = (
    ("shch", "s"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("ch", "c"), ("ts", "c"), ("tz", "c"),
    ("kh", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("q", "k"), ("x", "ks"), ("w", "v"),
    ("g", "h"), ("j", "i"), ("y", "i"), ("ie", "i"), ("ia", "a"), ("io", "o"), ("iu", "u"),
)  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALPHA = re.compile(r"[^a-z ]+")


def to_latin(text: str, lang: str = "uk") -> str:
    """Lower-case ASCII transliteration of uk/ru/en text (other characters dropped).

    Cyrillic follows the Ukrainian scheme ("Горбунов" → "horbunov"), or with
    ``lang="ru"`` a Russian one ("gorbunov").
    """
    table = _RU if lang == "ru" else _CYR
    out = "".join(table.get(ch, ch) for ch in text.lower())
    return _NON_ALPHA.sub("", out)


@lru_cache(maxsize=100_000)
def skeleton(text: str) -> str:
    """A phonetic key: transliterated, sound groups merged, doubled letters collapsed."""
    out = to_latin(text)
    for old, new in _SOUNDS:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", " ".join(out.split()))


def similarity(a: str, b: str) -> float:
    """How alike two spellings sound, 0…1 (ratio of the skeletons' longest common blocks)."""
    ka, kb = skeleton(a), skeleton(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio()
