"""Problems found in content, reported to the people who write it."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from operator import attrgetter

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True, order=True)
class Problem:
    """One finding about a content file, positioned for the author."""

    path: str
    line: int
    col: int
    level: str
    message: str

    def format(self) -> str:
        """Render as `path:line:col: level: message`, the form editors and CI parse: always one line."""
        return f"{one_line(self.path)}:{self.line}:{self.col}: {self.level}: {one_line(self.message)}"


# A file name may end in a newline or hold a bidi override; shown as it is, it would split a problem over two
# lines of the report (or turn it around). Such characters are shown as the escapes Python writes: `\n`.
# Line breaks and bidirectional controls as a regex class, written as escapes (load/schema.py also puts them in a
# JSON Schema pattern; load refuses them in one-line fields).
LINE_BREAKS = "\\n\\r\\u0085\\u2028\\u2029"
BIDI_CONTROLS = "\\u202a-\\u202e\\u2066-\\u2069"
_UNSHOWABLE_RE = re.compile(f"[\\x00-\\x1f\\x7f{LINE_BREAKS}{BIDI_CONTROLS}]")


def one_line(text: str) -> str:
    """The text with control characters, line separators and bidi controls written as escapes."""
    return _UNSHOWABLE_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class ContentError(Exception):
    """Raised when content has errors; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = in_order(problems)
        super().__init__(f"{len(self.errors)} error(s) in content")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == ERROR]


_ORDER = attrgetter(*(f.name for f in fields(Problem)))  # the fields in the order `order=True` compares them


def in_order(problems: Iterable[Problem]) -> list[Problem]:
    """`sorted(problems)`, compared field tuple by field tuple in C rather than through the dataclass's __lt__: a
    10,000-posting rebuild sorts thousands of notes (0.1 CPU seconds the other way)."""
    return sorted(problems, key=_ORDER)


def has_errors(problems: list[Problem]) -> bool:
    """Tell whether any problem blocks a build."""
    return any(p.level == ERROR for p in problems)


def summarize(problems: list[Problem]) -> str:
    """Count problems the way the summary line shows them: '3 errors, 1 warning in 2 files'."""
    counts = {lvl: sum(1 for p in problems if p.level == lvl) for lvl in (ERROR, WARNING, INFO)}
    parts = [_plural(counts[ERROR], "error"), _plural(counts[WARNING], "warning")]
    if counts[INFO]:
        parts.append(_plural(counts[INFO], "note"))
    files = len({p.path for p in problems})
    return f"{', '.join(parts)} in {_plural(files, 'file')}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
