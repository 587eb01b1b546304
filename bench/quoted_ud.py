"""What the enforcer makes of a quoted name with a made-up ending, on a treebank nobody tuned
it on.

Every one-word proper name of a Universal Dependencies treebank (uk or ru, singular, with a
Case feature) that pymorphy3 does not read as a person's becomes a glossary entry of its own
(as in ``bench/case_nominative_ud.py``).  A name the treebank quotes («Енергоатом») is given
a made-up ending inside its quotes ("real"); any other is put in quotes with one ("put"), as
the ``quoted`` corruption of ``bench/glossary_fix.py`` does (the endings of its table, the
first that is no form of the name).  The source is the name alone, so the translation's own
grammar chooses the case: the treebank's is the one to restore.

Printed: restored exactly / proposed (needs-review), by real or put and the treebank's case.

Usage: python bench/quoted_ud.py LANG TREEBANK.conllu [--show N]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import made_up_ending, name_runs, treebank_parser
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary

SOURCE = "Xq"  # the entity's English form: a lone word, no role in the source


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many names not restored")
    args = ap.parse_args()
    rng = random.Random(5)
    seen: Counter[tuple[str, str]] = Counter()
    restored: Counter[tuple[str, str]] = Counter()
    proposed: Counter[tuple[str, str]] = Counter()
    shown = 0
    for run in name_runs(args.treebank):
        entry = run.entry(args.lang, SOURCE)
        if run.first != run.last or entry.type == "PER":
            continue
        glossary = Glossary([entry])
        if not glossary.find(run.text, args.lang):
            continue  # the treebank's lemma is no form the matcher takes for it
        word = run.written
        bad = made_up_ending(word, glossary, args.lang, rng)
        if bad is None:
            continue
        before, after = run.text[: run.start], run.text[run.end :]
        real = before[-1:] in "«\"" and after[:1] in "»\""
        if real:
            corrupted, gold = run.replaced(bad), run.text
        else:
            corrupted, gold = f"{before}«{bad}»{after}", f"{before}«{word}»{after}"
        out, hits = enforce_sentence(SOURCE, corrupted, "en", args.lang, glossary)
        key = ("real" if real else "put", run.gold)
        seen[key] += 1
        restored[key] += out == gold
        proposed[key] += bool(hits) and hits[0].status == "needs-review"
        if out != gold and shown < args.show:
            shown += 1
            print(f"   {key[0]} {key[1]}: {corrupted}\n      got  {out}\n      want {gold}")
    for key in sorted(seen):
        print(f"[{args.lang}] {key[0]:4} {key[1]}: restored {restored[key]}/{seen[key]}, "
              f"proposed {proposed[key]}")  # fmt: skip
    total = sum(seen.values())
    print(f"[{args.lang}] quoted names with a made-up ending: {total}; restored "
          f"{sum(restored.values())} ({sum(restored.values()) / max(total, 1):.1%}), "
          f"proposed {sum(proposed.values())}")  # fmt: skip


if __name__ == "__main__":
    main()
