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
from itertools import pairwise

from charset_normalizer import from_bytes

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


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a file's bytes: ``(text with \\n line ends, encoding name)``.

    Raises :class:`InputError` for empty, binary or undecodable input.
    """
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding = enc
            break
    if encoding is None:
        kind = _binary_kind(data)
        if kind:
            raise InputError(f"{name}: this is {kind}, not text — {_WHAT_TO_DO}")
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: broken {encoding} text at byte {exc.start} — re-export it as UTF-8"
            ) from None
        text = text.removeprefix("\ufeff")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _legacy(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file is empty — nothing to translate; check the export")
    return text, encoding
