"""A batch's memory: read-only models loaded once, before the workers of ``--jobs N`` are
forked (they share the pages), and the C heap's free pages given back after a load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline import run
from pipeline.glossary import morph
from pipeline.glossary.morph import analyzer
from pipeline.lingua_model import _lingua_uk_ru
from pipeline.memory import release_free_heap, scoped_env


def _models_in_worker() -> dict[str, Any]:
    """What a worker holds before it loads anything itself."""
    return {
        "analyzers": analyzer.cache_info().currsize,
        "lingua": _lingua_uk_ru.cache_info().currsize,
        "ru": id(analyzer("ru")),
    }


def _context(targets: tuple[str, ...], **options: Any) -> run._Context:
    return run._Context(targets, run.RunOptions(targets=targets, **options), "fp", None, None)


def _worker_models(ctx: run._Context) -> dict[str, Any]:
    analyzer.cache_clear()
    _lingua_uk_ru.cache_clear()
    pool = run._start_pool(2, ctx)
    try:
        return pool.submit(_models_in_worker).result()
    finally:
        run._stop_pool(pool)


def test_workers_share_the_models_the_main_process_loaded_before_forking() -> None:
    seen = _worker_models(_context(("uk",), source_lang="ru"))
    # loaded in the main process: the worker's are the very same objects, not its own
    assert seen == {"analyzers": 2, "lingua": 1, "ru": id(analyzer("ru"))}


def test_the_main_process_collector_leaves_the_workers_pages_alone_while_they_live() -> None:
    import gc

    inherited = [[]]  # a container the workers inherit
    pool = run._start_pool(2, _context(("en",), source_lang="ru"))
    try:
        # out of the collector's generations: a collection in the main process would write
        # to it (and so copy the page it shares with the workers)
        assert gc.get_freeze_count() > 0
        assert all(inherited is not obj for obj in gc.get_objects())
    finally:
        run._stop_pool(pool)
    assert gc.get_freeze_count() == 0
    assert any(inherited is obj for obj in gc.get_objects())


def test_a_batch_that_cannot_need_lingua_does_not_load_it() -> None:
    # English targets: the wrong-language check never asks lingua; --from: no detection
    seen = _worker_models(_context(("en",), source_lang="ru"))
    assert seen["analyzers"] == 1 and seen["lingua"] == 0
    off = _context(("uk",), source_lang="ru", disabled_checks=("wrong-language",))
    assert _worker_models(off)["lingua"] == 0
    # no --from: the detection pass may need it whatever the targets
    assert _worker_models(_context(("en",)))["lingua"] == 1


def test_lingua_detects_the_same_with_its_models_loaded_up_front() -> None:
    from lingua import Language, LanguageDetectorBuilder

    lazy = LanguageDetectorBuilder.from_languages(Language.UKRAINIAN, Language.RUSSIAN).build()
    for text in ("Він сказав, що це не так", "Он сказал, что это не так", "Кохрен"):
        ours = _lingua_uk_ru().compute_language_confidence_values(text)
        theirs = lazy.compute_language_confidence_values(text)
        assert [v.language for v in ours] == [v.language for v in theirs]
        # lingua sums its n-grams' log probabilities in hash-map order, loaded up front or
        # not: the last bits vary from detector to detector (newsmt keeps 4 decimals)
        assert [v.value for v in ours] == pytest.approx([v.value for v in theirs], abs=1e-12)


LOADERS = {
    "pipeline.checks.numbers._prefixes",
    "pipeline.checks.numbers._starts",
    "pipeline.checks.text._script",
    "pipeline.detect._langdetect_all",
    "pipeline.detect._script",
    "pipeline.glossary.morph.analyzer",
    "pipeline.glossary.syntax._models",
    "pipeline.langid_cache._model_key",
    "pipeline.lingua_model._lingua_uk_ru",
    "pipeline.glossary.cache._own_source",
    "pipeline.memory._malloc_trim",
    "pipeline.segment.make_nlp",
    "pipeline.translate.apertium.data_digest",
    "pipeline.translate.packages._renameat2",
}
"""Caches without a bound, keyed by a language, a character or nothing: they stay small."""


_SCAN = """
import json, sys
import pipeline.checks, pipeline.glossary.enforce, pipeline.run
sizes = {}
for name, module in list(sys.modules.items()):
    if name.startswith("pipeline."):
        for attr, obj in vars(module).items():
            if callable(getattr(obj, "cache_info", None)) and obj.__module__ == name:
                sizes[name + "." + attr] = obj.cache_parameters()["maxsize"]
print(json.dumps(sizes))
"""


def test_no_cache_of_the_translate_run_grows_with_the_batchs_vocabulary() -> None:
    # the caches of the modules a translate run (and its workers) imports, in a fresh
    # process: what other tests imported does not count
    root = Path(__file__).resolve().parent.parent
    scan = subprocess.run(
        [sys.executable, "-c", _SCAN], cwd=root, capture_output=True, text=True, check=True
    )
    sizes = json.loads(scan.stdout)
    assert "pipeline.glossary.morph.parses" in sizes
    assert {k for k, size in sizes.items() if size is None} <= LOADERS
    # keyed by words or texts: bounded, at most the morphology's bound each
    assert max(s for s in sizes.values() if s is not None) <= morph.CACHE_WORDS


def test_figures_get_no_lemmas_and_no_cache_entry() -> None:
    # every story of a batch brings new figures: they must not fill the per-word caches
    figures = ["2024", "500", "007", *(str(n) for n in range(10_000, 10_300))]
    parsed, kept = morph.parses.cache_info().currsize, morph._dictionary_lemmas.cache_info()
    for lang in ("uk", "ru"):
        for figure in figures:
            assert morph.lemmas(lang, figure) == frozenset()
            # what the dictionary says of it (it holds no word of digits alone)
            assert not any(p.is_known for p in analyzer(lang).parse(figure))
    assert morph.parses.cache_info().currsize == parsed
    assert morph._dictionary_lemmas.cache_info().currsize == kept.currsize
    assert morph.lemmas("ru", "2-й") == {"2-й"} and morph.lemmas("uk", "Києва") == {"київ"}


def _resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_release_free_heap_gives_freed_heap_pages_back() -> None:
    # 64 MB of small malloc'd blocks (bytes over pymalloc's 512) freed below a live one:
    # glibc keeps the pages until they are trimmed
    blocks = [bytes(2000) + bytes([i % 256]) for i in range(32_000)]
    keep = bytes(2000) + b"x"
    del blocks
    before = _resident_kb()
    assert release_free_heap()
    assert _resident_kb() < before - 32_000
    assert keep


def test_scoped_env_sets_a_variable_for_the_block_and_leaves_the_users_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSMT_TEST_VAR", raising=False)
    with scoped_env("NEWSMT_TEST_VAR", "1"):
        assert os.environ["NEWSMT_TEST_VAR"] == "1"
    assert "NEWSMT_TEST_VAR" not in os.environ
    monkeypatch.setenv("NEWSMT_TEST_VAR", "4")
    with scoped_env("NEWSMT_TEST_VAR", "1"):
        assert os.environ["NEWSMT_TEST_VAR"] == "4"
    assert os.environ["NEWSMT_TEST_VAR"] == "4"
