"""The review page in headless Chromium: loads cleanly, filters work, clicks reach decisions.json.

Uses Debian's /usr/bin/chromium through Playwright (never ``playwright install``); skipped
when it is absent.  Saves a screenshot of the sample batch to tests/artifacts/review.png.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from review_helpers import no_suggestions, serving, tram_article, write_batch

from pipeline.export.record import write_record
from pipeline.review.page import write_page
from pipeline.review.server import ReviewServer

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.problems = []
    tab.on(
        "console",
        lambda msg: tab.problems.append(msg.text) if msg.type in ("error", "warning") else None,
    )
    tab.on("pageerror", lambda exc: tab.problems.append(str(exc)))
    yield tab
    context.close()


BRIDGE_PAGE = "review/0001-kharkiv-bridge.html"


def visible_rows(tab: Any) -> list[str]:
    return tab.eval_on_selector_all("tr.sent", "rows => rows.filter(r => !r.hidden).map(r => r.id)")


def test_static_page_loads_clean_with_counts_and_screenshot(tmp_path: Path, page: Any) -> None:
    path = write_page(write_batch(tmp_path), no_suggestions)
    page.goto(path.as_uri())
    assert page.title() == "newsmt review — 2 articles"
    assert page.text_content("[data-count='sentences']") == "6"
    assert page.text_content("[data-count='hits-ok']") == "3"
    assert page.text_content("[data-count='findings-error']") == "1"
    assert page.text_content("#visible-count") == "2"
    assert page.is_visible("#test-model-banner")
    assert page.is_disabled("tr.suggestion button[data-choice='accept']")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
    page.click("tr.story a.story-link >> nth=0")
    page.wait_for_url("**/" + BRIDGE_PAGE)
    assert page.is_disabled("tr.hit-row button[data-choice='accept']")
    page.screenshot(path=str(ARTIFACTS / "review-story.png"), full_page=True)
    assert page.problems == []


def test_index_filters_stories_and_carries_the_filter_to_a_story(tmp_path: Path, page: Any) -> None:
    page.goto(write_page(write_batch(tmp_path), no_suggestions).as_uri())
    stories = "tr.story"
    assert page.eval_on_selector_all(stories, "rows => rows.map(r => r.hidden)") == [False, False]
    page.select_option("#f-severity", "error")
    assert page.eval_on_selector_all(stories, "rows => rows.map(r => r.hidden)") == [False, True]
    assert page.text_content("#visible-count") == "1"
    page.select_option("#f-lang", "uk")
    assert page.text_content("#visible-count") == "0"  # the error is in ru
    page.select_option("#f-lang", "ru")
    page.click("tr.story a.story-link >> nth=0")
    page.wait_for_url("**/" + BRIDGE_PAGE + "#*")
    assert page.input_value("#f-severity") == "error" and page.input_value("#f-lang") == "ru"
    assert visible_rows(page) == ["a0-p1-s0"]
    assert page.problems == []


def test_filters_hide_rows_and_columns(tmp_path: Path, page: Any) -> None:
    write_page(write_batch(tmp_path), no_suggestions)
    page.goto((tmp_path / BRIDGE_PAGE).as_uri())
    page.select_option("#f-severity", "error")
    assert visible_rows(page) == ["a0-p1-s0"]
    assert page.text_content("#visible-count") == "1"
    page.select_option("#f-severity", "info")
    assert visible_rows(page) == ["a0-p2-s0"]
    page.select_option("#f-severity", "")
    page.select_option("#f-status", "missing")
    assert visible_rows(page) == ["a0-p1-s1"]
    page.select_option("#f-lang", "uk")
    assert visible_rows(page) == []  # the missing hit is in ru
    page.select_option("#f-status", "")
    assert len(visible_rows(page)) == 4
    assert page.is_hidden("#a0-p1-s0 td[data-lang='ru']")
    assert page.is_visible("#a0-p1-s0 td[data-lang='uk']")
    page.select_option("#f-lang", "")
    page.select_option("#f-check", "quotes")
    assert visible_rows(page) == ["a0-p2-s0"]
    assert page.problems == []


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ReviewServer]:
    with serving(write_batch(tmp_path)) as server:
        yield server


def test_accept_click_lands_in_decisions_json(served: ReviewServer, page: Any) -> None:
    page.goto(served.url + BRIDGE_PAGE)
    key = "kharkiv-bridge/uk/2/0/suspilne@53"
    page.click(f"tr[data-key='{key}'] button[data-choice='accept']")
    page.wait_for_selector(f"tr[data-key='{key}'][data-decision='accept']")
    assert page.text_content("#save-status") == f"Saved: accept {key}"

    page.goto(served.url)
    row = "tr.suggestion[data-key='sykhiv']"
    page.fill(f"{row} input[data-field='ru']", "Сихов")
    page.click(f"{row} button[data-choice='accept']")
    page.wait_for_selector(f"{row}[data-decision='accept']")

    saved = json.loads((served.outdir / "decisions.json").read_text(encoding="utf-8"))
    assert saved["hits"][key]["decision"] == "accept"
    assert saved["hits"][key]["target_text"] == "Суспільному"
    assert saved["suggestions"]["sykhiv"]["entry"]["ru"] == "Сихов"
    assert page.problems == []


def test_refused_decision_is_reported_on_the_page(served: ReviewServer, page: Any) -> None:
    page.goto(served.url)
    row = "tr.suggestion[data-key='sykhiv']"
    for lang in ("en", "uk", "ru"):
        page.fill(f"{row} input[data-field='{lang}']", "")
    page.click(f"{row} button[data-choice='accept']")
    page.wait_for_selector("#save-status.bad")
    assert "needs a form" in page.text_content("#save-status")
    assert not (served.outdir / "decisions.json").exists()


def test_long_unbroken_text_does_not_widen_the_page(tmp_path: Path, page: Any) -> None:
    write_batch(tmp_path, suggestions=False)
    article = tram_article()
    article.translations["en"].sentences[1][0] = "тьтьтьтьть" * 60
    write_record(tmp_path / "lviv-tram.json", [article])
    write_page(tmp_path, no_suggestions)
    page.goto((tmp_path / "review" / "0002-lviv-tram.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400


@pytest.mark.skipif(
    not __import__("pipeline.translate.apertium", fromlist=["x"]).ApertiumEngine.available(),
    reason="needs Debian apertium-rus-ukr to translate the sample batch for real",
)
def test_sample_batch_review_page_screenshot(tmp_path: Path, page: Any, monkeypatch) -> None:
    """The project's own samples, translated for real (ru↔uk with Apertium), reviewed."""
    from click.testing import CliRunner

    from pipeline.cli import main

    samples = Path(__file__).resolve().parent.parent / "samples" / "articles"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    runner = CliRunner()
    done = runner.invoke(
        main, ["translate", str(samples), "--to", "uk,ru", "--out", str(out), "--skip-missing"]
    )
    assert done.exit_code == 0, done.output
    assert runner.invoke(main, ["review", str(out)]).exit_code == 0
    page.goto((out / "review.html").as_uri())
    translated = [p for p in samples.iterdir() if not p.name.startswith("en-")]
    assert page.eval_on_selector_all("tr.story", "rows => rows.length") == len(
        list(samples.iterdir())
    )
    assert page.title() == f"newsmt review — {len(list(samples.iterdir()))} articles"
    assert int(page.text_content("[data-count='translations']")) == len(translated)
    assert int(page.text_content("[data-count='hits-ok']")) > 0
    assert not page.is_visible("#test-model-banner")
    assert page.problems == []
    ARTIFACTS.mkdir(exist_ok=True)
    top = {"x": 0, "y": 0, "width": 1400, "height": 2200}
    page.screenshot(path=str(ARTIFACTS / "review-samples.png"), full_page=True, clip=top)


def test_edit_a_sentence_in_place_then_apply(served: ReviewServer, page: Any) -> None:
    """An editor rewrites a sentence on the page; `newsmt apply` writes it into the record."""
    from pipeline.export.record import read_record
    from pipeline.review.apply import apply_decisions

    page.goto(served.url + BRIDGE_PAGE)
    key = "kharkiv-bridge/ru/1/0"
    cell = f"td[data-sentence='{key}']"
    page.click(f"{cell} button.edit-open")
    box = f"{cell} textarea.edit-box"
    assert page.input_value(box).startswith("Во вторник Харьковский городской совет")
    fixed = page.input_value(box).replace("12 миллионов", "120 миллионов")
    page.fill(box, fixed + "\n")
    page.click(f"{cell} button.edit-save")
    page.wait_for_selector(f"{cell}[data-edited]")
    assert page.text_content("#save-status") == f"Saved: edit {key}"
    assert page.is_visible(f"{cell} .pending")
    assert page.is_hidden(box) if page.query_selector(box) else True
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(cell).screenshot(path=str(ARTIFACTS / "review-edit.png"))

    saved = json.loads((served.outdir / "decisions.json").read_text(encoding="utf-8"))
    assert saved["edits"][key]["text"] == fixed
    assert "12 миллионов" in saved["edits"][key]["machine_text"]
    result = apply_decisions(served.outdir)
    assert [o.result for o in result.outcomes] == ["applied"]
    article = read_record(served.outdir / "kharkiv-bridge.json")[0][0]
    assert article.translations["ru"].sentences[1][0] == fixed
    assert not [f for f in article.translations["ru"].findings if f.check == "numbers"]
    assert page.problems == []


def test_reject_with_a_typed_form(served: ReviewServer, page: Any) -> None:
    page.goto(served.url + BRIDGE_PAGE)
    key = "kharkiv-bridge/uk/1/0/kharkiv-council@4"
    row = f"tr[data-key='{key}']"
    assert "the engine wrote" not in page.text_content(row)  # the sample fix keeps no original
    page.fill(f"{row} input[data-field='form']", "Харківська міськрада")
    page.click(f"{row} button[data-choice='reject']")
    page.wait_for_selector(f"{row}[data-decision='reject']")
    assert page.text_content("#save-status") == f"Saved: reject {key} as Харківська міськрада"
    saved = json.loads((served.outdir / "decisions.json").read_text(encoding="utf-8"))
    assert saved["hits"][key]["form"] == "Харківська міськрада"
    page.fill(f"{row} input[data-field='form']", "Харківська\u2028рада")
    page.click(f"{row} button[data-choice='reject']")
    page.wait_for_selector("#save-status.bad")
    assert "line breaks" in page.text_content("#save-status")
    page.screenshot(path=str(ARTIFACTS / "review-reject-form.png"), full_page=False)
    assert all("400 (Bad Request)" in problem for problem in page.problems)


def test_skipped_directions_and_a_readable_suggestions_table(tmp_path: Path, page: Any) -> None:
    from pipeline.export.record import read_record

    outdir = write_batch(tmp_path)
    articles, extra = read_record(outdir / "lviv-tram.json")
    write_record(outdir / "lviv-tram.json", articles, **{**extra, "skipped": ["uk-ru"]})
    page.goto(write_page(outdir, no_suggestions).as_uri())
    assert page.is_visible("#skipped")
    assert "newsmt models download uk ru" in page.text_content("#skipped")
    # no word of a header or button is broken inside, no input squeezed
    widths = page.eval_on_selector_all(
        "table.suggest th, table.suggest td.actions button",
        "els => els.map(e => e.getClientRects().length === 1 ? 1 : 0)",
    )
    assert widths and all(widths)
    inputs = page.eval_on_selector_all(
        "table.suggest input", "els => els.map(e => e.getBoundingClientRect().width)"
    )
    assert inputs and min(inputs) >= 140
    assert page.problems == []


def test_a_big_index_lists_a_page_of_stories_at_a_time(tmp_path: Path, page: Any) -> None:
    from review_helpers import bridge_article

    for i in range(150):
        article = bridge_article()
        article.id = f"bridge-{i:03d}"
        if i % 2:
            article.translations["ru"].findings = []  # no error: listed after the others
        write_record(tmp_path / f"bridge-{i:03d}.json", [article])
    page.goto(write_page(tmp_path, no_suggestions).as_uri())
    shown = "rows => rows.filter(r => !r.hidden).length"
    assert page.eval_on_selector_all("tr.story", shown) == 100
    assert page.text_content("#visible-count") == "150"
    page.click("#more-stories")
    assert page.eval_on_selector_all("tr.story", shown) == 150
    assert page.is_hidden("#more-stories")
    page.select_option("#f-severity", "error")
    assert page.text_content("#visible-count") == "75"
    assert page.eval_on_selector_all("tr.story", shown) == 75
    assert page.problems == []


def test_a_suggestion_on_a_page_of_its_own_is_accepted(
    tmp_path: Path, page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With more suggestions than a page holds, the second is on review/suggestions-0002.html:
    it loads clean, and accepting it there lands in decisions.json."""
    from pipeline.review import page as page_module

    monkeypatch.setattr(page_module, "SUGGESTION_PAGE", 1)
    with serving(write_batch(tmp_path)) as server:
        page.goto(server.url)
        page.click("#suggestion-pages a")
        assert page.url == server.url + "review/suggestions-0002.html"
        row = "tr.suggestion[data-key='sykhiv']"
        page.click(f"{row} button[data-choice='accept']")
        page.wait_for_selector(f"{row}[data-decision='accept']")
        saved = json.loads((tmp_path / "decisions.json").read_text(encoding="utf-8"))
        assert saved["suggestions"]["sykhiv"]["entry"]["uk"] == "Сихів"
        page.click("#to-index")
        assert page.url == server.url + "review.html"
        assert page.problems == []
