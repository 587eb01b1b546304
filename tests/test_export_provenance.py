"""Provenance, test-model marks, inline codes and mixed-language sentences in every export,
each checked against the official schema (tests/schemas/PROVENANCE.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from review_helpers import bridge_article, tram_article
from schema_helpers import problems
from translate.storage import factory

from pipeline.export.codes import read_codes
from pipeline.export.formats import render
from pipeline.export.record import dumps, validate_record
from pipeline.export.tmx import write_tmx
from pipeline.export.xliff import write_xliff
from pipeline.export.xliff12 import write_xliff12
from pipeline.model import Article, PostEdit, Provenance, Translation
from pipeline.readers import read_text
from pipeline.segment import segment_article

X2 = "urn:oasis:names:tc:xliff:document:2.0"
X12 = "urn:oasis:names:tc:xliff:document:1.2"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
ITSM = "urn:oasis:names:tc:xliff:itsm:2.1"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MARK = "TEST MODEL output (newsmt): noise from a test model, NOT a translation"

TRAIN_HTML = (
    "<!DOCTYPE html><html lang='uk'><body><h1>Потяг до Одеси</h1>"
    "<p>Потяг проїхав <strong>1000 кілометрів</strong> за добу. "
    "Див. <a href='https://example.org/report'>звіт</a>.</p>"
    "<p>«Ми не зупинимося», — сказав він.</p></body></html>"
)


def train_article(test_model: bool = False) -> Article:
    """A Ukrainian HTML story with bold, a link and a Russian quote, translated into ru and
    en by hand; the quote's paragraph is marked Russian as detection marks it."""
    (article,) = read_text(TRAIN_HTML, "html", "stories/train.html")
    article.lang = "uk"
    segment_article(article)
    article.paragraphs[2].text = "«Мы не остановимся», — сказал он."
    article.paragraphs[2].sentences[0].end = len(article.paragraphs[2].text)
    article.paragraphs[2].sentences[0].text = article.paragraphs[2].text
    article.paragraphs[2].lang = "ru"
    argos_uk_ru = Provenance("argos", ["uk", "ru"], ["argos:translate-uk_ru@1.9"])
    article.translations["ru"] = Translation(
        "ru",
        "argos",
        ["uk", "ru"],
        ["argos:translate-uk_ru@1.9"],
        [["Поезд до Одессы"], ["Поезд проехал 1000 километров и за сутки.", "См. отчёт."],
         ["«Мы не остановимся», — сказал он."]],
        sources={"uk": argos_uk_ru, "ru": Provenance("identity", ["ru"])},
    )  # fmt: skip
    models = ["argos:translate-uk_en-test@0.0"] if test_model else ["argos:translate-uk_en@1.9"]
    article.translations["en"] = Translation(
        "en",
        "argos",
        ["uk", "en"],
        models,
        [["Train to Odesa"], ["The train covered 1000 kilometres in a day.", "See report."],
         ["“We will not stop,” he said."]],
        test_model=test_model,
        sources={
            "uk": Provenance("argos", ["uk", "en"], models, test_model),
            "ru": Provenance("argos", ["ru", "en"], ["argos:translate-ru_en@1.9"]),
        },
    )  # fmt: skip
    return article


def units2(path: Path) -> dict[str, etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {u.get("name"): u for u in root.iter(f"{{{X2}}}unit")}


def meta(unit: etree._Element) -> dict[str, str]:
    return {m.get("type"): m.text for m in unit.iter(f"{{{MDA}}}meta")}


def test_xliff21_carries_provenance_and_inline_codes_and_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "train.en.xlf"
    write_xliff([train_article()], "en", path)
    assert problems(path) == []
    units = units2(path)
    body = units["train/1/0"]
    assert meta(body) == {
        "engine": "argos",
        "model": "argos:translate-uk_en@1.9",
        "route": "uk>en",
        "route-kind": "direct",
        "test-model": "no",
        "post-edited": "no",
    }
    segment = body.find(f"{{{X2}}}segment")
    assert segment.get("state") == "initial"
    source, target = segment
    assert read_codes(source)[0] == "Потяг проїхав 1000 кілометрів за добу."
    (pc,) = source.iter(f"{{{X2}}}pc")
    assert (pc.text, pc.get("id"), pc.get("subType")) == ("1000 кілометрів", "1", "xlf:b")
    (pc,) = target.iter(f"{{{X2}}}pc")
    assert (pc.text, pc.get("id")) == ("1000 kilometres", "1")
    link = units["train/1/1"].find(f".//{{{X2}}}target/{{{X2}}}pc")
    assert (link.get("id"), link.get("type"), link.text) == ("2", "link", "report")
    assert 'href="https://example.org/report"' in link.get("dispStart")


def test_test_model_output_is_marked_in_every_export(tmp_path: Path) -> None:
    article = train_article(test_model=True)
    write_xliff([article], "en", tmp_path / "a.xlf")
    write_xliff12([article], "en", tmp_path / "a12.xlf")
    write_tmx([article], ["en", "ru"], tmp_path / "a.tmx")
    for name in ("a.xlf", "a12.xlf", "a.tmx"):
        assert problems(tmp_path / name) == []
        assert MARK in (tmp_path / name).read_text(encoding="utf-8"), name
    assert meta(units2(tmp_path / "a.xlf")["train/0/0"])["test-model"] == "yes"
    html = render([article], "en")
    assert html.startswith(f"<!DOCTYPE html>\n<!-- {MARK} -->")
    assert MARK not in render([article], "ru")  # the ru side is a real model's
    article.format = "txt"
    assert render([article], "en").startswith(f"[{MARK}]\n\n")


@pytest.mark.parametrize("layout", ["json", "jsonl"])
def test_test_model_mark_in_cms_json(layout: str) -> None:
    text = '{"id": "a1", "title": "Потяг", "body": "Потяг їде."}'
    if layout == "jsonl":
        text = text + "\n" + text.replace("a1", "a2") + "\n"
    articles = read_text(text, layout, f"cms.{layout}")
    for article in articles:
        article.lang = "uk"
        segment_article(article)
        rows = [[s.text for s in p.sentences] for p in article.paragraphs]
        article.translations["en"] = Translation("en", "argos", ["uk", "en"], [], rows,
                                                 test_model=True)  # fmt: skip
    out = render(articles, "en")
    objects = (
        [json.loads(line) for line in out.splitlines()] if layout == "jsonl" else [json.loads(out)]
    )
    assert [o["newsmt_test_model"] for o in objects] == [MARK] * len(articles)


def test_mixed_language_paragraph_keeps_its_own_language(tmp_path: Path) -> None:
    article = train_article()
    write_xliff([article], "en", tmp_path / "en.xlf")
    write_xliff([article], "ru", tmp_path / "ru.xlf")
    write_xliff12([article], "ru", tmp_path / "ru12.xlf")
    write_tmx([article], ["ru", "en"], tmp_path / "train.tmx")
    for name in ("en.xlf", "ru.xlf", "ru12.xlf", "train.tmx"):
        assert problems(tmp_path / name) == [], name
    # into en: the Russian quote's source says it is Russian, its route is ru→en
    quote = units2(tmp_path / "en.xlf")["train/2/0"]
    (mrk,) = quote.iter(f"{{{X2}}}mrk")
    assert mrk.get(f"{{{ITSM}}}lang") == "ru" and meta(quote)["route"] == "ru>en"
    # into ru: it is no translation — not translatable, no target copying the source
    kept = units2(tmp_path / "ru.xlf")["train/2/0"]
    assert kept.get("translate") == "no" and kept.find(f".//{{{X2}}}target") is None
    root12 = etree.parse(str(tmp_path / "ru12.xlf")).getroot()
    unit12 = root12.find(f".//{{{X12}}}trans-unit[@resname='train/2/0']")
    assert unit12.get("translate") == "no" and unit12.find(f"{{{X12}}}target") is None
    assert unit12.find(f"{{{X12}}}source").get(XML_LANG) == "ru"
    # TMX: the quote's tu is Russian with only its English tuv; no ru tuv copying it
    root = etree.parse(str(tmp_path / "train.tmx")).getroot()
    assert root.find("header").get("srclang") == "*all*"
    tu = root.find(".//tu[@tuid='train/2/0']")
    assert tu.get("srclang") == "ru"
    assert [tuv.get(XML_LANG) for tuv in tu.iter("tuv")] == ["ru", "en"]
    body = root.find(".//tu[@tuid='train/1/0']")
    assert [tuv.get(XML_LANG) for tuv in body.iter("tuv")] == ["uk", "ru", "en"]


def french_article() -> Article:
    """``train_article`` with its quote in French, a language newsmt keeps as it is: both
    translations hold the French text unchanged, as ``translate`` writes them."""
    article = train_article()
    quote = "« Nous ne nous arrêterons pas », a-t-il déclaré aux journalistes."
    para = article.paragraphs[2]
    para.text, para.lang = quote, "fr"
    para.sentences[0].text, para.sentences[0].end = quote, len(quote)
    for translation in article.translations.values():
        translation.sentences[2] = [quote]
    return article


def test_fourth_language_paragraph_is_labelled_and_never_a_translation(tmp_path: Path) -> None:
    article = french_article()
    write_xliff([article], "en", tmp_path / "en.xlf")
    write_xliff12([article], "en", tmp_path / "en12.xlf")
    write_tmx([article], ["ru", "en"], tmp_path / "train.tmx")
    for name in ("en.xlf", "en12.xlf", "train.tmx"):
        assert problems(tmp_path / name) == [], name
    # XLIFF 2.1: French source, not translatable, no target, no engine provenance
    kept = units2(tmp_path / "en.xlf")["train/2/0"]
    (mrk,) = kept.iter(f"{{{X2}}}mrk")
    assert mrk.get(f"{{{ITSM}}}lang") == "fr"
    assert kept.get("translate") == "no" and kept.find(f".//{{{X2}}}target") is None
    assert meta(kept) == {}
    assert "'fr'" in kept.find(f".//{{{X2}}}note[@category='language']").text
    root12 = etree.parse(str(tmp_path / "en12.xlf")).getroot()
    unit12 = root12.find(f".//{{{X12}}}trans-unit[@resname='train/2/0']")
    assert unit12.get("translate") == "no" and unit12.find(f"{{{X12}}}target") is None
    assert unit12.find(f"{{{X12}}}source").get(XML_LANG) == "fr"
    # TMX: no unit pairs the French text with itself under uk/ru/en labels
    root = etree.parse(str(tmp_path / "train.tmx")).getroot()
    assert root.find(".//tu[@tuid='train/2/0']") is None
    assert root.find("header").get("srclang") == "uk"
    assert "Nous" not in etree.tostring(root, encoding="unicode")


def test_tmx_names_newsmt_and_carries_provenance_per_target(tmp_path: Path) -> None:
    article = bridge_article()
    article.translations["ru"].edits = [
        PostEdit(1, 0, "старый текст", "2026-12-05T18:00:00+00:00", "bridge.ru.xlf")
    ]
    path = tmp_path / "bridge.tmx"
    write_tmx([article, tram_article()], ["uk", "ru", "en"], path)
    assert problems(path) == []
    root = etree.parse(str(path)).getroot()
    header = root.find("header")
    assert (header.get("creationtool"), header.get("creationtoolversion")) == ("newsmt", "0.1.0")
    tuvs = {tuv.get(XML_LANG): tuv for tuv in root.find(".//tu[@tuid='kharkiv-bridge/1/0']")}
    props = {p.get("type"): p.text for p in tuvs["uk"].iter("prop")}
    assert props == {
        "x-mt": "yes",
        "x-engine": "argos",
        "x-model": "argos:translate-en_uk@1.9",
        "x-route": "en>uk",
        "x-route-kind": "direct",
        "x-test-model": "no",
        "x-post-edited": "no",
    }
    tu = {p.get("type"): p.text for p in root.find(".//tu[@tuid='kharkiv-bridge/1/0']")
          if p.tag == "prop"}  # fmt: skip
    assert tu["x-mt"] == "uk: yes; ru: no" and tu["x-engine"] == "argos"
    assert tu["x-model"] == "uk: argos:translate-en_uk@1.9; ru: argos:translate-en_ru@1.9"
    tram = root.find(".//tu[@tuid='lviv-tram/0/0']")
    assert {p.get("type"): p.text for p in tram if p.tag == "prop"}["x-route"] == "uk>en"
    edited = {p.get("type"): p.text for p in tuvs["ru"].iter("prop")}
    assert edited["x-mt"] == "no" and edited["x-post-edited"] == "yes"
    assert tuvs["ru"].get("changedate") == "20261205T180000Z"
    assert not list(tuvs["en"].iter("prop"))  # the source tuv
    store = factory.getobject(str(path))  # translate-toolkit still reads it
    assert store.units[0].gettarget("uk")


def test_xliff12_is_valid_and_reads_in_translate_toolkit(tmp_path: Path) -> None:
    path = tmp_path / "train.en.xlf"
    write_xliff12([train_article()], "en", path)
    assert problems(path) == []
    store = factory.getobject(str(path))
    units = {u.xmlelement.get("resname"): u for u in store.units}
    body = units["train/1/0"]
    assert body.source == "Потяг проїхав 1000 кілометрів за добу."
    assert body.target == "The train covered 1000 kilometres in a day."
    target = body.xmlelement.find(f"{{{X12}}}target")
    assert (target.get("state"), target.get("state-qualifier")) == (
        "needs-review-translation",
        "leveraged-mt",
    )
    (g,) = target.iter(f"{{{X12}}}g")
    assert (g.get("id"), g.get("ctype"), g.text) == ("1", "bold", "1000 kilometres")
    assert "engine: argos; model: argos:translate-uk_en@1.9" in body.getnotes()


def test_schema_checks_catch_an_invalid_file(tmp_path: Path) -> None:
    """The validation these tests rely on fails on what the schemas forbid."""
    path = tmp_path / "bad.xlf"
    write_xliff([train_article()], "en", path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('state="initial"', 'state="mt"'), encoding="utf-8")
    assert problems(path)
    # valid by the XSD, but the schematron wants a translate annotation on a generic mrk
    path.write_text(text.replace(' type="itsm:generic"', ""), encoding="utf-8")
    assert [p for p in problems(path) if "translate" in p]
    path12 = tmp_path / "bad12.xlf"
    write_xliff12([train_article()], "en", path12)
    text = path12.read_text(encoding="utf-8").replace('ctype="bold"', 'ctype="heavy"')
    path12.write_text(text, encoding="utf-8")
    assert problems(path12)
    tmx = tmp_path / "bad.tmx"
    write_tmx([train_article()], ["en"], tmx)
    tmx.write_text(
        tmx.read_text(encoding="utf-8").replace("<prop type=", "<prop kind="), encoding="utf-8"
    )
    assert problems(tmx)


def test_record_holds_provenance_and_edits() -> None:
    article = train_article()
    article.translations["en"].status = "post-edited"
    article.translations["en"].edits = [
        PostEdit(1, 0, "The train covered", "2026-12-05T18:00:00+00:00", "train.en.xlf", "final")
    ]
    data = json.loads(dumps([article]))
    assert validate_record(data) == []
    en = data["articles"][0]["translations"]["en"]
    assert en["sources"]["ru"] == {
        "engine": "argos",
        "route": ["ru", "en"],
        "models": ["argos:translate-ru_en@1.9"],
        "test_model": False,
    }
    assert (en["status"], en["edits"][0]["state"]) == ("post-edited", "final")
    again = Article.from_dict(data["articles"][0])
    assert again.translations["en"].edit_of(1, 0).machine == "The train covered"


def test_projection_keeps_bold_on_the_words_it_covered() -> None:
    """``<strong>1000 кілометрів</strong>`` → ``<strong>1000 километров</strong> и``."""
    html = render([train_article()], "ru")
    assert "<strong>1000 километров</strong> и за сутки" in html
