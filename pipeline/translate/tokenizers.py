"""Subword tokenizers of the installed models: SentencePiece and Moses + BPE.

Both turn whole batches of sentences into token lists for CTranslate2 and token lists
back into text.  :class:`SentencePieceTokenizer` encodes with the source model and
decodes with the target model (one file for both, or OPUS-MT's ``source.spm`` and
``target.spm``).  :class:`BPETokenizer` reproduces Argos Translate's BPE packages
(OpenNMT/OPUS-MT conversions with a subword-nmt ``bpe.model``): sacremoses punctuation
normalisation and tokenisation, ``@@`` subwords, Moses detokenisation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from pipeline.errors import ModelError

REINSTALL = "reinstall it with `newsmt models install`"


class Tokenizer(Protocol):
    def encode(self, texts: list[str]) -> list[list[str]]:
        """The source tokens of each text."""
        ...

    def decode(self, tokens: list[list[str]]) -> list[str]:
        """The text of each list of target tokens."""
        ...


def _spm(path: Path) -> object:
    import sentencepiece as spm

    try:
        return spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as exc:
        raise ModelError(f"cannot load {path}: {exc}; {REINSTALL}") from exc


class SentencePieceTokenizer:
    """SentencePiece pieces in, text out (``target`` decodes; default: ``source``)."""

    def __init__(self, source: Path, target: Path | None = None) -> None:
        self.source = _spm(source)
        self.target = self.source if target is None or target == source else _spm(target)

    def encode(self, texts: list[str]) -> list[list[str]]:
        return self.source.encode(texts, out_type=str)

    def decode(self, tokens: list[list[str]]) -> list[str]:
        return self.target.decode(tokens)


class BPETokenizer:
    """Moses tokenisation + subword-nmt BPE, as Argos Translate's ``BPETokenizer`` does it."""

    def __init__(self, codes: Path, src: str, tgt: str) -> None:
        from argostranslate.apply_bpe import BPE
        from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer

        try:
            with codes.open(encoding="utf-8") as handle:
                self._bpe = BPE(handle)
        except (OSError, UnicodeDecodeError, ValueError, IndexError) as exc:
            raise ModelError(f"cannot load the BPE codes {codes}: {exc}; {REINSTALL}") from exc
        self._normalizer = MosesPunctNormalizer(src)
        self._tokenizer = MosesTokenizer(src)
        self._detokenizer = MosesDetokenizer(tgt)

    def encode(self, texts: list[str]) -> list[list[str]]:
        out = []
        for text in texts:
            words = self._tokenizer.tokenize(self._normalizer.normalize(text))
            out.append(self._bpe.segment_tokens(words) if words else [])
        return out

    def decode(self, tokens: list[list[str]]) -> list[str]:
        return [
            self._detokenizer.detokenize(" ".join(toks).replace("@@ ", "").split(" "))
            for toks in tokens
        ]
