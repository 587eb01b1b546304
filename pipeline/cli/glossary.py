"""``newsmt glossary``: lint the glossary files and list the glossary hits of translations."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click

from pipeline import jsonio
from pipeline.cli.apply import glossary_apply
from pipeline.cli.base import NewsmtGroup, extra_glossaries
from pipeline.cli.glossary_merge import merge
from pipeline.cli.glossary_suggest import suggest
from pipeline.errors import InputError, UsageError
from pipeline.export.record import refuse_newer, validate_record
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


def _load_record(path: Path) -> list[Article] | None:
    """The articles of the record at ``path``; ``None`` for JSON that is no newsmt record
    (a translated CMS export, ``decisions.json``)."""
    try:
        data = jsonio.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file — check the path") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"{path}: not a newsmt translate record (unreadable JSON: {exc}); "
            "pass the <stem>.json records newsmt translate writes"
        ) from exc
    from pipeline.review.page import is_record  # jinja2 and the page: imported when used

    if not is_record(data):
        return None
    refuse_newer(data, path)
    problems = validate_record(data)
    if problems:
        raise InputError(f"{path}: damaged newsmt record ({problems[0]}); re-run newsmt translate")
    return [Article.from_dict(a) for a in data["articles"]]


def _record_files(paths: list[Path]) -> list[Path]:
    """The files to read: a folder stands for its records (subfolders too), as in `newsmt
    review`."""
    from pipeline.review.page import record_paths

    files: list[Path] = []
    for path in paths:
        files.extend(record_paths(path) if path.is_dir() else [path])
    return files


def hit_rows(
    records: list[Path], langs: list[str] | None, glossary: Glossary
) -> list[dict[str, Any]]:
    """One row per glossary hit of every translation in the given ``newsmt translate`` records.

    Folders stand for their records; JSON files that are no record (translated CMS exports)
    are skipped.  Raises :class:`InputError` for an unreadable or damaged file.
    """
    rows = []
    for record in _record_files(records):
        rows.extend(_rows(record, _load_record(record) or [], langs, glossary))
    return rows


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
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "tsv"]), default="text",
    show_default=True, help="Output format.",
)  # fmt: skip
@extra_glossaries
def hits(paths: tuple[Path, ...], to: str | None, fmt: str, extra: tuple[Path, ...]) -> None:
    """List every glossary hit in translation records and its status.

    PATH are the <stem>.json records `newsmt translate` writes.  Each hit shows its
    article, sentence, source span, the canonical target form, what the translation
    holds and a status (ok, fixed, missing, ambiguous, needs-review).  A folder
    stands for the records in it; other JSON (translated CMS exports) is skipped.
    Records without stored hits are checked against the glossary.  Exit 1 if any
    hit is missing, ambiguous or needs review, or a file cannot be read.

    \b
    Example:
      newsmt glossary hits out/story.json --to uk --format tsv
      newsmt glossary hits out/ --format json
    """
    langs = [normalize_lang(x) for x in to.split(",") if x.strip()] if to else None
    loaded = Glossary.load([*default_glossary_paths(), *extra])
    rows: list[dict[str, Any]] = []
    failed = False
    records = 0
    for path in paths:
        try:
            for record in _record_files([path]):
                articles = _load_record(record)
                if articles is not None:
                    records += 1
                    rows.extend(_rows(record, articles, langs, loaded))
        except InputError as exc:  # one bad file does not hide the others' hits
            click.echo(f"newsmt: error: {exc}", err=True)
            failed = True
    if not records and not failed:
        raise InputError(
            f"{', '.join(map(str, paths))}: no newsmt translate record here — pass the "
            "<stem>.json records (or the --out folder) of newsmt translate"
        )
    click.echo(_render(rows, fmt), nl=False)
    if failed or any(r["status"] in FLAGGED for r in rows):
        raise SystemExit(1)


glossary.add_command(suggest)
glossary.add_command(merge)
glossary.add_command(glossary_apply)
