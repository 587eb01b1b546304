"""Post-editing on the review page: sentence edits and typed forms, carried in by `newsmt apply`.

Also: the directions a batch skipped and the glossary it enforced, as the page shows them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import html
from test_glossary_apply import no_suggestions, translated_outdir

from pipeline.cli import main
from pipeline.export.record import read_record, validate_record, write_record
from pipeline.export.xliff import read_xliff
from pipeline.review.decisions import DecisionError, DecisionStore, validate_decision
from pipeline.review.page import known_keys, load_batch, write_page

pytest_plugins = ["engine_helpers"]

UK_MEETING = "kishida-visit/uk/1/0"
UK_COUNCIL = "kishida-visit/uk/1/1"


def known(outdir: Path) -> dict[str, Any]:
    return known_keys(load_batch(outdir, no_suggestions), {"hits": {}, "suggestions": {}})


def story_doc(outdir: Path, name: str) -> Any:
    write_page(outdir, no_suggestions)
    return html.fromstring((outdir / "review" / name).read_bytes())


def post(outdir: Path, payload: dict[str, Any]) -> None:
    view = known(outdir)
    store = DecisionStore(outdir)
    store.record(
        *validate_decision(payload, view["hits"], {}, view["sentences"])
    )


def run_apply(outdir: Path, *extra: str) -> Any:
    return CliRunner().invoke(main, ["apply", str(outdir), *extra])


def uk_article(outdir: Path) -> Any:
    return read_record(outdir / "kishida-visit.json")[0][0]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"kind": "edit", "key": "kishida-visit/uk/9/0", "text": "x"}, "no translated sentence"),
        ({"kind": "edit", "key": UK_MEETING, "text": "  "}, "must not be empty"),
        ({"kind": "edit", "key": UK_MEETING, "text": "a\u2028b"}, "line breaks"),
        ({"kind": "edit", "key": UK_MEETING, "text": "a\x85b"}, "line breaks"),
        ({"kind": "edit", "key": UK_MEETING, "text": 3}, "must be a string"),
        ({"kind": "edit", "key": UK_MEETING, "text": "x", "decision": "accept"}, "takes no"),
        ({"kind": "edit", "key": UK_MEETING, "text": "x" * 5001}, "longer than"),
    ],
)
def test_bad_edits_are_refused(tmp_path: Path, payload: dict[str, Any], message: str) -> None:
    view = known(translated_outdir(tmp_path))
    with pytest.raises(DecisionError, match=message):
        validate_decision(payload, view["hits"], {}, view["sentences"])


def test_typed_form_only_with_reject(tmp_path: Path) -> None:
    view = known(translated_outdir(tmp_path))
    key = next(k for k, h in view["hits"].items() if h["entry_id"] == "council")
    with pytest.raises(DecisionError, match="only a rejection"):
        validate_decision(
            {"kind": "hit", "key": key, "decision": "accept", "form": "Рада"},
            view["hits"], {},
        )  # fmt: skip
    with pytest.raises(DecisionError, match="line breaks"):
        validate_decision(
            {"kind": "hit", "key": key, "decision": "reject", "form": "Ра\nда"},
            view["hits"], {},
        )  # fmt: skip


def test_edit_is_applied_with_post_edit_hits_and_checks(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path, checked=True)
    machine = uk_article(out).translations["uk"].sentences[1][0]
    text = "Мер Ігор Терехов зустрівся з Фуміо Кісідою у Харкові 12 травня."
    post(out, {"kind": "edit", "key": UK_MEETING, "text": f"  {text} "})

    result = run_apply(out)
    assert result.exit_code == 0, result.output
    assert "(edited)" in result.output
    article = uk_article(out)
    uk = article.translations["uk"]
    assert uk.sentences[1][0] == text
    (edit,) = uk.edits
    assert (edit.paragraph, edit.sentence, edit.machine) == (1, 0, machine)
    assert edit.file == "decisions.json" and edit.at and edit.state == "translated"
    assert uk.status == "post-edited" and uk.post_edited_at == edit.at
    hits = {h.entry_id: h for h in uk.hits if (h.paragraph, h.sentence) == (1, 0)}
    assert hits["terekhov"].target_span == (4, 16) and hits["terekhov"].status == "ok"
    # the engine's "Фуміо Кішида" is gone: the hit is no longer placed, left for review
    assert hits["kishida"].target_text is None and hits["kishida"].status == "needs-review"
    # checks ran again: the number the editor added is not in the source
    here = [f for f in uk.findings if (f.paragraph, f.sentence) == (1, 0)]
    numbers = [f for f in here if f.check == "numbers"]
    assert numbers and "12" in numbers[0].message
    assert validate_record(json.loads((out / "kishida-visit.json").read_text("utf-8"))) == []
    # the exports carry the edit
    units = {u.name: u.target for u in read_xliff(out / "kishida-visit.uk.xlf").units}
    assert units["kishida-visit/1/0"] == text

    again = run_apply(out)
    assert again.exit_code == 0 and "applied 0" in again.output


def test_stale_edit_is_skipped_and_nothing_written(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    post(out, {"kind": "edit", "key": UK_COUNCIL, "text": "Рада це підтримала."})
    record = out / "kishida-visit.json"
    articles, extra = read_record(record)
    articles[0].translations["uk"].sentences[1][1] = "Міськрада це підтримала."  # re-translated
    write_record(record, articles, **extra)
    before = record.read_bytes()
    result = run_apply(out)
    assert result.exit_code == 1
    assert "skipped (edit)" in result.output and "edit it again" in result.output
    assert record.read_bytes() == before


def test_typed_form_replaces_a_fixed_rendering(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    key = next(k for k, h in known(out)["hits"].items() if h["entry_id"] == "council")
    post(out, {"kind": "hit", "key": key, "decision": "reject", "form": "Міськрада Харкова"})
    result = run_apply(out)
    assert result.exit_code == 0, result.output
    uk = uk_article(out).translations["uk"]
    assert uk.sentences[1][1] == "Міськрада Харкова це підтримала."
    hit = next(h for h in uk.hits if h.entry_id == "council")
    assert hit.status == "needs-review" and hit.target_text == "Міськрада Харкова"
    assert hit.proposal == "Міська рада Харкова" and hit.original == "Рада"
    assert "applied 0, unchanged 1" in run_apply(out).output


def test_hit_decision_in_an_edited_sentence_is_left_to_the_edit(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    key = next(k for k, h in known(out)["hits"].items() if h["entry_id"] == "kharkiv")
    post(out, {"kind": "hit", "key": key, "decision": "accept"})
    post(out, {"kind": "edit", "key": UK_MEETING, "text": "Мер зустрівся з прем'єром у Харкові."})
    result = run_apply(out, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would apply 1, unchanged 1" in result.output


def test_page_shows_engine_text_edit_buttons_and_pending_edits(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    post(out, {"kind": "edit", "key": UK_COUNCIL, "text": "Рада це підтримала."})
    doc = story_doc(out, "0001-kishida-visit.html")
    (cell,) = doc.xpath(f"//td[@data-sentence='{UK_COUNCIL}']")
    assert cell.get("data-edited") == "Рада це підтримала."
    assert cell.xpath(".//span[@class='edit-text']")[0].text == "Рада це підтримала."
    assert not doc.xpath("//button[@class='edit-open']")  # the static page edits nothing
    council = [r for r in doc.xpath("//tr[@data-kind='hit']") if "council" in r.get("data-key")]
    assert "the engine wrote Рада" in council[0].text_content()
    assert doc.xpath("//dd[@data-count='edits']")[0].text == "1"


def test_skipped_directions_are_shown_with_the_fix(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    record = out / "kishida-visit.json"
    articles, extra = read_record(record)
    write_record(record, articles, **{**extra, "skipped": ["en-ru", "../x"]})
    doc = html.fromstring(write_page(out, no_suggestions).read_bytes())
    (item,) = doc.xpath("//li[@class='skipped-direction']")
    assert item.get("data-direction") == "en-ru"
    assert "newsmt models download en ru" in item.text_content()
    assert "kishida-visit.json" in item.text_content()


def test_review_suggests_against_the_recorded_glossary(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    glossary = tmp_path / "mine.tsv"
    glossary.write_text("id\ttype\ten\tuk\tru\nx\tPER\tX\tІкс\tИкс\n", encoding="utf-8")
    record = out / "kishida-visit.json"
    articles, extra = read_record(record)
    write_record(record, articles, **{**extra, "glossary": {"paths": [str(glossary)]}})
    seen: list[Any] = []

    def suggester(articles: list[Any], paths: Any = None) -> list[Any]:
        seen.append(paths)
        return []

    load_batch(out, suggester)
    load_batch(out, suggester, [tmp_path / "other.tsv"])
    glossary.unlink()  # gone since: fall back to the default glossaries
    load_batch(out, suggester)
    assert seen == [[glossary], [tmp_path / "other.tsv"], None]


def test_translate_records_the_glossary(tmp_path: Path, install: Any) -> None:
    install("en-uk")
    story = tmp_path / "story.txt"
    story.write_text("Mayor Ihor Terekhov visited Saltivka.\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text(
        "id\ttype\ten\tuk\tru\nterekhov\tPER\tIhor Terekhov\tІгор Терехов\tИгорь Терехов\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["translate", str(story), "--from", "en", "--to", "uk", "--out", str(out),
         "--glossary", str(glossary), "--allow-test-model"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    _, extra = read_record(out / "story.json")
    assert str(glossary.resolve()) in extra["glossary"]["paths"]
    assert extra["glossary"]["digest"]
