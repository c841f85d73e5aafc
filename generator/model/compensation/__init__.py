"""Compensation estimates for postings that state no salary: seniority, role family, region, benchmarks.

Pipeline: ``tools/derive_compensation.py`` turns the aijobs.net survey into content/data/compensation.yaml (committed);
``load_benchmarks`` reads it; ``estimate`` combines a posting's title, location, stage, category and
employment type with it into an ``Estimate`` whose ``reasoning`` is shown on the posting page.
"""

from ...base.money import currency_for_country, format_amount, format_range
from ...load.benchmarks import Benchmarks, parse_benchmarks
from .benchmarks import check_complete, load_benchmarks
from .estimator import Estimate, LocalAmount, estimate, format_estimate, format_reasoning, round_amount
from .families import FAMILY_LABELS, infer_family
from .jsonl import estimate_jsonl
from .regions import REGION_LABELS, region_for_country, region_for_eligibility
from .seniority import LEVELS, infer_seniority

__all__ = [
    "Benchmarks", "Estimate", "FAMILY_LABELS", "LEVELS", "LocalAmount", "REGION_LABELS", "currency_for_country",
    "estimate", "estimate_jsonl", "format_estimate", "format_amount", "format_range", "format_reasoning",
    "check_complete", "infer_family", "infer_seniority", "load_benchmarks", "parse_benchmarks", "region_for_country",
    "region_for_eligibility", "round_amount",
]
