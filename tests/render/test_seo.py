"""Search engines: JobPosting and Organization JSON-LD checked against Google's rules, meta tags on every
page, sitemap.xml and robots.txt."""
from __future__ import annotations

import dataclasses
import datetime as dt
import html as html_lib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.model import Salary, closes_at
from generator.render.hosting.sitemap import SITEMAP_NS, SitemapEntry, sitemap_xml
from generator.render.pages.seo import _offers, attribute_json, closing_time, job_posting, script_json

from ..conftest import POSTING, basic_tree
from .test_feeds import start_tags

BASE = "https://frontierjobs.example"
LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
GOOGLE_EMPLOYMENT = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM",
                     "OTHER"}
UNIT_TEXT = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in LD_RE.findall(html)]


def page_of(site: Path, url: str) -> str:
    return (site / url.lstrip("/") / "index.html").read_text()


def as_list(value: dict | list) -> list:
    return value if isinstance(value, list) else [value]


def check_money(amount: dict, low: float, high: float, currency: str, period: str) -> None:
    assert amount["@type"] == "MonetaryAmount" and amount["currency"] == currency
    value = amount["value"]
    assert value["@type"] == "QuantitativeValue" and value["unitText"] == period.upper()
    assert value["unitText"] in UNIT_TEXT
    if low == high:
        assert value["value"] == low
    else:
        assert (value["minValue"], value["maxValue"]) == (low, high)


def check_locations(data: dict, posting) -> None:
    """Remote ⇒ TELECOMMUTE ⇒ applicantLocationRequirements; otherwise a Place per location."""
    places = as_list(data.get("jobLocation", []))
    assert [(p["@type"], p["address"]["@type"], p["address"]["addressLocality"], p["address"]["addressCountry"])
            for p in places] == [("Place", "PostalAddress", loc.city, loc.country) for loc in posting.locations]
    if posting.workplace == "remote":
        assert data["jobLocationType"] == "TELECOMMUTE"
        areas = as_list(data["applicantLocationRequirements"])
        assert areas and all(a["@type"] in ("Country", "AdministrativeArea") and a["name"] for a in areas)
    else:
        assert "jobLocationType" not in data and "applicantLocationRequirements" not in data
        assert places  # Google requires jobLocation unless the role is fully remote


def check_job_posting(data: dict, posting) -> None:
    # Google's required properties.
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    assert data["title"] == posting.title
    assert data["description"] == posting.body_html and data["description"].startswith("<")
    assert data["datePosted"] == posting.posted.isoformat()
    org = data["hiringOrganization"]
    assert org["@type"] == "Organization" and org["name"] == posting.company.name
    assert org["sameAs"] == posting.company.website and org.get("logo") == posting.company.logo
    check_locations(data, posting)
    # Google's recommended properties.
    assert data["employmentType"] in GOOGLE_EMPLOYMENT
    assert data["identifier"] == {"@type": "PropertyValue", "name": posting.company.name, "value": posting.key}
    assert data["directApply"] is False
    assert data["url"] == BASE + posting.url
    if posting.expires:
        assert dt.datetime.fromisoformat(data["validThrough"].replace("Z", "+00:00")) == closes_at(posting.expires)
    else:
        assert "validThrough" not in data
    if posting.salary:
        s = posting.salary
        check_money(data["baseSalary"], s.min, s.max, s.currency, s.period)
        assert "estimatedSalary" not in data
    else:
        assert "baseSalary" not in data


def test_every_open_posting_carries_google_job_posting_data(built_site) -> None:
    site, result = built_site
    kinds = set()
    for posting in result.model.postings:
        blocks = json_ld(page_of(site, posting.url))
        if not posting.is_open:
            assert blocks == []  # closed: no JobPosting, so search engines drop it
            continue
        assert len(blocks) == 1
        check_job_posting(blocks[0], posting)
        kinds.add((posting.workplace, posting.salary is not None, posting.expires is not None))
    # The bundled content exercises every branch above.
    assert {k[0] for k in kinds} == {"onsite", "hybrid", "remote"} and {k[1] for k in kinds} == {True, False}
    assert {k[2] for k in kinds} == {True, False}


def test_employment_types_map_to_googles_enum(built_site) -> None:
    site, result = built_site
    seen = {p.employment_type: json_ld(page_of(site, p.url))[0]["employmentType"]
            for p in result.model.open_postings}
    assert seen == {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR",
                    "internship": "INTERN", "temporary": "TEMPORARY"}


def model_posting(built_site, **changes):
    _, result = built_site
    base = next(p for p in result.model.open_postings if p.workplace == "onsite" and p.salary is None)
    return result.model.site, dataclasses.replace(base, **changes)


def job_posting_on_page(site: Path, posting) -> dict:
    [data] = [d for d in json_ld(page_of(site, posting.url)) if d["@type"] == "JobPosting"]
    return data


def test_built_postings_carry_their_estimate_as_estimated_salary(built_site) -> None:
    site, result = built_site
    estimated = [p for p in result.model.open_postings if p.salary is None]
    assert estimated and all(p.estimate is not None for p in estimated)
    for posting in estimated:
        data = job_posting_on_page(site, posting)
        assert "baseSalary" not in data, posting.key
        e = posting.estimate
        check_money(data["estimatedSalary"], e.min, e.max, e.currency, e.period)
    for paid in (p for p in result.model.open_postings if p.salary):
        data = job_posting_on_page(site, paid)
        assert paid.estimate is None and "estimatedSalary" not in data  # the employer's range wins, as on the page
        check_money(data["baseSalary"], paid.salary.min, paid.salary.max, paid.salary.currency, paid.salary.period)


def test_an_estimate_reaches_page_and_json_ld_as_the_table_says(scratch_site) -> None:
    """From compensation.yaml to what a visitor and a search engine read, worked out by hand on the way."""
    from ..model.test_compensation import by_hand

    posting = {**POSTING, "title": "Senior Data Engineer", "category": "ai"}  # at Acme: Series A, Berlin
    result = scratch_site(basic_tree(data={**posting}))
    low, _, high = by_hand("data-engineer", "senior", "western-europe", stage="series-a", title="data engineer")
    [built] = result.model.open_postings
    assert (built.estimate.min, built.estimate.max) == (low, high)
    page = Path("site/jobs/acme/data/index.html").read_text()
    assert f"${low:,} – ${high:,} per year" in html_lib.unescape(page)
    [data] = [d for d in json_ld(page) if d["@type"] == "JobPosting"]
    assert "baseSalary" not in data
    check_money(data["estimatedSalary"], low, high, "USD", "year")


def test_every_pay_period_has_googles_unit_and_whole_numbers_stay_whole(built_site) -> None:
    site, posting = model_posting(built_site)
    for period, unit in (("hour", "HOUR"), ("day", "DAY"), ("week", "WEEK"), ("month", "MONTH"), ("year", "YEAR")):
        paid = dataclasses.replace(posting, salary=Salary(250.0, 300.5, "EUR", period))
        assert job_posting(site, paid)["baseSalary"] == {
            "@type": "MonetaryAmount", "currency": "EUR",
            "value": {"@type": "QuantitativeValue", "unitText": unit, "minValue": 250, "maxValue": 300.5}}
    one_figure = dataclasses.replace(posting, salary=Salary(90000.0, 90000.0, "USD", "year"))
    value = job_posting(site, one_figure)["baseSalary"]["value"]
    assert value == {"@type": "QuantitativeValue", "unitText": "YEAR", "value": 90000}
    assert isinstance(value["value"], int)  # 90000, not 90000.0


def test_remote_roles_say_where_applicants_may_live(built_site) -> None:
    site, onsite = model_posting(built_site)
    remote = dataclasses.replace(onsite, workplace="remote", remote_eligibility=("EU", "US", "Latin America"))
    assert job_posting(site, remote)["applicantLocationRequirements"] == [
        {"@type": "AdministrativeArea", "name": "European Union"}, {"@type": "Country", "name": "United States"},
        {"@type": "AdministrativeArea", "name": "Latin America"}]
    home_base = dataclasses.replace(remote, remote_eligibility=())
    assert job_posting(site, home_base)["applicantLocationRequirements"] == {
        "@type": "Country", "name": onsite.locations[0].country_name}
    anywhere = dataclasses.replace(home_base, locations=())
    data = job_posting(site, anywhere)
    assert data["applicantLocationRequirements"] == {"@type": "AdministrativeArea", "name": "Worldwide"}
    assert "jobLocation" not in data and data["jobLocationType"] == "TELECOMMUTE"
    hybrid = job_posting(site, dataclasses.replace(onsite, workplace="hybrid"))
    assert "jobLocationType" not in hybrid and hybrid["jobLocation"]


def test_closing_time_is_noon_utc_after_the_last_day() -> None:
    assert closing_time(dt.date(2027, 1, 15)) == "2027-01-16T12:00:00Z"
    assert closing_time(dt.date(2026, 12, 31)) == "2027-01-01T12:00:00Z"


NO_VISAS = "The employer does not sponsor work visas: applicants need the right to work already."


@pytest.mark.parametrize(("visa", "relocation", "expected"), [
    (None, None, {}),  # unstated is not 'no': JSON-LD says nothing
    (True, None, {"eligibilityToWorkRequirement": "The employer sponsors work visas."}),
    (False, None, {"eligibilityToWorkRequirement": NO_VISAS}),
    (None, True, {"jobBenefits": "Relocation assistance."}),
    (None, False, {}),  # no relocation help is no benefit to list
    (False, True, {"eligibilityToWorkRequirement": NO_VISAS, "jobBenefits": "Relocation assistance."}),
])
def test_json_ld_states_visas_and_relocation_only_as_the_posting_does(visa, relocation, expected) -> None:
    from types import SimpleNamespace

    assert _offers(SimpleNamespace(visa_sponsorship=visa, relocation=relocation)) == expected


def test_json_ld_cannot_be_closed_by_content(scratch_site) -> None:
    # U+2028 ends a line in old JavaScript parsers: a one-line field refuses it, the body may still hold one.
    title = "</script><script>alert(1)</script> <!-- &"
    files = basic_tree(evil={**POSTING, "title": title})
    files["jobs/acme/evil.md"] = files["jobs/acme/evil.md"].replace("Some description.",
                                                                    "Ends </SCRIPT> here,\u2028and here.")
    scratch_site(files)
    html = Path("site/jobs/acme/evil/index.html").read_text()
    [block] = LD_RE.findall(html)
    assert not set(block) & {"<", ">", "&", "\u2028"}
    assert json.loads(block)["title"] == title and "\u2028and here" in json.loads(block)["description"]
    assert script_json({"x": "</script>"}) == '{"x":"\\u003c/script\\u003e"}'


def test_json_for_a_single_quoted_attribute_escapes_what_would_end_or_open_markup() -> None:
    data = {"label": "UTC+5:30 ' onmouseover='x' <b> & \"quoted\"", "n": 3}
    text = attribute_json(data)
    assert text == ('{"label":"UTC+5:30 &#39; onmouseover=&#39;x&#39; &lt;b&gt; &amp; \\"quoted\\"","n":3}')
    assert json.loads(html_lib.unescape(text)) == data  # what the browser hands the script


def test_company_pages_carry_organization_data(built_site) -> None:
    site, result = built_site
    for company in result.model.companies:
        [data] = json_ld(page_of(site, company.url))
        assert data["@context"] == "https://schema.org" and data["@type"] == "Organization"
        assert data["name"] == company.name and data["url"] == company.website
        assert data["description"] == company.tagline
        assert data.get("sameAs", []) == [url for _, url in company.links]
        if company.headquarters:
            assert data["address"]["addressCountry"] == company.headquarters.country


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "static" not in p.parts)


def meta_of(html: str) -> dict[str, str]:
    return {m.get("name") or m.get("property"): m.get("content", "") for m in start_tags(html, "meta")
            if m.get("name") or m.get("property")}


def test_every_page_has_description_canonical_opengraph_and_twitter_card(built_site) -> None:
    site, _ = built_site
    for path in html_pages(site):
        html = path.read_text()
        meta = meta_of(html)
        [canonical] = [link["href"] for link in start_tags(html, "link") if link.get("rel") == "canonical"]
        title = html_lib.unescape(re.search(r"<title>(.*?)</title>", html, re.S)[1])
        assert canonical.startswith(BASE + "/"), path
        assert len(meta["description"]) > 20, path
        assert meta["og:title"] == title and meta["twitter:title"] == title, path
        assert meta["og:description"] == meta["description"] == meta["twitter:description"], path
        assert meta["og:url"] == canonical and meta["og:type"] == "website", path
        assert meta["og:site_name"] == "Frontier Jobs" and meta["twitter:card"] == "summary", path


def sitemap_of(site: Path) -> dict[str, str]:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    return {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in root.findall("s:url", ns)}


def element_tree_sitemap(base_url: str, entries: list[SitemapEntry]) -> bytes:
    """The sitemap as ElementTree wrote it before it was written as text: the reference for its bytes."""
    urlset = ET.Element("urlset", xmlns=SITEMAP_NS)
    for entry in entries:
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = base_url + entry.path
        ET.SubElement(url, "lastmod").text = entry.lastmod.isoformat()
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def test_sitemap_text_is_byte_for_byte_what_element_tree_writes() -> None:
    day = dt.date(2026, 11, 26)
    hostile = [SitemapEntry("/", day), SitemapEntry("/jobs/a&b/<x>/\"q\"/'s'/", day),
               SitemapEntry("/jobs/łódź/ü-café/", dt.date(2025, 1, 2)), SitemapEntry("/x>y&amp;/", day)]
    for base in ("https://jobs.example", "https://a.example/?x=1&y=<2>", "https://bücher.example"):
        for entries in ([], hostile[:1], hostile):
            assert sitemap_xml(base, entries) == element_tree_sitemap(base, entries), (base, entries)


def test_sitemap_lists_exactly_open_postings_and_the_other_pages(built_site) -> None:
    site, result = built_site
    model = result.model
    listed = sitemap_of(site)
    others = ["/", *(c.url for c in model.site.categories), "/companies/", *(c.url for c in model.companies),
              "/feeds/", "/pay-transparency/", "/stats/"]
    assert set(listed) == {BASE + url for url in [*others, *(p.url for p in model.open_postings)]}
    for posting in model.open_postings:
        assert listed[BASE + posting.url] == posting.posted.isoformat()
    assert not any("/apply/" in url for url in listed)
    assert not any(BASE + p.url in listed for p in model.postings if not p.is_open)
    for url, lastmod in listed.items():
        assert dt.date.fromisoformat(lastmod) <= model.clock.date()
        assert "noindex" not in page_of(site, url.removeprefix(BASE))


def test_every_indexable_page_is_in_the_sitemap(built_site) -> None:
    site, _ = built_site
    listed = sitemap_of(site)
    for path in html_pages(site):
        html = path.read_text()
        if meta_of(html).get("robots", "") != "noindex":
            url = BASE + "/" + path.relative_to(site).as_posix().removesuffix("index.html")
            assert url in listed, f"{url} is indexable but missing from sitemap.xml"


def test_listing_lastmod_follows_its_newest_change(built_site) -> None:
    site, result = built_site
    model = result.model
    listed = sitemap_of(site)
    newest_open = max(p.posted for p in model.open_postings)
    newest_close = max(closes_at(p.expires).date() for p in model.postings if not p.is_open)
    assert listed[BASE + "/"] == max(newest_open, newest_close).isoformat()
    ai = max(p.posted for p in model.open_by_category["ai"])
    ai_closed = [closes_at(p.expires).date() for p in model.postings if p.category.id == "ai" and not p.is_open]
    assert listed[BASE + "/categories/ai/"] == max([ai, *ai_closed]).isoformat()


def test_a_listing_whose_newest_change_is_a_role_closing_says_so(scratch_site) -> None:
    import datetime as dt

    from ..conftest import COMPANY, front_matter

    gone = {**POSTING, "title": "Gone", "posted": dt.date(2026, 10, 1), "expires": dt.date(2026, 11, 20)}
    files = basic_tree(old={**POSTING, "posted": dt.date(2026, 11, 1)}, gone=gone)
    files["companies/beta.md"] = front_matter({**COMPANY, "name": "Beta"})
    files["jobs/beta/fresh.md"] = front_matter({**POSTING, "company": "beta", "posted": dt.date(2026, 11, 25)})
    files["companies/gamma.md"] = front_matter({**COMPANY, "name": "Gamma"})  # no roles ever: the board's day
    # Marked closed on 23 Nov, weeks before it would expire: the day it was closed is its page's last change.
    files["companies/delta.md"] = front_matter({**COMPANY, "name": "Delta"})
    files["jobs/delta/shut.md"] = front_matter({**POSTING, "company": "delta", "posted": dt.date(2026, 11, 2),
                                                "expires": dt.date(2026, 12, 20), "closed": dt.date(2026, 11, 23)})
    scratch_site(files)
    listed = sitemap_of(Path("site"))
    assert listed["https://board.example/companies/delta/"] == "2026-11-23"
    # The pages about the whole board change with it; the rule table's page when the table was reviewed
    # (1 Dec 2026), but never later than the build (26 Nov).
    for url in ("/companies/", "/feeds/", "/stats/", "/categories/robotics/"):
        assert listed["https://board.example" + url] == "2026-11-25", url
    assert listed["https://board.example/pay-transparency/"] == "2026-11-26"
    # Acme's page last changed when "Gone" left it (its last day 20 Nov, so 21 Nov 12:00 UTC), after "old" came.
    assert listed["https://board.example/companies/acme/"] == "2026-11-21"
    assert listed["https://board.example/companies/beta/"] == "2026-11-25"
    assert listed["https://board.example/companies/gamma/"] == "2026-11-25"  # not the build's day (26 Nov)
    assert listed["https://board.example/"] == "2026-11-25"
    # Beta's role closed by hand, then a warm build (the same cache): it leaves the sitemap, and the pages it was
    # the newest change of say the day it closed.
    fresh = Path("content/jobs/beta/fresh.md")
    fresh.write_text(fresh.read_text().replace("posted: 2026-11-25\n", "posted: 2026-11-25\nclosed: 2026-11-26\n"))
    scratch_site({})
    after = sitemap_of(Path("site"))
    assert set(listed) - set(after) == {"https://board.example/jobs/beta/fresh/"} and set(after) <= set(listed)
    assert after["https://board.example/companies/beta/"] == "2026-11-26"


def test_robots_txt_allows_crawling_and_points_at_the_sitemap(built_site) -> None:
    site, _ = built_site
    lines = (site / "robots.txt").read_text().splitlines()
    assert lines[0] == "User-agent: *" and "Disallow: /" not in lines
    assert "Sitemap: https://frontierjobs.example/sitemap.xml" in lines
