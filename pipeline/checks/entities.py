"""``entity-consistency``: one source entity is rendered one way throughout a story.

Two kinds of evidence are used.  Glossary hits say how each occurrence of an entry was
rendered; renderings are compared by their dictionary forms, so ``Києва`` and ``Києві``
agree while ``Києва`` and ``Київа`` do not.  A rendering the enforcer kept or wrote as a form
of the glossary's (an ``ok`` or ``fixed`` hit with its reason) is the glossary's rendering,
whatever lemmas the dictionary guesses for it (ru ``Шольцем``, ``Теслу``).  Without a
glossary, names written in Latin script in the source (``Guardian``, ``BBC``, ``eReader``) are
followed: a name kept in Latin in one sentence and rendered otherwise in another is flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import lemmas, mask_verbatim, script_counts, script_of, words
from pipeline.model import GlossaryHit, Severity


def _rendering(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """A rendering as the dictionary forms each of its words may have; a Russian name in
    the old spelling with a final hard sign also as its stem's (Коммерсантъ ~ Коммерсанту)."""
    return tuple(
        lemmas(w, lang) | (lemmas(w[:-1], lang) if lang == "ru" and w[-1:] in "ъЪ" else set())
        for w in (m.group() for m in words(text))
    )


def _same(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> bool:
    """Whether two renderings are forms of the same words (``Києва`` ~ ``Києві``), or one is
    the other's short form: a part of it (``Трамп`` of ``Дональд Трамп``) or its initials
    (``ЄС`` of ``Європейський Союз``)."""
    short, long = sorted((a, b), key=len)
    if not short:
        return False
    if any(
        all(x & y for x, y in zip(short, long[i : i + len(short)], strict=True))
        for i in range(len(long) - len(short) + 1)
    ):
        return True
    initials = "".join(min(w)[0] for w in long if w)
    return len(short) == 1 and len(long) > 1 and initials in short[0]


def _glossary_renderings(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    seen: dict[str, list[tuple[Segment, GlossaryHit]]] = defaultdict(list)
    for seg in segments:
        for hit in seg.hits:
            if hit.target_text and hit.status in ("ok", "fixed", "needs-review"):
                seen[hit.entry_id].append((seg, hit))
    for entry_id, occurrences in seen.items():
        groups: list[tuple[tuple[frozenset[str], ...], list[tuple[Segment, GlossaryHit]]]] = []
        for seg, hit in occurrences:
            verified = hit.status in ("ok", "fixed") and hit.reason is not None
            form = _rendering(hit.canonical if verified else hit.target_text, seg.tgt)
            group = next((g for f, g in groups if _same(f, form)), None)
            if group is None:
                groups.append((form, [(seg, hit)]))
            else:
                group.append((seg, hit))
        if len(groups) < 2:
            continue
        usual = max((g for _, g in groups), key=len)  # the first of the largest groups
        first_seg, first = usual[0]
        for _, group in groups:
            if group is usual:
                continue
            for seg, hit in group:
                message = (
                    f"glossary {entry_id} is rendered {hit.target_text!r} here but "
                    f"{first.target_text!r} at {first_seg.label}"
                )
                yield seg, Flag(message, target_span=hit.target_span)


# Capitalised words that are not names on their own: function words, which English
# capitalises at the start of a sentence or in titles, and the days and months.
_FUNCTION_WORDS = """
    a an the this that these those there here it its he she they we you i me my our your his
    her their them us and or but nor so yet if then than as at by for from in into of on onto
    to up with without about after before over under between through during while when where
    why how what which who whom whose not no yes all any each every some many much more most
    other such only own same too very just also now new old first last next one two is are was
    were be been being have has had do does did will would shall should can could may might
    must said says say get got let well oh hey hi please thanks thank dear
"""
_NOT_NAMES = frozenset(_FUNCTION_WORDS.split()) | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "i'm", "i'll", "i've", "i'd", "ok", "okay", "mr", "mrs",
    "ms", "dr", "st",
}  # fmt: skip
_LINKS = frozenset({"of", "for", "de", "du", "des", "la", "le"})
_GAP = re.compile(r"[ \u00a0]+")


def not_a_name(word: str) -> bool:
    """A function word, day or month written with a capital (``The``, ``Sunday``; not ``US``)."""
    return (len(word) == 1 or not word.isupper()) and word.lower().replace("’", "'") in _NOT_NAMES


def _name_spans(seg: Segment) -> dict[str, tuple[int, int]]:
    """Latin-script names of the source: runs of capitalised words, as written.

    A run is the words written with a capital (or with digits) next to each other:
    ``The Guardian``, ``Royal Mail``, ``BBC``, ``Covid-19``.  Function words, days and
    months do not start or end a run, and a lone word opening the sentence is not a name.
    """
    if not script_counts(seg.source)[0]:
        return {}  # no Latin letter, no Latin-script name
    source = mask_verbatim(seg.source)
    runs: list[list[re.Match[str]]] = []
    link: re.Match[str] | None = None  # "of" in "Bank of England", pending a capital
    for m in words(source):
        word = m.group()
        name = script_of(word) == "latin" and len(word) > 1 and not word.islower()
        joined = (
            runs and runs[-1] and _GAP.fullmatch(source[(link or runs[-1][-1]).end() : m.start()])
        )
        if name and not word.isdigit():
            if joined:
                runs[-1].extend([link, m] if link else [m])
            else:
                runs.append([m])
            link = None
        elif joined and link is None and word in _LINKS:
            link = m
        else:
            link = None
            if runs and runs[-1]:
                runs.append([])
    first = next(words(source), None)
    names: dict[str, tuple[int, int]] = {}
    for run in runs:
        while run and not_a_name(run[0].group()):
            run = run[1:]
        while run and not_a_name(run[-1].group()):
            run = run[:-1]
        if not run or (len(run) == 1 and first is not None and run[0].start() == first.start()):
            continue
        span = (run[0].start(), run[-1].end())
        names.setdefault(seg.source[span[0] : span[1]], span)
    return names


def _acronym(name: str) -> bool:
    """``US``, ``EU``, ``AI``, ``G7``: short capitals a language often renders its own way."""
    return name.isupper() and name.isalnum() and len(name) <= 4


def _copied_names(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    kept: dict[str, list[Segment]] = defaultdict(list)
    not_kept: dict[str, list[tuple[Segment, tuple[int, int]]]] = defaultdict(list)
    for seg in segments:
        latin, cyrillic = script_counts(seg.source)
        target_latin, target_cyrillic = script_counts(seg.target)
        if not (cyrillic > latin or target_cyrillic > target_latin):
            continue  # Latin to Latin: copying says nothing
        for name, span in _name_spans(seg).items():
            # Covid-19 kept as COVID-19 is kept: only the case differs.
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", seg.target, re.IGNORECASE):
                kept[name].append(seg)
            else:
                not_kept[name].append((seg, span))
    for name, kept_in in kept.items():
        others = not_kept.get(name, ())
        if len(others) > len(kept_in):
            continue  # mostly rendered: keeping it is the exception, not an error
        for seg, span in others:
            yield (
                seg,
                Flag(
                    f"{name!r} is kept in Latin script at {kept_in[0].label} but not here",
                    source_span=span,
                    severity=Severity.INFO if _acronym(name) else None,
                ),
            )


def _stories(segments: list[Segment]) -> list[list[Segment]]:
    """The segments of each document (story), in order."""
    stories: dict[int, list[Segment]] = defaultdict(list)
    for seg in segments:
        stories[seg.document].append(seg)
    return list(stories.values())


@register(
    "entity-consistency",
    Severity.WARNING,
    "A source entity is rendered the same way throughout a story (glossary renderings compared "
    "by dictionary form, short forms agree; Latin-script names kept or not; short capitals "
    "such as AI → ШІ are info).",
    ("The Guardian reported it. The Guardian denied it.",
     "Про це повідомила The Guardian. Гардіан це заперечила.", "en", "uk"),
    scope="batch",
)  # fmt: skip
def entity_consistency(segments: list[Segment]) -> Iterator[tuple[Segment, Flag]]:
    """Flag occurrences rendered differently from the usual rendering of the same entity."""
    for story in _stories(segments):
        yield from _glossary_renderings(story)
        yield from _copied_names(story)
