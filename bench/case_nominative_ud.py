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

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.case_context_ud import UD_CASES, name_type, sentence_text, sentences
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.format import Entry
from pipeline.glossary.match import Glossary

SOURCE = "Xq"  # the entity's English form: a lone word, no role in the source


def _feats(row: list[str]) -> dict[str, str]:
    return dict(f.split("=", 1) for f in row[5].split("|") if "=" in f)


def names(rows: list[list[str]]) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalized proper nouns in one case, singular (first, last row, gold case):
    "президент Росії Володимир Путін" has two, Росії and Володимир Путін."""
    i = 0
    while i < len(rows):
        word = rows[i][1]
        if rows[i][3] != "PROPN" or not word[:1].isupper() or not word.isalpha():
            i += 1
            continue
        case = _feats(rows[i]).get("Case")
        j = i
        while (
            j + 1 < len(rows)
            and rows[j + 1][3] == "PROPN"
            and rows[j + 1][1][:1].isupper()
            and _feats(rows[j + 1]).get("Case") == case
        ):
            j += 1
        gold = UD_CASES.get(case or "")
        if gold and _feats(rows[j]).get("Number") != "Plur":
            yield i, j, gold
        i = j + 1


def name_lemma(rows: list[list[str]], i: int, j: int) -> str:
    """The treebank's lemma of the name run ``rows[i..j]``, each word capitalized."""
    return " ".join(c[2][:1].upper() + c[2][1:] for c in rows[i : j + 1])


def name_entry(
    lang: str,
    rows: list[list[str]],
    i: int,
    j: int,
    text: str,
    offsets: list[tuple[int, int]],
    en: str,
) -> Entry:
    """A glossary entry of the name run ``rows[i..j]``: its lemma in ``lang``, ``en`` in
    English, the type from pymorphy3's name grammemes (ORG for a quoted name)."""
    kind = name_type(lang, rows[j][2])
    if text[offsets[i][0] - 1 : offsets[i][0]] in ("«", '"'):
        kind = "ORG"  # a quoted name: a club, a ship, a title
    return Entry(id="x", type=kind, forms={"en": (en,), lang: (name_lemma(rows, i, j),)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=("uk", "ru"))
    ap.add_argument("treebank", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print this many unrestored names")
    args = ap.parse_args()
    outcome: Counter[tuple[str, str]] = Counter()
    false_edits: list[tuple[str, str, str]] = []
    shown = 0
    clean = 0
    for rows in sentences(args.treebank):
        text, offsets = sentence_text(rows)
        text = text.rstrip()
        for i, j, gold in names(rows):
            lemma = name_lemma(rows, i, j)
            glossary = Glossary([name_entry(args.lang, rows, i, j, text, offsets, SOURCE)])
            written = text[offsets[i][0] : offsets[j][1]]
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
            bad = text[: offsets[i][0]] + lemma + text[offsets[j][1] :]
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
