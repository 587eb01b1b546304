"""lingua's models in a helper process (:mod:`pipeline.lingua_helper`): the same answers as
lingua in-process, asked only by the process that started it, and never needed."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import langid_cache, lingua_helper, run
from pipeline.detect import detect
from pipeline.lingua_model import _lingua_uk_ru, lingua_scores
from pipeline.translate.apertium import ApertiumEngine

# uk and ru cues too close for the evidence: the model decides
MODEL_TEXTS = [
    "З початку року область пережила понад массированных атак",
    "Компанія планує збільшити объём виробництва вдвічі",
    "Он сказал, что это рішення вже ухвалене",
    "Депутати проголосували за закон о налогах",
]


@pytest.fixture
def helper() -> Iterator[None]:
    _lingua_uk_ru.cache_clear()
    lingua_helper.start()
    yield
    lingua_helper.stop()


def _close(found: list[tuple[str, float]], expected: list[tuple[str, float]]) -> bool:
    """The same languages in the same order, the same values but for lingua's own jitter
    (its sums differ in the 14th digit from one call to the next, in one process too)."""
    return [lang for lang, _ in found] == [lang for lang, _ in expected] and all(
        abs(a - b) < 1e-9 for (_, a), (_, b) in zip(found, expected, strict=True)
    )


def test_the_helper_answers_and_this_process_never_loads_lingua(helper: None) -> None:
    assert lingua_helper.running()
    asked = [lingua_helper.ask(text) for text in MODEL_TEXTS]
    found = [detect(text) for text in MODEL_TEXTS]  # through the helper
    assert _lingua_uk_ru.cache_info().currsize == 0
    lingua_helper.stop()
    assert not lingua_helper.running() and lingua_helper.ask(MODEL_TEXTS[0]) is None
    assert all(a is not None for a in asked)
    assert all(_close(a, lingua_scores(t)) for a, t in zip(asked, MODEL_TEXTS, strict=True))
    assert found == [detect(text) for text in MODEL_TEXTS]  # lingua in this process now
    assert all(d.method == "model" for d in found)


def test_only_the_process_that_started_it_asks_it(helper: None) -> None:
    pid = os.fork()
    if pid == 0:  # a worker forked later asks lingua itself, and cannot stop the helper
        ok = not lingua_helper.running() and lingua_helper.ask(MODEL_TEXTS[0]) is None
        lingua_helper.stop()
        os._exit(0 if ok else 1)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    assert lingua_helper.running() and lingua_helper.ask(MODEL_TEXTS[0]) is not None


def test_a_helper_that_died_leaves_lingua_to_this_process(helper: None) -> None:
    assert lingua_helper._helper is not None
    os.kill(lingua_helper._helper[0].pid, signal.SIGKILL)
    found = detect(MODEL_TEXTS[1])
    assert not lingua_helper.running()
    assert found.method == "model" and found.lang == "uk"
    assert _lingua_uk_ru.cache_info().currsize == 1


def test_no_interpreter_to_start_means_no_helper(monkeypatch) -> None:
    monkeypatch.setattr("sys.executable", "/nonexistent/python3")
    lingua_helper.start()
    assert not lingua_helper.running() and lingua_helper.ask(MODEL_TEXTS[0]) is None


def test_stop_ends_a_helper_still_loading() -> None:
    lingua_helper.start()
    assert lingua_helper._helper is not None
    process = lingua_helper._helper[0]
    lingua_helper.stop()
    assert process.returncode == -signal.SIGKILL  # ended (not left to finish) and reaped


def test_a_process_in_which_lingua_ran_starts_a_helper_that_answers() -> None:
    # a forked helper would inherit rayon's pool without its threads and never answer
    lingua_scores(MODEL_TEXTS[0])
    lingua_helper.start()
    try:
        found = lingua_helper.ask(MODEL_TEXTS[0])
    finally:
        lingua_helper.stop()
    assert found is not None and _close(found, lingua_scores(MODEL_TEXTS[0]))


def _ahead(folder: Path, text: str = "Власти пообещали восстановить свет.", files: int = 1,
           **options: Any) -> str | None:  # fmt: skip
    """What :func:`run._lingua_ahead` does for ``files`` stories reading ``text``, to uk (or
    ``options``): the story's digest if it started the helper (which is stopped again)."""
    targets = options.pop("targets", ("uk",))
    ctx = run._Context(targets, run.RunOptions(targets=targets, **options), "fp", None, None)
    folder.mkdir(exist_ok=True)
    sources = []
    for n in range(files):
        path = folder / f"story{n}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(run.SourceFile(path, folder))
    try:
        story, content = run._lingua_ahead(ctx, sources)
        assert lingua_helper.running() == (story is not None)
        assert story is None or content == sources[0].path.read_bytes()  # handed on, read once
        return story
    finally:
        lingua_helper.stop()


def test_lingua_is_loaded_ahead_for_one_story_never_finished(tmp_path: Path, monkeypatch) -> None:
    _lingua_uk_ru.cache_clear()
    assert _ahead(tmp_path) is None  # verdicts not kept (--no-cache): nothing to tell a rerun by
    langid_cache.enable(tmp_path / "langid.sqlite3")
    try:
        story = _ahead(tmp_path)
        assert story is not None
        langid_cache.remember(story)
        assert _ahead(tmp_path) is None  # finished before: its verdicts are kept
        assert _ahead(tmp_path / "moved") is None  # the same bytes elsewhere: the same story
        other = "Свет вернули вечером."
        assert _ahead(tmp_path / "batch", other, files=2) is None
        assert _ahead(tmp_path, other, targets=("en",)) is None  # no uk/ru target
        assert _ahead(tmp_path, other, disabled_checks=("wrong-language",)) is None
        monkeypatch.setattr(run, "AHEAD_BYTES", 10)
        assert _ahead(tmp_path, other) is None  # a big file, not a story
        monkeypatch.undo()
        assert _ahead(tmp_path, other) is not None  # a story never finished
        lingua_scores("")
        assert _ahead(tmp_path, other) is None  # lingua is loaded here already
    finally:
        langid_cache.disable()


@pytest.mark.skipif(not ApertiumEngine.available(), reason="needs Debian's apertium-rus-ukr")
@pytest.mark.parametrize("source_lang", [None, "ru"], ids=["detected", "--from"])
def test_a_story_told_by_its_bytes_is_read_from_them_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_lang: str | None
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Власти пообещали восстановить свет.\n\nСвет вернули вечером.\n", "utf-8")
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))
    _lingua_uk_ru.cache_clear()
    opened: list[Path] = []
    open_path = Path.open

    def counted(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == story:
            opened.append(self)
        return open_path(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counted)
    started: list[bool] = []
    start = lingua_helper.start
    monkeypatch.setattr(lingua_helper, "start", lambda: started.append(True) or start())
    options = run.RunOptions(("uk",), source_lang, "apertium", out_dir=tmp_path / "out")
    result = run.run_files([story], options)
    assert result.translated == 1 and not result.failed and started == [True]
    assert len(opened) == 1  # to tell the story by (lingua loaded ahead), then read from that
