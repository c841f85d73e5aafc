"""Visas, relocation, time zones and "new since your last visit" in real Chromium, with an emulated time zone and
clock, on the site render/test_offers.py builds (one build for this module)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from ..conftest import CLOCK, axe_violations, serve_directory
from ..render.test_offers import offers_site  # noqa: F401 (the module's one built site)

UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def offers_url(offers_site: Path) -> Iterator[str]:  # noqa: F811
    url, server = serve_directory(offers_site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def new_york(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(timezone_id="America/New_York")  # UTC−5 in November
    ctx.clock.set_fixed_time(CLOCK)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def page(new_york: BrowserContext) -> Page:
    return new_york.new_page()


def titles(page: Page) -> list[str]:
    return page.locator("[data-results-list] .card-title a").all_inner_texts()


def open_view(page: Page, url: str) -> None:
    """Open the listing and reach for the filters, which fetches the postings index (issue 28), and wait for it."""
    page.goto(url)
    page.locator("[data-browse] [data-panel]").dispatch_event("pointerdown")
    page.wait_for_selector("[data-browse][data-ready]", state="attached")


@pytest.mark.parametrize("query, wanted", [
    ("visa=yes", ["Remote Engineer Americas", "Robotics Engineer Berlin"]),
    ("relocation=yes", ["Remote Engineer Europe", "Robotics Engineer Berlin"]),
    ("visa=yes&relocation=yes", ["Robotics Engineer Berlin"]),
    ("visa=yes&q=remote", ["Remote Engineer Americas"]),
])
def test_visa_and_relocation_show_exactly_the_roles_that_say_so(page: Page, offers_url: str, query: str,
                                                                wanted: list[str]) -> None:
    open_view(page, f"{offers_url}/?{query}")
    expect(page.locator("[data-count]")).to_have_text(f"{len(wanted)} role" + ("s" if len(wanted) > 1 else ""))
    assert titles(page) == wanted
    for name in ("visa", "relocation"):
        expect(page.locator(f'input[name="{name}"]')).to_be_checked(checked=f"{name}=yes" in query)


def test_a_visa_roles_card_says_so(page: Page, offers_url: str) -> None:
    open_view(page, f"{offers_url}/?visa=yes")
    cards = page.locator("[data-results-list] .card")
    expect(cards.first.locator(".card-offers li")).to_have_text(["Visa sponsorship"])
    expect(cards.nth(1).locator(".card-offers li")).to_have_text(["Visa sponsorship", "Relocation"])
    # Counts follow the other filters: with visas chosen, one of the two also helps with relocation.
    expect(page.locator('label:has(input[name="relocation"]) .n')).to_have_text("1")
    expect(page.locator('label:has(input[name="visa"]) .n')).to_have_text("2")


def test_works_from_my_time_zone_in_new_york(page: Page, offers_url: str) -> None:
    open_view(page, offers_url + "/")
    choice = page.get_by_label("Works from my time zone (UTC−5)")
    expect(page.locator('label:has(input[name="tz"]) .n')).to_have_text("1")
    choice.check()
    expect(page).to_have_url(f"{offers_url}/?tz=-300")
    assert titles(page) == ["Remote Engineer Americas"]  # UTC−8…−3, not UTC+0…+3 nor the role without hours
    open_view(page, f"{offers_url}/?tz=60")  # a link from someone in Berlin
    assert titles(page) == ["Remote Engineer Europe"]
    expect(page.get_by_label("Works from UTC+1")).to_be_checked()
    assert axe_violations(page) == []


def test_a_link_from_utc_plus_13_keeps_its_time_zone(page: Page, offers_url: str) -> None:
    open_view(page, f"{offers_url}/?tz=780")  # someone in Samoa or Tonga: east of UTC+12, west of UTC+14
    expect(page.get_by_label("Works from UTC+13")).to_be_checked()
    expect(page).to_have_url(f"{offers_url}/?tz=780")


@pytest.mark.parametrize("offset, wanted", [
    (-180, ["Remote Engineer Americas"]), (-480, ["Remote Engineer Americas"]),  # UTC−8…−3: both ends hold
    (180, ["Remote Engineer Europe"]), (0, ["Remote Engineer Europe"]),  # UTC+0…+3
])
def test_a_time_zone_window_holds_both_of_its_ends(page: Page, offers_url: str, offset: int,
                                                   wanted: list[str]) -> None:
    open_view(page, f"{offers_url}/?tz={offset}")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert titles(page) == wanted


def test_the_posting_page_states_its_window_and_the_hours_it_shares(page: Page, offers_url: str,
                                                                    browser: Browser) -> None:
    page.goto(offers_url + "/jobs/acme/americas/")
    fact = page.locator("dd", has_text="UTC−8 to UTC−3")
    expect(fact).to_have_text("UTC−8 to UTC−3 (from your time zone, UTC−5: a full working day in common)")
    assert axe_violations(page) == []
    berlin = browser.new_context(timezone_id="Europe/Berlin")
    try:
        other = berlin.new_page()
        other.goto(offers_url + "/jobs/acme/americas/")
        expect(other.locator("dd", has_text="UTC−8 to UTC−3")).to_have_text(
            "UTC−8 to UTC−3 (from your time zone, UTC+1: 4 working hours in common)")
    finally:
        berlin.close()


def test_the_second_visit_ten_days_later_shows_what_is_new(browser: Browser, offers_url: str) -> None:
    ctx = browser.new_context(timezone_id="America/New_York")
    try:
        page = ctx.new_page()
        first = CLOCK - dt.timedelta(days=10)  # 16 Nov, 12:00 UTC
        ctx.clock.set_fixed_time(first)
        page.goto(offers_url + "/")
        expect(page.locator("[data-count]")).to_have_text("6 roles")
        expect(page.locator("[data-new-since]")).to_be_hidden()  # a first visit marks nothing
        expect(page.locator(".new-badge")).to_have_count(0)
        ctx.clock.set_fixed_time(first + dt.timedelta(minutes=30))  # thirty minutes on: still the same visit
        page.reload()
        expect(page.locator("[data-count]")).to_have_text("6 roles")
        expect(page.locator(".new-badge")).to_have_count(0)
        ctx.clock.set_fixed_time(CLOCK)
        page.reload()
        link = page.get_by_role("link", name="3 new since your last visit")
        expect(link).to_be_visible()
        new = page.locator("[data-server-list] .card:has(.new-badge) .card-title a")
        expect(new).to_have_text(["Remote Engineer Americas", "Remote Engineer Europe", "Robotics Engineer Berlin"])
        dates = page.locator("[data-server-list] .card-meta time")
        expect(dates.first).to_have_text("Posted 2 days ago")
        expect(dates.first).to_have_attribute("title", "24 Nov 2026")
        expect(dates.first).to_have_attribute("datetime", "2026-11-24")
        link.click()
        expect(page).to_have_url(f"{offers_url}/?new=yes")
        assert titles(page) == ["Remote Engineer Americas", "Remote Engineer Europe", "Robotics Engineer Berlin"]
        expect(page.locator("[data-results-list] .card-meta time")).to_have_text(
            ["Posted 2 days ago", "Posted 6 days ago", "Posted 8 days ago"])
        page.reload()  # within the visit: the mark stays, and the link still filters
        expect(page.locator("[data-results-list] .card-title a")).to_have_text(
            ["Remote Engineer Americas", "Remote Engineer Europe", "Robotics Engineer Berlin"])
        assert axe_violations(page) == []
    finally:
        ctx.close()


# What localStorage holds may have been written by anything: a crafted record of visits marks nothing new.
def test_a_crafted_record_of_visits_marks_nothing_new(browser: Browser, offers_url: str) -> None:
    ctx = browser.new_context(timezone_id="America/New_York")
    try:
        ctx.clock.set_fixed_time(CLOCK)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(offers_url + "/")
        a_minute_ago = (CLOCK - dt.timedelta(minutes=1)).timestamp() * 1000
        for stored in ("null", "[1]", "{", '{"last": "5"}', f'{{"last": {a_minute_ago}, "since": "0"}}'):
            page.evaluate("v => localStorage.setItem('jobsite.visits', v)", stored)
            page.reload()
            expect(page.locator("[data-server-list] .card-meta time").first).to_have_text("Posted 2 days ago")
            expect(page.locator(".new-badge")).to_have_count(0)
            expect(page.locator("[data-new-since]")).to_be_hidden()
        assert errors == []
    finally:
        ctx.close()


def test_without_javascript_dates_stay_exact(browser: Browser, offers_url: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(offers_url + "/")
        expect(page.locator("[data-server-list] .card-meta time").first).to_have_text("Posted 24 Nov 2026")
        expect(page.locator(".new-badge")).to_have_count(0)
    finally:
        ctx.close()


def test_a_search_for_solidity_finds_solidity_not_solid(page: Page, offers_url: str) -> None:
    open_view(page, f"{offers_url}/?q=solidity")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert titles(page) == ["Smart Contract Auditor"]  # "a solid understanding" (Munich) is not Solidity
    open_view(page, f"{offers_url}/?q=vyper")
    expect(page.locator("[data-count]")).to_have_text("1 role")  # the search shard arrives after the index
    assert titles(page) == ["Smart Contract Auditor"]


@pytest.mark.parametrize("query, feed", [
    ("category=ai&workplace=remote", "/categories/ai/workplace/remote/feed.xml"),
    ("category=robotics&type=contract", "/categories/robotics/type/contract/feed.xml"),
    ("category=ai&visa=yes", "/categories/ai/visa/feed.xml"),
])
def test_subscribe_to_this_search_links_a_feed_of_exactly_the_roles_on_screen(page: Page, offers_url: str,
                                                                              query: str, feed: str) -> None:
    open_view(page, f"{offers_url}/?{query}")
    link = page.get_by_role("link", name="Subscribe to this search (RSS)")
    expect(link).to_have_attribute("href", feed)
    expect(page.locator("[data-subscribe-note]")).to_have_text("")
    items = feedparser.parse(page.request.get(offers_url + feed).body()).entries
    suffix = " at Acme Robotics"
    assert items and all(e.title.endswith(suffix) for e in items)
    # to_have_text waits until the cards are drawn (reading them at once once found a card not yet filled in)
    expect(page.locator("[data-results-list] .card-title a")).to_have_text([e.title[:-len(suffix)] for e in items])


def test_the_role_finder_asks_about_visas(page: Page, offers_url: str) -> None:
    open_view(page, offers_url + "/")
    page.get_by_role("button", name="Help me find a role").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("I need visa sponsorship").check()
    expect(page.locator("[data-finder-count]")).to_have_text("2 roles match so far.")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Show these roles").click()
    expect(page).to_have_url(f"{offers_url}/?visa=yes")
    assert titles(page) == ["Remote Engineer Americas", "Robotics Engineer Berlin"]


@pytest.mark.parametrize("clock, wanted", [
    # New York's day is the visitor's: 04:00 UTC on 25 Nov is still the 24th there.
    (dt.datetime(2026, 11, 25, 4, 0, tzinfo=UTC), {"Remote Engineer Americas": "Posted today"}),
    (dt.datetime(2026, 11, 25, 15, 0, tzinfo=UTC), {"Remote Engineer Americas": "Posted yesterday"}),
    # Up to 30 days a date is relative; older ones stay exact (Munich was posted on 20 Oct).
    (dt.datetime(2026, 11, 19, 15, 0, tzinfo=UTC), {"Robotics Engineer Munich": "Posted 30 days ago"}),
    (dt.datetime(2026, 11, 20, 15, 0, tzinfo=UTC), {"Robotics Engineer Munich": "Posted 20 Oct 2026",
                                                      "Remote Engineer Europe": "Posted today"}),
    # A date after the visitor's today (a clock behind the build's) stays exact too.
    (dt.datetime(2026, 11, 23, 15, 0, tzinfo=UTC), {"Remote Engineer Americas": "Posted 24 Nov 2026"}),
])
def test_dates_read_today_yesterday_and_stay_exact_past_thirty_days(browser: Browser, offers_url: str,
                                                                    clock: dt.datetime,
                                                                    wanted: dict[str, str]) -> None:
    ctx = browser.new_context(timezone_id="America/New_York")
    try:
        ctx.clock.set_fixed_time(clock)
        page = ctx.new_page()
        page.goto(offers_url + "/")
        for title, text in wanted.items():
            card = page.locator("[data-server-list] .card").filter(has=page.get_by_role("link", name=title))
            expect(card.locator(".card-meta time")).to_have_text(text)
    finally:
        ctx.close()
