"""The JSON record of a source file's articles (schema documented in README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.fsutil import atomic_write_text
from pipeline.model import SCHEMA_VERSION, Article


def dumps(articles: list[Article], **extra: Any) -> str:
    """The record of one source file: ``{"schema_version", "articles": [...], **extra}``."""
    data = {"schema_version": SCHEMA_VERSION, **extra, "articles": [a.to_dict() for a in articles]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_record(path: str | Path, articles: list[Article], **extra: Any) -> None:
    """Write the record atomically."""
    atomic_write_text(path, dumps(articles, **extra))


def read_record(path: str | Path) -> tuple[list[Article], dict[str, Any]]:
    """Read a record back: its articles and its other top-level fields."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    articles = [Article.from_dict(a) for a in data.pop("articles")]
    data.pop("schema_version", None)
    return articles, data
