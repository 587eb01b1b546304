"""Measure the consistency checks on WMT22 references with injected errors, and on MT output.

For each direction, errors are injected into 20% of the reference lines (one per line,
an error type picked among those that apply to the line):

* ``number``   a number of the target changed or dropped       → ``numbers``
* ``source``   the line left in the source language   → ``untranslated`` / ``wrong-language``
* ``half``     the first or second half of the words dropped    → ``length-ratio``
* ``repeat``   a 2–3 word phrase repeated back to back          → ``repetition``
* ``url``      a URL / address / placeholder of the line broken → ``urls``
* ``quote``    one quote or bracket of a pair removed           → ``quotes-brackets``

An injected error counts as found when the right check reports a finding on the line
that it did not report on the clean line.  Clean reference lines flagged at error severity
are the false-alarm rate.  Then the two MT systems' outputs are checked (counts per check)
and a seeded sample of their flagged lines is printed for labelling by hand.

Usage:  .venv/bin/python bench/checks.py /work/shared/eval/wmt22 [--seed 0] [--rate 0.2]
        [--sample 20] [--sample-check length-ratio] [--misses 0]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.checks import run_checks
from pipeline.checks.markup import unbalanced
from pipeline.checks.text import verbatim_tokens
from pipeline.model import Finding, Severity

DIRECTIONS = ("en-uk", "en-ru", "uk-en", "ru-en")
SYSTEMS = ("Online-B", "Online-Y")
EXPECTED = {
    "number": {"numbers"},
    "source": {"untranslated", "wrong-language"},
    "half": {"length-ratio"},
    "repeat": {"repetition"},
    "url": {"urls"},
    "quote": {"quotes-brackets"},
}
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_PAIRED = '«»“”„()[]"'


def inject_number(rng: random.Random, source: str, target: str) -> str | None:
    numbers = list(_DIGITS.finditer(target))
    if not numbers or not _DIGITS.search(source):
        return None
    m = rng.choice(numbers)
    if rng.random() < 0.5:
        return (target[: m.start()] + target[m.end() :]).replace("  ", " ")
    digits = [i for i in range(m.start(), m.end()) if target[i].isdigit()]
    i = rng.choice(digits)
    new = str((int(target[i]) + rng.randint(1, 8)) % 10)
    return target[:i] + new + target[i + 1 :]


def inject_source(rng: random.Random, source: str, target: str) -> str | None:
    return source if len(source.split()) >= 3 else None


def inject_half(rng: random.Random, source: str, target: str) -> str | None:
    words = target.split()
    if len(words) < 6:
        return None
    k = (len(words) + 1) // 2
    return " ".join(words[:k] if rng.random() < 0.5 else words[k:])


def inject_repeat(rng: random.Random, source: str, target: str) -> str | None:
    words = target.split()
    n = rng.choice((2, 3))
    if len(words) < n + 1:
        return None
    i = rng.randrange(len(words) - n + 1)
    return " ".join(words[: i + n] + words[i : i + n] + words[i + n :])


def inject_url(rng: random.Random, source: str, target: str) -> str | None:
    shared = [m for m in verbatim_tokens(target) if m.group() in source]
    if not shared:
        return None
    m = rng.choice(shared)
    token = m.group()
    i = rng.randrange(1, len(token))
    broken = token[:i] + rng.choice((" ", "", "-")) + token[i + 1 :]
    return target[: m.start()] + broken + target[m.end() :]


def inject_quote(rng: random.Random, source: str, target: str) -> str | None:
    marks = [i for i, c in enumerate(target) if c in _PAIRED]
    if not marks or unbalanced(target):
        return None
    i = rng.choice(marks)
    return target[:i] + target[i + 1 :]


INJECTORS: dict[str, Callable[[random.Random, str, str], str | None]] = {
    "number": inject_number,
    "source": inject_source,
    "half": inject_half,
    "repeat": inject_repeat,
    "url": inject_url,
    "quote": inject_quote,
}


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def keys(findings: list[Finding], ids: set[str]) -> set[str]:
    return {f"{f.check}:{f.message}" for f in findings if f.check in ids}


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    – "


def bench_direction(data: Path, pair: str, rng: random.Random, rate: float) -> dict:
    src, tgt = pair.split("-")
    sources = read_lines(data / f"{pair}.src.{src}")
    refs = read_lines(data / f"{pair}.ref.{tgt}")
    clean_error: Counter[str] = Counter()
    clean_warn: Counter[str] = Counter()
    lines_error = lines_any = 0
    injected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    found_error: Counter[str] = Counter()
    misses: list[tuple[str, str, str, str]] = []
    for source, ref in zip(sources, refs, strict=True):
        clean = run_checks(source, ref, src, tgt)
        errors = {f.check for f in clean if f.severity is Severity.ERROR}
        clean_error.update(errors)
        clean_warn.update({f.check for f in clean if f.severity is Severity.WARNING})
        lines_error += bool(errors)
        lines_any += bool(clean)
        if rng.random() >= rate:
            continue
        kinds = list(INJECTORS)
        rng.shuffle(kinds)
        for kind in kinds:
            bad = INJECTORS[kind](rng, source, ref)
            if bad is not None and bad != ref:
                break
        else:
            continue
        expected = EXPECTED[kind]
        after = run_checks(source, bad, src, tgt)
        new = keys(after, expected) - keys(clean, expected)
        injected[kind] += 1
        if new:
            found[kind] += 1
            new_errors = {f"{f.check}:{f.message}" for f in after if f.severity is Severity.ERROR}
            found_error[kind] += bool(new & new_errors)
        else:
            misses.append((kind, source, bad, ref))
    return {
        "lines": len(sources),
        "clean_error": clean_error,
        "clean_warn": clean_warn,
        "lines_error": lines_error,
        "lines_any": lines_any,
        "injected": injected,
        "found": found,
        "found_error": found_error,
        "misses": misses,
    }


def bench_system(data: Path, pair: str, system: str) -> tuple[int, Counter[str], list]:
    src, tgt = pair.split("-")
    sources = read_lines(data / f"{pair}.src.{src}")
    hyps = read_lines(data / f"{pair}.hyp-{system}.{tgt}")
    counts: Counter[str] = Counter()
    flagged = []
    for n, (source, hyp) in enumerate(zip(sources, hyps, strict=True), 1):
        findings = run_checks(source, hyp, src, tgt)
        counts.update(f"{f.check}/{f.severity.value}" for f in findings)
        counts["lines with an error"] += any(f.severity is Severity.ERROR for f in findings)
        if findings:
            flagged.append((pair, system, n, source, hyp, findings))
    return len(sources), counts, flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the wmt22 folder (PAIR.src.L, PAIR.ref.L, …)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.2, help="share of lines injected")
    parser.add_argument("--sample", type=int, default=20, help="flagged MT lines to print")
    parser.add_argument("--misses", type=int, default=0, help="missed injections to print")
    parser.add_argument(
        "--sample-check", metavar="ID", help="sample only lines flagged by this check"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    rng = random.Random(args.seed)
    total_injected: Counter[str] = Counter()
    total_found: Counter[str] = Counter()
    total_found_error: Counter[str] = Counter()
    all_misses = []
    print("== Injected errors into references: recall by the right check (any / error severity)")
    print(f"{'direction':10} {'kind':7} {'injected':>8} {'found':>7} {'at error':>8}")
    clean_rows = []
    for pair in DIRECTIONS:
        result = bench_direction(args.data, pair, rng, args.rate)
        for kind in EXPECTED:
            n = result["injected"][kind]
            print(
                f"{pair:10} {kind:7} {n:8} {pct(result['found'][kind], n):>7} "
                f"{pct(result['found_error'][kind], n):>8}"
            )
        total_injected.update(result["injected"])
        total_found.update(result["found"])
        total_found_error.update(result["found_error"])
        all_misses.extend(result["misses"])
        clean_rows.append((pair, result))
    for kind in EXPECTED:
        n = total_injected[kind]
        print(
            f"{'all':10} {kind:7} {n:8} {pct(total_found[kind], n):>7} "
            f"{pct(total_found_error[kind], n):>8}"
        )
    n = sum(total_injected.values())
    print(
        f"{'all':10} {'ALL':7} {n:8} {pct(sum(total_found.values()), n):>7} "
        f"{pct(sum(total_found_error.values()), n):>8}"
    )

    print("\n== Clean reference lines: share flagged (error / warning) per check")
    print(f"{'direction':10} {'check':20} {'error':>7} {'warning':>8}")
    for pair, result in clean_rows:
        lines = result["lines"]
        ids = sorted(set(result["clean_error"]) | set(result["clean_warn"]))
        for check in ids:
            print(
                f"{pair:10} {check:20} {pct(result['clean_error'][check], lines):>7} "
                f"{pct(result['clean_warn'][check], lines):>8}"
            )
        print(
            f"{pair:10} {'ANY CHECK':20} {pct(result['lines_error'], lines):>7} "
            f"{pct(result['lines_any'], lines):>8} (any severity)"
        )
    lines = sum(r["lines"] for _, r in clean_rows)
    errors = sum(r["lines_error"] for _, r in clean_rows)
    print(f"{'all':10} {'ANY CHECK':20} {pct(errors, lines):>7}")

    print("\n== MT outputs: findings per check")
    flagged_all = []
    per_system: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in DIRECTIONS:
        for system in SYSTEMS:
            lines, counts, flagged = bench_system(args.data, pair, system)
            flagged_all.extend(flagged)
            per_system[system]["lines"] += lines
            per_system[system].update(counts)
            shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            print(f"{pair} {system} ({lines} lines): {shown}")
    for system, counts in per_system.items():
        print(
            f"{system} all: {counts['lines with an error']} of {counts['lines']} lines "
            f"({pct(counts['lines with an error'], counts['lines']).strip()}) with an error"
        )

    if args.sample_check:
        flagged_all = [
            line for line in flagged_all if any(f.check == args.sample_check for f in line[5])
        ]
    which = f" by {args.sample_check}" if args.sample_check else ""
    print(f"\n== {args.sample} MT lines flagged{which} (seed {args.seed}) to label by hand")
    for i, (pair, system, n, source, hyp, findings) in enumerate(
        random.Random(args.seed).sample(flagged_all, min(args.sample, len(flagged_all))), 1
    ):
        print(f"[{i}] {pair} {system} line {n}\n  SRC: {source}\n  HYP: {hyp}")
        for f in findings:
            print(f"  -> {f.check} ({f.severity.value}): {f.message}")

    if args.misses:
        print(f"\n== {args.misses} missed injections")
        for kind, source, bad, ref in random.Random(args.seed).sample(
            all_misses, min(args.misses, len(all_misses))
        ):
            print(f"[{kind}]\n  SRC: {source}\n  REF: {ref}\n  BAD: {bad}")
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
