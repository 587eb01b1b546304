"""What the format readers share: inline text building, captions, article ids."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from pipeline.model import Article, Markup

CAPTION = re.compile(r"^\s*(?:photo|фото|picture|illustration|ілюстрація|иллюстрация)\s*:", re.I)
KEEP_EMPTY = frozenset({"a", "img", "br", "raw"})


def is_caption(text: str) -> bool:
    """A ``Photo: …`` / ``Фото: …`` line."""
    return bool(CAPTION.match(text))


def article_id(name: str) -> str:
    """The id of a file's article: its stem (``stdin`` for ``-``)."""
    stem = PurePath(name).stem
    return "stdin" if name in ("-", "<stdin>") or not stem else stem


class TextBuilder:
    """Accumulate a paragraph's plain text and its inline :class:`Markup` spans.

    With ``collapse`` (HTML), runs of whitespace become one space and the paragraph
    is stripped, as a browser renders it; spans are kept in step.
    """

    def __init__(self, collapse: bool = False) -> None:
        self.collapse = collapse
        self.text = ""
        self.markup: list[Markup] = []
        self._open: list[tuple[str, dict[str, str], int]] = []

    def add(self, chunk: str) -> None:
        if self.collapse:
            chunk = re.sub(r"\s+", " ", chunk)
            if not self.text or self.text[-1] in " \n":
                chunk = chunk.lstrip(" ")
        self.text += chunk

    def open(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        self._open.append((tag, dict(attrs or {}), len(self.text)))

    def close(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                name, attrs, start = self._open.pop(i)
                if len(self.text) > start or name in KEEP_EMPTY:
                    self.markup.append(Markup(start, len(self.text), name, attrs))
                return

    def void(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        """A zero-width element (an image)."""
        pos = len(self.text)
        self.markup.append(Markup(pos, pos, tag, dict(attrs or {})))

    def line_break(self, attrs: dict[str, str] | None = None) -> None:
        """A hard line break: ``\\n`` in the text, covered by a ``br`` span."""
        if self.collapse:
            self.text = self.text.rstrip(" ")
        pos = len(self.text)
        self.text += "\n"
        self.markup.append(Markup(pos, pos + 1, "br", dict(attrs or {})))

    def finish(self) -> tuple[str, list[Markup]]:
        """The stripped text and its spans, clamped to it, in document order."""
        while self._open:
            self.close(self._open[-1][0])
        lead = len(self.text) - len(self.text.lstrip())
        text = self.text.strip()
        spans: list[Markup] = []
        for span in self.markup:
            start = min(max(span.start - lead, 0), len(text))
            end = min(max(span.end - lead, 0), len(text))
            if span.tag == "br" and end <= start:
                continue
            if end > start or span.tag in KEEP_EMPTY:
                spans.append(Markup(start, end, span.tag, span.attrs))
        spans.sort(key=lambda m: (m.start, -m.end))
        return text, spans


def clean_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values so records stay small."""
    return {k: v for k, v in attrs.items() if v not in (None, "", {}, [], False)}


def unique_ids(articles: Iterable[Article]) -> None:
    """Give the second and later articles of an id ``id~2``, ``id~3`` … (two CMS objects of
    one id, two stories of one name in different folders), so that hits, decisions and
    ``glossary apply`` tell them apart.  The renaming is the same for the same articles in
    the same order."""
    items = list(articles)
    taken = {a.id for a in items}
    seen: set[str] = set()
    for article in items:
        if article.id in seen:
            n = 2
            while f"{article.id}~{n}" in taken:
                n += 1
            article.id = f"{article.id}~{n}"
            taken.add(article.id)
        seen.add(article.id)
