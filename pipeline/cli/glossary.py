"""`newsmt glossary` (placeholder until its issue lands)."""

import click

from pipeline.cli.base import NewsmtGroup


@click.group(cls=NewsmtGroup)
def glossary() -> None:
    """Not implemented yet."""
