"""Markdown output: blocks, inline markup, code, tables and quotes rebuilt as in the source."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.export.formats.html import html_escape
from pipeline.export.formats.inline import (
    VOID,
    Opener,
    paragraph_texts,
    render_inline,
    with_code,
)
from pipeline.model import Article, Kind, Markup, Paragraph

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]<>])")
_MD_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_MD_BLOCK_START = re.compile(r"^([ \t]*)([#>+=-]|\d+(?=[.)]))", re.M)
_MD_DEST_UNSAFE = re.compile(r"[\s()<>]")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@\\]+@[^\s<>@\\]+")


def _md_escape(text: str) -> str:
    """Backslash-escape Markdown's special characters, and write an ``&`` that would start
    an entity reference as ``&amp;`` (text ``&lt;`` stays text, not ``<``)."""
    return _MD_ENTITY.sub("&amp;", _MD_SPECIAL.sub(r"\\\1", text))


def _md_link_tail(href: str, title: str | None) -> str:
    """``(destination "title")`` of a link or image, bracketed and escaped where needed."""
    dest = f"<{href}>" if _MD_DEST_UNSAFE.search(href) else href
    if title:
        escaped = title.replace("\\", "\\\\").replace('"', '\\"')
        return f'({dest} "{escaped}")'
    return f"({dest})"


def _md_wrap_for(text: str, escape: Callable[[str], str]) -> Opener:
    """Render one span of ``text`` as Markdown; inline HTML and verbatim markup as written."""

    def wrap(span: Markup, inner: str) -> str:
        raw, source = span.attrs.get("raw"), span.attrs.get("source")
        if span.tag == "br":
            return raw if raw is not None else "\\\n"
        if span.tag == "raw":
            return raw or ""
        if "html" in span.attrs:  # an inline HTML element
            body = escape(source) if source is not None else inner
            return f"{raw}{body}</{span.attrs['html']}>"
        if span.tag == "img":
            alt = span.attrs.get("alt", "")  # the source's own Markdown
            if "label" in span.attrs:
                image = f"![{alt}][{span.attrs['label']}]"
            else:
                tail = _md_link_tail(span.attrs.get("src", ""), span.attrs.get("title"))
                image = f"![{alt}]{tail}"
            if "link_href" in span.attrs:  # a linked image
                if "link_label" in span.attrs:
                    image = f"[{image}][{span.attrs['link_label']}]"
                else:
                    tail = _md_link_tail(span.attrs["link_href"], span.attrs.get("link_title"))
                    image = f"[{image}]{tail}"
            space = span.attrs.get("space")
            if space == "after" and text[span.start : span.start + 1] != " ":
                return image + " "
            if space == "before" and text[span.start - 1 : span.start].strip():
                return " " + image
            return image
        if span.tag == "code":
            code = source if source is not None else text[span.start : span.end]
            ticks = "`" * (max((len(r) for r in re.findall("`+", code)), default=0) + 1)
            pad = " " if code.startswith("`") or code.endswith("`") else ""
            return f"{ticks}{pad}{code}{pad}{ticks}"
        if span.tag == "a":
            shown = text[span.start : span.end]
            if span.attrs.get("markup") == "autolink" and _URL.fullmatch(shown):
                return f"<{shown}>"
            if "label" in span.attrs:
                return f"[{inner}][{span.attrs['label']}]"
            return f"[{inner}]{_md_link_tail(span.attrs.get('href', ''), span.attrs.get('title'))}"
        if span.tag in ("em", "strong", "s"):
            default = {"em": "*", "strong": "**", "s": "~~"}[span.tag]
            mark = span.attrs.get("markup") or default
            before = text[span.start - 1 : span.start]
            after = text[span.end : span.end + 1]
            if "_" in mark and (before.isalnum() or after.isalnum()):
                mark = mark.replace("_", "*")
            return f"{mark}{inner}{mark}" if inner else ""
        return inner

    return wrap


def _md_nesting(spans: list[Markup]) -> list[Markup]:
    """Spans in the order to nest them: of spans over the same text the one listed (closed)
    last is the outer one and code the innermost (a link of code); markup without text in
    document order."""
    order = sorted(
        range(len(spans)),
        key=lambda i: (
            spans[i].start,
            -spans[i].end,
            spans[i].tag in VOID,
            spans[i].tag == "code",
            i if spans[i].tag in VOID else -i,
        ),
    )
    return [spans[i] for i in order]


def _md_inline(text: str, spans: list[Markup]) -> str:
    rendered = render_inline(text, spans, _md_escape, _md_wrap_for(text, _md_escape))
    return _MD_BLOCK_START.sub(_md_unblock, rendered)


def _md_unblock(match: re.Match[str]) -> str:
    """Escape what would start a heading, quote or list on a line: ``\\#``, ``\\-``, ``1\\.``."""
    lead, mark = match.group(1), match.group(2)
    return f"{lead}{mark}\\" if mark[0].isdigit() else f"{lead}\\{mark}"


def _md_block(para: Paragraph, text: str, spans: list[Markup]) -> str:
    """A paragraph's own Markdown, before heading, list and quote prefixes."""
    attrs = para.attrs
    if attrs.get("code"):
        content = str(attrs.get("content", para.text + "\n" if para.text else ""))
        if not attrs.get("fence") and "content" in attrs:  # an indented code block
            lines = content.rstrip("\n").split("\n")
            return "\n".join("    " + line if line else "" for line in lines)
        fence = attrs.get("fence") or "```"
        return f"{fence}{attrs.get('info', '')}\n{content}{fence}"
    if "rule" in attrs:
        return str(attrs["rule"])
    if "html_raw" in attrs:
        return str(attrs["html_raw"])
    if "front_matter" in attrs:
        return str(attrs["front_matter"])
    if "definition" in attrs:
        return str(attrs["definition"])
    spans = _md_nesting(with_code(para, text, spans))
    if attrs.get("html_block"):
        inner = render_inline(text, spans, html_escape, _md_wrap_for(text, html_escape))
        return f"{attrs.get('html_before', '')}{inner}{attrs.get('html_after', '')}"
    return _md_inline(text, spans)


def _md_table(cells: list[tuple[Paragraph, str]]) -> str:
    """A GFM table from its cells' Markdown (the first row is the header)."""
    rows: dict[int, dict[int, str]] = {}
    aligns: dict[int, str] = {}
    for para, body in cells:
        row, col = int(para.attrs.get("row", 0)), int(para.attrs.get("col", 0))
        body = body.replace("\\\n", "<br>").replace("\n", " ").replace("|", "\\|")
        rows.setdefault(row, {})[col] = body
        if row == 0:
            aligns[col] = str(para.attrs.get("align", ""))
    width = max(max(r, default=0) for r in rows.values()) + 1
    rule = {"left": ":---", "center": ":---:", "right": "---:"}
    lines = [
        "| " + " | ".join(rows[r].get(c, "") for c in range(width)) + " |" for r in sorted(rows)
    ]
    lines.insert(
        1, "| " + " | ".join(rule.get(aligns.get(c, ""), "---") for c in range(width)) + " |"
    )
    return "\n".join(lines)


def _md_units(article: Article, lang: str) -> list[tuple[Paragraph, str]]:
    """Each Markdown block with the paragraph that decides its place (tables and HTML joined)."""
    units: list[tuple[Paragraph, str]] = []
    table: list[tuple[Paragraph, str]] = []
    texts = paragraph_texts(article, lang)
    for para, (text, spans) in zip(article.paragraphs, texts, strict=True):
        body = _md_block(para, text, spans)
        if table and para.attrs.get("table") != table[0][0].attrs.get("table"):
            units.append((table[0][0], _md_table(table)))
            table = []
        if para.attrs.get("table"):
            table.append((para, body))
        elif para.attrs.get("html_joined") and units:
            units[-1] = (units[-1][0], units[-1][1] + body)
        elif para.attrs.get("joined") and units:  # link reference definitions on next lines
            units[-1] = (units[-1][0], units[-1][1] + "\n" + body)
        else:
            units.append((para, body))
    if table:
        units.append((table[0][0], _md_table(table)))
    return units


def render_article(article: Article, lang: str) -> str:
    blocks: list[str] = []
    content_col: dict[int, int] = {0: 0}
    prev: Paragraph | None = None
    for para, body in _md_units(article, lang):
        inner = int(para.attrs.get("quote_inner", 0)) if para.kind is Kind.LIST_ITEM else 0
        quote = int(para.attrs.get("quote", 0)) - inner  # quotes around the list
        if inner:  # quotes inside the list item
            body = "\n".join(("> " * inner + line).rstrip() for line in body.split("\n"))
        if para.kind in (Kind.HEADLINE, Kind.HEADING):
            level = int(para.attrs.get("level", 1 if para.kind is Kind.HEADLINE else 2))
            body = body.replace("\\\n", " ")
            if para.attrs.get("setext") and level <= 2:
                body += "\n" + ("=" if level == 1 else "-") * max(len(body), 3)
            else:
                body = "#" * level + " " + body
        elif para.kind is Kind.LIST_ITEM:
            depth = int(para.attrs.get("depth", 1))
            indent = " " * content_col.get(depth - 1, 0)
            if para.attrs.get("continued"):
                prefix = " " * (content_col.get(depth, len(indent) + 2) - len(indent))
            elif para.attrs.get("ordered"):
                prefix = f"{para.attrs.get('number', 1)}{para.attrs.get('marker', '.')} "
            else:
                prefix = f"{para.attrs.get('marker', '-')} "
            content_col[depth] = len(indent) + len(prefix)
            pad = " " * content_col[depth]
            body = indent + prefix + body.replace("\n", "\n" + pad)
        tight = (
            prev is not None
            and para.kind is Kind.LIST_ITEM
            and prev.kind is Kind.LIST_ITEM
            and (
                not para.attrs.get("continued")
                # a fence or a quote interrupts the paragraph before it in a tight list's item
                or (
                    not para.attrs.get("loose")
                    and (
                        bool(para.attrs.get("fence"))
                        or inner > int(prev.attrs.get("quote_inner", 0))
                    )
                )
            )
            and (
                prev.attrs.get("list") == para.attrs.get("list")
                or para.attrs.get("depth", 1) != prev.attrs.get("depth", 1)
            )
            # Items of a loose list are apart (not the first item of a nested one).
            and not (
                para.attrs.get("loose") and para.attrs.get("depth", 1) <= prev.attrs.get("depth", 1)
            )
        )
        if quote:
            body = "\n".join(("> " * quote + line).rstrip() for line in body.split("\n"))
        if prev is not None:
            prev_inner = int(prev.attrs.get("quote_inner", 0)) if prev.kind is Kind.LIST_ITEM else 0
            shared = min(quote, int(prev.attrs.get("quote", 0)) - prev_inner)
            if not tight:
                same_item = (
                    para.attrs.get("continued")
                    and prev.kind is Kind.LIST_ITEM
                    and (prev.attrs.get("list"), prev.attrs.get("depth"))
                    == (para.attrs.get("list"), para.attrs.get("depth"))
                )
                sep = "> " * shared
                if same_item and min(inner, prev_inner):  # the same quote inside the item
                    depth = int(para.attrs.get("depth", 1))
                    sep += " " * content_col[depth] + ">" * min(inner, prev_inner)
                blocks.append(sep.rstrip())
        blocks.append(body)
        prev = para
    return "\n".join(blocks) + "\n"
