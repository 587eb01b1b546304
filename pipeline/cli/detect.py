"""`newsmt detect` (placeholder until its issue lands)."""

import click


@click.command()
def detect() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
