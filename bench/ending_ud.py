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

from bench.case_choice_ud import latin, report
from bench.glossary_fix import BAD_ENDINGS
from bench.ud_names import name_runs, treebank_parser
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary

VOWELS = "аяоуюиіыеєйь"


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many names not restored")
    args = ap.parse_args()
    rng = random.Random(12)
    outcome: Counter[tuple[str, str]] = Counter()
    shown = 0
    for run in name_runs(args.treebank):
        text, start, end, gold = run.text, run.start, run.end, run.gold
        en = latin(run.lemma, args.lang)
        if not en.replace(" ", "").isalpha():
            continue
        glossary = Glossary([run.entry(args.lang, en)])
        if not any(f.span == (start, end) for f in glossary.find(text, args.lang)):
            continue  # the treebank's form is no form the matcher takes for the lemma
        word = run.written
        cut = len(word) - 1 if word[-1].lower() in VOWELS else len(word)
        endings = rng.sample(BAD_ENDINGS[args.lang], len(BAD_ENDINGS[args.lang]))
        made_up = next(
            (word[:cut] + e for e in endings if not glossary.find(word[:cut] + e, args.lang)),
            None,
        )
        if made_up is None:
            continue
        bad = run.replaced(made_up)
        out, hits = enforce_sentence(en, bad, "en", args.lang, glossary)
        hit = next((h for h in hits if h.target_span and h.target_span[0] == start), None)
        written = ""
        if out == text:
            result = "exact"
        elif hit is not None and hit.status == "needs-review":
            result = "proposed"
        elif out == bad:
            result = "untouched"
        else:
            written = out[start : start + len(out) - len(bad) + len(made_up)]
            found = [f for f in glossary.find(out, args.lang) if f.start == start]
            result = "other-form" if found and gold in found[0].cases else "wrong-case"
        outcome[(gold, result)] += 1
        if result != "exact" and shown < args.show:
            shown += 1
            print(f"  {result} {gold}: {word} -> {made_up} -> {written or '-'}: {text}")
    report(args.lang, "made-up endings", "restored", outcome)


if __name__ == "__main__":
    main()
