"""The links, remind and answer workflows: triggers, least privilege, pinned actions, no comment text in a
shell, and the links workflow's git and pull-request steps run with bash against a local repository (a stub
`gh` on PATH stands in for GitHub's command line)."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from generator.remind.github import github_config

from ..conftest import REPO

WORKFLOWS = REPO / ".github/workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the bare key `on` as true
    return data


def steps(name: str) -> list[dict]:
    [job] = load(name)["jobs"].values()
    return job["steps"]


def step(name: str, title: str) -> dict:
    [found] = [s for s in steps(name) if s.get("name") == title]
    return found


@pytest.mark.parametrize("name", ["links.yml", "remind.yml", "answer.yml"])
def test_actions_are_pinned_and_no_event_text_reaches_a_shell(name: str) -> None:
    for s in steps(name):
        if "uses" in s:
            assert re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", s["uses"]), s["uses"]
        assert "github.event" not in s.get("run", ""), s  # comment, issue and title text never in a script


def test_least_privilege_and_triggers() -> None:
    links, remind, answer = load("links.yml"), load("remind.yml"), load("answer.yml")
    assert links["jobs"]["links"]["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert remind["jobs"]["remind"]["permissions"] == {"contents": "read", "issues": "write"}
    assert answer["jobs"]["answer"]["permissions"] == {"contents": "write", "pull-requests": "write", "issues": "write"}
    assert set(links["on"]) == {"schedule", "workflow_dispatch"} and set(remind["on"]) == {"schedule",
                                                                                             "workflow_dispatch"}
    assert answer["on"] == {"issue_comment": {"types": ["created"]}}
    condition = answer["jobs"]["answer"]["if"]
    for part in ("!github.event.issue.pull_request", "contains(github.event.issue.labels.*.name, 'posting-expiry')",
                 "github.event.comment.user.type != 'Bot'", "(contains(github.event.comment.body, '/extend') || "
                 "contains(github.event.comment.body, '/filled'))"):
        assert part in condition
    assert step("answer.yml", "Answer")["run"].split("#")[0].strip() == "jobsite answer"
    assert step("remind.yml", "Remind")["run"] == "jobsite remind --days 7 $DRY_RUN"
    assert 'jobsite links --state "$STATE_FILE" --fix --format json' in step("links.yml", "Check the links")["run"]


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


POSTING = "---\ntitle: Gone Role\nposted: 2026-11-01\n---\nBody.\n"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A bare 'origin' with main holding one posting, a shallow clone of it, and a stub gh on PATH."""
    origin, seed = tmp_path / "origin.git", tmp_path / "seed"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "--quiet", "-b", "main", str(seed))
    (seed / "content/jobs/acme").mkdir(parents=True)
    (seed / "content/jobs/acme/gone.md").write_text(POSTING)
    git(seed, "add", ".")
    git(seed, "commit", "--quiet", "-m", "main")
    git(seed, "push", "--quiet", str(origin), "main")
    work = tmp_path / "work"
    git(tmp_path, "clone", "--quiet", "--depth=1", f"file://{origin}", str(work))
    (tmp_path / "bin").mkdir()
    gh = tmp_path / "bin/gh"
    gh.write_text('#!/bin/sh\necho "$@" >> "$GH_LOG"\n'
                  'if [ "$1 $2" = "pr list" ]; then printf "%s" "$OPEN_PR"; fi\n')
    gh.chmod(gh.stat().st_mode | stat.S_IEXEC)
    (tmp_path / "runner").mkdir()
    return work


def run(title: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    tmp = cwd.parent
    environment = {"PATH": f"{tmp / 'bin'}:{os.environ['PATH']}", "HOME": str(tmp), "GIT_CONFIG_NOSYSTEM": "1",
                   "RUNNER_TEMP": str(tmp / "runner"), "GH_LOG": str(tmp / "gh.log"), "OPEN_PR": "",
                   "BASE_BRANCH": "main", **load("links.yml")["jobs"]["links"]["env"], **env}
    return subprocess.run(["bash", "-eo", "pipefail", "-c", step("links.yml", title)["run"]], cwd=cwd,
                          env=environment, capture_output=True, text=True, timeout=60)


def write_findings(checkout: Path, reason: str = "HTTP 404; confirmed: closed at … and at …") -> None:
    findings = [{"path": "content/jobs/acme/gone.md", "url": "https://acme.example/jobs/gone", "status": "closed",
                 "confirmed": True, "reason": reason},
                {"path": "content/jobs/acme/open.md", "url": "https://acme.example/jobs/open", "status": "ok",
                 "confirmed": False, "reason": "HTTP 200"}]
    (checkout.parent / "runner/links.json").write_text(json.dumps(findings))


def test_confirmed_closures_become_one_pull_request_with_their_evidence(checkout: Path) -> None:
    origin = checkout.parent / "origin.git"
    main_before = git(origin, "rev-parse", "main")
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-26\n---\nBody"))
    write_findings(checkout, reason="HTTP 404 after a redirect to https://x.example/`@admin`")
    result = run("Open or update the pull request", checkout)
    assert result.returncode == 0, result.stderr
    calls = (checkout.parent / "gh.log").read_text().splitlines()
    assert calls[0] == "pr list --head links/closures --state open --json number --jq .[0].number // empty"
    assert calls[1].startswith("pr create --head links/closures --base main --title Close postings whose apply")
    body = (checkout.parent / "runner/pr-body.md").read_text()
    assert "- `content/jobs/acme/gone.md`: https://acme.example/jobs/gone\n  `HTTP 404 after a redirect to " \
           "https://x.example/@admin`" in body
    assert "open.md" not in body
    assert git(origin, "rev-parse", "main") == main_before
    changed = git(origin, "diff", "--name-only", "main", "links/closures").split()
    assert changed == ["content/jobs/acme/gone.md"]


def test_an_open_pull_request_is_updated_and_closed_once_nothing_is_confirmed(checkout: Path) -> None:
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-26\n---\nBody"))
    write_findings(checkout)
    assert run("Open or update the pull request", checkout, OPEN_PR="7").returncode == 0
    git(checkout, "switch", "--quiet", "main")
    git(checkout, "checkout", "--", "content/")
    result = run("Open or update the pull request", checkout, OPEN_PR="7")
    assert result.returncode == 0, result.stderr
    calls = (checkout.parent / "gh.log").read_text().splitlines()
    assert calls[1].startswith("pr edit 7 --body-file ")
    assert calls[3].startswith("pr close 7 --delete-branch --comment No confirmed closures remain")


def test_the_state_lives_on_its_own_branch(checkout: Path) -> None:
    origin = checkout.parent / "origin.git"
    assert run("Check out the state branch", checkout).returncode == 0
    (checkout / "state/links-state.json").write_text('{"version": 1, "links": {}}\n')
    saved = run("Save the state", checkout)
    assert saved.returncode == 0, saved.stderr
    assert git(origin, "log", "--format=%s", "links-state").splitlines() == [
        "Link state: apply-link checks so far [skip ci] [skip netlify]"]
    assert git(origin, "ls-tree", "--name-only", "links-state").split() == ["links-state.json"]
    git(checkout, "worktree", "remove", "--force", "state")
    assert run("Check out the state branch", checkout).returncode == 0
    assert (checkout / "state/links-state.json").read_text() == '{"version": 1, "links": {}}\n'
    assert "State unchanged." in run("Save the state", checkout).stdout


def note_git_headers(tmp: Path) -> None:
    """Put before the real git one that first notes the extra headers each call is given, in $GIT_HEADERS."""
    wrapper = tmp / "bin/git"
    wrapper.write_text(f'#!/bin/sh\nfor a in "$@"; do case "$a" in *extraheader=*) printf "%s\\n" "$a" '
                       f'>> "$GIT_HEADERS";; esac; done\nexec {shutil.which("git")} "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)


def sent_token(header: str) -> str:
    key, _, value = header.partition("=")
    assert key == "http.https://github.com/.extraheader"
    scheme, encoded = value.removeprefix("AUTHORIZATION: ").split()
    assert scheme == "basic"
    return base64.b64decode(encoded).decode()


def test_the_fix_branch_is_pushed_with_the_token_as_github_expects_it(checkout: Path) -> None:
    """GitHub takes an Actions token over HTTPS as basic auth for the user x-access-token; a bare token is refused."""
    tmp = checkout.parent
    note_git_headers(tmp)
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-26\n---\nBody"))
    write_findings(checkout)
    result = run("Open or update the pull request", checkout, GITHUB_TOKEN="ghs_example", GITHUB_SERVER_URL=
                 "https://github.com", GIT_HEADERS=str(tmp / "headers"))
    assert result.returncode == 0, result.stderr
    [header] = (tmp / "headers").read_text().splitlines()
    assert sent_token(header) == "x-access-token:ghs_example"
    assert "ghs_example" not in result.stdout + result.stderr


def test_the_state_is_fetched_and_pushed_with_the_token_its_steps_are_given(checkout: Path) -> None:
    """Each state step gets the token only through its own env (GitHub sets no GITHUB_TOKEN by itself): a script
    reading another name sends an empty credential, and GitHub refuses the push."""
    tmp = checkout.parent
    note_git_headers(tmp)
    for title in ("Check out the state branch", "Save the state"):
        if title == "Save the state":
            (checkout / "state/links-state.json").write_text('{"version": 1, "links": {}}\n')
        env = {key: value.replace("${{ github.token }}", "ghs_example")
               for key, value in step("links.yml", title)["env"].items()}
        result = run(title, checkout, **env, GITHUB_SERVER_URL="https://github.com", GIT_HEADERS=str(tmp / "headers"))
        assert result.returncode == 0, result.stderr
    headers = (tmp / "headers").read_text().splitlines()
    assert [sent_token(h) for h in headers] == ["x-access-token:ghs_example"] * 2  # ls-remote; push
    assert git(tmp / "origin.git", "ls-tree", "--name-only", "links-state").split() == ["links-state.json"]


@pytest.mark.parametrize("name, title", [("remind.yml", "Remind"), ("answer.yml", "Answer")])
def test_the_step_hands_jobsite_its_token_under_the_name_jobsite_reads(name: str, title: str) -> None:
    env = {key: str(value).replace("${{ github.token }}", "ghs_example")
           for key, value in step(name, title)["env"].items()}
    config = github_config({**env, "GITHUB_REPOSITORY": "acme/board"}, SimpleNamespace(repository=None))
    assert config.token == "ghs_example"


def test_links_run_daily_before_the_rebuild_and_reminders_daily_in_working_hours() -> None:
    """A closure merged before 12:15 UTC goes out with that day's rebuild; a reminder opened at 08:10 UTC reaches
    an employer in Europe during the working day, and once a day (one issue per posting, not one per hour)."""
    [links] = load("links.yml")["on"]["schedule"]
    minute, hour, *days = links["cron"].split()
    assert days == ["*", "*", "*"] and int(minute) < 60 and int(hour) < 12, links
    [remind] = load("remind.yml")["on"]["schedule"]
    minute, hour, *days = remind["cron"].split()
    assert days == ["*", "*", "*"] and int(minute) < 60 and 6 <= int(hour) <= 10, remind


def test_the_check_writes_the_state_the_save_step_pushes_and_the_findings_the_last_step_reads(checkout: Path) -> None:
    """The three steps meet only through file names: jobsite writes $STATE_FILE and links.json in $RUNNER_TEMP, the
    save step pushes what is in state/, the last step reads links.json. A stub jobsite writes both as the real one
    does; the state must reach the branch, and the confirmed closure the pull request."""
    tmp = checkout.parent
    (tmp / "bin/jobsite").write_text(
        '#!/bin/bash\nwhile [ $# -gt 0 ]; do [ "$1" = --state ] && state="$2"; shift; done\n'
        'echo \'{"version": 1, "links": {"x": 1}}\' > "$state"\n'
        'printf \'[{"path": "content/jobs/acme/gone.md", "url": "https://acme.example/jobs/gone", '
        '"status": "closed", "confirmed": true, "reason": "HTTP 404"}]\'\n')
    (tmp / "bin/jobsite").chmod(0o755)
    assert run("Check out the state branch", checkout).returncode == 0
    checked = run("Check the links", checkout)
    assert checked.returncode == 0, checked.stderr
    assert "confirmed" in (tmp / "runner/links.json").read_text()
    save = step("links.yml", "Save the state")
    assert save["if"] == "always() && steps.state.outcome == 'success'"  # also after a failed check
    assert run("Save the state", checkout).returncode == 0
    assert git(tmp / "origin.git", "show", "links-state:links-state.json") == '{"version": 1, "links": {"x": 1}}\n'
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-26\n---\nBody"))
    result = run("Open or update the pull request", checkout)
    assert result.returncode == 0, result.stderr
    assert "- `content/jobs/acme/gone.md`: https://acme.example/jobs/gone" in (tmp / "runner/pr-body.md").read_text()


def test_the_closures_branch_is_rebuilt_from_main_each_day_and_replaces_yesterday_s(checkout: Path) -> None:
    """Each run commits on top of main, not on top of yesterday's branch: the push must replace that branch
    (a plain push is refused as not a fast-forward), and the pull request then shows today's closures only."""
    origin = checkout.parent / "origin.git"
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-26\n---\nBody"))
    write_findings(checkout)
    assert run("Open or update the pull request", checkout).returncode == 0
    git(checkout, "switch", "--quiet", "main")
    (checkout / "content/jobs/acme/gone.md").write_text(POSTING.replace("---\nBody", "closed: 2026-11-27\n---\nBody"))
    result = run("Open or update the pull request", checkout, OPEN_PR="7")
    assert result.returncode == 0, result.stderr
    assert "closed: 2026-11-27" in git(origin, "show", "links/closures:content/jobs/acme/gone.md")
    assert git(origin, "rev-list", "--count", "main..links/closures").strip() == "1"
