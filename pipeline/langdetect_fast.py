"""langdetect's detector with its probability arithmetic on numpy arrays.

``langdetect`` (pure Python) updates the probabilities of its 55 languages one by one in
a Python loop, some 500 times a text: most of newsmt's time on a story of many paragraphs
(each paragraph of 8+ words is checked for a language other than en/uk/ru).  This
:class:`Detector` runs the same trials with the same random draws and the same operations
on all languages at once — per language and draw one addition and one multiplication in
double precision, the normalising sum taken in the same order by Python's ``sum`` — so
its probabilities are langdetect's exactly (``tests/test_detect.py`` compares them).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from langdetect.detector import Detector as _Stock
from langdetect.lang_detect_exception import ErrorCode, LangDetectException


class Detector(_Stock):  # type: ignore[misc]
    """A drop-in ``langdetect.detector.Detector`` (made from a loaded ``DetectorFactory``)."""

    def _detect_block(self) -> None:
        # langdetect's _detect_block, with _update_lang_prob and _normalize_prob on arrays.
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows: dict[str, int] = {}
        drawn = [rows.setdefault(word, len(rows)) for word in ngrams]
        table = np.array([self.word_lang_prob_map[word] for word in rows], dtype=np.float64)
        start = np.array(self._init_probability(), dtype=np.float64)
        langprob = np.zeros(len(self.langlist))
        self.random.seed(self.seed)
        for _ in range(self.n_trial):
            prob = start.copy()
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weights: Any = alpha / self.BASE_FREQ + table
            i = 0
            while True:
                prob *= weights[self.random.choice(drawn)]
                if i % 5 == 0:
                    prob /= sum(prob.tolist())
                    if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()
