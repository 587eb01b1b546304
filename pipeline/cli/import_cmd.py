"""`newsmt import`: bring a translator's post-edited XLIFF back into the story."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.review.cat_import import import_files


@click.command("import")
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
def import_command(outdir: Path, files: tuple[Path, ...], dry_run: bool) -> None:
    """Import post-edited XLIFF (2.x or 1.2) into the records and outputs of OUTDIR.

    Every unit is checked against the records first (its id, source text and languages);
    a stale or foreign file is refused with the reason and nothing is written.  An edited
    target replaces the machine's sentence (inline markup as the editor placed it), the
    translation becomes post-edited, the edited sentences are checked again, and the
    same-format outputs, XLIFF/TMX exports and records are rewritten.  Importing the same
    file twice changes nothing.

    \b
    Examples:
      newsmt import out/ edited/story.uk.xlf --dry-run
      newsmt import out/ edited/*.xlf
    """
    result = import_files(outdir, list(files), dry_run=dry_run)
    for change in result.changes:
        click.echo(str(change))
    counts = f"{len(result.changes)} edited sentence(s), {result.unchanged} unchanged"
    if dry_run:
        click.echo(f"dry run: would import {counts}; would rewrite {len(result.records)} record(s)")
    else:
        click.echo(f"imported {counts}; rewrote {len(result.written)} file(s)")
    for path in result.records if dry_run else result.written:
        click.echo(f"  {path}")
