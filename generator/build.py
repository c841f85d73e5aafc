"""A build, stage by stage: load → model → render → write. Reads like a table of contents."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml

from . import parallel
from .cache import Cache, activated
from .compensation import Benchmarks, load_benchmarks
from .config import BuildOptions
from .errors import ERROR, INFO, ContentError, Problem, has_errors
from .history import read_history, with_history
from .load import RawContent, display_path, load_content
from .markdown import render_markdown_uncached
from .model import Model, build_model
from .parallel import Progress
from .render.memo import PageMemo
from .render.output import Output
from .render.site import render_site, template_problem
from .warmup import warm_up
from .write import Staging, WriteReport


COMPENSATION_TABLE = Path("data") / "compensation.yaml"


@dataclass(frozen=True)
class BuildResult:
    model: Model
    problems: tuple[Problem, ...]  # warnings and notes; errors raise instead
    files_written: int
    seconds: float
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in the order the stages ran
    report: WriteReport | None = None

    def summary(self) -> str:
        m = self.model
        return (f"Built {len(m.open_postings)} open postings ({len(m.postings)} in all), {len(m.companies)} "
                f"companies, {self.files_written} files in {self.seconds:.2f} s")


@dataclass
class Timings:
    """Wall-clock seconds per stage, for `jobsite build --verbose` and the benchmark."""

    stages: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages.append((name, time.perf_counter() - started))


def load_model(options: BuildOptions, cache: Cache | None = None, workers: int | None = None,
               progress: Progress | None = None, timings: Timings | None = None) -> tuple[Model, list[Problem]]:
    """Load and validate all content; raise ContentError listing every problem when any is an error."""
    timings = timings or Timings()
    if cache is not None:
        with timings.stage("warm-up"):
            warm_up(options.content_dir, cache, workers, progress or _quiet)
    with activated(cache):
        with timings.stage("load"):
            raw, problems = load_content(options.content_dir)
            benchmarks = load_compensation_table(options.content_dir, problems)
        if cache is not None:
            with timings.stage("markdown"):
                prerender_markdown(raw, cache, workers, progress)
        with timings.stage("model"):
            model, more = build_model(raw, options.clock, options.base_url, benchmarks)
    problems += more
    if model is None or has_errors(problems):
        # Beside errors, a note such as "company has no open postings" is usually their echo: leave it out.
        raise ContentError([p for p in problems if p.level != INFO])
    return model, problems


def load_compensation_table(content_dir: Path, problems: list[Problem]) -> Benchmarks | None:
    """Read content/data/compensation.yaml; without it postings simply show no estimate."""
    path = content_dir / COMPENSATION_TABLE
    if not path.exists():
        return None
    try:
        return load_benchmarks(path)
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        problems.append(Problem(display_path(path), 1, 1, ERROR, f"compensation table cannot be read: {exc}; "
                                "regenerate it with python -m generator.compensation.derive"))
        return None


def prerender_markdown(raw: RawContent, cache: Cache, workers: int | None, progress: Progress | None) -> None:
    """Render the bodies the cache lacks, spread over processes when there are many (a cold build)."""
    missing = cache.missing_markdown([src.body for src in (*raw.companies, *raw.postings)])
    n = parallel.workers_for(len(missing), parallel.MIN_MARKDOWN_PER_WORKER, workers)
    html = parallel.render_many(missing, render_markdown_uncached, n, progress or _quiet)
    cache.store_markdown(missing, html)


# Writes a built site: (outputs, options, workers, progress, memo) → report. `stage_and_swap` unless told.
Writer = Callable[[list[Output], BuildOptions, "int | None", "Progress | None", "PageMemo | None"], WriteReport]


def build_site(options: BuildOptions, cache: Cache | None = None, use_cache: bool = True,
               workers: int | None = None, progress: Progress | None = None,
               writer: Writer | None = None) -> BuildResult:
    """Build the whole site into options.output_dir, or raise and leave the previous site untouched.

    `cache` defaults to the one beside the content folder (one in memory only with use_cache=False); `workers`
    to the machine's cores, used only where the site is big enough for processes to pay."""
    started = time.perf_counter()
    timings = Timings()
    with timings.stage("cache load"):
        if cache is None:  # without the folder, a cache in memory still spreads a cold build over the cores
            cache = Cache.beside(options.content_dir) if use_cache else Cache(None)
    model, problems = load_model(options, cache, workers, progress, timings)
    with timings.stage("history"):  # one `git log` for the whole tree: "Updated …" dates (history.py)
        model = with_history(model, read_history(options.content_dir))
    with timings.stage("cache save"):
        cache.save_and_forget(("markdown", "yaml"))  # the model holds what the pages need from them
    with timings.stage("outputs"):
        outputs = list(render_site(model, options.templates_dir, lazy=True).values())
        memo = PageMemo(cache.tables["pages"], options.templates_dir)
    with timings.stage("pages+write"):
        report = (writer or stage_and_swap)(outputs, options, workers, progress, memo)
    with timings.stage("memo save"):
        save_memo(cache, memo)
    return BuildResult(model, tuple(sorted(problems)), report.files, time.perf_counter() - started,
                       tuple(timings.stages), report)


def save_memo(cache: Cache, memo: PageMemo) -> None:
    """Keep what every page of this build was rendered from; `jobsite serve` saves once, when it stops."""
    for key, data_digest in memo.seen.items():
        cache.tables["pages"].put(key, data_digest)
    if not cache.resident:
        cache.save(("pages",))


def stage_and_swap(outputs: list[Output], options: BuildOptions, workers: int | None, progress: Progress | None,
                   memo: PageMemo | None = None) -> WriteReport:
    """Render the pages and stage every file (over processes for big sites), then swap the new site in."""
    templates_dir = options.templates_dir
    staging = Staging(options.output_dir)
    n = parallel.workers_for(len(outputs), parallel.MIN_OUTPUTS_PER_WORKER, workers)
    try:
        try:
            counts = parallel.stage_outputs(outputs, staging, n, _problems_of(templates_dir), progress or _quiet,
                                            memo)
        except jinja2.TemplateError as exc:
            raise ContentError([template_problem(exc, templates_dir)]) from exc
        return staging.commit(counts)
    except BaseException:
        staging.discard()
        raise


def _problems_of(templates_dir: Path) -> parallel.ErrorToProblems:
    """Turn a worker's exception into problems for the author, when it is one they can fix."""
    def convert(exc: BaseException) -> list[Problem] | None:
        if isinstance(exc, jinja2.TemplateError):
            return [template_problem(exc, templates_dir)]
        return exc.problems if isinstance(exc, ContentError) else None
    return convert


def _quiet(what: str, done: int, total: int) -> None:
    pass
