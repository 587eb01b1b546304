"""The review pages alone at batch scale: build time, peak memory, size and load in Chromium.

Translates a few Russian stories once (Apertium ru→uk, so the records hold real hits and
findings), copies their records into batches of N stories (each copy its own article id),
then builds the review pages of each batch without glossary suggestions (``bench/
review_scale.py`` measures the whole ``newsmt review`` command) — with this tree's code
and, with ``--baseline-tree DIR``, another checkout's (its single ``review.html``) — each
in its own process, and loads the index and one story page in headless Chromium.

    python bench/review_pages.py ../shared/eval/wmt22/ru-uk.ru --stories 1000,10000 \\
        --baseline-tree /tmp/base --baseline-max 1000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from review_scale import ARGS, CHROMIUM, load_time, make_stories, pool_of  # noqa: E402

BUILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pipeline.review.page import write_page
started = time.perf_counter()
write_page(sys.argv[2], lambda *args: [])
print(time.perf_counter() - started)
"""


def build(tree: Path, outdir: Path) -> tuple[float, float]:
    """Build the pages with ``tree``'s code in a fresh process: (seconds, peak RSS in MB)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILD, str(tree), str(outdir)],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode() if proc.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(proc.stderr.read().decode()[-800:] if proc.stderr else "build failed")
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def replicate(records: list[Path], outdir: Path, count: int) -> None:
    """``count`` records in ``outdir``, copies of ``records`` with unique article ids."""
    outdir.mkdir(parents=True)
    texts = [json.loads(p.read_text(encoding="utf-8")) for p in records]
    for i in range(count):
        data = json.loads(json.dumps(texts[i % len(texts)]))
        for article in data["articles"]:
            article["id"] = f"{article['id']}-{i + 1:05d}"
        target = outdir / f"story-{i + 1:05d}.json"
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a segment a line")
    parser.add_argument("--stories", default="1000,10000", help="batch sizes, comma-separated")
    parser.add_argument("--seed-stories", type=int, default=20, help="stories translated once")
    parser.add_argument("--baseline-tree", type=Path, help="another checkout to compare with")
    parser.add_argument(
        "--baseline-max", type=int, default=1000, help="largest batch for the baseline"
    )
    opts = parser.parse_args()

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="review-pages-"))
    try:
        make_stories(work / "stories", pool_of(opts.sources), opts.seed_stories, 15)
        env = {**os.environ, "NEWSMT_CACHE_DIR": str(work / "cache")}
        subprocess.run(
            [sys.executable, "-m", "pipeline", "translate", str(work / "stories"), "--from",
             "ru", "--to", "uk", "--engine", "apertium", "--out", str(work / "seed")],
            cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)}, check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        records = sorted((work / "seed").glob("story-*.json"))
        print(f"{'stories':>7} {'tree':>8} {'build s':>8} {'MB':>6} {'index MB':>8} "
              f"{'index s':>8} {'story s':>8}")  # fmt: skip
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for count in (int(n) for n in opts.stories.split(",")):
                outdir = work / f"n{count}"
                replicate(records, outdir, count)
                trees = [("this", ROOT)]
                if opts.baseline_tree and count <= opts.baseline_max:
                    trees.insert(0, ("baseline", opts.baseline_tree))
                for name, tree in trees:
                    shutil.rmtree(outdir / "review", ignore_errors=True)
                    seconds, mb = build(tree, outdir)
                    index = outdir / "review.html"
                    story = sorted((outdir / "review").glob("*.html"))[:1] if name == "this" else []
                    index_s = load_time(browser, index)
                    story_s = load_time(browser, story[0]) if story else float("nan")
                    print(
                        f"{count:>7} {name:>8} {seconds:>8.1f} {mb:>6.0f} "
                        f"{index.stat().st_size / 1e6:>8.2f} {index_s:>8.2f} {story_s:>8.2f}",
                        flush=True,
                    )
                shutil.rmtree(outdir)
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
