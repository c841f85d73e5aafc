"""Content checks beyond one field's type: Markdown bodies, plausible pay, cross-file references, leftovers.

Every build runs these (per file in sources.py, memoised with the file; across files in model/assemble.py), so
`jobsite build` and `jobsite check` always agree. They read the raw
records (positions included) and never raise for odd values: a value of the wrong type is schema.py's to report.
"""
from __future__ import annotations

import bisect
import html
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..base.errors import ERROR, WARNING, Problem
from ..base.money import units_per_usd  # the one dated rate table; only magnitudes matter here
from . import schema
from .files import KeyPath, SourceFile
from .markdown import SAFE_SCHEMES, ParsedBody, parse_body
from .schema import PERIODS_PER_YEAR as PER_YEAR

# `jobsite new` writes "FILL IN" (in URLs "FILL-IN") where only the author knows the value; a file that still
# holds it is unfinished. Capitals and the exact words keep real text ("a fill-in role") from matching.
PLACEHOLDER = "FILL IN"
PLACEHOLDER_RE = re.compile(r"FILL[ -]IN")

# Links a browser would run or decode as a document: an error, whatever the renderer does with them.
UNSAFE_SCHEMES = ("javascript", "vbscript", "data", "file")

# A year's pay in US dollars below or above these is almost surely the wrong period or a typo: an intern's
# stipend in a low-cost country is above the floor, and a chief executive's posted range below the ceiling.
PLAUSIBLE_USD_PER_YEAR = (1_000, 1_000_000)
# The rule in the /post-a-job/ form's words (render/pages/post_a_job.py ships the bounds and the rates).
PLAUSIBLE_SAYS = ("This pay looks implausible for its period (a yearly 50, an hourly 50,000): check the figures "
                  "and the period.")


def check_source(src: SourceFile, body: ParsedBody | None) -> list[Problem]:
    """Every check of one file on its own (its body's parse given, or None for site.yaml), in file order."""
    problems: list[Problem] = []
    if src.kind != "site":
        problems += check_body(src, body)
        problems += check_placeholders(src)
    if src.kind == "posting":
        problems += check_salary(src)
    return problems


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _problem(src: SourceFile, path: KeyPath, message: str, level: str = ERROR) -> Problem:
    line, col = src.pos(path)
    return Problem(src.path, line, col, level, message)


# --- Markdown bodies -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """A problem in a body, positioned relative to the body (0-based line, 1-based column)."""

    line: int
    col: int
    level: str
    message: str


def check_body(src: SourceFile, body: ParsedBody | None = None) -> list[Problem]:
    """Report unsafe or dead links and raw HTML in a Markdown body, at their file-absolute lines."""
    if not src.body.strip():
        what = "role's description" if src.kind == "posting" else "company profile"
        return [Problem(src.path, src.body_line, 1, WARNING, f"the {what} is empty: write it below the closing "
                                                              "'---' line")]
    return [Problem(src.path, src.body_line + f.line, f.col, f.level, f.message) for f in lint_body(src.body, body)]


def lint_body(body: str, parsed: ParsedBody | None = None) -> tuple[Finding, ...]:
    """Find unsafe links, links that will show as text, and raw HTML, in the body's one parse."""
    if "<" not in body and "]" not in body:
        # Every link needs ']' ([text](url), [ref]) or '<' (<https://…>), and all HTML needs '<' (linkify is
        # off): most descriptions have neither, and nothing to walk.
        return ()
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    findings: list[Finding] = []
    for token in (parsed or parse_body(body)).tokens:
        if token.type == "inline" and token.map and token.children:
            findings += _lint_inline(token.children, _Locator(lines, token.map[0], token.map[1]))
    return tuple(findings)


# What CommonMark turns into other characters inside text: a backslash before ASCII punctuation, and entities.
ESCAPED_RE = re.compile(r"\\[!-/:-@\[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class _Locator:
    """Find where a piece of inline text sits in its block's source lines, scanning forward.

    Links are found in the source as written; text tokens in the block's text as Markdown reads it (`&lt;`
    read as '<', `\\<` as '<'), each character with the place it came from and whether it was written as
    itself. Both searches move one cursor, so each finds the next occurrence after what the other found."""

    def __init__(self, lines: list[str], start: int, end: int):
        self.lines, self.start, self.end = lines, start, min(end, len(lines))
        self.line, self.col = start, 0
        self._read: tuple[str, list[tuple[int, int, bool]]] | None = None  # made when a text token needs it

    def _block(self) -> tuple[str, list[tuple[int, int, bool]]]:
        if self._read is None:
            self._read = _read_text(self.lines, self.start, self.end)
        return self._read

    @property
    def origins(self) -> list[tuple[int, int, bool]]:
        """Each character of the block's text as read: (line, column, written as itself)."""
        return self._block()[1]

    def find(self, needle: str, ignore_case: bool = False) -> tuple[int, int] | None:
        """Return (0-based line, 0-based column) of the next occurrence, or None when it is not literal."""
        for i in range(self.line, self.end):
            text = self.lines[i].lower() if ignore_case else self.lines[i]
            at = text.find(needle.lower() if ignore_case else needle, self.col if i == self.line else 0)
            if at >= 0:
                self.line, self.col = i, at + len(needle)
                return i, at
        return None

    def find_text(self, text: str) -> int | None:
        """The index in the block's text as read of a text token's content, or None when it is not found."""
        read, origins = self._block()
        at = read.find(text, bisect.bisect_left(origins, (self.line, self.col, False))) if text else -1
        if at < 0:
            return None
        self.line, self.col = origins[at + len(text) - 1][0], origins[at + len(text) - 1][1] + 1
        return at

    def block_start(self) -> tuple[int, int]:
        return self.start, 0


def _read_text(lines: list[str], start: int, end: int) -> tuple[str, list[tuple[int, int, bool]]]:
    """The block's text with escapes and entities read, and each character's (line, column, written as itself)."""
    chars: list[str] = []
    origins: list[tuple[int, int, bool]] = []
    for i in range(start, end):
        line, col = lines[i], 0
        for match in ESCAPED_RE.finditer(line):
            read = match.group()[1] if match.group()[0] == "\\" else html.unescape(match.group())
            chars += line[col:match.start()] + read
            origins += [(i, c, True) for c in range(col, match.start())]
            origins += [(i, match.start(), read == match.group())] * len(read)
            col = match.end()
        chars += line[col:] + "\n"
        origins += [(i, c, True) for c in range(col, len(line) + 1)]
    return "".join(chars), origins


def _lint_inline(children: list, where: _Locator) -> Iterator[Finding]:
    html_lines: set[int] = set()
    for child in children:
        if child.type == "link_open":
            yield from _lint_link(str(child.attrs.get("href", "")), where)
        elif child.type == "text":
            yield from _lint_html(child.content, where, html_lines)


def _lint_link(href: str, where: _Locator) -> Iterator[Finding]:
    url = href.strip()
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    scheme = match.group(1).lower() if match else ""
    line, col = where.find(url) or (scheme and where.find(scheme + ":", ignore_case=True)) or where.block_start()
    shown = _clip(url, 60)
    if scheme in UNSAFE_SCHEMES:
        yield Finding(line, col + 1, ERROR, f"unsafe link '{shown}': {scheme}: links are not allowed — "
                                            "link to an https:// page instead")
    elif not url.lower().startswith(SAFE_SCHEMES):
        yield Finding(line, col + 1, WARNING, f"link '{shown}' will be shown as plain text: only http://, "
                                              "https:// and mailto: links work in descriptions")
    elif scheme in ("http", "https") and (problem := schema.url_problem(url)):
        yield Finding(line, col + 1, ERROR, f"link '{shown}' {problem}")


def _lint_html(text: str, where: _Locator, seen_lines: set[int]) -> Iterator[Finding]:
    from markdown_it.common.html_re import HTML_TAG_RE  # with the parser, when a body is linted (load/markdown.py)

    if HTML_TAG_RE.search(text) is None:
        return
    base = where.find_text(text)
    for match in HTML_TAG_RE.finditer(text):
        tag = match.group(0)
        found = where.origins[base + match.start()] if base is not None else _written(tag, where)
        # Text that only looks like a tag once read (&lt;b&gt;, \\<b>) was written as text on purpose.
        if found is None or not found[2] or found[0] in seen_lines:  # one message a line points at the habit
            continue
        seen_lines.add(found[0])
        yield Finding(found[0], found[1] + 1, WARNING, f"raw HTML '{_clip(tag, 40)}' will be shown as "
                                                       "text, not rendered: use Markdown instead "
                                                       "(**bold**, - lists, [links](https://…))")


def _written(tag: str, where: _Locator) -> tuple[int, int, bool] | None:
    """The tag's next place in the source, for text the locator could not follow (the renderer's options make
    every text token's content a run of the block's text, so only a change to them leads here)."""
    found = where.find(tag)
    return found and (*found, not (found[1] and where.lines[found[0]][found[1] - 1] == "\\"))


# --- Pay -------------------------------------------------------------------------------------------------

def check_salary(src: SourceFile) -> list[Problem]:
    """Warn when a salary cannot be right for its period: a yearly 50, an hourly 50,000."""
    salary = src.data.get("salary")
    if not isinstance(salary, dict):
        return []
    low, high = _number(salary.get("min")), _number(salary.get("max"))
    rate = units_per_usd(_text(salary.get("currency")))
    per_year = PER_YEAR.get(_text(salary.get("period")))
    if low is None or high is None or rate is None or per_year is None:
        return []
    floor, ceiling = PLAUSIBLE_USD_PER_YEAR
    low_usd, high_usd = low * per_year / rate, high * per_year / rate
    if high_usd >= floor and low_usd <= ceiling:
        return []
    usd = high_usd if high_usd < floor else low_usd
    period = salary["period"]
    message = (f"salary: {low:,.0f}–{high:,.0f} {salary['currency']} per {period} looks implausible (about "
               f"{usd:,.0f} USD a year) — check the figures and the period ({', '.join(PER_YEAR)})")
    return [_problem(src, ("salary",), message, WARNING)]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    # An amount the schema refused counts as absent, as in posting_rules and the form (no second message on it).
    amount = schema.PAY_AMOUNT
    return number if math.isfinite(number) and amount.minimum <= number <= amount.maximum else None


# --- Cross-file references -------------------------------------------------------------------------------

def check_company_categories(site: SourceFile | None, companies: Iterable[SourceFile]) -> list[Problem]:
    """A company's categories must be category ids from site.yaml, like a posting's."""
    ids = _site_category_ids(site)
    if not ids:
        return []
    problems = []
    for src in companies:
        categories = src.data.get("categories")
        for i, value in enumerate(categories if isinstance(categories, list) else []):
            if isinstance(value, str) and value.strip() and value.strip() not in ids:
                hint = schema.did_you_mean(value, ids)
                problems.append(_problem(src, ("categories", i), f"categories[{i + 1}]: unknown category "
                                                                 f"'{_clip(value)}'{hint} — use one of: "
                                                                 f"{', '.join(ids)}"))
    return problems


def check_duplicate_sources(postings: Iterable[SourceFile]) -> list[Problem]:
    """One file per imported job: a second file with the same `source` would be updated and closed in step with
    the first, so the import could never tell them apart."""
    first: dict[str, SourceFile] = {}
    problems = []
    for src in sorted(postings, key=lambda s: s.path):
        source = src.data.get("source")
        if not isinstance(source, str):
            continue
        if source in first:
            problems.append(_problem(src, ("source",), f"source: '{_clip(source, 60)}' is also the source of "
                                                       f"{first[source].path} — one file per imported job: delete "
                                                       "one of them, or remove `source` from the one written by "
                                                       "hand"))
        first.setdefault(source, src)
    return problems


def _site_category_ids(site: SourceFile | None) -> list[str]:
    categories = site.data.get("categories") if site else None
    if not isinstance(categories, list):
        return []
    return [c["id"] for c in categories if isinstance(c, dict) and isinstance(c.get("id"), str)]


# --- Leftovers from `jobsite new` ------------------------------------------------------------------------

def check_placeholders(src: SourceFile) -> list[Problem]:
    """Warn about every value, and the body, still holding the text `jobsite new` asked the author to fill in."""
    problems = [_problem(src, path, f"{schema.field_name(path)} still holds the placeholder '{found}' written by "
                                    "`jobsite new`: replace it with the real value", WARNING)
                for path, found in _paths_with_placeholder(src.data, ())]
    lines = src.body.split("\n")
    hits = [(i, m) for i, line in enumerate(lines) if (m := PLACEHOLDER_RE.search(line))]
    if hits:
        (line, match), places = hits[0], "" if len(hits) == 1 else f" (on {len(hits)} lines)"
        what = "description" if src.kind == "posting" else "profile"
        problems.append(Problem(src.path, src.body_line + line, match.start() + 1, WARNING,
                                f"the {what} still holds the placeholder '{match.group()}' written by "
                                f"`jobsite new`{places}: replace it with the real text"))
    return problems


def _paths_with_placeholder(value: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str) and (match := PLACEHOLDER_RE.search(value)):
        yield path, match.group()
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _paths_with_placeholder(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths_with_placeholder(item, path + (i,))
