"""Render the whole site to memory, refusing two sources for one output path."""
from __future__ import annotations

import os
from pathlib import Path

import jinja2

from ..errors import ERROR, ContentError, Problem
from ..load import display_path
from ..model import Model
from .assets import collect_assets
from .browse import render_saved_page, with_browse_index
from .feeds import render_feed_directory, render_feeds
from .netlify import render_redirects
from .output import LazyOutput, Output
from .search import render_search_index
from .pages import make_environment, render_pages
from .sitemap import render_sitemap
from .stats_page import render_stats


def render_site(model: Model, templates_dir: Path, lazy: bool = False, search: bool = True) -> dict[str, Output]:
    """Every output file of the site, keyed by path; `lazy` leaves pages to render when the writer reads them.

    `search=False` skips the search index, which runs no template: `jobsite check` renders only to find
    template errors and need not pay for an indexer process."""
    assets = collect_assets(templates_dir / "static")
    assets = with_browse_index(assets, model)
    env = make_environment(templates_dir)
    env.auto_reload = False  # templates do not change during one build: skip a stat() per page
    try:
        outputs = [*assets.outputs, *render_pages(model, env, assets), *render_feeds(model)]
        outputs += [*render_feed_directory(model, env, assets), *render_sitemap(model)]
        outputs += [*render_redirects(model), *(render_search_index(model) if search else [])]
        outputs += render_saved_page(model, env, assets)
        outputs += render_stats(model, env, assets)
        if not lazy:
            outputs = [materialize(out) for out in outputs]
    except jinja2.TemplateError as exc:
        raise ContentError([template_problem(exc, templates_dir)]) from exc
    return collect_outputs(outputs)


def materialize(out: Output) -> Output:
    """Render a lazy output now (template errors surface here); plain outputs pass through."""
    return Output(out.path, out.data, out.origin) if isinstance(out, LazyOutput) else out


def collect_outputs(outputs: list[Output]) -> dict[str, Output]:
    """Key outputs by path; two outputs for one path is an error naming both sources."""
    by_path: dict[str, Output] = {}
    problems = []
    for out in outputs:
        key = out.path.lower()  # case-insensitive file systems would merge these too
        if key in by_path:
            problems.append(Problem(out.origin, 1, 1, ERROR, f"output {out.path} is also produced by "
                                                              f"{by_path[key].origin}: rename one of them"))
            continue
        by_path[key] = out
    if problems:
        raise ContentError(problems)
    return {out.path: out for out in by_path.values()}


def template_problem(exc: jinja2.TemplateError, templates_dir: Path) -> Problem:
    """Point a template error at templates/<file>:<line>, where the template author can fix it."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Problem(display_path(Path(exc.filename)), exc.lineno or 1, 1, ERROR, f"template error: {exc.message}")
    frame_file, frame_line = str(templates_dir / "base.html"), 1
    tb = exc.__traceback__
    root = os.path.realpath(templates_dir)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.realpath(filename).startswith(root):
            frame_file, frame_line = filename, tb.tb_lineno
        tb = tb.tb_next
    return Problem(display_path(Path(frame_file)), frame_line, 1, ERROR, f"template error: {exc}")
