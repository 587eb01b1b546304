"""The ``newsmt`` command line: a thin click layer over the library.

Each command lives in its own module, imported only when that command runs (so a
``translate`` does not pay for the review, import and model commands); they all share
:class:`NewsmtGroup`, which turns a :class:`~pipeline.errors.NewsmtError` into one
``newsmt: error: …`` line on stderr and the error's exit code (0 ok, 1 findings or
failures, 2 usage error).
"""

from __future__ import annotations

import importlib

import click

from pipeline import __version__
from pipeline.cli.base import NewsmtGroup

COMMANDS = {
    "split": "split:split",
    "detect": "detect:detect",
    "translate": "translate:translate",
    "models": "models:models",
    "glossary": "glossary:glossary",
    "check": "check:check",
    "review": "review:review",
    "apply": "apply:apply",
    "import": "import_cmd:import_command",
    "regress": "regress:regress",
}
"""Each command's name and where it is: ``module:attribute`` in :mod:`pipeline.cli`."""


class _Commands(NewsmtGroup):
    """:class:`NewsmtGroup` whose commands are imported when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = COMMANDS.get(cmd_name)
        if where is None:
            return None
        module, name = where.split(":")
        command: click.Command = getattr(importlib.import_module(f"pipeline.cli.{module}"), name)
        return command


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmt")
def main() -> None:
    """Offline uk/en/ru news translation with an enforced named-entity glossary.

    \b
    Example:
      newsmt translate samples/ --to uk,ru --out out/
    """
