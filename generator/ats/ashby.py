"""Ashby Job Postings API: `GET /posting-api/job-board/BOARD?includeCompensation=true`
(developers.ashbyhq.com/docs/public-job-posting-api).

Answer: {"apiVersion": "1", "jobs": [{id, title, location, secondaryLocations: [{location, address}],
employmentType (FullTime | PartTime | Intern | Contract | Temporary), workplaceType (OnSite | Remote | Hybrid),
isRemote, isListed, publishedAt, jobUrl, applyUrl, descriptionHtml, address: {postalAddress: {addressLocality,
addressRegion, addressCountry}}, compensation: {summaryComponents: [{compensationType, interval ("1 YEAR"),
currencyCode, minValue, maxValue}]}}]}. Unlisted jobs (isListed false) are not imported.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .jobs import Job, Salary, Source, iso_date, malformed, required_text, salary_of, text_of

ENV = "JOBSITE_ASHBY_API"
DEFAULT_BASE = "https://api.ashbyhq.com"
EMPLOYMENT = {"FullTime": "full-time", "PartTime": "part-time", "Intern": "internship", "Contract": "contract",
              "Temporary": "temporary"}
WORKPLACES = {"OnSite": "onsite", "Remote": "remote", "Hybrid": "hybrid"}
INTERVALS = {"1 YEAR": "year", "1 MONTH": "month", "1 WEEK": "week", "1 DAY": "day", "1 HOUR": "hour"}


def board_url(base: str, board: str) -> str:
    return f"{base}/posting-api/job-board/{quote(board, safe='')}?includeCompensation=true"


def read_jobs(source: Source, data: Any) -> list[Job]:
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise malformed(source, "no 'jobs' list")
    return [_job(source, item, i) for i, item in enumerate(jobs)
            if not (isinstance(item, dict) and item.get("isListed") is False)]


def _job(source: Source, item: Any, index: int) -> Job:
    if not isinstance(item, dict):
        raise malformed(source, f"job {index + 1} is not an object")
    workplace = WORKPLACES.get(text_of(item.get("workplaceType"))) or ("remote" if item.get("isRemote") is True
                                                                       else None)
    return Job(
        id=required_text(source, item, "id", index), title=required_text(source, item, "title", index),
        url=required_text(source, item, "jobUrl", index), apply_page=text_of(item.get("applyUrl")) or None,
        posted=iso_date(item.get("publishedAt")), updated=None,
        employment_type=EMPLOYMENT.get(text_of(item.get("employmentType"))), workplace=workplace,
        locations=_locations(item, workplace == "remote"), country=None,
        salary=_salary(item.get("compensation")), description_html=text_of(item.get("descriptionHtml")),
    )


def _locations(item: dict, remote: bool) -> tuple[str, ...]:
    places = [(item.get("location"), item.get("address"))]
    for extra in item.get("secondaryLocations") if isinstance(item.get("secondaryLocations"), list) else ():
        if isinstance(extra, dict):
            places.append((extra.get("location"), extra.get("address")))
    return tuple(text for name, address in places if (text := _place_text(name, address, remote)))


def _place_text(name: Any, address: Any, remote: bool) -> str:
    """The structured address when it names a city ('Houston, Texas, USA'); a remote job's bare "Remote" with the
    address's country ('Remote - USA'); else the location's own text."""
    postal = address.get("postalAddress", address) if isinstance(address, dict) else {}
    postal = postal if isinstance(postal, dict) else {}
    city, region, country = (text_of(postal.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry"))
    if city and country:
        return ", ".join(p for p in (city, region, country) if p)
    if remote and country and text_of(name).lower() in ("", "remote"):  # "Remote - Europe" says more: keep it
        return f"Remote - {country}"
    return text_of(name)


def _salary(compensation: Any) -> Salary | None:
    components = compensation.get("summaryComponents") if isinstance(compensation, dict) else None
    for part in components if isinstance(components, list) else ():
        if isinstance(part, dict) and part.get("compensationType") == "Salary":
            return salary_of(part.get("minValue"), part.get("maxValue"), part.get("currencyCode"),
                             INTERVALS.get(text_of(part.get("interval"))))
    return None
