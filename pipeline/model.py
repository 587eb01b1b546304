"""The one article data model shared by every stage.

readers → detect → segment → glossary → translate → checks → export all read and
write these objects; :meth:`Article.to_dict` / :meth:`Article.from_dict` round-trip
them through JSON (``schema_version`` is written with every record).
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1
LANGS = ("en", "uk", "ru")
LANG_ALIASES = {"ua": "uk"}


class UnknownLanguageError(ValueError):
    """A language code outside uk/en/ru."""


def normalize_lang(code: str) -> str:
    """Map a user-given language code to ``en``/``uk``/``ru`` (``ua`` → ``uk``)."""
    low = code.strip().lower()
    low = LANG_ALIASES.get(low, low)
    if low not in LANGS:
        raise UnknownLanguageError(
            f"unknown language {code!r}: newsmt translates between en, uk (alias ua) and ru"
        )
    return low


class Kind(StrEnum):
    """What a paragraph is in the story."""

    HEADLINE = "headline"
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass
class Markup:
    """Inline markup held aside: ``tag`` spans ``[start, end)`` of the paragraph's plain text.

    ``tag`` is format-neutral (``em``, ``strong``, ``code``, ``a``, ``br`` …);
    ``attrs`` keeps what is needed to restore it (``href`` for links, the
    original HTML tag name, the Markdown markup character).
    """

    start: int
    end: int
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)


class Sentence:
    """A sentence of a paragraph: ``text == paragraph.text[start:end]``.

    Made by :meth:`of` (the splitter, a record read back), a sentence holds its
    paragraph's text (the same string, not a copy) and its offsets, and slices the text
    when asked: a story's text is held once, not again as its sentences.
    ``Sentence(start, end, text)`` (or setting ``text``) holds the given text itself.
    """

    __slots__ = ("_lazy", "_source", "end", "start")
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end = start, end
        self._source, self._lazy = text, False

    @classmethod
    def of(cls, paragraph: str, start: int, end: int) -> Sentence:
        """The sentence ``paragraph[start:end]``, holding ``paragraph`` (no copy of it)."""
        sentence = cls.__new__(cls)
        sentence.start, sentence.end = start, end
        sentence._source, sentence._lazy = paragraph, True
        return sentence

    @property
    def text(self) -> str:
        """The sentence's text (sliced from the paragraph's text on every call)."""
        return self._source[self.start : self.end] if self._lazy else self._source

    @text.setter
    def text(self, value: str) -> None:
        self._source, self._lazy = value, False

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "text"}``, as the record holds a sentence."""
        return {"start": self.start, "end": self.end, "text": self.text}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __repr__(self) -> str:
        return f"Sentence(start={self.start!r}, end={self.end!r}, text={self.text!r})"


class Paragraph:
    """A block of the story: its plain text, kind, inline markup and sentences.

    Built like the dataclass it was — ``Paragraph(text, kind, markup, sentences, lang,
    attrs)``, compared by value — but compact, for a story may have hundreds of thousands of
    paragraphs: slots, and ``markup``, ``sentences`` and ``attrs`` made (an empty list or
    dict, then kept) only when first asked for, so a plain paragraph holds no empty
    containers.
    """

    __slots__ = ("_attrs", "_markup", "_sentences", "kind", "lang", "text")
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        text: str,
        kind: Kind = Kind.BODY,
        markup: list[Markup] | None = None,
        sentences: list[Sentence] | None = None,
        lang: str | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> None:
        self.text, self.kind, self.lang = text, kind, lang
        self._markup, self._sentences, self._attrs = markup, sentences, attrs

    @property
    def markup(self) -> list[Markup]:
        """The inline markup spans, in document order."""
        if self._markup is None:
            self._markup = []
        return self._markup

    @markup.setter
    def markup(self, value: list[Markup]) -> None:
        self._markup = value

    @property
    def sentences(self) -> list[Sentence]:
        """The sentences (empty until the paragraph is segmented)."""
        if self._sentences is None:
            self._sentences = []
        return self._sentences

    @sentences.setter
    def sentences(self, value: list[Sentence]) -> None:
        self._sentences = value

    @property
    def attrs(self) -> dict[str, Any]:
        """What the format keeps of the block (tag, level, ``blank_before`` …)."""
        if self._attrs is None:
            self._attrs = {}
        return self._attrs

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._attrs = value

    def items(self) -> list[tuple[str, Any]]:
        """``(field, value)`` in the record's order, without making empty containers."""
        return [
            ("text", self.text),
            ("kind", self.kind),
            ("markup", self._markup or []),
            ("sentences", self._sentences or []),
            ("lang", self.lang),
            ("attrs", self._attrs or {}),
        ]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready paragraph (its sentences with their text)."""
        return {
            "text": self.text,
            "kind": self.kind,
            "markup": [asdict(span) for span in self._markup or ()],
            "sentences": [sentence.to_dict() for sentence in self._sentences or ()],
            "lang": self.lang,
            "attrs": deepcopy(self._attrs) if self._attrs else {},
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Paragraph) or other.__class__ is not self.__class__:
            return NotImplemented
        return self.items() == other.items()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.items())
        return f"Paragraph({fields})"


HIT_STATUSES = ("ok", "fixed", "missing", "ambiguous", "needs-review")
"""What a :class:`GlossaryHit` can say of its entity's rendering, best first."""


@dataclass
class GlossaryHit:
    """One glossary entity found in a source sentence, and what the translation holds for it.

    ``status`` is one of :data:`HIT_STATUSES`; ``proposal`` is the
    form the enforcer would have written where it did not write one (needs-review, or a
    check without fixing); ``original`` is what the translation held before a fix;
    ``reason`` says why the enforcer kept, rewrote or flagged it
    (:data:`pipeline.glossary.decide.REASONS`).  Spans
    are character offsets into the source / target sentence.
    """

    entry_id: str
    paragraph: int
    sentence: int
    source_span: tuple[int, int]
    source_text: str
    canonical: str
    target_text: str | None = None
    target_span: tuple[int, int] | None = None
    status: str = "missing"
    proposal: str | None = None
    original: str | None = None
    reason: str | None = None


@dataclass
class Finding:
    """One consistency-check finding on a sentence pair."""

    check: str
    severity: Severity
    message: str
    paragraph: int = 0
    sentence: int = 0
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    words: list[str] = field(default_factory=list)
    """Words of the translation the finding is about, wherever they occur in the story
    (the review page highlights them); written to the record only when there are some."""


TRANSLATION_STATUSES = ("machine", "post-edited")
"""A translation's ``status``: as newsmt wrote it, or with sentences a person changed."""


@dataclass
class Provenance:
    """How the sentences of one source language reached the target: engine, models
    (``argos:<package>@<version>``, …), the languages they went through and whether a
    newsmt test model wrote them."""

    engine: str
    route: list[str]
    models: list[str] = field(default_factory=list)
    test_model: bool = False

    @property
    def kind(self) -> str:
        """``direct``, ``pivot`` (through another language) or ``none`` (kept as it was)."""
        return {1: "none", 2: "direct"}.get(len(self.route), "pivot")


@dataclass
class PostEdit:
    """A person's change to one target sentence, brought in by ``newsmt import`` (``file``:
    the XLIFF it came from) or ``newsmt apply`` (``file``: the review's decisions file).

    ``machine`` is what newsmt had written there before any person changed it; ``state``
    the XLIFF state the editor gave it (``translated``, ``reviewed`` or ``final``).
    """

    paragraph: int
    sentence: int
    machine: str
    at: str
    file: str
    state: str = "translated"


@dataclass
class TargetMarkup:
    """A translated paragraph's own inline markup (from a post-edited XLIFF): ``spans`` over
    ``text``, used instead of the projection while the paragraph still reads ``text``."""

    text: str
    spans: list[Markup] = field(default_factory=list)


@dataclass
class Translation:
    """An article rendered in one target language.

    ``sentences[p][s]`` is the translation of source sentence ``s`` of paragraph ``p``:
    the alignment is one to one and positional.  ``route`` lists the languages the text
    went through (``["uk", "en", "ru"]`` for a pivot); ``engine`` and ``models`` say
    what produced it.  ``test_model`` marks output of a newsmt test model: noise, never
    to be shown as a translation.  ``sources`` says the same per source language of the
    sentences (a Russian quote in a Ukrainian story has its own route); ``edits`` lists
    the sentences a person changed (``status`` is then ``post-edited``), ``markup`` the
    paragraphs (by index) whose inline markup came back from an editor's XLIFF.
    """

    lang: str
    engine: str
    route: list[str]
    models: list[str] = field(default_factory=list)
    sentences: list[list[str]] = field(default_factory=list)
    hits: list[GlossaryHit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    test_model: bool = False
    sources: dict[str, Provenance] = field(default_factory=dict)
    status: str = "machine"
    post_edited_at: str | None = None
    edits: list[PostEdit] = field(default_factory=list)
    markup: dict[int, TargetMarkup] = field(default_factory=dict)

    def edit_of(self, paragraph: int, sentence: int) -> PostEdit | None:
        """The person's edit of sentence ``paragraph.sentence``, if any."""
        return next(
            (e for e in self.edits if (e.paragraph, e.sentence) == (paragraph, sentence)), None
        )

    def post_edit(
        self,
        paragraph: int,
        sentence: int,
        text: str,
        at: str,
        file: str,
        state: str = "translated",
    ) -> None:
        """Write a person's ``text`` for sentence ``paragraph.sentence``: its
        :class:`PostEdit` keeps what the machine had written (from an earlier edit, if
        any), and the translation becomes ``post-edited`` at ``at``."""
        earlier = self.edit_of(paragraph, sentence)
        machine = earlier.machine if earlier else self.sentences[paragraph][sentence]
        self.edits = [e for e in self.edits if e is not earlier]
        self.edits.append(PostEdit(paragraph, sentence, machine, at, file, state))
        self.edits.sort(key=lambda e: (e.paragraph, e.sentence))
        self.sentences[paragraph][sentence] = text
        self.status, self.post_edited_at = "post-edited", at

    def paragraph_text(self, index: int) -> str:
        """The translated paragraph: its sentences joined by single spaces."""
        return " ".join(s for s in self.sentences[index] if s)


@dataclass
class Article:
    """A story: where it came from, its paragraphs, its language and its translations."""

    id: str
    source_path: str
    format: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    lang: str | None = None
    lang_confidence: float | None = None
    encoding: str = "utf-8"
    mixed_languages: list[str] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def headline(self) -> str | None:
        """The text of the first headline paragraph, if any."""
        for para in self.paragraphs:
            if para.kind is Kind.HEADLINE:
                return para.text
        return None

    def iter_sentences(self) -> list[tuple[int, int, Sentence]]:
        """Every sentence as ``(paragraph index, sentence index, sentence)``."""
        return [
            (p, s, sent)
            for p, para in enumerate(self.paragraphs)
            for s, sent in enumerate(para.sentences)
        ]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record, with ``schema_version``."""
        data = asdict(replace(self, paragraphs=[]))
        data["paragraphs"] = [para.to_dict() for para in self.paragraphs]
        data["headline"] = self.headline
        for translation in data["translations"].values():
            for finding in translation["findings"]:
                if not finding["words"]:
                    del finding["words"]
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output."""
        version = data.get("schema_version", SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            raise ValueError(f"record schema_version {version} is newer than {SCHEMA_VERSION}")
        paragraphs = [
            Paragraph(
                text=p["text"],
                kind=Kind(p.get("kind", "body")),
                markup=[Markup(**m) for m in p.get("markup", [])] or None,
                sentences=[_sentence_from_dict(p["text"], s) for s in p.get("sentences", [])],
                lang=p.get("lang"),
                attrs=p.get("attrs") or None,
            )
            for p in data.get("paragraphs", [])
        ]
        translations = {
            lang: _translation_from_dict(t) for lang, t in data.get("translations", {}).items()
        }
        return cls(
            id=data["id"],
            source_path=data["source_path"],
            format=data["format"],
            paragraphs=paragraphs,
            lang=data.get("lang"),
            lang_confidence=data.get("lang_confidence"),
            encoding=data.get("encoding", "utf-8"),
            mixed_languages=data.get("mixed_languages", []),
            translations=translations,
            meta=data.get("meta", {}),
        )


def _sentence_from_dict(paragraph: str, data: dict[str, Any]) -> Sentence:
    """A record's sentence: held as a span of its paragraph when its text is that span."""
    start, end, text = data["start"], data["end"], data["text"]
    if paragraph[start:end] == text:
        return Sentence.of(paragraph, start, end)
    return Sentence(start, end, text)


def _span(value: list[int] | tuple[int, int] | None) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


def hit_from_dict(h: dict[str, Any]) -> GlossaryHit:
    return GlossaryHit(
        **{**h, "source_span": _span(h["source_span"]), "target_span": _span(h.get("target_span"))}
    )


def finding_from_dict(f: dict[str, Any]) -> Finding:
    return Finding(
        **{
            **f,
            "severity": Severity(f["severity"]),
            "source_span": _span(f.get("source_span")),
            "target_span": _span(f.get("target_span")),
        }
    )


def _translation_from_dict(t: dict[str, Any]) -> Translation:
    return Translation(
        lang=t["lang"],
        engine=t["engine"],
        route=list(t["route"]),
        models=list(t.get("models", [])),
        sentences=[list(p) for p in t.get("sentences", [])],
        hits=[hit_from_dict(h) for h in t.get("hits", [])],
        findings=[finding_from_dict(f) for f in t.get("findings", [])],
        timings=dict(t.get("timings", {})),
        test_model=bool(t.get("test_model", False)),
        sources={lang: Provenance(**p) for lang, p in t.get("sources", {}).items()},
        status=t.get("status", "machine"),
        post_edited_at=t.get("post_edited_at"),
        edits=[PostEdit(**e) for e in t.get("edits", [])],
        markup={
            int(p): TargetMarkup(m["text"], [Markup(**s) for s in m["spans"]])
            for p, m in t.get("markup", {}).items()
        },
    )
