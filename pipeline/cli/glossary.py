"""``newsmt glossary``: lint the glossary files and list the glossary hits of translations."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from pipeline.cli.apply import glossary_apply
from pipeline.cli.base import NewsmtGroup, extra_glossaries, format_option
from pipeline.cli.glossary_merge import merge
from pipeline.cli.glossary_suggest import suggest
from pipeline.errors import InputError, UsageError
from pipeline.glossary import Glossary, default_glossary_paths
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.lint import lint_paths
from pipeline.model import Article, GlossaryHit, normalize_lang

FLAGGED = {"missing", "ambiguous", "needs-review"}
HIT_FIELDS = (
    "record", "article", "lang", "paragraph", "sentence", "entry_id", "status", "source_start",
    "source_end", "source_text", "canonical", "target_text", "proposal", "source_sentence",
)  # fmt: skip


@click.group(cls=NewsmtGroup)
def glossary() -> None:
    """Check, inspect, suggest and merge glossary entries; apply editors' hit decisions.

    \b
    Example:
      newsmt glossary lint glossaries/
      newsmt glossary hits out/story.json --to uk
    """


@glossary.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def lint(paths: tuple[Path, ...]) -> None:
    """Report glossary problems as file:line:column: message (exit 1 if any).

    Checks columns, empty canonical forms, duplicate ids, one form mapped to
    different targets (across files), stray whitespace, Latin/Cyrillic look-alike
    letters mixed in a word and form counts that differ between languages.
    PATH defaults to the files and folders $NEWSMT_GLOSSARY lists (separated
    like PATH), else ./glossaries.

    \b
    Example:
      newsmt glossary lint glossaries/ extra/people.tsv
    """
    chosen = list(paths) or default_glossary_paths()
    if not chosen:
        raise UsageError(
            "no glossary to lint: pass PATH, set NEWSMT_GLOSSARY or run where ./glossaries exists"
        )
    issues = lint_paths(chosen)
    for issue in issues:
        click.echo(str(issue))
    if issues:
        click.echo(f"{len(issues)} problem(s)", err=True)
        raise SystemExit(1)


def _hits_for(article: Article, lang: str, glossary: Glossary) -> list[GlossaryHit]:
    translation = article.translations[lang]
    if translation.hits:
        return translation.hits
    hits: list[GlossaryHit] = []
    src = article.lang or "en"
    for p, para in enumerate(article.paragraphs):
        row = translation.sentences[p] if p < len(translation.sentences) else []
        for s, sent in enumerate(para.sentences):
            target = row[s] if s < len(row) else ""
            _, found = enforce_sentence(
                sent.text, target, para.lang or src, lang, glossary, fix=False,
                paragraph=p, sentence=s,
            )  # fmt: skip
            hits.extend(found)
    return hits


def hit_rows(
    records: list[Path],
    langs: list[str] | None,
    glossary: Glossary,
    unreadable: list[InputError] | None = None,
) -> list[dict[str, Any]]:
    """One row per glossary hit of every translation in the given ``newsmt translate`` records.

    Folders stand for their records; JSON files that are no record (translated CMS exports)
    are skipped.  A missing, unreadable or damaged file raises :class:`InputError`, or,
    given ``unreadable``, is added to it and passed over (as ``newsmt review`` does).
    """
    return [row for _, rows in _record_rows(records, langs, glossary, unreadable) for row in rows]


def _record_rows(
    paths: list[Path],
    langs: list[str] | None,
    glossary: Glossary,
    unreadable: list[InputError] | None,
) -> Iterator[tuple[Path, list[dict[str, Any]]]]:
    """Each record of ``paths`` read (:func:`~pipeline.review.page.records_in`) with its rows."""
    from pipeline.review.page import record_articles, records_in  # jinja2: imported when used

    for path, data in records_in(paths, unreadable):
        try:
            rows = _rows(path, record_articles(path, data)[0], langs, glossary)
        except InputError as error:
            if unreadable is None:
                raise
            unreadable.append(error)
            continue
        yield path, rows


def _rows(
    record: Path, articles: list[Article], langs: list[str] | None, glossary: Glossary
) -> list[dict[str, Any]]:
    rows = []
    for article in articles:
        for lang in sorted(article.translations):
            if langs and lang not in langs:
                continue
            for hit in _hits_for(article, lang, glossary):
                para = article.paragraphs[hit.paragraph]
                sentence = para.sentences[hit.sentence].text if para.sentences else para.text
                rows.append({
                    "record": str(record), "article": article.id, "lang": lang,
                    "paragraph": hit.paragraph, "sentence": hit.sentence,
                    "entry_id": hit.entry_id, "status": hit.status,
                    "source_start": hit.source_span[0], "source_end": hit.source_span[1],
                    "source_text": hit.source_text, "canonical": hit.canonical,
                    "target_text": hit.target_text, "proposal": hit.proposal,
                    "source_sentence": sentence,
                })  # fmt: skip
    return rows


def _render(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, HIT_FIELDS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
            escapechar="\\",
        )  # fmt: skip
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
        return buffer.getvalue()
    lines = [
        f"{r['record']}:{r['article']}:{r['paragraph'] + 1}:{r['sentence'] + 1} {r['lang']} "
        f"{r['status']:<12} {r['entry_id']}: {r['source_text']!r} "
        f"[{r['source_start']}:{r['source_end']}] -> {r['canonical']!r}, "
        + (f"translation has {r['target_text']!r}" if r["target_text"] else "not found in it")
        + (f", would write {r['proposal']!r}" if r["proposal"] else "")
        for r in rows
    ]
    return "".join(line + "\n" for line in lines)


@glossary.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "to", help="Only these target languages (comma-separated: uk,ru).")
@format_option("text", "json", "tsv", help="Output format.")
@extra_glossaries
def hits(paths: tuple[Path, ...], to: str | None, fmt: str, extra: tuple[Path, ...]) -> None:
    """List every glossary hit in translation records and its status.

    PATH are the <stem>.json records `newsmt translate` writes.  Each hit shows its
    article, sentence, source span, the canonical target form, what the translation
    holds and a status (ok, fixed, missing, ambiguous, needs-review).  A folder
    stands for the records in it; other JSON (translated CMS exports) is skipped.
    Records without stored hits are checked against the glossary.  A damaged
    record (not readable JSON, not a valid record) is passed over and named on
    stderr, as `newsmt review` does; if no record can be read, that is the error.
    Exit 1 if any hit is missing, ambiguous or needs review, or a record was passed
    over.

    \b
    Example:
      newsmt glossary hits out/story.json --to uk --format tsv
      newsmt glossary hits out/ --format json
    """
    langs = [normalize_lang(x) for x in to.split(",") if x.strip()] if to else None
    loaded = Glossary.load([*default_glossary_paths(), *extra])
    rows: list[dict[str, Any]] = []
    unreadable: list[InputError] = []
    read = 0
    for _, found in _record_rows(list(paths), langs, loaded, unreadable):
        read += 1
        rows.extend(found)
    if not read:
        raise _nothing_read(paths, unreadable)
    click.echo(_render(rows, fmt), nl=False)
    for error in unreadable:  # one damaged record does not hide the others' hits
        click.echo(f"newsmt: skipped: {error}", err=True)
    if unreadable or any(r["status"] in FLAGGED for r in rows):
        raise SystemExit(1)


def _nothing_read(paths: tuple[Path, ...], unreadable: list[InputError]) -> InputError:
    """The one-line error of a ``hits`` run that found no record it could read."""
    if not unreadable:
        return InputError(
            f"{', '.join(map(str, paths))}: no newsmt translate record here — pass the "
            "<stem>.json records (or the --out folder) of newsmt translate"
        )
    more = len(unreadable) - 1
    return InputError(
        f"{unreadable[0]}" + (f" (and {more} other file(s) that cannot be read)" if more else "")
    )


glossary.add_command(suggest)
glossary.add_command(merge)
glossary.add_command(glossary_apply)
