"""Calibrate the ``length-ratio`` check on WMT22 human references, per direction.

Prints what length ratios human translators actually produce (target/source, in non-space
characters and in words: percentiles, overall and by source length), then fits the model
of :mod:`pipeline.checks.length` for both measures: the log ratio's median ``mu`` and a
robust spread ``a + c / n`` (1.4826 × MAD of the log ratio in ten source-length bins,
least squares over the bins), and the warning thresholds: the 0.5th percentile of the
"short" score ``max(z_chars, z_words)`` and the 99.9th of the "long" score
``min(z_chars, z_words)`` over the references (at least 3).  The last lines are the tables to paste
into ``pipeline/checks/length.py``.  ru-uk / uk-ru pair the en-ru and en-uk references of
the same English lines.

Usage:  .venv/bin/python bench/length_ratio.py /work/shared/eval/wmt22
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.checks.length import char_count, word_count

FILES = {
    ("en", "uk"): ("en-uk.src.en", "en-uk.ref.uk"),
    ("en", "ru"): ("en-ru.src.en", "en-ru.ref.ru"),
    ("uk", "en"): ("uk-en.src.uk", "uk-en.ref.en"),
    ("ru", "en"): ("ru-en.src.ru", "ru-en.ref.en"),
    ("ru", "uk"): ("ru-uk.ru", "ru-uk.uk"),
    ("uk", "ru"): ("ru-uk.uk", "ru-uk.ru"),
}
SHORT_PERCENTILE = 0.5
LONG_PERCENTILE = 99.9
LONG_FLOOR = 3.0  # the 99.9th percentile of 2,000 lines rests on two of them
PERCENTILES = (0.5, 1, 5, 50, 95, 99, 99.5)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def fit(n: np.ndarray, log_ratio: np.ndarray) -> tuple[float, float, float]:
    """``mu, a, c``: the median log ratio and the spread ``a + c / n`` over ten length bins."""
    order = np.argsort(n, kind="stable")
    xs, ys = [], []
    for chunk in np.array_split(order, 10):
        values = log_ratio[chunk]
        xs.append(1 / np.median(n[chunk]))
        ys.append(1.4826 * np.median(np.abs(values - np.median(values))))
    design = np.vstack([np.ones(len(xs)), xs]).T
    a, c = np.linalg.lstsq(design, np.array(ys), rcond=None)[0]
    return float(np.median(log_ratio)), max(float(a), 0.02), max(float(c), 0.0)


def z(n: np.ndarray, log_ratio: np.ndarray, params: tuple[float, float, float]) -> np.ndarray:
    mu, a, c = params
    return (log_ratio - mu) / (a + c / n)


def row(values: np.ndarray) -> str:
    return " ".join(f"{v:5.2f}" for v in np.percentile(values, PERCENTILES))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the wmt22 folder (PAIR.src.L, PAIR.ref.L, …)")
    args = parser.parse_args()

    fitted = {}
    print(f"== Reference length ratios (target/source), percentiles {PERCENTILES}")
    for (src, tgt), (source_file, target_file) in FILES.items():
        pairs = [
            (s, t)
            for s, t in zip(
                read_lines(args.data / source_file), read_lines(args.data / target_file),
                strict=True,
            )
            if char_count(s) and char_count(t)
        ]  # fmt: skip
        n_chars = np.array([char_count(s) for s, _ in pairs], float)
        m_chars = np.array([char_count(t) for _, t in pairs], float)
        n_words = np.array([max(word_count(s), 1) for s, _ in pairs], float)
        m_words = np.array([max(word_count(t), 1) for _, t in pairs], float)
        chars, words = m_chars / n_chars, m_words / n_words
        print(f"{src}-{tgt} ({len(pairs)} lines)")
        print(f"  characters            {row(chars)}")
        print(f"  words                 {row(words)}")
        for lo, hi in ((1, 6), (6, 11), (11, 21), (21, 10**6)):
            inside = (n_words >= lo) & (n_words < hi)
            label = f"{lo}-{hi - 1}" if hi < 10**6 else f"{lo}+"
            print(
                f"  {label:>5} source words ({inside.sum():4}): characters "
                f"{np.percentile(chars[inside], 0.5):.2f}–{np.percentile(chars[inside], 99.5):.2f}"
                f", words {np.percentile(words[inside], 0.5):.2f}–"
                f"{np.percentile(words[inside], 99.5):.2f} (0.5th–99.5th)"
            )
        char_params = fit(n_chars, np.log(chars))
        word_params = fit(n_words, np.log(words))
        z_chars = z(n_chars, np.log(chars), char_params)
        z_words = z(n_words, np.log(words), word_params)
        short = float(np.percentile(np.maximum(z_chars, z_words), SHORT_PERCENTILE))
        long = max(float(np.percentile(np.minimum(z_chars, z_words), LONG_PERCENTILE)), LONG_FLOOR)
        fitted[src, tgt] = (char_params, word_params, (short, long))
        print(f"  z characters          {row(z_chars)}")
        print(f"  z words               {row(z_words)}")

    def literal(params: tuple[float, ...]) -> str:
        return "(" + ", ".join(f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}" for v in params) + ")"

    for title, index in (("CHARS", 0), ("WORDS", 1), ("THRESHOLDS", 2)):
        print(f"\n{title} = {{")
        for (src, tgt), values in fitted.items():
            print(f'    ("{src}", "{tgt}"): {literal(values[index])},')
        print("}")
    print(
        f"\n(thresholds: short = {SHORT_PERCENTILE}th percentile of max(z_chars, z_words), "
        f"long = {LONG_PERCENTILE}th of min(z_chars, z_words), at least {LONG_FLOOR})"
    )


if __name__ == "__main__":
    main()
