"""``glossary``: each glossary entity of the source is rendered as the glossary says."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.entities import not_a_name
from pipeline.checks.text import words
from pipeline.glossary.morph import compound_adjective, norm_key, paradigm, place_derivative
from pipeline.model import GlossaryHit, Severity

_STATUS = {
    "missing": (None, "is not rendered as the glossary's {canonical!r}"),
    "needs-review": (Severity.WARNING, "is rendered as {target!r}; the glossary's {canonical!r} "
                     "needs a human to check the form"),
    "ambiguous": (Severity.WARNING, "matches several glossary entries; check {canonical!r}"),
    "fixed": (Severity.INFO, "was replaced by the glossary's {canonical!r}"),
}  # fmt: skip
# With a proposal (the form ``--fix`` writes or would have an editor confirm), name it.
_PROPOSED = {
    "missing": "is rendered as {target!r}; the glossary's form here is {proposal!r}",
    "needs-review": "is rendered as {target!r}; a human should check the form (proposed: "
                    "{proposal!r})",
}  # fmt: skip


@register(
    "glossary",
    Severity.ERROR,
    "Every glossary entity found in the source is rendered with the glossary's target form, "
    "e.g. Zaporizhzhia → Запоріжжя (from the glossary hits: missing → error, needs-review / "
    "ambiguous → warning, fixed → info).",
    ("Talks in Zaporizhzhia ended.", "Переговори в Запорожье завершилися.", "en", "uk"),
    pair=False,  # reads the glossary hits
)
def glossary(seg: Segment) -> Iterator[Flag]:
    """Report glossary hits whose status is not ``ok``.

    A rendering in a form the sentence rules out is named with the form ``--fix`` would
    write (в Київ → Києві), or propose for review (Мер Київ → Києва?).

    A missing entity is only context (info) where the source's name is part of a longer
    name (``Guatemala City``, ``Jordan Henderson``) or the target renders it as an
    adjective (``the Washington right-hander`` → ``вашингтонський``).
    """
    for hit in seg.hits:
        if hit.status not in _STATUS:
            continue
        severity, template = _STATUS[hit.status]
        wrong_form = hit.status in _PROPOSED and bool(hit.target_text and hit.proposal)
        if wrong_form:  # the rendering is there in a form the sentence rules out
            template = _PROPOSED[hit.status]
        what = template.format(
            canonical=hit.canonical, target=hit.target_text, proposal=hit.proposal
        )
        why = _not_missing(seg, hit) if hit.status == "missing" and not wrong_form else None
        if why:
            severity, what = Severity.INFO, f"{what} ({why})"
        yield Flag(
            f"glossary {hit.entry_id}: {hit.source_text!r} {what}",
            hit.source_span,
            hit.target_span,
            severity,
        )


# Foreign parliaments, which Russian and Ukrainian spelling writes in small letters
# (бундестаг, сейм, кнесет): names whose small-letter form is still their rendering; a place
# or person in small letters (обстреляли изюм, звільнили лиман) is a common noun, the name lost.
_SMALL_BODIES = frozenset({
    "бундестаг", "бундесрат", "сейм", "кнесет", "кнессет", "меджліс", "меджлис", "риксдаг",
    "стортинг", "фолькетинг", "альтинг", "ландтаг", "хурал", "курултай",
})  # fmt: skip

_NEXT_NAME = re.compile(r"[ \u00a0]+([A-ZА-ЯІЇЄҐ][\w’'-]+)")


def _not_missing(seg: Segment, hit: GlossaryHit) -> str | None:
    """Why a glossary entity reported missing is probably rendered right, or None."""
    after = _NEXT_NAME.match(seg.source, hit.source_span[1])
    if after and not not_a_name(after.group(1)):
        return f"part of the longer name {hit.source_text + after.group(0)!r}"
    if hit.canonical.lower() in _SMALL_BODIES:
        # В бундестаг поступила петиция: Russian writes some bodies in small letters; a
        # form of the rendering that differs only in its capital is a rendering, no omission.
        surfaces = paradigm(seg.tgt, hit.canonical).surfaces
        small = next(
            (w.group() for w in words(seg.target)
             if w.group()[:1].islower() and norm_key(w.group()) in surfaces),
            None,
        )  # fmt: skip
        if small:
            return f"rendered in small letters as {small!r}"
    stem = hit.canonical.split()[-1].lower()[:-1] if hit.canonical else ""
    for m in words(seg.target):
        word = m.group()
        prefixed = len(stem) >= 4 and word.lower().startswith(stem) and len(word) > len(stem) + 3
        kind = place_derivative(seg.tgt, hit.canonical, word) or ("adjective" if prefixed else "")
        if kind or compound_adjective(hit.canonical, word):
            kind = kind or "adjective"
            return f"rendered as the {kind} {word!r}?"
    return None
