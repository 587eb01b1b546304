"""XLIFF 2.1 and TMX 1.4b exports re-open in translate-toolkit with the same units."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree
from review_helpers import bridge_article, sample_articles, tram_article
from translate.storage import factory, tmx, xliff2

from pipeline.errors import UsageError
from pipeline.export.record import RECORD_SCHEMA, dumps, read_record, validate_record, write_record
from pipeline.export.tmx import read_tmx, write_tmx
from pipeline.export.xliff import read_xliff, write_xliff

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def test_xliff_round_trip_units_targets_and_languages(tmp_path: Path) -> None:
    article = bridge_article()
    path = tmp_path / "kharkiv-bridge.uk.xlf"
    write_xliff([article], "uk", path)
    store = read_xliff(path)
    assert (store.sourcelanguage, store.targetlanguage) == ("en", "uk")
    units = {u.name: u for u in store.units}
    expected = {
        f"kharkiv-bridge/{p}/{s}": (sent.text, article.translations["uk"].sentences[p][s])
        for p, s, sent in article.iter_sentences()
    }
    assert {k: (u.source, u.target) for k, u in units.items()} == expected
    assert units["kharkiv-bridge/1/0"].getid() == "kharkiv-bridge.p1.s0"
    assert units["kharkiv-bridge/1/0"].target.startswith("У вівторок Харківська міська рада")
    # machine translation is not passed off as a translator's: every target is "initial"
    assert not any(u.istranslated() for u in units.values())
    states = etree.parse(str(path)).getroot().iter(f"{{{XLIFF_NS}}}segment")
    assert {segment.get("state") for segment in states} == {"initial"}
    # The stock translate-toolkit class reads the same units and targets.
    with path.open("rb") as handle:
        stock = xliff2.Xliff2File.parsefile(handle)
    assert [u.target for u in stock.units] == [v[1] for v in expected.values()]
    assert [u.getid() for u in stock.units] == [u.getid() for u in store.units]


def test_xliff_is_version_2_1_and_follows_the_core_schema(tmp_path: Path) -> None:
    article = bridge_article()
    article.id = "news/2026#42"
    path = tmp_path / "out.xlf"
    write_xliff([article], "ru", path)
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "2.1"
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "ru")
    units = root.findall(f".//{{{XLIFF_NS}}}unit")
    assert all(re.fullmatch(r"[\w.\-:]+", u.get("id")) for u in units)  # xs:NMTOKEN
    unit = root.find(f".//{{{XLIFF_NS}}}unit[@name='news/2026#42/1/0']")
    assert unit.get("id") == "news_2026_42.p1.s0"
    assert unit.get(XML_SPACE) == "preserve"
    assert [etree.QName(child).localname for child in unit] == ["metadata", "notes", "segment"]
    segment = unit.find(f"{{{XLIFF_NS}}}segment")
    assert segment.get(XML_SPACE) is None  # not a <segment> attribute in XLIFF 2
    assert [etree.QName(c).localname for c in segment] == ["source", "target"]


def test_xliff_keeps_whitespace_inside_sentences(tmp_path: Path) -> None:
    article = tram_article()
    article.translations["en"].sentences[1][0] = "First  run  at 6:30 "
    path = tmp_path / "out.xlf"
    write_xliff([article], "en", path)
    units = {u.name: u for u in read_xliff(path).units}
    assert units["lviv-tram/1/0"].target == "First  run  at 6:30 "


def test_xliff_notes_carry_hits_and_findings(tmp_path: Path) -> None:
    path = tmp_path / "out.xlf"
    write_xliff([bridge_article()], "ru", path)
    units = {u.name: u for u in read_xliff(path).units}
    terekhov = units["kharkiv-bridge/1/1"]
    assert terekhov.getnotes("glossary") == (
        "glossary missing: Ihor Terekhov → — (entry terekhov, canonical Игорь Терехов)"
    )
    assert terekhov.getnotes("finding") == (
        "warning entity-consistency: Terekhov is Терехин here but Терехов in 3.1"
    )
    assert units["kharkiv-bridge/1/0"].getnotes() == (
        "error numbers: 120 in the source, 12 in the translation"
    )
    assert units["kharkiv-bridge/0/0"].getnotes("finding") == ""


def test_xliff_escapes_markup_characters(tmp_path: Path) -> None:
    article = tram_article()
    article.paragraphs[1].sentences[0].text = 'Рейс <script>alert("x")</script> & ще'
    path = tmp_path / "out.xlf"
    write_xliff([article], "en", path)
    assert b"<script>" not in path.read_bytes()
    units = {u.name: u for u in read_xliff(path).units}
    assert units["lviv-tram/1/0"].source == 'Рейс <script>alert("x")</script> & ще'


def test_xliff_refuses_mixed_source_languages_and_missing_targets(tmp_path: Path) -> None:
    both = sample_articles()
    both[1].translations["uk"] = both[0].translations["uk"]
    with pytest.raises(UsageError, match="source languages are en, uk"):
        write_xliff(both, "uk", tmp_path / "x.xlf")
    with pytest.raises(UsageError, match="no article has a translation into 'ru'"):
        write_xliff([tram_article()], "ru", tmp_path / "x.xlf")
    assert not (tmp_path / "x.xlf").exists()


def test_tmx_round_trip_multilingual_with_notes(tmp_path: Path) -> None:
    article = bridge_article()
    path = tmp_path / "batch.tmx"
    write_tmx([article], ["uk", "ru"], path)
    store = factory.getobject(str(path))
    assert isinstance(store, tmx.tmxfile)
    units = {u.getid(): u for u in store.units}
    assert len(units) == len(article.iter_sentences())
    for p, s, sent in article.iter_sentences():
        unit = units[f"kharkiv-bridge/{p}/{s}"]
        assert unit.source == sent.text
        assert unit.gettarget("uk") == article.translations["uk"].sentences[p][s]
        assert unit.gettarget("ru") == article.translations["ru"].sentences[p][s]
    assert units["kharkiv-bridge/1/1"].getnotes().splitlines() == [
        "uk: glossary ok: Ihor Terekhov → Ігор Терехов (entry terekhov, canonical Ігор Терехов)",
        "ru: glossary missing: Ihor Terekhov → — (entry terekhov, canonical Игорь Терехов)",
        "ru: warning entity-consistency: Terekhov is Терехин here but Терехов in 3.1",
    ]
    header = etree.parse(str(path)).getroot().find("header")
    assert (header.get("srclang"), header.get("segtype")) == ("en", "sentence")


def test_tmx_batch_with_several_source_languages(tmp_path: Path) -> None:
    path = tmp_path / "batch.tmx"
    write_tmx(sample_articles(), ["uk", "ru", "en"], path)
    store = read_tmx(path)
    root = etree.parse(str(path)).getroot()
    assert root.find("header").get("srclang") == "*all*"
    units = {u.getid(): u for u in store.units}
    tram = units["lviv-tram/0/0"]
    assert tram.xmlelement.get("srclang") == "uk"
    langs = [
        tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tram.xmlelement.iter("tuv")
    ]
    assert langs == ["uk", "en"]
    assert len(units) == len(sample_articles()[0].iter_sentences()) + 2


def test_tmx_only_requested_languages(tmp_path: Path) -> None:
    path = tmp_path / "uk.tmx"
    write_tmx([bridge_article()], ["uk"], path)
    text = path.read_text(encoding="utf-8")
    assert 'xml:lang="ru"' not in text
    assert "ru: " not in text
    with pytest.raises(UsageError, match="nothing to export"):
        write_tmx([bridge_article()], ["en"], tmp_path / "none.tmx")


def test_record_of_the_sample_batch_is_valid_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    write_record(path, sample_articles(), run={"targets": ["uk", "ru"]})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert validate_record(data) == []
    articles, extra = read_record(path)
    assert extra == {"run": {"targets": ["uk", "ru"]}}
    assert json.loads(dumps(articles))["articles"] == data["articles"]
    json.dumps(RECORD_SCHEMA)  # the schema itself is plain JSON


def test_record_validation_names_each_problem() -> None:
    data = json.loads(dumps(sample_articles()))
    bridge, tram = data["articles"]
    bridge["translations"]["uk"]["hits"][0]["status"] = "great"
    bridge["paragraphs"][0]["sentences"][0]["start"] = -1
    del tram["id"]
    tram["colour"] = "red"
    assert validate_record(data) == [
        "$.articles[0].paragraphs[0].sentences[0].start: -1 is below 0",
        "$.articles[0].translations.uk.hits[0].status: 'great' is not one of "
        "['ok', 'fixed', 'missing', 'ambiguous', 'needs-review']",
        "$.articles[1]: missing 'id'",
        "$.articles[1]: unexpected field 'colour'",
    ]


def test_record_validation_checks_alignment() -> None:
    data = json.loads(dumps([bridge_article()]))
    article = data["articles"][0]
    article["paragraphs"][1]["sentences"][1]["text"] = "Mayor Terekhov said so."
    article["translations"]["ru"]["sentences"][2].append("Лишнее предложение.")
    article["translations"]["uk"]["findings"][0]["sentence"] = 7
    assert validate_record(data) == [
        "$.articles[0].paragraphs[1].sentences[1]: text is not its span",
        "$.articles[0].translations.uk.findings[0]: no sentence 2/7",
        "$.articles[0].translations.ru.sentences: not aligned with the source sentences",
    ]


def _mutations(value: object) -> list[object]:
    """Every record one change away from ``value``: each value in it replaced by one of
    another type or range, each field dropped, a field added to each object."""
    others: list[object] = [-1, 0, 2.5, True, None, "x", "uk", [], [0, 1], {}, {"a": 1}]
    out: list[object] = [o for o in others if o != value or type(o) is not type(value)]
    if isinstance(value, dict):
        out.append({**value, "colour": "red"})
        for key, item in value.items():
            out.append({k: v for k, v in value.items() if k != key})
            out.extend({**value, key: changed} for changed in _mutations(item))
    elif isinstance(value, list):
        out.append([*value, value[-1]] if value else [0])
        for i, item in enumerate(value[:3]):
            out.extend([*value[:i], changed, *value[i + 1 :]] for changed in _mutations(item))
    return out


def test_the_schema_made_into_tests_agrees_with_the_walk_that_names_problems() -> None:
    """validate_record tests a record against the schema compiled once and walks it to
    name the problems only when that fails: both must agree on every record."""
    from pipeline.export.record import _VALID_RECORD, _check

    data = json.loads(dumps([bridge_article()], run={"targets": ["uk"]}))
    changed = _mutations(data)
    assert len(changed) > 2000
    verdicts = set()
    for record in changed:
        problems: list[str] = []
        _check(record, RECORD_SCHEMA, ("$",), problems)
        assert _VALID_RECORD(record) == (not problems), problems
        verdicts.add(not problems)
    assert verdicts == {True, False}


def test_a_flag_of_another_type_is_a_named_problem() -> None:
    data = json.loads(dumps([bridge_article()]))
    data["articles"][0]["translations"]["uk"]["test_model"] = 1
    assert validate_record(data) == [
        "$.articles[0].translations.uk.test_model: expected boolean, got 1"
    ]
