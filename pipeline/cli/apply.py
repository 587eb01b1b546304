"""`newsmt apply` (and `newsmt glossary apply`): carry the editor's review decisions into
the translations — sentence edits and decisions on glossary hits."""

from __future__ import annotations

from pathlib import Path

import click

HELP = """Apply the decisions of `newsmt review OUTDIR --serve` to the translations.

    A sentence the editor rewrote on the page replaces the machine's (listed in the
    record's edits; its hits are found again and its checks run again).  An
    accepted needs-review or missing hit gets its proposed glossary form written into
    the translation (it becomes fixed); a rejected fixed hit gets back the text the fix
    replaced, or the form the editor typed (it becomes needs-review).  Other decisions
    need no change.  A sentence or hit whose text changed since the decision is
    skipped.  The records and translated files (XLIFF/TMX exports too) of the changed
    articles are rewritten; applying twice changes nothing.  Exit 1 if a decision was
    skipped.

    \b
    Examples:
      newsmt {name} out/ --dry-run
      newsmt {name} out/ --decisions saved/decisions.json
    """


def _apply(outdir: Path, decisions: Path | None, dry_run: bool) -> None:
    from pipeline.review.apply import APPLIED, SKIPPED, UNCHANGED, apply_decisions

    result = apply_decisions(outdir, decisions, dry_run=dry_run)
    for outcome in [*result.of(APPLIED), *result.of(SKIPPED)]:
        click.echo(str(outcome))
    counts = (
        f"{'would apply' if dry_run else 'applied'} {len(result.of(APPLIED))}, "
        f"unchanged {len(result.of(UNCHANGED))}, skipped {len(result.of(SKIPPED))}"
    )
    if not result.outcomes:
        click.echo("no decisions to apply")
    elif dry_run:
        click.echo(
            f"dry run: {counts}; would rewrite {len(result.records)} record(s) "
            "and their translated files"
        )
    else:
        click.echo(f"{counts}; rewrote {len(result.written)} file(s)")
    for path in result.records if dry_run else result.written:
        click.echo(f"  {path}")
    if result.of(SKIPPED):
        raise SystemExit(1)


def _command(name: str, command_name: str) -> click.Command:
    @click.command(command_name, help=HELP.format(name=name))
    @click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
    @click.option(
        "--decisions",
        "decisions",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The decisions file to apply (default OUTDIR/decisions.json).",
    )
    @click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
    def command(outdir: Path, decisions: Path | None, dry_run: bool) -> None:
        _apply(outdir, decisions, dry_run)

    return command


apply = _command("apply", "apply")
glossary_apply = _command("glossary apply", "apply")
