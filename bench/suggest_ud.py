"""How well the `glossary suggest` recognisers find proper nouns and put them in the nominative.

Runs the en / uk / ru recogniser of :mod:`pipeline.glossary.suggest` (``find_mentions``: what
``suggest`` would propose, without a glossary) on every sentence of a Universal Dependencies
treebank and compares with its gold annotation:

* recall: share of PROPN tokens inside a recognised mention;
* precision: share of tokens inside mentions that are PROPN (names also hold ADJ/NOUN
  words, "Перська затока", so this is a lower bound);
* mention precision: share of mentions holding at least one PROPN token (a mention
  with none is a false positive, though some, "Министерство экономики", are real names);
* lemma accuracy (uk, ru): mentions that are exactly one PROPN token whose normal form
  equals the gold lemma, and mentions of two or more PROPN tokens (people, places) whose
  normal form equals the gold lemmas joined.

Usage::

    python bench/suggest_ud.py LANG TREEBANK.conllu [--limit N] [--false-positives N --seed S]
    python bench/suggest_ud.py uk ../shared/eval/ud/uk_iu-ud-dev.conllu
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

from pipeline.glossary.suggest import RECOGNISERS, find_mentions  # noqa: E402


@dataclass
class Token:
    form: str
    lemma: str
    upos: str
    start: int
    end: int


def sentences(path: Path) -> list[tuple[str, list[Token]]]:
    """``(text, tokens)`` per sentence; token offsets rebuilt from forms and SpaceAfter=No."""
    out: list[tuple[str, list[Token]]] = []
    tokens: list[Token] = []
    text = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                out.append((text, tokens))
            tokens, text = [], ""
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword-token ranges and empty nodes
        start = len(text)
        text += cols[1]
        tokens.append(Token(cols[1], cols[2], cols[3], start, len(text)))
        if "SpaceAfter=No" not in cols[9]:
            text += " "
    if tokens:
        out.append((text, tokens))
    return out


def key(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(RECOGNISERS))
    parser.add_argument("treebank", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only")
    parser.add_argument(
        "--false-positives", type=int, default=0, metavar="N",
        help="print a sample of N mentions without a PROPN token",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="seed of that sample")
    args = parser.parse_args()
    data = sentences(args.treebank)
    if args.limit:
        data = data[: args.limit]
    find_mentions("Warm-up.", args.lang, [0], [])  # load the models outside the timing
    gold = predicted = hit = 0
    single = single_ok = multi = multi_ok = 0
    wrong: list[str] = []
    mention_count = 0
    started = time.perf_counter()
    for text, tokens in data:
        mentions = find_mentions(text.rstrip(), args.lang, [0], [])
        inside: set[int] = set()
        for m in mentions:
            covered = [i for i, t in enumerate(tokens) if t.start >= m.start and t.end <= m.end]
            inside.update(covered)
            mention_count += 1
            if not any(tokens[i].upos == "PROPN" for i in covered):
                wrong.append(
                    f"{m.text!r} {m.type} [{', '.join(tokens[i].upos for i in covered)}]"
                    f"  in: {text.strip()}"
                )
            if covered and all(tokens[i].upos == "PROPN" for i in covered):
                expected = " ".join(tokens[i].lemma for i in covered)
                correct = key(m.text) == key(expected)
                if len(covered) == 1:
                    single, single_ok = single + 1, single_ok + correct
                else:
                    multi, multi_ok = multi + 1, multi_ok + correct
        names = {i for i, t in enumerate(tokens) if t.upos == "PROPN"}
        gold += len(names)
        predicted += len(inside)
        hit += len(names & inside)
    elapsed = time.perf_counter() - started
    print(f"{args.treebank.name}: {len(data)} sentences, {gold} PROPN tokens")
    print(f"recall    {hit / max(gold, 1):.3f}  ({hit}/{gold})")
    print(f"precision {hit / max(predicted, 1):.3f}  ({hit}/{predicted}, lower bound)")
    right = mention_count - len(wrong)
    print(f"mention precision {right / max(mention_count, 1):.3f}  ({right}/{mention_count})")
    if args.lang != "en":
        print(f"lemma, one-token PROPN mentions   {single_ok / max(single, 1):.3f} ({single})")
        print(f"lemma, multi-token PROPN mentions {multi_ok / max(multi, 1):.3f} ({multi})")
    print(f"speed     {1000 * elapsed / max(len(data), 1):.1f} ms per sentence")
    if args.false_positives:
        sample = random.Random(args.seed).sample(wrong, min(args.false_positives, len(wrong)))
        print(f"\n{len(sample)} of {len(wrong)} mentions without a PROPN token:")
        for line in sample:
            print(" ", line)


if __name__ == "__main__":
    main()
