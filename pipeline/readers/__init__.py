"""Readers: files (or stdin) in, :class:`~pipeline.model.Article` objects out.

Formats by extension: ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``, ``.json``,
``.jsonl``.  Bytes are decoded by :func:`decode` (UTF-8 ± BOM, UTF-16/32 with BOM,
cp1251 / koi8-r / koi8-u / cp1252 detected); the encoding is kept in
``article.encoding``.  Every problem is an :class:`~pipeline.errors.InputError` with a
one-line message naming the file.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import InputError
from pipeline.fsutil import not_a_file
from pipeline.model import Article
from pipeline.readers import text
from pipeline.readers.encoding import NotStreamable, decode, utf8_lines

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "decode",
    "format_of",
    "guess_format",
    "input_files",
    "read_bytes",
    "read_file",
    "read_text",
]

FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}


MAX_INPUT_BYTES = 100_000_000
"""The largest file (or stdin) newsmt reads: a story is held whole in memory (its record,
its translated file) and its format parsed whole, so a bigger one is refused up front."""


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path`` (``-``: stdin); :class:`InputError` for a file that cannot be
    read or is over :data:`MAX_INPUT_BYTES` (checked before reading it)."""
    limit = MAX_INPUT_BYTES
    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(limit + 1)
            _refuse_over_limit(path, len(data))
            return data
        _refuse_over_limit(path, os.stat(path).st_size)
        return Path(path).read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: str | Path, exc: OSError) -> InputError:
    name = "<stdin>" if str(path) == "-" else str(path)
    return InputError(f"{name}: cannot read it ({exc.strerror}) — check the path")


def _refuse_over_limit(path: str | Path, size: int) -> None:
    """:class:`InputError` for ``size`` bytes over :data:`MAX_INPUT_BYTES`."""
    limit = MAX_INPUT_BYTES
    if size > limit:
        most = f"{limit / 1e6:,.0f} MB"
        stdin = str(path) == "-"
        what = f"more than {most}" if stdin else f"{size / 1e6:,.1f} MB"
        raise InputError(
            f"{'<stdin>' if stdin else path}: {what} — newsmt reads at most {most} from one "
            "file (a story is held whole in memory); split it into smaller files at "
            "paragraph breaks and give newsmt those"
        )


def format_of(path: str | Path) -> str:
    """The format name of a path from its extension; :class:`InputError` if unsupported."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        supported = " ".join(sorted(FORMATS))
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r} — use {supported}")
    return FORMATS[suffix]


def guess_format(data: str) -> str:
    """The format of text without a file name (stdin): JSON, JSON lines, HTML, Markdown or text."""
    head = data.lstrip()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        lines = [line for line in head.split("\n") if line.strip()]
        one_per_line = len(lines) > 1 and all(
            line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines
        )
        return "jsonl" if one_per_line else "json"
    if head.startswith("<"):
        return "html"
    if head.startswith("#") or "\n#" in head or "](" in head:
        return "md"
    return "txt"


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: files as given, directories walked recursively in sorted order.

    Only supported extensions are taken from directories (hidden entries are skipped);
    a file named explicitly is taken as is.  A subfolder that cannot be listed is
    returned too, so that reading it reports it like an unreadable file
    (:func:`read_file`).  A missing path is an :class:`InputError`.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            walked: list[Path] = []

            def unreadable(exc: OSError, walked: list[Path] = walked) -> None:
                walked.append(Path(exc.filename))

            for folder, dirs, files in os.walk(path, onerror=unreadable):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                walked.extend(
                    Path(folder, name)
                    for name in files
                    if not name.startswith(".")
                    and Path(name).suffix.lower() in FORMATS
                    and Path(folder, name).is_file()  # no FIFO (a read would block)
                )
            found.extend(sorted(walked))
        elif path.exists():
            what = not_a_file(path)
            if what:
                raise InputError(f"{path}: {what}, not a regular file; give a text file")
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or directory — check the path")
    return found


def read_text(data: str, fmt: str, name: str) -> list[Article]:
    """The articles in already-decoded text of format ``fmt`` (``name`` is for ids and errors)."""
    # Each format's reader is imported when a file of it comes: a plain-text story needs
    # neither markdown-it nor lxml.
    if fmt == "txt":
        articles = text.read(data, name)
    elif fmt == "md":
        from pipeline.readers import markdown

        articles = markdown.read(data, name)
    elif fmt == "html":
        from pipeline.readers import html

        articles = html.read(data, name)
    elif fmt in ("json", "jsonl"):
        from pipeline.readers import cms

        articles = cms.read(data, name, fmt)
    else:
        raise InputError(f"{name}: unknown format {fmt!r} — use txt, md, html, json or jsonl")
    return _with_text(articles, name)


def _with_text(articles: list[Article], name: str) -> list[Article]:
    for article in articles:
        if not article.paragraphs:
            raise InputError(f"{name}: no text found — check the file")
    return articles


def read_file(path: str | Path, data: bytes | None = None) -> list[Article]:
    """The articles of one file (a CMS export may hold several).

    A UTF-8 ``.txt`` is read a line at a time (:func:`~pipeline.readers.encoding.utf8_lines`:
    its bytes and its text are never held whole, only its paragraphs); every other file is
    read and decoded whole.  Given ``data``, the file's bytes already read, it is not read
    again: they are decoded whole (the same articles)."""
    if data is None and Path(path).is_dir():
        try:
            os.scandir(path).close()
        except OSError as exc:
            raise InputError(
                f"{path}: cannot read this folder ({exc.strerror}) — check its permissions"
            ) from None
        raise InputError(f"{path}: a folder, not a file — give its files or the folder")
    fmt = format_of(path)
    streamed = data is None and fmt == "txt" and str(path) != "-"
    articles = _read_txt_lines(path) if streamed else None
    if articles is None:
        decoded, encoding = decode(read_bytes(path) if data is None else data, str(path))
        articles = read_text(decoded, fmt, str(path))
        for article in articles:
            article.encoding = encoding
    return articles


def _read_txt_lines(path: str | Path) -> list[Article] | None:
    """The article of a UTF-8 ``.txt`` read a line at a time; None for a file
    :func:`decode` must read whole (another encoding, a bad byte, no text) and for what is
    no regular file (a pipe cannot be read twice)."""
    try:
        status = os.stat(path)
        _refuse_over_limit(path, status.st_size)
        if not stat.S_ISREG(status.st_mode):  # a pipe is read once: whole
            return None
        encoding, lines = utf8_lines(path)
        articles = text.read(lines, str(path))
    except NotStreamable:
        return None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    for article in articles:
        article.encoding = encoding
    return _with_text(articles, str(path))
