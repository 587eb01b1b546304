"""chrF/BLEU, leaked marks and throughput of the Apertium ru↔uk engine on a ru/uk set.

Usage::

    python bench/apertium.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt22/ru-uk.uk \
        [--glossary glossaries/] [--lines N] [--skip N] [--samples N]

Scores both directions with sacrebleu (signatures printed), with glossary enforcement
off and, when ``--glossary`` is given, on; the copy-the-source baseline is printed beside.
Then times the protection of a sentence holding one long token without spaces (a
URL-safe base64 blob of ``--blob`` characters, and one four times as long): the whole
``_protect`` step and the protection regex alone, whose time must grow linearly.
Then counts what Apertium leaked into the output, each line against its source: marks
(``#``, ``*``, ``@``) and superscripts the source does not have, words glued together
(unknown to the target analyser, splitting into two known words) and words doubled
where the source doubles none, with samples.  ``--skip 1`` drops WMT24's canary line.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import sacrebleu

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.translate import apertium
from pipeline.translate.apertium import MODES_DIR, PAIRS, ApertiumEngine
from pipeline.translate.apertium_clean import Lexicon, analyser_of, collapse_doubled, split_glued

KINDS = ("#", "*", "@", "superscript", "glued", "doubled")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"


def score(hyps: list[str], refs: list[str]) -> tuple[float, float, str, str]:
    chrf = sacrebleu.metrics.CHRF()
    bleu = sacrebleu.metrics.BLEU()
    c = chrf.corpus_score(hyps, [refs])
    b = bleu.corpus_score(hyps, [refs])
    return c.score, b.score, str(chrf.get_signature()), str(bleu.get_signature())


def leaks(
    sources: list[str], hyps: list[str], src: str, tgt: str
) -> tuple[Counter[str], dict[str, list[tuple[int, str]]]]:
    """Leaked marks and junk by kind, and ``(line, hypothesis)`` samples of each."""
    counts: Counter[str] = Counter()
    samples: dict[str, list[tuple[int, str]]] = {kind: [] for kind in KINDS}
    lexicon = Lexicon(analyser_of(MODES_DIR / f"{PAIRS[(tgt, src)]}.mode"))
    split, glued_notes = split_glued(sources, hyps, lexicon)
    for i, (src, hyp) in enumerate(zip(sources, hyps, strict=True)):
        found = {mark: hyp.count(mark) - src.count(mark) for mark in "#*@"}
        found["superscript"] = sum(hyp.count(c) - src.count(c) for c in SUPERSCRIPTS)
        found["glued"] = len(split[i].split()) - len(hyp.split()) + len(glued_notes[i])
        found["doubled"] = len(collapse_doubled(src, hyp)[1])
        for kind, n in found.items():
            if n > 0:
                counts[kind] += n
                samples[kind].append((i + 1, hyp))
    return counts, samples


def blob_times(size: int) -> None:
    """Print how long protecting a ``size``-character blob takes, against one 4× as long."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    blob = "".join(alphabet[(i * 7919) % 64] for i in range(4 * size))
    print("\nprotecting one sentence with a token of N characters without spaces:")
    for label, step in (
        ("_protect (capped)", lambda s: apertium._protect(s, [])),
        ("protection regex alone", lambda s: apertium._PROTECTED.sub("", s)),
    ):
        times = []
        for n in (size, 4 * size):
            sentence = f"Вложение: {blob[:n]} конец."
            best = float("inf")
            for _ in range(3):  # the best of three: the machine is shared
                start = time.perf_counter()
                step(sentence)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        ratio = times[1] / max(times[0], 1e-9)
        print(
            f"  {label:<24} N={size:,}: {times[0] * 1000:8.2f} ms  N={4 * size:,}: "
            f"{times[1] * 1000:8.2f} ms  ratio {ratio:5.1f} (linear: ~4)"
        )


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
    parser.add_argument("--skip", type=int, default=0, help="leading lines to drop")
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--blob", type=int, default=100_000, help="long-token size; 0: skip")
    args = parser.parse_args()
    texts = {
        "ru": args.ru.read_text(encoding="utf-8").splitlines()[args.skip :],
        "uk": args.uk.read_text(encoding="utf-8").splitlines()[args.skip :],
    }
    if args.lines:
        texts = {k: v[: args.lines] for k, v in texts.items()}
    if args.blob:
        blob_times(args.blob)
    engine = ApertiumEngine()
    print(f"\n{len(texts['ru'])} segments; sacrebleu {sacrebleu.__version__}")
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
            print(f"  {label:<22} chrF {chrf:6.2f}  BLEU {bleu:6.2f}")
        print(f"  signatures: {csig} | {bsig}")
        counts, samples = leaks(sources, hyps, src, tgt)
        total = sum(counts.values())
        print(f"  leaked: {total} ({', '.join(f'{k} {counts[k]}' for k in KINDS)})")
        for kind in KINDS:
            for line, text in samples[kind][: args.samples]:
                print(f"    {kind:<11} line {line + args.skip}: {text[:150]}")


if __name__ == "__main__":
    main()
