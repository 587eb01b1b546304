"""A SQLite cache of the mentions :mod:`pipeline.glossary.suggest` found per article.

Rows are keyed by a fingerprint (the suggest code and the glossary) and a digest of the
article's text, and hold the mentions as JSON: a rerun of ``newsmt review`` analyses only
the stories that changed.  One file per batch, ``OUTDIR/suggestions.sqlite3``, written in
transactions (a reader never sees half a batch); WAL mode lets processes share it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.sqlite_store import SqliteStore

CACHE_FILE = "suggestions.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mentions (
    fingerprint TEXT NOT NULL,
    article TEXT NOT NULL,
    found TEXT NOT NULL,
    PRIMARY KEY (fingerprint, article)
) WITHOUT ROWID
"""


class MentionCache(SqliteStore):
    """Mentions (JSON-serialisable rows) per fingerprint and article digest."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, _SCHEMA)

    def get_many(self, fingerprint: str, articles: Iterable[str]) -> dict[str, list[Any]]:
        """The cached rows of those ``articles`` (digests) that are in the cache."""
        rows = self._rows_in(
            "SELECT article, found FROM mentions WHERE fingerprint = ? AND article IN ({marks})",
            (fingerprint,),
            articles,
        )
        return {key: json.loads(text) for key, text in rows}

    def put_many(self, fingerprint: str, found: Mapping[str, list[Any]]) -> None:
        """Store the rows of each article digest, in one transaction."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO mentions (fingerprint, article, found) VALUES (?, ?, ?)",
                (
                    (fingerprint, key, json.dumps(rows, ensure_ascii=False))
                    for key, rows in found.items()
                ),
            )
