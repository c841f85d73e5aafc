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


def test_chromium_gets_the_flags_containers_need(page: Page) -> None:
    """/dev/shm is 64 MB in containers: without --disable-dev-shm-usage, renderers crash on big pages. conftest's
    CHROMIUM_ARGS asks for it whatever Playwright's own defaults are (recent releases add it too)."""
    page.goto("chrome://version")
    command_line = page.locator("#command_line").inner_text()
    for flag in ("--disable-dev-shm-usage", "--no-sandbox", "--disable-gpu"):
        assert flag in command_line.split()
