"""Daily digest feeds as readers and RSS-to-email services see them: parsed with feedparser, field by field."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import feedparser
from axe_playwright_python.sync_playwright import Axe

from generator.base.cache import CACHE_DIR_NAME, Cache
from generator.build import build_site
from generator.config import make_options
from generator.render.feeds.digests import DIGEST_DAYS

from ..conftest import CLOCK, POSTING, REPO, SITE, basic_tree

BASE = "https://board.example"
TODAY = CLOCK.date()  # 26 Nov 2026: roles posted today wait for tomorrow's item


def role(title: str, day: int, category: str = "robotics", **extra) -> dict:
    return {**POSTING, "title": title, "category": category, "posted": dt.date(2026, 11, day), **extra}


def digest_tree() -> dict[str, str | bytes]:
    return basic_tree(
        a=role("Alpha Engineer", 24), b=role("Beta Engineer", 24, "ai"), c=role("Gamma Engineer", 25),
        today=role("Posted Today", 26), closed=role("Closed Role", 24, expires=dt.date(2026, 11, 24)),
        older=role("Delta Engineer", 10, "ai"))


def parse(path: str):
    feed = feedparser.parse(Path("site", path).read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return feed


def test_the_board_digest_has_one_item_per_finished_day_with_that_days_open_roles(scratch_site) -> None:
    scratch_site(digest_tree())
    feed = parse("daily.xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Test Board: all open roles, daily digest"
    assert feed.feed.link == f"{BASE}/"
    assert feed.feed.subtitle == "One item a day listing the new roles posted that day on Test Board."
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [f"{BASE}/daily.xml"]
    assert [e.title for e in feed.entries] == ["1 new role, 25 Nov 2026", "2 new roles, 24 Nov 2026",
                                               "1 new role, 10 Nov 2026"]
    # the channel is as new as its newest item, which is dated when its day is over
    assert feed.feed.updated_parsed[:6] == feed.entries[0].published_parsed[:6] == (2026, 11, 26, 0, 0, 0)
    day = feed.entries[1]
    assert day.id == "tag:board.example,2026-11-24:digest/all" and day.guidislink is False
    assert day.link == f"{BASE}/#new-2026-11-24"
    assert day.published_parsed[:6] == (2026, 11, 25, 0, 0, 0)  # when the day is over
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a> at ([^<]+)<br ?/?>', day.summary)
    assert links == [(f"{BASE}/jobs/acme/a/", "Alpha Engineer", "Acme Robotics"),
                     (f"{BASE}/jobs/acme/b/", "Beta Engineer", "Acme Robotics")]
    assert "Berlin, Germany · Full-time · On-site" in day.summary and "Posted 24 Nov 2026" in day.summary
    assert "Closed Role" not in Path("site/daily.xml").read_text()
    assert "Posted Today" not in Path("site/daily.xml").read_text()


def test_a_category_digest_lists_only_its_roles_and_links_its_page(scratch_site) -> None:
    scratch_site(digest_tree())
    feed = parse("categories/ai/daily.xml")
    assert feed.feed.title == "Test Board: AI roles, daily digest"
    assert feed.feed.link == f"{BASE}/categories/ai/"
    assert [(e.title, e.id, e.link) for e in feed.entries] == [
        ("1 new AI role, 24 Nov 2026", "tag:board.example,2026-11-24:digest/categories/ai",
         f"{BASE}/categories/ai/#new-2026-11-24"),
        ("1 new AI role, 10 Nov 2026", "tag:board.example,2026-11-10:digest/categories/ai",
         f"{BASE}/categories/ai/#new-2026-11-10")]
    assert "Beta Engineer" in feed.entries[0].summary and "Alpha" not in feed.entries[0].summary
    assert parse("categories/web3/daily.xml").entries == []  # exists, so the alerts link never 404s


def test_the_atom_digest_says_the_same(scratch_site) -> None:
    scratch_site(digest_tree())
    rss, atom = parse("categories/robotics/daily.xml"), parse("categories/robotics/daily.atom")
    assert atom.version == "atom10"
    assert atom.feed.id == f"{BASE}/categories/robotics/daily.atom"
    assert [link.href for link in atom.feed.links if link.rel == "self"] == [f"{BASE}/categories/robotics/daily.atom"]
    fields = ("id", "title", "link", "summary", "published_parsed")
    assert [[e[f] for f in fields] for e in atom.entries] == [[e[f] for f in fields] for e in rss.entries]
    assert atom.entries[0].summary_detail.type == "text/html"
    assert atom.entries[0].updated == atom.entries[0].published


def test_hostile_titles_stay_text_in_the_digest(scratch_site) -> None:
    evil = role('<script>alert(1)</script> & <img src=x onerror="y">', 24)
    scratch_site(basic_tree(evil=evil))
    raw = Path("site/daily.xml").read_bytes()
    assert b"<script>" not in raw and b"<img" not in raw
    for path in ("daily.xml", "daily.atom"):
        [entry] = parse(path).entries
        # The summary is HTML, and the title inside it is escaped once more: a reader shows it as text.
        [title] = re.findall(r'<a href="https://board.example/jobs/acme/evil/">([^<]*)</a>', entry.summary)
        assert html.unescape(title) == evil["title"]


def test_ids_stay_put_when_a_day_gains_a_role_and_builds_are_byte_identical(scratch_site, tmp_path: Path) -> None:
    scratch_site(digest_tree())
    first = Path("site/daily.xml").read_bytes()
    scratch_site(digest_tree())
    assert Path("site/daily.xml").read_bytes() == first
    ids = [e.id for e in parse("daily.xml").entries]
    scratch_site({**digest_tree(), "jobs/acme/late.md": (tmp_path / "content/jobs/acme/a.md").read_text()
                  .replace("Alpha Engineer", "Late Addition")})
    after = parse("daily.xml")
    assert [e.id for e in after.entries] == ids and after.entries[1].title == "3 new roles, 24 Nov 2026"
    # The warm build rewrote every digest the new role is in, RSS and Atom alike: each equals a cold build's.
    assert digests_differing_from_a_cold_build(tmp_path / "cold") == []
    assert parse("daily.atom").entries[1].title == "3 new roles, 24 Nov 2026"
    # A role no digest held yet (posted today) moved to a finished day: it enters both formats' items.
    today = tmp_path / "content/jobs/acme/today.md"
    today.write_text(today.read_text().replace("posted: 2026-11-26", "posted: 2026-11-25"))
    scratch_site({})
    assert digests_differing_from_a_cold_build(tmp_path / "cold2") == []
    assert [e.title for e in parse("daily.atom").entries][:2] == ["2 new roles, 25 Nov 2026",
                                                                  "3 new roles, 24 Nov 2026"]


def digests_differing_from_a_cold_build(cold: Path) -> list[str]:
    """The digest files of site/ (the last warm build) whose bytes differ from a build of content/ on an empty
    cache."""
    build_site(make_options(Path("content"), cold / "site", templates=REPO / "templates", clock=CLOCK),
               cache=Cache(cold / CACHE_DIR_NAME))
    digests = sorted(str(p.relative_to(cold / "site")) for p in (cold / "site").rglob("daily.*"))
    assert set(digests) >= {"daily.xml", "daily.atom", "categories/robotics/daily.xml",
                            "categories/robotics/daily.atom"}
    return [d for d in digests if (Path("site") / d).read_bytes() != (cold / "site" / d).read_bytes()]


def test_a_digest_keeps_the_last_days_that_had_roles(scratch_site) -> None:
    start = dt.date(2026, 9, 1)
    postings = {f"r{i}": {**POSTING, "title": f"Role {i}", "posted": start + dt.timedelta(days=2 * i)}
                for i in range(DIGEST_DAYS + 5)}
    scratch_site(basic_tree(**postings))
    entries = parse("daily.xml").entries
    assert len(entries) == DIGEST_DAYS
    assert entries[0].title == f"1 new role, {(start + dt.timedelta(days=2 * (DIGEST_DAYS + 4))):%-d %b %Y}"


def test_feeds_page_and_alerts_box_link_the_digests(scratch_site) -> None:
    scratch_site(digest_tree())
    page = Path("site/feeds/index.html").read_text()
    section = page.split('aria-labelledby="feeds-daily"', 1)[1].split("</section>", 1)[0]
    hrefs = re.findall(r'<a href="([^"]+)" type="application/(rss|atom)\+xml"', section)
    expected = [("/daily.xml", "rss"), ("/daily.atom", "atom")]
    for category in SITE["categories"]:
        expected += [(f"/categories/{category['id']}/daily.xml", "rss"),
                     (f"/categories/{category['id']}/daily.atom", "atom")]
    assert hrefs == expected
    for href, _ in hrefs:
        assert Path("site", href.lstrip("/")).is_file()
    posting = Path("site/jobs/acme/b/index.html").read_text()
    alerts = posting.split('<section class="panel alerts"', 1)[1].split("</section>", 1)[0]
    assert '<a href="/categories/ai/daily.xml" type="application/rss+xml">Daily digest of new AI roles</a>' in alerts


def test_feeds_page_with_the_digests_passes_axe(page, site_url: str) -> None:
    page.goto(site_url + "/feeds/", wait_until="load")
    daily = page.get_by_role("region", name="Daily digests")
    assert daily.get_by_role("link", name="AI roles, daily: RSS").get_attribute("href") == "/categories/ai/daily.xml"
    report = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a",
                                                                          "wcag21aa"]}})
    assert report.violations_count == 0, report.response["violations"]
