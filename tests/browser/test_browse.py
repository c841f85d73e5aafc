"""Browsing in real Chromium: filters against the content, URL state and Back, no-JavaScript pagination,
saved jobs across reloads and devices, the role finder, similar roles. One page is shared where tests only
navigate, so the suite stays quick."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from generator.model import Model, Posting
from generator.model.pay import yearly_pay
from generator.model.regions import open_to
from generator.model.roles import seniority_of
from generator.model.similar import similar_roles
from generator.render.browse.search import inflections, posting_words, protected_words, search_tokens, stem_words
from generator.render.format import format_date

from ..conftest import CLOCK, serve_directory

LISTS = ("category", "workplace", "country", "seniority", "type", "stage", "tag", "company")


def indexed_words(p: Posting) -> set[str]:
    """The words full-text search holds for a posting: title, company, tags, place and description."""
    words = posting_words(p)
    return {*words.title, *words.other}


_INDEX_WORDS: dict[int, dict[str, str]] = {}


def index_words(model: Model) -> dict[str, str]:
    """Every word the index answers to (the board's, and the inflections it adds), with its stem."""
    if id(model) not in _INDEX_WORDS:
        vocabulary = sorted({w for p in model.open_postings for w in indexed_words(p)})
        stems = dict(zip(vocabulary, stem_words(vocabulary, protected_words(model.open_by_tag)), strict=True))
        _INDEX_WORDS[id(model)] = {**stems, **inflections(vocabulary, stems)}
    return _INDEX_WORDS[id(model)]


def finds(model: Model, term: str, words: set[str]) -> bool:
    """The search rule in the docs: the query word, whole or (past two letters) as a prefix, names index
    words; a posting is found when one of its words has the stem of one of them."""
    known = index_words(model)
    wanted = {s for w, s in known.items() if w == term or (len(term) > 2 and w.startswith(term))}
    return any(known[w] in wanted for w in words)


def passes(model: Model, p: Posting, params: dict[str, str]) -> bool:
    """The filter rules, written again in Python from docs and decisions, as the reference for the script."""
    values = {name: params[name].split(",") for name in LISTS if name in params}
    fields = {"category": p.category.id, "workplace": p.workplace, "seniority": seniority_of(p),
              "type": p.employment_type, "stage": p.company.stage, "company": p.company.slug}
    if any(fields[name] not in chosen for name, chosen in values.items() if name in fields):
        return False
    if "tag" in values and not set(values["tag"]) & set(p.tags):
        return False
    reach = open_to(p)
    if "country" in values and reach is not None and not set(values["country"]) & reach:
        return False
    if not all(finds(model, term, indexed_words(p)) for term in search_tokens(params.get("q", ""))):
        return False
    minimum, employer = int(params.get("salary_min", 0)), params.get("pay") == "employer"
    if employer and not p.salary:
        return False
    pay = yearly_pay(p)
    return not minimum or (pay is not None and pay.high >= minimum)


def expected(model: Model, params: dict[str, str]) -> list[str]:
    found = [p for p in model.open_postings if passes(model, p, params)]
    if params.get("q") and not params.get("sort"):
        return sorted(p.url for p in found)  # ranked by relevance: compared as a set (shown)
    if params.get("sort") == "salary":
        order = {p.key: i for i, p in enumerate(model.open_postings)}
        pay = {p.key: yearly_pay(p) for p in found}
        found.sort(key=lambda p: (-(pay[p.key].high if pay[p.key] else -2000),
                                  -(pay[p.key].low if pay[p.key] else -2000), order[p.key]))
    return [p.url for p in found]


def at_build_time(ctx: BrowserContext) -> BrowserContext:
    """Pin the browser's clock to the build's: the script drops roles that closed since the build."""
    ctx.clock.set_fixed_time(CLOCK)
    return ctx


def roles(n: int) -> str:
    return "1 role" if n == 1 else f"{n} roles"


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = at_build_time(browser.new_context())
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def shared(context: BrowserContext) -> Page:
    """One tab for the tests that only navigate and read."""
    return context.new_page()


def results(page: Page) -> list[str]:
    return page.locator("[data-results-list] .card-title a").evaluate_all("els => els.map(a => a.getAttribute('href'))")


def shown(page: Page, params: dict[str, str]) -> list[str]:
    """The results, sorted when they are ranked by relevance (as `expected` gives them)."""
    found = results(page)
    return sorted(found) if params.get("q") and not params.get("sort") else found


def open_view(page: Page, site_url: str, params: dict[str, str]) -> None:
    page.goto(f"{site_url}/?{urlencode(params, safe=',')}")
    expect(page.locator("[data-count]")).not_to_have_text("Loading roles…")


CASES = [
    {"category": "ai"}, {"workplace": "remote"}, {"country": "DE"}, {"country": "US,JP"},
    {"seniority": "senior,staff"}, {"type": "internship"}, {"salary_min": "100000"}, {"pay": "employer"},
    {"salary_min": "120000", "pay": "employer"}, {"stage": "seed,series-a"}, {"tag": "python"}, {"tag": "c++"},
    {"company": "thistlegrid"}, {"q": "krakow"}, {"q": "Kraków"}, {"q": "Engineer rust"},
    {"category": "ai", "workplace": "remote"},
    {"category": "robotics", "country": "DE,ES", "type": "full-time"},
    {"q": "engineer", "seniority": "mid,senior", "salary_min": "50000", "sort": "salary"},
    {"sort": "salary"}, {"category": "web3", "workplace": "onsite", "type": "internship"},
]


@pytest.mark.parametrize("params", CASES, ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()))
def test_filtered_url_shows_exactly_the_matching_postings(shared: Page, site_url: str, built_site,
                                                          params: dict[str, str]) -> None:
    want = expected(built_site[1].model, params)
    open_view(shared, site_url, params)
    expect(shared.locator("[data-count]")).to_have_text(roles(len(want)))
    assert shown(shared, params) == want
    expect(shared.locator("[data-server-list]")).to_be_hidden()
    if "q" in params:  # the link's '+' is a space: the box shows the words as typed
        expect(shared.locator('input[name="q"]')).to_have_value(params["q"])
    if not want:
        expect(shared.locator("[data-results-empty]")).to_be_visible()
    for name in LISTS:
        for value in params.get(name, "").split(",") if name in params and name != "company" else ():
            expect(shared.locator(f'input[name="{name}"][value="{value}"]')).to_be_checked()


def test_cards_drawn_in_the_browser_read_like_the_servers(shared: Page, site_url: str, built_site) -> None:
    shared.goto(site_url + "/")
    # The whole markup, not only the text: both come from one macro (_macros.html job_card), the browser's through
    # <template data-card-template>. Whitespace between tags is left out (the server's markup is indented).
    markup = "el => el.querySelector('article').outerHTML.replace(/>\\s+</g, '><')"
    server = {card.locator("[data-save]").get_attribute("data-save"): card.evaluate(markup)
              for card in shared.locator("[data-server-list] .card").all()}
    drawn = dict(shared.evaluate("""async () => {
        const data = await Jobsite.cards.load(document.querySelector('[data-browse]').dataset.index);
        return data.postings.map(p => [p.key,
            Jobsite.cards.renderCard(data.meta, p, '', new Set()).querySelector('article').outerHTML
                .replace(/>\\s+</g, '><')]);
    }"""))
    assert len(server) == len(built_site[1].model.open_postings) and drawn == server
    assert any("est.</abbr>" in t for t in drawn.values()) and any(">Remote (" in t for t in drawn.values())
    assert any('class="tags"' not in t for t in drawn.values()) or all(p.tags for p in built_site[1].model.postings)


def test_a_drawn_card_says_verified_only_when_the_index_does(shared: Page, site_url: str, built_site) -> None:
    # Every bundled posting applies on its company's own domain; the other branch is drawn from a changed row.
    assert all(p.verified for p in built_site[1].model.open_postings)
    shared.goto(site_url + "/")
    badges = shared.evaluate("""async () => {
        const data = await Jobsite.cards.load(document.querySelector('[data-browse]').dataset.index);
        const p = data.postings[0];
        const draw = () => Jobsite.cards.renderCard(data.meta, p, '', new Set()).querySelectorAll('.card-verified');
        const verified = draw().length;
        p.verified = false;
        const unverified = draw().length;
        p.verified = true;  // the page's data is shared by the module's tests
        return [verified, unverified];
    }""")
    assert badges == [1, 0]


def test_issue_example_ai_remote_is_not_empty(built_site) -> None:
    """Guard the example above: a filter test over an empty result would prove little."""
    model = built_site[1].model
    assert len(expected(model, {"category": "ai", "workplace": "remote"})) >= 2
    assert all(len(expected(model, case)) for case in CASES[:-1])


def test_each_choice_counts_what_it_would_leave(shared: Page, site_url: str, built_site) -> None:
    model = built_site[1].model
    open_view(shared, site_url, {"category": "ai"})
    ai = [p for p in model.open_postings if p.category.id == "ai"]
    for workplace, n in Counter(p.workplace for p in ai).items():
        expect(shared.locator(f'label:has(input[name="workplace"][value="{workplace}"]) .n')).to_have_text(str(n))
    # A facet's own choice does not narrow its counts: Web3 still shows how many Web3 roles there are.
    web3 = sum(1 for p in model.open_postings if p.category.id == "web3")
    expect(shared.locator('label:has(input[name="category"][value="web3"]) .n')).to_have_text(str(web3))
    # A ticked choice that now matches nothing is not greyed out: it is how the visitor gets back.
    open_view(shared, site_url, {"category": "ai", "q": "xylophonist"})
    expect(shared.locator('label:has(input[name="category"][value="ai"]) .n')).to_have_text("0")
    expect(shared.locator('label:has(input[name="category"][value="ai"])')).not_to_have_class(re.compile(r"\bzero\b"))
    expect(shared.locator('label:has(input[name="category"][value="web3"])')).to_have_class(re.compile(r"\bzero\b"))


FACETS = ("category", "workplace", "country", "seniority", "type", "stage", "tag")


@pytest.mark.parametrize("params", [{}, {"category": "ai"}, {"tag": "python", "workplace": "remote"}, {"tag": "*"}],
                         ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()) or "all")
def test_every_choice_of_every_list_counts_what_choosing_it_alone_would_leave(shared: Page, site_url: str,
                                                                             built_site, params) -> None:
    """Each number beside a choice is how many roles the view would show with that choice alone ticked in its
    list, the other lists as they are. The tag list shows the 30 commonest; a link naming every tag ("*" here)
    lists them all, so the last of the index's tags is counted too."""
    model = built_site[1].model
    if params.get("tag") == "*":
        params = {"tag": ",".join(sorted(model.open_by_tag))}
    open_view(shared, site_url, params)
    counts = shared.evaluate("""() => [...document.querySelectorAll('[data-facet] label')]
        .filter(l => l.querySelector('input[type=checkbox]') && l.querySelector('.n'))
        .map(l => [l.querySelector('input').name, l.querySelector('input').value,
                   l.querySelector('.n').textContent])""")
    assert {name for name, _, _ in counts} >= set(FACETS)
    for name, value, n in counts:
        if name in FACETS:
            alone = {**params, name: value}
            assert n == str(sum(passes(model, p, alone) for p in model.open_postings)), (name, value, n)
    if len(params.get("tag", "").split(",")) > 1:
        assert sorted(value for name, value, _ in counts if name == "tag") == sorted(model.open_by_tag)


def test_typing_updates_url_and_back_restores_the_previous_view(shared: Page, site_url: str, built_site) -> None:
    model = built_site[1].model
    shared.goto(site_url + "/")
    expect(shared.locator("[data-server-list]")).to_be_visible()
    box = shared.get_by_label("Search titles, companies, tags, places and descriptions")
    box.press_sequentially("engineer ")  # the space a visitor types before the next word is not part of the query
    expect(shared).to_have_url(f"{site_url}/?q=engineer")
    expect(shared.locator("[data-count]")).to_have_text(roles(len(expected(model, {"q": "engineer"}))))
    shared.locator('label:has(input[name="category"][value="robotics"])').click()
    expect(shared).to_have_url(f"{site_url}/?q=engineer&category=robotics")
    want = expected(model, {"q": "engineer", "category": "robotics"})
    expect(shared.locator("[data-count]")).to_have_text(roles(len(want)))  # the search may still be running
    assert shown(shared, {"q": "engineer"}) == want
    expect(shared.get_by_role("status").filter(has_text="match your filters")).to_have_text(
        f"{roles(len(want))} match your filters")  # announced to screen readers once typing settles
    shared.go_back()
    expect(shared).to_have_url(f"{site_url}/?q=engineer")
    expect(shared.locator('input[name="category"][value="robotics"]')).not_to_be_checked()
    assert shown(shared, {"q": "engineer"}) == expected(model, {"q": "engineer"})
    shared.go_forward()
    expect(shared.locator('input[name="category"][value="robotics"]')).to_be_checked()
    shared.reload()
    expect(shared.get_by_label("Search titles, companies, tags, places and descriptions")).to_have_value("engineer")
    expect(shared.locator("[data-count]")).to_have_text(roles(len(want)))  # a fresh page loads the index again
    assert shown(shared, {"q": "e"}) == want
    shared.evaluate("window.samePage = true")
    shared.get_by_role("link", name="Clear all filters").click()
    expect(shared).to_have_url(f"{site_url}/")
    expect(shared.locator("[data-server-list]")).to_be_visible()
    expect(box).to_be_focused()  # ready for new words, on the same page (the link is not followed)
    assert shared.evaluate("window.samePage") is True


def test_a_link_naming_a_country_in_lower_case_filters_as_upper_case(shared: Page, site_url: str,
                                                                    built_site) -> None:
    want = expected(built_site[1].model, {"country": "DE"})
    open_view(shared, site_url, {"country": "de"})
    expect(shared.locator("[data-count]")).to_have_text(roles(len(want)))
    assert results(shared) == want
    expect(shared.locator('input[name="country"][value="DE"]')).to_be_checked()


def test_typing_on_from_a_link_that_names_the_default_order_leaves_it_out(shared: Page, site_url: str) -> None:
    open_view(shared, site_url, {"q": "engineer", "sort": "relevance"})  # relevance: the default with words
    box = shared.get_by_label("Search titles, companies, tags, places and descriptions")
    box.press("End")
    box.press("s")
    expect(shared).to_have_url(f"{site_url}/?q=engineers")
    shared.evaluate("window.samePage = true")
    box.press("Enter")  # the form is not sent: the view is already the query's
    expect(shared.locator("[data-count]")).not_to_have_text("Loading roles…")
    assert shared.url == f"{site_url}/?q=engineers" and shared.evaluate("window.samePage") is True


# A link is typed or pasted by anyone: what each crafted query reads as (jobs-url.js parse), and how a view is
# written back (serialize: one order, defaults left out), so a shared link reproduces exactly the view.
LINKS = [
    ("?category=ai,ai,web3&tag=c%2B%2B,a%2Cb", {"category": ["ai", "web3"], "tag": ["c++", "a,b"]},
     "?category=ai,web3&tag=c%2B%2B,a%2Cb"),
    ("?q=+data++science+&salary_min=-5", {"q": "data  science", "salary_min": 0}, "?q=data++science"),
    ("?salary_min=abc&pay=anything&sort=cheapest", {"salary_min": 0, "pay": "", "sort": ""}, ""),
    ("?sort=salary&salary_min=120000&pay=employer", {"sort": "salary", "salary_min": 120000, "pay": "employer"},
     "?salary_min=120000&pay=employer&sort=salary"),
    ("?visa=yes&relocation=no&new=YES", {"visa": "yes", "relocation": "", "new": ""}, "?visa=yes"),
    ("?country=de,DE,fr&country=Fr", {"country": ["DE", "FR"]}, "?country=DE,FR"),
    ("?tz=-720", {"tz": -720}, "?tz=-720"), ("?tz=840", {"tz": 840}, "?tz=840"), ("?tz=0", {"tz": 0}, "?tz=0"),
    ("?tz=-721", {"tz": None}, ""), ("?tz=841", {"tz": None}, ""), ("?tz=1e3", {"tz": None}, ""),
    ("?sort=newest", {"sort": "newest"}, ""), ("?q=rust&sort=relevance", {"sort": "relevance"}, "?q=rust"),
    ("?q=rust&sort=newest", {"q": "rust", "sort": "newest"}, "?q=rust&sort=newest"),
    # Broken escapes read as nothing (not as their raw text), and so do empty list values.
    ("?q=%E0%A4%A&tag=,a,%ZZ,,b&company=", {"q": "", "tag": ["a", "b"], "company": []}, "?tag=a,b"),
]


@pytest.mark.parametrize("link, read, written", LINKS, ids=[link for link, _, _ in LINKS])
def test_a_crafted_link_reads_as_the_view_it_can_mean_and_is_written_back_in_one_order(
        shared: Page, site_url: str, link: str, read: dict, written: str) -> None:
    if not shared.url.startswith(site_url):
        shared.goto(site_url + "/")
    state, back = shared.evaluate("l => { const s = Jobsite.url.parse(l); return [s, Jobsite.url.serialize(s)]; }",
                                  link)
    assert {k: state[k] for k in read} == read
    assert back == written


def test_the_order_a_view_is_sorted_in_and_whether_it_filters(shared: Page, site_url: str) -> None:
    if not shared.url.startswith(site_url):
        shared.goto(site_url + "/")
    asked = shared.evaluate("""() => ["", "?sort=relevance", "?q=go", "?q=go&sort=newest", "?tz=0", "?sort=newest",
                                      "?sort=salary", "?salary_min=1", "?pay=employer", "?visa=yes", "?relocation=yes",
                                      "?new=yes", "?tag=x", "?company=x"].map(l => {
        const s = Jobsite.url.parse(l); return [Jobsite.url.sortOf(s), Jobsite.url.isActive(s)]; })""")
    assert asked == [["newest", False], ["newest", False], ["relevance", True], ["newest", True], ["newest", True],
                     ["newest", False], ["salary", True], ["newest", True]] + [["newest", True]] * 6


@pytest.mark.parametrize("params, feed, left", [
    ({"category": "ai"}, "/categories/ai/feed.xml", ""),
    ({"company": "thistlegrid"}, "/companies/thistlegrid/feed.xml", ""),
    ({"tag": "c++"}, "/tags/cplusplus/feed.xml", ""), ({"workplace": "remote"}, "/remote/feed.xml", ""),
    ({"category": "ai", "workplace": "remote"}, "/categories/ai/workplace/remote/feed.xml", ""),
    ({"category": "ai", "type": "internship"}, "/categories/ai/type/internship/feed.xml", ""),
    ({"category": "web3", "visa": "yes"}, "/categories/web3/visa/feed.xml", ""),
    ({"tag": "figma"}, "/feed.xml", "tags"), ({"workplace": "hybrid"}, "/feed.xml", "workplace"),
    ({"category": "ai,web3", "workplace": "remote"}, "/remote/feed.xml", "category"),
    ({"q": "rust", "category": "ai", "country": "DE", "salary_min": "50000", "pay": "employer"},
     "/categories/ai/feed.xml", "search words, country, pay"),
])
def test_subscribe_to_this_search_names_what_the_feed_leaves_out(shared: Page, site_url: str, params, feed,
                                                                  left) -> None:
    open_view(shared, site_url, params)
    link = shared.get_by_role("link", name="Subscribe to this search (RSS)")
    expect(link).to_have_attribute("href", feed)
    expect(shared.locator("[data-subscribe-note]")).to_have_text(f"(the feed leaves out: {left})" if left else "")


def test_similar_roles_on_the_seed_posting(shared: Page, site_url: str, built_site) -> None:
    key = "perplexity/backend-infrastructure-engineer-intern"
    shared.goto(f"{site_url}/jobs/{key}/")
    section = shared.get_by_role("region", name="Similar roles")
    hrefs = section.get_by_role("link").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert hrefs == [p.url for p in similar_roles(built_site[1].model.postings)[key]]
    assert len(hrefs) == 3 and f"/jobs/{key}/" not in hrefs
    section.get_by_role("link").first.click()
    expect(shared.locator("h1")).to_have_text("Machine Learning Intern")


@pytest.fixture(scope="module")
def paged_site_url(paged_site) -> Iterator[str]:
    """The 120-posting site over HTTP."""
    url, server = serve_directory(paged_site[0])
    yield url
    server.shutdown()


def test_without_javascript_the_server_list_and_pages_work(browser: Browser, paged_site_url: str) -> None:
    ctx = at_build_time(browser.new_context(java_script_enabled=False))
    page = ctx.new_page()
    page.goto(paged_site_url + "/?category=web3")  # a filtered link still shows the full list, not nothing
    expect(page.locator(".card")).to_have_count(50)
    for hidden in ("#filters", "[data-finder]", "[data-panel-open]", "#f-sort", ".card .save"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("[data-count]")).to_have_text("120 roles")  # the one count, the server's
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Next page").click()
    expect(page).to_have_url(paged_site_url + "/page/2/")
    expect(page.locator(".card")).to_have_count(50)
    page.get_by_role("link", name="Page 3").click()
    expect(page.locator(".card")).to_have_count(20)
    page.goto(paged_site_url + "/saved/")
    expect(page.get_by_text("needs JavaScript", exact=False)).to_be_visible()
    ctx.close()


def test_long_results_show_fifty_then_more_on_request(browser: Browser, paged_site_url: str) -> None:
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    page.goto(paged_site_url + "/?category=robotics")
    expect(page.locator("[data-count]")).to_have_text("120 roles")
    expect(page.locator("[data-results-list] .card")).to_have_count(50)
    page.get_by_role("button", name="Show more roles").click()
    expect(page.locator("[data-results-list] .card")).to_have_count(100)
    expect(page.locator("[data-results-list] .card").nth(50).locator("a").first).to_be_focused()
    page.get_by_role("button", name="Show more roles").click()
    expect(page.locator("[data-results-list] .card")).to_have_count(120)
    expect(page.get_by_role("button", name="Show more roles")).to_be_hidden()
    # The filter taken away and set again: the view starts again from its first fifty.
    page.locator('input[name="category"][value="robotics"]').uncheck()
    expect(page.locator("[data-server-list]")).to_be_visible()
    page.locator('input[name="category"][value="robotics"]').check()
    expect(page.locator("[data-results-list] .card")).to_have_count(50)
    expect(page.get_by_role("button", name="Show more roles")).to_be_visible()
    ctx.close()


def test_save_reload_export_and_import_on_another_device(browser: Browser, site_url: str, built_site) -> None:
    model = built_site[1].model
    first, second, third = model.open_postings[:3]
    closed = next(p for p in model.postings if not p.is_open)
    phone = at_build_time(browser.new_context(permissions=["clipboard-read", "clipboard-write"]))
    page = phone.new_page()
    page.goto(site_url + "/")
    expect(page.get_by_role("button", name=f"Save {first.title} at {first.company.name}")).to_be_visible()
    expect(page.locator("[data-saved-count]")).to_have_text("")  # nothing saved: no "0" beside the menu's word
    page.get_by_role("button", name=f"Save {first.title} at {first.company.name}").click()
    page.get_by_role("button", name=f"Save {second.title} at {second.company.name}").click()
    page.reload()
    saved_button = page.get_by_role("button", name=f"Save {first.title} at {first.company.name}")
    expect(saved_button).to_have_attribute("aria-pressed", "true")
    expect(saved_button).to_contain_text("Saved")  # the word says what the click did
    expect(page.get_by_role("button", name=f"Save {third.title}").first).not_to_contain_text("Saved")
    expect(page.locator("[data-saved-count]")).to_have_text("2")
    page.goto(f"{site_url}/?category={first.category.id}")  # a filtered list the script draws afresh
    drawn = page.locator(f'[data-results-list] [data-save="{first.key}"]')
    expect(drawn).to_have_attribute("aria-pressed", "true")
    expect(drawn.locator(".save-word")).to_have_text("Saved")
    tab = phone.new_page()  # another tab of the same browser follows each change
    tab.goto(site_url + "/")
    expect(tab.locator("[data-saved-count]")).to_have_text("2")
    page.goto(site_url + third.url)
    page.get_by_role("button", name=f"Save {third.title}").click()
    expect(tab.locator("[data-saved-count]")).to_have_text("3")
    expect(tab.get_by_role("button", name=f"Save {third.title} at {third.company.name}")).to_have_attribute(
        "aria-pressed", "true")
    page.get_by_role("link", name="Saved").click()
    expect(page.locator("[data-saved-list] .card-title a")).to_have_text([third.title, second.title, first.title])
    link = page.get_by_label("Link to your saved jobs").input_value()
    assert link == f"{site_url}/saved/#import={third.key},{second.key},{first.key}"
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("[data-copy-status]")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == link

    laptop = at_build_time(browser.new_context())
    other = laptop.new_page()
    other.goto(link + f",{closed.key},{first.key}")  # a role named twice is one role
    expect(other.get_by_text("This link holds 4 roles.")).to_be_visible()
    other.get_by_role("button", name="Don't add").click()  # declined: nothing added, and the link is spent
    expect(other.locator("[data-import]")).to_be_hidden()
    expect(other).to_have_url(site_url + "/saved/")
    expect(other.get_by_text("You have not saved any roles yet.")).to_be_visible()
    expect(other.locator("[data-export]")).to_be_hidden()
    other.evaluate("hash => { location.hash = hash; }", urlsplit(link).fragment + f",{closed.key},{first.key}")
    expect(other.get_by_text("This link holds 4 roles.")).to_be_visible()  # a link pasted on this page
    other.get_by_role("button", name="Add them to my saved jobs").click()
    expect(other).to_have_url(site_url + "/saved/")
    expect(other.locator("[data-saved-list] .card-title a")).to_have_text(
        [third.title, second.title, first.title, closed.slug.replace("-", " ").capitalize()])
    # Every card links its role's page; the closed one's address is made from the key the way Posting.url makes it.
    hrefs = "els => els.map(a => a.getAttribute('href'))"
    assert other.locator("[data-saved-list] .card-title a").evaluate_all(hrefs) == [third.url, second.url, first.url,
                                                                                     closed.url]
    expect(other.locator("[data-saved-status]")).to_contain_text("4 saved roles, 1 no longer open")
    expect(other.locator(".card").last).to_contain_text("No longer open")
    # Only the closed role is drawn as closed: the open ones are the listing's cards, with their facts.
    expect(other.locator("[data-saved-list] .card", has_text="No longer open")).to_have_count(1)
    expect(other.locator("[data-saved-list] .card .card-facts")).to_have_count(3)
    expect(other.locator("[data-saved-list] .save-word")).to_have_text(["Remove"] * 4)
    other.get_by_role("button", name=f"Remove {first.title}").click()  # gone at once, with an undo
    expect(other.locator("[data-saved-status]")).to_have_text(
        f"Removed “{first.title}”. 3 saved roles, 1 no longer open")
    expect(other.locator("[data-saved-list] .card")).to_have_count(3)
    expect(other.get_by_role("button", name="Undo")).to_be_focused()
    other.get_by_role("button", name="Undo").click()
    expect(other.locator("[data-saved-list] .card-title a")).to_have_text(
        [third.title, second.title, first.title, closed.slug.replace("-", " ").capitalize()])
    expect(other.get_by_role("link", name=first.title)).to_be_focused()
    other.get_by_role("button", name=f"Remove {second.title}").click()
    other.reload()
    expect(other.locator("[data-saved-list] .card")).to_have_count(3)
    expect(other.locator("[data-saved-count]")).to_have_text("3")
    expect(other.get_by_text("You have not saved any roles yet.")).to_be_hidden()
    # The first role closes after the phone saved it (the index now closes it an hour before the clock): its card
    # is named by the title and company the click stored, each in its own place.
    gone = int((CLOCK - dt.timedelta(hours=1)).timestamp() * 1000)
    with_index_changed(phone, lambda ix: ix["cols"]["closes"].update({str(ix["cols"]["key"].index(first.key)): gone}))
    page.goto(site_url + "/saved/")
    expect(page.locator("[data-saved-status]")).to_have_text("3 saved roles, 1 no longer open")
    closed_card = page.locator("[data-saved-list] .card", has_text="No longer open")
    expect(closed_card.locator(".card-title a")).to_have_text(first.title)
    expect(closed_card.locator(".card-company")).to_have_text(first.company.name)
    phone.close()
    laptop.close()


def test_role_finder_by_keyboard_sets_filters_and_is_remembered(browser: Browser, site_url: str,
                                                                built_site) -> None:
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    page.goto(site_url + "/")
    page.get_by_role("button", name="Help me find a role").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Which field interests you?")).to_be_focused()
    page.keyboard.press("Tab")  # onto "Any field", the checked radio
    page.keyboard.press("ArrowDown")  # AI
    expect(page.get_by_role("radio", name="AI")).to_be_checked()
    page.keyboard.press("Enter")
    expect(page.get_by_text("How much experience do you have?")).to_be_focused()
    page.get_by_role("radio", name="A few years").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Back", exact=True).click()  # an answer stays when the visitor steps back to it
    expect(page.get_by_text("How much experience do you have?")).to_be_focused()
    expect(page.get_by_role("radio", name="A few years")).to_be_checked()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Remote or not").select_option("remote")
    page.get_by_role("button", name="Next").click()
    params = {"category": "ai", "workplace": "remote", "seniority": "junior,mid"}
    pay = page.locator('input[name="finder-pay"]').nth(1)
    pay.check()  # the count follows the pay answer too
    paid = expected(built_site[1].model, {**params, "salary_min": pay.get_attribute("value")})
    expect(page.locator("[data-finder-count]")).to_have_text(f"{roles(len(paid))} match so far.")
    page.get_by_role("radio", name="Show every role").check()
    want = expected(built_site[1].model, params)
    assert len(paid) < len(want)
    expect(page.locator("[data-finder-count]")).to_have_text(f"{roles(len(want))} match so far.")
    # Counting is not choosing: the listing and its address wait for "Show these roles".
    expect(page).to_have_url(site_url + "/")
    expect(page.locator("[data-server-list]")).to_be_visible()
    page.get_by_role("button", name="Show these roles").click()
    expect(page.locator("[data-finder-result]")).to_contain_text(f"Found {roles(len(want))}")
    expect(page.locator("[data-finder-result]")).to_be_focused()
    expect(page).to_have_url(f"{site_url}/?category=ai&workplace=remote&seniority=junior,mid")
    assert results(page) == want
    page.locator("[data-finder-restart]").click()
    expect(page.get_by_text("Which field interests you?")).to_be_focused()
    page.locator("[data-finder-close]").click()
    expect(page.locator("[data-finder]")).to_be_hidden()
    expect(page.get_by_role("button", name="Help me choose with a few questions")).to_be_focused()
    page.reload()
    expect(page.locator("[data-finder]")).to_be_hidden()
    page.get_by_role("button", name="Help me choose with a few questions").click()
    expect(page.get_by_text("Which field interests you?")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("[data-finder]")).to_be_hidden()
    expect(page.get_by_role("button", name="Help me choose with a few questions")).to_be_focused()
    ctx.close()


def test_dismissing_the_finder_is_remembered(browser: Browser, site_url: str) -> None:
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    page.goto(site_url + "/")
    page.get_by_role("button", name="No thanks, hide this").click()
    expect(page.locator("[data-finder]")).to_be_hidden()
    page.reload()
    expect(page.locator("[data-finder]")).to_be_hidden()
    expect(page.get_by_role("button", name="Help me choose with a few questions")).to_be_visible()
    ctx.close()


def test_roles_that_closed_since_the_build_leave_the_filtered_view(browser: Browser, site_url: str,
                                                                  built_site) -> None:
    model = built_site[1].model
    closing = min((p for p in model.open_postings if p.expires), key=lambda p: p.expires)
    ctx = browser.new_context()
    ctx.clock.set_fixed_time(f"{closing.expires + dt.timedelta(days=1)}T12:00:00Z")  # model.closes_at
    page = ctx.new_page()
    open_view(page, site_url, {"category": closing.category.id})
    want = [url for url in expected(model, {"category": closing.category.id}) if url != closing.url]
    expect(page.locator("[data-count]")).to_have_text(roles(len(want)))
    assert closing.url not in results(page)
    # Without full-text search each keystroke narrows from the last one's matches, kept by index row: a role
    # that closed is missing from the postings, not from the rows, and the last row still matches on.
    page.route(re.compile(r".*/data/search\.[^/]*\.json$"), lambda route: route.fulfill(status=404))
    open_view(page, site_url, {})
    page.get_by_label("Search titles, companies, tags, places and descriptions").press_sequentially("robotics")
    typed = [url for url in title_matches(built_site[0], "robotics") if url != closing.url]
    index = json.loads(next((built_site[0] / "data").glob("postings.*.json")).read_text())
    assert f"/jobs/{index['cols']['key'][-1]}/" in typed  # the last row is reached
    expect(page.locator("[data-count]")).to_have_text(roles(len(typed)))
    assert sorted(results(page)) == typed
    ctx.close()
    ctx = browser.new_context()  # a minute before it closes, it is still there
    ctx.clock.set_fixed_time(f"{closing.expires + dt.timedelta(days=1)}T11:59:00Z")
    page = ctx.new_page()
    open_view(page, site_url, {"category": closing.category.id})
    expect(page.locator("[data-count]")).to_have_text(roles(len(want) + 1))
    assert closing.url in results(page)
    ctx.close()


def test_chips_name_each_filter_and_removing_one_keeps_focus_among_them(shared: Page, site_url: str) -> None:
    open_view(shared, site_url, {"salary_min": "100000", "visa": "yes", "tz": "60"})
    zone = shared.evaluate("() => JSON.parse(document.querySelector('input[name=tz]').dataset.labels)")
    slider, out = shared.locator("#f-salary"), shared.locator("[data-salary-out]")
    label = out.get_attribute("data-labels").split("|")[100000 // int(slider.get_attribute("step"))]
    expect(out).to_have_text(label)
    expect(slider).to_have_attribute("aria-valuetext", f"{label} a year")  # what a screen reader says
    names = [f"Pay: {label}", "Sponsors visas", f"Works from {zone['60']}"]
    chips = [shared.get_by_role("button", name=f"{name} (remove this filter)") for name in names]
    for chip in chips:
        expect(chip).to_be_visible()
    expect(shared.locator("[data-panel-open]")).to_have_attribute("aria-label", "Filters, 3 on")
    expect(shared.locator("[data-panel-n]")).to_have_text("3")  # the badge; its words are the button's name
    expect(shared.locator("[data-panel-n]")).to_have_attribute("aria-hidden", "true")
    # Focus moves to the chip that took the removed one's place, else the one before, else the count.
    chips[1].click()
    expect(chips[2]).to_be_focused()
    expect(shared).to_have_url(f"{site_url}/?salary_min=100000&tz=60")
    chips[2].click()
    expect(chips[0]).to_be_focused()
    chips[0].click()
    expect(shared.locator("[data-count]")).to_be_focused()
    expect(slider).to_have_attribute("aria-valuetext", "Any amount")
    expect(shared).to_have_url(f"{site_url}/")
    expect(shared.locator("[data-panel-open]")).not_to_have_attribute("aria-label", re.compile(".*"))
    expect(shared.locator("[data-panel-n]")).to_have_text("")
    # Screen readers hear the count alone once no filter is left.
    expect(shared.locator("[data-announce]")).to_have_text(shared.locator("[data-count]").text_content())


def test_on_a_phone_show_results_closes_the_panel_onto_the_count(shared: Page, site_url: str) -> None:
    """The panel's own button ends on the count, so a screen reader hears how many roles the filters left."""
    shared.set_viewport_size({"width": 390, "height": 844})
    try:
        open_view(shared, site_url, {"workplace": "remote"})
        shared.locator("[data-panel-open]").click()
        show = shared.get_by_role("dialog", name="Filter roles").locator("[data-panel-show]")
        expect(show).to_have_text(f"Show {shared.locator('[data-count]').text_content()}")
        shared.get_by_role("dialog", name="Filter roles").get_by_label(
            "Search titles, companies, tags, places and descriptions").fill("xylophonist")
        expect(show).to_have_text("No roles match: change a filter")
        shared.get_by_role("dialog", name="Filter roles").get_by_label(
            "Search titles, companies, tags, places and descriptions").fill("")
        expect(show).to_have_text(f"Show {shared.locator('[data-count]').text_content()}")
        show.click()
        expect(shared.get_by_role("dialog")).to_have_count(0)
        expect(shared.locator("[data-count]")).to_be_focused()
        # Its Close button and Escape close it too, onto the button that opened it, and nothing stays inert.
        opener = shared.locator("[data-panel-open]")
        for close in ("button", "Escape"):
            opener.click()
            expect(shared.locator("#filters-heading")).to_be_focused()  # the dialog's name is read first
            expect(opener).to_have_attribute("aria-expanded", "true")
            dialog = shared.get_by_role("dialog", name="Filter roles")
            expect(dialog).to_have_attribute("aria-modal", "true")
            if close == "button":
                dialog.get_by_role("button", name="Close").click()
            else:
                shared.keyboard.press("Tab")  # any other key leaves it open
                expect(dialog).to_be_visible()
                shared.keyboard.press("Escape")
            expect(shared.get_by_role("dialog")).to_have_count(0)
            expect(opener).to_be_focused()
            expect(opener).to_have_attribute("aria-expanded", "false")
            assert shared.evaluate("document.querySelectorAll('[inert]').length") == 0
        # Widened with the panel open, it is the sidebar again and nothing stays inert.
        opener.click()
        expect(shared.get_by_role("dialog")).to_have_count(1)
        shared.set_viewport_size({"width": 1280, "height": 720})
        expect(shared.get_by_role("dialog")).to_have_count(0)
        expect(shared.locator("[inert]")).to_have_count(0)
    finally:
        shared.set_viewport_size({"width": 1280, "height": 720})


def test_an_empty_result_says_why_and_offers_to_clear_what_was_set(shared: Page, site_url: str) -> None:
    text, search, filters = (shared.locator(f"[data-{name}]") for name in ("empty-text", "clear-search",
                                                                          "clear-filters"))
    open_view(shared, site_url, {"q": "xylophonist"})
    expect(text).to_have_text("No roles match “xylophonist”.")
    expect(search).to_be_visible()
    expect(filters).to_be_hidden()
    search.click()
    expect(shared).to_have_url(f"{site_url}/")
    expect(shared.locator("[data-server-list]")).to_be_visible()
    expect(shared.get_by_label("Search titles, companies, tags, places and descriptions")).to_be_focused()
    open_view(shared, site_url, {"category": "ai", "tag": "no-such-tag"})
    expect(text).to_have_text("No roles match all of these filters. Remove one to see more.")
    expect(search).to_be_hidden()
    filters.click()
    expect(shared).to_have_url(f"{site_url}/")
    expect(shared.get_by_label("Search titles, companies, tags, places and descriptions")).to_be_focused()


def test_a_choice_only_a_link_names_gets_a_checkbox_like_the_servers(shared: Page, site_url: str) -> None:
    # The added choice is cloned from <template data-option-template>, the server's facet_option macro.
    open_view(shared, site_url, {"tag": "no-such-tag"})
    added = shared.locator('input[name="tag"][value="no-such-tag"]')
    expect(added).to_be_checked()
    label = added.locator("xpath=ancestor::label")
    expect(label).to_have_text("no-such-tag 0")
    server = shared.locator('[data-facet="tag"] .options li').first.evaluate("li => li.outerHTML")
    assert re.sub(r'value="[^"]*"| [^<>]+ <span class="n">\d+', "", server) == re.sub(
        r'value="[^"]*"| [^<>]+ <span class="n">\d+', "",
        label.evaluate("l => l.parentElement.outerHTML"))
    expect(shared.locator("[data-results-empty]")).to_be_visible()


def test_crafted_saved_entries_and_a_malformed_import_link_break_nothing(browser: Browser, site_url: str,
                                                                         built_site) -> None:
    model = built_site[1].model
    first, second = model.open_postings[:2]
    closed = next(p for p in model.postings if not p.is_open)
    crafted = [["acme/x"], {"k": [first.key]}, {"k": {"toString": 1}}, None, 7, {"k": second.key, "t": {"a": 1},
               "c": ["x"]}, {"k": closed.key, "t": 5, "c": 7}, {"k": "Bad/Key"}]
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + "/")
    page.evaluate("list => localStorage.setItem('jobsite.saved', JSON.stringify(list))", crafted)
    page.goto(site_url + f"/saved/#import=%E0%A4%A,{first.key},%,{closed.key}%ZZ,nobody,A/B,{closed.key}")
    expect(page.get_by_text("This link holds 2 roles, 1 of them not in your saved jobs yet.")).to_be_visible()
    page.get_by_role("button", name="Add them to my saved jobs").click()
    expect(page.locator("[data-saved-list] .card-title a")).to_have_text(
        [second.title, closed.slug.replace("-", " ").capitalize(), first.title])
    # The closed role is named from its key, not by the stored number 5 and 7.
    company = closed.key.split("/")[0].replace("-", " ").capitalize()
    expect(page.locator("[data-saved-list] .card-company").nth(1)).to_have_text(company)
    expect(page.locator("[data-saved-count]")).to_have_text("3")
    # Removing the closed role, stored without a title, names it as its card does; Undo puts it back in its place.
    named = closed.slug.replace("-", " ").capitalize()
    page.get_by_role("button", name=f"Remove {named} at {company}").click()
    expect(page.locator("[data-saved-status]")).to_have_text(f"Removed “{named}”. 2 saved roles")
    expect(page.locator("[data-undo]")).to_contain_text(f"removing “{named}”")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("[data-saved-list] .card-title a")).to_have_text([second.title, named, first.title])
    expect(page.get_by_role("link", name=named)).to_be_focused()
    expect(page.locator("[data-saved-status]")).to_have_text("Restored. 3 saved roles, 1 no longer open")
    # No clipboard API: the link is selected for the visitor to copy by hand.
    page.evaluate("Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined})")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("[data-copy-status]")).to_have_text("The link is selected: copy it with your keyboard or menu.")
    link = page.get_by_label("Link to your saved jobs")
    length = len(link.input_value())
    assert link.evaluate("el => [el.selectionStart, el.selectionEnd]") == [0, length] and length > 0
    # Without the index the list still stands, named as stored, and says what it could not check.
    page.route(re.compile(r".*/data/postings\.[^/]*\.json$"), lambda route: route.fulfill(status=503))
    page.reload()
    expect(page.locator("[data-saved-status]")).to_have_text("3 saved roles (Could not check which are still open.)")
    expect(page.locator("[data-saved-list] .card-title a")).to_have_text(
        [second.title, closed.slug.replace("-", " ").capitalize(), first.title])
    assert errors == []
    ctx.close()


# --- what the browser reads from the index instead of working out -----------------------------------------------

def with_index_changed(ctx: BrowserContext, change) -> BrowserContext:
    """Serve the postings index as `change(index)` leaves it: the browser must follow what the index says."""
    def handle(route) -> None:
        index = route.fetch().json()
        change(index)
        route.fulfill(json=index)
    ctx.route(re.compile(r"/data/postings\.[0-9a-f]+\.json$"), handle)
    return ctx


def test_a_role_leaves_at_the_closing_instant_the_index_gives(browser: Browser, site_url: str, built_site) -> None:
    model = built_site[1].model
    row, p = next((i, p) for i, p in enumerate(model.open_postings) if not p.expires)
    # An instant no day arithmetic gives: an hour and a quarter after the build's clock.
    instant = CLOCK + dt.timedelta(hours=1, minutes=15)
    for now, listed in ((instant - dt.timedelta(seconds=1), True), (instant, False)):
        ctx = with_index_changed(browser.new_context(),
                                 lambda ix: ix["cols"]["closes"].update({str(row): int(instant.timestamp() * 1000)}))
        ctx.clock.set_fixed_time(now)
        page = ctx.new_page()
        open_view(page, site_url, {"company": p.company.slug})
        want = len(model.open_by_company[p.company.slug]) - (not listed)
        expect(page.locator("[data-count]")).to_have_text(roles(want))
        assert (p.url in results(page)) is listed
        ctx.close()


def test_the_country_filter_reads_where_a_role_is_open_from_the_index(browser: Browser, site_url: str,
                                                                      built_site) -> None:
    model = built_site[1].model
    row, p = next((i, p) for i, p in enumerate(model.open_postings) if p.countries == frozenset({"DE"}))
    assert not any("JP" in (q.countries or ()) for q in model.open_by_company[p.company.slug])

    def open_to_japan_only(ix: dict) -> None:
        ix["reaches"].append(["JP"])
        ix["cols"]["reach"][row] = len(ix["reaches"]) - 1

    ctx = at_build_time(with_index_changed(browser.new_context(), open_to_japan_only))
    page = ctx.new_page()
    open_view(page, site_url, {"company": p.company.slug, "country": "JP"})
    assert results(page) == [p.url]
    open_view(page, site_url, {"company": p.company.slug, "country": "DE"})
    assert p.url not in results(page)
    ctx.close()


def test_a_role_open_anywhere_stays_whatever_country_is_chosen(browser: Browser, site_url: str,
                                                                built_site) -> None:
    model = built_site[1].model
    row, p = next((i, p) for i, p in enumerate(model.open_postings) if p.countries == frozenset({"DE"}))

    def open_anywhere(ix: dict) -> None:
        # More reach groups than countries, as on a board with many places: the counts are kept per group.
        ix["reaches"].extend([["JP", "DE"]] * len(ix["countries"]))
        ix["reaches"].append(None)
        ix["cols"]["reach"][row] = len(ix["reaches"]) - 1

    ctx = at_build_time(with_index_changed(browser.new_context(), open_anywhere))
    page = ctx.new_page()
    open_view(page, site_url, {"company": p.company.slug, "country": "JP"})
    assert results(page) == [p.url]
    # Each country's count holds the roles open anywhere too (the company's other roles reach no Japan).
    expect(page.locator('label:has(input[name="country"][value="JP"]) .n')).to_have_text("1")
    ctx.close()


def test_subscribe_offers_the_feed_address_the_index_gives(browser: Browser, site_url: str) -> None:
    """The index names each feed's address; of two feeds with as many roles, the one with more filters is offered
    (every Thistlegrid role is an AI role: a feed of both, listed last, ties with the company's)."""
    def moved(ix: dict) -> None:
        for feed in ix["feeds"]:
            if feed[0] == {"company": "thistlegrid"}:
                feed[1] = "/somewhere/else.xml"
        ix["feeds"].append([{"category": "ai", "company": "thistlegrid"}, "/ai/thistlegrid.xml"])

    ctx = at_build_time(with_index_changed(browser.new_context(), moved))
    page = ctx.new_page()
    link = page.get_by_role("link", name="Subscribe to this search (RSS)")
    open_view(page, site_url, {"company": "thistlegrid"})
    expect(link).to_have_attribute("href", "/somewhere/else.xml")
    open_view(page, site_url, {"category": "ai", "company": "thistlegrid"})
    expect(link).to_have_attribute("href", "/ai/thistlegrid.xml")
    expect(page.locator("[data-subscribe-note]")).to_have_text("")
    ctx.close()


def test_the_filter_scripts_edges_in_one_page(browser: Browser, context: BrowserContext, site_url: str,
                                              built_site) -> None:
    """jobs-filter.js's decisions, one page load each: a chip takes away only its own value (a list keeps its
    others; pay, time zone and search go back to none); a card drawn before, shown again after its role was saved
    or unsaved behind its back, says what the store says; idle warming of the search text throws nothing; an
    index that cannot be fetched says the filters are off and keeps the server's list."""
    _, result = built_site
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    start = {"q": "engineer", "category": "ai,web3,robotics", "country": "US,JP", "seniority": "senior,staff",
             "salary_min": "50000", "tz": "60"}
    open_view(page, site_url, start)
    steps = [("tz", "", {k: v for k, v in start.items() if k != "tz"}),
             ("category", "web3", {"q": "engineer", "category": "ai,robotics", "country": "US,JP",
                                   "seniority": "senior,staff", "salary_min": "50000"}),
             ("country", "JP", {"q": "engineer", "category": "ai,robotics", "country": "US",
                                "seniority": "senior,staff", "salary_min": "50000"}),
             ("seniority", "senior", {"q": "engineer", "category": "ai,robotics", "country": "US", "seniority": "staff",
                                      "salary_min": "50000"}),
             ("q", "", {"category": "ai,robotics", "country": "US", "seniority": "staff", "salary_min": "50000"}),
             ("salary_min", "", {"category": "ai,robotics", "country": "US", "seniority": "staff"})]
    for name, value, params in steps:
        page.locator(f'[data-chip="{name}"][data-chip-value="{value}"]').click()
        expect(page).to_have_url(f"{site_url}/?{urlencode(params, safe=',')}")
        assert shown(page, params) == expected(result.model, params), (name, value)
    # A drawn card leaves the list, its role is saved behind the page's back, and the card comes back.
    open_view(page, site_url, {"category": "ai"})
    first = page.locator("[data-results-list] .card").first
    key = first.locator("[data-save]").get_attribute("data-save")
    card = page.locator(f'[data-results-list] [data-save="{key}"]')
    for stored, word in ((json.dumps([{"k": key, "t": "T", "c": "C"}]), "Saved"), ("[]", "Save")):
        page.uncheck('input[name="category"][value="ai"]')
        page.check('input[name="category"][value="web3"]')
        expect(card).to_have_count(0)
        page.evaluate("value => localStorage.setItem('jobsite.saved', value)", stored)
        page.uncheck('input[name="category"][value="web3"]')
        page.check('input[name="category"][value="ai"]')
        expect(card).to_have_attribute("aria-pressed", "true" if word == "Saved" else "false")
        expect(card.locator(".save-word")).to_have_text(word)
    assert errors == []
    # On the real clock (the fixed one holds idle callbacks back), warming every role's search text in idle
    # moments stops at the last role.
    plain = browser.new_page()
    plain.on("pageerror", lambda exc: errors.append(str(exc)))
    plain.goto(f"{site_url}/?category=ai")
    plain.wait_for_selector("[data-browse][data-ready]", state="attached")
    plain.evaluate("() => new Promise(done => requestIdleCallback(() => requestIdleCallback(done)))")
    plain.close()
    assert errors == []
    # The index cannot be fetched: the count says so and the server's list stays.
    index = re.search(r'data-index="([^"]+)"', (built_site[0] / "index.html").read_text()).group(1)
    page.route(f"**{index}", lambda route: route.fulfill(status=404))
    page.goto(f"{site_url}/?category=ai")
    expect(page.locator("[data-count]")).to_have_text("Filters are unavailable right now; here are all open roles.")
    expect(page.locator("[data-server-list]")).to_be_visible()
    page.close()


# --- the whole visible state, read after each step of a session ------------------------------------------------
# Every script line runs in the tests above, yet a slip can survive where a test reads only part of the result.
# `view` reads everything a visitor (or a screen reader, or Back) could notice, as a few lines of text compared
# with a literal: the address and history, every control, the count and what is announced, the cards in order
# (numbered by their place in the server's list, * when saved), the chips, the feed, the empty state, the saved
# list, and where focus is. A line is left out while it says nothing ("empty: hidden").
VIEW = """() => {
    const $ = s => document.querySelector(s), hidden = el => el.closest('[hidden]') !== null;
    const text = s => $(s).textContent.trim().replace(/\\s+/g, ' ');
    const f = document.getElementById('filters'), tz = f.querySelector('input[name=tz]');
    const q = f.elements.q.value.trim();
    if (!document.querySelector('[data-browse][data-ready]') && !hidden($('[data-results]'))) return null;
    if (q && window.Jobsite.search && !Jobsite.search.answered(q) && $('[data-browse][data-ready]')) return null;
    const server = [...document.querySelectorAll('[data-server-list] [data-save]')].map(b => b.dataset.save);
    const card = b => (server.indexOf(b.dataset.save) + 1 || b.dataset.save) +
        (b.getAttribute('aria-pressed') === 'true' ? '*' : '');
    const slider = f.elements.salary_min, sort = $('#f-sort');
    const ticked = [...f.querySelectorAll('input[type=checkbox]:checked')].filter(i => i !== tz).map(i => {
        const n = i.closest('label').querySelector('.n');
        return i.name + '=' + i.value + (n ? '(' + n.textContent + ')' : '');
    });
    const active = document.activeElement;
    const focus = !active || active === document.body ? 'body' : active.id ? '#' + active.id
        : active.dataset.chip !== undefined ? 'chip ' + active.textContent.replace(/ ×.*/, '')
        : active.tagName === 'INPUT' ? 'input ' + active.name + '=' + active.value
        : active.tagName.toLowerCase() + ' "' + active.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
    const lines = [
        'url: ' + location.pathname + location.search + location.hash + '  history: ' + history.length +
            '  focus: ' + focus,
        'search: "' + f.elements.q.value + '"  sort: ' + sort.value +
            ($('#f-sort option[value=relevance]').disabled ? '' : ' (relevance offered)'),
        'salary: ' + slider.value + ' "' + text('[data-salary-out]') + '"/"' + slider.getAttribute('aria-valuetext') +
            '"  tz: ' + (tz.checked ? 'on ' : 'off ') + tz.value + ' "' + tz.nextElementSibling.textContent + '" (' +
            tz.closest('label').querySelector('.n').textContent + ')',
        'ticked: ' + (ticked.join(' ') || '-'),
        'open: ' + ([...f.querySelectorAll('details[data-facet][open]')].map(d => d.dataset.facet).join(' ') || '-'),
        'count: ' + text('[data-count]') + ' | show: ' + text('[data-panel-show]') + ' | announce: ' +
            (text('[data-announce]') || '-'),
        hidden($('[data-results]')) ? 'list: server (' + server.length + ')' : 'list: ' +
            ([...document.querySelectorAll('[data-results-list] [data-save]')].map(card).join(' ') || '-') +
            (hidden($('[data-more]')) ? '' : ' [more]'),
        hidden($('[data-results-empty]')) ? '' : 'empty: ' + text('[data-empty-text]') +
            (hidden($('[data-clear-search]')) ? '' : ' [clear search]') +
            (hidden($('[data-clear-filters]')) ? '' : ' [clear filters]'),
        'chips: ' + ([...document.querySelectorAll('[data-chips] .chip')].map(c => c.textContent.replace(/ ×.*/, ''))
            .join('; ') || '-') + '  panel: ' + ($('[data-panel-open]').getAttribute('aria-label') || '-') + '/' +
            ($('[data-panel-n]').textContent || '-') + (hidden($('[data-clear]')) ? '' : '  [clear all]'),
        hidden($('[data-subscribe]')) ? '' : ('feed: ' + $('[data-subscribe]').getAttribute('href') + ' ' +
            text('[data-subscribe-note]')).trim(),
        hidden($('[data-new-since]')) ? '' : 'new: ' + text('[data-new-since]'),
        'saved: ' + ((JSON.parse(localStorage.getItem('jobsite.saved') || '[]')).map(i => i.k).join(' ') || '-') +
            ' (' + (text('[data-saved-count]') || '-') + ')',
        [...f.querySelectorAll('[data-pick]')].map(i => 'pick: "' + i.value + '" ' +
            i.parentNode.querySelector('[data-pick-hint]').textContent).join('\\n'),
    ];
    return lines.filter(Boolean).join('\\n');
}"""


def view(page: Page) -> str:
    """The whole visible state of the listing (VIEW), once the index and the search words' answer are in."""
    for _ in range(200):
        got = page.evaluate(VIEW)
        if got is not None:
            return got
        page.wait_for_timeout(25)
    raise AssertionError("the listing never settled")


SESSION = """\
## typed 'robot': the results follow each key, the URL waits
url: /?salary_min=120000  history: 27  focus: #f-q
search: "robot"  sort: relevance (relevance offered)
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: -
open: -
count: 4 roles | show: Show 4 roles | announce: -
list: 4 13 17 27
chips: Search: “robot”; Pay: $120,000+  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: search words, pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the hand pauses
url: /?q=robot&salary_min=120000  history: 28  focus: #f-q
search: "robot"  sort: relevance (relevance offered)
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: -
open: -
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 4 13 17 27
chips: Search: “robot”; Pay: $120,000+  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: search words, pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## Back
url: /?salary_min=120000  history: 28  focus: #f-q
search: ""  sort: newest
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: -
count: 13 roles | show: Show 13 roles | announce: 13 roles match your filters
list: 3 4 6 10 12 13 16 17 18 25 27 31 33
chips: Pay: $120,000+  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## Forward
url: /?q=robot&salary_min=120000  history: 28  focus: #f-q
search: "robot"  sort: relevance (relevance offered)
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: -
open: -
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 4 13 17 27
chips: Search: “robot”; Pay: $120,000+  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: search words, pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 's' typed, Back before the pause, 'xy' typed
url: /?q=xy&salary_min=120000  history: 28  focus: #f-q
search: "xy"  sort: relevance (relevance offered)
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: -
open: -
count: 0 roles | show: No roles match: change a filter | announce: 0 roles match your filters
list: -
empty: No roles match “xy” with these filters. [clear search] [clear filters]
chips: Search: “xy”; Pay: $120,000+  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: search words, pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the box emptied
url: /?salary_min=120000  history: 29  focus: #f-q
search: ""  sort: newest
salary: 120000 "$120,000+"/"$120,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: -
count: 13 roles | show: Show 13 roles | announce: 13 roles match your filters
list: 3 4 6 10 12 13 16 17 18 25 27 31 33
chips: Pay: $120,000+  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the slider dragged two steps down
url: /?salary_min=120000  history: 29  focus: #f-salary
search: ""  sort: newest
salary: 100000 "$100,000+"/"$100,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: salary
count: 18 roles | show: Show 18 roles | announce: 13 roles match your filters
list: 3 4 6 10 12 13 16 17 18 21 22 25 26 27 29 31 33 34
chips: Pay: $100,000+  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the hand pauses
url: /?salary_min=100000  history: 30  focus: #f-salary
search: ""  sort: newest
salary: 100000 "$100,000+"/"$100,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: salary
count: 18 roles | show: Show 18 roles | announce: 18 roles match your filters
list: 3 4 6 10 12 13 16 17 18 21 22 25 26 27 29 31 33 34
chips: Pay: $100,000+  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: pay)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Sponsors visas' ticked: at once, in an entry of its own
url: /?salary_min=100000&visa=yes  history: 31  focus: input visa=yes
search: ""  sort: newest
salary: 100000 "$100,000+"/"$100,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: visa=yes(3)
open: offers salary
count: 3 roles | show: Show 3 roles | announce: 18 roles match your filters
list: 13 17 26
chips: Pay: $100,000+; Sponsors visas  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: pay, visa sponsorship)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Helps with relocation' ticked
url: /?salary_min=100000&visa=yes&relocation=yes  history: 32  focus: input relocation=yes
search: ""  sort: newest
salary: 100000 "$100,000+"/"$100,000+ a year"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: visa=yes(1) relocation=yes(1)
open: offers salary
count: 1 role | show: Show 1 role | announce: 1 role matches your filters
list: 13
chips: Pay: $100,000+; Sponsors visas; Helps with relocation  panel: Filters, 3 on/3  [clear all]
feed: /feed.xml (the feed leaves out: pay, visa sponsorship, relocation help)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the pay chip removed
url: /?visa=yes&relocation=yes  history: 33  focus: chip Sponsors visas
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: visa=yes(2) relocation=yes(2)
open: offers salary
count: 2 roles | show: Show 2 roles | announce: 2 roles match your filters
list: 8 13
chips: Sponsors visas; Helps with relocation  panel: Filters, 2 on/2  [clear all]
feed: /feed.xml (the feed leaves out: visa sponsorship, relocation help)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Atlantis' typed in the country box
url: /?category=ai  history: 34  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(11)
open: category country offers salary
count: 11 roles | show: Show 11 roles | announce: 11 roles match your filters
list: 3 5 7 12 14 18 20 23 25 28 31
chips: AI  panel: Filters, 1 on/1  [clear all]
feed: /categories/ai/feed.xml
saved: - (-)
pick: "Atlantis" No country of that name has roles here. Pick one from the list.

## 'germany' typed
url: /?category=ai  history: 34  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(11)
open: category country offers salary
count: 11 roles | show: Show 11 roles | announce: 11 roles match your filters
list: 3 5 7 12 14 18 20 23 25 28 31
chips: AI  panel: Filters, 1 on/1  [clear all]
feed: /categories/ai/feed.xml
saved: - (-)
pick: "germany " No country of that name has roles here. Pick one from the list.

## … and the box left
url: /?category=ai&country=DE  history: 35  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany  panel: Filters, 2 on/2  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Japan' picked from the list
url: /?category=ai&country=DE,JP  history: 36  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4) country=JP(0)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany; Japan  panel: Filters, 3 on/3  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Austria' picked: a choice the server did not list
url: /?category=ai&country=DE,JP,AT  history: 37  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4) country=JP(0) country=AT(2)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany; Japan; Austria  panel: Filters, 4 on/4  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'Spain' picked where the input names no type
url: /?category=ai&country=DE,ES,JP,AT  history: 38  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4) country=ES(2) country=JP(0) country=AT(2)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany; Spain; Japan; Austria  panel: Filters, 5 on/5  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the empty box left
url: /?category=ai&country=DE,ES,JP,AT  history: 38  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4) country=ES(2) country=JP(0) country=AT(2)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany; Spain; Japan; Austria  panel: Filters, 5 on/5  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## 'TÜRKIYE' typed and the box left
url: /?category=ai&country=DE,ES,JP,AT,TR  history: 39  focus: #f-country-pick
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(4) country=DE(4) country=ES(2) country=JP(0) country=AT(2) country=TR(0)
open: category country offers salary
count: 4 roles | show: Show 4 roles | announce: 4 roles match your filters
list: 7 14 20 28
chips: AI; Germany; Spain; Japan; Austria; Türkiye  panel: Filters, 6 on/6  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## AI unticked
url: /?country=DE,ES,JP,AT,TR  history: 40  focus: input category=ai
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: country=DE(7) country=ES(7) country=JP(5) country=AT(4) country=TR(2)
open: category country offers salary
count: 13 roles | show: Show 13 roles | announce: 13 roles match your filters
list: 6 7 8 10 14 15 16 19 20 24 28 29 34
chips: Germany; Spain; Japan; Austria; Türkiye  panel: Filters, 5 on/5  [clear all]
feed: /feed.xml (the feed leaves out: country)
saved: - (-)
pick: "" Or tick one of these, the countries with the most roles.

## the first card saved
url: /?country=DE,ES,JP,AT,TR  history: 40  focus: button "SavedSave Smart Contract Security Audito"
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: country=DE(7) country=ES(7) country=JP(5) country=AT(4) country=TR(2)
open: category country offers salary
count: 13 roles | show: Show 13 roles | announce: 13 roles match your filters
list: 6* 7 8 10 14 15 16 19 20 24 28 29 34
chips: Germany; Spain; Japan; Austria; Türkiye  panel: Filters, 5 on/5  [clear all]
feed: /feed.xml (the feed leaves out: country)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## a link to roles workable from UTC+0
url: /?tz=0  history: 41  focus: button "SavedSave Smart Contract Security Audito"
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: on 0 "Works from UTC+0" (3)
ticked: -
open: category country offers salary
count: 3 roles | show: Show 3 roles | announce: 3 roles match your filters
list: 6* 10 31
chips: Works from UTC+0  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: time zone)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## a link to a company's roles with the employer's pay range, best paid first
url: /?company=thistlegrid&pay=employer&sort=salary  history: 42  focus: body
search: ""  sort: salary
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: pay=employer
open: category country offers salary
count: 3 roles | show: Show 3 roles | announce: 3 roles match your filters
list: 18 31 3
chips: Company: Thistlegrid; Employer ranges only  panel: Filters, 2 on/2  [clear all]
feed: /companies/thistlegrid/feed.xml (the feed leaves out: pay)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## a link to words and filters that find nothing
url: /?q=engineer&category=ai&tag=no-such-tag  history: 43  focus: body
search: "engineer"  sort: relevance (relevance offered)
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(0) tag=no-such-tag(0)
open: category country tag offers salary
count: 0 roles | show: No roles match: change a filter | announce: 0 roles match your filters
list: -
empty: No roles match “engineer” with these filters. [clear search] [clear filters]
chips: Search: “engineer”; AI; no-such-tag  panel: Filters, 3 on/3  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: search words, tags)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## 'Clear the filters'
url: /?q=engineer  history: 44  focus: #f-q
search: "engineer"  sort: relevance (relevance offered)
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: category country tag offers salary
count: 32 roles | show: Show 32 roles | announce: 32 roles match your filters
list: 1 2 3 4 5 8 10 11 12 13 16 17 18 20 24 25 26 27 29 32 33 6* 7 15 19 21 22 23 28 30 31 34
chips: Search: “engineer”  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: search words)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## the search chip removed
url: /  history: 45  focus: p "34 roles"
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: category country tag offers salary
count: 34 roles | show: Show 34 roles | announce: 34 roles
list: server (34)
chips: -  panel: -/-
feed: /feed.xml
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## a first visit: 'rob' typed while the index loads
url: /  history: 45  focus: #f-q
search: "rob"  sort: relevance (relevance offered)
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" ()
ticked: -
open: category workplace seniority type offers salary
count: 34 roles | show: Show 34 roles | announce: -
list: server (34)
chips: -  panel: -/-
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## the index is here, 'ot' typed on, the hand pauses
url: /?q=robot  history: 46  focus: #f-q
search: "robot"  sort: relevance (relevance offered)
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (1)
ticked: -
open: category workplace seniority type offers salary
count: 13 roles | show: Show 13 roles | announce: 13 roles match your filters
list: 15 19 30 32 34 4 8 11 13 17 24 27 29
chips: Search: “robot”  panel: Filters, 1 on/1  [clear all]
feed: /feed.xml (the feed leaves out: search words)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## Back
url: /  history: 46  focus: #f-q
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (2)
ticked: -
open: category workplace seniority type offers salary
count: 34 roles | show: Show 34 roles | announce: 34 roles
list: server (34)
chips: -  panel: -/-
feed: /feed.xml
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles.

## a first visit: AI ticked and Austria picked while the index loads
url: /?category=ai&country=AT  history: 48  focus: input category=ai
search: ""  sort: newest
salary: 0 "Any"/"Any amount"  tz: off -300 "Works from my time zone (UTC−5)" (0)
ticked: category=ai(2) country=AT(2)
open: category workplace country seniority type offers salary
count: 2 roles | show: Show 2 roles | announce: -
list: 14 20
chips: AI; Austria  panel: Filters, 2 on/2  [clear all]
feed: /categories/ai/feed.xml (the feed leaves out: country)
saved: saltmarsh-protocol/smart-contract-security-auditor (1)
pick: "" Or tick one of these, the countries with the most roles."""


# --- every linked state through the controls and back, in one page ---------------------------------------------
# jobs-filter.js on Back/Forward (popstate): parse → sanitize → the controls (writeForm) → render; then any change
# reads the controls (readForm) and writes the URL (serialize). Each row: the link, what the controls then show
# (the search box, the slider, the sort menu and whether "Relevance" is offered, the time-zone box ticked, its
# value and words, every other ticked box, the facets opened), and the URL once the controls are read back.
# The visitor is in New York (UTC−5 in December): the time-zone box names the link's offset, else theirs.
HERE = "Works from my time zone (UTC−5)"
ROUND_TRIPS = [
    ("", ("", "0", "newest", False, False, "-300", HERE, [], []), ""),
    ("?q=rust", ("rust", "0", "relevance", True, False, "-300", HERE, [], []), "?q=rust"),
    ("?q=rust&sort=newest", ("rust", "0", "newest", True, False, "-300", HERE, [], []), "?q=rust&sort=newest"),
    ("?sort=relevance", ("", "0", "newest", False, False, "-300", HERE, [], []), ""),
    ("?sort=salary&q=data++science", ("data  science", "0", "salary", True, False, "-300", HERE, [], []),
     "?q=data++science&sort=salary"),
    ("?q=c%2B%2B%20dev", ("c++ dev", "0", "relevance", True, False, "-300", HERE, [], []), "?q=c%2B%2B+dev"),
    ("?categor%79=ai&%71=rust", ("rust", "0", "relevance", True, False, "-300", HERE, ["category=ai"], ["category"]),
     "?q=rust&category=ai"),  # a name may be encoded too
    ("?tz=0", ("", "0", "newest", False, True, "0", "Works from UTC+0", [], []), "?tz=0"),
    ("?tz=-300", ("", "0", "newest", False, True, "-300", HERE, [], []), "?tz=-300"),
    ("?tz=60", ("", "0", "newest", False, True, "60", "Works from UTC+1", [], []), "?tz=60"),
    ("?tz=abc&tz=", ("", "0", "newest", False, False, "-300", HERE, [], []), ""),
    ("?salary_min=120000&pay=employer&visa=yes&relocation=yes",
     ("", "120000", "newest", False, False, "-300", HERE, ["pay=employer", "relocation=yes", "visa=yes"], []),
     "?salary_min=120000&pay=employer&visa=yes&relocation=yes"),
    ("?category=nope,ai&workplace=remote,remote&seniority=senior&type=internship&stage=seed",
     ("", "0", "newest", False, False, "-300", HERE,
      ["category=ai", "seniority=senior", "stage=seed", "type=internship", "workplace=remote"],
      ["category", "seniority", "stage", "type", "workplace"]),
     "?category=ai&workplace=remote&seniority=senior&type=internship&stage=seed"),
    ("?country=de,ZZ&country=es", ("", "0", "newest", False, False, "-300", HERE, ["country=DE", "country=ES"],
                                   ["country"]), "?country=DE,ES"),
    ("?company=thistlegrid&company=nobody&new=yes", ("", "0", "newest", False, False, "-300", HERE, [], []),
     "?new=yes&company=thistlegrid"),
    ("?salary_min=123457", ("", "120000", "newest", False, False, "-300", HERE, [], []), "?salary_min=120000"),
]


def test_every_linked_state_reads_into_the_controls_and_back(browser: Browser, site_url: str, built_site) -> None:
    ctx = browser.new_context(timezone_id="America/New_York")
    ctx.clock.install(time=CLOCK - dt.timedelta(seconds=1))
    ctx.clock.pause_at(CLOCK)  # the build's clock, standing still until `seen` moves it
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    open_view(page, site_url, {"category": "ai"})
    got = page.evaluate("""rows => rows.map(link => {
        document.querySelectorAll('details[data-facet]').forEach(d => { d.open = false; });
        history.pushState(null, '', location.pathname + link);
        dispatchEvent(new PopStateEvent('popstate'));
        const f = document.getElementById('filters'), tz = f.querySelector('input[name=tz]');
        const shown = [f.elements.q.value, f.elements.salary_min.value, document.getElementById('f-sort').value,
            !document.querySelector('#f-sort option[value=relevance]').disabled, tz.checked, tz.value,
            tz.nextElementSibling.textContent,
            [...f.querySelectorAll('input[type=checkbox]:checked')].filter(i => i !== tz)
                .map(i => i.name + '=' + i.value).sort(),
            [...f.querySelectorAll('details[data-facet][open]')].map(d => d.dataset.facet).sort()];
        const before = history.length;
        f.querySelector('input[name=pay]').dispatchEvent(new Event('input', {bubbles: true}));  // read back
        return [link, shown, location.search, history.length - before];
    })""", [link for link, _, _ in ROUND_TRIPS])
    # Reading back a link written as serialize writes it changes nothing, so it adds no history entry.
    assert got == [[link, list(shown), back, int(back != link)] for link, shown, back in ROUND_TRIPS]
    # From here every step is read whole (`view`), on a clock that moves only when the test says: the URL
    # follows typing and slider drags once the hand pauses (400 ms), screen readers hear the count 500 ms later.
    box = page.get_by_label("Search titles, companies, tags, places and descriptions")
    slider = page.locator("#f-salary")
    steps: list[str] = []

    def follow(link: str) -> None:  # a link taken within the page, as Back and Forward take one: no page load
        page.evaluate("l => { history.pushState(null, '', l); dispatchEvent(new PopStateEvent('popstate')); }", link)

    def seen(what: str, pause: bool = True) -> None:
        if pause:
            view(page)  # the index and the search's answer first: their timers start when they arrive
            page.clock.run_for(1000)
        steps.append(f"## {what}\n{view(page)}")

    # Key by key, as a visitor types: one word, one history entry. Keys 300 ms apart: neither the URL (400 ms)
    # nor what screen readers hear (500 ms) follows a key the next one comes within that time of.
    box.press_sequentially("rob")
    view(page)  # the search has answered and drawn 'rob': what screen readers hear is due 500 ms on
    page.clock.run_for(300)
    box.press_sequentially("ot")
    view(page)
    page.clock.run_for(300)
    seen("typed 'robot': the results follow each key, the URL waits", pause=False)  # "Relevance" offered at once
    seen("the hand pauses")
    page.go_back()
    seen("Back")
    page.go_forward()
    seen("Forward")
    # Back while the URL waits for the pause drops what it waited for: words typed after it wait afresh.
    box.press_sequentially("s")
    page.clock.run_for(300)
    page.go_back()
    box.press_sequentially("x")
    page.clock.run_for(200)
    box.press_sequentially("y")
    seen("'s' typed, Back before the pause, 'xy' typed")
    box.fill("")
    seen("the box emptied")
    slider.evaluate("i => { i.closest('details').open = true; }")
    for _ in range(2):
        slider.press("ArrowLeft")  # a drag, step by step: one history entry once it stops
    seen("the slider dragged two steps down", pause=False)
    seen("the hand pauses")
    page.locator('input[name="visa"]').evaluate("i => { i.closest('details').open = true; }")
    page.locator('label:has(input[name="visa"])').click()
    seen("'Sponsors visas' ticked: at once, in an entry of its own", pause=False)
    page.locator('label:has(input[name="relocation"])').click()
    seen("'Helps with relocation' ticked")
    page.locator('[data-chip="salary_min"]').click()
    seen("the pay chip removed")
    # A country named in the type-ahead box is ticked and filters; a name that matches none changes nothing.
    follow("?category=ai")
    page.locator('details[data-facet="country"]').evaluate("d => { d.open = true; }")
    pick = page.locator("[data-pick]")
    pick.fill("Atlantis")
    pick.dispatch_event("change")
    seen("'Atlantis' typed in the country box")
    pick.fill("germany ")  # typed text waits for Enter or leaving the box ("Niger" must not win over "Nigeria")
    seen("'germany' typed")
    pick.dispatch_event("change")
    seen("… and the box left")
    # A choice from the list arrives as one input event and is taken at once.
    pick.evaluate("el => { el.value = 'Japan'; el.dispatchEvent(new InputEvent('input', "
                  "{bubbles: true, inputType: 'insertReplacementText'})); }")
    seen("'Japan' picked from the list")
    # A country the server listed no choice for gets one, ticked and counted like the others.
    pick.evaluate("el => { el.value = 'Austria'; el.dispatchEvent(new InputEvent('input', "
                  "{bubbles: true, inputType: 'insertReplacementText'})); }")
    seen("'Austria' picked: a choice the server did not list")
    expect(page.locator('label:has(input[name="country"][value="AT"])')).to_contain_text("Austria")
    # A browser that names no input type for a choice from the list: taken all the same. The box left empty
    # says nothing.
    pick.evaluate("el => { el.value = 'Spain'; el.dispatchEvent(new Event('input', {bubbles: true})); }")
    seen("'Spain' picked where the input names no type")
    pick.dispatch_event("change")
    seen("the empty box left")
    pick.fill("TÜRKIYE")  # capitals and an accent the list's "Türkiye" does not share in case
    pick.dispatch_event("change")
    seen("'TÜRKIYE' typed and the box left")
    page.locator('input[name="category"][value="ai"]').uncheck()  # the added choice's count follows the others
    seen("AI unticked")
    page.locator("[data-results-list] [data-save]").first.click()
    seen("the first card saved")
    # UTC+0 is an offset like any other (not "none"), and a company and an order are filters of a link alone.
    follow("?tz=0")
    seen("a link to roles workable from UTC+0")
    follow("?company=thistlegrid&pay=employer&sort=salary")
    seen("a link to a company's roles with the employer's pay range, best paid first")
    # An empty result offers to drop the search or the filters; dropping the filters keeps the words.
    follow("?q=engineer&category=ai&tag=no-such-tag")
    seen("a link to words and filters that find nothing")
    page.get_by_role("button", name="Clear the filters").click()
    seen("'Clear the filters'")
    page.get_by_role("button", name="Search: “engineer” (remove this filter)").click()
    seen("the search chip removed")
    # A first visit: the index is fetched when the visitor reaches for the search box. The words typed while it
    # loads and those typed once it is here are one change: one history entry, and Back leaves the words.
    held: list = []
    index = re.compile(r"/data/postings\.[0-9a-f]+\.json$")
    page.route(index, lambda route: held.append(route))
    page.goto(site_url + "/")
    page.wait_for_timeout(100)
    assert not held  # nothing filtered and nothing new: the index waits for the visitor to reach for a filter
    box.press_sequentially("rob")
    while not held:
        page.wait_for_timeout(10)
    seen("a first visit: 'rob' typed while the index loads", pause=False)
    held[0].fallback()
    page.wait_for_selector("[data-browse][data-ready]", state="attached")
    box.press_sequentially("ot")
    seen("the index is here, 'ot' typed on, the hand pauses")
    page.go_back()
    seen("Back")
    # A filtered link says it is loading until the index is here.
    held.clear()
    page.goto(site_url + "/?tag=rust")
    expect(page.locator("[data-count]")).to_have_text("Loading roles…")
    while not held:
        page.wait_for_timeout(10)
    held[0].fallback()
    # A box ticked, and a country picked, while the index loads are taken at once when it arrives, as they would
    # be after.
    held.clear()
    page.goto(site_url + "/")
    page.locator('label:has(input[name="category"][value="ai"])').click()
    pick.evaluate("el => { el.value = 'Austria'; el.dispatchEvent(new InputEvent('input', "
                  "{bubbles: true, inputType: 'insertReplacementText'})); }")
    while not held:
        page.wait_for_timeout(10)
    held[0].fallback()
    page.wait_for_selector("[data-browse][data-ready]", state="attached")
    seen("a first visit: AI ticked and Austria picked while the index loads", pause=False)
    page.unroute(index)
    assert "\n\n".join(steps) == SESSION
    model = built_site[1].model
    n = sum(passes(model, p, {"category": "ai", "country": "AT"}) for p in model.open_postings)
    after = {step.split("\n", 1)[0]: step for step in steps}
    assert n > 0 and f"country=AT({n})" in after["## 'Austria' picked: a choice the server did not list"]
    n = sum(passes(model, p, {"country": "AT"}) for p in model.open_postings)
    assert f"country=AT({n})" in after["## AI unticked"]
    # A posting page states the hours its time-zone window shares with this visitor's offset (the build's line).
    posting = next(path for path in sorted(built_site[0].glob("jobs/*/*/index.html"))
                   if "data-tz-overlap" in path.read_text())
    page.goto(f"{site_url}/{posting.parent.relative_to(built_site[0]).as_posix()}/")
    overlap = page.locator("[data-tz-overlap]").first
    expect(overlap).to_have_text(json.loads(overlap.get_attribute("data-tz-overlap"))["-300"])
    expect(overlap).to_be_visible()
    assert errors == []
    ctx.close()


# Search words against the rule in the docs (`finds` above), every query in one page: two letters find only
# that whole word, three a prefix; several words must all match, in any order; case and accents fold.
QUERIES = ["ro", "en", "go", "rob", "eng", "robotics engineer", "engineer robotics", "Engineer RUST", "senior go",
           "kraków", "KRAKOW", "c++", "python remote", "zz", "data science", "robot engineer staff"]


def test_each_search_shows_what_the_search_rule_finds(shared: Page, site_url: str, built_site) -> None:
    model = built_site[1].model
    open_view(shared, site_url, {"category": "ai"})
    wanted = {query: expected(model, {"q": query}) for query in QUERIES}
    assert len({len(urls) for urls in wanted.values()}) > 4 and [] in wanted.values()  # the table tells them apart
    for query, want in wanted.items():
        shared.evaluate("q => { history.pushState(null, '', '/?q=' + encodeURIComponent(q));"
                        " dispatchEvent(new PopStateEvent('popstate')); }", query)
        shared.wait_for_function("""want => JSON.stringify([...document.querySelectorAll(
            '[data-results-list] .card-title a')].map(a => a.getAttribute('href')).sort()) === JSON.stringify(want)""",
                                 arg=want, timeout=5000)
        expect(shared.locator("[data-count]")).to_have_text(roles(len(want)))


# The role finder's answers → a filter state (jobs-finder.js answers), each counted as the listing would show it.
# The page opens on a link with a search and a company: the finder's count and its result are its answers alone.
FINDER = [
    ({}, {}),
    ({"finder-category": "ai"}, {"category": "ai"}),
    ({"finder-category": "robotics", "finder-seniority": "senior,staff"},
     {"category": "robotics", "seniority": "senior,staff"}),
    ({"finder-where": "remote"}, {"workplace": "remote"}),
    ({"finder-country": " germany "}, {"country": "DE"}),
    ({"finder-country": "TÜRKIYE"}, {"country": "TR"}),  # folded: case and accents
    ({"finder-country": "Atlantis", "finder-pay": "100000"}, {"salary_min": "100000"}),
    ({"finder-category": "web3", "finder-where": "remote", "finder-country": "Spain"},
     {"category": "web3", "workplace": "remote", "country": "ES"}),
    # Last, so the result line is read for it too: one role, in the singular.
    ({"finder-category": "robotics", "finder-country": "Germany"}, {"category": "robotics", "country": "DE"}),
]


def test_the_finders_answers_count_and_set_exactly_their_filters(browser: Browser, site_url: str,
                                                                  built_site) -> None:
    model = built_site[1].model
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    open_view(page, site_url, {"q": "engineer", "company": "thistlegrid"})
    page.get_by_role("button", name="Help me find a role").click()
    count = page.locator("[data-finder-count]")
    for answers, params in FINDER:
        page.evaluate("""answers => {  // every question answered at once (its steps are hidden but the one shown)
            const f = document.querySelector('[data-finder-form]');
            answers = Object.assign({'finder-category': '', 'finder-seniority': '', 'finder-pay': '0',
                                     'finder-where': '', 'finder-country': ''}, answers);
            Object.entries(answers).forEach(([name, value]) => {
                const radio = f.querySelector(`input[type=radio][name="${name}"][value="${value}"]`);
                if (radio) radio.checked = true; else f.elements[name].value = value;
            });
            f.dispatchEvent(new Event('change'));
        }""", answers)
        expect(count).to_have_text(f"{roles(len(expected(model, params)))} match so far.")
    for _ in range(3):
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Show these roles").click()
    want = expected(model, params)
    expect(page.locator("[data-finder-result]")).to_have_text(
        f"Found {roles(len(want))} for your answers. The filters below are set; change them any time.")
    expect(page).to_have_url(f"{site_url}/?{urlencode(params, safe=',')}")
    assert results(page) == want
    ctx.close()


def test_a_searchs_excerpts_are_fetched_as_their_cards_come_near(shared: Page, site_url: str, built_site) -> None:
    """Each card's text is fetched when the card comes within 400 px of the screen, not all at once."""
    want = expected(built_site[1].model, {"q": "engineer"})
    fetched: list[str] = []
    listen = lambda request: fetched.append(request.url) if "/text/" in request.url else None  # noqa: E731
    shared.set_viewport_size({"width": 1280, "height": 600})
    shared.on("request", listen)
    open_view(shared, site_url, {"q": "engineer"})
    cards = shared.locator("[data-results-list] .card")
    expect(cards).to_have_count(len(want))
    expect(cards.first.locator(".card-excerpt mark").first).to_be_visible()
    # About 180 characters of the description, cut at spaces: from its start when the first match is near it, else
    # from a little before the match, each cut marked with an ellipsis.
    excerpts = cards.locator(".card-excerpt")
    expect(excerpts.nth(0)).to_have_text(
        "Our graduate programme is how many of our best engineers started. Join Pennyroyal Analytics in Singapore "
        "after your studies and spend your first year rotating through two of our…")
    expect(excerpts.nth(1)).to_have_text(
        "…a set of example apps. We are looking for a junior mobile engineer to help build them — and to learn "
        "wallet security from people who care about it. What you'll do Build screens and…")
    expect(excerpts.nth(1).locator("mark")).to_have_text("engineer")
    assert 0 < len(set(fetched)) < len(want) - 5, len(fetched)
    cards.last.scroll_into_view_if_needed()
    expect(cards.last.locator(".card-excerpt")).not_to_be_empty()
    shared.remove_listener("request", listen)
    shared.set_viewport_size({"width": 1280, "height": 720})


# --- states no other test reaches: search unavailable, a return visit, the panel's own close button ------------

def fold(text: str) -> str:
    """Lower case without accents, as the scripts fold (jobs-cards.js fold)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not "\u0300" <= ch <= "\u036f").lower()


def title_matches(site: Path, query: str) -> list[str]:
    """What the search box finds without full-text search (the docs: titles, companies, tags and places; a
    remote role's regions count as its places), read from the index the browser reads: every word of the query
    within that text. Sorted URLs."""
    ix = json.loads(next((site / "data").glob("postings.*.json")).read_text())
    cols, now, found = ix["cols"], CLOCK.timestamp() * 1000, []
    for i, title in enumerate(cols["title"]):
        if now >= cols["closes"].get(str(i), now + 1):
            continue
        refs = [cols["places"][i]] if isinstance(cols["places"][i], int) else cols["places"][i]
        places = [f"{ix['places'][r][0]}, {ix['countries'].get(ix['places'][r][1])}" for r in refs]
        remote = [ix["countries"].get(e, e) if len(e) == 2 else e for e in cols["remote"].get(str(i), [])]
        text = fold(" | ".join([title, ix["companies"][cols["company"][i]][1],
                                " ".join(ix["tags"][t] for t in cols["tags"][i]), " ".join(places), " ".join(remote)]))
        if all(word in text for word in fold(query).split()):
            found.append(f"/jobs/{cols['key'][i]}/")
    return sorted(found)


def test_without_full_text_search_typing_matches_titles_companies_tags_and_places(browser: Browser, site_url: str,
                                                                                 built_site) -> None:
    """The search manifest cannot be fetched and the page is too busy to fold any posting's text ahead: each
    keystroke narrows from the last one's matches, a word typed anew (or shortened) is matched afresh, no excerpt
    is drawn, and the console says why."""
    ctx = at_build_time(browser.new_context())
    ctx.route(re.compile(r".*/data/search\.[^/]*\.json$"), lambda route: route.fulfill(status=404))
    ctx.add_init_script("window.requestIdleCallback = () => 0;")
    page = ctx.new_page()
    errors: list[str] = []
    warnings: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    open_view(page, site_url, {"category": "ai,web3,robotics"})
    box = page.get_by_label("Search titles, companies, tags, places and descriptions")
    # The first word finds the search unavailable; then every keystroke is matched at once.
    steps = [("germany", "fill"), ("robotics", "press"), ("robo", "backspace"), ("Europe", "fill"),
             ("KRAKOW", "fill"), ("python", "fill"), ("thistlegrid", "fill"), ("eng de", "fill")]
    for query, how in steps:
        if how == "press":
            box.fill("")
            box.press_sequentially(query)  # r, ro, rob …: each narrows from the one before
        elif how == "backspace":
            for _ in range(len(box.input_value()) - len(query)):
                box.press("Backspace")
        else:
            box.fill(query)
        want = title_matches(built_site[0], query)
        expect(page.locator("[data-count]")).to_have_text(roles(len(want)))
        assert sorted(results(page)) == want, query
        expect(page).to_have_url(re.compile(re.escape(f"?q={query.replace(' ', '+')}&")))
    assert len({len(title_matches(built_site[0], q)) for q, _ in steps}) > 4  # the steps tell the rules apart
    expect(page.locator("[data-results-list] .card-excerpt")).to_have_count(0)
    assert [w for w in warnings if w.startswith("Full-text search is unavailable:")] and errors == []
    ctx.close()


def test_a_return_visit_offers_what_is_new_and_the_link_filters_in_place(browser: Browser, site_url: str,
                                                                         built_site) -> None:
    """The previous visit (localStorage) ended as the day ten days before the build's clock began: the listing
    counts the roles posted since (not that day's: it began as the visit ended), and its link filters to them
    without loading the page again; the chip takes the filter away."""
    model = built_site[1].model
    since = dt.datetime.combine((CLOCK - dt.timedelta(days=10)).date(), dt.time(), dt.timezone.utc)
    assert any(p.posted == since.date() for p in model.open_postings)  # the edge is reached
    new = [p.url for p in model.open_postings
           if dt.datetime.combine(p.posted, dt.time(), dt.timezone.utc) > since]
    assert 0 < len(new) < len(model.open_postings)
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    page.goto(site_url + "/")
    expect(page.locator("[data-new-since]")).to_be_hidden()  # a first visit
    page.evaluate("ms => localStorage.setItem('jobsite.visits', JSON.stringify({last: ms, since: null}))",
                  since.timestamp() * 1000)
    page.reload()
    link = page.get_by_role("link", name=f"{len(new)} new since your last visit")
    expect(link).to_be_visible()
    # Each card's date reads as days ago up to thirty days, then stays exact; the exact date is its title; the
    # roles posted since the last visit are marked New.
    by_url = {p.url: p for p in model.open_postings}
    cards = page.locator("[data-server-list] .card").all()
    shown = [(c.locator(".card-title a").get_attribute("href"), c.locator("time").text_content(),
              c.locator("time").get_attribute("title"), c.locator(".new-badge").count()) for c in cards]

    def when(posted: dt.date) -> str:
        days = (CLOCK.date() - posted).days
        return {0: "today", 1: "yesterday"}.get(days, f"{days} days ago") if days <= 30 else format_date(posted)

    assert shown == [(url, f"Posted {when(by_url[url].posted)}", format_date(by_url[url].posted), int(url in new))
                     for url, *_ in shown]
    assert {"today", "yesterday"} & {when(p.posted) for p in model.open_postings}
    assert any((CLOCK.date() - by_url[url].posted).days > 30 for url, *_ in shown)
    # No role is exactly thirty days old: a card dated so, and one a day older, are drawn here.
    edge = [CLOCK.date() - dt.timedelta(days=days) for days in (30, 31)]
    assert page.evaluate("""dates => dates.map(iso => {
        const card = document.querySelector('[data-server-list] .card').cloneNode(true);
        card.querySelector('time').setAttribute('datetime', iso);
        card.querySelector('time').textContent = 'Posted ' + iso;
        Jobsite.when.decorate(card);
        return card.querySelector('time').textContent;
    })""", [d.isoformat() for d in edge]) == ["Posted 30 days ago", f"Posted {edge[1].isoformat()}"]
    page.evaluate("window.samePage = true")
    link.click()
    expect(page).to_have_url(f"{site_url}/?new=yes")
    expect(page.locator("[data-count]")).to_have_text(roles(len(new)))
    assert results(page) == new
    assert page.evaluate("window.samePage") is True  # filtered in place, not by loading the link
    chip = page.get_by_role("button", name="New since your last visit (remove this filter)")
    chip.click()
    expect(page).to_have_url(f"{site_url}/")
    expect(page.locator("[data-server-list]")).to_be_visible()
    expect(link).to_be_visible()
    page.reload()  # another page view of the same visit (no 30 minutes between): the same roles are still new
    expect(link).to_be_visible()
    ctx.close()


def test_a_role_is_saved_and_unsaved_from_the_keyboard(browser: Browser, site_url: str, built_site) -> None:
    """Enter and Space on a Save button work as a click does (the listener is on click, which both fire)."""
    first = built_site[1].model.open_postings[0]
    ctx = at_build_time(browser.new_context())
    page = ctx.new_page()
    page.goto(site_url + "/")
    button = page.get_by_role("button", name=f"Save {first.title} at {first.company.name}")
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("[data-saved-count]")).to_have_text("1")
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(page.locator("[data-saved-count]")).to_have_text("")
    ctx.close()
