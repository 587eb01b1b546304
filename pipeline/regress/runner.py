"""Translate a suite, direction by direction, into :class:`DirectionRun` results."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import InputError, ModelError
from pipeline.model import Article
from pipeline.regress.metrics import ArticleResult, DirectionRun
from pipeline.regress.suite import Direction, Suite

if TYPE_CHECKING:
    from pipeline.glossary import Glossary
    from pipeline.run import RunOptions


def _reference_paragraphs(ref: Path, articles: list[Article]) -> list[str]:
    from pipeline.readers import read_file

    ref_articles = read_file(ref)
    refs = [p.text for a in ref_articles for p in a.paragraphs]
    expected = sum(len(a.paragraphs) for a in articles)
    if len(refs) != expected:
        raise InputError(
            f"{ref}: {len(refs)} paragraphs, but its source has {expected}; "
            "a reference must keep the source's paragraphs"
        )
    return refs


def _same_model(expected: str, model: str) -> bool:
    """``model`` is ``expected``, or ``expected`` names no ``@version`` and ``model`` is one
    of its versions (``apertium-rus-ukr`` accepts ``apertium-rus-ukr@3f2a…``)."""
    return model == expected or ("@" not in expected and model.split("@")[0] == expected)


def _options(suite: Suite, direction: Direction) -> RunOptions:
    from pipeline.run import RunOptions
    from pipeline.translate.argos import ArgosOptions

    known = {f.name for f in dataclasses.fields(ArgosOptions)}
    unknown = set(suite.options) - known
    if unknown:
        raise InputError(f"{suite.root / 'suite.toml'}: unknown [options] {sorted(unknown)}")
    return RunOptions(
        targets=(direction.tgt,),
        source_lang=direction.src,
        engine=direction.engine,
        argos=ArgosOptions(**suite.options),
        use_cache=False,
        allow_test_model=True,
    )


def run_direction(
    suite: Suite, direction: Direction, glossary: Glossary | None = None
) -> DirectionRun:
    """Translate the suite's articles written in ``direction.src`` ``suite.runs`` times."""
    from pipeline.run import load_articles, translate_batch
    from pipeline.translate.routes import build_engines, plan_route

    options = _options(suite, direction)
    engines = build_engines(options.engine, options.argos)
    route = plan_route(direction.src, direction.tgt, engines)
    if direction.model and not any(_same_model(direction.model, m) for m in route.models):
        raise ModelError(
            f"{suite.root / 'suite.toml'}: {direction.key} expects model {direction.model}, "
            f"but {route.describe()} would be used: install it, or change `model` in the suite"
        )
    loaded = [(item, load_articles(item.path)[0]) for item in suite.articles]
    chosen = [
        (item, arts) for item, arts in loaded if arts and all(a.lang == direction.src for a in arts)
    ]
    outputs: list[list[list[str]]] = []
    seconds = 0.0
    for _ in range(max(1, suite.runs)):
        articles = [a for _, arts in chosen for a in arts]
        for article in articles:
            article.translations.clear()
        started = time.perf_counter()
        translate_batch(articles, [direction.tgt], options, glossary, engines=engines)
        seconds = time.perf_counter() - started
        outputs.append([a.translations[direction.tgt].sentences for a in articles])
    results = []
    for item, arts in chosen:
        refs = None
        if direction.tgt in item.references:
            refs = _reference_paragraphs(item.references[direction.tgt], arts)
        translations = [a.translations[direction.tgt] for a in arts]
        results.append(
            ArticleResult(
                name=str(item.path.relative_to(suite.root)),
                hyps=[t.paragraph_text(i) for t in translations for i in range(len(t.sentences))],
                refs=refs,
                hits=[h for t in translations for h in t.hits],
                findings=[f for t in translations for f in t.findings],
                sentences=sum(len(a.iter_sentences()) for a in arts),
            )
        )
    return DirectionRun(
        key=direction.key,
        engine=route.engine,
        route=route.langs,
        models=route.models,
        articles=results,
        seconds=seconds,
        stable=all(o == outputs[0] for o in outputs) if len(outputs) > 1 else None,
    )
