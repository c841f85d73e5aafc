"""The address book: where every output of the site is served, and where every content file lives.

Pages, feeds, the sitemap, templates (the `urls` global), announcements, edit links, reminders, scaffolding
and `jobsite check` all ask here, so a page and every link to it agree. Functions take plain ids, slugs and
keys, not records: this module imports nothing from the stages, and each of them may use it.

URLs are paths from the site's root, as a link in a page writes them ('/companies/acme/'); the files that
serve them are paths in the output folder ('companies/acme/index.html'); `page_file` turns the one into the
other. Content paths are relative to the content folder ('jobs/acme/ml-engineer.md'), and `shown` gives
them as authors see them from the repository's root: content/jobs/<company>/<slug>.md for a posting and
content/companies/<slug>.md for a company.
"""
from __future__ import annotations

from dataclasses import dataclass

# --- Pages ---------------------------------------------------------------------------------------------------

HOME_URL = "/"  # every open role, with the filters
COMPANIES_URL = "/companies/"
FEEDS_URL = "/feeds/"  # every feed, with subscribe links
PAY_TRANSPARENCY_URL = "/pay-transparency/"
POST_A_JOB_URL = "/post-a-job/"
SAVED_URL = "/saved/"
STATS_URL = "/stats/"  # the board in numbers
STATS_DATA_PATH = "stats.json"  # the same figures as data
NOT_FOUND_PATH = "404.html"  # Netlify serves it for any address no file answers
SITEMAP_PATH = "sitemap.xml"
ROBOTS_PATH = "robots.txt"
REDIRECTS_PATH = "_redirects"  # Netlify's redirect rules: the apply links


def category_url(category_id: str) -> str:
    return f"/categories/{category_id}/"


def company_url(slug: str) -> str:
    return f"{COMPANIES_URL}{slug}/"


def job_url(key: str) -> str:
    """A posting's page, by its key (<company>/<slug>)."""
    return f"/jobs/{key}/"


def apply_redirect_url(key: str) -> str:
    """The redirect to a posting's apply link: kept out of the sitemap and of search engines."""
    return f"/apply/{key}/"


def listing_page_url(first: str, number: int) -> str:
    """Page `number` of a list whose first page is `first`: '/categories/ai/', '/categories/ai/page/2/'."""
    return first if number == 1 else f"{first}page/{number}/"


def page_file(url: str) -> str:
    """The file in the output folder that serves a page's URL: '/' → 'index.html', '/stats/' → 'stats/index.html'."""
    return url.lstrip("/") + "index.html"


def page_url(path: str) -> str:
    """The URL a page file is served at: the inverse of `page_file` ('404.html' stays '/404.html')."""
    return "/" + path.removesuffix("index.html")


def site_path(url: str) -> str:
    """The output file of a URL that names a file: '/feed.json' → 'feed.json'."""
    return url.lstrip("/")


def file_url(path: str) -> str:
    """The URL of a file in the output folder: 'feed.json' → '/feed.json'."""
    return "/" + path


STATS_DATA_URL = file_url(STATS_DATA_PATH)


# --- Feeds ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FeedAddress:
    """Where a scope's feeds live: the folder ('' for the whole site, 'categories/ai/' for one category) and
    the file name without its extension ('feed', or 'daily' for the daily digest beside it)."""

    folder: str
    stem: str = "feed"

    @property
    def rss_path(self) -> str:
        return f"{self.folder}{self.stem}.xml"

    @property
    def atom_path(self) -> str:
        return f"{self.folder}{self.stem}.atom"

    @property
    def rss_url(self) -> str:
        return file_url(self.rss_path)

    @property
    def atom_url(self) -> str:
        return file_url(self.atom_path)


SITE_FEED = FeedAddress("")
REMOTE_FEED = FeedAddress("remote/")
FEED_URL = SITE_FEED.rss_url  # the whole board's RSS feed, linked from every page
JSON_FEED_PATH = "feed.json"
JSON_FEED_URL = file_url(JSON_FEED_PATH)
JOBS_JSON_PATH = "jobs.json"  # every open role as data: `jobsite announce` reads it
OPML_PATH = "feeds.opml"


def category_feed(category_id: str) -> FeedAddress:
    return FeedAddress(site_path(category_url(category_id)))


def company_feed(slug: str) -> FeedAddress:
    return FeedAddress(site_path(company_url(slug)))


def tag_feed(tag_slug: str) -> FeedAddress:
    """A tag's feeds, by the tag's URL-safe name (model/assemble.py tag_slug): 'c++' → tags/cplusplus/."""
    return FeedAddress(f"tags/{tag_slug}/")


def combined_feed(category_id: str, param: str, value: str) -> FeedAddress:
    """A category narrowed by one listing filter: categories/ai/workplace/remote/, and categories/ai/visa/
    (visa has one value, so its folder does not repeat it)."""
    return FeedAddress(f"{category_feed(category_id).folder}{param}/" + ("" if param == "visa" else f"{value}/"))


def digest_address(feed: FeedAddress) -> FeedAddress:
    """Where a scope's daily digest lives, beside its feeds: 'daily.xml', 'categories/ai/daily.atom'."""
    return FeedAddress(feed.folder, "daily")


# --- Content files -------------------------------------------------------------------------------------------

CONTENT_FOLDER = "content"  # where the content sits in the board's repository (the layout DEVELOPERS.md fixes)
SITE_FILE = "site.yaml"
COMPANIES_FOLDER = "companies"
POSTINGS_FOLDER = "jobs"  # one folder per company, named by its slug, holding its postings
LOGOS_FOLDER = "logos"


def company_file(slug: str) -> str:
    return f"{COMPANIES_FOLDER}/{slug}.md"


def posting_file(key: str) -> str:
    """A posting's file by its key (<company>/<slug>): jobs/<company>/<slug>.md."""
    return f"{POSTINGS_FOLDER}/{key}.md"


def shown(path: str = "") -> str:
    """A content path as authors see it from the repository's root: 'content/site.yaml'; '' for the folder."""
    return f"{CONTENT_FOLDER}/{path}"


def posting_key(path: str) -> str:
    """The key of the posting whose file `shown` gives as `path`: content/jobs/acme/ml.md → 'acme/ml'."""
    return path.removeprefix(shown(POSTINGS_FOLDER + "/")).removesuffix(".md")
