"""How far a treebank could stand in for the hand-made lists of verb government in
``pipeline/glossary/context.py`` (verbs whose object is in the dative, the genitive, the
instrumental).

For every verb of a Universal Dependencies treebank, the cases of its nominal objects with
no preposition (``obj``, ``iobj``, ``obl`` without a ``case`` child) are counted.  Printed,
for each list: how many of its verbs the treebank has with such an object at all, and how
many of those take the list's case there most often; and the verbs outside the lists that
take that case most often at least ``--min`` times (what a list learned from the treebank
would add).

Usage: python bench/government_ud.py LANG TREEBANK.conllu [--min 2]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import UD_CASES, feats, sentences, treebank_parser
from pipeline.glossary.context import DATIVE_VERBS, GENITIVE_VERBS, INSTRUMENTAL_VERBS


def government(path: Path) -> dict[str, Counter[str]]:
    """Verb lemma -> the cases of its objects without a preposition."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for rows in sentences(path):
        heads = {r[0]: r for r in rows}
        marked = {r[6] for r in rows if r[7] == "case"}
        for r in rows:
            head = heads.get(r[6])
            if r[7] not in ("obj", "iobj", "obl") or r[3] not in ("NOUN", "PROPN", "PRON"):
                continue
            if head is None or head[3] != "VERB" or r[0] in marked:
                continue
            if case := UD_CASES.get(feats(r).get("Case", "")):
                out[head[2].lower()][case] += 1
    return out


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--min", type=int, default=2)
    args = ap.parse_args()
    gov = government(args.treebank)
    listed = {"datv": DATIVE_VERBS, "gent": GENITIVE_VERBS, "ablt": INSTRUMENTAL_VERBS}
    for case, verbs in listed.items():
        words = verbs[args.lang]
        seen = [v for v in sorted(words) if v in gov]
        agree = [v for v in seen if gov[v].most_common(1)[0][0] == case]
        extra = sorted(
            v for v, c in gov.items()
            if v not in words and c.most_common(1)[0][0] == case and c[case] >= args.min
        )  # fmt: skip
        print(f"[{args.lang}] {case}: list {len(words)}, in the treebank {len(seen)}, "
              f"taking {case} there most often {len(agree)}; not listed, {case} "
              f"≥ {args.min} times: {len(extra)} {extra}")  # fmt: skip


if __name__ == "__main__":
    main()
