"""Plain-text articles: the first non-blank line is the headline, every other line a paragraph.

A first line of language codes (``ua en ru``, a site's language switcher) is no text and is
skipped, by every command (:func:`story_lines`).  A caption glued to the end of a line
(``… Kim Jong-un Photo: Prime Minister …``) is a paragraph of its own, written back on that
line (``attrs["same_line"]``).  A short line between two paragraphs, with a paragraph
ending in a full stop before it and without final punctuation, is a subheading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.model import Article, Kind, Paragraph
from pipeline.readers.base import article_id, is_caption

# A line of language codes pasted from a news site's switcher: "ua en ru", "UA | EN | RU".
_SWITCHER = re.compile(
    r"^\s*(?:(?:ua|uk|ukr|укр|en|eng|ru|rus|рус)\s*[|/·•,]?\s*){2,3}$", re.IGNORECASE
)


# A caption marker after some text on the same line.
_GLUED_CAPTION = re.compile(
    r"(?<=\S)\s+(?=(?:Photo|Фото|Picture|Illustration|Ілюстрація|Иллюстрация)\s*:\s*\S)"
)
_SUBHEADING_WORDS = 12
_FINAL_PUNCTUATION = '.!?…:;,—–-»"”’)'


def is_language_switcher(line: str) -> bool:
    """Whether ``line`` is only a language switcher like ``ua en ru``."""
    return bool(_SWITCHER.match(line))


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (split at ``\n``), one at a time: no list of them all."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def iter_story_lines(text: str | Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of ``text`` (or of its lines, :func:`iter_lines`) without a
    leading language switcher line: the one rule ``translate``, ``split`` and ``detect``
    read plain text by.  Lazy."""
    seen_text = False
    lines = iter_lines(text) if isinstance(text, str) else text
    for number, line in enumerate(lines, 1):
        if not seen_text and line.strip():
            seen_text = True
            if is_language_switcher(line.strip()):
                continue
        yield number, line


def story_lines(text: str) -> list[tuple[int, str]]:
    """:func:`iter_story_lines` as a list."""
    return list(iter_story_lines(text))


def _subheading(para: Paragraph, before: Paragraph | None, blank_after: bool) -> bool:
    """A short line without final punctuation, set apart by blank lines (``para`` is one
    after a blank line), after a paragraph that ends a sentence (and before more text)."""
    return (
        para.kind is Kind.BODY
        and blank_after
        and before is not None
        and before.kind is Kind.BODY
        and before.text.rstrip('»"”’)')[-1:] in ".!?…"
        and para.text[:1].isupper()
        and para.text[-1] not in _FINAL_PUNCTUATION
        and len(para.text.split()) <= _SUBHEADING_WORDS
    )


def read(text: str | Iterable[str], name: str) -> list[Article]:
    """One article: headline, body paragraphs, subheadings and ``Photo:`` captions, from the
    text or its lines (:func:`iter_lines`, or a file's read a piece at a time)."""
    article = Article(id=article_id(name), source_path=name, format="txt")
    paragraphs = article.paragraphs
    blank = False
    # The index of a possible subheading (a line after a blank one), told by the line after it.
    pending: int | None = None
    for _, line in iter_story_lines(text):
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if pending is not None:
            before = paragraphs[pending - 1] if pending else None
            if _subheading(paragraphs[pending], before, blank):
                paragraphs[pending].kind = Kind.HEADING
            pending = None
        first = not paragraphs
        attrs = {"blank_before": True} if blank and not first else {}
        parts = _GLUED_CAPTION.split(stripped, maxsplit=1)
        for n, part in enumerate(parts):
            if first and n == 0:
                kind = Kind.HEADLINE
            elif is_caption(part):
                kind = Kind.CAPTION
            else:
                kind = Kind.BODY
            paragraphs.append(Paragraph(text=part, kind=kind, attrs=dict(attrs) or None))
            attrs = {"same_line": True}
        if len(parts) == 1 and not first and blank:
            pending = len(paragraphs) - 1
        blank = False
    return [article]
