"""`newsmt check` (placeholder until its issue lands)."""

import click


@click.command()
def check() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
