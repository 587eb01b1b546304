"""The engines of installed CTranslate2 model folders: one per family (nllb, m2m, opus-mt).

A :class:`ModelEngine` decodes exactly like :class:`pipeline.translate.argos.ArgosEngine`
(deduplicated, length-sorted, token batches, one asynchronous call per length limit); it
adds the language tokens of each direction from the model's manifest and loads each model
folder once, however many directions it serves.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from pipeline.errors import ModelError
from pipeline.translate.argos import ArgosEngine, ArgosOptions, _Direction, _Model
from pipeline.translate.ct2models import FAMILIES, ModelInfo
from pipeline.translate.packages import version_key
from pipeline.translate.tokenizers import SentencePieceTokenizer


class ModelEngine(ArgosEngine):
    """:class:`pipeline.translate.base.Engine` on the installed models of one family.

    When several models serve a direction, a real model wins over a test model, then the
    highest version, then the folder name.
    """

    def __init__(
        self, family: str, models: Sequence[ModelInfo], options: ArgosOptions | None = None
    ) -> None:
        super().__init__(options, packages=[])
        self.name = family
        self._models_of: dict[tuple[str, str], ModelInfo] = {}
        best = sorted(models, key=lambda m: (not m.test_model, version_key(m.version), m.id))
        for model in best:  # later (better) models overwrite earlier ones
            for pair in model.directions:
                self._models_of[pair] = model
        self._loaded: dict[str, _Model] = {}

    def pairs(self) -> set[tuple[str, str]]:
        return set(self._models_of)

    def model(self, src: str, tgt: str) -> ModelInfo:
        """The model serving ``src`` → ``tgt``; :class:`ModelError` naming the fix if none."""
        try:
            return self._models_of[(src, tgt)]
        except KeyError:
            have = ", ".join(f"{a}→{b}" for a, b in sorted(self._models_of)) or "none"
            raise ModelError(
                f"no installed {FAMILIES[self.name].title} model translates {src}→{tgt} "
                f"(they serve {have}); install one with `newsmt models install DIR "
                f"--family {self.name}` or use --engine auto"
            ) from None

    def is_test_model(self, src: str, tgt: str) -> bool:
        return self.model(src, tgt).test_model

    def model_id(self, src: str, tgt: str) -> str:
        info = self.model(src, tgt)
        return f"{self.name}:{info.id}@{info.version}"

    def fingerprint(self, src: str, tgt: str) -> str:
        """One model serves many directions: the direction is part of the cache key."""
        return f"{super().fingerprint(src, tgt)}:{src}-{tgt}"

    def _make_direction(self, src: str, tgt: str) -> _Direction:
        info = self.model(src, tgt)
        key = str(info.path)
        if key not in self._loaded:
            files = [info.path / name for name in info.tokenizer]
            self._loaded[key] = _Model(
                f"the {FAMILIES[info.family].title} model {info.id}",
                info.path,
                info.path,
                info.files(),
                functools.partial(SentencePieceTokenizer, *files),
                self.options,
                self.device,
                self.compute_type,
            )
        return _Direction(
            self._loaded[key],
            target_prefix=info.languages[tgt].target_prefix,
            source_prefix=info.source_prefix(src, tgt),
            source_suffix=info.source_suffix,
            specials=info.specials(),
        )


def model_engines(
    options: ArgosOptions | None = None, families: Sequence[str] = tuple(FAMILIES)
) -> list[ModelEngine]:
    """An engine per family with installed models, in ``families`` order."""
    from pipeline.translate.ct2models import installed_models

    installed = installed_models()
    engines = []
    for family in families:
        models = [m for m in installed if m.family == family]
        if models:
            engines.append(ModelEngine(family, models, options))
    return engines
