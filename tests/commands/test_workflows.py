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
