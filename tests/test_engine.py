"""The Argos engine, the route planner and the translation cache on tiny test models.

Test-model output is noise: these tests assert alignment, determinism and plumbing,
never translation quality.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pipeline.errors import ModelError
from pipeline.translate import argos as argos_module
from pipeline.translate.argos import ArgosEngine, ArgosOptions
from pipeline.translate.cache import TranslationCache, default_cache_path
from pipeline.translate.packages import PackageInfo
from pipeline.translate.routes import RouteRunner, build_engines, plan_route

if TYPE_CHECKING:
    from engine_helpers import DecodeCounter

pytest_plugins = ["engine_helpers"]
Installer = Callable[..., list[PackageInfo]]

SMALL = ArgosOptions(max_decoding_length=12, beam_size=2)
SENTENCES = [
    "The council approved the budget.",
    "Rain flooded the streets overnight.",
    "The council approved the budget.",
    "",
    "Prices rose by eight percent in the first quarter of the year.",
]


class _EchoTranslator:
    """Stands in for ``ctranslate2.Translator``: outputs prefix + source tokens."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def translate_batch(self, source: list[list[str]], target_prefix: Any = None, **kw: Any):
        self.calls.append({"source": source, "target_prefix": target_prefix, **kw})

        class Done:
            def __init__(self, hyp: list[str]) -> None:
                self.hypotheses = [hyp]

            def result(self) -> Done:
                return self

        prefixes = target_prefix or [[] for _ in source]
        return [Done([*p, *toks]) for p, toks in zip(prefixes, source, strict=True)]


def _echo_engine(package: PackageInfo, options: ArgosOptions = SMALL) -> tuple[ArgosEngine, Any]:
    engine = ArgosEngine(options, packages=[package])
    model = engine._direction(package.from_code, package.to_code).model
    echo = _EchoTranslator()
    model.__dict__["_loaded"] = (model._make_tokenizer(), echo)  # no real model
    return engine, echo


def test_one_output_per_input_in_order_with_duplicates(install: Installer) -> None:
    install("en-uk")
    engine = ArgosEngine(SMALL)
    out = engine.translate(SENTENCES, "en", "uk")
    assert len(out) == len(SENTENCES)
    assert out[0] == out[2] and out[0]
    assert out[3] == ""
    assert all(out[i] for i in (0, 1, 4))
    assert engine.decoded == 3  # duplicates and blanks are not decoded
    reversed_out = engine.translate(SENTENCES[::-1], "en", "uk")
    assert reversed_out == out[::-1]


def test_deterministic_and_independent_of_batching(install: Installer) -> None:
    install("en-uk")
    whole = ArgosEngine(SMALL).translate(SENTENCES, "en", "uk")
    tiny_batches = ArgosOptions(max_decoding_length=12, beam_size=2, max_batch_tokens=4)
    assert ArgosEngine(tiny_batches).translate(SENTENCES, "en", "uk") == whole
    parallel = ArgosOptions(max_decoding_length=12, beam_size=2, inter_threads=2)
    assert ArgosEngine(parallel).translate(SENTENCES, "en", "uk") == whole


def test_translator_is_loaded_once_per_direction(
    install: Installer, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("en-uk", "en-ru")
    import ctranslate2

    loads: list[str] = []
    real = ctranslate2.Translator

    def counting(path: str, **kw: Any) -> Any:
        loads.append(path)
        return real(path, **kw)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    engine = ArgosEngine(SMALL)
    for _ in range(3):
        engine.translate(["One sentence."], "en", "uk")
        engine.translate(["One sentence."], "en", "ru")
    assert len(loads) == 2


def test_sentencepiece_detokenization_keeps_underscores_and_spacing(install: Installer) -> None:
    (package,) = install("en-uk")
    engine, _ = _echo_engine(package)
    text = "user_name = snake_case (x) «quoted»"
    assert engine.translate([text], "en", "uk") == [text]


def test_target_prefix_is_fed_and_stripped(install: Installer) -> None:
    (package,) = install("en-uk")
    prefixed = PackageInfo(**{**package.__dict__, "target_prefix": "__uk__"})
    engine, echo = _echo_engine(prefixed)
    assert engine.translate(["Good morning."], "en", "uk") == ["Good morning."]
    assert echo.calls[0]["target_prefix"] == [["__uk__"]]


def test_decoding_length_is_bounded_by_the_source(install: Installer) -> None:
    (package,) = install("en-uk")
    options = ArgosOptions(max_decoding_length=40, length_ratio=1.5, length_extra=3)
    engine, echo = _echo_engine(package, options)
    engine.translate(["Hi.", "Good news.", " ".join(["word"] * 60)], "en", "uk")
    assert len(echo.calls) == 2  # one call per distinct limit; the two short ones share it
    short, long = sorted(echo.calls, key=lambda call: call["max_decoding_length"])
    longest = max(len(s) for s in short["source"])
    assert 1.5 * longest + 3 <= short["max_decoding_length"] < 1.5 * longest + 3 + 8
    assert long["max_decoding_length"] == 40
    assert all(call["batch_type"] == "tokens" for call in echo.calls)


def test_random_model_output_respects_the_cap(install: Installer) -> None:
    (package,) = install("en-uk")
    engine = ArgosEngine(ArgosOptions(max_decoding_length=6, beam_size=1), packages=[package])
    (out,) = engine.translate(
        ["A long sentence about the new railway line to the port."], "en", "uk"
    )
    sp = engine._direction("en", "uk").processor
    assert 0 < len(sp.encode([out])[0]) <= 6 + 2  # re-encoding may merge or split a piece


def test_missing_model_names_the_fix(newsmt_env: Path) -> None:
    engine = ArgosEngine(SMALL)
    with pytest.raises(ModelError) as err:
        engine.translate(["Hello."], "uk", "ru")
    message = str(err.value)
    assert "newsmt models download uk ru" in message
    assert "newsmt models install FILE" in message
    assert "\n" not in message


def test_auto_compute_type_is_int8_on_cpu() -> None:
    assert argos_module.resolve_compute_type("auto", "cpu") in ("int8", "int8_float32")
    assert argos_module.resolve_device("cpu") == "cpu"
    with pytest.raises(ModelError, match="not supported"):
        argos_module.resolve_compute_type("bfloat16", "cpu")


def test_fingerprint_changes_with_decoding_options(install: Installer) -> None:
    install("en-uk")
    base = ArgosEngine(SMALL).fingerprint("en", "uk")
    assert ArgosEngine(SMALL).fingerprint("en", "uk") == base
    assert ArgosEngine(ArgosOptions(max_decoding_length=12)).fingerprint("en", "uk") != base
    threads = ArgosOptions(max_decoding_length=12, beam_size=2, intra_threads=1)
    assert ArgosEngine(threads).fingerprint("en", "uk") == base  # threads do not change output


def test_auto_route_prefers_direct_then_pivots_through_english(install: Installer) -> None:
    install("uk-en", "en-ru", "en-uk")
    engines = [ArgosEngine(SMALL)]
    direct = plan_route("en", "uk", engines)
    assert direct.langs == ["en", "uk"]
    pivot = plan_route("uk", "ru", engines)
    assert pivot.langs == ["uk", "en", "ru"]
    assert pivot.engine == "argos"
    assert pivot.models == ["argos:translate-uk_en-test@0.0", "argos:translate-en_ru-test@0.0"]
    with pytest.raises(ModelError, match="newsmt models download ru uk"):
        plan_route("ru", "uk", engines)


def test_pivot_translation_equals_the_two_hops(install: Installer) -> None:
    install("uk-en", "en-ru")
    engine = ArgosEngine(SMALL)
    route = plan_route("uk", "ru", [engine])
    sentences = ["Міська рада ухвалила бюджет.", "Дощ затопив вулиці."]
    (out,) = RouteRunner().run([(route, sentences)])
    english = engine.translate(sentences, "uk", "en")
    assert out == engine.translate(english, "en", "ru")


def test_runner_makes_one_engine_call_per_hop(
    install: Installer, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("uk-en", "en-ru", "en-uk")
    engine = ArgosEngine(SMALL)
    calls: list[tuple[str, str, int]] = []
    real = engine.translate

    def spy(sentences: list[str], src: str, tgt: str, **kw: Any) -> list[str]:
        calls.append((src, tgt, len(sentences)))
        return real(sentences, src, tgt, **kw)

    monkeypatch.setattr(engine, "translate", spy)
    engines = [engine]
    requests = [
        (plan_route("uk", "ru", engines), ["Перше речення.", "Друге речення."]),
        (plan_route("uk", "en", engines), ["Друге речення.", "Третє речення."]),
        (plan_route("en", "ru", engines), ["A sentence in English."]),
        (plan_route("en", "uk", engines), ["A sentence in English."]),
    ]
    outputs = RouteRunner().run(requests)
    assert [len(o) for o in outputs] == [2, 2, 1, 1]
    assert sorted(calls) == [("en", "ru", 3), ("en", "uk", 1), ("uk", "en", 3)]
    assert outputs[0][1] != outputs[1][0] or outputs[0][1] == ""  # ru vs en of the same line


def test_cache_hit_on_rerun_decodes_nothing(
    install: Installer, decode_counter: DecodeCounter
) -> None:
    install("en-uk")
    counter = decode_counter
    route = plan_route("en", "uk", [ArgosEngine(SMALL)])
    with TranslationCache() as cache:
        first = RouteRunner(cache=cache).run([(route, SENTENCES)])
    assert counter.sentences == 3
    route = plan_route("en", "uk", [ArgosEngine(SMALL)])
    with TranslationCache() as cache:
        runner = RouteRunner(cache=cache)
        again = runner.run([(route, [*SENTENCES, "A new sentence."])])
    assert again[0][: len(SENTENCES)] == first[0]
    assert counter.sentences == 4  # only the new sentence
    assert runner.stats[0].cached == 3 and runner.stats[0].decoded == 1


def test_cache_store(newsmt_env: Path) -> None:
    path = default_cache_path()
    assert path.parent == newsmt_env / "cache"
    with TranslationCache() as cache:
        cache.put_many("m1", "o1", {f"s{i}": f"t{i}" for i in range(1200)})
        cache.put_many("m1", "o2", {"s1": "other"})
    with TranslationCache(path) as cache:
        found = cache.get_many("m1", "o1", [f"s{i}" for i in range(0, 1300, 7)])
        assert len(found) == len(range(0, 1200, 7))
        assert found["s7"] == "t7"
        assert cache.get_many("m1", "o2", ["s1", "s2"]) == {"s1": "other"}
        assert cache.get_many("m2", "o1", ["s1"]) == {}
        assert len(cache) == 1201
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_unknown_engine_and_missing_apertium(newsmt_env: Path) -> None:
    from pipeline.errors import UsageError
    from pipeline.translate.apertium import ApertiumEngine

    with pytest.raises(UsageError):
        build_engines("google")
    if not ApertiumEngine.available():
        with pytest.raises(ModelError, match="apertium-rus-ukr"):
            build_engines("apertium")
    assert [e.name for e in build_engines("argos")] == ["argos"]


def test_a_package_replaced_after_its_fingerprint_is_an_error(install: Installer) -> None:
    """The digest keys the cache; a model swapped in under it would poison the cache."""
    install("en-uk")
    engine = ArgosEngine(SMALL)
    engine.fingerprint("en", "uk")  # taken before the model loads, as `translate` does
    install("en-uk")  # the same direction installed again: new files
    with pytest.raises(ModelError, match=r"en→uk package at .* changed while newsmt was running"):
        engine.translate(["Good morning."], "en", "uk")


def test_installs_wait_while_a_package_loads(
    install: Installer,
    model_files: Callable[[str, str], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pipeline.translate import packages

    install("en-uk")
    monkeypatch.setattr(packages, "LOCK_TIMEOUT", 0.2)
    capsys.readouterr()
    with packages.reading(packages.packages_dir()):
        with pytest.raises(ModelError, match="installing, removing or loading models"):
            packages.install_package(model_files("en", "uk"))
        waiting = capsys.readouterr().err.splitlines()
        assert len(waiting) == 1 and waiting[0].endswith("; waiting up to 0.2 s")
        with packages.reading(packages.packages_dir()):  # readers share it
            pass
    assert packages.install_package(model_files("en", "uk")).from_code == "en"
