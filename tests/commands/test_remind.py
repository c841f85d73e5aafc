"""`jobsite remind` and `jobsite answer` against a local fake of GitHub's REST API."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer
from werkzeug import Response

from generator.cli import main
from generator.remind.answer import Command, Refusal, change_for, parse_command
from generator.remind.github import GitHubConfig, refusal

from ..conftest import CLOCK, POSTING, SITE, basic_tree, write_tree
from ..fake_github import REPO, TOKEN, FakeGitHub, serve_github

TODAY = CLOCK.date()
PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")


def posting(title: str, days: int | None, contact: str | None = "@ana-k", **extra: object) -> dict:
    data = {**POSTING, "title": title, **extra}
    if days is not None:
        data["expires"] = TODAY + dt.timedelta(days=days)
    if contact:
        data["contact"] = contact
    return data


POSTINGS = {
    "soon": posting("Soon Role", 3),
    "last-day-of-window": posting("Edge Role", 7, "@Ben"),
    "today": posting("Today Role", 0, "@cleo"),
    "later": posting("Later Role", 8),
    "past": posting("Past Role", -3),
    "no-contact": posting("Quiet Role", 2, None),
    "filled": posting("Filled Role", 3, closed=TODAY - dt.timedelta(days=1)),
    "open-ended": posting("Open Role", None),
}
REMINDED = ["last-day-of-window", "soon", "today"]


def tree() -> dict[str, str | bytes]:
    files = basic_tree(**POSTINGS)
    files["site.yaml"] = yaml.safe_dump({**SITE, "repository": f"https://github.com/{REPO}"}, sort_keys=False)
    return files


@pytest.fixture
def board(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGitHub]:
    """The content tree in tmp_path (the working folder), the fake API running, the environment pointing at it."""
    write_tree(tmp_path / "content", tree())
    monkeypatch.chdir(tmp_path)
    github = FakeGitHub(files={("main", f"content/jobs/acme/{name}.md"): text
                               for name, text in ((n, (tmp_path / f"content/jobs/acme/{n}.md").read_text())
                                                  for n in POSTINGS)})
    with serve_github(github) as url:
        for name in PROXY_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("GITHUB_API_URL", url)
        monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
        monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)  # site.yaml's repository is the default
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CLOCK.timestamp())))
        yield github


def remind(*args: str) -> Result:
    return CliRunner().invoke(main, ["remind", *args])


def reminded(github: FakeGitHub) -> list[str]:
    return sorted(Path(i["body"].split("<!-- jobsite:remind ")[1].split()[0]).stem for i in github.issues)


def test_one_issue_per_posting_expiring_within_the_window_with_a_contact(board: FakeGitHub) -> None:
    result = remind()
    assert result.exit_code == 0, result.output
    assert reminded(board) == REMINDED
    assert result.stderr.strip() == ("3 reminder(s) opened, 0 already open; 1 expiring posting(s) have no contact "
                                     "to remind.")
    assert list(board.labels) == ["posting-expiry"]
    issue = next(i for i in board.issues if "Soon Role" in i["title"])
    assert issue["title"] == "Posting expires 2026-11-29: Soon Role at Acme Robotics"
    assert [label["name"] for label in issue["labels"]] == ["posting-expiry"]
    body = issue["body"]
    assert body.startswith("@ana-k, the posting **Soon Role** at Acme Robotics closes after **29 Nov 2026**")
    assert "- Page: https://board.example/jobs/acme/soon/" in body
    assert f"- File: https://github.com/{REPO}/blob/main/content/jobs/acme/soon.md" in body
    assert "`/extend 30`" in body and "`/filled`" in body
    assert body.endswith("<!-- jobsite:remind content/jobs/acme/soon.md expires=2026-11-29 -->")
    assert result.stdout.splitlines()[0] == ("Opened #1 for content/jobs/acme/today.md (expires 2026-11-26): "
                                             f"https://github.com/{REPO}/issues/1")  # soonest first


def test_a_second_run_opens_nothing_even_when_its_issues_are_pages_deep_or_closed(board: FakeGitHub) -> None:
    assert remind().exit_code == 0
    board.issues[0]["state"] = "closed"
    for n in range(5):  # other labelled issues after them: the reminders are now on the last pages
        board.issues.append({"number": 100 + n, "title": "x", "body": "", "state": "open",
                             "labels": [{"name": "posting-expiry"}]})
    before = len(board.issues)
    result = remind()
    assert result.exit_code == 0, result.output
    assert len(board.issues) == before
    assert "0 reminder(s) opened, 3 already open" in result.stderr
    assert sum(1 for method, target in board.requests if method == "GET" and "/issues?" in target) >= 4


def test_an_extended_posting_is_reminded_again_for_its_new_date(board: FakeGitHub, tmp_path: Path) -> None:
    assert remind().exit_code == 0
    path = tmp_path / "content/jobs/acme/soon.md"
    path.write_text(path.read_text().replace("expires: 2026-11-29", "expires: 2026-12-02"))
    assert remind().exit_code == 0
    assert reminded(board) == sorted([*REMINDED, "soon"])


def test_dry_run_prints_and_sends_nothing(board: FakeGitHub) -> None:
    result = remind("--dry-run", "--days", "3")
    assert result.exit_code == 0, result.output
    assert "Would open: Posting expires 2026-11-29: Soon Role at Acme Robotics" in result.stdout
    assert "Would open: Posting expires 2026-11-26: Today Role" in result.stdout
    assert "Edge Role" not in result.stdout  # 7 days away, beyond --days 3
    assert [m for m, _ in board.requests] == ["GET"] and board.issues == [] and board.labels == {}


def test_a_negative_window_is_refused_before_anything_is_read(board: FakeGitHub) -> None:
    result = remind("--dry-run", "--days", "-1")
    assert result.exit_code == 2 and board.requests == []
    assert result.output.splitlines()[-1] == "Error: Invalid value for '--days': -1 is not in the range x>=0."
    assert remind("--dry-run", "--days", "0").exit_code == 0  # today only


def test_dry_run_without_a_token_shows_every_reminder_due(board: FakeGitHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_TOKEN")
    result = remind("--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Would open: ") == 3 and "were not looked up" in result.stdout
    assert board.requests == []


@pytest.mark.parametrize(("setup", "expected"), [
    ({"GITHUB_TOKEN": "ghp_wrong"}, "GitHub answered 401 (Bad credentials) while listing issues: the token is "
                                    "missing, wrong or expired; check GITHUB_TOKEN"),
    ({"read_only": True}, "GitHub answered 403 (Resource not accessible by integration) while creating the label: "
                          "the token may not do this"),
    ({"GITHUB_TOKEN": ""}, "GITHUB_TOKEN is not set"),
    ({"GITHUB_REPOSITORY": "not a repository"}, "GITHUB_REPOSITORY='not a repository' is not OWNER/REPO"),
])
def test_a_refused_or_missing_token_is_one_line_and_exit_1(board: FakeGitHub, monkeypatch: pytest.MonkeyPatch,
                                                           setup: dict, expected: str) -> None:
    for name, value in setup.items():
        if name == "read_only":
            board.read_only = True
        else:
            monkeypatch.setenv(name, value)
    result = remind()
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert expected in line, line
    assert "Traceback" not in result.output
    assert "ghp_wrong" not in result.output and TOKEN not in result.output


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0  # pytest-httpserver's own fixture listens here: never another machine


@pytest.mark.parametrize(("answer", "expected"), [
    (Response("<html><title>Sign in to the proxy</title></html>", 200, content_type="text/html"),
     "GitHub answered 200 with something other than JSON while "),
    (Response('{"message": "not a list"}', 200, content_type="application/json"),
     "GitHub answered 200 with no list of objects while listing issues: check GITHUB_API_URL=http://127.0.0.1:"),
    (Response('["a", "b"]', 200, content_type="application/json"),
     "GitHub answered 200 with no list of objects while listing issues"),
    (Response('{"message": "API rate limit exceeded"}', 403, headers={"x-ratelimit-remaining": "0",
                                                                         "x-ratelimit-reset": "9" * 20}),
     "GitHub answered 403 (API rate limit exceeded) while listing issues: rate limited; run again later"),
])
def test_an_answer_that_is_not_githubs_is_one_line_and_exit_1(board: FakeGitHub, httpserver: HTTPServer,
                                                              monkeypatch: pytest.MonkeyPatch, answer: Response,
                                                              expected: str) -> None:
    httpserver.expect_request(re.compile(".*")).respond_with_response(answer)
    monkeypatch.setenv("GITHUB_API_URL", httpserver.url_for("/").rstrip("/"))
    result = remind()
    assert result.exit_code == 1, result.output
    [line] = result.stderr.strip().splitlines()
    assert expected in line and "Traceback" not in result.output and TOKEN not in result.output, line


RATE_LIMITED = {"x-ratelimit-remaining": "0"}


@pytest.mark.parametrize(("status", "headers", "expected"), [
    (401, {}, "GitHub answered 401 (Bad things) while listing issues: the token is missing, wrong or expired; check "
              "GITHUB_TOKEN"),
    # Rate limited, with each way GitHub says when to come back: the reset instant (2026-12-07 14:37:00 UTC, an
    # hour and minute apart from the month), Retry-After, neither, and a reset beyond the calendar.
    (403, {**RATE_LIMITED, "x-ratelimit-reset": "1796654220"},
     "GitHub answered 403 (Bad things) while listing issues: rate limited until 14:37 UTC; run again later"),
    (429, {"retry-after": "30"}, "GitHub answered 429 (Bad things) while listing issues: rate limited for 30 s; run "
                                 "again later"),
    (429, RATE_LIMITED, "GitHub answered 429 (Bad things) while listing issues: rate limited; run again later"),
    (403, {**RATE_LIMITED, "x-ratelimit-reset": "9" * 20, "retry-after": "60"},
     "GitHub answered 403 (Bad things) while listing issues: rate limited for 60 s; run again later"),
    # Beyond the calendar in each of the three ways Python says so: past year 9999, past what the C library
    # takes (OSError on Linux), past time_t (the OverflowError above).
    *[(403, {**RATE_LIMITED, "x-ratelimit-reset": reset, "retry-after": "60"},
       "GitHub answered 403 (Bad things) while listing issues: rate limited for 60 s; run again later")
      for reset in ("1000000000000", "1000000000000000000")],
    (403, {}, "GitHub answered 403 (Bad things) while listing issues: the token may not do this in acme/board; give "
              "it issues: write, contents: write and pull-requests: write (the workflow's `permissions`)"),
    (404, {}, "GitHub answered 404 (Bad things) while listing issues: check GITHUB_REPOSITORY=acme/board and that "
              "the token can see it"),
    (500, {}, "GitHub answered 500 (Bad things) while listing issues"),
])
def test_each_refusal_says_why_and_what_to_change_in_one_line(status: int, headers: dict, expected: str) -> None:
    config = GitHubConfig("https://api.github.com", "acme/board", "t", "https://github.com/acme/board")
    answer = httpx.Response(status, headers=headers, json={"message": "Bad things"})
    assert refusal(answer, "listing issues", config) == expected


# --- Answers: /extend N and /filled on a reminder ---------------------------------------------------------

@pytest.mark.parametrize(("body", "command"), [
    ("/extend 30", ("extend", 30)), ("  /extend 7\n", ("extend", 7)), ("/filled", ("filled", 0)),
    ("/extend 90", ("extend", 90)), ("Thanks, will do!", None), ("see /extend docs", None),
])
def test_commands_are_parsed_strictly(body: str, command: tuple | None) -> None:
    parsed = parse_command(body)
    assert (parsed.kind, parsed.days) == command if command else parsed is None


@pytest.mark.parametrize("body", ["/extend", "/extend 0", "/extend 91", "/extend 30 days", "/extend -5",
                                  "/extend  30", "/filled please", "/filled\n/extend 30", "/Extend 30",
                                  "/extend 30; rm -rf /", "/extend $(id)", "/extend ３０"])
def test_anything_else_that_starts_like_a_command_is_refused(body: str) -> None:
    with pytest.raises(Refusal):
        parse_command(body)


def test_extend_counts_from_today_when_the_posting_already_expired() -> None:
    """`/extend 30` on a posting that expired last week keeps it open 30 days from now, not 23."""
    text = "---\ntitle: Robotics Engineer\nexpires: 2026-11-20\n---\nBody.\n"
    change = change_for(Command("extend", 30), text, "acme/late", dt.date(2026, 11, 27))
    assert "expires: 2026-12-27\n" in change.text and change.title == "Extend acme/late to 2026-12-27"
    later = change_for(Command("extend", 30), text.replace("2026-11-20", "2026-12-01"), "acme/late",
                       dt.date(2026, 11, 27))
    assert "expires: 2026-12-31\n" in later.text  # a date still ahead is moved from itself


def test_extend_without_an_expiry_counts_from_today_and_a_closed_posting_is_left_as_it_is() -> None:
    text = "---\ntitle: Robotics Engineer\n---\nBody.\n"
    change = change_for(Command("extend", 30), text, "acme/open", dt.date(2026, 11, 27))
    assert "expires: 2026-12-27\n" in change.text and change.title == "Extend acme/open to 2026-12-27"
    closed = "---\ntitle: Robotics Engineer\nexpires: 2026-12-01\nclosed: 2026-11-20\n---\nBody.\n"
    for command in (Command("extend", 30), Command("filled")):
        with pytest.raises(Refusal, match=r"already marked closed \(closed: 2026-11-20\); nothing to change"):
            change_for(command, closed, "acme/closed", dt.date(2026, 11, 27))


UNUSUAL = "'expires' is not written as 'expires: YYYY-MM-DD' on one line: edit this file by hand"


@pytest.mark.parametrize(("dates", "reason"), [
    ("expires:\n  2026-12-01\n", UNUSUAL),  # the date on the next line
    ("expires: >-\n  2026-12-01\n", UNUSUAL),  # the date in a block
    ("expires: 2026-12-01\nexpires: 2026-12-01\n", "key 'expires' appears twice: keep one"),
])
def test_extend_on_a_date_written_unusually_is_a_reply_not_a_traceback(dates: str, reason: str) -> None:
    text = f"---\ntitle: Robotics Engineer\n{dates}---\nBody.\n"
    with pytest.raises(Refusal) as info:
        change_for(Command("extend", 30), text, "acme/odd", dt.date(2026, 11, 27))
    assert str(info.value) == f"The posting's file cannot be changed automatically ({reason}); an editor will do " \
                              "it by hand."


def open_reminders(board: FakeGitHub) -> dict[str, dict]:
    assert remind().exit_code == 0
    return {Path(i["body"].split("<!-- jobsite:remind ")[1].split()[0]).stem: i for i in board.issues}


def answer(tmp_path: Path, issue: dict, body: str, author: str) -> Result:
    event = {"action": "created", "issue": issue, "comment": {"id": 4242, "body": body, "user": {"login": author}},
             "repository": {"full_name": REPO, "default_branch": "main"}}
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event))
    return CliRunner().invoke(main, ["answer", "--event", str(path)])


def test_extend_by_the_contact_opens_a_pull_request_that_moves_expires(board: FakeGitHub, tmp_path: Path) -> None:
    issue = open_reminders(board)["soon"]
    result = answer(tmp_path, issue, "/extend 30", "Ana-K")  # GitHub logins are case-insensitive
    assert result.exit_code == 0, result.output
    [pull] = board.pulls
    assert pull["title"] == "Extend acme/soon to 2026-12-29" and pull["base"] == {"ref": "main"}
    assert f"Closes #{issue['number']}." in pull["body"]
    branch = pull["head"]["ref"]
    before = board.files["main", "content/jobs/acme/soon.md"]
    assert board.files[branch, "content/jobs/acme/soon.md"] == before.replace("expires: 2026-11-29",
                                                                               "expires: 2026-12-29")
    [reply] = board.comments
    assert reply["issue"] == issue["number"]
    assert reply["body"] == (f"@Ana-K: {pull['html_url']} moves `expires` to 2026-12-29. It takes effect once an "
                             "editor merges it.")
    assert not any(target.endswith("/permission") for _, target in board.requests)  # the contact needs no check


def test_filled_by_a_maintainer_adds_the_closed_line(board: FakeGitHub, tmp_path: Path) -> None:
    board.permissions["maria"] = "maintain"
    issue = open_reminders(board)["last-day-of-window"]
    result = answer(tmp_path, issue, "/filled", "maria")
    assert result.exit_code == 0, result.output
    [pull] = board.pulls
    before = board.files["main", "content/jobs/acme/last-day-of-window.md"]
    after = board.files[pull["head"]["ref"], "content/jobs/acme/last-day-of-window.md"]
    head, fence, rest = before.partition("\n---\n")
    assert after == head + "\nclosed: 2026-11-26" + fence + rest
    assert "marks it closed as of 2026-11-26" in board.comments[0]["body"]


@pytest.mark.parametrize(("body", "author", "reply"), [
    ("/filled", "mallory", "only the posting's contact or a maintainer of this repository can answer for it."),
    ("/filled", "tess", "only the posting's contact or a maintainer"),  # triage is not enough
    ("/extend 30 days", "ana-k", "I did not understand that command. Write a comment that says only `/extend 30`"),
    ("/extend 365", "ana-k", "at most 90 days"),
])
def test_a_refused_answer_is_a_reply_and_no_pull_request(board: FakeGitHub, tmp_path: Path, body: str, author: str,
                                                         reply: str) -> None:
    board.permissions["tess"] = "triage"
    issue = open_reminders(board)["soon"]
    result = answer(tmp_path, issue, body, author)
    assert result.exit_code == 0, result.output
    assert board.pulls == [] and len(board.branches) == 1
    [comment] = board.comments
    assert comment["body"].startswith(f"@{author}: ") and reply in comment["body"]


def test_an_answer_about_a_posting_deleted_since_is_a_reply(board: FakeGitHub, tmp_path: Path) -> None:
    issue = open_reminders(board)["soon"]
    del board.files["main", "content/jobs/acme/soon.md"]
    assert answer(tmp_path, issue, "/filled", "ana-k").exit_code == 0
    assert board.pulls == [] and "is no longer on main" in board.comments[0]["body"]


def test_a_comment_that_is_no_command_or_not_on_a_reminder_is_left_alone(board: FakeGitHub, tmp_path: Path) -> None:
    issue = open_reminders(board)["soon"]
    assert answer(tmp_path, issue, "Thanks, we are still hiring!", "ana-k").exit_code == 0
    forged = {**issue, "labels": []}  # the marker alone, in an issue anyone could open
    assert answer(tmp_path, forged, "/filled", "ana-k").exit_code == 0
    assert board.comments == [] and board.pulls == []


def test_a_second_delivery_of_the_same_comment_reuses_its_pull_request(board: FakeGitHub, tmp_path: Path) -> None:
    issue = open_reminders(board)["soon"]
    assert answer(tmp_path, issue, "/extend 30", "ana-k").exit_code == 0
    assert answer(tmp_path, issue, "/extend 30", "ana-k").exit_code == 0
    assert len(board.pulls) == 1 and len(board.comments) == 2


def test_a_title_cannot_mention_anyone_in_the_reminder(board: FakeGitHub, tmp_path: Path) -> None:
    path = tmp_path / "content/jobs/acme/soon.md"
    path.write_text(path.read_text().replace("title: Soon Role\n", "title: Soon Role for @octocat fans\n", 1))
    assert remind().exit_code == 0
    body = next(i["body"] for i in board.issues if "content/jobs/acme/soon.md" in i["body"])
    assert "the posting **Soon Role for \\@octocat fans** at Acme Robotics" in body  # GitHub shows '@', links nobody


@pytest.mark.parametrize(("event", "expected"), [
    (None, "Error: event.json: not an issue_comment event (FileNotFoundError: [Errno 2] No such file or directory: "
           "'event.json')"),
    ('{"issue": {"number": 5}}', "Error: event.json: not an issue_comment event (KeyError: 'comment')"),
    ('{"issue": {"number": "five"}, "comment": {}}',
     "Error: event.json: not an issue_comment event (ValueError: invalid literal for int() with base 10: 'five')"),
    pytest.param("[" * 100_000, "Error: event.json: not an issue_comment event (RecursionError: maximum recursion "
                 "depth exceeded while decoding a JSON array from a unicode string)", id="nested-too-deep"),
])
def test_an_event_file_that_is_no_issue_comment_is_one_line_and_exit_1(board: FakeGitHub, tmp_path: Path,
                                                                       event: str | None, expected: str) -> None:
    if event is not None:
        (tmp_path / "event.json").write_text(event)
    result = CliRunner().invoke(main, ["answer", "--event", "event.json"])
    assert result.exit_code == 1 and result.stderr == expected + "\n"
    assert board.requests == []


@pytest.mark.parametrize(("author", "reply"), [
    ("ana-k", "only the posting's contact or a maintainer of this repository can answer for it."),  # contact unread
    ("maria", "The posting's file cannot be changed automatically (front matter is not closed: add a line '---' "
              "after the YAML keys); an editor will do it by hand."),
])
def test_a_posting_file_broken_on_the_branch_is_a_reply_and_no_pull_request(board: FakeGitHub, tmp_path: Path,
                                                                            author: str, reply: str) -> None:
    board.permissions["maria"] = "maintain"
    issue = open_reminders(board)["soon"]
    path = ("main", "content/jobs/acme/soon.md")
    board.files[path] = board.files[path].replace("\n---\n", "\n", 1)  # no closing line
    result = answer(tmp_path, issue, "/filled", author)
    assert result.exit_code == 0, result.output
    assert board.pulls == [] and len(board.branches) == 1
    assert [c["body"] for c in board.comments] == [f"@{author}: {reply}"]
    assert result.stdout == f"Refused on #{issue['number']}: {reply}\n"


def test_a_permission_github_does_not_know_is_none(board: FakeGitHub, tmp_path: Path) -> None:
    board.permissions["maria"] = "admin"
    board.permission = lambda query, body, user: (404, {"message": "Not Found"}, {})  # e.g. a deleted account
    issue = open_reminders(board)["soon"]
    assert answer(tmp_path, issue, "/filled", "maria").exit_code == 0
    assert board.pulls == [] and "only the posting's contact or a maintainer" in board.comments[0]["body"]


def test_github_that_does_not_answer_is_one_line_naming_the_address(board: FakeGitHub,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with serve_github(FakeGitHub()) as url:
        pass  # nothing listens there any more
    monkeypatch.setenv("GITHUB_API_URL", url)
    result = remind()
    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot reach GitHub at {url} (ConnectError: [Errno 111] Connection refused) "
                             "while listing issues\n")


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b'["a list"]'])
def test_a_refusal_without_githubs_message_says_only_its_status(body: bytes) -> None:
    config = GitHubConfig("https://api.github.com", "acme/board", "t", "https://github.com/acme/board")
    assert refusal(httpx.Response(502, content=body), "listing issues", config) == \
        "GitHub answered 502 while listing issues"


@pytest.mark.parametrize(("env", "repository", "web"), [
    # site.yaml's address is where people open the files, unless the workflow names another repository.
    ({"GITHUB_SERVER_URL": "https://ghe.example"}, "frontier-jobs/board", "https://github.com/frontier-jobs/board"),
    ({"GITHUB_REPOSITORY": "fork-owner/board", "GITHUB_SERVER_URL": "https://ghe.example/"}, "fork-owner/board",
     "https://ghe.example/fork-owner/board"),
    ({"GITHUB_REPOSITORY": " fork-owner/board "}, "fork-owner/board", "https://github.com/fork-owner/board"),
])
def test_the_repository_and_its_web_address_come_from_the_workflow_before_site_yaml(env: dict, repository: str,
                                                                                  web: str) -> None:
    from types import SimpleNamespace

    from generator.remind.github import github_config

    site = SimpleNamespace(repository=f"https://github.com/{REPO}")  # all github_config reads of the site
    config = github_config({"GITHUB_TOKEN": " t0ken\n", "GITHUB_API_URL": "https://api.ghe.example/", **env}, site)
    assert (config.repository, config.web_url) == (repository, web)
    assert (config.api_url, config.token) == ("https://api.ghe.example", "t0ken")
