"""How often the translation's context alone gives a name the case a treebank says it has.

Every proper-name run of a Universal Dependencies treebank (uk or ru, with a Case feature,
singular) is replaced by its lemma, as a rendering with no ending of its own (a Latin name,
a made-up ending) stands there, and the enforcer's context reading (``_context``, then the
clause facts of a rewritten form, ``_clause_first``, with no source sentence) chooses the
likeliest case.  Printed: the share right, before and after the clause facts, and by the
context's basis.  No English source is involved, so the source's role has no say: this
measures the target-side evidence alone, on text nobody tuned it on.

Usage: python bench/case_context_ud.py LANG TREEBANK.conllu [--limit N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ud_names import name_lemma, name_type, names, sentence_text, sentences, treebank_parser
from pipeline.glossary.enforce import _clause_first, _context
from pipeline.glossary.format import Entry
from pipeline.glossary.match import Glossary, Match, tokenize


def main() -> None:
    ap = treebank_parser(__doc__)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many names")
    args = ap.parse_args()
    right = Counter[str]()
    by_basis: Counter[tuple[str, bool]] = Counter()
    total = 0
    for rows in sentences(args.treebank):
        text, offsets = sentence_text(rows)
        for i, j, gold in names(rows, one_case=False):
            lemma = name_lemma(rows, i, j)
            line = text[: offsets[i][0]] + lemma + text[offsets[j][1] :]
            span = (offsets[i][0], offsets[i][0] + len(lemma))
            kind = name_type(args.lang, rows[j][2])
            entry = Entry(id="x", type=kind, forms={args.lang: (lemma,)})
            pat = Glossary([entry]).pattern(entry, args.lang, 0)
            tokens = tokenize(line)
            if pat is None or not any(span[0] <= t.start for t in tokens):
                continue
            ctx = _context(tokens, span, pat, [])
            before = ctx.cases[0] if ctx.cases else "nomn"
            match = Match(0, len(lemma), lemma, "en", entry, 0)  # the name alone: no role
            after_ctx = _clause_first(lemma, match, ctx, tokens, span, pat) if ctx.cases else ctx
            after = after_ctx.cases[0] if after_ctx.cases else "nomn"
            total += 1
            right["before"] += before == gold
            right["after"] += after == gold
            by_basis[(after_ctx.basis or "-", after == gold)] += 1
        if args.limit and total >= args.limit:
            break
    print(f"[{args.lang}] names {total}: the context's likeliest case right "
          f"{right['before']} ({right['before'] / max(total, 1):.1%}) -> with the clause facts "
          f"{right['after']} ({right['after'] / max(total, 1):.1%})")  # fmt: skip
    for basis in sorted({b for b, _ in by_basis}):
        ok, bad = by_basis[(basis, True)], by_basis[(basis, False)]
        print(f"[{args.lang}]   {basis:<12} {ok}/{ok + bad}")


if __name__ == "__main__":
    main()
