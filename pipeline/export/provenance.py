"""Who wrote each target sentence: engine, models, route, test model, a person's edit.

The CAT exports (XLIFF 2.1 ``mda:`` metadata, XLIFF 1.2 notes, TMX ``<prop>`` elements) and the
same-format outputs' TEST MODEL mark all read it from here, so they say the same thing.
A sentence's source language is its paragraph's own (a Russian quote in a Ukrainian story
is Russian, a French one French), else the article's; a sentence already in the target
language, or in a language newsmt does not translate, was kept as it is (:func:`is_kept`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline import __version__
from pipeline.model import LANGS, Article, PostEdit, Provenance, Translation

TOOL = "newsmt"
TOOL_VERSION = __version__
TEST_MODEL_MARK = "TEST MODEL output (newsmt): noise from a test model, NOT a translation"
"""The words that mark every output a newsmt test model wrote."""
MT_STATE = "initial"
"""XLIFF 2 state of a target as the machine wrote it; a person's edit is ``translated`` or
later (``reviewed``, ``final``)."""


def sentence_lang(article: Article, paragraph: int) -> str:
    """The source language of the sentences of ``paragraph``: its own (``uk``, or ``fr`` for
    a paragraph newsmt kept as it is), else the article's."""
    own = article.paragraphs[paragraph].lang
    return own if own and own != "und" else str(article.lang)


def is_kept(article: Article, lang: str, paragraph: int) -> bool:
    """Whether the sentences of ``paragraph`` were copied, not translated: they are already
    in ``lang``, or in a language other than en/uk/ru."""
    src = sentence_lang(article, paragraph)
    return src == lang or src not in LANGS


def kept_note(article: Article, lang: str, paragraph: int) -> str:
    """Why a kept paragraph has no translation into ``lang``, for a CAT file's note."""
    src = sentence_lang(article, paragraph)
    if src == lang:
        return f"already in {lang}: kept as it is, not translated"
    return f"written in {src!r}, which newsmt does not translate: kept as it is"


@dataclass(frozen=True)
class Origin:
    """Where one target sentence came from."""

    source_lang: str
    provenance: Provenance
    edit: PostEdit | None

    @property
    def machine(self) -> bool:
        """Whether the text is the machine's, as it wrote it (no person changed it)."""
        return self.edit is None

    def fields(self) -> list[tuple[str, str]]:
        """``(name, value)`` pairs: ``engine``, ``model``, ``route``, ``route-kind``,
        ``test-model``, ``post-edited`` (and when)."""
        p = self.provenance
        out = [
            ("engine", p.engine),
            ("model", " ".join(p.models) or "-"),
            ("route", ">".join(p.route)),
            ("route-kind", p.kind),
            ("test-model", "yes" if p.test_model else "no"),
            ("post-edited", "no" if self.edit is None else "yes"),
        ]
        if self.edit is not None:
            out.append(("post-edited-at", self.edit.at))
        return out


def origin(article: Article, lang: str, paragraph: int, sentence: int) -> Origin:
    """The origin of target sentence ``paragraph.sentence`` of ``article`` in ``lang``."""
    translation = article.translations[lang]
    src = sentence_lang(article, paragraph)
    provenance = translation.sources.get(src) or _fallback(translation, src, lang)
    return Origin(src, provenance, translation.edit_of(paragraph, sentence))


def _fallback(translation: Translation, src: str, lang: str) -> Provenance:
    """A record written before ``sources``: the translation's own route and models."""
    if src == lang:
        return Provenance("identity", [lang])
    return Provenance(
        translation.engine, translation.route, translation.models, translation.test_model
    )


def by_test_model(articles: list[Article], lang: str) -> bool:
    """Whether a newsmt test model wrote any of ``articles``' ``lang`` translations."""
    return any(lang in a.translations and a.translations[lang].test_model for a in articles)
