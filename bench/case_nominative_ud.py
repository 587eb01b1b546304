"""What the enforcer does to names a treebank has in a case other than the nominative, put in
the nominative, and to the same names as the treebank writes them (false edits).

Every proper-name run of a Universal Dependencies treebank (uk or ru, singular, with a Case
feature) becomes a glossary entry of its own (its lemma, the type from pymorphy3's name
grammemes), and the sentence goes through ``enforce_sentence`` twice: once with the name in
the nominative where the treebank has another case (the nominative corruption of
``bench/glossary_fix.py``), once as written.  The source sentence is the name alone, so the
source's role has no say: this measures the translation's own grammar, the part of the
decision that may rewrite a valid form, on text nobody tuned it on.

Printed: corrupted names restored exactly / proposed (needs-review) / rewritten into another
case / left as they are, by the treebank's case; and every token changed on the sentences as
written (a false edit), with its sentence (``--show`` also prints the corrupted names not
restored).

Usage: python bench/case_nominative_ud.py LANG TREEBANK.conllu [--show N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import name_runs, treebank_parser
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary

SOURCE = "Xq"  # the entity's English form: a lone word, no role in the source


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many unrestored names")
    args = ap.parse_args()
    outcome: Counter[tuple[str, str]] = Counter()
    false_edits: list[tuple[str, str, str]] = []
    shown = 0
    clean = 0
    for run in name_runs(args.treebank):
        text, lemma, written, gold = run.text, run.lemma, run.written, run.gold
        glossary = Glossary([run.entry(args.lang, SOURCE)])
        if not glossary.find(text, args.lang):
            continue  # the treebank's lemma is no form the matcher takes for it
        clean += 1
        out, _ = enforce_sentence(SOURCE, text, "en", args.lang, glossary)
        if out != text:
            pairs = zip(text.split(), out.split(), strict=False)
            changed = [(a, b) for a, b in pairs if a != b]
            false_edits.append((written, " ".join(f"{a}->{b}" for a, b in changed), text))
        if gold == "nomn" or lemma == written:
            continue
        bad = run.replaced(lemma)
        out, hits = enforce_sentence(SOURCE, bad, "en", args.lang, glossary)
        status = hits[0].status if hits else "missing"
        if out == text:
            result = "restored"
        elif status == "needs-review":
            result = "proposed"
        elif out != bad:
            result = "wrong"
        else:
            result = "kept"
        outcome[(gold, result)] += 1
        if result != "restored" and shown < args.show:
            shown += 1
            reason = hits[0].reason if hits else ""
            print(f"  {result} ({reason}): {written} -> {lemma}: {text}")
    results = ("restored", "proposed", "wrong", "kept")
    total = Counter(r for (_, r), n in outcome.items() for _ in range(n))
    n = sum(total.values())
    print(f"[{args.lang}] names in another case put in the nominative: {n}; "
          + ", ".join(f"{r} {total[r]} ({total[r] / max(n, 1):.1%})" for r in results))  # fmt: skip
    for gold in sorted({g for g, _ in outcome}):
        print(f"[{args.lang}]   {gold}: " + ", ".join(f"{r} {outcome[(gold, r)]}" for r in results))
    print(f"[{args.lang}] names as written: {clean}; sentences changed {len(false_edits)}")
    for written, after, line in false_edits:
        print(f"  false edit ({written}): {after}: {line}")


if __name__ == "__main__":
    main()
