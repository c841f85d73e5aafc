"""The pull-request workflow, the editor task and the docs stay in step with what `jobsite check` does."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.base.errors import Problem

from ..conftest import REPO

WORKFLOW = REPO / ".github/workflows/check.yml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text())


def test_workflow_is_safe_for_forks() -> None:
    flow = workflow()
    assert list(flow[True]) == ["pull_request"]  # YAML 1.1 reads the key `on` as true
    assert flow["permissions"] == {}
    assert all(job["permissions"] == {"contents": "read"} for job in flow["jobs"].values())
    assert "secrets." not in WORKFLOW.read_text()
    for job in flow["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout"):
                assert step["with"]["persist-credentials"] is False


def test_workflow_installs_and_runs_check_and_tests() -> None:
    jobs = workflow()["jobs"]
    steps = jobs["content"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    assert steps[1]["with"]["python-version"] == "3.11"
    assert "pip install -e '.[test]'" in [s.get("run") for s in steps]
    assert "jobsite check --strict --format github" in steps[-1]["run"]
    assert jobs["tests"]["steps"][-1]["run"].startswith(".ci/run")


def _check_script() -> str:
    return workflow()["jobs"]["content"]["steps"][-1]["run"]


@pytest.fixture
def pr_repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git repository whose HEAD is a pull request on top of origin/main, and a fake `jobsite` on PATH."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "jobsite"
    fake.write_text('#!/bin/sh\necho "jobsite $*"\n')
    fake.chmod(0o755)
    repo = tmp_path / "repo"
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "BASE_REF": "main",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    (repo / "content/jobs/acme").mkdir(parents=True)
    (repo / "content/jobs/acme/old.md").write_text("old\n")
    (repo / "README.md").write_text("readme\n")
    for command in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-qm", "base"],
                    ["update-ref", "refs/remotes/origin/main", "HEAD"]):
        subprocess.run(["git", *command], cwd=repo, env=env, check=True)
    return repo, env


def _pull_request(repo: Path, env: dict[str, str], files: dict[str, str]) -> str:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    subprocess.run(["git", "add", "."], cwd=repo, env=env, check=True)
    subprocess.run(["git", "commit", "-qm", "pr"], cwd=repo, env=env, check=True)
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", _check_script()], cwd=repo, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_pull_request_checks_its_changed_content_strictly(pr_repo: tuple[Path, dict]) -> None:
    repo, env = pr_repo
    out = _pull_request(repo, env, {"content/jobs/acme/new role.md": "new\n", "content/jobs/acme/old.md": "x\n",
                                    "content/jobs/acme/kraków.md": "k\n"})
    assert out == ("jobsite check --strict --format github -- content/jobs/acme/kraków.md "
                   "content/jobs/acme/new role.md content/jobs/acme/old.md")


def test_pull_request_without_content_changes_checks_everything_for_errors(pr_repo: tuple[Path, dict]) -> None:
    repo, env = pr_repo
    assert _pull_request(repo, env, {"README.md": "changed\n"}) == "jobsite check --format github"


def test_missing_base_branch_fails_instead_of_checking_less(pr_repo: tuple[Path, dict]) -> None:
    repo, env = pr_repo
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", _check_script()], cwd=repo,
                          env={**env, "BASE_REF": "no-such-branch"}, capture_output=True, text=True)
    assert done.returncode != 0 and "jobsite" not in done.stdout


@pytest.mark.parametrize("code", [0, 1, 2])
def test_the_pull_request_report_keeps_the_checks_verdict_whatever_it_is(pr_repo: tuple[Path, dict],
                                                                         code: int) -> None:
    """pr-report.yml's script: the job stays green and the artifact holds the verdict (0, 1: findings; 2: jobsite
    failed), the pull request's number and its changed files, for pr-comment.yml to read."""
    repo, env = pr_repo
    _pull_request(repo, env, {"content/jobs/acme/new role.md": "new\n", "README.md": "changed\n"})
    fake = Path(env["PATH"].split(":")[0]) / "jobsite"
    fake.write_text(f'#!/bin/sh\necho "{{\\"ran\\": \\"$*\\"}}"\nexit {code}\n')
    steps = yaml.safe_load((REPO / ".github/workflows/pr-report.yml").read_text())["jobs"]["report"]["steps"]
    script = next(s["run"] for s in steps if "jobsite check" in s.get("run", ""))
    done = subprocess.run(["bash", "-e", "-c", script], cwd=repo, env={**env, "PR_NUMBER": "42"},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = repo / "report"
    assert json.loads((report / "check.json").read_text()) == {
        "ran": "check --strict --format json -- content/jobs/acme/new role.md"}
    assert (report / "check-status.txt").read_text() == f"{code}\n"
    assert (report / "pr-number.txt").read_text() == "42\n"
    assert (report / "changed.txt").read_bytes() == b"content/jobs/acme/new role.md\0"


def test_editor_task_reads_the_check_output() -> None:
    task = json.loads((REPO / ".vscode/tasks.json").read_text())["tasks"][0]
    matcher = task["problemMatcher"]
    assert task["command"] == "jobsite check"
    pattern = re.compile(matcher["pattern"]["regexp"])
    for level in ("error", "warning", "info"):
        line = Problem("content/jobs/acme/x.md", 12, 7, level, "salary: min: 5 — see x:y").format()
        groups = pattern.match(line)
        assert groups is not None
        fields = {name: groups.group(matcher["pattern"][name]) for name in
                  ("file", "line", "column", "severity", "message")}
        assert fields == {"file": "content/jobs/acme/x.md", "line": "12", "column": "7", "severity": level,
                          "message": "salary: min: 5 — see x:y"}


def test_editor_settings_point_at_committed_schemas() -> None:
    settings = json.loads((REPO / ".vscode/settings.json").read_text())
    for schema_path, pattern in settings["yaml.schemas"].items():
        assert (REPO / schema_path).is_file() and list(REPO.glob(pattern))


def test_pull_request_template_mirrors_the_validator() -> None:
    template = (REPO / ".github/PULL_REQUEST_TEMPLATE.md").read_text()
    for phrase in ("jobsite check --strict", "FILL IN", "required key", "YYYY-MM-DD", "remote_eligibility",
                   "ISO", "salary", "javascript:", "duplicate", "expires:", "chat app", "crypto"):
        assert phrase in template


def test_contributing_quotes_real_messages() -> None:
    # Every message quoted in CONTRIBUTING.md's table must be one the check can print (see the catalogue).
    from ..load.test_check_catalogue import CATALOGUE

    printed = "\n".join(line for _, lines in CATALOGUE.values() for line in lines)
    quoted = re.findall(r"^\| `(?:error|warning|info): ([^`]+)` \|", (REPO / "CONTRIBUTING.md").read_text(), re.M)
    assert len(quoted) >= 8
    for message in quoted:
        assert message.split("…")[0] in printed, message
