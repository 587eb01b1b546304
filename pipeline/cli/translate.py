"""`newsmt translate` (placeholder until its issue lands)."""

import click


@click.command()
def translate() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
