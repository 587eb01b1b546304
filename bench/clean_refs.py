"""False alarms of the checks on clean human translations (and findings on real MT output).

Every human reference of the evaluation folder is checked against its source through the
code path of ``newsmt check --from S --to T SRC REF --format json`` (no glossary):

* ``wmt22/PAIR.src.S`` vs ``wmt22/PAIR.ref.T`` for en-uk, en-ru, uk-en, ru-en (no document
  breaks: each file is one document);
* ``wmt24/en.txt`` vs ``wmt24/ref.uk`` and ``ref.ru`` (line 1, the canary, left out; the
  document ids of ``docs.tsv`` become document breaks, as blank lines would in ``check``).

It prints, per direction and per check, the share of lines with an error and with a
warning or worse, a seeded sample of flagged lines to label by hand, and the time the
checks take per 1,000 lines (per check).  ``--mt`` checks the MT outputs instead (wmt24
``hyp-*`` and wmt22 Online-B / Online-Y) and samples findings at warning or worse.

Usage:  .venv/bin/python bench/clean_refs.py /work/shared/eval [--seed 0] [--sample 20]
        [--mt] [--check ID] [--set en-uk ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

if __name__ == "__main__":  # bench/checks_speed.py imports this module with another tree
    # The repository, not bench/ (whose translate.py would shadow translate-toolkit).
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from pipeline.checks import CHECKS
from pipeline.cli.check import Line

WMT22 = ("en-uk", "en-ru", "uk-en", "ru-en")
WMT22_SYSTEMS = ("Online-B", "Online-Y")
WMT24_SYSTEMS = ("ONLINE-B", "GPT-4", "Aya23")
GRAVE = {"error", "warning"}


@dataclasses.dataclass
class Pair:
    """One checked pair of files: a name, languages and its documents of lines."""

    name: str
    src: str
    tgt: str
    docs: list[list[Line]]

    @property
    def lines(self) -> int:
        return sum(len(doc) for doc in self.docs)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def wmt22(data: Path, mt: bool) -> list[Pair]:
    pairs = []
    for pair in WMT22:
        src, tgt = pair.split("-")
        sources = read_lines(data / f"{pair}.src.{src}")
        targets = (
            [(f"{pair} {s}", data / f"{pair}.hyp-{s}.{tgt}") for s in WMT22_SYSTEMS]
            if mt
            else [(f"{pair} wmt22", data / f"{pair}.ref.{tgt}")]
        )
        for name, path in targets:
            lines = [
                Line(n, s, t, [])
                for n, (s, t) in enumerate(zip(sources, read_lines(path), strict=True), 1)
            ]
            pairs.append(Pair(name, src, tgt, [lines]))
    return pairs


def wmt24(data: Path, mt: bool) -> list[Pair]:
    sources = read_lines(data / "en.txt")
    ids = [row.split("\t")[1] for row in read_lines(data / "docs.tsv")]
    pairs = []
    for tgt in ("uk", "ru"):
        targets = (
            [(f"en-{tgt} wmt24 {s}", data / f"hyp-{s}.{tgt}") for s in WMT24_SYSTEMS]
            if mt
            else [(f"en-{tgt} wmt24", data / f"ref.{tgt}")]
        )
        for name, path in targets:
            docs: dict[str, list[Line]] = defaultdict(list)
            rows = zip(ids, sources, read_lines(path), strict=True)
            for n, (doc, s, t) in enumerate(rows, 1):
                if n > 1:  # line 1 is the canary
                    docs[doc].append(Line(n, s, t, []))
            pairs.append(Pair(name, "en", tgt, list(docs.values())))
    return pairs


def timed(seconds: Counter[str]) -> None:
    """Wrap every check's function so the time spent in it adds up in ``seconds``."""

    def wrap(check_id: str, function: Callable) -> Callable:
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return list(function(*args, **kwargs))
            finally:
                seconds[check_id] += time.perf_counter() - started

        return run

    for check_id, check in CHECKS.items():
        CHECKS[check_id] = dataclasses.replace(check, function=wrap(check_id, check.function))


def _rank(seed: int, name: str, number: int) -> str:
    return hashlib.sha256(f"{seed}:{name}:{number}".encode()).hexdigest()


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.2f}%" if whole else "   – "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the eval folder (with wmt22/ and wmt24/)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample", type=int, default=20, help="flagged lines to print")
    parser.add_argument("--mt", action="store_true", help="check MT outputs, not references")
    parser.add_argument("--check", metavar="ID", help="sample only findings of this check")
    parser.add_argument("--set", action="append", metavar="NAME", help="only sets named so")
    args = parser.parse_args()
    from pipeline.cli.check import check_documents

    seconds: Counter[str] = Counter()
    timed(seconds)
    pairs = wmt22(args.data / "wmt22", args.mt) + wmt24(args.data / "wmt24", args.mt)
    if args.set:
        pairs = [p for p in pairs if any(p.name.startswith(s) for s in args.set)]
    total_lines = 0
    total_error: Counter[str] = Counter()
    total_grave: Counter[str] = Counter()
    flagged = []
    started = time.perf_counter()
    print(f"{'set':24} {'check':20} {'lines':>6} {'error':>7} {'warn+':>7}")
    for pair in pairs:
        rows = check_documents(pair.docs, pair.src, pair.tgt, frozenset(), pair.name)
        text = {line.number: line for doc in pair.docs for line in doc}
        by_line: dict[int, list[dict]] = defaultdict(list)
        for row in rows:
            by_line[row["line"]].append(row)
        error: Counter[str] = Counter()
        grave: Counter[str] = Counter()
        for number, found in by_line.items():
            error.update({r["check"] for r in found if r["severity"] == "error"})
            grave.update({r["check"] for r in found if r["severity"] in GRAVE})
            error["ANY CHECK"] += any(r["severity"] == "error" for r in found)
            grave["ANY CHECK"] += any(r["severity"] in GRAVE for r in found)
            shown = [
                r
                for r in found
                if r["severity"] in GRAVE and (args.check is None or r["check"] == args.check)
            ]
            if shown:
                flagged.append((pair.name, text[number], found))
        for check in [*sorted(set(grave) - {"ANY CHECK"}), "ANY CHECK"]:
            print(
                f"{pair.name:24} {check:20} {pair.lines:6} {pct(error[check], pair.lines)} "
                f"{pct(grave[check], pair.lines)}"
            )
        total_lines += pair.lines
        total_error.update(error)
        total_grave.update(grave)
    elapsed = time.perf_counter() - started
    for check in [*sorted(set(total_grave) - {"ANY CHECK"}), "ANY CHECK"]:
        print(
            f"{'all':24} {check:20} {total_lines:6} {pct(total_error[check], total_lines)} "
            f"{pct(total_grave[check], total_lines)}"
        )

    print(f"\n== checks time per 1,000 lines ({total_lines} lines, {elapsed:.1f} s in all)")
    for check_id, spent in seconds.most_common():
        print(f"{check_id:20} {1000 * spent / total_lines:7.3f} s")
    print(f"{'all checks':20} {1000 * elapsed / total_lines:7.3f} s")

    which = f" by {args.check}" if args.check else ""
    print(f"\n== {args.sample} lines flagged at warning or worse{which} (seed {args.seed})")
    # Each line's place in the sample depends on it alone (a seeded hash), so a change that
    # unflags a few lines leaves the rest of a hand-labelled sample as it was.
    sample = sorted(flagged, key=lambda item: _rank(args.seed, item[0], item[1].number))
    sample = sample[: args.sample]
    for i, (name, line, found) in enumerate(sample, 1):
        print(f"[{i}] {name} line {line.number}\n  SRC: {line.source}\n  TGT: {line.target}")
        for r in found:
            print(f"  -> {r['check']} ({r['severity']}): {r['message']}")


if __name__ == "__main__":
    main()
