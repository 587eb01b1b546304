"""HTML output: the source page with each paragraph's content replaced, or a page built
from the article's blocks.  lxml is imported by the functions that edit a page: writing a
text or Markdown story (which use :func:`html_escape`) does not load it."""

from __future__ import annotations

import html
import re
from typing import Any

from pipeline.export.formats.inline import paragraph_texts, render_inline, with_code
from pipeline.model import Article, Kind, Markup, Paragraph


def _html_attrs(attrs: dict[str, Any]) -> str:
    return "".join(f' {k}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items())


def html_escape(text: str) -> str:
    return html.escape(text, quote=False)


_NOT_HTML_ATTRS = frozenset(
    {"html", "markup", "source", "raw", "html_first", "html_inside", "html_space"}
)


def _html_wrap(span: Markup, inner: str) -> str:
    attrs = {k: v for k, v in span.attrs.items() if k not in _NOT_HTML_ATTRS}
    name = span.attrs.get("html", span.tag)
    if span.tag == "raw":
        return str(span.attrs.get("raw", ""))
    if span.tag in ("br", "img"):
        return f"<{span.tag}{_html_attrs(attrs)}>"
    source = span.attrs.get("source")
    if source is not None and html.unescape(re.sub(r"<[^>]*>", "", inner)) != source:
        inner = html_escape(source)  # code as the source wrote it
    return f"<{name}{_html_attrs(attrs)}>{inner}</{name}>"


def html_inline(text: str, spans: list[Markup]) -> str:
    def wrap(span: Markup, inner: str) -> str:
        out = _html_wrap(span, inner)
        after = text[span.start : span.start + 1]
        # An image or comment the source had between two spaces.
        return out + " " if span.attrs.get("html_space") and after.strip() else out

    return render_inline(text, spans, html_escape, wrap)


def _html_block_tag(para: Paragraph) -> str:
    tag = para.attrs.get("tag")
    if para.kind is Kind.HEADLINE:
        return tag or "h1"
    if para.kind is Kind.HEADING:
        return tag or f"h{para.attrs.get('level', 2)}"
    if para.kind is Kind.LIST_ITEM:
        return "p" if para.attrs.get("continued") else "li"
    if para.kind is Kind.CAPTION and not tag:
        return "figcaption"
    if tag == "figure" and para.attrs.get("loose"):
        return "figure"  # an image of a figure, before its caption
    return tag if tag in ("p", "pre", "figcaption") and not para.attrs.get("loose") else "p"


def html_blocks(paragraphs: list[Paragraph], texts: list[tuple[str, list[Markup]]]) -> str:
    """The HTML of the article's blocks: lists, quotes and figures reassembled."""
    out: list[str] = []
    quotes = 0
    lists: list[tuple[int, bool]] = []  # open lists: (list id, ordered)
    item_open: list[bool] = []
    figure_open = False  # the last block is a figure's image, awaiting its caption

    def close_item() -> None:
        if out[-1].startswith("<li"):
            out[-1] += "</li>"
        else:
            out.append("</li>")

    def close_lists(depth: int) -> None:
        while len(lists) > depth:
            if item_open.pop():
                close_item()
            out.append("</ol>" if lists.pop()[1] else "</ul>")

    for para, (text, spans) in zip(paragraphs, texts, strict=True):
        depth = int(para.attrs.get("quote", 0))
        list_depth = int(para.attrs.get("depth", 1)) if para.kind is Kind.LIST_ITEM else 0
        if depth != quotes:
            close_lists(0)
        while quotes > depth:
            out.append("</blockquote>")
            quotes -= 1
        while quotes < depth:
            out.append("<blockquote>")
            quotes += 1
        close_lists(list_depth)
        if para.kind is Kind.LIST_ITEM:
            list_id = para.attrs.get("list", 0)
            if len(lists) == list_depth and lists[-1][0] != list_id:
                close_lists(list_depth - 1)
            while len(lists) < list_depth:
                ordered = bool(para.attrs.get("ordered"))
                number = para.attrs.get("number", 1)
                start = f' start="{number}"' if ordered and number != 1 else ""
                out.append(f"<ol{start}>" if ordered else "<ul>")
                lists.append((list_id, ordered))
                item_open.append(False)
        inner = html_inline(text, spans)
        tag = _html_block_tag(para)
        attrs = _html_attrs(para.attrs.get("html_attrs", {}))
        if tag == "li":
            if item_open[-1]:
                close_item()
            out.append(f"<li{attrs}>{inner}")
            item_open[-1] = True
        elif tag == "figcaption":
            caption = f"<figcaption{attrs}>{inner}</figcaption></figure>"
            if figure_open:  # the figure's image goes with its caption
                out[-1] = out[-1].removesuffix("</figure>") + caption
            else:
                out.append("<figure>" + caption)
        else:
            out.append(f"<{tag}{attrs}>{inner}</{tag}>")
        figure_open = tag == "figure"
    close_lists(0)
    out.extend("</blockquote>" for _ in range(quotes))
    return "\n".join(out)


def render_article(article: Article, lang: str) -> str:
    texts = paragraph_texts(article, lang)
    if "source" in article.meta.get("html", {}):
        return _html_page(article, lang, texts)
    pairs = zip(article.paragraphs, texts, strict=True)
    title = next((t for p, (t, _) in pairs if p.kind is Kind.HEADLINE), "")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html_escape(title)}</title>\n</head>\n<body>\n<article>\n"
        f"{html_blocks(article.paragraphs, texts)}\n</article>\n</body>\n</html>\n"
    )


_HTML_WS = " \t\n\r\f"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CHARSET = re.compile(r"(charset\s*=\s*)([^\s;\"']+)", re.I)
_UTF8 = ("utf-8", "utf8")
_HIDDEN = "data-newsmt-hidden-"
_URI_ATTRS = frozenset({"href", "src", "action", "name"})
_URI_ESCAPED = re.compile(r"[^A-Za-z0-9\-_.!~*'()\"#$%&+,/:;<=>?@\[\\\]^`{|}]")


def _splice(el: Any, first: int, end: int, inner: str) -> None:
    """Replace ``el``'s content from child ``first`` to before child ``end`` by ``inner``.

    The content starts at ``el.text`` (``first == 0``) or at child ``first - 1``'s tail;
    the white space it had at either end is kept.
    """
    import lxml.html

    before = (el.text if first == 0 else el[first - 1].tail) or ""
    last = (el[end - 1].tail if end > first else before) or ""
    lead = before[: len(before) - len(before.lstrip(_HTML_WS))]
    trail = last[len(last.rstrip(_HTML_WS)) :]
    for child in list(el)[first:end]:
        el.remove(child)
    # A letter first: the parser would drop white space before a first element.
    new = lxml.html.fragment_fromstring("x" + inner, create_parent="div")
    nodes = list(new)
    text = lead + new.text[1:] + ("" if nodes else trail)
    if nodes:
        nodes[-1].tail = (nodes[-1].tail or "") + trail
    if first == 0:
        el.text = text
    else:
        el[first - 1].tail = text
    for offset, node in enumerate(nodes):
        el.insert(first + offset, node)


def html_page(
    source: str,
    paragraphs: list[Paragraph],
    texts: list[tuple[str, list[Markup]]],
    name: str,
    fragment: bool = False,
) -> Any:
    """The tree of ``source`` with each paragraph's content replaced by its text and markup.

    ``paragraphs`` are those :func:`pipeline.readers.html.paragraphs` read from ``source``
    (with the same ``fragment``; their ``attrs["html_at"]`` say where each one is);
    everything else stays as parsed.
    """
    from pipeline.readers.html import parse

    doc = parse(source, name, fragment)
    tree = doc.getroottree()
    places = [
        (tree.xpath(para.attrs["html_at"][0])[0], para, text, spans)
        for para, (text, spans) in zip(paragraphs, texts, strict=True)
        if "html_at" in para.attrs
    ]
    for el, para, text, spans in reversed(places):
        _, first, end = para.attrs["html_at"]
        _splice(el, first, end, html_inline(text, with_code(para, text, spans)))
    return doc


def _html_page(article: Article, lang: str, texts: list[tuple[str, list[Markup]]]) -> str:
    """The source page with the article's text in ``lang``: everything else as it was.

    The page's ``lang`` (and ``xml:lang``) is set to ``lang``, its declared charset to
    UTF-8 (what is written), and a ``<title>`` that starts with the headline starts with
    the translated headline.
    """
    import lxml.etree
    import lxml.html

    source = article.meta["html"]["source"]
    doc = html_page(source, article.paragraphs, texts, article.source_path)
    if doc.tag == "html":
        doc.set("lang", lang)
        if "xml:lang" in doc.attrib:
            doc.set("xml:lang", lang)
    for meta in doc.iter("meta"):
        if meta.get("charset", "utf-8").lower() not in _UTF8:
            meta.set("charset", "utf-8")
        elif meta.get("http-equiv", "").lower() == "content-type":
            content = meta.get("content", "")
            found = _CHARSET.search(content)
            if found and found.group(2).lower() not in _UTF8:
                meta.set("content", _CHARSET.sub(r"\1utf-8", content))
    title = doc.find(".//title")
    headline = next(
        (
            (p.text, t)
            for p, (t, _) in zip(article.paragraphs, texts, strict=True)
            if p.kind is Kind.HEADLINE
        ),
        None,
    )
    if title is not None and headline and len(title) == 0:
        written = _HTML_SPACE.sub(" ", title.text or "").strip()
        if written.startswith(headline[0]):
            title.text = headline[1].replace("\n", " ") + written[len(headline[0]) :]
    note = kept_note(doc, lang) if lang != article.lang else None
    body = doc.find(".//body")
    if note and body is not None:
        first = body[0] if len(body) else None
        if first is not None and first.tag is lxml.etree.Comment and (
            first.text or ""
        ).startswith(_NOTE):
            first.text = f" {note} "  # a page newsmt translated before
        else:
            comment = lxml.html.HtmlComment(f" {note} ")
            comment.tail = body.text
            body.insert(0, comment)
    doctype = "<!doctype" in source[:4096].lower()
    out = write_html(doc.getroottree(), doctype=None if doctype else "").removeprefix("\n")
    return out if out.endswith("\n") else out + "\n"


_KEPT = (("nav", "the navigation"), ("aside", "the asides"), ("footer", "the footer"))
_NOTE = " newsmt: the story text is translated into"


def kept_note(doc: Any, lang: str) -> str | None:
    """What a translated page says of the text newsmt left in the source language (page
    chrome it never reads, images' alt text), or None if there is none."""
    kept = [name for tag, name in _KEPT if any(el.text_content().strip() for el in doc.iter(tag))]
    alts = sum(1 for img in doc.iter("img") if (img.get("alt") or "").strip())
    if alts:
        kept.append(f"{alts} image alt text{'s' if alts > 1 else ''}")
    if not kept:
        return None
    return (
        f"{_NOTE.strip()} {lang}; still in the source language: "
        + ", ".join(kept)
    )


def write_html(node: Any, **options: Any) -> str:
    """``lxml.html.tostring(node)`` as text, attributes as they are in the tree.

    libxml2 leaves out a ``Content-Type`` ``<meta>`` and percent-encodes spaces and
    non-ASCII letters in ``href``/``src``/``action`` (``Київ`` → ``%D0%9A…``): those
    attributes are written under another name and renamed back.
    """
    import lxml.html

    hidden = False
    for el in node.iter():
        if not isinstance(el.tag, str):
            continue
        keys = [k for k in el.attrib if k.lower() in _URI_ATTRS and _URI_ESCAPED.search(el.get(k))]
        if el.tag == "meta" and el.get("http-equiv", "").lower() == "content-type":
            keys.append("http-equiv")
        if keys:
            hidden = True
            attrs = list(el.attrib.items())
            el.attrib.clear()
            for key, value in attrs:
                el.set(_HIDDEN + key if key in keys else key, value)
    out = str(lxml.html.tostring(node, encoding="unicode", **options))
    return re.sub(rf" {_HIDDEN}([^\s=]+)=", r" \1=", out) if hidden else out
