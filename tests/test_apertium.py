"""The Apertium ru↔uk engine: patched modes, batching, alignment, marks, errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.errors import ModelError
from pipeline.translate import apertium
from pipeline.translate.apertium import ApertiumEngine, patch_mode

needs_apertium = pytest.mark.skipif(
    not ApertiumEngine.available(), reason="Debian apertium-rus-ukr is not installed"
)

MODE = (
    "lt-proc -w '/d/rus-ukr.automorf.bin' | cg-proc -w '/d/rus-ukr.rlx.bin' | "
    "apertium-tagger -g $2 '/d/rus-ukr.prob' | apertium-pretransfer | lt-proc $1 '/d/x.bin'"
)


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))


def test_patch_mode_replaces_the_tagger_with_cg_proc() -> None:
    patched = patch_mode(MODE)
    assert "apertium-tagger" not in patched
    assert "cg-proc -w -1 -n '/d/rus-ukr.rlx.bin' | apertium-pretransfer" in patched
    assert patched.startswith("lt-proc -w '/d/rus-ukr.automorf.bin' | cg-proc -w '/d/rus-ukr.rlx")


def test_patch_mode_refuses_a_mode_without_tagger() -> None:
    with pytest.raises(ModelError, match="no apertium-tagger"):
        patch_mode("lt-proc -w x | apertium-pretransfer")


def _fake_apertium(tmp_path: Path, body: str) -> Path:
    """A stand-in ``apertium`` on PATH plus a modes folder, for engines without Debian's."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "apertium"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    modes = tmp_path / "modes"
    modes.mkdir()
    for name in ("rus-ukr", "ukr-rus"):
        (modes / f"{name}.mode").write_text(MODE.replace("rus-ukr", name))
    return modes


def test_empty_output_with_exit_0_is_an_error(tmp_path: Path, monkeypatch) -> None:
    modes = _fake_apertium(tmp_path, "cat > /dev/null; exit 0")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    engine = ApertiumEngine(modes_source=modes)
    with pytest.raises(ModelError, match="printed nothing"):
        engine.translate(["Привет."], "ru", "uk")


def test_line_count_mismatch_is_an_error(tmp_path: Path, monkeypatch) -> None:
    modes = _fake_apertium(tmp_path, "cat > /dev/null; echo one")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(ModelError, match="returned 1 lines for 2 sentences"):
        ApertiumEngine(modes_source=modes).translate(["А.", "Б."], "ru", "uk")


def test_one_process_per_batch(tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "calls"
    modes = _fake_apertium(tmp_path, f"echo call >> {log}; cat")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    out = ApertiumEngine(modes_source=modes).translate(["А.", "Б.", "В."], "ru", "uk")
    assert out == ["А.", "Б.", "В."]
    assert log.read_text().count("call") == 1


def test_unsupported_direction_and_missing_install(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="ru↔uk only"):
        ApertiumEngine().translate(["Hi."], "en", "uk")
    engine = ApertiumEngine(modes_source=tmp_path)
    assert engine.pairs() == set()
    with pytest.raises(ModelError, match="apt-get install apertium-rus-ukr"):
        engine.translate(["Привет."], "ru", "uk")


@needs_apertium
def test_real_translation_both_directions() -> None:
    engine = ApertiumEngine()
    uk = engine.translate(["Президент Украины встретился с министрами в Киеве."], "ru", "uk")
    assert uk[0].startswith("Президент України зустрівся з міністрами")
    ru = engine.translate(uk, "uk", "ru")
    assert ru[0].startswith("Президент Украины встретился")


@needs_apertium
def test_without_the_tagger_workaround_apertium_prints_nothing(monkeypatch) -> None:
    """The Debian tagger segfaults: unpatched modes give no output, which we refuse."""
    monkeypatch.setattr(apertium, "patch_mode", lambda text: text)
    with pytest.raises(ModelError, match="printed nothing"):
        ApertiumEngine().translate(["Президент Украины встретился.", "Привет, мир."], "ru", "uk")


@needs_apertium
def test_alignment_marks_and_protected_tokens() -> None:
    engine = ApertiumEngine()
    sources = [
        "Пишите на info@example.com или @newsroom, #Киев, https://example.com/a_b?x=1.",
        "",
        "Строка\nс переносом",
        "Блаблаизм ужасен.",
    ]
    out = engine.translate(sources, "ru", "uk")
    assert len(out) == 4
    assert out[1] == ""
    assert "info@example.com" in out[0] and "@newsroom" in out[0]
    assert "#Киев" in out[0] and "https://example.com/a_b?x=1" in out[0]
    assert "\n" not in out[2]
    assert out[3].startswith("Блаблаизм") and "*" not in out[3]
    assert engine.unknown_words[sources[3]] == ["Блаблаизм"]
    assert engine.unknown_words[sources[0]] == []


def _translate_story(tmp_path: Path, text: str, *extra: str) -> dict:
    import json

    from click.testing import CliRunner

    from pipeline.cli import main

    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ["translate", str(story), "--to", "uk", "--engine", "apertium", "--out", str(out)]
    result = CliRunner().invoke(main, [*args, *extra])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "story.json").read_text(encoding="utf-8"))
    return data["articles"][0]["translations"]["uk"]


@needs_apertium
def test_unknown_words_are_one_finding_per_story(tmp_path: Path) -> None:
    translation = _translate_story(
        tmp_path,
        "Новости города\n\nЭтот блаблаизм ужасен, сказал Шмульцман.\n\n"
        "Блаблаизм снова здесь. Шмульцман и Крумпельшток молчат.\n",  # здесь, молчат: unknown
    )
    assert translation["engine"] == "apertium" and translation["route"] == ["ru", "uk"]
    unknown = [f for f in translation["findings"] if f["check"] == "unknown-words"]
    assert len(unknown) == 1
    assert unknown[0]["severity"] == "warning"
    words = ["блаблаизм", "Шмульцман", "Блаблаизм", "здесь", "Крумпельшток", "молчат"]
    assert unknown[0]["words"] == words
    assert (unknown[0]["paragraph"], unknown[0]["sentence"]) == (1, 0)
    assert unknown[0]["message"] == (
        "apertium did not know 6 words of this story and left them as in the source "
        "(words: блаблаизм, здесь, молчат; names: Шмульцман, Блаблаизм, Крумпельшток)"
    )
    assert "*" not in translation["sentences"][1][0]


@needs_apertium
def test_unknown_names_only_are_info(tmp_path: Path) -> None:
    translation = _translate_story(tmp_path, "Шмульцман приехал в город.\n")
    unknown = [f for f in translation["findings"] if f["check"] == "unknown-words"]
    assert [(f["severity"], f["words"]) for f in unknown] == [("info", ["Шмульцман"])]
    disabled = _translate_story(tmp_path, "Шмульцман приехал.\n", "--disable", "unknown-words")
    assert not [f for f in disabled["findings"] if f["check"] == "unknown-words"]


@needs_apertium
def test_ukrainian_apostrophe_does_not_split_words() -> None:
    """Apertium splits uk words at ' and ’ ("Куп'янськ" → "оказались'янськ") but not at ʼ."""
    engine = ApertiumEngine()
    sources = ["Під ударом опинилися Куп'янськ і Чугуїв.", "Під ударом опинився Куп’янськ."]
    out = engine.translate(sources, "uk", "ru")
    assert out[0].startswith("Под ударом оказались Куп'янськ и ")
    assert "Куп’янськ" in out[1] and "ʼ" not in "".join(out)
    assert "Куп'янськ" in engine.unknown_words[sources[0]]
