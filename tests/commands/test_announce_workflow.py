"""The announce workflow: its triggers, and its state-branch steps run with bash and git against a local
repository standing in for GitHub."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO, git, read_workflow, workflow_step

WORKFLOW = REPO / ".github/workflows/announce.yml"


def load_workflow() -> dict:
    return read_workflow(WORKFLOW)


def step(name: str) -> dict:
    return workflow_step(WORKFLOW, "announce", name)



def run_step(name: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    own = {k: v for k, v in (step(name).get("env") or {}).items() if "${{" not in str(v)}
    env = {"PATH": os.environ["PATH"], "HOME": str(cwd.parent), "GIT_CONFIG_NOSYSTEM": "1",
           **load_workflow()["jobs"]["announce"]["env"], **own, **extra}
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
    assert data["permissions"] == {}
    assert data["jobs"]["announce"]["permissions"] == {"contents": "write", "actions": "read"}
    announce = step("Announce")
    assert announce["env"]["TELEGRAM_BOT_TOKEN"] == "${{ secrets.TELEGRAM_BOT_TOKEN }}"
    assert 'jobsite announce --site "$site" --state "$STATE_FILE"' in announce["run"]
    assert step("Save the state")["if"] == "always() && steps.state.outcome == 'success'"


@pytest.mark.parametrize("extra, args", [
    ({}, "--site https://board.example --state state/announce-state.json"),  # site.yaml's base_url
    ({"SITE_URL": "https://jobs.example", "DRY_RUN": "--dry-run"},
     "--site https://jobs.example --state state/announce-state.json --dry-run")])
def test_the_announce_step_runs_jobsite_on_the_deployed_site_with_the_state_file(tmp_path: Path, extra: dict,
                                                                                 args: str) -> None:
    bin_dir, work = tmp_path / "bin", tmp_path / "work"
    bin_dir.mkdir()
    (bin_dir / "jobsite").write_text('#!/bin/sh\necho "jobsite $*"\n')
    (bin_dir / "jobsite").chmod(0o755)
    (work / "content").mkdir(parents=True)
    (work / "content/site.yaml").write_text("title: Board\nbase_url: https://board.example\n")
    result = run_step("Announce", work, PATH=f"{bin_dir}:{os.environ['PATH']}", **extra)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"jobsite announce {args}\n"


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


# --- a push that fails must not lead to announcing twice (review hardening note) --------------------------------

def reject_pushes(origin: Path) -> None:
    hook = origin / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'refusing: simulated outage' >&2\nexit 1\n")
    hook.chmod(0o755)


def test_a_push_that_keeps_failing_fails_the_step_and_keeps_the_state_as_an_artifact(checkout: Path) -> None:
    assert run_step("Check out the state branch", checkout).returncode == 0
    reject_pushes(checkout.parent / "origin.git")
    (checkout / "state/announce-state.json").write_text('{"version": 1, "channels": {}}\n')
    saved = run_step("Save the state", checkout, PUSH_WAITS="0 0")
    assert saved.returncode == 1
    assert saved.stderr.count("simulated outage") == 3  # three tries
    assert "::error title=State not saved::" in saved.stdout
    keep = step("Keep the unsaved state for the next run")
    assert keep["if"] == "failure() && steps.save.outcome == 'failure'"
    assert keep["uses"].startswith("actions/upload-artifact@") and keep["with"]["path"] == "state/announce-state.json"
    assert keep["with"]["name"] == load_workflow()["jobs"]["announce"]["env"]["UNSAVED"]
    # Kept through a long outage of pushes (a week of hourly runs that all fail), not just until the next run.
    assert keep["with"]["retention-days"] >= 7
    names = [s.get("name") for s in load_workflow()["jobs"]["announce"]["steps"]]
    # Recovery happens before anything is sent.
    assert names.index("Recover a state an earlier run could not push") < names.index("Announce")


def fake_gh(folder: Path, artifacts: list[dict], content: str) -> str:
    """A `gh` on PATH that answers the artifacts query (applying its --jq filter) and 'downloads' a file."""
    folder.mkdir()
    answer = folder / "answer.json"
    answer.write_text(json.dumps({"total_count": len(artifacts), "artifacts": artifacts}))
    (folder / "content.json").write_text(content)
    script = folder / "gh"
    script.write_text(f"""#!/usr/bin/env bash
set -e
echo "$*" >> {folder}/calls
if [ "$1" = api ]; then
  jq -r "${{@: -1}}" {answer}
elif [ "$1 $2" = "run download" ]; then
  dir="${{@: -1}}"; mkdir -p "$dir"; cp {folder}/content.json "$dir/announce-state.json"
fi
""")
    script.chmod(0o755)
    return f"{folder}:{os.environ['PATH']}"


def artifact(run: int, created: str, expired: bool = False) -> dict:
    return {"id": run * 10, "name": "announce-state-unsaved", "expired": expired, "created_at": created,
            "workflow_run": {"id": run, "head_branch": "main"}}


def recover(checkout: Path, tmp_path: Path, artifacts: list[dict], content: str) -> subprocess.CompletedProcess:
    """Run the recovery step with a fake gh that lists these artifacts and downloads `content`."""
    path = fake_gh(tmp_path / "bin", artifacts, content)
    return run_step("Recover a state an earlier run could not push", checkout, PATH=path,
                    GITHUB_REPOSITORY="acme/board", RUNNER_TEMP=str(tmp_path / "runner"))


@pytest.mark.skipif(shutil.which("jq") is None, reason="the fake gh applies the --jq filter with jq")
@pytest.mark.parametrize("saved_before", [True, False], ids=["older-branch", "branch-never-pushed"])
def test_the_next_run_starts_from_a_newer_unsaved_state(checkout: Path, tmp_path: Path, saved_before: bool) -> None:
    """Also when the very first run sent, then failed to create the branch: the next run starts on an empty branch
    with no commit to date it, and any unsaved state is newer than that."""
    assert run_step("Check out the state branch", checkout).returncode == 0
    if saved_before:
        (checkout / "state/announce-state.json").write_text('{"version": 1, "channels": {}}\n')
        assert run_step("Save the state", checkout).returncode == 0  # the branch holds an older state
        git(checkout, "worktree", "remove", "--force", "state")
        assert run_step("Check out the state branch", checkout).returncode == 0
    unsaved = '{"version": 1, "channels": {"telegram:@x": {}}}\n'
    created = "2999-01-01T00:00:00Z" if saved_before else "2026-01-01T00:00:00Z"
    result = recover(checkout, tmp_path, [artifact(77, created)], unsaved)
    assert result.returncode == 0, result.stderr
    assert "Recovered the state that run 77 sent but could not push" in result.stdout
    assert (checkout / "state/announce-state.json").read_text() == unsaved
    api, download = (tmp_path / "bin/calls").read_text().splitlines()
    # The newest artifact of exactly that name (GitHub lists newest first): an older one would bring back a state
    # that misses what later runs sent.
    assert api.startswith("api repos/acme/board/actions/artifacts?name=announce-state-unsaved&per_page=1 --jq ")
    assert download == ("run download 77 --repo acme/board --name announce-state-unsaved "
                        f"--dir {tmp_path}/runner/unsaved")


def test_a_failed_push_is_tried_three_times_in_all_with_growing_waits() -> None:
    waits = [int(w) for w in step("Save the state")["env"]["PUSH_WAITS"].split()]
    assert len(waits) == 2 and 0 < waits[0] < waits[1] <= 60, waits


@pytest.mark.skipif(shutil.which("jq") is None, reason="the fake gh applies the --jq filter with jq")
@pytest.mark.parametrize("artifacts, said", [
    ([], "No unsaved state."),
    ([artifact(5, "2000-01-01T00:00:00Z")], "The state branch is newer than run 5's unsaved state"),
    ([artifact(6, "2999-01-01T00:00:00Z", expired=True)], "No unsaved state.")])
def test_an_older_or_expired_unsaved_state_is_left_alone(checkout: Path, tmp_path: Path, artifacts, said) -> None:
    assert run_step("Check out the state branch", checkout).returncode == 0
    (checkout / "state/announce-state.json").write_text('{"version": 1, "channels": {}}\n')
    assert run_step("Save the state", checkout).returncode == 0
    result = recover(checkout, tmp_path, artifacts, "{}")
    assert result.returncode == 0 and said in result.stdout, result.stdout + result.stderr
    assert (checkout / "state/announce-state.json").read_text() == '{"version": 1, "channels": {}}\n'
