"""Feeds as readers and aggregators see them: every RSS and Atom feed parsed and checked field by field,
JSON Feed 1.1 and jobs.json against their specifications, the OPML bundle, /feeds/, autodiscovery, job alerts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pycountry
import pytest
import yaml

from generator.base.cache import Table
from generator.build import load_model
from generator.config import make_options
from generator.render import format as fmt
from generator.render.feeds.entries import (
    FEED_LIMIT,
    _generator,
    _jobs_json_job,
    _json_feed_item,
    atom_bytes,
    indented_json,
    job_bytes,
    jobs_json_bytes,
    jobs_runs,
    opml_bytes,
    posting_guid,
    posting_summary,
    updated_day,
)
from generator.render.feeds.scopes import (
    FeedScope,
    digest_scopes,
    in_scope,
    scope_postings,
    scopes_of,
    site_feeds,
)

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, write_tree

BASE = "https://frontierjobs.example"
RFC822 = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                    r"\d{2}:\d{2}:\d{2} \+0000")


class _Tags(HTMLParser):
    """Collect (tag, attributes) of every start tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def start_tags(html: str, name: str) -> list[dict[str, str]]:
    parser = _Tags()
    parser.feed(html)
    return [attrs for tag, attrs in parser.tags if tag == name]


def expected_categories(posting) -> list[str]:
    return [posting.category.label, *posting.tags, fmt.WORKPLACE_LABELS[posting.workplace],
            fmt.EMPLOYMENT_LABELS[posting.employment_type], *(["Visa sponsorship"] if posting.visa_sponsorship else []),
            *(["Relocation"] if posting.relocation else [])]


def scope_matches(scope: FeedScope, model) -> bool:
    """The scope holds exactly the open postings its kind promises, newest first."""
    rule = {
        "site": lambda p: True,
        "remote": lambda p: p.workplace == "remote",
        "category": lambda p: scope.address.folder == f"categories/{p.category.id}/",
        "company": lambda p: scope.address.folder == f"companies/{p.company.slug}/",
        "tag": lambda p: any(scope.name == f"roles tagged {t}" for t in p.tags),
        # A category with one workplace, contract type, seniority or visas, as the listing's filters read them.
        "combination": lambda p: all({"category": p.category.id, "workplace": p.workplace, "type": p.employment_type,
                                      "seniority": p.level, "visa": "yes" if p.visa_sponsorship else ""}[name] == value
                                     for name, value in scope.filters),
    }[scope.kind]
    return scope_postings(model, scope) == tuple(p for p in model.open_postings if rule(p))


def test_one_feed_pair_per_scope_and_nothing_else(built_site) -> None:
    site, result = built_site
    model = result.model
    scopes = site_feeds(model).scopes
    kinds = [s.kind for s in scopes]
    assert kinds.count("category") == len(model.site.categories)
    assert kinds.count("company") == len(model.companies)
    assert kinds.count("tag") == len(model.feed_tags) >= 5
    assert kinds.count("site") == kinds.count("remote") == 1
    # Every category × workplace, type, seniority (and visas) that holds an open role, and only those.
    wanted = {(p.category.id, facet, value) for p in model.open_postings
              for facet, value in (("workplace", p.workplace), ("type", p.employment_type), ("seniority", p.level),
                                   ("visa", "yes" if p.visa_sponsorship else None)) if value}
    assert {(dict(s.filters)["category"], *s.filters[1]) for s in scopes if s.kind == "combination"} == wanted
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("feed.*")} - {"feed.json"}
    assert on_disk == {path for s in scopes for path in (s.address.rss_path, s.address.atom_path)}
    for scope in scopes:
        assert scope_matches(scope, model), scope.address
    counts = {tag: sum(tag in p.tags for p in model.open_postings) for p in model.open_postings for tag in p.tags}
    assert set(model.feed_tags) == {tag for tag, n in counts.items() if n >= 3}
    assert (site / "tags/cplusplus/feed.xml").is_file()  # 'c++' gets a URL-safe slug


def test_the_builds_feed_scopes_hold_what_each_scopes_filters_select(built_site) -> None:
    """site_feeds groups each category's roles once per facet: the lists and counts are scope_postings' own."""
    model = built_site[1].model
    feeds = site_feeds(model)
    assert len(feeds.postings) == len(feeds.scopes) and any(s.kind == "combination" for s in feeds.scopes)
    for scope, postings in zip(feeds.scopes, feeds.postings, strict=True):
        assert postings == scope_postings(model, scope), scope.address
    assert [n for group in feeds.groups for n in group.counts] == list(map(len, feeds.postings))


def test_every_rss_feed_is_valid_field_by_field(built_site) -> None:
    site, result = built_site
    model = result.model
    for scope in site_feeds(model).scopes:
        raw = (site / scope.address.rss_path).read_bytes()
        feed = feedparser.parse(raw)
        assert not feed.bozo, (scope.address.rss_path, feed.get("bozo_exception"))
        assert feed.version == "rss20"
        assert feed.feed.title == f"{model.site.title}: {scope.name}"
        assert feed.feed.link == BASE + scope.page_url
        assert [link.href for link in feed.feed.links if link.rel == "self"] == [f"{BASE}/{scope.address.rss_path}"]
        postings = scope_postings(model, scope)[:FEED_LIMIT]
        # Dated by its newest item, never by the clock (12:00 here), so an unchanged board rewrites no feed.
        changed = max((updated_day(p) for p in postings), default=model.clock.date())
        assert feed.feed.updated_parsed[:6] == (*changed.timetuple()[:3], 0, 0, 0)
        assert len(feed.entries) == len(postings)
        for entry, posting in zip(feed.entries, postings, strict=True):
            assert entry.id == posting_guid(model.site, posting) and entry.guidislink is False
            assert entry.link == BASE + posting.url
            assert RFC822.fullmatch(entry.published)
            assert shown(entry.summary_detail) == posting_summary(posting)  # RSS descriptions are HTML
            assert [t.term for t in entry.tags] == expected_categories(posting)


def test_every_atom_feed_is_valid_field_by_field(built_site) -> None:
    site, result = built_site
    model = result.model
    for scope in site_feeds(model).scopes:
        feed = feedparser.parse((site / scope.address.atom_path).read_bytes())
        assert not feed.bozo, (scope.address.atom_path, feed.get("bozo_exception"))
        assert feed.version == "atom10"
        assert feed.feed.id == f"{BASE}/{scope.address.atom_path}"
        changed = max((updated_day(p) for p in scope_postings(model, scope)[:FEED_LIMIT]), default=model.clock.date())
        assert feed.feed.updated == f"{changed.isoformat()}T00:00:00+00:00"
        assert feed.feed.author_detail.name == model.site.title
        links = {link.rel: link.href for link in feed.feed.links}
        assert links == {"self": f"{BASE}/{scope.address.atom_path}", "alternate": BASE + scope.page_url}
        postings = scope_postings(model, scope)[:FEED_LIMIT]
        assert len(feed.entries) == len(postings)
        for entry, posting in zip(feed.entries, postings, strict=True):
            assert entry.id == posting_guid(model.site, posting)
            assert entry.title == f"{posting.title} at {posting.company.name}"
            assert entry.link == BASE + posting.url
            assert entry.author_detail.name == posting.company.name
            assert entry.published.startswith(posting.posted.isoformat())
            # The file's last commit when the build runs in a git checkout (this one does), else the posted day.
            assert entry.updated.startswith((max(posting.updated, posting.posted) if posting.updated
                                             else posting.posted).isoformat())
            assert entry.summary == posting_summary(posting)
            assert [t.label for t in entry.tags] == expected_categories(posting)
            assert [t.term for t in entry.tags][0] == posting.category.id


def shown(detail) -> str:
    """The text a reader displays for a feed field: HTML is rendered (and must hold no markup), text is kept."""
    if detail.type == "text/html":
        parser = _Tags()
        parser.feed(detail.value)
        assert parser.tags == [] and "<" not in detail.value, detail.value
        return html.unescape(detail.value)
    assert detail.type == "text/plain", detail.type
    return detail.value


EVIL_TITLE = "Board <svg onload=alert(1)> & Co"
EVIL_DESCRIPTION = "<b>Roles</b> for R&D, <script>alert(2)</script>"
EVIL_TAGLINE = "Robots that <u>fold</u> & iron"


@pytest.mark.parametrize("path", ["feed.xml", "categories/robotics/feed.xml", "companies/acme/feed.xml", "feed.atom",
                                  "categories/robotics/feed.atom"])
def test_site_text_is_text_in_every_channel(scratch_site, path: str) -> None:
    """site.yaml's title and description reach RSS channels, where readers take <description> as HTML."""
    site = {**SITE, "title": EVIL_TITLE, "description": EVIL_DESCRIPTION}
    evil = {**POSTING, "title": "<img src=x onerror=alert(3)> & Co", "locations": [{"city": "<i>Ber</i>lin & Co",
                                                                                    "country": "DE"}]}
    company = {**COMPANY, "tagline": EVIL_TAGLINE}
    files = {**basic_tree(evil=evil), "site.yaml": yaml.safe_dump(site, allow_unicode=True),
             "companies/acme.md": front_matter(company)}
    model = scratch_site(files).model
    scope = next(s for s in site_feeds(model).scopes if path in (s.address.rss_path, s.address.atom_path))
    feed = feedparser.parse(Path("site", path).read_bytes())
    assert not feed.bozo
    assert shown(feed.feed.title_detail) == scope.title(EVIL_TITLE) and EVIL_TITLE in scope.title(EVIL_TITLE)
    assert shown(feed.feed.subtitle_detail) == scope.description
    assert any(evil in scope.description for evil in (EVIL_DESCRIPTION, EVIL_TITLE, EVIL_TAGLINE))
    [entry] = feed.entries
    assert shown(entry.title_detail) == "<img src=x onerror=alert(3)> & Co at Acme Robotics"
    assert shown(entry.summary_detail).startswith("<i>Ber</i>lin & Co, Germany · ")


def test_summary_says_where_what_and_pay(built_site) -> None:
    _, result = built_site
    paid = next(p for p in result.model.open_postings if p.salary and p.workplace == "remote")
    summary = posting_summary(paid)
    assert summary.startswith(fmt.format_place(paid) + " · " + fmt.format_terms(paid))
    assert f"Salary: {fmt.format_salary(paid.salary)}" in summary


def test_a_hybrid_roles_place_is_its_offices_never_remote(built_site) -> None:
    _, result = built_site
    [hybrid] = [p for p in result.model.open_postings if p.key == "thistlegrid/data-engineer-ii"]
    assert hybrid.workplace == "hybrid" and not hybrid.remote_eligibility
    place, *rest = posting_summary(hybrid).split(" · ")
    assert place.startswith("Seattle, ") and "; San Francisco, " in place
    assert rest[:2] == ["Full-time", "Hybrid"] and "Remote" not in posting_summary(hybrid)


def test_jobs_json_carries_every_location_of_a_role_with_several(built_site) -> None:
    site, _ = built_site
    jobs = json.loads((site / "jobs.json").read_text())["jobs"]
    [job] = [j for j in jobs if j["url"].endswith("/jobs/thistlegrid/data-engineer-ii/")]
    assert "location" not in job  # the specification allows one of the two, not both
    assert job["locations"] == [{"city": "Seattle", "country": "US", "remote": False},
                                {"city": "San Francisco", "country": "US", "remote": False}]


def test_one_posting_has_one_id_in_every_format(built_site) -> None:
    site, result = built_site
    model = result.model
    guids = [posting_guid(model.site, p) for p in model.open_postings]
    rss = [e.id for e in feedparser.parse((site / "feed.xml").read_bytes()).entries]
    atom = [e.id for e in feedparser.parse((site / "feed.atom").read_bytes()).entries]
    json_feed = [item["id"] for item in json.loads((site / "feed.json").read_text())["items"]]
    jobs = [job["id"] for job in json.loads((site / "jobs.json").read_text())["jobs"]]
    assert rss == atom == json_feed == jobs == guids
    closed = {posting_guid(model.site, p) for p in model.postings if not p.is_open}
    everything = "".join(p.read_text() for p in site.rglob("*") if p.suffix in (".xml", ".atom", ".json"))
    assert closed and not any(guid in everything for guid in closed)


JSON_FEED_TOP = {"version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url",
                 "icon", "favicon", "authors", "language", "expired", "hubs", "items"}
JSON_FEED_ITEM = {"id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
                  "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"}


def is_url(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"https://[^\s/]+(/\S*)?", value) is not None


def check_json_feed_author(author: dict) -> None:
    assert set(author) <= {"name", "url", "avatar"} and set(author) & {"name", "url", "avatar"}
    assert all(isinstance(v, str) and v for v in author.values())


def test_json_feed_follows_version_1_1(built_site) -> None:
    site, result = built_site
    model = result.model
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"  # required, exactly this URL
    assert isinstance(feed["title"], str) and feed["title"]  # required
    assert isinstance(feed["items"], list)  # required
    assert {k for k in feed if not k.startswith("_")} <= JSON_FEED_TOP
    assert feed["home_page_url"] == BASE + "/" and feed["feed_url"] == BASE + "/feed.json"
    assert feed["language"] == model.site.language
    for author in feed["authors"]:
        check_json_feed_author(author)
    assert len(feed["items"]) == min(FEED_LIMIT, len(model.open_postings))
    for item, posting in zip(feed["items"], model.open_postings[:FEED_LIMIT], strict=True):
        assert {k for k in item if not k.startswith("_")} <= JSON_FEED_ITEM
        assert isinstance(item["id"], str) and item["id"]  # required
        assert isinstance(item.get("content_html") or item.get("content_text"), str)  # one of them required
        assert item["content_text"] == posting_summary(posting)
        assert is_url(item["url"]) and item["url"] == BASE + posting.url
        published = dt.datetime.fromisoformat(item["date_published"].replace("Z", "+00:00"))
        assert published.tzinfo is not None and published.date() == posting.posted
        assert item["tags"] == expected_categories(posting)
        for author in item["authors"]:
            check_json_feed_author(author)
    assert len({item["id"] for item in feed["items"]}) == len(feed["items"])


JOBS_ROOT = {"version", "company", "jobs", "lastUpdated"}
JOBS_COMPANY = {"name", "url", "logo", "description"}
JOBS_JOB = {"id", "title", "url", "department", "description", "location", "locations", "employmentType",
            "otherEmploymentTypes", "postedDate", "expiresDate", "compensation"}
JOBS_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACT", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
JOBS_PERIODS = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY"}


def check_jobs_location(loc: dict) -> None:
    assert loc and set(loc) <= {"city", "state", "country", "remote"}
    if "country" in loc:
        assert pycountry.countries.get(alpha_2=loc["country"]) is not None
    if "remote" in loc:
        assert isinstance(loc["remote"], bool)


def check_jobs_pay(pay: dict) -> None:
    assert set(pay) <= {"currency", "period", "min", "max"} and {"currency", "period"} <= set(pay)
    assert pycountry.currencies.get(alpha_3=pay["currency"]) is not None
    assert pay["period"] in JOBS_PERIODS
    assert 0 < pay["min"] <= pay["max"]


def check_jobs_job(job: dict) -> None:
    assert {k for k in job if not k.startswith("x-")} <= JOBS_JOB
    assert all(isinstance(job[k], str) and job[k] for k in ("id", "title", "url"))  # required
    assert is_url(job["url"])
    assert job["employmentType"] in JOBS_TYPES
    assert ("location" in job) != ("locations" in job)  # one or the other, never both
    for loc in job.get("locations", [job.get("location")]):
        check_jobs_location(loc)
    assert dt.date.fromisoformat(job["postedDate"])
    if "expiresDate" in job:
        closes = dt.datetime.fromisoformat(job["expiresDate"].replace("Z", "+00:00"))
        assert closes.date() > dt.date.fromisoformat(job["postedDate"])
    for key in ("compensation", "x-estimated-compensation"):
        if key in job:
            check_jobs_pay(job[key])


def test_jobs_json_follows_the_jobsjson_specification(built_site) -> None:
    site, result = built_site
    model = result.model
    doc = json.loads((site / "jobs.json").read_text(encoding="utf-8"))
    assert {k for k in doc if not k.startswith("x-")} <= JOBS_ROOT and {"version", "company", "jobs"} <= set(doc)
    assert doc["version"] == "1.0"
    newest = max(updated_day(p) for p in model.open_postings)
    assert doc["lastUpdated"] == f"{newest.isoformat()}T00:00:00Z"  # not the clock (12:00)
    assert set(doc["company"]) <= JOBS_COMPANY and doc["company"]["name"] == model.site.title
    assert is_url(doc["company"]["url"])
    assert len(doc["jobs"]) == len(model.open_postings)  # all of them: no feed limit here
    assert len({job["id"] for job in doc["jobs"]}) == len(doc["jobs"])
    for job, posting in zip(doc["jobs"], model.open_postings, strict=True):
        check_jobs_job(job)
        assert job["title"] == posting.title and job["url"] == BASE + posting.url
        assert job["x-company"]["name"] == posting.company.name
        assert job["x-company"]["url"] == posting.company.website
        assert ("compensation" in job) == (posting.salary is not None)
        assert job["x-apply-verified"] is (posting.verified is not None)  # the page's "Verified apply link"
        if posting.salary:
            assert (job["compensation"]["min"], job["compensation"]["max"]) == (posting.salary.min,
                                                                                 posting.salary.max)
    remote = [job for job in doc["jobs"] if job["x-workplace"] == "remote"]
    assert remote and all(loc["remote"] for job in remote for loc in job.get("locations", [job.get("location")]))


def test_opml_bundles_every_rss_feed(built_site) -> None:
    site, result = built_site
    root = ET.fromstring((site / "feeds.opml").read_bytes())
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") and RFC822.fullmatch(root.findtext("head/dateCreated").replace("GMT",
                                                                                                     "+0000"))
    feeds = [o for o in root.iter("outline") if o.get("xmlUrl")]
    scopes = [(s.address, s.page_url) for s in site_feeds(result.model).scopes]
    scopes += [(d.address, d.scope.page_url) for d in digest_scopes(result.model)]  # the daily digests, last
    assert [o.get("xmlUrl") for o in feeds] == [BASE + address.rss_url for address, _ in scopes]
    for outline, (address, page_url) in zip(feeds, scopes, strict=True):
        assert outline.get("type") == "rss" and outline.get("text") == outline.get("title") != ""
        assert outline.get("htmlUrl") == BASE + page_url
        assert (site / address.rss_path).is_file()
    assert [o.get("text") for o in root.findall("body/outline")][-1] == "Daily digests"


B = "https://board.example"
OPML = {  # folder → (title, xmlUrl, htmlUrl) of each feed: a live feed's title is its scope's, a digest's says daily
    "Everything": [
        ("Test Board: all open roles", f"{B}/feed.xml", f"{B}/"),
        ("Test Board: remote roles", f"{B}/remote/feed.xml", f"{B}/?workplace=remote")],
    "By category": [
        ("Test Board: AI roles", f"{B}/categories/ai/feed.xml", f"{B}/categories/ai/"),
        ("Test Board: Web3 roles", f"{B}/categories/web3/feed.xml", f"{B}/categories/web3/"),
        ("Test Board: Robotics roles", f"{B}/categories/robotics/feed.xml", f"{B}/categories/robotics/")],
    "By category and workplace, contract, seniority or visas": [
        ("Test Board: remote AI roles", f"{B}/categories/ai/workplace/remote/feed.xml",
         f"{B}/?category=ai&workplace=remote"),
        ("Test Board: full-time AI roles", f"{B}/categories/ai/type/full-time/feed.xml",
         f"{B}/?category=ai&type=full-time"),
        ("Test Board: staff / principal AI roles", f"{B}/categories/ai/seniority/staff/feed.xml",
         f"{B}/?category=ai&seniority=staff"),
        ("Test Board: on-site Robotics roles", f"{B}/categories/robotics/workplace/onsite/feed.xml",
         f"{B}/?category=robotics&workplace=onsite"),
        ("Test Board: full-time Robotics roles", f"{B}/categories/robotics/type/full-time/feed.xml",
         f"{B}/?category=robotics&type=full-time"),
        ("Test Board: senior Robotics roles", f"{B}/categories/robotics/seniority/senior/feed.xml",
         f"{B}/?category=robotics&seniority=senior")],
    "By company": [("Test Board: roles at Acme Robotics", f"{B}/companies/acme/feed.xml", f"{B}/companies/acme/")],
    "Daily digests": [
        ("Test Board: all open roles, daily", f"{B}/daily.xml", f"{B}/"),
        ("Test Board: AI roles, daily", f"{B}/categories/ai/daily.xml", f"{B}/categories/ai/"),
        ("Test Board: Web3 roles, daily", f"{B}/categories/web3/daily.xml", f"{B}/categories/web3/"),
        ("Test Board: Robotics roles, daily", f"{B}/categories/robotics/daily.xml", f"{B}/categories/robotics/")],
}


def test_feeds_opml_names_these_literal_feeds_and_digests(tmp_path, monkeypatch) -> None:
    """Written out by hand: a reader importing feeds.opml shows these names, so a live feed named as a digest (or a
    digest pointing at a live feed) would read as the same feed twice."""
    monkeypatch.chdir(tmp_path)
    remote = {k: v for k, v in POSTING.items() if k != "locations"} | {
        "title": "ML Lead", "category": "ai", "workplace": "remote"}
    write_tree(tmp_path / "content", basic_tree(**{"senior-robotics-engineer": POSTING, "ml-lead": remote}))
    model, _ = load_model(make_options("content", "site", templates=REPO / "templates", clock=CLOCK))
    root = ET.fromstring(opml_bytes(model.site, CLOCK, site_feeds(model).groups, digest_scopes(model)))
    assert [root.findtext("head/title"), root.findtext("head/dateCreated")] == [
        "Test Board feeds", "Thu, 26 Nov 2026 12:00:00 GMT"]
    folders = root.findall("body/outline")
    assert all(o.get("text") == o.get("title") for folder in folders for o in [folder, *folder])
    assert {folder.get("title"): [(o.get("title"), o.get("xmlUrl"), o.get("htmlUrl")) for o in folder]
            for folder in folders} == OPML


def test_feeds_page_links_every_feed_file(built_site) -> None:
    site, _ = built_site
    html = (site / "feeds/index.html").read_text()
    hrefs = {a["href"] for a in start_tags(html, "a")}
    feed_files = {"/" + p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.name in ("feed.xml", "feed.atom", "feed.json", "jobs.json", "feeds.opml")}
    assert len(feed_files) > 40 and feed_files <= hrefs
    assert "<h1>Feeds and job alerts</h1>" in html
    assert 'href="https://t.me/frontierjobs_ai"' in html


def alternates(html: str) -> dict[str, str]:
    return {link["href"]: link["type"] for link in start_tags(html, "link") if link.get("rel") == "alternate"}


def test_listing_category_and_company_pages_announce_their_feeds(built_site) -> None:
    site, result = built_site
    site_feeds = {"/feed.xml": "application/rss+xml", "/feed.atom": "application/atom+xml",
                  "/feed.json": "application/feed+json"}
    assert alternates((site / "index.html").read_text()) == site_feeds
    for cat in result.model.site.categories:
        found = alternates((site / f"categories/{cat.id}/index.html").read_text())
        assert found == {**site_feeds, f"/categories/{cat.id}/feed.xml": "application/rss+xml",
                         f"/categories/{cat.id}/feed.atom": "application/atom+xml"}
    for company in result.model.companies:
        html = (site / f"companies/{company.slug}/index.html").read_text()
        assert alternates(html)[f"/companies/{company.slug}/feed.atom"] == "application/atom+xml"
        assert f'href="/companies/{company.slug}/feed.xml" type="application/rss+xml">RSS</a>' in html


def alert_links(html: str) -> dict[str, str]:
    section = html.split('<section class="panel alerts"', 1)[1].split("</section>", 1)[0]
    return {m[1]: m[2] for m in re.finditer(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', section)} | {
        "heading": re.search(r"<h2[^>]*>([^<]+)</h2>", section)[1]}


def test_posting_page_offers_roles_like_this_daily(built_site) -> None:
    site, result = built_site
    for posting in result.model.postings:  # closed pages too: the alert is for roles *like* this one
        links = alert_links((site / posting.url.lstrip("/") / "index.html").read_text())
        assert links["heading"] == "Get roles like this daily"
        assert links[f"/categories/{posting.category.id}/feed.xml"] == f"New {posting.category.label} roles"
        assert links[f"/companies/{posting.company.slug}/feed.xml"] == (
            f"New roles at {posting.company.name}".replace("&", "&amp;"))
        assert links[posting.category.telegram] == "Join our Telegram channel for curated job alerts"
        assert (site / f"categories/{posting.category.id}/feed.xml").is_file()


def test_no_telegram_link_when_the_category_has_no_channel(scratch_site) -> None:
    scratch_site(basic_tree(chain={**POSTING, "category": "web3"}))
    links = alert_links(Path("site/jobs/acme/chain/index.html").read_text())
    assert "/categories/web3/feed.xml" in links and "/companies/acme/feed.xml" in links
    assert not any("t.me" in href for href in links)


@pytest.mark.parametrize("path", ["feed.xml", "feed.atom", "companies/acme/feed.xml", "feed.json", "jobs.json"])
def test_hostile_content_stays_text_in_feeds(scratch_site, path: str) -> None:
    evil = {**POSTING, "title": "<script>alert(1)</script> & ]]>", "tags": ["c++", "<b>x</b>", "ros2"]}
    scratch_site(basic_tree(evil=evil))
    raw = Path("site", path).read_bytes()
    if path.endswith(".json"):  # JSON strings are plain text (no field here is HTML): kept exactly
        data = json.loads(raw)
        first = data["items"][0] if "items" in data else data["jobs"][0]
        assert first["title"].startswith("<script>alert(1)</script> & ]]>")
        assert "content_html" not in first
    else:
        assert b"<script>" not in raw and b"<b>x</b>" not in raw
        feed = feedparser.parse(raw)
        assert not feed.bozo and feed.entries[0].title.startswith("<script>alert(1)</script> & ]]>")
        assert "<b>x</b>" in [t.term for t in feed.entries[0].tags]


def test_feed_ids_are_these_literal_tag_uris(scratch_site) -> None:
    """Written out by hand, not by the function under test: an id that changes makes every reader show every
    role as new again."""
    from ..conftest import POSTING, basic_tree

    scratch_site(basic_tree(**{"senior-robotics-engineer": POSTING,
                               "ml-lead": {**POSTING, "title": "ML Lead", "posted": dt.date(2026, 10, 3)}}))
    expected = ["tag:board.example,2026-11-01:jobs/acme/senior-robotics-engineer",
                "tag:board.example,2026-10-03:jobs/acme/ml-lead"]
    site = Path("site")
    assert [e.id for e in feedparser.parse((site / "feed.xml").read_bytes()).entries] == expected
    assert [e.id for e in feedparser.parse((site / "feed.atom").read_bytes()).entries] == expected
    assert [i["id"] for i in json.loads((site / "feed.json").read_text())["items"]] == expected
    assert b"<guid isPermaLink=\"false\">tag:board.example,2026-10-03:jobs/acme/ml-lead</guid>" in \
        (site / "feed.xml").read_bytes()



def test_a_posting_is_in_exactly_the_feed_scopes_that_list_it(built_site) -> None:
    """scopes_of (`jobsite serve` after a save) agrees with the scopes' own lists, for every open posting."""
    model = built_site[1].model
    scopes = site_feeds(model).scopes
    listed = {scope.address.rss_path: {p.key for p in scope_postings(model, scope)} for scope in scopes}
    for posting in model.open_postings:
        found = {scope.address.rss_path for scope in scopes_of(model, posting)}
        assert found == {path for path, keys in listed.items() if posting.key in keys}, posting.key
        assert all(in_scope(posting, scope) == (posting.key in listed[scope.address.rss_path]) for scope in scopes)


SUMMARIES = {  # one role per branch of posting_summary: an estimate (local pay abroad), a salary, both offers
    "ledgerwren/junior-mobile-engineer-react-native":
        "Kraków, Poland · Full-time · On-site · Estimated: $29,000 – $48,000 per year · Posted 24 Nov 2026",
    "thistlegrid/data-engineer-ii": "Seattle, United States; San Francisco, United States · Full-time · Hybrid · "
                                    "Salary: $150,000 – $185,000 per year · Posted 21 Nov 2026",
    "ferrous-lark/locomotion-controls-engineer": "Barcelona, Spain · Contract · 6 months · Hybrid · Estimated: "
                                                 "$35,000 – $68,500 per year · Visa sponsorship · Relocation · "
                                                 "Posted 17 Nov 2026",
    "gantry-and-owl/software-engineer-fleet-management": "Remote (North America) · Full-time · Salary: $135,000 – "
                                                         "$170,000 per year · Time zones UTC−8 to UTC−3 · Posted 20 "
                                                         "Nov 2026",
}


def test_a_feed_summary_is_this_literal_line_for_each_kind_of_pay(built_site) -> None:
    """Where, terms, then the pay as the page states it (an estimate in dollars, never the card's local aside),
    offers, posted; a role with no figure at all says nothing of pay."""
    _, result = built_site
    by_key = {p.key: p for p in result.model.open_postings}
    assert {key: posting_summary(by_key[key]) for key in SUMMARIES} == SUMMARIES
    unpaid = dataclasses.replace(by_key["ledgerwren/junior-mobile-engineer-react-native"], salary=None, estimate=None)
    assert posting_summary(unpaid) == "Kraków, Poland · Full-time · On-site · Posted 24 Nov 2026"


@pytest.mark.parametrize("updated, day", [(None, None), (dt.date(2026, 11, 1), "2026-11-24"),
                                          (dt.date(2026, 11, 30), "2026-11-30")],
                         ids=["no-history", "commit-before-posted", "commit-after-posted"])
def test_a_roles_updated_day_is_its_last_commit_never_before_it_was_posted_in_every_format(
        built_site, updated, day) -> None:
    """jobs.json's x-updatedDate, the JSON Feed's date_modified and the Atom entry's updated all say the same day:
    the file's last commit, or the posted day when the commit is older (a backdated file); absent without one."""
    _, result = built_site
    [posting] = [p for p in result.model.open_postings if p.key == "ledgerwren/junior-mobile-engineer-react-native"]
    posting = dataclasses.replace(posting, updated=updated)
    site = result.model.site
    job = _jobs_json_job(site, posting)
    item = _json_feed_item(site, posting)
    assert job.get("x-updatedDate") == day
    assert item.get("date_modified") == (f"{day}T00:00:00Z" if day else None)
    changed = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)
    atom = feedparser.parse(atom_bytes(_generator(site, "t", "d", (posting,), changed), site, "f.atom", "/"))
    assert dt.date(*atom.entries[0].updated_parsed[:3]).isoformat() == (day or "2026-11-24")


def test_only_the_whole_boards_row_offers_the_json_feed_and_every_role_as_data(built_site) -> None:
    """On /feeds/ the JSON Feed and jobs.json hold every open role: they sit in the whole board's row alone, not in
    the remote roles' row (whose key is empty too) nor any other."""
    site, _ = built_site
    html = (site / "feeds/index.html").read_text()
    rows = re.findall(r"<li>\s*<span class=\"feed-name\">(.*?)</li>", html, re.S)
    with_json = [re.sub(r"<[^>]+>|\s+", " ", row).split(" (")[0].strip() for row in rows
                 if 'href="/feed.json"' in row or 'href="/jobs.json"' in row]
    assert with_json == ["All open roles"]
    [row] = [row for row in rows if 'href="/feed.json"' in row]
    assert 'href="/jobs.json"' in row and 'href="/feed.xml"' in row and 'href="/feed.atom"' in row


@pytest.mark.parametrize("value", [
    {"b": [1, 2.5, None, True, False, {}], "a": {"z": "é\u2028\"\\</script>", "y": [], "x": [{"k": -0.0}]}},
    [], {}, "plain", 3, [[[]], [{}], {"": ""}], ({"t": (1, "x")},),
])
def test_indented_json_is_json_dumps_byte_for_byte(value) -> None:
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)
    assert indented_json(value) == expected
    assert indented_json(value, "\n    ") == expected.replace("\n", "\n    ")


def test_jobs_json_spliced_from_runs_lists_each_posting_once_in_order_as_one_dump_would(built_site) -> None:
    """jobs.json is joined from runs of postings, each run cut after a posting whose key's CRC picks it (the
    bundled board is too small for a cut): every run starts afresh after its cut, so the file is byte for byte
    one json.dumps of every job, each listed once, in order."""
    _, result = built_site
    site = result.model.site
    [model] = [p for p in result.model.open_postings if p.key == "ledgerwren/junior-mobile-engineer-react-native"]
    postings = tuple(dataclasses.replace(model, slug=f"role-{i}") for i in range(200))
    assert [len(run) for run in jobs_runs(postings)] == [56, 107, 35, 2]  # cut after role-55, -162 and -197
    text = jobs_json_bytes(Table(), site, dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc), postings)
    doc = json.loads(text)
    assert [job["id"].rsplit(":jobs/", 1)[1] for job in doc["jobs"]] == [f"ledgerwren/role-{i}" for i in range(200)]
    unsplit = {**doc, "jobs": [_jobs_json_job(site, p) for p in postings]}
    assert text == (json.dumps(unsplit, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()


def test_jobs_json_of_a_board_with_no_open_postings_lists_no_jobs(built_site) -> None:
    site = built_site[1].model.site
    text = jobs_json_bytes(Table(), site, dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc), ())
    doc = json.loads(text)
    assert doc["jobs"] == [] and doc["company"]["name"] == site.title
    assert text == (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()


def test_indented_json_refuses_keys_json_dumps_would_change() -> None:
    with pytest.raises(TypeError, match=r"indented_json: keys must be str, not \['int', 'str'\]"):
        indented_json({1: "a", "b": 2})


def test_a_job_in_jobs_json_leaves_no_cyclic_garbage(built_site) -> None:
    """jobs.json's items are made once per posting, in the build's parent with its collector off: json.dumps with
    an indent left a cycle per call (every posting's worth of it held until the build ended)."""
    import gc

    _, result = built_site
    site, postings = result.model.site, result.model.open_postings
    expected = [json.dumps(_jobs_json_job(site, p), ensure_ascii=False, sort_keys=True, indent=2) for p in postings]
    gc.collect()
    gc.disable()
    try:
        made = [job_bytes(site, posting) for posting in postings]
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert made == [("\n".join("    " + line for line in text.split("\n"))).encode() for text in expected]


def test_the_feeds_page_leaves_out_a_group_with_no_feed(scratch_site) -> None:
    """One posting: no tag has the three open roles a feed of its own needs, so /feeds/ has no "By tag" section at
    all (an empty heading over an empty list would be all it could show); the groups that have feeds stay."""
    result = scratch_site(basic_tree())
    assert result.model.feed_tags == ()
    html = Path("site/feeds/index.html").read_text()
    headings = re.findall(r'<h2 id="feeds-([a-z]+)">', html)
    assert headings == ["everything", "categories", "combinations", "companies", "daily"]
