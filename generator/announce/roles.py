"""The open roles of a built site, read from its jobs.json (a folder on disk or a deployed site's URL)."""
from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base.addresses import JOBS_JSON_PATH, file_url
from ..render.format import OFFER_LABELS, WORKPLACE_LABELS

FETCH_TIMEOUT = 30  # seconds; a deployed site answers in well under one


class AnnounceError(Exception):
    """A problem that stops the whole run before anything is sent: unreadable site, unusable state file."""


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    telegram: str | None


@dataclass(frozen=True)
class Board:
    name: str
    url: str  # the board's home page, with a trailing slash
    categories: tuple[Category, ...]


@dataclass(frozen=True)
class Role:
    id: str  # the posting's tag URI, the same in every feed
    title: str
    company: str
    url: str
    place: str
    workplace: str  # as visitors read it: "Remote", "On-site", "Hybrid"
    pay: str | None
    pay_estimated: bool
    category_id: str
    category: str
    posted: dt.date
    closes: dt.datetime | None
    offers: str = ""  # "Time zones UTC−8 to UTC−3 · Visa sponsorship · Relocation", as the role's feed item says


def is_url(site: str) -> bool:
    return site.startswith(("http://", "https://"))


def read_jobs_json(site: str) -> tuple[str, bytes]:
    """The bytes of the site's jobs.json and where they came from, for messages."""
    if is_url(site):
        where = site.rstrip("/") + file_url(JOBS_JSON_PATH)
        try:
            with urllib.request.urlopen(where, timeout=FETCH_TIMEOUT) as response:
                return where, response.read()
        except urllib.error.HTTPError as exc:
            raise AnnounceError(f"{where}: HTTP {exc.code} {exc.reason}; is the site deployed?") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise AnnounceError(f"{where}: cannot fetch it ({getattr(exc, 'reason', exc)})") from None
    path = Path(site) / JOBS_JSON_PATH
    try:
        return str(path), path.read_bytes()
    except OSError as exc:
        raise AnnounceError(f"{path}: {exc.strerror}; build the site first (jobsite build)") from None


def load_roles(site: str, now: dt.datetime) -> tuple[Board, tuple[Role, ...]]:
    """The board and its roles still open at `now` (a role can close between a build and this run)."""
    where, data = read_jobs_json(site)
    try:
        doc = json.loads(data)
        categories = tuple(Category(c["id"], c["label"], c.get("telegram")) for c in doc["x-categories"])
        board = Board(doc["company"]["name"], doc["company"]["url"], categories)
        roles = tuple(_role(job) for job in doc["jobs"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise AnnounceError(f"{where}: not a jobs.json written by jobsite ({type(exc).__name__}: {exc}); "
                            "rebuild the site with this version of jobsite") from None
    return board, tuple(r for r in roles if r.closes is None or now < r.closes)


def _role(job: dict[str, Any]) -> Role:
    if not is_url(job["url"]):  # it becomes a link in every message
        raise ValueError(f"job {job['id']!r} has no http(s) url")
    pay = job.get("x-pay")
    closes = dt.datetime.fromisoformat(job["expiresDate"].replace("Z", "+00:00")) if job.get("expiresDate") else None
    if closes is not None and closes.tzinfo is None:  # compared with the aware clock below: refuse it here
        raise ValueError(f"job {job['id']!r} has an expiresDate without a time zone")
    return Role(
        id=job["id"], title=job["title"], company=job["x-company"]["name"], url=job["url"],
        place=job["x-place"], workplace=WORKPLACE_LABELS[job["x-workplace"]],
        pay=pay["text"] if pay else None, pay_estimated=bool(pay and pay["estimated"]),
        category_id=job["x-category-id"], category=job["x-category"],
        posted=dt.date.fromisoformat(job["postedDate"]),
        closes=closes,
        offers=_offers(job),
    )


def _offers(job: dict[str, Any]) -> str:
    window = job.get("x-time-zones")
    parts = [f"Time zones {window['text']}"] if window else []
    parts += [label for key, label in OFFER_LABELS.items() if job.get(f"x-{key.replace('_', '-')}") is True]
    return " · ".join(parts)
