"""Run ``newsmt`` with Apertium's translations recorded to, or replayed from, a tape.

    python bench/apertium_tape.py record TAPE translate STORIES ... --engine apertium
    python bench/apertium_tape.py replay TAPE translate STORIES ... --engine apertium

``record`` runs Apertium as usual and saves every call to it in order: the sentences, the
output, the words it did not know and its notes (``ApertiumEngine.unknown_words``/``notes``).
``replay`` answers the same calls, in the same order, from the tape without starting
Apertium, so the run does everything else (reading, glossary, checks, writing) on the very
same engine output with decoding costing next to nothing.  Calls, not sentences: Apertium's
output for a sentence can depend on the lines around it in the call.  A call that differs
from the tape's is an error (replay the batch, options and chunking that were recorded).
``bench/batch_scale.py`` uses it to time the stages ``--jobs`` parallelises apart from
Apertium's own use of the cores.
"""

from __future__ import annotations

import atexit
import os
import pickle
import runpy
import sys
from pathlib import Path
from typing import Any

Call = tuple[str, str, list[str], list[str], list[list[str]], list[list[Any]]]
"""source and target language, sentences, outputs, unknown words and notes per sentence."""


def install(mode: str, path: str) -> None:
    """Patch :class:`~pipeline.translate.apertium.ApertiumEngine` to record or replay."""
    from pipeline.translate.apertium import ApertiumEngine

    original = ApertiumEngine.translate
    if mode == "replay":
        with open(path, "rb") as handle:
            tape: list[Call] = pickle.load(handle)
        calls = iter(tape)

        def replay(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
            call = next(calls, None)
            if call is None or call[:3] != (src, tgt, sentences):
                raise SystemExit(f"{path}: this Apertium call is not the tape's next one")
            for sentence, unknown, notes in zip(sentences, call[4], call[5], strict=True):
                self.unknown_words[sentence], self.notes[sentence] = list(unknown), list(notes)
            return list(call[3])

        ApertiumEngine.translate = replay  # type: ignore[method-assign]
        return
    recorded: list[Call] = []
    main = os.getpid()

    def record(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
        out = original(self, sentences, src, tgt)
        unknown = [list(self.unknown_words.get(s, [])) for s in sentences]
        notes = [list(self.notes.get(s, [])) for s in sentences]
        recorded.append((src, tgt, list(sentences), list(out), unknown, notes))
        return out

    def save() -> None:
        if os.getpid() == main:  # not in a forked worker
            with open(path, "wb") as handle:
                pickle.dump(recorded, handle)

    ApertiumEngine.translate = record  # type: ignore[method-assign]
    atexit.register(save)


def main() -> None:
    if len(sys.argv) < 4 or sys.argv[1] not in ("record", "replay"):
        raise SystemExit(__doc__)
    # bench/ holds a translate.py, which would shadow translate-toolkit's package
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    install(sys.argv[1], sys.argv[2])
    sys.argv = ["newsmt", *sys.argv[3:]]
    runpy.run_module("pipeline", run_name="__main__")


if __name__ == "__main__":
    main()
