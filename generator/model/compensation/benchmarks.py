"""Whether the compensation table (load/benchmarks.py) answers every lookup the estimator can make."""
from __future__ import annotations

import pathlib

import yaml

from ...load.benchmarks import BASES, PERIODS, Benchmarks, parse_benchmarks
from ...load.schema import EMPLOYMENT_TYPES, STAGES
from .families import FAMILY_LABELS
from .regions import REGION_LABELS
from .seniority import LEVELS


def check_complete(bench: Benchmarks) -> None:
    """Raise ValueError for the first lookup the estimator could make that the table cannot answer."""
    needs = (("regions", bench.regions, REGION_LABELS, "factor for"),
             ("families", bench.families, FAMILY_LABELS, "factor for"),
             ("levels", bench.levels, LEVELS, "rule for the level"),
             ("stages", bench.stages, STAGES, "modifier for"),
             ("employment_types", bench.employment_types, EMPLOYMENT_TYPES, "factor for"))
    for section, have, wanted, what in needs:
        if missing := [key for key in wanted if key not in have]:
            raise ValueError(f"{section}: no {what} {missing[0]!r}")
    for level, rule in bench.levels.items():
        if rule.period not in PERIODS:
            raise ValueError(f"levels: period of {level!r} must be year or month")
    for family in FAMILY_LABELS:
        for rule in bench.levels.values():
            for region in REGION_LABELS:
                figure = bench.table.get((family, rule.base, region))
                if figure is None:
                    raise ValueError(f"table: no figure for {family} / {rule.base} / {region}")
                if figure.basis not in BASES:
                    raise ValueError(f"table: basis of {family} / {rule.base} / {region} must be one of "
                                     f"{', '.join(BASES)}")


def load_benchmarks(path: pathlib.Path) -> Benchmarks:
    """Read content/data/compensation.yaml and check it is complete."""
    try:
        bench = parse_benchmarks(path.read_text(encoding="utf-8"))
        check_complete(bench)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error
    except yaml.YAMLError as error:  # `jobsite estimate` reads the table itself: one line, not PyYAML's four
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ValueError(f"{path}{where}: malformed YAML ({getattr(error, 'problem', None) or 'unreadable'})") \
            from None
    return bench
