"""Spread independent work over the machine's cores, with the same result as doing it in order.

Workers are forked, so they start with everything the parent has already gathered (the
checked, cross-linked fact base) instead of receiving a pickled copy; only their results
travel back. Where fork is unavailable, or one worker is asked for, the work runs here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# The function a forked worker runs: set just before the fork, inherited by the workers.
_task: Callable[[Sequence[object]], list[object]] | None = None


def default_workers() -> int:
    """One worker per core this process may use; EXPLAINER_WORKERS overrides (1: no forks)."""
    wanted = os.environ.get("EXPLAINER_WORKERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_in_chunks(
    task: Callable[[Sequence[Item]], list[Result]],
    items: Sequence[Item],
    workers: int,
    chunks_per_worker: int = 16,
) -> list[Result]:
    """task(chunk) for consecutive chunks of items, concatenated in the items' order.

    Several chunks per worker even out chunks that happen to cost more than others.
    """
    if workers <= 1 or len(items) < 2 or not _can_fork():
        return task(items)
    count = min(len(items), workers * chunks_per_worker)
    size = -(-len(items) // count)
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    global _task
    _task = task  # type: ignore[assignment]
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, len(chunks))) as pool:
            results = pool.map(_run_task, chunks, chunksize=1)
    finally:
        _task = None
    return [result for chunk_results in results for result in chunk_results]  # type: ignore[misc]


def _can_fork() -> bool:
    # A fork copies only the calling thread: a lock another thread holds at that moment
    # (logging, an import) would stay held in the child forever. `mkdocs serve` has threads.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _run_task(chunk: Sequence[object]) -> list[object]:
    assert _task is not None, "forked without a task"
    return _task(chunk)
