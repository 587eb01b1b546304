"""The case the enforcer gives a rendering with no ending to tell it: a Latin name.

Every singular proper-name run of a Universal Dependencies treebank (uk or ru, with a Case
feature) becomes a glossary entry of its own (as in ``bench/case_nominative_ud.py``), whose
English form is a transliteration of its lemma (Volodymyr Putin, Vladimir Putin); the run is
replaced in the sentence by that Latin form, as an engine that kept the source's spelling
leaves it, and the sentence goes through ``enforce_sentence`` with the Latin form alone as
its source (the source names the entity and gives it no role).  The rendering is in another
script, so it is rewritten, and its case comes from the translation's context alone: this
measures the enforcer's choice of case (``ctx.cases[0]`` after ``_clause_first`` and
``_role_first``) on text nobody tuned it on, nominatives included.

Printed, by the treebank's case: rewritten exactly as the treebank has it / rewritten in the
gold case but another form (a variant, an ending the renderer chose otherwise) / rewritten
in a wrong case / proposed (needs-review) / untouched; and the share rewritten exactly.
``--show`` prints that many names not rewritten exactly, with the case chosen.

Usage: python bench/case_choice_ud.py LANG TREEBANK.conllu [--show N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import NameRun, name_runs, treebank_parser
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary
from pipeline.glossary.translit import to_latin

RESULTS = ("exact", "other-form", "wrong-case", "proposed", "untouched")


def latin(lemma: str, lang: str) -> str:
    """The lemma in Latin letters, each word capitalized (Володимир Путін → Volodymyr Putin)."""
    return " ".join(to_latin(w, lang).capitalize() for w in lemma.split())


def latin_entry(run: NameRun, lang: str) -> tuple[str, Glossary] | None:
    """The run's lemma in Latin letters and a glossary of that one entry; None where the
    lemma has no Latin word form, or the treebank's form is no form the matcher takes."""
    en = latin(run.lemma, lang)
    if not en.replace(" ", "").isalpha():
        return None
    glossary = Glossary([run.entry(lang, en)])
    if not any(f.span == (run.start, run.end) for f in glossary.find(run.text, lang)):
        return None
    return en, glossary


def rewrite(
    run: NameRun, en: str, bad_form: str, glossary: Glossary, lang: str
) -> tuple[str, frozenset[str], str]:
    """The enforcer's result (one of :data:`RESULTS`) on the run's sentence with ``bad_form``
    in place of the name and ``en`` as its source, the cases of what it wrote there, and
    what it wrote (empty unless it rewrote the name otherwise than the treebank)."""
    bad = run.replaced(bad_form)
    out, hits = enforce_sentence(en, bad, "en", lang, glossary)
    hit = next((h for h in hits if h.target_span and h.target_span[0] == run.start), None)
    if out == run.text:
        return "exact", frozenset(), ""
    if hit is not None and hit.status == "needs-review":
        return "proposed", frozenset(), ""
    if out == bad:
        return "untouched", frozenset(), ""
    written = out[run.start : run.start + len(out) - len(bad) + len(bad_form)]
    found = [f for f in glossary.find(out, lang) if f.start == run.start]
    cases = found[0].cases if found else frozenset()
    return ("other-form" if run.gold in cases else "wrong-case"), cases, written


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many names not exact")
    args = ap.parse_args()
    outcome: Counter[tuple[str, str]] = Counter()
    shown = 0
    for run in name_runs(args.treebank):
        taken = latin_entry(run, args.lang)
        if taken is None:
            continue
        en, glossary = taken
        result, cases, written = rewrite(run, en, en, glossary, args.lang)
        outcome[(run.gold, result)] += 1
        if result != "exact" and shown < args.show:
            shown += 1
            chosen = "/".join(sorted(cases)) or written
            print(f"  {result} {run.gold}->{chosen}: {run.written} -> {en}: {run.text}")
    report(args.lang, "Latin renderings", "exact", outcome)


def report(lang: str, title: str, measure: str, outcome: Counter[tuple[str, str]]) -> None:
    """Print the results (:data:`RESULTS`) over all names, then per gold case, with the share
    of exact ones as ``measure``."""
    total = Counter(r for (_, r), n in outcome.items() for _ in range(n))
    n = sum(total.values())
    print(f"[{lang}] {title}: {n}; "
          + ", ".join(f"{r} {total[r]}" for r in RESULTS)
          + f"; {measure} {total['exact'] / max(n, 1):.1%}")  # fmt: skip
    for gold in sorted({g for g, _ in outcome}):
        m = sum(outcome[(gold, r)] for r in RESULTS)
        print(f"[{lang}]   {gold} ({m}): "
              + ", ".join(f"{r} {outcome[(gold, r)]}" for r in RESULTS)
              + f"; {measure} {outcome[(gold, 'exact')] / max(m, 1):.1%}")  # fmt: skip


if __name__ == "__main__":
    main()
