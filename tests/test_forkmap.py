"""Work over slices of a list in forked processes: the same results, in order."""

from __future__ import annotations

import os
from collections.abc import Sequence

from pipeline.glossary.forkmap import fork_map, slices


def test_slices_are_contiguous_of_about_equal_size_and_never_empty() -> None:
    assert slices([1] * 8, 4) == [(0, 2), (2, 4), (4, 6), (6, 8)]
    assert slices([5, 1, 1, 1, 1, 1], 2) == [(0, 1), (1, 6)]
    assert slices([1, 1], 8) == [(0, 1), (1, 2)]
    assert slices([3], 4) == [(0, 1)]
    assert slices([], 2) == []


def _square_and_pid(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in items]


def test_fork_map_puts_the_workers_results_back_in_order() -> None:
    items = list(range(40))
    results = fork_map(_square_and_pid, items, [1] * len(items), workers=2)
    assert [square for square, _pid in results] == [i * i for i in items]
    pids = {pid for _square, pid in results}
    assert pids and os.getpid() not in pids and len(pids) <= 2  # two workers at most


def test_one_worker_or_one_slice_runs_here() -> None:
    for workers, items in ((1, [1, 2, 3]), (2, [7])):
        results = fork_map(_square_and_pid, items, [1] * len(items), workers)
        assert results == [(i * i, os.getpid()) for i in items]


def _sizes_and_pid(items: Sequence[int]) -> list[tuple[int, int, int]]:
    return [(item, len(items), os.getpid()) for item in items]


def test_no_slice_is_much_over_most_in_or_out_of_the_workers() -> None:
    """``most`` cuts a big list into more slices (what a slice holds stays bounded);
    results in order, here and in the workers."""
    items = list(range(40))
    for workers in (1, 2):
        results = fork_map(_sizes_and_pid, items, [1] * len(items), workers, most=4)
        assert [item for item, _n, _pid in results] == items
        assert max(n for _item, n, _pid in results) == 4
        assert (os.getpid() in {pid for *_rest, pid in results}) == (workers == 1)
    results = fork_map(_sizes_and_pid, items, [1] * len(items), 2)
    assert max(n for _item, n, _pid in results) == 5  # 2 workers × 4 slices
