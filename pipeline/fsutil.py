"""Atomic file writes, the user's cache folder and the cache databases in it."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_cache_path

from pipeline.errors import UsageError

if TYPE_CHECKING:
    import sqlite3

TEMP_SUFFIX = ".tmp"
# What :func:`atomic_write_bytes` names its temporary file: ``.<target name>.<8 of
# tempfile's random letters>.tmp``.
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
STALE_AFTER = 15 * 60  # seconds: a write takes seconds; an older temporary file is left over


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, durable: bool = True
) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    A reader sees either the old file or the whole new one, never half of it.  The file
    keeps the mode of the one it replaces, else gets the usual ``0o666 & ~umask``.  With
    ``durable`` (the default) the data reaches the disk before the rename, so a crash
    cannot leave an empty file either; files made again from others (the review pages)
    skip that wait.
    """
    atomic_write_chunks(path, (data,), durable=durable)


def atomic_write_chunks(
    path: str | os.PathLike[str], chunks: Iterable[bytes | str], *, durable: bool = True
) -> None:
    """:func:`atomic_write_bytes` of the concatenated ``chunks`` (text as UTF-8), written as
    they come: the whole file is never held in memory."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(
    path: str | os.PathLike[str], text: str, *, durable: bool = True
) -> None:
    """Write UTF-8 ``text`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def cache_dir() -> Path:
    """newsmt's cache folder (``NEWSMT_CACHE_DIR`` overrides the platform default)."""
    override = os.environ.get("NEWSMT_CACHE_DIR")
    path = Path(override) if override else user_cache_path("newsmt")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        name = f"NEWSMT_CACHE_DIR={path}" if override else f"the cache folder {path}"
        raise UsageError(
            f"{name} is not a usable folder ({exc.strerror}); "
            "set NEWSMT_CACHE_DIR to a writable folder"
        ) from None
    return path


def clean_stale_temps(
    folder: str | os.PathLike[str], older_than: float = STALE_AFTER
) -> list[Path]:
    """Delete the temporary files :func:`atomic_write_bytes` left in ``folder`` (a process
    killed mid-write): only names of its pattern, not modified for ``older_than`` seconds,
    so a write in progress is never touched.  Returns what was deleted."""
    removed = []
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return sorted(removed)


_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def not_a_file(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` is when it exists but is no regular file (``a FIFO (named pipe)``, ``a
    folder`` …); None for a regular file or a missing path."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return next((what for test, what in _SPECIAL if test(mode)), None)


def open_shared_db(
    path: Path, schema: str, timeout: float = 30, **options: Any
) -> sqlite3.Connection:
    """The SQLite database at ``path`` (its folder made) in WAL mode, so that several
    processes may share it, with the tables of ``schema``; ``options`` go to
    :func:`sqlite3.connect`."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=timeout, **options)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(schema)
    return db
