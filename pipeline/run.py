"""The translation pipeline for a batch of files.

read → detect (or ``--from``) → segment → translate every target (one engine call per hop
for all sentences of a chunk of whole files) → glossary enforcement → checks → write, per
source file, ``<stem>.<lang>.<ext>`` in the input's own format and the ``<stem>.json``
record; then the chunk is dropped (memory flat in the batch size).

:func:`run_files` only orchestrates: :func:`load_articles`, :func:`translate_articles` and
:func:`engine_notes` run in the main process (where the engines are), :func:`finish_and_write`
(:func:`finish_file`, then the outputs) in the main process or, with ``jobs`` > 1, in worker
processes while the next chunk is translated; so does :func:`plan_file` (the detection pass
before anything is translated).

A file that cannot be read, detected, segmented or rendered, or on which glossary
enforcement or a check raises, is reported and the others go on; a missing model stops
the run before anything is written."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__, jsonio, langid_cache, lingua_helper
from pipeline.detect import UND
from pipeline.errors import InputError, ModelError, NewsmtError, UsageError
from pipeline.model import LANGS, Article, Finding, Paragraph, Provenance, Severity, Translation
from pipeline.translate.argos import ArgosOptions, missing_model_message
from pipeline.translate.routes import (
    HopStats,
    ProgressCallback,
    Route,
    RouteRunner,
    build_engines,
    plan_route,
)

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.glossary import Glossary
    from pipeline.translate.base import Engine
    from pipeline.translate.cache import TranslationCache

GENERATOR = "newsmt"
IDENTITY = "identity"
UNKNOWN_WORDS = "unknown-words"
"""Finding id for words a rule-based engine (Apertium) did not know and left as they were."""
ENGINE_CHECKS = (UNKNOWN_WORDS, "engine-output", "long-token")
"""Finding ids an engine reports (Apertium's notes), accepted by ``--disable``."""
_WORD = re.compile(r"[\w'ʼ’-]+")


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
    skip_missing: bool = False
    allow_test_model: bool = False
    exports: tuple[str, ...] = ()
    """Extra exports: ``xliff`` (``<stem>.<lang>.xlf``), ``xliff12`` (XLIFF 1.2,
    ``<stem>.<lang>.xliff12.xlf``), ``tmx`` (``<stem>.tmx`` per file and ``batch.tmx`` in
    ``out_dir``)."""


@dataclass
class FileResult:
    """What happened to one source file."""

    source: Path
    outputs: list[Path] = field(default_factory=list)
    record: Path | None = None
    error: str | None = None
    skipped: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    kept_edits: int = 0
    """Sentences a person post-edited (``newsmt import``) whose source is unchanged: their
    edited text was kept over the new machine translation."""
    kept: dict[Path, str] = field(default_factory=dict)
    """Files newsmt did not write and left as they were, with what was done instead."""
    articles: int = 0
    sentences: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    """The translations' findings by severity."""
    hits: Counter[str] = field(default_factory=Counter)
    """The translations' glossary hits by status."""

    def count(self, articles: Sequence[Article]) -> None:
        """Count what the summary shows of ``articles`` (the run does not keep them)."""
        self.articles = len(articles)
        self.sentences = sum(len(p.sentences) for a in articles for p in a.paragraphs)
        for article in articles:
            for translation in article.translations.values():
                self.findings.update(str(f.severity) for f in translation.findings)
                self.hits.update(h.status for h in translation.hits)


@dataclass
class BatchReport:
    """The outcome of :func:`translate_batch` (routes used and per-hop statistics)."""

    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    runner: RouteRunner = field(default_factory=RouteRunner)
    timings: dict[str, float] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Directions left untranslated for want of a model (``skip_missing``)."""
    failed: dict[str, str] = field(default_factory=dict)
    """Source files (``Article.source_path``) a stage raised on, with a one-line error."""


class StageError(NewsmtError):
    """A stage raised unexpectedly on one file: a bug to report along with that file."""

    def __init__(self, stage: str, where: str | Path, exc: BaseException) -> None:
        text = str(exc).strip()
        detail = type(exc).__name__ + (f": {text.splitlines()[0]}" if text else "")
        super().__init__(f"{where}: {stage} failed: {detail}; report it with this file")


@contextmanager
def _stage(
    stage: str, where: str | Path, expected: tuple[type[Exception], ...] = ()
) -> Iterator[None]:
    """Let ``expected`` errors through; turn any other exception into a :class:`StageError`."""
    try:
        yield
    except expected:
        raise
    except Exception as exc:
        raise StageError(stage, where, exc) from exc


_EXPECTED = (NewsmtError, ValueError, OSError)
"""What reading and writing raise on bad input: reported with their own message."""


@dataclass
class RunResult:
    """The outcome of :func:`run_files`, tallied as each file is done (:meth:`add`): counts
    over the batch and what must be said of single files (an error, a file kept, post-edits
    kept), not a result per file, so that the main process's bookkeeping stays flat in the
    number of files."""

    sources: Sequence[SourceFile]
    """The batch's input files, in order (the files' indices)."""
    batch: BatchReport = field(default_factory=BatchReport)
    seconds: float = 0.0
    files: int = 0
    translated: int = 0
    skipped: int = 0
    articles: int = 0
    sentences: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    """The translated files' findings by severity."""
    hits: Counter[str] = field(default_factory=Counter)
    """The translated files' glossary hits by status."""
    timings: Counter[str] = field(default_factory=Counter)
    """The files' stages, seconds summed (over worker processes too)."""
    notable: dict[int, FileResult] = field(default_factory=dict)
    """By file index, the files with an error, a file kept or post-edits kept."""
    done: bytearray = field(init=False)
    """A byte per file index: 1 when it was translated."""

    def __post_init__(self) -> None:
        self.done = bytearray(len(self.sources))

    def add(self, index: int, result: FileResult) -> None:
        """Count the file ``index`` in, once it is done; keep its result only if notable."""
        self.files += 1
        self.timings.update(result.timings)
        if result.error is not None or result.kept or result.kept_edits:
            self.notable[index] = result
        if result.skipped:
            self.skipped += 1
        elif result.error is None:
            self.done[index] = 1
            self.translated += 1
            self.articles += result.articles
            self.sentences += result.sentences
            self.findings.update(result.findings)
            self.hits.update(result.hits)

    def notes(self) -> list[FileResult]:
        """The notable files (:attr:`notable`) in the batch's order."""
        return [self.notable[i] for i in sorted(self.notable)]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.notes() if f.error is not None]

    def records(self) -> list[Path]:
        """The records of the translated files, in the batch's order."""
        return [self.sources[i].record for i, done in enumerate(self.done) if done]

    def stages(self) -> dict[str, float]:
        """Seconds per stage: the files' stages summed (over worker processes too) and the
        engine calls'."""
        total = Counter(self.timings)
        total.update(self.batch.timings)
        order = ("read", "detect", "segment", "translate", "glossary", "checks", "write")
        return {k: total[k] for k in order if k in total}


def _sentences(article: Article) -> list[str]:
    return [sent.text for para in article.paragraphs for sent in para.sentences]


def _paragraph_lang(para: Paragraph, article: Article) -> str:
    """The language a paragraph is translated from: its own (which may be one newsmt does
    not translate, a French quote: kept as it is), else the article's."""
    if para.lang in LANGS or (para.lang and para.lang != UND):
        return str(para.lang)
    return str(article.lang)


def _sentence_langs(article: Article) -> list[str]:
    """The source language of every sentence: its paragraph's (see :func:`_paragraph_lang`)."""
    return [_paragraph_lang(para, article) for para in article.paragraphs for _ in para.sentences]


def _unflatten(article: Article, flat: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    pos = 0
    for para in article.paragraphs:
        out.append(flat[pos : pos + len(para.sentences)])
        pos += len(para.sentences)
    return out


def plan_routes(
    pairs: Iterable[tuple[str, str]], engines: Sequence[Engine], *, skip_missing: bool = False
) -> dict[tuple[str, str], Route]:
    """A route for every ``(src, tgt)`` pair.

    Raises one :class:`ModelError` naming every direction that has no model, unless
    ``skip_missing``: such directions are then left out of the result.
    """
    routes: dict[tuple[str, str], Route] = {}
    missing: list[tuple[str, str]] = []
    for pair in sorted(set(pairs)):
        if pair[0] == pair[1]:
            continue
        try:
            routes[pair] = plan_route(*pair, engines)
        except ModelError as exc:
            if str(exc) != missing_model_message(*pair) and not skip_missing:
                raise  # the engine asked for cannot translate it: said as the engine says it
            missing.append(pair)
    if missing and not skip_missing:
        raise ModelError(missing_model_message(*missing[0], *missing[1:]))
    return routes


def refuse_test_models(routes: Iterable[Route]) -> None:
    """A :class:`ModelError` for a route on a test model: its output is noise."""
    for route in routes:
        if route.test_model:
            raise ModelError(
                f"{route.describe()} would use a newsmt TEST MODEL ({', '.join(route.models)}): "
                "its random weights produce noise, not a translation; install a real model "
                "with `newsmt models download` or pass --allow-test-model to test the pipeline"
            )


def needed_pairs(articles: Iterable[Article], targets: Iterable[str]) -> set[tuple[str, str]]:
    """The ``(source, target)`` directions a batch needs (paragraph languages included)."""
    targets = list(targets)
    pairs = set()
    for article in articles:
        langs = {article.lang, *_sentence_langs(article)} & set(LANGS)
        pairs |= {(src, tgt) for src in langs for tgt in targets if tgt != article.lang}
    return {(src, tgt) for src, tgt in pairs if src != tgt}


def _targets_of(articles: Sequence[Article], targets: Sequence[str]) -> list[str]:
    """Targets a file gets an output in: those all its articles have or are written in."""
    return [
        t
        for t in targets
        if any(a.lang != t for a in articles)
        and all(a.lang == t or t in a.translations for a in articles)
    ]


@dataclass
class _Job:
    """One article into one target: its sentence indices grouped by source language, and the
    languages kept as they are (not en/uk/ru, or without a model under ``skip_missing``)."""

    article: Article
    tgt: str
    groups: dict[str, list[int]]
    kept: set[str] = field(default_factory=set)

    def translated(self) -> list[str]:
        """The source languages of this job that are translated."""
        return [lang for lang in self.groups if lang != self.tgt and lang not in self.kept]

    def kept_paragraphs(self) -> dict[int, str]:
        """The paragraphs left as they are, with their language."""
        langs = (_paragraph_lang(para, self.article) for para in self.article.paragraphs)
        return {p: lang for p, lang in enumerate(langs) if lang in self.kept}


KEPT_VERBATIM = "kept-verbatim"
"""Finding id for a paragraph left as it is in a translation: written in a language newsmt
does not translate, or from a direction without a model (``--skip-missing``)."""


def _kept_findings(job: _Job) -> list[Finding]:
    """One :data:`KEPT_VERBATIM` warning per paragraph of ``job`` left untranslated."""
    found = []
    for p, lang in job.kept_paragraphs().items():
        why = (
            f"no {lang}→{job.tgt} model"
            if lang in LANGS
            else f"written in {lang!r}, which newsmt does not translate"
        )
        found.append(
            Finding(
                check=KEPT_VERBATIM,
                severity=Severity.WARNING,
                message=f"paragraph kept as it is: {why}",
                paragraph=p,
            )
        )
    return found


Notes = dict[int, tuple[str, list[str], list[Any]]]
"""What a rule-based engine reported on a job's sentences, by sentence index: the engine's
name, the words it did not know and its notes
(:class:`~pipeline.translate.apertium_clean.Note`)."""


def _engine_findings(job: _Job, notes: Notes) -> list[Finding]:
    """What a rule-based engine (Apertium) reported about a story's sentences (``notes``).

    Its notes (a blob kept verbatim, a doubled word, a word it may have glued) become
    findings on their sentence; the words it did not know and left as in the source,
    still in the final text, become one ``unknown-words`` finding for the story, listing
    them (``words``, highlighted in the review page): a warning when common words are
    among them, info when all are capitalised (mostly names, often right as they stand).
    """
    translation = job.article.translations[job.tgt]
    located = [
        (p, s) for p, para in enumerate(job.article.paragraphs) for s in range(len(para.sentences))
    ]
    found: list[Finding] = []
    unknown_at: dict[str, tuple[int, int]] = {}
    engine_name = ""
    for i, (engine, unknown, engine_notes) in notes.items():
        p, s = located[i]
        found.extend(
            Finding(note.check, Severity(note.severity), note.message, p, s)
            for note in engine_notes
        )
        present = set(_WORD.findall(translation.sentences[p][s]))
        for word in unknown:
            if word in present:
                unknown_at.setdefault(word, (p, s))
                engine_name = engine
    if unknown_at:
        words = list(unknown_at)
        names = [w for w in words if w[:1].isupper()]
        common = [w for w in words if w not in names]
        listed = "; ".join(
            f"{label}: {', '.join(group)}"
            for label, group in (("words", common), ("names", names))
            if group
        )
        p, s = unknown_at[words[0]]
        found.append(
            Finding(
                check=UNKNOWN_WORDS,
                severity=Severity.WARNING if common else Severity.INFO,
                message=f"{engine_name} did not know {len(words)} "
                f"word{'s' if len(words) > 1 else ''} of this story and left "
                f"{'them' if len(words) > 1 else 'it'} as in the source ({listed})",
                paragraph=p,
                sentence=s,
                words=words,
            )
        )
    return found


def translate_articles(
    articles: list[Article],
    targets: Sequence[str],
    routes: dict[tuple[str, str], Route],
    runner: RouteRunner,
) -> list[_Job]:
    """Fill ``article.translations`` of segmented, language-tagged ``articles`` for every
    target: one engine call per hop for all of them.

    Each sentence is translated from its paragraph's language; a direction missing from
    ``routes`` is kept as it is.  An article already in a target gets an ``identity``
    translation when another article of its file is translated.  Returns the jobs (one per
    article and target translated) for :func:`finish_file`.
    """
    started = time.perf_counter()
    jobs: list[_Job] = []
    requests: list[tuple[Route, list[str]]] = []
    sources = {id(a): _sentences(a) for a in articles}
    for article in articles:
        langs = _sentence_langs(article)
        for tgt in targets:
            if article.lang == tgt:
                continue
            if (article.lang, tgt) not in routes:
                continue  # skipped: no model for the story's own language
            groups: dict[str, list[int]] = {}
            for i, lang in enumerate(langs):
                groups.setdefault(lang, []).append(i)
            job = _Job(article, tgt, groups, {lang for lang in groups if (lang, tgt) not in routes})
            job.kept.discard(tgt)
            jobs.append(job)
            for lang in job.translated():
                texts = [sources[id(article)][i] for i in groups[lang]]
                requests.append((routes[(lang, tgt)], texts))
    outputs = iter(runner.run(requests))
    seconds = time.perf_counter() - started
    for job in jobs:
        flat = list(sources[id(job.article)])
        main = routes[(str(job.article.lang), job.tgt)]
        used = [routes[(lang, job.tgt)] for lang in job.translated()] or [main]
        for lang in job.translated():
            for i, text in zip(job.groups[lang], next(outputs), strict=True):
                flat[i] = text
        job.article.translations[job.tgt] = Translation(
            lang=job.tgt,
            engine="+".join(dict.fromkeys(r.engine for r in used)),
            route=main.langs,
            models=list(dict.fromkeys(m for r in used for m in r.models)),
            sentences=_unflatten(job.article, flat),
            timings={"translate_batch": round(seconds, 4)},
            test_model=any(r.test_model for r in used),
            sources={
                lang: (
                    Provenance(IDENTITY, [lang])  # already in the target, or kept verbatim
                    if lang == job.tgt or lang in job.kept
                    else Provenance(
                        routes[(lang, job.tgt)].engine,
                        routes[(lang, job.tgt)].langs,
                        routes[(lang, job.tgt)].models,
                        routes[(lang, job.tgt)].test_model,
                    )
                )
                for lang in job.groups
                if lang in LANGS  # a provenance's route names en/uk/ru only
            },
        )
    needs = {(j.article.source_path, j.tgt) for j in jobs}
    for tgt in targets:
        for article in articles:
            if article.lang == tgt and (article.source_path, tgt) in needs:
                article.translations[tgt] = Translation(
                    lang=tgt,
                    engine=IDENTITY,
                    route=[tgt],
                    sentences=[[s.text for s in p.sentences] for p in article.paragraphs],
                    sources={tgt: Provenance(IDENTITY, [tgt])},
                )
    return jobs


def engine_notes(jobs: Sequence[_Job], routes: dict[tuple[str, str], Route]) -> list[Notes]:
    """What the engines reported on each of ``jobs`` (one-hop routes only): taken where the
    engines are, for :func:`finish_file` to check against the final text.  The engines'
    lists are emptied afterwards so that a long batch does not keep them."""
    notes: list[Notes] = []
    for job in jobs:
        sources = _sentences(job.article)
        found: Notes = {}
        for lang, indices in job.groups.items():
            route = routes.get((lang, job.tgt))
            if route is None or len(route.hops) != 1:
                continue
            engine = route.hops[0].engine
            unknown = getattr(engine, "unknown_words", None) or {}
            said = getattr(engine, "notes", None) or {}
            for i in indices:
                words, here = unknown.get(sources[i], []), said.get(sources[i], [])
                if words or here:
                    found[i] = (engine.name, list(words), list(here))
        notes.append(found)
    for route in routes.values():
        for hop in route.hops:
            for name in ("unknown_words", "notes"):
                kept = getattr(hop.engine, name, None)
                if kept:
                    kept.clear()
    return notes


def finish_file(
    jobs: Sequence[_Job],
    notes: Sequence[Notes],
    disabled: Sequence[str],
    glossary: Glossary | None,
    timings: dict[str, float] | None = None,
) -> None:
    """Glossary enforcement and the checks on the translated ``jobs`` of one source file,
    plus the engines' findings from each job's ``notes`` (:func:`engine_notes`); a paragraph
    kept on purpose gets its :data:`KEPT_VERBATIM` finding instead of the others.  Needs
    nothing but its arguments, so a worker process can run it.  Raises a
    :class:`StageError` naming the file and the stage that raised; adds each stage's seconds
    to ``timings``.

    The checks compare sentences within this file's stories only (entity consistency
    included), so a file's findings do not depend on the rest of the batch.
    """
    from pipeline.checks import check_batch

    if not jobs:
        return
    path = jobs[0].article.source_path
    timings = {} if timings is None else timings
    if glossary is not None:
        from pipeline.glossary.enforce import enforce_translation

        started = time.perf_counter()
        with _stage("glossary enforcement", path):
            for job in jobs:
                enforce_translation(job.article, job.tgt, glossary, kept=job.kept_paragraphs())
        timings["glossary"] = time.perf_counter() - started
    started = time.perf_counter()
    checks_off = tuple(c for c in disabled if c not in ENGINE_CHECKS)
    with _stage("checks", path):
        for tgt in dict.fromkeys(job.tgt for job in jobs):
            check_batch([j.article for j in jobs if j.tgt == tgt], tgt, checks_off)
        for job, found in zip(jobs, notes, strict=True):
            extra = _engine_findings(job, found)
            job.article.translations[job.tgt].findings.extend(
                f for f in extra if f.check not in disabled
            )
    for job in jobs:
        translation = job.article.translations[job.tgt]
        if job.kept:
            # a paragraph kept on purpose is no untranslated one: its own finding says why
            kept = job.kept_paragraphs()
            translation.findings = sorted(
                [f for f in translation.findings if f.paragraph not in kept] + _kept_findings(job),
                key=lambda f: (f.paragraph, f.sentence, f.check),
            )
    timings["checks"] = time.perf_counter() - started


def prepare_routes(
    articles: Iterable[Article],
    targets: Sequence[str],
    options: RunOptions,
    engines: Sequence[Engine],
) -> tuple[dict[tuple[str, str], Route], list[tuple[str, str]]]:
    """The routes ``articles`` need and the directions skipped for want of a model.

    Raises :class:`InputError` for an article of unknown language, :class:`ModelError`
    for a missing model (unless ``options.skip_missing``) or a test model (unless allowed).
    """
    articles = list(articles)
    for article in articles:
        if article.lang not in LANGS:
            raise InputError(f"{article.source_path}: the language of {article.id} is unknown")
    needed = needed_pairs(articles, targets)
    routes = plan_routes(needed, engines, skip_missing=options.skip_missing)
    if not options.allow_test_model:
        refuse_test_models(routes.values())
    return routes, sorted(needed - set(routes))


def translate_batch(
    articles: list[Article],
    targets: Sequence[str],
    options: RunOptions,
    glossary: Glossary | None = None,
    *,
    engines: Sequence[Engine] | None = None,
    cache: TranslationCache | None = None,
    progress: ProgressCallback | None = None,
    isolate: bool = False,
) -> BatchReport:
    """Translate segmented, language-tagged ``articles`` into every target, in this process:
    :func:`translate_articles` (one engine call per hop for all), then :func:`finish_file`
    per source file.  With ``options.skip_missing``, articles needing a direction without a
    model get no translation for it and the direction is listed in ``report.skipped``.

    Glossary enforcement or a check raising on an article raises a :class:`StageError`
    naming its file and the stage; with ``isolate`` the file is listed in
    ``report.failed`` instead, and the others go on.
    """
    engines = engines if engines is not None else build_engines(options.engine, options.argos)
    routes, skipped = prepare_routes(articles, targets, options, engines)
    report = BatchReport(
        routes=routes, runner=RouteRunner(cache=cache, progress=progress), skipped=skipped
    )
    started = time.perf_counter()
    jobs = translate_articles(articles, targets, routes, report.runner)
    report.timings["translate"] = time.perf_counter() - started
    started = time.perf_counter()
    notes = dict(zip(map(id, jobs), engine_notes(jobs, routes), strict=True))
    for path, group in _by_file(jobs).items():
        try:
            found = [notes[id(job)] for job in group]
            finish_file(group, found, options.disabled_checks, glossary)
        except StageError as error:
            if not isolate:
                raise
            report.failed[path] = str(error)
    report.timings["checks"] = time.perf_counter() - started
    return report


def _by_file(jobs: Iterable[_Job]) -> dict[str, list[_Job]]:
    """``jobs`` grouped by their article's source file, in order."""
    files: dict[str, list[_Job]] = {}
    for job in jobs:
        files.setdefault(job.article.source_path, []).append(job)
    return files


# --- files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    """An input file, the folder its outputs go to, and the translations of it found beside
    it that newsmt did not write (kept as they are, not read)."""

    path: Path
    out_dir: Path
    translations: tuple[Path, ...] = ()

    @property
    def record(self) -> Path:
        return self.out_dir / f"{self.path.stem}.json"

    def output(self, lang: str) -> Path:
        from pipeline.export.formats import output_name

        return self.out_dir / output_name(self.path, lang)


def own_record(path: Path) -> dict[str, Any] | None:
    """The record at ``path`` if newsmt wrote it, else None (missing, unreadable, foreign)."""
    try:
        with path.open(encoding="utf-8") as handle:
            if f'"generator": "{GENERATOR}"' not in handle.read(4096):
                return None
            handle.seek(0)
            data = jsonio.loads(handle.read())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("generator") == GENERATOR else None


def listed_outputs(folder: Path) -> set[str]:
    """The names of the files that the newsmt records in ``folder`` list as their outputs:
    the only files in it newsmt may overwrite."""
    try:
        records = sorted(folder.glob("*.json"))
    except OSError:
        return set()
    return {name for path in records for name in _outputs_of(own_record(path))}


def _outputs_of(record: dict[str, Any] | None) -> list[str]:
    """The output names a record lists (none for no record)."""
    outputs = record.get("outputs") if record else None
    return [name for name in outputs if isinstance(name, str)] if isinstance(outputs, list) else []


def _translation_of(path: Path, siblings: set[Path]) -> Path | None:
    """The file ``path`` is a translation of by its name (``kyiv.uk.txt`` of ``kyiv.txt``)."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in LANGS:
        original = path.with_name(".".join([*parts[:-2], parts[-1]]))
        if original in siblings:
            return original
    return None


def _walk(root: Path, out_dir: Path | None) -> Iterator[tuple[Path, list[Path]]]:
    """The input files under the folder ``root``, each with its hand-written translations.

    Skipped: the output folder when it lies inside ``root``, newsmt's records and the files
    they list as outputs; a ``<stem>.<lang>.<ext>`` beside ``<stem>.<ext>`` that no record
    lists is a translation someone else wrote, kept with its original, not read.
    """
    from pipeline.readers import input_files

    files = input_files([root])
    if out_dir is not None and root.resolve() in out_dir.resolve().parents:
        outputs = out_dir.resolve()
        files = [p for p in files if outputs not in p.resolve().parents]
    found = set(files)
    listed: dict[Path, set[str]] = {}
    translations: dict[Path, list[Path]] = {}
    inputs: list[Path] = []
    for path in files:
        if path.parent not in listed:
            listed[path.parent] = listed_outputs(path.parent)
        names = listed[path.parent]
        if path.name in names or (path.suffix == ".json" and own_record(path) is not None):
            continue
        original = _translation_of(path, found)
        if original is not None:
            translations.setdefault(original, []).append(path)
        else:
            inputs.append(path)
    for path in inputs:
        yield path, translations.get(path, [])


def collect_sources(paths: Sequence[str | Path], out_dir: Path | None) -> list[SourceFile]:
    """The files to translate and where their outputs go.

    Folders are walked (see :func:`_walk`) and their layout is kept under ``out_dir``;
    without ``out_dir`` outputs go beside each source.
    """
    from pipeline.readers import input_files

    sources: list[SourceFile] = []
    for given in paths:
        if str(given) == "-":
            raise UsageError(
                "translate reads files and folders (its outputs are named after them); "
                "save stdin to a file, e.g. story.txt, and translate that"
            )
        root = Path(given)
        if not root.exists():
            raise UsageError(f"{given}: no such file or folder")
        if root.is_dir():
            for path, kept in _walk(root, out_dir):
                rel = path.parent.relative_to(root)
                folder = (out_dir / rel) if out_dir else path.parent
                sources.append(SourceFile(path, folder, tuple(kept)))
        else:
            sources.extend(SourceFile(path, out_dir or path.parent) for path in input_files([root]))
    if not sources:
        raise UsageError("no input files (supported: .txt .md .html .htm .json .jsonl)")
    return sources


def _cannot_write(folder: Path) -> str | None:
    """Why files cannot be written in ``folder`` (or created under its nearest existing
    ancestor), found by writing and removing a probe file; None if they can."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is not a folder"
    try:
        fd, probe = tempfile.mkstemp(prefix=".newsmt-probe.", dir=existing)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def check_writable(sources: Sequence[SourceFile], out_dir: Path | None) -> dict[Path, str]:
    """Before anything is translated: raise :class:`UsageError` when ``--out`` cannot be
    written, and return ``{source: error}`` for sources whose output folder cannot.  In each
    folder that can, the temporary files an interrupted run left are deleted
    (:func:`pipeline.fsutil.clean_stale_temps`)."""
    from pipeline.fsutil import clean_stale_temps

    if out_dir is not None:
        problem = _cannot_write(out_dir)
        if problem:
            raise UsageError(f"{out_dir}: cannot write there ({problem}); choose another --out")
    problems: dict[Path, str | None] = {}
    errors: dict[Path, str] = {}
    for source in sources:
        folder = source.out_dir
        if folder not in problems:
            problems[folder] = _cannot_write(folder)
            if problems[folder] is None and folder.is_dir():
                clean_stale_temps(folder)
        if problems[folder]:
            errors[source.path] = (
                f"{source.path}: cannot write its outputs to {folder} ({problems[folder]}); "
                "use --out to write them elsewhere"
            )
    return errors


def check_clashes(sources: Sequence[SourceFile], targets: Sequence[str]) -> dict[Path, str]:
    """Files whose outputs would overwrite an input or another file's outputs.

    Maps each such source to its one-line error; the batch goes on without them.
    """
    inputs = {s.path.resolve(): s.path for s in sources}
    owner: dict[Path, Path] = {}
    clashes: dict[Path, str] = {}
    for source in sources:
        for out in [source.record, *(source.output(t) for t in targets)]:
            key = out.resolve()
            if key in inputs and inputs[key] != source.path:
                clashes[source.path] = (
                    f"{source.path}: its output {out.name} would overwrite the input file "
                    f"{inputs[key]}; translate it with --out DIR"
                )
            elif key in owner and owner[key] != source.path:
                clashes[source.path] = (
                    f"{source.path}: {owner[key]} already writes {out}; "
                    "rename one of them or translate them separately"
                )
            elif key in inputs:
                clashes[source.path] = (
                    f"{source.path}: its output {out.name} would overwrite it; "
                    "translate it with --out DIR"
                )
            owner.setdefault(key, source.path)
    return clashes


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
        data = jsonio.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if data.get("generator") != GENERATOR or data.get("fingerprint") != fingerprint:
        return False
    return all((record.parent / name).is_file() for name in data.get("outputs", []))


def _message(exc: Exception, path: Path) -> str:
    """The one-line message of ``exc``, naming ``path`` if it does not already."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if str(path) in text or path.name in text else f"{path}: {text}"


@dataclass(frozen=True)
class Detected:
    """An article's detected languages, to set again on the same file read a second time."""

    lang: str | None
    confidence: float | None
    mixed: tuple[str, ...]
    paragraphs: tuple[str | None, ...]

    @classmethod
    def of(cls, article: Article) -> Detected:
        langs = tuple(p.lang for p in article.paragraphs)
        return cls(article.lang, article.lang_confidence, tuple(article.mixed_languages), langs)

    def apply(self, article: Article) -> bool:
        """Set the languages on ``article``; False if its paragraphs are not the same."""
        if len(article.paragraphs) != len(self.paragraphs):
            return False
        for para, lang in zip(article.paragraphs, self.paragraphs, strict=True):
            para.lang = lang
        article.lang, article.lang_confidence = self.lang, self.confidence
        article.mixed_languages = list(self.mixed)
        return True


def read_and_detect(
    path: Path,
    source_lang: str | None,
    timings: dict[str, float],
    detected: Sequence[Detected] | None = None,
    data: bytes | None = None,
) -> list[Article]:
    """Read the articles of one file (from ``data``, its bytes, if already read) and detect
    (or take ``source_lang``, or the earlier ``detected``) their languages, adding each
    stage's seconds to ``timings``.

    :class:`InputError` for a file without text or whose language cannot be told,
    :class:`StageError` for a stage that raised something other than a bad-input error.
    """
    from pipeline.detect import detect_article
    from pipeline.readers import read_file

    started = time.perf_counter()
    with _stage("reading", path, _EXPECTED):
        articles = read_file(path, data)
    if not articles:
        raise InputError(f"{path}: no article text found")
    timings["read"] = timings.get("read", 0.0) + time.perf_counter() - started
    started = time.perf_counter()
    reuse = detected is not None and len(detected) == len(articles)
    for i, article in enumerate(articles):
        if not (reuse and detected is not None and detected[i].apply(article)):
            with _stage("language detection", path, _EXPECTED):
                detect_article(article, source_lang)
        if article.lang not in LANGS:
            raise InputError(
                f"{path}: cannot tell the language of {article.id}; pass --from en|uk|ru"
            )
    timings["detect"] = timings.get("detect", 0.0) + time.perf_counter() - started
    return articles


def load_articles(
    path: Path,
    source_lang: str | None = None,
    detected: Sequence[Detected] | None = None,
    data: bytes | None = None,
) -> tuple[list[Article], dict[str, float]]:
    """Read (from ``data`` if already read), detect (or take ``source_lang`` or the earlier
    ``detected``) and segment the articles of one file (see :func:`read_and_detect`).

    Returns them with the seconds each stage took.
    """
    from pipeline.segment import segment_article

    timings: dict[str, float] = {}
    articles = read_and_detect(path, source_lang, timings, detected, data)
    started = time.perf_counter()
    for article in articles:
        with _stage("sentence splitting", path, _EXPECTED):
            segment_article(article)
    timings["segment"] = time.perf_counter() - started
    return articles, timings


def xliff_name(source: Path, lang: str, export: str) -> str:
    """``<stem>.<lang>.xlf`` (XLIFF 2.1) or ``<stem>.<lang>.xliff12.xlf`` (XLIFF 1.2)."""
    return f"{source.stem}.{lang}.{'xliff12.' if export == 'xliff12' else ''}xlf"


def _xliff_writer(export: str) -> Callable[[list[Article], str, str | Path], None]:
    """The writer of ``xliff`` (XLIFF 2.1) or ``xliff12`` (XLIFF 1.2) files."""
    if export == "xliff12":
        from pipeline.export.xliff12 import write_xliff12

        return write_xliff12
    from pipeline.export.xliff import write_xliff

    return write_xliff


def planned_outputs(
    source: SourceFile, langs: Sequence[str], exports: Sequence[str] = ()
) -> dict[Path, str | None]:
    """The files :func:`write_outputs` writes, each with its language (None for the TMX)."""
    planned: dict[Path, str | None] = {source.output(lang): lang for lang in langs}
    for export in ("xliff", "xliff12"):
        if export in exports:
            planned.update(
                {source.out_dir / xliff_name(source.path, lang, export): lang for lang in langs}
            )
    if "tmx" in exports and langs:
        planned[source.out_dir / f"{source.path.stem}.tmx"] = None
    return planned


def write_outputs(
    articles: list[Article],
    source: SourceFile,
    langs: Sequence[str],
    exports: Sequence[str] = (),
    skip: Iterable[Path] = (),
) -> list[Path]:
    """Write the translations of one source file's ``articles`` into ``langs`` atomically:
    ``<stem>.<lang>.<ext>`` in the input's format, plus the ``exports`` (``xliff``/``xliff12``:
    one XLIFF 2.1/1.2 file per language, :func:`xliff_name`; ``tmx``: ``<stem>.tmx``), except
    the files in ``skip``.  Returns the paths written."""
    from pipeline.export.formats import render
    from pipeline.fsutil import atomic_write_text

    skipped = set(skip)
    outputs: list[Path] = []
    for lang in langs:
        out = source.output(lang)
        if out not in skipped:
            atomic_write_text(out, render(articles, lang))
            outputs.append(out)
    for export in ("xliff", "xliff12"):
        if export not in exports:
            continue
        write_xliff = _xliff_writer(export)
        for lang in langs:
            out = source.out_dir / xliff_name(source.path, lang, export)
            if out not in skipped:
                write_xliff([a for a in articles if a.lang != lang], lang, out)
                outputs.append(out)
    out = source.out_dir / f"{source.path.stem}.tmx"
    if "tmx" in exports and langs and out not in skipped:
        from pipeline.export.tmx import write_tmx

        write_tmx(articles, list(langs), out)
        outputs.append(out)
    return outputs


KEPT_FILE = "kept-file"
"""Finding id for an output not written because a file newsmt did not write is there."""


def _keep_foreign(
    result: FileResult,
    source: SourceFile,
    planned: dict[Path, str | None],
    articles: Sequence[Article],
) -> set[Path]:
    """The ``planned`` outputs that exist but that no newsmt record lists: noted, not written.

    The source's own record is read first; the folder's other records only for a file it
    does not list, so a batch re-run reads each record once.
    """
    existing = [p for p in planned if os.path.lexists(p)]
    record = own_record(source.record) if existing else None
    listed = set(_outputs_of(record))
    if any(p.name not in listed for p in existing):
        listed |= listed_outputs(source.out_dir)
    foreign = {p for p in existing if p.name not in listed}
    for path in sorted(foreign):
        lang = planned[path]
        result.kept[path] = (
            "newsmt did not write it (no record lists it): not overwritten; "
            f"the {lang or 'TMX'} translation is in {source.record}"
        )
        for article in articles:
            if lang in article.translations and article.lang != lang:
                article.translations[lang].findings.append(
                    Finding(
                        check=KEPT_FILE,
                        severity=Severity.WARNING,
                        message=f"{path.name} is not newsmt's (no record lists it): kept, "
                        "this translation was not written there",
                    )
                )
    return foreign


@dataclass(frozen=True)
class _Context:
    """What finishing and writing a file needs besides the file itself; one per run."""

    targets: tuple[str, ...]
    options: RunOptions
    fingerprint: str
    glossary: Glossary | None
    glossary_info: dict[str, Any] | None


@dataclass
class _FileWork:
    """One translated source file on its way to :func:`finish_and_write`."""

    index: int
    source: SourceFile
    result: FileResult
    articles: list[Article]
    jobs: list[_Job]
    notes: list[Notes]
    """:func:`engine_notes` of each job."""
    routes: dict[tuple[str, str], dict[str, Any]]
    """The routes of the file's chunk, as the record lists them."""
    skipped: list[tuple[str, str]]
    timings: dict[str, float]
    """The chunk's batch-wide stages (``translate``: its engine calls)."""


def _write(work: _FileWork, ctx: _Context) -> None:
    from pipeline.export.record import write_record

    result, source, articles, options = work.result, work.source, work.articles, ctx.options
    started = time.perf_counter()
    if source.record.exists() and own_record(source.record) is None:
        raise InputError(
            f"{source.path}: its record {source.record} would overwrite a file newsmt did not "
            "write; move that file away or translate with --out DIR"
        )
    langs = _targets_of(articles, ctx.targets)
    if source.record.exists():  # an earlier run's record may hold a translator's edits
        from pipeline.review.keep import keep_post_edits

        result.kept_edits = keep_post_edits(
            source.record, articles, {"checks_disabled": sorted(options.disabled_checks)}
        )
    planned = planned_outputs(source, langs, options.exports)
    foreign = _keep_foreign(result, source, planned, articles)
    result.outputs.extend(write_outputs(articles, source, langs, options.exports, foreign))
    result.timings["write"] = time.perf_counter() - started
    routes = {
        lang: route
        for (src, lang), route in work.routes.items()
        if any(a.lang == src for a in articles) and lang in langs
    }
    needed = needed_pairs(articles, ctx.targets)
    skipped = [f"{a}-{b}" for a, b in work.skipped if (a, b) in needed]
    write_record(
        source.record,
        articles,
        generator=GENERATOR,
        newsmt_version=__version__,
        source=str(source.path),
        fingerprint=ctx.fingerprint,
        targets=list(ctx.targets),
        options={
            "from": options.source_lang,
            "engine": options.engine,
            "argos": asdict(options.argos),
            "checks_disabled": sorted(options.disabled_checks),
        },
        glossary=ctx.glossary_info,
        routes=routes,
        skipped=skipped,
        outputs=[p.name for p in result.outputs],
        kept=[{"path": str(path), "reason": why} for path, why in result.kept.items()],
        timings={
            **{k: round(v, 4) for k, v in result.timings.items()},
            **{f"batch_{k}": round(v, 4) for k, v in work.timings.items()},
        },
    )
    result.record = source.record


def finish_and_write(work: _FileWork, ctx: _Context) -> FileResult:
    """:func:`finish_file` and write one translated file; returns its :class:`FileResult`
    (with counts, without the articles).  A stage raising fails this file alone."""
    result = work.result
    try:
        finish_file(
            work.jobs, work.notes, ctx.options.disabled_checks, ctx.glossary, result.timings
        )
        with _stage("writing", work.source.path, (*_EXPECTED, KeyError)):
            _write(work, ctx)
    except (NewsmtError, ValueError, OSError, KeyError) as exc:
        result.error = _message(exc, work.source.path)
    result.count(work.articles)
    return result


_WORKER: _Context | None = None
"""The run's context in a worker process of ``--jobs N`` (set when the worker starts)."""


def _start_worker(ctx: _Context) -> None:
    global _WORKER
    _WORKER = ctx


def _finish_in_worker(work: _FileWork) -> FileResult:
    assert _WORKER is not None
    return finish_and_write(work, _WORKER)


CHUNK_SENTENCES = 3000
"""Sentences translated together before their files are finished, written and dropped:
memory stays flat in the batch size, engine calls stay large."""


def _chunks(
    loaded: Iterable[tuple[int, SourceFile, FileResult, list[Article]]], size: int
) -> Iterator[list[tuple[int, SourceFile, FileResult, list[Article]]]]:
    """Whole files, grouped until a group holds ``size`` sentences."""
    chunk: list[tuple[int, SourceFile, FileResult, list[Article]]] = []
    sentences = 0
    for item in loaded:
        chunk.append(item)
        sentences += sum(len(p.sentences) for a in item[3] for p in a.paragraphs)
        if sentences >= size:
            yield chunk
            chunk, sentences = [], 0
    if chunk:
        yield chunk


def _merge_stats(runner: RouteRunner) -> None:
    """One :class:`~pipeline.translate.routes.HopStats` per hop over all chunks."""
    merged: dict[str, HopStats] = {}
    for hop in runner.stats:
        total = merged.setdefault(hop.label, HopStats(label=hop.label))
        total.sentences += hop.sentences
        total.cached += hop.cached
        total.decoded += hop.decoded
        total.seconds += hop.seconds
    runner.stats = list(merged.values())


def _write_batch_tmx(records: Sequence[Path], targets: Sequence[str], out: Path) -> None:
    """``batch.tmx`` of the files translated, from their ``records`` (the run keeps no
    story)."""
    from pipeline.export.record import read_record
    from pipeline.export.tmx import write_tmx

    done = [a for record in records for a in read_record(record)[0]]
    if done:
        write_tmx(done, list(targets), out)


def run_files(
    paths: Sequence[str | Path],
    options: RunOptions,
    glossary: Glossary | None = None,
    *,
    glossary_paths: Sequence[Path] = (),
    progress: ProgressCallback | None = None,
    jobs: int = 1,
) -> RunResult:
    """Translate every file under ``paths`` into ``options.targets`` and write the results.

    Files are read and translated in chunks of whole files (:data:`CHUNK_SENTENCES`; one
    engine call per hop a chunk); each chunk's files are finished (glossary, checks) and
    written, by ``jobs`` worker processes when ``jobs`` > 1, while the next chunk is read and
    translated.  Raises :class:`ModelError` (before writing anything) when a needed model is
    missing.  A file whose outputs would overwrite an input or another file's outputs fails
    alone, like an unreadable one or one that a stage raises on (its ``error`` names the
    stage).
    """
    started = time.perf_counter()
    targets = list(dict.fromkeys(options.targets))
    if options.disabled_checks:
        from pipeline.checks.base import validate_disabled

        validate_disabled(set(options.disabled_checks) - set(ENGINE_CHECKS))
    sources = collect_sources(paths, options.out_dir)
    clashes = check_clashes(sources, targets)
    unwritable = check_writable(sources, options.out_dir)
    engines = build_engines(options.engine, options.argos)
    digest = glossary_digest(glossary_paths)
    fingerprint = batch_fingerprint(options, engines, digest)
    glossary_info = (
        {"paths": [str(Path(p).resolve()) for p in glossary_paths], "digest": digest}
        if glossary is not None
        else None
    )
    ctx = _Context(tuple(targets), options, fingerprint, glossary, glossary_info)

    tally = RunResult(sources)
    todo: list[tuple[int, SourceFile]] = []
    for index, source in enumerate(sources):
        if source.path in clashes:
            tally.add(index, _file_result(source, error=clashes[source.path]))
        elif source.path in unwritable:
            tally.add(index, _file_result(source, error=unwritable[source.path]))
        elif options.resume and is_up_to_date(source, fingerprint):
            tally.add(index, _file_result(source, skipped=True))
        else:
            todo.append((index, source))
    planned: dict[int, _Planned] = {}

    def loaded() -> Iterator[tuple[int, SourceFile, FileResult, list[Article]]]:
        """The files of ``todo`` read and segmented; one that cannot be is counted failed."""
        reread = any(plan.error is None for plan in planned.values())
        for done, (index, source) in enumerate(todo, 1):
            result = _file_result(source)
            plan = planned.pop(index, None)
            if plan is not None:
                result.timings, result.error = plan.timings, plan.error
            if result.error is None:
                try:
                    articles, timings = load_articles(
                        source.path, options.source_lang, plan.detected if plan else None, ahead
                    )
                    for stage, seconds in timings.items():  # after the plan pass's
                        result.timings[stage] = result.timings.get(stage, 0.0) + seconds
                    yield index, source, result, articles
                except (NewsmtError, ValueError, OSError) as exc:
                    result.error = _message(exc, source.path)
            if result.error is not None:
                tally.add(index, result)
            if progress is not None and not reread:
                progress("read", done, len(todo))

    batch = tally.batch
    if options.use_cache and todo:  # lingua's verdicts kept, as the sentences are
        langid_cache.enable()
    pool = _start_pool(jobs, ctx) if jobs > 1 and todo else None
    # one story's bytes, read once: to tell whether to load lingua ahead, then to read it
    story, ahead = _lingua_ahead(ctx, [s for _, s in todo]) if pool is None else (None, None)
    pending: deque[list[tuple[int, Any]]] = deque()
    cache = None
    try:
        planned.update(_plan_all(todo, targets, options, engines, progress, pool, ahead))
        if options.use_cache and todo:
            from pipeline.translate.cache import TranslationCache

            cache = TranslationCache()
        batch.runner = RouteRunner(cache=cache, progress=progress)
        for chunk in _chunks(loaded(), CHUNK_SENTENCES):
            works = _translate_chunk(chunk, ctx, engines, batch)
            if pool is None:
                for work in works:
                    tally.add(work.index, finish_and_write(work, ctx))
                continue
            pending.append([(w.index, pool.submit(_finish_in_worker, w)) for w in works])
            while len(pending) > 1:  # one chunk finished while the next one is translated
                for index, future in pending.popleft():
                    tally.add(index, future.result())
        while pending:
            for index, future in pending.popleft():
                tally.add(index, future.result())
        if story is not None and not tally.failed:
            langid_cache.remember(story)
    finally:
        if pool is not None:
            _stop_pool(pool)
        if cache is not None:
            cache.close()
        lingua_helper.stop()
        langid_cache.disable()
    _merge_stats(batch.runner)
    batch.skipped = sorted(set(batch.skipped))
    if "tmx" in options.exports and options.out_dir is not None:
        _write_batch_tmx(tally.records(), targets, options.out_dir / "batch.tmx")
    tally.seconds = time.perf_counter() - started
    return tally


def _file_result(source: SourceFile, error: str | None = None, skipped: bool = False) -> FileResult:
    """A new :class:`FileResult` of ``source``, with the translations beside it that newsmt
    did not write listed as kept."""
    result = FileResult(source.path, error=error, skipped=skipped)
    result.kept = {
        path: "a translation newsmt did not write (no record lists it): "
        "not translated again, not changed"
        for path in source.translations
    }
    return result


MORPH_LANGS = ("uk", "ru")
"""The languages pymorphy3 analyses (the glossary's forms, the checks' numbers)."""


AHEAD_BYTES = 1 << 20
"""The largest file for which :func:`_lingua_ahead` may load lingua ahead."""


def _lingua_ahead(ctx: _Context, todo: Sequence[SourceFile]) -> tuple[str | None, bytes | None]:
    """Start loading lingua's uk/ru models in a helper process (:mod:`pipeline.lingua_helper`)
    when a one-file run may ask lingua in its checks about texts whose verdicts no earlier
    run kept: the load (half a second) then overlaps reading, Apertium and the glossary
    instead of following them.  That is a story no run finished before with these options
    and its verdicts kept (:func:`pipeline.langid_cache.seen`: its bytes and the run's
    fingerprint).  Returns the story's digest to :func:`~pipeline.langid_cache.remember` once
    it is done (or ``None``), and the story's bytes if they were read to tell it by (or
    ``None``): the run reads the story from them, not from the file again.  A batch, a file
    over :data:`AHEAD_BYTES` (the load is a small part of its run) and a run that keeps no
    verdicts (``--no-cache``) load lingua where it is first needed, as before."""
    from pipeline.lingua_model import _lingua_uk_ru

    checked = "wrong-language" not in ctx.options.disabled_checks
    if len(todo) != 1 or not checked or not set(ctx.targets) & set(MORPH_LANGS):
        return None, None
    if not langid_cache.enabled():
        return None, None
    if _lingua_uk_ru.cache_info().currsize:  # loaded in this process already
        return None, None
    try:
        if todo[0].path.stat().st_size > AHEAD_BYTES:
            return None, None
        content = todo[0].path.read_bytes()
    except OSError:
        return None, None  # reading it fails later, with the error the user sees
    story = hashlib.sha256(ctx.fingerprint.encode() + b"\0" + content).hexdigest()
    if langid_cache.seen(story):
        return None, content
    lingua_helper.start()
    return story, content


def _load_shared(ctx: _Context) -> None:
    """Load, before the workers are forked, the read-only models that finishing a file
    loads on first use, so that the workers share one copy of their pages instead of
    loading one each: the finishing stages' modules, pymorphy3's dictionaries of the
    run's uk/ru languages, and lingua's uk/ru models where the wrong-language check or the
    detection pass (no ``--from``) may need them.  The slovnet parser
    (:mod:`pipeline.glossary.syntax`) stays lazy: most batches never need it."""
    import importlib

    from pipeline.glossary.morph import analyzer
    from pipeline.lingua_model import _lingua_uk_ru

    importlib.import_module("pipeline.checks")
    if ctx.glossary is not None:
        importlib.import_module("pipeline.glossary.enforce")
    source = ctx.options.source_lang
    langs = {*ctx.targets, source} if source else {*ctx.targets, *MORPH_LANGS}
    for lang in sorted(langs & set(MORPH_LANGS)):
        analyzer(lang)
    checked = "wrong-language" not in ctx.options.disabled_checks
    if source is None or (checked and set(ctx.targets) & set(MORPH_LANGS)):
        _lingua_uk_ru()


def _start_pool(jobs: int, ctx: _Context) -> ProcessPoolExecutor:
    """``jobs`` worker processes, forked now with the run's context and the models they
    share (:func:`_load_shared`); the main process's collector leaves what they inherit
    alone until :func:`_stop_pool`."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _load_shared(ctx)
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_start_worker,
        initargs=(ctx,),
    )
    # Fork the workers now, before any engine starts a thread, with the collector off
    # for what they inherit: freeing an engine (a CTranslate2 translator) in a worker
    # would wait for threads that only the main process has.  Frozen in the main process
    # too while the workers live: a full collection there writes to every object it walks,
    # which copies each page it shares with the workers.
    gc.freeze()
    try:
        pool.submit(int).result()
    except BaseException:
        _stop_pool(pool)
        raise
    return pool


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Shut the workers of :func:`_start_pool` down; the collector walks everything again."""
    try:
        pool.shutdown(cancel_futures=True)
    finally:
        gc.unfreeze()


@dataclass
class _Planned:
    """One file read and detected by :func:`plan_file`: its detections and the directions
    they need, or why it cannot be translated."""

    timings: dict[str, float]
    detected: list[Detected] = field(default_factory=list)
    pairs: set[tuple[str, str]] = field(default_factory=set)
    error: str | None = None


def plan_file(path: Path, targets: Sequence[str], data: bytes | None = None) -> _Planned:
    """Read (from ``data`` if already read) and detect one file (:func:`read_and_detect`):
    what :func:`_plan_all` needs of it, small enough to come back from a worker process (no
    text)."""
    timings: dict[str, float] = {}
    try:
        articles = read_and_detect(path, None, timings, None, data)
    except (NewsmtError, ValueError, OSError) as exc:
        return _Planned(timings, error=_message(exc, path))
    return _Planned(timings, [Detected.of(a) for a in articles], needed_pairs(articles, targets))


PLAN_FILES = 8
"""Files a worker reads and detects per task of the plan pass."""


def _plan_all(
    todo: Sequence[tuple[int, SourceFile]],
    targets: Sequence[str],
    options: RunOptions,
    engines: Sequence[Engine],
    progress: ProgressCallback | None,
    pool: ProcessPoolExecutor | None = None,
    ahead: bytes | None = None,
) -> dict[int, _Planned]:
    """Check, before anything is written, that every direction the batch needs has a model.

    With ``--from`` the directions are known; otherwise every file is read and detected
    first (by the ``pool``'s workers if there is one) and what was found is returned by
    file index (its detections, for :func:`load_articles` to reuse, or why it cannot be
    translated), without the directions it needs.  ``ahead``: the bytes of ``todo``'s one
    file, already read (:func:`_lingua_ahead`).
    """
    if options.source_lang:
        pairs = ((options.source_lang, t) for t in targets)
        routes = plan_routes(pairs, engines, skip_missing=options.skip_missing)
        if not options.allow_test_model:
            refuse_test_models(routes.values())
        return {}
    found: dict[int, _Planned] = {}
    needed: set[tuple[str, str]] = set()
    paths = [source.path for _, source in todo]
    each = repeat(tuple(targets))
    files = (
        map(plan_file, paths, each, [ahead] if ahead is not None else repeat(None))
        if pool is None
        else pool.map(plan_file, paths, each, chunksize=PLAN_FILES)
    )
    for done, ((index, _), planned) in enumerate(zip(todo, files, strict=True), 1):
        needed |= planned.pairs
        planned.pairs = set()
        found[index] = planned
        if progress is not None:
            progress("read", done, len(todo))
    routes = plan_routes(needed, engines, skip_missing=options.skip_missing)
    if not options.allow_test_model:
        refuse_test_models(routes.values())
    return found


def _translate_chunk(
    chunk: list[tuple[int, SourceFile, FileResult, list[Article]]],
    ctx: _Context,
    engines: Sequence[Engine],
    batch: BatchReport,
) -> list[_FileWork]:
    """Translate a chunk of files together (one engine call per hop) and hand each file
    over as a :class:`_FileWork`; the chunk's routes and skipped directions join ``batch``."""
    articles = [a for *_, file_articles in chunk for a in file_articles]
    routes, skipped = prepare_routes(articles, ctx.targets, ctx.options, engines)
    batch.routes.update(routes)
    batch.skipped.extend(skipped)
    started = time.perf_counter()
    jobs = translate_articles(articles, ctx.targets, routes, batch.runner)
    seconds = time.perf_counter() - started
    batch.timings["translate"] = batch.timings.get("translate", 0.0) + seconds
    batch.runner.forget()
    notes = dict(zip(map(id, jobs), engine_notes(jobs, routes), strict=True))
    by_file = _by_file(jobs)
    info = {
        pair: {"route": r.langs, "engine": r.engine, "models": r.models, "test_model": r.test_model}
        for pair, r in routes.items()
    }
    works = []
    for index, source, result, file_articles in chunk:
        path = file_articles[0].source_path
        file_jobs = by_file.get(path, [])
        works.append(
            _FileWork(
                index=index,
                source=source,
                result=result,
                articles=file_articles,
                jobs=file_jobs,
                notes=[notes[id(job)] for job in file_jobs],
                routes=info,
                skipped=skipped,
                timings={"translate": seconds},
            )
        )
    return works
