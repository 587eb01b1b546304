"""Plain-text articles: the first non-blank line is the headline, every other line a paragraph."""

from __future__ import annotations

import re

from pipeline.model import Article, Kind, Paragraph
from pipeline.readers.base import article_id, is_caption

# A line of language codes pasted from a news site's switcher: "ua en ru", "UA | EN | RU".
_SWITCHER = re.compile(
    r"^\s*(?:(?:ua|uk|ukr|укр|en|eng|ru|rus|рус)\s*[|/·•,]?\s*){2,3}$", re.IGNORECASE
)


def is_language_switcher(line: str) -> bool:
    """Whether ``line`` is only a language switcher like ``ua en ru``."""
    return bool(_SWITCHER.match(line))


def read(text: str, name: str) -> list[Article]:
    """One article: headline, body paragraphs and ``Photo:`` captions."""
    article = Article(id=article_id(name), source_path=name, format="txt")
    blank = False
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if first and is_language_switcher(stripped):
            continue
        if first:
            kind = Kind.HEADLINE
        elif is_caption(stripped):
            kind = Kind.CAPTION
        else:
            kind = Kind.BODY
        attrs = {"blank_before": True} if blank and not first else {}
        article.paragraphs.append(Paragraph(text=stripped, kind=kind, attrs=attrs))
        first = blank = False
    return [article]
