"""`newsmt glossary suggest` (placeholder until its issue lands)."""

import click


@click.command()
def suggest() -> None:
    """Not implemented yet."""
    raise click.UsageError("not implemented yet")
