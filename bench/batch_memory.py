"""Where the memory of a big `newsmt translate` batch goes, process by process.

Makes N Russian stories as ``bench/batch_scale.py`` does and runs, in this process::

    newsmt translate STORIES --from ru --to uk --engine apertium --no-cache --out OUT --jobs J

sampling every process of the run (the main one after each chunk it translates, each
worker after each file it finishes) from ``/proc/self``: RSS and its high-water mark,
PSS and USS (private pages: what the process costs beyond the pages it shares with the
others, copy-on-write pages of the parent included), glibc malloc's heap (in use and free
inside it: fragmentation), the number of entries of every ``functools`` cache of
``pipeline`` and which lazily loaded models the process holds.  Prints, per process, the
samples at the first file, at each model load (with the RSS it added) and at the end.

    python bench/batch_memory.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt24/ref.ru \\
        --stories 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from review_scale import make_stories, pool_of

MB = 1024 * 1024
MODULES = ("lingua", "natasha", "slovnet", "spacy", "pymorphy3", "ctranslate2")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                     "uordblks", "fordblks", "keepcost")
    ]  # fmt: skip


_LIBC = ctypes.CDLL("libc.so.6")
_LIBC.mallinfo2.restype = _MallInfo2


def _kb_fields(path: str) -> dict[str, float]:
    out = {}
    with open(path, encoding="ascii") as lines:
        for line in lines:
            key, _, value = line.partition(":")
            parts = value.split()
            if len(parts) == 2 and parts[1] == "kB":
                out[key] = int(parts[0]) / 1024
    return out


def caches() -> dict[str, int]:
    """Entries of every ``functools`` cache defined in a loaded ``pipeline`` module."""
    sizes = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline") or module is None:
            continue
        for attr, obj in vars(module).items():
            info = getattr(obj, "cache_info", None)
            if callable(info) and getattr(obj, "__module__", None) == name:
                sizes[f"{name.removeprefix('pipeline.')}.{attr}"] = info().currsize
    return sizes


def sample(role: str, files: int) -> dict[str, Any]:
    """One sample of this process."""
    status = _kb_fields("/proc/self/status")
    rollup = _kb_fields("/proc/self/smaps_rollup")
    heap = _LIBC.mallinfo2()
    return {
        "pid": os.getpid(),
        "role": role,
        "files": files,
        "time": time.time(),
        "rss": status["VmRSS"],
        "hwm": status["VmHWM"],
        "pss": rollup["Pss"],
        "uss": rollup["Private_Clean"] + rollup["Private_Dirty"],
        "anon": rollup["Anonymous"],
        "heap": (heap.arena + heap.hblkhd) / MB,
        "heap_used": (heap.uordblks + heap.hblkhd) / MB,
        "heap_free": heap.fordblks / MB,
        "modules": [m for m in MODULES if m in sys.modules],
        "caches": caches(),
    }


def instrument(log_dir: Path) -> None:
    """Sample the main process after each chunk it translates and a worker after each
    file it finishes (both found by name in :mod:`pipeline.run` at call time)."""
    import pipeline.run as run

    counts: dict[str, int] = {}
    translate_chunk, finish, start = run._translate_chunk, run.finish_and_write, run._start_worker

    def log(role: str) -> None:
        counts[role] = counts.get(role, 0) + 1
        with open(log_dir / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(sample(role, counts[role])) + "\n")

    def chunk(*args: Any, **kwargs: Any) -> Any:
        works = translate_chunk(*args, **kwargs)
        log("main")
        return works

    def file(*args: Any, **kwargs: Any) -> Any:
        result = finish(*args, **kwargs)
        log("main" if os.getpid() == main_pid else "worker")
        return result

    def started(*args: Any) -> None:
        start(*args)
        counts.clear()
        log("worker")

    main_pid = os.getpid()
    run._start_worker = started
    run._translate_chunk = chunk
    run.finish_and_write = file


def report(log_dir: Path) -> None:
    """Per process: the first sample, each one where a model or module came, the last."""
    cols = ("rss", "hwm", "pss", "uss", "heap", "heap_used", "heap_free")
    print(f"{'pid':>8} {'role':>6} {'n':>6} " + " ".join(f"{c:>9}" for c in cols) + "  event")
    for path in sorted(log_dir.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        shown = []
        for before, row in zip([None, *rows], rows, strict=False):
            if before is None:
                shown.append((row, "first"))
                continue
            came = [m for m in row["modules"] if m not in before["modules"]]
            loaded = [
                k for k, v in row["caches"].items()
                if v and not before["caches"].get(k) and k.endswith(("_models", "analyzer",
                                                                     "_lingua_uk_ru", "_parser"))
            ]  # fmt: skip
            if came or loaded:
                grew = row["rss"] - before["rss"]
                shown.append((row, f"+{grew:.0f} MB: {' '.join(came + loaded)}"))
        if rows[-1] is not shown[-1][0]:
            shown.append((rows[-1], "last"))
        for row, event in shown:
            print(
                f"{row['pid']:>8} {row['role']:>6} {row['files']:>6} "
                + " ".join(f"{row[c]:>9.1f}" for c in cols)
                + f"  {event}"
            )
        big = sorted(rows[-1]["caches"].items(), key=lambda kv: -kv[1])[:8]
        print("         caches: " + ", ".join(f"{k} {v}" for k, v in big if v))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a segment a line")
    parser.add_argument("--stories", type=int, default=1000, help="batch size")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs")
    parser.add_argument("--lines", type=int, default=15, help="paragraphs per story")
    parser.add_argument("--keep", type=Path, help="keep the batch and the samples here")
    opts = parser.parse_args()

    work = opts.keep or Path(tempfile.mkdtemp(prefix="batch-memory-"))
    os.environ["NEWSMT_CACHE_DIR"] = str(work / "cache")
    stories, log_dir = work / "stories", work / "samples"
    shutil.rmtree(work / "out", ignore_errors=True)
    shutil.rmtree(log_dir, ignore_errors=True)
    log_dir.mkdir(parents=True)
    if not stories.is_dir():
        make_stories(stories, pool_of(opts.sources), opts.stories, opts.lines)
    from pipeline.cli import main as cli

    instrument(log_dir)
    args = ["translate", str(stories), "--from", "ru", "--to", "uk", "--engine", "apertium",
            "--no-cache", "--out", str(work / "out"), "--jobs", str(opts.jobs)]  # fmt: skip
    try:
        cli.main(args, standalone_mode=False)
        report(log_dir)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
