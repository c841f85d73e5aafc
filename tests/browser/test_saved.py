"""/saved/ in Chromium (jobs-saved.js, on jobs-core.js's store): the page's edges that test_browse.py's saving
sessions do not reach, in one page."""
from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from ..conftest import CLOCK

STORE = "list => localStorage.setItem('jobsite.saved', JSON.stringify(list))"


def test_a_thousand_saved_the_last_one_removed_and_a_link_added(browser: Browser, site_url: str, built_site) -> None:
    """Past a thousand roles the count has its separator; a role saved with its title but not its company is
    given the company's name from the index (or it would be nameless once the role closes); removing the last
    role leaves the page empty, saying so, with no link to move, and Undo puts it back with its link focused; a
    link's roles once added, the focus is on the list's first role."""
    model = built_site[1].model
    first, second = model.open_postings[:2]
    ctx = browser.new_context()
    ctx.clock.set_fixed_time(CLOCK)
    page: Page = ctx.new_page()
    page.goto(site_url + "/saved/")
    page.evaluate(STORE, [{"k": first.key, "t": first.title, "c": ""},
                          *({"k": f"gone/role-{i}"} for i in range(1000))])
    page.reload()
    expect(page.locator("[data-saved-status]")).to_have_text("1,001 saved roles, 1,000 no longer open")
    assert page.evaluate("() => JSON.parse(localStorage.getItem('jobsite.saved'))[0]") == {
        "k": first.key, "t": first.title, "c": first.company.name}
    page.evaluate(STORE, [{"k": first.key, "t": first.title, "c": first.company.name}])
    page.reload()
    page.get_by_role("button", name=f"Remove {first.title}").click()
    expect(page.locator("[data-saved-status]")).to_have_text(f"Removed “{first.title}”.")
    expect(page.get_by_text("You have not saved any roles yet.")).to_be_visible()
    expect(page.locator("[data-export]")).to_be_hidden()
    expect(page.locator("[data-saved-count]")).to_have_text("")
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("link", name=first.title)).to_be_focused()
    expect(page.get_by_text("You have not saved any roles yet.")).to_be_hidden()
    expect(page.locator("[data-saved-status]")).to_have_text("Restored. 1 saved role")
    expect(page.locator("[data-export]")).to_be_visible()
    page.goto(site_url + f"/saved/#import={second.key}")
    expect(page.get_by_text("This link holds 1 role, 1 of them not in your saved jobs yet.")).to_be_hidden()
    expect(page.get_by_text("This link holds 1 role.")).to_be_visible()
    page.get_by_role("button", name="Add them to my saved jobs").click()
    expect(page.locator("[data-saved-status]")).to_have_text("Added 1 role. 2 saved roles")
    expect(page.get_by_role("link", name=first.title)).to_be_focused()
    ctx.close()
