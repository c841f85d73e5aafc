"""The built site in real Chromium: pages render and navigate as a visitor sees them."""
from __future__ import annotations

from playwright.sync_api import Page, expect


def test_home_to_posting_to_apply(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    expect(page.locator("h1")).to_contain_text("Jobs in")
    page.get_by_role("link", name="Backend/Infrastructure Engineer Intern").click()
    expect(page.locator("h1")).to_have_text("Backend/Infrastructure Engineer Intern")
    page.get_by_role("link", name="View company profile").click()
    expect(page.locator("h1")).to_have_text("Perplexity")
    expect(page.get_by_role("link", name="Backend/Infrastructure Engineer Intern")).to_be_visible()
