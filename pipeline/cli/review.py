"""`newsmt review`: the editor's review page for a translated batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pipeline.glossary.suggest_cache import CACHE_FILE
from pipeline.model import Article
from pipeline.review.page import Suggester, glossary_suggestions, write_page
from pipeline.review.server import ReviewServer


def _announcing(outdir: Path) -> Suggester:
    """:func:`glossary_suggestions` with the batch's cache (``OUTDIR/suggestions.sqlite3``:
    only new or changed stories are analysed), saying on stderr first that it starts."""

    def suggest(articles: list[Article]) -> list[Any]:
        click.echo(
            f"review: read {len(articles)} article(s) from {outdir}; computing glossary "
            "suggestions for the stories not seen before (loading the entity models takes "
            "a few seconds)…",
            err=True,
        )
        return glossary_suggestions(articles, outdir / CACHE_FILE)

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
def review(outdir: Path, serve: bool, port: int) -> None:
    """Write OUTDIR/review.html from the JSON records of `newsmt translate --out OUTDIR`.

    Source and translations side by side, glossary hits and findings marked, with
    filters and counts.  With --serve the page runs on 127.0.0.1, where an editor
    accepts or rejects hits and glossary suggestions (saved to OUTDIR/decisions.json).

    \b
    Examples:
      newsmt review out/
      newsmt review out/ --serve --port 8765
    """
    if not serve:
        click.echo(f"wrote {write_page(outdir, _announcing(outdir))}")
        return
    server = ReviewServer(outdir, port, _announcing(outdir))
    click.echo(f"wrote {write_page(outdir, batch=server.batch)}")
    click.echo(f"serving the review page at {server.url} (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
