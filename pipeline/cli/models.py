"""`newsmt models` (placeholder until its issue lands)."""

import click

from pipeline.cli.base import NewsmtGroup


@click.group(cls=NewsmtGroup)
def models() -> None:
    """Not implemented yet."""
