"""What every translation engine provides."""

from __future__ import annotations

from typing import Protocol


class Engine(Protocol):
    """A translation engine: sentences in, sentences out, one to one and in order.

    Engines receive sentences our own splitter produced and never re-split them.
    """

    name: str

    def pairs(self) -> set[tuple[str, str]]:
        """The ``(source, target)`` directions this engine translates directly."""
        ...

    def model_id(self, src: str, tgt: str) -> str:
        """A stable id of what translates ``src`` → ``tgt`` (for the cache and the record)."""
        ...

    def is_test_model(self, src: str, tgt: str) -> bool:
        """Whether ``src`` → ``tgt`` runs on a newsmt test model (random weights: noise)."""
        ...

    def translate(self, sentences: list[str], src: str, tgt: str) -> list[str]:
        """Translate ``sentences`` from ``src`` to ``tgt``; the result has the same length."""
        ...
