"""JSON parsing where a document nested too deeply for Python is malformed like any other.

``json.loads`` raises ``RecursionError`` on a few thousand nested brackets; :func:`loads`
raises :class:`json.JSONDecodeError` instead, so every reader's own one-line error for bad
JSON covers it.
"""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``; :class:`json.JSONDecodeError` also for too deep a nesting."""
    try:
        return json.loads(text)
    except RecursionError:
        doc = text if isinstance(text, str) else ""
        raise json.JSONDecodeError("nested too deeply to be read", doc, 0) from None
