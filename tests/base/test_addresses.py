"""The address book: one definition of every output's URL and every content file's path, and everything agrees."""
from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

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


def test_every_address_in_the_book_spelled_out() -> None:
    """Each constant and each function's answer, literally: a slip (a relative URL, a folder without its slash, a
    copy of the neighbour's name) changes a link on every page that uses it, and a link is resolved against the
    page it is on, so 'stats.json' on /stats/ asks for /stats/stats.json."""
    a = addresses
    urls = {"HOME_URL": "/", "COMPANIES_URL": "/companies/", "FEEDS_URL": "/feeds/",
            "PAY_TRANSPARENCY_URL": "/pay-transparency/", "POST_A_JOB_URL": "/post-a-job/", "SAVED_URL": "/saved/",
            "STATS_URL": "/stats/", "STATS_DATA_URL": "/stats.json", "FEED_URL": "/feed.xml",
            "JSON_FEED_URL": "/feed.json"}
    assert {name: getattr(a, name) for name in urls} == urls
    assert sorted(name for name in vars(a) if name.endswith("_URL")) == sorted(urls)
    paths = {"STATS_DATA_PATH": "stats.json", "NOT_FOUND_PATH": "404.html", "SITEMAP_PATH": "sitemap.xml",
             "ROBOTS_PATH": "robots.txt", "REDIRECTS_PATH": "_redirects", "JSON_FEED_PATH": "feed.json",
             "JOBS_JSON_PATH": "jobs.json", "OPML_PATH": "feeds.opml"}
    assert {name: getattr(a, name) for name in paths} == paths
    assert [a.category_url("ai"), a.company_url("acme"), a.job_url("acme/ml"), a.apply_redirect_url("acme/ml"),
            a.listing_page_url("/categories/ai/", 1), a.listing_page_url("/categories/ai/", 2)] == [
        "/categories/ai/", "/companies/acme/", "/jobs/acme/ml/", "/apply/acme/ml/", "/categories/ai/",
        "/categories/ai/page/2/"]
    assert [a.page_file("/"), a.page_file("/stats/"), a.page_url("404.html"), a.site_path("/feed.json"),
            a.file_url("feed.json")] == ["index.html", "stats/index.html", "/404.html", "feed.json", "/feed.json"]
    feeds = [a.SITE_FEED, a.REMOTE_FEED, a.category_feed("ai"), a.company_feed("acme"), a.tag_feed("cplusplus"),
             a.combined_feed("ai", "workplace", "remote"), a.combined_feed("ai", "visa", "yes"),
             a.digest_address(a.SITE_FEED), a.digest_address(a.tag_feed("rust"))]
    assert [(f.rss_url, f.atom_url, f.rss_path) for f in feeds] == [
        ("/feed.xml", "/feed.atom", "feed.xml"), ("/remote/feed.xml", "/remote/feed.atom", "remote/feed.xml"),
        ("/categories/ai/feed.xml", "/categories/ai/feed.atom", "categories/ai/feed.xml"),
        ("/companies/acme/feed.xml", "/companies/acme/feed.atom", "companies/acme/feed.xml"),
        ("/tags/cplusplus/feed.xml", "/tags/cplusplus/feed.atom", "tags/cplusplus/feed.xml"),
        ("/categories/ai/workplace/remote/feed.xml", "/categories/ai/workplace/remote/feed.atom",
         "categories/ai/workplace/remote/feed.xml"),
        ("/categories/ai/visa/feed.xml", "/categories/ai/visa/feed.atom", "categories/ai/visa/feed.xml"),
        ("/daily.xml", "/daily.atom", "daily.xml"), ("/tags/rust/daily.xml", "/tags/rust/daily.atom",
                                                    "tags/rust/daily.xml")]
    assert [a.company_file("acme"), a.posting_file("acme/ml"), a.shown(), a.shown("site.yaml"),
            a.posting_key("content/jobs/acme/ml.md")] == [
        "companies/acme.md", "jobs/acme/ml.md", "content/", "content/site.yaml", "acme/ml"]


def test_the_stats_page_links_its_data_where_it_is_served(built_site) -> None:
    site, _ = built_site
    stats = (site / addresses.page_file(addresses.STATS_URL)).read_text()
    [href] = re.findall(r'href="([^"]*stats\.json)"', stats)
    assert href == "/stats.json" and (site / addresses.site_path(urljoin(addresses.STATS_URL, href))).is_file()
