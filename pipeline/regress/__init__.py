"""``newsmt regress``: translate a suite, score it, compare with a baseline, gate CI.

suite (``suite.toml`` + articles + references) → :func:`~pipeline.regress.runner.run_direction`
→ :class:`~pipeline.regress.metrics.Metric` scores → :func:`~pipeline.regress.compare.compare`
against the baseline → reports (text, JSON, Markdown, JUnit XML).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.regress.compare import Comparison, compare, load_baseline, save_baseline, summarize
from pipeline.regress.runner import run_direction
from pipeline.regress.suite import load_suite


@dataclass
class RegressResult:
    summary: dict[str, Any]
    comparison: Comparison
    baseline_path: Path
    baseline_updated: bool


def regress(
    suite_dir: str | Path, baseline: str | Path | None = None, update_baseline: bool = False
) -> RegressResult:
    """Translate and score the suite, compare with the baseline, optionally rewrite it."""
    suite = load_suite(suite_dir)
    baseline_path = Path(baseline) if baseline else suite.root / "baseline.json"
    try:
        previous = load_baseline(baseline_path)
    except InputError:
        if not update_baseline:
            raise
        previous = None  # a broken baseline is what --update-baseline replaces
    glossary = None
    if suite.glossaries:
        from pipeline.glossary import Glossary

        glossary = Glossary.load(suite.glossaries)
    runs = [run_direction(suite, d, glossary) for d in suite.directions]
    summary = summarize(runs, suite.name)
    references = {run.key: run.refs() for run in runs}
    comparison = compare(summary, previous, suite.tolerances, references)
    if update_baseline:
        save_baseline(baseline_path, summary)
    return RegressResult(summary, comparison, baseline_path, update_baseline)
