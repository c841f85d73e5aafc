"""Approved transcripts of the operator commands (`jobsite import`, `announce`, `links`, `remind`, `answer`): each
step runs the command line in-process against the local fakes of the services it talks to, and the transcript
pins what an operator meets, byte for byte: the exit code, stdout and stderr, every file the step added or
changed (postings, state files) and the requests the fakes received (method, path, query, body, the headers
that matter). Temporary folders, ports and the tests' tokens are replaced by fixed tokens, so a secret that
leaked into output would show as its token name. Review a changed transcript as a change of behaviour:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_operators.py -n 0
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer
from werkzeug import Response

import generator.announce
import generator.links
from generator.build import build_site
from generator.cli import main
from generator.config import make_options

from ..commands import test_announce as announce_fakes
from ..commands import test_import as ats_fakes
from ..commands import test_remind as remind_fakes
from ..conftest import CLOCK, COMPANY, POSTING, REPO, basic_tree, front_matter, write_tree
from ..fake_careers import CareersSites, Reply, page, redirect, serve_careers
from ..fake_github import TOKEN as GITHUB_TOKEN
from ..fake_github import FakeGitHub, serve_github
from .approve import approve, folder_files

EPOCH = int(CLOCK.timestamp())
PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy",
                   "NO_PROXY", "no_proxy")


@dataclass
class Session:
    """One operator's session: numbered steps in a folder, each recorded as a transcript for `approve`."""
    root: Path
    secrets: Mapping[str, str] = field(default_factory=dict)  # token → the name shown in its place
    out: dict[str, bytes] = field(default_factory=dict)
    before: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.before = self.files()

    def files(self) -> dict[str, bytes]:
        return folder_files(self.root, lambda rel: not rel.startswith(("site", ".jobsite-cache")))

    def settle(self) -> None:
        """Take what the test itself wrote between steps (an event, a broken file) as the next step's start."""
        self.before = self.files()

    def scrub(self, text: str) -> str:
        for secret, name in self.secrets.items():
            text = text.replace(secret, f"<{name}>")
        text = text.replace(str(self.root), "<TMP>")
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:<PORT>", text)

    def run(self, name: str, args: list[str], env: Mapping[str, str | None],
            requests: Callable[[], list[str]] = list, notes: Callable[[], list[str]] = list) -> Result:
        """Run `jobsite ARGS` here and record the step as name.txt plus name/<each file it added or changed>."""
        result = CliRunner().invoke(main, args, env={"SOURCE_DATE_EPOCH": str(EPOCH), **env})
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        after = self.files()
        lines = [f"$ jobsite {' '.join(args)}", f"exit {result.exit_code}", "--- stdout", result.stdout.rstrip("\n"),
                 "--- stderr", result.stderr.rstrip("\n"), "--- requests", *requests(), *notes(), "--- files"]
        for rel in sorted(after.keys() | self.before.keys()):
            if rel not in after:
                lines.append(f"removed {rel}")
            elif self.before.get(rel) != after[rel]:
                lines.append(f"{'changed' if rel in self.before else 'added'} {rel}")
                self.out[f"{name}/{rel}"] = self.scrub(after[rel].decode("utf-8")).encode("utf-8")
        self.out[f"{name}.txt"] = (self.scrub("\n".join(lines)) + "\n").encode("utf-8")
        self.before = after
        return result


def without_estimates(tree: dict[str, str | bytes]) -> dict[str, str | bytes]:
    """A content tree without the compensation table, for commands that show no pay: parsing it costs each run
    more than the rest of loading a small tree."""
    return {rel: text for rel, text in tree.items() if rel != "data/compensation.yaml"}


def since(log: list, start: list[int], show: Callable[[object], str]) -> list[str]:
    """The entries of a fake's request log added since the last call, shown one per line."""
    new, start[0] = log[start[0]:], len(log)
    return [show(entry) for entry in new]


# --- jobsite import: Greenhouse, Lever and Ashby --------------------------------------------------------------

GH, LEVER, ASHBY = ats_fakes.GH, ats_fakes.LEVER, ats_fakes.ASHBY


def rich_boards() -> dict[str, object]:
    """The import tests' boards with every field shape besides: two locations, no pay, hourly pay, part-time,
    remote with eligibility, a department, a hostile description, unplaceable and unlisted jobs."""
    answers = ats_fakes.boards()
    # A state's name, not its letters: "CA" (California or Canada?) loads GeoNames' cities, a second of CPU that
    # test_import.py's own runs already spend on that branch.
    answers[GH]["jobs"][0]["location"] = {"name": "San Francisco, California"}
    answers[GH]["jobs"].append(ats_fakes.greenhouse_job(
        4012348, "Robot Technician", "Austin, TX", pay_input_ranges=[{"min_cents": 3000, "max_cents": 4500,
                                                                      "currency_type": "USD"}],
        departments=[{"id": 3, "name": "Field Operations", "parent_id": None, "child_ids": []}]))
    answers[LEVER].append(ats_fakes.lever_posting(
        "9f0e1d2c-0000-4000-8000-000000000002", "Simulation Engineer", salaryRange=None, workplaceType="onsite",
        country="DE", categories={"commitment": "Part-time", "team": "Sim", "location": "Berlin, Germany",
                                  "allLocations": ["Berlin, Germany", "Munich, Germany"]},
        description="<div>Simulate <i>everything</i> &amp; <a href=\"data:text/html,x\">more</a>.</div>",
        lists=[], additional=""))
    undated = ats_fakes.greenhouse_job(4012349, "Field Robotics Engineer", "Boston, MA",
                                       updated_at="2026-11-19T08:00:00+00:00")
    del undated["first_published"]  # dated by its last update, and planned before the jobs published after it
    answers[GH]["jobs"].append(undated)
    answers[ASHBY]["jobs"].append(ats_fakes.ashby_job(
        "5d2e8f00-0000-4000-8000-000000000004", "Remote Researcher", workplaceType="Remote", isRemote=True,
        location="Remote", address=None, publishedAt="2026-11-17T10:00:00.000+00:00"))
    answers[ASHBY]["jobs"].append(ats_fakes.ashby_job(
        "3b7c0a12-0000-4000-8000-000000000003", "Remote Evals Lead", workplaceType="Remote", isRemote=True,
        employmentType="FullTime", location="Remote", address={"postalAddress": {"addressCountry": "Portugal"}},
        secondaryLocations=[{"location": "Lisbon", "address": {"addressLocality": "Lisbon",
                                                               "addressCountry": "Portugal"}}],
        compensation=None))
    return answers


def hand_written() -> dict[str, str]:
    """Postings an editor wrote before any import: one for a Lever job (adopted), one for no job (left alone),
    and another company's for an Ashby job (never adopted by acme's import)."""
    lever_apply = "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply"
    ashby_page = "https://jobs.ashbyhq.com/acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2"
    beta = {**COMPANY, "name": "Beta Robotics", "website": "https://beta.example", "categories": ["ai"]}
    return {
        "jobs/acme/research-engineer.md": front_matter({**POSTING, "title": "Research Engineer", "category": "ai",
                                                        "apply_url": lever_apply, "tags": ["evals"]}, "Ours.\n"),
        "jobs/acme/office-manager.md": front_matter({**POSTING, "title": "Office Manager", "category": "ai",
                                                     "apply_url": "https://acme.example/careers/office"}),
        "companies/beta.md": front_matter(beta, "Beta.\n"),
        "jobs/beta/platform.md": front_matter({**POSTING, "title": "Platform Engineer", "company": "beta",
                                               "category": "ai", "apply_url": ashby_page}, "Theirs.\n"),
    }


def edit(path: Path, old: str, new: str) -> None:
    """An editor's change between two imports (the next step's files show its result)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def show_ats_request(entry: tuple) -> str:
    request, _ = entry
    return (f"{request.method} {request.full_path}  accept={request.headers.get('Accept')} "
            f"user-agent={request.headers.get('User-Agent')}")


def test_import_session(httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first import of three boards, a dry run and a re-import of changed boards, then each way a board fails."""
    waits: list[float] = []
    monkeypatch.setattr("generator.ats.fetch._sleep", waits.append)
    monkeypatch.setattr("generator.ats.fetch.BACKOFF", (2.0, 4.0))  # recorded, never waited
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", {**ats_fakes.content_tree(), **hand_written()})
    ats = ats_fakes.FakeATS(httpserver)
    ats.answers = rich_boards()
    session, seen = Session(tmp_path), [0]

    def run(name: str, *args: str) -> Result:
        waits.clear()
        return session.run(name, ["import", *args], ats.env(), lambda: since(httpserver.log, seen, show_ats_request),
                           lambda: [f"waited {w:g} s" for w in waits])

    run("01-first-import", "--all")
    run("02-unchanged", "--all")
    content = tmp_path / "content" / "jobs" / "acme"
    # The editors close two roles by hand, and widen a remote role the ATS gives no eligibility for.
    edit(content / "robot-technician.md", "\nsource:", "\nclosed: 2026-11-25\nsource:")
    edit(content / "field-robotics-engineer.md", "\nsource:", "\nclosed: 2026-11-24\nsource:")
    edit(content / "remote-researcher.md", "\nposted:", "\nremote_eligibility: [Europe]\nposted:")
    session.settle()
    jobs = ats.answers[GH]["jobs"]
    jobs[0]["title"] = "Staff Perception Engineer"
    jobs[0]["pay_input_ranges"][0]["max_cents"] = 26000000
    jobs[1]["location"] = {"name": "Austin, TX"}
    jobs[4]["title"] = "Senior Field Robotics Engineer"  # closed here: stays as the editor left it
    del jobs[3]  # Robot Technician left the board, closed by hand already
    ats.answers[LEVER][1]["categories"]["allLocations"] = ["Berlin, Germany"]
    ashby = ats.answers[ASHBY]["jobs"]
    ashby.pop()  # Remote Evals Lead left the board
    ashby[0]["descriptionHtml"] = "<p>Platform, <em>now</em> with GPUs.</p>"
    ashby[2]["title"] = "Remote Research Scientist"
    run("03-dry-run", "--all", "--dry-run")
    run("04-reimport", "--all")
    retry = [Response("slow down", 429, headers={"Retry-After": "3"}),
             Response("", 502), Response(json.dumps(ats.answers[LEVER]), 200, content_type="application/json")]
    ats.answers[LEVER] = lambda request: retry.pop(0)
    run("05-rate-limited-then-served", "lever:acme", "--company", "acme")
    ats.answers[LEVER] = lambda request: Response("", 503)
    run("06-5xx", "lever:acme", "--company", "acme")
    ats.answers[GH] = lambda request: Response('{"jobs": [', 200, content_type="application/json")
    run("07-malformed", "greenhouse:acme", "--company", "acme")
    ats.answers[ASHBY] = {"apiVersion": "1", "jobs": [{"id": "x", "title": "", "jobUrl": "https://a.example/x"}]}
    run("08-wrong-shape", "ashby:acme", "--company", "acme")
    run("09-unknown-board", "lever:nosuchco", "--company", "acme")
    run("10-bad-board-name", "lever:-acme/x", "--company", "acme")
    ats.answers[GH] = lambda request: Response("", 429, headers={"Retry-After": "3600"})
    run("11-rate-limit-past-the-cap", "greenhouse:acme", "--company", "acme")
    ats.answers[ASHBY] = lambda request: Response('{"error": "forbidden"}', 403, content_type="application/json")
    run("12-refused", "ashby:acme", "--company", "acme")
    approve("operators/import", session.out)


# --- jobsite announce: Telegram and Mastodon --------------------------------------------------------------------

TELEGRAM_TOKEN, MASTODON_TOKEN = announce_fakes.TOKEN, "masto-secret-token"
AI = announce_fakes.AI_ROLE
ROLES = {  # in the order the session meets them: each step's site lists the roles before it too
    "ml": AI,
    "chain": {**AI, "title": "Solidity Engineer", "category": "web3", "posted": dt.date(2026, 11, 19)},
    "vision": {**AI, "title": "Computer Vision Engineer", "posted": dt.date(2026, 11, 21),
               "salary": {"min": 90000, "max": 120000, "currency": "EUR", "period": "year"}},
    "evals": {**AI, "title": "Evals <Lead> & @admin", "workplace": "remote", "remote_eligibility": ["Europe"],
              "posted": dt.date(2026, 11, 22), "locations": None},
    "infra": {**AI, "title": "ML Infra Engineer", "posted": dt.date(2026, 11, 22),
              "locations": [{"city": "Berlin", "country": "DE"}, {"city": "Munich", "country": "DE"}]},
    "rl": {**AI, "title": "RL Researcher", "posted": dt.date(2026, 11, 23)},
    "robot": {**AI, "title": "Robot Learning Lead", "category": "robotics", "posted": dt.date(2026, 11, 23)},
    "data": {**AI, "title": "Data Engineer", "posted": dt.date(2026, 11, 24)},
    "ops": {**AI, "title": "MLOps Engineer", "posted": dt.date(2026, 11, 25)},
    "chips": {**AI, "title": "Chip Designer", "category": "web3", "posted": dt.date(2026, 11, 25),
              "employment_type": "contract"},
}


@pytest.fixture(scope="module")
def jobs_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """jobs.json of one built site with every role: each step's site is the first n of its roles."""
    root = tmp_path_factory.mktemp("announce-site")
    postings = {name: {k: v for k, v in data.items() if v is not None} for name, data in ROLES.items()}
    write_tree(root / "content", announce_fakes.tree(**postings))
    build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    return json.loads((root / "site" / "jobs.json").read_text(encoding="utf-8"))


def bot_request_shower() -> Callable[[tuple], str]:
    """Show a request to the Bot API or Mastodon. An Idempotency-Key hashes the channel's key, which holds the
    fake's port: each distinct key is shown by the order it first appeared in, so a retry shows its key again."""
    keys: dict[str, str] = {}

    def show(entry: tuple) -> str:
        path, headers, body = entry
        if "Idempotency-Key" in headers:
            key = headers["Idempotency-Key"]
            headers = {**headers, "Idempotency-Key": keys.setdefault(key, f"<{len(key)} hex digits #{len(keys) + 1}>")}
        wanted = ("Authorization", "Idempotency-Key", "Content-Type")  # not User-Agent: urllib's, with Python's version
        shown = " ".join(f"{k.lower()}={headers[k]}" for k in wanted if k in headers)
        return f"POST {path}  {shown}\n  {json.dumps(body, ensure_ascii=False, sort_keys=True)}"

    return show


def test_announce_session(jobs_json: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first run, one new role, the digest threshold's edge dry and real, rate limits and refused tokens."""
    sleeps: list[float] = []
    clock = [CLOCK + dt.timedelta(hours=1)]  # the run's now; a step may move it
    monkeypatch.setattr(generator.announce, "announce", lambda options, echo: generator.announce.run.announce(
        options, echo=echo, sleep=sleeps.append, now=clock[0]))
    monkeypatch.chdir(tmp_path)
    server = announce_fakes.ThreadingHTTPServer(("127.0.0.1", 0), announce_fakes.BotAPI)
    server.requests, server.script, server.on_request = [], [], None
    url = f"http://127.0.0.1:{server.server_address[1]}"
    announce_fakes.threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    env = {"TELEGRAM_API_URL": url, "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "MASTODON_API_URL": url,
           "MASTODON_ACCESS_TOKEN": MASTODON_TOKEN}
    session, seen = Session(tmp_path, {TELEGRAM_TOKEN: "TELEGRAM_BOT_TOKEN", MASTODON_TOKEN: "MASTODON_TOKEN"}), [0]
    ids = [f"tag:board.example,{data['posted']}:jobs/acme/{name}" for name, data in ROLES.items()]
    show = bot_request_shower()
    categories = jobs_json["x-categories"]

    def run(label: str, roles: int | list[str], *args: str, **changed: str) -> None:
        name = f"{len(list((tmp_path / 'site').glob('*'))) + 1:02d}-{label}"
        site = tmp_path / "site" / name
        site.mkdir(parents=True)
        wanted = ids[:roles] if isinstance(roles, int) else roles
        listed = [job for job in jobs_json["jobs"] if job["id"] in wanted]
        (site / "jobs.json").write_text(json.dumps({**jobs_json, "jobs": listed, "x-categories": categories}),
                                        encoding="utf-8")
        sleeps.clear()
        session.run(name, ["announce", "--site", str(site), "--state", "state/announce.json", *args],
                    {**env, **changed}, lambda: since(server.requests, seen, show),
                    lambda: [f"slept {s:g} s" for s in sleeps])

    try:
        run("first-run", 2)
        run("one-new-role", 3)
        run("dry-run-at-the-threshold", 5, "--digest-threshold", "2", "--dry-run")  # 2 new AI roles, 2 in all
        run("dry-run-past-the-threshold", 7, "--digest-threshold", "2", "--dry-run")  # 3 AI roles, 4 in all
        run("digests", 7, "--digest-threshold", "2")
        server.script = [(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
                                "parameters": {"retry_after": 7}}, {}),
                         (200, None, {}), (429, {"error": "Too many requests"}, {"Retry-After": "9"})]
        run("rate-limited", 8)
        run("malformed-token", 9, TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN + "\n")
        server.script = [(401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, {}),
                         (401, {"error": "The access token is invalid"}, {})]
        run("refused-tokens", 10)
        server.script = [(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, {})]
        run("chat-not-found", 11)  # that channel's roles wait; the bot's other channel goes ahead
        run("pending-roles-sent", 11)
        run("nothing-new", 11)
        # The editors give robotics a channel, and web3 a private invite link no bot can post to.
        links = {"robotics": "https://t.me/testboard_robotics", "web3": "https://t.me/+AbCdEf0123456789"}
        categories = [{**c, "telegram": links.get(c["id"], c.get("telegram"))} for c in categories]
        run("new-channel-dry-run", 11, "--dry-run")
        run("new-channel", 11)
        clock[0] += dt.timedelta(days=91)  # ml left the site over 90 days ago: forgotten, the rest kept
        run("forgetting-dry-run", ids[1:], "--dry-run")
        run("forgetting", ids[1:])
    finally:
        server.shutdown()
        server.server_close()
    approve("operators/announce", session.out)


# --- jobsite links: dead links, redirects, streaks and closing ------------------------------------------------

ACME = "careers.acme.example"


@dataclass
class Days:
    """Which day of the session it is: a rule answers by the day, not by how many requests came before."""
    day: int = 1

    def flaky(self, method: str, n: int) -> Reply:
        """Gone on day one, back on day two: its streak is broken and it is never closed."""
        status = 404 if self.day == 1 else 200
        return page("Perception Engineer", "Apply below.", status=status)(method, n)

    def limited(self, method: str, n: int) -> Reply:
        if n % 2 == 0:  # the first request of each day
            return Reply(429, "Too many requests", (("Retry-After", "1"),))
        return page("Controls Engineer", "Apply below.")(method, n)


def links_rules(days: Days) -> dict[str, Callable]:
    return {
        f"{ACME}/jobs/open": page("Robotics Engineer", "Apply below."),
        f"{ACME}/jobs/gone": page("Not found", "Page not found", status=404),
        f"{ACME}/jobs/filled": page("Data Engineer", "Sorry, this position has been filled."),
        f"{ACME}/jobs/moved": redirect(f"http://{ACME}/jobs/nowhere"),
        f"{ACME}/jobs/nowhere": page("Not found", "Page not found", status=404),
        f"{ACME}/jobs/to-index": redirect("/jobs/", 302),
        f"{ACME}/jobs/": page("Careers at Acme", "All our open roles"),
        f"{ACME}/jobs/renamed": redirect(f"http://{ACME}/jobs/renamed-2"),
        f"{ACME}/jobs/renamed-2": page("Robotics Engineer II", "Apply below."),
        f"{ACME}/jobs/down": page("Maintenance", "Back soon", status=503),
        f"{ACME}/jobs/forbidden": page("Forbidden", "Forbidden", status=403),
        f"{ACME}/jobs/flaky": days.flaky,
        f"{ACME}/jobs/limited": days.limited,
        f"{ACME}/jobs/french": page("Ingénieur", "Désolé : cette offre n’est\n plus  DISPONIBLE."),
        f"{ACME}/jobs/unfilled": page("Engineer", "This position has been filledwith care."),  # not the phrase
        f"{ACME}/jobs/wall": page("Just a moment...", "Checking your browser before accessing"),
        f"{ACME}/jobs/challenge": lambda method, n: Reply(403, "<p>Verify you are human</p>",
                                                          (("cf-mitigated", "challenge"),)),
        f"{ACME}/jobs/teapot": page("Teapot", "I am a teapot", status=418),
        f"{ACME}/jobs/busy": lambda method, n: Reply(429, "Too many requests", (("Retry-After", "3600"),)),
        f"{ACME}/jobs/loop": redirect(f"http://{ACME}/jobs/loop"),
        f"{ACME}/jobs/elsewhere": redirect("http://jobs.other.example/"),
        f"{ACME}/jobs/slash": redirect(f"http://{ACME}/jobs/slash/"),  # the same path: never the index
        f"{ACME}/jobs/slash/": page("Robotics Engineer", "Apply below."),
        "jobs.other.example/": page("Other careers", "Apply below."),
    }


def test_links_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Day one, half a day later, and day two with --fix: streaks start, break and confirm; confirmed postings
    are closed by one line; a broken state file is refused in one line."""
    monkeypatch.setattr(generator.links, "run_links", functools.partial(generator.links.run_links,
                                                                        sleep=lambda seconds: None))
    monkeypatch.chdir(tmp_path)
    days = Days()
    sites = CareersSites(links_rules(days))
    names = ["open", "gone", "filled", "moved", "to-index", "renamed", "down", "forbidden", "flaky", "limited",
             "french", "unfilled", "wall", "challenge", "teapot", "busy", "loop", "elsewhere", "slash"]
    write_tree(tmp_path / "content", without_estimates(basic_tree(**{
        name: {**POSTING, "title": f"Role {name}", "apply_url": f"http://{ACME}/jobs/{name}"} for name in names})))
    session = Session(tmp_path)

    def show(entry) -> str:
        return f"{entry.method} http://{entry.host}{entry.path}"

    with serve_careers(sites) as proxy:
        env = {name: None for name in PROXY_VARIABLES} | {"HTTP_PROXY": proxy}
        args = ["links", "--state", "state/links.json", "--timeout", "3", "--pause", "0"]

        for name, epoch, extra in (("01-day-one", EPOCH, ("--fix",)),
                                   ("02-half-a-day-later", EPOCH + 12 * 3600, ("--fix", "--format", "json")),
                                   ("03-day-two", EPOCH + 25 * 3600, ("--fix",))):
            days.day = 2 if name == "03-day-two" else 1
            start = len(sites.seen)
            # Two lanes per host answer in any order: requests are sorted by URL (one URL's stay in their order).
            session.run(name, [*args, *extra], {**env, "SOURCE_DATE_EPOCH": str(epoch)},
                        lambda start=start: [show(s) for s in sorted(sites.seen[start:],
                                                                     key=lambda s: (s.host, s.path))],
                        lambda start=start: [f"user-agent of every request: {agent}"
                                             for agent in sorted({s.user_agent for s in sites.seen[start:]})])
        (tmp_path / "state" / "links.json").write_bytes(b'{"links": {"http://x.example": [{"at": 5}]}}')
        session.settle()
        session.run("04-broken-state", args, {**env, "SOURCE_DATE_EPOCH": str(EPOCH + 26 * 3600)})
    approve("operators/links", session.out)


# --- jobsite remind and jobsite answer: GitHub issues and pull requests ----------------------------------------

def github_changes() -> Callable[[FakeGitHub], list[str]]:
    """What the fake GitHub holds after a step, when the step changed it: issues, labels, comments, pull requests
    and the files a branch changed from main."""
    last: list[str] = []

    def show(github: FakeGitHub) -> list[str]:
        branches = {f"{branch}:{path}": text for (branch, path), text in sorted(github.files.items())
                    if branch != "main" and text != github.files.get(("main", path))}
        state = {"issues": github.issues, "labels": github.labels, "comments": github.comments,
                 "pulls": github.pulls, "changed branch files": branches}
        now = json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True).splitlines()
        shown = ["--- github unchanged"] if now == last else ["--- github after", *now]
        last[:] = now
        return shown

    return show


def test_remind_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dry run, the reminders, a second run that finds them open, a refused token, then the contact's answer."""
    monkeypatch.chdir(tmp_path)
    hostile = remind_fakes.posting("C++ *Lead* @team [docs](https://e.example) <b>", 5, "@dana")
    write_tree(tmp_path / "content", without_estimates({**remind_fakes.tree(),
                                                       "jobs/acme/hostile.md": front_matter(hostile)}))
    github = FakeGitHub(files={("main", f"content/{rel}"): path.read_text(encoding="utf-8")
                               for rel, path in ((p.relative_to(tmp_path / "content").as_posix(), p)
                                                 for p in (tmp_path / "content" / "jobs").rglob("*.md"))})
    session, seen, changes = Session(tmp_path, {GITHUB_TOKEN: "GITHUB_TOKEN"}), [0], github_changes()
    with serve_github(github) as url:
        env = {name: None for name in PROXY_VARIABLES} | {"GITHUB_API_URL": url, "GITHUB_TOKEN": GITHUB_TOKEN,
                                                        "GITHUB_REPOSITORY": None}

        def run(name: str, args: list[str], **changed: str) -> None:
            session.run(name, args, {**env, **changed},
                        lambda: since(github.requests, seen, lambda r: f"{r[0]} {r[1]}"),
                        lambda: changes(github))

        run("01-dry-run", ["remind", "--dry-run", "--days", "3"])
        run("02-remind", ["remind"])
        run("03-again", ["remind", "--days", "8"])
        run("04-no-token", ["remind"], GITHUB_TOKEN=None)
        run("05-dry-run-without-a-token", ["remind", "--dry-run", "--days", "0"], GITHUB_TOKEN=None)
        run("06-bad-token", ["remind", "--days", "8"], GITHUB_TOKEN="ghs_revoked")
        edit(tmp_path / "content/jobs/acme/soon.md", "expires: 2026-11-29", "expires: 2026-12-02")
        session.settle()
        run("07-extended-by-hand", ["remind"])  # a new date is a new reminder
        issue = next(i for i in github.issues if "Soon Role" in i["title"])

        def comment(body: str, login: str) -> None:
            event = {"action": "created", "issue": issue, "comment": {"id": 4242, "body": body, "user": {
                "login": login}}, "repository": {"full_name": remind_fakes.REPO, "default_branch": "main"}}
            (tmp_path / "event.json").write_text(json.dumps(event), encoding="utf-8")
            session.settle()

        comment("/extend 30", "Ana-K")
        run("08-answer-extend", ["answer", "--event", "event.json"])
        comment("/filled", "mallory")
        run("09-answer-refused", ["answer", "--event", "event.json"])
    approve("operators/remind", session.out)


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0
