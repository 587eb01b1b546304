"""Inline markup as XLIFF inline codes, and back.

A sentence's share of its paragraph's markup becomes XLIFF 2 ``<pc>`` (a span over text)
and ``<ph/>`` (a line break, an image, verbatim markup), or XLIFF 1.2 ``<g>`` and ``<x/>``.
A code's ``id`` is the span's index in ``paragraph.markup`` plus one, the same in the source
and the target of a unit, so an editor's target says which source span each code is.

:func:`read_codes` takes a ``<source>``/``<target>`` back apart: its text and, per code id,
where the code covers it (``<mrk>`` and other annotations are read through).
:func:`edited_markup` rebuilds a paragraph's target markup from the codes of the edited
sentences: a span the editor placed goes where they put it; the others (and every
placeholder) keep their projected place, so no link or image is ever dropped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from lxml import etree

from pipeline.export.formats.inline import (
    VOID,
    Opener,
    render_inline,
    sentence_ranges,
    translated_paragraph,
)
from pipeline.model import Markup, Paragraph, TargetMarkup

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"

_FMT = {"strong": "b", "b": "b", "em": "i", "i": "i", "u": "u"}
_CTYPE = {"b": "bold", "i": "italic", "u": "underlined"}


@dataclass(frozen=True)
class Code:
    """Where inline code ``id`` covers a sentence's text: ``[start, end)``."""

    id: int
    start: int
    end: int


def clip(spans: list[Markup], start: int, end: int) -> list[tuple[int, Markup]]:
    """``(index, span)`` for the spans that touch ``[start, end)``, cut to it and made
    relative to ``start`` (a placeholder counts where it stands, its end included)."""
    out = []
    for index, span in enumerate(spans):
        if span.tag in VOID or span.start == span.end:
            if start <= span.start <= end:
                out.append((index, Markup(span.start - start, span.start - start, span.tag)))
            continue
        if span.start < end and span.end > start:
            a, b = max(span.start, start) - start, min(span.end, end) - start
            out.append((index, Markup(a, b, span.tag, dict(span.attrs))))
    return out


def _name(span: Markup) -> str:
    return str(span.attrs.get("html") or span.tag)


def _disp(span: Markup) -> tuple[str, str]:
    """How the code reads in a CAT tool: ``<strong>`` … ``</strong>``, ``<img alt="…">``,
    verbatim markup as it was."""
    if span.tag == "raw":
        return str(span.attrs.get("raw", "")), ""
    if span.tag == "img":
        alt = span.attrs.get("alt", "")
        return f"<img alt={quoteattr(alt)}>", ""
    name = _name(span)
    href = span.attrs.get("href")
    attrs = f" href={quoteattr(href)}" if href else ""
    return f"<{name}{attrs}>", f"</{name}>"


def _wrap2(ids: dict[int, int]) -> Opener:
    def wrap(span: Markup, inner: str) -> str:
        code = ids[id(span)]
        if span.tag in VOID:
            kind = {"br": ' type="fmt" subType="xlf:lb"', "img": ' type="image"'}
            attr = kind.get(span.tag, ' type="other"')
            return f'<ph id="{code}"{attr} disp={quoteattr(_disp(span)[0])}/>'
        fmt = _FMT.get(_name(span))
        kind = (
            f' type="fmt" subType="xlf:{fmt}"'
            if fmt
            else (' type="link"' if span.tag == "a" else ' type="fmt"')
        )
        start, end = _disp(span)
        return (
            f'<pc id="{code}"{kind} dispStart={quoteattr(start)} dispEnd={quoteattr(end)}>'
            f"{inner}</pc>"
        )

    return wrap


def _wrap12(ids: dict[int, int]) -> Opener:
    def wrap(span: Markup, inner: str) -> str:
        code = ids[id(span)]
        if span.tag in VOID:
            ctype = {"br": "lb", "img": "image"}.get(span.tag, "x-raw")
            return f'<x id="{code}" ctype="{ctype}" equiv-text={quoteattr(_disp(span)[0])}/>'
        fmt = _FMT.get(_name(span))
        ctype = _CTYPE[fmt] if fmt else ("link" if span.tag == "a" else f"x-{_name(span)}")
        return f'<g id="{code}" ctype={quoteattr(ctype)}>{inner}</g>'

    return wrap


def fill(element: etree._Element, text: str, spans: list[tuple[int, Markup]], version: str) -> None:
    """Write ``text`` with its inline codes (``(index, span)``) into ``element``."""
    ids = {id(span): index + 1 for index, span in spans}
    ns = XLIFF2_NS if version == "2" else XLIFF12_NS
    wrap = _wrap2(ids) if version == "2" else _wrap12(ids)
    body = render_inline(text, [span for _, span in spans], _escape, wrap)
    fragment = etree.fromstring(f'<r xmlns="{ns}">{body}</r>')
    element.text = fragment.text
    for child in fragment:
        element.append(child)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def read_codes(element: etree._Element) -> tuple[str, list[Code]]:
    """The text of a ``<source>``/``<target>`` and where each inline code covers it.

    ``<pc>``/``<g>`` give a span, ``<ph>``/``<x>`` a point; anything else inline (``<mrk>``,
    ``<sm>``, an unknown code) is read through for its text.  A code id that is not a
    number is ignored: it is not one newsmt wrote.
    """
    parts: list[str] = []
    codes: list[Code] = []
    length = 0

    def walk(node: etree._Element) -> None:
        nonlocal length
        if node.text:
            parts.append(node.text)
            length += len(node.text)
        for child in node:
            if not isinstance(child.tag, str):  # a comment or processing instruction
                pass
            else:
                name = etree.QName(child).localname
                start = length
                walk(child)
                raw = child.get("id", "")
                if name in ("pc", "g", "ph", "x") and raw.isdigit():
                    codes.append(Code(int(raw), start, length))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(element)
    return "".join(parts), codes


def edited_markup(
    para: Paragraph,
    sentences: list[str],
    placed: dict[int, list[Code]],
    before: TargetMarkup | None = None,
) -> TargetMarkup:
    """The paragraph's target markup after sentences ``placed`` (index → its codes) were
    edited: one span per source span, as :func:`translated_paragraph` uses it."""
    text, projected = translated_paragraph(para, sentences, before)
    ranges = sentence_ranges(para, sentences)
    spans = []
    for index, span in enumerate(para.markup):
        own = projected[index]
        if span.tag in VOID:
            spans.append(own)
            continue
        pieces: list[tuple[int, int]] = []
        for s, (a, b) in enumerate(ranges):
            if s in placed:
                pieces += [(a + c.start, a + c.end) for c in placed[s] if c.id == index + 1]
            elif own.start < b and own.end > a:
                pieces.append((max(own.start, a), min(own.end, b)))
        if pieces:
            start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
            spans.append(Markup(start, end, own.tag, dict(own.attrs)))
        else:
            spans.append(own)
    return TargetMarkup(text, spans)
