"""`newsmt glossary merge`: add accepted review suggestions to a glossary file."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.glossary.merge import merge_decisions


@click.command()
@click.argument("decisions", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--into",
    "target",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The glossary TSV file to add the accepted entries to.",
)
def merge(decisions: Path, target: Path) -> None:
    """Add the suggestions accepted in `newsmt review --serve` to a glossary TSV.

    Refuses (and writes nothing) if an entry's id or a form is already in the
    glossary folder or the merged file fails `newsmt glossary lint`; keeps the old
    file as FILE.tsv.bak.

    \b
    Example:
      newsmt glossary merge out/decisions.json --into glossaries/places.tsv
    """
    result = merge_decisions(decisions, target)
    if result.added:
        click.echo(f"added {len(result.added)} entries to {target}: {', '.join(result.added)}")
        if result.backup is not None:
            click.echo(f"previous version kept as {result.backup}")
    else:
        click.echo(f"nothing to add to {target}")
    if result.present:
        click.echo(f"already present: {', '.join(result.present)}")
    if result.rejected:
        click.echo(f"rejected, not added: {', '.join(result.rejected)}")
