"""Routes from a source to a target language over the available engines, and running them.

A route is direct (one hop) or pivots through English (``uk → en → ru``).  ``auto`` prefers
a direct neural model (an installed OPUS-MT, NLLB-200 or M2M-100 model folder, then an Argos
package), then Apertium for ru↔uk, then a pivot through English.
:class:`RouteRunner` translates many routes at once: hop by hop, all sentences sharing an
engine and a direction go to that engine in ONE call, after the run's memory and the
SQLite cache have answered what they can.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipeline.errors import ModelError, UsageError
from pipeline.translate.argos import ArgosEngine, ArgosOptions, missing_model_message
from pipeline.translate.base import Engine
from pipeline.translate.cache import TranslationCache

MODEL_FAMILIES = ("opus-mt", "nllb", "m2m")
"""The CTranslate2 model-folder families, in the order ``--engine auto`` prefers them."""
ENGINE_CHOICES = ("auto", "argos", "apertium", *MODEL_FAMILIES)
PIVOT = "en"

ProgressCallback = Callable[[str, int, int], None]
"""``(label, done, total)``: called when a hop starts decoding and after each batch."""


@dataclass(frozen=True)
class Hop:
    """One engine translating ``src`` → ``tgt``."""

    engine: Engine
    src: str
    tgt: str

    @property
    def label(self) -> str:
        return f"{self.src}→{self.tgt} ({self.engine.name})"


@dataclass(frozen=True)
class Route:
    """The hops that take text from ``hops[0].src`` to ``hops[-1].tgt``."""

    hops: tuple[Hop, ...]

    @property
    def langs(self) -> list[str]:
        """The languages the text goes through: ``["uk", "en", "ru"]`` for a pivot."""
        return [self.hops[0].src, *(hop.tgt for hop in self.hops)]

    @property
    def engine(self) -> str:
        """The engine name, or names joined by ``+`` when hops use different engines."""
        return "+".join(dict.fromkeys(hop.engine.name for hop in self.hops))

    @property
    def models(self) -> list[str]:
        return [hop.engine.model_id(hop.src, hop.tgt) for hop in self.hops]

    @property
    def test_model(self) -> bool:
        """Whether a hop runs on a newsmt test model, whose output is noise."""
        return any(hop.engine.is_test_model(hop.src, hop.tgt) for hop in self.hops)

    def describe(self) -> str:
        return f"{'→'.join(self.langs)} ({self.engine})"


def build_engines(choice: str, options: ArgosOptions | None = None) -> list[Engine]:
    """The engines ``--engine choice`` may use, in order of preference."""
    if choice not in ENGINE_CHOICES:
        raise UsageError(f"unknown engine {choice!r}: use one of {', '.join(ENGINE_CHOICES)}")
    engines: list[Engine] = []
    if choice == "auto" or choice in MODEL_FAMILIES:
        from pipeline.translate.ct2engine import model_engines
        from pipeline.translate.ct2models import FAMILIES

        families = MODEL_FAMILIES if choice == "auto" else (choice,)
        engines.extend(model_engines(options, families))
        if choice != "auto" and not engines:
            raise ModelError(
                f"no {FAMILIES[choice].title} model is installed: convert one (docs/models.md) "
                f"and run `newsmt models install DIR --family {choice}`, or use --engine auto"
            )
    if choice in ("auto", "argos"):
        engines.append(ArgosEngine(options))
    if choice in ("auto", "apertium"):
        from pipeline.translate.apertium import ApertiumEngine

        if ApertiumEngine.available():
            engines.append(ApertiumEngine())
        elif choice == "apertium":
            raise ModelError(
                "Apertium is not installed: install it with `apt-get install apertium-rus-ukr` "
                "or use --engine argos"
            )
    return engines


def plan_route(src: str, tgt: str, engines: Sequence[Engine]) -> Route:
    """The best route ``src`` → ``tgt``: direct on the first engine that has it, else via English.

    Raises :class:`ModelError` naming the command that installs the missing model.
    """
    if src == tgt:
        raise UsageError(f"source and target are both {src}")
    for engine in engines:
        if (src, tgt) in engine.pairs():
            return Route((Hop(engine, src, tgt),))
    if PIVOT not in (src, tgt):
        first = next((e for e in engines if (src, PIVOT) in e.pairs()), None)
        second = next((e for e in engines if (PIVOT, tgt) in e.pairs()), None)
        if first is not None and second is not None:
            return Route((Hop(first, src, PIVOT), Hop(second, PIVOT, tgt)))
    if engines and not any(e.name == ArgosEngine.name for e in engines):
        names = ", ".join(f"{a}→{b}" for e in engines for a, b in sorted(e.pairs()))
        raise ModelError(
            f"{engines[0].name} cannot translate {src}→{tgt} (it has {names}): "
            "use --engine auto or --engine argos"
        )
    raise ModelError(missing_model_message(src, tgt))


def engine_fingerprint(engine: Engine, src: str, tgt: str) -> str:
    """The engine's options fingerprint for ``src`` → ``tgt`` (empty if it has none)."""
    fingerprint = getattr(engine, "fingerprint", None)
    return fingerprint(src, tgt) if callable(fingerprint) else ""


@dataclass
class HopStats:
    """What one hop did in a run."""

    label: str
    sentences: int = 0
    cached: int = 0
    decoded: int = 0
    seconds: float = 0.0


@dataclass
class RouteRunner:
    """Translates sentence lists along routes, batching and caching per hop.

    ``cache`` is the persistent SQLite cache (``None`` for ``--no-cache``); translations
    made during the run are also kept in memory, so a pivot's ``uk → en`` hop and a direct
    ``uk → en`` target share the work.
    """

    cache: TranslationCache | None = None
    progress: ProgressCallback | None = None
    stats: list[HopStats] = field(default_factory=list)
    _memory: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def run(self, requests: Sequence[tuple[Route, list[str]]]) -> list[list[str]]:
        """Translate each ``(route, sentences)``; results align one to one with the inputs.

        Every engine and direction is called once: a hop runs when no route still
        needs it later (``en → ru`` waits for the ``uk → en`` hop of ``uk → en → ru``).
        """
        texts = [list(sentences) for _, sentences in requests]
        position = [0] * len(requests)

        def key(hop: Hop) -> tuple[int, str, str]:
            return (id(hop.engine), hop.src, hop.tgt)

        while True:
            pending: dict[tuple[int, str, str], Hop] = {}
            later: set[tuple[int, str, str]] = set()
            for (route, _), pos in zip(requests, position, strict=True):
                if pos < len(route.hops):
                    pending.setdefault(key(route.hops[pos]), route.hops[pos])
                    later.update(key(hop) for hop in route.hops[pos + 1 :])
            if not pending:
                return texts
            ready = next((k for k in pending if k not in later), next(iter(pending)))
            members = [
                i
                for i, (route, _) in enumerate(requests)
                if position[i] < len(route.hops) and key(route.hops[position[i]]) == ready
            ]
            done = self.translate_hop(pending[ready], [s for i in members for s in texts[i]])
            for i in members:
                texts[i] = [done.get(s.strip(), "") for s in texts[i]]
                position[i] += 1

    def forget(self) -> None:
        """Drop the translations kept in memory (a finished chunk's)."""
        self._memory.clear()

    def translate_hop(self, hop: Hop, sentences: list[str]) -> dict[str, str]:
        """Translate the distinct non-blank ``sentences`` with one engine call at most."""
        started = time.perf_counter()
        unique = list(dict.fromkeys(s.strip() for s in sentences if s.strip()))
        model = hop.engine.model_id(hop.src, hop.tgt)
        options = engine_fingerprint(hop.engine, hop.src, hop.tgt)
        memory = self._memory.setdefault((model, options), {})
        found = {s: memory[s] for s in unique if s in memory}
        cached = 0
        cache = self.cache if getattr(hop.engine, "cacheable", True) else None
        if cache is not None:
            fresh = cache.get_many(model, options, (s for s in unique if s not in found))
            cached = len(fresh)
            found.update(fresh)
        missing = [s for s in unique if s not in found]
        if missing:
            translated = self._decode(hop, missing)
            new = dict(zip(missing, translated, strict=True))
            if cache is not None:
                cache.put_many(model, options, new)
            found.update(new)
        memory.update(found)
        self.stats.append(
            HopStats(
                label=hop.label,
                sentences=len(unique),
                cached=cached,
                decoded=len(missing),
                seconds=time.perf_counter() - started,
            )
        )
        return found

    def _decode(self, hop: Hop, sentences: list[str]) -> list[str]:
        total = len(sentences)
        if self.progress is None:
            return hop.engine.translate(sentences, hop.src, hop.tgt)
        report = self.progress
        report(hop.label, 0, total)
        if not getattr(hop.engine, "reports_progress", False):
            result = hop.engine.translate(sentences, hop.src, hop.tgt)
            report(hop.label, total, total)
            return result
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            report(hop.label, done, total)

        return hop.engine.translate(sentences, hop.src, hop.tgt, progress=advance)  # type: ignore[call-arg]
