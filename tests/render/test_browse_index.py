"""Browsing in the built site: the postings index, pagination, save toggles, similar roles, strict-CSP markup."""
from __future__ import annotations

import gzip
import json
import re
from html import unescape
from pathlib import Path

import lxml.html

from generator.model import closes_at
from generator.model.pay import yearly_pay
from generator.model.roles import seniority_of
from generator.model.similar import similar_roles
from generator.render.browse.index import IndexRow, counted_index, decode_row, index_bytes, index_row, patch_index
from generator.render.feeds.scopes import company_feed, site_feeds, tag_feed
from generator.render.pages.cards import card_view

from ..conftest import COMPANY, POSTING, REPO, basic_tree, front_matter


def index_of(site: Path) -> dict:
    html = (site / "index.html").read_text()
    path = re.search(r'data-index="(/data/postings\.[0-9a-f]{10}\.json)"', html).group(1)
    return json.loads((site / path.lstrip("/")).read_bytes())


def test_index_holds_every_open_posting_and_reads_back_like_the_model(built_site) -> None:
    site, result = built_site
    model = result.model
    index = index_of(site)
    rows = [decode_row(index, i) for i in range(len(index["cols"]["title"]))]
    assert [r["key"] for r in rows] == [p.key for p in model.open_postings]
    for row, p in zip(rows, model.open_postings, strict=True):
        assert (row["title"], row["company"], row["stage"], row["category"]) == \
               (p.title, p.company.name, p.company.stage, p.category.id)
        assert (row["workplace"], row["type"], row["level"]) == (p.workplace, p.employment_type, seniority_of(p))
        assert row["age"] == (model.clock.date() - p.posted).days
        assert row["places"] == [(loc.city, loc.country) for loc in p.locations]
        assert (row["remote"], row["duration"], row["tags"]) == (list(p.remote_eligibility), p.duration, list(p.tags))
        card = card_view(p)
        assert (row["place_line"], row["terms_line"]) == (card.place, card.terms)
        assert row["posted"] == (card.posted_iso, card.posted)
        pay, source = yearly_pay(p), p.salary or p.estimate
        if source is None:
            assert row["pay"] is None
        else:
            assert row["pay"]["text"] == card.pay  # what the server's card prints, formatted once in Python
            assert row["pay"]["yearly_k"] == (pay.low // 1000, pay.high // 1000)
            assert row["pay"]["estimated"] == (p.salary is None)
        # Decisions the browser reads, not makes: where it can be taken from, and the instant it closes.
        assert row["reach"] == p.countries
        assert row["closes_ms"] == (closes_at(p.expires).timestamp() * 1000 if p.expires else None)
        assert (row["offers"], row["window"]) == (list(card.offers), p.time_zones)
    assert any(r["offers"] for r in rows) and any(r["window"] for r in rows)  # the bundled content says both
    assert any(r["pay"] and r["pay"]["estimated"] for r in rows) and any(r["pay"] and not r["pay"]["estimated"]
                                                                          for r in rows)
    assert "description" not in json.dumps(index) and model.open_postings[0].body_html[:40] not in json.dumps(index)


def test_index_carries_each_reach_once_and_the_regions_nowhere(built_site) -> None:
    site, result = built_site
    index = index_of(site)
    reaches = [None if r is None else frozenset(r) for r in index["reaches"]]
    assert len(set(reaches)) == len(reaches) and set(reaches) == {p.countries for p in result.model.open_postings}
    assert None in reaches and any(r and len(r) > 20 for r in reaches)  # open anywhere; open to a region
    assert "regions" not in index and "Europe" not in json.dumps(index["reaches"])
    # The country filter names every country a role can be taken from, with an office there or not.
    assert {c for r in reaches if r for c in r} <= set(index["countries"])


def test_index_offers_every_feed_a_search_can_pick_by_its_address(built_site) -> None:
    site, result = built_site
    index = index_of(site)
    feeds = {json.dumps(filters, sort_keys=True): url for filters, url in index["feeds"]}
    model = result.model
    for c in model.companies:
        url = feeds.get(json.dumps({"company": c.slug}))
        assert url == (company_feed(c).rss_url if model.open_by_company[c.slug] else None), c.slug
    assert {json.loads(f)["tag"] for f in feeds if '"tag"' in f} == set(model.feed_tags)
    assert feeds[json.dumps({"tag": "c++"})] == tag_feed("c++").rss_url == "/tags/cplusplus/feed.xml"


def test_listing_and_saved_page_reference_the_same_fingerprinted_index(built_site) -> None:
    site, _ = built_site
    refs = {re.search(r'data-index="([^"]+)"', (site / page).read_text()).group(1)
            for page in ("index.html", "saved/index.html")}
    assert len(refs) == 1 and (site / refs.pop().lstrip("/")).is_file()
    assert len(list((site / "data").glob("postings.*.json"))) == 1
    assert len(list((site / "data").glob("search.*.json"))) == 1  # the search manifest (render/browse/search.py)


def test_filter_form_is_rendered_with_counts_from_the_model(built_site) -> None:
    site, result = built_site
    html = (site / "index.html").read_text()
    open_postings = result.model.open_postings
    for workplace in ("onsite", "hybrid", "remote"):
        n = sum(1 for p in open_postings if p.workplace == workplace)
        assert re.search(rf'name="workplace" value="{workplace}"> [\w-]+ <span class="n">{n}</span>', html)
    assert 'class="browse-side js-only"' in html and 'class="sort js-only"' in html
    assert html.count('type="checkbox" name="category"') == 3


def test_cards_and_posting_pages_carry_a_save_toggle(built_site) -> None:
    site, result = built_site
    posting = result.model.open_postings[0]
    listing = (site / "index.html").read_text()
    server_list = listing.split("<template data-card-template>")[0]  # the browser's card template has one too
    assert server_list.count('class="save js-only"') == len(result.model.open_postings)
    page = (site / posting.url.lstrip("/") / "index.html").read_text()
    assert f'data-save="{posting.key}"' in page and 'aria-pressed="false"' in page
    saved = (site / "saved/index.html").read_text()
    assert "<h1>Saved jobs</h1>" in saved and 'content="noindex"' in saved and 'href="/saved/"' in listing


def test_the_main_menu_marks_the_section_a_page_belongs_to(built_site) -> None:
    site, result = built_site
    model = result.model
    category, company, posting = model.site.categories[1], model.companies[0], model.open_postings[0]
    pages = {"/": None, category.url: category.label, "/companies/": "Companies", company.url: "Companies",
             "/saved/": "Saved", posting.url: None}
    for url, current in pages.items():
        html = lxml.html.fromstring((site / url.lstrip("/") / "index.html").read_bytes())
        marked = [a.text_content() for a in html.xpath('//nav[@aria-label="Main"]//a[@aria-current="page"]')]
        assert marked == ([current] if current else []), url


def test_company_pages_link_the_website_and_profiles_without_vouching_and_the_list_says_where_and_how_many(
        built_site) -> None:
    site, result = built_site
    model = result.model
    listing = lxml.html.fromstring((site / "companies/index.html").read_bytes())
    for company in model.companies:
        page = lxml.html.fromstring((site / company.url.lstrip("/") / "index.html").read_bytes())
        head = page.xpath('//header[@class="company-head"]')[0]
        outside = [(a.get("href"), a.get("rel")) for a in head.xpath(".//a")]
        assert outside == [(company.website, "nofollow noopener"),
                           *((url, "nofollow noopener") for _, url in company.links)], company.slug
        assert [a.text_content() for a in head.xpath('.//ul[@class="links"]/li/a')] == [n for n, _ in company.links]
        n = sum(1 for p in model.open_postings if p.company.slug == company.slug)
        [line] = listing.xpath(f'//a[@href="{company.url}"]/ancestor::li[1]//p[@class="muted"]')
        where = f" · {company.headquarters.label}" if company.headquarters else ""
        assert line.text_content().endswith(f"{where} · {n} open role{'' if n == 1 else 's'}"), company.slug
    assert any(c.links for c in model.companies) and any(not c.links for c in model.companies)


def test_seed_posting_lists_similar_open_roles_chosen_at_build_time(built_site) -> None:
    site, result = built_site
    key = "perplexity/backend-infrastructure-engineer-intern"
    html = (site / "jobs" / key / "index.html").read_text()
    section = html[html.index('<section class="similar"'):]
    links = re.findall(r'<li>\s*<a href="(/jobs/[^"]+/)">', section)
    expected = [p.url for p in similar_roles(result.model.postings)[key]]
    assert links == expected and len(links) == 3
    assert f"/jobs/{key}/" not in links
    # An intern is shown interns and juniors, not the Staff SRE at $210k–$260k it was once offered (issue 28).
    by_url = {p.url: p for p in result.model.postings}
    assert {by_url[url].level for url in links} <= {"intern", "junior"}
    open_urls = {p.url for p in result.model.open_postings}
    assert set(links) <= open_urls
    assert links[0] == "/jobs/larkspindle/machine-learning-intern/"  # the other internship in AI


def test_no_inline_script_style_or_handler_anywhere(built_site) -> None:
    site, _ = built_site
    for page in site.rglob("*.html"):
        html = page.read_text()
        # JSON-LD data blocks are never executed, so CSP does not govern them; any other script needs src.
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html), page
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html), page


def test_own_javascript_stays_under_20_kb_gzipped(built_site) -> None:
    site, _ = built_site
    total = sum(len(gzip.compress(p.read_bytes(), 9)) for p in (site / "static").glob("jobs-*.js"))
    # 15 KB until issue 26 (time-zone, visa and "new since your last visit" filters, relative dates: 17.6 KB) and
    # issue 28 (the phone filter panel, filter chips, undo on /saved/, the country type-ahead) took it to 19.9 KB
    # together, 19.5 KB once issue 29 took the reach, expiry, key and feed-address rules out; bench/BROWSE-RESULTS.md
    # has the figures. Scripts load deferred and cached for a year, and the listing's first load fetches no
    # postings index, so the first screen stays far under issue 28's 300 KB.
    assert 0 < total <= 20 * 1024


def test_long_lists_are_paginated_with_prev_next_links(paged_site) -> None:
    site, result = paged_site
    keys = [p.url for p in result.model.open_postings]
    for base in ("", "categories/robotics/", "companies/acme/"):
        pages = [site / base / "index.html", site / base / "page/2/index.html", site / base / "page/3/index.html"]
        # The browser's card <template> on / is not a card of the list.
        found = [re.findall(r'<h[23] class="card-title" id="[^"]+"><a href="([^"]+)"',
                            re.sub(r"<template.*?</template>", "", p.read_text(), flags=re.S)) for p in pages]
        assert [len(f) for f in found] == [50, 50, 20] and sum(found, []) == keys
        assert not (site / base / "page/4").exists() and not (site / base / "page/1").exists()
        second = pages[1].read_text()
        assert f'<link rel="prev" href="/{base}">' in second and f'<link rel="next" href="/{base}page/3/">' in second
        assert f'<link rel="canonical" href="https://board.example/{base}page/2/">' in second
        assert 'aria-current="page"><span class="visually-hidden">Page </span>2</a>' in second
    home2 = (site / "page/2/index.html").read_text()
    assert "<title>Jobs in AI · Web3 · Robotics, page 2 · Test Board</title>" in home2
    assert "120 open roles · showing 51–100" in home2 and "data-browse" not in home2
    assert "jobs-filter" not in home2  # the filters live on the first page only


def test_short_lists_have_no_pagination(built_site) -> None:
    site, _ = built_site
    html = (site / "index.html").read_text()
    assert 'class="pagination"' not in html and 'rel="next"' not in html
    assert not (site / "page").exists()


def test_index_carries_the_built_estimates(built_site) -> None:
    """A posting without a range is listed with its estimate, marked as one: a monthly stipend and a salary."""
    site, result = built_site
    index = index_of(site)
    keys = [p.key for p in result.model.open_postings]
    intern = "perplexity/backend-infrastructure-engineer-intern"
    stipend = next(p for p in result.model.open_postings if p.key == intern)
    salaried = next(p for p in result.model.open_postings if p.salary is None and p.estimate.period == "year")
    for posting, months in ((stipend, 12), (salaried, 1)):
        est = posting.estimate
        row = decode_row(index, keys.index(posting.key))
        yearly = (round(est.min * months / 1000), round(est.max * months / 1000))
        # Outside the US the card shows the local currency beside the dollars (issue 28).
        cur = est.local.currency if est.local else ""
        local = f" (≈ {cur} {est.local.min:,} – {cur} {est.local.max:,})" if est.local else ""
        assert row["pay"] == {"text": f"${est.min:,} – ${est.max:,} per {est.period}{local}", "estimated": True,
                              "yearly_k": yearly}
    assert stipend.estimate.period == "month"


def test_every_page_hands_its_scripts_the_constants_python_decided(built_site) -> None:
    site, result = built_site
    for page in ("index.html", "saved/index.html", "post-a-job/index.html"):
        raw = re.search(r'<html lang="en" data-constants="([^"]+)">', (site / page).read_text()).group(1)
        constants = json.loads(unescape(raw))
        assert constants["day_ms"] == 86_400_000
        for p in result.model.postings:  # a saved role's address, open or closed, as the browser makes it
            assert re.fullmatch(constants["key"], p.key) and constants["job_url"].replace("{key}", p.key) == p.url
        for bad in ("acme", "acme/", "Acme/x", "acme/x/y", "acme/-x", "acme/x--y", "../x/y"):
            assert not re.fullmatch(constants["key"], bad), bad


def test_a_company_without_open_roles_says_0_open_roles(scratch_site) -> None:
    scratch_site(basic_tree(role={**POSTING, "closed": "2026-11-20"}))
    page = Path("site/companies/index.html").read_text()
    assert "· 0 open roles</p>" in page


def test_a_pages_pay_fact_says_estimated_only_for_an_estimate(built_site) -> None:
    site, result = built_site
    page = (site / "jobs/thistlegrid/data-engineer-ii/index.html").read_text()
    assert "<dt>Pay</dt><dd>$150,000 – $185,000 per year</dd>" in page  # the employer's own range
    estimated = next(p for p in result.model.open_postings if p.salary is None and p.estimate is not None)
    page = (site / estimated.url.strip("/") / "index.html").read_text()
    assert "<dt>Estimated pay</dt>" in page and "<dt>Pay</dt>" not in page


def test_the_index_lists_only_companies_with_an_open_role(scratch_site) -> None:
    # Its companies feed the company filter and the subscribe links: a company with nothing open offers neither.
    tree = basic_tree(open={**POSTING, "title": "Open Role"})
    tree["companies/beta.md"] = front_matter({**COMPANY, "name": "Beta"}, "Beta builds drones.\n")
    tree["jobs/beta/gone.md"] = front_matter({**POSTING, "company": "beta", "closed": "2026-11-20"})
    scratch_site(tree)
    assert [c[0] for c in index_of(Path("site"))["companies"]] == ["acme"]


def test_every_listing_filter_has_its_words_for_subscribe_to_this_search(built_site) -> None:
    """'The feed leaves out: …' names each filter the listing reads (jobs-url.js ORDER, less the sort) in these
    words, keyed by its URL parameter; a filter missing here would print 'undefined'."""
    site, _ = built_site
    script = (REPO / "templates/static/jobs-url.js").read_text(encoding="utf-8")
    order = re.findall(r'"(\w+)"', re.search(r"var ORDER = \[(.*?)\];", script, re.S).group(1))
    names = index_of(site)["filter_names"]
    assert set(names) == set(order) - {"sort"}
    assert names == {"q": "search words", "category": "category", "workplace": "workplace", "country": "country",
                     "seniority": "seniority", "type": "employment type", "salary_min": "pay", "pay": "pay",
                     "visa": "visa sponsorship", "relocation": "relocation help", "tz": "time zone",
                     "new": "new since your last visit", "stage": "company stage", "tag": "tags",
                     "company": "company"}


def test_a_patched_index_is_byte_for_byte_the_index_made_afresh(built_site) -> None:
    """browse/index.py patch_index, the rebuild's path after an edit: wherever it patches, its bytes and counts are
    the ones counted_index makes of the same rows; where a shared table's numbering moves it declines."""
    _, result = built_site
    model = result.model
    feeds = site_feeds(model)
    rows = [index_row(p) for p in model.open_postings]
    last, counts = counted_index(model, feeds, rows)
    renamed = IndexRow._make(rows[0])._replace(title="Retitled role")
    sparse = IndexRow._make(rows[1])._replace(duration="7 months", remote=("Anywhere in the Nordics",), tz=None)
    new_tag = IndexRow._make(rows[2])._replace(tags=("a-tag-no-posting-has",))
    coded = next(i for i, row in enumerate(rows) if any(len(e) == 2 for e in IndexRow._make(row).remote))
    zoned = next(i for i, row in enumerate(rows) if IndexRow._make(row).tz)  # its window is no other row's
    cases = {"retitled": ({0: tuple(renamed)}, True), "sparse cells come and go": ({1: tuple(sparse)}, True),
             "two rows swap places": ({0: rows[1], 1: rows[0]}, True),
             "a country code leaves a row's remote text": ({coded: tuple(IndexRow._make(rows[coded])._replace(
                 remote=()))}, True),
             "a new tag renumbers the tags": ({2: tuple(new_tag)}, False),
             "a window no row holds any more renumbers the windows": (
                 {zoned: tuple(IndexRow._make(rows[zoned])._replace(tz=None))}, False)}
    for name, (changed, patches) in cases.items():
        now = [changed.get(i, row) for i, row in enumerate(rows)]
        cold = counted_index(model, feeds, now)
        patched = patch_index(model, feeds, json.loads(index_bytes(last)), counts,
                              changed)
        assert (patched is not None) == patches, name
        if patched is not None:
            assert (index_bytes(patched[0]), patched[1]) == (index_bytes(cold[0]), cold[1]), name
