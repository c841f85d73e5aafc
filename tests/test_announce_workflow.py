"""The announce workflow: its triggers, and its state-branch steps run with bash and git against a local
repository standing in for GitHub."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO, git, read_workflow, workflow_step

WORKFLOW = REPO / ".github/workflows/announce.yml"


def load_workflow() -> dict:
    return read_workflow(WORKFLOW)


def step(name: str) -> dict:
    return workflow_step(WORKFLOW, "announce", name)



def run_step(name: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "HOME": str(cwd.parent), "GIT_CONFIG_NOSYSTEM": "1",
           **load_workflow()["jobs"]["announce"]["env"]}
    return subprocess.run(["bash", "-eo", "pipefail", "-c", step(name)["run"]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def test_runs_hourly_on_demand_and_after_a_deploy_one_run_at_a_time() -> None:
    data = load_workflow()
    [schedule] = data["on"]["schedule"]
    minute, *rest = schedule["cron"].split()
    assert rest == ["*", "*", "*", "*"] and 15 < int(minute) < 60  # hourly, after the 12:15 rebuild is live
    assert data["on"]["repository_dispatch"] == {"types": ["netlify-deploy-succeeded"]}
    assert "workflow_dispatch" in data["on"]
    assert data["concurrency"] == {"group": "announce", "cancel-in-progress": False}
    assert data["permissions"] == {"contents": "write"}
    announce = step("Announce")
    assert announce["env"]["TELEGRAM_BOT_TOKEN"] == "${{ secrets.TELEGRAM_BOT_TOKEN }}"
    assert 'jobsite announce --site "$site" --state "$STATE_FILE"' in announce["run"]
    assert step("Save the state")["if"] == "always() && steps.state.outcome == 'success'"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A bare 'origin' with a main branch, and a shallow clone of it, as actions/checkout leaves one."""
    origin, seed = tmp_path / "origin.git", tmp_path / "seed"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "--quiet", "-b", "main", str(seed))
    (seed / "README.md").write_text("jobsite\n")
    git(seed, "add", "README.md")
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "main")
    git(seed, "push", "--quiet", str(origin), "main")
    work = tmp_path / "work"
    git(tmp_path, "clone", "--quiet", "--depth=1", f"file://{origin}", str(work))
    return work


def test_state_lives_on_its_own_branch_with_skip_markers_and_main_stays_untouched(checkout: Path) -> None:
    origin = checkout.parent / "origin.git"
    main_before = git(origin, "rev-parse", "main")
    first = run_step("Check out the state branch", checkout)
    assert first.returncode == 0, first.stderr
    assert sorted(p.name for p in (checkout / "state").iterdir()) == [".git"]  # an empty branch of its own
    (checkout / "state/announce-state.json").write_text('{"version": 1, "channels": {}}\n')
    saved = run_step("Save the state", checkout)
    assert saved.returncode == 0, saved.stderr
    assert "State saved to announce-state." in saved.stdout
    log = git(origin, "log", "--format=%s", "announce-state").splitlines()
    assert log == ["Announce state: roles announced so far [skip ci] [skip netlify]"]
    assert git(origin, "ls-tree", "--name-only", "announce-state").split() == ["announce-state.json"]
    assert git(origin, "rev-parse", "main") == main_before

    # The next run starts from the saved file; an unchanged file makes no commit.
    git(checkout, "worktree", "remove", "--force", "state")
    assert run_step("Check out the state branch", checkout).returncode == 0
    assert (checkout / "state/announce-state.json").read_text() == '{"version": 1, "channels": {}}\n'
    assert "State unchanged." in run_step("Save the state", checkout).stdout
    (checkout / "state/announce-state.json").write_text('{"version": 1, "channels": {"telegram:@x": {}}}\n')
    assert run_step("Save the state", checkout).returncode == 0
    assert len(git(origin, "log", "--format=%s", "announce-state").splitlines()) == 2


def test_no_state_file_means_nothing_to_save(checkout: Path) -> None:
    assert run_step("Check out the state branch", checkout).returncode == 0
    result = run_step("Save the state", checkout)
    assert result.returncode == 0 and "No state file written." in result.stdout
    assert git(checkout.parent / "origin.git", "branch", "--list", "announce-state") == ""
