"""The daily import workflow: its triggers and permissions, and its pull-request step run with bash and git
against a local repository standing in for GitHub (and a `gh` that records what it was asked)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO, git, read_workflow, workflow_step

WORKFLOW = REPO / ".github/workflows/import.yml"
FAKE_GH = """#!/bin/sh
# Stands in for the GitHub CLI: records each call; `pr list --json number` answers as gh does, with the open
# pull request $GH_OPEN_PR (none when empty), through the step's own --jq filter (applied with jq).
echo "$*" >> "$GH_LOG"
if [ "$1 $2" = "pr list" ]; then
  answer='[]'
  [ -n "$GH_OPEN_PR" ] && answer="[{\\"number\\": $GH_OPEN_PR}]"
  while [ $# -gt 0 ]; do
    [ "$1" = "--jq" ] && { printf '%s' "$answer" | jq -r "$2"; exit $?; }
    shift
  done
  echo "$answer"
fi
exit 0
"""


def load_workflow() -> dict:
    return read_workflow(WORKFLOW)


def step(name: str) -> dict:
    return workflow_step(WORKFLOW, "import", name)



def test_runs_daily_and_by_hand_one_at_a_time_with_only_the_rights_it_needs() -> None:
    data = load_workflow()
    [schedule] = data["on"]["schedule"]
    minute, hour, *rest = schedule["cron"].split()
    assert rest == ["*", "*", "*"] and int(hour) < 12  # daily, before the 12:15 rebuild
    assert "workflow_dispatch" in data["on"] and set(data["on"]) == {"schedule", "workflow_dispatch"}
    assert data["jobs"]["import"]["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert data["concurrency"] == {"group": "import", "cancel-in-progress": False}
    assert "jobsite import --all 2>&1 | tee -a \"$REPORT\"" in step("Import")["run"]
    assert step("Import")["shell"] == "bash"  # pipefail: a failed import fails the run


@pytest.mark.parametrize("status", [0, 1])
def test_the_report_holds_the_import_log_in_one_code_block_and_a_failed_import_fails_the_step(
        tmp_path: Path, status: int) -> None:
    (tmp_path / "jobsite").write_text(f"#!/bin/sh\necho \"jobsite $*\"\necho 'one line' >&2\nexit {status}\n")
    (tmp_path / "jobsite").chmod(0o755)
    report = tmp_path / "report.md"
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", step("Import")["run"]], cwd=tmp_path,
                          env={"PATH": f"{tmp_path}:{os.environ['PATH']}", "REPORT": str(report)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == status and done.stdout == "jobsite import --all\none line\n"
    lines = ["Roles imported by `jobsite import --all` from each company's `ats` boards.",
             "Review them like any pull request; docs/import.md says what the import changes.", "", "```",
             "jobsite import --all", "one line"]
    assert report.read_text() == "\n".join([*lines, *(["```"] if status == 0 else [])]) + "\n"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A bare 'origin' with a main branch holding content/, and a clone of it, as actions/checkout leaves one."""
    origin, seed = tmp_path / "origin.git", tmp_path / "seed"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "--quiet", "-b", "main", str(seed))
    (seed / "content" / "jobs" / "acme").mkdir(parents=True)
    (seed / "content" / "jobs" / "acme" / "old.md").write_text("old\n")
    git(seed, "add", "content")
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "main")
    git(seed, "push", "--quiet", str(origin), "main")
    work = tmp_path / "work"
    git(tmp_path, "clone", "--quiet", f"file://{origin}", str(work))
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "gh").write_text(FAKE_GH)
    (tmp_path / "bin" / "gh").chmod(0o755)
    (tmp_path / "report.md").write_text("report\n")
    return work


def open_or_update(work: Path, open_pr: str = "") -> tuple[subprocess.CompletedProcess, list[str]]:
    tmp = work.parent
    log = tmp / "gh.log"
    log.unlink(missing_ok=True)
    env = {"PATH": f"{tmp / 'bin'}:{os.environ['PATH']}", "HOME": str(tmp), "GIT_CONFIG_NOSYSTEM": "1",
           "GH_LOG": str(log), "GH_OPEN_PR": open_pr, "REPORT": str(tmp / "report.md"), "BASE": "main",
           "BRANCH": load_workflow()["jobs"]["import"]["env"]["BRANCH"]}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", step("Open or update the pull request")["run"]],
                          cwd=work, env=env, capture_output=True, text=True, timeout=60)
    return done, log.read_text().splitlines() if log.exists() else []


def test_nothing_changed_means_no_branch_and_no_pull_request(checkout: Path) -> None:
    done, calls = open_or_update(checkout)
    assert done.returncode == 0, done.stderr
    assert "Nothing changed: no pull request." in done.stdout
    branches = git(checkout.parent / "origin.git", "branch", "--format=%(refname:short)").split()
    assert calls == [] and branches == ["main"]


@pytest.mark.skipif(shutil.which("jq") is None, reason="the fake gh applies the --jq filter with jq")
def test_changes_go_to_one_branch_and_one_pull_request_updated_in_place(checkout: Path) -> None:
    origin = checkout.parent / "origin.git"
    (checkout / "content" / "jobs" / "acme" / "new.md").write_text("new\n")
    (checkout / "content" / "jobs" / "acme" / "old.md").write_text("old\nclosed\n")
    done, calls = open_or_update(checkout)
    assert done.returncode == 0, done.stderr
    # Only an OPEN pull request is updated: a closed (declined) one would keep its description, and no new one
    # would be proposed.
    assert calls[0] == "pr list --head jobsite/import --state open --json number --jq .[].number"
    assert calls[-1] == ("pr create --head jobsite/import --base main --title Import roles from applicant-tracking "
                         f"systems --body-file {checkout.parent / 'report.md'}")
    assert git(origin, "show", "jobsite/import:content/jobs/acme/new.md") == "new\n"
    assert git(origin, "rev-parse", "main") == git(checkout, "rev-parse", "origin/main")  # main untouched

    # The next day, with the pull request still open: the same changes push nothing new.
    git(checkout, "switch", "--quiet", "main")
    (checkout / "content" / "jobs" / "acme" / "new.md").write_text("new\n")
    (checkout / "content" / "jobs" / "acme" / "old.md").write_text("old\nclosed\n")
    before = git(origin, "rev-parse", "jobsite/import")
    done, calls = open_or_update(checkout, open_pr="7")
    assert done.returncode == 0, done.stderr
    assert "already proposes these changes" in done.stdout and calls == []
    assert git(origin, "rev-parse", "jobsite/import") == before

    # A further change updates the same branch and the same pull request's description.
    git(checkout, "switch", "--quiet", "main")
    (checkout / "content" / "jobs" / "acme" / "new.md").write_text("new, retitled\n")
    done, calls = open_or_update(checkout, open_pr="7")
    assert done.returncode == 0, done.stderr
    assert [c.split()[:2] for c in calls] == [["pr", "list"], ["pr", "edit"]]
    assert calls[1] == f"pr edit jobsite/import --body-file {checkout.parent / 'report.md'}"
    assert git(origin, "show", "jobsite/import:content/jobs/acme/new.md") == "new, retitled\n"
    assert len(git(origin, "log", "--format=%s", "main..jobsite/import").splitlines()) == 1
