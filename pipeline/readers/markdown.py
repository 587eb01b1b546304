"""Markdown articles (CommonMark plus GFM tables and strikethrough, via markdown-it-py).

Headings, paragraphs, list items, block quotes and table cells become paragraphs;
emphasis, strong, strikethrough, code, links, images, hard breaks and inline HTML become
:class:`~pipeline.model.Markup` spans.  A leading heading is the headline.

What carries no text to translate is kept verbatim in a paragraph with empty ``text`` (so
it is never detected, split or translated): code blocks (``code``, with ``fence``,
``info`` and ``content``), thematic breaks (``rule``), HTML blocks without text
(``html_raw``), link reference definitions (``definition``; ``joined`` when on the line
after another) and YAML front matter (``front_matter``).  An HTML block with text becomes
one paragraph per run of text between block-level tags, the tags around it kept in
``html_before`` / ``html_after`` (``html_joined`` marks a run of the same block as the one
before).  Inline HTML elements are spans named by their tag whose ``attrs`` keep the
opening tag verbatim (``raw``) and its name (``html``); comments, void, unpaired and empty
elements' tags and footnote markers (``[^1]``) are zero-width ``raw`` spans.  Links and
images by reference keep their ``label``; an image between two spaces keeps one as
``space``.

Other paragraph ``attrs``: ``level`` and ``setext`` for headings; ``list`` (list number in
the article), ``ordered``, ``number``, ``marker``, ``depth``, ``continued`` and ``loose``
(items apart by blank lines) for list items; ``quote`` (nesting depth) and ``quote_inner``
(how many of those quotes are inside the list item); ``table`` (table number), ``row``,
``col``, ``head`` and ``align`` for table cells.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.model import Article, Kind, Markup, Paragraph
from pipeline.readers.base import TextBuilder, article_id, clean_attrs, is_caption

_PARSER = MarkdownIt("commonmark", {"store_labels": True, "inline_definitions": True}).enable(
    ["table", "strikethrough"]
)
_TAG = re.compile(
    r"<!--.*?-->|<![^>]*>|<\?.*?\?>"
    r"|</?([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*"
    r"\s*/?>",
    re.S,
)
_FOOTNOTE = re.compile(r"^\[\^[^\]\s]+\]:[ \t]*|\[\^[^\]\s]+\]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
# Elements that stay inside a run of text; any other tag in an HTML block ends the run.
INLINE_HTML = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn",
    "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})  # fmt: skip
VOID_HTML = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
})  # fmt: skip
# Elements whose content is never text to translate.
OPAQUE_HTML = frozenset({
    "script", "style", "pre", "textarea", "svg", "math", "iframe", "object", "video", "audio",
})  # fmt: skip


def _name(tag: str) -> str | None:
    """The lowercased element name of a tag (``None`` for comments and declarations)."""
    match = _TAG.fullmatch(tag.strip())
    return match.group(1).lower() if match and match.group(1) else None


class _Builder(TextBuilder):
    """A :class:`TextBuilder` that also holds inline HTML tags verbatim."""

    def __init__(self, collapse: bool = False) -> None:
        super().__init__(collapse)
        # Open elements: name, opening tag, and where its verbatim tag goes in ``markup``.
        self._html: list[tuple[str, str, int]] = []

    def add(self, chunk: str) -> None:
        """As :meth:`TextBuilder.add`; space after verbatim markup between spaces stays with it.

        So ``a <!-- c --> b`` reads as ``a b`` with ``<!-- c --> `` after ``a ``, and
        ``a<br>\nb`` as ``a\nb`` with ``<br>\n`` over the line break.
        """
        if chunk[:1].isspace() and (not self.text or self.text[-1].isspace()):
            end = len(self.text)
            here = [
                m
                for m in self.markup
                if "raw" in m.attrs
                and ((m.tag == "raw" and m.start == end) or (m.tag == "br" and m.end == end))
            ]
            if here:
                space = chunk[: len(chunk) - len(chunk.lstrip())]
                if self.collapse:
                    space_kept = "\n" if "\n" in space and here[-1].tag == "br" else " "
                else:
                    space_kept = space
                here[-1].attrs["raw"] += space_kept
                chunk = chunk[len(space) :]
        super().add(chunk)

    def soft_break(self) -> None:
        """A line ending inside a paragraph: a space, or part of the ``<br>`` before it."""
        last = self.markup[-1] if self.markup else None
        if last and last.tag == "br" and "raw" in last.attrs and last.end == len(self.text):
            last.attrs["raw"] += "\n"
        else:
            self.add(" ")

    def raw(self, tag: str) -> None:
        """Markup carrying no text (a comment, a void or unpaired tag): kept as it is."""
        self.void("raw", {"raw": tag})

    def html(self, tag: str) -> None:
        """An inline HTML tag: a ``<br>``, an element's start or end, or anything else."""
        name = _name(tag)
        closing = tag.startswith("</")
        if name == "br" and not closing:
            spaces = len(self.text) - len(self.text.rstrip(" "))
            self.text = self.text[: len(self.text) - spaces]
            for span in self.markup:
                span.start, span.end = (
                    min(span.start, len(self.text)),
                    min(span.end, len(self.text)),
                )
            self.line_break({"raw": " " * spaces + tag})
        elif name is None or name in VOID_HTML or tag.rstrip().endswith("/>"):
            self.raw(tag)
        elif not closing:
            self.open(name, {"html": name, "raw": tag})
            self._html.append((name, tag, len(self.markup)))
        elif any(open_name == name for open_name, _, _ in self._html):
            while self._html[-1][0] != name:  # elements left open inside it stay as tags
                self._unpair()
            if self._open and self._open[-1][2] == len(self.text):  # no text: tags verbatim
                self._unpair()
                self.raw(tag)
            else:
                self._html.pop()
                self.close(name)
        else:
            self.raw(tag)

    def close_link(self) -> None:
        """Close a link; one holding nothing but an image becomes part of the image."""
        link = next(o for o in reversed(self._open) if o[0] == "a")
        inside = [m for m in self.markup if m.start == link[2]][-1:]
        if link[2] == len(self.text) and inside and inside[0].tag == "img":
            self._open.remove(link)
            inside[0].attrs.update({f"link_{k}": v for k, v in link[1].items()})
        else:
            self.close("a")

    def _unpair(self) -> None:
        """Turn the innermost open element into a verbatim opening tag."""
        name, tag, index = self._html.pop()
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == name and self._open[i][1].get("raw") == tag:
                start = self._open.pop(i)[2]
                self.markup.insert(index, Markup(start, start, "raw", {"raw": tag}))
                return

    def _image_spaces(self) -> None:
        """An image between spaces keeps one as ``space: after`` (the text has only one)."""
        for image in [m for m in self.markup if m.tag == "img"]:
            at = image.start
            lead = len(self.text) - len(self.text.lstrip())
            tail = len(self.text.rstrip())
            if at > tail and at > lead:
                image.attrs["space"] = "before"
            elif at < lead:
                image.attrs["space"] = "after"
            elif 0 < at < len(self.text) and self.text[at - 1] == self.text[at] == " ":
                image.attrs["space"] = "after"
                self.text = self.text[:at] + self.text[at + 1 :]
                for span in self.markup:
                    span.start -= span.start > at
                    span.end -= span.end > at

    def finish(self) -> tuple[str, list[Markup]]:
        """As :meth:`TextBuilder.finish`; verbatim markup keeps the spaces stripped beside it."""
        while self._html:
            self._unpair()
        self._image_spaces()
        edge = (len(self.text) - len(self.text.lstrip()), len(self.text.rstrip()))
        for span in self.markup:  # an HTML line break before or after all text stays
            if span.tag == "br" and "raw" in span.attrs and not edge[0] <= span.start < edge[1]:
                span.tag, span.end = "raw", span.start
        lead = len(self.text) - len(self.text.lstrip())
        tail = len(self.text.rstrip())
        raws = sorted((m for m in self.markup if m.tag == "raw"), key=lambda m: m.start)
        after = lead
        for span in reversed([m for m in raws if m.start < lead]):
            span.attrs["raw"] += self.text[span.start : after]
            after = span.start
        before = tail
        for span in (m for m in raws if m.start > tail):
            span.attrs["raw"] = self.text[before : span.start] + span.attrs["raw"]
            before = span.start
        return super().finish()


def _add_text(out: _Builder, text: str) -> None:
    """Plain text, footnote markers (``[^1]``, ``[^1]:``) held aside verbatim."""
    pos = 0
    for match in _FOOTNOTE.finditer(text):
        out.add(text[pos : match.start()])
        out.raw(match.group())
        pos = match.end()
    out.add(text[pos:])


def inline(children: list[Token]) -> tuple[str, list[Markup]]:
    """Plain text and markup of one inline token's children."""
    out = _Builder()
    for tok in children:
        if tok.type == "text":
            _add_text(out, tok.content)
        elif tok.type == "softbreak":
            out.soft_break()
        elif tok.type == "hardbreak":
            out.line_break()
        elif tok.type == "code_inline":
            out.open("code", {"markup": tok.markup})
            out.add(tok.content)
            out.close("code")
        elif tok.type in ("em_open", "strong_open", "s_open"):
            out.open(tok.tag, {"markup": tok.markup})
        elif tok.type in ("em_close", "strong_close", "s_close"):
            out.close(tok.tag)
        elif tok.type == "link_open":
            attrs = {k: str(v) for k, v in tok.attrs.items()}
            if tok.markup == "autolink":
                attrs["markup"] = "autolink"
            if tok.meta.get("label"):
                attrs["label"] = tok.meta["label"]
            out.open("a", attrs)
        elif tok.type == "link_close":
            out.close_link()
        elif tok.type == "image":
            attrs = {k: str(v) for k, v in tok.attrs.items()}
            attrs["alt"] = tok.content
            if tok.meta.get("label"):
                attrs["label"] = tok.meta["label"]
            out.void("img", attrs)
        elif tok.type == "html_inline":
            out.html(tok.content)
    return out.finish()


def html_runs(block: str) -> tuple[list[tuple[str, str, list[Markup]]], str]:
    """Split an HTML block into runs of text: ``([(tags before, text, markup)], tags after)``.

    A run is text and inline elements between block-level tags; its text is unescaped and
    its white space collapsed.  Content of ``script``, ``pre`` and the like is not text.
    """
    runs: list[tuple[str, str, list[Markup]]] = []
    raw = ""
    run: list[tuple[bool, str]] = []  # (is a tag, source)
    opaque: str | None = None

    def flush() -> None:
        nonlocal raw, run
        if not any(not is_tag and piece.strip() for is_tag, piece in run):
            raw += "".join(piece for _, piece in run)
        else:
            first, last = run[0], run[-1]
            lead = first[1][: len(first[1]) - len(first[1].lstrip())] if not first[0] else ""
            trail = last[1][len(last[1].rstrip()) :] if not last[0] else ""
            run[0] = (first[0], first[1][len(lead) :])
            run[-1] = (run[-1][0], run[-1][1][: len(run[-1][1]) - len(trail)])
            out = _Builder(collapse=True)
            for is_tag, piece in run:
                if is_tag:
                    out.html(piece)
                else:
                    out.add(html.unescape(piece))
            text, markup = out.finish()
            runs.append((raw + lead, text, markup))
            raw = trail
        run = []

    pos = 0
    for match in _TAG.finditer(block):
        pieces = [(False, block[pos : match.start()]), (True, match.group())]
        pos = match.end()
        name = (match.group(1) or "").lower()
        for is_tag, piece in pieces:
            if not piece:
                continue
            if opaque is not None:
                raw += piece
                if is_tag and piece.startswith("</") and _name(piece) == opaque:
                    opaque = None
            elif not is_tag or not name or name in INLINE_HTML:
                run.append((is_tag, piece))
            else:
                flush()
                raw += piece
                if name in OPAQUE_HTML and not piece.startswith("</"):
                    opaque = name
    if opaque is None:
        run.append((False, block[pos:]))
    else:
        raw += block[pos:]
    flush()
    return runs, raw


class _Reader:
    """Walks markdown-it's block tokens, keeping list, quote and table context."""

    def __init__(self, article: Article, source: str) -> None:
        self.article = article
        self.lines = source.split("\n")
        self.lists: list[dict[str, Any]] = []  # open lists, innermost last
        self.items: list[dict[str, Any]] = []  # open list items, innermost last
        self.quote = 0
        self.containers: list[str] = []  # open lists and quotes, innermost last
        self.heading: int | None = None
        self.setext = False  # the open heading is underlined (``===`` / ``---``)
        self.list_count = 0
        self.tables = 0
        self.loose: set[int] = set()  # numbers of the lists whose items are apart
        self.labels: dict[str, str] = {}  # reference labels: normalised → as written
        self.definition_end = -1  # the line after the last link reference definition
        self.row = self.col = 0  # the open table cell's row and column
        self.cell: dict[str, Any] | None = None  # the open table cell's attrs

    def add(self, text: str, markup: list[Markup], extra: dict[str, Any]) -> None:
        """Append a paragraph of the current context."""
        inner = self.containers[self.containers.index("list") :] if self.items else []
        attrs: dict[str, Any] = {"quote": self.quote, "quote_inner": inner.count("quote"), **extra}
        if self.heading is not None:
            first = not any(p.text for p in self.article.paragraphs)
            kind = Kind.HEADLINE if first else Kind.HEADING
            attrs["level"] = self.heading
        elif self.items:
            kind = Kind.LIST_ITEM
            current, item = self.lists[-1], self.items[-1]
            attrs.update(
                list=current["list"],
                ordered=current["ordered"],
                marker=current["marker"],
                depth=len(self.lists),
                number=item["number"] if current["ordered"] else None,
                continued=not item["first"],
                loose=current["list"] in self.loose,
            )
            item["first"] = False
        elif is_caption(text):
            kind = Kind.CAPTION
        else:
            kind = Kind.QUOTE if self.quote else Kind.BODY
        if self.cell is not None:
            attrs.update(self.cell)
        self.article.paragraphs.append(
            Paragraph(text=text, kind=kind, markup=markup, attrs=clean_attrs(attrs))
        )

    def html_block(self, block: str) -> None:
        runs, after = html_runs(block.rstrip("\n"))
        if not runs:
            self.add("", [], {"html_raw": after})
            return
        for index, (before, text, markup) in enumerate(runs):
            last = index == len(runs) - 1
            self.add(
                text,
                markup,
                {
                    "html_before": before,
                    "html_after": after if last else "",
                    "html_joined": index > 0,
                    "html_block": True,
                },
            )

    def token(self, tok: Token) -> None:
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.list_count += 1
            start = int(tok.attrs.get("start", 1)) if kind == "ordered_list_open" else 1
            self.lists.append(
                {
                    "list": self.list_count,
                    "ordered": tok.tag == "ol",
                    "marker": tok.markup,
                    "next": start,
                }
            )
            self.containers.append("list")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            self.containers.pop()
        elif kind == "list_item_open":
            current = self.lists[-1]
            self.items.append({"number": current["next"], "first": True})
            current["next"] += 1
        elif kind == "list_item_close":
            self.items.pop()
        elif kind == "blockquote_open":
            self.quote += 1
            self.containers.append("quote")
        elif kind == "blockquote_close":
            self.quote -= 1
            self.containers.pop()
        elif kind == "heading_open":
            self.heading = int(tok.tag[1:])
            self.setext = tok.markup in ("=", "-")
        elif kind == "heading_close":
            self.heading = None
        elif kind == "table_open":
            self.tables += 1
            self.row = -1
        elif kind == "tr_open":
            self.row += 1
            self.col = -1
        elif kind in ("th_open", "td_open"):
            self.col += 1
            align = _ALIGN.search(str(tok.attrs.get("style", "")))
            self.cell = {
                "table": self.tables,
                "row": self.row,
                "col": self.col,
                "head": kind == "th_open",
                "align": align.group(1) if align else None,
            }
        elif kind in ("th_close", "td_close"):
            self.cell = None
        elif kind == "inline":
            plain, markup = inline(tok.children or [])
            if plain or markup or self.cell is not None:
                self.add(plain, markup, {"setext": self.heading is not None and self.setext})
        elif kind in ("fence", "code_block"):
            fence = {"fence": tok.markup, "info": tok.info, "content": tok.content}
            self.add("", [], {"code": True, **fence})
        elif kind == "hr":
            self.add("", [], {"rule": tok.markup[0] * 3})
        elif kind == "html_block":
            self.html_block(tok.content)
        elif kind == "definition":
            self.definition(tok)

    def definition(self, tok: Token) -> None:
        """A link reference definition, kept as ``[label]: destination "title"``."""
        meta = tok.meta
        self.labels.setdefault(meta["id"], meta["label"])
        dest = (
            f"<{meta['url']}>"
            if re.search(r"[\s<>]", meta["url"]) or not meta["url"]
            else meta["url"]
        )
        title = meta["title"].replace("\\", "\\\\").replace('"', '\\"')
        line = f"[{meta['label']}]: {dest}" + (f' "{title}"' if meta["title"] else "")
        start, end = tok.map or (0, 0)
        if not self.quote and not self.lists and end > start:
            line = "\n".join(self.lines[start:end]).rstrip()  # as written
        self.add("", [], {"definition": line, "joined": start == self.definition_end})
        self.definition_end = end

    def read(self, tokens: list[Token]) -> None:
        lists: list[tuple[int, int]] = []  # open lists: number, token level
        count = 0
        for tok in tokens:  # markdown-it hides the paragraphs of a tight list's items
            if tok.type in ("bullet_list_open", "ordered_list_open"):
                count += 1
                lists.append((count, tok.level))
            elif tok.type in ("bullet_list_close", "ordered_list_close"):
                lists.pop()
            elif (
                tok.type == "paragraph_open"
                and lists
                and tok.level == lists[-1][1] + 2
                and not tok.hidden
            ):
                self.loose.add(lists[-1][0])
        for tok in tokens:
            self.token(tok)
        for para in self.article.paragraphs:  # labels as their definitions write them
            for span in para.markup:
                for key in ("label", "link_label"):
                    if key in span.attrs:
                        span.attrs[key] = self.labels.get(span.attrs[key], span.attrs[key])


def read(text: str, name: str) -> list[Article]:
    """One article from a Markdown document."""
    article = Article(id=article_id(name), source_path=name, format="md")
    front = _FRONT_MATTER.match(text)
    if front:
        article.paragraphs.append(
            Paragraph(text="", attrs={"front_matter": front.group().rstrip("\n")})
        )
        text = text[front.end() :]
    _Reader(article, text).read(_PARSER.parse(text, {}))
    return [article]
