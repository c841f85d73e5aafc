"""Which countries a posting is open to: where it is based, and for remote roles where applicants may live.

The country filter asks "can I take this job from country X?". A posting answers yes for its locations'
countries; a remote posting also for the countries and regions in `remote_eligibility`. A remote posting
that names neither is open anywhere; one that names only a home base is taken at its word (many "remote"
roles mean "remote within this country").

Regions are the ones content may use (schema.REGIONS). Their members follow how employers use the word,
not a geography exam: "Europe" is the EU, EEA, UK, Switzerland, Ukraine, Moldova, the Western Balkans and
the microstates; it leaves out Russia, Belarus and Turkey, which European payrolls rarely cover.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Posting

WORLDWIDE = "Worldwide"

EU = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())

REGION_COUNTRIES: dict[str, frozenset[str]] = {
    "EU": EU,
    "Europe": EU | frozenset("GB CH NO IS LI UA MD RS BA ME MK AL AD MC SM VA".split()),
    "North America": frozenset("US CA MX".split()),
    "Latin America": frozenset("MX GT BZ SV HN NI CR PA CU DO PR HT CO VE EC PE BO PY CL AR UY BR".split()),
    "Asia-Pacific": frozenset("AU NZ JP KR CN HK MO TW SG MY TH VN PH ID IN BD LK NP PK KH LA MM MN BN FJ PG"
                              .split()),
    "Africa": frozenset("""DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY
                           MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW""".split()),
    "Middle East": frozenset("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE".split()),
}


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
