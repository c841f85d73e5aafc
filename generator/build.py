"""A build, stage by stage: load → model → render → write. Reads like a table of contents."""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .base.cache import Cache, text_key
from .base.errors import ERROR, INFO, ContentError, Problem, has_errors
from .base.parallel import Progress
from .config import BuildOptions
from .load.files import display_path, linked_folder, read_text, report_anchor
from .load.logos import read_logos
from .load.sources import read_sources
from .model import Model, build_model
from .model.compensation import Benchmarks, parse_benchmarks
from .model.history import read_history, with_history
from .model.similar import remember_similar
from .render.site import render_site
from .write import WriteReport, write_site

COMPENSATION_TABLE = Path("data") / "compensation.yaml"


@dataclass(frozen=True)
class BuildResult:
    model: Model
    problems: tuple[Problem, ...]  # warnings and notes; errors raise instead
    files_written: int
    seconds: float
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in the order the stages ran
    report: WriteReport | None = None
    search_pending: bool = False  # the site carries an out-of-date search index (build_site(search=STALE_OK))

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
    cache = cache if cache is not None else Cache(None)
    with timings.stage("load"):
        sources = read_sources(options.content_dir, cache, workers, progress)
    with timings.stage("model"):
        problems: list[Problem] = []
        benchmarks, benchmarks_key = load_compensation_table(options.content_dir, problems)
        logos, logo_problems = read_logos(options.content_dir)
        problems += logo_problems
        model, more = build_model(sources, options.clock, options.base_url, benchmarks, benchmarks_key, cache,
                                  logos)
    problems += more
    if model is None or has_errors(problems):
        # Beside errors, a note such as "company has no open postings" is usually their echo: leave it out.
        raise ContentError([p for p in problems if p.level != INFO])
    return model, problems


def load_compensation_table(content_dir: Path, problems: list[Problem]) -> tuple[Benchmarks | None, bytes]:
    """Read content/data/compensation.yaml and a key of its bytes; without it postings show no estimate.

    The table is content (a pull request can change it): it goes through the same reader as every content file
    (no symlinks, a size limit, UTF-8, no YAML anchors) and its shape is checked before any estimate uses it."""
    path = content_dir / COMPENSATION_TABLE
    if linked_folder(path.parent, problems) or not path.exists() and not path.is_symlink():
        return None, b""
    text = read_text(path, problems)
    if text is None or report_anchor(text, path, 0, problems):
        return None, b""
    try:
        return parse_benchmarks(text), text_key(text)
    except (ValueError, yaml.YAMLError) as exc:
        problems.append(_table_problem(path, exc))
        return None, b""


def _table_problem(path: Path, exc: Exception) -> Problem:
    return Problem(display_path(path), 1, 1, ERROR, f"compensation table cannot be read: {exc}; "
                   "regenerate it with python -m tools.derive_compensation")


def build_site(options: BuildOptions, cache: Cache | None = None, workers: int | None = None,
               progress: Progress | None = None, search: bool | str = True) -> BuildResult:
    """Build the whole site into options.output_dir, or raise and leave the previous site untouched.

    `cache` defaults to the one beside the content folder; pass `Cache(None)` for one in memory only.
    `workers` defaults to the machine's cores, used only where the work is big enough for processes to pay.
    `search=STALE_OK` (render/site.py) lets an out-of-date search index through: the result says so."""
    started = time.perf_counter()
    timings = Timings()
    with timings.stage("cache load"):
        cache = cache if cache is not None else Cache.beside(options.content_dir)
    model, problems = load_model(options, cache, workers, progress, timings)
    with timings.stage("history"):  # one `git log` for the whole tree: "Updated …" dates (history.py)
        model = with_history(model, read_history(options.content_dir))
    with timings.stage("similar"):  # similar roles, reused from the cache when no posting's features changed
        remember_similar(model, cache.similar)
    with timings.stage("render"):
        outputs, search_pending = render_site(model, options.templates_dir, cache=cache, search=search)
    with timings.stage("write"):
        report = write_site(outputs, options.output_dir, cache, options.templates_dir, workers, progress)
    with timings.stage("cache save"):
        cache.finish_build()
    return BuildResult(model, tuple(sorted(problems)), report.files, time.perf_counter() - started,
                       tuple(timings.stages), report, search_pending)
