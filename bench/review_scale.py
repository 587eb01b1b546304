"""The editor's side at batch scale: `newsmt review` against `newsmt translate`, and page loads.

For each batch size N, makes N Russian stories of ``--lines`` paragraphs from the given
text files (a line a paragraph; a line used again gets a story/line number appended, so
every sentence is new to the engine), then, in one run:

* ``newsmt translate STORIES --from ru --to uk --engine apertium --no-cache --out OUT``;
* ``newsmt review OUT`` (glossary suggestions included), with this tree's code and, with
  ``--baseline-tree DIR``, with another checkout's (e.g. ``git worktree add /tmp/base main``);
* page loads in headless Chromium (Debian's ``/usr/bin/chromium`` through Playwright): the
  index ``review.html`` and one story page (the baseline's single ``review.html``).

Prints wall time and peak RSS of each command, ``review / translate``, page sizes and load
times.  ``--busy`` keeps the other core busy with a CPU-bound process during the run.

    python bench/review_scale.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt24/ref.ru \\
        --stories 300,1000 --baseline-tree /tmp/base
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def pool_of(paths: list[Path]) -> list[str]:
    """The non-blank lines of ``paths`` (WMT24's canary line 1 left out)."""
    lines: list[str] = []
    for path in paths:
        rows = path.read_text(encoding="utf-8").splitlines()
        if path.parent.name == "wmt24":
            rows = rows[1:]
        lines.extend(r.strip() for r in rows if r.strip())
    return lines


def make_stories(
    folder: Path, pool: list[str], count: int, lines: int, every_sentence: bool = False
) -> None:
    """``count`` stories of ``lines`` paragraphs taken from ``pool`` in turn; a line used
    again gets its story.line number appended (``every_sentence``: in each of its sentences,
    so that no sentence of the batch repeats another)."""
    folder.mkdir(parents=True)
    for i in range(count):
        rows = []
        for j in range(lines):
            k = i * lines + j
            text = pool[k % len(pool)]
            if k >= len(pool):
                tag = f"{i + 1}.{j + 1}"
                text = mark_sentences(text, tag) if every_sentence else f"{text} ({tag})"
            rows.append(text)
        (folder / f"story-{i + 1:05d}.txt").write_text("\n\n".join(rows) + "\n", encoding="utf-8")


def mark_sentences(text: str, tag: str) -> str:
    """``text`` with `` (TAG.n)`` written before the closing punctuation of its n-th
    sentence (Russian rules of newsmt's splitter)."""
    from pipeline.segment import split_sentences

    marked = []
    for n, sentence in enumerate(split_sentences(text, "ru"), 1):
        body, end = re.fullmatch(r"(.*?)([.!?…»\"”)]*)", sentence.text, re.S).groups()  # type: ignore[union-attr]
        marked.append(f"{body} ({tag}.{n}){end}")
    return " ".join(marked)


def run(args: list[str], tree: Path, env: dict[str, str]) -> tuple[float, float]:
    """Run ``python -m pipeline ARGS`` with ``tree``'s code; return (seconds, peak RSS in MB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        cwd=tree,
        env={**env, "PYTHONPATH": str(tree)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    errors = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"newsmt {' '.join(args)} failed: {errors[-800:]}")
    return seconds, usage.ru_maxrss / 1024


def load_time(browser: object, path: Path) -> float:
    """Seconds from navigation to the load event of ``path`` in a fresh tab."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(600_000)
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    seconds = time.perf_counter() - started
    context.close()
    return seconds


def burn() -> None:
    while True:
        sum(i * i for i in range(10_000))


def size_mb(path: Path) -> float:
    return path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a segment a line")
    parser.add_argument("--stories", default="300,1000", help="batch sizes, comma-separated")
    parser.add_argument("--lines", type=int, default=15, help="paragraphs per story")
    parser.add_argument("--baseline-tree", type=Path, help="another checkout to compare with")
    parser.add_argument("--busy", action="store_true", help="keep the other core busy")
    parser.add_argument("--keep", type=Path, help="keep the batches in this folder")
    opts = parser.parse_args()

    pool = pool_of(opts.sources)
    work = opts.keep or Path(tempfile.mkdtemp(prefix="review-scale-"))
    env = {**os.environ, "NEWSMT_CACHE_DIR": str(work / "cache")}
    burner = multiprocessing.Process(target=burn, daemon=True) if opts.busy else None
    if burner:
        burner.start()
    from playwright.sync_api import sync_playwright

    print(f"{len(pool)} source lines; {opts.lines} paragraphs a story; busy core: {opts.busy}")
    header = (
        f"{'stories':>7} {'tree':>8} {'translate s':>11} {'MB':>6} {'review s':>9} {'MB':>6} "
        f"{'ratio':>6} {'index MB':>8} {'index s':>8} {'story s':>8}"
    )
    print(header)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for count in (int(n) for n in opts.stories.split(",")):
                batch = work / f"n{count}"
                shutil.rmtree(batch, ignore_errors=True)
                make_stories(batch / "stories", pool, count, opts.lines)
                out = batch / "out"
                t_sec, t_mb = run(
                    ["translate", str(batch / "stories"), "--from", "ru", "--to", "uk",
                     "--engine", "apertium", "--no-cache", "--out", str(out)],
                    ROOT, env,
                )  # fmt: skip
                trees = [("baseline", opts.baseline_tree)] if opts.baseline_tree else []
                for name, tree in [*trees, ("this", ROOT)]:
                    shutil.rmtree(out / "review", ignore_errors=True)
                    r_sec, r_mb = run(["review", str(out)], tree, env)
                    index = out / "review.html"
                    stories = sorted((out / "review").glob("*.html")) if name == "this" else []
                    index_s = load_time(browser, index)
                    story_s = load_time(browser, stories[0]) if stories else float("nan")
                    print(
                        f"{count:>7} {name:>8} {t_sec:>11.1f} {t_mb:>6.0f} {r_sec:>9.1f} "
                        f"{r_mb:>6.0f} {r_sec / t_sec:>6.2f} {size_mb(index):>8.2f} "
                        f"{index_s:>8.2f} {story_s:>8.2f}",
                        flush=True,
                    )
            browser.close()
    finally:
        if burner:
            burner.terminate()
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
