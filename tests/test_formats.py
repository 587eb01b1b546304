"""Same-format output: structure and inline markup restored around hand-written translations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from pipeline.export.formats import output_name, project, render
from pipeline.model import Article, Markup, Paragraph, Sentence, Translation
from pipeline.readers import read_text

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)|[^\n]+", re.M)


def split(para: Paragraph) -> None:
    """A tiny test splitter: sentence ends at . ! ? before a space, and at line breaks."""
    para.sentences = [
        Sentence(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), m.group().strip())
        for m in _SENTENCE.finditer(para.text)
        if m.group().strip()
    ]


def translate(article: Article, lang: str, sentences: list[list[str]]) -> None:
    """Attach a hand-written translation (one list of sentences per paragraph)."""
    for para in article.paragraphs:
        split(para)
    assert [len(p.sentences) for p in article.paragraphs] == [len(s) for s in sentences]
    article.translations[lang] = Translation(lang, "hand", ["en", lang], sentences=sentences)


def spans(para: Paragraph) -> list[tuple[str, str, dict[str, str]]]:
    return [(m.tag, para.text[m.start : m.end], m.attrs) for m in para.markup]


def test_output_name() -> None:
    assert output_name(Path("in/story.md"), "uk") == "story.uk.md"
    assert output_name(Path("export.jsonl"), "ru") == "export.ru.jsonl"
    assert output_name(Path("-"), "en") == "stdin.en.txt"


# ----------------------------------------------------------------------------- plain text


def test_txt_structure() -> None:
    source = "ua en ru\nStorm hits coast\n\nSchools closed. Roads blocked.\nPhoto: Jane Doe\n"
    (article,) = read_text(source, "txt", "storm.txt")
    translate(
        article,
        "uk",
        [["Шторм накрив узбережжя"], ["Школи закрито.", "Дороги перекрито."], ["Фото: Jane Doe"]],
    )
    assert render([article], "uk") == (
        "Шторм накрив узбережжя\n\nШколи закрито. Дороги перекрито.\nФото: Jane Doe\n"
    )


# ----------------------------------------------------------------------------- Markdown

MARKDOWN = """# Storm *hits* the coast

Officials in [Odesa](https://example.org/odesa "city") said schools close. **Stay home.**\\
Updates follow.

## Damage

- Roads blocked
- Power cut
  1. North district
  2. South district

> Residents were told to *stay* home.
"""

MD_UK = [
    ["Шторм накриває узбережжя"],
    ["Посадовці в Odesa заявили, що школи закриваються.", "Залишайтеся вдома.", "Далі буде."],
    ["Збитки"],
    ["Дороги перекрито"],
    ["Світла немає"],
    ["Північний район"],
    ["Південний район"],
    ["Мешканцям сказали залишатися вдома."],
]


def test_md_render_restores_blocks_and_markup() -> None:
    (article,) = read_text(MARKDOWN, "md", "storm.md")
    translate(article, "uk", MD_UK)
    output = render([article], "uk")
    (again,) = read_text(output, "md", "storm.uk.md")
    assert [(p.kind, p.attrs) for p in again.paragraphs] == [
        (p.kind, p.attrs) for p in article.paragraphs
    ]
    headline, body = again.paragraphs[0], again.paragraphs[1]
    # "hits" → proportional placement on a whole word.
    assert [s[0] for s in spans(headline)] == ["em"]
    assert spans(headline)[0][1] in headline.text.split()
    # The verbatim link text is wrapped; the whole sentence keeps its strong; the break stays.
    assert spans(body) == [
        ("a", "Odesa", {"href": "https://example.org/odesa", "title": "city"}),
        ("strong", "Залишайтеся вдома.", {"markup": "**"}),
        ("br", "\n", {}),
    ]
    assert body.text.endswith("Залишайтеся вдома.\nДалі буде.")
    assert output.startswith("# Шторм ")


def test_md_escapes_special_characters() -> None:
    (article,) = read_text("Plain text here.\n", "md", "a.md")
    translate(article, "uk", [["1. Зірочка * та [дужки] і _риска_"]])
    output = render([article], "uk")
    (again,) = read_text(output, "md", "a.uk.md")
    assert again.paragraphs[0].text == "1. Зірочка * та [дужки] і _риска_"
    assert again.paragraphs[0].kind.value == "body"
    assert again.paragraphs[0].markup == []


# ----------------------------------------------------------------------------- HTML

PAGE = """<html><body><article>
<h1>Port <b>reopens</b></h1>
<p class="lead">The port of <a href="https://example.org/p?a=1&amp;b=2">Odesa</a> reopened.<br>
Ships wait.</p>
<figure><figcaption>Cranes at dawn</figcaption></figure>
<ul><li>Grain first</li><li>Then <i>steel</i></li></ul>
<blockquote><p>We are ready.</p></blockquote>
</article></body></html>"""

HTML_UK = [
    ["Порт відновлює роботу"],
    ["Порт Odesa знову працює.", "Судна <чекають> & стоять."],
    ["Крани на світанку"],
    ["Спершу зерно"],
    ["Потім сталь"],
    ["Ми готові."],
]


def test_html_render_restores_structure_and_escapes() -> None:
    (article,) = read_text(PAGE, "html", "port.html")
    translate(article, "uk", HTML_UK)
    output = render([article], "uk")
    doc = lxml.html.document_fromstring(output)
    assert doc.get("lang") == "uk"
    assert doc.find(".//title") is None  # the page has none: nothing is added to it
    lead = doc.find(".//p[@class='lead']")
    assert lead.text_content() == "Порт Odesa знову працює.Судна <чекають> & стоять."
    link = lead.find("a")
    assert (link.get("href"), link.text) == ("https://example.org/p?a=1&b=2", "Odesa")
    assert lead.find("br") is not None
    assert "&lt;чекають&gt; &amp; стоять" in output
    assert [li.text_content() for li in doc.iterfind(".//ul/li")] == ["Спершу зерно", "Потім сталь"]
    assert doc.find(".//ul/li/i") is not None
    assert doc.findtext(".//blockquote/p") == "Ми готові."
    assert doc.findtext(".//figure/figcaption") == "Крани на світанку"
    (again,) = read_text(output, "html", "port.uk.html")
    assert [p.kind for p in again.paragraphs] == [p.kind for p in article.paragraphs]


# ----------------------------------------------------------------------------- projection


def para_with(text: str, markup: list[Markup]) -> Paragraph:
    para = Paragraph(text=text, markup=markup)
    split(para)
    return para


def test_projection_whole_sentence_span() -> None:
    para = para_with("Read this. All of it!", [Markup(0, 10, "em")])
    text, out = project(para, ["Прочитайте це.", "Усе!"])
    assert text == "Прочитайте це. Усе!"
    assert [(m.tag, text[m.start : m.end]) for m in out] == [("em", "Прочитайте це.")]


def test_projection_excludes_punctuation_outside_the_span() -> None:
    para = para_with("Breaking news.", [Markup(0, 13, "strong")])
    text, out = project(para, ["Термінові новини."])
    assert text[out[0].start : out[0].end] == "Термінові новини"


def test_projection_verbatim_text() -> None:
    para = para_with("The minister met Reuters in Kyiv.", [Markup(17, 24, "a", {"href": "r"})])
    text, out = project(para, ["Міністр зустрівся з Reuters у Києві."])
    assert text[out[0].start : out[0].end] == "Reuters"


def test_projection_proportional_never_drops_a_link() -> None:
    para = para_with(
        "We met the new mayor yesterday.", [Markup(11, 14, "a", {"href": "https://x.org"})]
    )
    text, out = project(para, ["Вчора ми зустріли нового мера."])
    (link,) = out
    assert link.attrs == {"href": "https://x.org"}
    covered = text[link.start : link.end]
    assert covered and covered in text.split()


def test_projection_keeps_separate_links_separate() -> None:
    para = para_with(
        "See the mayor and the governor today.",
        [Markup(8, 13, "a", {"href": "m"}), Markup(22, 30, "a", {"href": "g"})],
    )
    _, out = project(para, ["Дивіться обох."])
    first, second = out
    assert (first.attrs, second.attrs) == ({"href": "m"}, {"href": "g"})
    assert first.end <= second.start


def test_projection_of_crossing_spans_is_well_formed() -> None:
    (article,) = read_text("<p><b>Bold <i>both</i></b><i> italic</i> end.</p>", "html", "x.html")
    translate(article, "uk", [["Жирний обидва курсив кінець."]])
    output = render([article], "uk")
    doc = lxml.html.document_fromstring(output)
    assert doc.find(".//p").text_content() == "Жирний обидва курсив кінець."


# ----------------------------------------------------------------------------- CMS JSON

CMS = [
    {
        "id": 101,
        "title": "Budget passed",
        "body": "Parliament passed the budget.\n\nPhoto: press office",
        "lang": "en",
        "section": "politics",
        "tags": ["budget"],
    },
    {"id": "102", "headline": "Second", "paragraphs": ["One.", "Two."], "url": "https://x"},
]


def test_json_render_keeps_fields_and_sets_lang() -> None:
    articles = read_text(json.dumps(CMS), "json", "export.json")
    translate(
        articles[0], "ru", [["Бюджет принят"], ["Парламент принял бюджет."], ["Фото: пресс-служба"]]
    )
    translate(articles[1], "ru", [["Второй"], ["Один."], ["Два."]])
    data = json.loads(render(articles, "ru"))
    assert data == [
        {
            "id": 101,
            "title": "Бюджет принят",
            "body": "Парламент принял бюджет.\n\nФото: пресс-служба",
            "lang": "ru",
            "section": "politics",
            "tags": ["budget"],
        },
        {
            "id": "102",
            "headline": "Второй",
            "paragraphs": ["Один.", "Два."],
            "url": "https://x",
            "lang": "ru",
        },
    ]


def test_jsonl_and_single_object_layouts() -> None:
    lines = "".join(json.dumps(o) + "\n" for o in CMS)
    articles = read_text(lines, "jsonl", "feed.jsonl")
    for article in articles:
        translate(article, "uk", [[p.text] for p in article.paragraphs])
    output = render(articles, "uk")
    assert [json.loads(line)["id"] for line in output.splitlines()] == [101, "102"]
    (single,) = read_text(json.dumps(CMS[1]), "json", "one.json")
    translate(single, "uk", [["Друга"], ["Один."], ["Два."]])
    assert json.loads(render([single], "uk"))["headline"] == "Друга"


def test_json_html_body_keeps_markup() -> None:
    obj = {
        "id": 1,
        "title": "T",
        "body": '<p>Read <a href="https://x.org/?a=1&amp;b=2">the report</a>.</p>',
    }
    (article,) = read_text(json.dumps(obj), "json", "one.json")
    translate(article, "uk", [["Т"], ["Читайте звіт."]])
    body = json.loads(render([article], "uk"))["body"]
    link = lxml.html.fragment_fromstring(body).find(".//a")
    assert link.get("href") == "https://x.org/?a=1&b=2"
    assert link.text == "звіт"  # placed proportionally, snapped to whole words


# ----------------------------------------------------------------------------- fallbacks


def test_article_already_in_target_language_is_written_as_is() -> None:
    (article,) = read_text("Title\n\nBody text.\n", "txt", "a.txt")
    article.lang = "en"
    assert render([article], "en") == "Title\n\nBody text.\n"


def test_missing_translation_is_an_error() -> None:
    (article,) = read_text("Title\n", "txt", "a.txt")
    article.lang = "en"
    with pytest.raises(ValueError, match="no uk translation"):
        render([article], "uk")


def test_empty_paragraph_translation_keeps_the_source() -> None:
    (article,) = read_text("Title\n2024–2025\n", "txt", "a.txt")
    translate(article, "uk", [["Заголовок"], [""]])
    assert render([article], "uk") == "Заголовок\n2024–2025\n"
