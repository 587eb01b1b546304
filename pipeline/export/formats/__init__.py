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

import json
import re
from pathlib import Path

from pipeline.export.formats import cms, html, markdown, text
from pipeline.export.formats.inline import project
from pipeline.export.provenance import TEST_MODEL_MARK, by_test_model
from pipeline.model import LANGS, Article

__all__ = ["mark_test_model", "output_name", "project", "render"]


def output_name(source: str | Path, lang: str) -> str:
    """The translated file's name: ``story.md`` → ``story.uk.md`` (``stdin.uk.txt`` for ``-``);
    a source named as a translation changes its language: ``story.en.md`` → ``story.uk.md``."""
    path = Path(source)
    stem = "stdin" if str(source) in ("-", "") else path.stem
    base, dot, tag = stem.rpartition(".")
    if dot and base and tag in LANGS:
        stem = base
    return f"{stem}.{lang}{path.suffix or '.txt'}"


def render(articles: list[Article], lang: str) -> str:
    """The ``lang`` translations of one source file's articles, in the file's own format
    (marked TEST MODEL when a newsmt test model wrote them: :func:`mark_test_model`)."""
    if not articles:
        return ""
    fmt = articles[0].format
    if fmt in ("json", "jsonl"):
        out = cms.render(articles, lang)
    else:
        writers = {
            "txt": text.render_article,
            "md": markdown.render_article,
            "html": html.render_article,
        }
        one = writers.get(fmt)
        if one is None:
            raise ValueError(f"cannot write format {fmt!r}")
        out = "\n".join(one(article, lang) for article in articles)
    return mark_test_model(out, fmt) if by_test_model(articles, lang) else out


def mark_test_model(rendered: str, fmt: str) -> str:
    """``rendered`` with :data:`TEST_MODEL_MARK` where a reader of its format sees it first:
    the first line of text, a Markdown paragraph, an HTML comment and ``<meta>`` after the
    doctype, a ``newsmt_test_model`` field in each CMS object."""
    if fmt == "txt":
        return f"[{TEST_MODEL_MARK}]\n\n{rendered}"
    if fmt == "md":
        return f"**{TEST_MODEL_MARK}**\n\n{rendered}"
    if fmt == "html":
        mark = f"<!-- {TEST_MODEL_MARK} -->\n"
        doctype = re.match(r"\s*<!doctype[^>]*>\n?", rendered, re.I)
        at = doctype.end() if doctype else 0
        return rendered[:at] + mark + rendered[at:]
    try:
        data = json.loads(rendered)
    except json.JSONDecodeError:  # JSON lines
        rows = [json.loads(line) for line in rendered.splitlines() if line.strip()]
        return "".join(
            json.dumps({**row, "newsmt_test_model": TEST_MODEL_MARK}, ensure_ascii=False) + "\n"
            for row in rows
        )
    rows = data if isinstance(data, list) else [data]
    for row in rows:
        row["newsmt_test_model"] = TEST_MODEL_MARK
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
