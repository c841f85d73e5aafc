"""Greenhouse Job Board API: `GET /v1/boards/BOARD/jobs?content=true` (developers.greenhouse.io/job-board.html).

Answer: {"jobs": [{id, title, absolute_url, updated_at, first_published, location: {name}, offices: [{name,
location}], content, pay_input_ranges?: [{min_cents, max_cents, currency_type, title}]}], "meta": {total}}.
`content` is the description's HTML with its entities escaped once more ("&lt;p&gt;"): unescaped here.
"""
from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from .jobs import Job, Salary, Source, iso_date, malformed, required_text, salary_of, text_of

ENV = "JOBSITE_GREENHOUSE_API"
DEFAULT_BASE = "https://boards-api.greenhouse.io"
# Pay ranges carry no period; an amount this small a year is an hourly rate.
HOURLY_BELOW = 1000


def board_url(base: str, board: str) -> str:
    return f"{base}/v1/boards/{quote(board, safe='')}/jobs?content=true"


def read_jobs(source: Source, data: Any) -> list[Job]:
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise malformed(source, "no 'jobs' list")
    return [_job(source, item, i) for i, item in enumerate(jobs)]


def _job(source: Source, item: Any, index: int) -> Job:
    if not isinstance(item, dict):
        raise malformed(source, f"job {index + 1} is not an object")
    return Job(
        id=required_text(source, item, "id", index), title=required_text(source, item, "title", index),
        url=required_text(source, item, "absolute_url", index), apply_page=None,
        posted=iso_date(item.get("first_published")), updated=iso_date(item.get("updated_at")),
        employment_type=None, workplace=None, locations=_locations(item), country=None,
        salary=_salary(item.get("pay_input_ranges")), description_html=html.unescape(text_of(item.get("content"))),
    )


def _locations(item: dict) -> tuple[str, ...]:
    location = item.get("location")
    name = text_of(location.get("name")) if isinstance(location, dict) else ""
    if name:
        return (name,)
    offices = item.get("offices") if isinstance(item.get("offices"), list) else []
    return tuple(text for o in offices if isinstance(o, dict) and (text := text_of(o.get("location")) or
                                                                   text_of(o.get("name"))))


def _salary(ranges: Any) -> Salary | None:
    """The span of the ranges in the first range's currency (boards list one range per pay zone)."""
    usable = [r for r in ranges if isinstance(r, dict)] if isinstance(ranges, list) else []
    if not usable:
        return None
    currency = usable[0].get("currency_type")
    cents = [v for r in usable if r.get("currency_type") == currency for v in (r.get("min_cents"), r.get("max_cents"))
             if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0]
    if not cents:
        return None
    low, high = min(cents) / 100, max(cents) / 100
    return salary_of(low, high, currency, "hour" if high < HOURLY_BELOW else "year")
