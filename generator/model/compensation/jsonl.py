"""Estimate many postings at once: one JSON object per line in, one per line out (`jobsite estimate --jsonl`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ...load.benchmarks import Benchmarks
from .estimator import Estimate, estimate

_FIELDS = ("title", "seniority", "country", "stage", "category", "employment_type")


def parse_request(line: str) -> dict[str, str]:
    """Parse one input line into estimate() keyword arguments; raise ValueError saying what is wrong."""
    try:
        record: Any = json.loads(line.rstrip("\r\n"))  # a line from stdin keeps its newline
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with at least 'title'")
    unknown = sorted(set(record) - set(_FIELDS))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (expected: {', '.join(_FIELDS)})")
    if not isinstance(record.get("title"), str) or not record["title"].strip():
        raise ValueError("'title' must be a non-empty string")
    for key, value in record.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key!r} must be a string or null")
    return {key: value for key, value in record.items() if value is not None}


def result_record(est: Estimate) -> dict[str, Any]:
    """Return the output object for one estimate: USD figures, plus the local currency when known."""
    record: dict[str, Any] = {
        "min": est.min, "median": est.median, "max": est.max, "currency": est.currency, "period": est.period,
        "seniority": est.seniority, "family": est.family, "region": est.region, "rows": est.rows,
    }
    if est.local is not None:
        record.update(local_currency=est.local.currency, local_min=est.local.min, local_max=est.local.max)
    return record


def estimate_line(line: str, bench: Benchmarks) -> dict[str, Any]:
    """Estimate one input line, or describe why it cannot be estimated."""
    try:
        return result_record(estimate(bench, **parse_request(line)))
    except ValueError as error:
        return {"error": str(error)}


def estimate_jsonl(lines: Iterable[str], bench: Benchmarks) -> Iterator[str]:
    """Yield one JSON line (without newline) per input line, in order; a bad line yields {"error": ...}."""
    for line in lines:
        yield json.dumps(estimate_line(line, bench), ensure_ascii=False)
