"""Lever Postings API: `GET /v0/postings/SITE?mode=json` (github.com/lever/postings-api).

Answer: a bare list of {id, text, hostedUrl, applyUrl, createdAt (ms since 1970), country, workplaceType
(on-site | remote | hybrid | unspecified), categories: {location, allLocations, commitment, team}, salaryRange?:
{min, max, currency, interval}, description (HTML), lists: [{text, content: "<li>…</li>"}], additional (HTML)}.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any
from urllib.parse import quote

from .jobs import Job, Salary, Source, employment_from_text, malformed, required_text, salary_of, text_of

ENV = "JOBSITE_LEVER_API"
DEFAULT_BASE = "https://api.lever.co"
WORKPLACES = {"on-site": "onsite", "onsite": "onsite", "remote": "remote", "hybrid": "hybrid"}
INTERVALS = {"per-year-salary": "year", "per-month-salary": "month", "per-week-salary": "week",
             "per-day-wage": "day", "per-hour-wage": "hour"}


def board_url(base: str, board: str) -> str:
    return f"{base}/v0/postings/{quote(board, safe='')}?mode=json"


def read_jobs(source: Source, data: Any) -> list[Job]:
    if not isinstance(data, list):
        raise malformed(source, "not a list of postings")
    return [_job(source, item, i) for i, item in enumerate(data)]


def _job(source: Source, item: Any, index: int) -> Job:
    if not isinstance(item, dict):
        raise malformed(source, f"posting {index + 1} is not an object")
    categories = item.get("categories") if isinstance(item.get("categories"), dict) else {}
    title = required_text(source, item, "text", index)
    return Job(
        id=required_text(source, item, "id", index), title=title, url=required_text(source, item, "hostedUrl", index),
        apply_page=text_of(item.get("applyUrl")) or None, posted=_millis(item.get("createdAt")), updated=None,
        employment_type=employment_from_text(text_of(categories.get("commitment"))),
        workplace=WORKPLACES.get(text_of(item.get("workplaceType")).lower()),
        locations=_locations(categories), country=text_of(item.get("country")).upper() or None,
        salary=_salary(item.get("salaryRange")), description_html=_description(item),
    )


def _millis(value: Any) -> dt.date | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _locations(categories: dict) -> tuple[str, ...]:
    every = categories.get("allLocations")
    if isinstance(every, list) and (texts := tuple(t for v in every if (t := text_of(v)))):
        return texts
    return (location,) if (location := text_of(categories.get("location"))) else ()


def _salary(value: Any) -> Salary | None:
    if not isinstance(value, dict):
        return None
    return salary_of(value.get("min"), value.get("max"), value.get("currency"),
                     INTERVALS.get(text_of(value.get("interval"))))


def _description(item: dict) -> str:
    """The opening and body, each extra list under its heading, then the closing text."""
    parts = [text_of(item.get("description"))]
    for extra in item.get("lists") if isinstance(item.get("lists"), list) else ():
        if isinstance(extra, dict) and text_of(extra.get("content")):
            parts.append(f"<h3>{html.escape(text_of(extra.get('text')))}</h3><ul>{text_of(extra['content'])}</ul>")
    parts.append(text_of(item.get("additional")))
    return "\n".join(p for p in parts if p)
