"""Location text as ATSs write it → our locations, workplace and remote eligibility (generator/ats/places.py)."""
from __future__ import annotations

import pytest

from generator.ats.places import Placement, Unplaceable, place

SF = {"city": "San Francisco", "country": "US", "region": "US-CA"}


@pytest.mark.parametrize(("texts", "workplace", "expected"), [
    (["San Francisco, CA"], None, Placement("onsite", (SF,))),
    (["Remote - US"], None, Placement("remote", (), ("US",))),
    (["Belgrade, Serbia"], None, Placement("onsite", ({"city": "Belgrade", "country": "RS"},))),
    (["London, England, United Kingdom"], None,
     Placement("onsite", ({"city": "London", "country": "GB", "region": "GB-ENG"},))),
    (["Houston, Texas, USA"], None, Placement("onsite", ({"city": "Houston", "country": "US", "region": "US-TX"},))),
    (["London, U.K."], None, Placement("onsite", ({"city": "London", "country": "GB"},))),  # trailing dots
    (["Austin, Texas, U.S.A."], None,
     Placement("onsite", ({"city": "Austin", "country": "US", "region": "US-TX"},))),
    (["Austin, texas"], None, Placement("onsite", ({"city": "Austin", "country": "US", "region": "US-TX"},))),
    (["Remote - EMEA"], None, Placement("remote", (), ("Europe", "Middle East", "Africa"))),
    (["Toronto, ON"], "hybrid", Placement("hybrid", ({"city": "Toronto", "country": "CA", "region": "CA-ON"},))),
    (["San Francisco, CA; New York, NY"], None,
     Placement("onsite", (SF, {"city": "New York", "country": "US", "region": "US-NY"}))),
    (["San Francisco, CA or Remote"], None, Placement("remote", (SF,))),
    (["Remote (US or Canada)"], None, Placement("remote", (), ("US", "CA"))),
    (["Remote - Europe", "Remote - UK"], None, Placement("remote", (), ("Europe", "GB"))),
    (["Remote, APAC"], None, Placement("remote", (), ("Asia-Pacific",))),
    (["Hybrid - Austin, TX"], None, Placement("hybrid", ({"city": "Austin", "country": "US", "region": "US-TX"},))),
    (["Germany"], "remote", Placement("remote", (), ("DE",))),
    ([], "remote", Placement("remote")),
    (["Paris"], "onsite", None),  # no country: see below
    (["San Francisco"], "onsite", "US"),  # Lever's `country` beside a city written alone
])
def test_places_are_read_into_iso_codes(texts: list[str], workplace: str | None, expected: object) -> None:
    if expected is None:
        with pytest.raises(Unplaceable, match="no country in 'Paris'"):
            place(texts, workplace)
    elif isinstance(expected, str):
        assert place(texts, workplace, expected) == Placement("onsite", ({"city": "San Francisco", "country": "US"},))
    else:
        assert place(texts, workplace) == expected


# Two letters that are both a US state (or Canadian province) and a country: the larger city of that name wins,
# and a city GeoNames does not know keeps the North American reading.
@pytest.mark.parametrize(("text", "country", "region"), [
    ("Berlin, DE", "DE", None), ("Wilmington, DE", "US", "US-DE"), ("Tel Aviv, IL", "IL", None),
    ("Chicago, IL", "US", "US-IL"), ("Vancouver, CA", "CA", None), ("San Francisco, CA", "US", "US-CA"),
    ("Bangalore, IN", "IN", None), ("Indianapolis, IN", "US", "US-IN"), ("Amsterdam, NL", "NL", None),
    ("St. John's, NL", "CA", "CA-NL"), ("Athens, GA", "US", "US-GA"), ("Valletta, MT", "MT", None),
    ("Smalltown, DE", "US", "US-DE"),
])
def test_two_letters_that_are_a_state_and_a_country(text: str, country: str, region: str | None) -> None:
    location = {"city": text.split(",")[0], "country": country, **({"region": region} if region else {})}
    assert place([text], "onsite") == Placement("onsite", (location,))


def test_a_remote_role_in_a_city_is_eligible_in_its_country_and_placed_there() -> None:
    berlin = {"city": "Berlin", "country": "DE"}
    assert place(["Remote - Berlin, Germany"], None) == Placement("remote", (berlin,), ("DE",))
    assert place(["Remote (Austin, TX)"], None) == Placement("remote", ({"city": "Austin", "country": "US",
                                                                         "region": "US-TX"},), ("US",))
    assert place([f"Remote - {'X' * 80}, Germany"], None) == Placement("remote", ({"city": "X" * 80,
                                                                                   "country": "DE"},), ("DE",))


def test_a_state_or_province_after_a_city_takes_the_ats_country() -> None:
    assert place(["Toronto, Ontario"], "onsite", "CA") == Placement("onsite", ({"city": "Toronto", "country": "CA",
                                                                               "region": "CA-ON"},))
    assert place(["Linz, Oberösterreich"], "onsite", "AT") == Placement("onsite", ({"city": "Linz", "country": "AT",
                                                                                   "region": "AT-4"},))


@pytest.mark.parametrize(("texts", "workplace", "reason"), [
    (["Sea of Tranquility, Moon"], None, "unknown country 'Moon' in 'Sea of Tranquility, Moon'"),
    (["Remote - Atlantis"], None, "unknown country or region 'Atlantis' in 'Remote - Atlantis'"),
    ([], None, "no city to place an onsite role (no location)"),
    (["Germany"], "onsite", "no city to place an onsite role in 'Germany'"),
    (["Germany", " "], "hybrid", "no city to place a hybrid role in 'Germany'"),
    (["★, Germany"], None, "'★, Germany' does not start with a city"),
    ([f"{'X' * 81}, Germany"], None, f"'{'X' * 81}, Germany' does not start with a city"),
    (["Paris, Europe"], None, "unknown country 'Europe' in 'Paris, Europe'"),  # a region is no country
])
def test_a_place_it_cannot_read_says_why(texts: list[str], workplace: str | None, reason: str) -> None:
    with pytest.raises(Unplaceable) as raised:
        place(texts, workplace)
    assert str(raised.value) == reason


# Every alias written out (not read from the module's tables), so a name lost from them or mapped to the wrong
# code fails: each is how some ATS spells a country or a region.
@pytest.mark.parametrize(("name", "eligible"), [
    *[(alias, ("GB",)) for alias in ("UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
                                     "Northern Ireland")],
    ("Russia", ("RU",)), ("Turkey", ("TR",)), ("UAE", ("AE",)), ("The Netherlands", ("NL",)), ("Holland", ("NL",)),
    ("Ivory Coast", ("CI",)), ("Korea", ("KR",)), ("U.S.", ("US",)), ("U.S.A.", ("US",)), ("America", ("US",)),
    ("Czechia", ("CZ",)), ("Vatican", ("VA",)), ("Laos", ("LA",)), ("Macau", ("MO",)), ("Palestine", ("PS",)),
    *[(alias, ("Worldwide",)) for alias in ("Global", "Worldwide", "World")],
    ("Anywhere", ()),  # a remote word itself: remote with no restriction, which pages and JSON-LD call worldwide
    ("Europe", ("Europe",)), ("EU", ("EU",)), ("European Union", ("EU",)),
    ("EMEA", ("Europe", "Middle East", "Africa")), ("North America", ("North America",)),
    ("Americas", ("North America", "Latin America")),
    *[(alias, ("Latin America",)) for alias in ("Latin America", "LATAM", "South America")],
    *[(alias, ("Asia-Pacific",)) for alias in ("APAC", "Asia-Pacific", "Asia Pacific", "Asia")],
    ("Africa", ("Africa",)), ("Middle East", ("Middle East",)), ("MENA", ("Middle East",)),
])
def test_every_country_and_region_alias_reads_as_its_code(name: str, eligible: tuple[str, ...]) -> None:
    assert place([f"Remote - {name}"], None) == Placement("remote", (), eligible)


# "Hybrid" anywhere in a part: the role is hybrid and the rest of the part, trimmed, is read as usual; nothing
# left of it is no place at all. A remote word wins (the ATS says both: applicants may work from anywhere).
@pytest.mark.parametrize(("texts", "workplace", "expected"), [
    (["Hybrid - Berlin, Germany"], None, Placement("hybrid", ({"city": "Berlin", "country": "DE"},))),
    (["Berlin, Germany (Hybrid)"], None, Placement("hybrid", ({"city": "Berlin", "country": "DE"},))),
    (["HYBRID / Berlin, Germany"], None, Placement("hybrid", ({"city": "Berlin", "country": "DE"},))),
    (["Hybrid", "Austin, TX"], None, Placement("hybrid", ({"city": "Austin", "country": "US", "region": "US-TX"},))),
    (["Hybrid: Remote - US"], None, Placement("remote", (), ("US",))),
    (["Hybrid (Remote)"], None, Placement("remote")),
    (["Hybrid"], "remote", Placement("remote")),
    (["Hybrid"], None, "no city to place a hybrid role in 'Hybrid'"),
    (["Hybrid -"], None, "no city to place a hybrid role in 'Hybrid -'"),
    (["hybrid"], "hybrid", "no city to place a hybrid role in 'hybrid'"),
    (["Hybrid (Germany)"], None, "no city to place a hybrid role in 'Hybrid (Germany)'"),
    (["Hybrid", "  "], "onsite", "no city to place an onsite role in 'Hybrid'"),
])
def test_a_hybrid_word_makes_the_role_hybrid_and_leaves_the_rest_to_be_read(texts: list[str], workplace: str | None,
                                                                           expected: object) -> None:
    if isinstance(expected, str):
        with pytest.raises(Unplaceable) as raised:
            place(texts, workplace)
        assert str(raised.value) == expected
    else:
        assert place(texts, workplace) == expected
