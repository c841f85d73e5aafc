"""Each fact has one definition: rates, periods, the seniority ladder, labels, slugs, money formats, card markup."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.base import money
from generator.base.slugs import slugify
from generator.load import schema
from generator.model import similar, tag_slug
from generator.model.assemble import _slugify
from generator.model.compensation import LEVELS
from generator.model.pay import annualise
from generator.render.pages import facets
from generator.render.pages.cards import TEMPLATE_CARD, card_view
from generator.render.pages.finder import spoken_list
from generator.render.pages.renderer import make_environment

from ..conftest import REPO

STATIC = REPO / "templates" / "static"


# --- currencies and money --------------------------------------------------------------------------------------

def test_the_rate_table_is_dated_and_sourced() -> None:
    assert money.RATES_DATE == dt.date(2025, 6, 30) and "30 June 2025" in money.RATES_SOURCE
    assert money.USD_PER_UNIT["USD"] == 1.0
    assert money.units_per_usd("EUR") == pytest.approx(1 / 1.17) and money.units_per_usd("XXX") is None


def test_filter_and_plausibility_check_read_the_same_rate() -> None:
    # pay.py (the filter) converts with usd_per_unit, validate.py with units_per_usd: one table, two directions.
    assert annualise(100_000, 100_000, "EUR", "year") == (117_000, 117_000)
    assert 100_000 / money.units_per_usd("EUR") == pytest.approx(117_000)


@pytest.mark.parametrize("amount, currency, text", [
    (120_000, "USD", "$120,000"), (4_500.5, "EUR", "€4,500"), (250.4, "EUR", "€250"), (45.5, "EUR", "€45.50"),
    (150_000, "CHF", "CHF 150,000"),
    (12_000, "PLN", "PLN 12,000"), (90_000, "CAD", "CA$90,000"), (1_000_000, "JPY", "¥1,000,000"),
    (110_000, "SGD", "SGD 110,000"), (5_000, "ISK", "ISK 5,000"),
])
def test_one_money_formatter(amount: float, currency: str, text: str) -> None:
    assert money.format_amount(amount, currency) == text


@pytest.mark.parametrize("country, currency", [
    ("PL", "PLN"), ("de", "EUR"), ("XK", "EUR"), ("PA", "USD"), ("RS", "RSD"), ("BG", "BGN"), ("ZZ", None),
])
def test_each_countrys_currency_comes_from_cldr_on_the_rate_date(country: str, currency: str | None) -> None:
    # Bulgaria joined the euro after RATES_DATE; Panama's PAB has no rate, so its dollar is used.
    assert money.currency_for_country(country) == currency


def test_periods_per_year_are_defined_once() -> None:
    assert schema.PERIODS == ("year", "month", "week", "day", "hour")
    assert schema.PERIODS_PER_YEAR["hour"] == 52 * 5 * 8
    assert annualise(50, 50, "USD", "hour") == (104_000, 104_000)


# --- the seniority ladder and labels ---------------------------------------------------------------------------

def test_one_seniority_ladder() -> None:
    assert LEVELS == schema.SENIORITIES == tuple(schema.SENIORITY_LABELS)
    assert list(similar.LEVELS) == list(schema.SENIORITIES)
    assert similar.LEVELS["staff"] == similar.LEVELS["manager"] and similar.MANAGEMENT == {"manager", "director",
                                                                                           "executive"}


def test_labels_sit_beside_their_ids() -> None:
    for ids, labels in ((schema.STAGES, schema.STAGE_LABELS), (schema.WORKPLACES, schema.WORKPLACE_LABELS),
                        (schema.EMPLOYMENT_TYPES, schema.EMPLOYMENT_LABELS)):
        assert ids == tuple(labels)


# --- slugs -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, slug", [
    ("Kraków AI", "krakow-ai"), ("Gantry & Owl", "gantry-owl"), ("Zürich Data", "zurich-data"), ("Łódź", "lodz"),
    ("  --x--  ", "x"), ("🚀", ""),
])
def test_one_transliterating_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_the_bad_file_name_hint_uses_the_same_slugify() -> None:
    assert _slugify("Kraków Data Lead") == "krakow-data-lead"  # was "krak-w-data-lead"
    assert tag_slug("c++") == "cplusplus" and tag_slug("Größe") == "grosse"
    assert tag_slug("node.js") == "nodedotjs" != tag_slug("nodejs")  # two tags, two pages and feeds


TRADE_TAGS = {"c": "c", "c#": "csharp", "C#": "csharp", "c++": "cplusplus", "f#": "fsharp", ".net": "dotnet",
              "asp.net": "aspdotnet", "node.js": "nodedotjs", "nodejs": "nodejs", "ros2": "ros2", "Rust": "rust"}


def test_each_trade_tag_has_a_page_and_feed_of_its_own() -> None:
    """Every sign that tells two languages apart is spelled out in the slug: 'c#', 'c++' and 'c' share no page or
    feed (letter case alone does: 'C#' is 'c#')."""
    assert {tag: tag_slug(tag) for tag in TRADE_TAGS} == TRADE_TAGS
    distinct = {tag.lower() for tag in TRADE_TAGS}
    assert len({tag_slug(tag) for tag in distinct}) == len(distinct)


# --- the browser restates nothing --------------------------------------------------------------------------------

@pytest.mark.parametrize("restated", ['"Jan"', "toFixed", '"€"', "per year", "zł", "createElement(\"li\"", "Mid-level",
                                      "card-facts\" }", "Staff / Principal"])
def test_browser_scripts_hold_no_formatter_or_label_table(restated: str) -> None:
    for script in STATIC.glob("jobs-*.js"):
        assert restated not in script.read_text(encoding="utf-8"), script.name


# Python decides reach (regions, "Worldwide"), closing instants, keys, addresses and the constants behind them; the
# scripts read them from the postings index and <html data-constants> (render/pages/scripts.py).
@pytest.mark.parametrize("restated", ["Worldwide", "DAY_MS", "864e5", "derivedSlug", "feed.xml", '"/jobs/"',
                                      '"/companies/"', '"/tags/"', "[a-z0-9]", "regions"])
def test_browser_scripts_restate_no_rule_python_decides(restated: str) -> None:
    for script in STATIC.glob("*.js"):
        assert restated not in script.read_text(encoding="utf-8"), script.name


def test_the_card_template_is_the_servers_card_macro(built_site) -> None:
    site, result = built_site
    env = make_environment(REPO / "templates")
    macros = env.get_template("_macros.html").module
    html = (site / "index.html").read_text()
    template = re.search(r"<template data-card-template>(.*?)</template>", html, re.S).group(1)
    assert template == str(macros.job_card(TEMPLATE_CARD, 2))
    posting = result.model.open_postings[0]
    assert str(macros.job_card(card_view(posting), 2)) in html  # the server's first card, from the same macro


# --- templates present -----------------------------------------------------------------------------------------

def test_finder_wording_is_decided_in_python(built_site) -> None:
    assert [spoken_list(w) for w in (["AI"], ["AI", "Web3"], ["AI", "Robotics", "Web3"])] == \
           ["AI", "AI, or Web3", "AI, Robotics, or Web3"]
    view = facets.facet_options(built_site[1].model)
    assert [a.label for a in view.finder.pay] == ["$50,000 or more", "$100,000 or more", "$150,000 or more",
                                                  "$200,000 or more"]
    assert view.salary_labels[:3] == ("Any", "$10,000+", "$20,000+")
    assert len(view.salary_labels) == view.salary_max // view.salary_step + 1


def test_templates_call_no_formatting_code_for_cards() -> None:
    macros = (REPO / "templates" / "_macros.html").read_text(encoding="utf-8")
    for call in ("compensation(", "| place", "| terms", "| date", "'role' if"):
        assert call not in macros
    for name in ("_browse.html", "listing.html", "companies.html", "_finder.html"):
        text = (REPO / "templates" / name).read_text(encoding="utf-8")
        assert "'role' if" not in text and "format(" not in text, name
    finder = (REPO / "templates" / "_finder.html").read_text(encoding="utf-8")
    assert "join(" not in finder and "labels[" not in finder and "50000" not in finder


def test_runtime_reads_only_committed_data() -> None:
    from tools.derive_compensation import DEFAULT_CSV
    assert DEFAULT_CSV.is_relative_to(REPO) and DEFAULT_CSV.stat().st_size < 2_000_000
    assert not (REPO / "generator" / "compensation" / "derive.py").exists()
    assert (Path(DEFAULT_CSV).parent / "README.md").read_text(encoding="utf-8").count("CC0") >= 1


def test_the_estimates_stage_names_are_the_schemas() -> None:
    from generator.model.compensation import load_benchmarks
    bench = load_benchmarks(REPO / "content" / "data" / "compensation.yaml")
    assert {stage: a.label for stage, a in bench.stages.items()} == schema.STAGE_LABELS


def test_every_eligibility_region_content_may_use_has_countries_and_a_pay_region() -> None:
    from generator.model.compensation import region_for_eligibility
    from generator.model.regions import REGION_COUNTRIES, WORLDWIDE
    assert set(schema.REGIONS) == {WORLDWIDE, *REGION_COUNTRIES}
    for region in schema.REGIONS:
        region_for_eligibility([region])  # raises ValueError for a region compensation does not know


def test_the_finders_experience_answers_name_ladder_levels() -> None:
    from generator.render.pages.finder import EXPERIENCE
    chosen = [level for _, levels in EXPERIENCE for level in levels]
    assert set(chosen) == set(schema.SENIORITIES)  # every level reachable, and no level the ladder lacks


def test_a_region_s_countries_and_its_pay_pool_differ_only_where_it_says_so() -> None:
    # Regions are defined once (model/regions.py REGIONS): eligibility reads the countries, compensation the pay
    # pool. Where the pool holds a country the region does not, or leaves out one it has, `differs` names it.
    from generator.model.compensation import region_for_country, region_for_eligibility
    from generator.model.compensation.regions import MEMBERS
    from generator.model.regions import REGIONS

    for name, region in REGIONS.items():
        assert region_for_eligibility([name]) == region.pay_region
        outside = {c for c in region.countries if region_for_country(c) not in MEMBERS[region.pay_region]}
        assert bool(outside) <= bool(region.differs), (name, sorted(outside))
    assert "Mexico" in REGIONS["North America"].differs and "MX" in REGIONS["North America"].countries
    assert "Russia" in REGIONS["Europe"].differs and "RU" not in REGIONS["Europe"].countries


def test_countries_go_by_their_short_common_names() -> None:
    """Cards, filters and stats say "South Korea", not ISO's "Korea, Republic of"."""
    from generator.model import country_name

    assert [country_name(c) for c in ("KR", "TW", "VN", "IR", "BO", "DE")] == [
        "South Korea", "Taiwan", "Vietnam", "Iran", "Bolivia", "Germany"]
    # Where ISO's name is formal and pycountry has no common name, the name people use.
    assert [country_name(c) for c in ("RU", "BN", "CD", "VA", "VG")] == [
        "Russia", "Brunei", "DR Congo", "Vatican City", "British Virgin Islands"]
    # No country shows a comma or a parenthesis ("Congo, The Democratic Republic of the").
    import pycountry
    assert not [c.alpha_2 for c in pycountry.countries if {",", "("} & set(country_name(c.alpha_2))]
