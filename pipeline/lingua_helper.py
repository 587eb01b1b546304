"""lingua's uk/ru models loaded in a helper process while the run goes on.

Loading lingua's uk/ru models takes about half a second of CPU and holds the GIL, so a
thread cannot overlap it with anything; a one-story ``translate`` needs them only in its
checks, after Apertium and the glossary.  :func:`start` starts a process
(``python -m pipeline.lingua_helper``, which imports lingua and :mod:`pipeline.lingua_model`
only) that loads them at once, on the other core, and then answers :func:`ask` for each text
over a pipe with lingua's confidence values (floats travel as their ``repr``, so they arrive
as lingua gave them).  Nothing depends on it: where there is no helper, or it has died,
:func:`ask` returns ``None`` and the caller asks lingua itself.

A new process, not a fork: a process in which lingua (rayon's thread pool) or an engine's
threads have run cannot safely fork one that uses them.  Only the process that started the
helper asks it (not workers forked later); :func:`stop` ends it.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from subprocess import Popen

    from pipeline.lingua_model import Scores

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # imports this pipeline

_helper: tuple[Popen[bytes], int] | None = None  # the process, and the process that started it


def running() -> bool:
    """Whether this process has a helper to ask."""
    return _helper is not None and _helper[1] == os.getpid()


def start() -> None:
    """Start the helper, which loads lingua's uk/ru models now (nothing if one is running)."""
    import subprocess

    global _helper
    if running():
        return
    path = os.pathsep.join(filter(None, (_ROOT, os.environ.get("PYTHONPATH"))))
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.lingua_helper"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": path},
        )
    except OSError:  # no interpreter to start (an embedded Python): lingua is loaded here
        return
    _helper = (process, os.getpid())


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    """The helper: load lingua's models, then answer each line (a JSON text) with one line
    (its scores) until ``requests`` ends."""
    from pipeline.lingua_model import _lingua_uk_ru, lingua_scores

    _lingua_uk_ru()
    for line in requests:
        replies.write(json.dumps(lingua_scores(json.loads(line))).encode() + b"\n")
        replies.flush()


def ask(text: str) -> Scores | None:
    """lingua's scores for ``text`` from the helper, best first; ``None`` when this process
    has no helper or it cannot answer (it is stopped then)."""
    if _helper is None or not running():
        return None
    pipe_in, pipe_out = _helper[0].stdin, _helper[0].stdout
    assert pipe_in is not None and pipe_out is not None
    try:
        pipe_in.write(json.dumps(text).encode() + b"\n")
        pipe_in.flush()
        line = pipe_out.readline()
    except OSError:
        line = b""
    if not line:
        stop()
        return None
    return [(lang, value) for lang, value in json.loads(line)]


def stop() -> None:
    """End this process's helper, loaded or not (one started by another process is only
    forgotten)."""
    global _helper
    helper, _helper = _helper, None
    if helper is None or helper[1] != os.getpid():
        return
    helper[0].kill()  # it may be loading still: not waited for
    helper[0].communicate()  # closes the pipes, reaps it


if __name__ == "__main__":  # its errors (a parent gone, Ctrl-C) go to /dev/null
    serve(sys.stdin.buffer, sys.stdout.buffer)
