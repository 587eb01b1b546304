"""HTML articles (lxml): the story's blocks with their inline markup, and where they are.

The body is the first ``<article>`` with text, else ``<main>``, else ``<body>``;
navigation, asides, footers, forms and ``pre`` are not read.  ``p``, ``h1``–``h6``,
``li``, ``blockquote``, ``figcaption``, ``caption`` and ``dt``/``dd`` become paragraphs
(a run of text and inline elements loose in a container becomes one too); the first
``h1`` is the headline.  Inline elements (``a``, ``em``/``i``, ``strong``/``b``,
``code``, ``br``, ``img`` …) become :class:`~pipeline.model.Markup` spans whose ``attrs``
keep the element's attributes (``html`` names the original tag when it was normalised,
``b`` → ``strong``); comments, scripts and elements with no text are ``raw`` spans
holding their HTML verbatim.  Paragraph ``attrs`` keep ``tag``, ``html_attrs``, the
list / quote / heading details and ``html_at`` (where the paragraph is, for the writer,
which replaces the content of the source page there); the page is kept in
``article.meta["html"]["source"]``.
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html
from lxml import etree

from pipeline.errors import InputError
from pipeline.model import Article, Kind, Markup, Paragraph
from pipeline.readers.base import KEEP_EMPTY, TextBuilder, article_id, clean_attrs, is_caption

# Page chrome: never read, written back untouched.
SKIP = frozenset(["nav", "aside", "footer", "form", "head", "template", "noscript"])
# Inside a paragraph, elements whose content is no text (and page chrome): verbatim markup.
RAW = SKIP | frozenset(
    [
        "script",
        "style",
        "button",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "select",
        "textarea",
        "pre",
    ]
)
TEXT_BLOCKS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "dt", "dd", "pre"]
)
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
        "dialog",
        "menu",
    ]
)
RENAME = {"b": "strong", "i": "em"}
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SEQ, _END = "html_seq", "html_end"
_HTML_WS = " \t\n\r\f"
_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML white space: U+00A0 (``&nbsp;``) is text


def _tag(el: Any) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


def _raw(el: Any) -> str:
    """An element, comment or processing instruction as written (without its tail)."""
    return str(lxml.html.tostring(el, encoding="unicode", with_tail=False))


def _is_block(tag: str | None) -> bool:
    return tag is not None and (tag in TEXT_BLOCKS or tag in CONTAINERS or tag in SKIP)


class _Builder(TextBuilder):
    """:class:`TextBuilder` collapsing only HTML white space (``&nbsp;`` stays).

    Of spans over the same text the outer one comes first.  A zero-width span (an
    image, a comment) written before an element that starts at the same place gets
    ``attrs["html_first"]`` so that the writer keeps it out of the element; one written
    last inside an element gets ``attrs["html_inside"]`` so that it stays in.
    """

    seq = 0  # document order of the spans, while building

    def add(self, chunk: str) -> None:
        if self.collapse:
            chunk = _SPACE.sub(" ", chunk)
            if (self.text and self.text[-1] in " \n") or not (self.text or self.markup):
                chunk = chunk.lstrip(" ")
        self.text += chunk

    def finish(self) -> tuple[str, list[Markup]]:
        """As :meth:`TextBuilder.finish`; a ``<br>`` before or after the text is verbatim."""
        while self._open:
            self.close(self._open[-1][0])
        # White space between the text and an image or comment at its edge is kept.
        points = [m.start for m in self.markup if m.start == m.end]
        lead = len(self.text) - len(self.text.lstrip(_HTML_WS))
        lead = min([lead, *(p for p in points if p <= lead)])
        last = len(self.text.rstrip(_HTML_WS))
        last = max([last, *(p for p in points if p >= last)])
        text = self.text[lead:last]
        spans: list[Markup] = []
        for span in self.markup:
            start = min(max(span.start - lead, 0), len(text))
            end = min(max(span.end - lead, 0), len(text))
            if span.tag == "br" and end <= start:
                attrs = "".join(
                    f' {k}="{html.escape(v)}"' for k, v in span.attrs.items() if k != _SEQ
                )
                span = Markup(start, start, "raw", {"raw": f"<br{attrs}>", _SEQ: span.attrs[_SEQ]})
                end = start
            if end > start or span.tag in KEEP_EMPTY:
                spans.append(Markup(start, end, span.tag, span.attrs))
        order = {id(span): int(span.attrs.pop(_SEQ)) for span in spans}
        ends = {id(span): int(span.attrs.pop(_END, 0)) for span in spans}
        for span in spans:  # a zero-width span last in an element stays in it
            if span.start == span.end and any(
                other.start < other.end == span.start
                and order[id(other)] < order[id(span)] < ends[id(other)]
                for other in spans
            ):
                span.attrs["html_inside"] = "1"
        spans.sort(key=lambda m: (m.start, -m.end, order[id(m)]))  # the outer one first
        for span in spans:
            if span.start == span.end and any(
                other.start == span.start < other.end and order[id(other)] > order[id(span)]
                for other in spans
            ):
                span.attrs["html_first"] = "1"  # written before the element that starts here
        return text, spans

    def open(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        self.seq += 1
        super().open(tag, {**(attrs or {}), _SEQ: str(self.seq)})

    def close(self, tag: str) -> None:
        count = len(self.markup)
        super().close(tag)
        self.seq += 1
        if len(self.markup) > count:
            self.markup[-1].attrs[_END] = str(self.seq)

    def void(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        self.seq += 1
        super().void(tag, {**(attrs or {}), _SEQ: str(self.seq)})

    def line_break(self, attrs: dict[str, str] | None = None) -> None:
        self.seq += 1
        super().line_break({**(attrs or {}), _SEQ: str(self.seq)})


class _Reader:
    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.lists = 0

    def inline(self, out: TextBuilder, el: Any) -> None:
        """Add ``el``'s content (not its tail) to ``out``."""
        out.add(el.text or "")
        for child in el:
            self.inline_child(out, child)
            self.tail(out, child)

    def tail(self, out: TextBuilder, child: Any) -> None:
        """Add ``child``'s tail; an image or verbatim markup between two spaces is marked
        ``html_space`` (the text holds one of them)."""
        tail = child.tail or ""
        last = out.markup[-1] if out.markup else None
        if (
            last is not None
            and last.start == last.end == len(out.text)
            and out.text.endswith(" ")
            and tail[:1] in (" ", "\t", "\n", "\r", "\f")
            and not _is_block(_tag(child))
        ):
            last.attrs["html_space"] = "1"
        out.add(tail)

    def inline_child(self, out: TextBuilder, child: Any) -> None:
        """Add one child node (not its tail) to ``out`` as inline content."""
        tag = _tag(child)
        if tag == "br":
            out.line_break(dict(child.attrib))
        elif tag == "img":
            out.void("img", dict(child.attrib))
        elif tag is None or tag in RAW or not child.text_content().strip():
            out.void("raw", {"raw": _raw(child)})  # no text in it (an icon link, a comment)
            content = child.text_content() if tag is not None else ""
            if content and not content.strip():  # white space only: it parts words
                out.add(" ")
        else:
            attrs = dict(child.attrib)
            if tag in RENAME:
                attrs["html"] = tag
            name = RENAME.get(tag, tag)
            block = _is_block(tag)
            if block:  # a block inside a paragraph: its text is apart from the text beside
                out.add(" ")
            out.open(name, attrs)
            self.inline(out, child)
            out.close(name)
            if block:
                out.add(" ")

    def emit(self, out: TextBuilder, kind: Kind, attrs: dict[str, Any]) -> None:
        text, markup = out.finish()
        if not text.strip() and not any(m.tag == "img" for m in markup):
            return  # an image with no text around it is kept as a paragraph of its own
        if kind is Kind.BODY and is_caption(text):
            kind = Kind.CAPTION
        self.paragraphs.append(
            Paragraph(text=text, kind=kind, markup=markup, attrs=clean_attrs(attrs))
        )

    def block(self, el: Any, tag: str, ctx: dict[str, Any]) -> None:
        out = _Builder(collapse=True)
        self.inline(out, el)
        attrs: dict[str, Any] = {
            "tag": tag,
            "html_attrs": dict(el.attrib),
            "quote": ctx["quote"],
            "html_at": [_path(el), 0, len(el)],
        }
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
        """Walk a container: blocks in it, and each run of its inline content as a paragraph."""
        loose = _Builder(collapse=True)
        loose.add(el.text or "")
        first = 0
        for index, child in enumerate(el):
            tag = _tag(child)
            if _is_block(tag):
                self.flush(loose, ctx, el, first, index)
                loose = _Builder(collapse=True)
                first = index + 1
                if tag not in SKIP:
                    self.enter(child, str(tag), ctx)
                loose.add(child.tail or "")
            else:
                self.inline_child(loose, child)
                self.tail(loose, child)
        self.flush(loose, ctx, el, first, len(el))

    def flush(self, loose: TextBuilder, ctx: dict[str, Any], el: Any, first: int, end: int) -> None:
        """Emit the run of inline content of ``el`` from child ``first`` to before ``end``."""
        tag = _tag(el) or "div"
        attrs: dict[str, Any] = {
            "tag": tag,
            "quote": ctx["quote"],
            "loose": True,
            "html_at": [_path(el), first, end],
        }
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
        if tag == "pre":
            return  # preformatted text (code, tables of figures) is never translated
        if tag in TEXT_BLOCKS and not any(_is_block(_tag(c)) for c in el):
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


def _path(el: Any) -> str:
    """Where ``el`` is in its document: an XPath :func:`parse` finds it by again."""
    return str(el.getroottree().getpath(el))


def _root(doc: Any) -> Any:
    for path in (".//article", ".//main"):
        for el in doc.iterfind(path):
            if el.text_content().strip():
                return el
    body = doc.find(".//body")
    return body if body is not None else doc


def parse(text: str, name: str, fragment: bool = False) -> Any:
    """The ``lxml.html`` tree of a document (or, with ``fragment``, a snippet in a ``div``)."""
    source = _XML_DECL.sub("", text)
    parser = lxml.html.HTMLParser(huge_tree=True)  # libxml2's default stops at 256 levels
    try:
        if fragment:
            tree = lxml.html.fragment_fromstring(source, create_parent="div", parser=parser)
        else:
            tree = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: cannot parse the HTML ({exc}) — check the file") from None
    for error in parser.error_log:
        if "Excessive depth" in error.message:  # libxml2 dropped the rest of the document
            raise InputError(
                f"{name}:{error.line}: the HTML nests elements too deeply to be read whole "
                f"({error.message.split(',')[0]}) — flatten the markup"
            )
    return tree


def paragraphs(text: str, name: str, fragment: bool = False) -> list[Paragraph]:
    """The paragraphs of an HTML document (or, with ``fragment``, of a snippet).

    Each paragraph's ``attrs["html_at"]`` is ``[path, first, end]``: the XPath of the
    element whose content it is and the range of that element's children it spans (its
    text starts at the element's text, ``first == 0``, or at child ``first - 1``'s tail).
    """
    doc = parse(text, name, fragment)
    root = doc if fragment else _root(doc)
    reader = _Reader()
    try:
        reader.enter(root, _tag(root) or "div", {"quote": 0})
    except RecursionError:
        raise InputError(
            f"{name}: the HTML nests elements too deeply to be read (hundreds of levels) "
            "— flatten the markup"
        ) from None
    if not fragment and not any(p.kind is Kind.HEADLINE for p in reader.paragraphs):
        heading = root.getroottree().find(".//h1")
        if heading is not None:
            outer = _Reader()
            outer.block(heading, "h1", {"quote": 0})
            reader.paragraphs[:0] = outer.paragraphs
    return reader.paragraphs


def read(text: str, name: str) -> list[Article]:
    """One article from an HTML page (the page itself kept in ``meta["html"]["source"]``)."""
    found = paragraphs(text, name)
    if not found:
        raise InputError(f"{name}: no article text found in the HTML — check the file")
    article = Article(id=article_id(name), source_path=name, format="html", paragraphs=found)
    article.meta["html"] = {"source": text}
    return [article]
