"""Model: validation messages authors see, cross-links, expiry by the build clock."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.base.errors import ContentError
from generator.model import closes_at, is_open

from ..conftest import POSTING, basic_tree, front_matter


def messages(exc: ContentError) -> list[str]:
    return [p.format() for p in exc.problems]


def test_expiry_runs_through_the_last_day_anywhere_on_earth() -> None:
    day = dt.date(2026, 11, 20)
    assert closes_at(day) == dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.timezone.utc)
    assert is_open(day, dt.datetime(2026, 11, 21, 11, 59, tzinfo=dt.timezone.utc))
    assert not is_open(day, dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.timezone.utc))
    assert is_open(None, dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc))


def test_postings_sorted_newest_first_and_expired_closed(scratch_site) -> None:
    old = {**POSTING, "title": "Old Role", "posted": dt.date(2026, 9, 1), "expires": dt.date(2026, 10, 1)}
    new = {**POSTING, "title": "New Role", "posted": dt.date(2026, 11, 20)}
    mid = {**POSTING, "title": "Mid Role", "posted": dt.date(2026, 11, 5)}
    result = scratch_site(basic_tree(old=old, new=new, mid=mid))
    assert [p.slug for p in result.model.postings] == ["new", "mid", "old"]
    assert [p.slug for p in result.model.open_postings] == ["new", "mid"]
    assert any("closed on 2026-10-01" in p.message for p in result.problems)


@pytest.mark.parametrize("change, at_key, expected", [
    ({"salery": 5}, True, "unknown key 'salery' — did you mean 'salary'?"),
    ({"workplace": "remot"}, False, "workplace: 'remot' is not valid — did you mean 'remote'? — use one of: "
                                    "onsite, hybrid, remote"),
    ({"tags": "rust"}, False, "tags: expected a list (one '- item' per line, or [a, b]), got text ('rust')"),
    ({"posted": "2026-02-30"}, False, "posted: '2026-02-30' is not a real date (day is out of range for month)"),
    ({"company": "acmee"}, False, "company: unknown company 'acmee' — did you mean 'acme'? — it must match a file "
                                  "companies/<slug>.md"),
    ({"category": "ia"}, False, "category: unknown category 'ia' — use one of: ai, web3, robotics"),
    ({"apply_url": "javascript:alert(1)"}, False, "apply_url: 'javascript:alert(1)' is not an http or https URL"),
    ({"apply_url": "http://127.0.0.1/x"}, False, "apply_url: 'http://127.0.0.1/x' points at a local or private "
                                                 "address"),
])
def test_invalid_posting_messages(scratch_site, change: dict, at_key: bool, expected: str) -> None:
    data = {**POSTING, **change}
    key = next(iter(change))
    lines = front_matter(data).splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith(f"{key}:"))
    col = 1 if at_key else len(key) + 3
    with pytest.raises(ContentError) as info:
        scratch_site(basic_tree(x=data))
    assert f"content/jobs/acme/x.md:{line}:{col}: error: {expected}" in messages(info.value)


def test_missing_key_and_cross_field_rules_all_reported_at_once(scratch_site) -> None:
    bad = {k: v for k, v in POSTING.items() if k not in ("title", "locations")}
    bad["salary"] = {"min": 90000, "max": 80000, "currency": "EUR", "period": "year"}
    bad["expires"] = dt.date(2026, 10, 1)
    with pytest.raises(ContentError) as info:
        scratch_site(basic_tree(x=bad))
    # each at its own line and column: a missing key where the front matter starts, a rule at the key it names
    # (workplace's value, salary.min's value, expires's value)
    at = "content/jobs/acme/x.md"
    assert messages(info.value) == [
        f"{at}:2:1: error: missing required key 'title' (the role's title)",
        f"{at}:7:12: error: locations: an onsite posting needs at least one location (- city: …, country: XX)",
        f"{at}:12:8: error: salary: min (90000) is greater than max (80000)",
        f"{at}:16:10: error: expires: 2026-10-01 is before posted (2026-11-01)"]


def test_posting_folder_must_match_company(scratch_site) -> None:
    files = basic_tree()
    files["jobs/other/x.md"] = files.pop("jobs/acme/senior-robotics-engineer.md")
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    assert any("does not match the folder 'jobs/other/'" in m for m in messages(info.value))


def test_bad_slug_is_refused(scratch_site) -> None:
    """A file name is the posting's address: a space or a capital (which a lower-cased check would let by) is
    refused at its path with the name to use."""
    files = basic_tree()
    files["jobs/acme/Senior Engineer.md"] = files.pop("jobs/acme/senior-robotics-engineer.md")
    files["jobs/acme/Senior-Engineer.md"] = front_matter({**POSTING, "title": "Senior Engineer"})
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    assert [m for m in messages(info.value) if "slug" in m] == [
        "content/jobs/acme/Senior Engineer.md:2:1: error: file name 'Senior Engineer.md' is not a valid slug: "
        "use lowercase letters, digits and hyphens, e.g. 'senior-engineer.md'",
        "content/jobs/acme/Senior-Engineer.md:2:1: error: file name 'Senior-Engineer.md' is not a valid slug: "
        "use lowercase letters, digits and hyphens, e.g. 'senior-engineer.md'"]


def test_a_bad_slug_does_not_hide_the_postings_other_problems(scratch_site) -> None:
    """A file with a bad name is still checked whole: its unknown company and category and its broken pay range
    are reported in the same run, so the author fixes them all at once."""
    files = basic_tree()
    files.pop("jobs/acme/senior-robotics-engineer.md")
    files["jobs/acme/Bad Name.md"] = front_matter({**POSTING, "company": "acmee", "category": "nope", "salary": {
        "min": 200000, "max": 100000, "currency": "USD", "period": "year"}})
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    found = [m.split(": error: ", 1)[1] for m in messages(info.value) if "Bad Name.md" in m]
    assert found == [
        "file name 'Bad Name.md' is not a valid slug: use lowercase letters, digits and hyphens, e.g. 'bad-name.md'",
        "company: unknown company 'acmee' — did you mean 'acme'? — it must match a file companies/<slug>.md",
        "category: unknown category 'nope' — use one of: ai, web3, robotics",
        "salary: min (200000) is greater than max (100000)"], found


def test_every_broken_file_reported_in_one_run(scratch_site) -> None:
    files = basic_tree(a={**POSTING, "workplace": "x"}, b={**POSTING, "employment_type": "y"})
    files["companies/broken.md"] = "---\nname: [unclosed\n---\n"
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    paths = {Path(p.path).name for p in info.value.errors}
    assert paths == {"a.md", "b.md", "broken.md"}


# --- every required key, taken from the schema itself, so a new one is covered the day it is added ------------

def _required(obj, prefix: tuple = ()) -> list[tuple[tuple, str, str]]:
    """(path to the key, its name, its doc) for every required key, nested objects and list items included."""
    from generator.load import schema

    found = []
    for field in obj.fields:
        path = (*prefix, field.name)
        if field.required:
            found.append((path, field.name, field.doc))
        inner = field.type.item if isinstance(field.type, schema.ListOf) else field.type
        if isinstance(inner, schema.Obj):
            found += _required(inner, (*path, 0) if isinstance(field.type, schema.ListOf) else path)
    return found


def _without(data: dict, path: tuple) -> dict:
    import copy

    data = copy.deepcopy(data)
    holder = data
    for step in path[:-1]:
        holder = holder[step]
    del holder[path[-1]]
    return data


def _where(path: tuple) -> str:
    from generator.load.schema import field_name

    return f" in {field_name(path[:-1])}" if len(path) > 1 else ""


def _required_cases() -> list:
    from generator.load import schema

    from ..conftest import COMPANY, SITE

    posting = {**POSTING, "salary": {"min": 90000, "max": 120000, "currency": "EUR", "period": "year"}}
    cases = []
    for kind, obj, data in (("posting", schema.POSTING, posting), ("company", schema.COMPANY, COMPANY),
                            ("site", schema.SITE, SITE)):
        for path, name, doc in _required(obj):
            # time_zones is an object only remote postings take: give the posting one to break.
            whole = ({**posting, "workplace": "remote", "time_zones": {"from": "UTC-8", "to": "UTC-3"}}
                     if path[0] == "time_zones" else data)
            cases.append(pytest.param(kind, whole, path, f"missing required key '{name}'{_where(path)} ({doc})",
                                      id=f"{kind}:{'.'.join(map(str, path))}"))
    return cases


@pytest.mark.parametrize("kind, data, path, message", _required_cases())
def test_every_required_key_left_out_is_an_error_naming_it(scratch_site, kind: str, data: dict, path: tuple,
                                                           message: str) -> None:
    import yaml

    from ..conftest import COMPANY

    files = basic_tree(x={**POSTING, "salary": {"min": 90000, "max": 120000, "currency": "EUR", "period": "year"}})
    name = {"posting": "jobs/acme/x.md", "company": "companies/acme.md", "site": "site.yaml"}[kind]
    broken = _without(data, path)
    files[name] = (yaml.safe_dump(broken, sort_keys=False) if kind == "site" else
                   front_matter(broken, "Acme builds robots.\n" if data is COMPANY else "Some description.\n"))
    with pytest.raises(ContentError) as info:  # never a posting silently left out
        scratch_site(files)
    assert any(m.endswith(f"error: {message}") and m.startswith(f"content/{name}:") for m in messages(info.value)), \
        messages(info.value)
    assert not Path("site").exists()


@pytest.mark.parametrize("period", ["fortnight", None])
def test_salary_without_a_valid_period_is_one_problem_and_no_crash(scratch_site, period) -> None:
    salary = {"min": 90000, "max": 120000, "currency": "EUR"} | ({"period": period} if period else {})
    with pytest.raises(ContentError) as info:  # the author's mistake alone: no TypeError, no second problem
        scratch_site(basic_tree(x={**POSTING, "salary": salary}))
    got = [p.format() for p in info.value.problems if p.level == "error"]
    assert len(got) == 1 and "salary" in got[0] and ("period" in got[0] or "fortnight" in got[0]), got
    assert not Path("site").exists()


def test_posting_body_is_its_own_description_not_its_companys(scratch_site) -> None:
    files = basic_tree(x=POSTING)
    files["jobs/acme/x.md"] = front_matter(POSTING, "We need someone to *tune* gripper firmware.\n")
    posting = scratch_site(files).model.postings[0]
    assert "<em>tune</em> gripper firmware" in posting.body_html
    assert "Acme builds robots" not in posting.body_html
    assert "Acme builds robots" in posting.company.body_html


# --- every key of site.yaml, a company and a posting lands in its own field of the record ---------------------
# The records are built by position (Site) or from many keys side by side (Posting): a copy slip or two
# arguments swapped would pass every test that reads one field. Each value here is distinct, so each field is
# pinned to the key it comes from.

SVG_LOGO = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>'


def _model(tmp_path: Path, files: dict, base_url: str | None = None):
    from generator.build import load_model
    from generator.config import make_options

    from ..conftest import CLOCK, write_tree

    write_tree(tmp_path / "content", files)
    return load_model(make_options(tmp_path / "content", tmp_path / "site", base_url=base_url, clock=CLOCK))


def test_every_key_lands_in_its_own_field(tmp_path: Path) -> None:
    import yaml

    from generator.model import Category, Location, Salary
    from generator.model.apply_links import Verification

    from ..conftest import COMPANY, SITE

    site = {**SITE, "title": "Frontier Jobs", "description": "Roles at the frontier.", "language": "de",
            "pay_transparency": "off", "trust_checks": "error", "repository": "https://github.com/o/r",
            "branch": "live"}
    company = {**COMPANY, "logo": "logos/acme.svg", "categories": ["robotics"], "ats": ["greenhouse:acme"],
               "links": {"github": "https://github.com/acme"}}
    open_one = {**POSTING, "title": "Open Role", "tags": ["ros2"], "seniority": "senior", "contact": "@octocat",
                "expires": dt.date(2026, 12, 20), "visa_sponsorship": True, "relocation": False,
                "salary": {"min": 90000, "max": 120000, "currency": "EUR", "period": "year"}}
    closed_one = {**POSTING, "title": "Closed Role", "posted": dt.date(2026, 11, 2), "closed": dt.date(2026, 11, 10),
                  "expires": dt.date(2026, 12, 24), "apply_url": "https://job-boards.greenhouse.io/acme/jobs/1"}
    files = {**basic_tree(open=open_one, closed=closed_one), "site.yaml": yaml.safe_dump(site, sort_keys=False),
             "companies/acme.md": front_matter(company, "Acme builds robots.\n"), "logos/acme.svg": SVG_LOGO}
    model, _ = _model(tmp_path, files)
    s = model.site
    assert (s.title, s.base_url, s.description, s.language) == ("Frontier Jobs", "https://board.example",
                                                                "Roles at the frontier.", "de")
    assert s.categories == (Category("ai", "AI", "https://t.me/testboard_ai"), Category("web3", "Web3"),
                            Category("robotics", "Robotics"))
    assert (s.pay_transparency, s.trust_checks, s.repository, s.branch) == ("off", "error", "https://github.com/o/r",
                                                                          "live")
    acme = model.companies[0]
    assert (acme.slug, acme.name, acme.website, acme.stage, acme.tagline, acme.size) == (
        "acme", "Acme Robotics", "https://acme.example", "series-a", "Robots that fold laundry.", "11-50")
    assert acme.headquarters == Location("Berlin", "DE", None)
    assert acme.categories == ("robotics",) and acme.links == (("github", "https://github.com/acme"),)
    # The logo: served by the site under its hashed name, linked by pages by that path, absolute in feeds.
    assert re.fullmatch(r"/logos/acme\.[0-9a-f]{10}\.svg", acme.logo_src or ""), acme.logo_src
    assert acme.logo == "https://board.example" + acme.logo_src
    assert [(f.name, f.url, f.data) for f in model.logos] == [("logos/acme.svg", acme.logo_src, SVG_LOGO)]
    by_slug = {p.slug: p for p in model.postings}
    p = by_slug["open"]
    assert (p.title, p.workplace, p.employment_type, p.posted, p.apply_url) == (
        "Open Role", "onsite", "full-time", dt.date(2026, 11, 1), POSTING["apply_url"])
    assert (p.tags, p.seniority, p.contact, p.visa_sponsorship, p.relocation) == (
        ("ros2",), "senior", "@octocat", True, False)
    assert (p.expires, p.closed, p.is_open) == (dt.date(2026, 12, 20), None, True)
    assert p.salary == Salary(90000, 120000, "EUR", "year") and p.locations == (Location("Berlin", "DE", None),)
    assert (p.company.slug, p.category.id, p.source) == ("acme", "robotics", f"{tmp_path}/content/jobs/acme/open.md")
    closed = by_slug["closed"]
    assert (closed.expires, closed.closed, closed.is_open) == (dt.date(2026, 12, 24), dt.date(2026, 11, 10), False)
    assert (closed.salary, closed.contact, closed.seniority, closed.visa_sponsorship) == (None, None, None, None)
    # the derived facts: each apply link checked against the company's website, then its ATS boards
    assert (p.verified, closed.verified) == (Verification("website", "acme.example"),
                                             Verification("ats", "greenhouse:acme"))
    assert (p.level, p.countries, closed.level) == ("senior", frozenset({"DE"}), "mid")


def test_site_defaults_and_a_base_url_given_on_the_command_line(tmp_path: Path) -> None:
    import yaml

    from ..conftest import SITE

    site = {k: v for k, v in SITE.items() if k != "pay_transparency"}
    model, _ = _model(tmp_path, {**basic_tree(), "site.yaml": yaml.safe_dump(site, sort_keys=False)},
                      base_url="https://preview.example/")
    s = model.site
    assert (s.base_url, s.pay_transparency, s.trust_checks, s.repository, s.branch) == (
        "https://preview.example", "warn", "warn", None, "main")
    assert model.logos == () and model.companies[0].logo is None and model.companies[0].logo_src is None


def test_a_category_id_used_twice_is_an_error_at_its_line(tmp_path: Path) -> None:
    import yaml

    from ..conftest import SITE

    site = {**SITE, "categories": [*SITE["categories"], {"id": "ai", "label": "AI again"}]}
    text = yaml.safe_dump(site, sort_keys=False)
    line = text.splitlines().index("- id: ai", text.splitlines().index("- id: ai") + 1) + 1
    with pytest.raises(ContentError) as info:
        _model(tmp_path, {**basic_tree(), "site.yaml": text})
    assert f"{tmp_path}/content/site.yaml:{line}:7: error: categories[4].id: 'ai' is used twice" in \
        messages(info.value), messages(info.value)


def test_only_a_valid_company_with_no_open_role_is_told_its_page_lists_none(tmp_path: Path, monkeypatch) -> None:
    """Acme hires; Beta has no posting and Gamma only a closed one; Delta's file is broken and says only that."""
    from generator.base.cache import Cache
    from generator.load.sources import read_sources
    from generator.model import build_model

    from ..conftest import CLOCK, COMPANY, write_tree

    monkeypatch.chdir(tmp_path)
    closed = {**POSTING, "company": "gamma", "closed": dt.date(2026, 11, 10), "apply_url": "https://acme.example/old"}
    write_tree(tmp_path / "content", {
        **basic_tree(), "companies/beta.md": front_matter({**COMPANY, "name": "Beta"}),
        "companies/gamma.md": front_matter({**COMPANY, "name": "Gamma"}), "jobs/gamma/old.md": front_matter(closed),
        "companies/delta.md": front_matter({k: v for k, v in COMPANY.items() if k != "website"})})
    _, problems = build_model(read_sources(Path("content"), Cache(None)), CLOCK)
    assert [p.format() for p in problems] == [
        "content/companies/delta.md:2:1: error: missing required key 'website' (company home page)",
        "content/companies/beta.md:2:1: info: company has no open postings; its page lists none",
        "content/companies/gamma.md:2:1: info: company has no open postings; its page lists none"]
