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
The tape is a pickle a call, written as each call returns and read back one call at a
time, so that neither run holds it whole (a 10,000-story tape held by the main process,
and inherited by the workers it forks, was most of the peak memory
``bench/batch_scale.py`` measured).
``bench/batch_scale.py`` uses it to time the stages ``--jobs`` parallelises apart from
Apertium's own use of the cores.
"""

from __future__ import annotations

import atexit
import pickle
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Call = tuple[str, str, list[str], list[str], list[list[str]], list[list[Any]]]
"""source and target language, sentences, outputs, unknown words and notes per sentence."""


def _calls(path: str) -> Iterator[Call]:
    """The tape's calls, read one at a time (the tape is never held whole)."""
    with open(path, "rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def install(mode: str, path: str) -> None:
    """Patch :class:`~pipeline.translate.apertium.ApertiumEngine` to record or replay."""
    from pipeline.translate.apertium import ApertiumEngine

    original = ApertiumEngine.translate
    if mode == "replay":
        calls = _calls(path)

        def replay(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
            call = next(calls, None)
            if call is None or call[:3] != (src, tgt, sentences):
                raise SystemExit(f"{path}: this Apertium call is not the tape's next one")
            for sentence, unknown, notes in zip(sentences, call[4], call[5], strict=True):
                self.unknown_words[sentence], self.notes[sentence] = list(unknown), list(notes)
            return list(call[3])

        ApertiumEngine.translate = replay  # type: ignore[method-assign]
        return
    tape = open(path, "wb")  # noqa: SIM115 (open for the whole run, closed at exit)
    atexit.register(tape.close)

    def record(self: ApertiumEngine, sentences: list[str], src: str, tgt: str) -> list[str]:
        out = original(self, sentences, src, tgt)
        unknown = [list(self.unknown_words.get(s, [])) for s in sentences]
        notes = [list(self.notes.get(s, [])) for s in sentences]
        # each call written as it comes (a pickle each) and flushed: no buffered bytes
        # for a forked worker to inherit
        pickle.dump((src, tgt, list(sentences), list(out), unknown, notes), tape)
        tape.flush()
        return out

    ApertiumEngine.translate = record  # type: ignore[method-assign]


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
