"""A re-translation keeps a person's edits: :func:`keep_post_edits`.

Its own module so that ``newsmt translate`` rerun into a folder with records does not
import the XLIFF reader (:mod:`pipeline.review.cat_import`) nor, unless a record holds an
edit, the review page's code that checks an edited sentence again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.export.record import read_record
from pipeline.model import Article


def keep_post_edits(record: Path, articles: list[Article], options: dict[str, Any]) -> int:
    """Carry a person's edits from the ``record`` an earlier run wrote (and ``newsmt import``
    changed) into the freshly translated ``articles``: where the source sentence is the same,
    the edited text, its :class:`~pipeline.model.PostEdit` and the paragraph's own markup stay
    (a re-translation never drops a translator's work); kept sentences are checked again
    with the run's ``options`` (``checks_disabled``).  Returns how many sentences kept."""
    try:
        old_articles, _ = read_record(record)
    except (OSError, AttributeError, KeyError, TypeError, ValueError):
        return 0  # no earlier record (or none newsmt can read): nothing to keep
    old = {a.id: a for a in old_articles}
    kept = 0
    for article in articles:
        before = old.get(article.id)
        if before is None:
            continue
        for lang, translation in article.translations.items():
            previous = before.translations.get(lang)
            if previous is None or not previous.edits:
                continue
            for edit in previous.edits:
                p, s = edit.paragraph, edit.sentence
                if not _same_source(before, article, p, s):
                    continue
                text = previous.sentences[p][s]
                translation.sentences[p][s] = text
                translation.edits.append(edit)
                translation.status = "post-edited"
                translation.post_edited_at = max(
                    filter(None, [translation.post_edited_at, edit.at])
                )
                same = before.paragraphs[p]
                if p in previous.markup and (same.text, same.markup) == (
                    article.paragraphs[p].text,
                    article.paragraphs[p].markup,
                ):
                    translation.markup[p] = previous.markup[p]
                from pipeline.review.apply import recheck_sentence, refind_hits

                refind_hits(translation.hits, p, s, text)
                recheck_sentence(article, lang, p, s, {"options": options})
                kept += 1
            translation.edits.sort(key=lambda e: (e.paragraph, e.sentence))
    return kept


def _same_source(before: Article, after: Article, p: int, s: int) -> bool:
    """Whether sentence ``p.s`` reads the same, in the same language, in both."""
    if p >= min(len(before.paragraphs), len(after.paragraphs)):
        return False
    old, new = before.paragraphs[p], after.paragraphs[p]
    if s >= min(len(old.sentences), len(new.sentences)):
        return False
    return (old.sentences[s].text, old.lang) == (new.sentences[s].text, new.lang)
