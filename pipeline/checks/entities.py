"""``entity-consistency``: one source entity is rendered one way across a story and a batch.

Two kinds of evidence are used.  Glossary hits say how each occurrence of an entry was
rendered; renderings are compared by their dictionary forms, so ``Києва`` and ``Києві``
agree while ``Києва`` and ``Київа`` do not.  Without a glossary, names written in Latin
script in the source (``Guardian``, ``BBC``, ``eReader``) are followed: a name kept in
Latin in one sentence and rendered otherwise in another is flagged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import lemmas, mask_verbatim, script_counts, script_of, words
from pipeline.model import Severity


def _rendering_key(text: str, lang: str) -> tuple[str, ...]:
    """A rendering reduced to one dictionary form per word (the alphabetically first)."""
    return tuple(min(lemmas(m.group(), lang)) for m in words(text))


def _glossary_renderings(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    seen: dict[str, list[tuple[Segment, tuple[str, ...], str, tuple[int, int] | None]]]
    seen = defaultdict(list)
    for seg in segments:
        for hit in seg.hits:
            if hit.target_text and hit.status in ("ok", "fixed", "needs-review"):
                key = _rendering_key(hit.target_text, seg.tgt)
                seen[hit.entry_id].append((seg, key, hit.target_text, hit.target_span))
    for entry_id, occurrences in seen.items():
        counts = Counter(key for _, key, _, _ in occurrences)
        if len(counts) < 2:
            continue
        usual = counts.most_common(1)[0][0]
        first = next(o for o in occurrences if o[1] == usual)
        for seg, key, text, span in occurrences:
            if key != usual:
                yield (
                    seg,
                    Flag(
                        f"glossary {entry_id} is rendered {text!r} here but {first[2]!r} at "
                        f"{first[0].label}",
                        target_span=span,
                    ),
                )


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
