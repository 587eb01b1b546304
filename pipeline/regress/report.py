"""Regression reports: a text table, Markdown for CI summaries, and JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from pipeline.regress.compare import Comparison, Row

LABELS = {
    "chrf": "chrF",
    "bleu": "BLEU",
    "glossary_adherence": "glossary adherence",
    "errors": "error findings",
    "warnings": "warning findings",
    "speed": "speed (sent/s)",
}


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _status(row: Row) -> str:
    if row.regressed:
        return "REGRESSED"
    return "new" if row.baseline is None else "ok"


def _table(comparison: Comparison) -> list[list[str]]:
    header = ["direction", "metric", "baseline", "current", "delta", "tolerance", "p", "status"]
    rows = [
        [
            r.direction,
            LABELS[r.metric],
            _num(r.baseline),
            _num(r.current),
            _num(r.delta, signed=True),
            _num(r.tolerance),
            "-" if r.p_value is None else f"{r.p_value:.3f}",
            _status(r),
        ]
        for r in comparison.rows
    ]
    return [header, *rows]


def render_text(comparison: Comparison, summary: dict[str, Any]) -> str:
    table = _table(comparison)
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in table]
    lines += _details(comparison, summary)
    verdict = "REGRESSION" if comparison.regressed else "PASS"
    lines.append(f"\nnewsmt regress {summary['suite']}: {verdict}")
    return "\n".join(lines) + "\n"


def _details(comparison: Comparison, summary: dict[str, Any]) -> list[str]:
    lines = []
    for key, data in summary["directions"].items():
        models = ", ".join(data["models"])
        lines.append(f"\n{key}: {data['engine']} via {' → '.join(data['route'])} ({models})")
        for check, counts in sorted(data["findings_by_check"].items()):
            found = ", ".join(f"{n} {severity}" for severity, n in counts.items())
            lines.append(f"  findings {check}: {found}")
        sigs = data["signatures"]
        lines.append(f"  chrF {sigs['chrf']}\n  BLEU {sigs['bleu']}")
    if comparison.articles:
        lines.append("\nstories that got worse:")
        for direction, article, reasons in comparison.articles:
            lines.append(f"  {direction} {article}: " + "; ".join(reasons))
    for problem in comparison.problems:
        lines.append(f"problem: {problem}")
    for note in comparison.notes:
        lines.append(f"note: {note}")
    if not comparison.has_baseline:
        lines.append("note: no baseline yet; run with --update-baseline to record one")
    return lines


def render_markdown(comparison: Comparison, summary: dict[str, Any]) -> str:
    verdict = "❌ regression" if comparison.regressed else "✅ pass"
    table = _table(comparison)
    out = [f"## newsmt regress: {summary['suite']} — {verdict}", ""]
    out.append("| " + " | ".join(table[0]) + " |")
    out.append("|" + "---|" * len(table[0]))
    out += ["| " + " | ".join(row) + " |" for row in table[1:]]
    if comparison.articles:
        out += ["", "### Stories that got worse", ""]
        out += [f"- **{a}** ({d}): " + "; ".join(r) for d, a, r in comparison.articles]
    if comparison.problems or comparison.notes:
        out += ["", *(f"- problem: {p}" for p in comparison.problems)]
        out += [f"- note: {n}" for n in comparison.notes]
    return "\n".join(out) + "\n"


def render_junit(comparison: Comparison, summary: dict[str, Any]) -> str:
    """JUnit XML: a test case per metric and direction, one per story regression or problem."""
    suite = ET.Element("testsuite", name=f"newsmt regress {summary['suite']}")
    failures = 0
    for row in comparison.rows:
        classname = f"regress.{row.direction}"
        case = ET.SubElement(suite, "testcase", classname=classname, name=row.metric)
        ET.SubElement(case, "system-out").text = (
            f"baseline={_num(row.baseline)} current={_num(row.current)} "
            f"tolerance={_num(row.tolerance)}"
        )
        if row.regressed:
            failures += 1
            message = f"{LABELS[row.metric]} {_num(row.baseline)} → {_num(row.current)}"
            ET.SubElement(case, "failure", message=message, type="regression").text = message
    for direction, article, reasons in comparison.articles:
        case = ET.SubElement(
            suite, "testcase", classname=f"regress.{direction}.stories", name=article
        )
        failures += 1
        text = "; ".join(reasons)
        ET.SubElement(case, "failure", message=text, type="story-regression").text = text
    for index, problem in enumerate(comparison.problems):
        name = f"problem{index}"
        case = ET.SubElement(suite, "testcase", classname="regress.problems", name=name)
        failures += 1
        ET.SubElement(case, "failure", message=problem, type="problem").text = problem
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    root = ET.Element("testsuites", tests=suite.get("tests", "0"), failures=str(failures))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
