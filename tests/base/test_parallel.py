"""Work spread over forked processes: every result comes back, each worker's as it goes, errors reach the caller."""
from __future__ import annotations

import multiprocessing
import os
import time
from typing import Any

import pytest

from generator.base import parallel
from generator.base.errors import ERROR, ContentError, Problem

FORK = multiprocessing.get_context("fork")


class Recorded:
    """A pipe end that keeps what is sent through it."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, Any]] = []
        self.closed = False

    def send(self, message: tuple[str, Any]) -> None:
        self.sent.append(message)

    def close(self) -> None:
        self.closed = True


def no_problems(exc: BaseException) -> list[Problem] | None:
    return exc.problems if isinstance(exc, ContentError) else None


def test_a_worker_sends_each_chunk_of_results_as_soon_as_it_is_done() -> None:
    # A worker that kept its results until the end would hold half the site's records at the build's peak.
    shared = parallel._Shared(FORK.Value("q", 0), FORK.Value("q", 0))
    pipe = Recorded()
    count = 2 * parallel.CHUNK + 5
    parallel._child(count, lambda i: i * i, shared, no_problems, pipe)
    chunks = [payload for status, payload in pipe.sent if status == "chunk"]
    assert [sorted(chunk) for chunk in chunks] == [list(range(0, parallel.CHUNK)),
                                                   list(range(parallel.CHUNK, 2 * parallel.CHUNK)),
                                                   list(range(2 * parallel.CHUNK, count))]
    assert all(value == i * i for chunk in chunks for i, value in chunk.items())
    assert pipe.sent[-1] == ("done", None) and pipe.closed


def shared_work(child_does: str) -> Any:
    """A job that makes sure both processes take part: each one's first item waits until the other has one too
    (a guard of a minute keeps a broken worker from hanging the test). The forked worker returns its items
    tagged "child", or (`child_does="fail"`) fails on its first."""
    parent = os.getpid()
    here, there = FORK.Event(), FORK.Event()

    def job(i: int) -> tuple[int, str]:
        if os.getpid() == parent:
            here.set()
            there.wait(60)
            return i, "parent"
        there.set()
        here.wait(60)
        if child_does == "fail":
            raise ContentError([Problem("templates/page.html", 3, 1, ERROR, "template error: boom")])
        return i, "child"
    return job


def test_every_result_comes_back_from_every_process() -> None:
    count = 20 * parallel.CHUNK + 7
    results = parallel.map_claimed(count, shared_work("work"), 2, no_problems)
    assert sorted(results) == list(range(count))
    assert all(results[i][0] == i for i in results)
    assert {who for _, who in results.values()} == {"parent", "child"}


def test_without_fork_every_result_is_made_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_fork_context", lambda: None)  # Windows, or a platform that refuses fork
    me = os.getpid()
    count = 3 * parallel.CHUNK + 1
    assert parallel.map_claimed(count, lambda i: (i, os.getpid()), 2, no_problems) == {i: (i, me) for i in range(count)}
    assert list(parallel.map_in_processes(range(count), lambda i: (i, os.getpid()), 2, "x")) == \
        [(i, me) for i in range(count)]


def test_an_error_in_a_worker_reaches_the_caller_with_its_problems() -> None:
    with pytest.raises(ContentError) as failed:
        parallel.map_claimed(20 * parallel.CHUNK, shared_work("fail"), 2, no_problems)
    assert [p.message for p in failed.value.problems] == ["template error: boom"]


def test_a_worker_ends_once_it_has_done_its_share() -> None:
    # A child that lived through the whole write stage ended up holding a copy of most of the model.
    shared = parallel._Shared(FORK.Value("q", 0), FORK.Value("q", 0))
    pipe = Recorded()
    parallel._child(10 * parallel.CHUNK, lambda i: i, shared, no_problems, pipe, share=2 * parallel.CHUNK)
    assert [status for status, _ in pipe.sent] == ["chunk", "chunk", "done"]
    assert shared.left(10 * parallel.CHUNK) and shared.next_chunk.value == 2


def test_fresh_workers_take_over_from_those_that_did_their_share(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 16 * parallel.CHUNK
    monkeypatch.setattr(parallel, "LIVES", 16)  # each child does one chunk
    parent = os.getpid()

    def job(i: int) -> tuple[int, int]:
        if os.getpid() == parent:
            time.sleep(0.005)  # leaves the children most of the chunks; nothing here depends on how many
        return i, os.getpid()

    results = parallel.map_claimed(count, job, 2, no_problems)
    assert sorted(results) == list(range(count)) and all(results[i][0] == i for i in results)
    children = {pid for _, pid in results.values()} - {parent}
    chunks_by = {pid: len({i // parallel.CHUNK for i, p in results.values() if p == pid}) for pid in children}
    assert len(children) > 1 and set(chunks_by.values()) == {1}


def test_the_first_indices_are_done_here_before_any_worker_forks() -> None:
    # jobs.json's memoised pieces, made in a child, were held there, pickled, and held again by the parent.
    count, first = 20 * parallel.CHUNK + 7, [5, 300, 2]
    parent, here = os.getpid(), []

    def job(i: int) -> tuple[int, int]:
        if os.getpid() == parent:
            here.append(i)
            time.sleep(0.002)  # leaves the children chunks to do
        return i, os.getpid()

    told: list[int] = []
    results = parallel.map_claimed(count, job, 2, no_problems, told.append, first=first)
    assert sorted(results) == list(range(count)) and all(results[i][0] == i for i in results)
    assert here[:3] == first and here.count(300) == 1  # first, in this process, and once only
    assert {pid for _, pid in results.values()} - {parent}  # the rest was still spread
    assert told[0] == 3 and told[-1] == count


def test_processes_are_used_only_where_each_gets_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "available_cores", lambda: 4)
    assert [parallel.workers_for(n, 100, None) for n in (0, 99, 100, 199, 200, 399, 400, 10_000)] == \
        [1, 1, 1, 1, 2, 3, 4, 4]
    # --workers N is taken as asked, but never more processes than items, and never none
    assert [parallel.workers_for(n, 100, asked) for n, asked in ((50, 3), (2, 3), (0, 3), (5, 0))] == [3, 2, 1, 1]


def test_the_cores_are_this_process_s_affinity_or_the_cpu_count_where_the_system_has_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert parallel.available_cores() == len(os.sched_getaffinity(0))
    # macOS and Windows have no sched_getaffinity: the CPU count, and 1 when even that is unknown
    monkeypatch.delattr(os, "sched_getaffinity")
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert parallel.available_cores() == 6
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert parallel.available_cores() == 1


def test_map_in_processes_yields_every_result_in_order_from_the_workers() -> None:
    # More chunks than are handed out ahead, so the refill runs too.
    items = list(range(3 * parallel.AHEAD * 2 * parallel.CHUNK + 5))
    parent = os.getpid()
    seen: list[tuple[str, int, int]] = []
    results = list(parallel.map_in_processes(items, lambda i: (i * i, os.getpid()), 2, "Parsing content",
                                             lambda what, done, total: seen.append((what, done, total))))
    assert [square for square, _ in results] == [i * i for i in items]
    assert parent not in {pid for _, pid in results}
    assert seen[-1] == ("Parsing content", len(items), len(items)) and len(seen) == -(-len(items) // parallel.CHUNK)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)
    # one worker: all here, in order, and no progress to report
    assert list(parallel.map_in_processes(items[:30], lambda i: (i, os.getpid()), 1, "x")) == \
        [(i, parent) for i in items[:30]]


def test_progress_counts_the_items_every_process_has_done() -> None:
    """The Writing bar is told how many outputs are done in all, never one chunk's size: in one process it rises
    a chunk at a time to the count; with workers each report is at least the last, and the counter they share
    adds every chunk to one total."""
    count = 3 * parallel.CHUNK + 5
    told: list[int] = []
    parallel.map_claimed(count, lambda i: i, 1, no_problems, told.append)
    assert told == [parallel.CHUNK, 2 * parallel.CHUNK, 3 * parallel.CHUNK, count]
    shared = parallel._Shared(FORK.Value("q", 0), FORK.Value("q", 0))
    assert [shared.add_done(n) for n in (parallel.CHUNK, parallel.CHUNK, 5)] == [24, 48, 53]
    told = []
    parallel.map_claimed(20 * parallel.CHUNK + 7, shared_work("work"), 2, no_problems, told.append)
    assert told and told == sorted(set(told)) and told[-1] <= 20 * parallel.CHUNK + 7  # rising, never repeated


def test_a_worker_collects_its_garbage_though_the_build_stopped_collecting_its_own() -> None:
    """build.py turns the collector off for the parent's heap; a forked worker renders pages that make cyclic
    garbage, and one that never collected grew with every page: each worker collects, in both ways of forking."""
    import gc

    def state(_: int) -> tuple[int, bool]:
        time.sleep(0.002)  # long enough that the parent does not claim every chunk before the worker starts
        return os.getpid(), gc.isenabled()

    gc.disable()
    try:
        claimed = parallel.map_claimed(20 * parallel.CHUNK, state, 2, no_problems)
        mapped = list(parallel.map_in_processes(list(range(4 * parallel.CHUNK)), state, 2, "x"))
    finally:
        gc.enable()
    parent = os.getpid()
    assert {on for pid, on in claimed.values() if pid != parent} == {True}
    assert {on for pid, on in claimed.values() if pid == parent} <= {False}
    assert {on for _, on in mapped} == {True}


def test_a_worker_sends_the_problems_of_its_error_or_else_its_traceback_and_stops_the_others() -> None:
    for error, status in ((ContentError([Problem("templates/page.html", 3, 1, ERROR, "template error: boom")]),
                           "problems"), (ValueError("not a content error"), "crash")):
        shared = parallel._Shared(FORK.Value("q", 0), FORK.Value("q", 0))
        pipe = Recorded()

        def job(i: int, error: BaseException = error) -> int:
            if i == parallel.CHUNK + 1:
                raise error
            return i
        parallel._child(10 * parallel.CHUNK, job, shared, no_problems, pipe)
        assert [s for s, _ in pipe.sent] == ["chunk", status] and pipe.closed
        assert not shared.left(10 * parallel.CHUNK)  # no process claims another chunk
        payload = pipe.sent[-1][1]
        if status == "problems":
            assert [p.message for p in payload] == ["template error: boom"]
        else:
            assert "ValueError: not a content error" in payload


def test_an_error_in_this_process_stops_the_workers_and_is_raised_once_they_are_done() -> None:
    parent = os.getpid()
    here, there = FORK.Event(), FORK.Event()

    def job(i: int) -> int:
        if os.getpid() == parent:
            here.set()
            there.wait(60)
            raise KeyError("in the parent")
        there.set()
        here.wait(60)
        return i
    with pytest.raises(KeyError, match="in the parent"):
        parallel.map_claimed(20 * parallel.CHUNK, job, 2, no_problems)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_reported_with_its_exit_code() -> None:
    parent = os.getpid()

    def job(i: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        time.sleep(0.001)
        return i
    with pytest.raises(RuntimeError, match=r"build worker failed:\na build worker died \(exit code 3\)"):
        parallel.map_claimed(20 * parallel.CHUNK, job, 2, no_problems)


def test_a_platform_without_fork_has_no_fork_context(monkeypatch: pytest.MonkeyPatch) -> None:
    def get_context(method: str) -> Any:
        raise ValueError(f"cannot find context for {method!r}")
    monkeypatch.setattr(multiprocessing, "get_context", get_context)
    assert parallel._fork_context() is None


def test_progress_ends_at_the_count_when_a_child_finishes_last() -> None:
    # The last progress report came from this process's last chunk; a child still working on its own then was
    # never counted, and a loaded CI machine saw the bar stop short (483 of 487).
    count, parent = 8 * parallel.CHUNK, os.getpid()

    def job(i: int) -> int:
        if os.getpid() != parent and i % parallel.CHUNK == parallel.CHUNK - 1:
            time.sleep(0.05)  # each child's chunk ends after this process has run out of chunks to claim
        return i

    told: list[int] = []
    results = parallel.map_claimed(count, job, 2, no_problems, told.append)
    assert sorted(results) == list(range(count))
    assert told == sorted(told) and told[-1] == count
