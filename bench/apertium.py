"""chrF/BLEU and throughput of the Apertium ru↔uk engine on a line-aligned ru/uk set.

Usage::

    python bench/apertium.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt22/ru-uk.uk \
        [--glossary glossaries/] [--lines N]

Scores both directions with sacrebleu (signatures printed), with glossary enforcement
off and, when ``--glossary`` is given, on; the copy-the-source baseline is printed beside.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import sacrebleu

from pipeline.translate.apertium import ApertiumEngine


def score(hyps: list[str], refs: list[str]) -> tuple[float, float, str, str]:
    chrf = sacrebleu.metrics.CHRF()
    bleu = sacrebleu.metrics.BLEU()
    c = chrf.corpus_score(hyps, [refs])
    b = bleu.corpus_score(hyps, [refs])
    return c.score, b.score, str(chrf.get_signature()), str(bleu.get_signature())


def enforce_all(
    sources: list[str], hyps: list[str], src: str, tgt: str, paths: list[str]
) -> list[str]:
    """Glossary-enforce every hypothesis, as ``newsmt translate`` does."""
    from pipeline.glossary import Glossary
    from pipeline.glossary.enforce import enforce_sentence

    glossary = Glossary.load([Path(p) for p in paths])
    pairs = zip(sources, hyps, strict=True)
    return [enforce_sentence(s, h, src, tgt, glossary)[0] for s, h in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ru", type=Path)
    parser.add_argument("uk", type=Path)
    parser.add_argument("--glossary", action="append", default=[])
    parser.add_argument("--lines", type=int, default=0)
    args = parser.parse_args()
    texts = {
        "ru": args.ru.read_text(encoding="utf-8").splitlines(),
        "uk": args.uk.read_text(encoding="utf-8").splitlines(),
    }
    if args.lines:
        texts = {k: v[: args.lines] for k, v in texts.items()}
    engine = ApertiumEngine()
    print(f"{len(texts['ru'])} segments; sacrebleu {sacrebleu.__version__}")
    for src, tgt in (("ru", "uk"), ("uk", "ru")):
        sources, refs = texts[src], texts[tgt]
        start = time.perf_counter()
        hyps = engine.translate(sources, src, tgt)
        elapsed = time.perf_counter() - start
        rows = [("copy source", sources), ("apertium", hyps)]
        if args.glossary:
            enforced = enforce_all(sources, hyps, src, tgt, args.glossary)
            rows.append(("apertium + glossary", enforced))
        rate = len(sources) / elapsed
        print(f"\n{src}→{tgt}: {rate:,.0f} sentences/s ({elapsed:.1f} s, one process)")
        for label, out in rows:
            chrf, bleu, csig, bsig = score(out, refs)
            print(f"  {label:<22} chrF {chrf:5.1f}  BLEU {bleu:5.1f}")
        print(f"  signatures: {csig} | {bsig}")


if __name__ == "__main__":
    main()
