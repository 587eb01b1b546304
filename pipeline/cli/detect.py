"""`newsmt detect`: which of en / uk / ru each article, paragraph or line is in."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from pipeline.cli.base import format_option
from pipeline.errors import InputError

STDIN = "-"


def _sources(paths: tuple[str, ...]) -> Iterator[tuple[str, Path | None] | InputError]:
    """``(name, path)`` for each input (``path`` is ``None`` for stdin), or the error."""
    from pipeline.readers import input_files

    for raw in paths or (STDIN,):
        if raw == STDIN:
            yield STDIN, None
            continue
        try:
            found = input_files([raw])
        except InputError as exc:
            yield exc
            continue
        for path in found:
            yield str(path), path


def _stdin_text() -> str:
    from pipeline.readers import decode

    return decode(sys.stdin.buffer.read(), STDIN)[0]


def _lines(name: str, path: Path | None) -> list[dict[str, Any]]:
    from pipeline.detect import detect
    from pipeline.readers import decode
    from pipeline.readers.text import story_lines

    text = _stdin_text() if path is None else decode(path.read_bytes(), name)[0]
    story = dict(story_lines(text))
    rows = []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            # A leading language switcher line (ua en ru) holds no text: und, as the
            # other commands skip it.
            found = detect(line if number in story else "")
            rows.append({"path": name, "line": number, **_fields(found)})
    return rows


def _articles(name: str, path: Path | None, per: str) -> list[dict[str, Any]]:
    from pipeline.detect import UND, Detection, detect, detect_article
    from pipeline.readers import guess_format, read_file, read_text

    if path is None:
        text = _stdin_text()
        articles = read_text(text, guess_format(text), STDIN)
    else:
        articles = read_file(path)
    rows = []
    for article in articles:
        overall = detect_article(article)
        where = _where(name, article.id)
        if per == "article":
            row = {"path": name, "id": article.id, **_fields(overall)}
            row["mixed_languages"] = article.mixed_languages
            row["encoding"] = article.encoding
            rows.append(row)
            continue
        for number, para in enumerate(article.paragraphs, 1):
            found = detect(para.text)
            if found.lang not in (para.lang, UND):  # a doubtful one took the article's language
                found = Detection(
                    para.lang or UND,
                    found.runner_up_confidence,
                    found.lang,
                    found.confidence,
                    "article",
                )
            rows.append(
                {
                    "path": name,
                    "id": article.id,
                    "where": where,
                    "paragraph": number,
                    "kind": para.kind.value,
                    **_fields(found),
                    "text": para.text,
                }
            )
    return rows


def _where(path: str, article_id: str) -> str:
    """The path, with the CMS object's id for a file holding several (story.json#48213)."""
    return f"{path}#{article_id.split('#', 1)[1]}" if "#" in article_id else path


def _fields(found: Any) -> dict[str, Any]:
    return {
        "lang": found.lang,
        "confidence": found.confidence,
        "runner_up": found.runner_up,
        "runner_up_confidence": found.runner_up_confidence,
    }


def _text_line(row: dict[str, Any], per: str) -> str:
    if per == "line":
        return row["lang"]
    if per == "paragraph":
        snippet = row["text"].replace("\n", " ")
        snippet = snippet if len(snippet) <= 60 else snippet[:59] + "…"
        return f"{row['where']}:{row['paragraph']}\t{row['lang']}\t{snippet}"
    where = _where(row["path"], row["id"])
    mixed = "".join(f"\t+{code}" for code in row["mixed_languages"])
    return f"{where}\t{row['lang']}{mixed}"


def _json_line(row: dict[str, Any], per: str) -> str:
    data = {k: v for k, v in row.items() if k != "where"}
    if per == "paragraph":
        data.pop("text")
    return json.dumps(data, ensure_ascii=False)


@click.command()
@click.option(
    "--per",
    type=click.Choice(["article", "paragraph", "line"]),
    default="article",
    show_default=True,
    help="Detect per article, per paragraph, or per raw input line.",
)
@format_option(
    "text", "jsonl", help="text: one line per item; jsonl: adds confidence, runner-up and path."
)
@click.argument("paths", nargs=-1)
def detect(per: str, fmt: str, paths: tuple[str, ...]) -> None:
    """Tell whether articles, paragraphs or lines are in en, uk or ru.

    PATHS are files or folders (walked recursively); `-` or nothing reads stdin.
    With --per line, every non-blank input line gets one output line holding its
    code (en, uk, ru, or und for text without letters).  A file that cannot be read
    is reported on stderr and skipped; the exit code is then 1.  The JSON records
    `newsmt translate` writes are skipped with a note on stderr.

    \b
    Examples:
      newsmt detect stories/
      newsmt detect --per line --format jsonl headlines.txt
      cat story.txt | newsmt detect --per paragraph -
    """
    from pipeline.export.record import is_record_file

    failed = False
    for source in _sources(paths):
        try:
            if isinstance(source, InputError):
                raise source
            name, path = source
            if path is not None and path.suffix.lower() == ".json" and is_record_file(path):
                click.echo(f"newsmt: skipped {name}: a newsmt record, not a story", err=True)
                continue
            rows = _lines(name, path) if per == "line" else _articles(name, path, per)
        except InputError as exc:
            click.echo(f"newsmt: error: {exc}", err=True)
            failed = True
            continue
        for row in rows:
            click.echo(_text_line(row, per) if fmt == "text" else _json_line(row, per))
    if failed:
        click.get_current_context().exit(1)
