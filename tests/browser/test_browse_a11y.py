"""axe-core (WCAG 2.1 A and AA rules) finds nothing on the pages a job seeker uses, in the states they see."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from ..conftest import CLOCK, axe_violations


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context()
    ctx.clock.set_fixed_time(CLOCK)  # the build's clock: roles that closed since the build would be dropped
    yield ctx.new_page()
    ctx.close()



def test_listing_with_filters_active_and_the_finder_open(page: Page, site_url: str) -> None:
    page.goto(site_url + "/?category=ai")  # a single category: the subscribe link shows too
    expect(page.get_by_role("link", name="Subscribe to this search (RSS)")).to_be_visible()
    page.locator('details[data-facet="country"] > summary').click()
    page.get_by_role("button", name="Help me find a role").click()
    assert axe_violations(page) == []


def test_posting_page_with_similar_roles(page: Page, site_url: str) -> None:
    page.goto(site_url + "/jobs/perplexity/backend-infrastructure-engineer-intern/")
    expect(page.get_by_role("region", name="Similar roles")).to_be_visible()
    assert axe_violations(page) == []


def test_company_page(page: Page, site_url: str) -> None:
    page.goto(site_url + "/companies/thistlegrid/")
    assert axe_violations(page) == []


def test_saved_page_with_an_open_and_a_closed_role(page: Page, site_url: str) -> None:
    page.goto(site_url + "/saved/#import=thistlegrid/data-engineer-ii,saltmarsh-protocol/frontend-engineer")
    page.get_by_role("button", name="Add them to my saved jobs").click()
    expect(page.locator("[data-saved-list] .card")).to_have_count(2)
    assert axe_violations(page) == []
