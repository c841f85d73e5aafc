"""The address book: one definition of every output's URL and every content file's path, and everything agrees."""
from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.base import addresses
from generator.render.browse.index import decode_row
from generator.render.hosting.sitemap import SITEMAP_NS

from ..conftest import REPO

BOOK = "generator/base/addresses.py"


def grep(pattern: str, *folders: str) -> list[tuple[str, str]]:
    """(file, line) for each line under `folders` that `grep` matches: the issue's own check, run as written."""
    found = subprocess.run(["grep", "-rn", pattern, *folders], cwd=REPO, capture_output=True, text=True,
                           check=False).stdout
    return [(line.split(":", 1)[0], line.split(":", 2)[2]) for line in found.splitlines()]


def test_the_stats_page_the_site_feed_and_job_pages_are_spelled_once() -> None:
    hits = grep(r'"/stats/\|/feed.xml\|"/jobs/"', "generator", "templates")
    assert hits == [(BOOK, 'STATS_URL = "/stats/"  # the board in numbers')]


def test_content_folders_are_spelled_once() -> None:
    hits = grep(r'"content/jobs\|content/companies', "generator")
    assert hits and {path for path, _ in hits} == {BOOK}


def index_rows(site: Path) -> list[dict]:
    html = (site / addresses.page_file(addresses.HOME_URL)).read_text()
    index = json.loads((site / addresses.site_path(re.search(r'data-index="([^"]+)"', html).group(1))).read_bytes())
    return [decode_row(index, i) for i in range(len(index["cols"]["title"]))]


def test_a_posting_s_page_its_sitemap_entry_and_its_index_row_agree_on_its_url(built_site) -> None:
    site, result = built_site
    base = result.model.site.base_url
    sitemap = {loc.text for loc in ET.parse(site / addresses.SITEMAP_PATH).iter(f"{{{SITEMAP_NS}}}loc")}
    rows = index_rows(site)
    assert [row["key"] for row in rows] == [p.key for p in result.model.open_postings]
    listing = (site / addresses.page_file(addresses.HOME_URL)).read_text()
    for row, posting in zip(rows, result.model.open_postings, strict=True):
        url = addresses.job_url(row["key"])  # what the browser's cards link to
        assert posting.url == url
        page = (site / addresses.page_file(url)).read_text()
        assert f'<link rel="canonical" href="{base}{url}">' in page
        assert base + url in sitemap
        assert f'href="{url}"' in listing
    closed = [p for p in result.model.postings if not p.is_open]
    assert closed and all(base + p.url not in sitemap and (site / addresses.page_file(p.url)).is_file()
                          for p in closed)


def test_the_sitemap_lists_exactly_the_indexable_pages_rendered(built_site) -> None:
    site, result = built_site
    base = result.model.site.base_url
    sitemap = [loc.text for loc in ET.parse(site / addresses.SITEMAP_PATH).iter(f"{{{SITEMAP_NS}}}loc")]
    pages = {base + addresses.page_url(path.relative_to(site).as_posix()) for path in site.rglob("*.html")
             if 'name="robots" content="noindex' not in path.read_text()}
    assert len(sitemap) == len(set(sitemap)) and set(sitemap) == pages
    assert base + addresses.STATS_URL in pages and base + addresses.FEEDS_URL in pages


def test_page_files_and_urls_are_each_other_s_inverse() -> None:
    for url in (addresses.HOME_URL, addresses.STATS_URL, addresses.job_url("acme/ml"),
                addresses.listing_page_url(addresses.category_url("ai"), 2)):
        assert addresses.page_url(addresses.page_file(url)) == url
    assert addresses.page_file(addresses.listing_page_url(addresses.company_url("acme"), 3)) == \
        "companies/acme/page/3/index.html"
    assert addresses.posting_key(addresses.shown(addresses.posting_file("acme/ml"))) == "acme/ml"
    assert addresses.combined_feed("ai", "visa", "yes").rss_url == "/categories/ai/visa/feed.xml"
    assert addresses.digest_address(addresses.category_feed("ai")).atom_url == "/categories/ai/daily.atom"
