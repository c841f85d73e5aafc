"""Visas, relocation and time-zone windows as the built site states them: cards, the posting page's facts,
JSON-LD (schema.org properties only), jobs.json, feeds and announcements. One site, built once per module; the
browser tests (browser/test_offers.py) read the same one."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
import pytest

from generator.announce.messages import mastodon_message, telegram_message
from generator.announce.roles import load_roles
from generator.build import build_site
from generator.config import make_options
from generator.load.sources import Body
from generator.model import Category, Company, Posting
from generator.render import format as fmt

from ..conftest import CLOCK, POSTING, REPO, basic_tree, write_tree

D = dt.date
REMOTE = {"workplace": "remote", "locations": None}
# Hidden-test shaped: each fact on some roles and not others, windows on both sides of the Atlantic.
ROLES = {
    "americas": {**POSTING, **REMOTE, "title": "Remote Engineer Americas", "category": "ai", "tags": ["python"],
                 "time_zones": {"from": "UTC-8", "to": "UTC-3"}, "visa_sponsorship": True, "relocation": False,
                 "posted": D(2026, 11, 24)},
    "europe": {**POSTING, **REMOTE, "title": "Remote Engineer Europe", "category": "ai", "tags": ["python"],
               "time_zones": {"from": "UTC+0", "to": "UTC+3"}, "relocation": True, "posted": D(2026, 11, 20)},
    "anywhere": {**POSTING, **REMOTE, "title": "Remote Engineer Anywhere", "category": "ai", "tags": ["python"],
                 "visa_sponsorship": False, "posted": D(2026, 11, 10)},
    "berlin": {**POSTING, "title": "Robotics Engineer Berlin", "visa_sponsorship": True, "relocation": True,
               "posted": D(2026, 11, 18)},
    "munich": {**POSTING, "title": "Robotics Engineer Munich", "locations": [{"city": "Munich", "country": "DE"}],
               "employment_type": "contract", "posted": D(2026, 10, 20)},
    "auditor": {**POSTING, **REMOTE, "title": "Smart Contract Auditor", "category": "web3", "tags": ["audits"],
                "posted": D(2026, 11, 12)},
}
BODIES = {"auditor": "You will review Solidity and Vyper contracts before they ship.\n",
          "munich": "A solid understanding of control theory and a solid grasp of C++.\n"}


def offers_tree() -> dict[str, str | bytes]:
    tree = basic_tree(**{name: {k: v for k, v in data.items() if v is not None} for name, data in ROLES.items()})
    for name, body in BODIES.items():
        tree[f"jobs/acme/{name}.md"] = tree[f"jobs/acme/{name}.md"].replace("Some description.\n", body)
    return tree


@pytest.fixture(scope="module")
def offers_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("offers")
    write_tree(root / "content", offers_tree())
    result = build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    assert len(result.model.open_postings) == len(ROLES)
    return root / "site"


def card_offers(html: str) -> dict[str, list[str]]:
    doc = lxml.html.fromstring(html)
    return {card.xpath(".//h2/a/text()")[0]: card.xpath(".//ul[@class='card-offers']/li/text()")
            for card in doc.xpath("//div[@data-server-list]//li[@class='card']")}


def test_cards_say_what_a_role_offers_and_nothing_it_does_not(offers_site: Path) -> None:
    assert card_offers((offers_site / "index.html").read_text()) == {
        "Remote Engineer Americas": ["Visa sponsorship"], "Remote Engineer Europe": ["Relocation"],
        "Robotics Engineer Berlin": ["Visa sponsorship", "Relocation"], "Smart Contract Auditor": [],
        "Remote Engineer Anywhere": [], "Robotics Engineer Munich": []}


def facts(site: Path, slug: str) -> dict[str, str]:
    doc = lxml.html.fromstring((site / f"jobs/acme/{slug}/index.html").read_text())
    return {div.xpath("dt")[0].text_content(): div.xpath("dd")[0].text_content()
            for div in doc.xpath("//dl[@class='facts']/div")}


def test_the_posting_page_states_the_window_and_both_answers(offers_site: Path) -> None:
    americas = facts(offers_site, "americas")
    assert (americas["Time zones"], americas["Visa sponsorship"], americas["Relocation help"]) == (
        "UTC−8 to UTC−3", "Yes", "No")
    assert "Time zones" not in facts(offers_site, "berlin") and "Visa sponsorship" not in facts(offers_site, "munich")
    html = (offers_site / "jobs/acme/americas/index.html").read_text()
    lines = json.loads(lxml.html.fromstring(html).xpath("//span[@data-tz-overlap]/@data-tz-overlap")[0])
    assert lines["-300"] == " (from your time zone, UTC−5: a full working day in common)"
    assert lines["60"] == " (from your time zone, UTC+1: 4 working hours in common)"


def json_ld(site: Path, slug: str) -> dict:
    html = (site / f"jobs/acme/{slug}/index.html").read_text()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


# Every property JobPosting data may carry here: schema.org/JobPosting's own and its parents' (Thing).
SCHEMA_ORG_JOB_POSTING = {"@context", "@type", "title", "description", "datePosted", "employmentType",
                          "hiringOrganization", "identifier", "directApply", "url", "validThrough", "jobLocation",
                          "jobLocationType", "applicantLocationRequirements", "baseSalary", "estimatedSalary",
                          "eligibilityToWorkRequirement", "jobBenefits"}


def test_json_ld_uses_only_schema_org_properties_for_visas_and_relocation(offers_site: Path) -> None:
    berlin, anywhere, auditor = (json_ld(offers_site, s) for s in ("berlin", "anywhere", "auditor"))
    assert berlin["eligibilityToWorkRequirement"] == "The employer sponsors work visas."
    assert berlin["jobBenefits"] == "Relocation assistance."
    assert anywhere["eligibilityToWorkRequirement"].startswith("The employer does not sponsor work visas")
    assert "jobBenefits" not in anywhere and "eligibilityToWorkRequirement" not in auditor
    for slug in ROLES:
        assert set(json_ld(offers_site, slug)) <= SCHEMA_ORG_JOB_POSTING, slug


def test_jobs_json_feeds_and_announcements_carry_the_facts(offers_site: Path) -> None:
    jobs = {j["title"]: j for j in json.loads((offers_site / "jobs.json").read_text())["jobs"]}
    americas = jobs["Remote Engineer Americas"]
    assert (americas["x-visa-sponsorship"], americas["x-relocation"]) == (True, False)
    assert americas["x-time-zones"] == {"from": "UTC-8", "to": "UTC-3", "fromMinutes": -480, "toMinutes": -180,
                                        "text": "UTC−8 to UTC−3"}
    assert not {"x-visa-sponsorship", "x-relocation", "x-time-zones"} & set(jobs["Smart Contract Auditor"])
    feed = feedparser.parse((offers_site / "feed.xml").read_bytes())
    entry = next(e for e in feed.entries if e.title.startswith("Robotics Engineer Berlin"))
    assert "Visa sponsorship · Relocation" in entry.summary
    assert [t.term for t in entry.tags][-2:] == ["Visa sponsorship", "Relocation"]
    _, roles = load_roles(str(offers_site), CLOCK)
    role = next(r for r in roles if r.title == "Remote Engineer Americas")
    assert "Time zones UTC−8 to UTC−3 · Visa sponsorship" in telegram_message(role).split("\n")
    assert "Time zones UTC−8 to UTC−3 · Visa sponsorship" in mastodon_message(role).split("\n")


COMBINATIONS = {  # every category × workplace / type / seniority / visas that holds an open role, and no other
    "/categories/ai/workplace/remote/feed.xml", "/categories/ai/type/full-time/feed.xml",
    "/categories/ai/seniority/mid/feed.xml", "/categories/ai/visa/feed.xml",
    "/categories/robotics/workplace/onsite/feed.xml", "/categories/robotics/type/full-time/feed.xml",
    "/categories/robotics/type/contract/feed.xml",
    "/categories/robotics/seniority/mid/feed.xml", "/categories/robotics/visa/feed.xml",
    "/categories/web3/workplace/remote/feed.xml", "/categories/web3/type/full-time/feed.xml",
    "/categories/web3/seniority/mid/feed.xml",
}


def test_combination_feeds_exist_only_with_open_roles_and_are_listed(offers_site: Path) -> None:
    made = {"/" + p.relative_to(offers_site).as_posix() for p in offers_site.glob("categories/*/*/**/feed.xml")}
    assert made == COMBINATIONS
    opml = lxml.etree.fromstring((offers_site / "feeds.opml").read_bytes())
    folder = opml.xpath("//outline[@text='By category and workplace, contract, seniority or visas']")[0]
    listed = {o.get("xmlUrl").removeprefix("https://board.example") for o in folder}
    assert listed == COMBINATIONS
    assert {o.get("text") for o in folder} >= {"Test Board: remote AI roles", "Test Board: AI roles that sponsor visas",
                                              "Test Board: contract Robotics roles"}
    page = (offers_site / "feeds/index.html").read_text()
    assert all(f'href="{url}"' in page for url in COMBINATIONS)
    remote_ai = feedparser.parse((offers_site / "categories/ai/workplace/remote/feed.xml").read_bytes())
    assert remote_ai.feed.link == "https://board.example/?category=ai&workplace=remote"
    assert [e.title for e in remote_ai.entries] == ["Remote Engineer Americas at Acme Robotics",
                                                    "Remote Engineer Europe at Acme Robotics",
                                                    "Remote Engineer Anywhere at Acme Robotics"]


def posting(**fields) -> Posting:
    company = Company("acme", "Acme", "https://acme.example", "seed", "Robots.", Body.of(""), "content/companies/a.md")
    return Posting(**{"slug": "x", "title": "Engineer", "company": company, "category": Category("ai", "AI"),
                      "posted": D(2026, 11, 1), "apply_url": "https://acme.example/x", "body": Body.of(""),
                      "source": "content/jobs/acme/x.md", "is_open": True, **fields})


@pytest.mark.parametrize("employment_type, duration, workplace, line", [
    ("full-time", None, "onsite", "Full-time · On-site"),
    ("part-time", None, "hybrid", "Part-time · Hybrid"),
    ("contract", "6 months", "hybrid", "Contract · 6 months · Hybrid"),
    ("internship", "12–24 weeks", "onsite", "Internship · 12–24 weeks · On-site"),
    ("temporary", "3 months", "remote", "Temporary · 3 months"),  # the place line already says Remote
    ("full-time", None, "remote", "Full-time"),
])
def test_the_terms_line_is_the_contract_its_length_as_written_then_the_workplace(
        employment_type: str, duration: str | None, workplace: str, line: str) -> None:
    """On cards, pages and feeds: the duration is the author's words, never given a unit of its own."""
    terms = fmt.format_terms(posting(employment_type=employment_type, duration=duration, workplace=workplace))
    assert terms == line
