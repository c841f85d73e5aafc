"""Pay-transparency checks: covered postings without pay are flagged, naming the place and the law; others never."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.base.cache import Cache, Table
from generator.base.errors import ERROR, INFO, WARNING, ContentError, Problem
from generator.build import load_model
from generator.cli import main
from generator.config import make_options
from generator.load.benchmarks import load_compensation_table
from generator.load.sources import read_sources
from generator.model import build_model
from generator.model.pay_transparency import (
    RULES_FILE,
    RuleTable,
    _describes_benefits,
    _plain_text,
    coverage,
    jurisdiction_label,
    load_rules,
    stored_rules,
)

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, write_tree

RULES = load_rules()
NAMES = tuple(rule.name for rule in RULES.rules)

# The statute facts the table must hold, written out here so that a wrong edit to the data file fails a test:
# (rule id, name in messages, ISO 3166-2 code, city, effective date, employer threshold, remote roles covered).
STATUTES = [
    ("us-co", "Colorado", "US-CO", None, dt.date(2021, 1, 1), 1, True),
    ("us-ca", "California", "US-CA", None, dt.date(2023, 1, 1), 15, True),
    ("us-wa", "Washington", "US-WA", None, dt.date(2023, 1, 1), 15, True),
    ("us-ny", "New York State", "US-NY", None, dt.date(2023, 9, 17), 4, True),
    ("us-ny-nyc", "New York City", "US-NY", "New York", dt.date(2022, 11, 1), 4, True),
    ("us-il", "Illinois", "US-IL", None, dt.date(2025, 1, 1), 15, True),
    ("us-mn", "Minnesota", "US-MN", None, dt.date(2025, 1, 1), 30, False),
    ("us-md", "Maryland", "US-MD", None, dt.date(2024, 10, 1), 1, False),
    ("us-nj", "New Jersey", "US-NJ", None, dt.date(2025, 6, 1), 10, True),
    ("us-nj-jersey-city", "Jersey City", "US-NJ", "Jersey City", dt.date(2022, 4, 13), 5, False),
    ("us-vt", "Vermont", "US-VT", None, dt.date(2025, 7, 1), 5, False),
    ("us-ma", "Massachusetts", "US-MA", None, dt.date(2025, 10, 29), 25, False),
    ("us-hi", "Hawaii", "US-HI", None, dt.date(2024, 1, 1), 50, False),
    ("us-dc", "District of Columbia", "US-DC", None, dt.date(2024, 6, 30), 1, False),
    ("eu", "European Union", "EU", None, dt.date(2026, 6, 7), 1, True),
]
US_STATUTES = [s for s in STATUTES if s[0] != "eu"]
REMOTE_US = {s[1] for s in US_STATUTES if s[6]}
SITE_ON = {k: v for k, v in SITE.items() if k != "pay_transparency"}  # conftest turns the checks off
BENEFITS = "A role.\n\nWe offer health insurance and paid leave.\n"


def located(city: str, region: str | None, country: str = "US", **extra) -> dict:
    place = {"city": city, "country": country, **({"region": region} if region else {})}
    return {**POSTING, "locations": [place], **extra}


def write(tmp_path: Path, postings: dict[str, dict], size: str | None = "5000+", mode: str | None = None,
          bodies: dict[str, str] | None = None) -> Path:
    company = {k: v for k, v in COMPANY.items() if k != "size"} | ({"size": size} if size else {})
    site = SITE_ON | ({"pay_transparency": mode} if mode else {})
    files = basic_tree(**postings)
    files["site.yaml"] = yaml.safe_dump(site, sort_keys=False)
    files["companies/acme.md"] = front_matter(company, "Acme builds robots.\n")
    for name, body in (bodies or {}).items():
        files[f"jobs/acme/{name}.md"] = front_matter(postings[name], body)
    return write_tree(tmp_path / "content", files)


def findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, postings: dict[str, dict], **kw) -> list[Problem]:
    """The pay-transparency findings for a tree with company 'acme' of the given size."""
    monkeypatch.chdir(tmp_path)
    root = write(tmp_path, postings, **kw)
    raw = read_sources(Path("content"), Cache(None))
    problems: list = []
    _, more = build_model(raw, CLOCK, benchmarks=load_compensation_table(root, [])[0])
    return [p for p in problems + more if p.message.startswith(NAMES) or "add region" in p.message or LAWS in p.message]


LAWS = " laws require "  # in a finding that names several laws asking the same of one line


def mentions(p: Problem, name: str) -> bool:
    """The finding is about this jurisdiction's law, alone or grouped with others for the same line."""
    return p.message.startswith(name + " (") or (LAWS in p.message and f" {name} (since " in p.message)


def named(problems: list[Problem], level: str | None = None) -> set[str]:
    """Which jurisdictions the findings name."""
    return {n for p in problems for n in NAMES if mentions(p, n) and level in (None, p.level)}


# --- The table -------------------------------------------------------------------------------------------

def test_the_table_holds_the_statute_facts() -> None:
    table = {r.id: (r.id, r.name, r.jurisdiction, r.city, r.effective, r.min_employees, r.remote)
             for r in RULES.rules}
    assert sorted(table.values(), key=str) == sorted(STATUTES, key=str)
    assert RULES.reviewed <= dt.date.today()
    assert all(r.url.startswith("https://") and r.citation and r.notes for r in RULES.rules)


def test_only_the_eu_directive_allows_disclosure_outside_the_ad() -> None:
    assert {r.id for r in RULES.rules if not r.in_ad} == {"eu"}


def test_a_broken_rule_table_is_reported_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Named by its absolute path, the table's problems still show the path from the working folder."""
    monkeypatch.chdir(tmp_path)
    text = RULES_FILE.read_text(encoding="utf-8").replace("jurisdiction: US-CO", "jurisdiction: US-ZZ", 1)
    broken = tmp_path / "rules.yaml"
    broken.write_text(text.replace("min_employees: 15", "min_employees: fifteen", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_rules(broken)
    lines = text.splitlines()
    messages = [(p.path, p.line, p.message) for p in caught.value.problems]
    assert messages == [
        ("rules.yaml", lines.index("    jurisdiction: US-ZZ") + 1,
         "rules[1].jurisdiction: 'US-ZZ' is not an ISO 3166-2 subdivision code (such as US-CA, US-NY, DE-BE)"),
        ("rules.yaml", lines.index("    min_employees: 15") + 1,
         ("rules[2].min_employees: expected a number such as 85000 (no currency sign or commas), got text "
         "('fifteen')")),
    ]


def test_a_rule_table_that_is_no_yaml_is_reported_at_its_place(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Read fresh or through the cache, a table YAML cannot parse is one path:line:col, never an internal error,
    and nothing of it is kept. The path is the one from the working folder, as editors click on it, even when the
    table is named by its absolute path."""
    monkeypatch.chdir(tmp_path)
    Path("rules.yaml").write_text("reviewed: 2026-01-01\nrules:\n  - id: us-co\n    name: [Colorado\n")
    memo = Table()
    for read in (load_rules, lambda path: stored_rules(memo, path)):
        with pytest.raises(ContentError) as caught:
            read(tmp_path / "rules.yaml")
        assert [p.format() for p in caught.value.problems] == [
            "rules.yaml:5:1: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow "
            "sequence that starts on line 4)"]
    assert memo.entries == {}


@pytest.mark.parametrize("written, found", [  # found: (line below `show:`'s, message) of each problem
    ("      - show: closing-date\n        sinse: 2024-01-01\n",
     [(0, "missing required key 'since' in rules[1].requires[3]"),
      (1, "unknown key 'rules[1].requires[3].sinse' — did you mean 'since'?")]),
    ("      - show: closing-dates\n        since: 2024-01-01\n",
     [(0, "rules[1].requires[3].show: 'closing-dates' is not valid — did you mean 'closing-date'? — use one of: "
          "pay-range, benefits, closing-date")]),
    ("      - show: closing-date\n        since: 2024-02-30\n",
     [(1, "rules[1].requires[3].since: '2024-02-30' is not a real date (day is out of range for month)")]),
    ("      - show: closing-date\n", [(0, "missing required key 'since' in rules[1].requires[3]")]),
])
def test_a_requirement_that_started_later_is_checked_key_by_key(tmp_path: Path, written: str, found: list) -> None:
    """`{show: …, since: …}` in a rule's `requires` is checked like the rest of the table: the two keys, each
    required, a known requirement and a real date (Colorado's closing-date requirement, since 2024, is the one)."""
    text = RULES_FILE.read_text(encoding="utf-8")
    kept = "      - show: closing-date\n        since: 2024-01-01\n"
    assert text.count(kept) == 1
    broken = tmp_path / "rules.yaml"
    broken.write_text(text.replace(kept, written), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_rules(broken)
    line = text.splitlines().index(kept.splitlines()[0]) + 1
    assert [(p.line - line, p.message) for p in caught.value.problems] == found


RULE_KEYS = ("id", "jurisdiction", "name", "law", "citation", "url", "effective", "min_employees", "remote", "in_ad",
             "requires", "notes")


def without_key(text: str, rule_id: str, key: str) -> str:
    """The table with one key (and its folded lines) left out of one rule."""
    lines, out, dropping = text.splitlines(keepends=True), [], False
    start = lines.index(f"  - id: {rule_id}\n")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - "))
    for i, line in enumerate(lines):
        in_rule = start <= i < end and line.strip()
        if dropping and in_rule and line.startswith("      "):
            continue
        dropping = bool(in_rule) and line.lstrip(" -").startswith(f"{key}:")
        if dropping:
            if line.startswith("  - "):  # the item's first key: the next one opens the item
                lines[i + 1] = "  - " + lines[i + 1][4:]
            continue
        out.append(line)
    return "".join(out)


@pytest.mark.parametrize("key", RULE_KEYS)
def test_every_key_of_a_rule_is_required_and_its_absence_reported_at_the_rule(tmp_path: Path, key: str) -> None:
    text = RULES_FILE.read_text(encoding="utf-8")
    broken = tmp_path / "rules.yaml"
    broken.write_text(without_key(text, "us-ca", key), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_rules(broken)
    line = text.splitlines().index("  - id: us-ca") + 1
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (line, f"missing required key '{key}' in rules[2]")]


def test_a_rule_id_that_is_no_slug_or_is_used_twice_is_reported(tmp_path: Path) -> None:
    text, lines = RULES_FILE.read_text(encoding="utf-8"), RULES_FILE.read_text(encoding="utf-8").splitlines()
    for old, new, message in [("us-ca", "US CA", "rules[2].id: 'US CA' must be a slug"),
                              ("us-wa", "us-co", "rules[3].id: 'us-co' is used twice")]:
        broken = tmp_path / f"{new}.yaml"
        broken.write_text(text.replace(f"  - id: {old}\n", f"  - id: {new}\n", 1), encoding="utf-8")
        with pytest.raises(ContentError) as caught:
            load_rules(broken)
        assert [(p.line, p.message) for p in caught.value.problems] == [(lines.index(f"  - id: {old}") + 1, message)]


@pytest.mark.parametrize("size, threshold, expected", [
    (None, 50, "covered"), ("1-10", 1, "covered"), ("1-10", 15, "too small"), ("11-50", 15, "maybe"),
    ("51-200", 15, "covered"), ("1-10", 4, "maybe"), ("11-50", 50, "maybe"), ("11-50", 51, "too small"),
    ("5000+", 50, "covered"),
])
def test_company_size_against_a_threshold(size: str | None, threshold: int, expected: str) -> None:
    assert coverage(size, threshold) == expected


# --- Each jurisdiction -----------------------------------------------------------------------------------

def _place(city: str | None, region: str) -> dict:
    return located(city or "Springfield", region)


@pytest.mark.parametrize("rule_id, name, region, city, effective, threshold, remote", US_STATUTES)
def test_each_jurisdiction_flags_a_covered_employer(tmp_path, monkeypatch, rule_id, name, region, city, effective,
                                                    threshold, remote) -> None:
    found = findings(tmp_path, monkeypatch, {"role": _place(city, region)}, size="5000+")
    assert name in named(found, WARNING)
    alone = "requires the pay range in this ad: add salary min and max"
    grouped = "laws require the pay range in this ad"
    assert any(mentions(p, name) and (alone in p.message or p.message.startswith("add salary min and max: ")
                                      and grouped in p.message) for p in found)


@pytest.mark.parametrize("rule_id, name, region, city, effective, threshold, remote", US_STATUTES)
def test_each_jurisdiction_spares_an_employer_too_small(tmp_path, monkeypatch, rule_id, name, region, city,
                                                        effective, threshold, remote) -> None:
    found = findings(tmp_path, monkeypatch, {"role": _place(city, region)}, size="1-10")
    if threshold == 1:
        assert name in named(found, WARNING)  # every employer is covered
    elif threshold > 10:
        assert name not in named(found)  # 1-10 is certainly below the threshold
    else:
        assert name in named(found, INFO) and name not in named(found, WARNING)  # 1-10 may be 4 or 10 strong


@pytest.mark.parametrize("rule_id, name, region, city, effective, threshold, remote", US_STATUTES)
def test_each_jurisdiction_holds_no_posting_dated_before_it(tmp_path, monkeypatch, rule_id, name, region, city,
                                                            effective, threshold, remote) -> None:
    before = _place(city, region) | {"posted": effective - dt.timedelta(days=1)}
    on_the_day = _place(city, region) | {"posted": effective}
    found = findings(tmp_path, monkeypatch, {"before": before, "on-the-day": on_the_day})
    assert name not in named([p for p in found if p.path.endswith("before.md")])
    assert name in named([p for p in found if p.path.endswith("on-the-day.md")])


def test_a_city_law_needs_the_city_and_the_state(tmp_path, monkeypatch) -> None:
    postings = {"brooklyn": located("Brooklyn", "US-NY"), "buffalo": located("Buffalo", "US-NY"),
                "jersey-city": located("Jersey City", "US-NJ"), "newark": located("Newark", "US-NJ")}
    found = findings(tmp_path, monkeypatch, postings)
    by_file = {name: named([p for p in found if p.path.endswith(f"/{name}.md")]) for name in postings}
    assert by_file == {"brooklyn": {"New York State", "New York City"}, "buffalo": {"New York State"},
                       "jersey-city": {"New Jersey", "Jersey City"}, "newark": {"New Jersey"}}


# --- Remote roles ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("eligibility, expected", [
    (["US"], REMOTE_US),
    (["North America"], REMOTE_US),
    (["Worldwide"], REMOTE_US | {"European Union"}),
    (None, REMOTE_US | {"European Union"}),  # a remote role naming neither base nor eligibility is open anywhere
    (["CA", "MX"], set()),
    (["EU"], {"European Union"}),
])
def test_remote_roles_meet_the_laws_that_reach_remote_work(tmp_path, monkeypatch, eligibility, expected) -> None:
    remote = {k: v for k, v in POSTING.items() if k != "locations"} | {"workplace": "remote"}
    if eligibility:
        remote["remote_eligibility"] = eligibility
    assert named(findings(tmp_path, monkeypatch, {"remote": remote})) == expected


@pytest.mark.parametrize("eligibility", [["EU", "Mars"], ["EU", "de"], "EU", []])
def test_a_refused_eligibility_is_not_read_as_open_to_anyone(tmp_path, monkeypatch, eligibility) -> None:
    """Its own error is the finding: read as "anywhere", an EU-only role would be told what Colorado asks."""
    remote = {k: v for k, v in POSTING.items() if k != "locations"} | {"workplace": "remote",
                                                                       "remote_eligibility": eligibility}
    assert named(findings(tmp_path, monkeypatch, {"remote": remote})) == set()


def test_a_remote_role_based_in_a_state_meets_its_law_too(tmp_path, monkeypatch) -> None:
    remote = located("Minneapolis", "US-MN", workplace="remote")
    assert named(findings(tmp_path, monkeypatch, {"remote": remote})) == REMOTE_US | {"Minnesota"}


# --- What counts as disclosure ---------------------------------------------------------------------------

def test_an_estimate_never_counts(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"role": located("Denver", "US-CO", expires=dt.date(2026, 12, 31))}, bodies={"role": BENEFITS})
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    model, problems = load_model(options)
    assert model.postings[0].estimate is not None and model.postings[0].salary is None
    assert [p.format() for p in problems if p.message.startswith(NAMES)] == [
        ("content/jobs/acme/role.md:10:3: warning: Colorado (Equal Pay for Equal Work Act, since 2021-01-01) "
        "requires the pay range in this ad: add salary min and max")]


def test_each_missing_requirement_is_one_finding(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", {**basic_tree(), "site.yaml": yaml.safe_dump(SITE_ON, sort_keys=False),
                                      "jobs/acme/senior-robotics-engineer.md": DENVER})
    raw = read_sources(Path("content"), Cache(None))
    _, problems = build_model(raw, CLOCK)
    assert [p.format() for p in problems if p.message.startswith(NAMES)] == [
        ("content/jobs/acme/senior-robotics-engineer.md:7:5: warning: Colorado (Equal Pay for Equal Work Act, "
        "since 2021-01-01) requires the pay range in this ad: add salary min and max"),
        ("content/jobs/acme/senior-robotics-engineer.md:7:5: warning: Colorado (Equal Pay for Equal Work Act, "
        "since 2021-01-01) requires a general description of benefits in this ad: describe them in the role's "
        "description (health cover, retirement, paid leave …)"),
        ("content/jobs/acme/senior-robotics-engineer.md:7:5: warning: Colorado (Equal Pay for Equal Work Act, "
        "since 2024-01-01) requires the date applications close in this ad: add expires"),
    ]


DENVER = """---
title: Senior Robotics Engineer
company: acme
category: robotics
workplace: onsite
locations:
  - city: Denver
    country: US
    region: US-CO
employment_type: full-time
posted: 2026-11-01
apply_url: https://acme.example/careers/senior-robotics-engineer
---
Build robots in Denver.
"""


def test_a_role_marked_closed_is_asked_nothing_even_when_its_ad_lacks_everything(tmp_path, monkeypatch) -> None:
    bare = located("Denver", "US-CO")
    (tmp_path / "open").mkdir()
    (tmp_path / "closed").mkdir()
    assert named(findings(tmp_path / "open", monkeypatch, {"role": bare})) == {"Colorado"}
    closed = {**bare, "closed": dt.date(2026, 11, 20)}
    assert findings(tmp_path / "closed", monkeypatch, {"role": closed}, mode="error") == []


def test_a_complete_ad_has_no_findings(tmp_path, monkeypatch) -> None:
    complete = located("Denver", "US-CO", expires=dt.date(2026, 12, 31),
                       salary={"min": 120000, "max": 150000, "currency": "USD", "period": "year"})
    assert findings(tmp_path, monkeypatch, {"role": complete}, bodies={"role": BENEFITS}) == []


def test_an_open_ended_range_is_named_at_the_salary(tmp_path, monkeypatch) -> None:
    up_to = located("Manhattan", "US-NY", salary={"min": 90000, "currency": "USD", "period": "year"})
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"role": up_to})
    raw = read_sources(Path("content"), Cache(None))
    _, problems = build_model(raw, CLOCK)
    problems.sort()
    salary_line = 17  # yaml.safe_dump writes salary last, its keys from line 17
    assert [p.format() for p in problems if p.line == salary_line] == [
        (f"content/jobs/acme/role.md:{salary_line}:3: error: missing required key 'max' in salary (highest pay in "
        "the range, a plain number)"),
        # Both laws ask the same of this line: one finding names them (issue 28).
        (f"content/jobs/acme/role.md:{salary_line}:3: warning: add salary.max (an open-ended range does not count): "
         "2 laws require both ends of the pay range in this ad: New York State (since 2023-09-17), New York City "
         "(since 2022-11-01)"),
    ]


def test_a_size_range_across_the_threshold_is_a_note_that_says_so(tmp_path, monkeypatch) -> None:
    found = findings(tmp_path, monkeypatch, {"role": located("Seattle", "US-WA")}, size="11-50")
    assert [(p.level, p.message) for p in found] == [
        (INFO, ("Washington (Equal Pay and Opportunities Act, since 2023-01-01) requires the pay range in this ad "
               "from employers with 15 or more employees (companies/acme.md gives 11-50; nothing is needed if it "
               "has fewer): add salary min and max")),
        (INFO, ("Washington (Equal Pay and Opportunities Act, since 2023-01-01) requires a general description of "
               "benefits in this ad from employers with 15 or more employees (companies/acme.md gives 11-50; "
               "nothing is needed if it has fewer): describe them in the role's description (health cover, "
               "retirement, paid leave …)")),
    ]


def test_laws_grouped_on_one_line_say_once_that_a_size_below_their_threshold_asks_nothing(tmp_path,
                                                                                          monkeypatch) -> None:
    found = findings(tmp_path, monkeypatch, {"role": located("Manhattan", "US-NY")}, size="1-10")
    assert [(p.level, p.message) for p in found] == [
        (INFO, ("add salary min and max: 2 laws require the pay range in this ad: New York State (since 2023-09-17), "
                "New York City (since 2022-11-01); companies/acme.md gives 1-10: a law whose threshold lies above "
                "its size asks nothing"))]


@pytest.mark.parametrize("size, level, note", [
    (None, WARNING, "; companies/acme.md gives no size, so it counts as covered by every size threshold"),
    ("1-10", INFO, "; companies/acme.md gives 1-10: a law whose threshold lies above its size asks nothing"),
    ("11-50", WARNING, ""),  # above both laws' threshold: covered, nothing to say about size
    ("5000+", WARNING, ""),
])
def test_the_size_note_of_grouped_laws_names_the_company_file_to_edit(tmp_path, monkeypatch, size, level,
                                                                      note) -> None:
    found = findings(tmp_path, monkeypatch, {"role": located("Manhattan", "US-NY")}, size=size)
    assert [(p.level, p.message) for p in found] == [
        (level, ("add salary min and max: 2 laws require the pay range in this ad: New York State (since 2023-09-17), "
                 f"New York City (since 2022-11-01){note}"))]


def test_a_remote_roles_remote_laws_point_at_its_locations_and_its_states_law_at_the_place(tmp_path,
                                                                                         monkeypatch) -> None:
    remote = located("Minneapolis", "US-MN", workplace="remote")
    anywhere = {k: v for k, v in POSTING.items() if k != "locations"} | {"workplace": "remote"}
    found = findings(tmp_path, monkeypatch, {"remote": remote, "anywhere": anywhere})
    lines = (tmp_path / "content/jobs/acme/remote.md").read_text().splitlines()
    at = lines.index("- city: Minneapolis") + 1  # the locations' value, and the place in it
    based = [p for p in found if p.path.endswith("/remote.md")]
    assert {(p.line, p.col) for p in based if "Minnesota" not in p.message} == {(at, 1)}
    assert {(p.line, p.col) for p in based if "Minnesota" in p.message} == {(at, 3)}
    # Without locations, at the workplace; a company of 5000+ is covered by every threshold: no note on size.
    lines = (tmp_path / "content/jobs/acme/anywhere.md").read_text().splitlines()
    elsewhere = [p for p in found if p.path.endswith("/anywhere.md")]
    assert {(p.line, p.col) for p in elsewhere} == {(lines.index("workplace: remote") + 1, 12)}
    assert elsewhere[0].message.endswith(": 7 laws require the pay range in this ad: Colorado (since 2021-01-01), "
                                         "California (since 2023-01-01), Washington (since 2023-01-01), New York "
                                         "State (since 2023-09-17), New York City (since 2022-11-01), Illinois "
                                         "(since 2025-01-01), New Jersey (since 2025-06-01)")


def test_the_page_names_a_states_law_by_the_state_and_a_citys_by_both() -> None:
    labels = {rule.id: jurisdiction_label(rule) for rule in RULES.rules}
    assert {k: labels[k] for k in ("us-co", "us-ny", "us-ny-nyc", "us-nj-jersey-city", "eu")} == {
        "us-co": "Colorado (US-CO)", "us-ny": "New York (US-NY)", "us-ny-nyc": "New York City, New York (US-NY)",
        "us-nj-jersey-city": "Jersey City, New Jersey (US-NJ)", "eu": "European Union member states"}


def test_an_unknown_size_counts_as_covered(tmp_path, monkeypatch) -> None:
    found = findings(tmp_path, monkeypatch, {"role": located("Honolulu", "US-HI")}, size=None)
    assert [(p.level, p.message) for p in found] == [
        (WARNING, ("Hawaii (HRS § 378-2.8, since 2024-01-01) requires the pay range in this ad from employers with "
                  "50 or more employees (companies/acme.md gives no size, so it counts as covered): add salary "
                  "min and max"))]


def test_an_eu_posting_without_a_range_gets_a_note_even_in_error_mode(tmp_path, monkeypatch) -> None:
    found = findings(tmp_path, monkeypatch, {"role": POSTING}, mode="error")
    assert [(p.level, p.message) for p in found] == [
        (INFO, ("European Union (Pay Transparency Directive, since 2026-06-07) requires the pay range before the "
               "interview, in the ad or otherwise: add salary min and max"))]


def test_us_locations_without_a_region_get_a_suggestion(tmp_path, monkeypatch) -> None:
    found = findings(tmp_path, monkeypatch, {"role": located("Austin", None)})
    assert [(p.level, p.line, p.message) for p in found] == [
        (INFO, 10, ("locations[1]: add region (the state's ISO 3166-2 code, such as US-CA or US-NY) so that "
                  "Austin's pay-transparency law can be checked"))]


# --- Modes, strict, CLI ----------------------------------------------------------------------------------

def test_off_turns_every_finding_off(tmp_path, monkeypatch) -> None:
    assert findings(tmp_path, monkeypatch, {"role": located("Denver", "US-CO")}, mode="off") == []


def test_error_mode_stops_the_build(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"role": located("Denver", "US-CO")}, mode="error")
    with pytest.raises(ContentError) as caught:
        load_model(make_options("content", "site", templates=REPO / "templates", clock=CLOCK))
    assert {p.message.split(" (")[0] for p in caught.value.errors} == {"Colorado"}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--content", "content", *args],
                                env={"SOURCE_DATE_EPOCH": str(int(CLOCK.timestamp()))})
    return result.exit_code, result.stdout


def test_warnings_fail_check_only_when_strict(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"role": located("Denver", "US-CO", expires=dt.date(2026, 12, 31))}, bodies={"role": BENEFITS})
    assert run()[0] == 0
    code, out = run("--strict")
    assert code == 1 and out.endswith("0 errors, 1 warning in 1 file\n")


def test_check_json_flags_exactly_the_covered_postings_without_a_range(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    paid = {"salary": {"min": 100000, "max": 130000, "currency": "USD", "period": "year"},
            "expires": dt.date(2026, 12, 31)}
    remote_us = {k: v for k, v in POSTING.items() if k != "locations"} | {"workplace": "remote",
                                                                          "remote_eligibility": ["US"]}
    postings = {
        "denver": located("Denver", "US-CO"), "san-francisco": located("San Francisco", "US-CA"),
        "new-york": located("New York", "US-NY"), "remote-us": remote_us,
        "denver-paid": located("Denver", "US-CO", **paid), "austin": located("Austin", "US-TX"),
        "toronto": located("Toronto", None, country="CA"), "berlin": POSTING,
        "boston-old": located("Boston", "US-MA", posted=dt.date(2025, 10, 28)),
    }
    postings = {name: {**data, "title": f"Engineer in {name}"} for name, data in postings.items()}
    write(tmp_path, postings, bodies={name: BENEFITS for name in postings})
    small = {**COMPANY, "name": "Tiny", "size": "1-10"}
    write_tree(tmp_path / "content", {"companies/tiny.md": front_matter(small, "Tiny.\n"),
                                      "jobs/tiny/sf.md": front_matter({**postings["san-francisco"],
                                                                       "company": "tiny",
                                                                       "apply_url": "https://acme.example/tiny"},
                                                                      BENEFITS)})
    code, out = run("--format", "json")
    flagged = [p for p in json.loads(out) if p["level"] == WARNING]
    assert code == 0
    assert {Path(p["path"]).stem for p in flagged} == {"denver", "san-francisco", "new-york", "remote-us"}
    assert all(any(mentions(Problem(**p), n) for n in NAMES) for p in flagged)
    assert named([Problem(**p) for p in flagged if p["path"].endswith("remote-us.md")]) == REMOTE_US
    assert named([Problem(**p) for p in flagged if p["path"].endswith("new-york.md")]) == {"New York State",
                                                                                           "New York City"}
    assert not any("/tiny/" in p["path"] for p in json.loads(out) if p["level"] != INFO)


def test_the_bundled_content_is_clean() -> None:
    raw = read_sources(REPO / "content", Cache(None))
    _, problems = build_model(raw, CLOCK)
    assert [p.format() for p in problems if p.message.startswith(NAMES) and p.level != INFO] == []


# --- Regions on locations --------------------------------------------------------------------------------

@pytest.mark.parametrize("region, message", [
    ("US-ZZ", "locations[1].region: 'US-ZZ' is not an ISO 3166-2 subdivision code (such as US-CA, US-NY, DE-BE)"),
    ("us-co", "locations[1].region: write the region code in capitals: 'US-CO'"),
    ("DE-BE", "locations[1].region: 'DE-BE' is not in US — use a code starting 'US-', or fix the country"),
    (7, "locations[1].region: expected an ISO 3166-2 code such as US-CO, got a number (7)"),
])
def test_a_bad_region_is_an_error_at_its_line(tmp_path, monkeypatch, region, message) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"role": located("Denver", "US-CO") | {"locations": [{"city": "Denver", "country": "US",
                                                                          "region": region}]}})
    raw = read_sources(Path("content"), Cache(None))
    _, problems = build_model(raw, CLOCK)
    assert [p.format() for p in problems if p.level == ERROR] == [f"content/jobs/acme/role.md:12:11: error: {message}"]


# --- The page --------------------------------------------------------------------------------------------

def test_the_page_lists_every_rule_with_its_source(scratch_site) -> None:
    files = basic_tree()
    files["site.yaml"] = yaml.safe_dump(SITE_ON | {"pay_transparency": "error"}, sort_keys=False)
    scratch_site(files)
    html = Path("site/pay-transparency/index.html").read_text(encoding="utf-8")
    for rule in RULES.rules:
        assert f'<h2 id="rule-{rule.id}">{rule.name}</h2>' in html
        assert f'<a href="{rule.url.replace("&", "&amp;")}" rel="noopener">' in html
    assert "Colorado (US-CO)" in html and "New York City, New York (US-NY)" in html
    assert "is not published until the employer adds what is missing" in html
    assert "employers with 15 or more employees" in html and "the date applications are expected to close " \
                                                             "(since 1 Jan 2024)" in html
    assert '<a href="/pay-transparency/">Pay transparency</a>' in Path("site/index.html").read_text("utf-8")
    # The contents list links each rule's section, in the sections' order, and every in-page link lands on an id.
    contents = html.split('<ul class="contents-list">', 1)[1].split("</ul>", 1)[0]
    sections = re.findall(r'<h2 id="(rule-[^"]+)">([^<]+)</h2>', html)
    assert sorted(sections) == sorted((f"rule-{rule.id}", rule.name) for rule in RULES.rules)
    assert re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', contents) == sections
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert [href for href in re.findall(r'href="#([^"]*)"', html) if href not in ids] == []


def test_the_json_schemas_know_region_and_the_switch() -> None:
    from jsonschema import Draft7Validator

    from generator.load.json_schema import document_schema

    from ..load.test_json_schema import as_editor_sees

    posting = Draft7Validator(document_schema("posting"))
    denver = as_editor_sees(located("Denver", "US-CO"))
    assert list(posting.iter_errors(denver)) == []
    assert list(posting.iter_errors({**denver, "locations": [{"city": "Denver", "country": "US", "region": "us-co"}]}))
    site = Draft7Validator(document_schema("site"))
    assert list(site.iter_errors({**SITE_ON, "pay_transparency": "error"})) == []
    assert list(site.iter_errors({**SITE_ON, "pay_transparency": "strict"}))


def test_a_remote_role_is_flagged_at_its_eligibility(tmp_path, monkeypatch) -> None:
    remote = DENVER.replace("workplace: onsite\nlocations:\n  - city: Denver\n    country: US\n    region: US-CO\n",
                            "workplace: remote\nremote_eligibility: [US]\n")
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", {**basic_tree(), "site.yaml": yaml.safe_dump(SITE_ON, sort_keys=False),
                                      "jobs/acme/senior-robotics-engineer.md": remote})
    raw = read_sources(Path("content"), Cache(None))
    _, problems = build_model(raw, CLOCK)
    colorado = sorted(p.format() for p in problems if mentions(p, "Colorado"))
    # Every law open to US residents asks the same three things of this line: one finding each, naming them all.
    line = "content/jobs/acme/senior-robotics-engineer.md:6:21: warning: "
    assert colorado == [
        f"{line}Colorado (Equal Pay for Equal Work Act, since 2024-01-01) requires the date applications close in "
        "this ad: add expires",
        f"{line}add salary min and max: 4 laws require the pay range in this ad: Colorado (since 2021-01-01), "
        "New York State (since 2023-09-17), New York City (since 2022-11-01), New Jersey (since 2025-06-01)",
        f"{line}describe them in the role's description (health cover, retirement, paid leave …): 2 laws require "
        "a general description of benefits in this ad: Colorado (since 2021-01-01), New Jersey (since 2025-06-01)"]


def test_a_warm_build_reports_the_same_findings_as_a_cold_one_through_every_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The findings are kept per posting between builds (the cache's `findings` table); every edit that changes
    # a finding (the posting, its company's size, site.yaml's level) must show up as a cold build shows it.
    monkeypatch.chdir(tmp_path)
    cache = Cache(tmp_path / "cache")
    la = located("Los Angeles", "US-CA")  # California's law covers employers of 15 or more
    steps = [({"role": la}, {}), ({"role": la}, {}),  # the second build is served from the memo
             ({"role": la}, {"size": "1-10"}), ({"role": la}, {"mode": "error"}),
             ({"role": {**la, "salary": {"min": 150000, "max": 190000, "currency": "USD", "period": "year"}}},
              {"mode": "error"})]
    seen = []
    for postings, kw in steps:
        write(tmp_path, postings, **kw)
        options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
        try:
            warm = sorted(load_model(options, cache)[1])
        except ContentError as exc:
            warm = sorted(exc.problems)
        try:
            cold = sorted(load_model(options, Cache(None))[1])
        except ContentError as exc:
            cold = sorted(exc.problems)
        assert warm == cold
        seen.append([p.level for p in warm if p.message.startswith("California")])
    assert seen == [[WARNING], [WARNING], [], [ERROR], []]


def test_the_stored_rule_table_is_the_checked_file_and_follows_every_edit_of_it(tmp_path: Path) -> None:
    """A rebuild takes the checked table from the cache's `rules` (stored_rules): the same table load_rules
    gives, labels included, and an edit of the file, or a broken file, is seen at once."""
    path = tmp_path / "pay-transparency.yaml"
    text = RULES_FILE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    memo = Table()
    first = stored_rules(memo, path)
    assert first == stored_rules(memo, path) == load_rules(RULES_FILE)  # the second from the store
    assert first.labels == tuple(jurisdiction_label(r) for r in first.rules)
    assert "Colorado (US-CO)" in first.labels
    path.write_text(text.replace("reviewed: 2026-12-01", "reviewed: 2026-11-02"), encoding="utf-8")
    assert stored_rules(memo, path).reviewed == dt.date(2026, 11, 2)
    path.write_text(text.replace("reviewed: 2026-12-01", "reviewed: someday"), encoding="utf-8")
    with pytest.raises(ContentError):
        stored_rules(memo, path)


def test_the_rule_tables_json_schema_takes_the_shipped_table_and_refuses_what_its_checker_refuses() -> None:
    """Editors of generator/model/data/pay-transparency.yaml get the checker's rules as JSON Schema: EU or a
    subdivision code, true/false switches, each requirement by name or with its own start date."""
    from jsonschema import Draft7Validator

    from generator.model.pay_transparency import RULES_FILE, TABLE

    validator = Draft7Validator(TABLE.json_schema())
    table = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    table = json.loads(json.dumps(table, default=str))  # dates as the editor's JSON sees them
    assert list(validator.iter_errors(table)) == []
    assert any(r["jurisdiction"] == "EU" for r in table["rules"])
    assert any(isinstance(item, dict) for r in table["rules"] for item in r["requires"])
    rule = table["rules"][0]
    for key, bad in (("jurisdiction", "Colorado"), ("jurisdiction", 5), ("in_ad", "yes"), ("remote", 1),
                     ("requires", ["pay-rang"]), ("requires", [{"show": "pay-range"}]),
                     ("requires", [{"show": "salary", "since": "2024-01-01"}])):
        assert list(validator.iter_errors({**table, "rules": [{**rule, key: bad}]})), (key, bad)


def test_the_benefit_words_are_read_as_the_reader_sees_the_description():
    # Tags become spaces and entities their characters: a word just after a tag ("…pay</p><p>Health") is a
    # word of its own, so the benefits rule finds it; a longer word is not a benefit word.
    assert _plain_text("<p>Good pay</p><p>Health &amp; dental</p>").split() == ["Good", "pay", "Health", "&",
                                                                                "dental"]
    table = RuleTable(dt.date(2025, 1, 1), ("health", "paid time off"), ())
    assert _describes_benefits(table.benefit_re, "<p>Good pay</p><p>Health cover</p>")
    assert _describes_benefits(table.benefit_re, "<p>Good pay and<br>paid time off</p>")
    assert not _describes_benefits(table.benefit_re, "<p>Good pay</p><p>Healthy snacks</p>")
