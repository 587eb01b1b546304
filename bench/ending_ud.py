"""The form the enforcer writes for a name given a made-up ending, on a treebank nobody
tuned it on.

Every singular proper-name run of a Universal Dependencies treebank (uk or ru, with a Case
feature) becomes a glossary entry of its own (as in ``bench/case_choice_ud.py``), whose
English form is a transliteration of its lemma.  The run's last word is given a made-up
ending, as the ``ending`` corruption of ``bench/glossary_fix.py`` does (the stem less a final
vowel and the first ending of its table, in a seeded random order, that is no form of the
name), and the sentence goes through ``enforce_sentence`` with the Latin form alone as its
source (the source names the entity and gives it no role): the case is the translation's
own grammar's, and the treebank's form is the one to restore.

Printed, by the treebank's case: restored exactly / written in the gold case but another
form / written in a wrong case / proposed (needs-review) / untouched; and the share restored.
``--show`` prints that many names not restored, with what was written.

Usage: python bench/ending_ud.py LANG TREEBANK.conllu [--show N]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.case_choice_ud import latin_entry, report, rewrite
from bench.ud_names import made_up_ending, name_runs, treebank_parser


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many names not restored")
    args = ap.parse_args()
    rng = random.Random(12)
    outcome: Counter[tuple[str, str]] = Counter()
    shown = 0
    for run in name_runs(args.treebank):
        taken = latin_entry(run, args.lang)
        if taken is None:
            continue
        en, glossary = taken
        made_up = made_up_ending(run.written, glossary, args.lang, rng)
        if made_up is None:
            continue
        result, _, written = rewrite(run, en, made_up, glossary, args.lang)
        outcome[(run.gold, result)] += 1
        if result != "exact" and shown < args.show:
            shown += 1
            print(f"  {result} {run.gold}: {run.written} -> {made_up} -> {written or '-'}: "
                  f"{run.text}")  # fmt: skip
    report(args.lang, "made-up endings", "restored", outcome)


if __name__ == "__main__":
    main()
