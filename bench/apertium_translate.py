"""Translate a file of one segment a line with newsmt's Apertium engine (ru↔uk).

Makes the rule-based output that ``bench/glossary_mt.py --from`` checks:
``python bench/apertium_translate.py ru uk ../shared/eval/wmt22/ru-uk.ru apertium22.uk``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.fsutil import atomic_write_text
from pipeline.translate.apertium import ApertiumEngine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", choices=["ru", "uk"])
    ap.add_argument("tgt", choices=["ru", "uk"])
    ap.add_argument("source", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    lines = args.source.read_text(encoding="utf-8").splitlines()
    hyps = ApertiumEngine().translate(lines, args.src, args.tgt)
    atomic_write_text(args.out, "\n".join(hyps) + "\n")


if __name__ == "__main__":
    main()
