"""Our scripts as shipped, and what every page hands them.

Shipped: comments on lines of their own and indentation dropped, nothing else changed.

The sources in templates/static/ stay commented for readers; the budget for our own JavaScript (15 KB
gzipped for all files, bench/BROWSE-RESULTS.md) counts what browsers fetch. Only whole-line comments
go, so no string or regular expression can be cut: a line is dropped when it starts with // outside a
block comment, and a block comment only when /* starts its line. A script with a template literal is
shipped as it is, since a line inside one may start with anything.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from ...base import addresses
from ...load.files import SLUG_RE

BLOCK_COMMENT_RE = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.S | re.M)


def compact_script(source: str) -> str:
    """The script without whole-line comments, indentation and blank lines."""
    lines = (line.strip() for line in BLOCK_COMMENT_RE.sub("", source).split("\n"))
    compact = "".join(line + "\n" for line in lines if line and not line.startswith("//"))
    # A backtick left in the code (even in a trailing comment) might open a template literal.
    return source if "`" in compact else compact


KEY_HOLE = "{key}"


def script_constants() -> str:
    """What the scripts share with Python, as JSON for base.html's <html data-constants>, from the Python
    definitions (docs/STYLE "The browser consumes decisions"), so no script restates them:
    - day_ms: a day in milliseconds, for "Posted 5 days ago" (jobs-when.js);
    - key: a saved role's key, "company/slug", as a regular expression both languages read (load/files.py);
    - job_url: a posting's page with "{key}" for its key (Posting.url), for roles the postings index no longer
      lists (a saved role that closed) as well as the ones it does.
    """
    slug = SLUG_RE.pattern.removeprefix("^").removesuffix("$")
    return json.dumps({"day_ms": dt.timedelta(days=1) // dt.timedelta(milliseconds=1),
                       "key": f"^{slug}/{slug}$", "job_url": addresses.job_url(KEY_HOLE)}, separators=(",", ":"))
