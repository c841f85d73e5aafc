"""Our scripts as shipped: comments on lines of their own and indentation dropped, nothing else changed.

The sources in templates/static/ stay commented for readers; the budget for our own JavaScript (15 KB
gzipped for all files, bench/BROWSE-RESULTS.md) counts what browsers fetch. Only whole-line comments
go, so no string or regular expression can be cut: a line is dropped when it starts with // outside a
block comment, and a block comment only when /* starts its line. A script with a template literal is
shipped as it is, since a line inside one may start with anything.
"""
from __future__ import annotations

import re

BLOCK_COMMENT_RE = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.S | re.M)


def compact_script(source: str) -> str:
    """The script without whole-line comments, indentation and blank lines."""
    lines = (line.strip() for line in BLOCK_COMMENT_RE.sub("", source).split("\n"))
    compact = "".join(line + "\n" for line in lines if line and not line.startswith("//"))
    # A backtick left in the code (even in a trailing comment) might open a template literal.
    return source if "`" in compact else compact
