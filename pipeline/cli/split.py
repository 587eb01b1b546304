"""`newsmt split`: sentence splitting of plain text, one paragraph per line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.detect import UND, detect
from pipeline.errors import InputError
from pipeline.model import LANGS, Sentence, normalize_lang
from pipeline.segment import split_sentences

try:
    from pipeline.readers import decode
except ImportError:  # the readers package has not landed yet: strict UTF-8

    def decode(data: bytes, name: str) -> tuple[str, str]:
        """Decode UTF-8 ``data`` or raise :class:`InputError` naming ``name``."""
        if b"\0" in data[:8192]:
            raise InputError(f"{name}: binary file, not text; give a .txt file")
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not UTF-8 text (byte {exc.start}); convert it to UTF-8"
            ) from exc


def read_input(path: str) -> tuple[str, str]:
    """The decoded text of ``path`` (``-`` is stdin) and the name to report it by."""
    name = "<stdin>" if path == "-" else path
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    if not data.strip():
        raise InputError(f"{name}: empty input; give a file with text in it")
    text, _encoding = decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty input; give a file with text in it")
    return text, name


def split_paragraphs(text: str, lang: str) -> list[tuple[str, list[Sentence]]]:
    """Each non-blank line as ``(line, sentences)``; ``lang`` ``auto`` detects per line."""
    fallback = "en"
    if lang == "auto":
        found = detect(text).lang
        fallback = found if found in LANGS else "en"
    result = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code = lang
        if lang == "auto":
            found = detect(line).lang
            code = found if found != UND else fallback
        result.append((line, split_sentences(line, code)))
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
    text, _name = read_input(path)
    out = []
    for p, (_line, sentences) in enumerate(split_paragraphs(text, code)):
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
