"""Full-text search in real Chromium, served with production's headers (CSP included): descriptions are
searched, the filters narrow the results, the URL carries the query through Back and Forward, excerpts show
hostile text as text, trade words survive, and the page passes axe with results and when empty."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from generator.build import build_site
from generator.config import make_options
from generator.render.browse import search as search_module

from ..conftest import CLOCK, POSTING, REPO, basic_tree, front_matter, netlify_header_rules, serve_directory, write_tree

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
HOSTILE = '<img src=x onerror="document.title=1">'
POSTINGS = {
    "alpha": ({"title": "Machine Learning Engineer", "category": "ai", "posted": dt.date(2026, 11, 20)},
              f"You will tune zanzibarite kernels in C++ for our inference stack. Text such as {HOSTILE} "
              "stays text.\n"),
    "beta": ({"title": "Backend Engineer", "category": "robotics", "posted": dt.date(2026, 11, 19)},
             "Services in .NET and Node.js, with some Go tooling. Good benefits.\n"),
    "gamma": ({"title": "Risk Analyst", "category": "web3", "posted": dt.date(2026, 11, 24)},
              "Statistics in R for risk models, and widget dashboards. Google Sheets welcome.\n"),
    "delta": ({"title": "Widget Engineer", "category": "ai", "posted": dt.date(2026, 11, 10)},
              "Run our k8s clusters and the build farm.\n"),
    "epsilon": ({"title": "Firmware Developer", "category": "robotics", "posted": dt.date(2026, 11, 5)},
                "Firmware in C and tools in C#.\n"),
}
# Closed this week: a tombstone between delta and beta in the index's rows (search.py search_rows).
CLOSED = ({"title": "Quokka Wrangler", "category": "ai", "posted": dt.date(2026, 11, 15),
           "closed": dt.date(2026, 11, 25)}, "Herd quokkas across the outback.\n")


def url_of(name: str) -> str:
    return f"/jobs/acme/{name}/"


@pytest.fixture(scope="module")
def search_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("search")
    tree = basic_tree(**{name: {**POSTING, **data} for name, (data, _) in POSTINGS.items()})
    for name, (data, body) in POSTINGS.items():
        tree[f"jobs/acme/{name}.md"] = front_matter({**POSTING, **data}, body)
    tree["jobs/acme/zeta.md"] = front_matter({**POSTING, **CLOSED[0]}, CLOSED[1])
    write_tree(root / "content", tree)
    # Tiny shards, so that words sit in shards of three letters and more and a prefix spans several of them,
    # as on a big board (the bundled board's browser tests read shards of the real size).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_module, "SHARD_LIMIT", 100)
        build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    manifest = json.loads(next((root / "site" / "data").glob("search.*.json")).read_bytes())
    assert {"zanzibarite", "zanzibarites", "widget", "widgets", "r", "c+"} <= set(manifest["s"])
    assert manifest["n"] == len(POSTINGS) + 1 and manifest["x"]  # the closed role keeps its row, as a tombstone
    url, server = serve_directory(root / "site", netlify_header_rules())
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context()
    ctx.clock.set_fixed_time(CLOCK)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    yield tab
    tab.close()
    assert errors == []  # a CSP refusal (script, fetch) shows up here


def results(page: Page) -> list[str]:
    return page.locator("[data-results-list] .card-title a").evaluate_all("els => els.map(a => a.getAttribute('href'))")


def search(page: Page, base: str, query: str) -> None:
    page.goto(f"{base}/?{query}")
    expect(page.locator("[data-count]")).not_to_have_text("Loading roles…")
    expect(page.locator("[data-count]")).not_to_have_text("Searching…")


def box(page: Page):
    return page.get_by_label("Search titles, companies, tags, places and descriptions")


def test_a_word_only_in_one_description_is_found(page: Page, search_url: str) -> None:
    search(page, search_url, "q=zanzibarite")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]
    expect(box(page)).to_have_value("zanzibarite")


def test_the_filters_narrow_the_search_and_an_empty_result_offers_a_way_out(page: Page, search_url: str) -> None:
    search(page, search_url, "q=zanzibarite&category=ai")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]
    expect(page.locator(".card-excerpt mark")).to_have_text("zanzibarite")
    # The search taken away, the filter stays: the same card is drawn again, without the search's excerpt.
    page.get_by_role("button", name="Search: “zanzibarite” (remove this filter)").click()
    expect(page).to_have_url(f"{search_url}/?category=ai")
    assert results(page) == [url_of("alpha"), url_of("delta")]
    expect(page.locator(".card-excerpt")).to_have_count(0)
    search(page, search_url, "q=zanzibarite&category=web3")
    expect(page.locator("[data-count]")).to_have_text("0 roles")
    empty = page.locator("[data-results-empty]")
    expect(empty).to_be_visible()
    expect(empty).to_contain_text("No roles match “zanzibarite” with these filters.")
    page.get_by_role("button", name="Clear the filters").click()
    expect(page).to_have_url(f"{search_url}/?q=zanzibarite")
    assert results(page) == [url_of("alpha")]
    search(page, search_url, "q=zanzibarite&category=web3")
    page.get_by_role("button", name="Clear the search").click()
    expect(page).to_have_url(f"{search_url}/?category=web3")
    assert results(page) == [url_of("gamma")]
    # An order is not a filter: nothing to clear but the search.
    search(page, search_url, "q=quokkas&sort=salary")
    expect(empty).to_contain_text("No roles match “quokkas”.")
    expect(page.get_by_role("button", name="Clear the filters")).to_be_hidden()


def test_facet_counts_count_the_search_results(page: Page, search_url: str) -> None:
    search(page, search_url, "q=engineer")
    assert sorted(results(page)) == sorted(url_of(n) for n in ("alpha", "beta", "delta"))
    expect(page.locator('label:has(input[name="category"][value="ai"]) .n')).to_have_text("2")
    expect(page.locator('label:has(input[name="category"][value="robotics"]) .n')).to_have_text("1")
    expect(page.locator('label:has(input[name="category"][value="web3"]) .n')).to_have_text("0")


def test_back_and_forward_restore_the_query(page: Page, search_url: str) -> None:
    page.goto(search_url + "/")
    box(page).fill("zanzibarite")  # one input event each: typing speed on a loaded machine cannot split them
    expect(page).to_have_url(f"{search_url}/?q=zanzibarite")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    box(page).fill("widget")
    expect(page).to_have_url(f"{search_url}/?q=widget")
    expect(page.locator("[data-count]")).to_have_text("2 roles")
    page.go_back()
    expect(page).to_have_url(f"{search_url}/?q=zanzibarite")
    expect(box(page)).to_have_value("zanzibarite")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]
    page.go_forward()
    expect(box(page)).to_have_value("widget")
    expect(page.locator("[data-count]")).to_have_text("2 roles")
    page.go_back()
    page.go_back()
    expect(page).to_have_url(f"{search_url}/")
    expect(page.locator("[data-server-list]")).to_be_visible()


def test_results_rank_by_relevance_and_the_menu_offers_newest(page: Page, search_url: str) -> None:
    search(page, search_url, "q=widget")
    expect(page.locator("#f-sort")).to_have_value("relevance")
    assert results(page) == [url_of("delta"), url_of("gamma")]  # the title outranks the description
    page.locator("#f-sort").select_option("newest")
    expect(page).to_have_url(f"{search_url}/?q=widget&sort=newest")
    expect(page.locator("[data-results-list] .card-title a").first).to_have_attribute("href", url_of("gamma"))


def test_the_excerpt_marks_the_match_and_shows_hostile_text_as_text(page: Page, search_url: str) -> None:
    search(page, search_url, "q=zanzibarite")
    excerpt = page.locator("[data-results-list] .card-excerpt")
    expect(excerpt.locator("mark")).to_have_text("zanzibarite")
    expect(excerpt).to_contain_text(HOSTILE)
    assert excerpt.locator("img").count() == 0
    assert page.title() != "1"
    # A long visit: past 50 queries the answers kept are dropped, never the words' matches the marks are read from.
    page.evaluate("for (let i = 1; i <= 60; i++) Jobsite.search.lookup('zanzibarite' + ' '.repeat(i), () => {})")
    box(page).fill("risk widget")
    box(page).press("Enter")
    expect(excerpt.locator("mark")).to_have_text(["risk", "widget"])
    assert page.evaluate("Jobsite.search.answered('zanzibarite')") is False


def test_an_excerpt_with_two_matches_shows_its_text_once_with_both_marked(page: Page, search_url: str) -> None:
    """The excerpt reads as the description does, each word once, the matched ones marked in place."""
    search(page, search_url, "q=risk+widget")
    assert results(page) == [url_of("gamma")]
    excerpt = page.locator("[data-results-list] .card-excerpt")
    expect(excerpt).to_have_text(POSTINGS["gamma"][1].strip())
    expect(excerpt.locator("mark")).to_have_text(["risk", "widget"])
    # A word more that finds the same role: the excerpt marks it too.
    box(page).fill("risk widget dashboards")
    expect(excerpt.locator("mark")).to_have_text(["risk", "widget", "dashboards"])
    assert results(page) == [url_of("gamma")]
    # A dotted word is marked whole when one of its parts is asked for.
    box(page).fill("js")
    expect(excerpt.locator("mark")).to_have_text(["Node.js"])
    assert results(page) == [url_of("beta")]


def test_a_closed_role_finds_nothing_and_the_roles_around_it_find_their_own_cards(page: Page, search_url: str) -> None:
    for query, found in (("quokkas", []), ("wrangler", []), ("firmware", ["epsilon"]), ("k8s", ["delta"]),
                         ("services", ["beta"]), ("zanzibarite", ["alpha"]), ("statistics", ["gamma"])):
        search(page, search_url, f"q={query}")
        expect(page.locator("[data-count]")).to_have_text(f"{len(found)} role" + ("" if len(found) == 1 else "s"))
        assert results(page) == [url_of(n) for n in found], query
    # With a filter, and in the default order (newest first), which the index's rows give.
    search(page, search_url, "q=engineer&category=ai&sort=newest")
    assert results(page) == [url_of("alpha"), url_of("delta")]
    search(page, search_url, "q=acme&category=robotics,ai")
    assert results(page) == [url_of(n) for n in ("alpha", "beta", "delta", "epsilon")]
    # One description's text cannot be fetched (in a tab of its own: the browser logs the 404 as an error): its
    # card stands without an excerpt, not with the error page's text.
    tab = page.context.new_page()
    tab.route("**/beta.txt", lambda route: route.fulfill(status=404, body="Not Found"))
    with tab.expect_response("**/beta.txt"):
        search(tab, search_url, "q=services")
    tab.wait_for_timeout(50)  # time for the answer to be drawn, were it drawn
    expect(tab.locator(".card-excerpt")).to_have_text("")
    assert results(tab) == [url_of("beta")]
    tab.close()


@pytest.mark.parametrize("query, found", [
    ("C%2B%2B", ["alpha"]), ("C%23", ["epsilon"]), (".NET", ["beta"]), ("Node.js", ["beta"]), ("node", ["beta"]),
    ("Go", ["beta"]), ("R", ["gamma"]), ("k8s", ["delta"]), ("tuning", ["alpha"]), ("Kernel", ["alpha"]),
    ("firmw", ["epsilon"]), ("zanz", ["alpha"]), ("za", []), ("wid", ["delta", "gamma"]),
    # Several words: a role must match every one, whichever comes first.
    ("widget+engineer", ["delta"]), ("engineer+widget", ["delta"]), ("engineer+widget+acme", ["delta"]),
    ("risk+widget", ["gamma"]), ("zanzibarite+widget", []), ("acme+firmware+c%23", ["epsilon"]),
    ("%2B%2B", []),  # no word at all: nothing is found
])
def test_trade_words_and_stemming(page: Page, search_url: str, query: str, found: list[str]) -> None:
    search(page, search_url, f"q={query}")
    expect(page.locator("[data-count]")).to_have_text("1 role" if len(found) == 1 else f"{len(found)} roles")
    assert sorted(results(page)) == sorted(url_of(n) for n in found)


def test_while_the_words_are_looked_up_the_count_says_searching(page: Page, search_url: str) -> None:
    """Until the shards answer, no half answer is drawn (matching titles alone would find nothing here)."""
    page.add_init_script("""(() => {  // hold every shard's fetch until the test lets them go
        const fetch = window.fetch, gate = new Promise(go => { window.releaseShards = go; });
        window.fetch = (url, options) => String(url).includes('/data/search/')
            ? gate.then(() => fetch(url, options)) : fetch(url, options);
    })()""")
    page.goto(f"{search_url}/?q=zanzibarite")
    expect(page.locator("[data-count]")).to_have_text("Searching…")
    page.wait_for_timeout(300)  # time for a wrongly drawn answer to show
    expect(page.locator("[data-count]")).to_have_text("Searching…")
    assert results(page) == []
    expect(page.locator("[data-results-empty]")).to_be_hidden()
    page.evaluate("window.releaseShards()")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]


def test_without_the_search_index_the_box_still_finds_titles(context: BrowserContext, search_url: str) -> None:
    # The manifest cannot be fetched (a deploy in flight, a blocked request): the filters match titles,
    # companies, tags and places themselves instead of waiting for a search that never answers.
    tab = context.new_page()
    tab.route(re.compile(r".*/data/search\.[^/]*\.json$"), lambda route: route.fulfill(status=404))
    search(tab, search_url, "q=widget+engineer")
    expect(tab.locator("[data-count]")).to_have_text("1 role")
    assert results(tab) == [url_of("delta")]  # "widget" is also in gamma's description, which this cannot read
    expect(tab.locator(".card-excerpt")).to_have_count(0)
    # A page too busy for the idle warm-up to fold any posting's text: the word is matched all the same.
    tab.add_init_script("window.requestIdleCallback = () => 0;")
    search(tab, search_url, "q=engineer")
    expect(tab.locator("[data-count]")).to_have_text("3 roles")
    assert sorted(results(tab)) == [url_of("alpha"), url_of("beta"), url_of("delta")]
    tab.close()


def test_axe_finds_nothing_with_results_and_with_the_empty_state(page: Page, search_url: str) -> None:
    for query in ("q=zanzibarite", "q=zanzibarite&category=web3"):
        search(page, search_url, query)
        expect(page.locator("[data-results]")).to_be_visible()
        if "web3" not in query:
            expect(page.locator(".card-excerpt mark")).to_be_visible()
        found = Axe().run(page, options=WCAG).response["violations"]
        assert [v["id"] for v in found] == [], query


def test_without_javascript_the_box_says_search_needs_it(browser: Browser, search_url: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(search_url + "/?q=zanzibarite")
    nojs = page.get_by_label("Search roles")
    expect(nojs).to_be_disabled()
    expect(page.get_by_text("Search needs JavaScript.")).to_be_visible()
    expect(page.locator("[data-server-list] .card")).to_have_count(len(POSTINGS))
    ctx.close()


def test_the_page_searches_under_a_csp_that_allows_only_its_own_scripts(page: Page, search_url: str) -> None:
    import urllib.request

    with urllib.request.urlopen(search_url + "/") as response:
        csp = response.headers["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src")).split()
    assert script_src == ["script-src", "'self'"]  # no WebAssembly, no eval
    search(page, search_url, "q=zanzibarite")  # the fixture fails on any CSP refusal in the console
    expect(page.locator(".card-excerpt mark")).to_have_text("zanzibarite")


def test_a_query_with_accents_and_capitals_finds_the_words_folded(page: Page, search_url: str) -> None:
    """The query is folded as the index's words are (jobs-cards.js fold): accents dropped, lower case."""
    search(page, search_url, "q=Z%C3%A4nzibarite")  # Zänzibarite
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]


def test_a_query_typed_over_an_empty_result_keeps_the_count_while_it_is_looked_up(page: Page,
                                                                                   search_url: str) -> None:
    """'Searching…' is only for a first view with nothing drawn; once the visitor types, the last count stays
    until the new words' shards answer."""
    search(page, search_url, "q=quokkas")
    expect(page.locator("[data-count]")).to_have_text("0 roles")
    page.evaluate("""(() => {  // hold every shard's fetch from now on, until the test lets them go
        const fetch = window.fetch, gate = new Promise(go => { window.releaseShards = go; });
        window.fetch = (url, options) => String(url).includes('/data/search/')
            ? gate.then(() => fetch(url, options)) : fetch(url, options);
    })()""")
    box(page).fill("zanzibarite")
    page.wait_for_timeout(300)  # time for a wrong "Searching…" to show
    expect(page.locator("[data-count]")).to_have_text("0 roles")
    page.evaluate("window.releaseShards()")
    expect(page.locator("[data-count]")).to_have_text("1 role")
    assert results(page) == [url_of("alpha")]
    # A count drawn and then overtaken by words still being looked up is never announced: screen readers would
    # hear "0 roles" for words that find a role. Both inputs come in one task, well inside the 500 ms pause.
    expect(page.locator("[data-announce]")).to_have_text("1 role matches your filters")
    page.evaluate("""(() => {
        const fetch = window.fetch, gate = new Promise(go => { window.releaseShards = go; });
        window.held = 0;
        window.fetch = (url, options) => String(url).includes('/data/search/')
            ? (window.held++, gate.then(() => fetch(url, options))) : fetch(url, options);
        const q = document.querySelector('input[name=q]'), live = document.querySelector('[data-announce]');
        live.textContent = '';
        for (const words of ['quokkas', 'zanzibarite firmware']) {
            q.value = words;
            q.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText'}));
        }
    })()""")
    page.wait_for_timeout(800)
    assert page.evaluate("window.held") > 0
    expect(page.locator("[data-announce]")).to_have_text("")
    page.evaluate("window.releaseShards()")
    expect(page.locator("[data-announce]")).to_have_text("0 roles match your filters")
