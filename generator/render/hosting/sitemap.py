"""sitemap.xml and robots.txt: the pages search engines should index, and where to find the list.

Open postings and the pages that list them; never closed postings (noindex), apply redirects or the 404 page.
Every `lastmod` comes from content dates, not the wall clock, so a rebuild with no changes changes nothing.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass

from ...model import Model, Posting, closes_at
from ...model.pay_transparency import load_rules
from ..feeds.scopes import DIRECTORY_URL
from ..output import Output
from ..pages.pay_transparency import PAGE_URL

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class SitemapEntry:
    path: str  # /jobs/acme/ml-engineer/
    lastmod: dt.date


def last_change(postings: tuple[Posting, ...], fallback: dt.date) -> dt.date:
    """When a listing of these postings last changed: a role was posted, or a role closed and left it."""
    days = [p.posted if p.is_open else (p.closed or closes_at(p.expires).date())
            for p in postings if p.is_open or p.ended]
    return max(days, default=fallback)


def sitemap_entries(model: Model) -> list[SitemapEntry]:
    """Every indexable page with its last change, in a stable order."""
    site_day = last_change(model.postings, model.clock.date())
    entries = [SitemapEntry("/", site_day)]
    # One pass to group: a scan of every posting per company was quadratic (seconds at 10,000 postings).
    by_category: dict[str, list[Posting]] = defaultdict(list)
    by_company: dict[str, list[Posting]] = defaultdict(list)
    for p in model.postings:
        by_category[p.category.id].append(p)
        by_company[p.company.slug].append(p)
    for cat in model.site.categories:
        entries.append(SitemapEntry(cat.url, last_change(tuple(by_category[cat.id]), site_day)))
    entries.append(SitemapEntry("/companies/", site_day))
    for company in model.companies:
        entries.append(SitemapEntry(company.url, last_change(tuple(by_company[company.slug]), site_day)))
    entries.extend(SitemapEntry(p.url, p.posted) for p in model.open_postings)
    entries.append(SitemapEntry(DIRECTORY_URL, site_day))
    # The page changes when the rule table does; never a date after the build.
    entries.append(SitemapEntry(PAGE_URL, min(load_rules().reviewed, model.clock.date())))
    entries.append(SitemapEntry("/stats/", site_day))  # its figures change whenever a posting does
    return entries


def render_sitemap(model: Model) -> list[Output]:
    """sitemap.xml (sitemaps.org 0.9) and the robots.txt that points crawlers at it."""
    urlset = ET.Element("urlset", xmlns=SITEMAP_NS)  # a plain attribute: no global namespace registry
    for entry in sitemap_entries(model):
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = model.site.base_url + entry.path
        ET.SubElement(url, "lastmod").text = entry.lastmod.isoformat()
    ET.indent(urlset)
    sitemap = ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {model.site.base_url}/sitemap.xml\n"
    return [Output("sitemap.xml", sitemap, "content/site.yaml"),
            Output("robots.txt", robots.encode("utf-8"), "content/site.yaml")]
