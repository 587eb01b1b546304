"""Wall time of a one-story ``newsmt translate``, without a glossary and with the starter one.

Runs ``python -m pipeline translate STORY --to uk --engine apertium`` as a fresh process
(what an editor's one-off run costs: imports, glossary, engine, checks, writing), ``--runs``
times per case, and prints the median wall and CPU time (CPU: the process and the Apertium
processes it ran; on a shared machine the steadier figure).  Each case has its own cache
folder, warmed by one untimed run first (the sentence cache and, where newsmt has one, the
compiled glossary, and Python's bytecode cache: ``PYTHONDONTWRITEBYTECODE`` is dropped for the
runs, as an installed newsmt has its ``.pyc`` files), so the figures compare steady state
with steady state.  ``--bytecode-off`` keeps compiling newsmt's source on every run.
Needs Debian's apertium-rus-ukr.

Usage::

    .venv/bin/python bench/one_story.py --runs 5
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


def timed(env: dict[str, str], out: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the Apertium processes it ran)."""
    cmd = [sys.executable, "-m", "pipeline", "translate", str(STORY), "--to", "uk",
           "--engine", "apertium", "--out", str(out)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bytecode-off",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE: compile the source on every run",
    )
    args = parser.parse_args()
    base = dict(os.environ)
    if not args.bytecode_off:
        base.pop("PYTHONDONTWRITEBYTECODE", None)
    cases = {"no glossary": "", "starter glossary": str(ROOT / "glossaries")}
    with tempfile.TemporaryDirectory() as tmp:
        for name, glossary in cases.items():
            cache = Path(tmp) / name.replace(" ", "-")
            env = {**base, "NEWSMT_CACHE_DIR": str(cache), "NEWSMT_GLOSSARY": glossary}
            timed(env, Path(tmp) / "out")  # warm-up, untimed
            runs = [timed(env, Path(tmp) / "out") for _ in range(args.runs)]
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            print(f"{name:<17} median {statistics.median(walls):.2f} s wall, "
                  f"{statistics.median(cpus):.2f} s CPU  (wall min {min(walls):.2f}, "
                  f"max {max(walls):.2f}; {args.runs} runs)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
