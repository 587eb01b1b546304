"""langdetect's detector with its probability arithmetic on numpy arrays.

``langdetect`` (pure Python) updates the probabilities of its 55 languages one by one in
a Python loop, some 500 times a text: most of newsmt's time on a story of many paragraphs
(each paragraph of 8+ words is checked for a language other than en/uk/ru).  This
:class:`Detector` runs the same trials with the same random draws and the same operations
on all languages at once — per language and draw one addition and one multiplication in
double precision, the normalising sum taken in the same order by Python's ``sum`` — so
its probabilities are langdetect's exactly (``tests/test_detect.py`` compares them).

:meth:`Detector.top_outside` asks what newsmt needs to know — is the most probable
language one outside a set, and that probable? — and stops the trials as soon as the
answer can only be no.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

import numpy as np
from langdetect.detector import Detector as _Stock
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.language import Language

_ROUNDING = 1e-9  # far above the rounding of a sum of seven probabilities


_LATIN = re.compile("[A-z]")  # langdetect's test: 'A' <= ch <= 'z'
# langdetect counts a character from U+0300 on as non-Latin unless its block is "Latin
# Extended Additional" — a test that compares the block's number with that name, so
# never true: every character from U+0300 on counts.
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


class Detector(_Stock):  # type: ignore[misc]
    """A drop-in ``langdetect.detector.Detector`` (made from a loaded ``DetectorFactory``)."""

    def cleaning_text(self) -> None:
        # langdetect's, counting and dropping with regular expressions, not char by char.
        latin = len(_LATIN.findall(self.text))
        if latin * 2 < len(_NON_LATIN.findall(self.text)):
            self.text = _LATIN.sub("", self.text)

    def _trials(self) -> Iterator[np.ndarray]:
        """The probabilities each of langdetect's trials ends with, one trial at a time
        (its ``_detect_block`` with ``_update_lang_prob`` and ``_normalize_prob`` on arrays)."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows: dict[str, int] = {}
        drawn = [rows.setdefault(word, len(rows)) for word in ngrams]
        table = np.array([self.word_lang_prob_map[word] for word in rows], dtype=np.float64)
        start = np.array(self._init_probability(), dtype=np.float64)
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
            yield prob

    def _detect_block(self) -> None:
        langprob = np.zeros(len(self.langlist))
        for prob in self._trials():
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()

    def top_outside(self, known: Collection[str], floor: float) -> Language | None:
        """``get_probabilities()[0]`` if its language is not one of ``known`` and its
        probability is ``floor`` or more, else None.

        The trials stop once no language outside ``known`` can reach ``floor`` whatever
        the trials left give it (each at most 1/``n_trial``) and some language is already
        over langdetect's listing threshold (so there is a top one): the answer is then
        None, as the full run would give."""
        outside = np.array([lang not in known for lang in self.langlist])
        langprob = np.zeros(len(self.langlist))
        for done, prob in enumerate(self._trials(), 1):
            langprob += prob / self.n_trial
            left = (self.n_trial - done) / self.n_trial
            reachable = langprob[outside] + left >= floor - _ROUNDING
            if langprob.max() > self.PROB_THRESHOLD and not reachable.any():
                return None
        self.langprob = langprob.tolist()
        top = self.get_probabilities()[0]
        return top if top.lang not in known and top.prob >= floor else None
