"""How a run uses the machine, by one policy: its cores, and Python's cycle collector.

A run is one `with session() as run:` (pipeline.check and pipeline.generate each are one,
and so are the tools that load a fact base):

* While the fact base is gathered (loaded, validated, checked, cross-linked) the cycle
  collector is off. Those stages make hundreds of thousands of small objects that live to
  the end of the run and form no reference cycles; each counted towards a collection, and
  each full collection went through all the data gathered so far again: at 10,000 events
  the collector took longer than the loading and the validation themselves. Reference
  counting still frees everything as usual.
* Once it is gathered (run.gathered()), all of it is frozen, out of the collector's sight
  until the run ends, and the collector is on again for the pages, whose short-lived
  garbage it collects without rescanning the fact base; nor does it touch the frozen data
  in forked workers, which would copy its memory pages into each of them.
* Independent work is spread over forked workers (run.map_in_chunks, run.aside), which
  start with everything gathered instead of receiving a pickled copy; only their results
  travel back. The parent works too: it takes chunks from the same queue, without the
  copy-on-write faults a forked helper pays for every page of the heap it touches. Where
  fork is unavailable, other threads run (`mkdocs serve`), or one worker is asked for
  (EXPLAINER_WORKERS=1), all the work is done in this process, with the same result.
* When the run ends, everything goes back to the collector in its oldest generation (so
  that no collection goes through all of it on the way), and the collector is as it was.
  A long-running `mkdocs serve` keeps nothing frozen from one rebuild to the next.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
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


class Run:
    """One run's use of the machine: see the module's docstring for the policy."""

    def __init__(self, workers: int, collector_was_enabled: bool) -> None:
        self.workers = workers
        self._collector_was_enabled = collector_was_enabled

    def gathered(self) -> None:
        """Everything made so far lives to the end of the run: out of the collector's sight,
        and the collector on again for what follows."""
        gc.freeze()
        if self._collector_was_enabled:
            gc.enable()

    def map_in_chunks(
        self, task: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item]
    ) -> list[Result]:
        """task(chunk) over the items on this run's workers; see map_in_chunks."""
        return map_in_chunks(task, items, self.workers)

    def aside(self, task: Callable[[], Result]) -> Pending[Result]:
        """task() on another core while this one goes on; see start."""
        return start(task, self.workers)


@contextlib.contextmanager
def session(workers: int | None = None) -> Iterator[Run]:
    """A run: the collector off until run.gathered(), workers as default_workers() says
    unless given; at the end, everything back in the collector's oldest generation."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield Run(default_workers() if workers is None else workers, was_enabled)
    finally:
        # freeze moves every object out of the generations, unfreeze puts them all into
        # the oldest one: neither goes through them as a collection would.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


# --- forked workers ------------------------------------------------------------------------


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

    def discard(self) -> None:
        """Not wanted any more (the caller failed): wait for a helper's task to end, and drop
        its outcome; a task that has not started (no helper) is not run."""
        if self._helper is None or self._receiving.closed:
            return
        with contextlib.suppress(BaseException):
            self.result()


def start(task: Callable[[], Result], workers: int) -> Pending[Result]:
    """task() on another core (when workers > 1) while this process does other work."""
    return Pending(task, workers)


def _can_fork() -> bool:
    # A fork copies only the calling thread: a lock another thread holds at that moment
    # (logging, an import) would stay held in the child forever. `mkdocs serve` has threads.
    # A forked helper is one of several already, and multiprocessing lets it fork no more.
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )
