"""Readers: formats, structure, inline markup, encodings and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.export.record import dumps
from pipeline.model import Article, Kind
from pipeline.readers import decode, guess_format, input_files, read_file, read_text

UK_TEXT = "Новини з Києва\n\nУряд ухвалив нове рішення щодо шкіл.\nФото: Олена Петренко\n"
RU_TEXT = "Новости из Москвы\n\nСъешь же ещё этих мягких булок, да выпей чаю.\n"


def kinds(article: Article) -> list[str]:
    return [p.kind.value for p in article.paragraphs]


def spans(para) -> list[tuple[str, str, dict[str, str]]]:
    """Each markup span as (tag, covered text, attrs)."""
    return [(m.tag, para.text[m.start : m.end], m.attrs) for m in para.markup]


# ----------------------------------------------------------------------------- plain text


def test_txt_headline_paragraphs_and_captions() -> None:
    (article,) = read_text(UK_TEXT, "txt", "stories/kyiv.txt")
    assert article.id == "kyiv"
    assert article.format == "txt"
    assert article.headline == "Новини з Києва"
    assert kinds(article) == ["headline", "body", "caption"]
    assert article.paragraphs[1].attrs == {"blank_before": True}


@pytest.mark.parametrize("switcher", ["ua en ru", "UA | EN | RU", "укр / eng"])
def test_txt_language_switcher_line_is_ignored(switcher: str) -> None:
    (article,) = read_text(f"{switcher}\nHeadline here\nBody text.\n", "txt", "a.txt")
    assert article.headline == "Headline here"
    assert len(article.paragraphs) == 2


def test_txt_switcher_detection_is_narrow() -> None:
    (article,) = read_text("EN route to Kyiv\nBody.\n", "txt", "a.txt")
    assert article.headline == "EN route to Kyiv"
    (article,) = read_text("Body.\nua en ru\n", "txt", "a.txt")
    assert [p.text for p in article.paragraphs] == ["Body.", "ua en ru"]


# ----------------------------------------------------------------------------- Markdown

MARKDOWN = """# Storm *hits* the coast

Officials in [Odesa](https://example.org/odesa "city") said **all schools** close.\\
A second line.

## Damage

- Roads blocked
- Power cut
  1. North district
  2. South district

> Residents were told to stay home.

Photo: Ivan Franko
"""


def test_md_blocks() -> None:
    (article,) = read_text(MARKDOWN, "md", "storm.md")
    assert kinds(article) == [
        "headline",
        "body",
        "heading",
        "list_item",
        "list_item",
        "list_item",
        "list_item",
        "quote",
        "caption",
    ]
    heading = article.paragraphs[2]
    assert heading.text == "Damage" and heading.attrs["level"] == 2
    bullets, numbered = article.paragraphs[3], article.paragraphs[5]
    assert bullets.attrs["depth"] == 1 and not bullets.attrs.get("ordered")
    assert numbered.attrs["depth"] == 2 and numbered.attrs["ordered"] is True
    assert article.paragraphs[6].attrs["number"] == 2
    assert article.paragraphs[7].attrs["quote"] == 1


def test_md_inline_markup_is_held_aside() -> None:
    (article,) = read_text(MARKDOWN, "md", "storm.md")
    headline, body = article.paragraphs[0], article.paragraphs[1]
    assert headline.text == "Storm hits the coast"
    assert spans(headline) == [("em", "hits", {"markup": "*"})]
    assert body.text == "Officials in Odesa said all schools close.\nA second line."
    assert spans(body) == [
        ("a", "Odesa", {"href": "https://example.org/odesa", "title": "city"}),
        ("strong", "all schools", {"markup": "**"}),
        ("br", "\n", {}),
    ]


# ----------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Site</title><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav>
<article>
  <h1>Port <b>reopens</b></h1>
  <p class="lead">The <a href="https://example.org/p?a=1&amp;b=2">port</a> of   Odesa
     reopened on <em>Monday</em>.<br>Ships are waiting.</p>
  <script>var tracking = "do not read me";</script>
  <figure><img src="port.jpg"><figcaption>Cranes at dawn</figcaption></figure>
  <h2>What next</h2>
  <ul><li>Grain first</li><li>Then <i>steel</i></li></ul>
  <blockquote><p>We are ready.</p></blockquote>
</article>
<footer>Copyright</footer>
</body></html>
"""


def test_html_article_body() -> None:
    (article,) = read_text(PAGE, "html", "port.html")
    assert kinds(article) == [
        "headline",
        "body",
        "body",  # the figure's image, kept as a block of its own
        "caption",
        "heading",
        "list_item",
        "list_item",
        "quote",
    ]
    texts = [p.text for p in article.paragraphs]
    assert not any("tracking" in t or "Home" in t or "Copyright" in t for t in texts)
    assert texts[1] == "The port of Odesa reopened on Monday.\nShips are waiting."
    assert article.paragraphs[1].attrs["html_attrs"] == {"class": "lead"}


def test_html_inline_markup() -> None:
    (article,) = read_text(PAGE, "html", "port.html")
    assert spans(article.paragraphs[0]) == [("strong", "reopens", {"html": "b"})]
    assert spans(article.paragraphs[1]) == [
        ("a", "port", {"href": "https://example.org/p?a=1&b=2"}),
        ("em", "Monday", {}),
        ("br", "\n", {}),
    ]
    assert spans(article.paragraphs[2]) == [("img", "", {"src": "port.jpg"})]
    assert spans(article.paragraphs[6]) == [("em", "steel", {"html": "i"})]


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(InputError, match=r"^empty\.html: no article text"):
        read_text("<html><body><script>x()</script></body></html>", "html", "empty.html")


# ----------------------------------------------------------------------------- CMS JSON

CMS = [
    {
        "id": 101,
        "title": "Бюджет ухвалено",
        "body": "Парламент ухвалив бюджет.\n\nФото: пресслужба",
        "lang": "ua",
        "section": "politics",
        "tags": ["budget"],
    },
    {"id": "102", "headline": "Second", "paragraphs": ["One.", "Two."]},
]


def test_json_list_of_cms_objects() -> None:
    first, second = read_text(json.dumps(CMS, ensure_ascii=False), "json", "export.json")
    assert first.id == "export#101" and second.id == "export#102"
    assert kinds(first) == ["headline", "body", "caption"]
    assert first.meta["declared_lang"] == "uk"
    assert first.meta["cms"]["extra"] == {"section": "politics", "tags": ["budget"]}
    assert first.meta["cms"]["keys"] == ["id", "title", "body", "lang", "section", "tags"]
    assert [p.text for p in second.paragraphs] == ["Second", "One.", "Two."]
    assert [p.attrs["field"] for p in second.paragraphs] == ["headline", "paragraphs", "paragraphs"]


def test_json_single_object_and_html_body() -> None:
    obj = {"title": "T", "body": "<p>Read <a href='https://x.org'>this</a>.</p><p>More.</p>"}
    (article,) = read_text(json.dumps(obj), "json", "one.json")
    assert article.id == "one"
    assert [p.text for p in article.paragraphs] == ["T", "Read this.", "More."]
    assert spans(article.paragraphs[1]) == [("a", "this", {"href": "https://x.org"})]
    assert article.meta["cms"]["html"] == ["body"]


def test_jsonl_one_object_per_line() -> None:
    lines = "\n".join(json.dumps(o, ensure_ascii=False) for o in CMS) + "\n"
    articles = read_text(lines, "jsonl", "feed.jsonl")
    assert [a.id for a in articles] == ["feed#101", "feed#102"]
    assert articles[0].meta["cms"]["layout"] == "lines"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", r"^bad\.json:1: not valid JSON"),
        ('[{"id": 1, "slug": "x"}]', r"no 'title', 'body' or 'paragraphs' field"),
        ('{"title": "T", "body": "B", "lang": "de"}', r"lang 'de' is not en, uk \(ua\) or ru"),
    ],
)
def test_json_errors(data: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text(data, "json", "bad.json")


def test_round_trip_article_json_article() -> None:
    articles = read_text(json.dumps(CMS, ensure_ascii=False), "json", "export.json")
    articles += read_text(MARKDOWN, "md", "storm.md")
    record = json.loads(dumps(articles))
    again = [Article.from_dict(a) for a in record["articles"]]
    assert again == articles


# ----------------------------------------------------------------------------- encodings


def test_decode_utf8_with_and_without_bom() -> None:
    assert decode("Київ\r\nЛьвів".encode(), "a.txt") == ("Київ\nЛьвів", "utf-8")
    assert decode("\ufeffКиїв".encode(), "a.txt") == ("Київ", "utf-8-sig")


@pytest.mark.parametrize(
    ("codec", "text", "reported"),
    [
        ("cp1251", UK_TEXT, "cp1251"),
        ("cp1251", RU_TEXT, "cp1251"),
        ("koi8_r", RU_TEXT, "koi8-r"),
        ("koi8_u", UK_TEXT, "koi8-u"),
        ("utf-16", UK_TEXT, "utf-16"),
        ("utf-16-be", "\ufeff" + RU_TEXT, "utf-16"),
    ],
)
def test_read_file_decodes_legacy_and_utf16(
    tmp_path: Path, codec: str, text: str, reported: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(codec))
    (article,) = read_file(path)
    assert article.encoding == reported
    assert article.headline == text.lstrip("\ufeff").split("\n")[0]


def test_short_koi8_text_is_not_taken_for_cp1251() -> None:
    assert decode("Мир".encode("koi8_r"), "a.txt") == ("Мир", "koi8-r")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    with pytest.raises(InputError, match=r"empty\.txt: the file is empty"):
        read_file(path)


def test_png_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_file(path)
    message = str(info.value)
    assert "photo.txt: this is a PNG image, not text" in message
    assert "\n" not in message


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="NUL bytes"):
        decode(b"abc\x00def", "x.txt")


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_text("text")
    with pytest.raises(InputError, match=r"story\.docx: unsupported file type '\.docx'"):
        read_file(path)


# ----------------------------------------------------------------------------- files


def make_three(folder: Path) -> None:
    """A folder of three articles (txt, md, html) in a sub-folder, plus noise."""
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text(UK_TEXT, encoding="utf-8")
    (folder / "b" / "c.html").write_text(
        "<h1>Москва</h1><p>Это короткий текст о погоде в городе.</p>", encoding="utf-8"
    )
    (folder / "b" / "b.md").write_text("# Title\n\nThis is an English story.\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text("hidden")


def test_input_files_walks_folders_sorted(tmp_path: Path) -> None:
    make_three(tmp_path)
    assert input_files([tmp_path]) == [
        tmp_path / "a.txt",
        tmp_path / "b" / "b.md",
        tmp_path / "b" / "c.html",
    ]
    assert [a.format for p in input_files([tmp_path]) for a in read_file(p)] == [
        "txt",
        "md",
        "html",
    ]


def test_input_files_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        input_files([tmp_path / "nope.txt"])


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('[{"title": "x"}]', "json"),
        ('{"title": "x"}\n{"title": "y"}\n', "jsonl"),
        ('{\n  "title": "x"\n}', "json"),
        ("<p>hi</p>", "html"),
        ("# Title\n\nText", "md"),
        ("Headline\nBody", "txt"),
    ],
)
def test_guess_format(text: str, fmt: str) -> None:
    assert guess_format(text) == fmt


def test_kind_values_are_model_kinds() -> None:
    (article,) = read_text(MARKDOWN, "md", "storm.md")
    assert all(isinstance(p.kind, Kind) for p in article.paragraphs)
