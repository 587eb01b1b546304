"""``newsmt regress``: suite loading, comparison, reports, and planted regressions."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from junitparser import JUnitXml

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.model import Finding, GlossaryHit, Severity
from pipeline.regress.compare import compare, summarize
from pipeline.regress.metrics import ArticleResult, DirectionRun, FindingCount, Speed
from pipeline.regress.report import render_junit, render_markdown
from pipeline.regress.suite import DEFAULT_TOLERANCES, load_suite
from pipeline.translate.apertium import ApertiumEngine

pytest_plugins = ["engine_helpers"]

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
REFS = ["Президент України зустрівся з міністрами у Києві.", "Ціна зросла на 5 %."] * 6


def _run(hyps: list[str], status: str = "ok", errors: int = 0, seconds: float = 1.0):
    hit = GlossaryHit("kyiv", 0, 0, (0, 4), "Kyiv", "Київ", status=status)
    findings = [Finding("numbers", Severity.ERROR, "number 5 missing")] * errors
    article = ArticleResult("a.txt", hyps, REFS, [hit], findings, sentences=len(hyps))
    return DirectionRun("en-uk", "argos", ["en", "uk"], ["m1"], [article], seconds, stable=True)


def _compare(base: DirectionRun, cur: DirectionRun):
    refs = {"en-uk": REFS}
    return compare(summarize([cur], "t"), summarize([base], "t"), DEFAULT_TOLERANCES, refs)


def test_metric_directions_and_tolerances() -> None:
    assert FindingCount(Severity.ERROR).regressed(0, 1, 0)
    assert not FindingCount(Severity.ERROR).regressed(1, 0, 0)
    assert Speed().regressed(100, 40, 0.5) and not Speed().regressed(100, 60, 0.5)


def test_unchanged_run_passes() -> None:
    result = _compare(_run(REFS), _run(REFS))
    assert not result.regressed
    assert {r.metric for r in result.rows} >= {"chrf", "bleu", "glossary_adherence", "errors"}


def test_significant_chrf_drop_is_a_regression_with_p_value() -> None:
    worse = [r.split()[0] for r in REFS]
    result = _compare(_run(REFS), _run(worse))
    chrf = next(r for r in result.rows if r.metric == "chrf")
    assert chrf.regressed and chrf.p_value is not None and chrf.p_value < 0.05
    assert result.articles and "chrF" in result.articles[0][2][0]


def test_glossary_and_new_errors_are_named_per_story() -> None:
    result = _compare(_run(REFS), _run(REFS, status="missing", errors=1))
    assert result.regressed
    (_, article, reasons), = result.articles
    assert article == "a.txt"
    assert "glossary kyiv in sentence 1.1: ok → missing" in reasons
    assert "new errors: numbers" in reasons


def test_unstable_output_is_a_problem() -> None:
    run = _run(REFS)
    run.stable = False
    assert "not bit-identical" in _compare(_run(REFS), run).problems[0]


def test_junit_and_markdown_reports() -> None:
    cur = _run(REFS, status="missing")
    result = _compare(_run(REFS), cur)
    xml = render_junit(result, summarize([cur], "t"))
    root = ET.fromstring(xml.encode())
    assert root.tag == "testsuites" and int(root.get("failures")) >= 1
    parsed = JUnitXml.fromstring(xml.encode())
    cases = [case for suite in parsed for case in suite]
    failed = [c for c in cases if not c.is_passed]
    assert failed and any("glossary" in c.result[0].message for c in failed)
    assert "| en-uk | glossary adherence |" in render_markdown(result, summarize([cur], "t"))


def test_load_suite_pairs_references(tmp_path: Path) -> None:
    suite = load_suite(SAMPLES / "suite")
    assert [d.key for d in suite.directions] == ["ru-uk", "uk-ru"]
    energy = next(a for a in suite.articles if a.path.name == "energy.txt")
    assert energy.references["uk"].name == "energy.uk.txt"
    assert suite.glossaries == [SAMPLES / "suite" / "glossary.tsv"]
    (tmp_path / "suite.toml").write_text("[[directions]]\nto = 'uk'\n")
    with pytest.raises(InputError, match="needs `from` and `to`"):
        load_suite(tmp_path)


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(SAMPLES / name, target)
    return target


def _regress(*args: str):
    return CliRunner().invoke(main, ["regress", *args], catch_exceptions=False)


@pytest.mark.skipif(not ApertiumEngine.available(), reason="apertium-rus-ukr not installed")
def test_sample_suite_passes_against_its_baseline_and_catches_a_removed_entry(
    tmp_path: Path,
) -> None:
    suite = _copy("suite", tmp_path)
    toml = suite / "suite.toml"  # quality is under test here, not this machine's load
    toml.write_text(re.sub(r"(?m)^speed = .*$", "speed = 1.0", toml.read_text()))
    junit = tmp_path / "regress.xml"
    result = _regress(str(suite), "--junit", str(junit), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["summary"]["directions"]
    assert summary["ru-uk"]["metrics"]["chrf"] > 40
    assert summary["ru-uk"]["stable"] is True
    assert JUnitXml.fromfile(str(junit)).failures == 0

    glossary = suite / "glossary.tsv"
    lines = glossary.read_text().splitlines()
    glossary.write_text("\n".join(x for x in lines if not x.startswith("zelensky\t")) + "\n")
    result = _regress(str(suite))
    assert result.exit_code == 1
    assert "glossary zelensky in sentence 2.1: fixed → gone" in result.output
    assert "REGRESSION" in result.output


@pytest.mark.skipif(not ApertiumEngine.available(), reason="apertium-rus-ukr not installed")
def test_a_suite_pinned_to_another_model_version_is_refused(tmp_path: Path) -> None:
    """``model = "apertium-rus-ukr"`` accepts any version (the sample suite passes above);
    a pinned ``@version`` that is not installed stops the run before translating."""
    suite = _copy("suite", tmp_path)
    toml = suite / "suite.toml"
    toml.write_text(toml.read_text().replace('"apertium-rus-ukr"', '"apertium-rus-ukr@000000"'))
    result = CliRunner().invoke(main, ["regress", str(suite)])
    assert result.exit_code == 2, result.output
    assert "ru-uk expects model apertium-rus-ukr@000000" in result.output


def test_test_model_suite_is_stable_and_catches_a_worse_decoding_option(
    tmp_path: Path, install: Callable[..., object]
) -> None:
    install("en-uk")
    suite = _copy("suite-testmodel", tmp_path)
    first = _regress(str(suite), "--update-baseline")
    assert first.exit_code == 0, first.output
    again = _regress(str(suite), "--format", "json")
    assert again.exit_code == 0, again.output
    data = json.loads(again.output)
    assert data["summary"]["directions"]["en-uk"]["stable"] is True
    assert data["summary"]["directions"]["en-uk"]["metrics"]["glossary_adherence"] is not None

    config = suite / "suite.toml"
    text = config.read_text().replace("max_decoding_length = 48", "max_decoding_length = 3")
    config.write_text(text)
    worse = _regress(str(suite), "--markdown", str(tmp_path / "r.md"))
    assert worse.exit_code == 1, worse.output
    assert "REGRESSED" in worse.output
    assert "❌ regression" in (tmp_path / "r.md").read_text()
