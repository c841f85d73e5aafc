"""`jobsite remind`: one GitHub issue per open posting that expires within N days and names a `contact`.

Idempotent: every reminder carries the label `posting-expiry` and a hidden marker naming the file and the
expiry date it is about, and a run first lists the labelled issues (open and closed), so a second run opens
nothing. A posting extended to a new date gets a new reminder when that date comes near.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..base import addresses
from ..build import load_model
from ..config import make_options
from ..model import Model, Posting
from ..render.format import format_date
from ..render.pages.edit_links import content_file
from .github import GitHub, GitHubConfig, GitHubError, github_config

LABEL = "posting-expiry"
LABEL_COLOR = "d93f0b"
LABEL_DESCRIPTION = "A posting is about to expire: its contact answers /extend N or /filled"
MAX_EXTEND = 90  # days one `/extend N` may add
# A posting's file (base/addresses.py), slugs only, so a marker can never name a path outside its folder.
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PATH = re.escape(addresses.shown(addresses.POSTINGS_FOLDER)) + rf"/{_SLUG}/{_SLUG}\.md"
MARKER = re.compile(rf"<!-- jobsite:remind ({PATH}) expires=(\d{{4}}-\d{{2}}-\d{{2}}) -->")

Echo = Callable[[str], None]


@dataclass(frozen=True)
class Reminder:
    path: str  # the posting's file in the repository
    expires: dt.date
    title: str
    body: str


@dataclass
class RemindResult:
    opened: list[str] = field(default_factory=list)  # paths reminded (with dry_run: that would be)
    existing: int = 0
    uncontactable: int = 0  # expiring within the window, but with no contact to ask


def marker(path: str, expires: dt.date) -> str:
    return f"<!-- jobsite:remind {path} expires={expires.isoformat()} -->"


def repository_path(p: Posting) -> str:
    return content_file(p)


def expiring(model: Model, days: int) -> list[Posting]:
    """Open postings whose `expires` day is within `days` days of the clock's, soonest first."""
    last = model.clock.date() + dt.timedelta(days=days)
    found = [p for p in model.open_postings if p.expires and p.expires <= last]
    return sorted(found, key=lambda p: (p.expires, p.key))


def _plain(text: str) -> str:
    """Content text as literal Markdown: no formatting, links or @-mentions it did not mean."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~@])", r"\\\1", text)


def reminder(p: Posting, model: Model, config: GitHubConfig) -> Reminder:
    """The issue for one posting: who is asked, its page and file, the date, and the two answers."""
    path = repository_path(p)
    page = model.site.base_url.rstrip("/") + p.url
    file_url = f"{config.web_url}/blob/{quote(model.site.branch)}/{quote(path)}"
    body = "\n".join([
        f"{p.contact}, the posting **{_plain(p.title)}** at {_plain(p.company.name)} closes after "
        f"**{format_date(p.expires)}** (its `expires` date, {p.expires.isoformat()}).",
        "",
        f"- Page: {page}",
        f"- File: {file_url}",
        "",
        "Is the role still open? Answer with a comment on this issue that says only:",
        "",
        f"- `/extend 30` to keep it open 30 more days (any whole number of days from 1 to {MAX_EXTEND}), or",
        "- `/filled` to mark it closed today.",
        "",
        "A pull request with the change follows, and the board's editors merge it. Without an answer the posting "
        "closes by itself after that day.",
        "",
        marker(path, p.expires),
    ])
    title = f"Posting expires {p.expires.isoformat()}: {p.title} at {p.company.name}"
    return Reminder(path, p.expires, title, body)


def sent_markers(github: GitHub) -> set[tuple[str, str]]:
    """(path, expires) of every reminder already opened, open or closed since."""
    return {(m.group(1), m.group(2)) for issue in github.issues(LABEL)
            if (m := MARKER.search(issue.get("body") or ""))}


@dataclass(frozen=True)
class RemindOptions:
    content: Path
    days: int  # remind about postings that expire within this many days (the command's --days, 7 by default)
    dry_run: bool = False


def run_remind(options: RemindOptions, env: Mapping[str, str], echo: Echo) -> RemindResult:
    """Open the reminders not yet opened; with dry_run, print them and send nothing."""
    model, _ = load_model(make_options(options.content))
    config = github_config(env, model.site)
    if not config.token and not options.dry_run:
        raise GitHubError("GITHUB_TOKEN is not set: a token with issues: write is needed to open reminders "
                          "(--dry-run shows them without one)")
    result = RemindResult()
    due = expiring(model, options.days)
    result.uncontactable = sum(1 for p in due if not p.contact)
    with GitHub(config) as github:
        if config.token:
            sent = sent_markers(github)
        else:  # a dry run without a token: a private repository would refuse the listing
            sent = set()
            echo("GITHUB_TOKEN is not set: reminders already opened were not looked up; all due are shown.")
        todo = [reminder(p, model, config) for p in due if p.contact]
        fresh = [r for r in todo if (r.path, r.expires.isoformat()) not in sent]
        result.existing = len(todo) - len(fresh)
        if fresh and not options.dry_run:
            github.ensure_label(LABEL, LABEL_COLOR, LABEL_DESCRIPTION)
        for item in fresh:
            result.opened.append(item.path)
            if options.dry_run:
                echo(f"Would open: {item.title}\n  " + item.body.replace("\n", "\n  "))
                continue
            issue = github.create_issue(item.title, item.body, [LABEL])
            echo(f"Opened #{issue.get('number')} for {item.path} (expires {item.expires.isoformat()}): "
                 f"{issue.get('html_url', '')}")
    return result
