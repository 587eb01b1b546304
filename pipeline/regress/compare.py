"""Summaries of a suite run, the baseline file, and the comparison between them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.errors import InputError
from pipeline.fsutil import atomic_write_text
from pipeline.model import Severity
from pipeline.regress.metrics import (
    METRICS,
    Bleu,
    ChrF,
    DirectionRun,
    article_chrf,
    findings_by_check,
)

BASELINE_VERSION = 1
BOOTSTRAP_SAMPLES = 1000


def summarize(runs: list[DirectionRun], suite_name: str) -> dict[str, Any]:
    """The JSON-ready summary of a run; the baseline file is one of these."""
    directions = {}
    for run in runs:
        articles = {}
        for a in run.articles:
            articles[a.name] = {
                "chrf": article_chrf(a),
                "hyps": a.hyps,
                "has_refs": a.refs is not None,
                "hits": sorted(
                    {f"{h.entry_id}@{h.paragraph}.{h.sentence}": h.status for h in a.hits}.items()
                ),
                "errors": sorted({f.check for f in a.findings if f.severity is Severity.ERROR}),
            }
        directions[run.key] = {
            "engine": run.engine,
            "route": run.route,
            "models": run.models,
            "stable": run.stable,
            "metrics": {m.name: m.compute(run) for m in METRICS},
            "signatures": {"chrf": ChrF.signature(), "bleu": Bleu.signature()},
            "findings_by_check": findings_by_check(run),
            "articles": articles,
        }
    return {"schema_version": BASELINE_VERSION, "suite": suite_name, "directions": directions}


def load_baseline(path: Path) -> dict[str, Any] | None:
    """The baseline at ``path`` (None if there is none); :class:`InputError` naming the first
    problem if it is not one :func:`summarize` wrote."""
    if not path.exists():
        return None
    try:
        data = jsonio.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: not a newsmt baseline ({exc}); rerun with --update-baseline"
        ) from exc
    problem = _baseline_problem(data)
    if problem:
        raise InputError(f"{path}: not a newsmt baseline ({problem}); rerun with --update-baseline")
    return data


def _is_number(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _baseline_problem(data: Any) -> str | None:
    """What keeps ``data`` from being a baseline :func:`compare` can read, or None."""
    if not isinstance(data, dict) or data.get("schema_version") != BASELINE_VERSION:
        return f"not a schema_version {BASELINE_VERSION} object"
    directions = data.get("directions")
    if not isinstance(directions, dict):
        return "directions is not an object"
    for key, direction in directions.items():
        if not isinstance(direction, dict):
            return f"direction {key} is not an object"
        if not _strings(direction.get("models")):
            return f"direction {key} has no list of models"
        metrics = direction.get("metrics")
        if not isinstance(metrics, dict) or not all(map(_is_number, metrics.values())):
            return f"direction {key} has no metrics of numbers"
        articles = direction.get("articles")
        if not isinstance(articles, dict):
            return f"direction {key} has no articles"
        for name, article in articles.items():
            if not (
                isinstance(article, dict)
                and _is_number(article.get("chrf"))
                and _strings(article.get("hyps"))
                and isinstance(article.get("has_refs"), bool)
                and _strings(article.get("errors"))
                and isinstance(article.get("hits"), list)
                and all(
                    isinstance(h, list) and len(h) == 2 and _strings(h) for h in article["hits"]
                )
            ):
                return f"direction {key}, article {name}: not as newsmt regress writes it"
    return None


def save_baseline(path: Path, summary: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


@dataclass
class Row:
    """One metric of one direction, compared."""

    direction: str
    metric: str
    baseline: float | None
    current: float | None
    tolerance: float
    regressed: bool = False
    p_value: float | None = None

    @property
    def delta(self) -> float | None:
        if self.baseline is None or self.current is None:
            return None
        return self.current - self.baseline


@dataclass
class Comparison:
    rows: list[Row] = field(default_factory=list)
    articles: list[tuple[str, str, list[str]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    has_baseline: bool = False

    @property
    def regressed(self) -> bool:
        return bool(self.problems) or any(r.regressed for r in self.rows) or bool(self.articles)

    def to_dict(self) -> dict[str, Any]:
        return {
            "regressed": self.regressed,
            "has_baseline": self.has_baseline,
            "rows": [{**r.__dict__, "delta": r.delta} for r in self.rows],
            "articles": [
                {"direction": d, "article": a, "reasons": why} for d, a, why in self.articles
            ],
            "problems": self.problems,
            "notes": self.notes,
        }


def _paired_p(base_hyps: list[str], cur_hyps: list[str], refs: list[str], metric: str) -> float:
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    scorer = CHRF() if metric == "chrf" else BLEU()
    test = PairedTest(
        [("baseline", base_hyps), ("current", cur_hyps)],
        {metric: scorer},
        [refs],
        test_type="bs",
        n_samples=BOOTSTRAP_SAMPLES,
    )
    _, results = test()
    name = next(k for k in results if k != "System")
    return float(results[name][1].p_value)


def compare(
    current: dict[str, Any],
    baseline: dict[str, Any] | None,
    tolerances: dict[str, float],
    references: dict[str, list[str]],
) -> Comparison:
    """Compare a run summary with the baseline under the suite's tolerances.

    ``references`` maps a direction to the reference paragraphs in hypothesis order,
    for the paired bootstrap on chrF and BLEU.
    """
    result = Comparison(has_baseline=baseline is not None)
    for key, cur in current["directions"].items():
        if cur["stable"] is False:
            result.problems.append(f"{key}: output not bit-identical across runs")
        base = (baseline or {}).get("directions", {}).get(key)
        if base is None:
            result.notes.append(f"{key}: not in the baseline")
            for m in METRICS:
                tolerance = tolerances[m.tolerance]
                result.rows.append(Row(key, m.name, None, cur["metrics"][m.name], tolerance))
            continue
        if base["models"] != cur["models"]:
            result.notes.append(f"{key}: models changed {base['models']} → {cur['models']}")
        changed = _scored_change(base["articles"], cur["articles"])
        if changed:
            result.problems.append(
                f"{key}: the stories scored against references are not the baseline's "
                f"({changed}), so chrF and BLEU are not comparable; restore the missing "
                "story or reference, or run --update-baseline if the change is deliberate"
            )
        base_hyps = [h for a in base["articles"].values() if a["has_refs"] for h in a["hyps"]]
        cur_hyps = [h for a in cur["articles"].values() if a["has_refs"] for h in a["hyps"]]
        refs = references.get(key, [])
        for m in METRICS:
            b, c = base["metrics"].get(m.name), cur["metrics"][m.name]
            row = Row(key, m.name, b, c, tolerances[m.tolerance])
            if b is not None and c is not None and m.regressed(b, c, row.tolerance):
                row.regressed = True
                paired = len(base_hyps) == len(cur_hyps) == len(refs) and refs
                if m.name in ("chrf", "bleu") and paired:
                    row.p_value = _paired_p(base_hyps, cur_hyps, refs, m.name)
                    row.regressed = row.p_value < tolerances["p_value"]
            result.rows.append(row)
        for name, art in cur["articles"].items():
            reasons = _article_reasons(base["articles"].get(name), art, tolerances)
            if reasons:
                result.articles.append((key, name, reasons))
    return result


def _scored_change(base: dict[str, Any], cur: dict[str, Any]) -> str:
    """How the set of stories with references differs from the baseline's ("" if it doesn't)."""
    before = {name for name, a in base.items() if a["has_refs"]}
    now = {name for name, a in cur.items() if a["has_refs"]}
    parts = []
    if before - now:
        parts.append("no longer scored: " + ", ".join(sorted(before - now)))
    if now - before:
        parts.append("newly scored: " + ", ".join(sorted(now - before)))
    return "; ".join(parts)


def _article_reasons(
    base: dict[str, Any] | None, cur: dict[str, Any], tolerances: dict[str, float]
) -> list[str]:
    if base is None:
        return []
    reasons = []
    if base["chrf"] is not None and cur["chrf"] is not None:
        drop = base["chrf"] - cur["chrf"]
        if drop > tolerances["article_chrf"]:
            reasons.append(f"chrF {base['chrf']:.1f} → {cur['chrf']:.1f}")
    good = ("ok", "fixed")
    base_hits, cur_hits = dict(base["hits"]), dict(cur["hits"])
    for hit, status in sorted(base_hits.items()):
        now = cur_hits.get(hit, "gone")
        if status in good and now not in good:
            entry, where = hit.split("@")
            paragraph, sentence = (int(n) + 1 for n in where.split("."))
            reasons.append(f"glossary {entry} in sentence {paragraph}.{sentence}: {status} → {now}")
    new_errors = sorted(set(cur["errors"]) - set(base["errors"]))
    if new_errors:
        reasons.append("new errors: " + ", ".join(new_errors))
    return reasons
