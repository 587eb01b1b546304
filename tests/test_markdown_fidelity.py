"""Markdown read → render keeps every construct: inline HTML, HTML blocks, titles, tables, code.

With translations equal to the source the written Markdown equals the input (which is
written here in newsmt's normal form); with a hand-written translation the markup wraps
the corresponding translated text or is kept verbatim where it carries no text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

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
---
title: Summit
---

# Leaders of <abbr title="North Atlantic Treaty Organization">NATO</abbr> meet

The summit opened.<br>It agreed a plan<sup>1</sup> with <span class="x">partners</span>.

![Leaders in Vilnius](summit.jpg "Vilnius, July")

Read the [communiqué](https://example.org/c "Full text") or see <https://example.org>.

Background in the [annex][Annex A] and a ![chart][fig] with ![icon](i.png) inline.

Analysis
--------

Run `newsmt --help` and ~~ignore~~ check <kbd>Ctrl</kbd> here <!-- editor: verify --> today.

<div class="embed"><iframe src="https://example.org/v"></iframe></div>

<aside class="note">
<p>Editors' note: <b>updated</b> at noon &amp; again.</p>
</aside>

```python
print("never translated")
```

    indented code stays

---

A footnote here[^1].

[^1]: The footnote text.

| City | Status |
| --- | :---: |
| Vilnius | *open* |
| Riga |  |

- First point

- Second point

  ~~~
  code in a list
  ~~~

  <div>
  More <em>inside</em> the item.
  </div>

[Annex A]: <https://example.org/annex> "The \\"annex\\""
[fig]: chart.png

> Quoted with <sup>2</sup> and a [link](https://example.org/q "Say \\"hi\\"").
>
> <p>A paragraph in HTML.</p>
"""


def translated(source: str, sentences: list[list[str]]) -> str:
    """Render ``source`` with a hand-written translation, one list per text paragraph."""
    (article,) = read_text(source, "md", "story.md")
    article.lang = "en"
    segment_article(article)
    texts = iter(sentences)
    table = [next(texts) if p.text else [] for p in article.paragraphs]
    assert next(texts, None) is None
    assert [len(p.sentences) for p in article.paragraphs] == [len(s) for s in table]
    article.translations["uk"] = Translation("uk", "hand", ["en", "uk"], sentences=table)
    return render([article], "uk")


def spans(article: Article, index: int) -> list[tuple[str, str, dict[str, str]]]:
    para = article.paragraphs[index]
    return [(m.tag, para.text[m.start : m.end], m.attrs) for m in para.markup]


def test_identity_round_trip_is_exact_and_stable() -> None:
    output = round_trip(STORY, "md")
    assert output == STORY
    assert round_trip(output, "md") == output


def test_the_json_record_renders_the_same() -> None:
    """``glossary apply`` and review re-render translations from the JSON record."""
    (article,) = read_text(STORY, "md", "story.md")
    identity(article)
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert render([again], "uk") == STORY


def test_inline_html_is_held_as_spans_with_the_tag_verbatim() -> None:
    (article,) = read_text(STORY, "md", "story.md")
    headline = article.paragraphs[1]
    assert headline.text == "Leaders of NATO meet"
    assert spans(article, 1) == [
        (
            "abbr",
            "NATO",
            {"html": "abbr", "raw": '<abbr title="North Atlantic Treaty Organization">'},
        )
    ]
    assert article.paragraphs[2].text == "The summit opened.\nIt agreed a plan1 with partners."
    assert spans(article, 2) == [
        ("br", "\n", {"raw": "<br>"}),
        ("sup", "1", {"html": "sup", "raw": "<sup>"}),
        ("span", "partners", {"html": "span", "raw": '<span class="x">'}),
    ]
    assert spans(article, 3) == [
        ("img", "", {"src": "summit.jpg", "alt": "Leaders in Vilnius", "title": "Vilnius, July"})
    ]
    assert article.paragraphs[7].text == "Run newsmt --help and ignore check Ctrl here today."
    assert [(tag, text) for tag, text, _ in spans(article, 7)] == [
        ("code", "newsmt --help"),
        ("s", "ignore"),
        ("kbd", "Ctrl"),
        ("raw", ""),
    ]
    assert spans(article, 7)[-1][2] == {"raw": "<!-- editor: verify --> "}


def test_what_carries_no_text_is_never_translated() -> None:
    (article,) = read_text(STORY, "md", "story.md")
    identity(article)
    verbatim = {
        key: p.attrs[key]
        for p in article.paragraphs
        if not p.text
        for key in ("front_matter", "html_raw", "content", "rule")
        if key in p.attrs
    }
    assert verbatim == {
        "front_matter": "---\ntitle: Summit\n---",
        "html_raw": '<div class="embed"><iframe src="https://example.org/v"></iframe></div>',
        "content": "code in a list\n",  # the last of three code blocks
        "rule": "---",
    }
    sources = [s.text for p in article.paragraphs for s in p.sentences]
    assert not any("never translated" in s or "code" in s.split() for s in sources)
    assert not any("Summit" in s or "iframe" in s or "[^1]" in s for s in sources)
    assert "Editors' note: updated at noon & again." in sources


def test_html_block_text_is_a_paragraph_between_its_tags() -> None:
    (article,) = read_text(STORY, "md", "story.md")
    note = next(p for p in article.paragraphs if p.text.startswith("Editors"))
    assert note.attrs["html_before"] == '<aside class="note">\n<p>'
    assert note.attrs["html_after"] == "</p>\n</aside>"
    assert [(m.tag, note.text[m.start : m.end]) for m in note.markup] == [("b", "updated")]


def test_tables_are_cells() -> None:
    (article,) = read_text(STORY, "md", "story.md")
    cells = [(p.text, p.attrs) for p in article.paragraphs if "table" in p.attrs]
    assert [text for text, _ in cells] == ["City", "Status", "Vilnius", "open", "Riga", ""]
    assert cells[1][1] == {"table": 1, "col": 1, "head": True, "align": "center"}
    assert cells[5][1] == {"table": 1, "row": 2, "col": 1, "align": "center"}


NOTE = """\
The <abbr title="North Atlantic Treaty Organization">NATO</abbr> summit opened.<br>Talks went on.

<aside class="note">
<p>Editors' note: <b>updated</b> at noon.</p>
</aside>

Run `newsmt --help` for options<sup>2</sup>. See ![map](m.png "The map") here[^1].

Run `print` <!-- check --> now.

| City | Status |
| --- | --- |
| Riga | open |
"""


def test_markup_wraps_the_translated_text() -> None:
    output = translated(
        NOTE,
        [
            ["Саміт NATO відкрився.", "Переговори тривали."],
            ["Примітка редакції: оновлено опівдні."],
            ["Запустіть newsmt --help для параметрів2.", "Дивіться тут мапу."],
            ["Запустіть друк зараз."],
            ["Місто"],
            ["Стан"],
            ["Рига"],
            ["відкрито"],
        ],
    )
    assert output == (
        'Саміт <abbr title="North Atlantic Treaty Organization">NATO</abbr> відкрився.<br>'
        "Переговори тривали.\n"
        "\n"
        '<aside class="note">\n'
        "<p>Примітка редакції: <b>оновлено</b> опівдні.</p>\n"
        "</aside>\n"
        "\n"
        # Code and sup wrap their text kept verbatim; the image keeps its title.
        'Запустіть `newsmt --help` для параметрів<sup>2</sup>. Дивіться ![map](m.png "The map")'
        " тут мапу[^1].\n"
        "\n"
        # Code the translation changed is written as in the source.
        "Запустіть `print` <!-- check --> зараз.\n"
        "\n"
        "| Місто | Стан |\n"
        "| --- | --- |\n"
        "| Рига | відкрито |\n"
    )
    (again,) = read_text(output, "md", "story.uk.md")
    assert [p.text for p in again.paragraphs][:2] == [
        "Саміт NATO відкрився.\nПереговори тривали.",
        "Примітка редакції: оновлено опівдні.",
    ]


def test_translated_text_is_escaped_for_its_context() -> None:
    source = "Plain *words* here.\n\n<p>Note</p>\n\n| a | b |\n| --- | --- |\n| c | d |\n"
    translation = [["Прості ~слова~ *тут*."], ["x <y> & z"], ["a"], ["b"], ["c | d"], ["d"]]
    output = translated(source, translation)
    assert "\\~слова" in output and "\\*тут\\*" in output
    assert "<p>x &lt;y&gt; &amp; z</p>" in output
    assert "| c \\| d | d |" in output
    (again,) = read_text(output, "md", "x.md")
    assert [p.text for p in again.paragraphs] == [t[0] for t in translation]


REFERENCES = """\
Heading
=======

See the [annex][A], [Riga] and ![a chart][fig] here.

[a]: https://example.org/annex "Annex"
[riga]: <https://example.org/riga>

[fig]: chart.png
"""


def test_reference_links_keep_their_definitions() -> None:
    (article,) = read_text(REFERENCES, "md", "story.md")
    identity(article)
    assert [p.attrs.get("definition") for p in article.paragraphs if not p.text] == [
        '[a]: https://example.org/annex "Annex"',
        "[riga]: <https://example.org/riga>",
        "[fig]: chart.png",
    ]
    assert not any("example.org" in s.text for p in article.paragraphs for s in p.sentences)
    assert [m.attrs.get("label") for m in article.paragraphs[1].markup] == ["a", "riga", "fig"]
    output = translated(REFERENCES, [["Заголовок"], ["Дивіться annex, Riga і діаграму тут."]])
    # A shortcut reference is written in full: its text is translated, its label is not.
    assert output == (
        "Заголовок\n=========\n\nДивіться [annex][a], [Riga][riga] і діаграму "
        "![a chart][fig] тут.\n\n" + REFERENCES.split("\n\n", 2)[2]
    )


def test_an_image_between_words_keeps_its_spaces() -> None:
    source = "Photo ![p](p.jpg) inline and at the end ![q](q.jpg)\n\n![r](r.jpg) first.\n"
    assert round_trip(source, "md") == source
    output = translated(source, [["Фото всередині й наприкінці"], ["спочатку."]])
    assert output == (
        "Фото ![p](p.jpg) всередині й наприкінці ![q](q.jpg)\n\n![r](r.jpg) спочатку.\n"
    )


@pytest.mark.parametrize(
    "source",
    [
        "See [`wrk`](https://github.com/wg/wrk) first.\n",
        "[![Build](https://ci.example/b.svg)](https://ci.example) [![Docs][badge]][docs]\n\n"
        "[badge]: d.svg\n[docs]: https://docs.example\n",
        "Run a **[CI job](https://ci.example/j)** and ***read this***.\n",
        "```{note} 1.0\n```\n\n```\n\n```\n",
        "Line one<br />\nline two <br>\nthree.\n",
        '<td>\n<a href="#a">A</a><br/>\n<a href="#b">B</a><br/>\n</td>\n',
        "A module[^note], which works.\n",
        "* outer\n  * inner one\n\n  * inner two\n* outer two\n",
        "- item\n  ```\n  code\n  ```\n- two\n",
        "- item:\n  > quoted one\n  >\n  > quoted two\n- next\n\n> - in quote\n>\n>   > deeper\n",
        "Size. **Default:** `''`.\n",
    ],
    ids=[
        "link-of-code",
        "linked-images",
        "same-extent-nesting",
        "empty-fences",
        "br-and-newline",
        "br-in-html-block",
        "footnote-before-comma",
        "loose-nested-list",
        "fence-in-tight-item",
        "quote-in-list-item",
        "span-with-its-punctuation",
    ],
)
def test_nested_and_edge_constructs_round_trip(source: str) -> None:
    assert round_trip(source, "md") == source


def test_tight_and_loose_lists_stay_so() -> None:
    tight = "- one\n- two\n\ntext\n"
    loose = "- one\n\n- two\n\ntext\n"
    assert round_trip(tight, "md") == tight
    assert round_trip(loose, "md") == loose


def test_code_punctuation_is_not_written_twice() -> None:
    source = "| a |\n| --- |\n| `Stop.` → x |\n"
    assert round_trip(source, "md") == source


def test_no_translated_line_starts_a_block() -> None:
    source = "First line.  \nSecond line.\n"
    output = translated(source, [["- Перший рядок.", "1. Другий рядок."]])
    assert output == "\\- Перший рядок.\\\n1\\. Другий рядок.\n"
    (again,) = read_text(output, "md", "x.md")
    assert [(p.kind.value, p.text) for p in again.paragraphs] == [
        ("body", "- Перший рядок.\n1. Другий рядок.")
    ]


def test_link_and_image_titles_and_destinations_are_escaped() -> None:
    source = '[a](https://example.org/x "Say \\"hi\\"") and ![b](p.png "It\'s") there.\n'
    assert round_trip(source, "md") == source
    (article,) = read_text(source, "md", "x.md")
    assert spans(article, 0)[0][2]["title"] == 'Say "hi"'


def test_unpaired_and_empty_html_is_kept_verbatim() -> None:
    source = (
        'Empty <span class="m"></span> and </i> stray and <b>open here.\n\n'
        'Icon <a href="/"><img src="i.png"></a> only.\n'
    )
    assert round_trip(source, "md") == source
    (article,) = read_text(source, "md", "x.md")
    assert [tag for tag, _, _ in spans(article, 0)] == ["raw", "raw", "raw", "raw"]
    assert [attrs["raw"] for _, _, attrs in spans(article, 1)] == [
        '<a href="/">',
        '<img src="i.png">',
        "</a> ",
    ]


def test_cli_never_sends_code_or_html_tags_to_the_engine(
    translate_story: Callable[[str, str], str], decode_counter: DecodeCounter
) -> None:
    output = translate_story("story.md", STORY)
    sent = decode_counter.texts
    assert sent and not any("never translated" in s or "<" in s or "[^" in s for s in sent)
    assert not any("title:" in s or "code in a list" in s for s in sent)
    for kept in (
        "---\ntitle: Summit\n---\n",
        '<abbr title="North Atlantic Treaty Organization">',
        "<br>",
        "<sup>",
        '![Leaders in Vilnius](summit.jpg "Vilnius, July")',
        "`newsmt --help`",
        "<kbd>Ctrl</kbd>",
        "<!-- editor: verify -->",
        '<div class="embed"><iframe src="https://example.org/v"></iframe></div>\n',
        '<aside class="note">\n<p>',
        '```python\nprint("never translated")\n```\n',
        "    indented code stays\n",
        "[^1]: ",
        "| --- | :---: |\n",
        "  ~~~\n  code in a list\n  ~~~\n",
        "> <p>",
    ):
        assert kept in output, kept
