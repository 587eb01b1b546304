"""Atomic file writes and the user's cache folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_path

from pipeline.errors import UsageError


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    A reader sees either the old file or the whole new one, never half of it.  The file
    keeps the mode of the one it replaces, else gets the usual ``0o666 & ~umask``.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
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


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 ``text`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


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
