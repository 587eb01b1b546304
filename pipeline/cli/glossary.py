"""`newsmt glossary` (placeholder until its issue lands)."""

import click

from pipeline.cli.base import NewsmtGroup
from pipeline.cli.glossary_merge import merge
from pipeline.cli.glossary_suggest import suggest


@click.group(cls=NewsmtGroup)
def glossary() -> None:
    """Not implemented yet."""


glossary.add_command(suggest)
glossary.add_command(merge)
