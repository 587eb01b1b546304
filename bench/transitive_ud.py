"""How well the Russian cognate's transitivity (``uk_cognate_transitive`` in
``pipeline/glossary/context.py``) tells a Ukrainian verb's, on a Universal Dependencies
treebank nobody tuned it on.

Every non-reflexive ``VERB`` token of a uk treebank gets the cognate's verdict: transitive,
intransitive, or none (no Russian cognate the spelling correspondences make, or its readings
disagree).  Printed, for each verdict: the tokens, and how many of them have a direct object
in the treebank (an ``obj`` dependent); the intransitive verdict is the one the enforcer acts
on (the others leave the guess as it was), so its tokens with an object are its errors; the
lemmas behind them are listed.

Usage: python bench/transitive_ud.py TREEBANK.conllu
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import sentences, treebank_parser
from pipeline.glossary.context import uk_cognate_transitive

VERDICTS = {True: "transitive", False: "intransitive", None: "none"}


def main() -> None:
    args = treebank_parser(__doc__, lang=False).parse_args()
    tokens: Counter[str] = Counter()
    with_object: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for rows in sentences(args.treebank):
        objects = {r[6] for r in rows if r[7] == "obj"}
        for r in rows:
            lemma = r[2].lower()
            if r[3] != "VERB" or lemma.endswith(("ся", "сь")):
                continue
            verdict = VERDICTS[uk_cognate_transitive(lemma)]
            tokens[verdict] += 1
            if r[0] in objects:
                with_object[verdict] += 1
                if verdict == "intransitive":
                    errors[lemma] += 1
    total = sum(tokens.values())
    print(f"[uk] non-reflexive verb tokens: {total}")
    for verdict in VERDICTS.values():
        n = tokens[verdict]
        print(f"[uk]   {verdict:<12}: {n} ({n / max(total, 1):.1%}), with a direct object "
              f"{with_object[verdict]} ({with_object[verdict] / max(n, 1):.1%})")  # fmt: skip
    listed = ", ".join(f"{lemma} {n}" for lemma, n in errors.most_common())
    print(f"[uk] intransitive verdicts with a direct object, by lemma: {listed or 'none'}")


if __name__ == "__main__":
    main()
