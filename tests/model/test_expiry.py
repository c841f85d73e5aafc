"""Expiry end to end: a closed posting leaves every list but keeps its page; between builds the browser
hides roles whose closing instant (end of the `expires` day, Anywhere on Earth) has passed."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ..conftest import POSTING, basic_tree

# CLOCK is 2026-11-26 12:00 UTC: a role whose last day was 25 Nov closed at that very instant; one whose last
# day is 26 Nov is open until 27 Nov 12:00 UTC.
EXPIRED = {**POSTING, "title": "Expired Role", "expires": dt.date(2026, 11, 25)}
LAST_DAY = {**POSTING, "title": "Last Day Role", "expires": dt.date(2026, 11, 26)}
OPEN = {**POSTING, "title": "Open Role"}
# Marked closed (by hand, `jobsite links --fix` or `jobsite import`) although its `expires` is far ahead.
MARKED = {**POSTING, "title": "Filled Role", "expires": dt.date(2027, 3, 1), "closed": dt.date(2026, 11, 20)}
# Remote roles have a feed of their own: a closed one must leave it too.
REMOTE = {k: v for k, v in POSTING.items() if k != "locations"} | {"workplace": "remote"}
EXPIRED_REMOTE = {**REMOTE, "title": "Expired Remote Role", "expires": dt.date(2026, 11, 25)}
OPEN_REMOTE = {**REMOTE, "title": "Open Remote Role"}


@pytest.fixture
def expiry_site(scratch_site) -> Path:
    scratch_site(basic_tree(**{"expired": EXPIRED, "last-day": LAST_DAY, "still-open": OPEN, "filled": MARKED,
                               "expired-remote": EXPIRED_REMOTE, "open-remote": OPEN_REMOTE}))
    return Path("site")


def every_listing_feed_and_index(site: Path) -> list[Path]:
    names = ("index.html", "feed.xml", "feed.atom", "feed.json", "jobs.json", "sitemap.xml", "feeds.opml")
    return [p for p in site.rglob("*") if p.name in names and "jobs" not in p.relative_to(site).parts[:1]]


def test_a_closed_posting_leaves_every_list_feed_and_the_sitemap(expiry_site: Path) -> None:
    files = every_listing_feed_and_index(expiry_site)
    assert len(files) >= 15
    for path in files:
        text = path.read_text()
        assert "jobs/acme/expired" not in text and "Expired Role" not in text, path
        assert "jobs/acme/filled" not in text and "Filled Role" not in text, path
    assert "/jobs/acme/last-day/" in (expiry_site / "index.html").read_text()
    jobs = json.loads((expiry_site / "jobs.json").read_text())["jobs"]
    assert sorted(job["title"] for job in jobs) == ["Last Day Role", "Open Remote Role", "Open Role"]


def test_a_closed_remote_role_leaves_the_remote_feeds(expiry_site: Path) -> None:
    names = sorted(p.name for p in (expiry_site / "remote").iterdir())
    assert names == ["feed.atom", "feed.xml"]
    for name in names:
        feed = (expiry_site / "remote" / name).read_text()
        assert "Open Remote Role" in feed and "/jobs/acme/open-remote/" in feed, name
        assert "Expired Remote Role" not in feed and "expired-remote" not in feed, name
        assert "Open Role" not in feed.replace("Open Remote Role", ""), name  # on-site roles are not remote


def test_a_closed_posting_keeps_its_page_marked_closed(expiry_site: Path) -> None:
    html = (expiry_site / "jobs/acme/expired/index.html").read_text()
    assert "<strong>This role is closed.</strong> Applications ended on 25 Nov 2026." in html
    assert '<meta name="robots" content="noindex">' in html
    assert "application/ld+json" not in html
    assert "/apply/acme/expired/" not in html and "Apply for this role" not in html
    assert not (expiry_site / "apply/acme/expired").exists()
    assert "Get roles like this daily" in html  # the way to similar, open roles stays


def test_a_posting_marked_closed_keeps_its_page_with_the_day_it_closed(expiry_site: Path) -> None:
    html = (expiry_site / "jobs/acme/filled/index.html").read_text()
    assert "<strong>This role is closed.</strong> Applications ended on 20 Nov 2026." in html
    assert '<meta name="robots" content="noindex">' in html
    assert "application/ld+json" not in html and "Apply for this role" not in html
    assert 'data-shown-from' not in html  # no "closes later" notice: it is closed now
    assert not (expiry_site / "apply/acme/filled").exists()


def test_an_open_posting_tells_the_browser_when_it_closes(expiry_site: Path) -> None:
    closes = "2026-11-27T12:00:00Z"
    listing = (expiry_site / "index.html").read_text()
    assert f'<li class="card" data-closes="{closes}">' in listing
    assert listing.count("data-closes=") == 1  # the role without `expires` never closes by itself
    page = (expiry_site / "jobs/acme/last-day/index.html").read_text()
    assert f'role="status" hidden data-shown-from="{closes}"><strong>This role is closed.</strong>' in page
    assert f'"validThrough":"{closes}"' in page
    assert "data-shown-from" not in (expiry_site / "jobs/acme/still-open/index.html").read_text()


# Browser checks on the bundled site. The Quorumvale role's last day is 20 Dec 2026, so it closes at
# 2026-12-21 12:00 UTC; the Brambleworks technician's last day is 15 Jan 2027.
CLOSING = "/jobs/quorumvale/temporary-operations-analyst-merchant-onboarding/"
LATER = "/jobs/brambleworks/field-robotics-technician/"
NO_EXPIRY = "/jobs/perplexity/backend-infrastructure-engineer-intern/"


def card(page: Page, url: str):
    return page.locator(f'li.card:has(a[href="{url}"])')


@pytest.mark.parametrize("now, closed", [("2026-12-21T11:59:59Z", False), ("2026-12-21T12:00:00Z", True)])
def test_browser_hides_cards_once_the_role_has_closed(page: Page, site_url: str, now: str, closed: bool) -> None:
    page.clock.set_fixed_time(now)
    page.goto(site_url + "/")
    expect(card(page, LATER)).to_be_visible()
    expect(card(page, NO_EXPIRY)).to_be_visible()
    if closed:
        expect(card(page, CLOSING)).to_be_hidden()
    else:
        expect(card(page, CLOSING)).to_be_visible()


def test_browser_marks_a_posting_closed_and_removes_apply(page: Page, site_url: str) -> None:
    page.clock.set_fixed_time("2026-11-30T09:00:00Z")  # before: open, with its apply button
    page.goto(site_url + CLOSING)
    expect(page.get_by_role("link", name="Apply for this role")).to_be_visible()
    expect(page.get_by_text("This role is closed.")).to_be_hidden()

    page.clock.set_fixed_time("2027-01-02T09:00:00Z")  # after its closing instant
    page.reload()
    expect(page.get_by_text("This role is closed.")).to_be_visible()
    expect(page.get_by_role("link", name="Apply for this role")).to_be_hidden()
    expect(page.get_by_role("heading", name="Get roles like this daily")).to_be_visible()

    page.goto(site_url + LATER)  # a role closing later is still open at that time
    expect(page.get_by_role("link", name="Apply for this role")).to_be_visible()

