"""The glossary TSV format: columns, forms, aliases, comments, errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from glossary_helpers import GLOSSARY_TSV, write_glossary

from pipeline.errors import InputError, UsageError
from pipeline.glossary import Glossary, default_glossary_paths


def test_load_entries_forms_and_flags(tmp_path: Path) -> None:
    g = Glossary.load([write_glossary(tmp_path)])
    assert len(g) == 12
    zelensky = g.get("zelensky")
    assert zelensky is not None and zelensky.type == "PER"
    assert zelensky.forms["uk"] == ("Володимир Зеленський", "Зеленський")
    assert zelensky.canonical("ru") == "Владимир Зеленский"
    assert zelensky.where.endswith("test.tsv:3")
    google = g.get("google")
    assert google is not None and google.dnt and google.note == "brand"
    assert google.target_forms("en", "uk") == ("Google",)


def test_ua_alias_comments_and_folders(tmp_path: Path) -> None:
    write_glossary(tmp_path / "a", "# comment\nid\ttype\ten\tua\nkyiv\tLOC\tKyiv\tКиїв\n", "a.tsv")
    write_glossary(tmp_path / "a" / "sub", "id\ttype\ten\tru\nmoscow\tLOC\tMoscow\tМосква\n")
    g = Glossary.load([tmp_path / "a"])
    assert [e.id for e in g] == ["kyiv", "moscow"]
    assert g.get("kyiv").forms == {"en": ("Kyiv",), "uk": ("Київ",)}


def test_default_paths_use_cwd_glossaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSMT_GLOSSARY", raising=False)
    assert default_glossary_paths() == []
    write_glossary(tmp_path / "glossaries")
    assert default_glossary_paths() == [Path("glossaries")]
    assert len(Glossary.load()) == 12


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("en\tuk\nkyiv\tКиїв\n", ":1:", "missing column(s) id, type"),
        ("id\ttype\nkyiv\tLOC\n", ":1:", "no language column"),
        ("id\ttype\ten\tuk\n\tLOC\tKyiv\tКиїв\n", ":2:", "empty id"),
        ("id\ttype\ten\tuk\nkyiv\tLOC\tKyiv\tКиїв\textra\n", ":2:", "cells"),
        ("id\ttype\ten\tuk\nkyiv\tLOC\t\t\n", ":2:", "no form"),
        ("id\ttype\ten\tuk\nkyiv\tLOC\tKyiv |\tКиїв\n", ":2:", "empty form in the en cell"),
        ("id\ttype\ten\tuk\tdnt\nkyiv\tLOC\tKyiv\tКиїв\tmaybe\n", ":2:", "dnt must be"),
        ("id\ttype\ten\tcolour\nkyiv\tLOC\tKyiv\tred\n", ":1:", "unknown column"),
        ("# only a comment\n", "", "no header row"),
    ],
)
def test_malformed_files_raise_one_line(tmp_path: Path, text: str, where: str, what: str) -> None:
    path = write_glossary(tmp_path, text)
    with pytest.raises(InputError) as info:
        Glossary.load([path])
    message = str(info.value)
    assert "\n" not in message and what in message and f"{path}{where}" in message


def test_not_utf8_and_missing_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_bytes("id\ttype\ten\nкиїв".encode("cp1251"))
    with pytest.raises(InputError, match="not UTF-8"):
        Glossary.load([bad])
    with pytest.raises(InputError, match="no such glossary"):
        Glossary.load([tmp_path / "nope.tsv"])


def test_shared_glossary_text_is_valid() -> None:
    assert GLOSSARY_TSV.count("\n") == 14


def test_default_paths_from_the_environment_replace_cwd_glossaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_glossary(tmp_path / "glossaries")
    one, two = tmp_path / "a.tsv", tmp_path / "b"
    one.write_text("id\ttype\ten\n", encoding="utf-8")
    two.mkdir()
    monkeypatch.setenv("NEWSMT_GLOSSARY", f"{one}{os.pathsep}{two}")
    assert default_glossary_paths() == [one, two]  # instead of ./glossaries
    monkeypatch.setenv("NEWSMT_GLOSSARY", "")
    assert default_glossary_paths() == []
    monkeypatch.setenv("NEWSMT_GLOSSARY", str(tmp_path / "missing"))
    with pytest.raises(UsageError, match=r"missing: no such glossary .* NEWSMT_GLOSSARY"):
        default_glossary_paths()
