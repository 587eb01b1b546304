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

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.glossary.enforce import _clause_first, _context
from pipeline.glossary.format import Entry
from pipeline.glossary.match import Glossary, Match, tokenize
from pipeline.glossary.morph import known_parses

UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
            "Loc": "loct", "Voc": "voct", "Par": "gent"}  # fmt: skip


def sentences(path: Path) -> Iterator[list[list[str]]]:
    """The token rows of each sentence of a CoNLL-U file (multiword and empty nodes left out)."""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
    if rows:
        yield rows


def sentence_text(rows: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence's text as written (SpaceAfter=No kept) and each token's offsets in it."""
    text, offsets = "", []
    for cols in rows:
        offsets.append((len(text), len(text) + len(cols[1])))
        text += cols[1] + ("" if "SpaceAfter=No" in cols[9] else " ")
    return text, offsets


def name_type(lang: str, lemma: str) -> str:
    """PER, LOC or ORG from pymorphy3's name grammemes of ``lemma`` (crude: a city the
    dictionary does not mark Geox counts as ORG)."""
    grammemes = set().union(*(p.tag.grammemes for p in known_parses(lang, lemma)))
    return "PER" if grammemes & {"Name", "Surn"} else "LOC" if "Geox" in grammemes else "ORG"


def names(rows: list[list[str]]) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalized proper nouns (first, last row) with their gold case."""
    i = 0
    while i < len(rows):
        word = rows[i][1]
        if rows[i][3] != "PROPN" or not word[:1].isupper() or not word.isalpha():
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and rows[j + 1][3] == "PROPN" and rows[j + 1][1][:1].isupper():
            j += 1
        feats = dict(f.split("=", 1) for f in rows[j][5].split("|") if "=" in f)
        gold = UD_CASES.get(feats.get("Case", ""))
        if gold and feats.get("Number") != "Plur":
            yield i, j, gold
        i = j + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=("uk", "ru"))
    ap.add_argument("treebank", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many names")
    args = ap.parse_args()
    right = Counter[str]()
    by_basis: Counter[tuple[str, bool]] = Counter()
    total = 0
    for rows in sentences(args.treebank):
        text, offsets = sentence_text(rows)
        for i, j, gold in names(rows):
            lemma = " ".join(c[2][:1].upper() + c[2][1:] for c in rows[i : j + 1])
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
