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

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from ...load.schema import (
    EMPLOYMENT_LABELS,
    EMPLOYMENT_TYPES,
    SENIORITIES,
    STAGE_LABELS,
    STAGES,
    WORKPLACE_LABELS,
    WORKPLACES,
)
from ...model import Location, Model, Posting, closes_at, country_name
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


class IndexRow(NamedTuple):
    """What the index says of one open posting that no other posting decides (numbers into the shared tables
    are given when the index is put together): a function of the posting's record alone, so the engine
    memoises it by the posting's fingerprint (render/site.py), and an edit formats one row, not ten thousand."""

    title: str
    key: str  # "company/slug": saved jobs' keys; its page is at Posting.url
    company: str  # its slug
    category: str  # its id
    workplace: int  # positions in the header's lists
    type: int
    level: int
    posted: int  # the day's ordinal (the age is the build's to count)
    places: tuple[tuple[str, str, str | None], ...]  # (city, country, region) of each location
    where: str  # the card's place line
    terms: str  # the card's contract line
    reach: tuple[str, ...] | None  # the countries it can be taken from; None: anywhere
    remote: tuple[str, ...]  # what it says about where it can be taken from, for the search box
    duration: str | None
    closes: int | None  # when it closes (model.closes_at), in ms since the epoch
    tags: tuple[str, ...]
    pay: list[int | str] | int  # [the card's pay text, estimated, yearly low k$, yearly high k$], or 0
    offers: int  # bits of what the role offers (header `offers`)
    tz: tuple[int, int] | None
    verified: int  # the card's "Verified apply link"


def index_row(posting: Posting) -> tuple:
    """A posting's IndexRow, as a plain tuple (what the cache stores)."""
    p = posting
    locations = tuple((loc.city, loc.country, loc.region) for loc in p.locations)
    return tuple(IndexRow(
        p.title, p.key, p.company.slug, p.category.id, WORKPLACES.index(p.workplace),
        EMPLOYMENT_TYPES.index(p.employment_type), SENIORITIES.index(p.level), p.posted.toordinal(), locations,
        fmt.format_place(p), fmt.format_terms(p), _reach(p), tuple(p.remote_eligibility), p.duration,
        _instant(p) if p.expires else None, tuple(p.tags), _pay(p), _offers(p), p.time_zones,
        int(p.verified is not None)))


def build_index(model: Model, feeds: SiteFeeds, rows: Sequence[tuple] | None = None) -> dict[str, Any]:
    """The index as plain data, ready for json.dumps; `feeds` are the site's (feeds/scopes.py `site_feeds`),
    `rows` the open postings' `index_row`s when the engine has them."""
    return counted_index(model, feeds, rows)[0]


Counts = dict[str, dict[Any, int]]  # how many times each value of a shared table is used, by table (`table_counts`)


def counted_index(model: Model, feeds: SiteFeeds, rows: Sequence[tuple] | None = None) -> tuple[dict[str, Any], Counts]:
    """`build_index`, with the counts its shared tables are numbered by: what `patch_index` starts from."""
    if rows is None:
        rows = [index_row(p) for p in model.open_postings]
    made = [IndexRow._make(row) for row in rows]
    counts = table_counts(made)
    tables = _Tables(model, counts)
    return {"v": INDEX_VERSION, **tables.header(model, feeds), "cols": _columns(made, tables, model)}, counts


def patch_index(model: Model, feeds: SiteFeeds, last: dict[str, Any], counts: Counts,
                changes: dict[int, tuple]) -> tuple[dict[str, Any], Counts] | None:
    """The last index (`last`, as json.loads reads it back, and its `counts`) with the rows at some positions
    replaced ({position: row now}), equal to the index `counted_index` makes of the rows now; None when a shared
    table's numbering moved (every row that points into it would change: make it again). The day, the site and
    the number of rows must be the last index's (the caller's key). What a row replaced used is read back from
    the last index itself (`_used_at`): no row of the last build is kept for it. Each value's place in a table is
    decided by its count and then its name, names being unique in every table (a Location's repr names all its
    fields), so counts updated here number the tables as counts made afresh do."""
    before = _Tables(model, counts)
    day = model.clock.date().toordinal()  # the build's day, the last index's too (the caller's key)
    now = {name: dict(table) for name, table in counts.items()}
    for i, row in changes.items():
        _count(now, _used_at(last["cols"], before, i, day), -1)
        _count(now, _uses(IndexRow._make(row)), 1)
    tables = _Tables(model, now)
    if (_numbering(tables) != _numbering(before)
            or [c.slug for c in tables.companies] != [c[0] for c in last["companies"]]
            or [c.id for c in model.site.categories] != [c[0] for c in last["categories"]]):
        return None
    positions = sorted(changes)
    # The changed rows' cells, made as every row's are; column j of `part` is position positions[j].
    part = _columns([IndexRow._make(changes[i]) for i in positions], tables, model)
    cols: dict[str, Any] = {}
    for name, column in last["cols"].items():
        cells = part[name]
        if isinstance(column, list):
            column = list(column)
            for j, i in enumerate(positions):
                column[i] = cells[j]
        else:  # a sparse map {row: value}, in row order
            column, added = dict(column), False
            for j, i in enumerate(positions):
                if str(j) in cells:
                    added = added or str(i) not in column
                    column[str(i)] = cells[str(j)]
                else:
                    column.pop(str(i), None)
            if added:
                column = dict(sorted(column.items(), key=lambda item: int(item[0])))
        cols[name] = column
    return {"v": INDEX_VERSION, **tables.header(model, feeds), "cols": cols}, now


def table_counts(rows: Sequence[IndexRow]) -> Counts:
    """How many times the rows use each value of each shared table (places, tags, place lines, contract lines,
    reach sets, time-zone windows, posting days, and the country codes only their remote text names)."""
    return {
        "places": dict(Counter(loc for r in rows for loc in r.places)),
        "tags": dict(Counter(t for r in rows for t in r.tags)),
        "wheres": dict(Counter(r.where for r in rows)),
        "terms": dict(Counter(r.terms for r in rows)),
        "reaches": dict(Counter(r.reach for r in rows)),
        "windows": dict(Counter(r.tz for r in rows if r.tz)),
        "posted": dict(Counter(r.posted for r in rows)),
        "remote": dict(Counter(e for r in rows for e in r.remote if _remote_code(e))),
    }


def _remote_code(text: str) -> bool:
    """Whether what a posting says of where it can be taken from is a country's code (not a region's)."""
    return text not in REGION_COUNTRIES and len(text) == 2


def _uses(r: IndexRow) -> dict[str, Sequence[Any]]:
    """The values of each shared table one row uses, as `table_counts` counts them."""
    return {"places": r.places, "tags": r.tags, "wheres": (r.where,), "terms": (r.terms,), "reaches": (r.reach,),
            "windows": (r.tz,) if r.tz else (), "posted": (r.posted,),
            "remote": tuple(e for e in r.remote if _remote_code(e))}


def _used_at(cols: dict[str, Any], tables: _Tables, row: int, today: int) -> dict[str, Sequence[Any]]:
    """`_uses` of the row at this position of an index, read back from its cells and the tables they point into."""
    places = cols["places"][row]
    tz = cols["tz"].get(str(row))
    return {"places": [tables.places[k] for k in ([places] if isinstance(places, int) else places)],
            "tags": [tables.tags[k] for k in cols["tags"][row]], "wheres": (tables.wheres[cols["where"][row]],),
            "terms": (tables.terms[cols["terms"][row]],), "reaches": (tables.reaches[cols["reach"][row]],),
            "windows": (tables.windows[tz],) if tz is not None else (), "posted": (today - cols["age"][row],),
            "remote": tuple(e for e in cols["remote"].get(str(row), ()) if _remote_code(e))}


def _count(counts: Counts, used: dict[str, Sequence[Any]], by: int) -> None:
    """Add one row's uses (`_uses`) to `counts` (`by` 1) or take them out (-1)."""
    for name, values in used.items():
        table = counts[name]
        for value in values:
            if n := table.get(value, 0) + by:
                table[value] = n
            else:
                del table[value]


def _numbering(tables: _Tables) -> tuple:
    """What the rows' cells point into, besides the companies and categories (the header says the rest)."""
    return tables.places, tables.tags, tables.wheres, tables.terms, tables.reaches, tables.windows


def index_bytes(index: dict[str, Any]) -> bytes:
    """Serialise compactly and deterministically."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _by_frequency(counts: dict[Any, int], name: Callable[[Any], str] = str) -> list:
    """Most used first (short numbers for common values), ties in a stable order."""
    return [value for value, _ in sorted(counts.items(), key=lambda item: (-item[1], name(item[0])))]


def _location_name(place: tuple[str, str, str | None]) -> str:
    return str(Location(*place))  # the tie-break the places were always sorted by


class _Tables:
    """Lookup tables shared by all rows, each value stored once."""

    def __init__(self, model: Model, counts: Counts):
        self.companies = [c for c in model.companies if model.open_by_company[c.slug]]
        self.places = _by_frequency(counts["places"], _location_name)
        self.tags = _by_frequency(counts["tags"])
        # The strings a card prints, from the functions render/pages/cards.py card_view uses (index_row).
        self.wheres = _by_frequency(counts["wheres"])
        self.terms = _by_frequency(counts["terms"])
        # The countries each posting can be taken from (model/regions.py open_to), one entry per distinct set;
        # None (JSON null) is "anywhere".
        self.reaches = _by_frequency(counts["reaches"])
        self.reach_pos = {r: i for i, r in enumerate(self.reaches)}
        # Named for the country filter and the search box: where postings are, can be taken from, or say so.
        codes = {loc[1] for loc in self.places} | {c for r in self.reaches if r for c in r}
        codes |= set(counts["remote"])
        self.countries = sorted(codes)
        self.days = sorted(counts["posted"])
        self.windows = _by_frequency(counts["windows"])
        self.window_pos = {w: i for i, w in enumerate(self.windows)}
        self.company_pos = {c.slug: i for i, c in enumerate(self.companies)}
        self.category_pos = {c.id: i for i, c in enumerate(model.site.categories)}
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
                       for day in map(dt.date.fromordinal, self.days)},
            # [slug, name, stage, mark]: the mark is the logo's address ("/logos/…") or the initials.
            "companies": [[c.slug, c.name, STAGES.index(c.stage), company_mark(c)] for c in self.companies],
            "places": [[loc[0], loc[1]] for loc in self.places],
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


def _pay(p: Posting) -> list[int | str] | int:
    """[the card's pay text, estimated, yearly low k$, yearly high k$], or 0 without pay.

    Yearly figures are -1 when the currency has no rate (the posting then never passes a salary filter).
    """
    pay = pay_view(p)
    if pay is None:
        return 0
    yearly = p.yearly
    low, high = (yearly.low // 1000, yearly.high // 1000) if yearly else (-1, -1)
    return [pay.short, int(pay.estimated), low, high]


def _places(r: IndexRow, tables: _Tables) -> int | list[int]:
    refs = [tables.place_pos[loc] for loc in r.places]
    return refs[0] if len(refs) == 1 else refs


def _columns(rows: list[IndexRow], tables: _Tables, model: Model) -> dict[str, Any]:
    today = model.clock.date().toordinal()
    numbered = list(enumerate(rows))
    return {
        "title": [r.title for r in rows],
        "key": [r.key for r in rows],  # "company/slug": saved jobs' keys; its page is at Posting.url
        "company": [tables.company_pos[r.company] for r in rows],
        "category": [tables.category_pos[r.category] for r in rows],
        "workplace": [r.workplace for r in rows],
        "type": [r.type for r in rows],
        "level": [r.level for r in rows],
        "age": [today - r.posted for r in rows],
        "places": [_places(r, tables) for r in rows],
        "where": [tables.where_pos[r.where] for r in rows],
        "terms": [tables.terms_pos[r.terms] for r in rows],
        "reach": [tables.reach_pos[r.reach] for r in rows],
        # What the posting says about where it can be taken from, for the search box's text only.
        "remote": {str(i): list(r.remote) for i, r in numbered if r.remote},
        "duration": {str(i): r.duration for i, r in numbered if r.duration},
        # When it closes (model.closes_at), in ms since the epoch: the browser drops roles that closed since the
        # build (the site is rebuilt about daily) by comparing this with Date.now().
        "closes": {str(i): r.closes for i, r in numbered if r.closes is not None},
        "tags": [[tables.tag_pos[t] for t in r.tags] for r in rows],
        "pay": [r.pay for r in rows],
        # Bits of what the role offers (header `offers`): dense, as small numbers gzip to almost nothing.
        "offers": [r.offers for r in rows],
        "tz": {str(i): tables.window_pos[r.tz] for i, r in numbered if r.tz},
        "verified": [r.verified for r in rows],  # the card's "Verified apply link"
    }


def _reach(p: Posting) -> tuple[str, ...] | None:
    return None if p.countries is None else tuple(sorted(p.countries))


def _instant(p: Posting) -> int:
    assert p.expires is not None
    return int(closes_at(p.expires).timestamp()) * 1000


def _offers(p: Posting) -> int:
    return sum(1 << bit for bit, key in enumerate(fmt.OFFER_LABELS) if getattr(p, key) is True)


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
