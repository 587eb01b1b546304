"""``newsmt glossary suggest``: named entities of articles that the glossary lacks."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from pipeline.cli.base import extra_glossaries, format_option
from pipeline.errors import InputError, UsageError
from pipeline.model import Article, normalize_lang

STDIN = "-"


def _read(raw: Path, forced: str | None) -> list[Article]:
    """The detected, segmented articles of one path (``-`` is stdin, a folder is walked)."""
    from pipeline.detect import detect_article
    from pipeline.readers import decode, guess_format, input_files, read_file, read_text
    from pipeline.segment import segment_article

    if str(raw) == STDIN:
        text = decode(sys.stdin.buffer.read(), STDIN)[0]
        found = read_text(text, guess_format(text), STDIN)
    else:
        found = [a for path in input_files([raw]) for a in read_file(path)]
    for article in found:
        detect_article(article, forced)
        segment_article(article)
    return found


def _articles(paths: tuple[Path, ...], forced: str | None) -> tuple[list[Article], bool]:
    """The articles of ``paths`` and whether a file failed (reported on stderr, skipped)."""
    from pipeline.readers import input_files

    files: list[Path] = []
    failed = False
    for raw in paths:
        try:
            files.extend([raw] if str(raw) == STDIN else input_files([raw]))
        except InputError as exc:
            click.echo(f"newsmt: error: {exc}", err=True)
            failed = True
    if not files and not failed:
        raise UsageError(
            f"{', '.join(map(str, paths))}: no article files (.txt .md .html .json .jsonl) found"
        )
    articles: list[Article] = []
    for path in files:
        try:
            articles.extend(_read(path, forced))
        except InputError as exc:  # one bad file does not stop the others
            click.echo(f"newsmt: error: {exc}", err=True)
            failed = True
    return articles, failed


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option(
    "text", "tsv", "json", help="text to read, tsv glossary rows to complete, json objects."
)
@extra_glossaries
@click.option(
    "--min-count", type=click.IntRange(min=1), default=1, show_default=True,
    help="Only entities seen at least this many times.",
)  # fmt: skip
@click.option("--from", "src", help="Language of every article (en, uk, ru); default: detected.")
@click.option(
    "--all", "everything", is_flag=True,
    help="Also list, after the others and marked, the entities that no other language's "
    "edition of their story backs.",
)  # fmt: skip
def suggest(
    paths: tuple[Path, ...],
    fmt: str,
    extra: tuple[Path, ...],
    min_count: int,
    src: str | None,
    everything: bool,
) -> None:
    """List named entities of the articles that the glossary does not have yet.

    Entities are found per language (en: spaCy NER; ru: natasha; uk: capitalised
    words inside a sentence, lemmatised with pymorphy3), counted by normal form and
    shown with the first sentence they occur in.  Entities the glossary already
    matches (in any inflected form) are left out, and so are capitalised common
    words, lone generic words and titles ("Defence", "цей Порядок", "Городской
    голова").  When the batch holds a story in several languages (files whose names
    differ by a language suffix: story.en.txt, story.uk.txt), an entity is listed only
    if two languages spell it alike; --all lists the rest too, marked "?" (text) or
    "unconfirmed" (tsv note).  --format tsv prints glossary rows with the found language filled in:
    complete the other languages and paste them into a file under glossaries/.
    PATHS are files or folders, or `-` for stdin; a file that cannot be read is
    reported and skipped (exit 1).

    \b
    Example:
      newsmt glossary suggest samples/articles/ --format tsv > new.tsv
      cat story.txt | newsmt glossary suggest -
    """
    from pipeline.glossary import Glossary, default_glossary_paths
    from pipeline.glossary.suggest import suggest as find_suggestions
    from pipeline.glossary.suggest import to_text, to_tsv

    forced = normalize_lang(src) if src else None
    articles, failed = _articles(paths, forced)
    if not articles:
        raise SystemExit(1)
    glossary = Glossary.load([*default_glossary_paths(), *extra])
    found = find_suggestions(articles, glossary, min_count=min_count, unconfirmed=everything)
    if fmt == "tsv":
        click.echo(to_tsv(found), nl=False)
    elif fmt == "json":
        click.echo(json.dumps([asdict(s) for s in found], ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(found), nl=False)
    if failed:
        raise SystemExit(1)
