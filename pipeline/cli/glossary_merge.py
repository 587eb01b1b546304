"""`newsmt glossary merge` (placeholder until its issue lands)."""

import click


@click.command()
def merge() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
