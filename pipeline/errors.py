"""User-facing errors: each carries a one-line message naming the file and what to do."""

from __future__ import annotations


class NewsmtError(Exception):
    """An error the CLI prints as one line (``newsmt: error: …``) and exits with ``exit_code``."""

    exit_code = 1


class InputError(NewsmtError):
    """Unreadable, empty, binary or malformed input."""


class UsageError(NewsmtError):
    """A bad option or an unknown language: exit 2, like click's own usage errors."""

    exit_code = 2


class ModelError(NewsmtError):
    """A missing, invalid or unloadable translation model."""

    exit_code = 2
