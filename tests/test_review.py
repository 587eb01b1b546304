"""The review page (static content, escaping, filters) and the review server's decisions API."""

from __future__ import annotations

import http.client
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import html
from review_helpers import SUGGESTIONS, bridge_article, no_suggestions, serving, write_batch

from pipeline.cli import main
from pipeline.errors import InputError, UsageError
from pipeline.export.record import write_record
from pipeline.model import Finding, Severity, Translation
from pipeline.review import decisions as decisions_module
from pipeline.review.apply import load_records
from pipeline.review.page import load_batch, noise_model_ids, story_page_name, write_page
from pipeline.review.server import ReviewServer

BRIDGE_PAGE = "review/0001-kharkiv-bridge.html"
TRAM_PAGE = "review/0002-lviv-tram.html"


def page_of(outdir: Path, story: str | None = None) -> html.HtmlElement:
    """The index page written for ``outdir``, or the ``story`` page (``BRIDGE_PAGE``…)."""
    index = write_page(outdir, no_suggestions)
    return html.fromstring((outdir / story if story else index).read_text(encoding="utf-8"))


def counts(doc: html.HtmlElement) -> dict[str, str]:
    return {el.get("data-count"): el.text_content() for el in doc.xpath("//*[@data-count]")}


def test_static_page_counts_rows_and_links(tmp_path: Path) -> None:
    doc = page_of(write_batch(tmp_path))
    assert counts(doc) == {
        "articles": "2",
        "sentences": "6",
        "translations": "3",
        "suggestions": "2",
        "edits": "0",
        "hits-ok": "3",
        "hits-fixed": "1",
        "hits-missing": "1",
        "hits-ambiguous": "2",
        "hits-needs-review": "1",
        "findings-error": "1",
        "findings-warning": "2",
        "findings-info": "1",
    }
    # the index lists the stories, the one with an error first, each linked to its page
    stories = doc.xpath("//tr[@class='story']")
    assert [r.xpath(".//a/@href")[0] for r in stories] == [BRIDGE_PAGE, TRAM_PAGE]
    assert stories[0].get("data-findings") == (
        "ru:error:numbers ru:warning:entity-consistency uk:info:quotes uk:warning:length"
    )
    assert stories[0].xpath("./td[@data-cell='findings-error']")[0].text == "1"
    doc = page_of(tmp_path, BRIDGE_PAGE)
    assert counts(doc)["sentences"] == "4" and counts(doc)["findings-error"] == "1"
    assert doc.xpath("//a[@id='to-index']/@href") == ["../review.html"]
    assert doc.xpath("//a[@id='to-next']/@href") == ["0002-lviv-tram.html"]
    assert not doc.xpath("//a[@id='to-prev']")
    rows = doc.xpath("//article[@id='a0']//tr[contains(@class, 'sent')]")
    assert [r.get("id") for r in rows] == ["a0-p0-s0", "a0-p1-s0", "a0-p1-s1", "a0-p2-s0"]
    first = rows[1]
    source, uk, ru = first.xpath("./td[contains(@class, 'src') or @data-lang]")
    assert source.text_content().startswith("The Kharkiv City Council voted")
    assert uk.get("data-lang") == "uk" and "120 мільйонів" in uk.text_content()
    assert ru.get("data-lang") == "ru" and "12 миллионов" in ru.text_content()
    assert [m.text_content() for m in uk.xpath(".//mark")] == ["Харківська міська рада"]
    assert uk.xpath(".//mark")[0].get("class") == "hit st-fixed"
    assert first.get("data-findings") == "uk:warning:length ru:error:numbers"
    # Every finding links to an existing sentence row.
    ids = set(doc.xpath("//tr/@id"))
    links = doc.xpath("//li[contains(@class, 'finding')]/a/@href")
    assert len(links) == 4 and all(link[1:] in ids for link in links)
    error = doc.xpath("//li[@data-severity='error']")[0]
    assert error.get("data-check") == "numbers" and error.xpath("./a/@href") == ["#a0-p1-s0"]


def test_static_page_has_filters_and_disabled_buttons(tmp_path: Path) -> None:
    doc = page_of(write_batch(tmp_path))
    story = page_of(tmp_path, BRIDGE_PAGE)
    options = {
        sel.get("id"): [o.get("value") for o in sel.xpath("./option")]
        for sel in doc.xpath("//form[@id='filters']//select")
    }
    assert options == {
        "f-lang": ["", "en", "ru", "uk"],
        "f-severity": ["", "error", "warning", "info"],
        "f-check": ["", "entity-consistency", "length", "numbers", "quotes"],
        "f-status": ["", "ok", "fixed", "missing", "ambiguous", "needs-review"],
    }
    buttons = doc.xpath("//button[@data-choice]") + story.xpath("//button[@data-choice]")
    assert len(buttons) == 2 * (2 + 8) and all(b.get("disabled") is not None for b in buttons)
    assert "--serve" in doc.get_element_by_id("static-note").text_content()
    assert "--serve" in story.get_element_by_id("static-note").text_content()
    for page in (doc, story, page_of(tmp_path, TRAM_PAGE)):
        refs = page.xpath("//@href | //@src")  # works offline: its own pages, no other place
        assert refs and all(
            ref.startswith(("#", "data:", "review/0", "../review.html", "000")) for ref in refs
        )


def test_test_model_output_is_bannered(tmp_path: Path) -> None:
    doc = page_of(write_batch(tmp_path))
    banner = doc.get_element_by_id("test-model-banner").text_content()
    assert "NOT translations" in banner
    assert "У Львові запустили новий трамвай до Сихова → en" in banner
    assert doc.xpath("//div[@id='test-model-banner']//a/@href") == [f"{TRAM_PAGE}#a1"]
    tram = page_of(tmp_path, TRAM_PAGE)
    assert "NOT translations" in tram.get_element_by_id("test-model-banner").text_content()
    cells = tram.xpath("//article[@id='a1']//td[@data-lang='en']")
    assert len(cells) == 2 and all("noise" in c.get("class") for c in cells)
    bridge = page_of(tmp_path, BRIDGE_PAGE)
    assert bridge.xpath("//td[contains(@class, 'noise')]") == []
    assert bridge.xpath("//*[@id='test-model-banner']") == []

    solo = tmp_path / "solo"
    solo.mkdir()
    write_record(solo / "kharkiv-bridge.json", [bridge_article()])
    assert page_of(solo).xpath("//*[@id='test-model-banner']") == []


def test_story_text_is_escaped(tmp_path: Path) -> None:
    article = bridge_article()
    evil = '<script>alert("pwned")</script>'
    article.id = f"id{evil}"
    article.paragraphs[0].text = article.paragraphs[0].sentences[0].text = f"Headline {evil}"
    article.translations["uk"].sentences[1][1] = f"Речення {evil} кінець"
    article.translations["ru"].findings[0].message = f"message {evil}"
    write_record(tmp_path / "evil.json", [article])
    (tmp_path / "suggestions.json").write_text(
        json.dumps([{"id": "x", "en": evil, "note": evil}]), encoding="utf-8"
    )
    index = write_page(tmp_path, no_suggestions)
    (story,) = (tmp_path / "review").glob("*.html")
    assert story.name.startswith("0001-id-script-alert-pwned-script")
    for page in (index, story):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text
        assert text.count("<script") == 1  # only the page's own inline script
        assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in text
    doc = html.fromstring(story.read_text(encoding="utf-8"))
    assert f"Речення {evil} кінець" in doc.xpath("//td[@data-lang='uk']")[2].text_content()


def test_records_are_found_and_other_json_is_ignored(tmp_path: Path) -> None:
    write_batch(tmp_path, suggestions=False)
    (tmp_path / "kharkiv-bridge.uk.json").write_text('{"title": "CMS output"}', encoding="utf-8")
    batch = load_batch(tmp_path, no_suggestions)
    assert batch.records == ["kharkiv-bridge.json", "lviv-tram.json"]
    assert [a.id for a in batch.articles] == ["kharkiv-bridge", "lviv-tram"]
    assert batch.suggestions == []


def test_suggestions_from_file_and_suggester_are_merged_by_id(tmp_path: Path) -> None:
    write_batch(tmp_path)

    def suggester(articles: list[Any], glossary: Any = None) -> list[Any]:
        assert [a.id for a in articles] == ["kharkiv-bridge", "lviv-tram"]
        return [
            {"id": "sykhiv", "en": "Sykhiv district"},
            {"forms": {"en": ["Lviv"], "uk": ["Львів", "Львова"]}, "type": "LOC", "count": 2},
        ]

    found = {s["id"]: s for s in load_batch(tmp_path, suggester).suggestions}
    assert list(found) == ["saltivka-bridge", "sykhiv", "lviv"]
    assert found["sykhiv"]["en"] == "Sykhiv"  # the file's suggestion came first
    assert found["lviv"]["uk"] == "Львів | Львова"
    assert found["lviv"]["details"] == [("count", "2")]


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no newsmt JSON records"):
        load_batch(tmp_path, no_suggestions)
    write_batch(tmp_path)
    (tmp_path / "suggestions.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(InputError, match=r"suggestions\.json: not valid JSON"):
        load_batch(tmp_path, no_suggestions)


def test_cli_writes_the_page(tmp_path: Path) -> None:
    write_batch(tmp_path, suggestions=False)
    result = CliRunner().invoke(main, ["review", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "review.html").exists()
    assert result.stdout == f"wrote {tmp_path / 'review.html'}\n"
    assert result.stderr.startswith(f"review: reading the records of {tmp_path}; ")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["review", str(empty)])
    assert result.exit_code == 1
    assert "newsmt: error:" in result.output and "no newsmt JSON records" in result.output
    assert "newsmt review out/" in CliRunner().invoke(main, ["review", "--help"]).output


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ReviewServer]:
    with serving(write_batch(tmp_path)) as srv:
        yield srv


def request(
    srv: ReviewServer,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    sent = {"Content-Type": "application/json"} if data is not None else {}
    conn.request(method, path, body=data, headers={**sent, **(headers or {})})
    response = conn.getresponse()
    raw = response.read()
    conn.close()
    kind = response.getheader("Content-Type", "")
    return response.status, json.loads(raw) if kind.startswith("application/json") else raw


HIT = "kharkiv-bridge/ru/1/1/terekhov@6"


def test_server_listens_on_loopback_and_serves_live_page(server: ReviewServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.server_address[1]}/"
    status, body = request(server, "GET", "/")
    assert status == 200
    doc = html.fromstring(body)
    assert doc.body.get("data-served") == "yes"
    assert doc.xpath("//tr[@class='story']//a/@href") == [BRIDGE_PAGE, TRAM_PAGE]
    status, body = request(server, "GET", f"/{BRIDGE_PAGE}")
    assert status == 200
    story = html.fromstring(body)
    assert all(b.get("disabled") is None for b in story.xpath("//button[@data-choice]"))
    assert story.xpath(f"//tr[@data-key='{HIT}']")
    assert story.xpath("//button[@class='edit-open']")
    for missing in ("/nope", "/review/0003-x.html", "/review/../kharkiv-bridge.json"):
        assert request(server, "GET", missing)[0] == 404


def test_post_decisions_saved_atomically(
    server: ReviewServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[Path] = []
    real = decisions_module.atomic_write_text

    def spy(path: Path, text: str) -> None:
        writes.append(Path(path))
        real(path, text)

    monkeypatch.setattr(decisions_module, "atomic_write_text", spy)
    status, body = request(
        server, "POST", "/api/decisions", {"kind": "hit", "key": HIT, "decision": "reject"}
    )
    assert status == 200, body
    status, body = request(
        server,
        "POST",
        "/api/decisions",
        {"kind": "suggestion", "key": "sykhiv", "decision": "accept", "entry": {"ru": "Сихов"}},
    )
    assert status == 200, body
    path = server.outdir / "decisions.json"
    assert writes == [path, path]
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["hits"][HIT]["decision"] == "reject"
    assert saved["hits"][HIT]["entry_id"] == "terekhov"
    assert saved["hits"][HIT]["status"] == "missing"
    entry = saved["suggestions"]["sykhiv"]["entry"]
    assert entry == {
        **{k: SUGGESTIONS[1][k] for k in ("id", "type", "en", "uk", "note")},
        "ru": "Сихов",
        "dnt": False,
    }
    assert sorted(p.name for p in server.outdir.iterdir() if p.name.startswith(".")) == []
    assert request(server, "GET", "/api/decisions")[1] == saved
    # The live page shows the decision.
    doc = html.fromstring(request(server, "GET", f"/{BRIDGE_PAGE}")[1])
    assert doc.xpath(f"//tr[@data-key='{HIT}']/@data-decision") == ["reject"]


@pytest.mark.parametrize(
    ("body", "headers", "status", "message"),
    [
        (b"{not json", {}, 400, "not JSON"),
        ([1, 2], {}, 400, "a decision is a JSON object"),
        ({"kind": "hit", "key": HIT, "decision": "maybe"}, {}, 400, "accept"),
        ({"kind": "hit", "key": "nope", "decision": "accept"}, {}, 400, "no glossary hit"),
        (
            {"kind": "suggestion", "key": "sykhiv", "decision": "accept", "entry": {"uk": "a\tb"}},
            {},
            400,
            "tabs",
        ),
        (
            {"kind": "hit", "key": HIT, "decision": "accept"},
            {"Content-Type": "text/plain"},
            415,
            "json",
        ),
        (
            {"kind": "hit", "key": HIT, "decision": "accept"},
            {"Host": "evil.example:80"},
            403,
            "local",
        ),
    ],
)
def test_bad_decisions_are_refused(
    server: ReviewServer, body: Any, headers: dict[str, str], status: int, message: str
) -> None:
    got, answer = request(server, "POST", "/api/decisions", body, headers)
    assert got == status
    assert message in answer["error"]
    assert not (server.outdir / "decisions.json").exists()


def test_default_suggester_is_glossary_suggest(tmp_path: Path) -> None:
    suggest_module = pytest.importorskip("pipeline.glossary.suggest")
    from pipeline.glossary import Glossary, default_glossary_paths

    write_batch(tmp_path)
    batch = load_batch(tmp_path)
    direct = suggest_module.suggest(batch.articles, Glossary.load(default_glossary_paths()))
    ids = [s["id"] for s in batch.suggestions]
    assert ids[:2] == ["saltivka-bridge", "sykhiv"]  # suggestions.json first
    assert set(ids) == {"saltivka-bridge", "sykhiv"} | {s.id for s in direct}


def test_cli_serve_prints_the_loopback_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_batch(tmp_path, suggestions=False)
    seen: list[tuple[str, int]] = []
    suggested: list[int] = []

    def fake_suggestions(articles: list[Any], glossary: Any = None, cache: Any = None) -> list[Any]:
        assert cache == tmp_path / "suggestions.sqlite3"  # the batch's own cache
        suggested.append(len(articles))
        return []

    cli_module = importlib.import_module("pipeline.cli.review")  # not the `review` command
    monkeypatch.setattr(cli_module, "glossary_suggestions", fake_suggestions)

    def fake_serve(self: ReviewServer, poll_interval: float = 0.5) -> None:
        seen.append(self.server_address)
        raise KeyboardInterrupt

    monkeypatch.setattr(ReviewServer, "serve_forever", fake_serve)
    result = CliRunner().invoke(main, ["review", str(tmp_path), "--serve", "--port", "0"])
    assert result.exit_code == 0, result.output
    ((host, port),) = seen
    assert host == "127.0.0.1" and port > 0
    assert f"serving the review page at http://127.0.0.1:{port}/" in result.stdout
    assert result.output.rstrip().endswith("stopped")
    assert suggested == [2]  # the slow step is announced on stderr before it starts
    progress = (
        f"review: reading the records of {tmp_path}; computing glossary suggestions "
        "(loading the entity models takes a few seconds)…"
    )
    assert result.stderr.splitlines() == [progress]
    assert result.output.splitlines()[0] == progress


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        (lambda text: text[:200], r"lviv-tram\.json: not readable JSON"),
        (
            lambda text: text.replace('"articles": [', '"articles": [7, ', 1),
            "malformed newsmt record",
        ),
    ],
)
def test_a_broken_record_is_passed_over_and_named(tmp_path: Path, damage: Any, error: str) -> None:
    write_batch(tmp_path, suggestions=False)
    path = tmp_path / "lviv-tram.json"
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    batch = load_batch(tmp_path, no_suggestions)
    assert batch.records == ["kharkiv-bridge.json"] and len(batch.articles) == 1
    (message,) = batch.unreadable
    assert message.startswith(f"{path}: ") and re.search(error, message)
    result = CliRunner().invoke(main, ["review", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"newsmt: skipped: {message} (the review page says so)"
    doc = page_of(tmp_path)
    assert [li.text_content() for li in doc.xpath("//*[@id='unreadable']//li")] == [message]
    assert not any("lviv-tram" in page.name for page in (tmp_path / "review").iterdir())
    with pytest.raises(InputError, match=error):  # apply writes: it refuses the folder
        load_records(tmp_path)
    (tmp_path / "kharkiv-bridge.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match=r"kharkiv-bridge\.json: not readable JSON"):
        load_batch(tmp_path, no_suggestions)  # nothing left to show: the first error


@pytest.mark.parametrize(
    ("model", "noise"),
    [
        ("argos:translate-uk_en-test@0.0", True),
        ("argos:translate-en_ru-testmodel@0.0", True),
        ("argos:translate-en_uk@1.9", False),
        ("argos:translate-en_uk-latest@1.9", False),
        ("apertium:rus-ukr", False),
    ],
)
def test_noise_model_ids(model: str, noise: bool) -> None:
    translation = Translation("uk", "argos", ["en", "uk"], [model])
    assert noise_model_ids(translation) == ([model] if noise else [])


def test_a_foreign_decisions_file_is_refused(tmp_path: Path) -> None:
    write_batch(tmp_path, suggestions=False)
    (tmp_path / "decisions.json").write_text('{"hits": []}', encoding="utf-8")
    with pytest.raises(InputError, match=r"decisions\.json: not a newsmt decisions file"):
        write_page(tmp_path, no_suggestions)


def test_glossary_suggest_json_output_is_read(tmp_path: Path) -> None:
    from dataclasses import asdict

    from pipeline.glossary.suggest import Suggestion

    write_batch(tmp_path, suggestions=False)
    made = Suggestion(
        id="sykhiv", type="LOC", lang="uk", text="Сихова", count=1,
        context="У Львові запустили новий трамвай до Сихова", article="lviv-tram",
        forms={"uk": ["Сихів"]},
    )  # fmt: skip
    (tmp_path / "suggestions.json").write_text(json.dumps([asdict(made)]), encoding="utf-8")
    (found,) = load_batch(tmp_path, lambda articles, glossary: [made]).suggestions
    assert {k: found[k] for k in ("id", "type", "en", "uk", "ru", "dnt")} == {
        "id": "sykhiv", "type": "LOC", "en": "", "uk": "Сихів", "ru": "", "dnt": False,
    }  # fmt: skip
    assert ("article", "lviv-tram") in found["details"]
    doc = html.fromstring(write_page(tmp_path, lambda articles, glossary: [made]).read_bytes())
    assert doc.xpath("//tr[@data-key='sykhiv']//a/@href") == [f"{TRAM_PAGE}#a1"]


def test_a_busy_port_is_a_usage_error(server: ReviewServer) -> None:
    with pytest.raises(UsageError, match=r"cannot serve on 127\.0\.0\.1:\d+: .*--port"):
        ReviewServer(server.outdir, server.server_address[1], no_suggestions)


def test_story_pages_of_an_earlier_run_are_removed_and_nothing_else(tmp_path: Path) -> None:
    write_batch(tmp_path, suggestions=False)
    write_page(tmp_path, no_suggestions)
    pages = tmp_path / "review"
    assert sorted(p.name for p in pages.iterdir()) == [
        "0001-kharkiv-bridge.html",
        "0002-lviv-tram.html",
    ]
    (pages / "notes.html").write_text("the editor's own file", encoding="utf-8")
    (tmp_path / "lviv-tram.json").unlink()
    write_page(tmp_path, no_suggestions)
    assert sorted(p.name for p in pages.iterdir()) == ["0001-kharkiv-bridge.html", "notes.html"]


def test_story_wide_words_are_highlighted_where_they_occur(tmp_path: Path) -> None:
    """An unknown-words finding lists its words once; the page marks them in every sentence."""
    article = bridge_article()
    uk = article.translations["uk"]
    uk.findings.append(
        Finding(
            "unknown-words",
            Severity.WARNING,
            "apertium did not know 2 words of this story (words: міст; names: Терехов)",
            1,
            1,
            words=["міст", "Терехов"],
        )
    )
    write_record(tmp_path / "bridge.json", [article])
    doc = page_of(tmp_path, BRIDGE_PAGE)
    marked = doc.xpath("//td[@data-lang='uk']//mark[contains(@class, 'word')]")
    where = [(m.text_content(), m.xpath("ancestor::tr/@id")[0]) for m in marked]
    # "Терехов" of 2.2 is inside the hit "Ігор Терехов": the hit's mark wins there
    assert where == [("міст", "a0-p1-s0"), ("Терехов", "a0-p2-s0")]
    assert marked[0].get("class") == "word sev-warning"
    assert marked[0].get("data-check") == "unknown-words"
    rows = {r.get("id"): r.get("data-findings") for r in doc.xpath("//tr[@id]")}
    assert rows["a0-p1-s0"] == "uk:warning:length uk:warning:unknown-words ru:error:numbers"
    assert "unknown-words" in rows["a0-p2-s0"] and "unknown-words" in rows["a0-p1-s1"]
    assert "unknown-words" not in rows["a0-p0-s0"]
    assert len(doc.xpath("//li[@data-check='unknown-words']")) == 1


def test_pages_are_written_one_record_at_a_time(tmp_path: Path) -> None:
    """The static build hands the suggester one article at a time, its page already
    written (the batch is never held whole); pages come even from a suggester that looks
    at nothing."""
    write_batch(tmp_path, suggestions=False)
    seen: list[tuple[str, bool]] = []

    def suggester(articles: Any, glossary: Any = None) -> list[Any]:
        assert not isinstance(articles, list)
        for article in articles:
            pages = sorted((tmp_path / "review").glob("*.html"))
            seen.append((article.id, any(article.id in p.name for p in pages)))
        return []

    write_page(tmp_path, suggester)
    assert seen == [("kharkiv-bridge", True), ("lviv-tram", True)]
    for page in (tmp_path / "review").glob("*.html"):
        page.unlink()
    write_page(tmp_path, no_suggestions)
    assert len(list((tmp_path / "review").glob("*.html"))) == 2


def test_the_suggester_keeps_only_the_sources(tmp_path: Path) -> None:
    """The static build hands the suggester each article without its translations (its
    page is written by then), so a suggester that keeps the batch does not keep every
    translation, hit and finding; suggest finds the same in them as in the whole records."""
    suggest_module = pytest.importorskip("pipeline.glossary.suggest")
    from pipeline.glossary import Glossary, default_glossary_paths

    write_batch(tmp_path, suggestions=False)
    kept: list[Any] = []

    def suggester(articles: Any, glossary: Any = None) -> list[Any]:
        kept.extend(articles)
        return []

    write_page(tmp_path, suggester)
    whole = load_batch(tmp_path, no_suggestions).articles
    assert all(a.translations for a in whole)
    assert not any(a.translations or a.meta for a in kept)
    assert [(a.id, a.lang, a.paragraphs) for a in kept] == [
        (a.id, a.lang, a.paragraphs) for a in whole
    ]
    story = html.fromstring((tmp_path / story_page_name(0, whole[0])).read_bytes())
    first = next(iter(whole[0].translations.values()))
    assert first.sentences[0][0] in story.text_content()
    glossary = Glossary.load(default_glossary_paths())
    assert suggest_module.suggest(kept, glossary) == suggest_module.suggest(whole, glossary)


def test_translate_suggest_fills_the_cache_that_review_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggest_module = pytest.importorskip("pipeline.glossary.suggest")
    from pipeline.glossary.suggest_cache import CACHE_FILE
    from pipeline.review.page import glossary_suggestions
    from pipeline.translate.apertium import ApertiumEngine

    if not ApertiumEngine.available():
        pytest.skip("Debian apertium-rus-ukr is not installed")
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSMT_GLOSSARY", "")
    story = tmp_path / "in" / "story.txt"
    story.parent.mkdir()
    story.write_text(
        "Инженер Андрей Горбунов посетил Салтовку.\n\nГорбунов встретился с Олегом Ковалем.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    command = ["translate", str(story.parent), "--from", "ru", "--to", "uk"]
    result = CliRunner().invoke(main, [*command, "--engine", "apertium", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not (out / CACHE_FILE).exists()  # only with --suggest
    direct = load_batch(out).suggestions
    assert "Андрей Горбунов" in {s["ru"] for s in direct}
    result = CliRunner().invoke(
        main, [*command, "--engine", "apertium", "--out", str(out), "--suggest"]
    )
    assert result.exit_code == 0, result.output

    def unused(texts: Any) -> list[Any]:
        raise AssertionError(f"analysed again: {texts}")

    monkeypatch.setitem(suggest_module.ANALYSERS, "ru", unused)
    cache = out / CACHE_FILE
    cached = load_batch(out, lambda articles, paths: glossary_suggestions(articles, paths, cache))
    assert cached.suggestions == direct


def test_page_first_computes_no_suggestions_and_every_page_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``review --page-first``: the pages come without the slow suggestions, and the index
    and each story page say they are not computed yet and give the command that does."""
    write_batch(tmp_path, suggestions=False)

    def slow(articles: Any, glossary: Any = None, cache: Any = None) -> list[Any]:
        raise AssertionError("suggestions computed")

    cli_module = importlib.import_module("pipeline.cli.review")
    monkeypatch.setattr(cli_module, "glossary_suggestions", slow)
    glossary = tmp_path / "my glossary.tsv"
    glossary.write_text("id\ttype\ten\tuk\tru\tnote\tdnt\n", encoding="utf-8")
    args = ["review", str(tmp_path), "--page-first", "--glossary", str(glossary)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    command = f"newsmt review {tmp_path} --glossary '{glossary}'"
    for page in (None, BRIDGE_PAGE, TRAM_PAGE):
        doc = html.fromstring((tmp_path / (page or "review.html")).read_text(encoding="utf-8"))
        (banner,) = doc.xpath("//*[@id='suggestions-later']")
        assert "not computed yet" in banner.text_content()
        assert banner.xpath(".//code")[-1].text == command
    index = html.fromstring((tmp_path / "review.html").read_text(encoding="utf-8"))
    assert "not computed yet" in index.xpath("//section[@id='suggestions']/h2")[0].text
    assert index.xpath("//*[@id='suggestions-later-note']//code")[-1].text == command
    assert "No suggestions." not in index.text_content()
    # the command it gives computes them, and then the pages no longer say they are missing
    monkeypatch.setattr(cli_module, "glossary_suggestions", lambda *args: [])
    assert CliRunner().invoke(main, args[:2]).exit_code == 0
    for page in ("review.html", BRIDGE_PAGE):
        doc = html.fromstring((tmp_path / page).read_text(encoding="utf-8"))
        assert not doc.xpath("//*[@id='suggestions-later']")


def test_story_wide_words_are_found_only_as_whole_words() -> None:
    """A word is marked where it stands alone, not inside a longer word ("Ла" in
    "Ла-Манш", "міст" in "містом"); a word holding other characters ("St. Pete") too."""
    from pipeline.review.page import _word_patterns, _word_spans

    unknown = {"words": ["міст", "Ла", "St. Pete", "д'Арк"]}
    text = "міст, містом і Ла-Манш; Ла міст St. Pete і Жанна д'Арк, St. Peter"
    found = [(text[a:b], a) for a, b, mark in _word_spans(text, _word_patterns([unknown]))]
    assert found == [
        ("міст", 0), ("міст", text.index("міст St")), ("Ла", text.index("Ла міст")),
        ("St. Pete", text.index("St. Pete ")), ("д'Арк", text.index("д'Арк")),
    ]  # fmt: skip


def test_suggestions_past_the_first_page_get_pages_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big batch's suggestions do not all load with the index: it shows the first page,
    ``review/suggestions-NNNN.html`` the next ones, all linked; the server serves them."""
    from pipeline.glossary.suggest import Suggestion
    from pipeline.review import page as page_module

    monkeypatch.setattr(page_module, "SUGGESTION_PAGE", 2)
    write_batch(tmp_path, suggestions=False)
    made = [
        Suggestion(f"name-{n}", "PER", "uk", f"Ім'я {n}", 9 - n, "…", "lviv-tram", {"uk": [str(n)]})
        for n in range(5)
    ]
    stale = tmp_path / "review" / "suggestions-0009.html"
    stale.parent.mkdir()
    stale.write_text("an earlier run's", encoding="utf-8")
    index = html.fromstring(write_page(tmp_path, lambda *args: made).read_bytes())
    assert index.xpath("//tr[@data-kind='suggestion']/@data-key") == ["name-0", "name-1"]
    assert counts(index)["suggestions"] == "5"
    assert index.xpath("//*[@id='suggestion-pages']//a/@href") == [
        "review/suggestions-0002.html", "review/suggestions-0003.html",
    ]  # fmt: skip
    assert not stale.exists()
    second = html.fromstring((tmp_path / "review" / "suggestions-0002.html").read_bytes())
    assert second.xpath("//tr[@data-kind='suggestion']/@data-key") == ["name-2", "name-3"]
    assert second.xpath("//*[@id='suggestion-pages']//a/@href") == [
        "../review.html#suggestions", "suggestions-0003.html",
    ]  # fmt: skip
    (link,) = set(second.xpath("//tr[@data-kind='suggestion']//a/@href"))
    assert link == f"{Path(TRAM_PAGE).name}#a1"  # relative to review/, where the page is
    assert second.xpath("//a[@id='to-index']/@href") == ["../review.html"]
    third = html.fromstring((tmp_path / "review" / "suggestions-0003.html").read_bytes())
    assert third.xpath("//tr[@data-kind='suggestion']/@data-key") == ["name-4"]
    server = ReviewServer(tmp_path, 0, lambda *args: made)
    try:
        served = html.fromstring(server.page("/review/suggestions-0003.html") or "")
        assert served.xpath("//tr[@data-kind='suggestion']/@data-key") == ["name-4"]
        assert served.xpath("//button[@data-choice='accept'][not(@disabled)]")
        assert server.page("/review/suggestions-0004.html") is None
    finally:
        server.server_close()


def test_pages_read_view_keys_as_jinja_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page environment reads a plain dict's key straight away where jinja would look
    for an attribute first: every page is the same as jinja's own environment writes it,
    and a key named like a dict method still gives the method, as in jinja."""
    from jinja2 import Environment

    from pipeline.review import page as page_module

    write_batch(tmp_path, suggestions=True)
    write_page(tmp_path, no_suggestions)
    ours = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.html"))}
    env = page_module._ENV
    plain = Environment(
        loader=env.loader,
        autoescape=env.autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    monkeypatch.setattr(page_module, "_ENV", plain)
    write_page(tmp_path, no_suggestions)
    assert {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.html"))} == ours
    view = {"text": "a", "items": "b"}
    template = "{{ v.text }} {{ v.items is callable }} {{ v.missing is defined }}"
    for environment in (env, plain):
        assert environment.from_string(template).render(v=view) == "a True False"


def test_the_page_environment_reads_a_view_as_jinja_does() -> None:
    """The page's environment reads a dict's keys first; what it finds (an item, a dict
    method, an undefined for a missing key) is what jinja's own lookup finds."""
    from jinja2 import Environment, Undefined

    from pipeline.review.page import _ENV

    plain = Environment()
    view = {"title": "Kyiv", "count": 0, "items": "shadowed"}
    for obj, name in [(view, "title"), (view, "count"), (view, "items"), (view, "missing"),
                      (view, "get"), ("text", "upper"), (["a"], "missing")]:  # fmt: skip
        want, got = plain.getattr(obj, name), _ENV.getattr(obj, name)
        assert type(got) is type(want)
        if isinstance(want, Undefined):
            assert (got._undefined_obj, got._undefined_name) == (obj, name)
        else:
            assert got == want
    page = _ENV.from_string("{{ v.missing }}|{% if v.missing %}yes{% else %}no{% endif %}")
    assert page.render(v=view) == "|no"


def test_pages_and_suggestions_are_made_with_fewer_garbage_collections(tmp_path: Path) -> None:
    """The collector runs every COLLECT_EVERY allocations while the records are read, the
    pages built and the suggestions found (forked analysers inherit it), then as before."""
    import gc

    from pipeline.review.page import COLLECT_EVERY

    write_batch(tmp_path)
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []

    def suggester(articles: Any, glossary: Any) -> list[Any]:
        list(articles)
        seen.append(gc.get_threshold())
        return []

    write_page(tmp_path, suggester)
    assert seen == [(COLLECT_EVERY, *before[1:])] and before[0] < COLLECT_EVERY
    assert gc.get_threshold() == before
