"""``newsmt regress``: the translation regression gate for CI."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.errors import UsageError
from pipeline.fsutil import atomic_write_text

STDOUT = "-"


@click.command()
@click.argument("suite", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Baseline file (default: SUITE/baseline.json).",
)
@click.option("--update-baseline", is_flag=True, help="Rewrite the baseline with this run.")
@click.option(
    "--junit",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    help="Write JUnit XML (- for stdout).",
)
@click.option(
    "--markdown",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    help="Write a Markdown report (- for stdout).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def regress(
    suite: Path,
    baseline: Path | None,
    update_baseline: bool,
    junit: Path | None,
    markdown: Path | None,
    fmt: str,
) -> None:
    """Translate the suite in SUITE, score it and compare it with the baseline.

    Scores every direction of SUITE/suite.toml (chrF and BLEU against the references,
    glossary adherence, findings by check and severity, speed), prints the deltas against
    the baseline and the stories that got worse, and exits 1 on a regression. chrF and
    BLEU drops beyond tolerance must also be significant (paired bootstrap).

    \b
    Example:
      newsmt regress samples/suite --junit regress.xml --markdown regress.md
      newsmt regress samples/suite --update-baseline
    """
    from pipeline.regress import regress as run_regress
    from pipeline.regress.report import render_junit, render_markdown, render_text

    if str(junit) == str(markdown) == STDOUT:
        raise UsageError("only one of --junit and --markdown can be - (stdout)")
    if baseline is not None and not baseline.exists() and not update_baseline:
        raise UsageError(
            f"{baseline}: no such baseline — check the path, or record one with --update-baseline"
        )
    result = run_regress(suite, baseline, update_baseline)
    summary, comparison = result.summary, result.comparison
    to_stdout = None
    for path, render in ((junit, render_junit), (markdown, render_markdown)):
        if path is None:
            continue
        if str(path) == STDOUT:
            to_stdout = render(comparison, summary)
        else:
            atomic_write_text(path, render(comparison, summary))
    err = to_stdout is not None  # the report on stdout; the summary goes to stderr
    if fmt == "json":
        payload = {"summary": summary, "comparison": comparison.to_dict()}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2), err=err)
    else:
        click.echo(render_text(comparison, summary), nl=False, err=err)
        if result.baseline_updated:
            click.echo(f"baseline written to {result.baseline_path}", err=err)
    if to_stdout is not None:
        click.echo(to_stdout, nl=not to_stdout.endswith("\n"))
    if comparison.regressed and not update_baseline:
        raise SystemExit(1)
