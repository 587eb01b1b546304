"""A hand-built translated batch for the export and review tests (no translation model).

Two stories: an English one translated into uk and ru by hand, with glossary hits of every
status and findings of every severity, and a Ukrainian one whose English "translation"
came from a newsmt test model (noise).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.export.record import write_record
from pipeline.model import (
    Article,
    Finding,
    GlossaryHit,
    Kind,
    Paragraph,
    Sentence,
    Severity,
    Translation,
)
from pipeline.review.server import ReviewServer

BRIDGE_SOURCE = [
    (Kind.HEADLINE, ["Kharkiv council approves repair of the Saltivka bridge"]),
    (
        Kind.BODY,
        [
            "The Kharkiv City Council voted on Tuesday to spend 120 million hryvnias"
            " on the bridge.",
            "Mayor Ihor Terekhov said the work would begin in May.",
        ],
    ),
    (Kind.QUOTE, ["“We will not wait for the war to end,” Terekhov told Suspilne."]),
]
BRIDGE_UK = [
    ["Харківська рада схвалила ремонт Салтівського мосту"],
    [
        "У вівторок Харківська міська рада проголосувала за виділення"
        " 120 мільйонів гривень на міст.",
        "Міський голова Ігор Терехов заявив, що роботи почнуться в травні.",
    ],
    ["«Ми не чекатимемо кінця війни», — сказав Терехов Суспільному."],
]
BRIDGE_RU = [
    ["Харьковский совет одобрил ремонт Салтовского моста"],
    [
        "Во вторник Харьковский городской совет проголосовал за выделение"
        " 12 миллионов гривен на мост.",
        "Мэр Игорь Терехин заявил, что работы начнутся в мае.",
    ],
    ["«Мы не будем ждать конца войны», — сказал Терехов Суспильному."],
]
TRAM_SOURCE = [
    (Kind.HEADLINE, ["У Львові запустили новий трамвай до Сихова"]),
    (Kind.BODY, ["Перший рейс відбувся в неділю о 6:30."]),
]
TRAM_EN = [["lattice murmur quietly seven seven"], ["orbit 6:30 tender tender tender glass"]]
TEST_MODEL_ID = "argos:translate-uk_en-test@0.0"


def _paragraphs(spec: list[tuple[Kind, list[str]]]) -> list[Paragraph]:
    paragraphs = []
    for kind, sentences in spec:
        text = " ".join(sentences)
        parts, pos = [], 0
        for sent in sentences:
            start = text.index(sent, pos)
            parts.append(Sentence(start, start + len(sent), sent))
            pos = start + len(sent)
        paragraphs.append(Paragraph(text=text, kind=kind, sentences=parts))
    return paragraphs


def _hit(
    article: Article,
    rows: list[list[str]],
    where: tuple[int, int],
    entry_id: str,
    source_text: str,
    target_text: str | None,
    status: str,
    canonical: str | None = None,
) -> GlossaryHit:
    p, s = where
    source = article.paragraphs[p].sentences[s].text
    start = source.index(source_text)
    target_span = None
    if target_text is not None:
        t_start = rows[p][s].index(target_text)
        target_span = (t_start, t_start + len(target_text))
    return GlossaryHit(
        entry_id=entry_id,
        paragraph=p,
        sentence=s,
        source_span=(start, start + len(source_text)),
        source_text=source_text,
        canonical=canonical or target_text or entry_id,
        target_text=target_text,
        target_span=target_span,
        status=status,
    )


def bridge_article() -> Article:
    """The English story, translated into uk and ru, with hits and findings."""
    article = Article(
        id="kharkiv-bridge",
        source_path="stories/kharkiv-bridge.md",
        format="md",
        paragraphs=_paragraphs(BRIDGE_SOURCE),
        lang="en",
        lang_confidence=0.99,
    )
    uk_rows = [list(row) for row in BRIDGE_UK]
    ru_rows = [list(row) for row in BRIDGE_RU]
    uk = Translation("uk", "argos", ["en", "uk"], ["argos:translate-en_uk@1.9"], uk_rows)
    uk.hits = [
        _hit(article, uk_rows, (0, 0), "kharkiv", "Kharkiv", "Харківська", "ok"),
        _hit(article, uk_rows, (0, 0), "saltivka", "Saltivka", "Салтівського", "ambiguous"),
        _hit(
            article,
            uk_rows,
            (1, 0),
            "kharkiv-council",
            "Kharkiv City Council",
            "Харківська міська рада",
            "fixed",
        ),
        _hit(article, uk_rows, (1, 1), "terekhov", "Ihor Terekhov", "Ігор Терехов", "ok"),
        _hit(article, uk_rows, (2, 0), "suspilne", "Suspilne", "Суспільному", "needs-review"),
    ]
    uk.findings = [
        Finding("quotes", Severity.INFO, "quotation marks “…” became «…»", 2, 0),
        Finding("length", Severity.WARNING, "translation is 40% longer than the source", 1, 0),
    ]
    ru = Translation("ru", "argos", ["en", "ru"], ["argos:translate-en_ru@1.9"], ru_rows)
    ru.hits = [
        _hit(article, ru_rows, (0, 0), "kharkiv", "Kharkiv", "Харьковский", "ok"),
        _hit(
            article, ru_rows, (1, 1), "terekhov", "Ihor Terekhov", None, "missing", "Игорь Терехов"
        ),
        _hit(article, ru_rows, (2, 0), "suspilne", "Suspilne", "Суспильному", "ambiguous"),
    ]
    ru.findings = [
        Finding("numbers", Severity.ERROR, "120 in the source, 12 in the translation", 1, 0),
        Finding(
            "entity-consistency",
            Severity.WARNING,
            "Terekhov is Терехин here but Терехов in 3.1",
            1,
            1,
        ),
    ]
    article.translations = {"uk": uk, "ru": ru}
    return article


def tram_article() -> Article:
    """The Ukrainian story whose English side came from a test model (noise)."""
    article = Article(
        id="lviv-tram",
        source_path="stories/lviv-tram.txt",
        format="txt",
        paragraphs=_paragraphs(TRAM_SOURCE),
        lang="uk",
        lang_confidence=0.97,
    )
    article.translations = {
        "en": Translation("en", "argos", ["uk", "en"], [TEST_MODEL_ID], [list(r) for r in TRAM_EN])
    }
    return article


def sample_articles() -> list[Article]:
    """Both stories."""
    return [bridge_article(), tram_article()]


SUGGESTIONS = [
    {
        "id": "saltivka-bridge",
        "type": "LOC",
        "en": "Saltivka bridge",
        "uk": "Салтівський міст",
        "ru": "Салтовский мост",
        "note": "seen in 1 story",
        "count": 1,
    },
    {
        "id": "sykhiv",
        "type": "LOC",
        "en": "Sykhiv",
        "uk": "Сихів",
        "ru": "Сыхов",
        "note": "",
        "count": 1,
    },
]


def write_batch(outdir: Path, suggestions: bool = True) -> Path:
    """Write the sample batch's records (and ``suggestions.json``) into ``outdir``."""
    import json

    outdir.mkdir(parents=True, exist_ok=True)
    write_record(outdir / "kharkiv-bridge.json", [bridge_article()])
    write_record(outdir / "lviv-tram.json", [tram_article()])
    if suggestions:
        (outdir / "suggestions.json").write_text(
            json.dumps({"suggestions": SUGGESTIONS}, ensure_ascii=False), encoding="utf-8"
        )
    return outdir


def no_suggestions(articles: list[Any], glossary: Any = None) -> list[Any]:
    """A suggester that suggests nothing."""
    return []


@contextmanager
def serving(outdir: Path) -> Iterator[ReviewServer]:
    """A review server of ``outdir`` (no suggestions) answering on a free port in a thread,
    shut down on leaving the block."""
    server = ReviewServer(outdir, 0, no_suggestions)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
