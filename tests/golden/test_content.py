"""Approved transcripts of the loader's and the model's edges: `jobsite check` on boards built to reach the
error paths the committed boards of test_check.py leave untaken (site.yaml missing or empty, a damaged
compensation table of each kind, logos of each wrong kind, values YAML reads as .nan or nothing, lists and keys
left empty, nesting too deep, the same apply link at two companies, employer-size thresholds of pay laws), and
`jobsite estimate` on every seniority spelling, region, currency, employment type and stage, in lines and as
JSON lines, with the table broken in each way it can be.

Rewrite the expected files after an intended change, and review their diff:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_content.py -n 0
"""
from __future__ import annotations

import functools
import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.model import compensation

from ..conftest import CLOCK, COMPANY, POSTING, SITE, basic_tree, compensation_table, front_matter, write_tree
from .approve import approve

EPOCH = str(int(CLOCK.timestamp()))


def jobsite(*args: str, stdin: str | None = None) -> str:
    """Run one jobsite command in the current folder at the fixed clock; its transcript as an editor reads it."""
    result = CliRunner().invoke(main, list(args), input=stdin, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    shown = "" if stdin is None else "".join(f"< {line}\n" for line in stdin.splitlines())
    return (f"$ jobsite {shlex.join(args)}\n{shown}exit {result.exit_code}\n--- stdout\n{result.stdout}"
            f"--- stderr\n{result.stderr}")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def posting(**changes: object) -> str:
    data = {**POSTING, **changes}
    return front_matter({k: v for k, v in data.items() if v is not None})


def company(**changes: object) -> str:
    data = {**COMPANY, **changes}
    return front_matter({k: v for k, v in data.items() if v is not None}, "A company.\n")


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n'
# A description long enough that its sketch fills every bin, made of words no stop list drops.
LONG = " ".join(f"{a}{b}" for a in ("calibrate", "torque", "gantry", "lidar", "servo", "kinematic", "payload",
                                    "actuator", "gripper", "encoder") for b in range(150)) + "\n"
PAID = {"salary": {"min": 150000, "max": 180000, "currency": "USD", "period": "year"},
        "locations": [{"city": "Chicago", "country": "US", "region": "US-IL"}]}
DEEP = "skills: " + "[" * 5000 + "]" * 5000 + "\n"


def problem_board() -> dict[str, str | bytes]:
    """One file for each problem the loader and the model report that the committed boards do not show."""
    site = {**SITE, "pay_transparency": "warn",
            "categories": [*SITE["categories"], {"id": "ai", "label": "AI again"}]}
    files = basic_tree()
    files.update({
        "site.yaml": yaml.safe_dump(site, sort_keys=False),
        # Companies: logos written every wrong way, a size each pay law's threshold reads differently.
        "companies/remote-logo.md": company(name="Remote Logo", logo="https://cdn.example/logo.svg"),
        "companies/odd-logo.md": company(name="Odd Logo", logo="logos/Odd Logo.gif"),
        "companies/number-logo.md": company(name="Number Logo", logo=5),
        "companies/missing-logo.md": company(name="Missing Logo", logo="logos/missing.svg"),
        "companies/good-logo.md": company(name="Good Logo", logo="logos/good-logo.svg"),
        "companies/bad-website.md": company(name="Bad Website", website=["https://a.example"]),
        "logos/good-logo.svg": SVG,
        "logos/.hidden.svg": SVG,
        "logos/too-big.svg": SVG[:-7] + b"<!--" + b"x" * 150_000 + b"-->" + SVG[-7:],
        "logos/Capital.svg": SVG,
        # Postings: values YAML reads as no text, empty lists and keys, deep nesting, the wrong shapes.
        "jobs/acme/nan-salary.md": posting(title="Nan Salary", salary={"min": float("nan"), "max": 5,
                                                                      "currency": "EUR", "period": "year"}),
        "jobs/acme/inf-salary.md": posting(title="Inf Salary").replace(
            "---\nSome", "salary: {min: .inf, max: -.inf, currency: EUR, period: year}\n---\nSome"),
        "jobs/acme/null-title.md": "---\ntitle:\n" + yaml.safe_dump({k: v for k, v in POSTING.items()
                                                                    if k != "title"}, sort_keys=False)
                                   + "---\nText.\n",
        "jobs/acme/blank-title.md": posting(title="   "),
        "jobs/acme/empty-tags.md": posting(title="Empty Tags", tags=[]),
        "jobs/acme/salary-list.md": posting(title="Salary List", salary=[1, 2]),
        "jobs/acme/http-apply.md": posting(title="Http Apply", apply_url=42),
        "jobs/acme/bad-region.md": posting(title="Bad Region", locations=[{"city": "Denver", "country": "US",
                                                                           "region": 7}]),
        "jobs/acme/object-title.md": posting(title={"text": "x"}),
        "jobs/acme/deep.md": posting(title="Deep").replace("tags:", DEEP + "tags:"),
        "companies/unparsed.md": "---\nname: [Unparsed\n---\nA company.\n",
        "jobs/acme/huge-salary.md": posting(title="Huge Salary", salary={"min": 10 ** 400, "max": 10 ** 401,
                                                                         "currency": "EUR", "period": "year"}),
        "jobs/acme/open-ended.md": posting(title="Open Ended", salary={"min": 100000, "currency": "USD",
                                                                       "period": "year"},
                                           locations=[{"city": "New York", "country": "US", "region": "US-NY"}]),
        "jobs/acme/null-tag.md": posting(title="Null Tag", tags=["ros2", None]),
        "jobs/acme/inf-tags.md": posting(title="Inf Tags").replace("tags:\n- ros2\n- cpp\n", "tags: .inf\n"),
        "jobs/acme/binary-title.md": posting(title="x").replace("title: x", "title: !!binary aGVsbG8="),
        "jobs/acme/number-place.md": posting(title="Number Place", locations=[5]),
        "jobs/acme/del-char.md": posting(title="Delete Key").replace("Delete Key", "Delete\x7fKey"),
    })
    return files


def notes_board() -> dict[str, str | bytes]:
    """No errors, so every warning and note shows: pay laws whose employer threshold the company's size decides
    (no size given, a range across the threshold, one above it, one below), and one apply link at two employers."""
    files = basic_tree()
    files.update({
        "site.yaml": yaml.safe_dump({**SITE, "pay_transparency": "warn"}, sort_keys=False),
        "companies/sizeless.md": company(name="Sizeless", size=None, website="https://sizeless.example",
                                         headquarters={"city": "Denver", "country": "US"}),
        "companies/straddles.md": company(name="Straddles", size="11-50", website="https://straddles.example",
                                          headquarters={"city": "Chicago", "country": "US"}),
        "companies/giant.md": company(name="Giant", size="5000+", website="https://giant.example",
                                      headquarters={"city": "Chicago", "country": "US"}),
        "companies/tiny.md": company(name="Tiny", size="1-10", website="https://tiny.example",
                                     headquarters={"city": "Chicago", "country": "US"}),
        # The same application page at two employers; pay laws whose threshold the company's size decides.
        "jobs/sizeless/shared-link.md": posting(company="sizeless", title="Shared Link Engineer",
                                                locations=[{"city": "Denver", "country": "US",
                                                            "region": "US-CO"}]),
        "jobs/straddles/straddles-il.md": posting(company="straddles", title="Illinois Engineer",
                                                  apply_url=POSTING["apply_url"],
                                                  locations=[{"city": "Chicago", "country": "US",
                                                              "region": "US-IL"}]),
        "jobs/giant/giant-mn.md": posting(company="giant", title="Minnesota Engineer",
                                          locations=[{"city": "Minneapolis", "country": "US", "region": "US-MN"}],
                                          apply_url="https://giant.example/jobs/1"),
        "jobs/tiny/tiny-mn.md": posting(company="tiny", title="Minnesota Engineer",
                                        locations=[{"city": "Minneapolis", "country": "US", "region": "US-MN"}],
                                        apply_url="https://tiny.example/jobs/1"),
        "jobs/sizeless/sizeless-ca.md": posting(company="sizeless", title="California Engineer",
                                                locations=[{"city": "Oakland", "country": "US",
                                                            "region": "US-CA"}],
                                                apply_url="https://sizeless.example/jobs/2"),
        # One title at one place three times at one company (in any case; at another company it is no
        # duplicate); one link whose host differs only by case.
        **{f"jobs/{slug}/{name}.md": posting(company=slug, title=title, **PAID,
                                              apply_url=f"https://{slug}.example/jobs/{name}")
           for slug, name, title in (("giant", "perception-1", "Perception Engineer"),
                                     ("giant", "perception-2", "perception engineer"),
                                     ("giant", "perception-3", "PERCEPTION ENGINEER"),
                                     ("tiny", "perception", "Perception Engineer"))},
        "jobs/tiny/case-link.md": posting(company="tiny", title="Case Link", **PAID,
                                          apply_url="https://GIANT.Example/j/1"),
        # Asks: one the clause before excuses, then more than a description is given findings for.
        "jobs/giant/asks.md": posting(company="giant", title="Asks Engineer", apply_url="https://giant.example/j/9",
                                      locations=[{"city": "Minneapolis", "country": "US", "region": "US-MN"}],
                                      salary={"min": 150000, "max": 180000, "currency": "USD", "period": "year"})
        .replace("Some description.\n", "We will never ask you to pay a fee.\n\n"
                 + "".join(f"- Step {n}: pay the training fee.\n" for n in range(1, 13))),
        # One long description three times: twice at one company (its own repeat is no copy), once at another.
        "jobs/giant/long-a.md": posting(company="giant", title="Long A", apply_url="https://giant.example/j/1",
                                        **PAID).replace("Some description.\n", LONG),
        "jobs/giant/long-b.md": posting(company="giant", title="Long B", apply_url="https://giant.example/j/2",
                                        **PAID).replace("Some description.\n", LONG),
        "jobs/tiny/long-c.md": posting(company="tiny", title="Long C", apply_url="https://tiny.example/j/3",
                                       **PAID).replace("Some description.\n", LONG),
    })
    return files


def test_check_reports_the_loaders_and_models_rarer_problems(here: Path) -> None:
    write_tree(here / "errors" / "content", problem_board())
    write_tree(here / "notes" / "content", notes_board())
    (here / "errors/content/logos/linked.svg").symlink_to(here / "errors/content/logos/good-logo.svg")
    # With the trust checks off, the link two employers share and the copied description say nothing.
    quiet = notes_board()
    quiet["site.yaml"] = yaml.safe_dump({**SITE, "trust_checks": "off"}, sort_keys=False)
    quiet["jobs/straddles/copied.md"] = posting(company="straddles", title="Copied", apply_url=POSTING["apply_url"])
    write_tree(here / "quiet" / "content", quiet)
    approve("content-check", {"errors.txt": jobsite("check", "--content", "errors/content"),
                              "notes.txt": jobsite("check", "--content", "notes/content"),
                              "quiet.txt": jobsite("check", "--content", "quiet/content")})


# --- Boards whose trouble is outside the postings --------------------------------------------------------

TABLE = compensation_table().decode("utf-8")
BROKEN_TABLES = {
    "not-a-mapping": "- just\n- a list\n",
    "no-table": TABLE.split("\ntable:")[0] + "\n",
    "table-a-list": TABLE.split("\ntable:")[0] + "\ntable: [1, 2]\n",
    "levels-malformed": TABLE.replace("multiplier: 1.00, survey_level: EN", "multiplier: lots, survey_level: EN"),
    "level-period": TABLE.replace("multiplier: 0.60, period: month", "multiplier: 0.60, period: week"),
    "yaml-syntax": TABLE.replace("  junior: {base: junior,", "  junior: {base: [junior,", 1),
    "empty": "",
    "no-seed": "\n".join(line for line in TABLE.split("\n") if not line.startswith("  seed:")),
    "no-figure": TABLE.replace("      africa: {p25: 44518, p50: 58494, p75: 71993, rows: 1179, basis: both-factors}\n",
                               "", 1),
    "bad-basis": TABLE.replace("rows: 1179, basis: both-factors}", "rows: 1179, basis: guess}", 1),
}


def test_check_and_estimate_on_a_damaged_compensation_table(here: Path) -> None:
    runs = {}
    for name, text in BROKEN_TABLES.items():
        board = write_tree(here / name / "content", {**basic_tree(), "data/compensation.yaml": text})
        runs[f"{name}.txt"] = "\n".join([
            jobsite("check", "--content", str(board.relative_to(here))),
            jobsite("estimate", "--content", str(board.relative_to(here)), "--title", "Senior ML Engineer")])
    missing = write_tree(here / "missing" / "content", {k: v for k, v in basic_tree().items()
                                                       if not k.startswith("data/")})
    runs["missing.txt"] = jobsite("estimate", "--content", str(missing.relative_to(here)), "--title", "Engineer")
    approve("content-tables", runs)


def test_check_of_a_board_without_its_site_file(here: Path) -> None:
    files = {k: v for k, v in basic_tree().items() if k != "site.yaml"}
    write_tree(here / "nosite" / "content", files)
    write_tree(here / "empty" / "content", {**files, "site.yaml": "# nothing yet\n"})
    write_tree(here / "untitled" / "content", {**files, "site.yaml": yaml.safe_dump(
        {k: v for k, v in SITE.items() if k != "title"}, sort_keys=False)})
    write_tree(here / "outside", {"data/compensation.yaml": compensation_table()})
    linked = write_tree(here / "linked" / "content", {k: v for k, v in basic_tree().items()
                                                     if not k.startswith("data/")})
    (linked / "data").symlink_to(here / "outside" / "data", target_is_directory=True)
    approve("content-site", {f"{name}.txt": jobsite("check", "--content", f"{name}/content")
                             for name in ("nosite", "empty", "untitled", "linked")})


# --- jobsite estimate ----------------------------------------------------------------------------------

TITLES = ["Intern, Machine Learning", "ML Engineering Intern", "Junior Data Scientist", "Jr. ML Engineer",
          "Graduate Data Engineer", "Mid-level ML Engineer", "Data Scientist II", "Semi-Senior Engineer",
          "Senior ML Engineer", "Sr ML Engineer", "Data Engineer III", "Staff ML Engineer",
          "Principal Research Scientist", "Lead Data Engineer", "Engineering Manager, ML", "Head of AI",
          "Director of Data Science", "VP of Engineering", "Chief AI Officer", "Research Scientist",
          "Machine Learning Engineer", "Data Analyst", "Robotics Engineer", "Product Manager, AI"]
PLACES = [("--country", "US"), ("--country", "de"), ("--country", "RS"), ("--country", "BR"),
          ("--country", "IN"), ("--country", "JP"), ("--country", "NG"), ("--country", "GB"),
          ("--country", "IL"), ("--country", "AU"), ("--country", "CA"), ("--country", "PL"), ("--country", "ES"),
          ("--country", "AQ"), ("--country", "XX"), ("--region", "Europe"), ("--region", "EU"),
          ("--region", "LATAM"), ("--region", "APAC"), ("--region", "north-america"), ("--region", "Mars")]
OPTIONS = [("--stage", "seed"), ("--stage", "public"), ("--stage", "series-z"), ("--employment-type", "contract"),
           ("--employment-type", "part-time"), ("--employment-type", "internship"),
           ("--employment-type", "gig"), ("--category", "web3"), ("--category", "robotics"),
           ("--category", "bio"), ("--seniority", "staff"), ("--seniority", "wizard"),
           # Spellings of the ids: words and underscores become hyphens, and the aliases authors write.
           ("--stage", "Series D"), ("--stage", "IPO"), ("--employment-type", "Full_Time"),
           ("--employment-type", "contractor")]
JSONL = "\n".join([
    '{"title": "Senior ML Engineer", "country": "DE", "stage": "seed"}',
    '{"title": "Junior Data Scientist", "region": "Europe", "employment_type": "part-time", "currency": "EUR"}',
    '{"title": "Staff Engineer", "country": "BR", "currency": "BRL", "category": "web3"}',
    '{"title": "Engineer", "seniority": null}',
    '{"title": "Engineer", "country": "XX"}',
    '{"title": "Engineer", "salary": "lots"}',
    '{"title": "  "}',
    '{"title": "Engineer", "country": 49}',
    '["title", "Engineer"]',
    '{"title": "Engineer",',
])


def test_estimate_on_every_title_place_and_option(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(here / "content", basic_tree())
    # The table is read once, not once a command: reading it is most of each command's cost.
    monkeypatch.setattr(compensation, "load_benchmarks", functools.cache(compensation.load_benchmarks))
    lines = [jobsite("estimate", "--title", title) for title in TITLES]
    places = [jobsite("estimate", "--title", "Senior ML Engineer", *place) for place in PLACES]
    # Few rows at that level in the region: all roles across regions, scaled by both pay factors.
    places.append(jobsite("estimate", "--title", "Business Director", "--country", "NG"))
    options = [jobsite("estimate", "--title", "ML Engineer", "--country", "DE", *option) for option in OPTIONS]
    approve("content-estimate", {"titles.txt": "\n".join(lines), "places.txt": "\n".join(places),
                                 "options.txt": "\n".join([*options, jobsite("estimate")]),
                                 "jsonl.txt": jobsite("estimate", "--jsonl", stdin=JSONL + "\n")})


# --- A built board: what the model decides, as jobs.json and the posting pages' similar roles show it ---------

def built_board() -> dict[str, str | bytes]:
    """Remote roles whose eligibility pins a composite region or none, each seniority beside its neighbours (the
    similar roles weigh the rungs between them, and the step onto the management track), pay in several currencies
    and periods, and an apply link on a Greenhouse embed form."""
    files = basic_tree()
    roles = {
        "robotics-intern": ("Robotics Intern", {"employment_type": "internship"}),
        "junior-robotics-engineer": ("Junior Robotics Engineer", {}),
        "robotics-engineer": ("Robotics Engineer", {"salary": {"min": 5000, "max": 6500, "currency": "EUR",
                                                                "period": "month"}}),
        "senior-robotics-engineer": ("Senior Robotics Engineer", {}),
        "staff-robotics-engineer": ("Staff Robotics Engineer", {"employment_type": "contract",
                                                                "salary": {"min": 90, "max": 120,
                                                                           "currency": "GBP", "period": "hour"}}),
        "robotics-engineering-manager": ("Robotics Engineering Manager", {}),
        "director-of-robotics": ("Director of Robotics", {"employment_type": "part-time"}),
        "remote-europe": ("Senior Robotics Engineer, Remote Europe", {
            "workplace": "remote", "locations": None, "remote_eligibility": ["DE", "PL"]}),
        "remote-north-america": ("Senior Robotics Engineer, Remote Americas", {
            "workplace": "remote", "locations": None, "remote_eligibility": ["US", "CA"]}),
        "remote-split": ("Senior Robotics Engineer, Remote US or Germany", {
            "workplace": "remote", "locations": None, "remote_eligibility": ["US", "DE"]}),
        "remote-latam": ("Senior ML Engineer, Remote LATAM", {
            "workplace": "remote", "locations": None, "remote_eligibility": ["Latin America"],
            "category": "ai", "tags": ["ml", "python"],
            "apply_url": "https://boards.greenhouse.io/embed/job_app?for=acme&token=4012"}),
    }
    for slug, (title, changes) in roles.items():
        files[f"jobs/acme/{slug}.md"] = posting(**{"title": title, "apply_url": f"https://acme.example/careers/{slug}",
                                                   **changes})
    files["companies/acme.md"] = company(ats=["greenhouse:acme"])
    return files


SIMILAR = re.compile(r'<section class="similar".*?</section>', re.S)
LINK = re.compile(r'<a href="([^"]+)"')
SECONDS = re.compile(r" in \d+\.\d+ s\b")
PROGRESS = re.compile(r"^Writing.*\n", re.M)


def test_build_shows_estimates_places_and_similar_roles(here: Path) -> None:
    write_tree(here / "content", built_board())
    # The progress bar shows only on a slow machine, and the time taken is the machine's: both are left out.
    transcript = SECONDS.sub(" in … s", PROGRESS.sub("", jobsite("build", "--no-cache")))
    site = here / "site"
    similar = []
    for page in sorted(site.glob("jobs/acme/*/index.html")):
        found = SIMILAR.search(page.read_text(encoding="utf-8"))
        picks = LINK.findall(found.group()) if found else []
        similar.append(f"{page.parent.name}: {', '.join(pick.split('/')[-2] for pick in picks) or '-'}")
    approve("content-build", {"transcript.txt": transcript, "jobs.json": (site / "jobs.json").read_bytes(),
                              "similar.txt": "\n".join(similar) + "\n"})


def test_schema_writes_the_editors_schemas_or_says_in_one_line_why_not(here: Path) -> None:
    (here / "taken").write_text("a file where the folder would go\n")
    transcript = "\n".join([jobsite("schema", "--output", "schemas"), jobsite("schema", "--output", "taken"),
                            jobsite("schema", "--output", "taken/inside")])
    written = {f"schemas/{path.name}": path.read_bytes() for path in sorted((here / "schemas").iterdir())}
    approve("content-schema", {"transcript.txt": transcript, **written})
