"""`newsmt translate` on big batches: per-stage seconds, wall time and peak memory.

Makes N Russian stories of ``--lines`` paragraphs from the given text files (a line a
paragraph; a line used again gets a story/line number appended, so every sentence is new),
then runs, for each N and each ``--jobs`` value, one after the other in this one run::

    newsmt translate STORIES --from ru --to uk --engine apertium --no-cache --out OUT --jobs J

and prints wall time, peak RSS (``os.wait4``), the engine's decode seconds (the summary's hop
lines) and the seconds of each stage: the summary's ``stages`` line where newsmt prints one,
else the records' ``timings`` (per-file stages summed, ``batch_*`` once).  ``non-decode`` is
wall time minus decode time; the last column is its ratio to the first ``--jobs`` value's.
With ``--baseline-tree DIR`` (e.g. ``git worktree add /tmp/base main``) that tree runs too.

    python bench/batch_scale.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt24/ref.ru \\
        --stories 1000 --jobs 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_scale import make_stories, pool_of

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "detect", "segment", "translate", "glossary", "checks", "write")
_HOP = re.compile(r"^\s+.+: \d+ sentences, .* decoded in ([\d.]+) s$", re.M)
_STAGE = re.compile(r"(\w+) ([\d.]+) s")


def run(args: list[str], tree: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Run ``python -m pipeline ARGS`` with ``tree``'s code: (seconds, peak MB, stdout)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", *args],
            cwd=tree,
            env={**env, "PYTHONPATH": str(tree)},
            stdout=out,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"newsmt {' '.join(args)} failed: {err.read().decode()[-800:]}")
        return seconds, usage.ru_maxrss / 1024, out.read().decode()


def stage_seconds(summary: str, out: Path) -> Counter[str]:
    """Seconds per stage: the summary's ``stages`` line, else the records' timings."""
    line = next((x for x in summary.splitlines() if x.startswith("stages ")), None)
    if line is not None:
        return Counter({k: float(v) for k, v in _STAGE.findall(line)})
    total: Counter[str] = Counter()
    batch: dict[str, float] = {}
    for record in out.glob("*.json"):
        timings = json.loads(record.read_text(encoding="utf-8")).get("timings", {})
        for key, value in timings.items():
            if key.startswith("batch_"):
                batch[key[6:]] = value
            else:
                total[key] += value
    total.update(batch)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a segment a line")
    parser.add_argument("--stories", default="1000", help="batch sizes, comma-separated")
    parser.add_argument("--jobs", default="1", help="--jobs values, comma-separated")
    parser.add_argument("--lines", type=int, default=15, help="paragraphs per story")
    parser.add_argument("--baseline-tree", type=Path, help="another checkout to compare with")
    parser.add_argument("--keep", type=Path, help="keep the batches in this folder")
    opts = parser.parse_args()

    pool = pool_of(opts.sources)
    work = opts.keep or Path(tempfile.mkdtemp(prefix="batch-scale-"))
    env = {**os.environ, "NEWSMT_CACHE_DIR": str(work / "cache")}
    trees = [("baseline", opts.baseline_tree)] if opts.baseline_tree else []
    trees.append(("this", ROOT))
    print(f"{len(pool)} source lines; {opts.lines} paragraphs a story; {os.cpu_count()} cores")
    print(
        f"{'stories':>7} {'tree':>8} {'jobs':>4} {'wall s':>7} {'MB':>6} {'decode':>7} "
        + " ".join(f"{s:>9}" for s in STAGES)
        + f" {'non-decode':>10} {'speed-up':>8}"
    )
    try:
        for count in (int(n) for n in opts.stories.split(",")):
            batch = work / f"n{count}"
            shutil.rmtree(batch, ignore_errors=True)
            make_stories(batch / "stories", pool, count, opts.lines)
            for name, tree in trees:
                first: float | None = None
                for jobs in opts.jobs.split(","):
                    out = batch / f"out-{name}-{jobs}"
                    wall, mb, summary = run(
                        ["translate", str(batch / "stories"), "--from", "ru", "--to", "uk",
                         "--engine", "apertium", "--no-cache", "--out", str(out),
                         "--jobs", jobs],
                        tree, env,
                    )  # fmt: skip
                    decode = sum(float(s) for s in _HOP.findall(summary))
                    stages = stage_seconds(summary, out)
                    rest = wall - decode
                    first = rest if first is None else first
                    print(
                        f"{count:>7} {name:>8} {jobs:>4} {wall:>7.1f} {mb:>6.0f} {decode:>7.1f} "
                        + " ".join(f"{stages.get(s, 0.0):>9.1f}" for s in STAGES)
                        + f" {rest:>10.1f} {first / rest:>7.2f}x",
                        flush=True,
                    )
                    shutil.rmtree(out, ignore_errors=True)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
