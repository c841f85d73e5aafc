"""The board in numbers: the figures behind /stats/, its charts, its tables and /stats.json.

Pure functions of the model; the clock is the build's, so a rebuild of the same content gives the same figures.
Decisions, and why:

- **Open roles** are counted for every breakdown except "new roles per week", which counts every posting by
  its `posted` day, closed ones included: a role that was posted in a week and has since closed was still new
  that week.
- **Weeks end at the build clock.** The last week is the seven days ending on the clock's (UTC) day, the one
  before it the seven days before those, and so on for WEEKS weeks: no calendar-week convention to choose, and
  the latest week is never a partial one. Postings dated after the clock (a warning at build) are not counted.
- **Pay** is each posting's yearly US-dollar range, `Posting.yearly` (the salary filter's figure), taken
  at its midpoint. Employers' ranges and compensation estimates are never mixed: each band says which it is.
- **Percentiles** use linear interpolation between closest ranks (Hyndman & Fan type 7; numpy's default,
  Excel's PERCENTILE.INC): for n sorted values and q in [0, 1], h = (n − 1)·q and the result is
  x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). It is computed exactly, then rounded to the nearest $1,000 (ties to
  even, as pay.py rounds): finer precision would be false given the exchange rates.
- **Countries** are where roles are based (each posting once per country of its locations). **Remote
  eligibility** counts, for open remote roles, each country or region they name as written; a remote role that
  names none is "Not stated".
- **Visa sponsorship** by category is the share of a category's open roles whose posting says
  `visa_sponsorship: true`; a role that does not say counts as not sponsoring (the board claims nothing for it).
  Shares are whole percentages, rounded half to even.
- Ties in every ranking break by label, then id, so the order never depends on file order.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction

from ...load.schema import SENIORITIES, SENIORITY_LABELS, WORKPLACE_LABELS, WORKPLACES
from ...model import Category, Model, Posting, country_name
from ..format import eligibility_label

WEEKS = 26
TOP_TAGS = 15
TOP_COUNTRIES = 15
TOP_ELIGIBILITY = 12
NOT_STATED = "Not stated"
PERCENTILE_METHOD = ("linear interpolation between closest ranks (Hyndman & Fan type 7), "
                     "over each posting's yearly US-dollar midpoint, rounded to the nearest $1,000")


@dataclass(frozen=True)
class Count:
    """One bar: what is counted, how it is shown, and how many."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Share:
    """How many of a group's open roles offer something, of how many."""

    key: str
    label: str
    offering: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.offering / self.total) if self.total else 0


@dataclass(frozen=True)
class Week:
    start: dt.date  # first day, inclusive
    end: dt.date  # last day, inclusive
    count: int


@dataclass(frozen=True)
class Band:
    """Pay of one group: how many postings, and the 25th, 50th and 75th percentiles of their midpoints."""

    key: str
    label: str
    postings: int
    p25: int
    median: int
    p75: int


@dataclass(frozen=True)
class PayBands:
    """Bands for one grouping, employers' ranges and estimates kept apart."""

    employer: tuple[Band, ...]
    estimate: tuple[Band, ...]


@dataclass(frozen=True)
class BoardStats:
    open_roles: int
    by_category: tuple[Count, ...]
    by_workplace: tuple[Count, ...]
    new_per_week: tuple[Week, ...]
    pay_by_seniority: PayBands
    pay_by_category: PayBands
    top_tags: tuple[Count, ...]
    top_countries: tuple[Count, ...]
    remote_eligibility: tuple[Count, ...]
    visa_by_category: tuple[Share, ...] = ()


@dataclass(frozen=True)
class CategoryStats:
    """The small version on a category page: its workplaces, its own weeks and its pay by seniority."""

    category: Category
    open_roles: int
    by_workplace: tuple[Count, ...]
    new_per_week: tuple[Week, ...]
    pay_by_seniority: PayBands


def board_stats(model: Model) -> BoardStats:
    """Every figure on /stats/."""
    open_ = model.open_postings
    categories = model.site.categories
    return BoardStats(
        open_roles=len(open_),
        by_category=tuple(Count(c.id, c.label, len(model.open_by_category[c.id])) for c in categories),
        by_workplace=by_workplace(open_),
        new_per_week=new_per_week(model.postings, model.clock),
        pay_by_seniority=pay_bands(open_, _seniority_groups()),
        pay_by_category=pay_bands(open_, tuple((c.id, c.label) for c in categories), lambda p: p.category.id),
        top_tags=top_tags(open_),
        top_countries=top_countries(open_),
        remote_eligibility=remote_eligibility(open_),
        visa_by_category=tuple(Share(c.id, c.label, sum(p.visa_sponsorship is True for p in own), len(own))
                               for c in categories if (own := model.open_by_category[c.id])),
    )


def category_stats(model: Model, category: Category) -> CategoryStats:
    """The figures for one category page."""
    own = tuple(p for p in model.postings if p.category.id == category.id)
    open_ = model.open_by_category[category.id]
    return CategoryStats(category, len(open_), by_workplace(open_), new_per_week(own, model.clock),
                         pay_bands(open_, _seniority_groups()))


def new_per_week(postings: Iterable[Posting], clock: dt.datetime, weeks: int = WEEKS) -> tuple[Week, ...]:
    """Postings by posted day in the `weeks` seven-day spans ending on the clock's day, oldest first."""
    last = clock.astimezone(dt.timezone.utc).date()
    first = last - dt.timedelta(days=7 * weeks - 1)
    counts = [0] * weeks
    for p in postings:
        if first <= p.posted <= last:
            counts[(p.posted - first).days // 7] += 1
    return tuple(Week(first + dt.timedelta(days=7 * i), first + dt.timedelta(days=7 * i + 6), n)
                 for i, n in enumerate(counts))


def percentile(values: Iterable[int | Fraction], q: Fraction) -> Fraction:
    """The q-th quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks; exact."""
    xs = sorted(values)
    if not xs:
        raise ValueError("percentile of no values")
    q = Fraction(q)
    lo, rest = divmod((len(xs) - 1) * q.numerator, q.denominator)  # h = lo + rest / denominator
    if rest == 0:
        return Fraction(xs[lo])
    return Fraction(xs[lo] * q.denominator + rest * (xs[lo + 1] - xs[lo]), q.denominator)


def thousands(amount: Fraction) -> int:
    """Round to the nearest 1,000, ties to even (as pay.py rounds)."""
    return round(amount / 1000) * 1000


QUARTILES = (Fraction(1, 4), Fraction(1, 2), Fraction(3, 4))


def band(key: str, label: str, doubled: list[int]) -> Band:
    """The 25th, 50th and 75th percentiles of a group's midpoints, given doubled (low + high, a whole number)."""
    xs = sorted(doubled)  # whole numbers sort and interpolate fast; halve only the three results
    p25, p50, p75 = (thousands(percentile(xs, q) / 2) for q in QUARTILES)
    return Band(key, label, len(xs), p25, p50, p75)


def pay_bands(postings: Iterable[Posting], groups: tuple[tuple[str, str], ...],
              group_of: Callable[[Posting], str] = lambda p: p.level) -> PayBands:
    """Bands per group (in the order given, groups without pay left out), employer and estimate apart."""
    doubled: dict[tuple[bool, str], list[int]] = {}
    for p in postings:
        pay = p.yearly
        if pay is not None:
            doubled.setdefault((pay.estimated, group_of(p)), []).append(pay.low + pay.high)

    def bands(estimated: bool) -> tuple[Band, ...]:
        return tuple(band(key, label, doubled[(estimated, key)]) for key, label in groups
                     if (estimated, key) in doubled)

    return PayBands(employer=bands(False), estimate=bands(True))


def by_workplace(postings: Iterable[Posting]) -> tuple[Count, ...]:
    """Open roles on-site, hybrid and remote, in that order (zeros kept, so the chart's rows never move)."""
    counts = Counter(p.workplace for p in postings)
    return tuple(Count(w, WORKPLACE_LABELS[w], counts[w]) for w in WORKPLACES)


def top_tags(postings: Iterable[Posting], limit: int = TOP_TAGS) -> tuple[Count, ...]:
    """The most used tags of open postings."""
    counts = Counter(t for p in postings for t in p.tags)
    return _ranked(((t, t, n) for t, n in counts.items()), limit)


def top_countries(postings: Iterable[Posting], limit: int = TOP_COUNTRIES) -> tuple[Count, ...]:
    """Countries roles are based in, each posting once per country."""
    counts = Counter(code for p in postings for code in sorted({loc.country for loc in p.locations}))
    return _ranked(((code, country_name(code), n) for code, n in counts.items()), limit)


def remote_eligibility(postings: Iterable[Posting], limit: int = TOP_ELIGIBILITY) -> tuple[Count, ...]:
    """Where open remote roles let applicants live: each named country or region, or "Not stated"."""
    counts = Counter(e for p in postings if p.workplace == "remote" for e in (p.remote_eligibility or (NOT_STATED,)))
    return _ranked(((e, eligibility_label(e), n) for e, n in counts.items()), limit)


def _ranked(items: Iterable[tuple[str, str, int]], limit: int) -> tuple[Count, ...]:
    ordered = sorted(items, key=lambda item: (-item[2], item[1].lower(), item[0]))
    return tuple(Count(key, label, n) for key, label, n in ordered[:limit])


def _seniority_groups() -> tuple[tuple[str, str], ...]:
    return tuple((level, SENIORITY_LABELS[level]) for level in SENIORITIES)


def stats_data(stats: BoardStats, categories: tuple[CategoryStats, ...], clock: dt.datetime) -> dict:
    """/stats.json: the page's figures (and each category page's) in a fixed key order."""
    return {
        # The day the figures are for (weeks end on it), not the instant: a second build that day is unchanged.
        "generated": clock.astimezone(dt.timezone.utc).date().isoformat(),
        "open_roles": stats.open_roles,
        "by_category": _counts(stats.by_category),
        "by_workplace": _counts(stats.by_workplace),
        "new_per_week": _weeks(stats.new_per_week),
        "pay": {
            "currency": "USD", "period": "year", "method": PERCENTILE_METHOD,
            "by_seniority": _pay(stats.pay_by_seniority),
            "by_category": _pay(stats.pay_by_category),
        },
        "top_tags": _counts(stats.top_tags),
        "top_countries": _counts(stats.top_countries),
        "remote_eligibility": _counts(stats.remote_eligibility),
        "visa_sponsorship_by_category": [{"id": s.key, "label": s.label, "sponsoring": s.offering,
                                          "open_roles": s.total, "percent": s.percent}
                                         for s in stats.visa_by_category],
        "categories": {c.category.id: {"open_roles": c.open_roles, "by_workplace": _counts(c.by_workplace),
                                       "new_per_week": _weeks(c.new_per_week),
                                       "pay_by_seniority": _pay(c.pay_by_seniority)} for c in categories},
    }


def _counts(counts: tuple[Count, ...]) -> list[dict]:
    return [{"id": c.key, "label": c.label, "count": c.count} for c in counts]


def _weeks(weeks: tuple[Week, ...]) -> list[dict]:
    return [{"start": w.start.isoformat(), "end": w.end.isoformat(), "count": w.count} for w in weeks]


def _pay(bands: PayBands) -> dict:
    def rows(items: tuple[Band, ...]) -> list[dict]:
        return [{"id": b.key, "label": b.label, "postings": b.postings, "p25": b.p25, "median": b.median,
                 "p75": b.p75} for b in items]

    return {"employer": rows(bands.employer), "estimate": rows(bands.estimate)}
