"""Whether the glossary index finds exactly what trying every form at every token finds.

For each ``LANG=FILE`` given, the first ``--lines`` non-blank lines are searched twice with
the glossaries given (default ``glossaries/``): by ``Glossary.find`` (the index) and by
compiling every form of every entry and trying it at every token (what matching did
before it had an index).  Prints the lines, hits and lines that differ per language; exits
1 if any differ.

Usage::

    .venv/bin/python bench/glossary_index_exact.py \\
        ru=/work/shared/eval/wmt22/en-ru.ref.ru uk=/work/shared/eval/wmt22/en-uk.ref.uk \\
        en=/work/shared/eval/wmt22/ru-en.ref.en --lines 800
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.glossary import Glossary
from pipeline.glossary.match import (
    Match,
    _match_at,
    _select,
    compile_pattern,
    entry_gender,
    tokenize,
)


def signature(matches: list[Match]) -> list[tuple[object, ...]]:
    return [
        (m.start, m.end, m.entry.id, m.index, m.cases, tuple(e.id for e in m.alternatives))
        for m in matches
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", metavar="LANG=FILE")
    parser.add_argument("--glossary", action="append", default=None)
    parser.add_argument("--lines", type=int, default=800)
    args = parser.parse_args()
    os.environ["NEWSMT_CACHE_DIR"] = tempfile.mkdtemp()  # a fresh compiled-glossary cache
    paths = args.glossary or ["glossaries"]
    indexed = Glossary.load(paths)
    differ_total = 0
    for item in args.inputs:
        lang, path = item.split("=", 1)
        patterns = [
            compile_pattern(entry, lang, i, form, entry_gender(entry, lang))
            for entry in Glossary.load(paths)
            for i, form in enumerate(entry.forms_for(lang))
        ]
        patterns = [p for p in patterns if p.words]
        text = Path(path).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()][: args.lines]
        hits = differ = 0
        for line in lines:
            tokens = tokenize(line)
            found = [_match_at(p, tokens, i, line) for i in range(len(tokens)) for p in patterns]
            want = signature(_select([m for m in found if m is not None]))
            hits += len(want)
            if signature(indexed.find(line, lang)) != want:
                differ += 1
                print(f"differs ({lang}): {line[:100]}")
        differ_total += differ
        print(f"{lang}: {len(lines)} lines, {hits} hits, {differ} lines differ")
    return 1 if differ_total else 0


if __name__ == "__main__":
    raise SystemExit(main())
