"""Plain-text output: one paragraph a line, blank lines where the source had them."""

from __future__ import annotations

from pipeline.export.formats.inline import paragraph_texts
from pipeline.model import Article


def render_article(article: Article, lang: str) -> str:
    lines: list[str] = []
    for para, (text, _) in zip(article.paragraphs, paragraph_texts(article, lang), strict=True):
        if para.attrs.get("same_line") and lines:  # a caption glued to the line before
            lines[-1] += " " + text.replace("\n", " ")
            continue
        if para.attrs.get("blank_before") and lines:
            lines.append("")
        lines.append(text.replace("\n", " "))
    return "\n".join(lines) + "\n"
