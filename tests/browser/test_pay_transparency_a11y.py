"""The /pay-transparency/ page in Chromium: reachable from the footer, and axe (WCAG 2.1 A and AA) finds nothing."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from ..conftest import axe_violations


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context()
    yield ctx.new_page()
    ctx.close()



def test_the_footer_leads_to_the_page_and_it_passes_axe(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    page.get_by_role("contentinfo").get_by_role("link", name="Pay transparency").click()
    expect(page).to_have_url(site_url + "/pay-transparency/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pay transparency")
    expect(page.get_by_role("heading", name="Colorado", level=2)).to_be_visible()
    expect(page.get_by_role("link", name="Equal Pay for Equal Work Act")).to_have_attribute(
        "href", "https://leg.colorado.gov/bills/sb19-085")
    assert axe_violations(page) == []


def test_the_page_passes_axe_on_a_phone(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site_url + "/pay-transparency/")
    expect(page.get_by_role("heading", name="European Union", level=2)).to_be_visible()
    assert axe_violations(page) == []
