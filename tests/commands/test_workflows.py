"""Every GitHub Actions workflow: least privilege per job, no token left in a checkout, actions pinned to a
commit; and the Netlify build plugin pinned to one version (review hardening notes)."""
from __future__ import annotations

import json
import re
import tomllib

import pytest
import yaml

from ..conftest import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
PINNED = re.compile(r"(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40}) # (?P<version>v\d+\.\d+\.\d+)")


def load(path) -> dict:
    return yaml.safe_load(path.read_text())


def steps(flow: dict) -> list[dict]:
    return [step for job in flow["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_each_job_asks_for_its_own_permissions_and_the_workflow_for_none(path) -> None:
    flow = load(path)
    assert flow["permissions"] == {}, "grant per job, so a new job starts with nothing"
    for name, job in flow["jobs"].items():
        assert isinstance(job.get("permissions"), dict), name
        assert all(level in ("read", "write", "none") for level in job["permissions"].values()), name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_beside_it(path) -> None:
    lines = [line.strip().removeprefix("- ") for line in path.read_text().splitlines()
             if line.strip().removeprefix("- ").startswith("uses:")]
    for line in lines:
        assert PINNED.fullmatch(line.removeprefix("uses: ").split("  #")[0].strip()), line


def test_one_action_one_commit_across_the_workflows() -> None:
    pins: dict[str, set[tuple[str, str]]] = {}
    for path in WORKFLOWS:
        for match in PINNED.finditer(path.read_text()):
            pins.setdefault(match["action"], set()).add((match["sha"], match["version"]))
    assert pins and all(len(found) == 1 for found in pins.values()), pins


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_checkout_keeps_the_token(path) -> None:
    for step in steps(load(path)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, path.name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_secrets_and_a_write_token_never_share_a_step(path) -> None:
    for step in steps(load(path)):
        env = " ".join(str(v) for v in (step.get("env") or {}).values())
        if "secrets." in env:
            assert "github.token" not in env and "GITHUB_TOKEN" not in env, (path.name, step.get("name"))


def test_the_netlify_cache_plugin_is_pinned_to_one_version() -> None:
    config = tomllib.loads((REPO / "netlify.toml").read_text())
    assert [p["package"] for p in config["plugins"]] == ["netlify-plugin-cache"]
    package = json.loads((REPO / "package.json").read_text())
    assert package["devDependencies"] == {"netlify-plugin-cache": "1.0.3"}  # exact: no ^ or ~
    lock = json.loads((REPO / "package-lock.json").read_text())
    entry = lock["packages"]["node_modules/netlify-plugin-cache"]
    assert entry["version"] == "1.0.3" and entry["integrity"].startswith("sha512-")
    assert entry["resolved"] == "https://registry.npmjs.org/netlify-plugin-cache/-/netlify-plugin-cache-1.0.3.tgz"


def test_hsts_is_sent_on_every_page() -> None:
    from ..conftest import headers_for, netlify_header_rules

    page = headers_for("/jobs/acme/role/", netlify_header_rules())
    # One year, this host only: includeSubDomains would bind every subdomain of a custom domain (see README).
    assert page["Strict-Transport-Security"] == "max-age=31536000"
    readme = (REPO / "README.md").read_text()
    assert "Strict-Transport-Security" in readme and "includeSubDomains" in readme


SETTING = re.compile(r"\$\{\{ (secrets|vars)\.(\w+) \}\}")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_each_secret_and_variable_reaches_its_step_under_its_own_name_and_is_documented(path) -> None:
    """A secret read under another name (or a misspelt one) is empty on GitHub, without an error: the names in the
    workflows are the ones the README and docs tell a maintainer to set, and the step sees each as itself."""
    documented = (REPO / "README.md").read_text() + "".join(p.read_text() for p in (REPO / "docs").glob("*.md"))
    for step in steps(load(path)):
        for key, value in (step.get("env") or {}).items():
            for _kind, name in SETTING.findall(str(value)):
                assert key == name, (path.name, step.get("name"), key)
                assert name in documented, (path.name, name)


@pytest.mark.parametrize("name", ["announce.yml", "remind.yml"])
def test_a_dry_run_happens_only_when_asked_for_by_hand(name: str) -> None:
    flow = load(REPO / ".github/workflows" / name)
    asked = flow[True]["workflow_dispatch"]["inputs"]["dry_run"]  # YAML 1.1 reads the key `on` as true
    assert asked["type"] == "boolean" and asked["default"] is False
    [dry] = [s["env"]["DRY_RUN"] for s in steps(flow) if "DRY_RUN" in (s.get("env") or {})]
    # Scheduled runs have no inputs: `inputs.dry_run` is then empty and the flag is left out.
    assert dry == "${{ inputs.dry_run && '--dry-run' || '' }}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_step_that_calls_github_is_given_the_token_under_the_name_its_tool_reads(path) -> None:
    """gh reads GH_TOKEN, git's header and jobsite read GITHUB_TOKEN: without it a call is anonymous and fails
    (or, for a public repository's reads, quietly works until the rate limit)."""
    for step in steps(load(path)):
        run, env = step.get("run", ""), step.get("env") or {}
        if re.search(r"\bgh (api|pr|run)\b", run):
            assert env.get("GH_TOKEN") == "${{ github.token }}", (path.name, step.get("name"))
        if "GITHUB_TOKEN" in run:
            assert env.get("GITHUB_TOKEN") == "${{ github.token }}", (path.name, step.get("name"))
