"""One `jobsite links` run: check every open posting's apply link, record it, report it, and with --fix mark
the confirmed closures closed in their files."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..build import load_model
from ..config import make_options
from ..load.edits import EditError, add_key
from ..model import Posting, Site
from .classify import OK, Verdict, classify
from .fetch import FetchOptions, Sleep, check_urls
from .state import Closure, closure, load_state, save_state

CLOSED_KEY = "closed"  # the one closed marker (docs/content.md), shared with `jobsite import`


@dataclass(frozen=True)
class LinksOptions:
    content: Path
    state_path: Path
    fix: bool = False
    timeout: float = 20.0
    pause: float = 1.0


@dataclass(frozen=True)
class LinkReport:
    """One posting's link as the output shows it; `path` is the posting's file as `jobsite check` prints it."""

    path: str
    url: str
    status: str
    confirmed: bool
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.status} — {self.reason}"  # a confirmed closure's reason says so

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class LinksResult:
    reports: list[LinkReport] = field(default_factory=list)
    fixed: list[tuple[str, dt.date]] = field(default_factory=list)  # (path, the closed date written)
    problems: list[str] = field(default_factory=list)  # files --fix could not edit

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for report in self.reports:
            counts[report.status] = counts.get(report.status, 0) + 1
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no open postings"
        confirmed = sum(r.confirmed for r in self.reports)
        return f"Checked {len(self.reports)} apply link(s): {parts}; {confirmed} closure(s) confirmed."


def user_agent(site: Site) -> str:
    """Name the board, so a careers site's operator can see who checks and where to ask."""
    host = urlsplit(site.base_url).hostname or site.base_url
    return f"Mozilla/5.0 (compatible; jobsite link check for {host}; +{site.base_url.rstrip('/')}/)"


def run_links(options: LinksOptions, sleep: Sleep = time.sleep) -> LinksResult:
    """Check, record, report and (with fix) mark closed; raises ContentError, StateError, SetupError."""
    build = make_options(options.content)
    model, _ = load_model(build)
    state = load_state(options.state_path)  # before any request: a bad file stops the run with nothing sent
    postings = sorted(model.open_postings, key=lambda p: p.source)
    fetch = FetchOptions(user_agent(model.site), options.timeout, options.pause)
    answers = check_urls((p.apply_url for p in postings), fetch, sleep)
    verdicts = {p.key: classify(answers[p.apply_url]) for p in postings}
    for p in postings:
        state.record(p.key, p.apply_url, verdicts[p.key], build.clock)
    state.keep_only({p.key for p in postings})
    save_state(state)
    result = LinksResult()
    for p in postings:
        closed = closure(state.checks(p.key))
        result.reports.append(_report(p, verdicts[p.key], closed))
        if options.fix and closed:
            _mark_closed(p, _closed_day(p, closed, build.clock), result)
    return result


def _report(p: Posting, verdict: Verdict, closed: Closure | None) -> LinkReport:
    reason = verdict.reason
    if closed:
        reason += (f"; confirmed: closed at {_when(closed.first.at)} ({closed.first.reason}) and at "
                   f"{_when(closed.last.at)} ({closed.last.reason})")
    return LinkReport(p.source, p.apply_url, verdict.status, closed is not None, reason)


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _closed_day(p: Posting, closed: Closure, clock: dt.datetime) -> dt.date:
    """The day the link was first seen closed, kept within what the check allows (not before posted, not ahead)."""
    return min(max(closed.first.at.astimezone(dt.timezone.utc).date(), p.posted), clock.date())


def _mark_closed(p: Posting, day: dt.date, result: LinksResult) -> None:
    path = Path(p.source)
    try:
        text = path.read_bytes().decode("utf-8")
        path.write_bytes(add_key(text, CLOSED_KEY, day).encode("utf-8"))
    except (OSError, UnicodeDecodeError, EditError) as exc:
        result.problems.append(f"{p.source}: cannot mark it closed ({exc})")
        return
    result.fixed.append((p.source, day))


def is_ok(report: LinkReport) -> bool:
    return report.status == OK
