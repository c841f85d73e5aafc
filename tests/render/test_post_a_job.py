"""Contributing without git, as built: edit and report links, last-change dates from git, the form's page."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
import yaml

from generator.base.errors import ContentError
from generator.load.history import read_history
from generator.load.json_schema import schema_files

from ..conftest import POSTING, REPO, SITE, basic_tree, write_tree

REPOSITORY = "https://github.com/acme-jobs/board"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def with_site(files: dict, **settings: str) -> dict:
    files["site.yaml"] = yaml.safe_dump({**SITE, **settings}, sort_keys=False)
    return files


def links(html: str) -> dict[str, str]:
    return {text: href.replace("&amp;", "&") for href, text in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', html)}


# --- Edit this page / Report a problem -----------------------------------------------------------------

def test_posting_and_company_pages_link_to_their_files(scratch_site, tmp_path: Path) -> None:
    scratch_site(with_site(basic_tree(), repository=REPOSITORY, branch="release/2026"))
    posting = links((tmp_path / "site/jobs/acme/senior-robotics-engineer/index.html").read_text())
    assert posting["Edit this page"] == (f"{REPOSITORY}/edit/release/2026/content/jobs/acme/"
                                         "senior-robotics-engineer.md")
    # A posting's report link opens the report-posting form (tests/model/test_trust.py checks its fields).
    report = urlsplit(posting["Report this posting"])
    assert f"{report.scheme}://{report.netloc}{report.path}" == f"{REPOSITORY}/issues/new"
    query = parse_qs(report.query)
    assert query["template"] == ["report-posting.yml"]
    assert query["url"] == ["https://board.example/jobs/acme/senior-robotics-engineer/"]
    company = links((tmp_path / "site/companies/acme/index.html").read_text())
    assert company["Edit this page"] == f"{REPOSITORY}/edit/release/2026/content/companies/acme.md"
    assert parse_qs(urlsplit(company["Report a problem"]).query)["title"] == ["Problem with Acme Robotics"]


def test_the_branch_defaults_to_main(scratch_site, tmp_path: Path) -> None:
    scratch_site(with_site(basic_tree(), repository=REPOSITORY))
    page = links((tmp_path / "site/companies/acme/index.html").read_text())
    assert page["Edit this page"] == f"{REPOSITORY}/edit/main/content/companies/acme.md"


def test_without_a_repository_there_are_no_links(scratch_site, tmp_path: Path) -> None:
    scratch_site(basic_tree())
    for page in ("jobs/acme/senior-robotics-engineer/index.html", "companies/acme/index.html",
                 "post-a-job/index.html"):
        html = (tmp_path / "site" / page).read_text()
        assert "Edit this page" not in html and "Report a" not in html and "github.com" not in html


@pytest.mark.parametrize(("key", "value", "message"), [
    ("repository", "https://gitlab.com/acme/board",
     "repository: 'https://gitlab.com/acme/board' is not a GitHub repository address such as "
     "https://github.com/owner/repo"),
    ("repository", "https://github.com/acme/board/", "repository: 'https://github.com/acme/board/' is not a GitHub "
                                                      "repository address such as https://github.com/owner/repo"),
    ("repository", "javascript:alert(1)//github.com/a/b", "repository: 'javascript:alert(1)//github.com/a/b' is not "
                                                          "a GitHub repository address such as "
                                                          "https://github.com/owner/repo"),
    ("branch", "../main", "branch: '../main' is not a branch name such as main"),
    ("branch", "main?x=1", "branch: 'main?x=1' is not a branch name such as main"),
])
def test_bad_repository_settings_are_errors_at_their_line(scratch_site, key: str, value: str, message: str) -> None:
    settings = {"repository": REPOSITORY, key: value}
    with pytest.raises(ContentError) as exc:
        scratch_site(with_site(basic_tree(), **settings))
    line = yaml.safe_dump({**SITE, **settings}, sort_keys=False).split("\n").index(f"{key}: {value}") + 1
    col = len(key) + 3
    assert [p.format() for p in exc.value.problems] == [f"content/site.yaml:{line}:{col}: error: {message}"]


# --- /post-a-job/ as built -----------------------------------------------------------------------------

def test_the_form_lists_the_board_and_ships_the_committed_schemas(scratch_site, tmp_path: Path) -> None:
    scratch_site(with_site(basic_tree(), repository=REPOSITORY))
    html = (tmp_path / "site/post-a-job/index.html").read_text()
    assert '<option value="acme" data-postings="senior-robotics-engineer">Acme Robotics</option>' in html
    assert '<option value="robotics">Robotics</option>' in html
    assert f'data-repository="{REPOSITORY}" data-branch="main"' in html
    for kind in ("posting", "company"):
        url = re.search(rf'data-{kind}-schema="(/static/{kind}\.schema\.[0-9a-f]{{10}}\.json)"', html).group(1)
        assert (tmp_path / "site" / url.lstrip("/")).read_text() == schema_files()[f"{kind}.schema.json"]
    # No inline script (netlify.toml's CSP): every script is a file or JSON-LD data.
    for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
        assert "src=" in attrs and not body.strip()
    controls = set(re.findall(r'name="([^"]+)" data-doc="posting"', html))
    assert controls == {"title", "category", "employment_type", "tags", "posted", "expires", "company", "workplace",
                        "city", "country", "remote_eligibility", "salary.min", "salary.max", "salary.currency",
                        "salary.period", "apply_url", "contact", "time_zones.from", "time_zones.to",
                        "visa_sponsorship", "relocation"}
    assert '<option value="UTC-3:30">UTC−3:30</option>' in html  # front matter's spelling, read with a true minus


def schema_enum(schema: dict, name: str) -> list[str] | None:
    """The values the JSON Schema allows for a form control's dotted name (a location's fields under locations)."""
    node = schema
    for part in name.split("."):
        properties = node.get("properties", {})
        node = properties[part] if part in properties else properties["locations"]["items"]["properties"][part]
    return node.get("enum")


def test_every_list_in_the_form_offers_exactly_what_the_schema_allows(scratch_site, tmp_path: Path) -> None:
    """A list restated in the form (three currencies, say) refuses what a file may say or offers what it may not:
    each select with a fixed set of values offers the schema's own, every one of them and nothing else."""
    scratch_site(with_site(basic_tree(), repository=REPOSITORY))
    html = (tmp_path / "site/post-a-job/index.html").read_text()
    schemas = {kind: json.loads(text) for kind, text in
               (("posting", schema_files()["posting.schema.json"]), ("company", schema_files()["company.schema.json"]))}
    checked = []
    for name, kind, body in re.findall(r'<select [^>]*name="([^"]+)" data-doc="(\w+)"[^>]*>(.*?)</select>', html, re.S):
        allowed = schema_enum(schemas[kind], name)
        if allowed is not None:
            assert sorted(v for v in re.findall(r'<option value="([^"]*)"', body) if v) == sorted(allowed), name
            checked.append(name)
    assert sorted(checked) == ["country", "employment_type", "headquarters.country", "salary.currency",
                               "salary.period", "size", "stage", "workplace"]


def test_the_form_gets_its_rules_words_and_paths_from_python(scratch_site, tmp_path: Path) -> None:
    """The cross-field rules, the words and the file paths the form uses are one JSON file made by Python; the
    script restates none of them (load/posting_rules.py, load/markdown.py, base/addresses.py)."""
    from generator.load.posting_rules import POSTING_RULES
    from generator.render.pages.post_a_job import MESSAGES, form_rules

    scratch_site(with_site(basic_tree(), repository=REPOSITORY))
    html = (tmp_path / "site/post-a-job/index.html").read_text()
    url = re.search(r'data-rules="(/static/post-a-job\.rules\.[0-9a-f]{10}\.json)"', html).group(1)
    shipped = json.loads((tmp_path / "site" / url.lstrip("/")).read_text())
    assert shipped == json.loads(json.dumps(form_rules()))
    assert [r["id"] for r in shipped["rules"]][:len(POSTING_RULES)] == [r.id for r in POSTING_RULES]
    assert shipped["files"] == {"company": "content/companies/{company}.md",
                                "posting": "content/jobs/{company}/{slug}.md"}
    assert shipped["links"] == {"rel": "nofollow ugc noopener", "schemes": ["http:", "https:", "mailto:"]}
    script = (REPO / "templates/static/post-a-job.js").read_text()
    words = [*MESSAGES.values(), *(r.says for r in POSTING_RULES), "content/", "nofollow", "onsite", "mailto", "https?",
             "selectedIndex"]
    assert [w for w in words if w in script] == []


# --- Last-change dates ---------------------------------------------------------------------------------

def git(root: Path, *args: str, when: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Ed", "GIT_AUTHOR_EMAIL": "ed@example.org", "GIT_COMMITTER_NAME": "Ed",
           "GIT_COMMITTER_EMAIL": "ed@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if when:
        env.update(GIT_COMMITTER_DATE=when, GIT_AUTHOR_DATE="2001-01-01T00:00:00Z")  # the committer's date counts
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def second_posting() -> dict:
    return {**POSTING, "title": "Robotics Intern", "employment_type": "internship"}


@pytest.fixture
def history_site(scratch_site, tmp_path: Path):
    """A board in a git repository: everything committed on 20 Nov, then one posting edited on 22 Nov."""
    files = basic_tree(**{"senior-robotics-engineer": POSTING, "robotics-intern": second_posting()})
    (tmp_path / "content").mkdir()
    write_tree(tmp_path / "content", files)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first", when="2026-11-20T09:00:00Z")
    edited = tmp_path / "content/jobs/acme/senior-robotics-engineer.md"
    edited.write_text(edited.read_text() + "More about the team.\n")
    git(tmp_path, "commit", "-q", "-am", "edit", when="2026-11-22T23:30:00+00:00")
    return lambda: scratch_site(files | {"jobs/acme/senior-robotics-engineer.md": edited.read_text()})


def updated_fact(html: str) -> str | None:
    match = re.search(r'<dt>Updated</dt><dd><time datetime="([^"]+)">([^<]+)</time>', html)
    return f"{match.group(1)} {match.group(2)}" if match else None


@needs_git
def test_posting_pages_show_their_files_last_commit(history_site, tmp_path: Path) -> None:
    result = history_site()
    site = tmp_path / "site"
    edited = (site / "jobs/acme/senior-robotics-engineer/index.html").read_text()
    assert updated_fact(edited) == "2026-11-22 22 Nov 2026"
    assert updated_fact((site / "jobs/acme/robotics-intern/index.html").read_text()) == "2026-11-20 20 Nov 2026"
    jobs = {j["title"]: j for j in json.loads((site / "jobs.json").read_text())["jobs"]}
    assert jobs["Senior Robotics Engineer"]["x-updatedDate"] == "2026-11-22"
    assert jobs["Robotics Intern"]["x-updatedDate"] == "2026-11-20"
    items = {i["title"]: i for i in json.loads((site / "feed.json").read_text())["items"]}
    assert items["Senior Robotics Engineer at Acme Robotics"]["date_modified"] == "2026-11-22T00:00:00Z"
    atom = {e.title: e for e in feedparser.parse((site / "feed.atom").read_bytes()).entries}
    assert atom["Senior Robotics Engineer at Acme Robotics"].updated == "2026-11-22T00:00:00+00:00"
    assert atom["Senior Robotics Engineer at Acme Robotics"].published == "2026-11-01T00:00:00+00:00"
    assert [s for s, _ in result.timings].count("history") == 1


@needs_git
def test_dates_come_from_commits_not_the_clock(history_site, tmp_path: Path, scratch_site) -> None:
    history_site()
    first = (tmp_path / "site/jobs/acme/robotics-intern/index.html").read_bytes()
    later = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.timezone.utc)
    scratch_site(basic_tree(**{"senior-robotics-engineer": POSTING, "robotics-intern": second_posting()}) |
                 {"jobs/acme/senior-robotics-engineer.md":
                  (tmp_path / "content/jobs/acme/senior-robotics-engineer.md").read_text()}, clock=later)
    again = (tmp_path / "site/jobs/acme/robotics-intern/index.html").read_text()
    assert updated_fact(again) == "2026-11-20 20 Nov 2026"
    assert updated_fact(first.decode()) == updated_fact(again)


@needs_git
def test_an_uncommitted_posting_has_no_date(history_site, tmp_path: Path, scratch_site) -> None:
    history_site()
    files = basic_tree(**{"senior-robotics-engineer": POSTING, "robotics-intern": second_posting(),
                          "new-role": {**POSTING, "title": "Brand New Role"}})
    files["jobs/acme/senior-robotics-engineer.md"] = (tmp_path / "content/jobs/acme/senior-robotics-engineer.md"
                                                      ).read_text()
    scratch_site(files)
    html = (tmp_path / "site/jobs/acme/new-role/index.html").read_text()
    assert updated_fact(html) is None
    jobs = json.loads((tmp_path / "site/jobs.json").read_text())["jobs"]
    job = next(j for j in jobs if j["title"] == "Brand New Role")
    assert "x-updatedDate" not in job
    # Committing changes no byte of the file, yet the next build (reusing its cache) dates the page.
    git(tmp_path, "add", "content/jobs/acme/new-role.md")
    git(tmp_path, "commit", "-q", "-m", "add", when="2026-11-24T10:00:00Z")
    scratch_site(files)
    html = (tmp_path / "site/jobs/acme/new-role/index.html").read_text()
    assert updated_fact(html) == "2026-11-24 24 Nov 2026"
    jobs = json.loads((tmp_path / "site/jobs.json").read_text())["jobs"]
    assert next(j for j in jobs if j["title"] == "Brand New Role")["x-updatedDate"] == "2026-11-24"


def test_outside_git_there_is_no_date(scratch_site, tmp_path: Path) -> None:
    scratch_site(basic_tree())
    site = tmp_path / "site"
    html = (site / "jobs/acme/senior-robotics-engineer/index.html").read_text()
    assert "Updated" not in html
    assert all("x-updatedDate" not in j for j in json.loads((site / "jobs.json").read_text())["jobs"])
    assert all("date_modified" not in i for i in json.loads((site / "feed.json").read_text())["items"])
    entry = feedparser.parse((site / "feed.atom").read_bytes()).entries[0]
    assert entry.updated == entry.published  # Atom needs one: the posted day, as before


@needs_git
def test_without_git_on_the_path_there_is_no_date(history_site, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    assert read_history(tmp_path / "content") == {}


@needs_git
def test_a_shallow_clone_leaves_out_dates_it_cannot_know(history_site, tmp_path: Path) -> None:
    history_site()
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{tmp_path}", str(clone)], check=True,
                   capture_output=True)
    # Only the edit is in the clone: the intern's date would be the clone's depth, not a change.
    assert read_history(clone / "content") == {"jobs/acme/senior-robotics-engineer.md": dt.date(2026, 11, 22)}
    assert read_history(tmp_path / "content")["jobs/acme/robotics-intern.md"] == dt.date(2026, 11, 20)
