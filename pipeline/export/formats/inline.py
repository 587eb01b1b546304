"""Inline markup projected from a source paragraph onto its translation, and rendered.

Spans are projected span by span (see :mod:`pipeline.export.formats`); :func:`render_inline`
nests them into a tree and renders each element with a format's own ``wrap``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.model import Article, Markup, Paragraph, TargetMarkup

VOID = frozenset({"br", "img", "raw"})
CODE_HTML = frozenset({"code", "kbd", "samp"})


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
    if span.tag not in VOID:
        anchored = _anchored(words, target, ta, tb, expected)
        if anchored is not None:
            return anchored
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


_TOKEN = re.compile(r"\S+")


def _distinct(word: str) -> bool:
    """A word a translation keeps as it is: a number, or a name in capitals (``1000``,
    ``NATO``, ``Kyiv``)."""
    return any(ch.isdigit() for ch in word) or (len(word) > 1 and word[0].isupper())


def _anchored(
    words: list[str], target: str, ta: int, tb: int, expected: float
) -> tuple[int, int] | None:
    """Where a span goes when one of its words is in the translation verbatim (a number, a
    name): as many words from there as the span had (``<b>1000 кілометрів</b>`` →
    ``<b>1000 километров</b>``, not ``1000 <b>километров и</b>``)."""
    tokens = [(m.start() + ta, m.end() + ta) for m in _TOKEN.finditer(target[ta:tb])]
    for k, word in enumerate(words):
        core = word.strip(".,;:!?\"'«»“”„()[]")
        if not core or not _distinct(core):
            continue
        hits = [
            i
            for i, (a, b) in enumerate(tokens)
            if re.fullmatch(rf"\W*{re.escape(core)}\W*", target[a:b])
        ]
        if not hits:
            continue
        at = min(hits, key=lambda i: abs(tokens[i][0] - expected))
        first = max(at - k, 0)
        last = min(first + len(words) - 1, len(tokens) - 1)
        return tokens[first][0], tokens[last][1]
    return None


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


def render_inline(
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


def paragraph_texts(article: Article, lang: str) -> list[tuple[str, list[Markup]]]:
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
            out.append(translated_paragraph(para, sentences, translation.markup.get(index)))
    return out


def translated_paragraph(
    para: Paragraph, sentences: list[str], own: TargetMarkup | None = None
) -> tuple[str, list[Markup]]:
    """The translated paragraph and its markup: ``own`` (an editor's, one span per source
    span) while the paragraph still reads ``own.text``, else the projection."""
    text, spans = project(para, sentences)
    if own is not None and own.text == text and len(own.spans) == len(para.markup):
        return text, [Markup(m.start, m.end, m.tag, dict(m.attrs)) for m in own.spans]
    return text, spans


def sentence_ranges(para: Paragraph, sentences: list[str]) -> list[tuple[int, int]]:
    """Where each of ``sentences`` is in the translated paragraph :func:`project` builds."""
    return _layout(para, sentences)[1].target


def with_code(para: Paragraph, text: str, spans: list[Markup]) -> list[Markup]:
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
