"""HTML articles (lxml): the story's blocks with their inline markup.

The body is the first ``<article>`` with text, else ``<main>``, else ``<body>``;
navigation, asides, footers, forms, scripts and styles are dropped.  ``p``, ``h1``–``h6``,
``li``, ``blockquote``, ``figcaption``, ``dt``/``dd`` and ``pre`` become paragraphs
(text loose in a container becomes one too); the first ``h1`` is the headline.  Inline
elements (``a``, ``em``/``i``, ``strong``/``b``, ``code``, ``br``, ``img`` …) become
:class:`~pipeline.model.Markup` spans whose ``attrs`` keep the element's attributes
(``html`` names the original tag when it was normalised, ``b`` → ``strong``).  Paragraph
``attrs`` keep ``tag``, ``html_attrs`` and the list / quote / heading details.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from pipeline.errors import InputError
from pipeline.model import Article, Kind, Paragraph
from pipeline.readers.base import TextBuilder, article_id, clean_attrs, is_caption

DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "footer",
        "form",
        "button",
        "svg",
        "iframe",
        "head",
    ]
)
TEXT_BLOCKS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dt", "dd", "pre"])
CONTAINERS = frozenset(
    [
        "div",
        "section",
        "article",
        "main",
        "header",
        "figure",
        "ul",
        "ol",
        "li",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "dl",
        "body",
        "html",
        "center",
        "details",
        "summary",
        "address",
        "hgroup",
    ]
)
RENAME = {"b": "strong", "i": "em"}
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _tag(el: Any) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


class _Reader:
    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.lists = 0

    def inline(self, out: TextBuilder, el: Any) -> None:
        """Add ``el``'s content (not its tail) to ``out``."""
        out.add(el.text or "")
        for child in el:
            self.inline_child(out, child)
            out.add(child.tail or "")

    def inline_child(self, out: TextBuilder, child: Any) -> None:
        """Add one child element (not its tail) to ``out`` as inline content."""
        tag = _tag(child)
        if tag is None or tag in DROP:
            return
        if tag == "br":
            out.line_break()
        elif tag == "img":
            out.void("img", dict(child.attrib))
        elif tag in CONTAINERS or tag in TEXT_BLOCKS:
            out.add(" ")
            self.inline(out, child)
            out.add(" ")
        elif tag == "span" and not child.attrib:
            self.inline(out, child)
        else:
            attrs = dict(child.attrib)
            if tag in RENAME:
                attrs["html"] = tag
            name = RENAME.get(tag, tag)
            out.open(name, attrs)
            self.inline(out, child)
            out.close(name)

    def emit(self, out: TextBuilder, kind: Kind, attrs: dict[str, Any]) -> None:
        text, markup = out.finish()
        if not text and not any(m.tag == "img" for m in markup):
            return  # an image with no text around it is kept as a paragraph of its own
        if kind is Kind.BODY and is_caption(text):
            kind = Kind.CAPTION
        self.paragraphs.append(
            Paragraph(text=text, kind=kind, markup=markup, attrs=clean_attrs(attrs))
        )

    def block(self, el: Any, tag: str, ctx: dict[str, Any]) -> None:
        out = TextBuilder(collapse=tag != "pre")
        self.inline(out, el)
        attrs: dict[str, Any] = {"tag": tag, "html_attrs": dict(el.attrib), "quote": ctx["quote"]}
        if tag[0] == "h" and tag[1:].isdigit():
            level = int(tag[1:])
            headline = level == 1 and not any(p.kind is Kind.HEADLINE for p in self.paragraphs)
            kind = Kind.HEADLINE if headline else Kind.HEADING
            attrs["level"] = level
        elif tag == "figcaption":
            kind = Kind.CAPTION
        elif "item" in ctx:
            kind = Kind.LIST_ITEM
            attrs.update(ctx["item"], continued=ctx["item_used"])
            ctx["item_used"] = True
        else:
            kind = Kind.QUOTE if ctx["quote"] else Kind.BODY
        self.emit(out, kind, attrs)

    def container(self, el: Any, ctx: dict[str, Any]) -> None:
        """Walk a container: blocks in it, and its loose inline text as paragraphs."""
        loose = TextBuilder(collapse=True)
        loose.add(el.text or "")
        for child in el:
            tag = _tag(child)
            if tag is None or tag in DROP:
                pass
            elif tag in TEXT_BLOCKS or tag in CONTAINERS:
                self.flush(loose, ctx, el)
                loose = TextBuilder(collapse=True)
                self.enter(child, tag, ctx)
            else:
                self.inline_child(loose, child)
            loose.add(child.tail or "")
        self.flush(loose, ctx, el)

    def flush(self, loose: TextBuilder, ctx: dict[str, Any], el: Any) -> None:
        tag = _tag(el) or "div"
        attrs: dict[str, Any] = {"tag": tag, "quote": ctx["quote"], "loose": True}
        if "item" in ctx:
            attrs.update(ctx["item"], continued=ctx["item_used"])
            kind = Kind.LIST_ITEM
        else:
            kind = Kind.QUOTE if ctx["quote"] else Kind.BODY
        before = len(self.paragraphs)
        self.emit(loose, kind, attrs)
        if "item" in ctx and len(self.paragraphs) > before:
            ctx["item_used"] = True

    def enter(self, el: Any, tag: str, ctx: dict[str, Any]) -> None:
        if tag in TEXT_BLOCKS:
            self.block(el, tag, ctx)
        elif tag == "blockquote":
            self.container(el, {**ctx, "quote": ctx["quote"] + 1})
        elif tag in ("ul", "ol"):
            self.lists += 1
            start = el.get("start", "1")
            info = {
                "list": self.lists,
                "ordered": tag == "ol",
                "depth": ctx.get("depth", 0) + 1,
                "next": int(start) if start.isdigit() else 1,
            }
            self.container(el, {**ctx, "list": info})
        elif tag == "li" and "list" in ctx:
            info = ctx["list"]
            value = el.get("value", "")
            number = int(value) if value.isdigit() else info["next"]
            info["next"] = number + 1
            item = {k: info[k] for k in ("list", "ordered", "depth")}
            if info["ordered"]:
                item["number"] = number
            if el.attrib:
                item["html_attrs"] = dict(el.attrib)
            self.container(el, {**ctx, "item": item, "item_used": False, "depth": info["depth"]})
        else:
            self.container(el, ctx)


def _root(doc: Any) -> Any:
    for path in (".//article", ".//main"):
        for el in doc.iterfind(path):
            if el.text_content().strip():
                return el
    body = doc.find(".//body")
    return body if body is not None else doc


def paragraphs(text: str, name: str, fragment: bool = False) -> list[Paragraph]:
    """The paragraphs of an HTML document (or, with ``fragment``, of a snippet)."""
    source = _XML_DECL.sub("", text)
    try:
        if fragment:
            root = lxml.html.fragment_fromstring(source, create_parent="div")
        else:
            root = _root(lxml.html.document_fromstring(source))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: cannot parse the HTML ({exc}) — check the file") from None
    reader = _Reader()
    reader.enter(root, _tag(root) or "div", {"quote": 0})
    if not fragment and not any(p.kind is Kind.HEADLINE for p in reader.paragraphs):
        heading = root.getroottree().find(".//h1")
        if heading is not None:
            outer = _Reader()
            outer.block(heading, "h1", {"quote": 0})
            reader.paragraphs[:0] = outer.paragraphs
    return reader.paragraphs


def read(text: str, name: str) -> list[Article]:
    """One article from an HTML page."""
    found = paragraphs(text, name)
    if not found:
        raise InputError(f"{name}: no article text found in the HTML — check the file")
    return [Article(id=article_id(name), source_path=name, format="html", paragraphs=found)]
