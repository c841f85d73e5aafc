"""One-line edits of a posting's front matter that keep every other byte of the file as it was.

`jobsite links --fix` adds `closed: YYYY-MM-DD`, and an `/extend N` answer moves `expires`: a reviewer's diff
must show exactly that line, so the file is never re-serialised through YAML. Each edit re-reads the result
and checks that the front matter holds the old keys and values plus the one change, or it refuses.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..base.errors import Problem
from .files import parse_yaml, split_front_matter

_FENCES = ("---", "...")


class EditError(ValueError):
    """The file cannot take the edit safely (no front matter, the key already set, an unusual layout)."""


def front_matter(text: str) -> dict[str, Any]:
    """The front matter of a posting's text as values (the positions are not needed here)."""
    problems: list[Problem] = []
    split = split_front_matter(text, Path("posting.md"), problems)
    parsed = parse_yaml(split[0], Path("posting.md"), 1, problems) if split else None
    if parsed is None:
        raise EditError(problems[0].message if problems else "no front matter")
    return parsed[0]


def _closing_fence(lines: list[str]) -> int:
    if not lines or lines[0].rstrip("\r\n") != "---":
        raise EditError("the file does not start with a '---' line")
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n").rstrip() in _FENCES:
            return i
    raise EditError("the front matter has no closing '---' line")


def _newline(line: str) -> str:
    return "\r\n" if line.endswith("\r\n") else "\n"


def _checked(old: str, new: str, key: str, value: Any) -> str:
    """Return `new` only when its front matter is `old`'s with `key` set to `value` and nothing else changed."""
    before, after = front_matter(old), front_matter(new)
    if after != {**before, key: value} or list(after)[:len(before)] != list(before):
        raise EditError(f"adding '{key}' would change other keys: edit this file by hand")
    return new


def add_key(text: str, key: str, value: dt.date) -> str:
    """Add `key: value` as the last line of the front matter, before its closing '---'."""
    if key in front_matter(text):
        raise EditError(f"'{key}' is already set")
    lines = text.splitlines(keepends=True)
    end = _closing_fence(lines)
    line = f"{key}: {value.isoformat()}{_newline(lines[end])}"
    return _checked(text, "".join([*lines[:end], line, *lines[end:]]), key, value)


def set_date(text: str, key: str, value: dt.date) -> str:
    """Set a top-level date key: rewrite the date on its own line, keeping any comment; add it when absent."""
    data = front_matter(text)
    if key not in data:
        return add_key(text, key, value)
    lines = text.splitlines(keepends=True)
    end = _closing_fence(lines)
    pattern = re.compile(rf"({re.escape(key)}:[ \t]*)['\"]?\d{{4}}-\d{{2}}-\d{{2}}['\"]?(?=[ \t]*(?:#.*)?\r?$)")
    found = [i for i in range(1, end) if pattern.match(lines[i])]
    if len(found) != 1:
        raise EditError(f"'{key}' is not written as '{key}: YYYY-MM-DD' on one line: edit this file by hand")
    i = found[0]
    lines[i] = pattern.sub(lambda m: m.group(1) + value.isoformat(), lines[i], count=1)
    return _checked(text, "".join(lines), key, value)
