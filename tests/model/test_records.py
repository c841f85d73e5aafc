"""The frozen records every page reads: country names, when a posting ended, and the model's open groupings."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.load.sources import Body
from generator.model import Category, Company, Location, Model, Posting, Salary, Site
from generator.model.records import FEED_TAG_MINIMUM, country_name

ACME = Company("acme", "Acme", "https://acme.example", "seed", "Robots.", Body.of(""), "content/companies/acme.md")
OWL = Company("owl", "Owl", "https://owl.example", "seed", "Eyes.", Body.of(""), "content/companies/owl.md")
AI, ROBOTICS = Category("ai", "AI"), Category("robotics", "Robotics")
SITE = Site("Jobs", "https://jobs.example", "d", "en", (AI, ROBOTICS))


def make(slug: str, company: Company = ACME, category: Category = AI, **fields: object) -> Posting:
    return Posting(**{**dict(slug=slug, title="Engineer", company=company, category=category, workplace="remote",
                             employment_type="full-time", posted=dt.date(2026, 11, 1), apply_url="https://a.example",
                             body=Body.of(""), source=f"content/jobs/{company.slug}/{slug}.md", is_open=True),
                      **fields})


@pytest.mark.parametrize(("code", "name"), [
    ("RU", "Russia"),  # our short name, not "Russian Federation"
    ("TW", "Taiwan"),  # pycountry's common_name, not "Taiwan, Province of China"
    ("DE", "Germany"),  # the plain name
    ("XK", "XK"),  # no ISO entry: the code as written
])
def test_country_names_as_people_say_them(code: str, name: str) -> None:
    assert country_name(code) == name


def test_a_location_reads_city_then_country() -> None:
    assert Location("Moscow", "RU", "RU-MOW").label == "Moscow, Russia"


def test_when_a_posting_ended() -> None:
    closed, expires = dt.date(2026, 10, 3), dt.date(2026, 10, 20)
    assert make("a", expires=expires).ended is None  # open: not ended, whatever its expiry says
    assert make("a", expires=expires, is_open=False).ended == expires  # expired
    assert make("a", expires=expires, closed=closed, is_open=False).ended == closed  # closed by hand wins
    assert make("a", is_open=False).ended is None  # neither date known


def test_a_postings_addresses_come_from_its_company_and_slug() -> None:
    p = make("ml-lead", company=OWL)
    assert (p.key, p.url, p.apply_path) == ("owl/ml-lead", "/jobs/owl/ml-lead/", "/apply/owl/ml-lead/")


def test_the_models_open_groupings() -> None:
    postings = (make("a", tags=("rust", "rust", "ml")), make("b", company=OWL, category=ROBOTICS, tags=("rust",)),
                make("c", tags=("rust", "ml"), is_open=False), make("d", tags=("rust", "ml")),
                make("e", category=ROBOTICS, tags=("go",)))
    a, b, c, d, e = postings
    model = Model(SITE, (ACME, OWL), postings, dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc))
    assert model.open_postings == (a, b, d, e)
    assert model.open_by_company == {"acme": (a, d, e), "owl": (b,)}
    assert model.open_by_tag == {"rust": (a, b, d), "ml": (a, d), "go": (e,)}  # a posting once per tag
    assert model.open_by_category == {"ai": (a, d), "robotics": (b, e)}
    assert FEED_TAG_MINIMUM == 3 and model.feed_tags == ("rust",)  # 3 open postings; "ml" has 2 (c is closed)
    assert model.site.category("robotics") is ROBOTICS and model.site.category("web3") is None


def test_records_built_by_position_keep_their_field_order() -> None:
    """Salary (`jobsite import`), Site, Category and Location (assemble.py) and Model are built by position, so the
    order of their fields is part of what they mean: a reordered declaration must not pass silently."""
    salary = Salary(90000, 120000, "EUR", "year")
    assert (salary.min, salary.max, salary.currency, salary.period) == (90000, 120000, "EUR", "year")
    site = Site("Jobs", "https://jobs.example", "Roles.", "en", (AI,), "error", "off", "https://github.com/o/r", "live")
    assert (site.title, site.base_url, site.description, site.language, site.categories) == (
        "Jobs", "https://jobs.example", "Roles.", "en", (AI,))
    assert (site.pay_transparency, site.trust_checks, site.repository, site.branch) == (
        "error", "off", "https://github.com/o/r", "live")
    category = Category("ai", "AI", "https://t.me/x")
    assert (category.id, category.label, category.telegram) == ("ai", "AI", "https://t.me/x")
    place = Location("Berlin", "DE", "DE-BE")
    assert (place.city, place.country, place.region) == ("Berlin", "DE", "DE-BE")
    clock = dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc)
    model = Model(SITE, (ACME,), (), clock)
    assert (model.site, model.companies, model.postings, model.clock) == (SITE, (ACME,), (), clock)
    assert (ACME.slug, ACME.name, ACME.website, ACME.stage, ACME.tagline, ACME.source) == (
        "acme", "Acme", "https://acme.example", "seed", "Robots.", "content/companies/acme.md")


def test_an_imported_pay_range_reads_low_to_high_whatever_order_the_ats_gives() -> None:
    from generator.ats.jobs import salary_of

    for low, high in ((90000, 120000), (120000, 90000)):
        s = salary_of(low, high, " eur ", "year")
        assert (s.min, s.max, s.currency, s.period) == (90000, 120000, "EUR", "year")
