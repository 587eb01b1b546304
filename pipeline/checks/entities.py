"""``entity-consistency``: one source entity is rendered one way across a story and a batch.

Two kinds of evidence are used.  Glossary hits say how each occurrence of an entry was
rendered; renderings are compared by their dictionary forms, so ``Києва`` and ``Києві``
agree while ``Києва`` and ``Київа`` do not.  Without a glossary, names written in Latin
script in the source (``Guardian``, ``BBC``, ``eReader``) are followed: a name kept in
Latin in one sentence and rendered otherwise in another is flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import lemmas, mask_verbatim, script_counts, script_of, words
from pipeline.model import Severity


def _rendering(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """A rendering as the dictionary forms each of its words may have."""
    return tuple(lemmas(m.group(), lang) for m in words(text))


def _same(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> bool:
    """Whether two renderings are forms of the same words (``Києва`` ~ ``Києві``)."""
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


def _glossary_renderings(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    seen: dict[str, list[tuple[Segment, str, tuple[int, int] | None]]] = defaultdict(list)
    for seg in segments:
        for hit in seg.hits:
            if hit.target_text and hit.status in ("ok", "fixed", "needs-review"):
                seen[hit.entry_id].append((seg, hit.target_text, hit.target_span))
    for entry_id, occurrences in seen.items():
        groups: list[list[tuple[Segment, str, tuple[int, int] | None]]] = []
        for occurrence in occurrences:
            form = _rendering(occurrence[1], occurrence[0].tgt)
            group = next((g for g in groups if _same(_rendering(g[0][1], g[0][0].tgt), form)), None)
            if group is None:
                groups.append([occurrence])
            else:
                group.append(occurrence)
        if len(groups) < 2:
            continue
        usual = max(groups, key=len)  # the first of the largest groups
        first_seg, first_text, _ = usual[0]
        for group in groups:
            if group is usual:
                continue
            for seg, text, span in group:
                message = (
                    f"glossary {entry_id} is rendered {text!r} here but {first_text!r} at "
                    f"{first_seg.label}"
                )
                yield seg, Flag(message, target_span=span)


_INITIAL = re.compile(r"^\W*")


def _latin_names(seg: Segment) -> dict[str, tuple[int, int]]:
    """Latin-script names of the source: capitalised or with digits, not sentence-initial."""
    source = mask_verbatim(seg.source)
    initial = _INITIAL.match(source)
    start = initial.end() if initial and seg.src == "en" else -1
    names: dict[str, tuple[int, int]] = {}
    for m in words(source):
        word = m.group()
        if m.start() == start or len(word) < 2 or script_of(word) != "latin":
            continue
        if word.islower() or word.isdigit():
            continue
        names.setdefault(word, m.span())
    return names


def _copied_names(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    kept: dict[str, Segment] = {}
    not_kept: dict[str, list[tuple[Segment, tuple[int, int]]]] = defaultdict(list)
    for seg in segments:
        latin, cyrillic = script_counts(seg.source)
        target_latin, target_cyrillic = script_counts(seg.target)
        if not (cyrillic > latin or target_cyrillic > target_latin):
            continue  # Latin to Latin: copying says nothing
        for name, span in _latin_names(seg).items():
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", seg.target):
                kept.setdefault(name, seg)
            else:
                not_kept[name].append((seg, span))
    for name, first in kept.items():
        for seg, span in not_kept.get(name, ()):
            yield (
                seg,
                Flag(
                    f"{name!r} is kept in Latin script at {first.label} but not here",
                    source_span=span,
                ),
            )


@register(
    "entity-consistency",
    Severity.WARNING,
    "A source entity is rendered the same way throughout a story and across the stories of a "
    "batch (glossary renderings compared by dictionary form; Latin-script names kept or not).",
    ("The Guardian reported it. The Guardian denied it.",
     "Про це повідомила The Guardian. Гардіан це заперечила.", "en", "uk"),
    scope="batch",
)  # fmt: skip
def entity_consistency(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    """Flag occurrences rendered differently from the usual rendering of the same entity."""
    yield from _glossary_renderings(segments)
    yield from _copied_names(segments)
