"""What `glossary suggest` proposes for real news text, for labelling by hand.

Reads the first lines of a WMT22 source file (one segment a line, every line one article
``L<line number>`` in language LANG), or with ``--docs`` a WMT24 file whose lines
``docs.tsv`` groups into documents (one article per document, a paragraph per line, the
canary line left out), runs :func:`pipeline.glossary.suggest.suggest` on them
(with no glossary unless ``--glossary`` is given) and prints the number of suggestions, the
time taken, and a seeded sample of suggestions with the line they were first seen in: label
each right (a named entity, its nominative form correct) or wrong.

Usage::

    python bench/suggest_wmt.py LANG SOURCE [--lines 500] [--sample 30] [--seed 1]
    python bench/suggest_wmt.py uk ../shared/eval/wmt22/uk-en.src.uk
    python bench/suggest_wmt.py ru ../shared/eval/wmt24/ref.ru --docs ../shared/eval/wmt24/docs.tsv
    python bench/suggest_wmt.py en ../shared/eval/wmt22/en-uk.src.en \
        --also uk:../shared/eval/wmt22/en-uk.ref.uk --glossary glossaries   # line-aligned editions

Only the suggestions the editions back are sampled (``glossary suggest``'s default); ``--all``
samples every one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

from pipeline.detect import detect_article  # noqa: E402
from pipeline.fsutil import atomic_write_text  # noqa: E402
from pipeline.glossary import Glossary  # noqa: E402
from pipeline.glossary.suggest import suggest, to_tsv  # noqa: E402
from pipeline.model import LANGS, Article  # noqa: E402
from pipeline.readers import read_text  # noqa: E402
from pipeline.segment import segment_article  # noqa: E402


def articles(path: Path, lang: str, lines: int) -> list[Article]:
    """The first ``lines`` non-empty lines of ``path``, one segmented article each."""
    out: list[Article] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if len(out) >= lines:
            break
        if not line.strip():
            continue
        for article in read_text(line, "txt", f"L{number}"):
            detect_article(article, lang)
            segment_article(article)
            out.append(article)
    return out


def documents(path: Path, lang: str, docs: Path) -> list[Article]:
    """The documents of a WMT24 file: lines grouped by the id ``docs`` gives each line."""
    grouped: dict[str, list[str]] = {}
    ids = [row.split("\t")[1] for row in docs.read_text(encoding="utf-8").splitlines()]
    lines = path.read_text(encoding="utf-8").splitlines()
    for doc, line in zip(ids, lines, strict=True):
        if doc != "canary" and line.strip():
            grouped.setdefault(doc, []).append(line.strip())
    out: list[Article] = []
    for doc, paragraphs in grouped.items():
        for article in read_text("\n\n".join(paragraphs) + "\n", "txt", doc):
            detect_article(article, lang)
            segment_article(article)
            out.append(article)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=LANGS)
    parser.add_argument("source", type=Path)
    parser.add_argument("--lines", type=int, default=500, help="first N lines (default 500)")
    parser.add_argument("--sample", type=int, default=30, help="suggestions to print (30)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample")
    parser.add_argument("--glossary", type=Path, action="append", default=[])
    parser.add_argument("--docs", type=Path, help="docs.tsv: one article per document")
    parser.add_argument("--dump", type=Path, help="write every suggestion here as glossary rows")
    parser.add_argument(
        "--all", action="store_true",
        help="sample the unconfirmed suggestions too (`glossary suggest --all`)",
    )  # fmt: skip
    parser.add_argument(
        "--also", action="append", default=[], metavar="LANG:PATH",
        help="another language's file of the same documents, in the same batch (with --docs, "
        "or line by line without); a sample is printed per language",
    )  # fmt: skip
    args = parser.parse_args()
    sources = [(args.lang, args.source)]
    for spec in args.also:
        lang, _, path = spec.partition(":")
        if lang not in LANGS or not path:
            parser.error(f"--also {spec}: expected LANG:PATH (LANG one of {LANGS})")
        sources.append((lang, Path(path)))
    batch: list[Article] = []
    for lang, path in sources:
        if args.docs:
            found_docs = documents(path, lang, args.docs)
            batch.extend(replace_id(a, f"{a.id}.{lang}") for a in found_docs)
        elif args.also:  # line-aligned files: line N of each is one story's edition
            batch.extend(replace_id(a, f"{a.id}.{lang}") for a in articles(path, lang, args.lines))
        else:
            batch.extend(articles(path, lang, args.lines))
    glossary = Glossary.load(args.glossary) if args.glossary else None
    suggest(batch[:1], glossary)  # load the models outside the timing
    started = time.perf_counter()
    everything = suggest(batch, glossary, unconfirmed=True)
    elapsed = time.perf_counter() - started
    found = everything if args.all else [s for s in everything if s.confirmed]
    kinds = ", ".join(f"{k} {v}" for k, v in Counter(s.type for s in found).most_common())
    mentions = sum(s.count for s in found)
    merged = sum(len(s.forms) > 1 for s in found)
    print(f"{', '.join(p.name for _, p in sources)}: {len(batch)} articles, ", end="")
    print(f"{len(found)} suggestions ({kinds}), {mentions} mentions, {merged} in several languages")
    print(f"confirmed {sum(s.confirmed for s in everything)} of {len(everything)} (--all: all)")
    print(f"speed     {1000 * elapsed / max(len(batch), 1):.1f} ms per article")
    stories = len({a.id.rsplit(".", 1)[0] if args.docs or args.also else a.id for a in batch})
    print(f"stories   {stories}, {len(found) / max(stories, 1):.2f} suggestions per story")
    if args.dump:
        atomic_write_text(args.dump, to_tsv(everything))
    rng = random.Random(args.seed)
    for lang, _ in sources:
        own = [s for s in found if s.lang == lang]
        sample = rng.sample(own, min(args.sample, len(own)))
        print(f"\n{lang}: {len(sample)} of {len(own)} suggestions (seed {args.seed}): ", end="")
        print("n, type, normal form, other languages, id, article: context")
        for n, s in enumerate(sample, 1):
            others = ", ".join(f"{k} {v[0]}" for k, v in s.forms.items() if k != s.lang)
            also = f" ({others})" if others else ""
            print(f"{n:>3}  {s.type:<5} {s.text}{also}  [{s.id}]  {s.article}: {s.context}")


def replace_id(article: Article, new_id: str) -> Article:
    """``article`` under another id (one document's editions in several languages)."""
    article.id = new_id
    return article


if __name__ == "__main__":
    main()
