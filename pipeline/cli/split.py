"""`newsmt split` (placeholder until its issue lands)."""

import click


@click.command()
def split() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
