"""Spread independent work over the machine's cores, with the same result as doing it in order.

Helpers are forked, so they start with everything the parent has already gathered (the
checked, cross-linked fact base) instead of receiving a pickled copy; only their results
travel back. The parent works too: it takes chunks from the same queue, without the
copy-on-write faults a forked helper pays for every page of the heap it touches. Where
fork is unavailable, or one worker is asked for, all the work is done here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_workers() -> int:
    """One worker per core this process may use; EXPLAINER_WORKERS overrides (1: no forks)."""
    wanted = os.environ.get("EXPLAINER_WORKERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class WorkerFailed(RuntimeError):
    """A forked helper stopped without handing back its results."""


def map_in_chunks(
    task: Callable[[Sequence[Item]], list[Result]],
    items: Sequence[Item],
    workers: int,
    chunks_per_worker: int = 16,
) -> list[Result]:
    """task(chunk) for consecutive chunks of items, concatenated in the items' order.

    Many small chunks, taken one at a time by whoever is free, even out chunks that
    cost more than others.
    """
    if workers <= 1 or len(items) < 2 or not _can_fork():
        return task(items)
    count = min(len(items), workers * chunks_per_worker)
    size = -(-len(items) // count)
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    context = multiprocessing.get_context("fork")
    queue = _Queue(task, chunks, context.Value("i", 0))
    helpers: list[tuple[Any, Connection]] = []
    try:
        for _ in range(min(workers, len(chunks)) - 1):
            receiving, sending = context.Pipe(duplex=False)
            helper = context.Process(target=queue.help, args=(sending,), daemon=True)
            helper.start()
            sending.close()
            helpers.append((helper, receiving))
        done = queue.work()
        for helper, receiving in helpers:
            done.update(_receive(helper, receiving))
    finally:
        for helper, receiving in helpers:
            receiving.close()
            if helper.is_alive() and helper.exitcode is None:
                helper.join(timeout=5)
            if helper.is_alive():
                helper.terminate()
                helper.join()
    return [result for index in range(len(chunks)) for result in done[index]]


class _Queue:
    """Chunks handed out one at a time, by a counter shared across the forks."""

    def __init__(self, task: Callable[[Any], list[Any]], chunks: list[Any], taken: Any) -> None:
        self.task = task
        self.chunks = chunks
        self.taken = taken

    def work(self) -> dict[int, list[Any]]:
        done: dict[int, list[Any]] = {}
        while True:
            with self.taken.get_lock():
                index = self.taken.value
                self.taken.value += 1
            if index >= len(self.chunks):
                return done
            done[index] = self.task(self.chunks[index])

    def help(self, sending: Connection) -> None:
        """In a forked helper: work, then hand the results (or what went wrong) back."""
        _hand_back(self.work, sending)


def _hand_back(task: Callable[[], Any], sending: Connection) -> None:
    outcome: Any
    try:
        outcome = task()
    except BaseException as error:  # reraised in the parent
        outcome = error
    try:
        sending.send(outcome)
    except Exception as error:  # the error itself would not pickle
        sending.send(WorkerFailed(f"{type(outcome).__name__}: {outcome} ({error})"))
    sending.close()


def _receive(helper: Any, receiving: Connection) -> Any:
    """What a helper handed back; its exception is raised here."""
    try:
        outcome = receiving.recv()
    except EOFError:
        raise WorkerFailed(f"a worker stopped (exit code {helper.exitcode})") from None
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


class Pending(Generic[Result]):
    """A task started in a forked helper while the caller goes on with something else."""

    def __init__(self, task: Callable[[], Result], workers: int) -> None:
        self._task = task
        self._helper: Any = None
        if workers > 1 and _can_fork():
            context = multiprocessing.get_context("fork")
            self._receiving, sending = context.Pipe(duplex=False)
            self._helper = context.Process(target=_hand_back, args=(task, sending), daemon=True)
            self._helper.start()
            sending.close()

    def result(self) -> Result:
        """Wait for the task's result; with no helper, the task runs now, here."""
        if self._helper is None:
            return self._task()
        try:
            return _receive(self._helper, self._receiving)  # type: ignore[no-any-return]
        finally:
            self._receiving.close()
            self._helper.join()


def start(task: Callable[[], Result], workers: int) -> Pending[Result]:
    """task() on another core (when workers > 1) while this process does other work."""
    return Pending(task, workers)


def _can_fork() -> bool:
    # A fork copies only the calling thread: a lock another thread holds at that moment
    # (logging, an import) would stay held in the child forever. `mkdocs serve` has threads.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
