"""The code passes ruff with the rules in pyproject.toml, so `python -m pytest` also lints."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINTED = ("generator", "tests", "bench", "tools")


def ruff_command() -> list[str]:
    """ruff from the test extras: its console script, else the module (same wheel)."""
    exe = shutil.which("ruff")
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def test_ruff_finds_nothing() -> None:
    done = subprocess.run([*ruff_command(), "check", "--no-cache", "--output-format", "concise", *LINTED],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"ruff found problems (fix them, or `ruff check --fix`):\n{done.stdout}{done.stderr}"


def test_ruff_is_configured_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[tool.ruff.lint]" in text and 'select = ["E", "W", "F", "I", "B", "UP", "BLE", "N", "A", "RUF100"]' in text


def test_a_noqa_marker_names_a_rule_that_runs(tmp_path: Path) -> None:
    # RUF100: a marker for a rule ruff never runs (the ANN* ones this code base had) is itself a finding.
    stale = tmp_path / "stale.py"
    stale.write_text("def f(x) -> None:  # noqa: ANN001\n    return None\n", encoding="utf-8")
    done = subprocess.run([*ruff_command(), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
                           str(stale)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "RUF100" in done.stdout


def test_ruff_reports_a_planted_problem(tmp_path: Path) -> None:
    # Guards the test above against passing vacuously (a ruff that checks nothing, a wrong config path).
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n", encoding="utf-8")
    done = subprocess.run([*ruff_command(), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
                           str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "F401" in done.stdout
