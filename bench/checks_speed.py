"""Time of the checks per 1,000 lines, this tree against a baseline commit, in one run.

The baseline's ``pipeline/`` is exported with ``git archive`` into a temporary folder.
Each round checks every human reference of the eval folder (the sets of
``bench/clean_refs.py``) once with each tree, in a fresh process, alternating, so a busy
machine slows both alike; the median of the rounds is printed per check, with the ratio.

Usage:  .venv/bin/python bench/checks_speed.py /work/shared/eval [--baseline main] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker(tree: Path, data: Path) -> None:
    """Check every reference set with the ``pipeline`` of ``tree``; print seconds per check."""
    sys.path[0] = str(tree)  # that tree's pipeline; not bench/ (translate.py shadows a package)
    spec = importlib.util.spec_from_file_location("clean_refs", ROOT / "bench" / "clean_refs.py")
    clean_refs = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["clean_refs"] = clean_refs  # its dataclass looks its module up
    spec.loader.exec_module(clean_refs)  # type: ignore[union-attr]
    timed, wmt22, wmt24 = clean_refs.timed, clean_refs.wmt22, clean_refs.wmt24

    from pipeline.checks import check_batch
    from pipeline.cli.check import build_articles

    seconds: Counter[str] = Counter()
    timed(seconds)
    lines = 0
    started = time.perf_counter()
    for pair in wmt22(data / "wmt22", False) + wmt24(data / "wmt24", False):
        articles, _ = build_articles(pair.docs, pair.src, pair.tgt, pair.name)
        check_batch(articles, pair.tgt)
        lines += pair.lines
    seconds["all checks"] = time.perf_counter() - started
    print(json.dumps({"lines": lines, "seconds": seconds}))


def export(rev: str, into: Path) -> None:
    """Write the ``pipeline/`` of commit ``rev`` into ``into``."""
    archive = subprocess.run(
        ["git", "archive", rev, "pipeline"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def run(tree: Path, data: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, str(data), "--worker", str(tree)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the eval folder (with wmt22/ and wmt24/)")
    parser.add_argument("--baseline", default="main", help="commit to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data)
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        export(args.baseline, base)
        results: dict[str, list[dict]] = {"baseline": [], "this tree": []}
        for _ in range(args.rounds):
            results["baseline"].append(run(base, args.data))
            results["this tree"].append(run(ROOT, args.data))
    lines = results["this tree"][0]["lines"]
    ids = sorted(
        {k for r in results["this tree"] for k in r["seconds"]},
        key=lambda k: (k == "all checks", -results["this tree"][0]["seconds"].get(k, 0)),
    )
    print(f"checks time per 1,000 lines ({lines} lines, median of {args.rounds} rounds)")
    print(f"{'check':20} {args.baseline[:12]:>12} {'this tree':>10} {'ratio':>7}")
    for check in ids:
        before, after = (
            statistics.median(r["seconds"].get(check, 0.0) for r in results[which]) * 1000 / lines
            for which in ("baseline", "this tree")
        )
        ratio = f"{after / before:6.2f}x" if before else "     –"
        print(f"{check:20} {before:11.3f}s {after:9.3f}s {ratio}")


if __name__ == "__main__":
    main()
