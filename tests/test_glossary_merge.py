"""`newsmt glossary merge`: accepted suggestions join a glossary file, safely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.glossary import Glossary
from pipeline.glossary.format import entries_from_table, read_table
from pipeline.glossary.merge import merge_decisions

GLOSSARY = (
    "# places\n"
    "id\ttype\ten\tuk\tru\tnote\tdnt\n"
    "kharkiv\tLOC\tKharkiv\tХарків\tХарьков\t\t\n"
    "lviv\tLOC\tLviv\tЛьвів\tЛьвов\tcity\t\n"
)


def entry(entry_id: str, en: str, uk: str, ru: str, **extra: Any) -> dict[str, Any]:
    return {"id": entry_id, "type": "LOC", "en": en, "uk": uk, "ru": ru, "note": "", **extra}


SYKHIV = entry("sykhiv", "Sykhiv", "Сихів", "Сыхов", note="Lviv district")
SALTIVKA = entry("saltivka", "Saltivka | Saltivka district", "Салтівка | Салтівський район",
                 "Салтовка | Салтовский район")  # fmt: skip


def write_decisions(folder: Path, **suggestions: tuple[str, dict[str, Any]]) -> Path:
    path = folder / "decisions.json"
    data = {
        "schema_version": 1,
        "hits": {},
        "suggestions": {
            key: {"decision": decision, "entry": value, "at": "2026-01-01T00:00:00+00:00"}
            for key, (decision, value) in suggestions.items()
        },
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    path = folder / "places.tsv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def test_accepted_entries_are_added_and_rejected_are_not(tmp_path: Path, glossary: Path) -> None:
    rejected = entry("odesa-port", "Odesa port", "Одеський порт", "Одесский порт")
    decisions = write_decisions(
        tmp_path,
        sykhiv=("accept", SYKHIV),
        saltivka=("accept", SALTIVKA),
        **{"odesa-port": ("reject", rejected)},
    )
    result = merge_decisions(decisions, glossary)
    assert result.added == ["sykhiv", "saltivka"]
    assert result.rejected == ["odesa-port"]
    text = glossary.read_text(encoding="utf-8")
    assert text.startswith(GLOSSARY)
    assert text[len(GLOSSARY) :].splitlines() == [
        "sykhiv\tLOC\tSykhiv\tСихів\tСыхов\tLviv district\t",
        "saltivka\tLOC\tSaltivka | Saltivka district\tСалтівка | Салтівський район"
        "\tСалтовка | Салтовский район\t\t",
    ]
    entries = {e.id: e for e in entries_from_table(read_table(glossary))}
    assert entries["saltivka"].forms["uk"] == ("Салтівка", "Салтівський район")
    assert "Одеський" not in text
    assert result.backup == glossary.with_name("places.tsv.bak")
    assert result.backup.read_text(encoding="utf-8") == GLOSSARY
    found = Glossary.load([glossary]).find("Вчора у Сихові відкрили школу.", "uk")
    assert [m.entry.id for m in found] == ["sykhiv"]


def test_duplicate_id_or_form_is_refused(tmp_path: Path, glossary: Path) -> None:
    same_id = entry("lviv", "Lviv city", "місто Львів", "город Львов")
    with pytest.raises(InputError, match=r"id 'lviv' is already used \(.*places.tsv:4\)"):
        merge_decisions(write_decisions(tmp_path, lviv=("accept", same_id)), glossary)
    same_form = entry("kharkiv-city", "Kharkiv city", "Харків", "город Харьков")
    with pytest.raises(InputError, match="uk form 'Харків' is already in 'kharkiv'"):
        merge_decisions(write_decisions(tmp_path, k=("accept", same_form)), glossary)
    sibling = glossary.with_name("people.tsv")
    sibling.write_text("id\ttype\ten\tuk\tru\nsykhiv-2\tLOC\tSykhiv\tСихів\tСыхов\n", "utf-8")
    with pytest.raises(InputError, match="not merged, duplicate entries: 'sykhiv': en form"):
        merge_decisions(write_decisions(tmp_path, sykhiv=("accept", SYKHIV)), glossary)
    assert glossary.read_text(encoding="utf-8") == GLOSSARY
    assert not glossary.with_name("places.tsv.bak").exists()


def test_lint_failure_refuses_and_leaves_the_file_untouched(tmp_path: Path, glossary: Path) -> None:
    mixed = entry("kyiv-oblast", "Kyiv oblast", "Kиївська область", "Киевская область")  # Latin K
    uneven = entry("irpin", "Irpin | Irpin town", "Ірпінь", "Ирпень")
    for bad in (mixed, uneven):
        decisions = write_decisions(tmp_path, good=("accept", SYKHIV), bad=("accept", bad))
        with pytest.raises(InputError, match="fails glossary lint"):
            merge_decisions(decisions, glossary)
        assert glossary.read_text(encoding="utf-8") == GLOSSARY
        assert not glossary.with_name("places.tsv.bak").exists()


def test_merging_twice_changes_nothing(tmp_path: Path, glossary: Path) -> None:
    decisions = write_decisions(tmp_path, sykhiv=("accept", SYKHIV))
    merge_decisions(decisions, glossary)
    once = glossary.read_text(encoding="utf-8")
    result = merge_decisions(decisions, glossary)
    assert (result.added, result.present) == ([], ["sykhiv"])
    assert glossary.read_text(encoding="utf-8") == once


def test_new_glossary_file_gets_a_header(tmp_path: Path) -> None:
    target = tmp_path / "new.tsv"
    merge_decisions(write_decisions(tmp_path, sykhiv=("accept", SYKHIV)), target)
    assert target.read_text(encoding="utf-8").splitlines() == [
        "id\ttype\ten\tuk\tru\tnote\tdnt",
        "sykhiv\tLOC\tSykhiv\tСихів\tСыхов\tLviv district\t",
    ]
    assert not target.with_name("new.tsv.bak").exists()


def test_cli_merge(tmp_path: Path, glossary: Path) -> None:
    decisions = write_decisions(tmp_path, sykhiv=("accept", SYKHIV), saltivka=("reject", SALTIVKA))
    runner = CliRunner()
    result = runner.invoke(main, ["glossary", "merge", str(decisions), "--into", str(glossary)])
    assert result.exit_code == 0, result.output
    assert f"added 1 entries to {glossary}: sykhiv" in result.output
    assert "rejected, not added: saltivka" in result.output
    again = runner.invoke(main, ["glossary", "merge", str(decisions), "--into", str(glossary)])
    assert again.exit_code == 0 and "already present: sykhiv" in again.output
    missing = runner.invoke(main, ["glossary", "merge", str(tmp_path / "no.json"), "--into", "x"])
    assert missing.exit_code == 1
    assert "newsmt: error:" in missing.output and "no such decisions file" in missing.output
    assert "--into glossaries/places.tsv" in runner.invoke(main, ["glossary", "merge", "-h"]).output
