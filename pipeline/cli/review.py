"""`newsmt review`: the editor's review page for a translated batch."""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from pipeline.glossary.suggest_cache import CACHE_FILE
from pipeline.model import Article
from pipeline.review.page import Suggester, glossary_suggestions, no_suggestions, write_page
from pipeline.review.server import ReviewServer


def _announcing(outdir: Path) -> Suggester:
    """:func:`glossary_suggestions` with the batch's cache (``OUTDIR/suggestions.sqlite3``:
    only new or changed stories are analysed), saying on stderr first that it starts."""

    def suggest(articles: Iterable[Article], glossary_paths: list[Path] | None) -> list[Any]:
        click.echo(
            f"review: reading the records of {outdir}; computing glossary suggestions "
            "(loading the entity models takes a few seconds)…",
            err=True,
        )
        return glossary_suggestions(articles, glossary_paths, outdir / CACHE_FILE)

    return suggest


@click.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--serve", is_flag=True, help="Serve the page on 127.0.0.1 to record decisions.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port for --serve (0 picks a free one).",
)
@click.option(
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Suggest against this glossary (file or folder; repeatable) instead of the one "
    "the batch was translated with.",
)
@click.option(
    "--page-first",
    is_flag=True,
    help="Write the pages without computing glossary suggestions (the slow part of a first "
    "review); the pages say so and give the command that computes them.",
)
def review(
    outdir: Path, serve: bool, port: int, glossaries: tuple[Path, ...], page_first: bool
) -> None:
    """Write OUTDIR/review.html from the JSON records of `newsmt translate --out OUTDIR`.

    Source and translations side by side, glossary hits and findings marked, with
    filters and counts, and the directions the batch skipped with the command that
    fixes each.  With --serve the page runs on 127.0.0.1, where an editor accepts or
    rejects hits (typing the right form if need be), rewrites translated sentences and
    accepts or rejects glossary suggestions, all saved to OUTDIR/decisions.json for
    `newsmt apply OUTDIR`.  Suggestions leave out what the glossary the batch was
    translated with (as its records name it) already has.

    \b
    Examples:
      newsmt review out/
      newsmt review out/ --serve --port 8765
      newsmt review out/ --glossary glossaries/
      newsmt review out/ --page-first
    """
    paths = _glossary_files(glossaries)
    later = _suggest_command(outdir, glossaries, serve) if page_first else None
    if not serve:
        page = write_page(
            outdir, _announcing(outdir), None, paths, suggestions_later=later, warn=_warn
        )
        click.echo(f"wrote {page}")
        return
    server = ReviewServer(outdir, port, no_suggestions if later else _announcing(outdir), paths)
    server.batch.suggestions_later = later
    click.echo(f"wrote {write_page(outdir, batch=server.batch, warn=_warn)}")
    click.echo(f"serving the review page at {server.url} (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()


def _warn(error: str) -> None:
    click.echo(f"newsmt: skipped: {error} (the review page says so)", err=True)


def _suggest_command(outdir: Path, glossaries: tuple[Path, ...], serve: bool) -> str:
    """The command that writes the pages of ``outdir`` with their suggestions."""
    words = ["newsmt", "review", str(outdir)]
    for glossary in glossaries:
        words.extend(["--glossary", str(glossary)])
    if serve:
        words.append("--serve")
    return shlex.join(words)


def _glossary_files(glossaries: tuple[Path, ...]) -> list[Path] | None:
    """The glossary files of ``--glossary`` (``None`` without the option)."""
    if not glossaries:
        return None
    from pipeline.glossary import glossary_files

    return list(glossary_files(glossaries))
