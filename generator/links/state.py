"""Each apply link's recent checks, kept between runs in a small JSON file replaced atomically.

    {"version": 1,
     "links": {"acme/ml-engineer": {"url": "https://…",
                                    "checks": [{"at": "2026-11-26T12:00:00Z", "status": "closed",
                                                "reason": "HTTP 404"}, …]}}}

Keyed by the posting (company/slug). A changed apply URL starts its history afresh; a posting that is no
longer open (closed, expired, deleted) is dropped, so the file only ever holds the links still being checked.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..base.atomic import write_atomically
from .classify import CLOSED, OK, STATUSES, Verdict

STATE_VERSION = 1
CONFIRM_AFTER = dt.timedelta(hours=24)  # two `closed` checks at least this far apart confirm a closure
KEEP_CHECKS = 30  # per link: a month of daily runs


class StateError(Exception):
    """The state file cannot be used; the run stops before checking anything (never guess a history)."""


@dataclass(frozen=True)
class Check:
    at: dt.datetime
    status: str
    reason: str


@dataclass(frozen=True)
class Closure:
    """A confirmed closure and its evidence: the first and the latest `closed` check of the unbroken run."""

    first: Check
    last: Check


@dataclass
class LinkState:
    path: Path
    links: dict[str, dict[str, Any]] = field(default_factory=dict)

    def checks(self, key: str) -> list[Check]:
        return [Check(_moment(c["at"]), c["status"], c["reason"]) for c in self.links.get(key, {}).get("checks", [])]

    def record(self, key: str, url: str, verdict: Verdict, now: dt.datetime) -> None:
        entry = self.links.get(key)
        if entry is None or entry["url"] != url:
            entry = self.links[key] = {"url": url, "checks": []}
        entry["checks"] = [*entry["checks"], {"at": timestamp(now), "status": verdict.status,
                                               "reason": verdict.reason}][-KEEP_CHECKS:]

    def keep_only(self, keys: set[str]) -> None:
        self.links = {k: v for k, v in self.links.items() if k in keys}


def closure(checks: list[Check]) -> Closure | None:
    """Confirmed when `closed` checks at least 24 hours apart follow each other with no `ok` between them.

    `unreachable` and `unknown` neither count nor reset: they say nothing about the role."""
    streak: list[Check] = []
    for check in checks:
        if check.status == OK:
            streak = []
        elif check.status == CLOSED:
            streak.append(check)
    if len(streak) >= 2 and streak[-1].at - streak[0].at >= CONFIRM_AFTER:
        return Closure(streak[0], streak[-1])
    return None


def timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def load_state(path: Path) -> LinkState:
    """Read the state file; a missing file is an empty history, an unreadable or malformed one a StateError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LinkState(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise StateError(f"{path}: cannot read the link state ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("version") != STATE_VERSION or not isinstance(doc.get("links"), dict):
            raise ValueError(f"expected version {STATE_VERSION} with a 'links' object")
        for key, entry in doc["links"].items():
            _check_entry(key, entry)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StateError(f"{path}: not a link state file ({exc}); fix or remove it (removing it starts every "
                         "link's history afresh, so closures need two more checks a day apart)") from None
    return LinkState(path, doc["links"])


def _check_entry(key: str, entry: dict[str, Any]) -> None:
    if not isinstance(entry["url"], str) or not isinstance(entry["checks"], list):
        raise ValueError(f"{key}: expected a 'url' string and a 'checks' list")
    for check in entry["checks"]:
        # A time without a zone would meet an aware one in `closure` and stop the run after every request.
        if _moment(check["at"]).tzinfo is None:
            raise ValueError(f"{key}: check time {check['at']!r} has no time zone (write it as 2026-11-26T12:00:00Z)")
        if check["status"] not in STATUSES:
            raise ValueError(f"{key}: unknown status {check['status']!r}")
        if not isinstance(check["reason"], str):
            raise ValueError(f"{key}: a check's 'reason' must be a string")


def save_state(state: LinkState) -> None:
    data = json.dumps({"version": STATE_VERSION, "links": state.links}, indent=2, sort_keys=True,
                      ensure_ascii=False) + "\n"
    write_atomically(state.path, data)
