"""The filter form's choices and their counts over all open postings, rendered on the server.

Rendering the choices into the page (rather than building them in JavaScript) means the form is complete
at first paint and nothing moves when the index arrives; the script then only updates the counts.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from ...load.schema import EMPLOYMENT_TYPES, OFFSETS_IN_USE, SENIORITIES, STAGES, WORKPLACES, utc_offset_label
from ...model import Model, Posting, country_name
from ...model.roles import SENIORITY_LABELS
from .. import format as fmt
from ..format import format_amount
from .finder import Finder, finder_view
from .seo import attribute_json

# The yes-or-no filters, labelled as the issue words them (cards say "Visa sponsorship", the filter what it does).
OFFER_FILTERS = {"visa_sponsorship": "Sponsors visas", "relocation": "Helps with relocation"}
TOP_TAGS = 30  # more would make the form a wall; the text query matches every tag
TOP_COUNTRIES = 8  # as checkboxes; any other is a type-ahead away
SALARY_STEP = 10_000
SALARY_CEILING = 400_000  # a longer scale makes the steps that matter too fine; higher pay still passes


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    name: str  # the URL parameter
    legend: str
    options: tuple[Option, ...]
    long: bool = False  # shown in a scrolling box
    expanded: bool = True  # open at first; the long or rarely used ones start folded
    type_ahead: bool = False  # the options are the most used; the page's one <datalist> offers every choice


@dataclass(frozen=True)
class Facets:
    facets: tuple[Facet, ...]
    salary_max: int  # the slider's top, in US dollars a year
    salary_labels: tuple[str, ...]  # what the slider says at each step: "Any", "$10,000+", …
    finder: Finder
    offers: tuple[Option, ...] = ()  # visa, relocation: the URL parameter, its label, how many roles say yes
    offset_labels: Markup = Markup("{}")  # JSON, minutes east of UTC → "UTC−5", for the time-zone choice's label
    countries: tuple[Option, ...] = ()  # every country a role can be taken from, by name: the type-ahead's list
    salary_step: int = SALARY_STEP


def facet_options(model: Model) -> Facets:
    """Every facet with the values open postings use, each with its count."""
    postings = model.open_postings
    countries = _countries(postings)
    cats = Counter(p.category.id for p in postings)
    facets = (
        Facet("category", "Category", tuple(Option(c.id, c.label, cats[c.id]) for c in model.site.categories
                                            if cats[c.id])),
        _enum("workplace", "Workplace", WORKPLACES, fmt.WORKPLACE_LABELS, Counter(p.workplace for p in postings)),
        Facet("country", "Country you can work from", _top(countries, TOP_COUNTRIES), expanded=False, type_ahead=True),
        _enum("seniority", "Seniority", SENIORITIES, SENIORITY_LABELS, Counter(p.level for p in postings)),
        _enum("type", "Employment type", EMPLOYMENT_TYPES, fmt.EMPLOYMENT_LABELS,
              Counter(p.employment_type for p in postings)),
        _enum("stage", "Company stage", STAGES, fmt.STAGE_LABELS, Counter(p.company.stage for p in postings),
              expanded=False),
        Facet("tag", "Tags", _top_tags(postings), long=True, expanded=False),
    )
    top = _salary_max(postings)
    offers = tuple(Option(param, label, sum(getattr(p, key) is True for p in postings))
                   for (key, label), param in zip(OFFER_FILTERS.items(), ("visa", "relocation"), strict=True))
    labels = attribute_json({str(m): utc_offset_label(m) for m in OFFSETS_IN_USE})
    return Facets(facets, top, _salary_labels(top), finder_view(model.site), offers=offers, offset_labels=labels,
                  countries=countries)


def _enum(name: str, legend: str, values: tuple[str, ...], labels: dict[str, str], counts: Counter,
          expanded: bool = True) -> Facet:
    return Facet(name, legend, tuple(Option(v, labels[v], counts[v]) for v in values if counts[v]), expanded=expanded)


def _countries(postings: tuple[Posting, ...]) -> tuple[Option, ...]:
    reach = [p.countries for p in postings]
    anywhere = sum(1 for r in reach if r is None)
    counts = Counter(code for r in reach if r is not None for code in r)
    return tuple(sorted((Option(code, country_name(code), n + anywhere) for code, n in counts.items()),
                        key=lambda o: (o.label, o.value)))


def _top(options: tuple[Option, ...], n: int) -> tuple[Option, ...]:
    """The n options most roles have, most first (ties by name)."""
    return tuple(sorted(options, key=lambda o: (-o.count, o.label, o.value))[:n])


def _top_tags(postings: tuple[Posting, ...]) -> tuple[Option, ...]:
    counts = Counter(t for p in postings for t in p.tags)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_TAGS]
    return tuple(Option(tag, tag, n) for tag, n in top)


def _salary_labels(top: int) -> tuple[str, ...]:
    """The slider's text at every step, so the browser prints amounts formatted here."""
    return ("Any", *(f"{format_amount(n, 'USD')}+" for n in range(SALARY_STEP, top + 1, SALARY_STEP)))


def _salary_max(postings: tuple[Posting, ...]) -> int:
    """The highest yearly pay rounded up to a slider step, kept between $200,000 and SALARY_CEILING."""
    top = max((y.high for p in postings if (y := p.yearly)), default=0)
    return min(SALARY_CEILING, max(200_000, math.ceil(top / SALARY_STEP) * SALARY_STEP))
