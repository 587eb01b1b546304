"""`newsmt regress` (placeholder until its issue lands)."""

import click


@click.command()
def regress() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
