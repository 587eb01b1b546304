"""The Argos engine: installed Argos Translate packages decoded with CTranslate2 directly.

Argos' own ``translate()`` re-splits text with its sentence splitter (which downloads
models) and decodes one paragraph at a time.  :class:`ArgosEngine` takes the sentences our
splitter produced, deduplicates them, sorts them by length and decodes all of them in
token-sized batches with one :class:`ctranslate2.Translator` per direction, loaded on first
use and kept for the whole run.  SentencePiece ``decode`` detokenizes, so underscores and
spacing in the output survive; BPE packages (``bpe.model``) go through Moses and BPE as in
Argos (:mod:`pipeline.translate.tokenizers`).  The same decoding serves the CTranslate2
model folders of :mod:`pipeline.translate.ct2engine` through :class:`_Model` and
:class:`_Direction`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import ModelError, UsageError

if TYPE_CHECKING:
    import ctranslate2

    from pipeline.translate.packages import PackageInfo
    from pipeline.translate.tokenizers import Tokenizer

DEVICES = ("auto", "cpu", "cuda")
COMPUTE_TYPES = (
    "auto",
    "default",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)

Progress = Callable[[int], None]
LIMIT_STEP = 8
PROGRESS_STEP = 64


def missing_model_message(src: str, tgt: str, *more: tuple[str, str]) -> str:
    """The one-line error for directions without an installed model."""
    pairs = [(src, tgt), *more]
    names = ", ".join(f"{a}→{b}" for a, b in pairs)
    commands = " and ".join(f"`newsmt models download {a} {b}`" for a, b in pairs)
    return f"no translation model for {names}: run {commands} or `newsmt models install FILE`"


@dataclass(frozen=True)
class ArgosOptions:
    """How CTranslate2 runs and decodes.

    ``max_decoding_length`` caps every output; below the cap an output may be at most
    ``length_ratio * source_tokens + length_extra`` tokens long, which stops a model
    that repeats itself from running to the cap on short sentences.
    """

    beam_size: int = 4
    compute_type: str = "auto"
    device: str = "auto"
    inter_threads: int = 1
    intra_threads: int = 0
    max_batch_tokens: int = 2048
    max_decoding_length: int = 256
    length_ratio: float = 2.0
    length_extra: int = 10
    length_penalty: float = 0.2
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0

    def __post_init__(self) -> None:
        if self.device not in DEVICES:
            raise UsageError(f"unknown device {self.device!r}: use one of {', '.join(DEVICES)}")
        if self.compute_type not in COMPUTE_TYPES:
            raise UsageError(
                f"unknown compute type {self.compute_type!r}: use one of {', '.join(COMPUTE_TYPES)}"
            )
        for name in ("beam_size", "inter_threads", "max_batch_tokens", "max_decoding_length"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name.replace('_', '-')} must be at least 1")
        if self.intra_threads < 0:
            raise UsageError("threads must be 0 (automatic) or more")

    def threads_per_translation(self) -> int:
        """``intra_threads``, or (when 0) the cores shared among ``inter_threads`` workers."""
        return self.intra_threads or max(1, (os.cpu_count() or 1) // self.inter_threads)

    def decoding_limit(self, source_tokens: int) -> int:
        """The longest output allowed for a source of ``source_tokens`` tokens.

        Rounded up to a multiple of :data:`LIMIT_STEP` so that few distinct limits (each
        one decoding call) cover a batch.
        """
        bound = self.length_ratio * source_tokens + self.length_extra
        return min(self.max_decoding_length, LIMIT_STEP * math.ceil(bound / LIMIT_STEP))


def resolve_device(device: str) -> str:
    """``auto`` → ``cuda`` when CTranslate2 sees a GPU, else ``cpu``."""
    if device != "auto":
        return device
    import ctranslate2

    return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"


def resolve_compute_type(compute_type: str, device: str) -> str:
    """``auto`` → int8 on CPU (int8_float16 on CUDA) when supported, else the model default."""
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types(device)
    if compute_type == "auto":
        preferred = ("int8", "int8_float32") if device == "cpu" else ("int8_float16", "float16")
        return next((c for c in preferred if c in supported), "default")
    if compute_type != "default" and compute_type not in supported:
        raise ModelError(
            f"compute type {compute_type} is not supported on {device} "
            f"(supported: {', '.join(sorted(supported))})"
        )
    return compute_type


class _Model:
    """One installed model folder: its tokenizer and translator, loaded together on first use.

    They load under :func:`pipeline.translate.packages.reading`, so no install replaces
    the folder between the two; a folder that changed after its digest was taken (the
    cache key of what it translates) is an error, never a silent mix of two models.
    ``label`` names the model in messages (``the en→uk package``); ``files`` are the
    folder's files whose size and mtime make the digest.
    """

    def __init__(
        self,
        label: str,
        path: Path,
        model_dir: Path,
        files: Sequence[str],
        make_tokenizer: Callable[[], Tokenizer],
        options: ArgosOptions,
        device: str,
        compute: str,
    ):
        self.label = label
        self.path = path
        self.model_dir = model_dir
        self._files = tuple(files)
        self._make_tokenizer = make_tokenizer
        self._options = options
        self._device = device
        self._compute = compute

    @property
    def processor(self) -> Tokenizer:
        return self._loaded[0]

    @property
    def translator(self) -> ctranslate2.Translator:
        return self._loaded[1]

    @cached_property
    def _loaded(self) -> tuple[Tokenizer, ctranslate2.Translator]:
        from pipeline.translate.packages import reading

        with reading(self.path.parent):
            now = _digest(self.path, self._files)
            if self.__dict__.setdefault("digest", now) != now:  # taken before, for the cache
                raise ModelError(
                    f"{self.label} at {self.path} changed while newsmt was running; "
                    "run newsmt again"
                )
            return self._make_tokenizer(), self._load_translator()

    def _load_translator(self) -> ctranslate2.Translator:
        import ctranslate2

        opts = self._options
        try:
            return ctranslate2.Translator(
                str(self.model_dir),
                device=self._device,
                compute_type=self._compute,
                inter_threads=opts.inter_threads,
                intra_threads=opts.threads_per_translation(),
            )
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(
                f"cannot load the model in {self.model_dir}: {exc}; "
                "reinstall it with `newsmt models install`"
            ) from exc

    @cached_property
    def digest(self) -> str:
        """Changes whenever the model or tokenizer files change (size and mtime)."""
        return _digest(self.path, self._files)


@dataclass(frozen=True)
class _Direction:
    """One direction on a loaded model: the tokens that tell the model the languages.

    The source sent to CTranslate2 is ``source_prefix + pieces + source_suffix`` (NLLB:
    ``rus_Cyrl … </s>``; multi-target OPUS-MT: ``>>ukr<< … </s>``); ``target_prefix``
    forces the first target token (NLLB ``ukr_Cyrl``, M2M-100 ``__uk__``) and is stripped
    from the output with any other language token in ``specials``.
    """

    model: _Model
    target_prefix: str = ""
    source_prefix: tuple[str, ...] = ()
    source_suffix: tuple[str, ...] = ()
    specials: frozenset[str] = frozenset()

    @property
    def processor(self) -> Tokenizer:
        return self.model.processor

    @property
    def translator(self) -> ctranslate2.Translator:
        return self.model.translator

    @property
    def digest(self) -> str:
        return self.model.digest

    def encode(self, texts: list[str]) -> list[list[str]]:
        """The tokens CTranslate2 receives for each text."""
        pieces = self.processor.encode(texts)
        if not (self.source_prefix or self.source_suffix):
            return pieces
        head, tail = list(self.source_prefix), list(self.source_suffix)
        return [head + toks + tail for toks in pieces]

    def decode(self, hypotheses: list[list[str]]) -> list[str]:
        """The text of each hypothesis, its target prefix and language tokens left out."""
        prefix, specials = self.target_prefix, self.specials
        if prefix:
            hypotheses = [h[1:] if h and h[0] == prefix else h for h in hypotheses]
        if specials:
            hypotheses = [[t for t in h if t not in specials] for h in hypotheses]
        return [text.strip() for text in self.processor.decode(hypotheses)]


ARGOS_FILES = ("model/model.bin", "sentencepiece.model", "bpe.model", "metadata.json")


def package_tokenizer(package: PackageInfo) -> Tokenizer:
    """The tokenizer of an Argos package: SentencePiece, or Moses + BPE (``bpe.model``)."""
    from pipeline.translate.tokenizers import BPETokenizer, SentencePieceTokenizer

    if package.tokenizer == "bpe":
        return BPETokenizer(package.tokenizer_path, package.from_code, package.to_code)
    return SentencePieceTokenizer(package.tokenizer_path)


def _digest(path: Path, files: Sequence[str]) -> str:
    parts = []
    for name in files:
        try:
            st = (path / name).stat()
        except OSError:
            continue
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


class ArgosEngine:
    """:class:`pipeline.translate.base.Engine` on installed Argos packages.

    ``packages`` defaults to the installed package of each direction (the best one when
    several are installed, see :func:`pipeline.translate.packages.find_package`).
    """

    name = "argos"
    reports_progress = True

    def __init__(
        self,
        options: ArgosOptions | None = None,
        packages: Sequence[PackageInfo] | None = None,
    ) -> None:
        if packages is None:
            from pipeline.translate.packages import find_package, installed_packages

            pairs = {(p.from_code, p.to_code) for p in installed_packages()}
            packages = [pkg for pair in sorted(pairs) if (pkg := find_package(*pair))]
        self.options = options or ArgosOptions()
        self._packages = {(p.from_code, p.to_code): p for p in packages}
        self._directions: dict[tuple[str, str], _Direction] = {}
        self.decoded = 0
        """How many sentences this engine has sent to the decoder (for statistics)."""

    def pairs(self) -> set[tuple[str, str]]:
        return set(self._packages)

    def package(self, src: str, tgt: str) -> PackageInfo:
        """The package for ``src`` → ``tgt``; :class:`ModelError` naming the fix if none."""
        try:
            return self._packages[(src, tgt)]
        except KeyError:
            raise ModelError(missing_model_message(src, tgt)) from None

    def is_test_model(self, src: str, tgt: str) -> bool:
        return self.package(src, tgt).test_model

    def model_id(self, src: str, tgt: str) -> str:
        pkg = self.package(src, tgt)
        return f"argos:{pkg.id}@{pkg.version}"

    @cached_property
    def device(self) -> str:
        return resolve_device(self.options.device)

    @cached_property
    def compute_type(self) -> str:
        return resolve_compute_type(self.options.compute_type, self.device)

    def settings(self) -> dict[str, Any]:
        """The decoding settings actually used (options with device and compute resolved)."""
        return {**asdict(self.options), "device": self.device, "compute_type": self.compute_type}

    def fingerprint(self, src: str, tgt: str) -> str:
        """Identifies everything that changes the output of ``src`` → ``tgt``."""
        settings = self.settings()
        for name in ("inter_threads", "intra_threads", "max_batch_tokens"):
            settings.pop(name)
        settings["model"] = self._direction(src, tgt).digest
        blob = json.dumps(settings, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def _direction(self, src: str, tgt: str) -> _Direction:
        key = (src, tgt)
        if key not in self._directions:
            self._directions[key] = self._make_direction(src, tgt)
        return self._directions[key]

    def _make_direction(self, src: str, tgt: str) -> _Direction:
        package = self.package(src, tgt)
        model = _Model(
            f"the {src}→{tgt} package",
            Path(package.path),
            Path(package.model_dir),
            ARGOS_FILES,
            functools.partial(package_tokenizer, package),
            self.options,
            self.device,
            self.compute_type,
        )
        return _Direction(model, target_prefix=package.target_prefix or "")

    def load(self, src: str, tgt: str) -> None:
        """Load the tokenizer and translator of ``src`` → ``tgt`` now (else on first use)."""
        direction = self._direction(src, tgt)
        _ = direction.processor, direction.translator

    def translate(
        self, sentences: list[str], src: str, tgt: str, *, progress: Progress | None = None
    ) -> list[str]:
        """Translate ``sentences`` (one output per input, same order).

        Duplicates are decoded once; blank sentences come back empty without decoding.
        ``progress`` is called with the number of unique sentences each finished batch held.
        """
        direction = self._direction(src, tgt)
        unique = sorted({s.strip() for s in sentences if s.strip()})
        if not unique:
            return ["" for _ in sentences]
        encoded = direction.encode(unique)
        order = sorted(range(len(unique)), key=lambda i: len(encoded[i]))
        outputs = self._decode(direction, [encoded[i] for i in order], progress)
        done = dict(zip((unique[i] for i in order), outputs, strict=True))
        self.decoded += len(unique)
        return [done.get(s.strip(), "") for s in sentences]

    def _decode(
        self, direction: _Direction, tokens: list[list[str]], progress: Progress | None
    ) -> list[str]:
        """Decode token lists: one asynchronous CTranslate2 call per decoding limit.

        CTranslate2 sorts each call's sentences by length and cuts them into batches of
        ``max_batch_tokens`` tokens; all calls are queued at once so ``inter_threads``
        workers decode in parallel.
        """
        opts = self.options
        translator = direction.translator
        prefix = direction.target_prefix
        buckets: dict[int, list[int]] = {}
        for index, toks in enumerate(tokens):
            buckets.setdefault(opts.decoding_limit(len(toks)), []).append(index)
        pending = []
        for limit, members in sorted(buckets.items()):
            batch = [tokens[i] for i in members]
            results = translator.translate_batch(
                batch,
                target_prefix=[[prefix]] * len(batch) if prefix else None,
                max_batch_size=opts.max_batch_tokens,
                batch_type="tokens",
                asynchronous=True,
                beam_size=opts.beam_size,
                length_penalty=opts.length_penalty,
                repetition_penalty=opts.repetition_penalty,
                no_repeat_ngram_size=opts.no_repeat_ngram_size,
                max_decoding_length=limit + (1 if prefix else 0),
                replace_unknowns=True,
            )
            pending.append((members, results))
        outputs = [""] * len(tokens)
        for members, results in pending:
            for start in range(0, len(members), PROGRESS_STEP):
                chunk = range(start, min(start + PROGRESS_STEP, len(members)))
                hyps = [results[j].result().hypotheses[0] for j in chunk]
                for j, text in zip(chunk, direction.decode(hyps), strict=True):
                    outputs[members[j]] = text
                if progress is not None:
                    progress(len(chunk))
        return outputs
