"""/stats/ and a category page's small version in Chromium: axe finds nothing, and charts take the page's colours."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from ..conftest import axe_violations


@pytest.fixture(scope="module", params=["light", "dark"])
def page(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(color_scheme=request.param)
    yield ctx.new_page()
    ctx.close()


def test_stats_page_has_no_wcag_violations(page: Page, site_url: str) -> None:
    page.goto(site_url + "/stats/")
    for summary in page.locator("details.stat-numbers > summary").all():
        summary.click()  # the folded tables too
    assert page.locator("svg[role=img]").count() == 11  # the visa-sponsorship chart too
    assert axe_violations(page) == []


def test_category_page_small_version_has_no_wcag_violations(page: Page, site_url: str) -> None:
    page.goto(site_url + "/categories/robotics/")
    panel = page.get_by_role("region", name="Robotics in numbers")
    for summary in panel.locator("summary").all():
        summary.click()
    expect(panel.get_by_role("img")).to_have_count(3)
    expect(panel.get_by_role("table")).to_have_count(3)  # each opened table (a count at once once saw two)
    assert axe_violations(page) == []


def test_charts_draw_in_the_page_colours(page: Page, site_url: str) -> None:
    """Text is the page's text colour and bars its accent, in either colour scheme, so they read as the page does."""
    page.goto(site_url + "/stats/")
    colours = page.evaluate("""() => {
        const css = getComputedStyle(document.body);
        const label = document.querySelector('#by-category .chart-label');
        const bar = document.querySelector('#by-category .chart-bar');
        const probe = document.createElement('span');
        probe.style.color = 'var(--accent)';  // the DOM API, not markup: the CSP governs only markup
        document.body.append(probe);
        return {text: css.color, label: getComputedStyle(label).fill, bar: getComputedStyle(bar).fill,
                accent: getComputedStyle(probe).color};
    }""")
    assert colours["label"] == colours["text"]
    assert colours["bar"] == colours["accent"]
    assert colours["bar"] != colours["label"]
