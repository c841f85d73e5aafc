"""A cold build's first step: parse every content file's front matter and render its Markdown in parallel.

The build itself parses and renders as it loads, through the cache (cache.py), one file after another. With an
empty cache, at thousands of files, that is most of a build's time; this pass does the same pure work spread
over the cores and stores it in the cache, so the load that follows only finds hits. A file this pass cannot
read or parse is simply left to the load, which reports its problems.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import parallel
from .cache import Cache, text_key, yaml_entry
from .load import read_front_matter
from .markdown import render_markdown_uncached

Entries = tuple[tuple[bytes, bytes], tuple[bytes, str]]


def warm_up(content_dir: Path, cache: Cache, workers: int | None, progress: parallel.Progress) -> int:
    """Fill a cold cache from every Markdown file under content/; return how many files were parsed."""
    if not cache.is_cold():
        return 0  # a warm cache misses only edited files: the load handles those one by one
    paths = content_files(content_dir)
    n = parallel.workers_for(len(paths), parallel.MIN_MARKDOWN_PER_WORKER, workers)
    if n <= 1:
        return 0
    for entries in parallel.map_in_processes(paths, parse_file, n, "Parsing content", progress):
        if entries is not None:
            cache.tables["yaml"].put(*entries[0])
            cache.tables["markdown"].put(*entries[1])
    return len(paths)


def content_files(content_dir: Path) -> list[Path]:
    """Every companies/*.md and jobs/*/*.md file (what the loader reads besides site.yaml)."""
    found = []
    for folder in [content_dir / "companies", *_subfolders(content_dir / "jobs")]:
        found += [folder / e.name for e in _scan(folder) if e.name.endswith(".md") and e.is_file()]
    return found


def _subfolders(folder: Path) -> list[Path]:
    return [folder / e.name for e in _scan(folder) if e.is_dir(follow_symlinks=False)]


def _scan(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def parse_file(path: Path) -> Entries | None:
    """Read, split, parse and render one file the way the loader and the model will (no cache active)."""
    read = read_front_matter(path, [])
    if read is None:
        return None
    return yaml_entry(read.yaml_text, 1, read.parsed), (text_key(read.body), render_markdown_uncached(read.body))
