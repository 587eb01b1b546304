"""``glossary``: each glossary entity of the source is rendered as the glossary says."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.model import Severity

_STATUS = {
    "missing": (None, "is not rendered as the glossary's {canonical!r}"),
    "needs-review": (Severity.WARNING, "is rendered as {target!r}; the glossary's {canonical!r} "
                     "needs a human to check the form"),
    "ambiguous": (Severity.WARNING, "matches several glossary entries; check {canonical!r}"),
    "fixed": (Severity.INFO, "was replaced by the glossary's {canonical!r}"),
}  # fmt: skip


@register(
    "glossary",
    Severity.ERROR,
    "Every glossary entity found in the source is rendered with the glossary's target form, "
    "e.g. Zaporizhzhia → Запоріжжя (from the glossary hits: missing → error, needs-review / "
    "ambiguous → warning, fixed → info).",
    ("Talks in Zaporizhzhia ended.", "Переговори в Запорожье завершилися.", "en", "uk"),
)
def glossary(seg: Segment) -> Iterator[Flag]:
    """Report glossary hits whose status is not ``ok``."""
    for hit in seg.hits:
        if hit.status not in _STATUS:
            continue
        severity, template = _STATUS[hit.status]
        what = template.format(canonical=hit.canonical, target=hit.target_text)
        yield Flag(
            f"glossary {hit.entry_id}: {hit.source_text!r} {what}",
            hit.source_span,
            hit.target_span,
            severity,
        )
