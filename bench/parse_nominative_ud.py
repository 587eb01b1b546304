"""How far slovnet's parse of a Russian sentence tells a nominative name the sentence rules
out from one it allows.

Every proper-name run of a Universal Dependencies treebank (singular, with a Case feature;
the runs of ``bench/case_nominative_ud.py``) is parsed twice as the enforcer would see it
in the nominative: as written where the treebank has the nominative (a correct nominative),
and with its lemma put in where the treebank has another case (a nominative the sentence
rules out).  Printed, by the relation the parse gives the name (to a word outside it): how
many of each, and the share of ruled-out ones — how far that relation alone could decide
"this nominative is impossible here".  With ``--noun`` only names right after a common
noun the parse hangs them on, by that noun's own relation.

Usage: python bench/parse_nominative_ud.py TREEBANK.conllu [--noun]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import name_runs, treebank_parser
from pipeline.glossary.syntax import parse


def main() -> None:
    ap = treebank_parser(__doc__, lang=False)
    ap.add_argument(
        "--noun", action="store_true", help="only names hung on the common noun right before"
    )
    args = ap.parse_args()
    seen: Counter[tuple[str, bool]] = Counter()
    for run in name_runs(args.treebank):
        lemma, written = run.lemma, run.written
        ruled_out = run.gold != "nomn"
        if ruled_out and lemma == written:
            continue
        line = run.replaced(lemma) if ruled_out else run.text
        start = run.start
        end = start + len(lemma if ruled_out else written)
        nodes = parse(line)
        inside = [n for n, node in enumerate(nodes) if start <= node.start and node.end <= end]
        heads = [n for n in inside if nodes[n].head not in inside]
        rel = nodes[heads[0]].rel if len(heads) == 1 else "?"
        if args.noun:
            i = run.first
            if len(heads) != 1 or i == 0 or run.rows[i - 1][3] != "NOUN" or not inside:
                continue
            head = nodes[heads[0]].head
            if head < 0 or head != min(inside) - 1:
                continue
            rel = f"{rel} of {nodes[head].rel}"
        seen[(rel, ruled_out)] += 1
    print("relation             correct  ruled-out  share ruled out")
    total: Counter[str] = Counter()
    for (rel, _), n in seen.items():
        total[rel] += n
    for rel in sorted(total, key=lambda r: (-total[r], r)):
        ok, bad = seen[(rel, False)], seen[(rel, True)]
        print(f"{rel:<20} {ok:7}  {bad:9}  {bad / (ok + bad):.0%}")


if __name__ == "__main__":
    main()
