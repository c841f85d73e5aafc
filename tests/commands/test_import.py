"""`jobsite import` end to end, against local servers that answer like the Greenhouse, Lever and Ashby job-board
APIs (their documented shapes, HTML-escaped Greenhouse content, hostile HTML, 404s, 5xx, 429, malformed JSON,
slow answers): the files it writes pass the check and build, and later imports keep them in step."""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.ats.front_matter import REMOVE
from generator.ats.jobs import ImportFailure, Job, Salary
from generator.ats.places import Placement
from generator.ats.run import _base_url, _summary, write_atomically
from generator.ats.sync import Plan, Step, file_problems, owned_values
from generator.build import build_site
from generator.cli import main
from generator.config import make_options

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, compensation_table, front_matter, write_tree

EPOCH = str(int(CLOCK.timestamp()))  # 2026-11-26: the import's "today"
TODAY = CLOCK.date()
GH, LEVER, ASHBY = "/v1/boards/acme/jobs", "/v0/postings/acme", "/posting-api/job-board/acme"
HOSTILE = ('<p>Build robots.</p><script>alert("gh")</script><img src=x onerror=alert(1) alt="diagram">'
           '<p><a href="javascript:alert(2)">apply here</a> or <a href="https://acme.example/team">meet us</a>'
           '</p><iframe src="https://evil.example/"></iframe><p onclick="alert(3)">[trap](javascript:alert(4))'
           ' &lt;b&gt;</p><ul><li>Python</li><li>ROS 2</li></ul>')


def greenhouse_job(job_id: int, title: str, location: str, **extra: object) -> dict:
    """A job as `GET /v1/boards/BOARD/jobs?content=true` lists it; `content` escaped once more, as Greenhouse does."""
    return {"id": job_id, "internal_job_id": job_id + 7, "title": title, "updated_at": "2026-11-21T10:55:28-05:00",
            "first_published": "2026-11-20T09:00:00-05:00", "requisition_id": "50", "location": {"name": location},
            "absolute_url": f"https://job-boards.greenhouse.io/acme/jobs/{job_id}", "metadata": None,
            "content": extra.pop("content", "&lt;p&gt;Join &amp;amp; grow.&lt;/p&gt;"),
            "departments": [{"id": 1, "name": "Engineering", "parent_id": None, "child_ids": []}],
            "offices": [{"id": 2, "name": location, "location": location, "parent_id": None, "child_ids": []}],
            **extra}


def lever_posting(posting_id: str, title: str, **extra: object) -> dict:
    return {"id": posting_id, "text": title, "createdAt": 1763600000000, "country": "GB",
            "workplaceType": "hybrid", "hostedUrl": f"https://jobs.lever.co/acme/{posting_id}",
            "applyUrl": f"https://jobs.lever.co/acme/{posting_id}/apply",
            "categories": {"commitment": "Full-time", "team": "Research", "location": "London, England, United Kingdom",
                           "allLocations": ["London, England, United Kingdom"]},
            "description": "<div><b>Research</b> at Acme.</div>", "descriptionPlain": "Research at Acme.",
            "lists": [{"text": "What you'll do", "content": "<li>Train models</li><li>Ship them</li>"}],
            "additional": "<p>We sponsor visas.</p>", "additionalPlain": "We sponsor visas.",
            "salaryRange": {"min": 70000, "max": 90000, "currency": "GBP", "interval": "per-year-salary"}, **extra}


def ashby_job(job_id: str, title: str, **extra: object) -> dict:
    return {"id": job_id, "title": title, "department": "Engineering", "team": "Platform",
            "employmentType": "Contract", "location": "Belgrade", "secondaryLocations": [],
            "workplaceType": "OnSite", "isRemote": False, "isListed": True,
            "publishedAt": "2026-11-18T16:21:55.393+00:00", "jobUrl": f"https://jobs.ashbyhq.com/acme/{job_id}",
            "applyUrl": f"https://jobs.ashbyhq.com/acme/{job_id}/application", "descriptionHtml": "<p>Platform.</p>",
            "descriptionPlain": "Platform.",
            "address": {"postalAddress": {"addressLocality": "Belgrade", "addressRegion": "Belgrade",
                                          "addressCountry": "Serbia"}},
            "compensation": {"compensationTierSummary": "€60K – €80K • Offers Bonus", "summaryComponents": [
                {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "EUR", "minValue": 60000,
                 "maxValue": 80000},
                {"compensationType": "EquityPercentage", "interval": "NONE", "currencyCode": None, "minValue": 0.1,
                 "maxValue": 0.5}]}, **extra}


def boards() -> dict[str, object]:
    """What each fake API answers; tests change a copy between imports."""
    return {
        GH: {"jobs": [
            greenhouse_job(4012345, "Senior Perception Engineer", "San Francisco, CA", content=_escaped(HOSTILE),
                           pay_input_ranges=[{"min_cents": 18000000, "max_cents": 24000000, "currency_type": "USD",
                                              "title": "SF Bay Area", "blurb": "Base salary"}]),
            greenhouse_job(4012346, "Applied Scientist", "Remote - US"),
            greenhouse_job(4012347, "Lunar Site Lead", "Sea of Tranquility, Moon"),
        ], "meta": {"total": 3}},
        LEVER: [lever_posting("5ac21346-8e0c-4494-8e7a-3eb92ff77902", "Research Engineer, Evaluations")],
        ASHBY: {"apiVersion": "1", "jobs": [
            ashby_job("7458d4e9-da2e-47bd-98cb-adfda43d42b2", "Platform Engineer"),
            ashby_job("0c1f1f4e-0000-4000-8000-000000000001", "Unlisted Role", isListed=False),
        ]},
    }


def _escaped(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class FakeATS:
    """The three APIs on one local server; `answers` maps a path to a JSON document or a werkzeug Response."""

    def __init__(self, server: HTTPServer):
        self.server, self.answers, self.requests = server, boards(), []
        server.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        self.requests.append(request.full_path)
        answer = self.answers.get(request.path)
        if callable(answer):
            return answer(request)
        if answer is None:
            return Response('{"ok":false,"error":"Document not found"}', 404, content_type="application/json")
        return Response(json.dumps(answer), 200, content_type="application/json")

    def env(self) -> dict[str, str]:
        base = self.server.url_for("/").rstrip("/")
        return {"JOBSITE_GREENHOUSE_API": base, "JOBSITE_LEVER_API": base, "JOBSITE_ASHBY_API": base,
                "SOURCE_DATE_EPOCH": EPOCH}


def content_tree(**company: object) -> dict[str, str | bytes]:
    acme = {**COMPANY, "categories": ["ai"], "ats": ["greenhouse:acme", "lever:acme", "ashby:acme"], **company}
    return {"site.yaml": yaml.safe_dump(SITE, sort_keys=False), "data/compensation.yaml": compensation_table(),
            "companies/acme.md": front_matter(acme, "Acme builds robots.\n")}


def run(ats: FakeATS, *args: str) -> Result:
    return CliRunner().invoke(main, ["import", *args], env=ats.env(), catch_exceptions=False)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def posting(root: Path, rel: str) -> tuple[dict, str]:
    _, head, body = (root / rel).read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(head), body


def build(tmp: Path) -> Path:
    options = make_options(tmp / "content", tmp / "site", templates=REPO / "templates", clock=CLOCK)
    build_site(options)
    return tmp / "site"


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0  # pytest-httpserver's own fixture listens here: never another machine


@pytest.fixture
def ats(httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeATS:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("generator.ats.fetch.BACKOFF", (0.0, 0.0))
    write_tree(tmp_path / "content", content_tree())
    return FakeATS(httpserver)


# --- One import of three boards, built once for the tests that read it ------------------------------------

@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Result, Path]]:
    tmp = tmp_path_factory.mktemp("imported")
    write_tree(tmp / "content", content_tree())
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(tmp)
            result = run(FakeATS(server), "--all")
        yield tmp / "content", result, build(tmp)
    finally:
        server.stop()


GH_FILE = "jobs/acme/senior-perception-engineer.md"
REMOTE_FILE = "jobs/acme/applied-scientist.md"
LEVER_FILE = "jobs/acme/research-engineer-evaluations.md"
ASHBY_FILE = "jobs/acme/platform-engineer.md"


def test_every_placeable_job_of_the_three_boards_becomes_a_posting(imported) -> None:
    content, result, _ = imported
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (content / "jobs" / "acme").iterdir()) == sorted(
        Path(f).name for f in (GH_FILE, REMOTE_FILE, LEVER_FILE, ASHBY_FILE))
    assert "Imported: 4 added, 0 changed, 0 adopted, 0 closed; 1 skipped." in result.stdout
    data, _ = posting(content, GH_FILE)
    assert data == {"title": "Senior Perception Engineer", "company": "acme", "category": "ai",
                    "locations": [{"city": "San Francisco", "country": "US", "region": "US-CA"}],
                    "workplace": "onsite", "employment_type": "full-time",
                    "salary": {"min": 180000, "max": 240000, "currency": "USD", "period": "year"},
                    "posted": dt.date(2026, 11, 20), "apply_url": "https://job-boards.greenhouse.io/acme/jobs/4012345",
                    "source": "greenhouse:acme/4012345"}


def test_places_workplaces_contracts_and_pay_come_from_each_ats(imported) -> None:
    content, _, _ = imported
    remote, _ = posting(content, REMOTE_FILE)
    assert (remote["workplace"], remote["remote_eligibility"], "locations" in remote) == ("remote", ["US"], False)
    lever, lever_body = posting(content, LEVER_FILE)
    assert lever["locations"] == [{"city": "London", "country": "GB", "region": "GB-ENG"}]
    assert (lever["workplace"], lever["employment_type"], lever["posted"]) == ("hybrid", "full-time",
                                                                               dt.date(2025, 11, 20))
    assert lever["salary"] == {"min": 70000, "max": 90000, "currency": "GBP", "period": "year"}
    assert lever["apply_url"] == "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902"
    assert lever_body == ("**Research** at Acme.\n\n### What you'll do\n\n- Train models\n- Ship them\n\n"
                          "We sponsor visas.\n")
    ashby, _ = posting(content, ASHBY_FILE)
    assert (ashby["locations"], ashby["employment_type"], ashby["salary"]) == (
        [{"city": "Belgrade", "country": "RS"}], "contract",
        {"min": 60000, "max": 80000, "currency": "EUR", "period": "year"})
    assert ashby["source"] == "ashby:acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2"


def test_a_job_it_cannot_place_is_skipped_with_one_line_and_unlisted_jobs_are_left_out(imported) -> None:
    content, result, _ = imported
    assert result.stderr.splitlines() == ["greenhouse:acme: skipped job 4012347 'Lunar Site Lead': unknown country "
                                          "'Moon' in 'Sea of Tranquility, Moon'"]
    assert "Unlisted" not in "".join(p.read_text() for p in content.rglob("*.md"))


def test_hostile_html_is_neutralised_in_the_file_and_on_the_page(imported) -> None:
    content, _, site = imported
    _, body = posting(content, GH_FILE)
    assert body == ("Build robots.\n\ndiagram\n\napply here or [meet us](https://acme.example/team)\n\n"
                    "\\[trap\\](javascript:alert(4)) \\<b>\n\n- Python\n- ROS 2\n")
    page = (site / "jobs" / "acme" / "senior-perception-engineer" / "index.html").read_text()
    assert 'href="https://acme.example/team"' in page and "Build robots." in page
    main_part = page.split("<main", 1)[1].split("</main>")[0]
    for trace in ("<script", "onerror=", "onclick=", "<iframe", 'href="javascript:', "evil.example", "<b>", "<img"):
        assert trace not in main_part, trace
    assert "[trap](javascript:alert(4)) &lt;b&gt;" in main_part  # text in the employer's HTML stays text


def test_imported_files_pass_the_strict_check(imported) -> None:
    content, _, _ = imported
    result = CliRunner().invoke(main, ["check", "--strict", "--content", str(content)],
                                env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exit_code == 0, result.output
    assert result.output == "No problems in 6 files.\n"


def test_the_employers_pay_is_the_base_salary_in_json_ld(imported) -> None:
    _, _, site = imported
    page = (site / "jobs" / "acme" / "platform-engineer" / "index.html").read_text()
    data = json.loads(page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
    assert data["baseSalary"]["currency"] == "EUR"
    assert data["baseSalary"]["value"]["minValue"] == 60000 and data["baseSalary"]["value"]["maxValue"] == 80000
    assert "estimatedSalary" not in data


# --- Sync: later imports keep the files in step ----------------------------------------------------------

def test_a_second_import_of_unchanged_boards_changes_no_byte(ats: FakeATS, tmp_path: Path) -> None:
    assert run(ats, "--all").exit_code == 0
    before = snapshot(tmp_path / "content")
    again = run(ats, "--all")
    assert again.exit_code == 0
    assert "Imported: 0 added, 0 changed, 0 adopted, 0 closed; 1 skipped." in again.stdout
    assert snapshot(tmp_path / "content") == before


def test_changes_update_the_same_file_keep_hand_set_keys_and_close_vanished_jobs(ats: FakeATS,
                                                                                 tmp_path: Path) -> None:
    assert run(ats, "--all").exit_code == 0
    gh = tmp_path / "content" / GH_FILE
    # An editor adds what no ATS provides, with a comment, and moves a key.
    text = gh.read_text().replace("category: ai\n", "category: ai\n# checked with the hiring manager\n"
                                  "tags: [perception, cpp]  # ours\nseniority: senior\n")
    gh.write_text(text.replace("---\nBuild", "expires: 2027-01-31\ncontact: \"@octocat\"\n---\nBuild"))
    ats.answers[GH]["jobs"][0]["title"] = "Staff Perception Engineer"
    ats.answers[GH]["jobs"][0]["pay_input_ranges"][0]["max_cents"] = 26000000
    del ats.answers[GH]["jobs"][1]  # Applied Scientist left the board
    result = run(ats, "--all")
    assert result.exit_code == 0, result.output
    assert f"changed  content/{GH_FILE}  4012345 'Staff Perception Engineer' (title, salary)" in result.stdout
    assert f"closed   content/{REMOTE_FILE}  greenhouse:acme/4012346 is no longer on the board" in result.stdout
    data, _ = posting(tmp_path / "content", GH_FILE)
    assert (data["title"], data["salary"]["max"]) == ("Staff Perception Engineer", 260000)
    assert (data["tags"], data["seniority"], data["expires"], data["contact"]) == (
        ["perception", "cpp"], "senior", dt.date(2027, 1, 31), "@octocat")
    assert "# checked with the hiring manager\ntags: [perception, cpp]  # ours\n" in gh.read_text()
    assert not (tmp_path / "content" / "jobs" / "acme" / "staff-perception-engineer.md").exists()
    closed, _ = posting(tmp_path / "content", REMOTE_FILE)
    assert closed["closed"] == TODAY and closed["title"] == "Applied Scientist"

    site = build(tmp_path)
    assert (site / "jobs" / "acme" / "applied-scientist" / "index.html").exists()  # its page stays
    assert "Staff Perception Engineer" in (site / "index.html").read_text()
    for listing in ("index.html", "feed.xml", "feed.json", "jobs.json", "sitemap.xml"):
        assert "applied-scientist" not in (site / listing).read_text(), listing
    # Closed is closed: the next import leaves it alone, and changes nothing else.
    before = snapshot(tmp_path / "content")
    assert run(ats, "--all").exit_code == 0
    assert snapshot(tmp_path / "content") == before


def test_a_hand_written_posting_with_the_jobs_ats_address_is_adopted_not_duplicated(ats: FakeATS,
                                                                                   tmp_path: Path) -> None:
    apply = "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply"
    hand = {**POSTING, "title": "Research Engineer", "category": "ai", "apply_url": apply, "tags": ["evals"]}
    write_tree(tmp_path / "content", {"jobs/acme/research-engineer.md": front_matter(hand, "Ours.\n")})
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert "adopted  content/jobs/acme/research-engineer.md" in result.stdout
    assert [p.name for p in (tmp_path / "content" / "jobs" / "acme").iterdir()] == ["research-engineer.md"]
    data, _ = posting(tmp_path / "content", "jobs/acme/research-engineer.md")
    assert data["source"] == "lever:acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902" and data["tags"] == ["evals"]
    assert data["title"] == "Research Engineer, Evaluations"
    before = snapshot(tmp_path / "content")
    assert "0 adopted" in run(ats, "lever:acme", "--company", "acme").stdout
    assert snapshot(tmp_path / "content") == before


def test_of_two_hand_written_postings_with_the_jobs_address_the_first_is_adopted_and_the_other_left_alone(
        ats: FakeATS, tmp_path: Path) -> None:
    """The same apply_url written by hand twice: the import adopts the first file (in path order), not the later one,
    and leaves the second exactly as it was."""
    apply = "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply"
    hand = {**POSTING, "title": "Research Engineer", "category": "ai", "apply_url": apply}
    write_tree(tmp_path / "content", {"jobs/acme/a-first.md": front_matter({**hand, "tags": ["first"]}, "A.\n"),
                                      "jobs/acme/b-second.md": front_matter({**hand, "tags": ["second"]}, "B.\n")})
    second = (tmp_path / "content" / "jobs/acme/b-second.md").read_bytes()
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert "adopted  content/jobs/acme/a-first.md" in result.stdout
    assert "b-second.md" not in result.stdout
    data, _ = posting(tmp_path / "content", "jobs/acme/a-first.md")
    assert (data["source"], data["tags"]) == ("lever:acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902", ["first"])
    assert (tmp_path / "content" / "jobs/acme/b-second.md").read_bytes() == second


def test_dry_run_prints_what_would_change_and_writes_nothing(ats: FakeATS, tmp_path: Path) -> None:
    before = snapshot(tmp_path / "content")
    result = run(ats, "greenhouse:acme", "--company", "acme", "--dry-run")
    assert result.exit_code == 0, result.output
    assert f"added    content/{GH_FILE}  4012345 'Senior Perception Engineer'" in result.stdout
    assert result.stdout.splitlines()[-1] == "Dry run: would add 2, change 0, adopt 0, close 0; 1 skipped; " \
                                             "nothing written."
    assert snapshot(tmp_path / "content") == before
    # After a real import, a dry run names what would change and close, and still writes nothing.
    assert run(ats, "greenhouse:acme", "--company", "acme").exit_code == 0
    ats.answers[GH]["jobs"][0]["title"] = "Staff Perception Engineer"
    del ats.answers[GH]["jobs"][1]
    before = snapshot(tmp_path / "content")
    result = run(ats, "greenhouse:acme", "--company", "acme", "--dry-run")
    assert f"changed  content/{GH_FILE}  4012345 'Staff Perception Engineer' (title)" in result.stdout
    assert f"closed   content/{REMOTE_FILE}" in result.stdout
    assert "Dry run: would add 0, change 1, adopt 0, close 1; 1 skipped; nothing written." in result.stdout
    assert snapshot(tmp_path / "content") == before


# --- Failures: one line, exit 1, nothing written ---------------------------------------------------------

def _status(code: int, body: str = "", headers: dict | None = None):
    return lambda request: Response(body, code, headers=headers or {})


def _slow(request: Request) -> Response:
    time.sleep(1.0)
    return Response("{}", 200, content_type="application/json")


# Every way a board's answer stops the import, each line in full: what went wrong, what to do where there is
# something to do, and "; nothing was imported" at the end of every one.
FAILURES = {
    "unknown board": (lambda a: a.answers.pop(LEVER), "lever:acme: no such board (HTTP 404 from 127.0.0.1): check "
                      "the board name in the company's `ats` list or on its careers page; nothing was imported"),
    "refused": (lambda a: a.answers.update({ASHBY: _status(403)}),
                "ashby:acme: 127.0.0.1 refused the request (HTTP 403); nothing was imported"),
    "5xx after retries": (lambda a: a.answers.update({ASHBY: _status(503)}),
                          "ashby:acme: 127.0.0.1 answered HTTP 503 (3 attempts); nothing was imported"),
    "malformed json": (lambda a: a.answers.update({GH: _status(200, '{"jobs": [')}),
                       "greenhouse:acme: the answer from 127.0.0.1 is not valid JSON (Expecting value: line 1 column "
                       "11 (char 10)); nothing was imported"),
    # Nested past the decoder's depth: the ATS's answer, not a bug in jobsite (once "internal error", exit 2).
    "json nested too deep": (lambda a: a.answers.update({GH: _status(200, "[" * 100_000)}),
                             "greenhouse:acme: the answer from 127.0.0.1 is not valid JSON (maximum recursion depth "
                             "exceeded while decoding a JSON array from a unicode string); nothing was imported"),
    "wrong shape": (lambda a: a.answers.update({GH: {"jobs": {"id": 1}}}),
                    "greenhouse:acme: unexpected answer from the API (no 'jobs' list); nothing was imported"),
    "timeout": (lambda a: a.answers.update({LEVER: _slow}),
                "lever:acme: no answer from 127.0.0.1 within 0.2 s (3 attempts); nothing was imported"),
    "rate limit past the cap": (lambda a: a.answers.update({GH: _status(429, headers={"Retry-After": "3600"})}),
                                "greenhouse:acme: rate limited by 127.0.0.1 (HTTP 429, Retry-After 3600 s, 1 in a "
                                "row): run the import again later; nothing was imported"),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_an_ats_failure_is_one_line_exit_1_and_no_file_changes(ats: FakeATS, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    monkeypatch.setattr("generator.ats.fetch.TIMEOUT", 0.2)
    break_it, message = FAILURES[failure]
    # A first import has files to close and change, so "nothing written" is a real claim.
    assert run(ats, "--all").exit_code == 0
    del ats.answers[GH]["jobs"][0]
    before = snapshot(tmp_path / "content")
    break_it(ats)
    result = run(ats, "--all")
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")
    assert snapshot(tmp_path / "content") == before


def test_429_waits_as_retry_after_asks_then_imports(ats: FakeATS, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("generator.ats.fetch._sleep", waits.append)
    replies = [_status(429, headers={"Retry-After": "1"}), _status(429, headers={"Retry-After": "0"}),
               lambda request: Response(json.dumps(board), 200, content_type="application/json")]
    board, ats.answers[LEVER] = ats.answers[LEVER], lambda request: replies.pop(0)(request)
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert waits == [1.0, 0.0] and not replies
    assert (tmp_path / "content" / LEVER_FILE).exists()


def test_a_job_whose_file_would_fail_the_check_is_skipped_with_the_checks_reason(ats: FakeATS,
                                                                                  tmp_path: Path) -> None:
    ats.answers[LEVER] = [lever_posting("long", "Engineer " * 20),
                          lever_posting("private", "Internal Tools Engineer", hostedUrl="http://10.0.0.8/jobs/1")]
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "lever:acme: skipped job long 'Engineer Engineer Engineer Engineer Engineer Engineer Engineer Engineer "
        "Engineer Engineer Engineer Engineer Engineer Engineer Engineer Engineer Engineer Engineer Engineer "
        "Engineer': the file would not pass `jobsite check`: title is 179 characters long; the most is 120",
        "lever:acme: skipped job private 'Internal Tools Engineer': the file would not pass `jobsite check`: "
        "apply_url: 'http://10.0.0.8/jobs/1' points at a local or private address"]
    assert not (tmp_path / "content" / "jobs").exists()



def test_a_title_that_gives_no_slug_files_the_job_under_its_id_made_a_slug(ats: FakeATS, tmp_path: Path) -> None:
    # The job id (capitals, a dot, an underscore) is made a slug too: the file name is one a posting may have.
    ats.answers[LEVER] = [lever_posting("Ab4.5_C", "★★★", hostedUrl="https://jobs.lever.co/acme/ab45c",
                                        applyUrl="https://jobs.lever.co/acme/ab45c/apply")]
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert sorted(p.relative_to(tmp_path / "content").as_posix()
                  for p in (tmp_path / "content" / "jobs").rglob("*") if p.is_file()) == ["jobs/acme/job-ab4-5-c.md"], \
        (result.output, result.stderr)
    assert posting(tmp_path / "content", "jobs/acme/job-ab4-5-c.md")[0]["title"] == "★★★"

def test_all_puts_a_several_category_companys_new_postings_in_its_first_and_says_so(ats: FakeATS,
                                                                                     tmp_path: Path) -> None:
    write_tree(tmp_path / "content", content_tree(categories=["robotics", "ai"], ats=["ashby:acme"]))
    result = run(ats, "--all")
    assert result.exit_code == 0, result.output
    assert "acme works in several categories (robotics, ai); its new postings go into the first, robotics" in \
        result.stderr
    assert posting(tmp_path / "content", ASHBY_FILE)[0]["category"] == "robotics"


def test_a_board_in_two_companies_ats_is_one_line(ats: FakeATS, tmp_path: Path) -> None:
    other = {**COMPANY, "name": "Other", "categories": ["ai"], "ats": ["lever:acme"]}
    write_tree(tmp_path / "content", {"companies/other.md": front_matter(other, "Other.\n")})
    result = run(ats, "--all")
    assert result.exit_code == 1 and not ats.requests
    assert result.stderr == ("Error: lever:acme is in the `ats` of both acme and other: keep it in the one company "
                             "whose roles it lists\n")


@pytest.mark.parametrize(("args", "message"), [
    (["workday:acme", "--company", "acme"], "unknown applicant-tracking system in 'workday:acme': use "
                                            "greenhouse:BOARD, lever:SITE or ashby:BOARD"),
    (["greenhouse:acme", "--company", "acmee"], "--company: unknown company 'acmee' — did you mean 'acme'?"),
    (["greenhouse:acme"], "--company is required with greenhouse:acme"),
    (["greenhouse:acme", "--company", "acme", "--category", "a1"], "--category: unknown category 'a1'"),
    ([], "give a SOURCE such as greenhouse:acme with --company, or --all"),
])
def test_a_bad_request_is_one_line_and_exit_1(ats: FakeATS, tmp_path: Path, args: list[str], message: str) -> None:
    before = snapshot(tmp_path / "content")
    result = run(ats, *args)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert message in result.stderr, result.stderr
    assert snapshot(tmp_path / "content") == before and not ats.requests


@pytest.mark.parametrize(("company", "args", "message"), [
    ({"ats": ["greenhouse:acme", "workday:acme"]}, ["--all"],
     "Error: content/companies/acme.md: ats: unknown applicant-tracking system in 'workday:acme': use "
     "greenhouse:BOARD, lever:SITE or ashby:BOARD\n"),
    ({"categories": None, "ats": ["lever:acme"]}, ["--all"], "Error: acme lists no categories: add `categories` "
                                                             "to content/companies/acme.md (ai, web3, robotics)\n"),
    ({"categories": None}, ["lever:acme", "--company", "acme"],
     "Error: acme lists no categories: add `categories` to content/companies/acme.md, or choose one with "
     "--category (ai, web3, robotics)\n"),
    ({}, ["--all", "--content", "elsewhere"], "Error: elsewhere/site.yaml not found: run this in the "
                                              "repository's root folder, or pass --content\n"),
    ({}, ["--all", "--company", "acme"], "Error: --all imports every company's `ats` boards: give it no SOURCE, "
                                         "--company or --category\n"),
])
def test_a_company_file_that_cannot_be_imported_is_one_line_naming_the_file(ats: FakeATS, tmp_path: Path,
                                                                           company: dict, args: list[str],
                                                                           message: str) -> None:
    acme = {k: v for k, v in {**COMPANY, "categories": ["ai"], **company}.items() if v is not None}
    write_tree(tmp_path / "content", {"companies/acme.md": front_matter(acme, "Acme builds robots.\n")})
    before = snapshot(tmp_path / "content")
    result = run(ats, *args)
    assert (result.exit_code, result.stderr) == (1, message)
    assert snapshot(tmp_path / "content") == before and not ats.requests


def test_no_company_with_a_board_is_nothing_to_import_and_no_request(ats: FakeATS, tmp_path: Path) -> None:
    acme = {**COMPANY, "categories": ["ai"]}  # no `ats`
    write_tree(tmp_path / "content", {"companies/acme.md": front_matter(acme, "Acme builds robots.\n")})
    result = run(ats, "--all")
    assert (result.exit_code, result.output) == (0, "No company lists an `ats` board: nothing to import.\n")
    assert not ats.requests



def test_ats_written_as_text_not_a_list_is_not_read_letter_by_letter(ats: FakeATS, tmp_path: Path) -> None:
    acme = {**COMPANY, "categories": ["ai"], "ats": "greenhouse:acme"}  # `jobsite check` refuses this; import skips it
    write_tree(tmp_path / "content", {"companies/acme.md": front_matter(acme, "Acme builds robots.\n")})
    result = run(ats, "--all")
    assert (result.exit_code, result.output) == (0, "No company lists an `ats` board: nothing to import.\n")
    assert not ats.requests

def test_a_company_in_several_categories_needs_category(ats: FakeATS, tmp_path: Path) -> None:
    write_tree(tmp_path / "content", content_tree(categories=["ai", "robotics"]))
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 1
    assert result.stderr == ("Error: acme works in several categories (ai, robotics): choose the one for these "
                             "roles with --category\n")
    assert run(ats, "greenhouse:acme", "--company", "acme", "--category", "robotics").exit_code == 0
    assert posting(tmp_path / "content", GH_FILE)[0]["category"] == "robotics"


@pytest.mark.parametrize("value", ["ftp://x", "https://api.lever.co:port"])  # the second one httpx cannot parse
def test_base_urls_must_be_web_addresses(ats: FakeATS, value: str) -> None:
    result = CliRunner().invoke(main, ["import", "--all"], env={**ats.env(), "JOBSITE_LEVER_API": value})
    assert result.exit_code == 1
    assert result.stderr == ("Error: JOBSITE_LEVER_API must be an http(s) address such as https://api.lever.co, "
                             f"got '{value}'\n")


# --- Mutation survivors of sample fresh2 (bench/MUTATION-RESULTS.md): adoption, closing, paths, dates ------

def run_on(ats: FakeATS, day: dt.date, *args: str) -> Result:
    """An import as if run on `day` (its noon UTC): what a later daily run sees."""
    epoch = str(int(dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc).timestamp()))
    return CliRunner().invoke(main, ["import", *args], env={**ats.env(), "SOURCE_DATE_EPOCH": epoch},
                              catch_exceptions=False)


def test_a_later_import_leaves_closed_files_alone_whether_closed_by_hand_or_by_an_import(ats: FakeATS,
                                                                                       tmp_path: Path) -> None:
    """A job still on the board whose file an editor closed is not rewritten (reopening is the editor's call),
    and a job closed by an earlier import keeps the day it was closed on."""
    assert run(ats, "greenhouse:acme", "--company", "acme").exit_code == 0
    gh = tmp_path / "content" / GH_FILE
    gh.write_text(gh.read_text().replace("---\nBuild", "closed: 2026-11-25\n---\nBuild", 1))
    del ats.answers[GH]["jobs"][1]  # Applied Scientist leaves the board: closed today
    assert run(ats, "greenhouse:acme", "--company", "acme").exit_code == 0
    assert posting(tmp_path / "content", REMOTE_FILE)[0]["closed"] == TODAY
    ats.answers[GH]["jobs"][0]["title"] = "Staff Perception Engineer"  # changed on the board, closed here
    before = snapshot(tmp_path / "content")
    result = run_on(ats, TODAY + dt.timedelta(days=3), "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert "Imported: 0 added, 0 changed, 0 adopted, 0 closed" in result.stdout
    assert snapshot(tmp_path / "content") == before


def test_adoption_is_of_the_companys_own_posting_once_and_ignores_the_links_case(ats: FakeATS,
                                                                                 tmp_path: Path) -> None:
    """Another company's hand-written posting with the same link is not taken over; the company's own, its link
    written in other letter case, is adopted; a board listing one role twice adopts it once and adds the other
    (whose application form is the other company's link)."""
    apply = "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply"
    other = {**COMPANY, "name": "Beta Robotics", "website": "https://beta.example", "categories": ["ai"]}
    theirs = {**POSTING, "title": "Research Engineer", "company": "beta", "category": "ai", "apply_url": apply}
    page = "https://jobs.lever.co/ACME/5AC21346-8E0C-4494-8E7A-3EB92FF77902/"  # the job's page, as typed
    ours = {**POSTING, "title": "Research Engineer", "category": "ai", "apply_url": page, "tags": ["evals"]}
    write_tree(tmp_path / "content", {"companies/beta.md": front_matter(other, "Beta.\n"),
                                      "jobs/beta/research-engineer.md": front_matter(theirs, "Theirs.\n"),
                                      "jobs/acme/ours.md": front_matter(ours, "Ours.\n")})
    twin = lever_posting("5ac21346-8e0c-4494-8e7a-3eb92ff77903", "Research Engineer, Evaluations (EU)",
                         hostedUrl="https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902",
                         applyUrl=apply)
    ats.answers[LEVER].append(twin)
    before_theirs = (tmp_path / "content" / "jobs/beta/research-engineer.md").read_bytes()
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert "Imported: 1 added, 0 changed, 1 adopted, 0 closed" in result.stdout
    assert "adopted  content/jobs/acme/ours.md" in result.stdout
    assert (tmp_path / "content" / "jobs/beta/research-engineer.md").read_bytes() == before_theirs
    sources = sorted(posting(tmp_path / "content", f"jobs/acme/{p.name}")[0]["source"]
                     for p in (tmp_path / "content" / "jobs" / "acme").iterdir())
    assert sources == ["lever:acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902",
                       "lever:acme/5ac21346-8e0c-4494-8e7a-3eb92ff77903"]


def test_three_jobs_with_one_title_get_three_files(ats: FakeATS, tmp_path: Path) -> None:
    ats.answers[GH]["jobs"] = [greenhouse_job(4012350 + i, "Robotics Engineer", city)
                               for i, city in enumerate(("Boston, MA", "Austin, TX", "Denver, CO"))]
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "content" / "jobs" / "acme"
    assert sorted(p.name for p in folder.iterdir()) == ["robotics-engineer-2.md", "robotics-engineer-3.md",
                                                        "robotics-engineer.md"]
    cities = {posting(tmp_path / "content", f"jobs/acme/{p.name}")[0]["locations"][0]["city"]
              for p in folder.iterdir()}
    assert cities == {"Boston", "Austin", "Denver"}


def test_a_job_without_a_publish_date_is_never_dated_after_today(ats: FakeATS, tmp_path: Path) -> None:
    """An ATS whose clock runs ahead (updated tomorrow, no first_published) still gives a posting dated today."""
    job = greenhouse_job(4012360, "Controls Engineer", "Boston, MA", updated_at="2026-11-27T23:00:00+00:00")
    del job["first_published"]
    ats.answers[GH]["jobs"] = [job]
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert posting(tmp_path / "content", "jobs/acme/controls-engineer.md")[0]["posted"] == TODAY


def test_a_remote_role_moved_on_site_loses_its_remote_eligibility(ats: FakeATS, tmp_path: Path) -> None:
    assert run(ats, "greenhouse:acme", "--company", "acme").exit_code == 0
    assert posting(tmp_path / "content", REMOTE_FILE)[0]["remote_eligibility"] == ["US"]
    ats.answers[GH]["jobs"][1]["location"] = {"name": "Austin, TX"}
    ats.answers[GH]["jobs"][1]["offices"] = []
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert f"changed  content/{REMOTE_FILE}" in result.stdout and "skipped job 4012346" not in result.output
    data, _ = posting(tmp_path / "content", REMOTE_FILE)
    assert data["workplace"] == "onsite" and "remote_eligibility" not in data
    assert data["locations"] == [{"city": "Austin", "country": "US", "region": "US-TX"}]


def test_jobs_are_planned_oldest_first_a_city_alone_takes_the_ats_country_and_one_without_any_is_skipped(
        ats: FakeATS, tmp_path: Path) -> None:
    """Lever gives a country beside a city written alone: that city is placed in it. A city with no country at
    all is skipped with its reason. Jobs are planned oldest first (then by id), so of two with one title the
    older gets the plain file name, whatever order the board lists them in."""
    day = 86_400_000  # Lever's createdAt is in milliseconds
    ats.answers[LEVER] = [
        lever_posting("b", "Robotics Engineer", createdAt=1763600000000 + day, country="de", workplaceType="onsite",
                      categories={"commitment": "Full-time", "location": "Berlin", "allLocations": ["Berlin"]}),
        lever_posting("a", "Robotics Engineer", createdAt=1763600000000 + 2 * day, country=None,
                      categories={"commitment": "Full-time", "location": "Paris"}),
        lever_posting("c", "Robotics Engineer", createdAt=1763600000000, country="DE", workplaceType="onsite",
                      categories={"commitment": "Full-time", "location": "Munich"}),
    ]
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == ["lever:acme: skipped job a 'Robotics Engineer': no country in 'Paris'"]
    assert [line for line in result.stdout.splitlines() if line.startswith("  ")] == [
        "  added    content/jobs/acme/robotics-engineer.md  c 'Robotics Engineer'",
        "  added    content/jobs/acme/robotics-engineer-2.md  b 'Robotics Engineer'"]
    older, _ = posting(tmp_path / "content", "jobs/acme/robotics-engineer.md")
    newer, _ = posting(tmp_path / "content", "jobs/acme/robotics-engineer-2.md")
    assert (older["locations"], older["posted"], older["source"]) == (
        [{"city": "Munich", "country": "DE"}], dt.date(2025, 11, 20), "lever:acme/c")
    assert (newer["locations"], newer["posted"], newer["source"]) == (
        [{"city": "Berlin", "country": "DE"}], dt.date(2025, 11, 21), "lever:acme/b")


def test_a_site_of_one_category_takes_a_companys_roles_and_a_board_listed_twice_is_read_once(
        ats: FakeATS, tmp_path: Path) -> None:
    """A company without categories on a site of one: that one (no error). A board its `ats` lists twice, once
    with spaces around it, is read and imported once."""
    site = {**SITE, "categories": [{"id": "robotics", "label": "Robotics"}]}
    acme = {**COMPANY, "ats": ["ashby:acme", " ashby:acme "]}
    write_tree(tmp_path / "content", {"site.yaml": yaml.safe_dump(site, sort_keys=False),
                                      "companies/acme.md": front_matter(acme, "Acme builds robots.\n")})
    result = run(ats, "--all")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Read ashby:acme: 1 job(s) for acme (new postings in robotics)"
    assert [r.split("?")[0] for r in ats.requests] == [ASHBY]
    assert posting(tmp_path / "content", ASHBY_FILE)[0]["category"] == "robotics"
    assert result.stdout.splitlines()[-1] == "Imported: 1 added, 0 changed, 0 adopted, 0 closed."


ENV = "JOBSITE_X_API"


@pytest.mark.parametrize(("environ", "base"), [
    ({}, "https://api.x.example"), ({ENV: "  "}, "https://api.x.example"), ({"OTHER": "x"}, "https://api.x.example"),
    ({ENV: " https://a.example/v/ "}, "https://a.example/v"), ({ENV: "HTTP://a.example"}, "HTTP://a.example"),
    ({ENV: "http://127.0.0.1:8080"}, "http://127.0.0.1:8080"),
    ({ENV: "ftp://a.example"}, "got 'ftp://a.example'"), ({ENV: "https://"}, "got 'https://'"),
    ({ENV: "a.example"}, "got 'a.example'"), ({ENV: "https://a.example:port"}, "got 'https://a.example:port'"),
    ({ENV: "ftp://" + "a" * 80}, "got 'ftp://" + "a" * 54 + "'"),
])
def test_a_base_url_is_the_environments_trimmed_or_the_default(environ: dict[str, str], base: str) -> None:
    client = SimpleNamespace(ENV=ENV, DEFAULT_BASE="https://api.x.example")
    if base.startswith("got "):
        with pytest.raises(ImportFailure) as refused:
            _base_url(client, environ)
        assert str(refused.value) == f"{ENV} must be an http(s) address such as https://api.x.example, {base}"
    else:
        assert _base_url(client, environ) == base


def test_the_summary_counts_each_action_and_the_skipped_jobs() -> None:
    steps = [Step(action, Path(name), "", "") for action, name in (("added", "a"), ("added", "b"), ("closed", "c"),
                                                                   ("adopted", "d"))]
    assert _summary(Plan(steps, ["x", "y"]), False) == "Imported: 2 added, 0 changed, 1 adopted, 1 closed; 2 skipped."
    assert _summary(Plan(steps, ["x", "y"]), True) == ("Dry run: would add 2, change 0, adopt 1, close 1; 2 skipped; "
                                                       "nothing written.")
    assert _summary(Plan(), False) == "Imported: 0 added, 0 changed, 0 adopted, 0 closed."
    assert _summary(Plan([Step("changed", Path("e"), "", "")]), True) == (
        "Dry run: would add 0, change 1, adopt 0, close 0; nothing written.")


def test_a_file_is_written_in_one_step_with_its_own_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "jobs" / "acme" / "role.md"
    write_atomically(path, "---\r\ntitle: x\r\n---\r\n")  # its folder made as needed
    assert path.read_bytes() == b"---\r\ntitle: x\r\n---\r\n"
    write_atomically(path, "---\ntitle: y\n---\n")
    assert path.read_bytes() == b"---\ntitle: y\n---\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["role.md"]  # no temporary file left


def _job(**changes: object) -> Job:
    fields = {"id": "7", "title": "  Senior \n Engineer ", "url": "https://jobs.example/7", "apply_page": None,
              "posted": dt.date(2026, 11, 20), "updated": None, "employment_type": "contract", "workplace": None,
              "locations": (), "country": None, "salary": Salary(100.125, 120.75, "EUR", "hour"),
              "description_html": ""}
    return Job(**{**fields, **changes})


BERLIN = {"city": "Berlin", "country": "DE"}


@pytest.mark.parametrize(("job", "placement", "expected"), [
    (_job(), Placement("onsite", (BERLIN,)), {
        "title": "Senior Engineer", "workplace": "onsite", "apply_url": "https://jobs.example/7", "source": "k",
        "locations": [BERLIN], "remote_eligibility": REMOVE, "employment_type": "contract",
        "salary": {"min": 100.12, "max": 120.75, "currency": "EUR", "period": "hour"},
        "posted": dt.date(2026, 11, 20)}),
    (_job(employment_type=None, salary=None, posted=None), Placement("remote", (), ("US", "Europe")), {
        "title": "Senior Engineer", "workplace": "remote", "apply_url": "https://jobs.example/7", "source": "k",
        "remote_eligibility": ["US", "Europe"]}),
    (_job(employment_type=None, salary=None, posted=None), Placement("remote"), {
        "title": "Senior Engineer", "workplace": "remote", "apply_url": "https://jobs.example/7", "source": "k"}),
    (_job(employment_type=None, salary=None, posted=None), Placement("hybrid", (BERLIN,), ("DE",)), {
        "title": "Senior Engineer", "workplace": "hybrid", "apply_url": "https://jobs.example/7", "source": "k",
        "locations": [BERLIN]}),
])
def test_the_import_owns_only_the_keys_the_ats_gives_a_value_for(job: Job, placement: Placement,
                                                                expected: dict) -> None:
    """A key the ATS is silent on is left out (the editor's value stays); an on-site role's remote_eligibility is
    removed (the check refuses it there); a remote role without eligibility says nothing of it."""
    assert owned_values(job, placement, "k") == expected


def test_a_job_closed_on_a_board_before_its_own_posted_day_is_closed_on_that_day(ats: FakeATS,
                                                                                  tmp_path: Path) -> None:
    """An ATS whose clock runs ahead published the job after today: when it leaves the board, it is closed on its
    posted day, never before it (the check would refuse that), and a job closed later than it was posted on
    the day of the import."""
    ats.answers[GH]["jobs"][0]["first_published"] = "2026-11-28T09:00:00+00:00"
    assert run(ats, "greenhouse:acme", "--company", "acme").exit_code == 0
    assert posting(tmp_path / "content", GH_FILE)[0]["posted"] == dt.date(2026, 11, 28)
    ats.answers[GH]["jobs"] = []
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert [posting(tmp_path / "content", f)[0]["closed"] for f in (GH_FILE, REMOTE_FILE)] == [
        dt.date(2026, 11, 28), TODAY]


# --- Mutation survivor of sample fresh12 (bench/MUTATION-RESULTS.md): the ATS's own spelling of a job's address

@pytest.mark.parametrize("on_the_board", ["https://Job-Boards.Greenhouse.IO/acme/jobs/4012346",
                                          "https://job-boards.greenhouse.io/acme/jobs/4012346/"])
def test_a_job_whose_ats_address_differs_by_host_case_or_a_trailing_slash_adopts_the_hand_written_posting(
        ats: FakeATS, tmp_path: Path, on_the_board: str) -> None:
    """Both sides of the match are normalised: the ATS's address, in whatever case or with a trailing slash it
    answers, finds the posting an editor wrote with the plain one, and the job is not imported a second time."""
    hand = {**POSTING, "title": "Applied Scientist", "category": "ai",
            "apply_url": "https://job-boards.greenhouse.io/acme/jobs/4012346", "tags": ["ours"]}
    write_tree(tmp_path / "content", {"jobs/acme/ours.md": front_matter(hand, "Ours.\n")})
    ats.answers[GH]["jobs"][1]["absolute_url"] = on_the_board
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert "Imported: 1 added, 0 changed, 1 adopted, 0 closed; 1 skipped." in result.stdout
    assert "adopted  content/jobs/acme/ours.md" in result.stdout
    assert sorted(p.name for p in (tmp_path / "content" / "jobs" / "acme").iterdir()) == [
        "ours.md", "senior-perception-engineer.md"]
    data, _ = posting(tmp_path / "content", "jobs/acme/ours.md")
    assert (data["source"], data["tags"]) == ("greenhouse:acme/4012346", ["ours"])


def test_a_file_the_check_cannot_read_is_its_reading_problem_alone() -> None:
    """An adopted file whose front matter an update would leave broken is skipped for that reason, not passed."""
    path = Path("content/jobs/acme/x.md")
    assert [(p.level, p.line, p.message) for p in file_problems(path, "---\ntitle: [\n---\nText.\n")] == [
        ("error", 3, "malformed YAML: did not find expected node content")]
    assert [p.message for p in file_problems(path, "Text.\n")] == [
        "missing front matter: the file must start with a line '---', then the YAML keys, then another '---'"]


def test_a_board_address_that_redirects_is_followed(ats: FakeATS, tmp_path: Path) -> None:
    """An ATS that moved its API answers with a redirect: the import follows it to the board."""
    ats.answers["/v0/postings/acme-moved"], ats.answers[LEVER] = ats.answers[LEVER], lambda request: Response(
        "", 301, headers={"Location": "/v0/postings/acme-moved?mode=json"})
    result = run(ats, "lever:acme", "--company", "acme")
    assert result.exit_code == 0, result.stderr
    assert ats.requests == ["/v0/postings/acme?mode=json", "/v0/postings/acme-moved?mode=json"]
    assert posting(tmp_path / "content", LEVER_FILE)[0]["title"] == "Research Engineer, Evaluations"


def test_a_file_to_close_that_would_fail_the_check_is_skipped_by_its_path_and_an_adoption_of_equal_values_says_source(
        ats: FakeATS, tmp_path: Path) -> None:
    """A job gone from the board whose file has an error of its own is not closed: the skip names the file (there is
    no job to name). A posting whose every value the board's equals, but written without `source` (the editor
    deleted it), is adopted again with just that key, and the line says so."""
    gone = {**POSTING, "category": "ai", "source": "greenhouse:acme/999", "salery": 5, "expiress": 5}  # the first told
    write_tree(tmp_path / "content", {"jobs/acme/gone.md": front_matter(gone, "Gone.\n")})
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert result.exit_code == 0, result.output
    assert ("greenhouse:acme: skipped content/jobs/acme/gone.md: the file would not pass `jobsite check`: unknown key "
            "'salery' — did you mean 'salary'?\n") in result.stderr
    assert "closed: " not in (tmp_path / "content" / "jobs/acme/gone.md").read_text()
    gh = tmp_path / "content" / GH_FILE
    gh.write_text(gh.read_text().replace("source: greenhouse:acme/4012345\n", ""))
    result = run(ats, "greenhouse:acme", "--company", "acme")
    assert f"  adopted  content/{GH_FILE}  4012345 'Senior Perception Engineer' (source)\n" in result.stdout
    assert posting(tmp_path / "content", GH_FILE)[0]["source"] == "greenhouse:acme/4012345"
