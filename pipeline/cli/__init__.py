"""The ``newsmt`` command line: a thin click layer over the library.

Each command lives in its own module; they all share :class:`NewsmtGroup`, which
turns a :class:`~pipeline.errors.NewsmtError` into one ``newsmt: error: …`` line on
stderr and the error's exit code (0 ok, 1 findings or failures, 2 usage error).
"""

from __future__ import annotations

import click

from pipeline import __version__
from pipeline.cli.apply import apply
from pipeline.cli.base import NewsmtGroup
from pipeline.cli.check import check
from pipeline.cli.detect import detect
from pipeline.cli.glossary import glossary
from pipeline.cli.import_cmd import import_command
from pipeline.cli.models import models
from pipeline.cli.regress import regress
from pipeline.cli.review import review
from pipeline.cli.split import split
from pipeline.cli.translate import translate


@click.group(cls=NewsmtGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmt")
def main() -> None:
    """Offline uk/en/ru news translation with an enforced named-entity glossary.

    \b
    Example:
      newsmt translate samples/ --to uk,ru --out out/
    """


for command in (
    split, detect, translate, models, glossary, check, review, apply, import_command, regress
):
    main.add_command(command)
