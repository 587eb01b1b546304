"""Enforcement speed per line of two code trees, side by side in one run.

Each tree (a checkout of the project, e.g. ``git worktree add /tmp/old main``) enforces the
same glossary on the same MT lines in its own process: one pass to warm the caches (models,
parses), then a timed pass.  The trees alternate for ``--rounds`` rounds, so that the load
of a shared machine falls on both alike; the median of each tree's rounds is printed, and
the ratio to the first tree.

Usage: python bench/glossary_speed.py GLOSSARY SRC.en LANG HYP --tree OLD --tree NEW [--skip 1]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

_TIMED = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary
glossary = Glossary.load([sys.argv[2]])
skip = int(sys.argv[6])
src = open(sys.argv[3], encoding="utf-8").read().splitlines()[skip:]
hyp = open(sys.argv[5], encoding="utf-8").read().splitlines()[skip:]
for s, h in zip(src, hyp):
    enforce_sentence(s, h, "en", sys.argv[4], glossary)
t0 = time.perf_counter()
for s, h in zip(src, hyp):
    enforce_sentence(s, h, "en", sys.argv[4], glossary)
print((time.perf_counter() - t0) / len(src) * 1000)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("glossary", type=Path)
    ap.add_argument("source", type=Path)
    ap.add_argument("lang", choices=["uk", "ru"])
    ap.add_argument("hyp", type=Path)
    ap.add_argument("--tree", type=Path, action="append", required=True)
    ap.add_argument("--skip", type=int, default=0, help="lines to leave out (wmt24: 1)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    times: dict[Path, list[float]] = {tree: [] for tree in args.tree}
    for _ in range(args.rounds):
        for tree in args.tree:
            out = subprocess.run(
                [sys.executable, "-c", _TIMED, str(tree.resolve()), str(args.glossary.resolve()),
                 str(args.source), args.lang, str(args.hyp), str(args.skip)],
                check=True, capture_output=True, text=True, cwd=tree,
            )  # fmt: skip
            times[tree].append(float(out.stdout.strip().splitlines()[-1]))
    base = statistics.median(times[args.tree[0]])
    for tree, values in times.items():
        median = statistics.median(values)
        rounds = ", ".join(f"{v:.2f}" for v in values)
        print(f"{tree}: {median:.2f} ms a line (warm; rounds: {rounds}), "
              f"{median / base:.2f}x the first")  # fmt: skip


if __name__ == "__main__":
    main()
