"""Markdown articles (CommonMark, via markdown-it-py's token stream).

Headings, paragraphs, list items and block quotes become paragraphs; emphasis, strong,
code, links, images and hard breaks become :class:`~pipeline.model.Markup` spans.  A
leading heading is the headline.  Paragraph ``attrs`` keep what rendering needs:
``level`` for headings; ``list`` (list number in the article), ``ordered``, ``number``,
``marker``, ``depth`` for list items; ``quote`` (nesting depth) inside block quotes.
Inline HTML tags are dropped (``<br>`` is a line break); raw HTML blocks are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.model import Article, Kind, Paragraph
from pipeline.readers.base import TextBuilder, article_id, clean_attrs, is_caption

_PARSER = MarkdownIt("commonmark")
_BR = re.compile(r"<br\s*/?>", re.I)


def inline(children: list[Token]) -> tuple[str, list[Any]]:
    """Plain text and markup of one inline token's children."""
    out = TextBuilder()
    for tok in children:
        if tok.type == "text":
            out.add(tok.content)
        elif tok.type == "softbreak":
            out.add(" ")
        elif tok.type == "hardbreak":
            out.line_break()
        elif tok.type == "code_inline":
            out.open("code", {"markup": tok.markup})
            out.add(tok.content)
            out.close("code")
        elif tok.type in ("em_open", "strong_open"):
            out.open(tok.tag, {"markup": tok.markup})
        elif tok.type in ("em_close", "strong_close"):
            out.close(tok.tag)
        elif tok.type == "link_open":
            out.open("a", {k: str(v) for k, v in tok.attrs.items()})
        elif tok.type == "link_close":
            out.close("a")
        elif tok.type == "image":
            attrs = {k: str(v) for k, v in tok.attrs.items()}
            attrs["alt"] = tok.content
            out.void("img", attrs)
        elif tok.type == "html_inline" and _BR.fullmatch(tok.content.strip()):
            out.line_break()
    return out.finish()


def read(text: str, name: str) -> list[Article]:
    """One article from a Markdown document."""
    article = Article(id=article_id(name), source_path=name, format="md")
    lists: list[dict[str, Any]] = []  # open lists, innermost last
    items: list[dict[str, Any]] = []  # open list items, innermost last
    quote = 0
    heading: int | None = None
    list_count = 0
    for tok in _PARSER.parse(text):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_count += 1
            start = int(tok.attrs.get("start", 1)) if tok.type == "ordered_list_open" else 1
            ordered = tok.tag == "ol"
            lists.append(
                {"list": list_count, "ordered": ordered, "marker": tok.markup, "next": start}
            )
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "list_item_open":
            current = lists[-1]
            items.append({"number": current["next"], "first": True})
            current["next"] += 1
        elif tok.type == "list_item_close":
            items.pop()
        elif tok.type == "blockquote_open":
            quote += 1
        elif tok.type == "blockquote_close":
            quote -= 1
        elif tok.type == "heading_open":
            heading = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading = None
        elif tok.type == "inline":
            plain, markup = inline(tok.children or [])
            if not plain and not markup:
                continue
            attrs: dict[str, Any] = {"quote": quote}
            if heading is not None:
                first = not article.paragraphs
                kind = Kind.HEADLINE if first else Kind.HEADING
                attrs["level"] = heading
            elif items:
                kind = Kind.LIST_ITEM
                current, item = lists[-1], items[-1]
                attrs.update(
                    list=current["list"],
                    ordered=current["ordered"],
                    marker=current["marker"],
                    depth=len(lists),
                    number=item["number"] if current["ordered"] else None,
                    continued=not item["first"],
                )
                item["first"] = False
            elif is_caption(plain):
                kind = Kind.CAPTION
            else:
                kind = Kind.QUOTE if quote else Kind.BODY
            article.paragraphs.append(
                Paragraph(text=plain, kind=kind, markup=markup, attrs=clean_attrs(attrs))
            )
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            article.paragraphs.append(
                Paragraph(
                    text=tok.content.rstrip("\n"),
                    attrs=clean_attrs({"code": True, "info": tok.info, "quote": quote}),
                )
            )
    return [article]
