"""A function over contiguous slices of a list in forked worker processes, results in order.

The workers are forked (as ``newsmt translate --jobs`` forks its own): they inherit the
list and whatever the caller loaded before (models, the glossary), so only the slice
bounds go to them and only the results come back.  The result is the same whatever the
number of workers: ``func`` gives one result per item, and slices are put back in order.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from typing import Any

SLICES_PER_WORKER = 4
"""Slices per worker: a worker whose core is busy with something else takes fewer."""

_WORK: tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any]] | None = None
"""What the worker processes run on (set before they are forked)."""


def available_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def slices(sizes: Sequence[int], count: int) -> list[tuple[int, int]]:
    """At most ``count`` contiguous ``(start, end)`` ranges over items of ``sizes``, each
    of about the same total size; none empty."""
    total = sum(sizes)
    bounds: list[tuple[int, int]] = []
    start, done = 0, 0
    for i, size in enumerate(sizes):
        done += size
        if done * count >= total * (len(bounds) + 1) and i + 1 < len(sizes):
            bounds.append((start, i + 1))
            start = i + 1
    if start < len(sizes):
        bounds.append((start, len(sizes)))
    return bounds


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _WORK is not None
    func, items = _WORK
    return func(items[bounds[0] : bounds[1]])


def fork_map(
    func: Callable[[Sequence[Any]], list[Any]],
    items: Sequence[Any],
    sizes: Sequence[int],
    workers: int,
    most: int | None = None,
) -> list[Any]:
    """``func(items)`` (one result per item), computed by ``workers`` forked processes over
    slices of about equal ``sizes``; in this process when ``workers`` < 2 or there is one
    slice only.  With ``most``, there are enough slices for none to be much over ``most``
    in size, so what ``func`` holds for a slice does not grow with ``items``."""
    count = workers * SLICES_PER_WORKER if workers > 1 else 1
    if most:
        count = max(count, -(-sum(sizes) // most))
    bounds = slices(sizes, count)
    if workers < 2 or len(bounds) < 2:
        return [result for start, end in bounds for result in func(items[start:end])]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORK
    _WORK = (func, items)
    context = multiprocessing.get_context("fork")
    # The collector off for what the workers inherit, so they do not copy every page of
    # it to walk it; the workers are forked at the first submit.
    gc.freeze()
    try:
        with ProcessPoolExecutor(min(workers, len(bounds)), mp_context=context) as pool:
            futures = [pool.submit(_run, b) for b in bounds]
            gc.unfreeze()
            return [result for future in futures for result in future.result()]
    finally:
        gc.unfreeze()
        _WORK = None
