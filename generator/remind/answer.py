"""`jobsite answer`: act on `/extend N` or `/filled` commented on a reminder issue.

Run by .github/workflows/answer.yml on `issue_comment`, it reads the event GitHub wrote (GITHUB_EVENT_PATH):
nothing from the comment reaches a shell or is run. The comment must be exactly one command; the commenter
must be the posting's `contact` (in the file on the base branch) or have write access to the repository.
Then it commits the one-line change on a new branch through the contents API, opens a pull request, and
replies with its link. Every refusal is a reply that says why; a comment that is no command is ignored.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base.addresses import posting_key
from ..build import load_model
from ..config import make_options
from ..load.edits import EditError, add_key, front_matter, set_date
from .github import GitHub, GitHubError, github_config
from .reminders import LABEL, MARKER, MAX_EXTEND

EXTEND, FILLED = "extend", "filled"
COMMAND = re.compile(r"/extend ([1-9][0-9]*)|/filled")
LOOKS_LIKE_COMMAND = re.compile(r"/(extend|filled)\b", re.IGNORECASE)
MAINTAINERS = frozenset({"admin", "maintain", "write"})
USAGE = (f"Write a comment that says only `/extend 30` (any whole number of days from 1 to {MAX_EXTEND}) or "
         "`/filled`.")

Echo = Callable[[str], None]


class Refusal(Exception):
    """The command cannot be carried out; the message is the reply on the issue."""


@dataclass(frozen=True)
class Command:
    kind: str
    days: int = 0


def parse_command(body: str) -> Command | None:
    """The comment's command; None when it is no command at all; Refusal when it is a malformed one."""
    text = body.strip()
    if not LOOKS_LIKE_COMMAND.match(text):
        return None
    match = COMMAND.fullmatch(text)
    if not match:
        raise Refusal(f"I did not understand that command. {USAGE}")
    if match.group(1) is None:
        return Command(FILLED)
    days = int(match.group(1))
    if days > MAX_EXTEND:
        raise Refusal(f"A posting can be extended by at most {MAX_EXTEND} days at a time. {USAGE}")
    return Command(EXTEND, days)


@dataclass(frozen=True)
class Change:
    text: str
    title: str  # commit message and pull-request title
    said: str  # how the reply describes it


def change_for(command: Command, text: str, key: str, today: dt.date) -> Change:
    """The posting's new text: `expires` moved by N days from its date or today, or `closed: today` added."""
    try:
        data = front_matter(text)
        if data.get("closed"):
            raise Refusal(f"This posting is already marked closed (closed: {data['closed']}); nothing to change.")
        if command.kind == FILLED:
            return Change(add_key(text, "closed", today), f"Mark {key} closed: filled",
                          f"marks it closed as of {today.isoformat()}")
        start = max(data["expires"], today) if isinstance(data.get("expires"), dt.date) else today
        new = start + dt.timedelta(days=command.days)
        return Change(set_date(text, "expires", new), f"Extend {key} to {new.isoformat()}",
                      f"moves `expires` to {new.isoformat()}")
    except EditError as exc:
        raise Refusal(f"The posting's file cannot be changed automatically ({exc}); an editor will do it by hand.")\
            from None


def _authorised(github: GitHub, user: str, contact: object) -> bool:
    if isinstance(contact, str) and contact.removeprefix("@").casefold() == user.casefold():
        return True
    return github.permission(user) in MAINTAINERS


@dataclass(frozen=True)
class Event:
    number: int
    labels: frozenset[str]
    issue_body: str
    comment_id: int
    comment: str
    author: str
    is_pull_request: bool


def read_event(path: Path) -> Event:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        issue, comment = data["issue"], data["comment"]
        return Event(int(issue["number"]), frozenset(label["name"] for label in issue.get("labels", [])),
                     issue.get("body") or "", int(comment["id"]), comment.get("body") or "",
                     str(comment["user"]["login"]), "pull_request" in issue)
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise GitHubError(f"{path}: not an issue_comment event ({type(exc).__name__}: {exc})") from None


def run_answer(event: Event, content: Path, env: Mapping[str, str], today: dt.date, echo: Echo) -> None:
    """Carry out the command, or reply why not; comments that are no command, or not on a reminder, are left."""
    marker = MARKER.search(event.issue_body)
    if event.is_pull_request or LABEL not in event.labels or not marker:
        echo(f"#{event.number} is not a posting reminder; nothing to do.")
        return
    site = load_model(make_options(content))[0].site
    with GitHub(github_config(env, site)) as github:
        try:
            command = parse_command(event.comment)
            if command is None:
                echo(f"The comment on #{event.number} is not a command; nothing to do.")
                return
            url = _carry_out(github, event, command, marker.group(1), site.branch, today)
        except Refusal as exc:
            github.comment(event.number, f"@{event.author}: {exc}")
            echo(f"Refused on #{event.number}: {exc}")
            return
        echo(f"Opened {url} for #{event.number}")


def _carry_out(github: GitHub, event: Event, command: Command, path: str, base: str, today: dt.date) -> str:
    found = github.file(path, base)
    if found is None:
        raise Refusal(f"the posting's file {path} is no longer on {base}; there is nothing to change.")
    text, sha = found
    key = posting_key(path)
    if not _authorised(github, event.author, _contact(text)):
        raise Refusal("only the posting's contact or a maintainer of this repository can answer for it.")
    change = change_for(command, text, key, today)
    branch = f"posting-expiry/{event.number}-{event.comment_id}"
    if github.create_branch(branch, github.branch_head(base)):
        github.put_file(path, branch, change.text, sha, f"{change.title} (#{event.number})")
    pull = github.pull_for(branch) or github.create_pull(
        change.title, branch, base,
        f"@{event.author} answered `{event.comment.strip()}` on #{event.number}: this {change.said}.\n\n"
        f"Closes #{event.number}.")
    github.comment(event.number, f"@{event.author}: {pull['html_url']} {change.said}. It takes effect once an "
                                 "editor merges it.")
    return str(pull["html_url"])


def _contact(text: str) -> Any:
    try:
        return front_matter(text).get("contact")
    except EditError:
        return None
