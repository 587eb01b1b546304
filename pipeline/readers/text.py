"""Plain-text articles: the first non-blank line is the headline, every other line a paragraph.

A first line of language codes (``ua en ru``, a site's language switcher) is no text and is
skipped, by every command (:func:`story_lines`).  A caption glued to the end of a line
(``… Kim Jong-un Photo: Prime Minister …``) is a paragraph of its own, written back on that
line (``attrs["same_line"]``).  A short line between two paragraphs, with a paragraph
ending in a full stop before it and without final punctuation, is a subheading.
"""

from __future__ import annotations

import re

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
_FINAL_PUNCTUATION = ".!?…:;,—–-»\"”’)"


def is_language_switcher(line: str) -> bool:
    """Whether ``line`` is only a language switcher like ``ua en ru``."""
    return bool(_SWITCHER.match(line))


def story_lines(text: str) -> list[tuple[int, str]]:
    """``(line number, line)`` of ``text`` without a leading language switcher line: the
    one rule ``translate``, ``split`` and ``detect`` read plain text by."""
    lines = list(enumerate(text.split("\n"), 1))
    first = next((i for i, (_, line) in enumerate(lines) if line.strip()), None)
    if first is not None and is_language_switcher(lines[first][1].strip()):
        del lines[first]
    return lines


def _subheading(para: Paragraph, before: Paragraph | None, blank_after: bool) -> bool:
    """A short line without final punctuation, set apart by blank lines, after a paragraph
    that ends a sentence (and before more text)."""
    return (
        para.kind is Kind.BODY
        and bool(para.attrs.get("blank_before"))
        and blank_after
        and before is not None
        and before.kind is Kind.BODY
        and before.text.rstrip("»\"”’)")[-1:] in ".!?…"
        and para.text[:1].isupper()
        and para.text[-1] not in _FINAL_PUNCTUATION
        and len(para.text.split()) <= _SUBHEADING_WORDS
    )


def read(text: str, name: str) -> list[Article]:
    """One article: headline, body paragraphs, subheadings and ``Photo:`` captions."""
    article = Article(id=article_id(name), source_path=name, format="txt")
    paragraphs = article.paragraphs
    blank = False
    pending: Paragraph | None = None  # a possible subheading, told by the line after it
    for _, line in story_lines(text):
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if pending is not None:
            index = paragraphs.index(pending)
            if _subheading(pending, paragraphs[index - 1] if index else None, blank):
                pending.kind = Kind.HEADING
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
            paragraphs.append(Paragraph(text=part, kind=kind, attrs=dict(attrs)))
            attrs = {"same_line": True}
        if len(parts) == 1 and not first:
            pending = paragraphs[-1]
        blank = False
    return [article]
