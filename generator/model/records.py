"""The site as frozen data: companies and postings, cross-linked, each posting with the facts derived from it.

The records only hold data; assemble.py builds them. A fact that more than one page, feed or index shows
(a posting's level, its yearly pay in US dollars, the countries it can be taken from, its similar roles) is
derived here once, so every feature reads the same answer instead of working it out again.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

import pycountry

from ..base import addresses
from ..load.sources import Body

if TYPE_CHECKING:
    from ..load.benchmarks import Benchmarks
    from ..load.logos import LogoFile
    from .apply_links import Verification
    from .compensation import Estimate
    from .pay import YearlyPay


@dataclass(frozen=True, slots=True)
class Location:
    city: str
    country: str  # ISO 3166-1 alpha-2
    region: str | None = None  # ISO 3166-2, e.g. US-CO

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def label(self) -> str:
        return f"{self.city}, {self.country_name}"


# The short names people use (CLDR's English names) where ISO 3166's has a comma, a parenthesis or a formal
# title and pycountry gives no `common_name`: a card reads "Moscow, Russia", not "…, Russian Federation".
_SHORT_NAMES = {
    "BN": "Brunei", "BQ": "Caribbean Netherlands", "CC": "Cocos Islands", "CD": "DR Congo",
    "FK": "Falkland Islands", "FM": "Micronesia", "MF": "Saint Martin", "PS": "Palestine", "RU": "Russia",
    "SH": "Saint Helena", "SX": "Sint Maarten", "UM": "U.S. Outlying Islands", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
}


@cache  # pycountry's lookup is slow and every card of every listing asks again
def country_name(code: str) -> str:
    """Name a country for display: the short name people use (Russia, not Russian Federation)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return _SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name


@dataclass(frozen=True, slots=True)
class Salary:
    """The employer's own pay range."""

    min: float
    max: float
    currency: str
    period: str


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    telegram: str | None = None

    @property
    def url(self) -> str:
        return addresses.category_url(self.id)


@dataclass(frozen=True)
class Site:
    title: str
    base_url: str
    description: str
    language: str
    categories: tuple[Category, ...]
    pay_transparency: str = "warn"  # warn | error | off
    trust_checks: str = "warn"  # warn | error | off: scam and copy findings (trust.py)
    repository: str | None = None  # https://github.com/OWNER/REPO: edit links and the submission form
    branch: str = "main"
    # What the site's record is a function of (site.yaml's bytes, the base URL, the compensation table):
    # outputs are keyed by their records' fingerprints instead of by their contents (base/memo.py).
    fingerprint: bytes = field(default=b"", compare=False, repr=False)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


@dataclass(frozen=True, slots=True)
class Company:
    slug: str
    name: str
    website: str
    stage: str
    tagline: str
    body: Body  # its description's HTML, read from the cache when shown (load/sources.py)
    source: str
    headquarters: Location | None = None
    size: str | None = None
    categories: tuple[str, ...] = ()
    logo: str | None = None  # the logo's absolute address (JSON-LD, feeds): a file the site serves
    logo_src: str | None = None  # the same, as pages link it: "/logos/acme.3f2a9c1e0b.svg"
    links: tuple[tuple[str, str], ...] = ()
    ats: tuple[str, ...] = ()  # "greenhouse:acme", "lever:acme", "ashby:acme": where its roles are published
    fingerprint: bytes = field(default=b"", compare=False, repr=False)  # its file's key (sources.py)

    @property
    def url(self) -> str:
        return addresses.company_url(self.slug)

    @property
    def body_html(self) -> str:
        return self.body.html


@dataclass(frozen=True, slots=True)
class Posting:
    slug: str
    title: str
    company: Company
    category: Category
    workplace: str
    employment_type: str
    posted: dt.date
    apply_url: str
    body: Body  # its description's HTML, read from the cache when shown (load/sources.py)
    source: str
    is_open: bool
    tags: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    remote_eligibility: tuple[str, ...] = ()
    duration: str | None = None
    seniority: str | None = None  # from front matter only; inference lives with compensation
    salary: Salary | None = None
    expires: dt.date | None = None
    closed: dt.date | None = None  # marked closed by hand, by `jobsite links --fix` or by `jobsite import`
    contact: str | None = None  # "@octocat": the GitHub user `jobsite remind` reminds before it expires
    visa_sponsorship: bool | None = None  # None: the posting does not say
    relocation: bool | None = None  # None: the posting does not say
    time_zones: tuple[int, int] | None = None  # (from, to) in minutes east of UTC, west first; remote roles
    estimate: Estimate | None = None  # only when the employer gives no range
    updated: dt.date | None = None  # the file's last commit (history.py); None outside a git checkout
    # Derived by assemble.py from the fields above (roles.py, pay.py, regions.py), once for every feature:
    level: str = "mid"  # seniority: the `seniority` key, else the estimate's, the title's, the contract's
    family: str | None = None  # the kind of job compensation reads from the title; None when unclear
    yearly: YearlyPay | None = None  # comparable yearly pay in whole US dollars; None without a known figure
    countries: frozenset[str] | None = frozenset()  # where it can be taken from; None means anywhere
    verified: Verification | None = None  # why its apply link is the company's own (apply_links.py); None if not
    # Its file's key, its company's and the site's fingerprints, and whether it is open: all it is made from.
    fingerprint: bytes = field(default=b"", compare=False, repr=False)

    @property
    def key(self) -> str:
        return f"{self.company.slug}/{self.slug}"

    @property
    def body_html(self) -> str:
        return self.body.html

    @property
    def url(self) -> str:
        return addresses.job_url(self.key)

    @property
    def ended(self) -> dt.date | None:
        """The day applications ended: the day it was marked closed, else its expiry once past; None while open."""
        if self.closed:
            return self.closed
        return None if self.is_open else self.expires

    @property
    def apply_path(self) -> str:
        return addresses.apply_redirect_url(self.key)


FEED_TAG_MINIMUM = 3  # open postings a tag needs for a feed of its own (Model.feed_tags)


@dataclass(frozen=True)
class Model:
    site: Site
    companies: tuple[Company, ...]  # sorted by name
    postings: tuple[Posting, ...]  # newest first, every posting including closed ones
    clock: dt.datetime
    # Every posting's key (open or closed) → up to four similar open postings (similar.py), chosen by build_model.
    similar: Mapping[str, tuple[Posting, ...]] = field(default_factory=dict, compare=False, repr=False)
    logos: tuple[LogoFile, ...] = ()  # the logo files companies use, to be served as they are
    # The compensation table the estimates came from (None when it is missing or incomplete): what a posting
    # read again after a save (incremental.py) is estimated with, as build_model estimated the rest.
    benchmarks: Benchmarks | None = field(default=None, compare=False, repr=False)

    @cached_property
    def open_postings(self) -> tuple[Posting, ...]:
        return tuple(p for p in self.postings if p.is_open)

    @cached_property
    def open_by_company(self) -> dict[str, tuple[Posting, ...]]:
        # One pass over the postings: a scan per company was quadratic (seconds at 10,000 postings).
        grouped: dict[str, list[Posting]] = {c.slug: [] for c in self.companies}
        for p in self.open_postings:
            grouped[p.company.slug].append(p)
        return {slug: tuple(postings) for slug, postings in grouped.items()}

    @cached_property
    def open_by_tag(self) -> dict[str, tuple[Posting, ...]]:
        """Open postings under each tag they carry, newest first (one pass, not one scan per tag)."""
        grouped: dict[str, list[Posting]] = {}
        for p in self.open_postings:
            for tag in dict.fromkeys(p.tags):
                grouped.setdefault(tag, []).append(p)
        return {tag: tuple(postings) for tag, postings in grouped.items()}

    @cached_property
    def feed_tags(self) -> tuple[str, ...]:
        """Tags used by at least three open postings: each gets its own feed (fewer would be noise)."""
        return tuple(sorted(t for t, postings in self.open_by_tag.items() if len(postings) >= FEED_TAG_MINIMUM))

    @cached_property
    def open_by_category(self) -> dict[str, tuple[Posting, ...]]:
        return {c.id: tuple(p for p in self.open_postings if p.category.id == c.id) for c in self.site.categories}
