"""Shared click plumbing: one-line errors and exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pipeline.errors import NewsmtError
from pipeline.model import UnknownLanguageError


class NewsmtGroup(click.Group):
    """A click group that reports library errors as one line and a proper exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsmtError as exc:
            click.echo(f"newsmt: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except UnknownLanguageError as exc:
            click.echo(f"newsmt: error: {exc}", err=True)
            ctx.exit(2)


extra_glossaries = click.option(
    "--glossary",
    "extra",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Glossary file or folder, added to ./glossaries (repeatable).",
)
"""The ``--glossary PATH`` option of the commands that read glossaries besides ./glossaries."""
