"""A SQLite cache of sentence translations in the user cache folder.

Keys are ``(model id, options fingerprint, source sentence)``; re-running a batch after one
story was edited decodes only the sentences that changed.  The database runs in WAL mode so
several ``newsmt`` processes may share it; lookups and inserts are batched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import InputError
from pipeline.fsutil import cache_dir
from pipeline.sqlite_store import SqliteStore

CACHE_FILE = "translations.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    model TEXT NOT NULL,
    options TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (model, options, source)
) WITHOUT ROWID
"""


def default_cache_path() -> Path:
    """``translations.sqlite3`` in :func:`pipeline.fsutil.cache_dir` (``NEWSMT_CACHE_DIR``)."""
    return cache_dir() / CACHE_FILE


class TranslationCache(SqliteStore):
    """Sentence translations keyed by model, options fingerprint and source text."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        with self._damaged():
            super().__init__(self.path, _SCHEMA)
        self.hits = 0
        self.misses = 0

    @contextmanager
    def _damaged(self) -> Iterator[None]:
        """Turn SQLite's complaint about a damaged file into a one-line error naming it."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"{self.path}: the translation cache is damaged ({exc}); delete that file "
                "(newsmt builds a new one) or translate with --no-cache"
            ) from None

    def get_many(self, model: str, options: str, sources: Iterable[str]) -> dict[str, str]:
        """The cached targets of those ``sources`` that are in the cache."""
        wanted = list(dict.fromkeys(sources))
        with self._damaged():
            found: dict[str, str] = dict(
                self._rows_in(
                    "SELECT source, target FROM translations "
                    "WHERE model = ? AND options = ? AND source IN ({marks})",
                    (model, options),
                    wanted,
                )
            )
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, model: str, options: str, pairs: Mapping[str, str]) -> None:
        """Store ``source → target`` pairs (replacing older entries) in one transaction."""
        with self._damaged(), self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO translations (model, options, source, target) "
                "VALUES (?, ?, ?, ?)",
                ((model, options, src, tgt) for src, tgt in pairs.items()),
            )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
