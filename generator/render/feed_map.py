"""Which feeds exist, what each one holds and where it lives (the feed rows of docs/urls.md).

Pure model → data: feeds.py renders these scopes, pages link to them for autodiscovery and job alerts, and
the /feeds/ page and /feeds.opml list them. Keeping the addresses here means every one of those agrees.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Category, Company, Model, Posting, Site, tag_slug

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"
JSON_FEED_TYPE = "application/feed+json"
JSON_FEED_PATH = "feed.json"
JOBS_JSON_PATH = "jobs.json"
OPML_PATH = "feeds.opml"
DIRECTORY_URL = "/feeds/"


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
        return "/" + self.rss_path

    @property
    def atom_url(self) -> str:
        return "/" + self.atom_path


SITE_FEED = FeedAddress("")
REMOTE_FEED = FeedAddress("remote/")


def category_feed(category: Category) -> FeedAddress:
    return FeedAddress(f"categories/{category.id}/")


def company_feed(company: Company) -> FeedAddress:
    return FeedAddress(f"companies/{company.slug}/")


def tag_feed(tag: str) -> FeedAddress:
    return FeedAddress(f"tags/{tag_slug(tag)}/")


@dataclass(frozen=True)
class FeedScope:
    """One subscribable set of open postings, offered as RSS 2.0 and Atom: what a link to it shows. The postings
    themselves are not part of it (`scope_postings`), so a page that links a feed does not depend on them."""

    kind: str  # site, remote, category, company or tag
    key: str  # which one of its kind: the category id, company slug or tag ('' for site and remote)
    name: str  # what a reader's subscription list shows after the board's name: "AI roles"
    description: str
    address: FeedAddress
    page_url: str  # the HTML page the feed mirrors
    origin: str  # the content responsible, for output-collision messages
    telegram: str | None = None

    @property
    def label(self) -> str:
        """The name as a heading or list item: 'AI roles', 'Roles at Acme'."""
        return self.name[:1].upper() + self.name[1:]

    def title(self, site_title: str) -> str:
        return f"{site_title}: {self.name}"


def site_scope(site: Site) -> FeedScope:
    return FeedScope("site", "", "all open roles", site.description, SITE_FEED, "/", "content/site.yaml")


def remote_scope(site: Site) -> FeedScope:
    return FeedScope("remote", "", "remote roles", f"Open remote roles on {site.title}.", REMOTE_FEED, "/",
                     "content/jobs")


def category_scope(model: Model, category: Category) -> FeedScope:
    return FeedScope("category", category.id, f"{category.label} roles",
                     f"Open {category.label} roles on {model.site.title}.", category_feed(category), category.url,
                     "content/site.yaml", category.telegram)


def company_scope(model: Model, company: Company) -> FeedScope:
    return FeedScope("company", company.slug, f"roles at {company.name}",
                     f"Open roles at {company.name}: {company.tagline}", company_feed(company), company.url,
                     company.source)


def tag_scope(model: Model, tag: str) -> FeedScope:
    # Several source files share a tag; name the tag so a slug collision ('c++' vs 'cplusplus') is explained.
    return FeedScope("tag", tag, f"roles tagged {tag}", f"Open roles tagged '{tag}' on {model.site.title}.",
                     tag_feed(tag), "/", f"content/jobs (tag '{tag}')")


def scope_postings(model: Model, scope: FeedScope) -> tuple[Posting, ...]:
    """Every open posting in a scope, newest first (feeds may show fewer)."""
    if scope.kind == "site":
        return model.open_postings
    if scope.kind == "remote":
        return tuple(p for p in model.open_postings if p.workplace == "remote")
    if scope.kind == "category":
        return model.open_by_category[scope.key]
    if scope.kind == "company":
        return model.open_by_company[scope.key]
    return model.open_by_tag.get(scope.key, ())


@dataclass(frozen=True)
class FeedGroup:
    """A heading on the /feeds/ page and an outline in /feeds.opml."""

    id: str  # HTML id of the section
    heading: str
    scopes: tuple[FeedScope, ...]
    counts: tuple[int, ...]  # open postings in each scope, for the /feeds/ page

    @property
    def listed(self) -> tuple[tuple[FeedScope, int], ...]:
        return tuple(zip(self.scopes, self.counts, strict=True))


def _group(model: Model, id_: str, heading: str, scopes: tuple[FeedScope, ...]) -> FeedGroup:
    return FeedGroup(id_, heading, scopes, tuple(len(scope_postings(model, s)) for s in scopes))


def feed_groups(model: Model) -> tuple[FeedGroup, ...]:
    """Every RSS/Atom scope of the site, grouped the way the /feeds/ page shows them."""
    return (
        _group(model, "everything", "Everything", (site_scope(model.site), remote_scope(model.site))),
        _group(model, "categories", "By category", tuple(category_scope(model, c) for c in model.site.categories)),
        _group(model, "companies", "By company", tuple(company_scope(model, c) for c in model.companies)),
        _group(model, "tags", "By tag", tuple(tag_scope(model, t) for t in model.feed_tags)),
    )


def feed_scopes(model: Model) -> tuple[FeedScope, ...]:
    return tuple(scope for group in feed_groups(model) for scope in group.scopes)


def digest_address(feed: FeedAddress) -> FeedAddress:
    """Where a scope's daily digest lives, beside its feeds: '/daily.xml', '/categories/ai/daily.atom'."""
    return FeedAddress(feed.folder, "daily")


@dataclass(frozen=True)
class DigestScope:
    """A daily digest feed: one item per day listing the scope's roles posted that day (render/digest_feeds.py)."""

    scope: FeedScope
    address: FeedAddress
    key: str  # in the items' ids: 'all' or 'categories/ai'


def category_digest(category: Category) -> FeedAddress:
    return digest_address(category_feed(category))


def digest_scopes(model: Model) -> tuple[DigestScope, ...]:
    """The whole board's digest and each category's."""
    board = DigestScope(site_scope(model.site), digest_address(SITE_FEED), "all")
    return (board, *(DigestScope(category_scope(model, c), category_digest(c), f"categories/{c.id}")
                     for c in model.site.categories))


@dataclass(frozen=True)
class JobAlerts:
    """What a posting page offers under "Get roles like this daily"."""

    category_label: str
    category_feed: FeedAddress
    category_digest: FeedAddress
    company_name: str
    company_feed: FeedAddress
    telegram: str | None


def job_alerts(posting: Posting) -> JobAlerts:
    return JobAlerts(posting.category.label, category_feed(posting.category), category_digest(posting.category),
                     posting.company.name, company_feed(posting.company), posting.category.telegram)
