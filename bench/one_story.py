"""Wall time of a one-story ``newsmt translate``, without a glossary and with the starter one.

Runs ``python -m pipeline translate STORY --to uk --engine apertium`` as a fresh process
(what an editor's one-off run costs: imports, glossary, engine, checks, writing), ``--runs``
times per case, and prints the median wall and CPU time (CPU: the process and the Apertium
processes it ran; on a shared machine the steadier figure).  Each case has its own cache
folder, warmed by one untimed run first (the sentence cache, lingua's kept verdicts and,
where newsmt has one, the compiled glossary, and Python's bytecode cache:
``PYTHONDONTWRITEBYTECODE`` is dropped for the runs, as an installed newsmt has its ``.pyc``
files), so the figures compare steady state with steady state: a rerun of the story.  The
case ``new story`` empties the sentence cache and the kept verdicts before each run (the
compiled glossary stays): Apertium translates and lingua is loaded where a sentence needs it,
as for a story never translated before.  ``--bytecode-off`` keeps compiling newsmt's source
on every run.  ``--baseline DIR`` (another checkout, e.g. ``/work/main``) times that tree
too, run for run alternating with this one, and prints the ratio.
Needs Debian's apertium-rus-ukr.

Usage::

    .venv/bin/python bench/one_story.py --runs 5 [--baseline /work/main] [--case 'new story']
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "samples" / "articles" / "ru-odesa-power.txt"
CASES = ("no glossary", "starter glossary", "new story")


def timed(tree: Path, env: dict[str, str], out: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the Apertium processes it ran)."""
    cmd = [sys.executable, "-m", "pipeline", "translate", str(STORY), "--to", "uk",
           "--engine", "apertium", "--out", str(out)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def forget_story(cache: Path) -> None:
    """Empty the sentence cache and lingua's kept verdicts (not the compiled glossary)."""
    for name in ("translations.sqlite3", "langid.sqlite3"):
        for path in cache.glob(f"{name}*"):
            path.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bytecode-off",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE: compile the source on every run",
    )
    parser.add_argument("--baseline", type=Path, help="another checkout, timed alongside")
    parser.add_argument(
        "--case",
        action="append",
        choices=CASES,
        help="time only this case (repeatable; default: all three)",
    )
    args = parser.parse_args()
    base = dict(os.environ)
    if not args.bytecode_off:
        base.pop("PYTHONDONTWRITEBYTECODE", None)
    trees = {"this tree": ROOT}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    glossary = str(ROOT / "glossaries")  # the same starter glossary for both trees
    cases = {name: "" if name == "no glossary" else glossary for name in args.case or CASES}
    with tempfile.TemporaryDirectory() as tmp:
        for name, chosen in cases.items():
            medians: dict[str, float] = {}
            runs: dict[str, list[tuple[float, float]]] = {tree: [] for tree in trees}
            envs = {}
            for tree, path in trees.items():
                cache = Path(tmp) / f"{tree}-{name}".replace(" ", "-")
                envs[tree] = {**base, "NEWSMT_CACHE_DIR": str(cache), "NEWSMT_GLOSSARY": chosen}
                timed(path, envs[tree], Path(tmp) / f"out-{tree}")  # warm-up, untimed
            for _ in range(args.runs):
                for tree, path in trees.items():  # alternating: a busy minute slows both
                    if name == "new story":
                        forget_story(Path(envs[tree]["NEWSMT_CACHE_DIR"]))
                    runs[tree].append(timed(path, envs[tree], Path(tmp) / f"out-{tree}"))
            for tree in trees:
                walls, cpus = [w for w, _ in runs[tree]], [c for _, c in runs[tree]]
                medians[tree] = statistics.median(walls)
                print(f"{name:<17} {tree:<10} median {medians[tree]:.2f} s wall, "
                      f"{statistics.median(cpus):.2f} s CPU  (wall min {min(walls):.2f}, "
                      f"max {max(walls):.2f}; {args.runs} runs)")  # fmt: skip
            if args.baseline:
                ratio = medians["this tree"] / medians["baseline"]
                print(f"{name:<17} this tree / baseline: {ratio:.2f}× median wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
