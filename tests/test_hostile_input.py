"""Hostile or malformed input is a one-line error naming the file, and the rest goes on
(issue 14, items 5, 8, 11 and 12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.review.decisions import DecisionError, validate_decision

pytest_plugins = ["engine_helpers"]

GLOSSARY = "id\ttype\ten\tuk\tru\tnote\tdnt\nkharkiv\tLOC\tKharkiv\tХарків\tХарьков\t\t\n"
GOOD = {"id": "sykhiv", "type": "LOC", "en": "Sykhiv", "uk": "Сихів", "ru": "Сыхов", "note": ""}
DEEP = "[" * 100_000 + "]" * 100_000


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_line_error(result: Result, *words: str) -> str:
    """The single stderr line of a failed command, checked for ``words``."""
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    (line,) = result.stderr.splitlines()
    assert all(word in line for word in words), line
    return line


def skipped_in_review(result: Result, *words: str) -> None:
    """``review`` passed over a damaged record: the page is written, one stderr line says so."""
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("newsmt: ")]
    assert line.startswith("newsmt: skipped: ") and all(word in line for word in words), line


def skipped_in_hits(folder: Path, damaged: str, *words: str) -> None:
    """``glossary hits`` lists the other records' hits and names the damaged one (exit 1)."""
    result = run("glossary", "hits", str(folder), "--format", "tsv")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsmt: skipped: {damaged}: ") and all(w in line for w in words)
    listed = {row.split("\t")[0] for row in result.stdout.splitlines()[1:]}
    assert str(folder / "lviv-tram.json") in listed and damaged not in listed, listed


def refused_or_skipped(command: list[str], folder: Path, *words: str) -> None:
    """Commands that write refuse a batch with a damaged record; ``review`` shows the rest
    and so does ``glossary hits`` (a read-only report)."""
    if command == ["glossary", "hits"]:
        skipped_in_hits(folder, *words)
        return
    result = run(*command, str(folder))
    if command == ["review"]:
        skipped_in_review(result, *words)
    else:
        one_line_error(result, *words)


# --- item 8: a hostile decisions.json ------------------------------------------------


def decisions_file(folder: Path, entry: dict[str, Any]) -> Path:
    path = folder / "decisions.json"
    record = {"decision": "accept", "entry": entry, "at": "2026-01-01T00:00:00+00:00"}
    data = {"schema_version": 1, "hits": {}, "suggestions": {"s1": record}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


HOSTILE = {
    "note with a row": {"note": "x\nzelensky2\tPER\tZelensky\tВолодимир Путін\t\t\t"},
    "tab": {"uk": "Сихів\tПутін"},
    "U+2028": {"note": "a\u2028b"},
    "vertical tab": {"en": "Sy\x0bkhiv"},
    "NEL": {"ru": "Сы\x85хов"},
    "comment id": {"id": "#sykhiv"},
    "dnt no": {"dnt": "no"},
    "id not text": {"id": ["sykhiv"]},
}


@pytest.mark.parametrize("change", list(HOSTILE.values()), ids=list(HOSTILE))
def test_merge_refuses_a_hostile_entry_in_one_line(tmp_path: Path, change: dict[str, Any]) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    decisions = decisions_file(tmp_path, {**GOOD, **change})
    result = run("glossary", "merge", str(decisions), "--into", str(glossary))
    one_line_error(result, str(decisions), "'s1'")
    assert glossary.read_text(encoding="utf-8") == GLOSSARY


def test_merge_keeps_a_clean_entry_and_a_real_dnt(tmp_path: Path) -> None:
    glossary = tmp_path / "people.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    decisions = decisions_file(tmp_path, {**GOOD, "dnt": False})
    result = run("glossary", "merge", str(decisions), "--into", str(glossary))
    assert result.exit_code == 0, result.output
    assert glossary.read_text(encoding="utf-8").splitlines()[-1] == (
        "sykhiv\tLOC\tSykhiv\tСихів\tСыхов\t\t"
    )


@pytest.mark.parametrize(
    "change",
    [{"note": "a\u2028b"}, {"note": "a\x0bb"}, {"en": "a\x85b"}, {"dnt": "no"}, {"dnt": 1}],
    ids=["U+2028", "vertical tab", "NEL", "dnt no", "dnt 1"],
)
def test_the_review_server_refuses_what_merge_refuses(change: dict[str, Any]) -> None:
    payload = {"kind": "suggestion", "key": "s1", "decision": "accept", "entry": change}
    with pytest.raises(DecisionError):
        validate_decision(payload, {}, {"s1": GOOD})


def test_the_review_server_refuses_a_comment_id() -> None:
    payload = {"kind": "suggestion", "key": "s1", "decision": "accept"}
    with pytest.raises(DecisionError, match="'#'"):
        validate_decision(payload, {}, {"s1": {**GOOD, "id": "#s1"}})


# --- item 5: two review servers on one folder -------------------------------------------


def _post(port: int, body: dict[str, Any]) -> int:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        data = json.dumps(body).encode()
        conn.request("POST", "/api/decisions", data, {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def test_two_review_servers_on_one_folder_lose_no_acknowledged_decision(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from review_helpers import serving, write_batch

    outdir = write_batch(tmp_path / "out", suggestions=False)
    ids = [f"place-{i}" for i in range(200)]
    items = [{**GOOD, "id": key, "en": f"Place {i}"} for i, key in enumerate(ids)]
    (outdir / "suggestions.json").write_text(json.dumps({"suggestions": items}), encoding="utf-8")
    with serving(outdir) as one, serving(outdir) as two:
        ports = [one.server_address[1], two.server_address[1]]
        posts = [
            (ports[i % 2], {"kind": "suggestion", "key": key, "decision": "accept"})
            for i, key in enumerate(ids)
        ]
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(lambda args: _post(*args), posts))
    acknowledged = {key for key, status in zip(ids, statuses, strict=True) if status == 200}
    assert acknowledged == set(ids)
    saved = json.loads((outdir / "decisions.json").read_text(encoding="utf-8"))
    assert set(saved["suggestions"]) == acknowledged


# --- item 11: JSON nested too deeply for Python ---------------------------------------


STORY = "Kharkiv news\n\nThe tram line in Kharkiv reopened on Friday.\n"


@pytest.fixture
def story_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no ./glossaries
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text(DEEP, encoding="utf-8")
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("command", "done"),
    [
        (["detect"], "good.txt\ten"),
        (["glossary", "suggest", "--format", "tsv"], "id\t"),
    ],
)
def test_deep_json_is_one_error_and_the_other_files_go_on(
    story_folder: Path, command: list[str], done: str
) -> None:
    result = run(*command, str(story_folder))
    one_line_error(result, str(story_folder / "deep.json"), "nested too deeply")
    assert done in result.stdout


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    from review_helpers import write_batch

    return write_batch(tmp_path / "out")


@pytest.mark.parametrize(
    "command",
    [["glossary", "hits"], ["review"], ["glossary", "apply"]],
    ids=["hits", "review", "apply"],
)
def test_a_deep_json_file_in_a_batch_is_refused_or_skipped(batch: Path, command: list[str]) -> None:
    (batch / "deep.json").write_text(DEEP, encoding="utf-8")
    refused_or_skipped(command, batch, str(batch / "deep.json"), "nested too deeply")


def test_deep_decisions_are_a_one_line_error(batch: Path) -> None:
    (batch / "decisions.json").write_text(DEEP, encoding="utf-8")
    glossary = batch.parent / "g.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    result = run("glossary", "merge", str(batch / "decisions.json"), "--into", str(glossary))
    one_line_error(result, "decisions.json", "nested too deeply")
    result = run("glossary", "apply", str(batch))
    one_line_error(result, "decisions.json", "nested too deeply")


def test_the_review_server_answers_deep_json_with_400(batch: Path) -> None:
    import http.client

    from review_helpers import serving

    with serving(batch) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        body = ("[" * 30_000 + "]" * 30_000).encode()
        conn.request("POST", "/api/decisions", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        assert response.status == 400
        assert "nested too deeply" in json.loads(response.read())["error"]
        conn.close()


def test_a_package_with_deep_metadata_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packages_helpers import variant

    from pipeline.testmodel import build_package_dir

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    base = build_package_dir(tmp_path / "base" / "translate-en_uk-test", "en", "uk")
    archive = variant(base, tmp_path / "deep.argosmodel", replace={"metadata.json": DEEP.encode()})
    result = run("models", "install", str(archive))
    one_line_error(result, str(archive), "nested too deeply")


# --- item 12: other tracebacks ---------------------------------------------------------

SUITE = Path(__file__).parent.parent / "samples" / "suite-testmodel"


@pytest.fixture
def suite(tmp_path: Path, newsmt_env: Path, install: Any) -> Path:
    import shutil

    install("en-uk")
    target = tmp_path / "suite"
    shutil.copytree(SUITE, target)
    return target


def _set(config: Path, old: str, new: str) -> None:
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("runs = 2", 'runs = "two"', ["runs"]),
        ("runs = 2", "runs = -3", ["runs"]),
        ("runs = 2", "runs = 1000000000", ["runs", "10"]),
        ("runs = 2", "runs = true", ["runs"]),
        ("chrf = 1.0", 'chrf = "1.0"', ["chrf", "number"]),
    ],
)
def test_regress_refuses_values_of_the_wrong_type(
    suite: Path, old: str, new: str, words: list[str]
) -> None:
    _set(suite / "suite.toml", old, new)
    one_line_error(run("regress", str(suite)), str(suite / "suite.toml"), *words)


@pytest.mark.parametrize(
    ("line", "words"),
    [("options = 3", ["options", "table"]), ("tolerances = []", ["tolerances", "table"]),
     ("glossary = 5", ["glossary"])],
)  # fmt: skip
def test_regress_refuses_a_value_that_should_be_a_table(
    tmp_path: Path, line: str, words: list[str]
) -> None:
    config = tmp_path / "suite.toml"
    config.write_text(f'{line}\n[[directions]]\nfrom = "en"\nto = "uk"\n', encoding="utf-8")
    one_line_error(run("regress", str(tmp_path)), str(config), *words)


@pytest.mark.parametrize(
    "baseline",
    [
        DEEP,
        "[]",
        '{"schema_version": 1, "directions": []}',
        '{"schema_version": 1, "directions": {"en-uk": {"metrics": {}, "articles": {}}}}',
        '{"schema_version": 1, "directions": {"en-uk": {"models": [], "metrics": {"chrf": "x"},'
        ' "articles": {}}}}',
    ],
    ids=["deep", "list", "directions-list", "no-models", "string-metric"],
)
def test_regress_refuses_a_broken_baseline_and_update_baseline_replaces_it(
    suite: Path, baseline: str
) -> None:
    (suite / "baseline.json").write_text(baseline, encoding="utf-8")
    one_line_error(run("regress", str(suite)), str(suite / "baseline.json"), "baseline")
    result = run("regress", str(suite), "--update-baseline")
    assert result.exit_code == 0, result.output
    assert run("regress", str(suite)).exit_code == 0


@pytest.fixture
def translate_args(
    tmp_path: Path, newsmt_env: Path, install: Any, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """The arguments of a ``newsmt translate`` of STORY (``story.txt`` in the test's folder,
    the working folder) into uk with the en-uk test model."""
    monkeypatch.chdir(tmp_path)
    install("en-uk")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return ["translate", str(tmp_path / "story.txt"), "--to", "uk", "--allow-test-model"]


def test_a_damaged_translation_cache_names_the_file_to_delete(
    translate_args: list[str], newsmt_env: Path
) -> None:
    cache = newsmt_env / "cache" / "translations.sqlite3"
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    one_line_error(run(*translate_args), str(cache), "delete")
    cache.unlink()
    assert run(*translate_args).exit_code == 0


def test_a_cache_folder_that_is_a_file_is_a_one_line_error(
    translate_args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "afile"))
    one_line_error(run(*translate_args), "NEWSMT_CACHE_DIR", str(tmp_path / "afile"))


def _damage(record: Path, change: Any) -> None:
    data = json.loads(record.read_text(encoding="utf-8"))
    change(data["articles"][0]["translations"]["ru"])
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


DAMAGE = {
    "hit past the paragraphs": lambda t: t["hits"][0].update(paragraph=99),
    "non-string sentence": lambda t: t["sentences"][0].__setitem__(0, 5),
    "sentences not lists": lambda t: t.update(sentences="abc"),
}


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
@pytest.mark.parametrize(
    "command",
    [["glossary", "hits"], ["review"], ["glossary", "apply"]],
    ids=["hits", "review", "apply"],
)
def test_a_damaged_record_is_refused_or_skipped(
    batch: Path, command: list[str], damage: Any
) -> None:
    record = batch / "kharkiv-bridge.json"
    _damage(record, damage)
    if command[-1] == "apply":
        decision = {"decision": "reject", "at": "2026-01-01T00:00:00+00:00"}
        data = {"schema_version": 1, "hits": {"x": decision}, "suggestions": {}}
        (batch / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    refused_or_skipped(command, batch, str(record), "re-run")
