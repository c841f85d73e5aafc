"""sitemap.xml and robots.txt: the pages search engines should index, and where to find the list.

Open postings and the pages that list them; never closed postings (noindex), apply redirects or the 404 page.
Every `lastmod` comes from content dates, not the wall clock, so a rebuild with no changes changes nothing.
Addresses come from the address book (base/addresses.py), and an entry is kept only when the build rendered
its page, so the sitemap can never point at a page that is not there.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from ...base import addresses
from ...base.memo import Deferred
from ...model import Model, Posting, closes_at
from ...model.pay_transparency import load_rules
from ..output import LazyOutput, Output, Read

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class SitemapEntry:
    path: str  # a page's URL from the site's root (base/addresses.py)
    lastmod: dt.date


def last_change(postings: tuple[Posting, ...], fallback: dt.date) -> dt.date:
    """When a listing of these postings last changed: a role was posted, or a role closed and left it."""
    days = [p.posted if p.is_open else (p.closed or closes_at(p.expires).date())
            for p in postings if p.is_open or p.ended]
    return max(days, default=fallback)


def sitemap_entries(model: Model, reviewed: dt.date | None = None) -> list[SitemapEntry]:
    """Every indexable page with its last change, in a stable order; `reviewed` is the pay-transparency rule
    table's date (read from data/ when not given)."""
    site_day = last_change(model.postings, model.clock.date())
    entries = [SitemapEntry(addresses.HOME_URL, site_day)]
    # One pass to group: a scan of every posting per company was quadratic (seconds at 10,000 postings).
    by_category: dict[str, list[Posting]] = defaultdict(list)
    by_company: dict[str, list[Posting]] = defaultdict(list)
    for p in model.postings:
        by_category[p.category.id].append(p)
        by_company[p.company.slug].append(p)
    for cat in model.site.categories:
        entries.append(SitemapEntry(cat.url, last_change(tuple(by_category[cat.id]), site_day)))
    entries.append(SitemapEntry(addresses.COMPANIES_URL, site_day))
    for company in model.companies:
        entries.append(SitemapEntry(company.url, last_change(tuple(by_company[company.slug]), site_day)))
    entries.extend(SitemapEntry(p.url, p.posted) for p in model.open_postings)
    entries.append(SitemapEntry(addresses.FEEDS_URL, site_day))
    # The page changes when the rule table does; never a date after the build.
    reviewed = reviewed or load_rules().reviewed
    entries.append(SitemapEntry(addresses.PAY_TRANSPARENCY_URL, min(reviewed, model.clock.date())))
    entries.append(SitemapEntry(addresses.STATS_URL, site_day))  # its figures change whenever a posting does
    return entries


def render_sitemap(model: Model, rendered: Collection[str], reviewed: dt.date | None = None) -> list[Output]:
    """sitemap.xml (sitemaps.org 0.9) and the robots.txt that points crawlers at it; `rendered` holds the path
    of every file the build made, and only pages among them are listed. The entries are worked out when the
    writer keys or writes the sitemap (base/memo.py Deferred), not when nothing they come from moved."""
    sitemap_url = model.site.base_url + addresses.file_url(addresses.SITEMAP_PATH)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n"
    origin = addresses.shown(addresses.SITE_FILE)
    # Many records decide them: a Read (render/output.py).
    entries = Deferred(rendered_entries, model, rendered, reviewed)
    return [LazyOutput(addresses.SITEMAP_PATH, origin, sitemap_xml, model.site.base_url, entries,
                       reads=(Read("sitemap", entries),)),
            Output(addresses.ROBOTS_PATH, robots.encode("utf-8"), origin)]


def rendered_entries(model: Model, rendered: Collection[str], reviewed: dt.date | None = None) -> list[SitemapEntry]:
    """The sitemap's entries for the pages among `rendered`."""
    return [entry for entry in sitemap_entries(model, reviewed) if addresses.page_file(entry.path) in rendered]


def sitemap_xml(base_url: str, entries: list[SitemapEntry]) -> bytes:
    """The sitemap of these entries, byte for byte as ElementTree wrote it (`ET.indent`, then `tostring` with an
    XML declaration), written as text: 32,000 elements cost a fifth of a second at 10,000 postings."""
    # Imported here: xml.sax.saxutils brings urllib.request, http.client and ssl (a fiftieth of a second), and a
    # build whose sitemap is unchanged never writes it.
    from xml.sax.saxutils import escape

    base = escape(base_url)  # element text, escaped as ElementTree escapes it: &, < and >
    urls = [_URL % (base + escape(entry.path), entry.lastmod.isoformat()) for entry in entries]
    return (_HEAD + ("".join([">\n", *urls, "</urlset>\n"]) if urls else " />\n")).encode("utf-8")


_HEAD = f"<?xml version='1.0' encoding='utf-8'?>\n<urlset xmlns=\"{SITEMAP_NS}\""
_URL = "  <url>\n    <loc>%s</loc>\n    <lastmod>%s</lastmod>\n  </url>\n"

