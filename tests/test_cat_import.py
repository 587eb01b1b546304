"""The editor's round trip: translate (test model) → edit the XLIFF as a CAT tool would
(lxml on XLIFF 2.1, translate-toolkit on XLIFF 1.2, inline markup kept) → `newsmt import`
→ same-format outputs, record and TMX carry the edits; stale and foreign files refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from lxml import etree
from schema_helpers import problems
from translate.storage import factory
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import G

from pipeline.cli import main
from pipeline.export.record import validate_record
from pipeline.translate.packages import PackageInfo

pytest_plugins = ["engine_helpers"]
Installer = Callable[..., list[PackageInfo]]
X2 = "urn:oasis:names:tc:xliff:document:2.0"
X12 = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FAST = ["--max-length", "8", "--beam-size", "1"]
STORY = """<!DOCTYPE html>
<html lang="en"><head><title>Night train</title></head><body>
<h1>Night train returns</h1>
<p>The train covered <strong>1000 kilometres</strong> in a day. Read the <a href="https://example.org/r">report</a>.</p>
<p>Tickets go on sale on Monday.</p>
</body></html>
"""


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [*map(str, args)])


@pytest.fixture
def out(install: Installer, newsmt_env: Path) -> Path:
    """``train.html`` translated into uk by the test model, with every CAT export."""
    install("en-uk")
    stories = newsmt_env / "in"
    stories.mkdir()
    (stories / "train.html").write_text(STORY, encoding="utf-8")
    folder = newsmt_env / "out"
    result = run("translate", "--allow-test-model", stories, "--to", "uk", "--out", folder,
                 "--export", "xliff,xliff12,tmx", *FAST)  # fmt: skip
    assert result.exit_code == 0, result.output
    return folder


def edit_xliff21(path: Path, dest: Path) -> None:
    """Edit as a CAT tool would with lxml: new words around the kept ``<pc>``, and a plain
    sentence rewritten; the state becomes ``final``."""
    tree = etree.parse(str(path))
    units = {u.get("name"): u for u in tree.getroot().iter(f"{{{X2}}}unit")}
    segment = units["train/1/0"].find(f"{{{X2}}}segment")
    target = segment.find(f"{{{X2}}}target")
    pc = target.find(f"{{{X2}}}pc[@id='1']")
    assert pc is not None, etree.tostring(target, encoding="unicode")
    for child in list(target):
        if child is not pc:
            target.remove(child)
    target.text, pc.text, pc.tail = "Потяг проїхав ", "1000 кілометрів", " за добу."
    segment.set("state", "final")
    tickets = units["train/2/0"].find(f"{{{X2}}}segment")
    tickets.find(f"{{{X2}}}target").text = "Квитки продаватимуть з понеділка."
    tickets.set("state", "translated")
    tree.write(str(dest), xml_declaration=True, encoding="UTF-8")


def edit_xliff12(path: Path, dest: Path) -> None:
    """Edit with translate-toolkit's XLIFF 1.2 classes, the link's ``<g>`` kept."""
    store = factory.getobject(str(path))
    unit = next(u for u in store.units if u.xmlelement.get("resname") == "train/1/1")
    unit.rich_target = [StringElem(["Читайте ", G(id="2", sub=["звіт"]), "."])]
    unit.marktranslated()
    store.savefile(str(dest))


def record(out: Path) -> dict:
    return json.loads((out / "train.json").read_text(encoding="utf-8"))


def test_round_trip_carries_the_edits_everywhere(out: Path, tmp_path: Path) -> None:
    for name in ("train.uk.xlf", "train.uk.xliff12.xlf", "train.tmx", "batch.tmx"):
        assert problems(out / name) == [], name
    edited21, edited12 = tmp_path / "train.uk.xlf", tmp_path / "train.uk.xliff12.xlf"
    edit_xliff21(out / "train.uk.xlf", edited21)
    edit_xliff12(out / "train.uk.xliff12.xlf", edited12)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    dry = run("import", out, edited21, edited12, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "dry run: would import 3 edited sentence(s)" in dry.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    result = run("import", out, edited21, edited12)
    assert result.exit_code == 0, result.output
    assert "imported 3 edited sentence(s)" in result.output

    html = (out / "train.uk.html").read_text(encoding="utf-8")
    assert "<p>Потяг проїхав <strong>1000 кілометрів</strong> за добу." in html
    assert 'Читайте <a href="https://example.org/r">звіт</a>.</p>' in html
    assert "<p>Квитки продаватимуть з понеділка.</p>" in html

    assert validate_record(record(out)) == []
    uk = record(out)["articles"][0]["translations"]["uk"]
    assert uk["status"] == "post-edited" and uk["post_edited_at"]
    assert uk["sentences"][1] == ["Потяг проїхав 1000 кілометрів за добу.", "Читайте звіт."]
    edits = {(e["paragraph"], e["sentence"]): e for e in uk["edits"]}
    assert sorted(edits) == [(1, 0), (1, 1), (2, 0)]
    assert edits[(1, 0)]["state"] == "final" and edits[(1, 0)]["file"] == "train.uk.xlf"
    assert edits[(1, 0)]["machine"] == json.loads(before["train.json"])["articles"][0][
        "translations"]["uk"]["sentences"][1][0]  # fmt: skip

    tmx = etree.parse(str(out / "train.tmx")).getroot()
    tuv = next(t for t in tmx.find(".//tu[@tuid='train/2/0']") if t.get(XML_LANG) == "uk")
    assert tuv.findtext("seg") == "Квитки продаватимуть з понеділка."
    assert {p.get("type"): p.text for p in tuv.iter("prop")}["x-mt"] == "no"
    assert "Квитки продаватимуть з понеділка." in (out / "batch.tmx").read_text("utf-8")

    again = {u.get("name"): u for u in etree.parse(str(out / "train.uk.xlf")).iter(f"{{{X2}}}unit")}
    assert again["train/1/0"].find(f"{{{X2}}}segment").get("state") == "final"
    assert again["train/0/0"].find(f"{{{X2}}}segment").get("state") == "initial"
    for name in ("train.uk.xlf", "train.uk.xliff12.xlf", "train.tmx"):
        assert problems(out / name) == [], name

    # the same files again: nothing to do, nothing written
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    second = run("import", out, edited21, edited12)
    assert second.exit_code == 0, second.output
    assert "imported 0 edited sentence(s), 8 unchanged" in second.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == after


def test_stale_and_foreign_files_are_refused_and_nothing_is_written(
    out: Path, tmp_path: Path, newsmt_env: Path
) -> None:
    edited = tmp_path / "train.uk.xlf"
    edit_xliff21(out / "train.uk.xlf", edited)
    # the story changed and was translated again since the file was exported
    story = newsmt_env / "in" / "train.html"
    story.write_text(STORY.replace("Tickets go on sale", "Tickets went on sale"), "utf-8")
    assert run("translate", "--allow-test-model", story, "--to", "uk", "--out", out,
               "--export", "xliff,xliff12,tmx", *FAST).exit_code == 0  # fmt: skip
    good = tmp_path / "good.xlf"
    edit_xliff12(out / "train.uk.xliff12.xlf", good)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    stale = run("import", out, good, edited)
    assert stale.exit_code != 0
    assert "is not the record's" in stale.output and "stale" in stale.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # not even good.xlf's edit

    foreign = tmp_path / "foreign.xlf"
    foreign.write_bytes(edited.read_bytes().replace(b'name="train/', b'name="elsewhere/'))
    result = run("import", out, foreign)
    assert result.exit_code != 0 and "no sentence of a record in this folder" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_code_the_source_lacks_is_refused(out: Path, tmp_path: Path) -> None:
    tree = etree.parse(str(out / "train.uk.xlf"))
    unit = next(u for u in tree.iter(f"{{{X2}}}unit") if u.get("name") == "train/2/0")
    target = unit.find(f".//{{{X2}}}target")
    etree.SubElement(target, f"{{{X2}}}ph", id="7")
    path = tmp_path / "extra.xlf"
    tree.write(str(path))
    result = run("import", out, path)
    assert result.exit_code != 0 and "inline code 7" in result.output
    missing = run("import", out, tmp_path / "nowhere.xlf")
    assert missing.exit_code != 0 and "nowhere.xlf: no such file" in missing.output


def test_an_older_file_never_undoes_an_edit_and_two_files_may_not_disagree(
    out: Path, tmp_path: Path
) -> None:
    machine = tmp_path / "machine.xlf"
    machine.write_bytes((out / "train.uk.xlf").read_bytes())  # as exported, before any edit
    edited = tmp_path / "edited.xlf"
    edit_xliff21(out / "train.uk.xlf", edited)
    assert run("import", out, edited).exit_code == 0
    text = (out / "train.uk.html").read_text(encoding="utf-8")
    result = run("import", out, machine)
    assert result.exit_code == 0 and "imported 0 edited sentence(s)" in result.output
    assert (out / "train.uk.html").read_text(encoding="utf-8") == text

    other = tmp_path / "other.xlf"
    tree = etree.parse(str(edited))
    unit = next(u for u in tree.iter(f"{{{X2}}}unit") if u.get("name") == "train/2/0")
    unit.find(f".//{{{X2}}}target").text = "Квитки — з понеділка."
    tree.write(str(other))
    again = tmp_path / "again.xlf"
    tree = etree.parse(str(edited))
    unit = next(u for u in tree.iter(f"{{{X2}}}unit") if u.get("name") == "train/2/0")
    unit.find(f".//{{{X2}}}target").text = "Квитки у продажу з понеділка."
    tree.write(str(again))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    clash = run("import", out, other, again)
    assert clash.exit_code != 0 and "edited differently" in clash.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_translating_again_keeps_the_post_edits_of_unchanged_sentences(
    out: Path, tmp_path: Path, newsmt_env: Path
) -> None:
    edited = tmp_path / "train.uk.xlf"
    edit_xliff21(out / "train.uk.xlf", edited)
    assert run("import", out, edited).exit_code == 0
    story = newsmt_env / "in" / "train.html"
    story.write_text(STORY.replace("Tickets go on sale", "Tickets went on sale"), "utf-8")
    result = run("translate", "--allow-test-model", story, "--to", "uk", "--out", out, *FAST)
    assert result.exit_code == 0, result.output
    assert f"kept 1 post-edited sentence(s) of {out / 'train.json'}" in result.output
    html = (out / "train.uk.html").read_text(encoding="utf-8")
    assert "Потяг проїхав <strong>1000 кілометрів</strong> за добу." in html
    assert "Квитки продаватимуть з понеділка." not in html  # its source changed: the machine's
    uk = record(out)["articles"][0]["translations"]["uk"]
    assert [(e["paragraph"], e["sentence"]) for e in uk["edits"]] == [(1, 0)]
    assert uk["status"] == "post-edited"


MIXED = """Мер Києва заявив про нові укриття

Міська рада виділила кошти на ремонт укриттів у школах. Роботи почнуться наступного тижня.

«Мы это обсуждали уже много раз, и ничего не изменилось», — сказал депутат.
"""


def test_a_russian_quote_in_a_ukrainian_story_is_exported_and_imported_as_russian(
    install: Installer, newsmt_env: Path, tmp_path: Path
) -> None:
    install("uk-en", "ru-en", "uk-ru")
    (newsmt_env / "in").mkdir()
    (newsmt_env / "in" / "kyiv.txt").write_text(MIXED, encoding="utf-8")
    out = newsmt_env / "out"
    result = run("translate", "--allow-test-model", newsmt_env / "in", "--to", "en,ru",
                 "--out", out, "--export", "xliff,xliff12,tmx", *FAST)  # fmt: skip
    assert result.exit_code == 0, result.output
    article = json.loads((out / "kyiv.json").read_text(encoding="utf-8"))["articles"][0]
    assert [p["lang"] for p in article["paragraphs"]][2] == "ru"
    for name in ("kyiv.en.xlf", "kyiv.ru.xlf", "kyiv.ru.xliff12.xlf", "kyiv.tmx"):
        assert problems(out / name) == [], name
    tmx = etree.parse(str(out / "kyiv.tmx")).getroot()
    quote = tmx.find(".//tu[@tuid='kyiv/2/0']")
    assert quote.get("srclang") == "ru"
    assert [t.get(XML_LANG) for t in quote.iter("tuv")] == ["ru", "en"]  # no ru copy
    ru = {u.get("name"): u for u in etree.parse(str(out / "kyiv.ru.xlf")).iter(f"{{{X2}}}unit")}
    assert ru["kyiv/2/0"].get("translate") == "no"
    # the English side of the quote is edited and comes back as a translation from Russian
    tree = etree.parse(str(out / "kyiv.en.xlf"))
    unit = next(u for u in tree.iter(f"{{{X2}}}unit") if u.get("name") == "kyiv/2/0")
    unit.find(f".//{{{X2}}}target").text = "“We have discussed this many times,” the deputy said."
    edited = tmp_path / "kyiv.en.xlf"
    tree.write(str(edited))
    imported = run("import", out, edited, out / "kyiv.ru.xlf")
    assert imported.exit_code == 0, imported.output
    assert "imported 1 edited sentence(s)" in imported.output
    assert "the deputy said" in (out / "kyiv.en.txt").read_text(encoding="utf-8")
