"""/stats/, /stats.json and the category pages' small version: every figure against a content tree counted by
hand, the page's tables against the JSON, the charts' accessible markup, and byte-identical rebuilds."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import statistics
import subprocess
from fractions import Fraction
from pathlib import Path

import lxml.html
import pytest
import yaml

from generator.base.cache import CACHE_DIR_NAME
from generator.model import Location, country_name
from generator.model.pay import yearly_pay
from generator.render.stats.charts import FONT, band_chart, bar_chart, column_chart, nice_step, pay_axis_max
from generator.render.stats.figures import (
    Band,
    Count,
    Share,
    Week,
    new_per_week,
    percentile,
    remote_eligibility,
    thousands,
    top_countries,
    top_tags,
)

from ..conftest import POSTING, basic_tree
from ..model.test_similar import make

D = dt.date
ONSITE_DE = {"workplace": "onsite", "locations": [{"city": "Berlin", "country": "DE"}]}
# Seven postings at acme (Berlin). The clock is 2026-11-26, so the last week is 20–26 Nov and the 26 weeks
# start on 29 May. Yearly USD midpoints worked by hand from pay.py's table (EUR 1.17, GBP 1.37):
#   r1  60–80k EUR/year   → 70,200→70k – 93,600→94k      → 82,000
#   r2  100–140k USD/year                                → 120,000
#   r3  5–7k GBP/month    → 82,200→82k – 115,080→115k    → 98,500
#   r6  120–160k USD/year                                → 140,000
POSTINGS = {
    "r1": {**POSTING, **ONSITE_DE, "title": "Senior Robotics Engineer", "category": "robotics", "tags": ["ros2", "cpp"],
           "salary": {"min": 60000, "max": 80000, "currency": "EUR", "period": "year"}, "posted": D(2026, 11, 20)},
    "r2": {**POSTING, "title": "Senior ML Engineer", "category": "ai", "tags": ["python", "llm"], "workplace": "remote",
           "locations": None, "remote_eligibility": ["Europe"], "posted": D(2026, 11, 19), "visa_sponsorship": True,
           "salary": {"min": 100000, "max": 140000, "currency": "USD", "period": "year"}},
    "r3": {**POSTING, "title": "ML Engineer", "category": "ai", "tags": ["python", "pytorch"], "workplace": "hybrid",
           "locations": [{"city": "London", "country": "GB"}, {"city": "Berlin", "country": "DE"},
                         {"city": "Munich", "country": "DE"}],  # two places in one country: Germany counts once
           "salary": {"min": 5000, "max": 7000, "currency": "GBP", "period": "month"}, "posted": D(2026, 11, 1),
           "visa_sponsorship": False},
    "r4": {**POSTING, "title": "Smart Contract Engineer", "category": "web3", "tags": ["solidity", "python"],
           "workplace": "remote", "locations": None, "posted": D(2026, 10, 1)},
    "r5": {**POSTING, **ONSITE_DE, "title": "Senior Robotics Engineer II", "category": "robotics",  # closed
           "posted": D(2026, 11, 2), "expires": D(2026, 11, 10), "visa_sponsorship": True},
    "r6": {**POSTING, "title": "Senior Research Engineer", "category": "ai", "tags": ["llm", "research"],
           "workplace": "remote", "locations": None, "remote_eligibility": ["US", "CA"], "posted": D(2026, 6, 1),
           "salary": {"min": 120000, "max": 160000, "currency": "USD", "period": "year"}},
    "r7": {**POSTING, **ONSITE_DE, "title": "Robotics Technician", "category": "robotics", "tags": ["cpp"],
           "posted": D(2026, 5, 28)},  # open, but before the 26 weeks
}


def _tree() -> dict:
    return basic_tree(**{name: {k: v for k, v in data.items() if v is not None} for name, data in POSTINGS.items()})


@pytest.fixture
def stats_site(scratch_site):
    result = scratch_site(_tree())
    return Path("site"), result


def page(site: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / path).read_bytes())


def test_the_stats_page_marks_no_main_menu_item_as_current(scratch_site) -> None:
    """The stats page has no item of its own in the main menu: it marks none as the visitor's place, whatever the
    categories are called (here one is 'jobs', a name a wrong section name could equal)."""
    tree = _tree()
    site_yaml = yaml.safe_load(tree["site.yaml"])
    site_yaml["categories"].append({"id": "jobs", "label": "Jobs"})
    tree["site.yaml"] = yaml.safe_dump(site_yaml, sort_keys=False)
    scratch_site(tree)
    doc = page(Path("site"), "stats/index.html")
    menu = doc.xpath('//nav[@aria-label="Main"]//a')
    assert "Jobs" in [a.text_content() for a in menu]
    assert [a.text_content() for a in menu if a.get("aria-current")] == []


def table(doc: lxml.html.HtmlElement, figure_id: str) -> list[list[str]]:
    """A figure's table as rows of cell texts, header row first."""
    rows = doc.get_element_by_id(f"{figure_id}-table").iter("tr")
    return [[cell.text_content().strip() for cell in row] for row in rows]


def counts(rows: list[dict]) -> list[tuple[str, int]]:
    return [(r["label"], r["count"]) for r in rows]


def bands(rows: list[dict]) -> list[tuple]:
    return [(r["id"], r["postings"], r["p25"], r["median"], r["p75"]) for r in rows]


# --- pure functions -------------------------------------------------------------------------------------------

def test_percentiles_interpolate_between_closest_ranks() -> None:
    assert [percentile([1, 2, 3, 4], Fraction(q, 4)) for q in (1, 2, 3)] == [Fraction(7, 4), Fraction(5, 2),
                                                                             Fraction(13, 4)]
    assert percentile([5], Fraction(3, 4)) == 5
    assert percentile([10, 0], Fraction(1, 2)) == 5  # sorted first
    # The same method as Python's statistics.quantiles(method="inclusive"), numpy's default and PERCENTILE.INC.
    data = [31, 7, 12, 99, 54, 54, 3, 18]
    assert [float(percentile(data, Fraction(q, 4))) for q in (1, 2, 3)] == pytest.approx(
        statistics.quantiles(data, n=4, method="inclusive"))
    with pytest.raises(ValueError):
        percentile([], Fraction(1, 2))


def test_pay_figures_round_to_thousands_with_ties_to_even() -> None:
    assert [thousands(Fraction(v)) for v in (98_500, 99_500, 101_250, 101_750)] == [98_000, 100_000, 101_000,
                                                                                   102_000]


def test_shares_round_to_the_nearest_percent() -> None:
    # 2 of 3 roles is 67 %, not 66 % (truncated); 1 of 8 is 12 % (12.5, half to even)
    assert [Share("k", "l", n, total).percent for n, total in ((2, 3), (1, 3), (1, 8), (0, 0))] == [67, 33, 12, 0]


def test_the_tables_keep_the_fifteen_commonest_tags_and_countries_and_twelve_places_remote_roles_reach() -> None:
    """The commonest first, ties by name; one more than the limit and the rarest is left out."""
    codes = ["AT", "BE", "BR", "CA", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "JP", "NL", "PL", "US"]
    postings = [make(f"r{i}", tags=(f"t{i:02}", "common"), locations=(Location("X", code),))
                for i, code in enumerate(codes)]
    postings.append(make("extra", tags=("t16",), locations=(Location("X", "US"),)))
    tags = [c.key for c in top_tags(postings)]
    assert tags == ["common", "t16", *[f"t{i:02}" for i in range(13)]]
    by_name = sorted(codes[:-1], key=lambda code: country_name(code))  # ties rank by the name shown
    assert [c.key for c in top_countries(postings)] == ["US", *by_name[:14]]
    remote = [make(f"m{i}", workplace="remote", locations=(), remote_eligibility=(code,))
              for i, code in enumerate(by_name[:13])]
    assert [c.key for c in remote_eligibility(remote)] == by_name[:12]


def test_weeks_end_on_the_clock_day_and_count_each_posted_day_once() -> None:
    class P:
        def __init__(self, day: dt.date):
            self.posted = day

    clock = dt.datetime(2026, 11, 26, 23, 0, tzinfo=dt.timezone.utc)
    days = [D(2026, 11, 26), D(2026, 11, 20), D(2026, 11, 19), D(2026, 5, 29), D(2026, 5, 28), D(2026, 11, 27)]
    weeks = new_per_week([P(d) for d in days], clock, weeks=26)
    assert len(weeks) == 26
    assert weeks[-1] == Week(D(2026, 11, 20), D(2026, 11, 26), 2)
    assert weeks[-2] == Week(D(2026, 11, 13), D(2026, 11, 19), 1)
    assert weeks[0] == Week(D(2026, 5, 29), D(2026, 6, 4), 1)  # 28 May is before, 27 Nov after: neither counts
    assert sum(w.count for w in weeks) == 4
    assert all(b.start - a.end == dt.timedelta(days=1) for a, b in itertools.pairwise(weeks))


def test_axis_steps_are_round_and_cover_the_data() -> None:
    assert [nice_step(v) for v in (6, 12, 40, 187_000)] == [2, 5, 10, 50_000]
    assert pay_axis_max((Band("a", "A", 1, 10_000, 20_000, 187_000),)) == 200_000
    chart = column_chart("c", "Weeks", tuple(Week(D(2026, 1, 1), D(2026, 1, 7), n) for n in (0, 3, 7)))
    assert [t.text for t in chart.y_ticks] == ["0", "2", "4", "6", "8"]  # whole roles, past the tallest column
    tallest = max(chart.columns, key=lambda c: c.height)
    assert tallest.y >= min(t.pos for t in chart.y_ticks)


# --- the figures against the content ------------------------------------------------------------------------

def test_stats_json_has_every_figure_counted_by_hand(stats_site) -> None:
    site, _ = stats_site
    data = json.loads((site / "stats.json").read_text())
    assert list(data) == ["generated", "open_roles", "by_category", "by_workplace", "new_per_week", "pay", "top_tags",
                          "top_countries", "remote_eligibility", "visa_sponsorship_by_category", "categories"]
    assert data["generated"] == "2026-11-26"  # the day the weeks end on, not the instant
    assert data["open_roles"] == 6  # r5 has closed
    assert counts(data["by_category"]) == [("AI", 3), ("Web3", 1), ("Robotics", 2)]
    assert counts(data["by_workplace"]) == [("On-site", 2), ("Hybrid", 1), ("Remote", 3)]
    assert counts(data["top_tags"]) == [("python", 3), ("cpp", 2), ("llm", 2), ("pytorch", 1), ("research", 1),
                                        ("ros2", 1), ("solidity", 1)]
    assert counts(data["top_countries"]) == [("Germany", 3), ("United Kingdom", 1)]
    assert counts(data["remote_eligibility"]) == [("Canada", 1), ("Europe", 1), ("Not stated", 1),
                                                  ("United States", 1)]
    # r2 says yes, r3 no (not counted as yes), r5 yes but closed; a role that does not say is not sponsoring.
    assert [(s["label"], s["sponsoring"], s["open_roles"], s["percent"]) for s in
            data["visa_sponsorship_by_category"]] == [("AI", 1, 3, 33), ("Web3", 0, 1, 0), ("Robotics", 0, 2, 0)]
    page = (site / "stats/index.html").read_text()
    assert "<td>1</td><td>3</td><td>33%</td>" in page.replace("\n", "").replace(" ", "")


def test_new_roles_per_week_count_closed_roles_and_stop_at_26_weeks(stats_site) -> None:
    site, _ = stats_site
    weeks = json.loads((site / "stats.json").read_text())["new_per_week"]
    assert len(weeks) == 26
    assert (weeks[0]["start"], weeks[-1]["end"]) == ("2026-05-29", "2026-11-26")
    nonzero = {w["end"]: w["count"] for w in weeks if w["count"]}
    # r1 (20 Nov); r2 (19 Nov); r3 and the closed r5 (1 and 2 Nov); r4 (1 Oct); r6 (1 Jun); r7 (28 May) is out.
    assert nonzero == {"2026-11-26": 1, "2026-11-19": 1, "2026-11-05": 2, "2026-10-01": 1, "2026-06-04": 1}


def test_pay_bands_keep_employer_ranges_and_estimates_apart(stats_site) -> None:
    site, result = stats_site
    pay = json.loads((site / "stats.json").read_text())["pay"]
    # Senior, employer: 82,000 / 120,000 / 140,000 → p25 = 82,000 + ½·38,000; p75 = 120,000 + ½·20,000.
    # Mid, employer: r3 alone at 98,500, which rounds to the even thousand.
    assert bands(pay["by_seniority"]["employer"]) == [("mid", 1, 98_000, 98_000, 98_000),
                                                      ("senior", 3, 101_000, 120_000, 130_000)]
    # AI, employer: 98,500 / 120,000 / 140,000 → p25 = 98,500 + ½·21,500 = 109,250.
    assert bands(pay["by_category"]["employer"]) == [("ai", 3, 109_000, 120_000, 130_000),
                                                     ("robotics", 1, 82_000, 82_000, 82_000)]
    # Estimates: r4 (web3) and r7 (robotics), both mid-level titles; the closed r5 is not counted.
    est = {p.slug: yearly_pay(p) for p in result.model.open_postings if p.estimate}
    assert sorted(est) == ["r4", "r7"] and all(y.estimated for y in est.values())
    r4, r7 = ((y.low + y.high) / 2 for y in (est["r4"], est["r7"]))
    lo, hi = sorted((r4, r7))
    expected = tuple(thousands(Fraction(lo + (hi - lo) * q)) for q in (0.25, 0.5, 0.75))
    assert bands(pay["by_seniority"]["estimate"]) == [("mid", 2, *expected)]
    assert bands(pay["by_category"]["estimate"]) == [("web3", 1, *[thousands(Fraction(r4))] * 3),
                                                     ("robotics", 1, *[thousands(Fraction(r7))] * 3)]
    assert "Hyndman & Fan type 7" in pay["method"] and (pay["currency"], pay["period"]) == ("USD", "year")


def test_category_figures_cover_only_their_category(stats_site) -> None:
    site, _ = stats_site
    ai = json.loads((site / "stats.json").read_text())["categories"]["ai"]
    assert ai["open_roles"] == 3
    assert counts(ai["by_workplace"]) == [("On-site", 0), ("Hybrid", 1), ("Remote", 2)]
    assert {w["end"]: w["count"] for w in ai["new_per_week"] if w["count"]} == {
        "2026-11-19": 1, "2026-11-05": 1, "2026-06-04": 1}
    assert bands(ai["pay_by_seniority"]["employer"]) == [("mid", 1, 98_000, 98_000, 98_000),
                                                         ("senior", 2, 125_000, 130_000, 135_000)]
    assert ai["pay_by_seniority"]["estimate"] == []
    # New roles per week count roles that have since closed, as the board's do: r5 (2 Nov) beside r1 (20 Nov).
    robotics = json.loads((site / "stats.json").read_text())["categories"]["robotics"]
    assert {w["end"]: w["count"] for w in robotics["new_per_week"] if w["count"]} == {"2026-11-26": 1,
                                                                                      "2026-11-05": 1}


def test_a_category_without_open_roles_has_no_visa_share_and_equal_counts_rank_by_name(scratch_site) -> None:
    """Web3's one role has closed: no "0 of 0" row for it. Tags of one count rank alphabetically, whatever their
    capitals."""
    closed = {**POSTING, "category": "web3", "expires": D(2026, 11, 10)}
    scratch_site(basic_tree(closed=closed, open={**POSTING, "tags": ["Rust", "go"]}))
    data = json.loads(Path("site/stats.json").read_text())
    assert [s["label"] for s in data["visa_sponsorship_by_category"]] == ["Robotics"]
    assert counts(data["top_tags"]) == [("go", 1), ("Rust", 1)]


def test_every_table_on_the_page_matches_stats_json(stats_site) -> None:
    site, _ = stats_site
    data = json.loads((site / "stats.json").read_text())
    doc = page(site, "stats/index.html")
    for fig, key in [("by-category", "by_category"), ("by-workplace", "by_workplace"), ("tags", "top_tags"),
                     ("countries", "top_countries"), ("remote", "remote_eligibility")]:
        assert table(doc, fig)[1:] == [[r["label"], f"{r['count']:,}"] for r in data[key]], fig
    assert table(doc, "per-week")[1:] == [[_week_label(w), str(w["count"])] for w in data["new_per_week"]]
    for fig, grouping, source in [("seniority-employer", "by_seniority", "employer"),
                                  ("seniority-estimate", "by_seniority", "estimate"),
                                  ("category-employer", "by_category", "employer"),
                                  ("category-estimate", "by_category", "estimate")]:
        rows = data["pay"][grouping][source]
        what = "Seniority" if grouping == "by_seniority" else "Category"
        assert table(doc, fig)[0] == [what, "Postings", "Lower quarter", "Median", "Upper quarter"]
        assert table(doc, fig)[1:] == [[r["label"], str(r["postings"]), *(f"${r[k]:,}" for k in ("p25", "median",
                                        "p75"))] for r in rows], fig
    assert table(doc, "seniority-employer")[2] == ["Senior", "3", "$101,000", "$120,000", "$130,000"]


def _week_label(week: dict) -> str:
    start, end = (dt.date.fromisoformat(week[k]) for k in ("start", "end"))
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def test_the_category_page_shows_its_small_version(stats_site) -> None:
    site, _ = stats_site
    data = json.loads((site / "stats.json").read_text())["categories"]["ai"]
    doc = page(site, "categories/ai/index.html")
    panel = doc.get_element_by_id("stat-panel-heading")
    assert panel.text_content() == "AI in numbers"
    assert doc.xpath("//section[@class='stat-panel']//strong")[0].text == "3 open roles: 1 hybrid, 2 remote."
    assert table(doc, "cat-seniority-employer")[1:] == [["Mid-level", "1", "$98,000", "$98,000", "$98,000"],
                                                        ["Senior", "2", "$125,000", "$130,000", "$135,000"]]
    assert [int(r[1]) for r in table(doc, "cat-per-week")[1:]] == [w["count"] for w in data["new_per_week"]]
    assert doc.get_element_by_id("cat-seniority-estimate").xpath(".//p[@class='stat-empty']")[0].text_content() == \
        "No open postings needed an estimate."
    assert doc.xpath("//a[@href='/stats/']")


def test_home_page_and_footer_link_to_stats(stats_site) -> None:
    site, _ = stats_site
    home = page(site, "index.html")
    assert home.xpath("//main//a[@href='/stats/']")
    for path in ("index.html", "companies/index.html", "stats/index.html"):
        assert page(site, path).xpath("//footer//a[@href='/stats/']"), path


def test_each_chart_is_an_accessible_svg_without_inline_styles(stats_site) -> None:
    site, _ = stats_site
    raw = (site / "stats" / "index.html").read_text()
    doc = lxml.html.fromstring(raw)
    charts = doc.xpath("//svg")
    assert len(charts) == 11  # category, workplace, weeks, four of pay, tags, countries, remote eligibility, visas
    for svg in charts:
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        title, desc = svg[0], svg[1]
        assert (title.tag, title.get("id"), desc.tag, desc.get("id")) == ("title", title_id, "desc", desc_id)
        assert title.text_content() and desc.text_content()
        figure = svg.getparent()
        assert figure.xpath(".//table/caption"), "every chart has its numbers in a table"
    assert " style=" not in raw and "<script>" not in raw.replace("<script defer", "")
    desc = doc.get_element_by_id("by-workplace-chart-desc").text_content()
    assert desc == "Open roles by workplace (open roles). On-site: 2, Hybrid: 1, Remote: 3."


def test_bars_are_drawn_to_scale(stats_site) -> None:
    site, _ = stats_site
    doc = page(site, "stats/index.html")
    widths = [float(r.get("width")) for r in doc.get_element_by_id("by-category").xpath(".//rect")]
    assert widths[0] == max(widths) and widths == pytest.approx([widths[0] * n / 3 for n in (3, 1, 2)], abs=0.1)
    fig = doc.get_element_by_id("seniority-employer")
    ticks = {t.text_content(): float(t.get("x")) for t in fig.xpath(".//*[@class='chart-axis']")}
    zero, per_100k = ticks["$0"], ticks["$100k"] - ticks["$0"]
    senior = fig.xpath(".//rect")[1]  # 101,000 to 130,000, median 120,000
    assert float(senior.get("x")) == pytest.approx(zero + 1.01 * per_100k, abs=0.15)
    assert float(senior.get("width")) == pytest.approx(0.29 * per_100k, abs=0.15)
    median = fig.xpath(".//*[@class='chart-median']")[1]
    assert float(median.get("x1")) == pytest.approx(zero + 1.2 * per_100k, abs=0.15)


def test_pay_bands_overlap_neither_each_other_nor_any_label(stats_site) -> None:
    """In every band chart, read top to bottom: each group's label, then its band, then the next group's label,
    and the dollar axis below them all. Nothing drawn over anything else (a text's box runs from a font size
    above its baseline to a little below it)."""
    doc = page(stats_site[0], "stats/index.html")
    charts = doc.xpath("//svg[.//*[contains(@class, 'chart-band')]]")
    assert len(charts) == 4 and any(len(svg.xpath(".//rect")) > 1 for svg in charts)
    for svg in charts:
        boxes = [(float(t.get("y")) - FONT, float(t.get("y")) + 3, t.text_content())
                 for t in svg.xpath(".//*[@class='chart-label']")]
        boxes += [(float(r.get("y")), float(r.get("y")) + float(r.get("height")), "band")
                  for r in svg.xpath(".//rect")]
        axis = float(svg.xpath(".//*[@class='chart-axis']")[0].get("y"))
        boxes.append((axis - FONT, axis + 3, "axis"))
        boxes.sort()
        kinds = [kind for *_, kind in boxes]
        assert kinds[1::2] == ["band"] * (len(kinds) // 2) and kinds[-1] == "axis", kinds
        for (_, bottom, above), (top, _, below) in itertools.pairwise(boxes):
            assert bottom <= top, (svg.get("aria-labelledby"), above, below)


def test_two_builds_are_byte_identical(scratch_site) -> None:
    scratch_site(_tree())
    paths = ["stats/index.html", "stats.json", "categories/ai/index.html", "categories/web3/index.html"]
    first = {p: Path("site", p).read_bytes() for p in paths}
    shutil.rmtree("site")
    scratch_site(_tree())
    assert {p: Path("site", p).read_bytes() for p in paths} == first


def test_an_empty_board_still_has_a_stats_page(scratch_site) -> None:
    files = basic_tree(old={**POSTING, "posted": D(2026, 1, 5), "expires": D(2026, 2, 1)})
    scratch_site(files)
    data = json.loads(Path("site/stats.json").read_text())
    assert data["open_roles"] == 0 and data["top_tags"] == [] and data["pay"]["by_seniority"]["employer"] == []
    doc = page(Path("site"), "stats/index.html")
    assert doc.get_element_by_id("tags").xpath(".//p[@class='stat-empty']")[0].text == "No open role has tags yet."
    assert doc.get_element_by_id("remote").xpath(".//p[@class='stat-empty']")[0].text == \
        "No open remote roles right now."
    assert not doc.get_element_by_id("tags").xpath(".//svg|.//table")
    assert [r[1] for r in table(doc, "by-category")[1:]] == ["0", "0", "0"]


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java (installed by .ci/run)")
def test_stats_pages_pass_the_nu_html_checker(stats_site) -> None:
    from ..load.test_validators import vnu_jar

    site, _ = stats_site
    files = [str(site / p) for p in ("stats/index.html", "categories/ai/index.html", "categories/web3/index.html",
                                     "index.html")]
    run = subprocess.run(["java", "-Xss8m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr or "{}").get("messages", [])
    assert [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages] == []


def test_a_pay_edit_on_a_later_page_reaches_the_category_panel_of_page_one(scratch_site, tmp_path: Path) -> None:
    """The panel is among page one's template variables, so the page memo cannot keep a stale copy."""
    from ..base.test_cache import site_bytes
    from ..conftest import many_postings

    files = many_postings(60)  # robotics, two pages; role-000 is among the oldest, on page two
    scratch_site(files)
    assert "jobs/acme/role-000/" not in Path("site/categories/robotics/index.html").read_text()
    assert doc_empty(Path("site"), "categories/robotics/index.html", "cat-seniority-employer")
    files["jobs/acme/role-000.md"] = files["jobs/acme/role-000.md"].replace(
        "posted:", "salary:\n  min: 90000\n  max: 110000\n  currency: USD\n  period: year\nposted:")
    scratch_site(files)  # warm: the memo from the first build is there
    warm = site_bytes(Path("site"))
    doc = page(Path("site"), "categories/robotics/index.html")
    assert table(doc, "cat-seniority-employer")[1:] == [["Mid-level", "1", "$100,000", "$100,000", "$100,000"]]
    shutil.rmtree(tmp_path / CACHE_DIR_NAME)
    shutil.rmtree("site")
    scratch_site(files)
    assert site_bytes(Path("site")) == warm


def doc_empty(site: Path, path: str, figure_id: str) -> bool:
    return bool(page(site, path).get_element_by_id(figure_id).xpath(".//p[@class='stat-empty']"))


def test_every_charts_text_alternative_says_its_figures_or_that_there_are_none() -> None:
    """What a screen reader hears for each chart, every branch with its literal words: pay bands (none; one
    posting; several), weeks (none; all zero; busiest and latest), bars (none; some)."""
    one = Band("ai", "AI", 1, 90_000, 100_000, 120_000)
    two = Band("web3", "Web3", 2, 80_000, 95_500, 110_000)
    assert band_chart("b", "Pay", (), "s", 100_000).desc == "Pay. No postings with this kind of pay figure yet."
    banded = band_chart("b", "Pay", (one, two), "s", 150_000)
    assert banded.desc == ("Pay. Median yearly pay in US dollars: AI $100,000 (1 posting); Web3 $95,500 (2 "
                           "postings). Bars run from the lower to the upper quarter.")
    assert [(r.label, r.median_text) for r in banded.rows] == [("AI (1 posting)", "$100,000"),
                                                         ("Web3 (2 postings)", "$95,500")]
    day = dt.date(2026, 11, 2)
    weeks = (Week(day, day + dt.timedelta(days=6), 3), Week(day + dt.timedelta(days=7), day + dt.timedelta(days=13), 1))
    assert column_chart("c", "New", ()).desc == "New. No data yet."
    assert column_chart("c", "New", tuple(Week(w.start, w.end, 0) for w in weeks)).desc == (
        "New: 2 weeks from 2 Nov 2026 to 15 Nov 2026. No new roles in that time.")
    assert column_chart("c", "New", weeks).desc == (
        "New: 2 weeks from 2 Nov 2026 to 15 Nov 2026, 4 new roles in all. Busiest: the week to 8 Nov 2026, 3 new "
        "roles. The latest week: 1 new role.")
    assert bar_chart("w", "Where", ()).desc == "Where (open roles). No data yet."
    assert bar_chart("w", "Where", (Count("remote", "Remote", 1200), Count("onsite", "On-site", 0))).desc == (
        "Where (open roles). Remote: 1,200, On-site: 0.")


def test_weekly_columns_stand_on_the_baseline_one_width_each_their_height_the_count() -> None:
    """Two weeks (3 roles, then 1) on a 236-pixel chart: the plot runs 36 → 228, so each week has 96 pixels and its
    column 70 % of them; the tallest reaches the top (10), the axis tops out at 3, every column ends at the
    baseline (174)."""
    day = dt.date(2026, 11, 2)
    weeks = (Week(day, day + dt.timedelta(days=6), 3), Week(day + dt.timedelta(days=7), day + dt.timedelta(days=13), 1))
    chart = column_chart("c", "New", weeks, width=236)
    assert [(c.x, c.y, c.width, c.height, c.tooltip) for c in chart.columns] == [
        (50.4, 10.0, 67.2, 164.0, "2 Nov 2026 – 8 Nov 2026: 3 new roles"),
        (146.4, 119.3, 67.2, 54.7, "9 Nov 2026 – 15 Nov 2026: 1 new role")]
    assert (chart.plot_left, chart.plot_right, chart.baseline) == (36.0, 228.0, 174.0)
    assert all(round(c.y + c.height, 1) == chart.baseline for c in chart.columns)
