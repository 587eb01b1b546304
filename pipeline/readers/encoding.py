"""Bytes → text: UTF-8 (with or without BOM), UTF-16/32 (BOM), and legacy Cyrillic.

Legacy files are decoded by charset-normalizer restricted to the code pages a uk/en/ru
newsroom meets (cp1251, koi8-r, koi8-u, cp1252), so Cyrillic is never taken for, say,
Greek or Mac Roman.  On short texts the code pages can tie; the decoding with fewer
anomalies (capitals inside lowercase words — koi8 read as cp1251 and vice versa — and
words mixing Latin and Cyrillic letters) wins.  Binary, empty and undecodable input
raises a one-line :class:`~pipeline.errors.InputError`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from pipeline.errors import InputError

LEGACY = ("cp1251", "koi8_r", "koi8_u", "cp1252")
_NAMES = {"cp1251": "cp1251", "koi8_r": "koi8-r", "koi8_u": "koi8-u", "cp1252": "cp1252"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office document"),
    (b"RIFF", "a RIFF media file"),
)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_PIECE = 1 << 20  # bytes of a file looked at a time (even: UTF-16 pairs stay whole)
_WHAT_TO_DO = "give newsmt .txt, .md, .html or .json text"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _anomalies(text: str) -> int:
    """Capitals right after a lowercase letter, and Latin/Cyrillic switches inside a word."""
    count = 0
    for a, b in pairwise(text):
        if a.isalpha() and b.isalpha():
            count += (a.islower() and b.isupper()) + (_is_cyrillic(a) != _is_cyrillic(b))
    return count


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192]:
        return "binary data (it contains NUL bytes)"
    return None


def _legacy(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only a legacy file needs it

    matches = from_bytes(data, cp_isolation=list(LEGACY))
    ranked = [m.encoding for m in matches if m.encoding in LEGACY]
    if not ranked:
        raise InputError(
            f"{name}: cannot decode the text (not UTF-8, UTF-16, cp1251 or koi8-r) "
            "— save it as UTF-8 and try again"
        )
    decoded: dict[str, str] = {}
    for enc in dict.fromkeys([*ranked, *LEGACY]):
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    order = {enc: i for i, enc in enumerate(dict.fromkeys([*ranked, *LEGACY]))}
    best = min(decoded, key=lambda enc: (_anomalies(decoded[enc]), order[enc]))
    if best == "koi8_u" and decoded.get("koi8_r") == decoded[best]:
        best = "koi8_r"
    return decoded[best], _NAMES[best]


_UTF16_SHARE = 0.6
"""Of a UTF-16 text's byte pairs, the share at least whose one byte is 0x00 or 0x04."""


def _bom_less_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte order mark (Windows tools write it): the text and codec
    when one byte of most pairs is zero or a Cyrillic row byte (0x04) and the decoding is
    all printable text; None otherwise."""
    if len(data) < 2 or len(data) % 2:
        return None
    for codec, first in (("utf-16-le", 1), ("utf-16-be", 0)):
        if _zero_or_cyrillic(data, first) < _UTF16_SHARE * (len(data) // 2):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\t\n\r\f\v" for ch in text):
            return text, codec
    return None


def _zero_or_cyrillic(data: bytes, first: int) -> int:
    """How many of the bytes ``data[first::2]`` are 0x00 or 0x04, counted a piece at a
    time (no copy of half a big file)."""
    count = 0
    for at in range(0, len(data), _PIECE):
        high = data[at + first : at + _PIECE : 2]
        count += high.count(0) + high.count(4)
    return count


def _utf8_mostly(data: bytes) -> bool:
    """Whether most non-ASCII bytes form valid UTF-8 sequences (UTF-8 with a bad byte, not
    a legacy code page)."""
    high = sum(b >= 0x80 for b in data)
    valid = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return high > 0 and valid >= 0.5 * high


def utf8_error(data: bytes, exc: UnicodeDecodeError, name: str) -> str:
    """``name:line:column: bad UTF-8 byte 0x.. (byte N) …`` for a decoding error (a file of
    another encoding is told to be saved as UTF-8)."""
    start = exc.start
    line = data.count(b"\n", 0, start) + 1
    line_start = data.rfind(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", "replace")) + 1
    advice = (
        "fix that character or save the file as UTF-8 again"
        if _utf8_mostly(data)
        else "the file is not UTF-8 text: save it as UTF-8"
    )
    return f"{name}:{line}:{column}: bad UTF-8 byte 0x{data[start]:02x} (byte {start}); {advice}"


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a file's bytes: ``(text with \\n line ends, encoding name)``.

    Raises :class:`InputError` for empty, binary or undecodable input, and for UTF-8 with
    a bad byte (naming its line, column and offset).
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    utf16 = None if encoding else _bom_less_utf16(data)
    if utf16 is not None:
        text, encoding = utf16
    elif encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8-sig":
                raise InputError(utf8_error(data, exc, name)) from None
            raise InputError(
                f"{name}: broken {encoding} text at byte {exc.start} — re-export it as UTF-8"
            ) from None
        text = text.removeprefix("\ufeff")
    else:
        kind = _binary_kind(data)
        if kind:
            raise InputError(f"{name}: this is {kind}, not text — {_WHAT_TO_DO}")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if _utf8_mostly(data):
                raise InputError(utf8_error(data, exc, name)) from None
            text, encoding = _legacy(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():  # (no stripped copy of a big text)
        raise InputError(f"{name}: the file is empty — nothing to translate; check the export")
    return text, encoding


class NotStreamable(Exception):
    """A file :func:`utf8_lines` leaves to :func:`decode`, which reads it whole."""


_STREAM_PIECE = 1 << 20  # bytes read and decoded at a time by utf8_lines


def utf8_lines(path: str | Path) -> tuple[str, Iterator[str]]:
    """``(encoding, lines)`` of a UTF-8 file (with or without BOM), read and decoded a piece
    at a time: the lines :func:`decode` and then ``iter_lines`` would give (``\\r\\n`` and
    ``\\r`` as line ends, split at ``\\n``, the last line after the final ``\\n`` too), but
    neither the file's bytes nor its text are ever held whole.

    Raises :class:`NotStreamable` — at once or while the lines are read — for every file
    :func:`decode` would take otherwise or refuse: a UTF-16/32 byte order mark, binary
    data, a byte that is not UTF-8, bytes that may be UTF-16 without a BOM, or no text.
    The caller then reads the file whole (and gets :func:`decode`'s answer or error).
    :class:`OSError` for a file that cannot be read.
    """
    with Path(path).open("rb") as handle:
        head = handle.read(8192)  # what _binary_kind looks at
    bom = head.startswith(codecs.BOM_UTF8)
    if _binary_kind(head) or (not bom and any(head.startswith(b) for b, _ in _BOMS)):
        raise NotStreamable
    return ("utf-8-sig" if bom else "utf-8"), _lines(Path(path), bom)


def _lines(path: Path, bom: bool) -> Iterator[str]:
    """The lines of :func:`utf8_lines`."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts: list[str] = []  # the pieces of a line not ended yet
    size = zero_or_cyrillic = 0
    boms = 2 if bom else 0  # BOMs still to remove from the start of the text
    text = cr = False
    with path.open("rb") as handle:
        data = handle.read(_STREAM_PIECE)
        while True:
            size += len(data)
            zero_or_cyrillic += data.count(0) + data.count(4)
            try:
                piece = decoder.decode(data, final=not data)
            except UnicodeDecodeError:
                raise NotStreamable from None
            while boms and piece:  # decode: utf-8-sig's BOM, then one more removed
                boms = boms - 1 if piece[0] == "\ufeff" else 0
                piece = piece.removeprefix("\ufeff")
            if cr:
                piece = "\r" + piece
            cr = piece.endswith("\r") and bool(data)  # may be the start of a \r\n
            if cr:
                piece = piece[:-1]
            piece = piece.replace("\r\n", "\n").replace("\r", "\n")
            text = text or not (piece == "" or piece.isspace())
            start = 0
            while (end := piece.find("\n", start)) >= 0:
                parts.append(piece[start:end])
                yield parts[0] if len(parts) == 1 else "".join(parts)
                parts.clear()
                start = end + 1
            if start < len(piece):
                parts.append(piece[start:])
            if not data:
                break
            data = handle.read(_STREAM_PIECE)
    # What decode() would not have taken as UTF-8 text: told at the end, when known.
    utf16 = not bom and size % 2 == 0 and zero_or_cyrillic >= _UTF16_SHARE * (size // 2)
    if not text or utf16:
        raise NotStreamable
    yield "".join(parts)
