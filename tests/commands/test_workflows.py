"""Every GitHub Actions workflow: least privilege per job, no token left in a checkout, actions pinned to a
commit; and the Netlify build plugin pinned to one version (review hardening notes)."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
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


# One run per issue or pull request: an event about one thread queues (or cancels) only behind that thread's runs.
THREAD_NUMBER = {"issue_comment": "github.event.issue.number", "issues": "github.event.issue.number",
                 "pull_request": "github.event.pull_request.number",
                 "pull_request_target": "github.event.pull_request.number"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_runs_queue_only_behind_runs_of_the_same_workflow_and_the_same_thread(path) -> None:
    """A group shared across issues makes answers wait on each other, and GitHub keeps only the newest waiting
    run of a group: a third answer replaces the second, which is never done. Groups start with the file's name, so
    two workflows never share one."""
    flow = load(path)
    group = (flow.get("concurrency") or {}).get("group")
    numbers = {THREAD_NUMBER.get(event) for event in flow[True]}
    if numbers <= set(THREAD_NUMBER.values()):  # every trigger is about one issue or pull request
        [number] = numbers
        assert group == f"{path.stem}-${{{{ {number} }}}}", (path.name, group)
    elif group is not None:
        assert group == path.stem, (path.name, group)


def test_an_answer_is_never_cancelled_by_the_next_one() -> None:
    """Each comment is a command (`/extend 30`, `/filled`): cancelling a run would drop it without a reply."""
    for path in WORKFLOWS:
        flow = load(path)
        if "issue_comment" in flow[True]:
            assert flow["concurrency"]["cancel-in-progress"] is False, path.name


def test_every_python_set_up_is_one_jobsite_installs_on() -> None:
    """A job installs jobsite with pip after setting up a Python that pyproject's requires-python accepts (an older
    one stops at `pip install .`); Netlify's build image is held to the same rule."""
    from packaging.specifiers import SpecifierSet

    requires = SpecifierSet(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"])
    versions = [tomllib.loads((REPO / "netlify.toml").read_text())["build"]["environment"]["PYTHON_VERSION"]]
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            setup = [s["with"]["python-version"] for s in job.get("steps", [])
                     if s.get("uses", "").startswith("actions/setup-python@")]
            installs = any("pip install" in s.get("run", "") for s in job.get("steps", []))
            assert not installs or len(setup) == 1, (path.name, name, "pip install without its own Python")
            versions += setup
    assert len(versions) > 1 and all(requires.contains(str(v)) for v in versions), (str(requires), versions)


# Set on every runner (docs.github.com, "Variables" → "Default environment variables"), and the shell's own.
# GITHUB_TOKEN is not among them: a step has it only when its env hands it over.
RUNNER_VARIABLES = frozenset(
    "CI HOME PATH RUNNER_ARCH RUNNER_DEBUG RUNNER_ENVIRONMENT RUNNER_NAME RUNNER_OS RUNNER_TEMP RUNNER_TOOL_CACHE "
    "GITHUB_ACTION GITHUB_ACTIONS GITHUB_ACTOR GITHUB_ACTOR_ID GITHUB_API_URL GITHUB_BASE_REF GITHUB_ENV "
    "GITHUB_EVENT_NAME GITHUB_EVENT_PATH GITHUB_GRAPHQL_URL GITHUB_HEAD_REF GITHUB_JOB GITHUB_OUTPUT GITHUB_PATH "
    "GITHUB_REF GITHUB_REF_NAME GITHUB_REF_PROTECTED GITHUB_REF_TYPE GITHUB_REPOSITORY GITHUB_REPOSITORY_ID "
    "GITHUB_REPOSITORY_OWNER GITHUB_REPOSITORY_OWNER_ID GITHUB_RUN_ATTEMPT GITHUB_RUN_ID GITHUB_RUN_NUMBER "
    "GITHUB_SERVER_URL GITHUB_SHA GITHUB_STEP_SUMMARY GITHUB_WORKFLOW GITHUB_WORKFLOW_REF GITHUB_WORKSPACE".split())
READ = re.compile(r"\$\{?([A-Za-z_]\w*)")
ASSIGNED = re.compile(r"(?:^|[\s;(&|])([A-Za-z_]\w*)\+?=|\bfor\s+([A-Za-z_]\w*)\s+in\b"
                      r"|\b(?:read|mapfile)\s+(?:-\w+\s+(?:''\s+)?)*([\w ]+)")
EXPORTED = re.compile(r"([A-Za-z_]\w*)=[^\n]*>>\s*\"?\$GITHUB_ENV")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_variable_a_script_reads_is_set_for_it(path) -> None:
    """An unset variable reads as empty without an error (`${GH_TOKEN:-}` all the more): a push made with another
    step's token name sends an empty credential and is refused. Each name a `run:` script reads is set in its
    step, job or workflow env, by an earlier step through $GITHUB_ENV, by the script itself, or by the runner."""
    flow = load(path)
    for name, job in flow["jobs"].items():
        exported: set[str] = set()
        for step in job.get("steps", []):
            run = step.get("run", "")
            own = {n for match in ASSIGNED.findall(run) for part in match for n in part.split()}
            given = {*(flow.get("env") or {}), *(job.get("env") or {}), *(step.get("env") or {})}
            unset = set(READ.findall(run)) - own - given - exported - RUNNER_VARIABLES
            assert not unset, (path.name, name, step.get("name"), sorted(unset))
            exported |= set(EXPORTED.findall(run))


CREDENTIAL = re.compile(r"TOKEN|SECRET|PASSWORD|KEY|HOOK")  # a build hook's URL starts a deploy: a credential
NAMED_AS = re.compile(r"\b(secret|variable)\b[^`]{0,40}$")


def test_credentials_are_secrets_everything_else_variables_as_the_docs_say() -> None:
    """A token read from `vars.` is shown in every log and to everyone who can read the settings; a plain
    setting read from `secrets.` is masked in logs (an instance URL shown as ***) and empty for forks. Each name
    is read as the kind its name says, and wherever the docs call it a secret or a variable they agree."""
    documented = (REPO / "README.md").read_text() + "".join(p.read_text() for p in (REPO / "docs").glob("*.md"))
    found: dict[str, str] = {}
    for path in WORKFLOWS:
        for kind, name in SETTING.findall(path.read_text()):
            assert found.setdefault(name, kind) == kind, (path.name, name)
            assert (kind == "secrets") == bool(CREDENTIAL.search(name)), (path.name, f"{kind}.{name}")
    assert {kind for kind in found.values()} == {"secrets", "vars"}
    for name, kind in found.items():
        said = {match.group(1) for at in re.finditer(f"`{name}`", documented)
                if (match := NAMED_AS.search(documented[:at.start()]))}
        assert said == {kind.removesuffix("s").replace("var", "variable")}, (name, said)


# What `git diff -z` answers on each branch, and the jobsite command line each workflow then runs.
CHANGED = ("content/jobs/acme ml engineer.md", "content/companies/acme.yaml")
ONE = CHANGED[:1]  # the commonest pull request: one posting
CHECK_RUNS = {
    ("check.yml", CHANGED): ["check", "--strict", "--format", "github", "--", *CHANGED],
    ("check.yml", ONE): ["check", "--strict", "--format", "github", "--", *ONE],
    ("check.yml", ()): ["check", "--format", "github"],
    ("pr-report.yml", CHANGED): ["check", "--strict", "--format", "json", "--", *CHANGED],
    ("pr-report.yml", ONE): ["check", "--strict", "--format", "json", "--", *ONE],
    ("pr-report.yml", ()): ["check", "--format", "json"],
}
# Each stub records its arguments one per field (\x1f), one call per line; git answers as `git diff -z` does.
RECORD = 'printf "%s\\x1f" "$(basename "$0")" "$@" >> "$CALLS"\necho >> "$CALLS"\n'


@pytest.mark.parametrize(("name", "changed"), list(CHECK_RUNS), ids=lambda v: v if isinstance(v, str) else
                         (f"{len(v)}-changed" if v else "unchanged"))
def test_check_runs_strict_on_the_changed_files_only_and_always_annotates(tmp_path, name, changed) -> None:
    """A pull request that changes content is checked strictly in those files (a warning there fails it); one
    that changes none is checked without --strict (an old posting's warning never blocks it). On both
    branches the output is the workflow's format: `github` annotations on the diff in check.yml, the JSON
    pr-comment.yml reads in pr-report.yml. The step's script is run as the runner runs it, with git and jobsite
    replaced by stubs that record their command lines."""
    step = next(step for step in steps(load(REPO / ".github/workflows" / name))
                if "jobsite check" in step.get("run", ""))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    answer = "".join(f"printf '%s\\0' {shlex.quote(f)}\n" for f in changed)
    (bin_dir / "git").write_text(f"#!/bin/bash\n{RECORD}{answer}")
    (bin_dir / "jobsite").write_text(f"#!/bin/bash\n{RECORD}")
    for stub in bin_dir.iterdir():
        stub.chmod(0o755)
    calls = tmp_path / "calls"
    env = {**step.get("env", {}), "BASE_REF": "main", "PR_NUMBER": "7", "CALLS": str(calls),
           "PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run(["/bin/bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                   cwd=tmp_path, env=env, check=True, timeout=30)
    runs = [line.split("\x1f")[:-1] for line in calls.read_text().splitlines()]
    assert [run[1:] for run in runs if run[0] == "jobsite"] == [CHECK_RUNS[name, changed]]
    assert [run[0] for run in runs] == ["git", "jobsite"]


# What starts each workflow, and whether a newer run cancels one in progress (None: no concurrency group). Only
# the pull-request checks cancel (a newer push makes the older result moot); a run that sends, pushes or opens
# something is never stopped halfway. A manual trigger is how README.md and docs/ tell a maintainer to run one.
TRIGGERS = {
    "announce.yml": ({"schedule", "repository_dispatch", "workflow_dispatch"}, False),
    "answer.yml": ({"issue_comment"}, False),
    "check.yml": ({"pull_request"}, True),
    "import.yml": ({"schedule", "workflow_dispatch"}, False),
    "links.yml": ({"schedule", "workflow_dispatch"}, False),
    "pr-comment.yml": ({"workflow_run"}, None),
    "pr-report.yml": ({"pull_request"}, True),
    "remind.yml": ({"schedule", "workflow_dispatch"}, False),
    "scheduled-rebuild.yml": ({"schedule", "workflow_dispatch"}, None),
}


def test_each_workflow_starts_on_its_own_events_and_only_the_pull_request_checks_cancel() -> None:
    assert sorted(TRIGGERS) == [path.name for path in WORKFLOWS]
    for path in WORKFLOWS:
        flow = load(path)
        events, cancels = TRIGGERS[path.name]
        assert set(flow[True]) == events, path.name
        assert (flow.get("concurrency") or {}).get("cancel-in-progress") is cancels, path.name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_runs_on_linux_whose_gnu_tools_the_scripts_use(path) -> None:
    """The scripts call GNU's `base64 -w0` and `date -d`, which macOS's BSD tools refuse (and Windows runners
    have no bash by default): every job runs on ubuntu-latest."""
    for name, job in load(path)["jobs"].items():
        assert job["runs-on"] == "ubuntu-latest", (path.name, name)


def test_answer_waits_for_the_label_remind_puts_on_its_reminders() -> None:
    """A comment is acted on only on an issue labelled as remind labels its reminders: a misspelt label in the
    job's condition means no /extend or /filled is ever answered, silently."""
    from generator.remind.reminders import LABEL

    condition = load(REPO / ".github/workflows/answer.yml")["jobs"]["answer"]["if"]
    assert re.findall(r"contains\(github\.event\.issue\.labels\.\*\.name, '([^']+)'\)", condition) == [LABEL]
    assert LABEL == "posting-expiry"
    assert "github.event.comment.user.type != 'Bot'" in condition and "!github.event.issue.pull_request" in condition
    assert "contains(github.event.comment.body, '/extend')" in condition
    assert "contains(github.event.comment.body, '/filled')" in condition


# How long each job may run before GitHub stops it (the default is six hours of a hung `git push` or `curl`): long
# enough for a cold `pip install` and the job's own work, short enough that a stuck run frees its concurrency
# group before the next scheduled one is due.
TIMEOUTS = {("announce.yml", "announce"): 20, ("answer.yml", "answer"): 5, ("check.yml", "content"): 10,
            ("check.yml", "tests"): 20, ("import.yml", "import"): 20, ("links.yml", "links"): 30,
            ("pr-comment.yml", "comment"): 5, ("pr-report.yml", "report"): 10, ("remind.yml", "remind"): 10,
            ("scheduled-rebuild.yml", "rebuild"): 5}


def test_every_job_has_its_own_time_limit() -> None:
    found = {(path.name, name): job.get("timeout-minutes") for path in WORKFLOWS
             for name, job in load(path)["jobs"].items()}
    assert found == TIMEOUTS
    # The hourly announcement must finish (or be stopped) within its hour, before the next run queues behind it.
    assert TIMEOUTS["announce.yml", "announce"] < 60


STEP_OUTCOME = re.compile(r"\bsteps\.([\w-]+)\.outcome\b")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_condition_on_an_earlier_step_names_a_step_of_its_job_that_comes_before_it(path) -> None:
    """`steps.state.outcome` of a step that has no id `state` (or comes later) is empty: the condition is then
    false on every run and the step never runs, silently."""
    for name, job in load(path)["jobs"].items():
        seen: list[str] = []
        for step in job.get("steps", []):
            for ref in STEP_OUTCOME.findall(str(step.get("if", ""))):
                assert ref in seen, (path.name, name, step.get("name"), ref)
            if "id" in step:
                seen.append(step["id"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_step_that_runs_jobsite_comes_after_the_step_that_installs_it(path) -> None:
    """The runner has no jobsite: a job that calls it installs the checkout with pip first, after its checkout."""
    for name, job in load(path)["jobs"].items():
        installed = checked_out = False
        for step in job.get("steps", []):
            run = step.get("run", "")
            checked_out |= step.get("uses", "").startswith("actions/checkout@")
            if re.search(r"^\s*(?:[\w$\"{}()=:-]+\s+)*jobsite \w", run, re.M) and "pip install" not in run:
                assert installed, (path.name, name, step.get("name"))
            if re.search(r"\bpip install (-e )?['\"]?\.", run):
                assert checked_out, (path.name, name, "pip install . before the checkout")
                installed = True


def test_every_push_authenticates_as_github_expects_and_every_commit_is_the_bot_s() -> None:
    """The header and the committer are written out in each workflow that pushes: one slip in one copy (a
    misspelt x-access-token, a missing base64 -w0, another bot's address) breaks only that workflow's push, or
    credits its commits to a stranger. tests/commands/test_links_workflows.py runs one copy; all are that one."""
    auth = ('auth=(-c "http.$server/.extraheader=AUTHORIZATION: basic $(printf \'x-access-token:%s\' '
            '"${GITHUB_TOKEN:-}" | base64 -w0)")')
    server = 'server="${GITHUB_SERVER_URL:-https://github.com}"'
    counts = {}
    for path in WORKFLOWS:
        lines = [line.strip() for line in path.read_text().splitlines()]
        auths = [line for line in lines if line.startswith("auth=")]
        assert all(line == auth for line in auths), path.name
        assert lines.count(server) == len(auths), path.name
        commits = [i for i, line in enumerate(lines) if line.startswith("git -c user.name=")]
        for i in commits:
            assert lines[i] == 'git -c user.name="github-actions[bot]" \\', path.name
            assert lines[i + 1] == '-c user.email="41898282+github-actions[bot]@users.noreply.github.com" \\'
        counts[path.name] = (len(auths), len(commits))
    assert {name: c for name, c in counts.items() if c != (0, 0)} == {
        "announce.yml": (2, 1), "import.yml": (1, 1), "links.yml": (3, 2)}


def test_each_pull_request_check_compares_with_the_base_and_each_bot_pull_request_targets_the_run_s_branch() -> None:
    """On `pull_request`, github.base_ref is the branch the pull request goes into (github.ref_name is the merge
    ref, `7/merge`); a scheduled run has no base_ref at all, and opens its pull request against the branch it
    ran on."""
    for name in ("check.yml", "pr-report.yml"):
        [env] = [s["env"] for s in steps(load(REPO / ".github/workflows" / name)) if "BASE_REF" in s.get("env", {})]
        assert env["BASE_REF"] == "${{ github.base_ref }}", name
    for name, key in (("import.yml", "BASE"), ("links.yml", "BASE_BRANCH")):
        [env] = [s["env"] for s in steps(load(REPO / ".github/workflows" / name)) if key in s.get("env", {})]
        assert env[key] == "${{ github.ref_name }}", name


def test_the_test_job_runs_in_the_debian_python_the_suite_is_written_for() -> None:
    from packaging.specifiers import SpecifierSet

    job = load(REPO / ".github/workflows/check.yml")["jobs"]["tests"]
    image, _, tag = job["container"].partition(":")
    version, _, distribution = tag.partition("-")
    requires = SpecifierSet(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"])
    assert image == "python" and distribution == "bookworm" and requires.contains(version), job["container"]


# What each job may do with the repository's token. Read-only jobs run pull-request code or only read; a write is
# granted to the job that pushes, comments or opens what it names, and nothing else. scheduled-rebuild needs none.
PERMISSIONS = {
    ("announce.yml", "announce"): {"contents": "write", "actions": "read"},
    ("answer.yml", "answer"): {"contents": "write", "pull-requests": "write", "issues": "write"},
    ("check.yml", "content"): {"contents": "read"}, ("check.yml", "tests"): {"contents": "read"},
    ("import.yml", "import"): {"contents": "write", "pull-requests": "write"},
    ("links.yml", "links"): {"contents": "write", "pull-requests": "write"},
    ("pr-comment.yml", "comment"): {"contents": "read", "actions": "read", "pull-requests": "write"},
    ("pr-report.yml", "report"): {"contents": "read"},
    ("remind.yml", "remind"): {"contents": "read", "issues": "write"},
    ("scheduled-rebuild.yml", "rebuild"): {},
}


def test_every_job_holds_exactly_the_rights_it_needs() -> None:
    found = {(path.name, name): job.get("permissions")
             for path in WORKFLOWS for name, job in load(path)["jobs"].items()}
    assert found == PERMISSIONS
    # A job that runs a pull request's code never gets a write: its token would be the pull request author's.
    for path in WORKFLOWS:
        if "pull_request" in load(path)[True]:
            assert all(level == "read" for job in load(path)["jobs"].values() for level in job["permissions"].values())


def test_a_workflow_named_by_another_or_by_the_docs_exists_under_that_name() -> None:
    """GitHub finds the workflow a `workflow_run` follows, and a maintainer finds the one the docs tell them to run
    by hand, by its `name:`: renaming one silently stops pr-comment.yml, or sends the reader looking for nothing."""
    names = {load(path)["name"]: load(path) for path in WORKFLOWS}
    for path in WORKFLOWS:
        for followed in (load(path)[True].get("workflow_run") or {}).get("workflows", []):
            assert followed in names and "pull_request" in names[followed][True], (path.name, followed)
    documented = (REPO / "README.md").read_text() + "".join(p.read_text() for p in (REPO / "docs").glob("*.md"))
    told = set(re.findall(r"Actions → ([^→*]+?) → Run workflow", documented))
    assert told == {"Announce new roles", "Import roles", "Scheduled rebuild"}
    for name in told:
        assert name in names and "workflow_dispatch" in names[name][True], name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_job_that_diffs_against_the_base_fetches_the_history_and_caches_only_pip(path) -> None:
    """actions/checkout fetches one commit by default: `git diff origin/main...HEAD` then has no merge base and the
    step fails. setup-python's cache is for the packages pip installs."""
    for name, job in load(path)["jobs"].items():
        job_steps = job.get("steps", [])
        checkout = next((s for s in job_steps if s.get("uses", "").startswith("actions/checkout@")), None)
        if any("origin/${BASE_REF}...HEAD" in s.get("run", "") for s in job_steps):
            assert checkout["with"].get("fetch-depth") == 0, (path.name, name)
        for s in job_steps:
            if s.get("uses", "").startswith("actions/setup-python@") and "cache" in s["with"]:
                assert s["with"]["cache"] == "pip" and any("pip install" in t.get("run", "") for t in job_steps)


def test_the_comment_job_checks_out_the_script_it_runs() -> None:
    [job] = load(REPO / ".github/workflows/pr-comment.yml")["jobs"].values()
    checkout, *_, post = job["steps"]
    script = post["run"].split()[1]
    assert (REPO / script).is_file() and script.startswith(checkout["with"]["sparse-checkout"] + "/")


# GitHub Actions' expression language, as far as the workflows' `if:` conditions use it (docs: "Evaluate
# expressions in workflows and actions"): literals, property paths (a missing one is null; `.*` takes the property
# of each item of a list), `!`, `==`/`!=` (strings compared ignoring case), `&&`/`||` (each gives the operand that
# decided it), parentheses, and the functions contains(), always(), success() and failure().
EXPRESSION_TOKEN = re.compile(r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<number>\d+(?:\.\d+)?)|(?P<op>&&|\|\||==|!=|[!(),])"
                              r"|(?P<path>[A-Za-z_][\w-]*(?:\.(?:\*|[A-Za-z_][\w-]*))*))")


def github_if(condition: str, context: dict, job_status: str = "success"):
    tokens, at = [], 0
    while at < len(condition.rstrip()):
        match = EXPRESSION_TOKEN.match(condition, at)
        assert match and match.end() > at, f"cannot read {condition[at:]!r}"
        tokens.append(next((kind, text) for kind, text in match.groupdict().items() if text is not None))
        at = match.end()
    tokens.append(("end", ""))
    position = 0

    def take(text: str | None = None) -> tuple[str, str]:
        nonlocal position
        token = tokens[position]
        assert text is None or token[1] == text, (token, text, condition)
        position += 1
        return token

    def truthy(value) -> bool:
        return value not in (None, False, 0, "")

    def equal(left, right) -> bool:
        if isinstance(left, str) and isinstance(right, str):
            return left.lower() == right.lower()
        return left == right

    def call(name: str, args: list):
        if name == "contains":
            within, item = args
            if isinstance(within, list):
                return any(equal(value, item) for value in within)
            return str(item).lower() in str(within or "").lower()
        return {"always": True, "success": job_status == "success", "failure": job_status == "failure"}[name]

    def lookup(path: str):
        value, spread = context, False
        for part in path.split("."):
            if part == "*":
                spread = True
            elif spread:  # the property of each item of the list
                value, spread = [item.get(part) if isinstance(item, dict) else None for item in value or []], False
            else:
                value = value.get(part) if isinstance(value, dict) else None
        return value

    def primary():
        kind, text = take()
        if kind == "string":
            return text[1:-1].replace("''", "'")
        if kind == "number":
            return float(text)
        if text == "!":
            return not truthy(primary())
        if text == "(":
            value = either()
            take(")")
            return value
        assert kind == "path", (text, condition)
        if text in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[text]
        if tokens[position][1] == "(":
            take("(")
            args = []
            while tokens[position][1] != ")":
                args.append(either())
                if tokens[position][1] == ",":
                    take(",")
            take(")")
            return call(text, args)
        return lookup(text)

    def compared():
        value = primary()
        while tokens[position][1] in ("==", "!="):
            op = take()[1]
            same = equal(value, primary())
            value = same if op == "==" else not same
        return value

    def joined(operand, op: str):
        """`a && b` gives a when a is falsy, `a || b` when a is truthy; else b (each side read either way)."""
        value = operand()
        while tokens[position][1] == op:
            take()
            right = operand()
            value = value if truthy(value) == (op == "||") else right
        return value

    def both():
        return joined(compared, "&&")

    def either():
        return joined(both, "||")

    result = either()
    take("")
    # A job's or step's `if:` without a status function is read as `success() && (…)`.
    if not re.search(r"\b(always|success|failure|cancelled)\(", condition):
        result = job_status == "success" and truthy(result)
    return truthy(result)


def comment_event(body: str = "/extend 30", labels=("posting-expiry",), user_type: str = "User",
                  pull_request: bool = False) -> dict:
    issue = {"number": 7, "labels": [{"name": name} for name in labels]}
    if pull_request:
        issue["pull_request"] = {"url": "https://api.github.com/repos/o/r/pulls/7"}
    return {"github": {"event": {"issue": issue, "comment": {"body": body, "user": {"type": user_type}}}}}


def test_the_expression_reader_reads_github_s_rules() -> None:
    """The reader below is itself checked against the documented behaviour it stands in for."""
    assert github_if("contains(github.event.issue.labels.*.name, 'Posting-Expiry')", comment_event())
    assert not github_if("contains(github.event.issue.labels.*.name, 'posting')", comment_event())
    assert github_if("contains(github.event.comment.body, '/EXTEND')", comment_event())
    assert github_if("!github.event.issue.pull_request", comment_event())
    assert not github_if("!github.event.issue.pull_request", comment_event(pull_request=True))
    assert github_if("github.event.comment.user.type != 'bot'", comment_event()) is True
    assert github_if("true || false && false", {}) and not github_if("(true || false) && false", {})
    assert not github_if("github.x == 'a'", {}, job_status="failure")
    assert github_if("always() && github.x == null", {}, job_status="failure")
    assert github_if("failure()", {}, job_status="failure") and not github_if("failure()", {})


def test_answer_starts_only_for_a_person_s_command_on_a_reminder_issue() -> None:
    """answer.yml's job has write rights: its condition must hold for /extend or /filled written by a person on an
    issue remind labelled, and fail as soon as any one of those is not so (each part alone, not just their
    presence: `||` for one `&&` starts it for any comment that mentions a command)."""
    condition = load(REPO / ".github/workflows/answer.yml")["jobs"]["answer"]["if"]
    assert github_if(condition, comment_event("/extend 30"))
    assert github_if(condition, comment_event("Filled, thanks!\n\n/filled"))
    for refused in (comment_event(pull_request=True), comment_event(user_type="Bot"),
                    comment_event(labels=()), comment_event(labels=("bug",)), comment_event("Thanks, extended it"),
                    comment_event("/filled", labels=("bug",), user_type="Bot"),
                    comment_event("/extend", labels=(), pull_request=True)):
        assert not github_if(condition, refused), refused


def test_the_pull_request_comment_runs_only_after_a_successful_pull_request_check() -> None:
    condition = load(REPO / ".github/workflows/pr-comment.yml")["jobs"]["comment"]["if"]

    def run(event: str, conclusion: str) -> dict:
        return {"github": {"event": {"workflow_run": {"event": event, "conclusion": conclusion}}}}

    assert github_if(condition, run("pull_request", "success"))
    for event, conclusion in (("push", "success"), ("pull_request", "failure"), ("pull_request_target", "success"),
                              ("pull_request", "cancelled")):
        assert not github_if(condition, run(event, conclusion)), (event, conclusion)


@pytest.mark.parametrize("name", ["announce.yml", "links.yml"])
def test_the_state_is_saved_whenever_it_was_read_even_after_a_failed_step(name: str) -> None:
    """The save step runs after a failed announce or check (what was sent must not be sent again), but not
    when the state itself could not be read (nothing to save, and a push would lose the branch's)."""
    [save] = [step for step in steps(load(REPO / ".github/workflows" / name)) if "steps.state.outcome" in
              step.get("if", "")]
    for job_status in ("success", "failure"):
        assert github_if(save["if"], {"steps": {"state": {"outcome": "success"}}}, job_status)
        for outcome in ("failure", "skipped", "cancelled"):
            assert not github_if(save["if"], {"steps": {"state": {"outcome": outcome}}}, job_status), outcome


def test_the_unsaved_announce_state_is_kept_only_when_saving_it_failed() -> None:
    [keep] = [step for step in steps(load(REPO / ".github/workflows/announce.yml"))
              if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert github_if(keep["if"], {"steps": {"save": {"outcome": "failure"}}}, "failure")
    assert not github_if(keep["if"], {"steps": {"save": {"outcome": "success"}}}, "failure")
    assert not github_if(keep["if"], {"steps": {"save": {"outcome": "failure"}}}, "success")
