"""generator/load/posting_rules.py: the rules that tie a posting's fields together, as data, and every branch of
their decision table with the message `jobsite check` prints (the same data reaches the /post-a-job/ form).

Pure: the rules are applied to checked front-matter values and a clock, as model/assemble.py applies them."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.load.posting_rules import CLOSES_AFTER_HOURS, POSTING_RULES, Rule, broken, broken_rules, closes_at, get
from generator.load.schema import INVALID

CLOCK = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)
BERLIN = ({"city": "Berlin", "country": "DE"},)
SALARY = {"min": 80000, "max": 90000, "currency": "EUR", "period": "year"}
ONSITE = {"workplace": "onsite", "locations": BERLIN, "posted": dt.date(2026, 11, 1)}
LONG_AGO, FAR_AHEAD = (dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc) for year in (2000, 2100))


def said(values: dict, clock: dt.datetime = CLOCK) -> list[tuple[str, str, str, str]]:
    """Each broken rule as assemble.py reports it: (id, level, where, message)."""
    return [(rule.id, rule.level, rule.where, rule.message.format(**fields))
            for rule, fields in broken_rules(values, clock)]


def test_the_rules_are_the_documented_ones() -> None:
    """Each rule's kind, keys, condition, level and the rules or keys that silence it: a slip in one (a level
    dropped, a `when` narrowed) changes what authors and the form are told."""
    assert [(r.id, r.kind, r.key, r.where, r.low, r.when, r.level, r.after, r.unless) for r in POSTING_RULES] == [
        ("located", "needs", "locations", "workplace", "", ("workplace", ("onsite", "hybrid")), "error", "", ""),
        ("eligibility-remote-only", "forbids", "remote_eligibility", "remote_eligibility", "",
         ("workplace", ("onsite",)), "error", "", ""),
        ("time-zones-remote-only", "forbids", "time_zones", "time_zones", "", ("workplace", ("onsite", "hybrid")),
         "error", "", ""),
        ("pay-range", "order", "salary.max", "salary.min", "salary.min", None, "error", "", ""),
        ("expires-after-posted", "order", "expires", "expires", "posted", None, "error", "", ""),
        ("expires-not-passed", "not_passed", "expires", "expires", "", None, "warning", "expires-after-posted",
         "closed"),
        ("posted-not-future", "not_future", "posted", "posted", "", None, "warning", "", ""),
        ("closed-after-posted", "order", "closed", "closed", "posted", None, "error", "", ""),
        ("closed-not-future", "not_future", "closed", "closed", "", None, "error", "closed-after-posted", ""),
    ]
    assert [r.says for r in POSTING_RULES] == [
        "An on-site or hybrid role needs a place: give its city and country.",
        "Only a remote role says where applicants may live.", "Only a remote role gives a time-zone window.",
        "The lowest pay is above the highest.", "The last day to apply is before the posting date.",
        "The last day to apply has passed.", "The posting date is in the future.",
        "The closing day is before the posting date.", "The closing day is in the future."]


CASES = {  # id → (the values besides ONSITE's, the clock, what is said)
    "a valid on-site posting": ({}, CLOCK, []),
    "on-site without a place": (
        {"locations": None}, CLOCK,
        [("located", "error", "workplace",
          "locations: an onsite posting needs at least one location (- city: …, country: XX)")]),
    "hybrid without a place": (
        {"workplace": "hybrid", "locations": None}, CLOCK,
        [("located", "error", "workplace",
          "locations: a hybrid posting needs at least one location (- city: …, country: XX)")]),
    "remote without a place": ({"workplace": "remote", "locations": None}, CLOCK, []),
    "a place given but refused by its type": ({"locations": INVALID}, CLOCK, []),  # its own error says enough
    "a refused workplace": ({"workplace": INVALID, "locations": None}, CLOCK, []),
    "eligibility on site": (
        {"remote_eligibility": ("EU",)}, CLOCK,
        [("eligibility-remote-only", "error", "remote_eligibility",
          "remote_eligibility: only remote postings take it; remove it or set workplace: remote")]),
    "eligibility refused by its type, on site": (
        {"remote_eligibility": INVALID}, CLOCK,
        [("eligibility-remote-only", "error", "remote_eligibility",
          "remote_eligibility: only remote postings take it; remove it or set workplace: remote")]),
    "eligibility on a hybrid role": ({"workplace": "hybrid", "remote_eligibility": ("EU",)}, CLOCK, []),
    "a time-zone window on a hybrid role": (
        {"workplace": "hybrid", "time_zones": {"from": 0, "to": 120}}, CLOCK,
        [("time-zones-remote-only", "error", "time_zones",
          "time_zones: only remote postings take it; remove it or set workplace: remote")]),
    "a time-zone window on a remote role": (
        {"workplace": "remote", "locations": None, "time_zones": {"from": 0, "to": 120}}, CLOCK, []),
    "pay from above its top": (
        {"salary": {**SALARY, "min": 90000.5}}, CLOCK,
        [("pay-range", "error", "salary.min", "salary: min (90000.5) is greater than max (90000)")]),
    "one figure of pay": ({"salary": {**SALARY, "min": 90000}}, CLOCK, []),
    "pay with a refused bottom": ({"salary": {**SALARY, "min": INVALID}}, CLOCK, []),
    "expires before posted, long passed": (
        {"expires": dt.date(2026, 10, 1)}, CLOCK,
        [("expires-after-posted", "error", "expires", "expires: 2026-10-01 is before posted (2026-11-01)")]),
    "expires on the day it was posted, closed since": (
        {"expires": dt.date(2026, 11, 1), "closed": dt.date(2026, 11, 2)}, CLOCK, []),
    "expires passed": (
        {"expires": dt.date(2026, 11, 20)}, CLOCK,
        [("expires-not-passed", "warning", "expires",
          "expires: the posting closed on 2026-11-20; it is kept only as a closed page")]),
    "expires passed, closed by hand": ({"expires": dt.date(2026, 11, 20), "closed": dt.date(2026, 11, 21)}, CLOCK,
                                       []),
    "expires the day before, until noon UTC the next day": (
        {"expires": dt.date(2026, 11, 25)}, CLOCK,
        [("expires-not-passed", "warning", "expires",
          "expires: the posting closed on 2026-11-25; it is kept only as a closed page")]),
    "expires the day before, a second before noon": (
        {"expires": dt.date(2026, 11, 25)}, CLOCK - dt.timedelta(seconds=1), []),
    "expires today": ({"expires": dt.date(2026, 11, 26)}, CLOCK, []),
    "posted today": ({"posted": CLOCK.date()}, CLOCK, []),
    "posted tomorrow": (
        {"posted": dt.date(2026, 11, 27)}, CLOCK,
        [("posted-not-future", "warning", "posted", "posted: 2026-11-27 is in the future")]),
    # The build's clock decides, not the machine's: a clock in 2000 (an old SOURCE_DATE_EPOCH) and one in 2100.
    "posted after a clock long past": (
        {"posted": dt.date(2000, 6, 1)}, LONG_AGO,
        [("posted-not-future", "warning", "posted", "posted: 2000-06-01 is in the future")]),
    "posted before a clock far ahead": ({"posted": dt.date(2099, 12, 31)}, FAR_AHEAD, []),
    "closed before posted, and in the future": (
        {"posted": dt.date(2026, 12, 10), "closed": dt.date(2026, 12, 1)}, CLOCK,
        [("posted-not-future", "warning", "posted", "posted: 2026-12-10 is in the future"),
         ("closed-after-posted", "error", "closed", "closed: 2026-12-01 is before posted (2026-12-10)")]),
    "closed tomorrow": (
        {"closed": dt.date(2026, 11, 27)}, CLOCK,
        [("closed-not-future", "error", "closed",
          "closed: 2026-11-27 is in the future — give the day the role closed")]),
    "closed after a clock long past": (
        {"posted": dt.date(2000, 1, 1), "closed": dt.date(2000, 6, 1)}, LONG_AGO,
        [("closed-not-future", "error", "closed",
          "closed: 2000-06-01 is in the future — give the day the role closed")]),
    "closed today": ({"closed": CLOCK.date()}, CLOCK, []),
}


@pytest.mark.parametrize(("changes", "clock", "expected"), CASES.values(), ids=CASES.keys())
def test_each_rule_is_broken_exactly_when_it_says(changes: dict, clock: dt.datetime, expected: list) -> None:
    values = {k: v for k, v in {**ONSITE, **changes}.items() if v is not None}
    assert said(values, clock) == expected


def test_a_posting_is_open_through_its_last_day_everywhere_on_earth() -> None:
    assert closes_at(dt.date(2026, 11, 20)) == dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.timezone.utc)
    assert closes_at(dt.date(2026, 12, 31)) == dt.datetime(2027, 1, 1, 12, 0, tzinfo=dt.timezone.utc)
    assert CLOSES_AFTER_HOURS == 36  # the form counts the same hours from the start of the day


def test_a_dotted_key_reads_through_sets_of_keys_and_a_refused_value_reads_as_absent() -> None:
    values = {"salary": {"min": 10, "max": INVALID}, "title": "x", "tags": ("a",)}
    assert [get(values, k) for k in ("salary.min", "salary.max", "salary.currency", "title", "title.x",
                                     "tags.x", "expires")] == [10, None, None, "x", None, None, None]


def test_an_unknown_kind_of_rule_is_a_bug_said_as_such() -> None:
    rule = Rule("x", "someday", "posted", "m", "s")
    with pytest.raises(ValueError, match="unknown rule kind 'someday'"):
        broken(rule, {"posted": dt.date(2026, 1, 1)}, CLOCK)
