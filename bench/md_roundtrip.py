"""Markdown fidelity: read → render each file with translations equal to the source.

Prints, over the Markdown files given (folders are walked), how many come back byte for
byte, how many render to the same HTML (markdown-it, white space collapsed), how many are
stable (a second round trip changes nothing), and the first HTML difference of each file
that does not.

    .venv/bin/python bench/md_roundtrip.py README.md docs/
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from markdown_it import MarkdownIt

from pipeline.export.formats import render
from pipeline.model import Translation
from pipeline.readers import read_text
from pipeline.segment import segment_article

_HTML = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def round_trip(source: str) -> str:
    """``source`` read and written back with each sentence as its own translation."""
    (article,) = read_text(source, "md", "bench.md")
    article.lang = "en"
    segment_article(article)
    sentences = [[s.text for s in p.sentences] for p in article.paragraphs]
    article.translations["uk"] = Translation("uk", "identity", ["en", "uk"], sentences=sentences)
    return render([article], "uk")


def html(text: str) -> str:
    return re.sub(r"\s+", " ", _HTML.render(text)).strip()


def main(paths: list[str]) -> None:
    files = sorted(f for p in map(Path, paths) for f in ([p] if p.is_file() else p.rglob("*.md")))
    exact = same = stable = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        output = round_trip(source)
        exact += output == source
        stable += round_trip(output) == output
        a, b = html(source), html(output)
        if a == b:
            same += 1
            continue
        at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
        print(f"{path}: HTML differs at {at}")
        print(f"  in:  {a[at - 60 : at + 60]}\n  out: {b[at - 60 : at + 60]}")
    n = len(files)
    share = f"{same / max(n, 1):.1%}"
    print(f"files {n}: byte-identical {exact}, same HTML {same} ({share}), stable {stable}")


if __name__ == "__main__":
    main(sys.argv[1:])
