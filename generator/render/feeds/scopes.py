"""Which feeds exist, what each one holds and where it lives (the feed rows of docs/urls.md).

Pure model → data: feeds.py renders these scopes, pages link to them for autodiscovery and job alerts, and
the /feeds/ page and /feeds.opml list them. Their addresses come from the address book (base/addresses.py),
so every one of those agrees with the files written.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from ...base import addresses
from ...base.addresses import REMOTE_FEED, SITE_FEED, FeedAddress, digest_address
from ...load.schema import (
    EMPLOYMENT_LABELS,
    EMPLOYMENT_TYPES,
    SENIORITIES,
    SENIORITY_LABELS,
    WORKPLACE_LABELS,
    WORKPLACES,
)
from ...model import Category, Company, Model, Posting, Site, tag_slug
from ...model.records import FEED_TAG_MINIMUM

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"
JSON_FEED_TYPE = "application/feed+json"
POSTINGS_ORIGIN = addresses.shown(addresses.POSTINGS_FOLDER)  # the origin of outputs made from many postings


def category_feed(category: Category) -> FeedAddress:
    return addresses.category_feed(category.id)


def company_feed(company: Company) -> FeedAddress:
    return addresses.company_feed(company.slug)


def tag_feed(tag: str) -> FeedAddress:
    return addresses.tag_feed(tag_slug(tag))


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
    # The listing's filters (URL parameter, value) whose roles the feed holds: the browser's "Subscribe to this
    # search" picks the feed that matches them, or the narrowest one that covers them.
    filters: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """The name as a heading or list item: 'AI roles', 'Roles at Acme'."""
        return self.name[:1].upper() + self.name[1:]

    def title(self, site_title: str) -> str:
        return f"{site_title}: {self.name}"


def site_scope(site: Site) -> FeedScope:
    return FeedScope("site", "", "all open roles", site.description, SITE_FEED, addresses.HOME_URL,
                     addresses.shown(addresses.SITE_FILE))


def remote_scope(site: Site) -> FeedScope:
    filters = (("workplace", "remote"),)
    # Its page is the listing filtered as the feed is, as a combination's is (not the whole board).
    return FeedScope("remote", "", "remote roles", f"Open remote roles on {site.title}.", REMOTE_FEED,
                     addresses.HOME_URL + "?" + urlencode(filters), POSTINGS_ORIGIN, filters=filters)


def category_scope(model: Model, category: Category) -> FeedScope:
    return FeedScope("category", category.id, f"{category.label} roles",
                     f"Open {category.label} roles on {model.site.title}.", category_feed(category), category.url,
                     addresses.shown(addresses.SITE_FILE), category.telegram, (("category", category.id),))


def company_scope(model: Model, company: Company) -> FeedScope:
    return FeedScope("company", company.slug, f"roles at {company.name}",
                     f"Open roles at {company.name}: {company.tagline}", company_feed(company), company.url,
                     company.source, filters=(("company", company.slug),))


def tag_scope(model: Model, tag: str) -> FeedScope:
    # Several source files share a tag; name the tag so a slug collision ('c++' vs 'cplusplus') is explained.
    return FeedScope("tag", tag, f"roles tagged {tag}", f"Open roles tagged '{tag}' on {model.site.title}.",
                     tag_feed(tag), addresses.HOME_URL, f"{POSTINGS_ORIGIN} (tag '{tag}')", filters=(("tag", tag),))


@dataclass(frozen=True)
class Facet:
    """A listing filter that combines with a category into feeds: its URL parameter and how a role answers it."""

    param: str
    values: tuple[str, ...]  # in the listing's order
    value_of: Callable[[Posting], str]
    # "remote AI roles", "full-time AI roles", "senior AI roles", "AI roles that sponsor visas"
    name: Callable[[str, str], str]


COMBINED = (
    Facet("workplace", WORKPLACES, lambda p: p.workplace, lambda v, cat: f"{WORKPLACE_LABELS[v].lower()} {cat} roles"),
    Facet("type", EMPLOYMENT_TYPES, lambda p: p.employment_type,
          lambda v, cat: f"{EMPLOYMENT_LABELS[v].lower()} {cat} roles"),
    Facet("seniority", SENIORITIES, lambda p: p.level, lambda v, cat: f"{SENIORITY_LABELS[v].lower()} {cat} roles"),
    Facet("visa", ("yes",), lambda p: "yes" if p.visa_sponsorship else "", lambda v, cat: f"{cat} roles that "
                                                                                           "sponsor visas"),
)
FACETS = {facet.param: facet for facet in COMBINED}


def _combinations(model: Model) -> list[tuple[FeedScope, tuple[Posting, ...]]]:
    """A category with one workplace, contract type or seniority, or with visa sponsorship, and its open
    postings, newest first: only the combinations that hold open roles (a feed that can only ever be empty
    helps nobody, and costs a file)."""
    found = []
    for category in model.site.categories:
        own = model.open_by_category[category.id]
        for facet in COMBINED:
            grouped: dict[str, list[Posting]] = {}
            for p in own:
                grouped.setdefault(facet.value_of(p), []).append(p)
            found += [(_combination(model, category, facet, value), tuple(grouped[value]))
                      for value in facet.values if value in grouped]
    return found


def _combination(model: Model, category: Category, facet: Facet, value: str) -> FeedScope:
    filters = (("category", category.id), (facet.param, value))
    name = facet.name(value, category.label)
    return FeedScope("combination", f"{category.id}/{facet.param}/{value}", name,
                     f"Open {name} on {model.site.title}.", addresses.combined_feed(category.id, facet.param, value),
                     addresses.HOME_URL + "?" + urlencode(filters), POSTINGS_ORIGIN, filters=filters)


def scope_postings(model: Model, scope: FeedScope) -> tuple[Posting, ...]:
    """Every open posting in a scope, newest first (feeds may show fewer): the roles its filters select."""
    postings = model.open_postings
    for param, value in scope.filters:
        if param == "category":
            postings = model.open_by_category[value] if postings is model.open_postings else \
                tuple(p for p in postings if p.category.id == value)
        elif param == "company":
            postings = model.open_by_company[value]
        elif param == "tag":
            postings = model.open_by_tag.get(value, ())
        else:
            value_of = FACETS[param].value_of
            postings = tuple(p for p in postings if value_of(p) == value)
    return postings


def scopes_of(model: Model, posting: Posting) -> tuple[FeedScope, ...]:
    """The scopes of `site_feeds(model)` an open posting is in, found without counting every scope's roles."""
    site, category = model.site, posting.category
    # A combination exists when one of the category's open roles has its value: this one does.
    combined = [_combination(model, category, facet, value) for facet in COMBINED
                if (value := facet.value_of(posting)) in facet.values]
    tagged = [tag_scope(model, tag) for tag in sorted(set(posting.tags))
              if sum(1 for p in model.open_postings if tag in p.tags) >= FEED_TAG_MINIMUM]
    scopes = (site_scope(site), remote_scope(site), category_scope(model, category), *combined,
              company_scope(model, posting.company), *tagged)
    return tuple(scope for scope in scopes if in_scope(posting, scope))


def in_scope(posting: Posting, scope: FeedScope) -> bool:
    """Whether an open posting is among `scope_postings(model, scope)`: the same filters, asked of one role."""
    for param, value in scope.filters:
        if param == "category":
            found = posting.category.id == value
        elif param == "company":
            found = posting.company.slug == value
        elif param == "tag":
            found = value in posting.tags
        else:
            found = FACETS[param].value_of(posting) == value
        if not found:
            return False
    return True


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


@dataclass(frozen=True)
class SiteFeeds:
    """Every RSS/Atom scope of a build, grouped as the /feeds/ page shows them, with each scope's open postings:
    worked out once a build (the feeds, the /feeds/ page, the OPML bundle and the browse index read it), the
    combinations in one pass over each category's roles per facet rather than a filter per scope."""

    groups: tuple[FeedGroup, ...]
    postings: tuple[tuple[Posting, ...], ...]  # each scope's (`scope_postings`), in the order of `scopes`

    @property
    def scopes(self) -> tuple[FeedScope, ...]:
        return tuple(scope for group in self.groups for scope in group.scopes)

    def group(self, id_: str) -> FeedGroup:
        return next(group for group in self.groups if group.id == id_)


def site_feeds(model: Model) -> SiteFeeds:
    """Every RSS/Atom scope of the site and its open postings, grouped the way the /feeds/ page shows them."""
    combined = _combinations(model)
    groups = (
        ("everything", "Everything", [site_scope(model.site), remote_scope(model.site)]),
        ("categories", "By category", [category_scope(model, c) for c in model.site.categories]),
        ("combinations", "By category and workplace, contract, seniority or visas", [s for s, _ in combined]),
        ("companies", "By company", [company_scope(model, c) for c in model.companies]),
        ("tags", "By tag", [tag_scope(model, t) for t in model.feed_tags]),
    )
    lists = dict((scope.address.rss_path, postings) for scope, postings in combined)
    made, postings = [], []
    for id_, heading, scopes in groups:
        found = [lists[s.address.rss_path] if s.kind == "combination" else scope_postings(model, s) for s in scopes]
        made.append(FeedGroup(id_, heading, tuple(scopes), tuple(map(len, found))))
        postings += found
    return SiteFeeds(tuple(made), tuple(postings))


def search_feeds(model: Model, feeds: SiteFeeds, companies: Iterable[Company], tags: Iterable[str]) -> list[list]:
    """The feeds "Subscribe to this search" chooses from, as [filters, RSS URL] for the browse index: the site's,
    the remote roles', each category's and its combinations', and those of these companies and tags (the ones
    the index lists, so a visitor is not sent the addresses of feeds no filter can pick)."""
    scopes = (*feeds.group("everything").scopes, *feeds.group("categories").scopes,
              *feeds.group("combinations").scopes, *(company_scope(model, c) for c in companies),
              *(tag_scope(model, t) for t in tags))
    return [[dict(scope.filters), scope.address.rss_url] for scope in scopes]


@dataclass(frozen=True)
class DigestScope:
    """A daily digest feed: one item per day listing the scope's roles posted that day (render/feeds/digests.py)."""

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
