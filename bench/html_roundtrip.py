"""HTML fidelity: read → render each file with translations equal to the source.

Each HTML file given (folders are walked for ``*.html``/``*.htm``) is read with newsmt's
reader, segmented, and written back with every sentence as its own translation.  Input
and output are parsed with ``lxml.html`` and their element trees compared node by node,
in order: tag, attributes, text and tail, comments and processing instructions included.
Normalisation before comparing: outside ``pre``/``textarea``/``script``/``style`` runs of
ASCII white space become one space and each text/tail is stripped at both ends (a browser
renders both alike); the ``lang`` and ``xml:lang`` attributes of ``<html>`` are ignored
(the writer sets them to the target language), and so is a ``<meta>`` charset (it
declares UTF-8, which the writer writes).  Prints the first difference of the first
``--show`` files that differ, files newsmt cannot read, and the share of readable files
that come back the same (and with the same body text, line breaks and block edges read
as spaces; and the same tree with white space compared as it is).  The comment newsmt puts
first in ``<body>`` (what it left in the source language) is taken out before comparing.

    .venv/bin/python bench/html_roundtrip.py --show 5 samples /usr/share/doc \
        .venv/lib/python3.11/site-packages
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from pipeline.errors import InputError
from pipeline.export.formats import render
from pipeline.model import Translation
from pipeline.readers import decode, read_text
from pipeline.segment import segment_article

BLOCKS = tuple(
    [
        "br",
        "p",
        "div",
        "dt",
        "dd",
        "li",
        "td",
        "th",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "hr",
    ]
)
VERBATIM = frozenset({"pre", "textarea", "script", "style"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_CHARSET = re.compile(r"charset\s*=\s*[^\s;\"']+|^utf-?8$", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


_NOTE = re.compile(r"<!-- newsmt: the story text is translated into [^>]*-->\n?")


def parse(html: str) -> Any:
    """The ``lxml.html`` document (an XML declaration, which lxml refuses in text, dropped)."""
    return lxml.html.document_fromstring(_XML_DECL.sub("", html))


def round_trip(source: str, name: str = "bench.html") -> str:
    """``source`` read and written back with each sentence as its own translation."""
    (article,) = read_text(source, "html", name)
    article.lang = "en"
    segment_article(article)
    sentences = [[s.text for s in p.sentences] for p in article.paragraphs]
    article.translations["uk"] = Translation("uk", "identity", ["en", "uk"], sentences=sentences)
    return _NOTE.sub("", render([article], "uk"), count=1)  # newsmt's note, not the page


def _norm(text: str | None, verbatim: bool) -> str:
    if not text:
        return ""
    return text if verbatim else _SPACE.sub(" ", text).strip()


def nodes(html: str, strict: bool = False) -> Iterator[tuple[Any, ...]]:
    """The normalised nodes of a document in document order (``strict``: white space too)."""
    root = parse(html)

    def walk(el: Any, verbatim: bool) -> Iterator[tuple[Any, ...]]:
        element = isinstance(el.tag, str)
        tag = el.tag if element else type(el).__name__  # _Comment, _ProcessingInstruction
        inner = verbatim or strict or tag in VERBATIM
        attrs = sorted(
            (k, _CHARSET.sub("charset=utf-8", v) if tag == "meta" else v)
            for k, v in el.attrib.items()
            if el is not root or k not in ("lang", "xml:lang")
        )
        yield (tag, tuple(attrs) if element else (), _norm(el.text, inner or not element))
        if element:
            for child in el:
                yield from walk(child, inner)
        yield ("/" + tag, _norm(el.tail, verbatim))

    yield ("doctype", root.getroottree().docinfo.doctype)
    yield from walk(root, strict)


def _text(html: str) -> str:
    """The body's text, white space collapsed (what a reader of the page sees, roughly)."""
    body = parse(html).find(".//body")
    if body is None:
        return ""
    for el in body.iter(*BLOCKS):  # a line break or a block's edge separates words
        el.text = " " + (el.text or "")
        el.tail = " " + (el.tail or "")
    return _SPACE.sub(" ", body.text_content()).strip()


def first_difference(a: str, b: str) -> str | None:
    """The first differing node of two documents, ``None`` if they are the same."""
    left, right = list(nodes(a)), list(nodes(b))
    for x, y in zip(left, right, strict=False):
        if x != y:
            return f"in:  {str(x)[:150]}\n  out: {str(y)[:150]}"
    if len(left) != len(right):
        extra = left[len(right)] if len(left) > len(right) else right[len(left)]
        return f"{'input' if len(left) > len(right) else 'output'} has more: {str(extra)[:150]}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", type=int, default=10, help="differences to print")
    parser.add_argument("--max-kb", type=int, default=300, help="skip larger files")
    args = parser.parse_args()
    files = sorted(
        f
        for p in map(Path, args.paths)
        for f in ([p] if p.is_file() else [*p.rglob("*.html"), *p.rglob("*.htm")])
        if f.is_file() and f.stat().st_size <= args.max_kb * 1024
    )
    same = same_text = strict = unreadable = shown = 0
    for path in files:
        try:
            source, _ = decode(path.read_bytes(), str(path))
            output = round_trip(source, str(path))
        except InputError:
            unreadable += 1
            continue
        try:
            diff = first_difference(source, output)
        except (etree.ParserError, ValueError):
            unreadable += 1
            continue
        same_text += _text(source) == _text(output)
        strict += list(nodes(source, strict=True)) == list(nodes(output, strict=True))
        if diff is None:
            same += 1
        elif shown < args.show:
            shown += 1
            print(f"{path}:\n  {diff}")
    read = len(files) - unreadable
    share = f"{same / max(read, 1):.1%}"
    print(
        f"files {len(files)}: unreadable {unreadable}, same tree {same}/{read} ({share}), "
        f"same body text {same_text}/{read} ({same_text / max(read, 1):.1%}), "
        f"same tree with white space {strict}/{read} ({strict / max(read, 1):.1%})"
    )


if __name__ == "__main__":
    main()
