"""natasha's models as glossary suggestions use them, loaded and run without the parts
they never read: the same tags and spans, in less time.

* The news embedding (navec) is read for its product-quantised vectors only: slovnet's
  taggers look words up in their own vocabularies and take from navec its ``meta.id`` and
  ``pq.indexes`` / ``pq.codes`` (``InjectNavecVisitor``); navec's word index and the norms
  it precomputes for similarity queries (about half a second a run) are left out.
* ``MorphVocab`` (pymorphy2, for natasha's normal forms) opens its dictionary by path,
  not by scanning every installed package's entry points through ``pkg_resources``.
* The taggers' convolutions gather their windows from rows laid out as the encoder keeps
  them (:class:`_Conv1d`): slovnet pads the input and copies each window out of it with
  a stride of a whole row; here each tap is one block copy.  The window matrix and the
  matrix product are slovnet's own, so every output is bit for bit the same.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.morph.vocab import MorphForm, PymorphyAnalyzer
from navec.pq import PQ
from slovnet.exec.model import Conv1d, ModuleVisitor


class _Codes(PQ):
    """navec's quantised vectors without the similarity tables (``precompute``)."""

    def precompute(self) -> None:
        """Nothing: slovnet reads ``indexes`` and ``codes`` only."""


def news_embedding() -> Any:
    """natasha's ``NewsEmbedding`` as slovnet's taggers read it: meta and vectors."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.tar import Tar

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        codes = _Codes.from_file(tar.load(PQ_))
    return Navec(meta, None, codes)


class _MorphVocab(MorphVocab):
    """``MorphVocab`` on the pymorphy2 dictionary at ``path``."""

    def __init__(self, path: str) -> None:
        PymorphyAnalyzer.__init__(self, path, result_type=MorphForm)


def morph_vocab() -> MorphVocab:
    """natasha's ``MorphVocab`` on pymorphy2's Russian dictionary, opened by its path (the
    one ``PYMORPHY2_DICT_PATH`` names if set, as pymorphy2 does)."""
    import pymorphy2_dicts_ru

    variable = PymorphyAnalyzer.DICT_PATH_ENV_VARIABLE
    return _MorphVocab(os.environ.get(variable) or pymorphy2_dicts_ru.get_path())


class _Conv1d(Conv1d):
    """slovnet's ``Conv1d``, its window matrix filled tap by tap from contiguous rows."""

    def __call__(self, input: Any) -> Any:
        batch, channels, length = input.shape  # a view of (batch, length, channels) rows
        filters, _, kernel = self.weight.shape
        pad = self.padding
        count = length + 2 * pad - kernel + 1
        rows = input.swapaxes(1, 2)
        # windows[b, w, c, k] = input[b, c, w + k - pad], zero outside: slovnet's layout.
        windows = np.zeros((batch, count, channels, kernel), dtype=input.dtype)
        for k in range(kernel):
            low, high = max(0, pad - k), min(count, length + pad - k)
            windows[:, low:high, :, k] = rows[:, low + k - pad : high + k - pad, :]
        windows = windows.reshape(batch * count, channels * kernel)
        weight = self.weight.array.reshape(filters, channels * kernel)
        output = np.matmul(windows, weight.T) + self.bias.array
        return output.reshape(batch, count, filters).swapaxes(2, 1)


class _LeanConvolutions(ModuleVisitor):
    """A slovnet model with :class:`_Conv1d` in place of each ``Conv1d`` (weights shared)."""

    def visit_Conv1d(self, item: Conv1d) -> _Conv1d:
        return _Conv1d(item.weight, item.bias, item.padding)


def lean(tagger: Any) -> Any:
    """``tagger`` (a natasha/slovnet tagger) running :class:`_Conv1d`."""
    tagger.infer.model = _LeanConvolutions()(tagger.infer.model)
    return tagger


def natasha_models() -> tuple[Any, Any, Any, Any]:
    """natasha's segmenter, news morphology and NER taggers and morph vocabulary."""
    embedding = news_embedding()
    return (
        Segmenter(),
        lean(NewsMorphTagger(embedding)),
        lean(NewsNERTagger(embedding)),
        morph_vocab(),
    )
