"""`jobsite check`: the build's own validation and a render to memory, reported for editors and for CI.

Nothing here decides what is valid: that is load → schema → model → validate, the path every build takes.
This module only runs it without writing, picks which problems to show, and prints them.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from .base import addresses
from .base.errors import ERROR, INFO, WARNING, ContentError, Problem, in_order, summarize
from .build import load_model
from .config import BuildOptions
from .render.site import render_site

FORMATS = ("text", "github", "json")
GITHUB_LEVELS = {ERROR: "error", WARNING: "warning", INFO: "notice"}


def check_content(options: BuildOptions) -> list[Problem]:
    """Every problem a build of this content would meet, template errors included; nothing is written."""
    try:
        model, problems = load_model(options)
    except ContentError as exc:
        return in_order(exc.problems)
    try:
        render_site(model, options.templates_dir, lazy=False, search=False)  # raises on template errors
    except ContentError as exc:
        problems = problems + exc.problems
    return in_order(problems)


def count_files(content_dir: Path) -> int:
    """Count the content files a check reads: site.yaml, companies and postings."""
    site = 1 if (content_dir / addresses.SITE_FILE).is_file() else 0
    return site + len(list(content_dir.glob(addresses.company_file("*")))) + \
        len(list(content_dir.glob(addresses.posting_file("*/*"))))


def select_problems(problems: Sequence[Problem], paths: Sequence[str | Path]) -> list[Problem]:
    """Keep every error, and warnings and notes only for the named files or folders (all when none are named).

    An error anywhere stops the build for everyone — a deleted company breaks its postings, which the pull
    request never touched — so errors are never filtered. Warnings are about the files being edited: an old
    posting that expired by itself must not fail someone else's pull request.
    """
    if not paths:
        return list(problems)
    targets = [Path(p).resolve() for p in paths]
    return [p for p in problems if p.level == ERROR or _within(Path(p.path).resolve(), targets)]


def _within(path: Path, targets: list[Path]) -> bool:
    return any(path == t or t in path.parents for t in targets)


def failed(problems: Sequence[Problem], strict: bool) -> bool:
    """Errors always fail; with --strict, warnings fail too. Notes never do."""
    levels = {ERROR, WARNING} if strict else {ERROR}
    return any(p.level in levels for p in problems)


def summary_line(problems: Sequence[Problem], files: int) -> str:
    """'3 errors, 1 warning in 2 files', or a plain all-clear naming how much was checked."""
    if not problems:
        return f"No problems in {files} file{'s' if files != 1 else ''}."
    return summarize(list(problems))


def format_text(problems: Sequence[Problem]) -> list[str]:
    return [p.format() for p in problems]


def format_github(problems: Sequence[Problem]) -> list[str]:
    """GitHub Actions workflow commands: each problem becomes an annotation on its file and line."""
    return [f"::{GITHUB_LEVELS[p.level]} file={_gh_property(p.path)},line={p.line},col={p.col},"
            f"title={_gh_property('jobsite check')}::{_gh_data(p.message)}" for p in problems]


def _gh_data(text: str) -> str:
    # The escaping GitHub's runner undoes for a command's message (actions/toolkit, command.ts).
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def format_json(problems: Sequence[Problem]) -> str:
    """A JSON list of {path, line, col, level, message}, in report order."""
    return json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=2)
