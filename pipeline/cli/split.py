"""`newsmt split`: sentence splitting of plain text, one paragraph per line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.detect import UND, detect
from pipeline.model import LANGS, Sentence, normalize_lang
from pipeline.readers import decode
from pipeline.readers.text import story_lines
from pipeline.segment import split_sentences


def read_input(path: str) -> str:
    """The decoded text of ``path`` (``-`` is stdin); the encoding is detected."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")[0]
    return decode(Path(path).read_bytes(), path)[0]


def split_paragraphs(text: str, lang: str) -> list[list[Sentence]]:
    """The sentences of each non-blank line (a leading language switcher line, ``ua en ru``,
    is no text: :func:`pipeline.readers.text.story_lines`); ``lang`` ``auto`` detects each
    line's language."""
    fallback = "en"
    if lang == "auto":
        found = detect(text).lang
        fallback = found if found in LANGS else "en"
    result = []
    for _, line in story_lines(text):
        if not line.strip():
            continue
        code = lang
        if lang == "auto":
            found = detect(line).lang
            code = found if found != UND else fallback
        result.append(split_sentences(line, code))
    return result


@click.command()
@click.option(
    "--lang",
    default="auto",
    show_default=True,
    help="Language of the text: auto (detected per line), en, uk (alias ua) or ru.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: one sentence per line, a blank line between paragraphs; "
    "jsonl: one object per sentence with paragraph, sentence, start, end, text.",
)
@click.argument("path", default="-", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
def split(lang: str, fmt: str, path: str) -> None:
    """Split PATH (or stdin, `-`) into sentences; every non-blank line is a paragraph.

    A line break always ends a sentence.  In jsonl output, paragraph and sentence are
    0-based indices and start/end are character offsets into the paragraph's line.

    \b
    Example:
      newsmt split --lang uk story.txt
      cat story.txt | newsmt split --format jsonl -
    """
    code = lang if lang == "auto" else normalize_lang(lang)
    out = []
    for p, sentences in enumerate(split_paragraphs(read_input(path), code)):
        if fmt == "text":
            out.append("\n".join(s.text for s in sentences) + "\n")
        else:
            out.extend(
                json.dumps(
                    {"paragraph": p, "sentence": i, "start": s.start, "end": s.end, "text": s.text},
                    ensure_ascii=False,
                )
                + "\n"
                for i, s in enumerate(sentences)
            )
    click.echo(("\n" if fmt == "text" else "").join(out), nl=False)
