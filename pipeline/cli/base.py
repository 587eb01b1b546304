"""Shared click plumbing: one-line errors and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline.errors import NewsmtError, UsageError
from pipeline.model import UnknownLanguageError

FC = TypeVar("FC", bound=Callable[..., Any])


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


def _existing_glossaries(
    ctx: click.Context, param: click.Parameter, paths: tuple[Path, ...]
) -> tuple[Path, ...]:
    """``paths`` if they all exist, else a one-line :class:`UsageError` naming the first missing."""
    for path in paths:
        if not path.exists():
            raise UsageError(
                f"{path}: no such glossary file or folder; give --glossary an existing "
                "glossary .tsv file or a folder of them"
            )
    return paths


def glossary_option(
    name: str = "extra",
    help: str = "Glossary file or folder, added to ./glossaries or $NEWSMT_GLOSSARY (repeatable).",
) -> Callable[[FC], FC]:
    """A repeatable ``--glossary PATH`` option, passed as ``name``; a missing PATH: usage error."""
    return click.option(
        "--glossary",
        name,
        multiple=True,
        type=click.Path(path_type=Path),
        callback=_existing_glossaries,
        help=help,
    )


def format_option(*choices: str, help: str | None = None) -> Callable[[FC], FC]:
    """A ``--format`` option of ``choices``, the first the default, passed as ``fmt``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help=help,
    )


extra_glossaries = glossary_option()
"""The ``--glossary PATH`` option of the commands that read glossaries besides the default
ones (:func:`pipeline.glossary.default_glossary_paths`)."""
