"""Regression tests for bugs found by using newsmt as its users do (QA pass)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from glossary_helpers import load_glossary
from packages_helpers import variant

from pipeline.cli import main
from pipeline.export.formats import render
from pipeline.export.record import read_record, write_record
from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence
from pipeline.model import (
    Article,
    Finding,
    GlossaryHit,
    Paragraph,
    Sentence,
    Severity,
    Translation,
)
from pipeline.readers import read_text
from pipeline.regress.compare import compare, summarize
from pipeline.regress.metrics import ArticleResult, DirectionRun
from pipeline.regress.report import render_text
from pipeline.regress.suite import DEFAULT_TOLERANCES
from pipeline.segment import segment_article
from pipeline.testmodel import build_package_dir
from pipeline.translate.packages import install_package

cli_models = importlib.import_module("pipeline.cli.models")


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    return load_glossary(tmp_path_factory.mktemp("glossary"))


@pytest.mark.parametrize("src", ["uk", "ru"])
def test_enforce_into_english_fixes_a_misspelled_name(glossary: Glossary, src: str) -> None:
    # English has no pymorphy3 dictionary: looking for a rendering must not ask for one.
    source = {"uk": "Зеленський прибув до Києва.", "ru": "Зеленский прибыл в Киев."}[src]
    new, hits = enforce_sentence(source, "Zelenskyy arrived in Kiev.", src, "en", glossary)
    assert new == "Zelensky arrived in Kyiv."
    assert {h.status for h in hits} == {"fixed"}


def _record_with_ok_hit(folder: Path) -> Path:
    text = "Talks in Kyiv."
    para = Paragraph(text, sentences=[Sentence(0, len(text), text)], lang="en")
    article = Article("talks", "talks.json", "json", [para], lang="en")
    article.translations["uk"] = Translation(
        "uk", "test", ["en", "uk"], sentences=[["Переговори в Києві."]]
    )
    article.translations["uk"].hits = [
        GlossaryHit("kyiv", 0, 0, (9, 13), "Kyiv", "Київ", "Києві", (15, 20), "ok")
    ]
    path = folder / "talks.json"
    write_record(path, [article])
    return path


def test_glossary_hits_skips_translated_cms_exports(tmp_path: Path) -> None:
    # `newsmt glossary hits out/*.json` also globs the translated CMS file talks.uk.json.
    record = _record_with_ok_hit(tmp_path)
    cms = tmp_path / "talks.uk.json"
    cms.write_text('{"id": 1, "lang": "uk", "title": "Переговори в Києві."}', encoding="utf-8")
    runner = CliRunner()
    for args in ([str(cms), str(record)], [str(tmp_path)]):
        result = runner.invoke(main, ["glossary", "hits", *args, "--format", "tsv"])
        assert result.exit_code == 0, result.output
        assert [r.split("\t")[5:7] for r in result.output.splitlines()[1:]] == [["kyiv", "ok"]]
    result = runner.invoke(main, ["glossary", "hits", str(cms)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no newsmt translate record" in result.output


def test_glossary_hits_reports_a_bad_file_and_lists_the_others(tmp_path: Path) -> None:
    record = _record_with_ok_hit(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"articles": [', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["glossary", "hits", str(broken), str(tmp_path / "nope.json"), str(record)]
    )
    assert result.exit_code == 1
    assert "talks:1:1 uk ok" in result.stdout and "broken" not in result.stdout
    assert result.stderr.splitlines() == [
        f"newsmt: skipped: {broken}: not readable JSON (Expecting value: line 1 column 15 "
        "(char 14)); re-run newsmt translate or remove it",
        f"newsmt: skipped: {tmp_path / 'nope.json'}: no such file; check the path",
    ]


def _decisions(folder: Path) -> Path:
    entry = {"id": "sykhiv", "type": "LOC", "en": "Sykhiv", "uk": "Сихів", "ru": "Сыхов"}
    path = folder / "decisions.json"
    path.write_text(
        json.dumps({"schema_version": 1, "hits": {}, "suggestions": {"sykhiv": {
            "decision": "accept", "entry": entry, "at": "2026-01-01T00:00:00+00:00"}}}),
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("places.tsv", "id\ttype\ten\nlviv\tLOC\tЛьвів\n".encode("cp1251"), "is not UTF-8 text"),
        ("places.tsv", b"\x89PNG\r\n\x1a\n\x00\x00", "is not UTF-8 text"),
        ("places.txt", None, "newsmt loads only *.tsv glossary files"),
    ],
)
def test_glossary_merge_refuses_a_file_it_cannot_use(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    target = tmp_path / "glossaries" / name
    target.parent.mkdir()
    if data is not None:
        target.write_bytes(data)
    result = CliRunner().invoke(
        main, ["glossary", "merge", str(_decisions(tmp_path)), "--into", str(target)]
    )
    assert result.exit_code == (2 if data is None else 1)
    assert result.output.startswith(f"newsmt: error: {target}: ") and message in result.output
    assert result.output.count("\n") == 1
    assert (target.read_bytes() if data is not None else None) == data
    assert sorted(p.name for p in target.parent.iterdir()) == ([name] if data else [])


def test_check_reads_the_target_from_stdin(tmp_path: Path) -> None:
    source = tmp_path / "story.en.txt"
    source.write_text("Details at https://kyiv.example/news.\nTalks ended.\n", encoding="utf-8")
    target = "Деталі на https://kyiv.example/novyny.\nПереговори завершилися.\n"
    runner = CliRunner()
    args = ["check", "--from", "en", "--to", "uk"]
    result = runner.invoke(main, [*args, str(source), "-"], input=target.encode("cp1251"))
    assert result.exit_code == 1
    assert "-:1: error [urls]" in result.output and "-:2:" not in result.output
    result = runner.invoke(main, [*args, "-", "-"], input=target)
    assert result.exit_code == 2 and "only one of SOURCE and TARGET" in result.output


def test_glossary_suggest_skips_a_bad_file_and_reads_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./glossaries: every name is new
    story = "Вибух у Сихові\n\nУ ніч на середу у Сихові пролунав вибух, повідомили рятувальники.\n"
    (tmp_path / "good.txt").write_text(story, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(main, ["glossary", "suggest", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    assert f"newsmt: error: {tmp_path / 'empty.txt'}: the file is empty" in result.output
    assert "Сихів" in result.output and "Traceback" not in result.output
    result = runner.invoke(
        main, ["glossary", "suggest", "-", "--format", "tsv"], input=story.encode("cp1251")
    )
    assert result.exit_code == 0, result.output
    assert "\tСихів\t" in result.output


def _direction(refs_b: list[str] | None) -> DirectionRun:
    hyps = ["Ціна зросла на 5 %."] * 4
    articles = [
        ArticleResult("a.txt", hyps, hyps, [], [], sentences=4),
        ArticleResult("b.txt", hyps, refs_b, [], [], sentences=4),
    ]
    return DirectionRun("en-uk", "argos", ["en", "uk"], ["m1"], articles, 1.0, stable=True)


def test_regress_names_a_story_that_lost_its_reference() -> None:
    hyps = ["Ціна зросла на 5 %."] * 4
    base = summarize([_direction(hyps)], "t")
    same = compare(summarize([_direction(hyps)], "t"), base, DEFAULT_TOLERANCES, {})
    assert not same.regressed
    result = compare(summarize([_direction(None)], "t"), base, DEFAULT_TOLERANCES, {})
    assert result.regressed
    (problem,) = result.problems
    assert problem.startswith("en-uk: the stories scored against references")
    assert "no longer scored: b.txt" in problem


def test_regress_names_the_suite_file_of_an_unknown_language(tmp_path: Path) -> None:
    (tmp_path / "suite.toml").write_text("[[directions]]\nfrom = 'en'\nto = 'de'\n")
    (tmp_path / "a.txt").write_text("Talks ended.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["regress", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"newsmt: error: {tmp_path / 'suite.toml'}: unknown language")


def test_regress_refuses_a_missing_explicit_baseline(tmp_path: Path) -> None:
    # A mistyped --baseline in CI must not pass as "no baseline yet".
    (tmp_path / "suite.toml").write_text("[[directions]]\nfrom = 'en'\nto = 'uk'\n")
    missing = tmp_path / "baseline-typo.json"
    result = CliRunner().invoke(main, ["regress", str(tmp_path), "--baseline", str(missing)])
    assert result.exit_code == 2
    assert result.output == (
        f"newsmt: error: {missing}: no such baseline — check the path, "
        "or record one with --update-baseline\n"
    )


def test_regress_text_report_has_no_python_reprs() -> None:
    run = _direction(["Ціна зросла на 5 %."] * 4)
    run.articles[0].findings = [Finding("numbers", Severity.ERROR, "number 5 missing")]
    summary = summarize([run], "t")
    text = render_text(compare(summary, summary, DEFAULT_TOLERANCES, {}), summary)
    assert "en-uk: argos via en → uk (m1)\n" in text
    assert "  findings numbers: 1 error\n" in text


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt", "expected"),
    [
        # The engine's own spelling of the first name is replaced, not kept before the fix.
        ("Volodymyr Zelensky arrived.", "Прибув Владимир Зеленський.", "en", "uk",
         "Прибув Володимир Зеленський."),
        ("Talks with Volodymyr Zelensky.", "Переговори з Владіміром Зеленським.", "en", "uk",
         "Переговори з Володимиром Зеленським."),
        ("Володимир Зеленський прибув.", "Vladimir Zelensky arrived.", "uk", "en",
         "Volodymyr Zelensky arrived."),
        # A word that does not sound like the first name stays; the name is completed.
        ("Volodymyr Zelensky arrived.", "Прибув президент Зеленський.", "en", "uk",
         "Прибув президент Володимир Зеленський."),
    ],
)  # fmt: skip
def test_enforce_does_not_write_a_first_name_twice(
    glossary: Glossary, source: str, target: str, src: str, tgt: str, expected: str
) -> None:
    new, hits = enforce_sentence(source, target, src, tgt, glossary)
    assert new == expected
    (hit,) = hits
    assert hit.status == "fixed" and hit.target_span is not None
    assert new[hit.target_span[0] : hit.target_span[1]] == hit.target_text


@pytest.mark.parametrize("tgt", ["uk", "ru"])
def test_enforce_a_title_four_words_back_keeps_the_nominative(tmp_path: Path, tgt: str) -> None:
    # "голова <Odesa> <regional> <military> <administration> Oleh Kiper": the name agrees
    # with the title, it is not the genitive of "адміністрації".
    rows = "id\ttype\ten\tuk\tru\nkiper\tPER\tOleh Kiper\tОлег Кіпер\tОлег Кипер\n"
    (tmp_path / "g.tsv").write_text(rows, encoding="utf-8")
    glossary = Glossary.load([tmp_path / "g.tsv"])
    source = "said the head of the Odesa Regional Military Administration Oleh Kiper."
    target = {
        "uk": "заявив голова Одеської обласної військової адміністрації Олег Кипер.",
        "ru": "заявил глава Одесской областной военной администрации Олег Киппер.",
    }[tgt]
    new, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert new == target.replace("Кипер", "Кіпер" if tgt == "uk" else "Кипер").replace(
        "Киппер", "Кипер"
    )
    assert [h.status for h in hits] == ["fixed"]


def test_html_images_without_text_survive_translation() -> None:
    page = (
        "<html><body><article><h1>Mayor resigns</h1><p><img src='mayor.jpg' alt='The mayor'></p>"
        "<figure><img src='hall.jpg'><figcaption>City hall</figcaption></figure>"
        "<p>The mayor resigned.</p></article></body></html>"
    )
    (article,) = read_text(page, "html", "story.html")
    segment_article(article)
    article.translations["uk"] = Translation(
        "uk", "hand", ["en", "uk"],
        sentences=[["Мер іде у відставку"], [], [], ["Мерія"], ["Мер пішов."]],
    )  # fmt: skip
    doc = lxml.html.document_fromstring(render([article], "uk"))
    assert doc.find(".//p/img").get("src") == "mayor.jpg"
    figure = doc.find(".//figure")
    assert [(c.tag, c.get("src"), c.text) for c in figure] == [
        ("img", "hall.jpg", None),
        ("figcaption", None, "Мерія"),
    ]


def test_enforce_never_writes_a_nonstandard_form(glossary: Glossary) -> None:
    # pymorphy3 lists Київі/Київа as "Dist" (nonstandard) forms of Київ.
    new, hits = enforce_sentence("Talks in Kyiv ended.", "Переговори в Кієві завершилися.",
                                 "en", "uk", glossary)  # fmt: skip
    assert new == "Переговори в Києві завершилися."
    assert [h.status for h in hits] == ["fixed"]


def test_models_routes_lists_apertium_before_the_pivot_and_labels_only_argos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    base = build_package_dir(tmp_path / "base" / "translate-en_uk-test", "en", "uk")
    for src, tgt in (("ru", "en"), ("en", "uk")):
        top = f"translate-{src}_{tgt}-test"
        archive = variant(base, tmp_path / f"{src}{tgt}.argosmodel", top=top, from_code=src,
                          to_code=tgt)  # fmt: skip
        install_package(archive)
    monkeypatch.setattr(cli_models, "_apertium_pairs", lambda: {("uk", "ru"), ("ru", "uk")})
    result = CliRunner().invoke(main, ["models", "routes"])
    lines = dict(line.split("  ", 1) for line in result.output.splitlines())
    # --engine auto takes Apertium before the pivot; Apertium output is no test-model noise.
    assert lines["ru→uk"].startswith("apertium (rule-based); via en (translate-ru_en-test + ")
    assert lines["ru→uk"].endswith("[TEST MODEL (random weights: output is noise)]")
    assert lines["uk→ru"] == "apertium (rule-based)"


def test_detect_names_a_cms_story_by_its_file(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps([
        {"id": 7, "title": "Мер Києва пішов у відставку", "body": "Це сталося в понеділок."},
        {"id": 8, "title": "Мэр Киева ушёл в отставку", "body": "Это случилось в понедельник."},
    ], ensure_ascii=False), encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(main, ["detect", str(export)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"{export}#7\tuk", f"{export}#8\tru"]


def test_glossary_hits_text_says_when_the_translation_lacks_the_name(tmp_path: Path) -> None:
    record = _record_with_ok_hit(tmp_path)
    articles, _ = read_record(record)
    articles[0].translations["uk"].hits[0] = GlossaryHit(
        "kyiv", 0, 0, (9, 13), "Kyiv", "Київ", None, None, "missing"
    )
    write_record(record, articles)
    result = CliRunner().invoke(main, ["glossary", "hits", str(record)])
    assert result.exit_code == 1
    assert result.output.endswith("-> 'Київ', not found in it\n") and "None" not in result.output


def test_glossary_lint_reports_an_unreadable_file_and_lints_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_bytes("id\ttype\ten\tuk\nkyiv\tLOC\tKyiv\tКиїв\n".encode("cp1251"))
    (tmp_path / "b.tsv").write_text("id\ttype\ten\tuk\nkyiv\tLOC\tKyiv\tКиїв \n", encoding="utf-8")
    (tmp_path / "c.tsv").write_bytes(b"")
    result = CliRunner().invoke(main, ["glossary", "lint", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    bad = f"{tmp_path / 'a.tsv'}:2:15: bad UTF-8 byte 0xca (byte 28)"  # the line of "Київ"
    assert any(line.startswith(bad) for line in lines)
    assert any(line.startswith(f"{tmp_path / 'b.tsv'}:2:") for line in lines)  # stray space
    empty = f"{tmp_path / 'c.tsv'}:1:1: glossary has no header"
    assert any(line.startswith(empty) for line in lines)
