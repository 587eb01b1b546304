# ruff: noqa: E501  (the page's lines are as a CMS writes them)
"""HTML read → render keeps the page: markup, attributes, comments, scripts, code, tables.

With translations equal to the source the written page equals the input (written here in
lxml's serialisation, newsmt's normal form); with a hand-written translation the markup
wraps the corresponding translated words, and what carries no text is never translated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import lxml.html
import pytest
from fidelity_helpers import identity, round_trip

from pipeline.export.formats import render
from pipeline.model import Article, Translation
from pipeline.readers import read_text
from pipeline.segment import segment_article

if TYPE_CHECKING:
    from engine_helpers import DecodeCounter

pytest_plugins = ["engine_helpers"]

STORY = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Port reopens after the storm | Example News</title>
<style>p { color: #333 }</style>
<script>window.dataLayer = [];</script>
</head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="story" data-id="42">
<h1 id="top">Port <b>reopens</b> after the storm</h1>
<!-- byline below -->
<p class="byline">By <a href="/authors/ann" rel="author">Ann Lee</a>, <time datetime="2026-11-27">27 November</time></p>
<figure class="wide"><img src="port.jpg" alt="Cranes at dawn" title="Odesa port"><figcaption>Cranes at the port. <small>Photo: Reuters</small></figcaption></figure>
<p class="lead">The port of <a href="https://uk.wikipedia.org/wiki/Одеса" target="_blank" title="Odesa city">Odesa</a> reopened on <em>Monday</em>. <strong>Ships are waiting.</strong><br>More news follows.<br></p>
<p>Run <code>port --status &amp;&amp; exit</code> to check it<!-- verify -->.&nbsp;Tools: 13.&nbsp;Cranes &lt;new&gt;.</p>
<pre class="shell">$ port --status
  open   (since 07:15)</pre>
<table class="data">
<tr><th scope="col">Ship</th><th>Status</th></tr>
<tr><td>Maria</td><td><i>waiting</i> <span class="icon"></span></td></tr>
</table>
<ul class="facts">
<li value="3">Grain first.</li>
<li>Then <a href="#steel"><abbr title="rolled steel">steel</abbr></a>.<ul><li>Nested item.</li></ul></li>
</ul>
<div class="note"><a name="n1"></a><span class="term"><code>--fast</code></span> is new. <p>Inner paragraph.</p>Loose tail.</div>
<iframe src="https://example.org/video" width="560"></iframe>
<blockquote cite="https://example.org/q"><p>We are ready.</p></blockquote>
<script>track("story");</script>
</article>
<footer>© Example</footer>
</body>
</html>
"""


def translated(source: str, sentences: list[list[str]]) -> str:
    """Render ``source`` with a hand-written translation, one list per paragraph."""
    (article,) = read_text(source, "html", "story.html")
    article.lang = "en"
    segment_article(article)
    assert [len(p.sentences) for p in article.paragraphs] == [len(s) for s in sentences]
    article.translations["uk"] = Translation("uk", "hand", ["en", "uk"], sentences=sentences)
    return render([article], "uk")


NOTE = (
    "<!-- newsmt: the story text is translated into uk; still in the source language: "
    "the navigation, the footer, 1 image alt text -->\n"
)


def test_identity_round_trip_is_exact_and_stable() -> None:
    """The page comes back as it was, but for its language and the note on what newsmt
    left in the source language; translating the output again changes nothing."""
    expected = STORY.replace('<html lang="en">', '<html lang="uk">').replace("&nbsp;", "\xa0")
    expected = expected.replace("<body>\n", "<body>\n" + NOTE, 1)
    output = round_trip(STORY, "html")
    assert output == expected
    assert round_trip(output, "html") == output


def test_a_page_without_chrome_or_alt_text_gets_no_note() -> None:
    page = "<!DOCTYPE html>\n<html lang=\"en\"><body>\n<p>One line.</p>\n</body></html>\n"
    assert "newsmt:" not in round_trip(page, "html")


def test_the_json_record_renders_the_same() -> None:
    """``glossary apply`` and review re-render translations from the JSON record."""
    (article,) = read_text(STORY, "html", "story.html")
    identity(article)
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert render([again], "uk") == render([article], "uk")


@pytest.mark.parametrize(
    "body",
    [
        "<p>Docs<br></p>",
        '<p><br class="x">One. Two.</p>',
        "<p>One.<br><br>Two.</p>",
        "<p>Chapter 13.&nbsp;Tools are here.</p>",
        "<p>&nbsp; Indented.&nbsp;&nbsp;Twice.</p>",
        '<p><span class="t" id="i0"></span><a href="p"><strong>PEP 404</strong></a> says so.</p>',
        '<dl><dt><span class="term"><code class="option">-o file</code></span></dt></dl>',
        "<p>See (<samp>x’</samp><!-- w -->) now.</p>",
        '<div><span class="o">https://x.org/<br></span>Next line.</div>',
        '<table><tr><td>&nbsp;<a href="faq.html">FAQ &gt;&gt;</a></td></tr></table>',
        '<p>Icon <a href="x"><img src="i.png"></a> and <a href="y">\n<img src="j.png">\n</a></p>',
        "<p>A <button>Share</button> <select><option>uk</option></select> form.</p>",
        '<p>Math <svg width="2"><circle r="1"></circle></svg> here.</p>',
        "<p><b><i>Both</i></b> nested.</p>",
        '<div><span class="org">NCR Corporation<br></span>Next.</div>',
        "<table><caption>Ships in port.</caption><tr><td>Maria</td></tr></table>",
        '<p>Text <input type="checkbox"> <!-- c --> <img src="x.png"> voids.</p>',
    ],
)
def test_edge_constructs_round_trip(body: str) -> None:
    source = f"<html><body>{body}</body></html>\n"
    output = round_trip(source, "html")
    assert output == source.replace("<html>", '<html lang="uk">').replace("&nbsp;", "\xa0")


def test_non_utf8_charset_and_title() -> None:
    source = (
        '<html><head><meta charset="windows-1251"><title>Port reopens | News</title></head>'
        "<body><h1>Port reopens</h1><p>Text.</p></body></html>"
    )
    output = translated(source, [["Порт відкрито"], ["Текст."]])
    doc = lxml.html.document_fromstring(output)
    assert doc.find(".//meta").get("charset") == "utf-8"
    assert doc.findtext(".//title") == "Порт відкрито | News"
    assert doc.get("lang") == "uk"


def test_markup_wraps_the_translated_text() -> None:
    output = translated(
        STORY,
        [
            ["Порт відновлює роботу після шторму"],
            ["Автор: Ann Lee, 27 листопада"],
            [],  # the image of the figure
            ["Крани в порту.", "Фото: Reuters"],
            ["Порт Odesa відновив роботу в понеділок.", "Судна чекають.", "Далі буде."],
            [
                "Запустіть port --status && exit, щоб перевірити.",
                "Інструменти: 13.",
                "Крани <нові>.",
            ],
            ["Судно"],
            ["Стан"],
            ["Марія"],
            ["чекає"],
            ["Спершу зерно."],
            ["Потім сталь."],
            ["Вкладений пункт."],
            ["--fast нове."],
            ["Внутрішній абзац."],
            ["Вільний хвіст."],
            ["Ми готові."],
        ],
    )
    assert (
        '<a href="https://uk.wikipedia.org/wiki/Одеса" target="_blank" title="Odesa city">'
        "Odesa</a>" in output
    )
    assert "<strong>Судна чекають.</strong><br>Далі буде.<br></p>" in output
    assert '<a href="/authors/ann" rel="author">Ann Lee</a>' in output
    # Code wraps its verbatim text; a comment after a word stays after the translated word.
    assert (
        "Запустіть <code>port --status &amp;&amp; exit</code>, щоб перевірити<!-- verify -->."
        in output
    )
    assert "Крани &lt;нові&gt;." in output
    assert '<td><i>чекає</i> <span class="icon"></span></td>' in output
    assert '<a name="n1"></a><span class="term"><code>--fast</code></span> нове. ' in output
    assert "<p>Внутрішній абзац.</p>Вільний хвіст.</div>" in output
    assert '<blockquote cite="https://example.org/q"><p>Ми готові.</p></blockquote>' in output
    # What is no part of the story is as it was.
    for kept in (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "<title>Порт відновлює роботу після шторму | Example News</title>",
        "<style>p { color: #333 }</style>",
        '<nav class="top"><a href="/">Home</a> <a href="/world">World</a></nav>',
        "<!-- byline below -->",
        '<img src="port.jpg" alt="Cranes at dawn" title="Odesa port">',
        '<pre class="shell">$ port --status\n  open   (since 07:15)</pre>',
        '<iframe src="https://example.org/video" width="560"></iframe>',
        '<script>track("story");</script>',
        "<footer>© Example</footer>",
    ):
        assert kept in output, kept


def test_cms_html_body_round_trips() -> None:
    body = (
        '<p class="lead">Read <a href="https://x.org/Київ">this</a>.<!-- c --></p>\n'
        '<pre>code  here</pre>\n<figure><img src="a.jpg"><figcaption>Cap.</figcaption></figure>'
        "<script>x()</script>"
    )
    obj = {"id": 7, "title": "T", "body": body, "tags": ["a"]}
    output = json.loads(round_trip(json.dumps(obj), "json", "export.json"))
    assert output == {**obj, "lang": "uk"}


def test_cli_never_sends_code_or_markup_to_the_engine(
    translate_story: Callable[[str, str], str], decode_counter: DecodeCounter
) -> None:
    output = translate_story("story.html", STORY)
    sent = decode_counter.texts
    assert sent
    for never in ("<a", "</", "<!--", "color", "dataLayer", "track(", "07:15", "Home", "©"):
        assert not any(never in s for s in sent), never
    doc = lxml.html.document_fromstring(output)
    assert doc.findtext(".//pre") == "$ port --status\n  open   (since 07:15)"
    assert doc.find(".//p[@class='lead']/a").get("href") == "https://uk.wikipedia.org/wiki/Одеса"
    assert [el.tag for el in doc.find(".//article")] == [
        el.tag for el in lxml.html.document_fromstring(STORY).find(".//article")
    ]


def test_code_the_translation_changed_keeps_the_words_beside_it() -> None:
    source = (
        "<html><body><p>Run <code>port --status &amp;&amp; exit</code> to check it.</p>"
        "<p>Use <kbd>Ctrl C</kbd> now.</p></body></html>"
    )
    output = translated(
        source, [["Запустіть port --status, щоб перевірити."], ["Натисніть Ctrl зараз."]]
    )
    assert "<p>Запустіть <code>port --status &amp;&amp; exit</code>, щоб перевірити.</p>" in output
    assert "<p>Натисніть <kbd>Ctrl C</kbd> зараз.</p>" in output
