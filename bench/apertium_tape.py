"""Run ``newsmt`` with Apertium's translations recorded to, or replayed from, a tape.

    python bench/apertium_tape.py record TAPE translate STORIES ... --engine apertium
    python bench/apertium_tape.py replay TAPE translate STORIES ... --engine apertium

``record`` runs Apertium as usual and saves, for every sentence it translated, its output,
the words it did not know and its notes (``ApertiumEngine.unknown_words``/``notes``);
``replay`` answers the same sentences from the tape without starting Apertium, so the run
does everything else (reading, glossary, checks, writing) on the very same engine output
with decoding costing next to nothing.  ``bench/batch_scale.py`` uses it to time the stages
``--jobs`` parallelises apart from Apertium's own use of the cores.  A sentence missing from
the tape is an error (replay the batch that was recorded).
"""

from __future__ import annotations

import atexit
import os
import pickle
import runpy
import sys
from pathlib import Path
from typing import Any

Tape = dict[tuple[str, str, str], tuple[str, list[str], list[Any]]]


def install(mode: str, path: str) -> None:
    """Patch :class:`~pipeline.translate.apertium.ApertiumEngine` to record or replay."""
    from pipeline.translate.apertium import ApertiumEngine

    original = ApertiumEngine.translate
    if mode == "replay":
        with open(path, "rb") as handle:
            tape: Tape = pickle.load(handle)

        def replay(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
            out = []
            for sentence in sentences:
                text, unknown, notes = tape[(src, tgt, sentence)]
                self.unknown_words[sentence], self.notes[sentence] = list(unknown), list(notes)
                out.append(text)
            return out

        ApertiumEngine.translate = replay  # type: ignore[method-assign]
        return
    recorded: Tape = {}
    main = os.getpid()

    def record(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
        out = original(self, sentences, src, tgt)
        for sentence, text in zip(sentences, out, strict=True):
            unknown, notes = self.unknown_words.get(sentence, []), self.notes.get(sentence, [])
            recorded[(src, tgt, sentence)] = (text, list(unknown), list(notes))
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
    sys.path[:] = [
        p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent
    ]
    install(sys.argv[1], sys.argv[2])
    sys.argv = ["newsmt", *sys.argv[3:]]
    runpy.run_module("pipeline", run_name="__main__")


if __name__ == "__main__":
    main()
