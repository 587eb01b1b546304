"""The Argos engine: installed Argos Translate packages decoded with CTranslate2 directly.

Argos' own ``translate()`` re-splits text with its sentence splitter (which downloads
models) and decodes one paragraph at a time.  :class:`ArgosEngine` takes the sentences our
splitter produced, deduplicates them, sorts them by length and decodes all of them in
token-sized batches with one :class:`ctranslate2.Translator` per direction, loaded on first
use and kept for the whole run.  SentencePiece ``decode`` detokenizes, so underscores and
spacing in the output survive.
"""

from __future__ import annotations

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
    import sentencepiece

    from pipeline.translate.packages import PackageInfo

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


class _Direction:
    """One installed package: its tokenizer and translator, loaded together on first use.

    They load under :func:`pipeline.translate.packages.reading`, so no install replaces
    the package between the two; a package that changed after its digest was taken (the
    cache key of what it translates) is an error, never a silent mix of two models.
    """

    def __init__(self, package: PackageInfo, options: ArgosOptions, device: str, compute: str):
        self.package = package
        self.path = Path(package.path)
        self._options = options
        self._device = device
        self._compute = compute
        if package.tokenizer != "sentencepiece":
            raise ModelError(
                f"the {package.from_code}→{package.to_code} package at {self.path} uses a "
                f"{package.tokenizer} tokenizer; newsmt decodes SentencePiece packages only: "
                "install a SentencePiece package with `newsmt models install FILE`"
            )

    @property
    def processor(self) -> sentencepiece.SentencePieceProcessor:
        return self._loaded[0]

    @property
    def translator(self) -> ctranslate2.Translator:
        return self._loaded[1]

    @cached_property
    def _loaded(self) -> tuple[sentencepiece.SentencePieceProcessor, ctranslate2.Translator]:
        from pipeline.translate.packages import reading

        with reading(self.path.parent):
            now = _digest(self.path)
            if self.__dict__.setdefault("digest", now) != now:  # taken before, for the cache
                raise ModelError(
                    f"the {self.package.from_code}→{self.package.to_code} package at "
                    f"{self.path} changed while newsmt was running; run newsmt again"
                )
            return self._load_processor(), self._load_translator()

    def _load_processor(self) -> sentencepiece.SentencePieceProcessor:
        import sentencepiece as spm

        model = self.path / "sentencepiece.model"
        try:
            return spm.SentencePieceProcessor(model_file=str(model))
        except (OSError, RuntimeError) as exc:
            raise ModelError(
                f"cannot load {model}: {exc}; reinstall it with `newsmt models install FILE`"
            ) from exc

    def _load_translator(self) -> ctranslate2.Translator:
        import ctranslate2

        opts = self._options
        try:
            return ctranslate2.Translator(
                str(self.path / "model"),
                device=self._device,
                compute_type=self._compute,
                inter_threads=opts.inter_threads,
                intra_threads=opts.threads_per_translation(),
            )
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(
                f"cannot load the model in {self.path / 'model'}: {exc}; "
                "reinstall it with `newsmt models install FILE`"
            ) from exc

    @cached_property
    def digest(self) -> str:
        """Changes whenever the model or tokenizer files change (size and mtime)."""
        return _digest(self.path)


def _digest(path: Path) -> str:
    parts = []
    for name in ("model/model.bin", "sentencepiece.model", "metadata.json"):
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
            self._directions[key] = _Direction(
                self.package(src, tgt), self.options, self.device, self.compute_type
            )
        return self._directions[key]

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
        sp = direction.processor
        encoded = sp.encode(unique, out_type=str)
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
        prefix = direction.package.target_prefix or ""
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
        sp = direction.processor
        outputs = [""] * len(tokens)
        for members, results in pending:
            for start in range(0, len(members), PROGRESS_STEP):
                chunk = range(start, min(start + PROGRESS_STEP, len(members)))
                hyps = [results[j].result().hypotheses[0] for j in chunk]
                if prefix:
                    hyps = [h[1:] if h and h[0] == prefix else h for h in hyps]
                for j, text in zip(chunk, sp.decode(hyps), strict=True):
                    outputs[members[j]] = text.strip()
                if progress is not None:
                    progress(len(chunk))
        return outputs
