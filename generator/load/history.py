"""When each content file last changed, from git: one `git log` over the whole content tree per build.

The date is the committer date of the last commit that touched the file, as a UTC day, so a build of the same
commit gives the same bytes whatever the clock says. Outside a git checkout, without git, or for a file no
commit has touched yet (new, uncommitted), there is no date and pages simply leave it out.
"""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

GIT_TIMEOUT_SECONDS = 60
# \x01 starts each commit's header line: it cannot begin a content path (the loader refuses control characters).
_FORMAT = "--format=%x01%ct %P"


def read_history(content_dir: Path) -> dict[str, dt.date]:
    """Map each committed file under content_dir (path relative to it, POSIX) to its last commit's UTC day."""
    out = _git(content_dir, "log", _FORMAT, "--name-only", "-z", "--relative", "--no-renames", "--", ".")
    if out is None:
        return {}
    dates, from_root = parse_log(out)
    if from_root and _is_shallow(content_dir):
        # In a shallow clone the oldest commit fetched looks like a root that added every file: its date is
        # only the clone's depth, not a real change. Leave those files undated rather than wrong.
        dates = {path: day for path, day in dates.items() if path not in from_root}
    return dates


def parse_log(output: str) -> tuple[dict[str, dt.date], set[str]]:
    """Read `git log` output in _FORMAT with -z: {path: day} from each path's newest commit, and the paths whose
    newest commit has no parent."""
    dates: dict[str, dt.date] = {}
    from_root: set[str] = set()
    day, parentless = None, False
    for token in output.split("\0"):
        token = token.lstrip("\n")
        if token.startswith("\x01"):
            stamp, _, parents = token[1:].partition(" ")
            day = dt.datetime.fromtimestamp(int(stamp), tz=dt.timezone.utc).date()
            parentless = not parents.strip()
        elif token and day is not None and token not in dates:  # git log lists the newest commit first
            dates[token] = day
            if parentless:
                from_root.add(token)
    return dates, from_root


def _is_shallow(content_dir: Path) -> bool:
    return (_git(content_dir, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def _git(cwd: Path, *args: str) -> str | None:
    """Run git in cwd; None when git is missing, cwd is not in a checkout, or git fails for any other reason."""
    try:
        done = subprocess.run(["git", "-c", "log.showSignature=false", *args], cwd=cwd, capture_output=True,
                              timeout=GIT_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="surrogateescape")
