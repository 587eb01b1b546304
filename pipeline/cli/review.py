"""`newsmt review` (placeholder until its issue lands)."""

import click


@click.command()
def review() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
