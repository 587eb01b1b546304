"""A batch at scale: stories are written chunk by chunk, and ``--jobs 2`` finishes files in
worker processes with the same output as ``--jobs 1``.

Test-model output is noise: these tests compare files and structure, never wording.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from batch_helpers import write_stories
from click.testing import CliRunner, Result

from pipeline import run
from pipeline.cli import main
from pipeline.translate.routes import RouteRunner

if TYPE_CHECKING:
    from engine_helpers import Installer

pytest_plugins = ["engine_helpers"]
STORIES = {
    "a-bridge.md": "# Bridge reopens\n\nThe old bridge in Vasylkiv reopened on Friday.\n",
    "b-fire.txt": "Fire in a warehouse\n\nFirefighters put out the fire in Vasylkiv at night.\n",
    "c-market.txt": "Market moves\n\nThe market near the station moves to a new street.\n",
    "d-stories.jsonl": '{"id": "d1", "title": "Rain", "body": "Rain is expected in Vasylkiv."}\n'
    '{"id": "d2", "title": "Snow", "body": "Snow fell in the hills overnight."}\n',
}
FAST = ["--max-length", "8", "--beam-size", "1", "--no-cache"]


@pytest.fixture
def stories(newsmt_env: Path, install: Installer) -> Path:
    install("en-uk")
    return write_stories(newsmt_env, STORIES)


def translate(stories: Path, out: Path, *args: str) -> Result:
    glossary = stories.parent / "places.tsv"
    options = ["--to", "uk", "--out", str(out), "--glossary", str(glossary), *FAST, *args]
    return CliRunner().invoke(main, ["translate", "--allow-test-model", str(stories), *options])


def contents(out: Path) -> dict[str, Any]:
    """Every file of ``out``: outputs as bytes, records without what varies with the run
    (timings) or with ``--jobs`` itself (CTranslate2's inter_threads and the fingerprint)."""

    def strip(data: Any) -> Any:
        if isinstance(data, dict):
            return {
                k: strip(v)
                for k, v in data.items()
                if k not in ("timings", "fingerprint", "inter_threads")
            }
        if isinstance(data, list):
            return [strip(x) for x in data]
        return data

    return {
        p.name: strip(json.loads(p.read_bytes())) if p.suffix == ".json" else p.read_bytes()
        for p in sorted(out.iterdir())
    }


def test_each_chunk_is_written_before_the_next_is_translated(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = stories.parent / "whole"
    assert translate(stories, whole).exit_code == 0
    seen: list[list[str]] = []
    out = stories.parent / "out"
    original = RouteRunner.translate_hop

    def spy(self: RouteRunner, *args: Any) -> Any:
        seen.append(sorted(p.name for p in out.glob("*")) if out.exists() else [])
        return original(self, *args)

    monkeypatch.setattr(RouteRunner, "translate_hop", spy)
    monkeypatch.setattr(run, "CHUNK_SENTENCES", 2)  # each file its own chunk
    result = translate(stories, out)
    assert result.exit_code == 0, result.output
    assert seen == [
        [],
        ["a-bridge.json", "a-bridge.uk.md"],
        ["a-bridge.json", "a-bridge.uk.md", "b-fire.json", "b-fire.uk.txt"],
        ["a-bridge.json", "a-bridge.uk.md", "b-fire.json", "b-fire.uk.txt",
         "c-market.json", "c-market.uk.txt"],
    ]  # fmt: skip
    assert contents(out) == contents(whole)  # the same files as in one chunk
    (hop,) = [line for line in result.output.splitlines() if " sentences, " in line]
    assert hop.strip().startswith("en→uk (argos): 10 sentences, 0 from cache, 10 decoded")
    assert "articles    5" in result.output and "sentences   10" in result.output


@pytest.mark.parametrize("chunk", [2, 1000])
def test_jobs_2_writes_the_same_files_as_jobs_1(
    stories: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    from pipeline import checks

    monkeypatch.setattr(run, "CHUNK_SENTENCES", chunk)
    pids = stories.parent / "pids"
    original = checks.check_batch

    def spy(*args: Any, **kwargs: Any) -> Any:
        with pids.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        return original(*args, **kwargs)

    monkeypatch.setattr(checks, "check_batch", spy)
    one, two = stories.parent / "one", stories.parent / "two"
    first = translate(stories, one, "--jobs", "1")
    assert set(pids.read_text().split()) == {str(os.getpid())}
    pids.unlink()
    second = translate(stories, two, "--jobs", "2")
    assert str(os.getpid()) not in pids.read_text().split()  # checked in the workers
    assert first.exit_code == second.exit_code == 0, second.output
    assert contents(two) == contents(one)
    assert len(contents(one)) == 8
    hits = record_hits(two, "a-bridge")
    assert hits == ["vasylkiv"]  # the worker enforced the glossary
    assert summary(second) == summary(first)


def summary(result: Result) -> list[str]:
    """The summary's lines without the seconds."""
    lines = [line for line in result.output.splitlines() if not line.startswith(("stages", "time"))]
    return [re.sub(r"in [\d.]+ s$", "in _ s", line) for line in lines]


def record_hits(out: Path, stem: str) -> list[str]:
    data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    return [h["entry_id"] for h in data["articles"][0]["translations"]["uk"]["hits"]]


@pytest.mark.parametrize(
    ("target", "stage"),
    [
        ("pipeline.glossary.enforce.enforce_translation", "glossary enforcement"),
        ("pipeline.checks.check_batch", "checks"),
    ],
)
def test_a_stage_raising_in_a_worker_fails_only_that_file(
    stories: Path, monkeypatch: pytest.MonkeyPatch, target: str, stage: str
) -> None:
    module, name = target.rsplit(".", 1)
    original = getattr(__import__(module, fromlist=[name]), name)

    def patched(first: Any, *args: Any, **kwargs: Any) -> Any:
        articles = first if isinstance(first, list) else [first]
        if any(Path(a.source_path).name == "b-fire.txt" for a in articles):
            raise RuntimeError("boom")
        return original(first, *args, **kwargs)

    monkeypatch.setattr(target, patched)  # the workers are forked: they see it too
    monkeypatch.setattr(run, "CHUNK_SENTENCES", 2)
    out = stories.parent / "out"
    result = translate(stories, out, "--jobs", "2")
    assert result.exit_code == 1
    assert "files       4 (3 translated, 0 up to date, 1 failed)" in result.stdout
    assert result.stderr.splitlines() == [
        f"newsmt: failed: {stories / 'b-fire.txt'}: {stage} failed: RuntimeError: boom; "
        "report it with this file"
    ]
    assert not (out / "b-fire.json").exists() and (out / "c-market.uk.txt").is_file()


def test_a_model_missing_for_a_later_chunk_stops_the_run_before_anything_is_written(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (stories / "z-roads.txt").write_text(
        "Правительство утвердило новый план ремонта дорог\n\nРаботы начнутся в марте.\n", "utf-8"
    )
    monkeypatch.setattr(run, "CHUNK_SENTENCES", 2)  # z-roads.txt (ru) is in the last chunk
    out = stories.parent / "out"
    result = translate(stories, out, "--engine", "argos")
    assert result.exit_code == 2, result.output
    assert "no translation model for ru→uk" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_jobs_2_reads_and_detects_the_files_in_the_workers(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (stories / "e-empty.txt").write_text("\n\n", encoding="utf-8")  # fails in the plan pass
    pids = stories.parent / "pids"
    original = run.read_and_detect

    def spy(path: Path, source_lang: str | None, timings: dict[str, float], *rest: Any) -> Any:
        if not rest or rest[0] is None:  # the plan pass (load_articles passes its detections)
            with pids.open("a") as handle:
                handle.write(f"{os.getpid()} {path.name}\n")
        return original(path, source_lang, timings, *rest)

    monkeypatch.setattr(run, "read_and_detect", spy)
    one, two = stories.parent / "one", stories.parent / "two"
    first = translate(stories, one, "--jobs", "1")
    assert {line.split()[0] for line in pids.read_text().splitlines()} == {str(os.getpid())}
    pids.unlink()
    second = translate(stories, two, "--jobs", "2")
    seen = [line.split() for line in pids.read_text().splitlines()]
    assert sorted(name for _, name in seen) == sorted(p.name for p in stories.iterdir())
    assert str(os.getpid()) not in {pid for pid, _ in seen}  # every file read in a worker
    assert first.exit_code == second.exit_code == 1
    assert second.stderr == first.stderr
    assert f"{stories / 'e-empty.txt'}: the file is empty" in second.stderr
    assert contents(two) == contents(one)
    assert summary(second) == summary(first)


def test_the_plan_pass_counts_in_the_stages_and_records(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from pipeline import detect

    original = detect.detect_article

    def slow(*args: Any) -> Any:
        time.sleep(0.05)
        return original(*args)

    monkeypatch.setattr(detect, "detect_article", slow)
    out = stories.parent / "out"
    result = translate(stories, out)
    assert result.exit_code == 0, result.output
    (stages,) = [line for line in result.output.splitlines() if line.startswith("stages")]
    # the 5 articles are detected once, in the plan pass, and read again with those languages
    assert float(re.search(r"detect ([\d.]+) s", stages)[1]) >= 0.2
    timings = json.loads((out / "b-fire.json").read_text(encoding="utf-8"))["timings"]
    assert timings["detect"] >= 0.05


def _alive(kind: type, folder: Path) -> int:
    """Objects of ``kind`` alive in this process for a file in ``folder``."""
    import gc

    def of(obj: Any) -> str:
        return str(getattr(obj, "source", None) or getattr(obj, "source_path", ""))

    return sum(
        isinstance(obj, kind) and of(obj).startswith(str(folder)) for obj in gc.get_objects()
    )


def test_the_main_process_keeps_no_result_or_story_per_file(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.model import Article

    for i in range(8):  # 12 files, each its own chunk
        (stories / f"e-more-{i}.txt").write_text(f"Story {i}\n\nIt rained {i} times.\n", "utf-8")
    alive: list[tuple[int, int]] = []
    original = RouteRunner.translate_hop

    def spy(self: RouteRunner, *args: Any) -> Any:
        alive.append((_alive(run.FileResult, stories), _alive(Article, stories)))
        return original(self, *args)

    monkeypatch.setattr(RouteRunner, "translate_hop", spy)
    monkeypatch.setattr(run, "CHUNK_SENTENCES", 2)
    result = translate(stories, stories.parent / "out")
    assert result.exit_code == 0, result.output
    assert "files       12 (12 translated, 0 up to date, 0 failed)" in result.output
    assert len(alive) == 12
    # the chunk being translated and the one before it, never one per file of the batch
    assert max(results for results, _ in alive) <= 2
    assert max(articles for _, articles in alive) <= 2 * 2  # d-stories.jsonl holds two


def test_a_run_result_keeps_only_the_files_it_must_name() -> None:
    sources = [run.SourceFile(Path(f"in/s{i}.txt"), Path("out")) for i in range(1000)]
    tally = run.RunResult(sources)
    for i in reversed(range(1000)):  # done in any order
        result = run.FileResult(sources[i].path, timings={"checks": 1.0}, articles=1)
        result.findings.update({"warning": 2})
        if i % 250 == 7:
            result.error = f"{sources[i].path}: broken"
        elif i == 500:
            result.skipped = True
        elif i == 900:
            result.kept_edits = 3
        tally.add(i, result)
    assert (tally.files, tally.translated, tally.skipped, len(tally.failed)) == (1000, 995, 1, 4)
    assert tally.articles == 995 and tally.findings == {"warning": 2 * 995}
    assert tally.stages() == {"checks": 1000.0}
    assert [f.error for f in tally.failed] == [f"in/s{i}.txt: broken" for i in (7, 257, 507, 757)]
    assert sorted(tally.notable) == [7, 257, 507, 757, 900]  # no other file's result is kept
    records = tally.records()
    assert len(records) == 995 and records[:2] == [Path("out/s0.json"), Path("out/s1.json")]
    assert Path("out/s7.json") not in records and Path("out/s500.json") not in records
