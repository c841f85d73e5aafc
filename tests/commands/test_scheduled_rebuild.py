"""The daily rebuild: a GitHub Actions workflow that calls a Netlify build hook, run here with bash and curl
against a local server standing in for Netlify."""
from __future__ import annotations

import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml

from ..conftest import REPO

WORKFLOW = REPO / ".github/workflows/scheduled-rebuild.yml"


def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the bare key `on` as true
    return data


def rebuild_step() -> dict:
    [step] = load_workflow()["jobs"]["rebuild"]["steps"]
    return step


def run_step(hook: str | None) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"]}
    if hook is not None:
        env["NETLIFY_BUILD_HOOK"] = hook
    return subprocess.run(["bash", "-eo", "pipefail", "-c", rebuild_step()["run"]], env=env, capture_output=True,
                          text=True, timeout=60)


def test_runs_daily_after_postings_close_and_on_demand() -> None:
    triggers = load_workflow()["on"]
    [schedule] = triggers["schedule"]
    minute, hour, *days = schedule["cron"].split()
    assert days == ["*", "*", "*"] and int(hour) == 12 and int(minute) < 60  # daily, just after 12:00 UTC
    assert "workflow_dispatch" in triggers
    assert rebuild_step()["env"] == {"NETLIFY_BUILD_HOOK": "${{ secrets.NETLIFY_BUILD_HOOK }}"}


def test_a_missing_secret_fails_with_a_message_naming_it() -> None:
    result = run_step("")
    assert result.returncode == 1
    assert "::error title=NETLIFY_BUILD_HOOK is not set::" in result.stdout
    assert run_step(None).returncode == 1


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.server.calls.append((self.path, self.rfile.read(length)))
        self.send_response(self.server.statuses.pop(0) if self.server.statuses else self.server.status)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def hook_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    server.calls, server.status, server.statuses = [], 200, []
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()


def test_posts_to_the_build_hook(hook_server) -> None:
    url = f"http://127.0.0.1:{hook_server.server_address[1]}/build_hooks/abc123"
    result = run_step(url)
    assert result.returncode == 0, result.stderr
    assert hook_server.calls == [("/build_hooks/abc123?trigger_title=Scheduled+daily+rebuild", b"{}")]


def test_a_refused_hook_fails_the_run(hook_server) -> None:
    hook_server.status = 404  # a deleted hook; curl retries only transient errors, so this fails at once
    result = run_step(f"http://127.0.0.1:{hook_server.server_address[1]}/build_hooks/gone")
    assert result.returncode != 0 and "404" in result.stderr


def test_readme_explains_the_setup() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Scheduled rebuilds", 1)[1]
    assert "NETLIFY_BUILD_HOOK" in section and "scheduled-rebuild.yml" in section and "Build hooks" in section


def test_a_transient_failure_of_netlify_is_tried_again(hook_server) -> None:
    """A 503 from Netlify (a deploy of its own, an outage of a minute) would otherwise leave closed roles listed
    until the next day's run: curl tries again, and the run succeeds when the hook answers."""
    hook_server.statuses = [503]
    result = run_step(f"http://127.0.0.1:{hook_server.server_address[1]}/build_hooks/abc123")
    assert result.returncode == 0, result.stderr
    assert [path for path, _ in hook_server.calls] == ["/build_hooks/abc123?trigger_title=Scheduled+daily+rebuild"] * 2
