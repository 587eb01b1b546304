"""The stories and glossary of the batch tests (test_batch_robustness, test_batch_scale)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

PLACES_TSV = "id\ttype\ten\tuk\tru\nvasylkiv\tLOC\tVasylkiv\tВасильків\tВасильков\n"
"""A one-entry glossary (Vasylkiv)."""


def write_stories(root: Path, stories: Mapping[str, str]) -> Path:
    """Write ``stories`` (file name → text) into ``root/in`` and :data:`PLACES_TSV` as
    ``root/places.tsv``; return ``root/in``."""
    folder = root / "in"
    folder.mkdir()
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    (root / "places.tsv").write_text(PLACES_TSV, encoding="utf-8")
    return folder
