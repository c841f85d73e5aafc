"""The rules that tie one posting's fields together, as data: `jobsite check` applies them (model/assemble.py)
and the /post-a-job/ form receives them as JSON and applies the same data (render/pages/post_a_job.py), so
"salary min above max" is decided once.

Four kinds, over key paths such as salary.min:
- needs: when `when` holds, `key` must be given;   - forbids: when `when` holds, `key` must not be given;
- order: `low` must not be above `key` (numbers, dates);
- not_future: the date `key` must not be after today (UTC, the build's clock zone);
- not_passed: the date `key` must not have passed: the posting stays open until `closes_after_hours` after the
  start of that day, UTC (model.assemble.closes_at).
`after` names a rule that, when broken, silences this one (the later message would only repeat it); `unless`
names a key whose presence does.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..base.errors import ERROR, WARNING
from .schema import INVALID


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # needs, forbids, order, not_future, not_passed
    key: str  # the key the rule is about, dotted (salary.max)
    message: str  # for files, formatted with value, low, high, when, a (a/an before `when`)
    says: str  # for the form, beside the field `at`
    at: str = ""  # where the problem is reported, dotted; `key` when empty
    low: str = ""  # order: the key that must not be above `key`
    when: tuple[str, tuple[str, ...]] | None = None  # (key, values it holds for the rule to apply)
    level: str = ERROR
    after: str = ""
    unless: str = ""

    @property
    def where(self) -> str:
        return self.at or self.key


LOCATED = ("workplace", ("onsite", "hybrid"))

POSTING_RULES = (
    Rule("located", "needs", "locations", "locations: {a} {when} posting needs at least one location "
         "(- city: …, country: XX)", "An on-site or hybrid role needs a place: give its city and country.",
         at="workplace", when=LOCATED),
    Rule("eligibility-remote-only", "forbids", "remote_eligibility", "remote_eligibility: only remote postings "
         "take it; remove it or set workplace: remote", "Only a remote role says where applicants may live.",
         when=("workplace", ("onsite",))),
    Rule("time-zones-remote-only", "forbids", "time_zones", "time_zones: only remote postings take it; remove "
         "it or set workplace: remote", "Only a remote role gives a time-zone window.", when=LOCATED),
    Rule("pay-range", "order", "salary.max", "salary: min ({low:g}) is greater than max ({high:g})",
         "The lowest pay is above the highest.", at="salary.min", low="salary.min"),
    Rule("expires-after-posted", "order", "expires", "expires: {high} is before posted ({low})",
         "The last day to apply is before the posting date.", low="posted"),
    Rule("expires-not-passed", "not_passed", "expires", "expires: the posting closed on {value}; it is kept only "
         "as a closed page", "The last day to apply has passed.", level=WARNING, after="expires-after-posted",
         unless="closed"),
    Rule("posted-not-future", "not_future", "posted", "posted: {value} is in the future",
         "The posting date is in the future.", level=WARNING),
    Rule("closed-after-posted", "order", "closed", "closed: {high} is before posted ({low})",
         "The closing day is before the posting date.", low="posted"),
    Rule("closed-not-future", "not_future", "closed", "closed: {value} is in the future — give the day the role "
         "closed", "The closing day is in the future.", after="closed-after-posted"),
)


def closes_at(expires: dt.date) -> dt.datetime:
    """A posting is open through its `expires` day everywhere on Earth: until the next day 12:00 UTC."""
    return dt.datetime.combine(expires + dt.timedelta(days=1), dt.time(12, 0), tzinfo=dt.timezone.utc)


CLOSES_AFTER_HOURS = (closes_at(dt.date(2000, 1, 1)) - dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)) \
    / dt.timedelta(hours=1)


def get(values: dict[str, Any], key: str) -> Any:
    """The value at a dotted key, or None when it is absent or was refused by its type's check."""
    for part in key.split("."):
        values = values.get(part) if isinstance(values, dict) else None
    return None if values is INVALID else values


def broken(rule: Rule, values: dict[str, Any], clock: dt.datetime) -> dict[str, Any] | None:
    """The rule's message fields when `values` (a posting's checked front matter) break it, else None."""
    if rule.when and get(values, rule.when[0]) not in rule.when[1]:
        return None
    if rule.unless and get(values, rule.unless) is not None:
        return None
    value = get(values, rule.key)
    when = get(values, rule.when[0]) if rule.when else ""
    fields = {"value": value, "when": when, "a": "an" if str(when)[:1] in "aeiou" else "a"}
    if rule.kind == "needs":
        return fields if not _given(values, rule.key) else None
    if rule.kind == "forbids":
        return fields if _given(values, rule.key) else None
    if value is None:
        return None
    if rule.kind == "order":
        low = get(values, rule.low)
        return {**fields, "low": low, "high": value} if low is not None and low > value else None
    if rule.kind == "not_future":
        return fields if value > clock.date() else None
    if rule.kind == "not_passed":
        return fields if clock >= closes_at(value) else None
    raise ValueError(f"unknown rule kind {rule.kind!r}")


def _given(values: dict[str, Any], key: str) -> bool:
    """True when the file gives the key at all, even with a value its type refused."""
    head, _, rest = key.partition(".")
    if head not in values:
        return False
    return not rest or isinstance(values[head], dict) and _given(values[head], rest)


def broken_rules(values: dict[str, Any], clock: dt.datetime) -> list[tuple[Rule, dict[str, Any]]]:
    """Every rule the posting breaks, in POSTING_RULES order, with its message fields."""
    out: list[tuple[Rule, dict[str, Any]]] = []
    for rule in POSTING_RULES:
        if rule.after and any(r.id == rule.after for r, _ in out):
            continue
        if (fields := broken(rule, values, clock)) is not None:
            out.append((rule, fields))
    return out
