"""Shared click plumbing: one-line errors and exit codes."""

from __future__ import annotations

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
