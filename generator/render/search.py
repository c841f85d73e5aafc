"""Full-text search index of open postings, built with Pagefind from small documents made from the model.

Each open posting becomes a minimal HTML document (title, facets as metadata, description) in a scratch
folder, which Pagefind's CLI indexes in one pass; the bundle is read back as outputs, so the writer stays the
only code that touches site/. Pagefind's Python API was measured at ~0.1 s per record (one round trip each),
which is hours at 10,000 postings; the CLI indexes them in seconds.
"""
from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from pagefind_bin import get_executable

from ..model import Model, Posting
from ..roles import seniority_of
from . import format as fmt
from .output import Output

SEARCH_DIR = "pagefind"
# What the browser needs for pagefind.search(); Pagefind's own UI bundles are not used (we render results).
RUNTIME_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json")
RUNTIME_SUFFIXES = (".pf_meta", ".pf_fragment", ".pf_index")
# Characters that belong to words in this trade: C++, C#, .NET.
WORD_CHARACTERS = "+#"


def posting_meta(posting: Posting) -> dict[str, str]:
    """What a result shows and which facets it belongs to.

    Facets are metadata, not Pagefind filters: Pagefind 1.x writes filter indexes in a different order on
    every run (Pagefind issue #638), which would break byte-identical builds. The listing's own facet index
    filters the results instead, so nothing is lost.
    """
    places = sorted({loc.country for loc in posting.locations} | set(posting.remote_eligibility))
    return {"company": posting.company.name, "place": fmt.format_place(posting), "key": posting.key,
            "category": posting.category.id, "seniority": seniority_of(posting), "workplace": posting.workplace,
            "location": ", ".join(places), "tags": ", ".join(posting.tags)}


def posting_document(posting: Posting, language: str) -> str:
    """A minimal page for the indexer: the title as the result title, the description as the body."""
    e = html.escape
    meta = "".join(f'<span data-pagefind-meta="{e(k)}:{e(v)}"></span>' for k, v in posting_meta(posting).items())
    tags = " ".join(e(t) for t in posting.tags)
    return (f'<!doctype html><html lang="{e(language)}"><head><title>{e(posting.title)}</title></head><body>'
            f"<main data-pagefind-body><h1>{e(posting.title)}</h1>{meta}"
            f"<p>{e(posting.company.name)} · {e(fmt.format_place(posting))} · {tags}</p>"
            f"{posting.body_html}</main></body></html>")


def _wanted(path: str, language: str) -> bool:
    return path in RUNTIME_FILES or path.endswith(RUNTIME_SUFFIXES) or path == f"wasm.{language}.pagefind"


def render_search_index(model: Model) -> list[Output]:
    """The Pagefind bundle under /pagefind/: loader, WebAssembly and index chunks."""
    if not model.open_postings:
        return []
    language = model.site.language.split("-")[0]
    with tempfile.TemporaryDirectory(prefix="jobsite-search-") as tmp:
        docs, bundle = Path(tmp) / "docs", Path(tmp) / "bundle"
        for posting in model.open_postings:
            page = docs / "jobs" / posting.company.slug / posting.slug / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(posting_document(posting, language), encoding="utf-8")
        subprocess.run([get_executable(), "--site", str(docs), "--output-path", str(bundle), "--force-language",
                        language, "--include-characters", WORD_CHARACTERS, "--silent"],
                       check=True, capture_output=True, timeout=900)
        files = sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file())
        return [Output(f"{SEARCH_DIR}/{path}", (bundle / path).read_bytes(), "search index") for path in files
                if _wanted(path, language)]
