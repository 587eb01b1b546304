"""What `check --fix` does to real MT output: hit statuses and a sample of its edits to label.

Runs ``enforce_sentence`` with a glossary (the dev glossary ``bench/glossary_fix.py``
writes) over the outputs of MT systems for the same English source, counts hit statuses
per system, and prints a seeded random sample of the edits (what the system wrote → what
the enforcer wrote, with the line) for a person to judge: a correct application of the
glossary in the case the sentence needs, or not.  ``--from ru`` reads a Russian (or
Ukrainian) source, for a ru↔uk engine's output (Apertium); ``--also PATH`` loads more
glossary files or folders; ``--dump FILE`` writes every edit and needs-review hit as TSV
(system, line, status, reason, entry, before, after, the line) to judge them all.

Usage: python bench/glossary_mt.py GLOSSARY.tsv SRC LANG HYP [HYP ...] [--sample N]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.glossary.enforce import FIXED, enforce_sentence
from pipeline.glossary.match import Glossary
from pipeline.model import HIT_STATUSES

REVIEW = HIT_STATUSES[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("glossary", type=Path)
    ap.add_argument("source", type=Path, help="the source, one segment a line")
    ap.add_argument("lang", choices=["uk", "ru"])
    ap.add_argument("hyps", type=Path, nargs="+", help="MT outputs aligned with the source")
    ap.add_argument("--from", dest="src", default="en", choices=["en", "uk", "ru"])
    ap.add_argument("--also", type=Path, action="append", default=[],
                    help="another glossary file or folder")  # fmt: skip
    ap.add_argument("--dump", type=Path, help="write every edit and needs-review hit here")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip", type=int, default=0,
                    help="lines to leave out at the start (wmt24: 1, the canary)")  # fmt: skip
    args = ap.parse_args()
    glossary = Glossary.load([args.glossary, *args.also])
    src = args.source.read_text(encoding="utf-8").splitlines()[args.skip :]
    edits = []
    dumped: list[tuple[object, ...]] = []
    for hyp_path in args.hyps:
        hyp = hyp_path.read_text(encoding="utf-8").splitlines()[args.skip :]
        statuses: Counter[str] = Counter()
        t0 = time.perf_counter()
        for i, (s, h) in enumerate(zip(src, hyp, strict=True)):
            out, hits = enforce_sentence(s, h, args.src, args.lang, glossary)
            statuses.update(hit.status for hit in hits)
            dumped.extend(
                (hyp_path.name, i + 1 + args.skip, hit.status, hit.reason, hit.entry_id,
                 hit.original if hit.status == FIXED else hit.target_text,
                 hit.target_text if hit.status == FIXED else hit.proposal, h, out)
                for hit in hits
                if hit.status in (FIXED, REVIEW)
            )  # fmt: skip
            edits.extend(
                (hyp_path.name, i + 1 + args.skip, hit.original, hit.target_text, h)
                for hit in hits
                if hit.status == FIXED
            )
        dt = time.perf_counter() - t0
        counts = ", ".join(f"{n} {s}" for s, n in statuses.most_common())
        print(f"{hyp_path.name}: {sum(statuses.values())} hits: {counts}  "
              f"({dt / max(len(hyp), 1) * 1000:.1f} ms a line)")  # fmt: skip
    if args.dump:
        with args.dump.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(("system", "line", "status", "reason", "entry", "before", "after",
                        "hyp", "out"))  # fmt: skip
            w.writerows(dumped)
    print(f"{len(edits)} edits; a sample of {min(args.sample, len(edits))} (seed {args.seed}):")
    for name, line, before, after, text in random.Random(args.seed).sample(
        edits, min(args.sample, len(edits))
    ):
        print(f"{name}:{line}  {before!r} -> {after!r}\n    {text}")


if __name__ == "__main__":
    main()
