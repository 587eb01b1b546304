"""Write translated articles in their own input format, structure and inline markup restored.

Each paragraph's translation is its sentences from ``article.translations[lang]`` joined
with single spaces (a paragraph whose translation is empty keeps its source text, and
Markdown code blocks are never translated).  An article already in ``lang`` with no
translation is written as it is.

Inline markup is projected from the source paragraph onto its translation, span by span:

1. A span covering whole source sentences (ignoring surrounding punctuation) wraps the
   corresponding whole translated sentences — sentence alignment is one to one.
2. A line break (``br``) between two source sentences becomes the space between the two
   translated sentences.
3. A span whose text appears verbatim in the translated sentence (URLs, names kept as
   they are, numbers) wraps that occurrence — the one nearest the expected position.
4. Otherwise the span is placed proportionally by character position inside its
   sentence and snapped to the nearest word boundaries.

Spans are never dropped: a link keeps its ``href`` even if its words moved. Projected
spans are trimmed of surrounding spaces, spans apart in the source are kept apart (a
later one starts after an earlier one ends, even if that leaves it empty), and spans are
re-nested (one crossing its parent's end is cut there), so the output is well formed.
HTML output escapes text and attribute values; Markdown output backslash-escapes its
special characters (HTML-escapes the text of an HTML block). Markdown that carries no text
(code blocks, thematic breaks, front matter, HTML blocks of tags only, comments, footnote
markers) is written verbatim; inline HTML keeps its opening tag verbatim; a code span is
written with the source's code; tables are rebuilt from their cells. An HTML page (and
a CMS field holding HTML) is written as the source page with each paragraph's content
replaced (:func:`html_page`): head, navigation, scripts, comments, ``pre`` and every
attribute stay as they were.  A CMS record keeps its unknown fields as they were, with
``lang`` set to the target language.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

from pipeline.model import Article, Kind, Markup, Paragraph

VOID = frozenset({"br", "img", "raw"})
_MD_SPECIAL = re.compile(r"([\\`*_~\[\]<>])")
_MD_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_MD_BLOCK_START = re.compile(r"^([ \t]*)([#>+=-]|\d+(?=[.)]))", re.M)


def output_name(source: str | Path, lang: str) -> str:
    """The translated file's name: ``story.md`` → ``story.uk.md`` (``stdin.uk.txt`` for ``-``)."""
    path = Path(source)
    stem = "stdin" if str(source) in ("-", "") else path.stem
    return f"{stem}.{lang}{path.suffix or '.txt'}"


# --------------------------------------------------------------------------- projection


def _core(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The first and after-last alphanumeric positions of ``text[lo:hi]`` (``lo, lo`` if none)."""
    start = next((i for i in range(lo, hi) if text[i].isalnum()), None)
    if start is None:
        return lo, lo
    end = next(i for i in range(hi, lo, -1) if text[i - 1].isalnum())
    return start, end


def _word_start(text: str, pos: int, lo: int, hi: int) -> int:
    """The word start nearest ``pos`` in ``[lo, hi)`` (the later one on a tie)."""
    starts = [
        i for i in range(lo, hi) if not text[i].isspace() and (i == lo or text[i - 1].isspace())
    ]
    return min(starts, key=lambda i: (abs(i - pos), -i)) if starts else lo


def _word_end(text: str, pos: int, lo: int, hi: int) -> int:
    """The word end nearest ``pos`` in ``(lo, hi]`` (the earlier one on a tie)."""
    ends = [
        i
        for i in range(lo + 1, hi + 1)
        if not text[i - 1].isspace() and (i == hi or text[i].isspace())
    ]
    return min(ends, key=lambda i: (abs(i - pos), i)) if ends else hi


@dataclass
class _Layout:
    """Source and target sentence ranges of one paragraph, aligned one to one."""

    source: list[tuple[int, int]]
    target: list[tuple[int, int]]

    def sentences_of(self, start: int, end: int) -> tuple[int, int]:
        """Indices of the first and last source sentences a span ``[start, end)`` touches."""
        first = next(
            (i for i, (a, b) in enumerate(self.source) if start < b or (start == end == b)),
            len(self.source) - 1,
        )
        last = first
        for i in range(first, len(self.source)):
            if self.source[i][0] < end:
                last = i
        return first, last


def _gap(para: Paragraph, index: int) -> str:
    """What joins translated sentence ``index`` to the one before: a space, or the source's
    own white space between the two sentences if it holds no-break spaces
    (``13.\u00a0Tools``)."""
    if 0 < index < len(para.sentences):
        gap = para.text[para.sentences[index - 1].end : para.sentences[index].start]
        if gap.isspace() and not gap.isascii():
            return gap
    return " "


def _layout(para: Paragraph, sentences: list[str]) -> tuple[str, _Layout]:
    """The translated paragraph and its layout.  White space before the first and after
    the last source sentence (no-break spaces, line breaks of an HTML paragraph) is kept."""
    aligned = len(para.sentences) == len(sentences) and bool(sentences)
    lead = para.text[: para.sentences[0].start] if aligned else ""
    trail = para.text[para.sentences[-1].end :] if aligned else ""
    lead, trail = (lead if lead.isspace() else ""), (trail if trail.isspace() else "")
    text = lead
    target: list[tuple[int, int]] = []
    for index, sent in enumerate(sentences):
        if sent and text.strip():
            text += _gap(para, index)
        target.append((len(text), len(text) + len(sent)))
        text += sent
    text += trail
    if aligned:
        source = [(s.start, s.end) for s in para.sentences]
        return text, _Layout(source, target)
    return text, _Layout([(0, len(para.text))], [(0, len(text))])


def _project_one(span: Markup, source: str, target: str, lay: _Layout) -> tuple[int, int]:
    first, last = lay.sentences_of(span.start, span.end)
    (sa, _), (_, sb) = lay.source[first], lay.source[last]
    (ta, _), (_, tb) = lay.target[first], lay.target[last]
    if span.tag == "br":
        # A break between sentences is the space between their translations.
        before = max((i for i, (_, b) in enumerate(lay.source) if b <= span.start), default=None)
        if before is not None and before + 1 < len(lay.target):
            end = lay.target[before][1]
            return end, min(end + 1, lay.target[before + 1][0])
    src_core = (
        _core(source, sa, lay.source[first][1])[0],
        _core(source, lay.source[last][0], sb)[1],
    )
    if span.end > span.start and span.start <= src_core[0] and span.end >= src_core[1]:
        start = ta if span.start <= sa else _core(target, ta, lay.target[first][1])[0]
        end = tb if span.end >= sb else _core(target, lay.target[last][0], tb)[1]
        # Punctuation the span takes beyond the words (``**Note:**``) is taken if the same.
        before, after = source[span.start : src_core[0]], source[src_core[1] : span.end]
        if span.start > sa and before and target[:start].endswith(before):
            start -= len(before)
        if span.end < sb and after and target.startswith(after, end):
            end += len(after)
        return start, max(end, start)
    width = max(sb - sa, 1)
    expected = ta + (span.start - sa) / width * (tb - ta)
    needle = source[span.start : span.end].strip()
    words = needle.split()
    # Code the translation kept only in part (``port --status`` of ``port --status && exit``)
    # is found by its longest leading words.
    code = span.tag in CODE_HTML or span.attrs.get("html") in CODE_HTML
    for count in range(len(words), 0 if code else len(words) - 1, -1):
        part = needle if count == len(words) else " ".join(words[:count])
        found = [m.start() for m in re.finditer(re.escape(part), target[ta:tb])]
        if part and found and (count == len(words) or len(part) >= 3):
            best = min(found, key=lambda i: abs(ta + i - expected)) + ta
            return best, best + len(part)
    if span.tag in ("raw", "img"):
        pos = _raw_position(span.start, source, target, (sa, sb), (ta, tb), expected)
        return pos, pos
    if span.tag in VOID:
        pos = _word_start(target, round(expected), ta, tb)
        return pos, pos
    start = _word_start(target, round(expected), ta, tb)
    end = _word_end(target, round(ta + (span.end - sa) / width * (tb - ta)), ta, tb)
    if end <= start:
        end = _word_end(target, start + 1, start, tb)
    if source[span.end - 1 : span.end].isalnum():
        while end > start + 1 and not target[end - 1].isalnum():
            end -= 1
    return start, end


def _raw_position(
    at: int,
    source: str,
    target: str,
    src: tuple[int, int],
    tgt: tuple[int, int],
    expected: float,
) -> int:
    """Where verbatim markup (a comment, a footnote marker) or an image goes in the target.

    Before or after the sentence, or before or after its words, it stays so; inside, it
    keeps to the nearest end of a word (before its punctuation) if it follows a letter or
    digit, to the nearest word end if it follows punctuation, else to the nearest point
    after a space.
    """
    (sa, sb), (ta, tb) = src, tgt
    core, target_core = _core(source, sa, sb), _core(target, ta, tb)
    if at <= sa:
        return ta
    if at >= sb:
        return tb
    if at <= core[0]:
        return target_core[0]
    if at >= core[1]:
        return target_core[1]
    if source[at - 1].isspace():
        gaps = [i for i in range(ta + 1, tb + 1) if target[i - 1].isspace()]
        return min(gaps, key=lambda i: (abs(i - expected), i)) if gaps else ta
    if source[at - 1].isalnum():  # right after a word, before its punctuation
        ends = [
            i
            for i in range(ta + 1, tb + 1)
            if target[i - 1].isalnum() and (i == tb or not target[i].isalnum())
        ]
        return min(ends, key=lambda i: (abs(i - expected), i)) if ends else tb
    return _word_end(target, round(expected), ta, tb)


def _exact(pos: int, source: str, target: str, lay: _Layout) -> int | None:
    """Where ``pos`` is in the translation if the sentences around it are unchanged (or it
    is in the white space before or after them, which is kept)."""
    if pos < lay.source[0][0]:
        return lay.target[0][0] - (lay.source[0][0] - pos)
    if pos > lay.source[-1][1]:
        return lay.target[-1][1] + pos - lay.source[-1][1]
    same = [
        source[a:b] == target[c:d] for (a, b), (c, d) in zip(lay.source, lay.target, strict=True)
    ]
    for i, (a, b) in enumerate(lay.source):
        if a <= pos <= b:
            return lay.target[i][0] + pos - a if same[i] else None
        if i + 1 < len(lay.source) and b < pos < lay.source[i + 1][0]:
            if not (same[i] and same[i + 1]):
                return None
            end = lay.target[i][1]
            return min(end + pos - b, lay.target[i + 1][0])
    return None


def project(para: Paragraph, sentences: list[str]) -> tuple[str, list[Markup]]:
    """The translated paragraph text and the paragraph's markup projected onto it."""
    target, lay = _layout(para, sentences)
    spans: list[Markup] = []
    for span in para.markup:
        start, end = (
            _exact(span.start, para.text, target, lay),
            _exact(span.end, para.text, target, lay),
        )
        if start is not None and end is not None:  # over sentences left as they were
            spans.append(Markup(start, end, span.tag, dict(span.attrs)))
            continue
        start, end = _project_one(span, para.text, target, lay)
        if span.tag not in VOID:
            while start < end and target[start].isspace():
                start += 1
            while end > start and target[end - 1].isspace():
                end -= 1
        spans.append(Markup(start, end, span.tag, dict(span.attrs)))
    # Spans apart in the source stay apart (and in order) in the translation.
    order = sorted(range(len(spans)), key=lambda i: para.markup[i].start)
    for pos, i in enumerate(order):
        before = [
            spans[j].end
            for j in order[:pos]
            if para.markup[j].end <= para.markup[i].start
            and (
                para.markup[j].end > para.markup[j].start
                or para.markup[j].end < para.markup[i].start
            )
        ]
        if before and spans[i].start < max(before):
            spans[i].start = max(before)
            spans[i].end = max(spans[i].end, spans[i].start)
    return target, spans


@dataclass
class _Node:
    span: Markup | None
    start: int
    end: int
    children: list[_Node] = field(default_factory=list)


def _tree(text: str, spans: list[Markup]) -> _Node:
    """Nest spans (sorted by start, longest first); a span crossing its parent's end is cut."""
    root = _Node(None, 0, len(text))
    stack = [root]
    # An HTML image or comment before an element starting at the same place stays out of it.
    for span in sorted(spans, key=lambda m: (m.start, "html_first" not in m.attrs, -m.end)):
        while len(stack) > 1 and (
            span.start > stack[-1].end
            or (span.start == stack[-1].end and "html_inside" not in span.attrs)
        ):
            stack.pop()
        parent = stack[-1]
        start = min(max(span.start, parent.start), parent.end)
        node = _Node(span, start, min(max(span.end, start), parent.end))
        parent.children.append(node)
        if span.tag not in VOID:
            stack.append(node)
    return root


Opener = Callable[[Markup, str], str]


def _render_inline(
    text: str, spans: list[Markup], escape: Callable[[str], str], wrap: Opener
) -> str:
    """Render ``text`` with ``spans``: ``wrap(span, rendered inner)`` renders one element."""

    def walk(node: _Node) -> str:
        out, pos = [], node.start
        for child in node.children:
            out.append(escape(text[pos : child.start]))
            span = child.span
            assert span is not None
            out.append(wrap(span, "" if span.tag in VOID else walk(child)))
            pos = child.end
        out.append(escape(text[pos : node.end]))
        return "".join(out)

    return walk(_tree(text, spans))


def _paragraph_texts(article: Article, lang: str) -> list[tuple[str, list[Markup]]]:
    """Each paragraph's text and markup in ``lang``."""
    translation = article.translations.get(lang)
    if translation is None:
        if article.lang == lang:
            return [(p.text, p.markup) for p in article.paragraphs]
        raise ValueError(f"article {article.id} has no {lang} translation to write")
    out = []
    for index, para in enumerate(article.paragraphs):
        sentences = translation.sentences[index] if index < len(translation.sentences) else []
        if para.attrs.get("code") or not any(s.strip() for s in sentences):
            out.append((para.text, para.markup))
        else:
            out.append(project(para, sentences))
    return out


# --------------------------------------------------------------------------- HTML


def _html_attrs(attrs: dict[str, Any]) -> str:
    return "".join(f' {k}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items())


def _html_escape(text: str) -> str:
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
        inner = _html_escape(source)  # code as the source wrote it
    return f"<{name}{_html_attrs(attrs)}>{inner}</{name}>"


def _html_inline(text: str, spans: list[Markup]) -> str:
    def wrap(span: Markup, inner: str) -> str:
        out = _html_wrap(span, inner)
        after = text[span.start : span.start + 1]
        # An image or comment the source had between two spaces.
        return out + " " if span.attrs.get("html_space") and after.strip() else out

    return _render_inline(text, spans, _html_escape, wrap)


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
        inner = _html_inline(text, spans)
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


def _render_html(article: Article, lang: str) -> str:
    texts = _paragraph_texts(article, lang)
    if "source" in article.meta.get("html", {}):
        return _html_page(article, lang, texts)
    pairs = zip(article.paragraphs, texts, strict=True)
    title = next((t for p, (t, _) in pairs if p.kind is Kind.HEADLINE), "")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html_escape(title)}</title>\n</head>\n<body>\n<article>\n"
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
        _splice(el, first, end, _html_inline(text, _with_code(para, text, spans)))
    return doc


def _html_page(article: Article, lang: str, texts: list[tuple[str, list[Markup]]]) -> str:
    """The source page with the article's text in ``lang``: everything else as it was.

    The page's ``lang`` (and ``xml:lang``) is set to ``lang``, its declared charset to
    UTF-8 (what is written), and a ``<title>`` that starts with the headline starts with
    the translated headline.
    """
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
    doctype = "<!doctype" in source[:4096].lower()
    out = write_html(doc.getroottree(), doctype=None if doctype else "").removeprefix("\n")
    return out if out.endswith("\n") else out + "\n"


def write_html(node: Any, **options: Any) -> str:
    """``lxml.html.tostring(node)`` as text, attributes as they are in the tree.

    libxml2 leaves out a ``Content-Type`` ``<meta>`` and percent-encodes spaces and
    non-ASCII letters in ``href``/``src``/``action`` (``Київ`` → ``%D0%9A…``): those
    attributes are written under another name and renamed back.
    """
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


# --------------------------------------------------------------------------- Markdown

_MD_DEST_UNSAFE = re.compile(r"[\s()<>]")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@\\]+@[^\s<>@\\]+")
CODE_HTML = frozenset({"code", "kbd", "samp"})


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


def _with_code(para: Paragraph, text: str, spans: list[Markup]) -> list[Markup]:
    """``spans`` (projected from ``para.markup``, in its order), code keeping the source's code.

    A span covering part of its code verbatim grows over the rest of it where the text
    beside has it (punctuation or a space the projection left outside), so that it is not
    written twice.
    """
    out = []
    for src, span in zip(para.markup, spans, strict=True):
        if src.tag in CODE_HTML or src.attrs.get("html") in CODE_HTML:
            code = para.text[src.start : src.end]
            start, end = span.start, span.end
            left = code.find(text[start:end]) if end > start else -1
            if left >= 0:
                right = left + end - start
                while left > 0 and start > 0 and text[start - 1] == code[left - 1]:
                    start, left = start - 1, left - 1
                while right < len(code) and end < len(text) and text[end] == code[right]:
                    end, right = end + 1, right + 1
                while right < len(code) and end > span.end and text[end - 1].isspace():
                    end, right = end - 1, right - 1  # the rest of the code is not there
                while left > 0 and start < span.start and text[start].isspace():
                    start, left = start + 1, left + 1
            span = Markup(start, end, span.tag, {**span.attrs, "source": code})
        out.append(span)
    return out


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
    rendered = _render_inline(text, spans, _md_escape, _md_wrap_for(text, _md_escape))
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
    spans = _md_nesting(_with_code(para, text, spans))
    if attrs.get("html_block"):
        inner = _render_inline(text, spans, _html_escape, _md_wrap_for(text, _html_escape))
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
    texts = _paragraph_texts(article, lang)
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


def _render_md(article: Article, lang: str) -> str:
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


# --------------------------------------------------------------------------- plain text


def _render_txt(article: Article, lang: str) -> str:
    lines: list[str] = []
    for para, (text, _) in zip(article.paragraphs, _paragraph_texts(article, lang), strict=True):
        if para.attrs.get("same_line") and lines:  # a caption glued to the line before
            lines[-1] += " " + text.replace("\n", " ")
            continue
        if para.attrs.get("blank_before") and lines:
            lines.append("")
        lines.append(text.replace("\n", " "))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- CMS JSON


def _cms_object(article: Article, lang: str) -> dict[str, Any]:
    texts = _paragraph_texts(article, lang)
    cms = article.meta.get("cms", {})
    by_field: dict[str, list[int]] = {}
    for index, para in enumerate(article.paragraphs):
        default = "title" if para.kind is Kind.HEADLINE else "paragraphs"
        by_field.setdefault(para.attrs.get("field", default), []).append(index)
    keys = list(cms.get("keys", [])) or ["id", *by_field]
    if "lang" not in keys:
        keys.append("lang")
    extra = cms.get("extra", {})
    obj: dict[str, Any] = {}
    for key in keys:
        if key == "id":
            obj[key] = cms.get("id", article.id) if cms else article.id
        elif key == "lang":
            obj[key] = lang
        elif key in by_field:
            indices = by_field[key]
            paras = [article.paragraphs[i] for i in indices]
            if key in cms.get("html_source", {}):
                div = html_page(
                    cms["html_source"][key],
                    paras,
                    [texts[i] for i in indices],
                    article.source_path,
                    fragment=True,
                )
                obj[key] = _html_escape(div.text or "") + "".join(write_html(c) for c in div)
            elif key in cms.get("html", []):  # a record written before html_source
                obj[key] = html_blocks(paras, [texts[i] for i in indices])
            elif key == "paragraphs":
                obj[key] = [texts[i][0] for i in indices]
            else:
                obj[key] = "\n\n".join(texts[i][0] for i in indices)
        elif key in extra:
            obj[key] = extra[key]
    return obj


def _render_json(articles: list[Article], lang: str) -> str:
    objects = [_cms_object(a, lang) for a in articles]
    layout = (
        articles[0].meta.get("cms", {}).get("layout", "list" if len(articles) > 1 else "object")
    )
    if articles[0].format == "jsonl" or layout == "lines":
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)
    data: Any = objects[0] if layout == "object" and len(objects) == 1 else objects
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(articles: list[Article], lang: str) -> str:
    """The ``lang`` translations of one source file's articles, in the file's own format."""
    if not articles:
        return ""
    fmt = articles[0].format
    if fmt in ("json", "jsonl"):
        return _render_json(articles, lang)
    one = {"txt": _render_txt, "md": _render_md, "html": _render_html}.get(fmt)
    if one is None:
        raise ValueError(f"cannot write format {fmt!r}")
    return "\n".join(one(article, lang) for article in articles)
