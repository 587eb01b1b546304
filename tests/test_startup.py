"""What a one-story ``newsmt translate`` loads: nothing the story does not need (the format
readers and writers of other formats, langdetect, the XLIFF reader, importlib.metadata),
and lingua only for a text whose verdict no earlier run kept (:mod:`pipeline.langid_cache`)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import langid_cache
from pipeline.detect import detect
from pipeline.glossary import cache as glossary_cache
from pipeline.glossary import morph
from pipeline.lingua_model import _lingua_uk_ru
from pipeline.translate.apertium import ApertiumEngine

ROOT = Path(__file__).resolve().parent.parent

# uk and ru cues too close for the evidence: lingua decides (a word Apertium left in
# Russian, a Ukrainian clause in a Russian sentence, no cue at all).
MODEL_TEXTS = [
    "З початку року область пережила понад массированных атак",
    "Компанія планує збільшити объём виробництва вдвічі",
    "Он сказал, что это рішення вже ухвалене",
    "Власти города пообещали восстановить світло к вечеру",
    "Депутати проголосували за закон о налогах",
]


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "langid.sqlite3"
    langid_cache.enable(path)
    yield path
    langid_cache.disable()


def test_the_texts_go_to_the_model() -> None:
    assert all(detect(text).method == "model" for text in MODEL_TEXTS)


def test_a_kept_verdict_is_lingua_s_and_lingua_is_not_loaded_for_it(kept: Path) -> None:
    langid_cache.disable()
    asked = [detect(text) for text in MODEL_TEXTS]  # lingua, nothing kept
    assert not kept.exists()
    langid_cache.enable(kept)
    assert [detect(text) for text in MODEL_TEXTS] == asked  # lingua again; now kept
    _lingua_uk_ru.cache_clear()
    assert [detect(text) for text in MODEL_TEXTS] == asked
    assert _lingua_uk_ru.cache_info().currsize == 0  # the verdicts came from the file


def test_a_verdict_is_kept_per_lingua_build(kept: Path, monkeypatch) -> None:
    detect(MODEL_TEXTS[0])
    assert langid_cache.lookup(" ".join(MODEL_TEXTS[0].split())) is not None
    monkeypatch.setattr(langid_cache, "_model_key", lambda: "lingua:another-build")
    assert langid_cache.lookup(" ".join(MODEL_TEXTS[0].split())) is None


def test_a_damaged_file_means_the_model_is_asked(tmp_path: Path) -> None:
    damaged = tmp_path / "langid.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    langid_cache.enable(damaged)
    try:
        found = detect(MODEL_TEXTS[1])
    finally:
        langid_cache.disable()
    assert found.method == "model" and found.lang == "uk"
    assert damaged.read_bytes() == b"not a database" * 100


def test_dictionary_path_is_the_package_s_or_pymorphy3_s_variable(monkeypatch) -> None:
    import pymorphy3_dicts_uk

    monkeypatch.delenv("PYMORPHY2_DICT_PATH", raising=False)
    assert morph.dictionary_path("uk") == str(pymorphy3_dicts_uk.get_path())
    assert morph.dictionary_path("xx") is None
    monkeypatch.setenv("PYMORPHY2_DICT_PATH", "/somewhere/else")
    assert morph.dictionary_path("uk") == "/somewhere/else"


def test_the_compiled_glossary_s_key_follows_the_dictionaries(tmp_path: Path, monkeypatch) -> None:
    before = glossary_cache._versions()
    folder = tmp_path / "dict"
    folder.mkdir()
    (folder / "meta.json").write_text('[["compiled_at", "2030-01-01"]]')
    monkeypatch.setattr(morph, "dictionary_path", lambda lang: str(folder))
    assert glossary_cache._versions() != before
    (folder / "meta.json").write_text('[["compiled_at", "2031-01-01"]]')
    after = glossary_cache._versions()
    monkeypatch.undo()
    assert after != before and glossary_cache._versions() == before


HEAVY = (
    "lxml", "markdown_it", "charset_normalizer", "langdetect", "numpy", "jinja2",
    "translate.storage", "importlib.metadata", "pipeline.review.cat_import",
)  # fmt: skip

_RUN = """
import json, sys
from pipeline import lingua_helper
from pipeline.cli import main
helpers = []
start = lingua_helper.start
lingua_helper.start = lambda: (helpers.append(1), start())[-1]
try:
    main(sys.argv[1:])
except SystemExit:
    pass
from pipeline.lingua_model import _lingua_uk_ru
print(json.dumps({"lingua": _lingua_uk_ru.cache_info().currsize, "helper": len(helpers),
                  "heavy": sorted(m for m in sys.modules if m.startswith(%r))}))
""" % (HEAVY,)  # noqa: UP031


def _translate(story: Path, out: Path, cache: Path, *more: str) -> dict:
    env = {
        **os.environ,
        "NEWSMT_CACHE_DIR": str(cache),
        "NEWSMT_GLOSSARY": str(ROOT / "glossaries"),
    }
    args = ["translate", str(story), "--to", "uk", "--engine", "apertium", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args, *more],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not ApertiumEngine.available(), reason="needs Debian's apertium-rus-ukr")
def test_a_rerun_loads_neither_lingua_nor_what_a_text_story_does_not_need(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    # Telling the story's language asks lingua about a line without uk or ru cues; Apertium
    # leaves "массированных" Russian, so the wrong-language check asks it about a target.
    story.write_text(
        "Атаки на энергосистему\n\nС начала года Одесская область пережила более 30 "
        "массированных атак.\n\nПрезидент подписал закон о налогах.\n\n"
        "Свет вернули в дома вечером.\n",
        encoding="utf-8",
    )
    first = _translate(story, tmp_path / "out", tmp_path / "cache")
    # a story never seen: lingua is loaded, in the helper process (pipeline.lingua_helper)
    assert first == {"lingua": 0, "helper": 1, "heavy": []}
    rerun = _translate(story, tmp_path / "out", tmp_path / "cache")
    assert rerun == {"lingua": 0, "helper": 0, "heavy": []}
    with sqlite3.connect(tmp_path / "cache" / langid_cache.CACHE_FILE) as db:
        assert db.execute("SELECT count(*) FROM verdicts").fetchone()[0] >= 1
    # --no-cache keeps nothing: lingua is loaded again
    other = tmp_path / "cache2"
    assert _translate(story, tmp_path / "out2", other, "--no-cache") == {
        "lingua": 1, "helper": 0, "heavy": []
    }  # fmt: skip
    assert not (other / langid_cache.CACHE_FILE).exists()


def _outputs(out: Path) -> dict[str, object]:
    """The files of a translate run, the record without its timings."""

    def untimed(value: object) -> object:
        if isinstance(value, dict):
            return {k: untimed(v) for k, v in value.items() if k != "timings"}
        return [untimed(v) for v in value] if isinstance(value, list) else value

    return {
        path.name: untimed(json.loads(path.read_text())) if path.suffix == ".json"
        else path.read_text()
        for path in sorted(out.iterdir())
    }  # fmt: skip


@pytest.mark.skipif(not ApertiumEngine.available(), reason="needs Debian's apertium-rus-ukr")
def test_a_new_story_asks_the_helper_and_writes_what_lingua_here_would(tmp_path: Path) -> None:
    story = ROOT / "samples" / "articles" / "ru-odesa-power.txt"
    cache = tmp_path / "cache"
    assert _translate(story, tmp_path / "new", cache)["helper"] == 1
    with sqlite3.connect(cache / langid_cache.CACHE_FILE) as db:
        asked = db.execute("DELETE FROM verdicts").rowcount
    assert asked >= 1  # the wrong-language check asked lingua (the helper) about a target
    # the story is known, its verdicts gone: lingua is loaded here, as before the helper
    old = _translate(story, tmp_path / "old", cache)
    assert old["helper"] == 0 and old["lingua"] == 1
    assert _outputs(tmp_path / "new") == _outputs(tmp_path / "old")
