"""Spread the expensive pure stages over processes, where that pays.

Two stages are spread: processing the content files the cache does not have yet (sources.py), and rendering +
staging the output files (write/). Both use forked workers, which inherit the model and the outputs instead
of having them pickled. Work
is handed out in small chunks from a shared counter, so a slow page (a listing of every posting) never leaves
the other workers idle; what a file contains never depends on which process made it, so the site is
byte-identical for any number of workers. Below the thresholds a fork costs more than it saves (measured in
bench/RESULTS.md), and everything runs in this process.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import ContentError, Problem

# Measured on 2 cores (bench/RESULTS.md, "threshold"): below these sizes one process is as fast or faster.
MIN_OUTPUTS_PER_WORKER = 600
MIN_SOURCES_PER_WORKER = 150
CHUNK = 24  # outputs per claim: small enough to balance, large enough that the shared lock stays cold

Progress = Callable[[str, int, int], None]  # (what, done, total)
ErrorToProblems = Callable[[BaseException], "list[Problem] | None"]


def available_cores() -> int:
    """The cores this process may run on (2 on the project's machines)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def workers_for(items: int, per_worker: int, requested: int | None) -> int:
    """How many processes to use for `items` units of work: as many as requested, or by default one per core
    as long as each gets at least `per_worker` units."""
    if requested is not None:
        return max(1, min(requested, items))
    return max(1, min(available_cores(), items // per_worker))


def _fork_context() -> multiprocessing.context.BaseContext | None:
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None  # no fork on this platform (Windows): everything runs in this process


def no_progress(what: str, done: int, total: int) -> None:
    pass


# ---- Markdown -------------------------------------------------------------------------------------------------

def map_in_processes(items: Sequence[Any], job: Callable[[Any], Any], workers: int, label: str,
                     progress: Progress = no_progress) -> Iterator[Any]:
    """Apply a pure `job` to every item over `workers` forked processes, yielding the results in order.

    At most a few chunks per worker are handed out ahead of the one the caller waits for, so results never
    pile up: the caller stores each one (sources.py puts them in the cache) before more arrive, and a cold
    build of 100,000 files never holds all their results at once."""
    ctx = _fork_context()
    if workers <= 1 or ctx is None:
        yield from map(job, items)
        return
    chunks = iter([list(range(i, min(i + CHUNK, len(items)))) for i in range(0, len(items), CHUNK)])
    done = 0
    # With fork, initargs reach the workers by inheritance: the items are never pickled, only the results.
    with ctx.Pool(workers, initializer=_receive_job, initargs=(items, job)) as pool:
        pending = deque(pool.apply_async(_run_chunk, (chunk,)) for chunk in islice(chunks, AHEAD * workers))
        while pending:
            indices, chunk_results = pending.popleft().get()
            for chunk in islice(chunks, 1):
                pending.append(pool.apply_async(_run_chunk, (chunk,)))
            yield from chunk_results
            done += len(indices)
            progress(label, done, len(items))


AHEAD = 4  # chunks handed out per worker beyond the one being waited for: keeps every worker busy


_job: tuple[Sequence[Any], Callable[[Any], Any]] | None = None  # set in pool workers only


def _receive_job(items: Sequence[Any], job: Callable[[Any], Any]) -> None:
    global _job
    _collecting()
    _job = (items, job)


def _run_chunk(indices: list[int]) -> tuple[list[int], list[Any]]:
    assert _job is not None
    items, job = _job
    return indices, [job(items[i]) for i in indices]


# ---- Claimed chunks -------------------------------------------------------------------------------------------

@dataclass
class _Shared:
    """Counters every worker sees: the next chunk to claim and how many items are done."""

    next_chunk: Any
    done: Any

    def claim(self) -> int:
        with self.next_chunk.get_lock():
            index = self.next_chunk.value
            self.next_chunk.value += 1
        return index

    def add_done(self, n: int) -> int:
        with self.done.get_lock():
            self.done.value += n
            return self.done.value

    def left(self, count: int) -> bool:
        """Whether chunks of `count` items remain to be claimed."""
        return self.next_chunk.value * CHUNK < count

    def stop(self) -> None:
        with self.next_chunk.get_lock():
            self.next_chunk.value = 1 << 40


def map_claimed(count: int, job: Callable[[int], Any], workers: int, to_problems: ErrorToProblems,
                progress: Callable[[int], None] = lambda done: None, first: Sequence[int] = ()) -> dict[int, Any]:
    """Apply `job` to every index below `count` over `workers` processes, this one included; return the
    results by index. Children are forked, so `job` and everything it reads are inherited, never pickled;
    only results travel back, a chunk at a time as each is done (`_Children`). An error in any process stops
    them all and is raised here.

    Each child does at most a share of the work (`LIVES`) and ends; a fresh one is forked for the next share.
    A page of the inherited heap that either process writes after a fork, if only to count a reference, is
    held twice until the child ends: a child that lived through the whole write stage ended up holding a copy
    of most of the model (the build's peak at 100,000 postings). A short-lived one copies only what its share
    of the pages and the parent's meanwhile touched.

    The indices in `first` are done in this process before any child is forked: a job whose result is large
    (jobs.json's pieces, memoised for the cache) would otherwise be held by a child, pickled, and held again here
    as it arrives, on top of the children's pages (the write stage's peak at 30,000 postings)."""
    if first:
        here = {i: job(i) for i in first}
        progress(len(here))
        skip = set(first)
        rest = [i for i in range(count) if i not in skip]
        claimed = map_claimed(len(rest), lambda k: job(rest[k]), workers, to_problems,
                              lambda done: progress(len(here) + done))
        for k, value in claimed.items():
            here[rest[k]] = value
        return here
    ctx = _fork_context()
    results: dict[int, Any] = {}
    if workers <= 1 or ctx is None or count <= CHUNK:
        _claim_until_done(count, job, None, progress, results.update)
        return results
    shared = _Shared(ctx.Value("q", 0), ctx.Value("q", 0))
    children = _Children(results)
    share = max(CHUNK, -(-count // LIVES))

    def fork_children() -> None:
        while len(children.running) < workers - 1 and shared.left(count):
            # Objects that exist now are never collected while the child runs: freezing them keeps the collector
            # from writing to every object's header in it, which would copy the whole model page by page.
            gc.freeze()
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(count, job, shared, to_problems, send, share), daemon=True)
            proc.start()
            send.close()
            children.add(proc, receive)

    def keep(chunk: dict[int, Any]) -> None:
        results.update(chunk)
        children.receive(wait=False)  # between its own chunks, this process takes in the children's
        fork_children()  # in place of those that did their share

    told = 0  # the last count given to `progress`

    def tell(done: int) -> None:
        nonlocal told
        told = done
        progress(done)

    try:
        fork_children()
        try:
            _claim_until_done(count, job, shared, tell, keep)
        except BaseException:
            shared.stop()
            children.receive(wait=True, quiet=True)
            raise
    finally:
        gc.unfreeze()
    children.receive(wait=True)
    if shared.done.value != told:
        progress(shared.done.value)  # a child's chunk done after this process's last one is counted here
    return results


# Forked children over one map_claimed, per child process kept running: each does 1/32 of the work. Measured on
# 10,000 postings (bench/'s corpus, write stage): peak 310 MB with 8, 256 MB with 32, for some 2 CPU seconds
# more (every fresh child copies again the pages the first outputs touch).
LIVES = 32


def _claim_until_done(count: int, job: Callable[[int], Any], shared: _Shared | None,
                      on_chunk: Callable[[int], None], keep: Callable[[dict[int, Any]], None],
                      share: int | None = None) -> None:
    """Run chunks of indices, claimed from the shared counter or all of them in order without one, and hand
    each chunk's results to `keep` as it is done; stop once `share` items are done (when given) or none are
    left."""
    done, mine, next_chunk = 0, 0, 0
    while share is None or mine < share:
        start = (shared.claim() if shared else next_chunk) * CHUNK
        next_chunk += 1
        if start >= count:
            return
        stop = min(start + CHUNK, count)
        keep({i: job(i) for i in range(start, stop)})
        mine += stop - start
        done = shared.add_done(stop - start) if shared else done + stop - start
        on_chunk(done)


# The collector's thresholds where pages are rendered (the write stage, in the build's process and in its workers),
# with everything older frozen (`collecting_new_garbage`, `map_claimed`): a collection every 20,000 new objects,
# not Python's 700, walks only young ones.
THRESHOLDS = (20_000, 20, 20)


def _collecting() -> None:
    """A forked worker collects its own cyclic garbage, now and then, even where the build turned the collector
    off for the parent's heap (build.py): rendering pages makes some, and a worker that never collected grew with
    every page (10,000 postings, cold: the largest process 311 MB against 282 MB collecting). What it inherited
    is frozen before the fork (`map_claimed`), so a collection walks only what the worker made."""
    gc.set_threshold(*THRESHOLDS)
    gc.enable()


@contextmanager
def collecting_new_garbage() -> Iterator[None]:
    """Collect, as a worker does, the garbage made from here on, and none of what exists now: it is frozen (never
    walked, never written to), and the collector is put back as it was after."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.freeze()
    _collecting()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not enabled:
            gc.disable()


def _child(count: int, job: Callable[[int], Any], shared: _Shared, to_problems: ErrorToProblems,
           send: Any, share: int | None = None) -> None:
    """A forked worker: claim chunks until it has done its `share` or none are left, sending each chunk's
    results as soon as it is done (a worker that kept them until the end would hold, then pickle at once, half
    the site's records), then say it is done, or send the error."""
    _collecting()
    try:
        _claim_until_done(count, job, shared, lambda n: None, lambda chunk: send.send(("chunk", chunk)), share)
        send.send(("done", None))
    except BaseException as exc:  # noqa: BLE001 — everything must reach the parent, which decides
        shared.stop()
        problems = to_problems(exc)
        send.send(("problems", problems) if problems else ("crash", traceback.format_exc()))
    finally:
        send.close()


class _Children:
    """The forked workers of one map_claimed, and what they sent: their chunks' results go into `results` as
    they arrive; the first error any of them reported is raised once all are done."""

    def __init__(self, results: dict[int, Any]):
        self.results = results
        self.running: list[tuple[Any, Any]] = []
        self.error: BaseException | None = None

    def add(self, proc: Any, receive: Any) -> None:
        self.running.append((proc, receive))

    def receive(self, wait: bool, quiet: bool = False) -> None:
        """Take in what the children sent: what is waiting, or (`wait`) everything until each has finished, then
        raise the first error reported (unless `quiet`: another error is on its way up)."""
        for proc, receive in list(self.running):
            while wait or receive.poll():
                try:
                    status, payload = receive.recv()
                except EOFError:
                    proc.join()
                    status, payload = "crash", f"a build worker died (exit code {proc.exitcode})"
                if status == "chunk":
                    self.results.update(payload)
                    continue
                proc.join()
                self.running.remove((proc, receive))
                if status != "done" and self.error is None:
                    self.error = (ContentError(payload) if status == "problems"
                                  else RuntimeError(f"build worker failed:\n{payload}"))
                break
        if wait and self.error is not None and not quiet:
            raise self.error
