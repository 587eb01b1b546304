"""A story rendered back with an identity "translation" (its source sentences themselves),
for the format fidelity tests."""

from __future__ import annotations

from pipeline.export.formats import render
from pipeline.model import Article, Translation
from pipeline.readers import read_text
from pipeline.segment import segment_article


def identity(article: Article, lang: str = "uk") -> None:
    """A "translation" that is the source sentences themselves."""
    article.lang = "en"
    segment_article(article)
    sentences = [[s.text for s in p.sentences] for p in article.paragraphs]
    article.translations[lang] = Translation(lang, "identity", ["en", lang], sentences=sentences)


def round_trip(source: str, fmt: str, name: str | None = None) -> str:
    """``source`` read as ``fmt`` (from a file ``name``, by default ``story.<fmt>``) and
    rendered in uk with its :func:`identity` translation."""
    (article,) = read_text(source, fmt, name or f"story.{fmt}")
    identity(article)
    return render([article], "uk")
