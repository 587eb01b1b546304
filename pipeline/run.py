"""The translation pipeline for a batch of files.

read → detect (or ``--from``) → segment → translate every target (one engine call per hop
for all sentences of all articles) → glossary enforcement → checks → write, per source
file, ``<stem>.<lang>.<ext>`` in the input's own format and the ``<stem>.json`` record.

A file that cannot be read, detected, segmented or rendered is reported and the others
go on; a missing model stops the run before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.errors import InputError, ModelError, NewsmtError, UsageError
from pipeline.model import LANGS, Article, Translation
from pipeline.translate.argos import ArgosOptions, missing_model_message
from pipeline.translate.routes import (
    ProgressCallback,
    Route,
    RouteRunner,
    build_engines,
    plan_route,
)

if TYPE_CHECKING:
    from pipeline.glossary import Glossary
    from pipeline.translate.base import Engine
    from pipeline.translate.cache import TranslationCache

GENERATOR = "newsmt"
IDENTITY = "identity"


@dataclass(frozen=True)
class RunOptions:
    """Everything that decides what ``newsmt translate`` produces."""

    targets: tuple[str, ...]
    source_lang: str | None = None
    engine: str = "auto"
    argos: ArgosOptions = field(default_factory=ArgosOptions)
    out_dir: Path | None = None
    use_cache: bool = True
    resume: bool = False
    disabled_checks: tuple[str, ...] = ()


@dataclass
class FileResult:
    """What happened to one source file."""

    source: Path
    articles: list[Article] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    record: Path | None = None
    error: str | None = None
    skipped: bool = False
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class BatchReport:
    """The outcome of :func:`translate_batch` (routes used and per-hop statistics)."""

    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    runner: RouteRunner = field(default_factory=RouteRunner)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class RunResult:
    """The outcome of :func:`run_files`."""

    files: list[FileResult]
    batch: BatchReport
    seconds: float

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error is not None]

    @property
    def translated(self) -> list[FileResult]:
        return [f for f in self.files if f.error is None and not f.skipped]

    def findings(self) -> Counter[str]:
        """Findings of the translated files, counted by severity."""
        counts: Counter[str] = Counter()
        for result in self.translated:
            for article in result.articles:
                for translation in article.translations.values():
                    counts.update(str(f.severity) for f in translation.findings)
        return counts


def _sentences(article: Article) -> list[str]:
    return [sent.text for para in article.paragraphs for sent in para.sentences]


def _unflatten(article: Article, flat: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    pos = 0
    for para in article.paragraphs:
        out.append(flat[pos : pos + len(para.sentences)])
        pos += len(para.sentences)
    return out


def plan_routes(
    pairs: Iterable[tuple[str, str]], engines: Sequence[Engine]
) -> dict[tuple[str, str], Route]:
    """A route for every ``(src, tgt)`` pair.

    Raises one :class:`ModelError` naming every direction that has no model.
    """
    routes: dict[tuple[str, str], Route] = {}
    missing: list[tuple[str, str]] = []
    for pair in sorted(set(pairs)):
        if pair[0] == pair[1]:
            continue
        try:
            routes[pair] = plan_route(*pair, engines)
        except ModelError as exc:
            if str(exc) != missing_model_message(*pair):
                raise
            missing.append(pair)
    if missing:
        raise ModelError(missing_model_message(*missing[0], *missing[1:]))
    return routes


def needed_pairs(articles: Iterable[Article], targets: Iterable[str]) -> set[tuple[str, str]]:
    """The ``(source, target)`` directions a batch needs."""
    langs = {a.lang for a in articles if a.lang in LANGS}
    return {(src, tgt) for src in langs for tgt in targets if src != tgt}


def _targets_of(articles: Sequence[Article], targets: Sequence[str]) -> list[str]:
    """Targets a file gets an output in: those not already the language of all its articles."""
    return [t for t in targets if any(a.lang != t for a in articles)]


def translate_batch(
    articles: list[Article],
    targets: Sequence[str],
    options: RunOptions,
    glossary: Glossary | None = None,
    *,
    engines: Sequence[Engine] | None = None,
    cache: TranslationCache | None = None,
    progress: ProgressCallback | None = None,
) -> BatchReport:
    """Translate segmented, language-tagged ``articles`` into every target.

    Fills ``article.translations[lang]`` (an article already in ``lang`` gets an
    ``identity`` translation when another article of its file is translated), enforces the
    glossary and runs the checks.  One engine call per hop covers all articles.
    """
    for article in articles:
        if article.lang not in LANGS:
            raise InputError(f"{article.source_path}: the language of {article.id} is unknown")
    engines = engines if engines is not None else build_engines(options.engine, options.argos)
    report = BatchReport(
        routes=plan_routes(needed_pairs(articles, targets), engines),
        runner=RouteRunner(cache=cache, progress=progress),
    )
    started = time.perf_counter()
    jobs: list[tuple[Article, str]] = []
    requests: list[tuple[Route, list[str]]] = []
    for article in articles:
        for tgt in targets:
            if article.lang != tgt:
                jobs.append((article, tgt))
                requests.append((report.routes[(article.lang, tgt)], _sentences(article)))
    outputs = report.runner.run(requests)
    seconds = time.perf_counter() - started
    report.timings["translate"] = seconds
    for (article, tgt), flat in zip(jobs, outputs, strict=True):
        route = report.routes[(article.lang, tgt)]
        article.translations[tgt] = Translation(
            lang=tgt,
            engine=route.engine,
            route=route.langs,
            models=route.models,
            sentences=_unflatten(article, flat),
            timings={"translate_batch": round(seconds, 4)},
        )
    needs = {(a.source_path, t) for a, t in jobs}
    for tgt in targets:
        for article in articles:
            if article.lang == tgt and (article.source_path, tgt) in needs:
                article.translations[tgt] = Translation(
                    lang=tgt,
                    engine=IDENTITY,
                    route=[tgt],
                    sentences=[[s.text for s in p.sentences] for p in article.paragraphs],
                )
    if glossary is not None:
        from pipeline.glossary.enforce import enforce_translation

        started = time.perf_counter()
        for article, tgt in jobs:
            enforce_translation(article, tgt, glossary)
        report.timings["glossary"] = time.perf_counter() - started
    from pipeline.checks import check_batch

    started = time.perf_counter()
    for tgt in targets:
        translated = [a for a, t in jobs if t == tgt]
        if translated:
            check_batch(translated, tgt, options.disabled_checks)
    report.timings["checks"] = time.perf_counter() - started
    return report


# --- files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    """An input file and the folder its outputs go to."""

    path: Path
    out_dir: Path

    @property
    def record(self) -> Path:
        return self.out_dir / f"{self.path.stem}.json"

    def output(self, lang: str) -> Path:
        from pipeline.export.formats import output_name

        return self.out_dir / output_name(self.path, lang)


def _is_own_output(path: Path, siblings: set[Path]) -> bool:
    """Whether ``path`` (found by walking a folder) is an output of an earlier run."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in LANGS:
        original = path.with_name(".".join([*parts[:-2], parts[-1]]))
        if original in siblings:
            return True
    if path.suffix == ".json":
        try:
            with path.open(encoding="utf-8") as handle:
                head = handle.read(4096)
        except OSError:
            return False
        return f'"generator": "{GENERATOR}"' in head
    return False


def collect_sources(paths: Sequence[str | Path], out_dir: Path | None) -> list[SourceFile]:
    """The files to translate and where their outputs go.

    Folders are walked (earlier outputs of newsmt in them are skipped) and their layout
    is kept under ``out_dir``; without ``out_dir`` outputs go beside each source.
    Raises :class:`UsageError` when an output would overwrite an input or another output.
    """
    from pipeline.readers import input_files

    sources: list[SourceFile] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise UsageError(f"{given}: no such file or folder")
        files = input_files([root])
        if root.is_dir():
            found = set(files)
            for path in files:
                if _is_own_output(path, found):
                    continue
                rel = path.parent.relative_to(root)
                sources.append(SourceFile(path, (out_dir / rel) if out_dir else path.parent))
        else:
            sources.extend(SourceFile(path, out_dir or path.parent) for path in files)
    if not sources:
        raise UsageError("no input files (supported: .txt .md .html .htm .json .jsonl)")
    return sources


def check_clashes(sources: Sequence[SourceFile], targets: Sequence[str]) -> None:
    """Refuse a batch where an output would overwrite an input or another file's output."""
    inputs = {s.path.resolve(): s.path for s in sources}
    owner: dict[Path, Path] = {}
    for source in sources:
        for out in [source.record, *(source.output(t) for t in targets)]:
            key = out.resolve()
            if key in inputs:
                raise UsageError(
                    f"{inputs[key]}: the output {out.name} of {source.path} would overwrite "
                    "this input file; choose another folder with --out DIR"
                )
            if key in owner and owner[key] != source.path:
                raise UsageError(
                    f"{source.path} and {owner[key]} would both write {out}; "
                    "rename one of them or translate them separately"
                )
            owner[key] = source.path


def batch_fingerprint(options: RunOptions, engines: Sequence[Engine], glossary_digest: str) -> str:
    """Identifies options, models and glossary: ``--resume`` redoes files made otherwise."""
    models = sorted(e.model_id(*pair) for e in engines for pair in e.pairs())
    blob = json.dumps(
        {
            "version": __version__,
            "targets": sorted(options.targets),
            "from": options.source_lang,
            "engine": options.engine,
            "argos": asdict(options.argos),
            "checks_disabled": sorted(options.disabled_checks),
            "models": models,
            "glossary": glossary_digest,
        },
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


def glossary_digest(paths: Iterable[Path]) -> str:
    """A digest of the glossary files' contents."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()[:20]


def is_up_to_date(source: SourceFile, fingerprint: str) -> bool:
    """Whether the record and outputs of ``source`` are newer than it and made alike."""
    record = source.record
    try:
        if record.stat().st_mtime < source.path.stat().st_mtime:
            return False
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if data.get("generator") != GENERATOR or data.get("fingerprint") != fingerprint:
        return False
    return all((record.parent / name).is_file() for name in data.get("outputs", []))


def _message(exc: Exception, path: Path) -> str:
    """The one-line message of ``exc``, naming ``path`` if it does not already."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if str(path) in text or path.name in text else f"{path}: {text}"


def _read(source: SourceFile, options: RunOptions) -> tuple[list[Article], dict[str, float]]:
    from pipeline.detect import detect_article
    from pipeline.readers import read_file
    from pipeline.segment import segment_article

    timings: dict[str, float] = {}
    started = time.perf_counter()
    articles = read_file(source.path)
    if not articles:
        raise InputError(f"{source.path}: no article text found")
    timings["read"] = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        detect_article(article, options.source_lang)
        if article.lang not in LANGS:
            raise InputError(
                f"{source.path}: cannot tell the language of {article.id}; pass --from en|uk|ru"
            )
    timings["detect"] = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        segment_article(article)
    timings["segment"] = time.perf_counter() - started
    return articles, timings


def _write(
    result: FileResult,
    source: SourceFile,
    targets: Sequence[str],
    fingerprint: str,
    options: RunOptions,
    batch: BatchReport,
) -> None:
    from pipeline.export.formats import render
    from pipeline.export.record import write_record
    from pipeline.fsutil import atomic_write_text

    started = time.perf_counter()
    langs = _targets_of(result.articles, targets)
    rendered = {lang: render(result.articles, lang) for lang in langs}
    for lang, text in rendered.items():
        out = source.output(lang)
        atomic_write_text(out, text)
        result.outputs.append(out)
    result.timings["write"] = time.perf_counter() - started
    routes = {
        lang: {"route": r.langs, "engine": r.engine, "models": r.models}
        for (src, lang), r in batch.routes.items()
        if any(a.lang == src for a in result.articles) and lang in langs
    }
    write_record(
        source.record,
        result.articles,
        generator=GENERATOR,
        newsmt_version=__version__,
        source=str(source.path),
        fingerprint=fingerprint,
        targets=list(targets),
        options={
            "from": options.source_lang,
            "engine": options.engine,
            "argos": asdict(options.argos),
        },
        routes=routes,
        outputs=[p.name for p in result.outputs],
        timings={
            **{k: round(v, 4) for k, v in result.timings.items()},
            **{f"batch_{k}": round(v, 4) for k, v in batch.timings.items()},
        },
    )
    result.record = source.record


def run_files(
    paths: Sequence[str | Path],
    options: RunOptions,
    glossary: Glossary | None = None,
    *,
    glossary_paths: Sequence[Path] = (),
    progress: ProgressCallback | None = None,
) -> RunResult:
    """Translate every file under ``paths`` into ``options.targets`` and write the results.

    Raises :class:`ModelError` (before writing anything) when a needed model is missing,
    and :class:`UsageError` when outputs would clash with inputs.
    """
    started = time.perf_counter()
    targets = list(dict.fromkeys(options.targets))
    if options.disabled_checks:
        from pipeline.checks.base import validate_disabled

        validate_disabled(options.disabled_checks)
    sources = collect_sources(paths, options.out_dir)
    check_clashes(sources, targets)
    engines = build_engines(options.engine, options.argos)
    if options.source_lang:
        plan_routes(((options.source_lang, t) for t in targets), engines)
    fingerprint = batch_fingerprint(options, engines, glossary_digest(glossary_paths))

    results: list[FileResult] = []
    live: list[tuple[SourceFile, FileResult]] = []
    for done, source in enumerate(sources, 1):
        result = FileResult(source.path)
        results.append(result)
        if options.resume and is_up_to_date(source, fingerprint):
            result.skipped = True
        else:
            try:
                result.articles, result.timings = _read(source, options)
                live.append((source, result))
            except (NewsmtError, ValueError, OSError) as exc:
                result.error = _message(exc, source.path)
        if progress is not None:
            progress("read", done, len(sources))

    articles = [a for _, r in live for a in r.articles]
    batch = BatchReport()
    if articles:
        cache = None
        if options.use_cache:
            from pipeline.translate.cache import TranslationCache

            cache = TranslationCache()
        try:
            batch = translate_batch(
                articles,
                targets,
                options,
                glossary,
                engines=engines,
                cache=cache,
                progress=progress,
            )
        finally:
            if cache is not None:
                cache.close()
    for source, result in live:
        try:
            _write(result, source, targets, fingerprint, options, batch)
        except (NewsmtError, ValueError, OSError, KeyError) as exc:
            result.error = _message(exc, source.path)
    return RunResult(results, batch, time.perf_counter() - started)
