"""`newsmt review` against `newsmt translate` on one batch: is the editor's side as fast?

Makes N Russian stories of ``--lines`` lines each from real text (the Russian lines of the
WMT22 / WMT24 files in EVAL, shuffled with a seed; each story a different draw), then, each in
a fresh process run from the repository root (so ``./glossaries`` is used):

* ``translate``: ``newsmt translate IN --from ru --to uk --engine apertium --no-cache --out OUT``;
* ``review``: ``newsmt review OUT`` (records read, glossary suggestions computed, page written);
* ``review again``: the same command a second time, nothing changed;
* ``review, 1 changed``: one story edited and re-translated (``--resume``), then ``review``.

Prints wall and CPU time and peak RSS of each, and review / translate (``--once``: the first
two steps only).  ``--suggest`` adds
``--suggest`` to the translate command (suggestions computed while translating).

Usage::

    python bench/suggest_scale.py ../shared/eval --stories 300 1000
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    "wmt22/ru-en.src.ru",
    "wmt22/en-ru.ref.ru",
    "wmt22/ru-uk.ru",
    "wmt24/ref.ru",
    "wmt22/en-ru.hyp-Online-B.ru",
    "wmt24/hyp-GPT-4.ru",
)


def pool(eval_dir: Path) -> list[str]:
    """The distinct non-empty Russian lines of the eval files (WMT24's canary line left out)."""
    lines: dict[str, None] = {}
    for name in SOURCES:
        path = eval_dir / name
        rows = path.read_text(encoding="utf-8").splitlines()
        if name.startswith("wmt24/"):
            rows = rows[1:]
        lines.update((" ".join(r.split()), None) for r in rows if r.strip())
    return list(lines)


def make_stories(folder: Path, lines: list[str], count: int, per_story: int, seed: int) -> None:
    """``count`` stories ``story-NNNNN.txt``: a headline line, then paragraphs of the pool."""
    rng = random.Random(seed)
    order: list[str] = []
    folder.mkdir(parents=True)
    for n in range(count):
        if len(order) < per_story:
            order = rng.sample(lines, len(lines))
        body, order = order[:per_story], order[per_story:]
        headline = " ".join(body[0].split()[:8]).rstrip(".,;:")
        text = "\n\n".join([headline, *body]) + "\n"
        (folder / f"story-{n:05d}.txt").write_text(text, encoding="utf-8")


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of ``python -m pipeline
    ARGS`` in a fresh process.  On a shared machine the CPU time is the steadier figure."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: a check finding or a failed file, reported
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"newsmt {' '.join(args)} failed ({proc.returncode}):\n{stderr}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def bench(eval_dir: Path, count: int, per_story: int, seed: int, suggest: bool, once: bool) -> None:
    lines = pool(eval_dir)
    with tempfile.TemporaryDirectory(prefix="suggest-scale-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        make_stories(src, lines, count, per_story, seed)
        translate = [
            "translate", str(src), "--from", "ru", "--to", "uk", "--engine", "apertium",
            "--no-cache", "--out", str(out),
        ]  # fmt: skip
        if suggest:
            translate.append("--suggest")
        rows = [("translate", *run(translate))]
        rows.append(("review", *run(["review", str(out)])))
        if not once:
            rows.append(("review again", *run(["review", str(out)])))
            first = src / "story-00000.txt"
            text = first.read_text(encoding="utf-8") + "\nНовый абзац о Молдове.\n"
            first.write_text(text, encoding="utf-8")
            run([*translate, "--resume"])
            rows.append(("review, 1 changed", *run(["review", str(out)])))
    wall, cpu = rows[0][1], rows[0][2]
    words = sum(len(line.split()) for line in lines)
    print(f"\n{count} stories × {per_story} lines (pool {len(lines)} lines, {words} words)")
    print(
        f"{'step':<18} {'wall s':>7} {'× transl.':>9} {'CPU s':>7} {'× transl.':>9} {'peak MB':>8}"
    )
    for name, seconds, used, peak in rows:
        print(
            f"{name:<18} {seconds:>7.1f} {seconds / wall:>9.2f} {used:>7.1f} {used / cpu:>9.2f}"
            f" {peak:>8.0f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the shared eval folder (wmt22/, wmt24/)")
    parser.add_argument("--stories", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--lines", type=int, default=10, help="paragraphs per story (10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--suggest", action="store_true", help="translate --suggest")
    parser.add_argument("--once", action="store_true", help="translate and review once only")
    args = parser.parse_args()
    for count in args.stories:
        bench(args.eval_dir, count, args.lines, args.seed, args.suggest, args.once)


if __name__ == "__main__":
    main()
