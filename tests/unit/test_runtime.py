"""Work spread over forked workers comes back whole and in order, and really is spread.

The tests that need a fork run in a freshly spawned process: the test process may have
threads left by other tests (a local web server), and then nothing forks, by design.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection

import pytest

from generator import runtime

# Each worker's first chunk waits here for the other one: proof both took part.
both_workers = multiprocessing.get_context("fork").Barrier(2, timeout=60)
met_the_other = False


def pids_and_squares(chunk: Sequence[int]) -> list[tuple[int, int]]:
    return [(os.getpid(), item * item) for item in chunk]


def meet_then_square(chunk: Sequence[int]) -> list[tuple[int, int]]:
    global met_the_other
    if not met_the_other:
        both_workers.wait()
        met_the_other = True
    return pids_and_squares(chunk)


def in_a_process_without_threads(check: Callable[[], None]) -> None:
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=report_check, args=(check, sending))
    process.start()
    sending.close()
    failure = receiving.recv()
    process.join()
    assert failure is None, failure


def report_check(check: Callable[[], None], sending: Connection) -> None:
    try:
        check()
    except BaseException:
        sending.send(traceback.format_exc())
    else:
        sending.send(None)


def test_results_come_back_in_the_items_order_from_a_fork_and_the_parent() -> None:
    in_a_process_without_threads(results_come_back_in_order)


def results_come_back_in_order() -> None:
    assert threading.active_count() == 1
    items = list(range(101))
    results = runtime.map_in_chunks(meet_then_square, items, workers=2)
    assert [square for _, square in results] == [item * item for item in items]
    workers = {pid for pid, _ in results}
    assert os.getpid() in workers
    assert len(workers) == 2


def fail_in_the_fork(chunk: Sequence[int]) -> list[int]:
    meet_then_square(chunk)  # so that the fork surely takes a chunk
    if os.getpid() != parent_pid:
        raise ValueError(f"no good: {list(chunk)}")
    return list(chunk)


parent_pid = os.getpid()


def test_an_error_in_a_forked_worker_is_raised_in_the_parent() -> None:
    in_a_process_without_threads(an_error_in_the_fork_is_raised_in_the_parent)


def an_error_in_the_fork_is_raised_in_the_parent() -> None:
    global met_the_other, parent_pid
    parent_pid = os.getpid()
    met_the_other = False  # the parent meets the fork again
    try:
        runtime.map_in_chunks(fail_in_the_fork, list(range(40)), workers=2)
    except ValueError as error:
        assert str(error).startswith("no good: [")
    else:
        raise AssertionError("the fork's error was lost")


def test_one_worker_runs_here() -> None:
    results = runtime.map_in_chunks(pids_and_squares, [1, 2, 3], workers=1)
    assert results == [(os.getpid(), 1), (os.getpid(), 4), (os.getpid(), 9)]


def test_no_fork_while_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        results = runtime.map_in_chunks(pids_and_squares, list(range(10)), workers=2)
    finally:
        release.set()
        other.join()
    assert {pid for pid, _ in results} == {os.getpid()}


def test_workers_setting(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPLAINER_WORKERS", "3")
    assert runtime.default_workers() == 3
    monkeypatch.setenv("EXPLAINER_WORKERS", "none")
    assert runtime.default_workers() == len(os.sched_getaffinity(0))


def test_a_task_started_alongside_runs_in_a_fork() -> None:
    in_a_process_without_threads(a_task_started_alongside_runs_in_a_fork)


def a_task_started_alongside_runs_in_a_fork() -> None:
    pending = runtime.start(os.getpid, workers=2)
    assert pending.result() != os.getpid()
    failing = runtime.start(lambda: int("not a number"), workers=2)
    try:
        failing.result()
    except ValueError as error:
        assert "not a number" in str(error)
    else:
        raise AssertionError("the fork's error was lost")
    assert runtime.start(os.getpid, workers=1).result() == os.getpid()


def test_a_task_no_longer_wanted_is_waited_for_or_never_run() -> None:
    in_a_process_without_threads(a_task_no_longer_wanted_is_waited_for_or_never_run)


def write_after_a_while(path: str) -> None:
    time.sleep(0.3)
    with open(path, "w") as file:
        file.write("done")


def a_task_no_longer_wanted_is_waited_for_or_never_run() -> None:
    folder = tempfile.mkdtemp()
    forked, here = os.path.join(folder, "forked"), os.path.join(folder, "here")
    runtime.start(lambda: write_after_a_while(forked), workers=2).discard()
    assert os.path.exists(forked)  # discard waited for the helper to end
    runtime.start(lambda: write_after_a_while(here), workers=1).discard()
    assert not os.path.exists(here)  # not started, so not run
    failing = runtime.start(lambda: int("not a number"), workers=2)
    failing.discard()  # its error is dropped
    failing.discard()  # and a second discard does nothing


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
def test_a_run_gathers_without_the_collector_and_leaves_it_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with runtime.session(workers=1) as run:
            assert not gc.isenabled()  # while the fact base is gathered
            gathered = [{"record": n} for n in range(1000)]
            run.gathered()
            assert gc.get_freeze_count() >= len(gathered)  # out of the collector's sight
            assert gc.isenabled() is enabled  # on again for the pages, if it was on
        assert gc.get_freeze_count() == 0
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError, match="stopped"), runtime.session(workers=1):
            raise ValueError("stopped half-way")
        assert gc.get_freeze_count() == 0
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_run_has_the_workers_it_is_given_or_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLAINER_WORKERS", "3")
    with runtime.session() as run:
        assert run.workers == 3
    with runtime.session(workers=1) as run:
        assert run.workers == 1
