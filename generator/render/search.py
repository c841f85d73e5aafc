"""Full-text search index of open postings, built with Pagefind's Python API straight from the model.

Indexing records rather than crawling the written HTML keeps rendering in memory (the writer stays the only
code that touches site/) and lets us choose exactly what is searchable: the description, not the page chrome.
"""
from __future__ import annotations

import asyncio
import html
import re
from concurrent.futures import ThreadPoolExecutor

from pagefind.index import IndexConfig, PagefindIndex

from ..compensation import infer_seniority
from ..model import Model, Posting
from . import format as fmt
from .output import Output

SEARCH_DIR = "pagefind"
# What the browser needs for pagefind.search(); Pagefind's own UI bundles are not used (we render results).
RUNTIME_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json")
RUNTIME_SUFFIXES = (".pf_meta", ".pf_fragment", ".pf_index", ".pf_filter")
_TAG = re.compile(r"<[^>]+>")


def posting_text(posting: Posting) -> str:
    """The searchable words of a posting: its description as text, with title, company and tags first."""
    body = html.unescape(_TAG.sub(" ", posting.body_html))
    head = " ".join([posting.title, posting.company.name, *posting.tags])
    return re.sub(r"\s+", " ", f"{head}. {body}").strip()


def posting_meta(posting: Posting) -> dict[str, str]:
    """What a result shows and which facets it belongs to.

    Facets are metadata, not Pagefind filters: Pagefind 1.x writes filter indexes in a different order on
    every run (Pagefind issue #638), which would break byte-identical builds. The listing's own facet index
    filters the results instead, so nothing is lost.
    """
    seniority = posting.estimate.seniority if posting.estimate else infer_seniority(posting.title)[0]
    places = sorted({loc.country for loc in posting.locations} | set(posting.remote_eligibility))
    return {"title": posting.title, "company": posting.company.name, "place": fmt.format_place(posting),
            "key": posting.key, "category": posting.category.id, "seniority": seniority,
            "workplace": posting.workplace, "location": ", ".join(places), "tags": ", ".join(posting.tags)}


async def _index(model: Model) -> list[tuple[str, bytes]]:
    language = model.site.language.split("-")[0]
    async with PagefindIndex(config=IndexConfig(force_language=language)) as index:
        # Sorted by URL so the index files, named by content hash, come out the same on every build.
        for posting in sorted(model.open_postings, key=lambda p: p.url):
            await index.add_custom_record(url=posting.url, content=posting_text(posting), language=language,
                                          meta=posting_meta(posting))
        files = await index.get_files()
    return [(f["path"], f["content"]) for f in files]


def _wanted(path: str, language: str) -> bool:
    return path in RUNTIME_FILES or path.endswith(RUNTIME_SUFFIXES) or path == f"wasm.{language}.pagefind"


def render_search_index(model: Model) -> list[Output]:
    """The Pagefind bundle under /pagefind/: loader, WebAssembly and index chunks."""
    if not model.open_postings:
        return []
    language = model.site.language.split("-")[0]
    # Pagefind's API is async; a thread of our own gives it a fresh event loop even when the caller
    # already runs one (Playwright's sync API in tests, an async host embedding the build).
    with ThreadPoolExecutor(max_workers=1) as pool:
        files = pool.submit(asyncio.run, _index(model)).result()
    return [Output(f"{SEARCH_DIR}/{path}", data, "search index") for path, data in sorted(files)
            if _wanted(path, language)]
