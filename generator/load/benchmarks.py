"""Load content/data/compensation.yaml into a frozen, read-only Benchmarks value.

Reading and parsing are here (load/); whether the table answers every lookup the estimator makes is the
model's rule (model/compensation/benchmarks.py `check_complete`, applied by build_model)."""

from __future__ import annotations

import pathlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import yaml

from ..base.cache import text_key
from ..base.errors import ERROR, Problem
from .files import display_path, linked_folder, read_text, report_anchor

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
    source: str = field(default="content/data/compensation.yaml", compare=False, repr=False)  # for problems


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


BASES = ("cell", "region-factor", "family-factor", "both-factors")
PERIODS = ("year", "month")


def parse_benchmarks(text: str) -> Benchmarks:
    """Parse the benchmarks YAML text; raise ValueError naming the first missing or malformed section or entry,
    so a damaged table is one content error, never a KeyError in the middle of a build."""
    data = yaml.load(text, Loader=_Loader)
    if not isinstance(data, dict):
        raise ValueError("compensation benchmarks: expected sections such as 'source' and 'table'")
    source = _section(data, "source", lambda s: {k: s[k] for k in ("attribution", "url", "snapshot", "derived")})
    bench = Benchmarks(
        attribution=source["attribution"],
        url=source["url"],
        snapshot=str(source["snapshot"]),
        derived=str(source["derived"]),
        table=_section(data, "table", _table),
        regions=_section(data, "regions", _factors),
        families=_section(data, "families", _factors),
        titles=_section(data, "titles", lambda titles: _frozen({
            title: Factor(title, float(t["factor"]), int(t["rows"])) for title, t in titles.items()
        })),
        levels=_section(data, "levels", _levels),
        stages=_section(data, "stages", lambda d: _adjustments(d, "modifier")),
        categories=_section(data, "categories", lambda d: _adjustments(d, "multiplier")),
        employment_types=_section(data, "employment_types", lambda d: _adjustments(d, "factor")),
        fingerprint=text_key(text),
    )
    return bench


def _section(data: dict[str, Any], name: str, parse: Callable[[Any], Any]) -> Any:
    if name not in data:
        raise ValueError(f"compensation benchmarks: missing or malformed entry {name!r}")
    if not isinstance(data[name], dict):
        raise ValueError(f"{name}: expected 'name: value' entries, got {type(data[name]).__name__}")
    try:
        return parse(data[name])
    except KeyError as error:
        raise ValueError(f"{name}: an entry lacks the key {error}") from None
    except (TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"{name}: malformed entry ({error})") from None


COMPENSATION_TABLE = pathlib.Path("data") / "compensation.yaml"


def load_compensation_table(content_dir: pathlib.Path, problems: list[Problem]) -> tuple[Benchmarks | None, bytes]:
    """Read content/data/compensation.yaml and a key of its bytes; without it postings show no estimate.

    The table is content (a pull request can change it): it goes through the same reader as every content file
    (no symlinks, a size limit, UTF-8, no YAML anchors) and its shape is checked before any estimate uses it."""
    path = content_dir / COMPENSATION_TABLE
    if linked_folder(path.parent, problems) or not path.exists() and not path.is_symlink():
        return None, b""
    text = read_text(path, problems)
    if text is None or report_anchor(text, path, 0, problems):
        return None, b""
    try:
        return replace(parse_benchmarks(text), source=display_path(path)), text_key(text)
    except (ValueError, yaml.YAMLError) as exc:
        problems.append(table_problem(display_path(path), exc))
        return None, b""


def table_problem(path: str, exc: Exception) -> Problem:
    """The one problem a table that cannot serve estimates gives: at the parser's place for a YAML syntax error
    (in one line, as for every content file), else at its first line."""
    mark = getattr(exc, "problem_mark", None)
    if isinstance(exc, yaml.MarkedYAMLError) and mark is not None:
        return Problem(path, mark.line + 1, mark.column + 1, ERROR, f"compensation table cannot be read: malformed "
                       f"YAML: {exc.problem}; regenerate it with python -m tools.derive_compensation")
    return Problem(path, 1, 1, ERROR, f"compensation table cannot be read: {exc}; "
                   "regenerate it with python -m tools.derive_compensation")
