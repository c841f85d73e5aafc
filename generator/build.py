"""A build, stage by stage: load → model → render → write. Reads like a table of contents."""
from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .base.cache import Cache
from .base.errors import INFO, ContentError, Problem, has_errors, in_order
from .base.parallel import Progress, collecting_new_garbage
from .config import BuildOptions
from .load.benchmarks import load_compensation_table
from .load.history import read_history
from .load.logos import read_logos
from .load.sources import read_sources
from .model import Model
from .model.assemble import assemble
from .model.snapshot import (
    Changes,
    Reused,
    basis_of,
    board_sources,
    changes,
    forget,
    keep_full,
    keep_reused,
    reuse,
    snapshot_of,
)
from .render.site import render_site
from .write import WriteReport, write_site
from .write.board import board_of

Stop = Callable[[], bool]  # asked at each safe point of a build: True ends it there (BuildInterrupted)


class BuildInterrupted(Exception):
    """A build ended at a safe point because its `stop` said so: the site and the cache's record of it are as
    they were (`jobsite serve`'s catch-up build gives way to a save)."""


@dataclass(frozen=True)
class BuildResult:
    model: Model
    problems: tuple[Problem, ...]  # warnings and notes; errors raise instead
    files_written: int
    seconds: float
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in the order the stages ran
    cpu: tuple[tuple[str, float], ...] = ()  # (stage, CPU seconds of this process and the workers it waited for)
    report: WriteReport | None = None
    search_pending: bool = False  # the site carries an out-of-date search index (build_site(search=STALE_OK))
    model_path: str = ""  # how the model was made: from the last build's snapshot, or in full and why

    def summary(self) -> str:
        m = self.model
        return (f"Built {len(m.open_postings)} open postings ({len(m.postings)} in all), {len(m.companies)} "
                f"companies, {self.files_written} files in {self.seconds:.2f} s")


@dataclass
class Timings:
    """Wall-clock and CPU seconds per stage, for `jobsite build --verbose` and the benchmark. On a machine shared
    with other work, wall seconds move with its load (a stage can wait several times its CPU seconds for a
    core); the CPU seconds are what the stage itself cost."""

    stages: list[tuple[str, float]] = field(default_factory=list)
    cpu: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time a stage; a stage timed again adds to its first time (the load before and after the snapshot)."""
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        try:
            yield
        finally:
            _add(self.stages, name, time.perf_counter() - started)
            _add(self.cpu, name, _cpu_seconds() - cpu_started)


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the worker processes it has waited for (os.times: user and system)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _add(stages: list[tuple[str, float]], name: str, seconds: float) -> None:
    names = [stage for stage, _ in stages]
    if name in names:
        at = names.index(name)
        stages[at] = (name, stages[at][1] + seconds)
    else:
        stages.append((name, seconds))


def load_model(options: BuildOptions, cache: Cache | None = None, workers: int | None = None,
               progress: Progress | None = None, timings: Timings | None = None,
               stop: Stop | None = None) -> tuple[Model, list[Problem]]:
    """Load and validate all content; raise ContentError listing every problem when any is an error (or
    BuildInterrupted once the files are read, when `stop` says so)."""
    loaded = _loaded(options, cache if cache is not None else Cache(None), workers, progress, timings or Timings(),
                     stop, snapshot=False)
    return loaded.model, loaded.problems


@dataclass(frozen=True)
class _Loaded:
    model: Model
    problems: list[Problem]
    path: str  # how the model was made, for --verbose: from the last build's snapshot, or in full and why


def _loaded(options: BuildOptions, cache: Cache, workers: int | None, progress: Progress | None,
            timings: Timings, stop: Stop | None, snapshot: bool) -> _Loaded:
    """The model, made from the cache's snapshot when `snapshot` and only postings' bytes changed since
    (model/snapshot.py), else in full; with `snapshot`, the snapshot of it is put in the cache."""
    problems: list[Problem] = []
    with timings.stage("load"):
        started = time.time_ns()  # before any file is listed or stat'ed (model/snapshot.py, the folders)
        benchmarks, benchmarks_key = load_compensation_table(options.content_dir, problems)
        logos, logo_problems = read_logos(options.content_dir)
        problems += logo_problems
    with timings.stage("history"):  # one `git log` for the whole tree: "Updated …" dates (load/history.py)
        history = read_history(options.content_dir)
    basis = basis_of(options, benchmarks_key, logos, history)
    why = "no snapshot asked for"
    if snapshot:
        with timings.stage("load"):
            found = changes(cache, basis)
        if isinstance(found, Changes):
            with timings.stage("model"):
                found = reuse(cache, found, options, history, started)
        if isinstance(found, Reused):
            with timings.stage("snapshot"):
                keep_reused(cache, found)
            return _Loaded(found.model, found.problems,
                           f"made from the last build's snapshot ({found.read} posting file(s) read again)")
        why = found
    with timings.stage("load"):
        sources = read_sources(options.content_dir, cache, workers, progress)
    _halt_if(stop)
    with timings.stage("model"):
        made = assemble(sources, options.clock, options.base_url, benchmarks, benchmarks_key, cache, history, logos)
    problems += made.problems
    if made.model is None or has_errors(problems):
        # Beside errors, a note such as "company has no open postings" is usually their echo: leave it out.
        raise ContentError([p for p in problems if p.level != INFO])
    if snapshot:
        with timings.stage("snapshot"):
            if (taken := snapshot_of(basis, made, problems, sources, cache, started)) is not None:
                keep_full(cache, taken, board_sources(sources))
            else:
                forget(cache)
    return _Loaded(made.model, problems, f"made in full ({why})")


def build_site(options: BuildOptions, cache: Cache | None = None, workers: int | None = None,
               progress: Progress | None = None, search: bool | str = True, stop: Stop | None = None) -> BuildResult:
    """Build the whole site into options.output_dir, or raise and leave the previous site untouched.

    `cache` defaults to the one beside the content folder; pass `Cache(None)` for one in memory only.
    `workers` defaults to the machine's cores, used only where the work is big enough for processes to pay.
    `search=STALE_OK` (render/site.py) lets an out-of-date search index through: the result says so.
    `stop` is asked between stages and between chunks of outputs written, until the new files are put in place:
    once it says so, the build raises BuildInterrupted there."""
    started = time.perf_counter()
    timings = Timings()
    with timings.stage("cache load"):
        cache = cache if cache is not None else Cache.beside(options.content_dir)
    with _fewer_collections():
        # A resident cache (`jobsite serve`) keeps its records in memory instead; no cache, nothing to keep.
        loaded = _loaded(options, cache, workers, progress, timings, stop, snapshot=cache.keeps_files and
                         not cache.resident)
        model, problems = loaded.model, loaded.problems
        cache.flush()  # the parsed files and their bodies wait in the database, read as pages ask for them
        _halt_if(stop)
        gc.freeze()  # the model lives until the build ends: the collector need not walk it again and again
        with timings.stage("render"):
            outputs, search_pending = render_site(model, options.templates_dir, cache=cache, search=search)
        cache.flush()  # and the search words render made
        _halt_if(stop)
        with timings.stage("write"), collecting_new_garbage():
            report = write_site(outputs, options.output_dir, cache, options.templates_dir, workers,
                                _halting(progress, stop), board_of(model, options.templates_dir))
    with timings.stage("cache save"):
        cache.finish_build()
    return BuildResult(model, tuple(in_order(problems)), report.files, time.perf_counter() - started,
                       tuple(timings.stages), tuple(timings.cpu), report, search_pending, loaded.path)


def _halt_if(stop: Stop | None) -> None:
    if stop is not None and stop():
        raise BuildInterrupted


def _halting(progress: Progress | None, stop: Stop | None) -> Progress | None:
    """`progress`, asking `stop` first: the writer reports after each chunk of outputs, all staged aside until
    the last (write/), so raising there leaves the site as it was."""
    if stop is None:
        return progress

    def report(what: str, done: int, total: int) -> None:
        _halt_if(stop)
        if progress is not None:
            progress(what, done, total)
    return report


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The collector's policy for a build's process; it is put back as it was when the build ends, and what the
    build froze is unfrozen (`jobsite serve` builds again and again in one process, and collects between builds).
    - load, model, render: off. They make hundreds of thousands of records and next to no cyclic garbage (a cold
      build of 3,000 postings: under 100 objects), so collecting is pure overhead: measured with gc.callbacks at
      10,000 postings, a rebuild after one edit spent 0.22 CPU seconds of its 2.5 in 17 collections of the
      load, model and render stages that freed 95 objects.
    - before render: everything made so far (the model) is frozen. It lives until the build ends; the collector
      never walks it, and forked workers share its pages instead of copying those a collection writes to.
    - write: on, for what the stage makes (`collecting_new_garbage`, as in the forked workers): rendering a
      page makes its garbage here. A rebuild's write stage spends some 0.035 s in it."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    try:
        yield
    finally:
        # Everything the build made goes to the oldest generation unwalked (frozen, then unfrozen): re-enabled,
        # the collector would otherwise walk the half million objects made since the freeze at its first
        # collection, 0.06 to 0.12 CPU seconds of a 10,000-posting rebuild spent just before the process ends.
        gc.freeze()
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
        gc.unfreeze()
