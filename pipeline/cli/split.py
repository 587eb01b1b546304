"""`newsmt split`: sentence splitting of plain text, one paragraph per line, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import click

from pipeline.cli.base import format_option
from pipeline.detect import UND, detect
from pipeline.model import LANGS, Sentence, normalize_lang
from pipeline.readers import decode, read_bytes
from pipeline.readers.text import iter_story_lines
from pipeline.segment import split_sentences


def read_input(path: str) -> str:
    """The decoded text of ``path`` (``-`` is stdin); the encoding is detected.  Over
    :data:`~pipeline.readers.MAX_INPUT_BYTES` is an :class:`~pipeline.errors.InputError`."""
    return decode(read_bytes(path), "<stdin>" if path == "-" else path)[0]


def split_paragraphs(text: str, lang: str) -> Iterator[list[Sentence]]:
    """The sentences of each non-blank line, one line at a time (a leading language
    switcher line, ``ua en ru``, is no text: :func:`pipeline.readers.text.story_lines`);
    ``lang`` ``auto`` detects each line's language (a line without letters takes the
    text's, told from a sample of it)."""
    fallback = "en"
    if lang == "auto":
        found = detect(text).lang
        fallback = found if found in LANGS else "en"
    for _, line in iter_story_lines(text):
        if not line.strip():
            continue
        code = lang
        if lang == "auto":
            found = detect(line).lang
            code = found if found != UND else fallback
        yield split_sentences(line, code)


@click.command()
@click.option(
    "--lang",
    default="auto",
    show_default=True,
    help="Language of the text: auto (detected per line), en, uk (alias ua) or ru.",
)
@format_option(
    "text",
    "jsonl",
    help="text: one sentence per line, a blank line between paragraphs; "
    "jsonl: one object per sentence with paragraph, sentence, start, end, text.",
)
@click.argument("path", default="-", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
def split(lang: str, fmt: str, path: str) -> None:
    """Split PATH (or stdin, `-`) into sentences; every non-blank line is a paragraph.

    A line break always ends a sentence.  In jsonl output, paragraph and sentence are
    0-based indices and start/end are character offsets into the paragraph's line.
    Output is written (and flushed) paragraph by paragraph.

    \b
    Example:
      newsmt split --lang uk story.txt
      cat story.txt | newsmt split --format jsonl -
    """
    code = lang if lang == "auto" else normalize_lang(lang)
    for p, sentences in enumerate(split_paragraphs(read_input(path), code)):
        if fmt == "text":
            click.echo(("\n" if p else "") + "".join(s.text + "\n" for s in sentences), nl=False)
        else:
            click.echo(
                "".join(
                    json.dumps(
                        {
                            "paragraph": p,
                            "sentence": i,
                            "start": s.start,
                            "end": s.end,
                            "text": s.text,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                    for i, s in enumerate(sentences)
                ),
                nl=False,
            )
