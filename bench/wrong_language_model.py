"""Which Apertium ru→uk targets the wrong-language check sends to lingua, and what a rule on
the uk/ru cues alone would lose there.

Translates every line of the given Russian files with Apertium (ru→uk), then follows the
check's path for each target (:func:`pipeline.checks.surface.wrong_language`: verbatim parts
masked, targets the cues rule out and targets under 3 words skipped) and counts the targets
whose cues leave the decision to lingua, those lingua calls Russian (confidence ≥ 0.8: the
check flags them), and how many of those flags two letter rules would have silenced:

* ``lean``: the target language's cues outnumber the other's;
* ``one word``: the other language's cues sit in one word, the target's in two or more.

``--low-accuracy`` also asks lingua's low-accuracy mode (trigrams only, loaded in a
twentieth of the time) about each of those targets, and counts, for a few bars, the targets
it gives the target language with at least that confidence (what a filter before the full
models would skip) and the flags among them (what it would lose).  ``--from uk`` translates
Ukrainian lines uk→ru instead.

Needs Debian's apertium-rus-ukr.

Usage::

    .venv/bin/python bench/wrong_language_model.py /work/shared/eval/wmt22/ru-uk.ru \
        /work/shared/eval/wmt22/ru-en.src.ru /work/shared/eval/wmt24/ref.ru [--low-accuracy]
    .venv/bin/python bench/wrong_language_model.py --from uk --low-accuracy \
        /work/shared/eval/wmt22/ru-uk.uk /work/shared/eval/wmt22/uk-en.src.uk
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not bench/ (translate.py)

from pipeline.checks.surface import MIN_MODEL_CONFIDENCE, MIN_MODEL_WORDS, _fewer_words  # noqa: E402
from pipeline.checks.text import mask_verbatim  # noqa: E402
from pipeline.detect import (  # noqa: E402
    _APOSTROPHE,
    _CUE_WORDS,
    _WORD,
    RU_LETTERS,
    UK_LETTERS,
    _script,
    detect,
    profile,
    rules_out,
)
from pipeline.lingua_model import Scores  # noqa: E402
from pipeline.translate.apertium import ApertiumEngine  # noqa: E402

BARS = (0.9, 0.99, 0.999)
NAMES = {"ru": "Russian", "uk": "Ukrainian"}


def cue_words(text: str, lang: str) -> int:
    """How many Cyrillic words of ``text`` carry a cue of ``lang`` (uk or ru)."""
    letters = UK_LETTERS if lang == "uk" else RU_LETTERS
    found = 0
    for word in _WORD.findall(text):
        low = word.lower()
        if _script(word[0]) == "cyrillic" and (
            any(c in letters for c in low)
            or low in _CUE_WORDS[lang]
            or (lang == "uk" and _APOSTROPHE.search(low))
        ):
            found += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path, help="text, a sentence a line")
    parser.add_argument("--from", dest="src", choices=("ru", "uk"), default="ru")
    parser.add_argument("--low-accuracy", action="store_true", help="count a trigram filter")
    args = parser.parse_args()
    tgt = "uk" if args.src == "ru" else "ru"
    low = _low_accuracy() if args.low_accuracy else None
    lines = [
        line.strip()
        for path in args.sources
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    other = args.src
    targets = ApertiumEngine().translate(lines, args.src, tgt)
    counts: Counter[str] = Counter()
    for target in map(mask_verbatim, targets):
        if rules_out(target, other) or _fewer_words(target, MIN_MODEL_WORDS):
            continue
        prof = profile(target)
        found = detect(target)
        if found.method != "model":
            continue
        counts["lingua asked"] += 1
        flagged = found.lang == other and found.confidence >= MIN_MODEL_CONFIDENCE
        if low is not None:
            sure = dict(low(" ".join(prof.cyrillic_words))).get(tgt, 0.0)
            for bar in BARS:
                counts[f"skipped at {bar}"] += sure >= bar
                counts[f"lost at {bar}"] += sure >= bar and flagged
        if not flagged:
            continue
        counts[f"flagged {NAMES[other]}"] += 1
        own, theirs = (prof.uk, prof.ru) if tgt == "uk" else (prof.ru, prof.uk)
        if own and theirs and own > theirs:
            counts["lost by 'lean'"] += 1
        if own and theirs and cue_words(target, other) == 1 and cue_words(target, tgt) >= 2:
            counts["lost by 'one word'"] += 1
    print(f"{len(lines)} lines {args.src}→{tgt} with Apertium")
    names = ["lingua asked", f"flagged {NAMES[other]}", "lost by 'lean'", "lost by 'one word'"]
    if low is not None:
        names += [f"{what} at {bar}" for bar in BARS for what in ("skipped", "lost")]
    for name in names:
        print(f"{name:<20} {counts[name]:>6}")


def _low_accuracy() -> Callable[[str], Scores]:
    """lingua's uk/ru scores in low-accuracy mode (trigrams only)."""
    from lingua import Language, LanguageDetectorBuilder

    detector = (
        LanguageDetectorBuilder.from_languages(Language.UKRAINIAN, Language.RUSSIAN)
        .with_low_accuracy_mode()
        .build()
    )

    def scores(text: str) -> Scores:
        values = detector.compute_language_confidence_values(text)
        return [(v.language.iso_code_639_1.name.lower(), v.value) for v in values]

    return scores


if __name__ == "__main__":
    main()
