"""What every ATS client produces: a source (`greenhouse:acme`) and its jobs, in one shape for all three."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..load import schema


class ImportFailure(Exception):
    """A problem that stops the whole import: one line for the person who ran it, nothing written."""


@dataclass(frozen=True)
class Source:
    """One company board in one ATS, written `kind:board` as in a company's `ats` list."""

    kind: str  # greenhouse | lever | ashby
    board: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.board}"

    def job_key(self, job_id: str) -> str:
        """The posting's `source` value for one of this board's jobs: greenhouse:acme/4012345."""
        return f"{self}/{job_id}"

    def owns(self, key: str) -> bool:
        return key.startswith(f"{self}/")


def parse_source(text: str) -> Source:
    """Read `greenhouse:acme`; an unknown ATS or a malformed board is one line saying what is accepted."""
    kind, sep, board = text.strip().partition(":")
    if not sep or kind not in schema.ATS_KINDS:
        raise ImportFailure(f"unknown applicant-tracking system in '{text}': use greenhouse:BOARD, lever:SITE or "
                            "ashby:BOARD")
    if not re.fullmatch(schema.ATS_PATTERN.strip("^$"), text.strip()):
        raise ImportFailure(f"'{text}' is not a board name: after '{kind}:' give the board as it appears in the "
                            "ATS's job-board address (letters, digits, '.', '_' or '-')")
    return Source(kind, board)


@dataclass(frozen=True)
class Salary:
    """The employer's own pay range, in our `salary` key's terms."""

    min: float
    max: float
    currency: str
    period: str  # schema.PERIODS

    def as_yaml(self) -> dict[str, object]:
        return {"min": _plain(self.min), "max": _plain(self.max), "currency": self.currency, "period": self.period}


def _plain(number: float) -> int | float:
    """150000.0 → 150000, so the file reads as people write pay."""
    return int(number) if float(number).is_integer() else round(float(number), 2)


@dataclass(frozen=True)
class Job:
    """One job as an ATS publishes it, before placing and converting: every field in our vocabulary or raw text."""

    id: str
    title: str
    url: str  # the job's page on the ATS: the posting's apply_url
    apply_page: str | None  # the ATS's application form, when it has its own address (adoption matches it too)
    posted: dt.date | None  # None: the ATS does not say (Greenhouse without first_published)
    updated: dt.date | None  # the ATS's last change: a new file's posted date when `posted` is None
    employment_type: str | None  # schema.EMPLOYMENT_TYPES, or None when the ATS does not say
    workplace: str | None  # schema.WORKPLACES, or None when the ATS does not say
    locations: tuple[str, ...]  # location text as the ATS writes it: "San Francisco, CA", "Remote - US"
    country: str | None  # an ISO code the ATS gives beside the text (Lever), for a city written alone
    salary: Salary | None
    description_html: str  # HTML (entities already unescaped), untrusted

    @property
    def label(self) -> str:
        return f"{self.id} '{self.title}'"


# Words in a title or a Lever commitment that say what kind of contract a role is; the first match wins.
_EMPLOYMENT_WORDS = (
    (re.compile(r"\bintern(ship)?s?\b|\bwerkstudent|\bco-?op\b", re.I), "internship"),
    (re.compile(r"\bpart[- ]?time\b", re.I), "part-time"),
    (re.compile(r"\bcontract(or)?\b|\bfreelance", re.I), "contract"),
    (re.compile(r"\btemp(orary)?\b|\bfixed[- ]term\b|\bseasonal\b", re.I), "temporary"),
    (re.compile(r"\bfull[- ]?time\b|\bpermanent\b|\bregular\b", re.I), "full-time"),
)


def employment_from_text(text: str | None) -> str | None:
    """Full-time, internship… from free text such as Lever's commitment ('Full Time', 'Intern'); None if silent."""
    for pattern, kind in _EMPLOYMENT_WORDS:
        if text and pattern.search(text):
            return kind
    return None


def iso_date(value: object) -> dt.date | None:
    """The UTC day of an ISO 8601 timestamp ('2026-11-20T10:00:00-05:00'), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (stamp.astimezone(dt.timezone.utc) if stamp.tzinfo else stamp).date()


def text_of(value: object) -> str:
    """A string field of an API answer, or '' when it is missing or not a string."""
    return value.strip() if isinstance(value, str) else ""


def board_failure(source: Source, problem: str) -> ImportFailure:
    """A board's answer (or its silence) that stops the import: one line naming the source and saying that nothing
    was imported, in the one wording every such failure shares (refused, missing, rate limited, broken, malformed)."""
    return ImportFailure(f"{source}: {problem}; nothing was imported")


def malformed(source: Source, what: str) -> ImportFailure:
    """The answer parsed as JSON but is not the documented shape."""
    return board_failure(source, f"unexpected answer from the API ({what})")


def required_text(source: Source, item: dict, key: str, index: int) -> str:
    value = item.get(key)
    if isinstance(value, (int, str)) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    raise malformed(source, f"job {index + 1} has no '{key}'")


def salary_of(low: object, high: object, currency: object, period: str | None) -> Salary | None:
    """A Salary when the figures are usable (positive numbers, a currency code, a known period); else None."""
    numbers = [v for v in (low, high) if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0]
    if not numbers or period not in schema.PERIODS or not isinstance(currency, str):
        return None
    code = currency.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        return None
    return Salary(min(numbers), max(numbers), code, period)
