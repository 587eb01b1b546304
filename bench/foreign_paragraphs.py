"""False alarms of the per-paragraph foreign-language test on en/uk/ru text.

``pipeline.detect`` keeps a paragraph of a story as it is when it reads as a language other
than en/uk/ru (a French quote in a Russian story).  Every line of the given files is in
en, uk or ru, so every line the test flags is a false alarm: a paragraph newsmt would leave
untranslated.  Only lines of at least ``FOREIGN_PARAGRAPH_WORDS`` words are eligible.

\b
Usage:
  .venv/bin/python bench/foreign_paragraphs.py ../shared/eval/wmt22/en-uk.src.en \\
      ../shared/eval/wmt22/uk-en.src.uk ../shared/eval/wmt22/ru-en.src.ru
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.detect import FOREIGN_PARAGRAPH_WORDS, _foreign_language, _words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    total = flagged = 0
    for path in args.files:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        eligible = [line for line in lines if _words(line) >= FOREIGN_PARAGRAPH_WORDS]
        found = [(line, code) for line in eligible if (code := _foreign_language(line))]
        total, flagged = total + len(eligible), flagged + len(found)
        words = f"{FOREIGN_PARAGRAPH_WORDS}+ words"
        print(f"{path}: {len(eligible)} lines of {words}, {len(found)} flagged")
        for line, (lang, prob) in found[:10]:
            print(f"  {lang} p={prob:.2f}  {line[:90]}")
    print(f"all: {flagged} of {total} flagged ({100 * flagged / max(total, 1):.2f} %)")


if __name__ == "__main__":
    main()
