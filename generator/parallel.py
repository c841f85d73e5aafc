"""Spread the expensive pure stages over processes, where that pays.

Two stages are spread: rendering Markdown that the cache does not have yet, and rendering + staging the output
files. Both use forked workers, which inherit the model and the outputs instead of having them pickled. Work
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ContentError, Problem
from .render.memo import PageMemo, digest
from .render.output import Output
from .write import Put, Staging

# Measured on 2 cores (bench/RESULTS.md, "threshold"): below these sizes one process is as fast or faster.
MIN_OUTPUTS_PER_WORKER = 600
MIN_MARKDOWN_PER_WORKER = 150
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


def _no_progress(what: str, done: int, total: int) -> None:
    pass


# ---- Markdown -------------------------------------------------------------------------------------------------

def map_in_processes(items: Sequence[Any], job: Callable[[Any], Any], workers: int, label: str,
                     progress: Progress = _no_progress) -> list[Any]:
    """Apply a pure `job` to every item, results in order, over `workers` forked processes."""
    ctx = _fork_context()
    if workers <= 1 or ctx is None:
        return [job(item) for item in items]
    chunks = [list(range(i, min(i + CHUNK, len(items)))) for i in range(0, len(items), CHUNK)]
    results: list[Any] = [None] * len(items)
    done = 0
    # With fork, initargs reach the workers by inheritance: the items are never pickled, only the results.
    with ctx.Pool(workers, initializer=_receive_job, initargs=(items, job)) as pool:
        for indices, chunk_results in pool.imap_unordered(_run_chunk, chunks):
            for i, result in zip(indices, chunk_results, strict=True):
                results[i] = result
            done += len(indices)
            progress(label, done, len(items))
    return results


def render_many(texts: Sequence[str], render: Callable[[str], str], workers: int,
                progress: Progress = _no_progress) -> list[str]:
    """Render every text, in order, over `workers` processes."""
    return map_in_processes(texts, render, workers, "Rendering Markdown", progress)


_job: tuple[Sequence[Any], Callable[[Any], Any]] | None = None  # set in pool workers only


def _receive_job(items: Sequence[Any], job: Callable[[Any], Any]) -> None:
    global _job
    _job = (items, job)


def _run_chunk(indices: list[int]) -> tuple[list[int], list[Any]]:
    assert _job is not None
    items, job = _job
    return indices, [job(items[i]) for i in indices]


# ---- Outputs --------------------------------------------------------------------------------------------------

@dataclass
class _Shared:
    """Counters every worker sees: the next chunk to claim and how many outputs are done."""

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

    def stop(self) -> None:
        with self.next_chunk.get_lock():
            self.next_chunk.value = 1 << 40


def stage_outputs(outputs: Sequence[Output], staging: Staging, workers: int, to_problems: ErrorToProblems,
                  progress: Progress = _no_progress, memo: PageMemo | None = None) -> dict[Put, int]:
    """Render (when lazy and not memoised) and stage every output; return how many puts were same, changed
    and new. Every page any process handled ends up recorded in `memo`."""
    ctx = _fork_context()
    shared = _Shared(ctx.Value("q", 0), ctx.Value("q", 0)) if workers > 1 and ctx else None
    report = lambda n: progress("Writing", n, len(outputs))  # noqa: E731
    if shared is None:
        return _claim_until_done(outputs, staging, memo, None, report)
    children = []
    # Objects that exist now are never collected while the workers run: freezing them keeps the collector from
    # writing to every object's header in each forked child, which would copy the whole model page by page.
    gc.freeze()
    for _ in range(workers - 1):
        receive, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(outputs, staging, memo, shared, to_problems, send), daemon=True)
        proc.start()
        send.close()
        children.append((proc, receive))
    try:
        counts = _claim_until_done(outputs, staging, memo, shared, report)
    except BaseException:
        shared.stop()
        _collect(children)
        raise
    finally:
        gc.unfreeze()
    for child_counts, seen in _collect(children):
        for kind, n in child_counts.items():
            counts[kind] = counts.get(kind, 0) + n
        if memo is not None:
            memo.seen.update(seen)
    return counts


def _claim_until_done(outputs: Sequence[Output], staging: Staging, memo: PageMemo | None, shared: _Shared | None,
                      on_chunk: Callable[[int], None]) -> dict[Put, int]:
    """Stage chunks of outputs: claimed from the shared counter, or all of them in order without one."""
    counts: dict[Put, int] = {}
    done, next_chunk = 0, 0
    while True:
        start = (shared.claim() if shared else next_chunk) * CHUNK
        next_chunk += 1
        if start >= len(outputs):
            return counts
        chunk = outputs[start:start + CHUNK]
        for out in chunk:
            kind = put(out, staging, memo)
            counts[kind] = counts.get(kind, 0) + 1
        done = shared.add_done(len(chunk)) if shared else done + len(chunk)
        on_chunk(done)


def put(out: Output, staging: Staging, memo: PageMemo | None) -> Put:
    """Stage one output, keeping the current file without rendering when the memo vouches for it."""
    key = memo.key(out) if memo is not None else None
    if key is not None:
        expected = memo.expected(key)
        if expected is not None and staging.keep(out.path, expected, digest):
            memo.record(key, expected)
            return Put.SAME
    data = out.data
    kind = staging.put(out.path, data)
    if key is not None:
        memo.record(key, digest(data))
    return kind


def _child(outputs: Sequence[Output], staging: Staging, memo: PageMemo | None, shared: _Shared,
           to_problems: ErrorToProblems, send: Any) -> None:
    """A forked worker: claim chunks until none are left, then report counts and memo entries, or the error."""
    own = Staging(staging.output_dir, staging.root)  # its own record of folders made, same folder
    if memo is not None:
        memo.seen = {}  # report only what this process did
    try:
        counts = _claim_until_done(outputs, own, memo, shared, lambda n: None)
        send.send(("ok", (counts, memo.seen if memo is not None else {})))
    except BaseException as exc:  # noqa: BLE001 — everything must reach the parent, which decides
        shared.stop()
        problems = to_problems(exc)
        send.send(("problems", problems) if problems else ("crash", traceback.format_exc()))
    finally:
        send.close()


def _collect(children: list[tuple[Any, Any]]) -> list[tuple[dict[Put, int], dict[bytes, bytes]]]:
    """Wait for every child; raise the first error any of them reported."""
    results, error = [], None
    for proc, receive in children:
        try:
            status, payload = receive.recv()
        except EOFError:
            status, payload = "crash", f"a build worker died (exit code {proc.exitcode})"
        proc.join()
        if status == "ok":
            results.append(payload)
        elif error is None:
            error = ContentError(payload) if status == "problems" else RuntimeError(f"build worker failed:\n{payload}")
    if error is not None:
        raise error
    return results
