"""`jobsite serve` after a save of one posting: the model with that posting replaced, and only the outputs that
show it rendered again, without visiting the rest of the board. Stage by stage, as build.py: load (the one file,
`read_one`) → model (the posting's record, its similar roles) → render (the outputs that list it) → write
(`write_some`).

A save goes this way only when it cannot move the posting anywhere: the file is a posting of the current model,
it has no problem of its own, and only its title and description changed, with every fact the model derives from
them (level, role family, pay, estimate, reach) as it was. Its place in every listing and feed is then what it
was, so what shows it is known from the model: its own pages and description text, its company's pages, the
listing pages and the feeds of the scopes it is in. Each of those is keyed as the writer keys it and rendered
only when its key moved, so what this writes is what a full build writes.

What shows the posting through the whole board — the search and browse indexes, jobs.json and the JSON Feed,
the sitemap, the statistics, the first listing page (which names both indexes), daily digests, other postings'
similar roles — is left to the next full build, which `jobsite serve` runs once saves pause; it finds what this
wrote recorded and writes only the rest. Anything else (a new, deleted or renamed file, a company, site.yaml,
the templates, a change of company, category, dates, tags or pay, a title that changes the level) is a full
build, and so are boards whose trust or pay-transparency checks are errors: their cross-file findings need it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .base import addresses
from .base.cache import Cache
from .base.memo import memo, templates_digest
from .config import BuildOptions
from .load.files import ContentFile, display_path
from .load.history import read_history
from .load.sources import Source, read_one
from .model import Model, Posting
from .model.assemble import posting_record
from .model.similar import similar_to
from .render.browse.search import search_text_output
from .render.feeds.entries import render_scope
from .render.feeds.scopes import scopes_of
from .render.output import Output
from .render.pages.assets import collect_assets
from .render.pages.paginate import page_path, page_showing
from .render.pages.renderer import PageRenderer, category_pages, company_pages, home_pages, posting_pages
from .render.site import environment
from .write import WriteReport, write_some

# The Posting fields a save may change and still go this way: what the title and the description are.
CHANGEABLE = frozenset({"title", "body", "fingerprint"})


def update_site(model: Model, path: Path, options: BuildOptions, cache: Cache,
                pages_written: Callable[[Model, WriteReport], None] | None = None) -> Model | None:
    """Bring the site up to date after a save of the posting at `path` (absolute) and return the model after it,
    or None when this save needs a full build. The pages that show it are written first (`pages_written` hears
    of them: `jobsite serve` reloads the tab then), then its feeds. Raises what rendering raises (a template
    error): the caller then builds in full."""
    patched = patch_model(model, path, options, cache)
    if patched is None:
        return None
    new_model, posting = patched
    pages = write_some(pages_showing(new_model, posting, options.templates_dir), options.output_dir, cache)
    if pages is None:
        return None
    if pages_written is not None:
        pages_written(new_model, pages)
    write_some(feeds_showing(new_model, posting), options.output_dir, cache)
    return new_model


def patch_model(model: Model, path: Path, options: BuildOptions,
                cache: Cache) -> tuple[Model, Posting] | None:
    """The model with the posting at `path` read again, or None when the save may change more than its pages."""
    site = model.site
    if site.trust_checks == "error" or site.pay_transparency == "error":
        return None  # a finding across postings would fail the build: only a full one finds them
    file = _content_file(path, options)
    index = _index_of(model, display_path(file.path)) if file else None
    if file is None or index is None:
        return None
    if _history_moved(model, read_history(options.content_dir)):
        return None  # a commit dates pages ("Updated …"), and saving a file is not what moved it
    old = model.postings[index]
    before = cache.records.get(old.body.key)
    source = read_one(file, cache)
    if before is None or not _same_source_but_text(before, source):
        return None
    # The model's own table: any change to it is a full build, and a model came only from a good build.
    inputs = (source, cache.bodies, old.company, old.category, old.is_open, site.fingerprint, old.updated,
              model.benchmarks)
    # Memoised as build_model memoises it, so the next full build takes this very record.
    new = memo(cache.postings, posting_record, *inputs)
    if not _same_posting_but_text(old, new):
        return None
    postings = (*model.postings[:index], new, *model.postings[index + 1:])
    similar = {**model.similar, new.key: similar_to(postings, index)}
    return dataclasses.replace(model, postings=postings, similar=similar), new


def pages_showing(model: Model, posting: Posting, templates_dir: Path) -> list[Output]:
    """The pages that show `posting` and are made from it and its neighbours only (not the whole board): its
    own, its description text, and the listings of its category and its company."""
    templates = templates_digest(templates_dir)
    r = PageRenderer(environment(templates_dir, templates), templates, model.site,
                     collect_assets(templates_dir / "static"))
    outputs = posting_pages(r, model, posting)
    if not posting.is_open:
        return outputs  # a closed posting is listed nowhere
    outputs.append(search_text_output(posting))
    # Its place in each list is what it was, so of each listing only the page that shows it changes. The home
    # listing's first page names the browse and search indexes: it is the full build's.
    company, category = posting.company, posting.category
    shown = {page_showing(model.open_postings, posting, "/"),
             page_showing(model.open_by_category[category.id], posting, category.url),
             page_showing(model.open_by_company[company.slug], posting, company.url)} - {page_path("/", 1)}
    listings = [*home_pages(r, model, None), *category_pages(r, model, category), *company_pages(r, model, company)]
    return outputs + [out for out in listings if out.path in shown]


def feeds_showing(model: Model, posting: Posting) -> list[Output]:
    """The RSS and Atom feeds of every scope `posting` is in (a feed shows only its newest: most are unchanged)."""
    if not posting.is_open:
        return []
    return [out for scope in scopes_of(model, posting) for out in render_scope(model, scope)]


def _content_file(path: Path, options: BuildOptions) -> ContentFile | None:
    """The posting file at `path` as the loader names it (content/jobs/<company>/<slug>.md), else None."""
    content = options.content_dir.resolve()
    if not path.is_relative_to(content) or path.suffix != ".md" or not path.is_file():
        return None
    rel = path.relative_to(content)
    if len(rel.parts) != 3 or rel.parts[0] != "jobs":
        return None
    return ContentFile(options.content_dir / rel, "posting", rel.parts[1])


def _index_of(model: Model, source: str) -> int | None:
    return next((i for i, p in enumerate(model.postings) if p.source == source), None)


def _history_moved(model: Model, history: dict[str, dt.date]) -> bool:
    """Whether git dates any posting otherwise than the model does (a commit since it was built)."""
    if not history:  # no git checkout, or nothing committed: the common case while drafting
        return any(p.updated is not None for p in model.postings)
    return any(p.updated != history.get(addresses.posting_file(p.key)) for p in model.postings)


def _same_source_but_text(old: Source, new: Source) -> bool:
    """Two loaded records of one posting file that differ in title and description only, neither with problems."""
    return (new.src is not None and not new.problems and not old.problems and "title" in new.values
            and _without_title(old.values) == _without_title(new.values))


def _same_posting_but_text(old: Posting, new: Posting) -> bool:
    """Two model records of one posting equal in every field a title or description cannot change."""
    return all(getattr(old, f.name) == getattr(new, f.name) for f in dataclasses.fields(old)
               if f.name not in CHANGEABLE)


def _without_title(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "title"}
