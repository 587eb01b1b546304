"""Time of the checks per 1,000 lines, this tree against a baseline commit, in one run.

The baseline's ``pipeline/`` is exported with ``git archive`` into a temporary folder.
Each round checks every human reference of the eval folder (the sets of
``bench/clean_refs.py``; with ``--mt`` also the MT outputs) once with each tree, in a fresh
process, alternating, so a busy machine slows both alike; the median of the rounds is printed
per check, with the ratio.  The two trees' findings (check, severity, message, spans, line)
are compared too: a speed-up must not change one.

With ``--records`` the folder is a ``newsmt translate`` output instead: the translations of
its records (``*.json``) are checked again, a file's articles together, as ``translate``
checks them (e.g. a ``bench/batch_scale.py`` batch translated with ``--out``).

Usage:  .venv/bin/python bench/checks_speed.py /work/shared/eval [--baseline main] [--rounds 3]
        .venv/bin/python bench/checks_speed.py OUT --records [--baseline main]
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


def records_worker(data: Path, found: list, seconds: Counter[str]) -> int:
    """Check the translations of the records in ``data`` again; return the sentence pairs."""
    from pipeline.checks import check_batch
    from pipeline.model import Article

    lines = 0
    for path in sorted(data.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        articles = [Article.from_dict(a) for a in record["articles"]]
        started = time.perf_counter()
        for tgt in record["targets"]:
            check_batch(articles, tgt)
        seconds["all checks"] += time.perf_counter() - started
        for tgt in record["targets"]:
            for a in articles:
                if tgt in a.translations:
                    lines += sum(1 for _ in a.iter_sentences())
                    found += [
                        [path.name, tgt, a.id, f.paragraph, f.sentence, f.check, f.severity,
                         f.message, f.source_span, f.target_span]
                        for f in a.translations[tgt].findings
                    ]  # fmt: skip
    return lines


def worker(tree: Path, data: Path, mt: bool, findings: Path, records: bool = False) -> None:
    """Check every reference set (or, with ``records``, the records of a translate output)
    with the ``pipeline`` of ``tree``; print seconds per check and write the findings to
    ``findings`` (JSON)."""
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
    found: list = []
    if records:
        lines = records_worker(data, found, seconds)
        findings.write_text(json.dumps(found, ensure_ascii=False))
        print(json.dumps({"lines": lines, "seconds": seconds}))
        return
    pairs = wmt22(data / "wmt22", False) + wmt24(data / "wmt24", False)
    if mt:
        pairs += wmt22(data / "wmt22", True) + wmt24(data / "wmt24", True)
    started = time.perf_counter()
    for pair in pairs:
        articles, _ = build_articles(pair.docs, pair.src, pair.tgt, pair.name)
        check_batch(articles, pair.tgt)
        lines += pair.lines
        found += [
            [pair.name, a.id, f.paragraph, f.sentence, f.check, f.severity, f.message,
             f.source_span, f.target_span]
            for a in articles
            for f in a.translations[pair.tgt].findings
        ]  # fmt: skip
    seconds["all checks"] = time.perf_counter() - started
    findings.write_text(json.dumps(found, ensure_ascii=False))
    print(json.dumps({"lines": lines, "seconds": seconds}))


def export(rev: str, into: Path) -> None:
    """Write the ``pipeline/`` of commit ``rev`` into ``into``."""
    archive = subprocess.run(
        ["git", "archive", rev, "pipeline"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def run(tree: Path, data: Path, mt: bool, findings: Path, records: bool) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, str(data), "--worker", str(tree), "--findings", str(findings)]
        + (["--mt"] if mt else [])
        + (["--records"] if records else []),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(baseline: Path, this: Path) -> None:
    """Print whether the two trees' findings are the same, and the first differences."""
    before = [json.dumps(f, ensure_ascii=False) for f in json.loads(baseline.read_text())]
    after = [json.dumps(f, ensure_ascii=False) for f in json.loads(this.read_text())]
    if before == after:
        print(f"findings: identical ({len(after)} findings)")
        return
    lost, new = Counter(before) - Counter(after), Counter(after) - Counter(before)
    print(f"findings: DIFFERENT ({len(before)} → {len(after)}; {lost.total()} gone, "
          f"{new.total()} new; order differs only: {not lost and not new})")  # fmt: skip
    for sign, items in (("-", lost), ("+", new)):
        for item in list(items)[:10]:
            print(f"  {sign} {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the eval folder (with wmt22/ and wmt24/)")
    parser.add_argument("--baseline", default="main", help="commit to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mt", action="store_true", help="also the MT outputs (22,198 lines)")
    parser.add_argument(
        "--records", action="store_true", help="DATA is a translate output: check its records"
    )
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--findings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data, args.mt, args.findings, args.records)
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "tree"
        export(args.baseline, base)
        results: dict[str, list[dict]] = {"baseline": [], "this tree": []}
        found = {name: Path(tmp) / f"{name.replace(' ', '-')}.json" for name in results}
        for _ in range(args.rounds):
            for name, tree in (("baseline", base), ("this tree", ROOT)):
                results[name].append(run(tree, args.data, args.mt, found[name], args.records))
        compare(found["baseline"], found["this tree"])
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
