"""natasha's models as suggestions load them (pipeline/glossary/suggest_models.py): less
loaded, the same tags, spans and normal forms as natasha's own."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from slovnet.exec.model import Conv1d, Weight

from pipeline.glossary.suggest_models import _Conv1d, morph_vocab, natasha_models, news_embedding

TEXTS = [
    "Владимир Путин встретился с Ангелой Меркель в Москве во вторник.",
    "Министерство иностранных дел Нигерии заявило, что «Боко Харам» напала на Майдугури.",
    "Все ушли домой.",
    'В ООН и НАТО (Североатлантический альянс) обсудили Фонд "Общественное мнение".',
]


def _conv(filters: int, channels: int, kernel: int, padding: int, seed: int) -> Conv1d:
    rng = np.random.default_rng(seed)
    weight = rng.standard_normal((filters, channels, kernel)).astype(np.float32)
    bias = rng.standard_normal(filters).astype(np.float32)
    return Conv1d(
        Weight(list(weight.shape), "float32", weight), Weight([filters], "float32", bias), padding
    )


@pytest.mark.parametrize(
    ("channels", "filters", "kernel", "padding", "length"),
    [(330, 256, 3, 1, 17), (256, 128, 3, 1, 1), (128, 64, 3, 1, 40), (12, 8, 5, 2, 3),
     (12, 8, 3, 0, 6), (7, 5, 1, 0, 9)],
)  # fmt: skip
def test_the_convolution_is_slovnets_bit_for_bit(
    channels: int, filters: int, kernel: int, padding: int, length: int
) -> None:
    stock = _conv(filters, channels, kernel, padding, seed=length)
    lean = _Conv1d(stock.weight, stock.bias, stock.padding)
    rng = np.random.default_rng(7)
    rows = rng.standard_normal((4, length, channels)).astype(np.float32)
    # as the encoder passes it (a view of batch × length × channels rows), and contiguous
    for data in (rows.swapaxes(2, 1), np.ascontiguousarray(rows.swapaxes(2, 1))):
        want, got = stock(data), lean(data)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.strides == want.strides
        assert np.array_equal(got, want)


def test_the_taggers_tag_as_natashas_own() -> None:
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    stock = (Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab())
    lean = natasha_models()
    assert isinstance(lean[2].infer.model.encoder.layers[0].conv, _Conv1d)
    assert isinstance(lean[1].infer.model.encoder.layers[0].conv, _Conv1d)
    for text in TEXTS:
        found = []
        for segmenter, morph, ner, vocab in (stock, lean):
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)
            found.append(
                (
                    [(t.text, t.pos, t.feats) for t in doc.tokens],
                    [(s.start, s.stop, s.type, s.normal) for s in doc.spans],
                )
            )
        assert found[0] == found[1]
        assert found[0][1] or text == "Все ушли домой."


def test_the_embedding_is_natashas_vectors_without_its_word_index() -> None:
    from natasha import NewsEmbedding

    stock, lean = NewsEmbedding(), news_embedding()
    assert lean.meta.id == stock.meta.id
    assert np.array_equal(lean.pq.indexes, stock.pq.indexes)
    assert np.array_equal(lean.pq.codes, stock.pq.codes)
    assert lean.vocab is None and not hasattr(lean.pq, "ab")  # nothing slovnet does not read


def test_the_morph_vocabulary_reads_pymorphy2s_dictionary_without_pkg_resources() -> None:
    code = (
        "import sys\n"
        "from pipeline.glossary.suggest_models import morph_vocab\n"
        "vocab = morph_vocab()\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources imported'\n"
        "print(vocab('Путина')[0].normal)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    from natasha import MorphVocab

    stock = MorphVocab()
    vocab = morph_vocab()
    assert proc.stdout.strip() == stock("Путина")[0].normal
    for word in ("Путина", "Москве", "стали", "Майдугури", "ООН"):
        assert [(f.normal, f.pos, f.feats) for f in vocab(word)] == [
            (f.normal, f.pos, f.feats) for f in stock(word)
        ]
