"""``newsmt glossary suggest``: named entities of articles that the glossary lacks."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from pipeline.errors import UsageError
from pipeline.model import Article, normalize_lang


def _articles(paths: tuple[Path, ...], forced: str | None) -> list[Article]:
    from pipeline.detect import detect_article
    from pipeline.readers import input_files, read_file
    from pipeline.segment import segment_article

    files = input_files(paths)
    if not files:
        raise UsageError(
            f"{', '.join(map(str, paths))}: no article files (.txt .md .html .json .jsonl) found"
        )
    articles = []
    for path in files:
        for article in read_file(path):
            detect_article(article, forced)
            segment_article(article)
            articles.append(article)
    return articles


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "tsv", "json"]), default="text",
    show_default=True, help="text to read, tsv glossary rows to complete, json objects.",
)  # fmt: skip
@click.option(
    "--glossary", "extra", multiple=True, type=click.Path(path_type=Path),
    help="Glossary file or folder, added to ./glossaries (repeatable).",
)  # fmt: skip
@click.option(
    "--min-count", type=click.IntRange(min=1), default=1, show_default=True,
    help="Only entities seen at least this many times.",
)  # fmt: skip
@click.option("--from", "src", help="Language of every article (en, uk, ru); default: detected.")
def suggest(
    paths: tuple[Path, ...], fmt: str, extra: tuple[Path, ...], min_count: int, src: str | None
) -> None:
    """List named entities of the articles that the glossary does not have yet.

    Entities are found per language (en: spaCy NER; ru: natasha; uk: capitalised
    words inside a sentence, lemmatised with pymorphy3), counted by normal form and
    shown with the first sentence they occur in.  Entities the glossary already
    matches (in any inflected form) are left out.  --format tsv prints glossary rows
    with the found language filled in: complete the other languages and paste them
    into a file under glossaries/.

    \b
    Example:
      newsmt glossary suggest samples/articles/ --format tsv > new.tsv
    """
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import suggest as find_suggestions
    from pipeline.glossary.suggest import to_text, to_tsv

    forced = normalize_lang(src) if src else None
    articles = _articles(paths, forced)
    glossary = Glossary.load([*default_glossary_paths(), *extra])
    found = find_suggestions(articles, glossary, min_count=min_count)
    if fmt == "tsv":
        click.echo(to_tsv(found), nl=False)
    elif fmt == "json":
        click.echo(json.dumps([asdict(s) for s in found], ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(found), nl=False)
