"""`newsmt translate`: translate files into uk/en/ru in their own format, with a JSON record.

The heavy modules (CTranslate2, spaCy, the readers) load only when the command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.base import glossary_option
from pipeline.errors import UsageError
from pipeline.model import HIT_STATUSES, normalize_lang
from pipeline.translate.argos import COMPUTE_TYPES, DEVICES, ArgosOptions
from pipeline.translate.routes import ENGINE_CHOICES

if TYPE_CHECKING:
    from pipeline.run import RunResult


def parse_targets(value: str) -> tuple[str, ...]:
    """``"uk,ru"`` → ``("uk", "ru")`` (``ua`` accepted for ``uk``)."""
    codes = [normalize_lang(code) for code in value.split(",") if code.strip()]
    if not codes:
        raise UsageError("--to needs at least one language: en, uk or ru")
    return tuple(dict.fromkeys(codes))


class _Bars:
    """Progress bars on stderr, one per stage (reading, then each translation hop)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._label = ""
        self._done = 0

    def __call__(self, label: str, done: int, total: int) -> None:
        if label != self._label or self._bar is None:
            self.close()
            self._label, self._done = label, 0
            self._bar = click.progressbar(length=total, label=label.ljust(18), file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


EXPORTS = ("xliff", "xliff12", "tmx")


def parse_exports(value: str) -> tuple[str, ...]:
    """``xliff,tmx`` → ``("xliff", "tmx")``; anything else is a usage error."""
    names = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [n for n in names if n not in EXPORTS]
    if unknown:
        raise click.BadParameter(
            f"unknown export {', '.join(unknown)}: use xliff, xliff12 and/or tmx",
            param_hint="--export",
        )
    return names


def _glossary_line(result: RunResult, glossary: Any, files: list[Path]) -> str:
    """How many entries were enforced, from how many files, and the hits by status."""
    if glossary is None:
        return "glossary    none (no --glossary, $NEWSMT_GLOSSARY or ./glossaries)"
    hits = result.hits
    counts = ", ".join(f"{hits[s]} {s}" for s in HIT_STATUSES if hits[s]) or "none"
    return f"glossary    {len(glossary)} entries from {len(files)} file(s); hits: {counts}"


def _summary(result: RunResult, glossary: Any, glossary_files: list[Path]) -> list[str]:
    lines = [
        f"files       {result.files} ({result.translated} translated, {result.skipped} up to "
        f"date, {len(result.failed)} failed)",
        f"articles    {result.articles}",
        f"sentences   {result.sentences}",
    ]
    for (src, tgt), route in sorted(result.batch.routes.items()):
        noise = "  [TEST MODEL: output is noise, not a translation]" if route.test_model else ""
        lines.append(f"{src}→{tgt}       {route.describe()}  {', '.join(route.models)}{noise}")
    for hop in result.batch.runner.stats:
        lines.append(
            f"  {hop.label}: {hop.sentences} sentences, {hop.cached} from cache, "
            f"{hop.decoded} decoded in {hop.seconds:.1f} s"
        )
    findings = result.findings
    if findings:
        counts = ", ".join(f"{findings[s]} {s}" for s in ("error", "warning", "info"))
        lines.append(f"findings    {counts}")
    lines.append(_glossary_line(result, glossary, glossary_files))
    lines.extend(
        f"kept        {path}: {why}" for f in result.notes() for path, why in f.kept.items()
    )
    stages = result.stages()
    if stages:
        lines.append("stages      " + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()))
    lines.append(f"time        {result.seconds:.1f} s")
    return lines


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "targets", required=True, help="Target languages, comma-separated: uk,ru,en.")
@click.option(
    "--from",
    "source",
    default="auto",
    show_default=True,
    help="Source language (en, uk, ru) or auto to detect it per article.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: beside each source file).",
)
@glossary_option(
    "glossaries",
    help="Glossary TSV file or folder to enforce, besides ./glossaries or $NEWSMT_GLOSSARY "
    "(repeatable).",
)
@click.option("--engine", type=click.Choice(ENGINE_CHOICES), default="auto", show_default=True)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for glossary, checks and writing; batches decoded in parallel "
    "(CTranslate2 inter_threads).",
)
@click.option("--resume", is_flag=True, help="Skip files whose outputs are up to date.")
@click.option("--beam-size", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--compute-type", type=click.Choice(COMPUTE_TYPES), default="auto", show_default=True)
@click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True)
@click.option(
    "--threads",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Threads per batch (0: the cores shared among --jobs).",
)
@click.option(
    "--max-length",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="Longest output sentence, in tokens.",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor fill the translation cache.")
@click.option("--disable", multiple=True, metavar="ID", help="Skip a check (repeatable).")
@click.option(
    "--export",
    "exports",
    default="",
    metavar="xliff,xliff12,tmx",
    help="Also write XLIFF 2.1 (<stem>.<lang>.xlf), XLIFF 1.2 (<stem>.<lang>.xliff12.xlf) "
    "and/or TMX 1.4b (<stem>.tmx, batch.tmx).",
)
@click.option(
    "--skip-missing",
    is_flag=True,
    help="Translate the directions that have a model, report the others, write the rest.",
)
@click.option(
    "--suggest",
    is_flag=True,
    help="Also find the stories' glossary suggestions now, for `newsmt review` to read.",
)
@click.option(
    "--allow-test-model",
    is_flag=True,
    help="Use newsmt test models (random weights: noise) to check the pipeline.",
)
def translate(
    paths: tuple[Path, ...],
    targets: str,
    source: str,
    out_dir: Path | None,
    glossaries: tuple[Path, ...],
    engine: str,
    jobs: int,
    resume: bool,
    beam_size: int,
    compute_type: str,
    device: str,
    threads: int,
    max_length: int,
    no_cache: bool,
    disable: tuple[str, ...],
    exports: str,
    skip_missing: bool,
    suggest: bool,
    allow_test_model: bool,
) -> None:
    """Translate news files into other languages, keeping their format.

    Writes <stem>.<lang>.<ext> per target and a <stem>.json record (translations,
    routes, glossary hits, check findings) per source file. Exit 1 if a file failed,
    2 if a model is missing (nothing is written then).

    \b
    Example:
      newsmt translate stories/ --to uk,ru --out out/
      newsmt translate story.md --from en --to uk --glossary names.tsv --resume
    """
    from pipeline.run import RunOptions, run_files

    options = RunOptions(
        targets=parse_targets(targets),
        source_lang=None if source.strip().lower() == "auto" else normalize_lang(source),
        engine=engine,
        argos=ArgosOptions(
            beam_size=beam_size,
            compute_type=compute_type,
            device=device,
            inter_threads=jobs,
            intra_threads=threads,
            max_decoding_length=max_length,
        ),
        out_dir=out_dir,
        use_cache=not no_cache,
        resume=resume,
        disabled_checks=disable,
        skip_missing=skip_missing,
        allow_test_model=allow_test_model,
        exports=parse_exports(exports),
    )
    glossary, glossary_paths = _load_glossary(glossaries)
    bars = _Bars() if sys.stderr.isatty() else None
    try:
        result = run_files(
            paths, options, glossary, glossary_paths=glossary_paths, progress=bars, jobs=jobs
        )
    finally:
        if bars is not None:
            bars.close()
        if glossary is not None:
            glossary.save_cache()
    if suggest:
        _cache_suggestions(result, glossary)
    for line in _summary(result, glossary, glossary_paths):
        click.echo(line)
    for kept in result.notes():
        if kept.kept_edits:
            click.echo(
                f"kept {kept.kept_edits} post-edited sentence(s) of {kept.record} "
                "(their source is unchanged)"
            )
    for src, tgt in result.batch.skipped:
        click.echo(
            f"newsmt: skipped {src}→{tgt}: no model; run `newsmt models download {src} {tgt}` "
            "or `newsmt models install FILE`",
            err=True,
        )
    for failed in result.failed:
        click.echo(f"newsmt: failed: {failed.error}", err=True)
    if result.failed:
        click.get_current_context().exit(1)


SUGGEST_RECORDS = 200
"""Records read back at a time for ``--suggest`` (the run does not keep its stories)."""


def _cache_suggestions(result: RunResult, glossary: Any) -> None:
    """The glossary mentions of the translated stories (against the glossary they were
    translated with, which ``review`` reads from their records), cached beside the records;
    the stories are read back from their records, :data:`SUGGEST_RECORDS` at a time."""
    from pipeline.export.record import read_record
    from pipeline.review.page import cache_suggestions

    folders: dict[Path, list[Path]] = {}
    for record in result.records():
        folders.setdefault(record.parent, []).append(record)
    for folder, records in folders.items():
        for start in range(0, len(records), SUGGEST_RECORDS):
            group = records[start : start + SUGGEST_RECORDS]
            cache_suggestions(folder, [a for r in group for a in read_record(r)[0]], glossary)


def _load_glossary(extra: tuple[Path, ...]) -> tuple[Any, list[Path]]:
    """The default glossaries plus ``extra`` (``None`` if there are none), and their files."""
    from pipeline.glossary import Glossary, default_glossary_paths, glossary_files

    paths = [*default_glossary_paths(), *extra]
    if not paths:
        return None, []
    return Glossary.load(paths), list(glossary_files(paths))
