"""Which Apertium ru→uk targets the wrong-language check sends to lingua, and what a rule on
the uk/ru cues alone would lose there.

Translates every line of the given Russian files with Apertium (ru→uk), then follows the
check's path for each target (:func:`pipeline.checks.surface.wrong_language`: verbatim parts
masked, targets the cues rule out and targets under 3 words skipped) and counts the targets
whose cues leave the decision to lingua, those lingua calls Russian (confidence ≥ 0.8: the
check flags them), and how many of those flags two letter rules would have silenced:

* ``lean``: the target language's cues outnumber the other's;
* ``one word``: the other language's cues sit in one word, the target's in two or more.

Needs Debian's apertium-rus-ukr.

Usage::

    .venv/bin/python bench/wrong_language_model.py /work/shared/eval/wmt22/ru-uk.ru \
        /work/shared/eval/wmt22/ru-en.src.ru /work/shared/eval/wmt24/ref.ru
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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
from pipeline.translate.apertium import ApertiumEngine  # noqa: E402


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
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a sentence a line")
    args = parser.parse_args()
    lines = [
        line.strip()
        for path in args.sources
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    targets = ApertiumEngine().translate(lines, "ru", "uk")
    counts: Counter[str] = Counter()
    for target in map(mask_verbatim, targets):
        if rules_out(target, "ru") or _fewer_words(target, MIN_MODEL_WORDS):
            continue
        prof = profile(target)
        found = detect(target)
        if found.method != "model":
            continue
        counts["lingua asked"] += 1
        if found.lang != "ru" or found.confidence < MIN_MODEL_CONFIDENCE:
            continue
        counts["flagged Russian"] += 1
        both = prof.uk and prof.ru
        if both and prof.uk > prof.ru:
            counts["lost by 'lean'"] += 1
        if both and cue_words(target, "ru") == 1 and cue_words(target, "uk") >= 2:
            counts["lost by 'one word'"] += 1
    print(f"{len(lines)} lines ru→uk with Apertium")
    for name in ("lingua asked", "flagged Russian", "lost by 'lean'", "lost by 'one word'"):
        print(f"{name:<20} {counts[name]:>6}")


if __name__ == "__main__":
    main()
