"""Load content/data/compensation.yaml into a frozen, read-only Benchmarks value."""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import yaml

from ..base.cache import text_key
from ..base.errors import ERROR, Problem
from .files import display_path

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses the ~80 KB table ~10x faster


@dataclass(frozen=True)
class Figure:
    """Quartiles of annual base salary in USD for one table cell, and how they were obtained."""

    p25: int
    p50: int
    p75: int
    rows: int
    basis: str  # cell | region-factor | family-factor | both-factors


@dataclass(frozen=True)
class Factor:
    """A measured multiplier and the rows it was measured on."""

    label: str
    value: float
    rows: int
    proxy: str | None = None


@dataclass(frozen=True)
class LevelRule:
    """How one seniority level reads the table: a survey level times a multiplier, per year or month."""

    base: str
    multiplier: float
    period: str
    rows: int | None


@dataclass(frozen=True)
class Adjustment:
    """A stage modifier, industry multiplier or employment factor, with the reason shown on the page."""

    label: str
    value: float
    note: str
    native_family: str | None = None


@dataclass(frozen=True)
class Benchmarks:
    """The derived benchmark table and every modifier the estimator applies."""

    attribution: str
    url: str
    snapshot: str
    derived: str
    table: Mapping[tuple[str, str, str], Figure]
    regions: Mapping[str, Factor]
    families: Mapping[str, Factor]
    titles: Mapping[str, Factor]
    levels: Mapping[str, LevelRule]
    stages: Mapping[str, Adjustment]
    categories: Mapping[str, Adjustment]
    employment_types: Mapping[str, Adjustment]
    fingerprint: bytes = field(default=b"", compare=False, repr=False)  # a hash of the table's text


def _frozen(mapping: dict) -> Mapping:
    """Wrap a dict read-only, so a shared Benchmarks cannot be changed by one caller under another."""
    return MappingProxyType(mapping)


def _table(data: dict[str, Any]) -> Mapping[tuple[str, str, str], Figure]:
    return _frozen({
        (family, level, region): Figure(int(c["p25"]), int(c["p50"]), int(c["p75"]), int(c["rows"]), c["basis"])
        for family, levels in data.items() for level, regions in levels.items() for region, c in regions.items()
    })


def _factors(data: dict[str, Any]) -> Mapping[str, Factor]:
    return _frozen({
        key: Factor(item["label"], float(item["factor"]), int(item["rows"]), item.get("proxy"))
        for key, item in data.items()
    })


def _levels(data: dict[str, Any]) -> Mapping[str, LevelRule]:
    return _frozen({
        key: LevelRule(item["base"], float(item["multiplier"]), item.get("period", "year"), item.get("rows"))
        for key, item in data.items()
    })


def _adjustments(data: dict[str, Any], value_key: str) -> Mapping[str, Adjustment]:
    return _frozen({
        key: Adjustment(item.get("label", key), float(item[value_key]), item["note"], item.get("native_family"))
        for key, item in data.items()
    })


def parse_benchmarks(text: str) -> Benchmarks:
    """Parse the benchmarks YAML text; raise ValueError naming a missing section or key."""
    data = yaml.load(text, Loader=_Loader)
    try:
        return Benchmarks(
            attribution=data["source"]["attribution"],
            url=data["source"]["url"],
            snapshot=str(data["source"]["snapshot"]),
            derived=str(data["source"]["derived"]),
            table=_table(data["table"]),
            regions=_factors(data["regions"]),
            families=_factors(data["families"]),
            titles=_frozen({
                title: Factor(title, float(t["factor"]), int(t["rows"])) for title, t in data["titles"].items()
            }),
            levels=_levels(data["levels"]),
            stages=_adjustments(data["stages"], "modifier"),
            categories=_adjustments(data["categories"], "multiplier"),
            employment_types=_adjustments(data["employment_types"], "factor"),
            fingerprint=text_key(text),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"compensation benchmarks: missing or malformed entry {error}") from error


def load_benchmarks(path: pathlib.Path) -> Benchmarks:
    """Read content/data/compensation.yaml."""
    try:
        return parse_benchmarks(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error


COMPENSATION_TABLE = pathlib.Path("data") / "compensation.yaml"


def load_compensation_table(content_dir: pathlib.Path, problems: list[Problem]) -> tuple[Benchmarks | None, bytes]:
    """Read content/data/compensation.yaml and a key of its bytes; without it postings show no estimate."""
    path = content_dir / COMPENSATION_TABLE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, b""
    except (OSError, ValueError) as exc:
        problems.append(_table_problem(path, exc))
        return None, b""
    try:
        return parse_benchmarks(text), text_key(text)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        problems.append(_table_problem(path, ValueError(f"{path}: {exc}")))
        return None, b""


def _table_problem(path: pathlib.Path, exc: Exception) -> Problem:
    return Problem(display_path(path), 1, 1, ERROR, f"compensation table cannot be read: {exc}; "
                   "regenerate it with python -m tools.derive_compensation")
