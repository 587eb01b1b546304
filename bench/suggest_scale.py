"""`newsmt review` against `newsmt translate` on one batch: is the editor's side as fast?

Makes N Russian stories of ``--lines`` lines each from real text (the Russian lines of the
WMT22 / WMT24 files in EVAL, shuffled with a seed; each story a different draw), then, each in
a fresh process run from the repository root (so ``./glossaries`` is used):

* ``translate``: ``newsmt translate IN --from ru --to uk --engine apertium --no-cache --out OUT``;
* ``review --page-first``: the pages written without computing suggestions;
* ``review``: ``newsmt review OUT`` (records read, glossary suggestions computed, page written);
* ``review again``: the same command a second time, nothing changed;
* ``review, 1 changed``: one story edited and re-translated (``--resume``), then ``review``.

Prints wall and CPU time (the process and its workers) and peak memory (PSS of the process
and its workers, sampled) of each, and review / translate (``--once``: the first two steps
only).  ``--suggest`` adds two rows: ``translate --suggest`` (suggestions computed while
translating, into another folder) and the first ``review`` after it.  ``--baseline DIR`` adds
the first ``review`` of a copy of the batch with another checkout's code (``git worktree add
--detach /tmp/base main``).  ``--load quiet busy`` runs everything twice, the second time
with a CPU-bound process on the side (the other core busy); ``--pages`` loads the index and
the first story page in headless Chromium after the first review.

Usage::

    python bench/suggest_scale.py ../shared/eval --stories 300 1000 --suggest \
        --load quiet busy --baseline /tmp/base --pages
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from review_scale import ARGS, CHROMIUM, burn, load_time, mark_sentences  # noqa: E402

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


def make_stories(
    folder: Path, lines: list[str], count: int, per_story: int, seed: int, distinct: bool = False
) -> None:
    """``count`` stories ``story-NNNNN.txt``: a headline line, then paragraphs of the pool.

    ``distinct``: a paragraph the batch already has gets `` (story.paragraph.n)`` in each of
    its sentences, so that no paragraph or sentence repeats another (the pool is drawn again
    once used: at 10,000 stories of 10 lines, each line would be in some 13 stories)."""
    rng = random.Random(seed)
    order: list[str] = []
    seen: set[str] = set()
    folder.mkdir(parents=True)
    for n in range(count):
        if len(order) < per_story:
            order = rng.sample(lines, len(lines))
        body, order = order[:per_story], order[per_story:]
        headline = " ".join(body[0].split()[:8]).rstrip(".,;:")
        rows = [headline, *body]
        if distinct:
            for j, row in enumerate(rows):
                if row in seen:
                    rows[j] = mark_sentences(row, f"{n + 1}.{j}")
                seen.add(rows[j])
        text = "\n\n".join(rows) + "\n"
        (folder / f"story-{n:05d}.txt").write_text(text, encoding="utf-8")


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo.extend(int(child) for child in task.read_text().split())
    return out


def _pss_mb(pid: int) -> float:
    """The proportional set size of ``pid`` and its descendants (shared pages counted once)."""
    total = 0
    for member in _tree(pid):
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        pss = next(line for line in rollup.splitlines() if line.startswith("Pss:"))
        total += int(pss.split()[1])
    return total / 1024


def run(args: list[str], tree: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, the workers included) and peak memory (MB,
    PSS of the process tree sampled every 0.2 s) of ``python -m pipeline ARGS`` in a fresh
    process with ``tree``'s code.  On a shared machine the CPU time is the steadier figure."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], _pss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: a check finding or a failed file, reported
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"newsmt {' '.join(args)} failed ({proc.returncode}):\n{stderr}")
    return elapsed, usage.ru_utime + usage.ru_stime, peak[0]


def bench(
    eval_dir: Path, count: int, opts: argparse.Namespace, busy: bool, browser: object
) -> None:
    lines = pool(eval_dir)
    burner = multiprocessing.Process(target=burn, daemon=True) if busy else None
    if burner:
        burner.start()
    with tempfile.TemporaryDirectory(prefix="suggest-scale-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        make_stories(src, lines, count, opts.lines, opts.seed, opts.distinct)
        translate = [
            "translate", str(src), "--from", "ru", "--to", "uk", "--engine", "apertium",
            "--no-cache", "--out", str(out),
        ]  # fmt: skip
        rows = [("translate", *run(translate))]
        rows.append(("review --page-first", *run(["review", str(out), "--page-first"])))
        if opts.baseline:
            base = Path(tmp) / "base"
            shutil.copytree(out, base)
            rows.append(("review, baseline", *run(["review", str(base)], opts.baseline)))
        rows.append(("review", *run(["review", str(out)])))
        loads = []
        if browser is not None:
            first = sorted((out / "review").glob("*.html"))[0]
            loads = [load_time(browser, out / "review.html"), load_time(browser, first)]
        if not opts.once:
            rows.append(("review again", *run(["review", str(out)])))
            first = src / "story-00000.txt"
            text = first.read_text(encoding="utf-8")
            first.write_text(text + "\nНовый абзац о Молдове.\n", encoding="utf-8")
            run([*translate, "--resume"])
            rows.append(("review, 1 changed", *run(["review", str(out)])))
            first.write_text(text, encoding="utf-8")
        if opts.suggest:
            other = Path(tmp) / "out-suggest"
            with_suggest = [*translate[:-1], str(other), "--suggest"]
            rows.append(("translate --suggest", *run(with_suggest)))
            rows.append(("review (--suggest)", *run(["review", str(other)])))
    if burner:
        burner.terminate()
    wall, cpu = rows[0][1], rows[0][2]
    words = sum(len(line.split()) for line in lines)
    load = os.getloadavg()[0]
    print(
        f"\n{count} stories × {opts.lines} lines (pool {len(lines)} lines, {words} words"
        f"{'; repeats marked distinct' if opts.distinct else ''}); "
        f"other core {'busy' if busy else 'not kept busy'}; load average {load:.1f}"
    )
    print(
        f"{'step':<20} {'wall s':>7} {'× transl.':>9} {'CPU s':>7} {'× transl.':>9} {'peak MB':>8}"
    )
    for name, seconds, used, peak in rows:
        print(
            f"{name:<20} {seconds:>7.1f} {seconds / wall:>9.2f} {used:>7.1f} {used / cpu:>9.2f}"
            f" {peak:>8.0f}"
        )
    if loads:
        print(f"page load in headless Chromium: index {loads[0]:.2f} s, story {loads[1]:.2f} s")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the shared eval folder (wmt22/, wmt24/)")
    parser.add_argument("--stories", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--lines", type=int, default=10, help="paragraphs per story (10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--distinct", action="store_true",
        help="mark the sentences of a paragraph used again, so that none repeats",
    )  # fmt: skip
    parser.add_argument("--suggest", action="store_true", help="also translate --suggest")
    parser.add_argument("--once", action="store_true", help="translate and review once only")
    parser.add_argument("--baseline", type=Path, help="another checkout's first review too")
    parser.add_argument(
        "--load", nargs="+", choices=("quiet", "busy"), default=["quiet"],
        help="run with the other core left alone (quiet) and/or kept busy",
    )  # fmt: skip
    parser.add_argument("--pages", action="store_true", help="page loads in headless Chromium")
    args = parser.parse_args()
    if args.pages:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            _all(args, browser)
            browser.close()
    else:
        _all(args, None)


def _all(args: argparse.Namespace, browser: object) -> None:
    for count in args.stories:
        for load in args.load:
            bench(args.eval_dir, count, args, load == "busy", browser)


if __name__ == "__main__":
    main()
