"""Time and peak memory of newsmt on big inputs: two code trees side by side, one run.

Builds, from a file of real text (one segment per line, e.g. the WMT22 Russian reference):

* ``many-<N>mb.txt``: a headline and one paragraph per line, repeated to N MB;
* ``one-<N>mb.txt``: a headline and the same text as one paragraph (one line);
* ``lines-100k.txt``: 100,000 lines for ``split``;
* ``tiny.txt``: a headline and a line: what the runtime and its models take on their own.

and runs, for every tree given with ``--tree`` (``PYTHONPATH`` chooses the code), each
command in a child process of its own, from an empty folder (no ``./glossaries``):

* ``translate FILE --from ru --to uk --engine apertium --no-cache`` (``--apertium``;
  slow: the engine's time on 10 MB is minutes);
* ``translate FILE --to uk --engine argos --skip-missing --no-cache`` with no Argos model
  installed: language detection, reading, splitting and the record, no engine;
* ``split --lang auto`` and ``split --lang ru`` on 100,000 lines.

Seconds and peak RSS (``os.wait4`` ``ru_maxrss``) are printed per command and tree, with
the record's size and whether the outputs are the first tree's (``same``: the
translated files byte for byte, the record but for its timings and fingerprint).  Usage
(from the repository root; ``/tmp/base-input`` a worktree of ``main``)::

    .venv/bin/python bench/big_inputs.py /work/shared/eval/wmt22/en-ru.ref.ru \\
        --tree before=/tmp/base-input --tree after=. --sizes 10,50 --apertium 10
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

MB = 1_000_000


def make_inputs(source: Path, folder: Path, sizes: list[int]) -> dict[str, Path]:
    """The generated inputs by name (``many-10mb``, ``one-10mb``, ``lines-100k``)."""
    lines = [line.strip() for line in source.read_text(encoding="utf-8").split("\n")]
    lines = [line for line in lines if line]
    made: dict[str, Path] = {}
    for size in sizes:
        body: list[str] = []
        total = 0
        while total < size * MB:
            line = lines[len(body) % len(lines)]
            body.append(line)
            total += len(line.encode()) + 1
        for name, text in (("many", "\n".join(body)), ("one", " ".join(body))):
            path = folder / f"{name}-{size}mb.txt"
            path.write_text(f"Заголовок статьи\n{text}\n", encoding="utf-8")
            made[path.stem] = path
    path = folder / "tiny.txt"  # the runtime and its models: what every run holds
    path.write_text(f"Заголовок статьи\n{lines[0]}\n", encoding="utf-8")
    made[path.stem] = path
    path = folder / "lines-100k.txt"
    path.write_text("\n".join(lines[i % len(lines)] for i in range(100_000)) + "\n", "utf-8")
    made[path.stem] = path
    return made


def run(args: list[str], tree: Path, cwd: Path, limit: float) -> tuple[float, float, str]:
    """Run ``python -m pipeline ARGS`` with ``tree``'s code; (seconds, peak MB, status).

    A run past ``limit`` seconds is killed (status ``killed after N s``)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", *args],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(tree.resolve()), "NEWSMT_GLOSSARY": ""},
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            seconds = time.perf_counter() - started
            if pid:
                break
            if seconds > limit:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                return seconds, usage.ru_maxrss / 1024, f"killed after {limit:.0f} s"
            time.sleep(0.2)
        err.seek(0)
        tail = err.read().decode(errors="replace").strip().splitlines()[-1:]
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, f"exit {code}" + (f": {tail[0][:100]}" if tail else "")


def outputs(folder: Path) -> dict[str, str]:
    """A digest of each file a ``translate`` run wrote to ``folder``: of its bytes, or of a
    record without the fields that differ from run to run (timings, fingerprint).  Run in
    a child process: a parsed big record takes a lot of memory."""
    found: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix != ".json":
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        for key in ("timings", "fingerprint"):
            record.pop(key, None)
        for article in record.get("articles", []):
            for translation in article.get("translations", {}).values():
                translation.pop("timings", None)
        canonical = json.dumps(record, ensure_ascii=False, sort_keys=True).encode()
        found[path.name] = hashlib.sha256(canonical).hexdigest()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="text file, one segment per line")
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH of a tree")
    parser.add_argument("--sizes", default="10,50", help="input sizes in MB")
    parser.add_argument("--apertium", default="", help="sizes (MB) also run with Apertium")
    parser.add_argument("--only", default="", help="comma-separated input names to run")
    parser.add_argument("--limit", type=float, default=1200, help="seconds before a kill")
    args = parser.parse_args()
    trees = [(name, Path(path)) for name, path in (t.split("=", 1) for t in args.tree)]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="newsmt-big-") as tmp:
        folder = Path(tmp)
        # Made in a child process: a child of this one counts this one's memory at the fork
        # in its own ru_maxrss, so this one must stay small.
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            inputs = pool.submit(make_inputs, args.source, folder, sizes).result()
        commands: list[tuple[str, list[str], Path | None]] = []
        stems = ["tiny", *(f"{kind}-{size}mb" for size in sizes for kind in ("many", "one"))]
        detect_only = ["--to", "uk", "--engine", "argos", "--skip-missing", "--no-cache"]
        apertium = ["--from", "ru", "--to", "uk", "--engine", "apertium", "--no-cache"]
        for stem in stems:
            path = inputs[stem]
            size = stem.rsplit("-", 1)[-1].removesuffix("mb")
            argv = ["translate", str(path), "--out", "OUT"]
            commands.append((f"{stem} detect+split+record", [*argv, *detect_only], path))
            if stem == "tiny" or size in args.apertium.split(","):
                commands.append((f"{stem} apertium", [*argv, *apertium], path))
        for lang in ("auto", "ru"):
            path = inputs["lines-100k"]
            commands.append(
                (f"split --lang {lang} 100k lines", ["split", "--lang", lang, str(path)], None)
            )
        only = set(args.only.split(",")) - {""}
        print(
            f"{'command':40} {'tree':8} {'input MB':>8} {'seconds':>8} {'peak MB':>8} "
            f"{'record MB':>9} {'same':>4}  status"
        )
        for label, argv, path in commands:
            if only and not any(o in label for o in only):
                continue
            first: dict[str, str] | None = None
            for name, tree in trees:
                out = folder / f"out-{name}"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                argv_run = [str(out) if a == "OUT" else a for a in argv]
                seconds, peak, status = run(argv_run, tree, out, args.limit)
                size = (path or inputs["lines-100k"]).stat().st_size / MB
                record = out / f"{path.stem}.json" if path else None
                rec = (
                    f"{record.stat().st_size / MB:9.1f}" if record and record.exists() else " " * 9
                )
                same = ""
                if path:  # translate: compare with the first tree's outputs
                    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
                        written = pool.submit(outputs, out).result()
                    same = "-" if first is None else ("yes" if written == first else "NO")
                    first = written if first is None else first
                print(
                    f"{label:40} {name:8} {size:8.1f} {seconds:8.1f} {peak:8.0f} {rec} "
                    f"{same:>4}  {status}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
