"""`newsmt translate` on big batches: per-stage seconds, wall and CPU time, peak memory,
and what ``--jobs`` buys, with Apertium decoding and with decoding replayed.

Makes N Russian stories of ``--lines`` paragraphs from the given text files (a line a
paragraph; a line used again gets a story/line number written into each of its sentences,
so no sentence repeats another; ``--paragraph-marks``: appended to the line only, as before
6 December, when the earlier sentences of a reused line came again),
then runs, for each N, tree, ``--from`` and ``--jobs`` value, one after the other
(``--modes``: both by default)::

    newsmt translate STORIES --from ru --to uk --engine apertium --no-cache --out OUT --jobs J

(``--from auto``: without ``--from`` and with ``--skip-missing``, so every file is read and
detected first, by the workers when J > 1), first with Apertium (``apertium`` rows; the
last of them records Apertium's output with ``bench/apertium_tape.py``), then with that
output replayed from the tape (``replay`` rows: decoding costs next to nothing; the same
glossary, checks and files).

Each row: the 1-minute load average when the run started, wall seconds, CPU seconds of
newsmt and all its children (``os.wait4``: workers and Apertium's processes included),
``cores`` = CPU / wall (2.0 on a 2-core machine: nothing more to gain there),
``MB`` = peak RSS of the largest process (``ru_maxrss``: a forked worker's pages shared
with the main process count in full), ``PSS`` = the peak, sampled every 0.5 s, of the sum of
the proportional set sizes of newsmt's processes (shared pages counted once: what the run
costs the machine; a child between ``vfork`` and ``exec``, which shares its parent's
address space, not counted again; the next line breaks it down: the main process, the ``--jobs``
workers (each with its private MB: pages no other process shares) and the engine's
processes, at that peak and each at its own), the engine's decode seconds (the summary's hop lines),
each stage's seconds (the summary's ``stages`` line, else the records' ``timings``; with
J > 1 the per-file stages are summed over the workers), ``non-decode`` = wall − decode,
its speed-up over the first ``--jobs`` value of the same tree, ``--from`` and mode, and
whether the run wrote the same files as the first run of that tree and ``--from``
(outputs byte for byte, records without timings, fingerprint and inter_threads).  With
Apertium, ``non-decode`` overlaps decoding (the workers finish one chunk while the next is
decoded, and Apertium's own processes use both cores), so the speed-up of the stages the
pool parallelises is the ``replay`` rows' one.  With ``--baseline-tree DIR`` (e.g.
``git worktree add /tmp/base main``) that tree runs too.

    python bench/batch_scale.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt24/ref.ru \\
        --stories 1000 --jobs 1,2
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_scale import make_stories, pool_of

ROOT = Path(__file__).resolve().parent.parent
TAPE = Path(__file__).resolve().parent / "apertium_tape.py"
STAGES = ("read", "detect", "segment", "translate", "glossary", "checks", "write")
_HOP = re.compile(r"^\s+.+: \d+ sentences, .* decoded in ([\d.]+) s$", re.M)
_STAGE = re.compile(r"(\w+) ([\d.]+) s")
VARYING = ("timings", "fingerprint", "inter_threads")
"""Record fields that differ between runs of the same batch (or with ``--jobs`` itself)."""


@dataclass
class Run:
    """One ``newsmt translate`` run as measured from outside."""

    load: float
    wall: float
    cpu: float
    mb: float
    pss: float
    summary: str
    breakdown: str


def _tree(pid: int) -> dict[int, int]:
    """``pid`` and its descendants (``/proc/PID/task/TID/children``), each with its parent."""
    found, todo = {}, [(pid, 0)]
    while todo:
        here, parent = todo.pop()
        found[here] = parent
        for children in Path(f"/proc/{here}/task").glob("*/children"):
            try:
                todo += [(int(c), here) for c in children.read_text().split()]
            except OSError:
                continue
    return found


def _rollup(pid: int) -> dict[str, float]:
    """``Pss``, ``Rss`` and private (``Private_Clean`` + ``Private_Dirty``) of ``pid`` in MB
    from ``/proc/PID/smaps_rollup`` (empty when it is gone)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return {}
    kb = {k: int(v.split()[0]) for k, _, v in (x.partition(":") for x in rollup.splitlines()[1:])}
    return {
        "pss": kb.get("Pss", 0) / 1024,
        "rss": kb.get("Rss", 0) / 1024,
        "private": (kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)) / 1024,
    }


_LIBC = ctypes.CDLL(None, use_errno=True)
_SYS_KCMP = {"x86_64": 312, "aarch64": 272}.get(platform.machine())
_KCMP_VM = 1


def _same_vm(pid: int, parent: int) -> bool:
    """Whether ``pid`` runs in its parent's address space (``kcmp(KCMP_VM)``): a child of
    ``vfork()`` (``subprocess`` spawns a program so) between the fork and its ``exec``,
    whose ``smaps_rollup`` is its parent's all over again (counted twice, a sample that
    caught one read ≈ 80–100 MB too much).  False where kcmp cannot tell."""
    if parent <= 0 or _SYS_KCMP is None:
        return False
    return _LIBC.syscall(_SYS_KCMP, pid, parent, _KCMP_VM, 0, 0) == 0


def _is_python(pid: int) -> bool:
    try:
        return os.readlink(f"/proc/{pid}/exe") == os.path.realpath(sys.executable)
    except OSError:
        return False


ROLES = ("main", "workers", "engine")
"""The run's processes: the one started, the Python processes it forked (``--jobs``
workers), everything else (Apertium's pipelines, ``lt-proc``)."""


class _PeakPss(threading.Thread):
    """The highest sum of PSS over a process and its descendants, sampled every
    ``interval`` seconds while it runs: the run's memory with the pages its processes share
    (forked workers' copy-on-write pages, libraries) counted once; with, at that sample,
    the PSS of each of :data:`ROLES` and each worker's PSS and private MB, and the peak of
    each role's PSS over the run."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self.at_peak: dict[str, float] = {}
        self.workers: list[tuple[float, float]] = []
        self.role_peaks: dict[str, float] = dict.fromkeys(ROLES, 0.0)
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.interval):
            roles = dict.fromkeys(ROLES, 0.0)
            workers = []
            for pid, parent in _tree(self.pid).items():
                sizes = _rollup(pid)
                if not sizes or _same_vm(pid, parent):
                    continue
                if pid == self.pid:
                    role = "main"
                elif parent == self.pid and _is_python(pid):
                    role = "workers"
                    workers.append((sizes["pss"], sizes["private"]))
                else:
                    role = "engine"
                roles[role] += sizes["pss"]
            for role, mb in roles.items():
                self.role_peaks[role] = max(self.role_peaks[role], mb)
            if sum(roles.values()) > self.peak:
                self.peak, self.at_peak, self.workers = sum(roles.values()), roles, workers

    def breakdown(self) -> str:
        """The summed PSS at its peak by role, and each role's own peak."""
        shown = ", ".join(f"{role} {self.at_peak.get(role, 0.0):.0f}" for role in ROLES)
        each = " + ".join(f"{pss:.0f} (private {private:.0f})" for pss, private in self.workers)
        peaks = ", ".join(f"{role} {mb:.0f}" for role, mb in self.role_peaks.items())
        return (
            f"PSS {self.peak:.0f} MB at its peak: {shown}"
            + (f" (workers: {each})" if each else "")
            + f"; each role's peak: {peaks}"
        )


def run(command: list[str], tree: Path, env: dict[str, str]) -> Run:
    """Run ``python COMMAND`` with ``tree``'s code and measure it."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, *command],
            cwd=tree,
            env={**env, "PYTHONPATH": str(tree)},
            stdout=out,
            stderr=err,
        )
        sampler = _PeakPss(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(command)} failed: {err.read().decode()[-800:]}")
        cpu = usage.ru_utime + usage.ru_stime
        return Run(
            load,
            seconds,
            cpu,
            usage.ru_maxrss / 1024,
            sampler.peak,
            out.read().decode(),
            sampler.breakdown(),
        )


def stage_seconds(summary: str, out: Path) -> Counter[str]:
    """Seconds per stage: the summary's ``stages`` line, else the records' timings."""
    line = next((x for x in summary.splitlines() if x.startswith("stages ")), None)
    if line is not None:
        return Counter({k: float(v) for k, v in _STAGE.findall(line)})
    total: Counter[str] = Counter()
    batch: dict[str, float] = {}
    for record in out.glob("*.json"):
        timings = json.loads(record.read_text(encoding="utf-8")).get("timings", {})
        for key, value in timings.items():
            if key.startswith("batch_"):
                batch[key[6:]] = value
            else:
                total[key] += value
    total.update(batch)
    return total


def contents(out: Path) -> dict[str, str]:
    """A digest of every file of ``out``: of the outputs' bytes, of the records without the
    :data:`VARYING` fields (digests, not the files: a 10,000-story batch's files would
    hold this process at more than a gigabyte)."""

    def strip(data: Any) -> Any:
        if isinstance(data, dict):
            return {k: strip(v) for k, v in data.items() if k not in VARYING}
        if isinstance(data, list):
            return [strip(x) for x in data]
        return data

    def digest(path: Path) -> str:
        data = path.read_bytes()
        if path.suffix == ".json":
            data = json.dumps(strip(json.loads(data)), sort_keys=True).encode()
        return hashlib.sha256(data).hexdigest()

    return {p.name: digest(p) for p in sorted(out.iterdir())}


def measure(
    batch: Path,
    name: str,
    tree: Path,
    source: str,
    jobs_values: list[str],
    env: dict[str, str],
    modes: list[str],
) -> list[str]:
    """Print a row per mode and ``--jobs`` value; return the speed-up lines."""
    tape = batch / f"{name}-{source}.tape"
    reference: dict[str, str] | None = None
    ratios = []
    for mode in modes:
        first: float | None = None
        for jobs in jobs_values:
            out = batch / f"out-{name}-{source}-{mode}-{jobs}"
            args = ["translate", str(batch / "stories"), "--to", "uk", "--engine", "apertium",
                    "--no-cache", "--out", str(out), "--jobs", jobs,
                    *(["--from", "ru"] if source == "ru" else ["--skip-missing"])]  # fmt: skip
            if mode == "replay":
                command = [str(TAPE), "replay", str(tape), *args]
            elif jobs == jobs_values[-1]:
                command = [str(TAPE), "record", str(tape), *args]
            else:
                command = ["-m", "pipeline", *args]
            done = run(command, tree, env)
            decode = sum(float(s) for s in _HOP.findall(done.summary))
            stages = stage_seconds(done.summary, out)
            rest = done.wall - decode
            files = contents(out)
            reference = files if reference is None else reference
            first = rest if first is None else first
            same = "yes" if files == reference else "NO"
            print(
                f"{name:>8} {source:>4} {mode:>8} {jobs:>4} {done.load:>5.1f} {done.wall:>7.1f} "
                f"{done.cpu:>7.1f} {done.cpu / done.wall:>5.2f} {done.mb:>5.0f} {done.pss:>5.0f} "
                f"{decode:>7.1f} "
                + " ".join(f"{stages.get(s, 0.0):>9.1f}" for s in STAGES)
                + f" {rest:>10.1f} {first / rest:>7.2f}x {same:>4}",
                flush=True,
            )
            print(f"{'':>8} {done.breakdown}", flush=True)
            if jobs != jobs_values[0]:
                ratios.append(
                    f"{batch.name[1:]} stories, {name}, --from {source}, {mode}: "
                    f"--jobs {jobs} vs {jobs_values[0]}: non-decode {first / rest:.2f}x"
                )
            shutil.rmtree(out, ignore_errors=True)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="Russian text, a segment a line")
    parser.add_argument("--stories", default="1000", help="batch sizes, comma-separated")
    parser.add_argument("--jobs", default="1,2", help="--jobs values, comma-separated")
    parser.add_argument("--from", dest="source", default="ru,auto", help="ru and/or auto")
    parser.add_argument(
        "--modes", default="apertium,replay", help="apertium and/or replay (after apertium)"
    )
    parser.add_argument("--lines", type=int, default=15, help="paragraphs per story")
    parser.add_argument("--baseline-tree", type=Path, help="another checkout to compare with")
    parser.add_argument("--keep", type=Path, help="keep the batches in this folder")
    parser.add_argument(
        "--paragraph-marks",
        action="store_true",
        help="mark a reused line once at its end: its earlier sentences repeat",
    )
    opts = parser.parse_args()

    pool = pool_of(opts.sources)
    work = opts.keep or Path(tempfile.mkdtemp(prefix="batch-scale-"))
    env = {**os.environ, "NEWSMT_CACHE_DIR": str(work / "cache")}
    trees = [("baseline", opts.baseline_tree)] if opts.baseline_tree else []
    trees.append(("this", ROOT))
    print(f"{len(pool)} source lines; {opts.lines} paragraphs a story; {os.cpu_count()} cores")
    ratios: list[str] = []
    try:
        for count in (int(n) for n in opts.stories.split(",")):
            batch = work / f"n{count}"
            shutil.rmtree(batch, ignore_errors=True)
            make_stories(batch / "stories", pool, count, opts.lines, not opts.paragraph_marks)
            print(
                f"{count} stories\n{'tree':>8} {'from':>4} {'mode':>8} {'jobs':>4} {'load':>5} "
                f"{'wall s':>7} {'CPU s':>7} {'cores':>5} {'MB':>5} {'PSS':>5} {'decode':>7} "
                + " ".join(f"{s:>9}" for s in STAGES)
                + f" {'non-decode':>10} {'speed-up':>8} {'same':>4}"
            )
            for (name, tree), source in product(trees, opts.source.split(",")):
                ratios += measure(
                    batch, name, tree, source, opts.jobs.split(","), env, opts.modes.split(",")
                )
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(ratios))
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
