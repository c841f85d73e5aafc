"""Approved transcripts of the operator and editor commands at their edges: every way `jobsite announce`,
`remind` and `answer` meet a service that fails or a file they cannot use, every bad option value and bad
environment variable of the command line, `jobsite new`, `check`, `build`, `schema` and `estimate` variants.
Each step records its exit code, stdout and stderr, the files it added or changed, and the requests the local
fakes received (tests/golden/test_operators.py's Session). Review a changed transcript as a change of behaviour:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_commands.py -n 0

The announce session reads tests/golden/commands_site/jobs.json, a copy of the golden site's (every kind of
role: estimated and employer pay, none, time zones, visas, expiry), so that its input stays put while the site
golden changes.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import generator.announce
import generator.cli
from generator.base.progress import DelayedProgressBar

from ..commands import test_announce as announce_fakes
from ..commands import test_remind as remind_fakes
from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, templates_with_line, write_tree
from ..fake_github import TOKEN as GITHUB_TOKEN
from ..fake_github import FakeGitHub, serve_github
from .approve import approve
from .test_operators import (
    PROXY_VARIABLES,
    Session,
    bot_request_shower,
    github_changes,
    since,
    without_estimates,
)

SITE_JSON = Path(__file__).resolve().parent / "commands_site" / "jobs.json"
TELEGRAM_TOKEN, MASTODON_TOKEN = announce_fakes.TOKEN, "masto-secret-token"


def closed_port() -> int:
    """A port nothing listens on any more."""
    server = announce_fakes.ThreadingHTTPServer(("127.0.0.1", 0), announce_fakes.BotAPI)
    port = server.server_address[1]
    server.server_close()
    return port


# --- jobsite announce: sites and state files it cannot use, services that fail ----------------------------------

bot_api = announce_fakes.bot_api  # the announce tests' fake Bot API and Mastodon, a fixture here too


def test_announce_edges_session(bot_api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    now = CLOCK + dt.timedelta(hours=1)
    monkeypatch.setattr(generator.announce, "announce", lambda options, echo: generator.announce.run.announce(
        options, echo=echo, sleep=sleeps.append, now=now))
    monkeypatch.chdir(tmp_path)
    server, url = bot_api, bot_api.url
    env = {"TELEGRAM_API_URL": url, "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "MASTODON_API_URL": url,
           "MASTODON_ACCESS_TOKEN": MASTODON_TOKEN}
    session = Session(tmp_path, {TELEGRAM_TOKEN: "TELEGRAM_BOT_TOKEN", MASTODON_TOKEN: "MASTODON_TOKEN"})
    seen, show = [0], bot_request_shower()
    doc = json.loads(SITE_JSON.read_text(encoding="utf-8"))
    jobs = doc["jobs"]
    # One title too long for a Mastodon status: cut to fit, with an ellipsis.
    jobs[9]["title"] = "Speech Recognition Researcher for " + ", ".join(f"dialect {n}" for n in range(60))
    del jobs[5]["x-pay"]  # an AI role without pay: no pay line at all, in either service
    steps = [0]

    def site(name: str, listed: list[dict], **changed: object) -> str:
        folder = tmp_path / "sites" / name  # "sites": not recorded as a step's files
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "jobs.json").write_text(json.dumps({**doc, **changed, "jobs": listed}), encoding="utf-8")
        return str(folder.relative_to(tmp_path))

    def run(label: str, where: str, *args: str, state: str = "state/announce.json", **changed: str | None) -> None:
        steps[0] += 1
        sleeps.clear()
        session.run(f"{steps[0]:02d}-{label}", ["announce", "--site", where, "--state", state, *args],
                    {**env, **changed}, lambda: since(server.requests, seen, show),
                    lambda: [f"slept {s:g} s" for s in sleeps])

    def broken_state(label: str, data: bytes) -> None:
        (tmp_path / "state" / "broken.json").write_bytes(data)
        session.settle()
        run(label, base, state="state/broken.json")

    # Sites it cannot read: each one line, exit 1, nothing sent and no state file written.
    run("not-built", "sites/none")
    run("unreachable", f"http://127.0.0.1:{closed_port()}/")
    run("not-deployed", url + "/preview")  # the fake answers GET with 501
    run("no-http-url", site("ftp", [{**jobs[0], "url": "ftp://golden.example/x"}]))
    run("expiry-without-zone", site("naive", [{**jobs[0], "expiresDate": "2026-11-29T12:00:00"}]))
    run("missing-key", site("no-title", [{k: v for k, v in jobs[0].items() if k != "title"}]))
    run("categories-not-a-list", site("html", [], **{"x-categories": "<html>"}))
    (tmp_path / "sites" / "garbage").mkdir()
    (tmp_path / "sites" / "garbage" / "jobs.json").write_bytes(b"\xff<html>")
    run("not-utf8", "sites/garbage")
    base = site("base", jobs[:4])
    run("first-run-dry", base, "--dry-run")
    run("first-run", base)
    # State files it cannot use: one line naming the reason, nothing sent, the file left as it was.
    broken_state("state-not-utf8", b'{"version": 1, "channels": {}}\xc3(')
    broken_state("state-wrong-version", b'{"version": 2, "channels": {}}')
    broken_state("state-channels-a-list", b'{"version": 1, "channels": []}')
    broken_state("state-channel-a-list", b'{"version": 1, "channels": {"telegram:@x": ["a"]}}')
    broken_state("state-entry-without-time", b'{"version": 1, "channels": {"telegram:@x": {"r": {'
                                             b'"as": "message"}}}}')
    broken_state("state-time-without-zone", b'{"version": 1, "channels": {"telegram:@x": {"r": {'
                                            b'"at": "2026-11-26T12:00:00", "as": "message"}}}}')
    broken_state("state-unknown-kind", b'{"version": 1, "channels": {"telegram:@x": {"r": {'
                                       b'"at": "2026-11-26T12:00:00Z", "as": "tweet"}}}}')
    broken_state("state-not-an-object", b'[1, 2]')
    (tmp_path / "state" / "folder.json").mkdir()
    run("state-a-folder", base, state="state/folder.json")
    run("state-under-a-file", base, state="state/broken.json/announce.json")
    # Each channel one message a role, paced; Mastodon every role, a long title cut to fit.
    run("new-roles", site("more", jobs[:13]))
    # 5xx: retried with backoff, then delivered once; past the last retry the role waits.
    server.script = [(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}), (503, None, {}),
                     (200, None, {})]
    run("5xx-then-delivered", site("5xx", jobs[:14]), MASTODON_API_URL=None)
    server.script = [(502, b"", {})] * 4
    run("5xx-past-the-last-retry", site("5xx-more", jobs[:15]), MASTODON_API_URL=None)
    # 429s: no wait asked, a wait as an HTTP date long past (1 s each), in Telegram's body; past the cap, not
    # waited; Mastodon's own reset header, garbled (60 s) and an hour ago without a zone (1 s).
    server.script = [(429, {"ok": False, "error_code": 429}, {}),  # no wait asked at all: 1 s
                     (429, b"slow down", {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
                     (429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 5}}, {}),
                     (200, None, {}),
                     (429, {"error": "Too many requests"}, {"X-RateLimit-Reset": "soon"}),
                     (429, {"error": "Too many requests"}, {"X-RateLimit-Reset": "2026-11-26T12:00:00"}),
                     (200, None, {})]
    run("rate-limited-then-delivered", site("429", jobs[:16]))
    server.script = [(429, {"ok": False, "parameters": {"retry_after": 99999}}, {}),
                     (429, {"error": "Too many requests"}, {"Retry-After": "121"})]
    run("rate-limited-past-the-cap", site("429-more", jobs[:18]))
    server.script = [(429, {"ok": False, "parameters": {"retry_after": 1}}, {})] * 6
    run("rate-limited-too-often", site("429-more", jobs[:18]), MASTODON_API_URL=None)
    # Services it cannot reach or use: the whole target stops, the roles wait for the next run.
    run("no-answer", site("429-more", jobs[:18]), TELEGRAM_API_URL=f"http://127.0.0.1:{closed_port()}",
        MASTODON_API_URL=None)
    run("unsendable-url", site("429-more", jobs[:18]), TELEGRAM_API_URL=url + "/a b", MASTODON_API_URL=None)
    server.script = [(403, {"ok": False, "error_code": 403, "description": "Forbidden: bot is not a member"},
                      {}), (403, {"error": "This action is outside the authorized scopes"}, {})]
    run("forbidden", site("429-more", jobs[:18]))
    run("no-tokens", site("429-more", jobs[:18]), TELEGRAM_BOT_TOKEN=None, MASTODON_ACCESS_TOKEN=None)
    run("malformed-mastodon-token", site("429-more", jobs[:18]), MASTODON_ACCESS_TOKEN="masto secret",
        TELEGRAM_BOT_TOKEN=None)
    # Many new roles: one digest a channel, its lines cut at Telegram's budget with how many more.
    # Posted in the reverse of their ids' order: a digest lists roles by posting day first.
    many = [{**jobs[2], "id": f"{jobs[2]['id']}-{n:02d}", "url": f"{jobs[2]['url']}{n:02d}/",
             "postedDate": f"2026-11-{10 + (39 - n) // 4:02d}",
             "title": f"Inference Engineer {n:02d}, Large Language Model Serving and Kernels"} for n in range(40)]
    run("digest-past-the-budget-dry", site("many", jobs[:18] + many), "--dry-run", MASTODON_API_URL=None)
    run("digests", site("many", jobs[:18] + many), "--digest-threshold", "1")
    # The machine refuses, or jobsite has a bug: one line each, the tokens never in it.
    def refuse(state: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(generator.announce.run, "save_state", refuse)
    run("disk-full", base, state="state/new.json")

    def bug(state: object) -> None:
        raise RuntimeError(f"headers {{'Authorization': 'Bearer {MASTODON_TOKEN}'}} for bot{TELEGRAM_TOKEN}")
    monkeypatch.setattr(generator.announce.run, "save_state", bug)
    run("internal-error", base, state="state/new.json")
    approve("commands-announce", session.out)


# --- jobsite remind and jobsite answer: GitHub refusing, failing, rate limiting; answers it will not carry out ----

def test_remind_and_answer_edges_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", without_estimates(remind_fakes.tree()))
    bare = without_estimates(basic_tree(soon=remind_fakes.POSTINGS["soon"]))  # site.yaml names no repository
    write_tree(tmp_path / "bare", bare)
    github = FakeGitHub(files={("main", f"content/{p.relative_to(tmp_path / 'content').as_posix()}"):
                               p.read_text(encoding="utf-8") for p in (tmp_path / "content" / "jobs").rglob("*.md")})
    session, seen, changes = Session(tmp_path, {GITHUB_TOKEN: "GITHUB_TOKEN"}), [0], github_changes()
    steps = [0]

    def answering(method: str, status: int, data: object, headers: dict | None = None) -> None:
        """The fake answers this endpoint so from now on (until `restore`)."""
        setattr(github, method, lambda query, body, *groups: (status, data, headers or {}))

    def restore(*methods: str) -> None:
        for method in methods:
            delattr(github, method)

    with serve_github(github) as url:
        env = {name: None for name in PROXY_VARIABLES} | {"GITHUB_API_URL": url, "GITHUB_TOKEN": GITHUB_TOKEN,
                                                        "GITHUB_REPOSITORY": None}

        def run(label: str, args: list[str], **changed: str | None) -> None:
            steps[0] += 1
            session.run(f"{steps[0]:02d}-{label}", args, {**env, **changed},
                        lambda: since(github.requests, seen, lambda r: f"{r[0]} {r[1]}"), lambda: changes(github))

        run("no-repository", ["remind", "--content", "bare"])
        run("repository-not-owner-slash-repo", ["remind"], GITHUB_REPOSITORY="frontier jobs/board")
        run("unreachable", ["remind"], GITHUB_API_URL=f"http://127.0.0.1:{closed_port()}")
        run("no-such-repository", ["remind"], GITHUB_REPOSITORY="frontier-jobs/gone")
        limited = {"message": "API rate limit exceeded for installation ID 42"}
        answering("list_issues", 403, limited, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1796654220"})
        run("rate-limited-until", ["remind"])
        answering("list_issues", 429, {"message": "You have exceeded a secondary rate limit"}, {"Retry-After": "30"})
        run("rate-limited-for", ["remind"])
        answering("list_issues", 403, limited, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "9" * 20})
        run("rate-limited-beyond-the-calendar", ["remind"])
        answering("list_issues", 403, {"message": "Resource not accessible by integration"})
        run("forbidden", ["remind"])
        answering("list_issues", 200, b"<html><title>Sign in to the proxy</title></html>")
        run("not-json", ["remind"])
        answering("list_issues", 200, {"message": "ok"})
        run("not-a-list", ["remind"])
        restore("list_issues")
        answering("get_label", 500, b"<html>oops</html>")
        run("5xx-without-a-message", ["remind"])
        restore("get_label")
        answering("create_issue", 422, {"message": "Validation Failed"})
        run("unprocessable", ["remind"])
        restore("create_issue")
        run("remind", ["remind", "--days", "3"])
        issue = next(i for i in github.issues if "Soon Role" in i["title"])

        def comment(body: str, login: str = "ana-k", **changed: object) -> None:
            event = {"action": "created", "issue": {**issue, **changed}, "comment": {
                "id": 4200 + steps[0], "body": body, "user": {"login": login}},
                "repository": {"full_name": remind_fakes.REPO, "default_branch": "main"}}
            (tmp_path / "event.json").write_text(json.dumps(event), encoding="utf-8")
            session.settle()

        answer = ["answer", "--event", "event.json"]
        comment("/filled", pull_request={"url": "x"})
        run("on-a-pull-request", answer)
        comment("/filled", labels=[])
        run("not-a-reminder", answer)
        comment("Thanks, still hiring!")
        run("no-command", answer)
        comment("/Extend 30")
        run("malformed-command", answer)
        comment("/extend 91")
        run("too-many-days", answer)
        comment("/filled")
        github.read_only = True
        run("read-only-token", answer)
        github.read_only = False
        github.permissions["maria"] = "write"
        comment("/filled", login="maria")
        run("filled-by-a-maintainer", answer)
        path = ("main", "content/jobs/acme/soon.md")
        github.files[path] = github.files[path].replace("\ncontact:", "\nclosed: 2026-11-25\ncontact:", 1)
        comment("/extend 10")
        run("already-closed", answer)
        del github.files[path]
        run("file-gone", answer)
        (tmp_path / "event.json").write_text('{"issue": {"number": 1}}', encoding="utf-8")
        session.settle()
        run("not-an-event", answer)
    approve("commands-github", session.out)


# --- the command line: bad option values and environment variables, new, check, build, schema, estimate --------

# Wall and CPU seconds, and the machine's load: all that a build's transcript holds that a rerun changes.
TIMING = [(re.compile(r"load average ([0-9.]+ ?)+\)|load average unknown\)"), "load average <L>)"),
          (re.compile(r"\d+\.\d+ s\b"), "<T> s"),
          (re.compile(r"cpu seconds .*"), lambda m: re.sub(r"\d+\.\d\d", "<T>", m.group()))]


def test_command_line_edges_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    # The progress bar draws only once a stage has taken a second: on a loaded machine it would appear in the
    # transcript, so it never draws here (as in test_site.py).
    monkeypatch.setattr(generator.cli, "DelayedProgressBar", functools.partial(DelayedProgressBar, delay=math.inf))
    warned = {**POSTING, "title": "Expired Role", "expires": dt.date(2026, 11, 20)}  # a warning at the clock
    write_tree(tmp_path / "content", without_estimates(basic_tree(**{"senior-robotics-engineer": POSTING,
                                                                     "expired-role": warned})))
    write_tree(tmp_path / "pay" / "data", {"compensation.yaml": (REPO / "content/data/compensation.yaml").read_bytes()})
    write_tree(tmp_path / "badpay" / "data", {"compensation.yaml": "regions: [\n"})
    broken = {**POSTING, "category": "robots", "posted": "yesterday"}
    write_tree(tmp_path / "broken", without_estimates(basic_tree(bad=broken)))
    nocats = {**SITE, "categories": []}
    write_tree(tmp_path / "nocats", {"site.yaml": yaml.safe_dump(nocats), "companies/acme.md": front_matter(COMPANY)})
    write_tree(tmp_path / "tpl" / "content", without_estimates(basic_tree()))
    templates_with_line(tmp_path / "tpl" / "templates", "posting.html", "{{ posting.no_such_field.upper() }}")
    session, steps = Session(tmp_path), [0]

    def run(label: str, *args: str, stdin: str | None = None, **env: str | None) -> None:
        steps[0] += 1
        name = f"{steps[0]:02d}-{label}"
        with monkeypatch.context() as patch:
            if stdin is not None:  # Session.run's CliRunner reads this as the command's stdin
                patch.setattr(CliRunner, "invoke", functools.partialmethod(CliRunner.invoke, input=stdin))
            session.run(name, list(args), env)
        text = session.out[f"{name}.txt"].decode("utf-8")
        for pattern, replacement in TIMING:
            text = pattern.sub(replacement, text)
        session.out[f"{name}.txt"] = text.encode("utf-8")

    # Bad environment variables and option values: one line each, exit 1 (ours) or 2 (Click's usage errors).
    run("epoch-not-a-number", "build", SOURCE_DATE_EPOCH="1.7e9")
    run("epoch-beyond-the-calendar", "check", SOURCE_DATE_EPOCH="99999999999999")
    run("epoch-negative-beyond", "new", "posting", "--company", "acme", "--title", "X",
        SOURCE_DATE_EPOCH="-99999999999999")
    run("output-inside-content", "build", "--output", "content/site")
    run("output-contains-content", "build", "--output", ".")
    run("output-is-the-templates", "build", "--content", "tpl/content", "--output", "tpl")
    run("workers-zero", "build", "--workers", "0")
    run("check-format-unknown", "check", "--format", "xml")
    run("check-path-missing", "check", "content/jobs/nowhere.md")
    run("serve-port-too-big", "serve", "--port", "70000")
    run("links-timeout-too-short", "links", "--state", "s.json", "--timeout", "0")
    run("links-pause-negative", "links", "--state", "s.json", "--pause", "-1")
    run("remind-days-negative", "remind", "--days", "-1")
    run("announce-threshold-zero", "announce", "--site", "site", "--state", "s.json", "--digest-threshold", "0")
    run("announce-without-state", "announce", "--site", "site")
    run("answer-without-event", "answer", GITHUB_EVENT_PATH=None)
    run("new-company-bad-stage", "new", "company", "X", "--stage", "series-z")
    run("new-posting-without-title", "new", "posting", "--company", "acme")
    run("unknown-command", "publish")
    # jobsite check: content errors, warnings with and without --strict, PATHS, a template error.
    run("check-broken", "check", "--content", "broken")
    run("check-warned", "check")
    run("check-warned-strict-github", "check", "--strict", "--format", "github")
    run("check-one-path-json", "check", "--format", "json", "content/jobs/acme/expired-role.md")
    run("check-template-error", "check", "--content", "tpl/content")
    # jobsite build: refused content, a template error, then a build with timings and a preview address.
    run("build-broken", "build", "--content", "broken")
    run("remind-broken", "remind", "--content", "broken", "--dry-run", GITHUB_TOKEN=None)
    run("links-broken", "links", "--content", "broken", "--state", "links.json")
    run("build-template-error", "build", "--content", "tpl/content", "--output", "tpl-site", "--no-cache")
    run("build-verbose-base-url", "build", "--verbose", "--no-cache", "--workers", "1", "--base-url",
        "https://preview.example/")
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    session.out["build-verbose-base-url-sitemap.xml"] = sitemap.encode("utf-8")
    # jobsite new: what it refuses, and the guesses it marks.
    run("new-company-emoji-name", "new", "company", "🚀 🚀")
    run("new-company-bad-slug", "new", "company", "Zeta", "--slug", "Zeta_Co")
    run("new-company-bad-website", "new", "company", "Zeta", "--website", "ftp://zeta.example")
    run("new-company-no-site", "new", "company", "Zeta", "--content", "nowhere")
    run("new-company-no-hq", "new", "company", "Zeta Dynamics", "--website", "https://zeta.example")
    run("new-posting-hybrid-without-place", "new", "posting", "--company", "zeta-dynamics", "--title", "Engineer",
        "--workplace", "hybrid")
    run("new-posting-guessed-category", "new", "posting", "--company", "zeta-dynamics", "--title", "Engineer",
        "--location", "Austin, US-TX")
    run("new-posting-remote-with-a-place", "new", "posting", "--company", "zeta-dynamics", "--title", "Remote Engineer",
        "--workplace", "remote", "--location", "Lisbon, PT", "--employment-type", "contract")
    run("new-posting-no-categories", "new", "posting", "--company", "acme", "--title", "Engineer", "--content",
        "nocats")
    run("new-posting-bad-apply-url", "new", "posting", "--company", "acme", "--title", "Engineer", "--apply-url",
        "javascript:alert(1)")
    # jobsite schema and jobsite estimate.
    run("schema", "schema", "--output", "schemas")
    run("estimate-without-title", "estimate", "--content", "pay")
    run("estimate-unknown-country", "estimate", "--content", "pay", "--title", "ML Engineer", "--country", "XX")
    run("estimate-no-table", "estimate", "--content", "nowhere", "--title", "ML Engineer")
    run("estimate-broken-table", "estimate", "--content", "badpay", "--title", "ML Engineer")
    run("estimate-region-seniority", "estimate", "--content", "pay", "--title", "Robotics Engineer", "--region",
        "Europe", "--seniority", "staff", "--category", "robotics", "--stage", "seed")
    run("estimate-jsonl", "estimate", "--content", "pay", "--jsonl", stdin="\n".join([
        '{"title": "Staff Engineer", "country": "US"}', "{broken", "[1]", '{"title": ""}', '{"title": "X", "a": 1}',
        '{"title": "Data Engineer Intern", "country": "DE", "category": "ai", "stage": null}']) + "\n")
    approve("commands-cli", session.out)
