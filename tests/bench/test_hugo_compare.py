"""bench/hugo_compare.py's reading of a real `jobsite build --verbose`: wall and CPU seconds for every stage."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from ..conftest import basic_tree, write_tree

REPO = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("hugo_compare", REPO / "bench" / "hugo_compare.py")
hugo_compare = importlib.util.module_from_spec(SPEC)
sys.modules["hugo_compare"] = hugo_compare  # its dataclasses look their module up by name
SPEC.loader.exec_module(hugo_compare)


def test_a_build_is_read_with_its_cpu_seconds_per_stage(tmp_path: Path) -> None:
    write_tree(tmp_path / "content", basic_tree())
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795780800", "PYTHONPATH": str(REPO)}
    run = hugo_compare.measure([sys.executable, "-m", "generator.cli", "build", "--content", str(tmp_path / "content"),
                                "--output", str(tmp_path / "out"), "--verbose"], env, cwd=tmp_path)
    wanted = {"cache load", "load", "model", "render", "write", "cache save"}
    assert wanted <= set(run.stages) and set(run.cpu) == set(run.stages), (run.stages, run.cpu)
    assert sum(run.cpu.values()) > 0 and run.seconds > 0
