"""The metrics of a regression run, one small class each behind :class:`Metric`."""

from __future__ import annotations

from dataclasses import dataclass, field

import sacrebleu

from pipeline.model import Finding, GlossaryHit, Severity


@dataclass
class ArticleResult:
    """One article translated in one direction, with its reference paragraphs if any."""

    name: str
    hyps: list[str]
    refs: list[str] | None
    hits: list[GlossaryHit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    sentences: int = 0


@dataclass
class DirectionRun:
    """Everything a suite run produced for one direction."""

    key: str
    engine: str
    route: list[str]
    models: list[str]
    articles: list[ArticleResult]
    seconds: float
    stable: bool | None = None

    def hyps(self, with_refs: bool = True) -> list[str]:
        return [h for a in self.articles if a.refs is not None or not with_refs for h in a.hyps]

    def refs(self) -> list[str]:
        return [r for a in self.articles if a.refs is not None for r in a.refs]


def _signature(metric: sacrebleu.metrics.base.Metric) -> str:
    """sacrebleu's signature string (it knows the reference count only after a score)."""
    metric.corpus_score(["x"], [["x"]])
    return str(metric.get_signature())


class Metric:
    """A scalar score of a :class:`DirectionRun`, and how much worse it may get.

    ``tolerance`` names the suite tolerance; ``relative`` tolerances are fractions of the
    baseline value rather than absolute differences.
    """

    name: str
    higher_is_better = True
    relative = False

    @property
    def tolerance(self) -> str:
        return self.name

    def compute(self, run: DirectionRun) -> float | None:
        raise NotImplementedError

    def regressed(self, baseline: float, current: float, tolerance: float) -> bool:
        """Whether ``current`` is worse than ``baseline`` by more than ``tolerance``."""
        worse = baseline - current if self.higher_is_better else current - baseline
        limit = tolerance * abs(baseline) if self.relative else tolerance
        return worse > limit + 1e-9


class ChrF(Metric):
    name = "chrf"

    def compute(self, run: DirectionRun) -> float | None:
        refs = run.refs()
        return sacrebleu.metrics.CHRF().corpus_score(run.hyps(), [refs]).score if refs else None

    @staticmethod
    def signature() -> str:
        return _signature(sacrebleu.metrics.CHRF())


class Bleu(Metric):
    name = "bleu"

    def compute(self, run: DirectionRun) -> float | None:
        refs = run.refs()
        return sacrebleu.metrics.BLEU().corpus_score(run.hyps(), [refs]).score if refs else None

    @staticmethod
    def signature() -> str:
        return _signature(sacrebleu.metrics.BLEU())


class GlossaryAdherence(Metric):
    """Share of glossary hits rendered as the glossary says (ok or fixed)."""

    name = "glossary_adherence"

    def compute(self, run: DirectionRun) -> float | None:
        hits = [h for a in run.articles for h in a.hits]
        if not hits:
            return None
        return sum(h.status in ("ok", "fixed") for h in hits) / len(hits)


class FindingCount(Metric):
    """How many findings of one severity the checks raised."""

    higher_is_better = False

    def __init__(self, severity: Severity) -> None:
        self.severity = severity
        self.name = f"{severity.value}s"

    def compute(self, run: DirectionRun) -> float | None:
        return float(sum(f.severity is self.severity for a in run.articles for f in a.findings))


class Speed(Metric):
    """Sentences translated per second (relative tolerance: speed is noisy)."""

    name = "speed"
    relative = True

    def compute(self, run: DirectionRun) -> float | None:
        sentences = sum(a.sentences for a in run.articles)
        return sentences / run.seconds if run.seconds > 0 else None


METRICS: list[Metric] = [
    ChrF(),
    Bleu(),
    GlossaryAdherence(),
    FindingCount(Severity.ERROR),
    FindingCount(Severity.WARNING),
    Speed(),
]


def article_chrf(result: ArticleResult) -> float | None:
    if result.refs is None:
        return None
    return sacrebleu.metrics.CHRF().corpus_score(result.hyps, [result.refs]).score


def findings_by_check(run: DirectionRun) -> dict[str, dict[str, int]]:
    """``{check: {severity: count}}`` over the whole direction."""
    counts: dict[str, dict[str, int]] = {}
    for article in run.articles:
        for f in article.findings:
            per = counts.setdefault(f.check, {})
            per[f.severity.value] = per.get(f.severity.value, 0) + 1
    return counts
