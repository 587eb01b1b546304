"""A regression suite: a folder with ``suite.toml``, articles, references and a glossary.

::

    name = "newsroom sample"
    runs = 2                      # translate twice; outputs must be bit-identical (1..10)
    glossary = ["glossary.tsv"]   # suite glossary files (default: glossary.tsv if present)

    [[directions]]
    from = "ru"
    to = "uk"
    engine = "apertium"           # auto | argos | apertium | opus-mt | nllb | m2m
    model = "apertium-rus-ukr"    # optional: the model id the suite expects

    [tolerances]                  # how much worse than the baseline still passes
    chrf = 1.0                    # points
    bleu = 1.5                    # points
    glossary_adherence = 0.0      # share of hits (0..1)
    errors = 0                    # extra error-severity findings
    warnings = 3                  # extra warning-severity findings
    speed = 0.5                   # relative slowdown (0.5 = half as fast)
    article_chrf = 3.0            # per-article chrF drop reported as a story regression
    p_value = 0.05                # paired-bootstrap significance for chrF/BLEU drops

    [options]                     # decoding options for the engine (beam_size, …)
    beam_size = 4

Articles are the supported input files; a file named ``<stem>.<lang>.<ext>`` next to
``<stem>.<ext>`` is the reference translation of that article into ``lang``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.model import LANGS, UnknownLanguageError, normalize_lang
from pipeline.translate.routes import ENGINE_CHOICES

DEFAULT_TOLERANCES: dict[str, float] = {
    "chrf": 1.0,
    "bleu": 1.5,
    "glossary_adherence": 0.0,
    "errors": 0,
    "warnings": 3,
    "speed": 0.5,
    "article_chrf": 3.0,
    "p_value": 0.05,
}
ENGINES = ENGINE_CHOICES
MAX_RUNS = 10
"""Most translations of a suite per direction (``runs``): more proves no more stability."""


@dataclass(frozen=True)
class Direction:
    src: str
    tgt: str
    engine: str = "auto"
    model: str | None = None

    @property
    def key(self) -> str:
        return f"{self.src}-{self.tgt}"


@dataclass
class SuiteArticle:
    """A source file of the suite and its references by target language."""

    path: Path
    references: dict[str, Path] = field(default_factory=dict)


@dataclass
class Suite:
    root: Path
    name: str
    directions: list[Direction]
    articles: list[SuiteArticle]
    glossaries: list[Path]
    tolerances: dict[str, float]
    options: dict[str, Any]
    runs: int = 1


def _reference_lang(path: Path) -> str | None:
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in (*LANGS, "ua") else None


def load_suite(root: str | Path) -> Suite:
    """Read ``suite.toml`` and discover the articles and references of a suite folder."""
    from pipeline.readers import input_files

    root = Path(root)
    config_path = root / "suite.toml"
    try:
        config = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{config_path}: no suite.toml — a suite folder needs one") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{config_path}: invalid TOML: {exc}") from exc
    try:
        directions = [
            Direction(
                normalize_lang(d["from"]),
                normalize_lang(d["to"]),
                d.get("engine", "auto"),
                d.get("model"),
            )
            for d in config["directions"]
        ]
    except (KeyError, TypeError) as exc:
        raise InputError(
            f"{config_path}: each [[directions]] needs `from` and `to` ({exc})"
        ) from exc
    except UnknownLanguageError as exc:
        raise InputError(f"{config_path}: {exc}") from exc
    for d in directions:
        if d.engine not in ENGINES:
            raise InputError(f"{config_path}: engine {d.engine!r} is not one of {ENGINES}")
    tolerances = _table(config, "tolerances", config_path)
    unknown = set(tolerances) - set(DEFAULT_TOLERANCES)
    if unknown:
        raise InputError(f"{config_path}: unknown tolerances {sorted(unknown)}")
    for key, value in tolerances.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"{config_path}: tolerance {key} = {value!r} is not a number")
    options = _table(config, "options", config_path)
    runs = config.get("runs", 1)
    if isinstance(runs, bool) or not isinstance(runs, int) or not 1 <= runs <= MAX_RUNS:
        raise InputError(
            f"{config_path}: runs = {runs!r}: give a whole number from 1 to {MAX_RUNS}"
        )
    glossary_names = config.get("glossary")
    if glossary_names is None:
        glossaries = [root / "glossary.tsv"] if (root / "glossary.tsv").exists() else []
    else:
        names = [glossary_names] if isinstance(glossary_names, str) else glossary_names
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise InputError(f"{config_path}: glossary must be a file name or a list of them")
        glossaries = [root / name for name in names]
    skip = {p.resolve() for p in glossaries} | {config_path.resolve()}
    files = [
        p for p in input_files([root]) if p.resolve() not in skip and p.name != "baseline.json"
    ]
    sources = [p for p in files if _reference_lang(p) is None]
    articles = [SuiteArticle(p) for p in sources]
    by_stem = {(a.path.parent, a.path.stem): a for a in articles}
    for ref in files:
        lang = _reference_lang(ref)
        owner = by_stem.get((ref.parent, ref.name.split(".")[0]))
        if lang and owner:
            owner.references[normalize_lang(lang)] = ref
    if not articles:
        raise InputError(f"{root}: the suite holds no articles")
    return Suite(
        root=root,
        name=config.get("name", root.name),
        directions=directions,
        articles=articles,
        glossaries=glossaries,
        tolerances={**DEFAULT_TOLERANCES, **tolerances},
        options=options,
        runs=runs,
    )


def _table(config: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    """The ``[name]`` table of ``config`` (empty if absent); :class:`InputError` if no table."""
    value = config.get(name, {})
    if not isinstance(value, dict):
        raise InputError(f"{path}: {name} must be a [{name}] table, not {value!r:.40}")
    return dict(value)
