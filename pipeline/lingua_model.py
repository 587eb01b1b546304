"""lingua's uk/ru detector, built once per process, and its scores for a text.

Kept apart from :mod:`pipeline.detect` so that the helper process of
:mod:`pipeline.lingua_helper` imports lingua and nothing else of newsmt.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

Scores = list[tuple[str, float]]
"""lingua's confidence values, best first: ``[("uk", 0.93), ("ru", 0.07)]``."""


@cache
def _lingua_uk_ru() -> LanguageDetector:
    """lingua's uk/ru detector with its models loaded now, not on its first texts, so that
    the heap they leave free is given back at once and a process that loads it before
    forking workers shares them whole: 62 MB resident instead of 113 MB.  They are loaded
    on one thread (rayon's pool, which lingua starts here, sized by ``RAYON_NUM_THREADS``):
    loading on every core builds them in one glibc arena per thread, 150 MB at the peak."""
    from lingua import Language, LanguageDetectorBuilder

    from pipeline.memory import release_free_heap, scoped_env

    languages = LanguageDetectorBuilder.from_languages(Language.UKRAINIAN, Language.RUSSIAN)
    with scoped_env("RAYON_NUM_THREADS", "1"):
        detector = languages.with_preloaded_language_models().build()
    release_free_heap()
    return detector


def lingua_scores(text: str) -> Scores:
    """lingua's uk/ru confidence values for ``text``, best first, from this process's
    detector (loaded on first use)."""
    values = _lingua_uk_ru().compute_language_confidence_values(text)
    return [(v.language.iso_code_639_1.name.lower(), v.value) for v in values]
