"""The Apertium ru↔uk engine: patched modes, batching, alignment, marks, errors."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

import pytest

from pipeline.errors import ModelError
from pipeline.translate import apertium
from pipeline.translate.apertium import ApertiumEngine, patch_mode
from pipeline.translate.apertium_clean import (
    Lexicon,
    analyser_of,
    collapse_doubled,
    split_glued,
    strip_marks,
)
from pipeline.translate.apertium_rules import fix_transfer

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


def test_model_id_changes_with_the_installed_data_and_newsmts_repairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--resume`` and provenance see a package upgrade or a new repair as another model."""
    modes = _fake_apertium(tmp_path, "cat")
    first = ApertiumEngine(modes_source=modes).model_id("ru", "uk")
    assert first.startswith("apertium-rus-ukr@")
    assert ApertiumEngine(modes_source=modes).model_id("ru", "uk") == first
    apertium.data_digest.cache_clear()
    monkeypatch.setattr(apertium, "RULES_VERSION", "repaired again")
    assert ApertiumEngine(modes_source=modes).model_id("ru", "uk") != first
    monkeypatch.undo()
    apertium.data_digest.cache_clear()
    (modes / "rus-ukr.mode").write_text(MODE.replace("/d/", "/d2/"))
    assert ApertiumEngine(modes_source=modes).model_id("ru", "uk") != first
    apertium.data_digest.cache_clear()


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
def test_unknown_words_the_target_language_has_are_not_reported() -> None:
    """Apertium's Russian analyser lacks "до"; copied into Ukrainian it is a right word."""
    engine = ApertiumEngine()
    source = "Он работал до вечера с Шмульцманом."
    out = engine.translate([source], "ru", "uk")
    assert " до " in out[0]
    assert engine.unknown_words[source] == ["Шмульцманом"]


@needs_apertium
def test_ukrainian_apostrophe_does_not_split_words() -> None:
    """Apertium splits uk words at ' and ’ ("Куп'янськ" → "оказались'янськ") but not at ʼ."""
    engine = ApertiumEngine()
    sources = ["Під ударом опинилися Куп'янськ і Чугуїв.", "Під ударом опинився Куп’янськ."]
    out = engine.translate(sources, "uk", "ru")
    assert out[0].startswith("Под ударом оказались Куп'янськ и ")
    assert "Куп’янськ" in out[1] and "ʼ" not in "".join(out)
    assert "Куп'янськ" in engine.unknown_words[sources[0]]


# --- repaired transfer rules ------------------------------------------------------------

T1X = """<transfer>
<section-def-macros><def-macro n="case_adapter1" npar="1"></def-macro></section-def-macros>
<section-rules>
<rule comment="det nom, glued and half adapted">
  <pattern><pattern-item n="det"/><pattern-item n="nom"/></pattern>
  <action>
    <call-macro n="case_adapter1"><with-param pos="1"/></call-macro>
    <out><chunk name="det"><tags><tag><lit-tag v="DET"/></tag></tags>
      <lu><clip pos="1" side="tl" part="whole"/></lu>
      <lu><clip pos="2" side="tl" part="whole"/></lu>
    </chunk></out>
  </action>
</rule>
<rule comment="two chunks, glued">
  <pattern><pattern-item n="pp"/><pattern-item n="nom"/></pattern>
  <action><out>
    <chunk name="a"><lu><clip pos="1" side="tl" part="whole"/></lu></chunk>
    <chunk name="b"><lu><clip pos="2" side="tl" part="whole"/></lu></chunk>
  </out></action>
</rule>
<rule comment="verb twice, noun dropped">
  <pattern><pattern-item n="verb"/><pattern-item n="nom_gen"/></pattern>
  <action><out><chunk name="verb">
    <lu><clip pos="1" side="tl" part="lemh"/><clip pos="1" side="tl" part="tags"/></lu>
    <b/>
    <lu><clip pos="1" side="tl" part="lemh"/><clip pos="1" side="tl" part="tags"/></lu>
  </chunk></out></action>
</rule>
<rule comment="sound">
  <pattern><pattern-item n="adj"/><pattern-item n="nom"/></pattern>
  <action>
    <call-macro n="case_adapter1"><with-param pos="1"/></call-macro>
    <call-macro n="case_adapter1"><with-param pos="2"/></call-macro>
    <out><chunk name="sn">
      <lu><clip pos="1" side="tl" part="whole"/></lu>
      <b/>
      <lu><clip pos="2" side="tl" part="whole"/></lu>
    </chunk></out>
  </action>
</rule>
</section-rules>
</transfer>"""


def _rules(xml: str) -> dict[str, str]:
    import re

    return dict(re.findall(r'<rule comment="([^"]+)">(.*?)</rule>', xml, re.S))


def test_fix_transfer_repairs_glued_unadapted_and_repeated_words() -> None:
    fixed = _rules(fix_transfer(T1X))
    glued = fixed["det nom, glued and half adapted"]
    assert '<with-param pos="2"/></call-macro>' in glued
    assert "</lu>\n      <b/>\n      <lu>" in glued
    assert '</chunk>\n    <b pos="1"/>\n    <chunk name="b">' in fixed["two chunks, glued"]
    verb = fixed["verb twice, noun dropped"]
    assert verb.count('<clip pos="2" side="tl" part="whole"/>') == 1
    assert verb.count('part="lemh"') == 1
    assert fixed["sound"] == _rules(T1X)["sound"]


def test_fix_transfer_leaves_a_sound_file_alone() -> None:
    sound = T1X.split('<rule comment="det nom')[0] + T1X[T1X.index('<rule comment="sound">') :]
    assert fix_transfer(sound) == sound


@needs_apertium
def test_repaired_rules_are_compiled_into_the_modes() -> None:
    root = apertium.patched_modes_dir()
    for name in ("rus-ukr", "ukr-rus"):
        mode = (root / "modes" / f"{name}.mode").read_text(encoding="utf-8")
        assert f"'{root / name}.t1x' '{root / name}.t1x.bin'" in mode
        assert (root / f"{name}.t1x.bin").stat().st_size > 0


@needs_apertium
def test_repaired_rules_fix_glued_and_doubled_words() -> None:
    engine = ApertiumEngine()
    uk = engine.translate(
        ["В этом случае мы позвоним.", "Он видел их продукцию в своем магазине."], "ru", "uk"
    )
    assert uk[0] == "У цім нагоді ми зателефонуємо."  # was "У цім#нагода"
    assert "їхній продукцію" in uk[1] or "їхню продукцію" in uk[1]  # was "їхнійпродукцію"
    assert "своєму магазині" in uk[1]
    ru = engine.translate(["Мені це розповіли колеги на моїй першій роботі."], "uk", "ru")
    assert ru == [
        "Мне это рассказали коллеги на моей первой работе."
    ]  # was "рассказали рассказали"


# --- cleaning the output ----------------------------------------------------------------


def test_strip_marks_removes_only_what_apertium_added() -> None:
    source = "Между Абу-Даби и на веб-сайте eReader, 4х3, **три**, *Я, фунт #Киев, 10 м²."
    raw = (
        "Між *Абу-*Даби і на *веб-сайті *EReader, 4*х3, ***три**, *Я, фунт¹⁻²ов #Киев, "
        "тому#число #що @так, 10 *м²."
    )
    cleaned = strip_marks(source, raw)
    assert cleaned.text == (
        "Між Абу-Даби і на веб-сайті EReader, 4х3, **три**, *Я, фунтов #Киев, "
        "тому число що так, 10 м²."
    )
    assert cleaned.unknown == ["Абу-Даби", "веб-сайті", "три", "м²"]  # not EReader: Latin


def test_strip_marks_keeps_the_sources_own_asterisks() -> None:
    cleaned = strip_marks("Я купил *очень громкую* колонку.", "Я купив *дуже гучну* колонку.")
    assert cleaned.text == "Я купив *дуже гучну* колонку." and cleaned.unknown == []


def test_doubled_words_collapse_only_when_the_source_has_none() -> None:
    text, notes = collapse_doubled("Мені це розповіли колеги.", "Мне это рассказали рассказали.")
    assert text == "Мне это рассказали."
    assert [(n.check, n.severity) for n in notes] == [("engine-output", "warning")]
    assert "«рассказали» twice" in notes[0].message
    assert collapse_doubled("Так, так, ні ні.", "Да, да, нет нет.") == ("Да, да, нет нет.", [])
    assert collapse_doubled("Рахунок 25:25.", "Счёт 25 25.") == ("Счёт 25 25.", [])
    assert collapse_doubled("Я думаю, що щось сталося.", "Я думаю, что что-то случилось.") == (
        "Я думаю, что что-то случилось.",
        [],
    )


class _Lexicon:
    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def parts_of_speech(self, words: Iterable[str]) -> dict[str, set[str]]:
        # lt-proc -w finds a word in any case
        return {w: {self.words[w.lower()]} for w in words if w.lower() in self.words}


def test_glued_words_split_where_the_analyser_knows_one_way() -> None:
    lexicon = _Lexicon(
        {"його": "det", "країна": "n", "свій": "det", "статус": "n", "боль": "n", "шей": "n"}
        | {"кот": "adj", "ковий": "n", "котко": "adj", "вий": "n"}
    )
    texts, notes = split_glued(
        ["Его страна.", "Его статус.", "Кошачий.", "Большей."],
        ["Йогокраїна, свійстатус.", "Декількох статус.", "котковий", "большей"],
        lexicon,  # type: ignore[arg-type]
    )
    assert texts[0] == "Його країна, свій статус."
    assert texts[1] == "Декількох статус."  # no cut leaves two known words: left alone
    assert texts[3] == "большей"  # noun + noun is not what the rules glue: left alone
    assert notes[:2] == [[], []] and notes[3] == []
    assert texts[2] == "котковий" and "котковий" in notes[2][0].message  # two ways: noted


@needs_apertium
def test_glued_words_with_the_real_analyser() -> None:
    lexicon = Lexicon(analyser_of(apertium.MODES_DIR / "ukr-rus.mode"))
    texts, notes = split_glued(
        ["Его страна и несколько лет.", "Подать заявку."],
        ["Йогокраїна і декількох років.", "Податизаявку."],
        lexicon,
    )
    assert texts == ["Його країна і декількох років.", "Подати заявку."]
    assert notes == [[], []]
    ru = Lexicon(analyser_of(apertium.MODES_DIR / "rus-ukr.mode"))
    assert split_glued(["Більшою."], ["большей причём"], ru) == (["большей причём"], [[]])


# --- long tokens --------------------------------------------------------------------------


def test_a_long_token_is_kept_verbatim_and_not_sent(tmp_path: Path, monkeypatch) -> None:
    seen = tmp_path / "seen"
    modes = _fake_apertium(tmp_path, f"tee {seen}")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(apertium, "Lexicon", lambda path: _Lexicon(set()))
    blob = "QUJD" * 25_000
    sentence = f"Вложение: {blob} конец."
    engine = ApertiumEngine(modes_source=modes)
    assert engine.translate([sentence], "ru", "uk") == [sentence]
    assert blob not in seen.read_text(encoding="utf-8")
    assert [(n.check, n.severity) for n in engine.notes[sentence]] == [("long-token", "warning")]
    assert "100,000-character token" in engine.notes[sentence][0].message


def test_protection_still_finds_links_next_to_long_word_runs() -> None:
    saved: list[str] = []
    run = "x" * 150
    line = apertium._protect(f"{run} a.b@example.com {run}@ см.https://e.org/x #tag", saved)
    assert saved == ["a.b@example.com", "https://e.org/x", "#tag"]
    assert line == f"{run} Zqnmt0Zq {run}@ см.Zqnmt1Zq Zqnmt2Zq"
