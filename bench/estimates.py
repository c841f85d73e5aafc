"""Measure the compensation estimator on survey rows it was not derived from.

Run ``python bench/estimates.py`` (add ``--tune`` to compare derivation settings). The shared survey CSV is split
deterministically by a hash of each row's index into train (80 %) and validation (20 %); the benchmark table is
derived from train exactly as ``python -m tools.derive_compensation`` does (rendered to YAML and parsed back),
and every validation row is estimated through ``estimate()`` with its title and country and, as the survey's
titles carry no seniority words, its experience level as the seniority override (EN junior, MI mid, SE senior,
EX director). Reported: median absolute percentage error of the estimate's median against the actual salary,
overall and outside the US, and how often the actual salary falls inside the estimate's min-max range — next
to two baselines, one global median and the median by experience level, with their own p25-p75 as the range.
Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import pathlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Run as a script from anywhere: make the repository's `generator` package importable.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from generator.model.compensation import estimate, parse_benchmarks
from tools.derive_compensation import (
    DEFAULT_CSV,
    Settings,
    SurveyRow,
    derive,
    percentile,
    read_survey,
    render_yaml,
)

VALIDATION_SHARE = 5  # one row in five is held out
TARGETS = {"overall": 0.25, "non-US": 0.30, "coverage": (0.45, 0.55)}


@dataclass(frozen=True)
class Prediction:
    """A predicted band for one validation row."""

    low: float
    median: float
    high: float


@dataclass(frozen=True)
class Scores:
    """Accuracy of one method on the validation rows."""

    name: str
    mdape: float
    mdape_non_us: float
    coverage: float
    coverage_non_us: float


def is_validation(index: int, salt: str = "") -> bool:
    """Return whether a row (by its 0-based index in the CSV) belongs to validation; stable across runs."""
    digest = hashlib.sha256(f"{salt}{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % VALIDATION_SHARE == 0


def split(rows: Sequence[SurveyRow], salt: str = "") -> tuple[list[SurveyRow], list[SurveyRow]]:
    """Split rows into (train, validation) by hash of row index (a salt gives another, equally fixed split)."""
    train, validation = [], []
    for index, row in enumerate(rows):
        (validation if is_validation(index, salt) else train).append(row)
    return train, validation


def score(name: str, rows: Sequence[SurveyRow], predictions: Sequence[Prediction]) -> Scores:
    """Compute MdAPE of the median and range coverage, overall and outside the US."""
    errors = [abs(p.median - r.usd) / r.usd for r, p in zip(rows, predictions, strict=True)]
    inside = [p.low <= r.usd <= p.high for r, p in zip(rows, predictions, strict=True)]
    abroad = [i for i, r in enumerate(rows) if r.country != "US"]
    return Scores(
        name=name,
        mdape=statistics.median(errors),
        mdape_non_us=statistics.median(errors[i] for i in abroad),
        coverage=sum(inside) / len(inside),
        coverage_non_us=sum(inside[i] for i in abroad) / len(abroad),
    )


def band(values: Sequence[float]) -> Prediction:
    """Return the p25 / p50 / p75 band of some salaries."""
    ordered = sorted(values)
    return Prediction(percentile(ordered, 0.25), percentile(ordered, 0.5), percentile(ordered, 0.75))


def global_baseline(train: Sequence[SurveyRow]) -> Callable[[SurveyRow], Prediction]:
    """Predict every row with the training set's overall quartiles."""
    overall = band([row.usd for row in train])
    return lambda row: overall


def level_baseline(train: Sequence[SurveyRow]) -> Callable[[SurveyRow], Prediction]:
    """Predict every row with the quartiles of its experience level."""
    bands = {level: band([r.usd for r in train if r.level == level]) for level in {r.level for r in train}}
    return lambda row: bands[row.level]


def estimator(train: Sequence[SurveyRow], settings: Settings) -> Callable[[SurveyRow], Prediction]:
    """Derive benchmarks from train through the YAML file format and predict with estimate()."""
    text = render_yaml(derive(train, settings), settings=settings, date="bench", csv_name="train split",
                       csv_sha256="-", rows_read=len(train))
    bench = parse_benchmarks(text)

    def predict(row: SurveyRow) -> Prediction:
        est = estimate(bench, title=row.title, seniority=row.level, country=row.country,
                       employment_type=row.employment)
        return Prediction(est.min, est.median, est.max)
    return predict


def predict_all(predict: Callable[[SurveyRow], Prediction], rows: Sequence[SurveyRow]) -> list[Prediction]:
    """Predict every validation row once."""
    return [predict(row) for row in rows]


def subset(rows: Sequence[SurveyRow], predictions: Sequence[Prediction], keep: Callable[[SurveyRow], bool]):
    """Return the rows and predictions that `keep` selects, still paired."""
    pairs = [(row, p) for row, p in zip(rows, predictions, strict=True) if keep(row)]
    return [row for row, _ in pairs], [p for _, p in pairs]


def print_table(title: str, results: Sequence[Scores]) -> None:
    """Print scores as an aligned table, with the targets underneath."""
    width = max(len(s.name) for s in results) + 2
    print(f"\n{title}")
    header = f"{'method':{width}} {'MdAPE':>7} {'MdAPE non-US':>13} {'in range':>9} {'in range non-US':>16}"
    print(header)
    print("-" * len(header))
    for s in results:
        print(f"{s.name:{width}} {s.mdape:7.1%} {s.mdape_non_us:13.1%} {s.coverage:9.1%} {s.coverage_non_us:16.1%}")
    low, high = TARGETS["coverage"]
    print(f"{'target':{width}} {'<= 25%':>7} {'<= 30%':>13} {f'{low:.0%}-{high:.0%}':>9}")


def tuning_grid() -> list[Settings]:
    """Return the derivation settings compared by --tune: recency, cell size, fallback order, title factors."""
    grid = [
        Settings(min_year=year, min_rows=rows, region_first=first)
        for year in (2020, 2023, 2024) for rows in (10, 20, 30, 50) for first in (True, False)
    ]
    return grid + [Settings(titles=False)]


def describe(settings: Settings) -> str:
    """Name a settings variant briefly."""
    order = "region factor first" if settings.region_first else "family factor first"
    titles = "" if settings.titles else ", no title factors"
    return f"years>={settings.min_year}, cells>={settings.min_rows} rows, {order}{titles}"


def score_split(rows: Sequence[SurveyRow], number: int) -> Scores:
    """Derive from another fixed split's train part and score the estimator on its validation part."""
    train, validation = split(rows, salt=f"{number}:")
    return score(f"split {number}", validation, predict_all(estimator(train, Settings()), validation))


def main(argv: Sequence[str] | None = None) -> int:
    """Print validation accuracy of the estimator and the baselines."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--csv", type=pathlib.Path, default=DEFAULT_CSV)
    parser.add_argument("--tune", action="store_true", help="also compare derivation settings (about 30 s)")
    parser.add_argument("--splits", type=int, default=0, help="also score N other fixed splits, for the spread")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = read_survey(args.csv)
    train, validation = split(rows)
    abroad = sum(row.country != "US" for row in validation)
    print(f"survey rows {len(train) + len(validation):,}: train {len(train):,}, validation {len(validation):,}"
          f" ({abroad:,} outside the US)")
    methods = {
        "baseline: one global median": global_baseline(train),
        "baseline: median by experience level": level_baseline(train),
        f"estimator ({describe(Settings())})": estimator(train, Settings()),
    }
    predictions = {name: predict_all(predict, validation) for name, predict in methods.items()}
    print_table("Validation, all rows (range = min-max of the estimate; p25-p75 for the baselines)",
                [score(name, validation, predicted) for name, predicted in predictions.items()])
    recent = {name: subset(validation, predicted, lambda row: row.year >= 2024)
              for name, predicted in predictions.items()}
    print_table(f"Validation, rows from 2024-2025 only ({len(next(iter(recent.values()))[0]):,})",
                [score(name, *pair) for name, pair in recent.items()])
    if args.tune:
        print_table("Derivation settings (validation, all rows)",
                    [score(describe(s), validation, predict_all(estimator(train, s), validation))
                     for s in tuning_grid()])
    if args.splits:
        print_table("Estimator on other train/validation splits (hash salted with the split number)",
                    [score_split(rows, n) for n in range(1, args.splits + 1)])
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
