"""The compact JSON index of open postings that the browser filters: columns, lookup tables, no descriptions.

Budget: at most 60 bytes per posting gzipped (bench/BROWSE-RESULTS.md). What keeps it small:
- columns, not objects: one array per field, so no key is repeated per posting;
- repeated strings (companies, places, tags, place lines, contract terms, dates) are stored once and referenced
  by number, numbered by frequency so the common ones are short;
- what a card prints is stored formatted (render/pages/cards.py decides it), so the browser formats nothing;
- posting dates are days before the build date; rare fields are sparse maps {row: value}.

Python decides and the browser reads (docs/STYLE "The browser consumes decisions"): each posting's key, the
countries it can be taken from (`reach`, an index into a table of distinct country sets), the instant it
closes (milliseconds since the epoch, compared with Date.now()) and every feed "Subscribe to this search"
offers. The browser decodes it in static/jobs-cards.js; `decode_row` below is the reference for tests.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ...load.schema import (
    EMPLOYMENT_LABELS,
    EMPLOYMENT_TYPES,
    SENIORITIES,
    STAGE_LABELS,
    STAGES,
    WORKPLACE_LABELS,
    WORKPLACES,
)
from ...model import Model, Posting, closes_at, country_name
from ...model.regions import REGION_COUNTRIES
from ...model.roles import SENIORITY_LABELS
from .. import format as fmt
from ..feeds.scopes import SiteFeeds, search_feeds
from ..pages.cards import company_mark, pay_view, posted_text

INDEX_VERSION = 2
# Each listing filter (its URL parameter) as "Subscribe to this search" names one its feed leaves out.
FILTER_NAMES = {"q": "search words", "category": "category", "workplace": "workplace", "country": "country",
                "seniority": "seniority", "type": "employment type", "salary_min": "pay", "pay": "pay",
                "visa": "visa sponsorship", "relocation": "relocation help", "tz": "time zone",
                "new": "new since your last visit", "stage": "company stage", "tag": "tags", "company": "company"}


def build_index(model: Model, feeds: SiteFeeds) -> dict[str, Any]:
    """The index as plain data, ready for json.dumps; `feeds` are the site's (feeds/scopes.py `site_feeds`)."""
    postings = model.open_postings
    tables = _Tables(model)
    return {
        "v": INDEX_VERSION,
        **tables.header(model, feeds),
        "cols": _columns(postings, tables, model),
    }


def index_bytes(index: dict[str, Any]) -> bytes:
    """Serialise compactly and deterministically."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _by_frequency(counts: Counter) -> list:
    """Most used first (short numbers for common values), ties in a stable order."""
    return [value for value, _ in sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))]


class _Tables:
    """Lookup tables shared by all rows, each value stored once."""

    def __init__(self, model: Model):
        postings = model.open_postings
        self.companies = [c for c in model.companies if model.open_by_company[c.slug]]
        self.places = _by_frequency(Counter(loc for p in postings for loc in p.locations))
        self.tags = _by_frequency(Counter(t for p in postings for t in p.tags))
        # The strings a card prints, from the functions render/pages/cards.py card_view uses (not card_view itself:
        # ids, URLs and closing times the browser does not need would cost a tenth of a second at 10,000).
        self.place_lines = [fmt.format_place(p) for p in postings]
        self.terms_lines = [fmt.format_terms(p) for p in postings]
        self.pays = [pay_view(p) for p in postings]
        self.wheres = _by_frequency(Counter(self.place_lines))
        self.terms = _by_frequency(Counter(self.terms_lines))
        # The countries each posting can be taken from (model/regions.py open_to), one entry per distinct set;
        # None (JSON null) is "anywhere".
        self.reaches = _by_frequency(Counter(_reach(p) for p in postings))
        self.reach_pos = {r: i for i, r in enumerate(self.reaches)}
        # Named for the country filter and the search box: where postings are, can be taken from, or say so.
        codes = {loc.country for loc in self.places} | {c for r in self.reaches if r for c in r}
        codes |= {e for p in postings for e in p.remote_eligibility if e not in REGION_COUNTRIES and len(e) == 2}
        self.countries = sorted(codes)
        self.windows = _by_frequency(Counter(p.time_zones for p in postings if p.time_zones))
        self.window_pos = {w: i for i, w in enumerate(self.windows)}
        self.company_pos = {c.slug: i for i, c in enumerate(self.companies)}
        self.place_pos = {loc: i for i, loc in enumerate(self.places)}
        self.tag_pos = {t: i for i, t in enumerate(self.tags)}
        self.where_pos = {w: i for i, w in enumerate(self.wheres)}
        self.terms_pos = {t: i for i, t in enumerate(self.terms)}

    def header(self, model: Model, feeds: SiteFeeds) -> dict[str, Any]:
        feed_tags = set(model.feed_tags)
        today = model.clock.date()
        return {
            "categories": [[c.id, c.label] for c in model.site.categories],
            "workplaces": [[w, WORKPLACE_LABELS[w]] for w in WORKPLACES],
            "types": [[t, EMPLOYMENT_LABELS[t]] for t in EMPLOYMENT_TYPES],
            "levels": [[s, SENIORITY_LABELS[s]] for s in SENIORITIES],
            "stages": [[s, STAGE_LABELS[s]] for s in STAGES],
            "wheres": self.wheres,
            "terms": self.terms,
            # Days before the build date → [ISO date, "Posted 20 Nov 2026"], for every age a posting has.
            "posted": {str((today - day).days): [day.isoformat(), posted_text(day)]
                       for day in sorted({p.posted for p in model.open_postings})},
            # [slug, name, stage, mark]: the mark is the logo's address ("/logos/…") or the initials.
            "companies": [[c.slug, c.name, STAGES.index(c.stage), company_mark(c)] for c in self.companies],
            "places": [[loc.city, loc.country] for loc in self.places],
            "countries": {code: country_name(code) for code in self.countries},
            # Distinct reach sets, most used first, as country codes; null: open to anywhere.
            "reaches": [list(r) if r is not None else None for r in self.reaches],
            "tags": self.tags,
            # [filters, RSS URL] of every feed "Subscribe to this search" may pick (render/feeds/scopes.py).
            "feeds": search_feeds(model, feeds, self.companies, [t for t in self.tags if t in feed_tags]),
            "filter_names": FILTER_NAMES,
            # What the `offers` column's bits stand for, lowest bit first, as the cards print them.
            "offers": list(fmt.OFFER_LABELS.values()),
            # Time-zone windows in use, [from, to] in minutes east of UTC; the `tz` column points here.
            "windows": [list(w) for w in self.windows],
        }


def _pay(row: int, p: Posting, tables: _Tables) -> list[int | str] | int:
    """[the card's pay text, estimated, yearly low k$, yearly high k$], or 0 without pay.

    Yearly figures are -1 when the currency has no rate (the posting then never passes a salary filter).
    """
    pay = tables.pays[row]
    if pay is None:
        return 0
    yearly = p.yearly
    low, high = (yearly.low // 1000, yearly.high // 1000) if yearly else (-1, -1)
    return [pay.short, int(pay.estimated), low, high]


def _places(p: Posting, tables: _Tables) -> int | list[int]:
    refs = [tables.place_pos[loc] for loc in p.locations]
    return refs[0] if len(refs) == 1 else refs


def _columns(postings: tuple[Posting, ...], tables: _Tables, model: Model) -> dict[str, Any]:
    today = model.clock.date()
    rows = list(enumerate(postings))
    return {
        "title": [p.title for p in postings],
        "key": [p.key for p in postings],  # "company/slug": saved jobs' keys; its page is at Posting.url
        "company": [tables.company_pos[p.company.slug] for p in postings],
        "category": [_category_pos(model, p) for p in postings],
        "workplace": [WORKPLACES.index(p.workplace) for p in postings],
        "type": [EMPLOYMENT_TYPES.index(p.employment_type) for p in postings],
        "level": [SENIORITIES.index(p.level) for p in postings],
        "age": [(today - p.posted).days for p in postings],
        "places": [_places(p, tables) for p in postings],
        "where": [tables.where_pos[line] for line in tables.place_lines],
        "terms": [tables.terms_pos[line] for line in tables.terms_lines],
        "reach": [tables.reach_pos[_reach(p)] for p in postings],
        # What the posting says about where it can be taken from, for the search box's text only.
        "remote": {str(i): list(p.remote_eligibility) for i, p in rows if p.remote_eligibility},
        "duration": {str(i): p.duration for i, p in rows if p.duration},
        # When it closes (model.closes_at), in ms since the epoch: the browser drops roles that closed since the
        # build (the site is rebuilt about daily) by comparing this with Date.now().
        "closes": {str(i): _instant(p) for i, p in rows if p.expires},
        "tags": [[tables.tag_pos[t] for t in p.tags] for p in postings],
        "pay": [_pay(i, p, tables) for i, p in rows],
        # Bits of what the role offers (header `offers`): dense, as small numbers gzip to almost nothing.
        "offers": [_offers(p) for p in postings],
        "tz": {str(i): tables.window_pos[p.time_zones] for i, p in rows if p.time_zones},
        "verified": [int(p.verified is not None) for p in postings],  # the card's "Verified apply link"
    }


def _reach(p: Posting) -> tuple[str, ...] | None:
    return None if p.countries is None else tuple(sorted(p.countries))


def _instant(p: Posting) -> int:
    return int(closes_at(p.expires).timestamp()) * 1000


def _offers(p: Posting) -> int:
    return sum(1 << bit for bit, key in enumerate(fmt.OFFER_LABELS) if getattr(p, key) is True)


def _category_pos(model: Model, p: Posting) -> int:
    return next(i for i, c in enumerate(model.site.categories) if c.id == p.category.id)


def decode_row(index: dict[str, Any], row: int) -> dict[str, Any]:
    """One posting read back from the index, as the browser reads it (tests compare it with the model)."""
    cols = index["cols"]
    title = cols["title"][row]
    company = index["companies"][cols["company"][row]]
    reach = index["reaches"][cols["reach"][row]]
    places = cols["places"][row]
    places = [places] if isinstance(places, int) else places
    pay = cols["pay"][row]
    return {
        "key": cols["key"][row], "title": title, "company": company[1],
        "stage": index["stages"][company[2]][0],
        "category": index["categories"][cols["category"][row]][0],
        "workplace": index["workplaces"][cols["workplace"][row]][0],
        "type": index["types"][cols["type"][row]][0],
        "level": index["levels"][cols["level"][row]][0],
        "age": cols["age"][row],
        "places": [tuple(index["places"][i]) for i in places],
        "remote": cols["remote"].get(str(row), []),
        "reach": None if reach is None else frozenset(reach),
        "duration": cols["duration"].get(str(row)),
        "closes_ms": cols["closes"].get(str(row)),
        "tags": [index["tags"][i] for i in cols["tags"][row]],
        "place_line": index["wheres"][cols["where"][row]],
        "terms_line": index["terms"][cols["terms"][row]],
        "posted": tuple(index["posted"][str(cols["age"][row])]),
        "pay": None if pay == 0 else {"text": pay[0], "estimated": bool(pay[1]), "yearly_k": (pay[2], pay[3])},
        "offers": [label for bit, label in enumerate(index["offers"]) if cols["offers"][row] & (1 << bit)],
        "window": tuple(index["windows"][cols["tz"][str(row)]]) if str(row) in cols["tz"] else None,
        "verified": bool(cols["verified"][row]),
    }
