"""Write a posting's front matter, and change some of its keys in place without touching the others.

An import owns only some keys (sync.py says which); an editor's keys, their order, their comments and the
file's other lines must come through byte for byte. So edits work on lines: a top-level key's block is its
`key:` line and the indented or `- ` lines under it; a changed key's block is replaced, a removed key's block
deleted, a new key inserted after the nearest key that comes before it in the schema's order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..load import schema
from ..scaffold import yaml_value

REMOVE = object()  # a change that deletes the key
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(?:[ \t]|$)")
ORDER = tuple(f.name for f in schema.POSTING.fields)


def render_key(key: str, value: Any, newline: str = "\n") -> list[str]:
    """One key as lines: a list of maps one item a line (locations), anything else on one line in flow style."""
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) for v in value):
        return [f"{key}:{newline}", *(f"  - {yaml_value(v)}{newline}" for v in value)]
    return [f"{key}: {yaml_value(list(value) if isinstance(value, tuple) else value)}{newline}"]


def render_file(values: dict[str, Any], body: str) -> str:
    """A new posting: its keys in the schema's order, then its body."""
    lines = ["---\n"]
    for key in sorted(values, key=ORDER.index):
        lines += render_key(key, values[key])
    return "".join([*lines, "---\n", body])


@dataclass
class _Block:
    key: str | None  # None for the lines before the first key
    value: list[str] = field(default_factory=list)  # the key line and the lines of its value
    trailing: list[str] = field(default_factory=list)  # blank and comment lines after it


def update_file(text: str, changes: dict[str, Any], body: str | None = None) -> str:
    """The file with `changes` applied to its front matter (REMOVE deletes a key) and, if given, a new body."""
    lines = text.splitlines(keepends=True)
    close = next(i for i, line in enumerate(lines[1:], start=1) if line.rstrip() in ("---", "..."))
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    blocks = _blocks(lines[1:close])
    for key, value in changes.items():
        _apply(blocks, key, value, newline)
    front = [line for block in blocks for line in (*block.value, *block.trailing)]
    rest = lines[close + 1:] if body is None else [body]
    return "".join([lines[0], *front, lines[close], *rest])


def _blocks(lines: list[str]) -> list[_Block]:
    blocks = [_Block(None)]
    for line in lines:
        if match := _KEY_LINE.match(line):
            blocks.append(_Block(match.group(1), [line]))
        elif blocks[-1].key is not None and (line.strip() == "" or line.lstrip().startswith("#")):
            blocks[-1].trailing.append(line)
        else:  # an indented line or a `- item` under the key: part of its value, comments inside included
            block = blocks[-1]
            block.value += [*block.trailing, line] if block.key is not None else [line]
            block.trailing = [] if block.key is not None else block.trailing
    return blocks


def _apply(blocks: list[_Block], key: str, value: Any, newline: str) -> None:
    present = [b for b in blocks if b.key == key]
    if value is REMOVE:
        for block in present:
            block.value = []
        return
    rendered = render_key(key, value, newline)
    if present:
        present[0].value = rendered
        return
    blocks.insert(_insertion_point(blocks, key), _Block(key, rendered))


def _insertion_point(blocks: list[_Block], key: str) -> int:
    """After the last block whose key comes before `key` in the schema's order; else before the first key."""
    rank = ORDER.index(key)
    before = [i for i, b in enumerate(blocks) if b.key in ORDER and ORDER.index(b.key) < rank]
    return before[-1] + 1 if before else 1
