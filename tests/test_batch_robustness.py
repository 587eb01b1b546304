"""One bad file never stops a batch, and a missing --glossary is a one-line usage error.

A stage that raises on one file (a bug, not bad input) fails that file with a line naming
it and the stage; the other files are still translated and written.  Test-model output is
noise: nothing here looks at the wording of a translation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from batch_helpers import PLACES_TSV, write_stories
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.glossary import Glossary
from pipeline.model import Article
from pipeline.run import RunOptions, StageError, load_articles, run_files, translate_batch

if TYPE_CHECKING:
    from engine_helpers import Installer

pytest_plugins = ["engine_helpers"]
STORIES = {
    "bridge.md": "# Bridge reopens\n\nThe old bridge in Vasylkiv reopened on Friday.\n",
    "fire.txt": "Fire in a warehouse\n\nFirefighters put out the fire in Vasylkiv at night.\n",
    "market.txt": "Market moves\n\nThe market near the station moves to a new street.\n",
}
FAST = ["--max-length", "8", "--beam-size", "1"]
BAD = "fire.txt"


@pytest.fixture
def stories(newsmt_env: Path, install: Installer) -> Path:
    install("en-uk")
    return write_stories(newsmt_env, STORIES)


def translate(stories: Path, *args: str) -> Result:
    glossary, out = stories.parent / "places.tsv", stories.parent / "out"
    options = ["--to", "uk", "--out", str(out), "--glossary", str(glossary), *FAST, *args]
    return CliRunner().invoke(main, ["translate", "--allow-test-model", str(stories), *options])


def files_of(arg: Any) -> set[str]:
    """The source file names an article, a list of them or a translate job stands for."""
    if isinstance(arg, Article):
        return {Path(arg.source_path).name}
    if isinstance(arg, list):
        return {name for item in arg for name in files_of(item)}
    return files_of(arg.article)


def raise_on(
    monkeypatch: pytest.MonkeyPatch, target: str, exc: BaseException, calls: list[set[str]]
) -> None:
    """Patch ``module.function`` to raise ``exc`` whenever its first argument is from BAD."""
    module, name = target.rsplit(".", 1)
    original = getattr(__import__(module, fromlist=[name]), name)

    def patched(first: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(files_of(first))
        if BAD in files_of(first):
            raise exc
        return original(first, *args, **kwargs)

    monkeypatch.setattr(target, patched)


def record(out: Path, stem: str) -> dict[str, Any]:
    return json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("target", "stage"),
    [
        ("pipeline.glossary.enforce.enforce_translation", "glossary enforcement"),
        ("pipeline.checks.check_batch", "checks"),
        ("pipeline.run._engine_findings", "checks"),
        ("pipeline.detect.detect_article", "language detection"),
        ("pipeline.segment.segment_article", "sentence splitting"),
        ("pipeline.export.formats.render", "writing"),
    ],
)
def test_a_stage_raising_on_one_file_fails_only_that_file(
    stories: Path, monkeypatch: pytest.MonkeyPatch, target: str, stage: str
) -> None:
    calls: list[set[str]] = []
    raise_on(monkeypatch, target, RuntimeError("boom\nsecond line"), calls)
    result = translate(stories)
    assert result.exit_code == 1, result.output
    assert "files       3 (2 translated, 0 up to date, 1 failed)" in result.stdout
    assert result.stderr.splitlines() == [
        f"newsmt: failed: {stories / BAD}: {stage} failed: RuntimeError: boom; "
        "report it with this file"
    ]
    out = stories.parent / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "bridge.json", "bridge.uk.md", "market.json", "market.uk.txt",
    ]  # fmt: skip
    assert {"bridge.md", "market.txt"} <= set().union(*calls)
    hits = record(out, "bridge")["articles"][0]["translations"]["uk"]["hits"]
    assert [h["entry_id"] for h in hits] == ["vasylkiv"]


def test_checks_run_per_file_so_the_file_they_fail_on_fails_alone(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[set[str]] = []
    raise_on(monkeypatch, "pipeline.checks.check_batch", RuntimeError("boom"), calls)
    result = translate(stories)
    assert result.exit_code == 1
    # one call per file (a file's stories are compared with each other, not with the batch)
    assert sorted(map(sorted, calls)) == [["bridge.md"], [BAD], ["market.txt"]]
    for stem in ("bridge", "market"):
        findings = record(stories.parent / "out", stem)["articles"][0]["translations"]["uk"]
        assert "checks" not in {f["check"] for f in findings["findings"]}


@pytest.mark.parametrize(
    "target", ["pipeline.glossary.enforce.enforce_translation", "pipeline.checks.check_batch"]
)
def test_keyboard_interrupt_is_not_swallowed(
    stories: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    raise_on(monkeypatch, target, KeyboardInterrupt(), [])
    options = RunOptions(targets=("uk",), allow_test_model=True, out_dir=stories.parent / "out")
    glossary = Glossary.load([stories.parent / "places.tsv"])
    with pytest.raises(KeyboardInterrupt):
        run_files([stories], options, glossary)
    # files are written as they are done: the one before is complete, nothing after it
    written = sorted(p.name for p in (stories.parent / "out").iterdir())
    assert written == ["bridge.json", "bridge.uk.md"]


def test_translate_batch_without_isolate_raises_a_stage_error(
    stories: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raise_on(monkeypatch, "pipeline.glossary.enforce.enforce_translation", KeyError("x"), [])
    articles = [a for name in STORIES for a in load_articles(stories / name)[0]]
    options = RunOptions(targets=("uk",), allow_test_model=True, use_cache=False)
    glossary = Glossary.load([stories.parent / "places.tsv"])
    message = f"{stories / BAD}: glossary enforcement failed: KeyError: 'x'; report it with"
    with pytest.raises(StageError, match=f"^{message}"):
        translate_batch(articles, ["uk"], options, glossary)
    report = translate_batch(articles, ["uk"], options, glossary, isolate=True)
    assert list(report.failed) == [str(stories / BAD)]
    assert report.failed[str(stories / BAD)].startswith(message)


@pytest.mark.parametrize(
    "command",
    [
        ["translate", "story.txt", "--to", "uk"],
        ["check", "--from", "en", "--to", "uk", "story.txt", "story.txt"],
        ["glossary", "hits", "story.txt"],
        ["glossary", "suggest", "story.txt"],
    ],
)
def test_a_missing_glossary_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text("The bridge reopened.\n", encoding="utf-8")
    (tmp_path / "names.tsv").write_text(PLACES_TSV, encoding="utf-8")
    result = CliRunner().invoke(
        main, [*command, "--glossary", "names.tsv", "--glossary", "missing.tsv"]
    )
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "newsmt: error: missing.tsv: no such glossary file or folder; give --glossary an "
        "existing glossary .tsv file or a folder of them"
    ]
