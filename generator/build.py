"""A build, stage by stage: load → model → render → write. Reads like a table of contents."""
from __future__ import annotations

import time
from dataclasses import dataclass

from pathlib import Path

import yaml

from .compensation import Benchmarks, load_benchmarks
from .config import BuildOptions
from .errors import ERROR, INFO, ContentError, Problem, has_errors
from .load import display_path, load_content
from .model import Model, build_model
from .render.site import render_site
from .write import write_site


COMPENSATION_TABLE = Path("data") / "compensation.yaml"


@dataclass(frozen=True)
class BuildResult:
    model: Model
    problems: tuple[Problem, ...]  # warnings and notes; errors raise instead
    files_written: int
    seconds: float

    def summary(self) -> str:
        m = self.model
        return (f"Built {len(m.open_postings)} open postings ({len(m.postings)} in all), {len(m.companies)} "
                f"companies, {self.files_written} files in {self.seconds:.2f} s")


def load_model(options: BuildOptions) -> tuple[Model, list[Problem]]:
    """Load and validate all content; raise ContentError listing every problem when any is an error."""
    raw, problems = load_content(options.content_dir)
    benchmarks = load_compensation_table(options.content_dir, problems)
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


def build_site(options: BuildOptions) -> BuildResult:
    """Build the whole site into options.output_dir, or raise and leave the previous site untouched."""
    started = time.perf_counter()
    model, problems = load_model(options)
    outputs = render_site(model, options.templates_dir)
    written = write_site(outputs.values(), options.output_dir)
    return BuildResult(model, tuple(sorted(problems)), written, time.perf_counter() - started)
