"""lingua's uk/ru verdicts kept on disk, by the text asked.

Loading lingua's uk/ru models takes most of a second of CPU (all five n-gram sizes for a
text under 120 characters), more than the rest of a one-story ``translate`` rerun, and
lingua's verdict on a text never changes while lingua does not.  A run that uses the
sentence cache (not ``--no-cache``) keeps each verdict in ``langid.sqlite3`` in
:func:`pipeline.fsutil.cache_dir`, keyed by lingua's build (its native module's size and
time) and the text, so a rerun of a story loads lingua only for a text it has not asked
before: the same verdicts, hence the same detections and findings.  It also keeps which
stories a run finished with their verdicts kept (:func:`remember`), so that a run can tell a
story never seen, which may well need lingua, from a rerun, which needs only the file
(:func:`pipeline.run.run_files` loads lingua ahead in a helper process for the first).

The database runs in WAL mode like the translation cache, so several processes (``--jobs``
workers, other runs) may share it; each process opens its own connection on first use.
Nothing here stops a run: a damaged, locked or unwritable file means the model is asked.
The file is safe to delete.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path

from pipeline.errors import NewsmtError
from pipeline.fsutil import cache_dir, open_shared_db
from pipeline.lingua_model import Scores

CACHE_FILE = "langid.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    model TEXT NOT NULL,
    text TEXT NOT NULL,
    scores TEXT NOT NULL,
    PRIMARY KEY (model, text)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (
    model TEXT NOT NULL,
    story TEXT NOT NULL,
    PRIMARY KEY (model, story)
) WITHOUT ROWID;
"""

_path: Path | None = None
_db: tuple[int, sqlite3.Connection] | None = None  # the process that opened it, and it


def enable(path: Path | None = None) -> None:
    """Keep verdicts in ``path`` (default ``langid.sqlite3`` in the cache folder) from now on
    in this process and the workers it forks; :func:`disable` ends it."""
    global _path
    disable()
    try:
        _path = path if path is not None else cache_dir() / CACHE_FILE
    except NewsmtError:  # no usable cache folder: the model is asked
        _path = None


def disable() -> None:
    """Stop keeping verdicts (and close this process's connection)."""
    global _path, _db
    if _db is not None and _db[0] == os.getpid():
        _db[1].close()
    _path, _db = None, None


def enabled() -> bool:
    """Whether verdicts are looked up and kept."""
    return _path is not None


@cache
def _model_key() -> str:
    """lingua's build: its native module (where its models are) by size and modification
    time."""
    import lingua  # noqa: F401  (loads the native module, not its models)

    native = Path(sys.modules["lingua.lingua"].__file__ or "")
    stat = native.stat()
    return f"lingua:{stat.st_size}:{stat.st_mtime_ns}"


def _connection() -> sqlite3.Connection | None:
    """This process's connection, opened on first use; ``None`` when disabled or unusable."""
    global _db, _path
    if _path is None:
        return None
    if _db is not None and _db[0] == os.getpid():
        return _db[1]
    try:  # a forked worker opens its own: a connection is never used across a fork
        db = open_shared_db(_path, _SCHEMA, timeout=5, isolation_level=None)
    except (OSError, sqlite3.Error):
        _path = None
        return None
    _db = (os.getpid(), db)
    return db


def lookup(text: str) -> Scores | None:
    """The verdict kept for ``text``, or ``None``."""
    db = _connection()
    if db is None:
        return None
    try:
        row = db.execute(
            "SELECT scores FROM verdicts WHERE model = ? AND text = ?", (_model_key(), text)
        ).fetchone()
        return None if row is None else [(lang, value) for lang, value in json.loads(row[0])]
    except (sqlite3.Error, ValueError, TypeError):
        return None


def keep(text: str, scores: Scores) -> None:
    """Keep lingua's verdict on ``text`` (nothing when disabled or the file is unusable)."""
    db = _connection()
    if db is None:
        return
    try:
        db.execute(
            "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?)",
            (_model_key(), text, json.dumps(scores)),
        )
    except sqlite3.Error:
        return


def seen(story: str) -> bool:
    """Whether a run finished the story ``story`` (a digest of it and of what was asked of
    it) with its verdicts kept: :func:`remember`."""
    db = _connection()
    if db is None:
        return False
    try:
        found = db.execute(
            "SELECT 1 FROM stories WHERE model = ? AND story = ?", (_model_key(), story)
        ).fetchone()
    except sqlite3.Error:
        return False
    return found is not None


def remember(story: str) -> None:
    """Note that the story ``story`` was finished with its verdicts kept (nothing when
    disabled or the file is unusable)."""
    db = _connection()
    if db is None:
        return
    try:
        db.execute("INSERT OR REPLACE INTO stories VALUES (?, ?)", (_model_key(), story))
    except sqlite3.Error:
        return
