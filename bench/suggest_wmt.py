"""What `glossary suggest` proposes for real news text, for labelling by hand.

Reads the first lines of a WMT22 source file (one segment a line, every line one article
``L<line number>`` in language LANG), runs :func:`pipeline.glossary.suggest.suggest` on them
(with no glossary unless ``--glossary`` is given) and prints the number of suggestions, the
time taken, and a seeded sample of suggestions with the line they were first seen in: label
each right (a named entity, its nominative form correct) or wrong.

Usage::

    python bench/suggest_wmt.py LANG SOURCE [--lines 500] [--sample 30] [--seed 1]
    python bench/suggest_wmt.py uk ../shared/eval/wmt22/uk-en.src.uk
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from pipeline.detect import detect_article
from pipeline.glossary import Glossary
from pipeline.glossary.suggest import suggest
from pipeline.model import LANGS, Article
from pipeline.readers import read_text
from pipeline.segment import segment_article


def articles(path: Path, lang: str, lines: int) -> list[Article]:
    """The first ``lines`` non-empty lines of ``path``, one segmented article each."""
    out: list[Article] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if len(out) >= lines:
            break
        if not line.strip():
            continue
        for article in read_text(line, "txt", f"L{number}"):
            detect_article(article, lang)
            segment_article(article)
            out.append(article)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=LANGS)
    parser.add_argument("source", type=Path)
    parser.add_argument("--lines", type=int, default=500, help="first N lines (default 500)")
    parser.add_argument("--sample", type=int, default=30, help="suggestions to print (30)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample")
    parser.add_argument("--glossary", type=Path, action="append", default=[])
    args = parser.parse_args()
    batch = articles(args.source, args.lang, args.lines)
    glossary = Glossary.load(args.glossary) if args.glossary else None
    suggest(batch[:1], glossary)  # load the models outside the timing
    started = time.perf_counter()
    found = suggest(batch, glossary)
    elapsed = time.perf_counter() - started
    kinds = ", ".join(f"{k} {v}" for k, v in Counter(s.type for s in found).most_common())
    mentions = sum(s.count for s in found)
    print(f"{args.source.name}: {len(batch)} lines, {len(found)} suggestions ({kinds}), ", end="")
    print(f"{mentions} mentions")
    print(f"speed     {1000 * elapsed / max(len(batch), 1):.1f} ms per line")
    sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    print(f"\n{len(sample)} suggestions (seed {args.seed}): n, type, normal form, id, line")
    for n, s in enumerate(sample, 1):
        print(f"{n:>3}  {s.type:<5} {s.text}  [{s.id}]  {s.article}: {s.context}")


if __name__ == "__main__":
    main()
