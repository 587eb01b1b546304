"""``newsmt check``: consistency checks of a line-aligned source / translation pair."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from pipeline.cli.base import format_option, glossary_option
from pipeline.errors import UsageError
from pipeline.fsutil import atomic_write_text, not_a_file
from pipeline.model import (
    Article,
    Finding,
    GlossaryHit,
    Paragraph,
    Sentence,
    Severity,
    Translation,
    normalize_lang,
)

FAIL_ON = {"error": {Severity.ERROR}, "warning": {Severity.ERROR, Severity.WARNING}, "never": set()}
STDIN = "-"


@dataclass
class Line:
    """One line of the input pair: its 1-based number, source, target and glossary hits."""

    number: int
    source: str
    target: str
    hits: list[GlossaryHit]


def read_lines(path: Path) -> list[str]:
    """The lines of a text file, or of stdin for ``-`` (encoding detected), without line ends."""
    from pipeline.readers import decode

    data = sys.stdin.buffer.read() if str(path) == STDIN else path.read_bytes()
    text = decode(data, str(path))[0]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def documents(sources: list[str], targets: list[str]) -> list[list[tuple[int, str, str]]]:
    """Split aligned lines into documents at lines blank on both sides."""
    docs: list[list[tuple[int, str, str]]] = [[]]
    for number, (source, target) in enumerate(zip(sources, targets, strict=True), 1):
        if not source.strip() and not target.strip():
            if docs[-1]:
                docs.append([])
            continue
        docs[-1].append((number, source, target))
    return [doc for doc in docs if doc]


def build_articles(
    docs: list[list[Line]], src: str, tgt: str, name: str
) -> tuple[list[Article], dict[tuple[str, int], int]]:
    """One article per document, one paragraph per line; and ``(article id, paragraph) → line``."""
    articles = []
    where: dict[tuple[str, int], int] = {}
    for index, doc in enumerate(docs, 1):
        article_id = f"{name}#{index}"
        paragraphs = []
        hits = []
        for p, line in enumerate(doc):
            where[(article_id, p)] = line.number
            paragraphs.append(
                Paragraph(line.source, sentences=[Sentence(0, len(line.source), line.source)])
            )
            for hit in line.hits:
                hit.paragraph = p
            hits.extend(line.hits)
        translation = Translation(
            lang=tgt,
            engine="file",
            route=[src, tgt],
            sentences=[[line.target] for line in doc],
            hits=hits,
        )
        articles.append(
            Article(
                id=article_id,
                source_path=name,
                format="txt",
                paragraphs=paragraphs,
                lang=src,
                translations={tgt: translation},
            )
        )
    return articles, where


def check_documents(
    docs: list[list[Line]], src: str, tgt: str, disabled: frozenset[str], name: str
) -> list[dict[str, Any]]:
    """Every finding on the documents' lines, as JSON rows sorted by line.

    This is what ``newsmt check`` reports; ``bench/clean_refs.py`` calls it too.
    """
    from pipeline.checks import check_batch

    articles, where = build_articles(docs, src, tgt, name)
    check_batch(
        articles, tgt, disabled, label=lambda article, p, s: f"line {where[(article.id, p)]}"
    )
    rows = [
        _finding_row(where[(article.id, f.paragraph)], f)
        for article in articles
        for f in article.translations[tgt].findings
    ]
    rows.sort(key=lambda r: r["line"])
    return rows


def list_checks(fmt: str) -> None:
    """Print every check with its id, severity, description and example."""
    from pipeline.checks import CHECKS

    if fmt == "json":
        rows = [
            {
                "id": c.id,
                "severity": c.severity.value,
                "scope": c.scope,
                "description": c.description,
                "example": dict(zip(("source", "target", "from", "to"), c.example, strict=True)),
            }
            for c in CHECKS.values()
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for c in CHECKS.values():
        source, target, src, tgt = c.example
        click.echo(f"{c.id} ({c.severity.value})\n  {c.description}")
        click.echo(f"  example {src}→{tgt}: {source!r} → {target!r}\n")


def _finding_row(line: int, finding: Finding) -> dict[str, Any]:
    return {
        "line": line,
        "check": finding.check,
        "severity": finding.severity.value,
        "message": finding.message,
        "source_span": list(finding.source_span) if finding.source_span else None,
        "target_span": list(finding.target_span) if finding.target_span else None,
    }


@click.command()
@click.option("--from", "src", metavar="LANG", help="Source language: en, uk (alias ua) or ru.")
@click.option("--to", "tgt", metavar="LANG", help="Target language: en, uk (alias ua) or ru.")
@click.argument("source", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", required=False, type=click.Path(dir_okay=False, path_type=Path))
@glossary_option(
    "glossaries", help="Glossary file or folder (repeatable): enables the glossary check."
)
@format_option("text", "json")
@click.option(
    "--fix",
    "fix_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the target with glossary renderings enforced to this file (needs --glossary).",
)
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default="error",
    show_default=True,
    help="Exit 1 when a finding of this severity (or graver) is reported.",
)
@click.option("--disable", multiple=True, metavar="ID", help="Skip a check (repeatable).")
@click.option("--list", "show_list", is_flag=True, help="List the checks and exit.")
def check(
    src: str | None,
    tgt: str | None,
    source: Path | None,
    target: Path | None,
    glossaries: tuple[Path, ...],
    fmt: str,
    fix_out: Path | None,
    fail_on: str,
    disable: tuple[str, ...],
    show_list: bool,
) -> None:
    """Check TARGET, the translation of SOURCE, for consistency errors.

    SOURCE and TARGET are line-aligned: one segment per line; a line blank in both
    starts a new document (entity consistency is checked within each document).
    Either of them may be `-` to read stdin.
    Findings are printed as FILE:LINE: severity [check] message, or as JSON.

    \b
    Example:
      newsmt check --from en --to uk story.en.txt story.uk.txt --glossary glossaries/
      mt-system < story.en.txt | newsmt check --from en --to uk story.en.txt -
      newsmt check --list
    """
    from pipeline.checks import validate_disabled
    from pipeline.run import StageError

    if show_list:
        list_checks(fmt)
        return
    if not (src and tgt and source and target):
        raise UsageError("check needs --from LANG, --to LANG, SOURCE and TARGET (or --list)")
    src, tgt = normalize_lang(src), normalize_lang(tgt)
    if src == tgt:
        raise UsageError(f"--from and --to are both {src}: give two different languages")
    disabled = validate_disabled(d.strip() for item in disable for d in item.split(","))
    if fix_out and not glossaries:
        raise UsageError("--fix rewrites glossary renderings: give at least one --glossary")
    if str(source) == str(target) == STDIN:
        raise UsageError("only one of SOURCE and TARGET can be - (stdin)")
    for path in (source, target):
        if str(path) != STDIN and not path.is_file():
            what = not_a_file(path)
            if what:
                raise UsageError(f"{path}: {what}, not a regular file; give a text file")
            raise UsageError(f"{path}: no such file")
        if str(path) != STDIN and fix_out and fix_out.exists() and path.samefile(fix_out):
            raise UsageError(
                f"--fix {fix_out} is the same file as {path}: write the fixed target to a new file"
            )
    sources, targets = read_lines(source), read_lines(target)
    if len(sources) != len(targets):
        raise UsageError(
            f"{source} has {len(sources)} lines but {target} has {len(targets)}: "
            "the files must be line-aligned, one segment per line"
        )

    docs = [[Line(n, s, t, []) for n, s, t in doc] for doc in documents(sources, targets)]
    if glossaries:
        from pipeline.glossary import Glossary
        from pipeline.glossary.enforce import document_apostrophe, enforce_sentence

        glossary = Glossary.load(glossaries)
        for doc in docs:
            apostrophe = document_apostrophe(line.target for line in doc)
            for line in doc:
                try:
                    fixed, line.hits = enforce_sentence(
                        line.source, line.target, src, tgt, glossary, fix=bool(fix_out),
                        apostrophe=apostrophe,
                    )
                except Exception as exc:
                    raise StageError(
                        "glossary enforcement", f"{target}:{line.number}", exc
                    ) from exc
                if fix_out:
                    targets[line.number - 1] = line.target = fixed
        glossary.save_cache()

    try:
        rows = check_documents(docs, src, tgt, disabled, source.name)
    except Exception as exc:
        raise StageError("checks", target, exc) from exc
    if fix_out:
        atomic_write_text(fix_out, "".join(line + "\n" for line in targets))

    counts = Counter(r["severity"] for r in rows)
    summary = {
        "lines": len(sources),
        "documents": len(docs),
        **{s.value: counts[s.value] for s in Severity},
        "by_check": dict(sorted(Counter(r["check"] for r in rows).items())),
    }
    if fmt == "json":
        click.echo(json.dumps({"findings": rows, "summary": summary}, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            click.echo(f"{target}:{r['line']}: {r['severity']} [{r['check']}] {r['message']}")
        click.echo(
            f"{summary['error']} errors, {summary['warning']} warnings, {summary['info']} info "
            f"in {summary['lines']} lines",
            err=True,
        )
    if any(Severity(r["severity"]) in FAIL_ON[fail_on] for r in rows):
        click.get_current_context().exit(1)
