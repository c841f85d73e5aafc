"""Which countries a posting is open to: where it is based, and for remote roles where applicants may live.

The country filter asks "can I take this job from country X?". A posting answers yes for its locations'
countries; a remote posting also for the countries and regions in `remote_eligibility`. A remote posting
that names neither is open anywhere; one that names only a home base is taken at its word (many "remote"
roles mean "remote within this country").

Regions are the ones content may use (schema.REGIONS), defined once here (`REGIONS`) for both what reads
them: where a remote role can be taken from, and which pay pool compensation estimates it from
(compensation/regions.py reads `pay_region`). Their members follow how employers use the word, not a
geography exam: "Europe" is the EU, EEA, UK, Switzerland, Ukraine, Moldova, the Western Balkans and the
microstates; it leaves out Russia, Belarus and Turkey, which European payrolls rarely cover.

Where the two readings differ, `Region.differs` says how: the pay pools group the survey's rows by labour
market, not by the word employers use.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Posting

WORLDWIDE = "Worldwide"

EU = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())


@dataclass(frozen=True)
class Region:
    """A region content may name: the countries a remote role open to it can be taken from, and the pay pool
    (compensation/regions.py) its estimates come from."""

    countries: frozenset[str]
    pay_region: str
    differs: str = ""  # how the pay pool's countries differ from `countries`, where they do


REGIONS: dict[str, Region] = {
    "EU": Region(EU, "europe", "the pool is all of Europe: the survey has too few rows for the EU alone"),
    "Europe": Region(EU | frozenset("GB CH NO IS LI UA MD RS BA ME MK AL AD MC SM VA".split()), "europe",
                     "the pool counts Russia, Belarus and the Caucasus among Eastern Europe's rows"),
    "North America": Region(frozenset("US CA MX".split()), "north-america",
                            "the pool is the US and Canada: Mexico's pay is Latin America's"),
    "Latin America": Region(frozenset("MX GT BZ SV HN NI CR PA CU DO PR HT CO VE EC PE BO PY CL AR UY BR"
                                      .split()), "latin-america",
                            "Puerto Rico's rows count with the United States"),
    "Asia-Pacific": Region(frozenset("AU NZ JP KR CN HK MO TW SG MY TH VN PH ID IN BD LK NP PK KH LA MM MN BN FJ PG"
                                     .split()), "asia-pacific"),
    "Africa": Region(frozenset("""DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR
                                  LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW"""
                                 .split()), "africa",
                     "the pool is Sub-Saharan Africa: North Africa's rows count with the Middle East"),
    "Middle East": Region(frozenset("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE".split()), "middle-east",
                          "the pool adds North Africa, and counts Cyprus with Southern Europe"),
}
REGION_COUNTRIES: dict[str, frozenset[str]] = {name: region.countries for name, region in REGIONS.items()}


def open_to(posting: Posting) -> frozenset[str] | None:
    """Country codes a posting can be taken from; None means anywhere."""
    located = frozenset(loc.country for loc in posting.locations)
    if posting.workplace != "remote":
        return located
    if not posting.remote_eligibility:
        return located or None
    if WORLDWIDE in posting.remote_eligibility:
        return None
    eligible: set[str] = set(located)
    for item in posting.remote_eligibility:
        eligible |= REGION_COUNTRIES.get(item, {item})
    return frozenset(eligible)
