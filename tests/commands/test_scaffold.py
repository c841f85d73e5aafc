"""`jobsite new`: files with every required key and the allowed values in comments, that pass the check."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.base.slugs import slugify
from generator.cli import main
from generator.load import schema

from ..conftest import COMPANY, basic_tree, front_matter, write_tree

DAY = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content tree with company 'acme' (headquartered in Berlin) and its one posting, as the working folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(DAY.timestamp())))
    write_tree(tmp_path / "content", basic_tree())
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def front_matter_of(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("---\n")[1])


def test_new_company_passes_the_check_and_flags_what_to_fill_in(repo: Path) -> None:
    code, out = run("new", "company", "Acme Robotics")
    path = "content/companies/acme-robotics.md"
    assert (code, out.splitlines()[0]) == (0, f"Created {path}")
    data = front_matter_of(repo / path)
    assert set(data) >= {f.name for f in schema.COMPANY.fields if f.required}
    assert data["name"] == "Acme Robotics" and data["stage"] == "seed"
    assert "seed is only the default: check it" in (repo / path).read_text()
    code, out = run("check", path)
    assert code == 0
    assert [line.split(":", 3)[3].strip() for line in out.splitlines()[:-1]] == [
        "info: company has no open postings; its page lists none",
        "warning: website still holds the placeholder 'FILL-IN' written by `jobsite new`: replace it with the "
        "real value",
        "warning: tagline still holds the placeholder 'FILL IN' written by `jobsite new`: replace it with the "
        "real value",
        "warning: the profile still holds the placeholder 'FILL IN' written by `jobsite new`: replace it with the "
        "real text"]
    assert run("check", "--strict", path)[0] == 1  # CI refuses an unfinished file


def test_new_company_with_every_value_given_leaves_only_the_profile(repo: Path) -> None:
    code, _ = run("new", "company", "Gantry & Owl", "--website", "https://gantry.example", "--stage", "series-b",
                  "--tagline", "Warehouse robots.")
    assert code == 0
    text = (repo / "content/companies/gantry-owl.md").read_text()
    assert "stage: series-b" in text and "# funding stage — one of: pre-seed, seed, series-a" in text
    assert "only the default" not in text
    assert "# size: 11-50" in text and "one of: 1-10, 11-50, 51-200" in text  # optional keys as examples
    _, out = run("check", "content/companies/gantry-owl.md")
    assert ": warning: the profile still holds the placeholder 'FILL IN'" in out and "website" not in out


def test_new_posting_is_posted_today_at_the_company_headquarters(repo: Path) -> None:
    code, out = run("new", "posting", "--company", "acme", "--title", "Ingénieur Robotique (Vision)")
    path = repo / "content/jobs/acme/ingenieur-robotique-vision.md"
    assert code == 0 and "Created content/jobs/acme/ingenieur-robotique-vision.md" in out
    data = front_matter_of(path)
    assert set(data) >= {f.name for f in schema.POSTING.fields if f.required}
    assert data["posted"] == DAY.date()
    assert data["workplace"] == "onsite" and data["locations"] == [{"city": "Berlin", "country": "DE"}]
    assert data["category"] == "ai"
    text = path.read_text()
    assert "# employment_type" not in text and "one of: full-time, part-time, contract, internship" in text
    assert "# salary: {min: 120000, max: 160000, currency: USD, period: year}" in text
    assert "\n# expires: 2027-02-01 " in text  # the suggested last day: 60 days after today (3 Dec 2026)
    code, out = run("check", "content/jobs/acme/ingenieur-robotique-vision.md")
    assert code == 0 and ": error:" not in out


def test_a_headquarters_region_is_kept_and_a_remote_role_keeps_the_places_it_is_given(repo: Path) -> None:
    denver = {**COMPANY, "name": "Peak Robotics", "headquarters": {"city": "Denver", "country": "US",
                                                                   "region": "US-CO"}}
    write_tree(repo / "content", {"companies/peak.md": front_matter(denver, "Peak.\n")})
    assert run("new", "posting", "--company", "peak", "--title", "Field Engineer")[0] == 0
    data = front_matter_of(repo / "content/jobs/peak/field-engineer.md")
    assert data["workplace"] == "onsite"
    assert data["locations"] == [{"city": "Denver", "country": "US", "region": "US-CO"}]
    assert run("new", "posting", "--company", "peak", "--title", "Remote Engineer", "--workplace", "remote",
               "--location", "Lisbon, PT")[0] == 0
    data = front_matter_of(repo / "content/jobs/peak/remote-engineer.md")
    assert data["workplace"] == "remote" and data["locations"] == [{"city": "Lisbon", "country": "PT"}]
    # Remote without --location: the headquarters are where the company sits, not where the role is done.
    assert run("new", "posting", "--company", "peak", "--title", "Remote Lead", "--workplace", "remote")[0] == 0
    data = front_matter_of(repo / "content/jobs/peak/remote-lead.md")
    assert data["workplace"] == "remote" and "locations" not in data
    assert run("check", "content/jobs/peak")[0] == 0


def test_new_posting_with_options_passes_the_strict_check_once_described(repo: Path) -> None:
    code, _ = run("new", "posting", "--company", "acme", "--title", "Staff Engineer", "--category", "robotics",
                  "--workplace", "hybrid", "--location", "Munich, DE", "--location", "Kraków, PL",
                  "--employment-type", "contract", "--apply-url", "https://acme.example/jobs/staff")
    assert code == 0
    path = repo / "content/jobs/acme/staff-engineer.md"
    data = front_matter_of(path)
    assert data["locations"] == [{"city": "Munich", "country": "DE"}, {"city": "Kraków", "country": "PL"}]
    assert (data["workplace"], data["employment_type"], data["category"]) == ("hybrid", "contract", "robotics")
    path.write_text(path.read_text().split("---\n")[0] + "---\n" + path.read_text().split("---\n")[1]
                    + "---\nBuild the robots.\n")
    assert run("check", "--strict", str(path.relative_to(repo))) == (0, "No problems in 4 files.\n")


def test_new_posting_for_a_new_company_passes_the_check(repo: Path) -> None:
    assert run("new", "company", "Brand New", "--website", "https://new.example")[0] == 0
    code, out = run("new", "posting", "--company", "brand-new", "--title", "First Engineer")
    assert code == 0
    data = front_matter_of(repo / "content/jobs/brand-new/first-engineer.md")
    assert data["workplace"] == "remote" and "locations" not in data  # no headquarters to default to
    assert run("check")[0] == 0


@pytest.mark.parametrize("workplace", ["onsite", "hybrid"])
def test_an_office_posting_for_a_company_without_headquarters_needs_a_location(repo: Path, workplace: str) -> None:
    assert run("new", "company", "Brand New", "--website", "https://new.example")[0] == 0
    code, out = run("new", "posting", "--company", "brand-new", "--title", "First Engineer", "--workplace", workplace)
    article = "an" if workplace == "onsite" else "a"
    assert (code, out) == (1, f"Error: {article} {workplace} posting needs a location: pass --location 'City, CC'\n")
    assert not (repo / "content/jobs/brand-new").exists()


def test_refuses_to_overwrite(repo: Path) -> None:
    path = repo / "content/jobs/acme/senior-robotics-engineer.md"
    before = path.read_text()
    code, out = run("new", "posting", "--company", "acme", "--title", "Senior Robotics Engineer")
    assert code == 1
    assert "Error: content/jobs/acme/senior-robotics-engineer.md already exists: edit it, or choose another " \
           "name with --slug" in out
    assert path.read_text() == before


@pytest.mark.parametrize("args, message", [
    (["--company", "acmee", "--title", "X"], "--company: unknown company 'acmee' — did you mean 'acme'?"),
    (["--company", "acme", "--title", "X", "--category", "robots"],
     "--category: unknown category 'robots' — did you mean 'robotics'? — use one of: ai, web3, robotics"),
    (["--company", "acme", "--title", "X", "--apply-url", "http://localhost/apply"],
     "--apply-url: apply_url: 'http://localhost/apply' points at a local or private address"),
    (["--company", "acme", "--title", "X", "--location", "Berlin"],
     "--location 'Berlin': write it as 'City, CC' or 'City, CC-RR', e.g. 'Berlin, DE' or 'Denver, US-CO'"),
    (["--company", "acme", "--title", "X", "--location", "Denver, US-XX"],
     "location.region: 'US-XX' is not an ISO 3166-2 subdivision code"),
    (["--company", "acme", "--title", "X", "--location", "London, UK"],
     "location.country: 'UK' is not an ISO 3166-1 alpha-2 country code"),
    (["--company", "acme", "--title", "🚀 🚀"], "cannot make a file name from '🚀 🚀': pass --slug"),
    (["--company", "acme", "--title", "X", "--slug", "Bad_Slug"], "--slug 'Bad_Slug' is not a valid slug"),
])
def test_bad_options_are_refused_in_the_validators_words(repo: Path, args: list[str], message: str) -> None:
    code, out = run("new", "posting", *args)
    assert code == 1 and message in out
    assert sorted(p.name for p in (repo / "content/jobs/acme").iterdir()) == ["senior-robotics-engineer.md"]


def text_of(length: int) -> str:
    return ("Robotics Engineer " * 20)[:length - 1] + "Z"


@pytest.mark.parametrize("kind, field, command", [
    (schema.POSTING, "title", lambda text: ("new", "posting", "--company", "acme", "--slug", "long", "--title", text)),
    (schema.COMPANY, "name", lambda text: ("new", "company", text, "--slug", "long")),
    (schema.COMPANY, "tagline", lambda text: ("new", "company", "Long", "--tagline", text)),
])
def test_new_takes_exactly_what_the_schema_takes(repo: Path, kind, field: str, command) -> None:
    """`jobsite new` checks a value before writing it: as long as the schema allows is written (and then passes
    `jobsite check`), one character more is refused in the check's own words, and nothing is written."""
    limit = kind.by_name()[field].type.max_length
    assert limit >= 100
    code, out = run(*command(text_of(limit + 1)))
    assert code == 1 and f"{field} is {limit + 1} characters long; the most is {limit}" in out, out
    code, out = run(*command(text_of(limit)))
    assert code == 0, out
    assert run("check")[0] == 0


def test_outside_a_content_folder_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = run("new", "company", "Acme")
    assert code == 1 and "content/site.yaml not found" in out
    assert list(tmp_path.iterdir()) == []


def test_slugify() -> None:
    assert slugify("Gantry & Owl") == "gantry-owl"
    assert slugify("Sr. Product Manager, GPU Cloud") == "sr-product-manager-gpu-cloud"
    assert slugify("Kraków — Ñandú  Labs") == "krakow-nandu-labs"


def test_a_remote_posting_offers_the_window_visas_and_relocation_to_uncomment(repo: Path) -> None:
    code, _ = run("new", "posting", "--company", "acme", "--title", "Remote Engineer", "--workplace", "remote",
                  "--apply-url", "https://acme.example/jobs/remote")
    assert code == 0
    path = repo / "content/jobs/acme/remote-engineer.md"
    text = path.read_text()
    for line in ("# time_zones: {from: UTC-8, to: UTC-3}", "# visa_sponsorship: true", "# relocation: true"):
        assert line in text
        text = text.replace(line, line.removeprefix("# "))
    head, body = text.split("---\n")[1], "Build the robots.\n"
    path.write_text(f"---\n{head}---\n{body}")
    data = front_matter_of(path)
    assert (data["time_zones"], data["visa_sponsorship"], data["relocation"]) == (
        {"from": "UTC-8", "to": "UTC-3"}, True, True)
    assert run("check", "--strict", str(path.relative_to(repo))) == (0, "No problems in 4 files.\n")


def test_a_new_posting_takes_its_companys_own_category(repo: Path) -> None:
    write_tree(repo / "content", {"companies/orbit.md": front_matter({**COMPANY, "name": "Orbit Labs",
                                                                       "categories": ["robotics", "ai"]},
                                                                      "Orbit builds arms.\n")})
    code, out = run("new", "posting", "--company", "orbit", "--title", "Controls Engineer")
    assert code == 0, out
    path = repo / "content/jobs/orbit/controls-engineer.md"
    assert front_matter_of(path)["category"] == "robotics"  # its first listed, not the site's first (ai)
    assert "(a guess" not in path.read_text()


def uncommented(path: Path) -> dict:
    """The front matter with every commented example made a key, as an author who takes them all would."""
    text = re.sub(r"^# (\w+: )", r"\1", path.read_text(), flags=re.M)
    path.write_text(text)
    return front_matter_of(path)


def test_every_commented_example_passes_the_check_once_uncommented(repo: Path) -> None:
    """Each optional key is offered as an example; taken as it is, it must be what the check accepts (a country
    code, not a name; a list where a list goes). Every example is pinned, so one edited slip shows here."""
    assert run("new", "posting", "--company", "acme", "--title", "Remote Engineer", "--workplace", "remote",
               "--apply-url", "https://acme.example/jobs/remote")[0] == 0
    assert run("new", "company", "Orbit Labs")[0] == 0
    posting = uncommented(repo / "content/jobs/acme/remote-engineer.md")
    company = uncommented(repo / "content/companies/orbit-labs.md")
    assert {k: posting[k] for k in ("tags", "locations", "remote_eligibility", "time_zones", "visa_sponsorship",
                                    "relocation", "duration", "seniority", "salary", "expires")} == {
        "tags": ["python", "llm"], "locations": [{"city": "Berlin", "country": "DE"}],
        "remote_eligibility": ["EU", "GB"], "time_zones": {"from": "UTC-8", "to": "UTC-3"},
        "visa_sponsorship": True, "relocation": True, "duration": "6 months", "seniority": "senior",
        "salary": {"min": 120000, "max": 160000, "currency": "USD", "period": "year"},
        "expires": dt.date(2027, 2, 1)}
    assert {k: company[k] for k in ("headquarters", "size", "categories", "logo", "links")} == {
        "headquarters": {"city": "Berlin", "country": "DE"}, "size": "11-50", "categories": ["ai"],
        "logo": "logos/example.svg", "links": {"github": "https://github.com/example"}}
    code, out = run("check")
    errors = [line.split(": ", 1)[1] for line in out.splitlines() if ": error: " in line]
    # The one example that names a file the author must add: the logo.
    assert (code, errors) == (1, ["error: logo: content/logos/example.svg is not there (or did not pass its "
                                  "checks): add the file, or remove logo to show the company's initials"])


@pytest.mark.parametrize("categories", [[], None])
def test_a_site_without_categories_is_one_line_naming_the_fix(repo: Path, categories) -> None:
    site = yaml.safe_load((repo / "content/site.yaml").read_text())
    site["categories"] = categories
    (repo / "content/site.yaml").write_text(yaml.safe_dump(site))
    code, out = run("new", "posting", "--company", "acme", "--title", "Any Engineer")
    assert (code, out) == (1, "Error: site.yaml lists no categories: fix it first (`jobsite check` says how)\n")
    assert sorted(p.name for p in (repo / "content/jobs/acme").iterdir()) == ["senior-robotics-engineer.md"]
