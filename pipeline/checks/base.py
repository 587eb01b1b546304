"""The check record, the registry and the per-sentence runner.

A check is a small named function (after translate-toolkit's ``filters/checks``):
it looks at one source/target sentence pair and returns :class:`Flag` s; the
:class:`Check` record around it carries the id, the default severity, a description
and an example pair that triggers it.  Document-scope checks (entity consistency)
see every segment of a batch at once instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pipeline.errors import UsageError
from pipeline.model import Finding, GlossaryHit, Severity


@dataclass
class Segment:
    """One sentence pair as the checks see it, with where it sits in the batch.

    ``label`` names the place for messages of batch checks ("line 12", "story-3 ¶2.1").
    ``before`` and ``after`` hold the targets of the neighbouring sentences of the same
    story (a few on each side, empty for a lone pair): a quotation may open in one
    sentence and close in another.
    """

    source: str
    target: str
    src: str
    tgt: str
    hits: list[GlossaryHit] = field(default_factory=list)
    document: int = 0
    paragraph: int = 0
    sentence: int = 0
    label: str = ""
    before: str = ""
    after: str = ""


class Flag(NamedTuple):
    """What a check function reports; ``severity`` overrides the check's default."""

    message: str
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    severity: Severity | None = None


SegmentFunction = Callable[[Segment], Iterable[Flag]]
BatchFunction = Callable[[list[Segment]], Iterable[tuple[Segment, Flag]]]


@dataclass(frozen=True)
class Check:
    """A named check: ``scope`` is ``segment`` (one pair) or ``batch`` (all pairs at once).

    ``pair`` says a segment check reads nothing but the pair (source, target and their
    languages): not the glossary hits, not the neighbouring sentences.  Its flags are then
    the same wherever the pair occurs, and are computed once per distinct pair
    (:func:`pair_flags`).
    """

    id: str
    severity: Severity
    description: str
    example: tuple[str, str, str, str]  # source, target, src, tgt
    function: SegmentFunction | BatchFunction
    scope: str = "segment"
    pair: bool = True

    def finding(self, segment: Segment, flag: Flag) -> Finding:
        """Turn a flag raised on ``segment`` into a :class:`~pipeline.model.Finding`."""
        return Finding(
            check=self.id,
            severity=flag.severity or self.severity,
            message=flag.message,
            paragraph=segment.paragraph,
            sentence=segment.sentence,
            source_span=flag.source_span,
            target_span=flag.target_span,
        )

    def run(self, segment: Segment) -> list[Finding]:
        """The findings of a segment-scope check on one pair."""
        return [self.finding(segment, flag) for flag in self.function(segment)]  # type: ignore[arg-type]

    def run_batch(self, segments: list[Segment]) -> list[tuple[Segment, Finding]]:
        """The findings of a batch-scope check, each with the segment it belongs to."""
        return [
            (seg, self.finding(seg, flag))
            for seg, flag in self.function(segments)  # type: ignore[arg-type]
        ]


CHECKS: dict[str, Check] = {}


def register(
    id: str,
    severity: Severity,
    description: str,
    example: tuple[str, str, str, str],
    scope: str = "segment",
    pair: bool = True,
) -> Callable[[Callable], Callable]:
    """Decorator adding a check function to :data:`CHECKS` under ``id``; ``pair=False`` for
    a segment check that reads more of the segment than the pair (see :class:`Check`)."""

    def decorate(function: Callable) -> Callable:
        CHECKS[id] = Check(id, severity, description, example, function, scope, pair)
        return function

    return decorate


def validate_disabled(disabled: Iterable[str]) -> frozenset[str]:
    """The set of disabled check ids; an unknown id is a :class:`UsageError`."""
    ids = frozenset(disabled)
    unknown = sorted(ids - CHECKS.keys())
    if unknown:
        raise UsageError(
            f"unknown check {', '.join(unknown)}: known checks are {', '.join(CHECKS)}"
        )
    return ids


def run_checks(
    source: str,
    target: str,
    src: str,
    tgt: str,
    *,
    hits: list[GlossaryHit] | None = None,
    disabled: Iterable[str] = (),
) -> list[Finding]:
    """Run every enabled segment-scope check on one sentence pair."""
    segment = Segment(source, target, src, tgt, list(hits or ()))
    return segment_findings(segment, validate_disabled(disabled))


def segment_findings(segment: Segment, disabled: frozenset[str]) -> list[Finding]:
    """Every enabled segment-scope check on ``segment``.

    Two blank sides are not checked; when one side is blank only the ``empty`` check runs,
    whose finding says all there is to say.
    """
    if not segment.source.strip() and not segment.target.strip():
        return []
    only = {"empty"} if not (segment.source.strip() and segment.target.strip()) else None
    checks = [
        check
        for check in CHECKS.values()
        if check.scope == "segment"
        and check.id not in disabled
        and (only is None or check.id in only)
    ]
    paired = pair_flags(
        tuple(check.id for check in checks if check.pair),
        segment.source,
        segment.target,
        segment.src,
        segment.tgt,
    )
    return [
        check.finding(segment, flag)
        for check in checks
        for flag in (paired[check.id] if check.pair else check.function(segment))  # type: ignore[arg-type]
    ]


PAIR_MEMO = 1 << 13
"""Distinct sentence pairs whose flags are kept: a batch repeats some sentences (datelines,
boilerplate, a paragraph quoted again), and those are checked once."""


@lru_cache(maxsize=PAIR_MEMO)
def pair_flags(
    ids: tuple[str, ...], source: str, target: str, src: str, tgt: str
) -> dict[str, tuple[Flag, ...]]:
    """The flags of the checks ``ids`` (each reads only the pair, :attr:`Check.pair`) on
    ``source`` → ``target``."""
    segment = Segment(source, target, src, tgt)
    return {id: tuple(CHECKS[id].function(segment)) for id in ids}  # type: ignore[arg-type]
