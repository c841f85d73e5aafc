"""The pull-request comment: its text as a pure function (hostile findings included), its talk with GitHub's
REST API (a local fake on 127.0.0.1), and the two workflows that keep write access away from pull-request code."""
from __future__ import annotations

import importlib.util
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from ..conftest import REPO

SCRIPT = REPO / ".github/scripts/pr_comment.py"
SHA = "0123456789abcdef0123456789abcdef01234567"


def load_script():
    spec = importlib.util.spec_from_file_location("pr_comment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["pr_comment"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


pc = load_script()


def finding(message: str, path: str = "content/jobs/acme/ml.md", line: int = 3, level: str = "error"):
    return pc.Finding(path, line, level, message)


# --- The comment's text ---------------------------------------------------------------------------------

def test_a_clean_pull_request_gets_a_short_all_clear() -> None:
    body = pc.comment_body([], ["content/jobs/acme/ml.md"], 7, SHA, "frontier-jobs")
    assert body == (
        "<!-- jobsite-pr-comment -->\n## jobsite check\n\n"
        "✅ No problems in the files this pull request changes.\n\n"
        "### Deploy previews\n\nNetlify builds a preview of this pull request; the links work once it is ready.\n\n"
        "- [\\/jobs\\/acme\\/ml\\/](https://deploy-preview-7--frontier-jobs.netlify.app/jobs/acme/ml/)\n\n"
        "<sub>Checked commit 0123456789ab. This comment is updated on every push.</sub>\n")


def test_findings_are_counted_and_listed_with_their_lines() -> None:
    body = pc.comment_body([finding("title is empty"), finding("expires: closed", line=9, level="warning"),
                            finding("company has no open postings", "content/companies/acme.md", 1, "info")],
                           [], 3, SHA)
    assert "**1 error, 1 warning, 1 note.**" in body
    assert "- ❌ **error** · content\\/jobs\\/acme\\/ml\\.md line 3 — title is empty" in body
    assert "- ⚠️ **warning** · content\\/jobs\\/acme\\/ml\\.md line 9 — expires\\: closed" in body
    assert "Deploy previews" not in body  # no site name, no links


def test_a_check_that_did_not_finish_says_so() -> None:
    assert "The check did not finish" in pc.comment_body(None, [], 3, SHA)


def test_long_reports_are_cut_to_a_readable_length() -> None:
    body = pc.comment_body([finding(f"problem {i}") for i in range(80)], [], 3, SHA)
    assert body.count("- ❌") == pc.MAX_FINDINGS
    assert "… and 30 more: see the check's log." in body
    assert len(pc.comment_body([finding("x" * 5000)] * 50, [], 3, SHA)) < 65_536  # GitHub's comment limit


HOSTILE = [
    "<!-- jobsite-pr-comment --> spoofed marker",
    "ping @octocat and @org/team",
    "see #1 and GH-2 and acme/board#3",
    "[click](javascript:alert(1)) ![x](https://evil.example/pixel.png)",
    "<img src=x onerror=alert(1)><script>alert(1)</script>",
    "first line\n## Injected heading\n- injected item",
    "```\ncode fence\n```",
    "| table | cell |\n|---|---|",
    "visit https://evil.example/login or www.evil.example",
    "right-to-left \u202e override \u0000 nul \r\n crlf",
    "**bold** _em_ ~~strike~~ `code` \\ backslash &amp; entity &lt;",
]


def rendered(body: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(body)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_findings_stay_plain_text(text: str) -> None:
    body = pc.comment_body([finding(text, path=text)], ["content/jobs/acme/ml.md"], 5, SHA, "board")
    assert body.startswith(pc.MARKER + "\n") and body.count(pc.MARKER) == 1
    html = rendered(body)
    # Only our own heading, list and preview link: nothing from the finding becomes markup.
    assert html.count("<h2>") == 1 and html.count("<h3>") == 1
    assert html.count("<a ") == 1 and 'href="https://deploy-preview-5--board.netlify.app/jobs/acme/ml/"' in html
    ours = {"<!--": 1, "<strong": 2}  # the marker; the verdict and the finding's level
    for tag in ("<img", "<script", "<table", "<strong", "<em", "<code", "<s>", "<pre", "<!--"):
        assert html.count(tag) == ours.get(tag, 0), tag
    finding_line = next(line for line in body.split("\n") if line.startswith("- ❌"))
    assert "\n" not in finding_line and "\u202e" not in finding_line and "\x00" not in finding_line
    assert "@octocat" not in body and "#1" not in body and "https://evil" not in body and "www.evil" not in body


def test_the_text_reads_back_as_written() -> None:
    text = "a & b < c > d: *not* [a link](x) #1 @me"
    html = rendered(pc.plain(text))
    assert html == "<p>a &amp; b &lt; c &gt; d: *not* [a link](x) #\u200b1 @\u200bme</p>\n"


def test_a_long_path_is_cut_to_200_characters_and_a_message_to_300() -> None:
    path, message = "content/jobs/acme/" + "x" * 300 + ".md", "m" * 400
    body = pc.comment_body([finding(message, path=path, line=0)], [], 5, SHA)
    [line] = [line for line in body.split("\n") if line.startswith("- ❌")]
    shown_path, shown_message = line.removeprefix("- ❌ **error** · ").split(" — ")
    # Slashes escaped as all Markdown punctuation is; no " line 0": a finding without a line names none.
    assert shown_path.replace("\\/", "/") == path[:199] + "…"
    assert shown_message == "m" * 299 + "…"
    first_line = pc.comment_body([finding("a", "content/x.md", 1)], [], 5, SHA)
    assert "- ❌ **error** · content\\/x\\.md line 1 — a\n" in first_line


def test_the_command_line_asks_for_the_artifact_folder_and_says_what_it_did(monkeypatch, capsys, tmp_path) -> None:
    assert pc.main(["pr_comment.py"]) == 2
    assert "Usage: pr_comment.py ARTIFACT_DIR" in capsys.readouterr().err
    monkeypatch.setattr(pc, "run", lambda folder, environ: f"posted on {folder.name}")
    assert pc.main(["pr_comment.py", str(tmp_path / "report")]) == 0
    assert capsys.readouterr().out == "Comment posted on report.\n"


@pytest.mark.parametrize("path", [
    "content/jobs/../secrets.md", "content/jobs/acme/ml.md\n", "content/jobs/Acme/ml.md", "content/jobs/acme/ml.MD",
    "content/jobs/acme/ml.md/../../x", "content/jobs/acme/sub/ml.md", "content/site.yaml", "README.md",
    "content/companies/a--b.md", "content/jobs/acme/ml.md?x=1)",
])
def test_preview_links_only_for_plain_posting_and_company_files(path: str) -> None:
    assert pc.preview_links([path], 5, "board") == []


def test_preview_links_for_postings_and_companies() -> None:
    links = pc.preview_links(["content/jobs/acme/ml.md", "content/companies/acme.md", "content/jobs/acme/ml.md"],
                             12, "frontier-jobs")
    assert links == [("/companies/acme/", "https://deploy-preview-12--frontier-jobs.netlify.app/companies/acme/"),
                     ("/jobs/acme/ml/", "https://deploy-preview-12--frontier-jobs.netlify.app/jobs/acme/ml/")]


@pytest.mark.parametrize("name", ["", "Board", "evil.example/x", "a" * 64, "-board", "board.evil"])
def test_a_site_name_that_is_not_a_netlify_name_gives_no_links(name: str) -> None:
    assert pc.preview_links(["content/jobs/acme/ml.md"], 5, name) == []


# --- Reading the artifact -------------------------------------------------------------------------------

def write_artifact(folder: Path, number: str = "42", check: str | None = None, changed: list[str] = (),
                   status: str = "1") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pr-number.txt").write_text(number + "\n")
    (folder / "check.json").write_text(check if check is not None else json.dumps(
        [{"path": "content/jobs/acme/ml.md", "line": 4, "col": 8, "level": "error", "message": "workplace: bad"}]))
    (folder / "changed.txt").write_bytes(b"\0".join(p.encode() for p in changed))
    (folder / "check-status.txt").write_text(status + "\n")
    return folder


@pytest.mark.parametrize("number", ["", "0", "-1", "42; rm -rf /", "1e3", "99999999999"])
def test_an_artifact_without_a_real_number_is_refused(tmp_path: Path, number: str) -> None:
    with pytest.raises(ValueError, match="pull-request number"):
        pc.read_artifact(write_artifact(tmp_path, number))


@pytest.mark.parametrize("check", ["", "not json", '{"a": 1}', "null"])
def test_unreadable_findings_mean_the_check_did_not_finish(tmp_path: Path, check: str) -> None:
    number, findings, changed = pc.read_artifact(write_artifact(tmp_path, check=check, changed=["content/é x.md"]))
    assert (number, findings, changed) == (42, None, ["content/é x.md"])


@pytest.mark.parametrize("status", ["2", "", "0; echo"])
def test_a_check_that_stopped_on_its_own_error_did_not_finish(tmp_path: Path, status: str) -> None:
    _, findings, _ = pc.read_artifact(write_artifact(tmp_path, status=status))
    assert findings is None


def test_odd_entries_in_the_findings_are_skipped(tmp_path: Path) -> None:
    check = json.dumps([{"level": "error", "message": "ok", "path": "p", "line": "3"}, {"level": "fatal"}, 5, None])
    _, findings, _ = pc.read_artifact(write_artifact(tmp_path, check=check))
    assert findings == [pc.Finding("p", 0, "error", "ok")]


# --- Talking to GitHub (a fake API on 127.0.0.1) ---------------------------------------------------------

class FakeGitHub:
    """Just enough of api.github.com: one pull request, its comments (paged), rate limits on demand."""

    def __init__(self) -> None:
        self.head = SHA
        self.comments: list[dict] = [{"id": 1, "user": {"login": "mallory"}, "body": pc.MARKER + " spoof"}]
        self.comments += [{"id": 100 + i, "user": {"login": "someone"}, "body": f"comment {i}"} for i in range(120)]
        self.requests: list[tuple[str, str, dict | None]] = []
        self.fail_next: list[tuple[int, dict]] = []  # (status, headers) answered before the real reply

    def handle(self, method: str, path: str, body: dict | None) -> tuple[int, object, dict]:
        self.requests.append((method, path, body))
        if self.fail_next:
            status, headers = self.fail_next.pop(0)
            return status, {"message": "rate limited"}, headers
        route = path.split("?")[0]
        if method == "GET" and route == "/repos/acme/board/pulls/42":
            return 200, {"number": 42, "head": {"sha": self.head}}, {}
        if method == "GET" and route == "/repos/acme/board/issues/42/comments":
            page = int(path.split("&page=")[1])
            chunk = self.comments[(page - 1) * 100: page * 100]
            more = page * 100 < len(self.comments)
            return 200, chunk, {"Link": f'<x?page={page + 1}>; rel="next"'} if more else {}
        if method == "POST" and route == "/repos/acme/board/issues/42/comments":
            self.comments.append({"id": 999, "user": {"login": "github-actions[bot]"}, "body": body["body"]})
            return 201, self.comments[-1], {}
        if method == "PATCH" and route.startswith("/repos/acme/board/issues/comments/"):
            comment = next(c for c in self.comments if c["id"] == int(route.rsplit("/", 1)[1]))
            comment["body"] = body["body"]
            return 200, comment, {}
        return 404, {"message": "Not Found"}, {}


@pytest.fixture
def github() -> Iterator[tuple[str, FakeGitHub]]:
    fake = FakeGitHub()

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            assert self.headers["Authorization"] == "Bearer t0ken"
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            status, data, headers = fake.handle(self.command, self.path, body)
            payload = json.dumps(data).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = _reply

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", fake
    server.shutdown()


def env(api: str, **extra: str) -> dict[str, str]:
    return {"GITHUB_API_URL": api, "GITHUB_REPOSITORY": "acme/board", "GITHUB_TOKEN": "t0ken", "HEAD_SHA": SHA,
            "NETLIFY_SITE_NAME": "acme-board", **extra}


def test_posts_once_then_edits_its_own_comment(github, tmp_path: Path) -> None:
    api, fake = github
    folder = write_artifact(tmp_path, changed=["content/jobs/acme/ml.md"])
    assert pc.run(folder, env(api)) == "posted"
    mine = fake.comments[-1]
    assert mine["body"].startswith(pc.MARKER) and "workplace\\: bad" in mine["body"]
    assert "https://deploy-preview-42--acme-board.netlify.app/jobs/acme/ml/" in mine["body"]
    write_artifact(tmp_path, check="[]")
    assert pc.run(folder, env(api)) == "edited"
    assert [c["id"] for c in fake.comments if c["body"].startswith(pc.MARKER)] == [1, 999]
    assert fake.comments[0]["body"] == pc.MARKER + " spoof"  # another user's look-alike is left alone
    assert "✅ No problems" in mine["body"]
    patches = [r for r in fake.requests if r[0] == "PATCH"]
    assert [p[1] for p in patches] == ["/repos/acme/board/issues/comments/999"]


def test_no_comment_when_the_pull_request_is_not_at_the_tested_commit(github, tmp_path: Path) -> None:
    api, fake = github
    fake.head = "f" * 40  # the artifact claims #42, but #42's head is not what this run checked
    with pytest.raises(ValueError, match="not at the tested commit"):
        pc.run(write_artifact(tmp_path), env(api))
    assert [r[0] for r in fake.requests] == ["GET"]


def test_waits_once_when_github_rate_limits(github, tmp_path: Path) -> None:
    api, fake = github
    fake.fail_next = [(403, {"Retry-After": "0"})]
    assert pc.run(write_artifact(tmp_path), env(api)) == "posted"
    assert fake.requests[0][1] == fake.requests[1][1] == "/repos/acme/board/pulls/42"


def test_api_errors_fail_the_job_with_a_reason(github, tmp_path: Path, monkeypatch, capsys) -> None:
    api, fake = github
    fake.fail_next = [(500, {}), ]
    for name, value in env(api).items():
        monkeypatch.setenv(name, value)
    assert pc.main(["pr_comment.py", str(write_artifact(tmp_path))]) == 1
    assert "HTTP 500" in capsys.readouterr().err
    fake.fail_next = [(403, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9999999999"})]
    assert pc.main(["pr_comment.py", str(write_artifact(tmp_path))]) == 1  # too long to wait: give up
    assert not any(r[0] in ("POST", "PATCH") for r in fake.requests)


# --- The workflows ----------------------------------------------------------------------------------------

def workflow(name: str) -> dict:
    return yaml.safe_load((REPO / ".github/workflows" / name).read_text())


def test_the_report_runs_pull_request_code_with_a_read_only_token() -> None:
    flow = workflow("pr-report.yml")
    assert list(flow[True]) == ["pull_request"]  # YAML 1.1 reads the key `on` as true
    assert flow["permissions"] == {} and flow["jobs"]["report"]["permissions"] == {"contents": "read"}
    text = (REPO / ".github/workflows/pr-report.yml").read_text()
    assert "secrets." not in text and "pull_request_target" not in text.replace("`pull_request_target`", "")
    steps = flow["jobs"]["report"]["steps"]
    assert steps[0]["with"]["persist-credentials"] is False
    script = next(s["run"] for s in steps if "jobsite check" in s.get("run", ""))
    assert "--format json" in script and "changed.txt" in script and "pr-number.txt" in script
    upload = steps[-1]
    assert upload["uses"].startswith("actions/upload-artifact@") and upload["with"]["name"] == "pr-report"


def test_the_comment_downloads_the_artifact_the_report_uploads_and_reads_it_where_it_lands() -> None:
    upload = workflow("pr-report.yml")["jobs"]["report"]["steps"][-1]
    _, download, post = workflow("pr-comment.yml")["jobs"]["comment"]["steps"]
    assert download["uses"].startswith("actions/download-artifact@")
    assert download["with"]["name"] == upload["with"]["name"] == "pr-report"
    assert download["with"]["path"] == "${{ runner.temp }}/pr-report"
    assert post["run"] == 'python3 .github/scripts/pr_comment.py "$RUNNER_TEMP/pr-report"'


def test_the_comment_never_runs_pull_request_code() -> None:
    flow = workflow("pr-comment.yml")
    assert flow[True] == {"workflow_run": {"workflows": ["pr-report"], "types": ["completed"]}}
    job = flow["jobs"]["comment"]
    assert flow["permissions"] == {}
    assert job["permissions"] == {"contents": "read", "actions": "read", "pull-requests": "write"}
    # Only after a pull request's report that succeeded: both conditions, joined by && (never ||).
    assert job["if"] == ("github.event.workflow_run.event == 'pull_request' && "
                         "github.event.workflow_run.conclusion == 'success'")
    checkout, download, post = job["steps"]
    assert "ref" not in checkout["with"] and checkout["with"]["persist-credentials"] is False  # default branch
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}"
    # Untrusted values reach the script through the environment, never spliced into the shell command.
    assert "${{" not in post["run"] and post["run"].startswith("python3 .github/scripts/pr_comment.py")
    assert post["env"]["HEAD_SHA"] == "${{ github.event.workflow_run.head_sha }}"


# --- review finding 9 and the hardening note: references and odd shapes -------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("see GH-123", "see GH\u200b-123"), ("gh-7 and Gh-8", "gh\u200b-7 and Gh\u200b-8"), ("#123", "#\u200b123"),
    ("acme/board#12", "acme/board#\u200b12"), ("GH-", "GH-"), ("HIGH-5", "HIGH-5")])
def test_issue_references_are_not_linked(text: str, shown: str) -> None:
    body = pc.comment_body([finding(text)], [], 5, SHA)
    html = rendered(body)
    assert f"{shown}</li>" in html
    # GitHub links GH-123 and #123 in any text it renders: the zero-width space after GH or # breaks that.
    assert not any(ref in html for ref in ("GH-123", "gh-7", "Gh-8", "#123", "#12<"))


def test_findings_with_lists_where_text_belongs_are_skipped_or_shown_as_text(tmp_path: Path) -> None:
    check = json.dumps([{"level": ["error"], "message": "x"}, {"level": {"a": 1}}, {"level": "info", "path": []},
                        {"level": "warning", "message": ["a", "b"], "path": ["content/x.md"], "line": [3]}])
    _, findings, _ = pc.read_artifact(write_artifact(tmp_path, check=check))
    assert findings == [pc.Finding("", 0, "info", ""), pc.Finding("", 0, "warning", "")]
    assert "1 warning, 1 note" in pc.comment_body(findings, [], 5, SHA)


def test_api_answers_with_lists_where_objects_belong_do_not_crash(monkeypatch) -> None:
    github = pc.GitHub("http://127.0.0.1:1", "acme/board", "token")
    answers = {"/repos/acme/board/pulls/5": {"head": ["not", "an", "object"]},
               "/repos/acme/board/issues/5/comments?per_page=100&page=1": [["a"], {"user": ["x"], "body": []},
                                                                             {"user": {"login": ["bot"]}}]}
    monkeypatch.setattr(pc.GitHub, "request", lambda self, method, path, body=None, retry=True: (answers[path], {}))
    assert github.pull_request_head(5) == ""
    assert github.own_comment(5, "github-actions[bot]") is None
