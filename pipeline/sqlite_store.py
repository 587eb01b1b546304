"""The base of newsmt's SQLite caches: one database file that processes share, read by key in
batches, closed on leaving a ``with`` block."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from pipeline.fsutil import open_shared_db

_CHUNK = 500  # bound parameters per statement, well under SQLite's limit


class SqliteStore:
    """The database at ``path`` with the tables of ``schema``
    (:func:`pipeline.fsutil.open_shared_db`)."""

    def __init__(self, path: str | Path, schema: str) -> None:
        self.path = Path(path)
        self._db = open_shared_db(self.path, schema)

    def _rows_in(self, query: str, params: tuple[Any, ...], keys: Iterable[str]) -> Iterator[Any]:
        """The rows of ``query``, whose last condition is ``IN ({marks})``, for each distinct
        key of ``keys``: ``params`` bind the placeholders before it, the keys go in chunks."""
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(query.format(marks=marks), (*params, *chunk))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
