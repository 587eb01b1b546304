"""Consistency checks of translations, with severities.

Each check is a small named function in one module per group (numbers, surface,
markup, length, glossary, entities) registered in :data:`CHECKS`; see ``newsmt check
--list`` for ids, severities and examples.  :func:`run_checks` runs the sentence-level
checks on one pair; :func:`check_batch` runs everything on translated articles,
including entity consistency within each article (story).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.checks import entities, glossary, length, markup, numbers, surface
from pipeline.checks.base import (
    CHECKS,
    Check,
    Flag,
    Segment,
    run_checks,
    segment_findings,
    validate_disabled,
)
from pipeline.model import Article, Finding

__all__ = [
    "CHECKS",
    "Check",
    "Flag",
    "Segment",
    "check_batch",
    "run_checks",
    "validate_disabled",
]

# The modules register their checks on import; list them from the gravest kind on.
_MODULES = (surface, numbers, length, markup, glossary, entities)
_ORDER = (
    "empty", "untranslated", "wrong-language", "numbers", "glossary", "entity-consistency",
    "length-ratio", "repetition", "quotes-brackets", "urls", "punctuation",
)  # fmt: skip
for _id in _ORDER:
    CHECKS[_id] = CHECKS.pop(_id)

Labeller = Callable[[Article, int, int], str]


def _default_label(article: Article, paragraph: int, sentence: int) -> str:
    return f"{article.id} paragraph {paragraph + 1} sentence {sentence + 1}"


def article_segments(article: Article, lang: str, document: int, label: Labeller) -> list[Segment]:
    """The sentence pairs of ``article.translations[lang]`` with their glossary hits.

    Sentences already in ``lang`` (copied through, not translated) are left out.
    """
    translation = article.translations[lang]
    hits: dict[tuple[int, int], list] = {}
    for hit in translation.hits:
        hits.setdefault((hit.paragraph, hit.sentence), []).append(hit)
    segments = []
    for p, s, sentence in article.iter_sentences():
        src = article.paragraphs[p].lang or article.lang or "en"
        if src == lang:
            continue  # already in the target language: copied, not translated
        targets = translation.sentences[p] if p < len(translation.sentences) else []
        segments.append(
            Segment(
                source=sentence.text,
                target=targets[s] if s < len(targets) else "",
                src=src,
                tgt=lang,
                hits=hits.get((p, s), []),
                document=document,
                paragraph=p,
                sentence=s,
                label=label(article, p, s),
            )
        )
    return segments


CONTEXT = 5  # neighbouring sentences of a story a segment-scope check may look at


def _add_context(story: list[Segment]) -> None:
    """Give each segment the targets of its neighbours in the story (``before`` / ``after``)."""
    targets = [seg.target for seg in story]
    for i, seg in enumerate(story):
        seg.before = " ".join(targets[max(0, i - CONTEXT) : i])
        seg.after = " ".join(targets[i + 1 : i + 1 + CONTEXT])


def check_batch(
    articles: list[Article],
    lang: str,
    disabled: Iterable[str] = (),
    *,
    label: Labeller = _default_label,
) -> None:
    """Run every enabled check on the ``lang`` translations and store ``translation.findings``.

    Articles without a ``lang`` translation are skipped.  Each segment sees the targets of
    its neighbours in the article (``before`` / ``after``).  Batch-scope checks (entity
    consistency) get all sentences at once and compare those of one article (story).
    ``label`` names a sentence in messages that point elsewhere ("seen as X at <label>").
    """
    off = validate_disabled(disabled)
    translated = [(i, a) for i, a in enumerate(articles) if lang in a.translations]
    segments: list[Segment] = []
    found: dict[int, list[Finding]] = {}
    for index, article in translated:
        doc = article_segments(article, lang, index, label)
        _add_context(doc)
        segments.extend(doc)
        found[index] = [f for seg in doc for f in segment_findings(seg, off)]
    for check in CHECKS.values():
        if check.scope == "batch" and check.id not in off:
            for seg, finding in check.run_batch(segments):
                found[seg.document].append(finding)
    for index, article in translated:
        article.translations[lang].findings = sorted(
            found[index], key=lambda f: (f.paragraph, f.sentence, f.check)
        )
