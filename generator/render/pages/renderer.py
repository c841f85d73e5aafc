"""HTML pages: listings, postings, apply redirects, companies, 404."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from ...base import addresses
from ...base.memo import Deferred, digest, key_of, made
from ...model import Category, Company, Model, Posting, Site
from .. import format as fmt
from ..feeds.scopes import category_scope, company_scope, site_scope
from ..output import LazyOutput, Output, Read, members
from ..stats.view import category_panel
from .assets import Assets
from .cards import card_views, roles_count
from .facets import facet_options
from .paginate import render_paginated
from .scripts import script_constants
from .views import company_page, posting_page


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """A strict Jinja environment: undefined names fail the build, every string is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # What pages print is decided in Python (pages/views.py, cards.py, format.py); templates only lay it out.
    # Two formatters stay filters: labels of the post-a-job form's and the companies list's enum values.
    env.filters.update(workplace=fmt.WORKPLACE_LABELS.__getitem__, employment=fmt.EMPLOYMENT_LABELS.__getitem__,
                       stage=fmt.STAGE_LABELS.__getitem__)
    env.filters["cards"] = card_views  # render/pages/cards.py decides each card; run at render, so memo hits skip it
    # Every link a template writes to a page of ours comes from the address book: `urls.STATS_URL`, `urls.FEED_URL`.
    env.globals["urls"] = addresses
    return env


class PageRenderer:
    """Renders templates with the globals every page shares; one per build (render/site.py)."""

    def __init__(self, env: jinja2.Environment, templates: bytes, site: Site, assets: Assets):
        self.env = env
        self.site = site
        # Feed autodiscovery: the whole site's feeds everywhere, plus the page's own (scope_feed) where it has one.
        self.shared: dict[str, Any] = {"site": site, "asset": assets.url, "current_nav": None,
                                       "site_feed": site_scope(site), "scope_feed": None,
                                       "script_constants": script_constants()}
        # What a page is a function of besides its own variables: the templates' bytes and the shared globals.
        self.fingerprint = digest(templates + key_of(PageRenderer, (self.shared,)))

    def page(self, path: str, template: str, origin: str, view_of: Callable[[dict[str, Any]], Any] | None = None,
             reads: tuple[Read, ...] = (), **context: Any) -> Output:
        """A page of `template` with these variables; `view_of`, given them, makes the page's `view` variable when the
        page is rendered (pages/views.py), so a page the writer skips as unchanged never makes it. `reads`: the
        values among the variables that many records decide (render/output.py `Read`)."""
        variables = {"canonical": self.site.base_url + addresses.page_url(path), **context}
        # Rendered when the writer asks (render/output.py): pages can then be spread over processes.
        return LazyOutput(path, origin, render_page, self, template, variables, view_of, reads=reads)


def render_page(r: PageRenderer, template: str, variables: dict[str, Any],
                view_of: Callable[[dict[str, Any]], Any] | None) -> bytes:
    """One page's bytes: a pure function of the renderer (templates, shared globals) and its variables (a
    Deferred among them, base/memo.py, is shown as its value)."""
    shown = {**r.shared, **{name: made(value) for name, value in variables.items()}}
    if view_of:
        shown["view"] = view_of(shown)
    return r.env.get_template(template).render(shown).encode("utf-8")


def render_pages(r: PageRenderer, model: Model, index_url: str, search_url: str = "") -> list[Output]:
    """Render every HTML page of the site; `index_url` is where the browse index lives, `search_url` the
    search index's manifest ("" when there is none)."""
    return [*_listings(r, model, index_url, search_url), *_postings(r, model), *_companies(r, model),
            *_not_found(r)]


def _listings(r: PageRenderer, model: Model, index_url: str, search_url: str) -> list[Output]:
    # Made only if the first page is keyed or rendered (base/memo.py Deferred): an edit elsewhere skips the work.
    first = {"facets": Deferred(facet_options, model), "index_url": index_url, "search_url": search_url}
    outputs = home_pages(r, model, first)
    for cat in model.site.categories:
        outputs += category_pages(r, model, cat)
    return outputs


def home_pages(r: PageRenderer, model: Model, first: dict[str, Any] | None) -> list[Output]:
    """The listing of every open role, paginated so every posting is reachable without JavaScript; its first
    page hosts the filters (`first`: their options, and the addresses of the browse and search indexes)."""
    site = model.site
    labels = " · ".join(c.label for c in site.categories)
    # Paginated so every posting is reachable without JavaScript; the first page of / hosts the filters.
    return render_paginated(r.page, addresses.HOME_URL, "listing.html", addresses.shown(addresses.SITE_FILE),
                            model.open_postings,
                            heading=f"Jobs in {labels}", intro=site.description,
                            browse=True, filter_url=None, first=first)


def category_pages(r: PageRenderer, model: Model, cat: Category) -> list[Output]:
    return render_paginated(r.page, cat.url, "listing.html", addresses.shown(addresses.SITE_FILE),
                            model.open_by_category[cat.id],
                            heading=f"{cat.label} jobs", intro=f"Open {cat.label} roles on {model.site.title}.",
                            current_nav=cat.url, scope_feed=category_scope(model, cat),
                            browse=False, filter_url=f"{addresses.HOME_URL}?category={cat.id}",
                            first={"stats_panel": Deferred(category_panel, model, cat)})


def _postings(r: PageRenderer, model: Model) -> list[Output]:
    return [out for p in model.postings for out in posting_pages(r, model, p)]


def posting_pages(r: PageRenderer, model: Model, p: Posting) -> list[Output]:
    """A posting's page and, while it is open, its apply page."""
    # The similar postings stand in by their fingerprints; their items and this page's pay are made when the
    # page renders (pages/views.py), so an unchanged page neither formats nor hashes them.
    similar = model.similar[p.key]
    outputs = [r.page(addresses.page_file(p.url), "posting.html", p.source, posting=p, similar=similar,
                      view_of=posting_page, reads=(Read(f"similar {p.source}", members(similar)),))]
    if p.is_open:
        outputs.append(r.page(addresses.page_file(p.apply_path), "apply.html", p.source, posting=p))
    return outputs


def _companies(r: PageRenderer, model: Model) -> list[Output]:
    counts = {c.slug: roles_count(len(model.open_by_company[c.slug]), "open") for c in model.companies}
    outputs = [r.page(addresses.page_file(addresses.COMPANIES_URL), "companies.html",
                      addresses.shown(addresses.COMPANIES_FOLDER), companies=model.companies, open_counts=counts,
                      current_nav="companies", reads=(Read("open counts", counts),))]
    for c in model.companies:
        outputs += company_pages(r, model, c)
    return outputs


def company_pages(r: PageRenderer, model: Model, c: Company) -> list[Output]:
    """A company's page, paginated over its open roles."""
    return render_paginated(r.page, c.url, "company.html", c.source, model.open_by_company[c.slug],
                            company=c, current_nav="companies", scope_feed=company_scope(model, c),
                            view_of=company_page)


def _not_found(r: PageRenderer) -> list[Output]:
    return [r.page(addresses.NOT_FOUND_PATH, "404.html", "templates/404.html")]
