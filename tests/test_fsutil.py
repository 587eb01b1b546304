"""Atomic writes: whole files only, sensible modes, nothing left behind on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import fsutil
from pipeline.fsutil import atomic_write_text, cache_dir


def test_writes_whole_file_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    atomic_write_text(target, "Київ\n")
    assert target.read_text(encoding="utf-8") == "Київ\n"
    assert [p.name for p in target.parent.iterdir()] == ["b.txt"]


def test_new_file_follows_umask_and_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "out.txt"
        atomic_write_text(target, "one")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        atomic_write_text(target, "two")
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_failed_write_keeps_old_content_and_leaves_no_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_cache_dir_honours_env(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c" and (tmp_path / "c").is_dir()
