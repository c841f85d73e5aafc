"""Estimate a posting's compensation from the benchmarks, with the reasoning shown on the page."""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from ...base import money
from ...base.money import currency_for_country, format_range
from ...load.benchmarks import Adjustment, Benchmarks, Factor, Figure
from .families import FAMILY_LABELS, FAMILY_PEOPLE, infer_family
from .regions import DEFAULT_REGION, REGION_LABELS, REGIONS, named_area, region_for_country
from .seniority import LEVELS, infer_seniority
from .titles import core_title

T = TypeVar("T")

# Spellings authors use for ids the file defines; anything else unknown is an error, not a silent default.
_ALIASES = {
    "fulltime": "full-time", "parttime": "part-time", "contractor": "contract", "intern": "internship",
    "temp": "temporary", "non-profit": "nonprofit", "not-for-profit": "nonprofit", "series-d": "series-d-plus",
    "series-d+": "series-d-plus", "late": "late-stage", "ipo": "public",
}


@dataclass(frozen=True)
class LocalAmount:
    """The estimate in the posting's local currency, at the dated rate of generator/base/money.py."""

    currency: str
    min: int
    median: int
    max: int
    rate: float  # units per USD
    rate_date: str  # ISO date of the rate table


@dataclass(frozen=True)
class Estimate:
    """An estimated compensation range, every input behind it, and the sentences that explain it."""

    min: int
    median: int
    max: int
    currency: str
    period: str  # "year", or "month" for internship stipends
    seniority: str
    seniority_source: str  # the title keyword, "front matter", "employment type" or "default"
    family: str
    family_label: str
    family_source: str  # the title keyword, or "default"
    region: str
    region_label: str
    rows: int
    basis: str
    title_factor: float  # measured factor of the exact core role name, 1.0 when the survey has too few rows
    stage: str | None
    stage_modifier: float
    category: str
    category_multiplier: float
    employment_type: str
    employment_factor: float
    local: LocalAmount | None
    reasoning: tuple[str, ...]
    summary: str = ""  # the reasoning in one plain sentence, for the posting page


def normalise_key(value: str) -> str:
    """Lower-case an id and join words with hyphens ("Series B" -> "series-b")."""
    return "-".join(value.strip().lower().replace("_", " ").split())


def lookup(options: Mapping[str, T], value: str, what: str) -> tuple[str, T]:
    """Return (id, entry) for a user-given id; raise ValueError naming the choices and a likely typo.

    An alias counts only where the id itself is not a choice: "intern" is the employment type "internship" but
    the seniority "intern"."""
    key = normalise_key(value)
    key = key if key in options else _ALIASES.get(key, key)
    if key in options:
        return key, options[key]
    guess = difflib.get_close_matches(key, list(options), n=1)
    hint = f" — did you mean {guess[0]!r}?" if guess else ""
    raise ValueError(f"unknown {what} {value!r}{hint} (expected one of: {', '.join(sorted(options))})")


def round_amount(value: float) -> int:
    """Round to a sensible step: $5,000 above $100k, $500 above $10k, $50 above $1k (about 2.5 digits)."""
    if value < 100:
        return int(math.floor(value + 0.5))
    step = 5 * 10 ** (math.floor(math.log10(value)) - 2)
    return int(math.floor(value / step + 0.5) * step)


def resolve_seniority(title: str, seniority: str | None, employment_type: str) -> tuple[str, str]:
    """Return (level, source): front matter wins, then an internship contract, then the title."""
    if seniority is not None:
        return lookup(dict.fromkeys(LEVELS), seniority, "seniority")[0], "front matter"
    inferred = infer_seniority(title)
    if employment_type == "internship" and inferred[0] != "intern":
        return "intern", "employment type"
    return inferred


def resolve_region(country: str | None, region: str | None) -> str:
    """Return the region id: an explicit region (remote eligibility) first, then the country, else worldwide."""
    if region is not None:
        try:
            return lookup(dict.fromkeys(REGIONS), region, "region")[0]
        except ValueError as exc:
            named, pool = named_area(region)  # a remote eligibility's spelling: 'EU', 'LATAM', 'worldwide'
            if not named:
                raise ValueError(f"{exc}, or an area a remote eligibility names, e.g. 'EU', 'LATAM', 'APAC'") from None
            return pool or DEFAULT_REGION
    if country is not None:
        return region_for_country(country)
    return DEFAULT_REGION


def local_amount(currency: str | None, amounts: tuple[float, float, float]) -> LocalAmount | None:
    """Convert USD amounts at the dated rate, when the rate table has that currency."""
    rate = money.units_per_usd(currency or "")
    if currency is None or currency == "USD" or rate is None:
        return None
    low, mid, high = (round_amount(amount * rate) for amount in amounts)
    return LocalAmount(currency, low, mid, high, rate, money.RATES_DATE.isoformat())


def describe_basis(bench: Benchmarks, figure: Figure, family: str, level: str, region: str) -> str:
    """Say in words which table cell or fallback the figure came from."""
    family_words = f"{FAMILY_LABELS[family]} roles at {level} level"
    region_name, region_factor = REGION_LABELS[region], bench.regions[region]
    family_factor = bench.families[family]
    if figure.basis == "cell":
        return f"{figure.rows:,} survey rows of {family_words} in {region_name}"
    if figure.basis == "region-factor":
        return (f"{figure.rows:,} survey rows of {family_words} across all regions, scaled by the {region_name}"
                f" pay factor ×{region_factor.value:.2f} ({region_factor.rows:,} rows), as {region_name} alone"
                " has too few rows")
    region_part = "across all regions" if figure.basis == "both-factors" else f"in {region_name}"
    scaled = f"the {FAMILY_LABELS[family]} pay factor ×{family_factor.value:.2f} ({family_factor.rows:,} rows)"
    if family_factor.proxy:
        scaled = (f"the {FAMILY_LABELS[family]} pay factor ×{family_factor.value:.2f}, borrowed from"
                  f" {FAMILY_LABELS[family_factor.proxy]} ({family_factor.rows:,} rows) as the survey has none")
    if figure.basis == "both-factors":
        scaled += f" and the {region_name} pay factor ×{region_factor.value:.2f}"
    return f"{figure.rows:,} survey rows of all roles at {level} level {region_part}, scaled by {scaled}"


def format_estimate(est: Estimate) -> str:
    """Format an estimate's range, with the local currency after it when known."""
    text = format_range(est.min, est.max, est.currency, est.period)
    if est.local:
        text += f" ({format_range(est.local.min, est.local.max, est.local.currency, est.period)})"
    return text


def format_reasoning(est: Estimate) -> str:
    """Join the reasoning sentences into one paragraph."""
    return " ".join(est.reasoning)


def title_entry(bench: Benchmarks, title: str) -> tuple[str, Factor] | None:
    """Return (core role name, measured factor) when the survey has enough rows of exactly that role."""
    core = core_title(title)
    factor = bench.titles.get(core) if core else None
    return (core, factor) if core and factor else None


@dataclass(frozen=True)
class _Inputs:
    """The resolved inputs of one estimate, shared by the arithmetic and the reasoning."""

    level: str
    level_source: str
    family: str
    family_source: str
    role_name: tuple[str, Factor] | None  # (core title, measured factor) when the survey knows that exact role
    region: str
    country: str | None
    stage: tuple[str, Adjustment] | None
    category: tuple[str, Adjustment]
    category_applies: bool
    employment: tuple[str, Adjustment]
    currency: str | None


def _seniority_sentence(i: _Inputs) -> str:
    if i.level_source == "front matter":
        return f"Seniority: {i.level}, as stated in the posting."
    if i.level_source == "employment type":
        return f"Seniority: {i.level}, because the posting is an internship."
    if i.level_source == "default":
        return f"Seniority: {i.level} — the title names no seniority, so mid level is assumed."
    return f"Seniority: {i.level}, inferred from the title keyword “{i.level_source}”."


def _family_sentence(i: _Inputs) -> str:
    label = FAMILY_LABELS[i.family]
    if i.family_source == "default":
        return f"Role family: {label.lower()} — the title matches no role family, so all roles are used."
    return f"Role family: {label}, from the title keyword “{i.family_source}”."


def _region_sentence(i: _Inputs) -> str:
    label = REGION_LABELS[i.region]
    if i.country is not None and region_for_country(i.country) == i.region:
        return f"Region: {label}, from the posting's location ({i.country.strip().upper()})."
    if i.region == DEFAULT_REGION:
        return f"Region: {label} — the posting names no region."
    return f"Region: {label}."


def _role_name_sentence(i: _Inputs) -> str | None:
    if i.role_name is None:
        return None
    core, factor = i.role_name
    return (f"Role name: the survey's {factor.rows:,} rows titled “{core}” earn ×{factor.value:.2f} of that"
            " benchmark, so the figure is scaled by it.")


def _level_sentence(bench: Benchmarks, i: _Inputs) -> str | None:
    rule = bench.levels[i.level]
    if rule.period == "month":
        return (f"Internship: shown as a monthly stipend of {rule.multiplier:.0%} of a {rule.base}'s monthly base"
                " salary (an editorial assumption; the survey has no interns).")
    if rule.base == i.level:
        return None
    if rule.rows:
        return (f"{i.level.capitalize()} level: the {rule.base} benchmark ×{rule.multiplier:.2f}, the premium"
                f" measured on {rule.rows:,} survey rows whose titles name that level.")
    return (f"{i.level.capitalize()} level: the survey's {rule.base} level ×{rule.multiplier:.2f}, as the survey"
            " does not separate the two.")


def _adjustment_sentences(i: _Inputs) -> list[str]:
    lines = []
    if i.stage is None:
        lines.append("Company stage: not stated, so no stage modifier applies.")
    else:
        lines.append(f"Company stage: {i.stage[1].label} — {i.stage[1].note}.")
    category = i.category[1]
    if i.category_applies:
        lines.append(f"Industry: {category.label} — {category.note}.")
    else:
        lines.append(f"Industry: {category.label} — the {FAMILY_LABELS[i.family].lower()} benchmark already comes"
                     " from such roles, so no further adjustment.")
    employment_id, employment = i.employment
    if employment_id not in ("full-time", "internship"):
        lines.append(f"Employment: {employment_id} — {employment.note}.")
    return lines


def _currency_sentence(i: _Inputs, local: LocalAmount | None) -> str | None:
    if local is not None:
        # Three significant figures, but a rate of a hundred or more in whole units: .3g writes 1,538 as 1.54e+03.
        rate = f"{local.rate:,.0f}" if local.rate >= 100 else f"{local.rate:.3g}"
        return (f"Local currency: {local.currency} at {rate} per USD, the approximate mid-market rate"
                f" of {local.rate_date}.")
    if i.currency and i.currency != "USD":
        return f"There is no dated {i.currency} exchange rate, so amounts are in USD only."
    return None


# How the one-sentence summary names a level: "a junior role", "an internship".
_LEVEL_WORDS = {"intern": "an internship", "junior": "a junior role", "mid": "a mid-level role",
                "senior": "a senior role", "staff": "a staff or principal role", "manager": "a manager's role",
                "director": "a director's role", "executive": "an executive role"}


def _stage_words(label: str) -> str:
    """'Series B' → 'a Series B', 'Seed' → 'a seed-stage', 'Public company' → 'a public'."""
    words = label.removesuffix(" company")
    if not words.startswith("Series"):
        words = words.lower().replace(" ", "-")
        words += "-stage" if words in ("seed", "pre-seed") else ""
    return f"{'an' if words[:1] in 'AEIOUaeiou' else 'a'} {words}"


_REGIONS_WITH_THE = frozenset({"us", "uk-ireland", "middle-east"})


def _summary(i: _Inputs, figure: Figure) -> str:
    """'Estimated for a junior role from 56 salaries of software engineers in Eastern Europe, adjusted for a
    Series B company.': what the estimate rests on, in words a job seeker reads at a glance. Where the survey has
    too few rows for the cell, it says which rows were scaled, as the reasoning's benchmark sentence does: the
    rows are then not salaries of these people in that place."""
    the = "the " if i.region in _REGIONS_WITH_THE else ""
    where = "worldwide" if i.region == DEFAULT_REGION else f"in {the}{REGION_LABELS[i.region]}"
    people = FAMILY_PEOPLE[i.family]
    basis = {
        "cell": f"salaries of {people} {where}",
        "region-factor": f"salaries of {people} worldwide, scaled to pay {where}",
        # the title matched no family: "all roles …, scaled for people in all kinds of roles" would say it twice
        "family-factor": f"salaries of all roles {where}" + ("" if i.family == "other" else f", scaled for {people}"),
        "both-factors": f"salaries of all roles worldwide, scaled for {people}"
                        + ("" if i.region == DEFAULT_REGION else f" {where}"),
    }[figure.basis]
    sentence = f"Estimated for {_LEVEL_WORDS.get(i.level, 'this role')} from {figure.rows:,} {basis}"
    if i.stage is not None:
        sentence += f", adjusted for {_stage_words(i.stage[1].label)} company"
    return sentence + "."


def _reasoning(bench: Benchmarks, i: _Inputs, basis: str, local: LocalAmount | None) -> tuple[str, ...]:
    stage_words = f"company stage ({i.stage[1].label})" if i.stage else "company stage (not stated)"
    sentences = [
        f"Estimated based on role seniority, {stage_words} and industry benchmarks.",
        _seniority_sentence(i), _family_sentence(i), _region_sentence(i),
        f"Benchmark: {basis}; the range is their 25th to 75th percentile of base salary, the midpoint the median.",
        _role_name_sentence(i), _level_sentence(bench, i), *_adjustment_sentences(i), _currency_sentence(i, local),
        f"Source: {bench.attribution}, snapshot {bench.snapshot}.",
        "Actual compensation may vary.",
    ]
    return tuple(sentence for sentence in sentences if sentence)


def _resolve(bench: Benchmarks, *, title: str, seniority: str | None, country: str | None, region: str | None,
             stage: str | None, category: str, employment_type: str, currency: str | None) -> _Inputs:
    """Validate and resolve every input; raise ValueError on the first unknown value."""
    employment = lookup(bench.employment_types, employment_type, "employment type")
    level, level_source = resolve_seniority(title, seniority, employment[0])
    family, family_source = infer_family(title)
    category_entry = lookup(bench.categories, category, "category")
    return _Inputs(
        level=level, level_source=level_source, family=family, family_source=family_source,
        role_name=title_entry(bench, title), region=resolve_region(country, region), country=country,
        stage=lookup(bench.stages, stage, "stage") if stage is not None else None,
        category=category_entry, category_applies=category_entry[1].native_family != family,
        employment=employment,
        currency=currency.strip().upper() if currency else (currency_for_country(country) if country else None),
    )


def estimate(bench: Benchmarks, *, title: str, seniority: str | None = None, country: str | None = None,
             region: str | None = None, stage: str | None = None, category: str = "ai",
             employment_type: str = "full-time", currency: str | None = None) -> Estimate:
    """Estimate compensation for a posting that states none; raise ValueError for unknown inputs."""
    i = _resolve(bench, title=title, seniority=seniority, country=country, region=region, stage=stage,
                 category=category, employment_type=employment_type, currency=currency)
    rule = bench.levels[i.level]
    figure = bench.table[(i.family, rule.base, i.region)]
    stage_modifier = i.stage[1].value if i.stage else 0.0
    category_multiplier = i.category[1].value if i.category_applies else 1.0
    title_factor = i.role_name[1].value if i.role_name else 1.0
    per_period = 12 if rule.period == "month" else 1
    factor = (rule.multiplier * title_factor * (1 + stage_modifier) * category_multiplier * i.employment[1].value
              / per_period)
    usd = (figure.p25 * factor, figure.p50 * factor, figure.p75 * factor)
    local = local_amount(i.currency, usd)
    basis = describe_basis(bench, figure, i.family, rule.base, i.region)
    return Estimate(
        min=round_amount(usd[0]), median=round_amount(usd[1]), max=round_amount(usd[2]), currency="USD",
        period=rule.period, seniority=i.level, seniority_source=i.level_source, family=i.family,
        family_label=FAMILY_LABELS[i.family], family_source=i.family_source, region=i.region,
        region_label=REGION_LABELS[i.region], rows=figure.rows, basis=basis, title_factor=title_factor,
        stage=i.stage[0] if i.stage else None, stage_modifier=stage_modifier, category=i.category[0],
        category_multiplier=category_multiplier, employment_type=i.employment[0],
        employment_factor=i.employment[1].value, local=local, reasoning=_reasoning(bench, i, basis, local),
        summary=_summary(i, figure),
    )
