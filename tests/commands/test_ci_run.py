""".ci/run on a bare machine, with apt-get, pip and python replaced by stubs that record how they were called."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO

STUB = '#!/bin/bash\necho "$(basename "$0") HYPOTHESIS_PROFILE=${HYPOTHESIS_PROFILE:-} $*" >> "$CALLS"\n'


def run_ci(tmp_path: Path, present: tuple[str, ...]) -> list[str]:
    """Run .ci/run with only `present` (and the stubs) on PATH; return the recorded calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("apt-get", "pip", "python", *present):
        (bin_dir / tool).write_text(STUB)
        (bin_dir / tool).chmod(0o755)
    os.symlink(shutil.which("dirname"), bin_dir / "dirname")
    os.symlink(shutil.which("basename"), bin_dir / "basename")
    calls = tmp_path / "calls"
    env = {"PATH": str(bin_dir), "CALLS": str(calls), "HOME": str(tmp_path)}
    subprocess.run(["/bin/bash", str(REPO / ".ci/run")], env=env, check=True, timeout=60)
    return calls.read_text().splitlines()


def test_a_bare_machine_gets_curl_git_java_and_jq(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, present=())
    install = next(c for c in calls if c.startswith("apt-get HYPOTHESIS_PROFILE= install"))
    packages = install.split("--no-install-recommends ")[1].split()
    assert {"curl", "git", "default-jre-headless", "jq"} <= set(packages)
    assert ("chromium" in packages) != Path("/usr/bin/chromium").exists()
    assert calls[0] == "apt-get HYPOTHESIS_PROFILE= update"


def test_ci_runs_the_full_hypothesis_count_and_installs_nothing_present(tmp_path: Path) -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium, which .ci/run checks at that path")
    calls = run_ci(tmp_path, present=("java", "curl", "git", "jq"))
    assert calls == ["pip HYPOTHESIS_PROFILE=ci install -e .[test]", "python HYPOTHESIS_PROFILE=ci -m pytest"]
