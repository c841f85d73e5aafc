"""Regions: which countries pool together, and how remote eligibility maps onto them.

The survey is about 90 % US residents, so countries elsewhere are pooled into regions whose pay levels are
alike and which hold enough rows to be measured (row counts per region are in content/data/compensation.yaml).
Pooling choices, checked against the validation in bench/estimates.py:

- UK and Ireland pool together (similar pay, about 1,800 rows); Canada stands alone (about 2,000 rows).
- Western and Northern Europe (DACH, Benelux, France, Nordics) pay clearly more than Southern Europe
  (Iberia, Italy, Greece, Malta, Cyprus), so they are separate.
- Central and Eastern Europe includes the Baltics, the Balkans, Ukraine and the Caucasus.
- Asia-Pacific splits three ways: Australia and New Zealand; South and Central Asia (India dominates); East and
  Southeast Asia (with Singapore). Pooling India with Singapore and Japan gave errors near 50 %.
- The Middle East and North Africa (with Israel, the Gulf and Turkey) and Sub-Saharan Africa are separate, as
  remote eligibility names them; each has under 100 rows, so their figures mostly use the region factor.

Composite regions (``europe``, ``north-america``, ``asia-pacific``, ``global``) exist for remote postings whose
eligibility spans several regions; their figures pool all member countries.
"""

from __future__ import annotations

from ..regions import REGIONS as CONTENT_REGIONS
from ..regions import WORLDWIDE

# (region id, label, member ISO 3166 alpha-2 codes)
_FINE_REGIONS: tuple[tuple[str, str, str], ...] = (
    ("us", "United States", "US PR GU VI AS MP UM"),
    ("canada", "Canada", "CA"),
    ("uk-ireland", "UK and Ireland", "GB IE JE GG IM"),
    ("western-europe", "Western and Northern Europe",
     "DE AT CH LI NL BE LU FR MC DK SE NO FI IS FO GL AX SJ"),
    ("southern-europe", "Southern Europe", "ES PT IT GR MT CY AD SM VA GI"),
    ("eastern-europe", "Eastern Europe",
     "PL CZ SK HU RO BG LT LV EE SI HR RS BA ME MK AL XK UA MD BY RU GE AM AZ"),
    ("latin-america", "Latin America",
     "MX BR AR CO CL PE UY PY BO EC VE CR PA GT HN SV NI DO CU JM TT BS BB BZ GY SR HT BM KY AW AI AG BQ BL CW "
     "DM GD GF GP KN LC MF MS MQ SX TC VC VG FK PM"),
    ("australia-nz", "Australia and New Zealand", "AU NZ NF CX CC CK NU TK"),
    ("south-asia", "South and Central Asia", "IN PK BD LK NP BT MV AF KZ UZ KG TJ TM"),
    ("east-asia", "East and Southeast Asia, Pacific islands",
     "SG JP KR KP HK MO CN TW MN PH VN TH MY ID KH LA MM BN TL FJ PG FM KI MH NC NR PW PF SB TO TV VU WF WS PN"),
    ("middle-east", "Middle East and North Africa",
     "IL AE SA QA KW BH OM YE IQ IR JO LB SY PS TR EG MA TN DZ LY SD EH MR"),
    ("africa", "Sub-Saharan Africa",
     "NG KE GH ZA ET UG TZ RW CM SN CI MU ZW ZM BW NA MZ AO CD CG CF GA BJ TG BF ML NE TD MG MW SO DJ ER SS GM "
     "GN GW SL LR CV ST SC KM LS SZ BI GQ YT RE SH"),
)

_COMPOSITE_REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("north-america", "North America (US and Canada)", ("us", "canada")),
    ("europe", "Europe", ("uk-ireland", "western-europe", "southern-europe", "eastern-europe")),
    ("asia-pacific", "Asia-Pacific", ("south-asia", "east-asia", "australia-nz")),
    ("global", "Worldwide (all survey rows, mostly US)", tuple(r for r, _, _ in _FINE_REGIONS)),
)

FINE_REGIONS: tuple[str, ...] = tuple(region for region, _, _ in _FINE_REGIONS)
REGIONS: tuple[str, ...] = FINE_REGIONS + tuple(region for region, _, _ in _COMPOSITE_REGIONS)
REGION_LABELS: dict[str, str] = {
    **{region: label for region, label, _ in _FINE_REGIONS},
    **{region: label for region, label, _ in _COMPOSITE_REGIONS},
}
MEMBERS: dict[str, tuple[str, ...]] = {
    **{region: (region,) for region in FINE_REGIONS},
    **{region: members for region, _, members in _COMPOSITE_REGIONS},
}
_COUNTRY_REGION: dict[str, str] = {
    code: region for region, _, codes in _FINE_REGIONS for code in codes.split()
}
DEFAULT_REGION = "global"
# Territories without a labour market of their own are benchmarked on all rows rather than guessed.
_UNINHABITED = frozenset("AQ BV GS HM TF IO".split())

# Names a posting's remote_eligibility may use instead of country codes: the regions content may name, each
# with the pay pool model/regions.py gives it (the one table; its `differs` says where the pool's countries are
# not the region's), and the spellings `jobsite estimate` also accepts. "Worldwide" pins nothing, so the caller
# falls back to the company's headquarters (see region_for_eligibility).
_NAMED_AREAS: dict[str, str | None] = {
    WORLDWIDE.lower(): None, **{name.lower(): region.pay_region for name, region in CONTENT_REGIONS.items()},
    "anywhere": None, "global": None, "remote": None, "emea": None,
    "eea": "europe", "european union": "europe", "uk": "uk-ireland", "usa": "us", "united states": "us",
    "canada": "canada", "latam": "latin-america", "south america": "latin-america", "asia pacific": "asia-pacific",
    "apac": "asia-pacific", "asia": "asia-pacific", "oceania": "australia-nz", "mena": "middle-east",
}


def region_for_country(code: str) -> str:
    """Return the region id of an ISO 3166 alpha-2 country code; raise ValueError for unknown codes."""
    code = code.strip().upper()
    region = DEFAULT_REGION if code in _UNINHABITED else _COUNTRY_REGION.get(code)
    if region is None:
        raise ValueError(f"unknown country code {code!r} — expected ISO 3166 alpha-2, e.g. 'RS'")
    return region


def named_area(name: str) -> tuple[bool, str | None]:
    """Whether `name` is an area a remote eligibility may name ('EU', 'LATAM', 'worldwide'), and its region id
    (None where it pins nothing)."""
    key = name.strip().lower()
    return key in _NAMED_AREAS, _NAMED_AREAS.get(key)


def _area_region(item: str) -> str | None:
    """Map one eligibility item (country code or area name) to a region id, None when it pins nothing."""
    named, region = named_area(item)
    if named:
        return region
    if len(item.strip()) != 2:
        names = ", ".join(sorted(_NAMED_AREAS))
        raise ValueError(f"unknown remote eligibility {item!r} — use ISO country codes or one of: {names}")
    return region_for_country(item)


def smallest_region_containing(regions: set[str]) -> str | None:
    """Return the narrowest region (fine or composite, short of 'global') that holds all given regions."""
    if len(regions) == 1:
        return next(iter(regions))
    for region, _, members in _COMPOSITE_REGIONS:
        if region != "global" and regions <= set(members) | {region}:
            return region
    return None


def region_for_eligibility(items: list[str]) -> str | None:
    """Return the region a remote posting's eligibility pins down, or None (then use the headquarters)."""
    regions = [_area_region(item) for item in items]
    if not regions or None in regions:
        return None
    return smallest_region_containing(set(regions))  # type: ignore[arg-type]
