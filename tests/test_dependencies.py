"""pyproject.toml bounds every dependency below its next major version, and this machine runs within them."""
from __future__ import annotations

import tomllib
from importlib import metadata

import pytest
from packaging.requirements import Requirement  # pytest's own dependency

from .conftest import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
REQUIREMENTS = [Requirement(text) for text in (*PROJECT["dependencies"],
                                               *PROJECT["optional-dependencies"]["test"])]
UNBOUNDED = {"pycountry"}  # versioned by the date of its ISO data, not by compatibility


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=str)
def test_every_dependency_has_an_upper_bound_and_is_met(requirement: Requirement) -> None:
    uppers = [spec for spec in requirement.specifier if spec.operator in ("<", "<=", "~=", "==")]
    assert bool(uppers) != (requirement.name in UNBOUNDED), f"{requirement}: bound it below its next major"
    installed = metadata.version(requirement.name)
    assert requirement.specifier.contains(installed, prereleases=True), f"{requirement.name} {installed}"

