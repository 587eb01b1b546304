"""Sentence-boundary F1 and throughput of newsmt's splitter against spaCy and tokenize-uk.

Each UD treebank given on the command line is turned into running text: the ``# text``
lines of one paragraph (``# newpar``/``# newdoc``; where the treebank marks none, every
run of 10 sentences) joined with single spaces, one paragraph per input line.  A
splitter is scored on the sentence-end offsets inside each paragraph (the paragraph end
itself is excluded, as every splitter gets it for free).

Usage::

    .venv/bin/python bench/split.py /work/shared/eval/ud/uk_iu-ud-dev.conllu \\
        /work/shared/eval/ud/ru_gsd-ud-dev.conllu /work/shared/eval/ud/en_ewt-ud-dev.conllu
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from tokenize_uk import tokenize_sents_with_spans

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.segment import split_sentences

Splitter = Callable[[str], list[int]]
RUN = 10


def read_paragraphs(path: Path) -> list[list[str]]:
    """The sentences of each paragraph of a CoNLL-U file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    marked = any(line.startswith(("# newpar", "# newdoc")) for line in lines)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if marked and line.startswith(("# newpar", "# newdoc")) and current:
            paragraphs.append(current)
            current = []
        elif line.startswith("# text ="):
            current.append(line.split("=", 1)[1].strip())
            if not marked and len(current) == RUN:
                paragraphs.append(current)
                current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def gold_ends(sentences: list[str]) -> set[int]:
    ends, pos = set(), 0
    for sent in sentences[:-1]:
        pos += len(sent)
        ends.add(pos)
        pos += 1
    return ends


def splitters(lang: str) -> dict[str, Splitter]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    code = f"{lang}_two"
    return {
        "newsmt": lambda text: [s.end for s in split_sentences(text, lang)],
        "spacy-sentencizer": lambda text: [s.end_char for s in nlp(text).sents],
        f"tokenize-uk (LT SRX {code})": lambda text: [
            end for _, _, end in tokenize_sents_with_spans(text, language_code=code)
        ],
    }


def score(paragraphs: list[str], golds: list[set[int]], split: Splitter) -> tuple[float, ...]:
    tp = fp = fn = 0
    start = time.perf_counter()
    predicted = [split(text) for text in paragraphs]
    seconds = time.perf_counter() - start
    for text, gold, ends in zip(paragraphs, golds, predicted, strict=True):
        pred = {end for end in ends if end < len(text.rstrip())}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("treebanks", nargs="+", type=Path, help="UD .conllu files")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs (the best is kept)")
    args = parser.parse_args()
    print(f"{'treebank':<26} {'splitter':<28} {'P':>6} {'R':>6} {'F1':>6} {'sent/s':>9}")
    for path in args.treebanks:
        lang = path.name[:2]
        paras = read_paragraphs(path)
        texts = [" ".join(p) for p in paras]
        golds = [gold_ends(p) for p in paras]
        n_sents = sum(len(p) for p in paras)
        for name, split in splitters(lang).items():
            runs = [score(texts, golds, split) for _ in range(args.repeat)]
            precision, recall, f1, _ = runs[0]
            rate = n_sents / min(r[3] for r in runs)
            print(
                f"{path.name:<26} {name:<28} {precision:6.3f} {recall:6.3f} {f1:6.3f} {rate:9.0f}"
            )


if __name__ == "__main__":
    main()
