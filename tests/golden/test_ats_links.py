"""Approved transcripts of `jobsite import` and `jobsite links` at their edges: every way an operator's request is
refused before a byte is fetched, every shape of a board's failure, the location texts that need a country, a
state or GeoNames to place (and those that cannot be placed), and every outcome of a link check with the state
file's history as it grows and as it is refused. Same recording as tests/golden/test_operators.py; review a
changed transcript as a change of behaviour:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_ats_links.py -n 0
"""
from __future__ import annotations

import functools
import json
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import generator.links

from ..commands import test_import as ats_fakes
from ..conftest import COMPANY, POSTING, SITE, basic_tree, front_matter, write_tree
from ..fake_careers import CareersSites, Reply, page, serve_careers
from .approve import approve
from .test_operators import EPOCH, PROXY_VARIABLES, Session, edit, show_ats_request, since, without_estimates

GH, LEVER, ASHBY = ats_fakes.GH, ats_fakes.LEVER, ats_fakes.ASHBY
BETA_GH, BETA_LEVER = "/v1/boards/beta/jobs", "/v0/postings/beta"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: a connection to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def beta_company(**changes: object) -> str:
    beta = {**COMPANY, "name": "Beta Robotics", "website": "https://beta.example",
            "categories": ["robotics", "quantum", "ai"], "ats": ["greenhouse:beta", "lever:beta"], **changes}
    return front_matter({k: v for k, v in beta.items() if v is not None}, "Beta builds robots.\n")


def gh(job_id: int, title: str, location: str | None, **extra: object) -> dict:
    job = ats_fakes.greenhouse_job(job_id, title, location or "", **extra)
    if location is None:
        job["location"] = None
    return job


def lever(posting_id: str, title: str, location: str, country: str | None, workplace: str, **extra: object) -> dict:
    return ats_fakes.lever_posting(posting_id, title, country=country, workplaceType=workplace,
                                   categories={"commitment": "Full-time", "team": "Research", "location": location},
                                   **extra)


def beta_boards() -> dict[str, object]:
    """Location texts of every kind a board writes, and fields a board gets wrong without failing the import."""
    return {
        BETA_GH: {"jobs": [
            gh(501, "Perception Engineer", "Berlin, DE"),  # Germany, not Delaware: GeoNames' larger Berlin
            gh(502, "Controls Engineer", "Wilmington, DE"),  # Delaware: no Wilmington in Germany
            gh(503, "Vision Engineer", "Vancouver, CA"),  # Canada, not California
            gh(504, "Hybrid Roboticist", "Hybrid - Paris, France"),
            gh(523, "Future Update Engineer", "Oslo, Norway", first_published=None,
               updated_at="2026-12-05T09:00:00Z"),  # posted today, not on a day to come
            gh(522, "Split Hybrid Roboticist", "Hybrid; Nice, France", first_published="soon"),  # dated by its update
            gh(505, "Country Only Engineer", "Germany"),  # no city for an on-site role: skipped
            gh(506, "EMEA Remote Engineer", "Remote - EMEA"),
            gh(507, "Remote Berliner", "Remote (Berlin, Germany)"),  # eligible in DE, and Berlin as its place
            gh(508, "Narnian Remote", "Remote - Narnia"),  # skipped: no such country or region
            gh(509, "Californian Remote", "Remote - California"),
            gh(524, "Iberian Remote", "Remote; Spain | Portugal"),  # countries alone make a remote role's reach
            gh(525, "American Remote", "Remote - US; Remote - USA; Remote - United States"),  # one country once
            gh(510, "Leeds Engineer", "Leeds, UK"),
            gh(511, "Texan Engineer", "Austin, Texas"),
            gh(512, "Starry Engineer", "★, Germany"),  # skipped: no city
            gh(513, "Lone City Engineer", "Munich"),  # skipped: Greenhouse gives no country to fall back on
            gh(514, "European Engineer", "Paris, Europe"),  # skipped: a region is not a country
            gh(515, "Office Engineer", None, offices=[{"id": 9, "name": "Lyon office", "location": "Lyon, France"},
                                                      {"id": 10, "name": "Bordeaux, France"}, "HQ"]),
            gh(516, "Unpaid Engineer", "Oslo, Norway", pay_input_ranges=[{"min_cents": 0, "max_cents": 0,
                                                                          "currency_type": "NOK"}]),
            gh(517, "Twin Engineer", "Oslo, Norway"),
            gh(518, "Twin Engineer", "Bergen, Norway"),
            gh(519, "Twin Engineer", "Trondheim, Norway"),
            gh(520, "Engineer " * 15, "Oslo, Norway"),  # skipped: the title is too long for the check
            gh(521, "Linked Engineer", "Oslo, Norway", content=ats_fakes._escaped(
                '<p>Write to <a href="mailto:jobs@beta.example">us</a> or <a href="mailto:nobody">nobody</a>, '
                'see <a>our page</a>, run <code>[x](y) &lt;b&gt;</code>.</p><pre>a_b *c*</pre>')),
        ]},
        BETA_LEVER: [
            lever("l-1", "Toronto Researcher", "Toronto, Ontario", "CA", "onsite"),
            lever("l-2", "Munich Researcher", "Munich", "DE", "hybrid", createdAt="yesterday"),
            lever("l-3", "Hybrid Nowhere", "", "DE", "hybrid"),  # skipped: no city
            lever("l-4", "Far Future Researcher", "Vienna, Austria", "AT", "onsite", createdAt=10 ** 20),
            lever("l-5", "Odd Pay Researcher", "Vienna, Austria", "AT", "onsite",
                  salaryRange={"min": 50000, "max": 60000, "currency": "euros", "interval": "per-year-salary"}),
            lever("l-6", "Odd Period Researcher", "Vienna, Austria", "AT", "onsite",
                  salaryRange={"min": 50000, "max": 60000, "currency": "EUR", "interval": "per-fortnight"}),
            lever("l-8", "Early Researcher", "Vienna, Austria", "AT", "onsite", createdAt=1796342400000),  # 2026-12-04
            lever("l-7", "Adopted Researcher", "Graz, Austria", "AT", "onsite",
                  hostedUrl="https://jobs.lever.co/beta/l-7", applyUrl="https://jobs.lever.co/beta/l-7/apply"),
        ],
    }


ADOPTED = """---
title: Adopted Researcher
company: beta
# the team asked for this one
category: ai

tags:
  - evals
  # more tags after the offsite
  - rl
workplace: onsite
locations:
  - city: Graz
    country: AT
employment_type: full-time
posted: 2026-11-01
apply_url: https://jobs.lever.co/beta/l-7/apply  # the Lever form
---
Written by hand.
"""


def test_import_refusals_and_board_failures(httpserver: HTTPServer, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Each refusal of a request (one line, exit 1, nothing sent), an import of awkward places, then each shape
    of a board's failure."""
    waits: list[float] = []
    monkeypatch.setattr("generator.ats.fetch._sleep", waits.append)
    monkeypatch.setattr("generator.ats.fetch.BACKOFF", (2.0, 4.0))  # recorded, never waited
    monkeypatch.setattr("generator.ats.fetch.TIMEOUT", 0.2)
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    write_tree(content, ats_fakes.content_tree())
    one = {**SITE, "categories": SITE["categories"][:1]}
    write_tree(tmp_path / "single", {"site.yaml": yaml.safe_dump(one, sort_keys=False),
                                     "companies/acme.md": front_matter({**COMPANY, "ats": ["ashby:acme"]}, "Acme.\n")})
    write_tree(tmp_path / "empty", {"site.yaml": yaml.safe_dump(SITE, sort_keys=False),
                                    "companies/acme.md": front_matter({**COMPANY, "categories": ["ai"]}, "Acme.\n")})
    ats = ats_fakes.FakeATS(httpserver)
    ats.answers.update(beta_boards())
    session, seen = Session(tmp_path), [0]

    def run(name: str, *args: str, **env: str) -> Result:
        waits.clear()
        return session.run(name, ["import", *args], {**ats.env(), **env},
                           lambda: since(httpserver.log, seen, show_ats_request),
                           lambda: [f"waited {w:g} s" for w in waits])

    def write(files: dict[str, str]) -> None:
        write_tree(content, files)
        session.settle()

    run("01-no-source")
    run("02-all-and-company", "--all", "--company", "acme")
    run("03-no-company", "greenhouse:acme")
    run("04-unknown-company", "greenhouse:acme", "--company", "acmee")
    run("05-unknown-ats", "workday:acme", "--company", "acme")
    run("06-unknown-category", "greenhouse:acme", "--company", "acme", "--category", "a1")
    run("07-content-elsewhere", "--all", "--content", "elsewhere")
    run("08-base-url-not-http", "--all", JOBSITE_LEVER_API="ftp://api.lever.example")
    run("09-base-url-unparsable", "--all", JOBSITE_ASHBY_API="https://api.ashbyhq.com:port")
    run("10-nothing-to-import", "--all", "--content", "empty")
    run("10-the-sites-only-category", "--all", "--content", "single")
    write({"companies/beta.md": beta_company(),
           "companies/gamma.md": front_matter({**COMPANY, "name": "Gamma", "ats": ["ashby:gamma"]}, "Gamma.\n")})
    run("11-several-categories-need-one", "lever:beta", "--company", "beta")
    run("12-no-categories-with-a-source", "ashby:gamma", "--company", "gamma")
    run("13-no-categories-with-all", "--all")
    write({"companies/gamma.md": front_matter({**COMPANY, "name": "Gamma", "categories": ["ai"],
                                               "ats": ["lever:acme"]}, "Gamma.\n")})
    run("14-board-of-two-companies", "--all")
    write({"companies/gamma.md": front_matter({**COMPANY, "name": "Gamma", "categories": ["ai"],
                                               "ats": ["ashby:gamma", "smartrecruiters:gamma"]}, "Gamma.\n")})
    run("15-unknown-ats-in-a-company", "--all")
    (content / "companies" / "gamma.md").unlink()
    write({"jobs/beta/adopted-researcher.md": ADOPTED})
    run("16-places-and-odd-fields", "greenhouse:beta", "--company", "beta", "--category", "robotics",
        JOBSITE_GREENHOUSE_API=ats.env()["JOBSITE_GREENHOUSE_API"] + "/")
    run("17-all-with-a-several-category-company", "--all")
    edit(content / "jobs/beta/adopted-researcher.md", "  - rl\n", "  - rl\n\n# kept below the list\n")
    session.settle()
    adopted = next(job for job in ats.answers[BETA_LEVER] if job["id"] == "l-7")
    adopted["text"] = "Adopted Senior Researcher"
    adopted["categories"]["location"] = "Linz, Austria"
    ats.answers[BETA_LEVER] = [job for job in ats.answers[BETA_LEVER] if job["id"] != "l-8"]  # closed, on its day
    run("18-adopted-file-updated-around-its-comments", "lever:beta", "--company", "beta", "--category", "ai")

    answers = {
        "19-greenhouse-without-jobs": (GH, {"meta": {"total": 0}}),
        "20-greenhouse-job-not-an-object": (GH, {"jobs": [ats_fakes.boards()[GH]["jobs"][0], 7]}),
        "21-lever-not-a-list": (LEVER, {"postings": []}),
        "22-lever-posting-not-an-object": (LEVER, [None]),
        "23-ashby-without-jobs": (ASHBY, []),
        "24-ashby-job-not-an-object": (ASHBY, {"jobs": ["x"]}),
    }
    for name, (path, answer) in answers.items():
        kept, ats.answers[path] = ats.answers[path], answer
        run(name, f"{_kind(path)}:acme", "--company", "acme")
        ats.answers[path] = kept

    ats.answers[LEVER] = lambda request: Response("", 500)
    run("25-server-error-every-time", "lever:acme", "--company", "acme")
    late = [Response("wait", 429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
            Response("wait", 429, headers={"Retry-After": "soon"}),
            Response("wait", 429),
            Response(json.dumps(ats_fakes.boards()[LEVER]), 200, content_type="application/json")]
    ats.answers[LEVER] = lambda request: late.pop(0)
    run("26-retry-after-a-past-date-or-unreadable", "lever:acme", "--company", "acme")
    ats.answers[LEVER] = lambda request: Response("wait", 429, headers={"Retry-After": "2"})
    run("27-rate-limited-six-times", "lever:acme", "--company", "acme")
    started: list[str] = []

    def slow(request: Request) -> Response:
        started.append(request.full_path)
        time.sleep(0.4)
        return Response("[]", 200, content_type="application/json")

    ats.answers[LEVER] = slow
    waits.clear()
    logged = len(httpserver.log)
    session.run("28-timeouts", ["import", "lever:acme", "--company", "acme"], ats.env(),
                lambda: [f"GET {path} (no answer in time)" for path in settled(started, 3)],
                lambda: [f"waited {w:g} s" for w in waits])
    settled(httpserver.log, logged + 3)  # the slow answers, logged once given
    seen[0] = len(httpserver.log)
    run("29-connection-refused", "lever:acme", "--company", "acme",
        JOBSITE_LEVER_API=f"http://127.0.0.1:{closed_port()}")
    approve("ats-links-import", session.out)


def settled(log: list, count: int, seconds: float = 10.0) -> list:
    """The log once it holds `count` entries (a slow handler records its request late), or as it is then."""
    deadline = time.monotonic() + seconds
    while len(log) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return log


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0


def _kind(path: str) -> str:
    return {GH: "greenhouse", LEVER: "lever", ASHBY: "ashby"}[path]


# --- jobsite links: answers that never come, waits, odd pages, and a state file refused entry by entry ---------

ACME = "careers.acme.example"


def limited(*retry_after: str) -> Callable[[str, int], Reply]:
    """429 with each Retry-After in turn (None: no header), then the open page."""
    def rule(method: str, n: int) -> Reply:
        if n < len(retry_after):
            headers = (("Retry-After", retry_after[n]),) if retry_after[n] is not None else ()
            return Reply(429, "Too many requests", headers)
        return page("Controls Engineer", "Apply below.")(method, n)
    return rule


def links_rules() -> dict[str, Callable[[str, int], Reply]]:
    plain = (("Content-Type", "text/plain; charset=x-klingon"),)
    return {
        f"{ACME}/jobs/slow": page("Slow", "Apply below.", delay=1.0),
        f"{ACME}/jobs/always-limited": lambda method, n: Reply(429, "Too many requests", (("Retry-After", "0"),)),
        f"{ACME}/jobs/limited-silently": limited(None),
        f"{ACME}/jobs/limited-until-a-past-date": limited("Wed, 21 Oct 2015 07:28:00 -0000"),
        f"{ACME}/jobs/limited-unreadably": limited("in a while"),
        f"{ACME}/jobs/garbled": lambda method, n: Reply(200, "<p>hi</p>", (("Content-Length", "999"),
                                                                           ("Content-Length", "3"))),
        f"{ACME}/jobs/plain-filled": lambda method, n: Reply(200, "Sorry,   this position\nhas been FILLED.", plain),
        f"{ACME}/jobs/plain-open": lambda method, n: Reply(200, "Apply for this role below.", plain),
        f"{ACME}/jobs/pdf": lambda method, n: Reply(200, "%PDF-1.4", (("Content-Type", "application/pdf"),)),
        f"{ACME}/jobs/pdf-without-head": lambda method, n: (
            Reply(405, "") if method == "HEAD" else
            Reply(200, "%PDF-1.4 no longer accepting applications", (("Content-Type", "application/pdf"),))),
        f"{ACME}/jobs/gone": page("Not found", "Page not found", status=410),
        f"{ACME}/jobs/gone-before": page("Not found", "Page not found", status=404),
        f"{ACME}/jobs/members-only": page("Sign in", "Sign in to see this job", status=401),
    }


BROKEN_STATES = {
    "not-utf-8": b"\xff\xfe{}",
    "url-not-text": {"acme/x": {"url": 5, "checks": []}},
    "time-without-zone": {"acme/x": {"url": "u", "checks": [{"at": "2026-11-26T12:00:00", "status": "ok",
                                                             "reason": ""}]}},
    "unknown-status": {"acme/x": {"url": "u", "checks": [{"at": "2026-11-26T12:00:00Z", "status": "dead",
                                                          "reason": ""}]}},
    "reason-not-text": {"acme/x": {"url": "u", "checks": [{"at": "2026-11-26T12:00:00Z", "status": "ok",
                                                           "reason": 404}]}},
}


def test_links_edges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two days of checks of links that time out, wait out 429s of every kind, break the protocol, answer plain
    text or a PDF, go through an https proxy that refuses; then each broken state file, refused in one line."""
    sleeps: list[float] = []
    monkeypatch.setattr(generator.links, "run_links", functools.partial(generator.links.run_links,
                                                                        sleep=sleeps.append))
    monkeypatch.chdir(tmp_path)
    sites = CareersSites(links_rules())
    names = ["slow", "always-limited", "limited-silently", "limited-until-a-past-date", "limited-unreadably",
             "garbled", "plain-filled", "plain-open", "pdf", "pdf-without-head", "gone", "gone-before",
             "members-only"]
    postings = {name: {**POSTING, "title": f"Role {name}", "apply_url": f"http://{ACME}/jobs/{name}"}
                for name in names}
    postings["tunnel"] = {**POSTING, "title": "Role tunnel", "apply_url": f"https://{ACME}/jobs/tunnel"}
    write_tree(tmp_path / "content", without_estimates(basic_tree(**postings)))
    # A history carried from before the role was posted (2026-11-01): its closing day is not before that.
    before = {"url": f"http://{ACME}/jobs/gone-before",
              "checks": [{"at": "2026-10-01T12:00:00Z", "status": "closed", "reason": "HTTP 404"}]}
    write_tree(tmp_path / "state", {"links.json": json.dumps({"version": 1, "links": {"acme/gone-before": before}})})
    session = Session(tmp_path)

    def show(entry) -> str:
        return f"{entry.method} http://{entry.host}{entry.path}"

    with serve_careers(sites) as proxy:
        env = {name: None for name in PROXY_VARIABLES} | {"HTTP_PROXY": proxy, "HTTPS_PROXY": proxy}
        args = ["links", "--state", "state/links.json", "--timeout", "0.3", "--pause", "0"]
        for name, epoch in (("01-day-one", EPOCH), ("02-day-two", EPOCH + 25 * 3600)):
            start = len(sites.seen)
            sleeps.clear()
            # Waits are real-clock differences: only the longest, rounded, is the same on every run (a 429
            # without Retry-After holds the host 5 s; one dated in the past, none).
            session.run(name, [*args, "--fix"], {**env, "SOURCE_DATE_EPOCH": str(epoch)},
                        lambda start=start: [show(s) for s in sorted(sites.seen[start:],
                                                                     key=lambda s: (s.host, s.path))],
                        lambda: [f"longest wait: {max(sleeps, default=0.0):.0f} s"])
        refused = f"http://127.0.0.1:{closed_port()}"  # the proxy is down: every link unreachable, none closed
        session.run("03-proxy-down", args, {**env, "HTTP_PROXY": refused, "HTTPS_PROXY": refused,
                                            "SOURCE_DATE_EPOCH": str(EPOCH + 26 * 3600)})
        write_tree(tmp_path / "quiet", {rel: text for rel, text in without_estimates(basic_tree()).items()
                                        if not rel.startswith("jobs/")})  # a board of no postings
        session.settle()
        session.run("04-no-open-postings", ["links", "--content", "quiet", "--state", "state/quiet.json"],
                    {**env, "SOURCE_DATE_EPOCH": str(EPOCH + 26 * 3600)})
        state = tmp_path / "state" / "links.json"
        kept = state.read_bytes()
        for n, (name, links) in enumerate(BROKEN_STATES.items(), start=5):
            state.write_bytes(links if isinstance(links, bytes) else
                              json.dumps({"version": 1, "links": links}).encode("utf-8"))
            session.settle()
            session.run(f"{n:02d}-state-{name}", args, {**env, "SOURCE_DATE_EPOCH": str(EPOCH + 26 * 3600)})
        state.write_bytes(kept)
    approve("ats-links-links", session.out)
