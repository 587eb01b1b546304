"""`newsmt glossary apply`: the editor's hit decisions carried into records and outputs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from review_helpers import write_batch

from pipeline.checks import check_batch
from pipeline.cli import main
from pipeline.export.record import read_record, write_record
from pipeline.export.tmx import read_tmx
from pipeline.export.xliff import read_xliff
from pipeline.model import Article, GlossaryHit, Kind, Paragraph, Sentence, Translation
from pipeline.review.decisions import DecisionStore, validate_decision
from pipeline.review.page import known_keys, load_batch, render_story, story_view
from pipeline.run import SourceFile, write_outputs

pytest_plugins = ["engine_helpers"]

SOURCE = [
    (Kind.HEADLINE, "Kishida visits Kharkiv"),
    (Kind.BODY, "Mayor Ihor Terekhov met Fumio Kishida in Kharkiv. The city council backed it."),
]
SENTENCES = [
    ["Kishida visits Kharkiv"],
    ["Mayor Ihor Terekhov met Fumio Kishida in Kharkiv.", "The city council backed it."],
]
UK = [
    ["Кішида відвідав Харків"],
    ["Мер Ігор Терехов зустрівся з Фуміо Кішида у Харкові.", "Міська рада Харкова це підтримала."],
]
RU = [
    ["Кисида посетил Харьков"],
    ["Мэр Игорь Терехов встретился с Фумио Кисидой в Харькове.", "Горсовет это поддержал."],
]


def _hit(
    rows: list[list[str]],
    where: tuple[int, int],
    entry_id: str,
    source_text: str,
    target_text: str | None,
    status: str,
    **extra: Any,
) -> GlossaryHit:
    p, s = where
    start = SENTENCES[p][s].index(source_text)
    span = None
    if target_text is not None:
        t = rows[p][s].index(target_text)
        span = (t, t + len(target_text))
    return GlossaryHit(
        entry_id, p, s, (start, start + len(source_text)), source_text,
        extra.pop("canonical", target_text or entry_id), target_text, span, status, **extra,
    )  # fmt: skip


def visit_article() -> Article:
    """An English story in uk and ru with one hit of every kind a decision acts on."""
    paragraphs = []
    for (kind, text), sentences in zip(SOURCE, SENTENCES, strict=True):
        parts, pos = [], 0
        for sent in sentences:
            start = text.index(sent, pos)
            parts.append(Sentence(start, start + len(sent), sent))
            pos = start + len(sent)
        paragraphs.append(Paragraph(text, kind, sentences=parts))
    article = Article("kishida-visit", "stories/kishida-visit.md", "md", paragraphs, lang="en")
    uk_rows, ru_rows = [list(r) for r in UK], [list(r) for r in RU]
    uk = Translation("uk", "argos", ["en", "uk"], ["argos:translate-en_uk@1.9"], uk_rows)
    uk.hits = [
        _hit(uk_rows, (1, 0), "terekhov", "Ihor Terekhov", "Ігор Терехов", "ok"),
        _hit(uk_rows, (1, 0), "kishida", "Fumio Kishida", "Фуміо Кішида", "needs-review",
             proposal="Фуміо Кісідою", canonical="Фуміо Кісіда"),
        _hit(uk_rows, (1, 0), "kharkiv", "Kharkiv", "Харкові", "missing", proposal="Харківщині"),
        _hit(uk_rows, (1, 1), "council", "city council", "Міська рада Харкова", "fixed",
             original="Рада"),
        _hit(uk_rows, (0, 0), "kishida", "Kishida", "Кішида", "ambiguous", canonical="Кісіда"),
    ]  # fmt: skip
    ru = Translation("ru", "argos", ["en", "ru"], ["argos:translate-en_ru@1.9"], ru_rows)
    ru.hits = [_hit(ru_rows, (1, 1), "council", "city council", None, "missing")]
    article.translations = {"uk": uk, "ru": ru}
    return article


def translated_outdir(
    outdir: Path, exports: tuple[str, ...] = ("xliff", "tmx"), checked: bool = False
) -> Path:
    """The record and outputs `newsmt translate --export` writes for the story (with
    ``checked``, with the findings of its checks)."""
    article = visit_article()
    if checked:
        for lang in ("uk", "ru"):
            check_batch([article], lang)
    source = SourceFile(Path("stories/kishida-visit.md"), outdir)
    outputs = write_outputs([article], source, ["uk", "ru"], exports)
    write_record(
        source.record, [article], generator="newsmt", source=str(source.path),
        targets=["uk", "ru"], outputs=[p.name for p in outputs],
    )  # fmt: skip
    if "tmx" in exports:
        from pipeline.export.tmx import write_tmx

        write_tmx([article], ["uk", "ru"], outdir / "batch.tmx")
    return outdir


def no_suggestions(articles: list[Article], glossary: Any = None) -> list[Any]:
    return []


def decide(outdir: Path, choices: dict[str, str]) -> None:
    """Record decisions as the review server does (validated against the page's hits)."""
    known = known_keys(load_batch(outdir, no_suggestions), {"hits": {}, "suggestions": {}})
    store = DecisionStore(outdir)
    for key, choice in choices.items():
        payload = {"kind": "hit", "key": key, "decision": choice}
        store.record(*validate_decision(payload, known["hits"], {}))


def apply(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["glossary", "apply", *map(str, args)])


def uk_state(outdir: Path) -> tuple[list[list[str]], dict[str, GlossaryHit]]:
    article = read_record(outdir / "kishida-visit.json")[0][0]
    uk = article.translations["uk"]
    return uk.sentences, {f"{h.entry_id}@{h.paragraph}": h for h in uk.hits}


def snapshot(outdir: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(outdir.iterdir())}


KISHIDA = "kishida-visit/uk/1/0/kishida@24"
COUNCIL = "kishida-visit/uk/1/1/council@4"
TEREKHOV = "kishida-visit/uk/1/0/terekhov@6"
AMBIGUOUS = "kishida-visit/uk/0/0/kishida@0"


def test_accept_writes_the_proposal_and_reject_restores_the_original(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    decide(out, {KISHIDA: "accept", COUNCIL: "reject", TEREKHOV: "accept", AMBIGUOUS: "reject"})
    ru_before = (out / "kishida-visit.ru.md").read_bytes()
    result = apply(out)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    record = out / "kishida-visit.json"
    assert lines[:2] == [
        f"{record}:kishida-visit:2.1 uk kishida: 'Фуміо Кішида' → 'Фуміо Кісідою' (accepted)",
        f"{record}:kishida-visit:2.2 uk council: 'Міська рада Харкова' → 'Рада' (rejected)",
    ]
    assert lines[2] == "applied 2, unchanged 2, skipped 0; rewrote 7 file(s)"
    assert sorted(line.strip() for line in lines[3:]) == [
        str(out / name)
        for name in ("batch.tmx", "kishida-visit.json", "kishida-visit.ru.md",
                     "kishida-visit.ru.xlf", "kishida-visit.tmx", "kishida-visit.uk.md",
                     "kishida-visit.uk.xlf")
    ]  # fmt: skip
    sentences, hits = uk_state(out)
    assert sentences[1] == [
        "Мер Ігор Терехов зустрівся з Фуміо Кісідою у Харкові.",
        "Рада це підтримала.",
    ]
    kishida, council = hits["kishida@1"], hits["council@1"]
    assert (kishida.status, kishida.original, kishida.proposal) == (
        "fixed", "Фуміо Кішида", None,
    )  # fmt: skip
    assert (council.status, council.original, council.proposal) == (
        "needs-review", None, "Міська рада Харкова",
    )  # fmt: skip
    assert sentences[1][1][slice(*council.target_span)] == "Рада"
    # Every hit's span still points at its text (Харкові moved with the longer name before it).
    for hit in hits.values():
        if hit.target_span is not None:
            row = sentences[hit.paragraph][hit.sentence]
            assert row[slice(*hit.target_span)] == hit.target_text
    # The translated file, the XLIFF and both TMX files say the same; ru is as it was.
    md = (out / "kishida-visit.uk.md").read_text(encoding="utf-8")
    assert "Фуміо Кісідою у Харкові. Рада це підтримала." in md and "Фуміо Кішида" not in md
    assert (out / "kishida-visit.ru.md").read_bytes() == ru_before
    units = {u.name: u.target for u in read_xliff(out / "kishida-visit.uk.xlf").units}
    assert units["kishida-visit/1/1"] == "Рада це підтримала."
    for tmx in ("kishida-visit.tmx", "batch.tmx"):
        targets = [u.gettarget("uk") for u in read_tmx(out / tmx).units]
        assert "Рада це підтримала." in targets and not any("Фуміо Кішида" in t for t in targets)


def test_applying_twice_changes_nothing_and_a_reject_undoes_an_accept(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    decide(out, {KISHIDA: "accept", COUNCIL: "reject"})
    assert apply(out).exit_code == 0
    before = snapshot(out)
    again = apply(out)
    assert again.exit_code == 0, again.output
    assert again.output.splitlines() == ["applied 0, unchanged 2, skipped 0; rewrote 0 file(s)"]
    assert snapshot(out) == before
    # The editor changes their mind on the page, which now shows the fixed hit.
    decide(out, {KISHIDA: "reject"})
    undo = apply(out)
    assert undo.exit_code == 0, undo.output
    assert "'Фуміо Кісідою' → 'Фуміо Кішида' (rejected)" in undo.output
    sentences, hits = uk_state(out)
    assert sentences[1][0] == UK[1][0]
    assert (hits["kishida@1"].status, hits["kishida@1"].proposal) == (
        "needs-review", "Фуміо Кісідою",
    )  # fmt: skip


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    decide(out, {KISHIDA: "accept"})
    before = snapshot(out)
    result = apply(out, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "'Фуміо Кішида' → 'Фуміо Кісідою' (accepted)" in result.output
    assert result.output.splitlines()[-2:] == [
        "dry run: would apply 1, unchanged 0, skipped 0; would rewrite 1 record(s) and their "
        "translated files",
        f"  {out / 'kishida-visit.json'}",
    ]
    assert snapshot(out) == before


def test_stale_and_unactionable_decisions_are_skipped_with_reasons(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    missing_ru = "kishida-visit/ru/1/1/council@4"
    kharkiv = "kishida-visit/uk/1/0/kharkiv@41"
    decide(out, {KISHIDA: "accept", AMBIGUOUS: "accept", missing_ru: "accept", kharkiv: "accept"})
    # Someone edits the sentence by hand after the decision.
    articles, extra = read_record(out / "kishida-visit.json")
    uk = articles[0].translations["uk"]
    uk.sentences[1][0] = uk.sentences[1][0].replace("Кішида", "Кишида")
    write_record(out / "kishida-visit.json", articles, **extra)
    result = apply(out)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].endswith("2.1 uk kharkiv: 'Харкові' → 'Харківщині' (accepted)")
    assert lines[1:4] == [
        f"{out / 'kishida-visit.json'}:kishida-visit:{where}: skipped (accept): {reason}"
        for where, reason in [
            ("2.1 uk kishida", "the translation no longer holds 'Фуміо Кішида' there "
             "(edited since?)"),
            ("1.1 uk kishida", "an ambiguous hit has no one form to write; edit it by hand"),
            ("2.2 ru council", "the missing hit has no proposal; edit it by hand"),
        ]
    ]  # fmt: skip
    assert lines[4].startswith("applied 1, unchanged 0, skipped 3;")
    sentences, _ = uk_state(out)
    assert sentences[1][0] == "Мер Ігор Терехов зустрівся з Фуміо Кишида у Харківщині."


def test_a_decision_on_a_hit_that_changed_since_is_skipped(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    decide(out, {KISHIDA: "accept"})
    data = json.loads((out / "decisions.json").read_text(encoding="utf-8"))
    data["hits"][KISHIDA]["status"] = "missing"  # decided on what an earlier run made
    (out / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(out)
    result = apply(out)
    assert result.exit_code == 1
    assert "the hit's status was 'missing' when decided, is 'needs-review' now" in result.output
    assert snapshot(out) == before


def test_a_record_without_outputs_is_rewritten_alone(tmp_path: Path) -> None:
    out = write_batch(tmp_path, suggestions=False)
    decide(out, {"kharkiv-bridge/uk/1/0/kharkiv-council@4": "reject"})
    result = apply(out)
    # The review helpers' fixed hit keeps no original: nothing to restore.
    assert result.exit_code == 1
    assert "the record does not keep what the fix replaced" in result.output
    articles, extra = read_record(out / "kharkiv-bridge.json")
    uk = articles[0].translations["uk"]
    uk.hits[2].original = "Міська рада"
    write_record(out / "kharkiv-bridge.json", articles, **extra)
    result = apply(out)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2:] == [
        "applied 1, unchanged 0, skipped 0; rewrote 1 file(s)",
        f"  {out / 'kharkiv-bridge.json'}",
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "decisions.json", "kharkiv-bridge.json", "lviv-tram.json",
    ]  # fmt: skip


def test_errors_are_one_line(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path / "out", exports=())
    cases = {
        "missing folder": ([tmp_path / "nope"], "not a folder"),
        "no decisions": ([out], "no such decisions file"),
    }
    for name, (args, message) in cases.items():
        result = apply(*args)
        assert result.exit_code == 1, name
        assert result.output.count("\n") == 1 and message in result.output, result.output
    (out / "decisions.json").write_text("{not json", encoding="utf-8")
    result = apply(out)
    assert result.exit_code == 1 and "not a readable decisions file" in result.output
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hits": {KISHIDA: {"decision": "maybe"}}}), encoding="utf-8")
    result = apply(out, "--decisions", other)
    assert result.exit_code == 1 and "is not accept or reject" in result.output
    unknown = {"hits": {KISHIDA: {"decision": "accept"}, "gone/uk/0/0/x@0": {"decision": "accept"}}}
    other.write_text(json.dumps(unknown), encoding="utf-8")
    before = snapshot(out)
    result = apply(out, "--decisions", other)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "'gone/uk/0/0/x@0'" in result.output
    assert snapshot(out) == before
    other.write_text(json.dumps({"hits": {}}), encoding="utf-8")
    result = apply(out, "--decisions", other)
    assert result.exit_code == 0 and result.output == "no decisions to apply\n"


def test_review_page_says_how_to_apply(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path)
    view = story_view(load_batch(out, no_suggestions), 0, {"hits": {}, "suggestions": {}}, False)
    assert "newsmt apply OUTDIR" in render_story(view)


STORY_MD = """\
# Bridge reopens after repairs

The old river bridge reopened on *Friday* after eight months of repairs. Buses use it again.
"""
STORY_HTML = (
    "<html><body><article><h1>Market moves to the square</h1>"
    "<p>The farmers' market moves to the <em>central square</em> on Sunday.</p>"
    "</article></body></html>"
)
STORY_CMS = [{"id": "ferry-1", "title": "Ferry resumes", "body": ["The ferry runs again."]}]


def test_applied_to_what_newsmt_translate_wrote(
    install: Callable[..., Any], newsmt_env: Path
) -> None:
    """On a real `newsmt translate --export` batch (tiny test models: the text is noise),
    only the changed sentence's files change; every other output is written as it was."""
    install("en-uk", "en-ru")
    stories = newsmt_env / "in"
    stories.mkdir()
    (stories / "bridge.md").write_text(STORY_MD, encoding="utf-8")
    (stories / "market.html").write_text(STORY_HTML, encoding="utf-8")
    (stories / "ferry.json").write_text(json.dumps(STORY_CMS), encoding="utf-8")
    out = newsmt_env / "out"
    made = CliRunner().invoke(main, [
        "translate", "--allow-test-model", str(stories), "--to", "uk,ru", "--out", str(out),
        "--export", "xliff,tmx", "--max-length", "8", "--beam-size", "1",
    ])  # fmt: skip
    assert made.exit_code == 0, made.output
    # A hand-made needs-review hit on the first word of the uk body sentence of bridge.md.
    articles, extra = read_record(out / "bridge.json")
    uk = articles[0].translations["uk"]
    word = uk.sentences[1][0].split()[0]
    uk.hits = [
        GlossaryHit("river", 1, 0, (8, 13), "river", "Річка", word, (0, len(word)),
                    "needs-review", proposal="Річкою"),
    ]  # fmt: skip
    write_record(out / "bridge.json", articles, **extra)
    decide(out, {"bridge/uk/1/0/river@8": "accept"})
    before = snapshot(out)
    result = apply(out)
    assert result.exit_code == 0, result.output
    after = snapshot(out)
    assert {"market.uk.html", "ferry.ru.json", "bridge.ru.md", "bridge.ru.xlf"} <= set(before)
    changed = sorted(name for name in before if before[name][0] != after[name][0])
    assert changed == ["batch.tmx", "bridge.json", "bridge.tmx", "bridge.uk.md", "bridge.uk.xlf"]
    assert "Річкою" in (out / "bridge.uk.md").read_text(encoding="utf-8")
    sentences = read_record(out / "bridge.json")[0][0].translations["uk"].sentences
    assert sentences[1][0].startswith("Річкою")


def test_glossary_findings_of_an_edited_sentence_follow_its_hits(tmp_path: Path) -> None:
    out = translated_outdir(tmp_path, checked=True)

    def glossary_findings() -> list[tuple[int, int, str, str]]:
        article = read_record(out / "kishida-visit.json")[0][0]
        return sorted(
            (f.paragraph, f.sentence, str(f.severity), f.message.split(":")[0])
            for f in article.translations["uk"].findings
            if f.check == "glossary"
        )

    before = glossary_findings()
    assert (1, 0, "warning", "glossary kishida") in before  # needs-review
    decide(out, {KISHIDA: "accept"})
    assert apply(out).exit_code == 0
    after = glossary_findings()
    assert (1, 0, "warning", "glossary kishida") not in after
    assert (1, 0, "info", "glossary kishida") in after  # fixed
    assert [f for f in after if f[:2] != (1, 0)] == [f for f in before if f[:2] != (1, 0)]
