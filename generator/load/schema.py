"""The one definition of every content field: used to validate, to write JSON Schema and to scaffold files.

Each type checks a raw YAML value, reports problems positioned at the value, and returns the cleaned value
(or INVALID). Messages speak to content authors: they name the field and say how to fix it.
"""
from __future__ import annotations

import datetime as dt
import difflib
import ipaddress
import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pycountry

from ..base.errors import BIDI_CONTROLS, ERROR, LINE_BREAKS, Problem
from .files import CONTROL_RE, ONE_LINE_SPOILER_RE, KeyPath, SourceFile
from .logos import LOGO_PATTERN


class _Invalid:
    """The marker for a rejected value. One instance, which stays itself through pickle: checked values are
    cached (sources.py) and compared with `is INVALID` afterwards."""

    def __reduce__(self) -> str:
        return "INVALID"

    def __repr__(self) -> str:
        return "INVALID"


INVALID = _Invalid()

# Each enum once: its ids in order, with the label visitors read beside each id.
STAGE_LABELS = {"pre-seed": "Pre-seed", "seed": "Seed", "series-a": "Series A", "series-b": "Series B",
                "series-c": "Series C", "series-d-plus": "Series D+", "late-stage": "Late stage",
                "public": "Public company", "bootstrapped": "Bootstrapped", "nonprofit": "Nonprofit"}
STAGES = tuple(STAGE_LABELS)
SIZES = ("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5000+")
WORKPLACE_LABELS = {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}
WORKPLACES = tuple(WORKPLACE_LABELS)
EMPLOYMENT_LABELS = {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
                     "internship": "Internship", "temporary": "Temporary"}
EMPLOYMENT_TYPES = tuple(EMPLOYMENT_LABELS)


@dataclass(frozen=True)
class Level:
    """One rung of the seniority ladder."""

    id: str
    label: str
    rung: int  # height on the ladder: staff and manager stand level, on the two tracks
    manages: bool  # the management track (manager, director, executive)


# The seniority ladder, lowest first: the one definition behind validation, the facet, estimates and similarity.
SENIORITY_LADDER = (
    Level("intern", "Intern", 0, False), Level("junior", "Junior", 1, False), Level("mid", "Mid-level", 2, False),
    Level("senior", "Senior", 3, False), Level("staff", "Staff / Principal", 4, False),
    Level("manager", "Manager", 4, True), Level("director", "Director", 5, True),
    Level("executive", "Executive", 6, True),
)
SENIORITIES = tuple(level.id for level in SENIORITY_LADDER)
SENIORITY_LABELS = {level.id: level.label for level in SENIORITY_LADDER}
# Pay periods, and how many make a full working year: 52 weeks of 5 days of 8 hours.
PERIODS_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}
PERIODS = tuple(PERIODS_PER_YEAR)
REGIONS = ("Worldwide", "Europe", "EU", "North America", "Latin America", "Asia-Pacific", "Africa", "Middle East")
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A repository's address on GitHub, nothing after it: the form and the edit links append their own paths.
GITHUB_REPOSITORY_PATTERN = r"^https://github\.com/[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"
# A branch name that is safe inside a URL path: git's own rules, narrowed to what boards use.
# A GitHub user as a posting's contact names it, with the @ that mentions them in an issue.
GITHUB_USER_PATTERN = r"^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"
# Where a company publishes its roles: an applicant-tracking system and the board's name in it.
ATS_KINDS = ("greenhouse", "lever", "ashby")
ATS_PATTERN = r"^(?:greenhouse|lever|ashby):[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
# Where an imported posting came from: the board as in `ats`, then the job's id in that ATS.
SOURCE_PATTERN = r"^(?:greenhouse|lever|ashby):[A-Za-z0-9][A-Za-z0-9._-]{0,99}/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
BRANCH_PATTERN = r"^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9_][A-Za-z0-9._-]*(?:/[A-Za-z0-9_][A-Za-z0-9._-]*)*$"


class Checker:
    """Collects problems for one file while types check its values."""

    def __init__(self, src: SourceFile):
        self.src = src
        self.problems: list[Problem] = []

    def report(self, path: KeyPath, message: str, level: str = ERROR, at_key: bool = False) -> None:
        line, col = self.src.key_position(path) if at_key else self.src.pos(path)
        self.problems.append(Problem(self.src.path, line, col, level, message))


def field_name(path: KeyPath) -> str:
    """Spell a key path the way an author reads it: salary.min, locations[2].country."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _non_finite(value: float) -> str:
    # YAML reads .inf, -.inf and .nan (any case) as these floats: name them as the file spells them.
    if math.isnan(value):
        return "not a number (.nan)"
    return "minus infinity (-.inf)" if value < 0 else "infinity (.inf)"


def describe(value: Any) -> str:
    """Name a YAML value's type in plain words for 'expected X, got Y' messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and not math.isfinite(value):
        return _non_finite(value)
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, dt.datetime):
        return "a date and time"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, str):
        return f"text ('{_clip(value)}')"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of keys"
    return type(value).__name__


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True)
class Type:
    """Base of every field type."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict:
        raise NotImplementedError

    def wrong(self, value: Any, path: KeyPath, c: Checker, expected: str) -> Any:
        c.report(path, f"{field_name(path)}: expected {expected}, got {describe(value)}")
        return INVALID


@dataclass(frozen=True)
class Text(Type):
    single_line: bool = True
    max_length: int = 200
    pattern: str | None = None
    pattern_hint: str = ""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return self.wrong(value, path, c, "text")
        text = str(value).strip()
        if not text:
            c.report(path, f"{field_name(path)} is empty: give a value or remove the key")
            return INVALID
        if self.single_line and "\n" in text:
            c.report(path, f"{field_name(path)} must be a single line")
            return INVALID
        if self.single_line and (spoiler := ONE_LINE_SPOILER_RE.search(text)):
            kind = "bidirectional control" if spoiler.group() not in "\r\x85\u2028\u2029" else "line break"
            c.report(path, f"{field_name(path)} contains the {kind} U+{ord(spoiler.group()):04X}: one-line fields "
                           "take none; delete it")
            return INVALID
        if control := CONTROL_RE.search(text):
            c.report(path, f"{field_name(path)} contains the invisible control character "
                           f"U+{ord(control.group()):04X}: delete it")
            return INVALID
        if len(text) > self.max_length:
            c.report(path, f"{field_name(path)} is {len(text)} characters long; the most is {self.max_length}")
            return INVALID
        if self.pattern and not re.fullmatch(self.pattern, text):
            c.report(path, f"{field_name(path)}: '{_clip(text)}' {self.pattern_hint}")
            return INVALID
        return text

    def json_schema(self) -> dict:
        # check() accepts a bare number as text (duration: 6), so the schema must not flag one.
        schema: dict[str, Any] = {"type": ["string", "number"], "minLength": 1, "maxLength": self.max_length}
        if self.pattern:
            schema["pattern"] = self.pattern
        elif self.single_line:
            schema["pattern"] = f"^[^{LINE_BREAKS}{BIDI_CONTROLS}]*$"
        return schema


@dataclass(frozen=True)
class Enum(Type):
    choices: tuple[str, ...]

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str) or isinstance(value, bool):
            return self.wrong(value, path, c, f"one of {', '.join(self.choices)}")
        if value not in self.choices:
            hint = _did_you_mean(value, self.choices)
            c.report(path, f"{field_name(path)}: '{_clip(value)}' is not valid{hint} — "
                           f"use one of: {', '.join(self.choices)}")
            return INVALID
        return value

    def json_schema(self) -> dict:
        return {"type": "string", "enum": list(self.choices)}


@dataclass(frozen=True)
class Mode(Enum):
    """warn, error or off. YAML 1.1 reads a bare `off` as false: that is what the author wrote, so it means off."""

    choices: tuple[str, ...] = ("warn", "error", "off")

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        return "off" if value is False else super().check(value, path, c)

    def json_schema(self) -> dict:
        return {"anyOf": [super().json_schema(), {"const": False}]}


@dataclass(frozen=True)
class Number(Type):
    minimum: float = 0
    maximum: float = 1e12  # above any pay in any currency; also keeps 400-digit integers out of float maths

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if isinstance(value, float) and not math.isfinite(value):
            c.report(path, f"{field_name(path)}: YAML reads this as {_non_finite(value)}, not an amount: write a "
                           "plain number such as 85000")
            return INVALID
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self.wrong(value, path, c, "a number such as 85000 (no currency sign or commas)")
        if value < self.minimum:
            c.report(path, f"{field_name(path)}: {_clip(str(value))} must be at least {self.minimum:g}")
            return INVALID
        if value > self.maximum:
            c.report(path, f"{field_name(path)}: {_clip(str(value))} is too large; the limit is {self.maximum:,.0f}")
            return INVALID
        return value

    def json_schema(self) -> dict:
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}


@dataclass(frozen=True)
class Date(Type):
    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if isinstance(value, dt.datetime):
            return self.wrong(value, path, c, "a date without time, such as 2026-11-20")
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value.strip()):
            try:
                year, month, day = (int(p) for p in value.strip().split("-"))
                return dt.date(year, month, day)
            except ValueError as exc:
                c.report(path, f"{field_name(path)}: '{value}' is not a real date ({exc})")
                return INVALID
        return self.wrong(value, path, c, "a date written YYYY-MM-DD, such as 2026-11-20")

    def json_schema(self) -> dict:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


@dataclass(frozen=True)
class Bool(Type):
    """true or false: YAML's own booleans only, so a quoted "no" is not silently taken for yes."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, bool):
            return self.wrong(value, path, c, "true or false")
        return value

    def json_schema(self) -> dict:
        return {"type": "boolean"}


# Offsets people live at, in minutes east of UTC: Baker Island (UTC-12) to Kiribati's Line Islands (UTC+14).
UTC_MIN, UTC_MAX = -12 * 60, 14 * 60
UTC_OFFSET_PATTERN = r"^UTC[+\-−](?:1[0-4]|0?[0-9])(?::[0-5][0-9])?$"
_UTC_OFFSET_RE = re.compile(r"UTC([+\-−])(\d{1,2})(?::([0-5]\d))?")


# The offsets in use somewhere, for choosing from a list (the form) and naming the visitor's (the listing): every
# whole hour, and Marquesas, Newfoundland, Iran, Afghanistan, India, Nepal, Myanmar, Eucla, Adelaide, Lord Howe,
# Chatham at their standard and summer offsets.
OFFSETS_IN_USE = tuple(sorted({h * 60 for h in range(-12, 15)} | {
    -570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825}))


def utc_offset_text(minutes: int) -> str:
    """Write an offset as front matter spells it: UTC-8, UTC+5:30 (ASCII, what UtcOffset reads)."""
    return utc_offset_label(minutes).replace("−", "-")


def utc_offset_label(minutes: int) -> str:
    """Write an offset the way people read it: UTC−8, UTC+5:30, UTC+0 (a true minus sign, as the issue asks)."""
    sign = "−" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


@dataclass(frozen=True)
class UtcOffset(Type):
    """An offset from UTC written UTC±H or UTC±H:MM (UTC-8, UTC+5:30); checked to minutes east of UTC."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30")
        text = value.strip()
        match = _UTC_OFFSET_RE.fullmatch(text)
        if not match:
            c.report(path, f"{field_name(path)}: '{_clip(text)}' is not an offset written UTC±H or UTC±H:MM, "
                           "such as UTC-8 or UTC+5:30")
            return INVALID
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        minutes = -minutes if match.group(1) in "-−" else minutes
        if not UTC_MIN <= minutes <= UTC_MAX:
            c.report(path, f"{field_name(path)}: {text} is outside UTC-12 … UTC+14, the offsets people live at")
            return INVALID
        return minutes

    def json_schema(self) -> dict:
        return {"type": "string", "pattern": UTC_OFFSET_PATTERN}


@dataclass(frozen=True)
class Url(Type):
    schemes: tuple[str, ...] = ("http", "https")

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "a URL starting with https://")
        url = value.strip()
        problem = url_problem(url, self.schemes)
        if problem:
            c.report(path, f"{field_name(path)}: '{_clip(url, 60)}' {problem}")
            return INVALID
        return url

    def json_schema(self) -> dict:
        return {"type": "string", "format": "uri", "pattern": "^(" + "|".join(self.schemes) + ")://"}


_NOT_IN_URLS = frozenset('"<>`{}|\\^')


@dataclass(frozen=True)
class Logo(Type):
    """A logo file in the repository (logos/acme.svg, under content/), served by the site itself."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "a file in content/logos/, such as logos/acme.svg")
        name = value.strip()
        if re.fullmatch(LOGO_PATTERN, name):
            return name
        if name.startswith(("http://", "https://")):
            c.report(path, f"{field_name(path)}: the site shows images from its own address only (its "
                           "Content-Security-Policy): save the logo as content/logos/<company>.svg (or .png, .webp) "
                           "and write logo: logos/<company>.svg")
        else:
            c.report(path, f"{field_name(path)}: '{_clip(name, 60)}' is not a logo file: write a path such as "
                           "logos/acme.svg (an .svg, .png or .webp file in content/logos/)")
        return INVALID

    def json_schema(self) -> dict:
        return {"type": "string", "pattern": f"^{LOGO_PATTERN}$"}


def url_problem(url: str, schemes: tuple[str, ...] = ("http", "https")) -> str | None:
    """Say what is wrong with an outbound URL, or None when it is safe to link to."""
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return "contains spaces or control characters"
    if any(ch in _NOT_IN_URLS for ch in url):
        return 'contains characters that must be percent-encoded (" < > ` { } | \\ ^)'
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 — raises ValueError on a malformed port
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in schemes:
        return f"is not an {' or '.join(schemes)} URL"
    if host and _is_private_host(host):  # before the host-name test: 'localhost' deserves the plain reason
        return "points at a local or private address"
    if not host or "." not in host and not host.startswith("["):
        return "has no valid host name"
    if parts.username or parts.password:
        return "must not contain a user name or password"
    return None


def _is_private_host(host: str) -> bool:
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not ip.is_global


@dataclass(frozen=True)
class Country(Type):
    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "a two-letter country code such as DE")
        code = value.strip()
        if len(code) != 2 or pycountry.countries.get(alpha_2=code.upper()) is None:
            c.report(path, f"{field_name(path)}: '{_clip(code)}' is not an ISO 3166-1 alpha-2 country code "
                           "(such as US, DE, RS)")
            return INVALID
        if code != code.upper():
            c.report(path, f"{field_name(path)}: write the country code in capitals: '{code.upper()}'")
            return INVALID
        return code

    def json_schema(self) -> dict:
        return {"type": "string", "enum": sorted(co.alpha_2 for co in pycountry.countries)}


SUBDIVISION_PATTERN = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"


@dataclass(frozen=True)
class Subdivision(Type):
    """An ISO 3166-2 code for a state, province or region, such as US-CO or DE-BE."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "an ISO 3166-2 code such as US-CO")
        code = value.strip()
        if pycountry.subdivisions.get(code=code.upper()) is None:
            c.report(path, f"{field_name(path)}: '{_clip(code)}' is not an ISO 3166-2 subdivision code "
                           "(such as US-CA, US-NY, DE-BE)")
            return INVALID
        if code != code.upper():
            c.report(path, f"{field_name(path)}: write the region code in capitals: '{code.upper()}'")
            return INVALID
        return code

    def json_schema(self) -> dict:
        # A pattern, not the 5,000 codes: check() names an unknown code with the file's line.
        return {"type": "string", "pattern": SUBDIVISION_PATTERN}


@dataclass(frozen=True)
class Currency(Type):
    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, str):
            return self.wrong(value, path, c, "a three-letter currency code such as USD")
        code = value.strip()
        if len(code) != 3 or code != code.upper() or pycountry.currencies.get(alpha_3=code) is None:
            c.report(path, f"{field_name(path)}: '{_clip(code)}' is not an ISO 4217 currency code "
                           "(such as USD, EUR, GBP)")
            return INVALID
        return code

    def json_schema(self) -> dict:
        return {"type": "string", "enum": sorted(cu.alpha_3 for cu in pycountry.currencies)}


@dataclass(frozen=True)
class Eligibility(Type):
    """A country code or a region name that a remote applicant may live in."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if isinstance(value, str) and value.strip() in REGIONS:
            return value.strip()
        if isinstance(value, str) and len(value.strip()) == 2:
            return Country().check(value, path, c)
        return self.wrong(value, path, c, f"a country code or one of {', '.join(REGIONS)}")

    def json_schema(self) -> dict:
        return {"anyOf": [Country().json_schema(), {"type": "string", "enum": list(REGIONS)}]}


@dataclass(frozen=True)
class ListOf(Type):
    item: Type
    unique: bool = True
    max_items: int = 50

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, list):
            return self.wrong(value, path, c, "a list (one '- item' per line, or [a, b])")
        if not value:
            c.report(path, f"{field_name(path)} is empty: list at least one item or remove the key")
            return INVALID
        if len(value) > self.max_items:
            c.report(path, f"{field_name(path)} has {len(value)} items; the limit is {self.max_items}")
            return INVALID
        items = [self.item.check(v, path + (i,), c) for i, v in enumerate(value)]
        if any(_invalid(i) for i in items):
            return INVALID
        if self.unique:
            self._report_duplicates(items, path, c)
        return tuple(items)

    def _report_duplicates(self, items: list, path: KeyPath, c: Checker) -> None:
        seen: set = set()
        for i, item in enumerate(items):
            key = item.lower() if isinstance(item, str) else repr(item)
            if key in seen:
                c.report(path + (i,), f"{field_name(path + (i,))}: '{_clip(str(item))}' is listed twice", "warning")
            seen.add(key)

    def json_schema(self) -> dict:
        schema = {"type": "array", "minItems": 1, "maxItems": self.max_items, "items": self.item.json_schema()}
        if self.unique:
            schema["uniqueItems"] = True
        return schema


def _invalid(item: Any) -> bool:
    """An item is unusable when it is INVALID or is an object with an INVALID field (a bad location's country)."""
    return item is INVALID or isinstance(item, dict) and any(v is INVALID for v in item.values())


@dataclass(frozen=True)
class MapOf(Type):
    value_type: Type
    key_pattern: str = r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,30}$"

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, path, c, "a set of 'name: value' lines")
        out = {}
        for key, item in value.items():
            if not re.fullmatch(self.key_pattern, key):
                c.report(path + (key,), f"{field_name(path)}: '{_clip(key)}' is not a valid name "
                                        "(letters, digits, spaces, '.', '_' or '-')", at_key=True)
                continue
            out[key] = self.value_type.check(item, path + (key,), c)
        return INVALID if any(v is INVALID for v in out.values()) else tuple(sorted(out.items()))

    def json_schema(self) -> dict:
        return {"type": "object", "propertyNames": {"pattern": self.key_pattern},
                "additionalProperties": self.value_type.json_schema()}


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Obj(Type):
    fields: tuple[Field, ...]
    title: str = ""

    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if not isinstance(value, dict):
            return self.wrong(value, path, c, "a set of 'key: value' lines")
        known = self.by_name()
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key not in known:
                c.report(path + (key,), f"unknown key '{_clip(field_name(path + (key,)))}'"
                                        f"{_did_you_mean(key, tuple(known))}", at_key=True)
                continue
            if item is None:
                c.report(path + (key,), f"{field_name(path + (key,))} is empty: give a value or remove the key")
                out[key] = INVALID
                continue
            out[key] = known[key].type.check(item, path + (key,), c)
        for f in self.fields:
            if f.required and f.name not in value:
                where = f" in {field_name(path)}" if path else ""
                c.report(path, f"missing required key '{f.name}'{where}" + (f" ({f.doc})" if f.doc else ""))
                out[f.name] = INVALID
        return out

    def json_schema(self) -> dict:
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [f.name for f in self.fields if f.required],
            "properties": {f.name: {**f.type.json_schema(), "description": f.doc} for f in self.fields},
        }


def _did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    match = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return f" — did you mean '{match[0]}'?" if match else ""


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """Suggest the closest valid word, or nothing when none is close."""
    return _did_you_mean(word, tuple(choices))


@dataclass(frozen=True)
class Place(Obj):
    """A location: its region, when given, must lie in its country."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        out = super().check(value, path, c)
        if not isinstance(out, dict):
            return out
        region, country = out.get("region"), out.get("country")
        if isinstance(region, str) and isinstance(country, str) and region.split("-")[0] != country:
            where = path + ("region",)
            c.report(where, f"{field_name(where)}: '{region}' is not in {country} — use a code starting "
                            f"'{country}-', or fix the country")
            out["region"] = INVALID
        return out


@dataclass(frozen=True)
class Window(Obj):
    """A span of UTC offsets: `from` must not lie east of `to`."""

    says: str = ""  # the rule in the /post-a-job/ form's words (render/pages/post_a_job.py ships it)

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        out = super().check(value, path, c)
        if not isinstance(out, dict) or not all(isinstance(out.get(k), int) for k in ("from", "to")):
            return out
        if out["from"] > out["to"]:
            where = path + ("to",)
            c.report(where, f"{field_name(where)}: {utc_offset_label(out['to'])} is west of from "
                            f"({utc_offset_label(out['from'])}) — give the western offset as from, the eastern as to")
            out["to"] = INVALID
        return out


TIME_ZONES = Window((
    Field("from", UtcOffset(), True, "the westernmost offset, e.g. UTC-8"),
    Field("to", UtcOffset(), True, "the easternmost offset, e.g. UTC-3"),
), "time_zones", "The easternmost offset is west of the westernmost: swap them.")

LOCATION = Place((
    Field("city", Text(max_length=80), True, "city name, e.g. Berlin"),
    Field("country", Country(), True, "ISO 3166-1 alpha-2 code, e.g. DE"),
    Field("region", Subdivision(), False, "ISO 3166-2 state or region code, e.g. US-CO; pay-transparency laws "
                                         "apply by state"),
), "location")

PAY_AMOUNT = Number(minimum=1)  # validate.check_salary reads only amounts this accepts
SALARY = Obj((
    Field("min", PAY_AMOUNT, True, "lowest pay in the range, a plain number"),
    Field("max", PAY_AMOUNT, True, "highest pay in the range, a plain number"),
    Field("currency", Currency(), True, "ISO 4217 code, e.g. USD, EUR"),
    Field("period", Enum(PERIODS), True, "what the figures are paid per"),
), "salary")

CATEGORY = Obj((
    Field("id", Text(max_length=30, pattern=SLUG_PATTERN, pattern_hint="must be lowercase letters, digits and "
                                                                     "hyphens"), True, "short id used in URLs"),
    Field("label", Text(max_length=40), True, "name shown to visitors"),
    Field("telegram", Url(("https",)), False, "the category's Telegram channel for job alerts"),
), "category")

SITE = Obj((
    Field("title", Text(max_length=80), True, "the board's name"),
    Field("base_url", Url(), True, "where the site is published, e.g. https://jobs.example.org"),
    Field("description", Text(max_length=300), True, "one sentence about the board"),
    Field("language", Text(max_length=12, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                           pattern_hint="is not a language tag such as en or en-GB"), True, "page language"),
    Field("categories", ListOf(CATEGORY), True, "the job categories, e.g. ai, web3, robotics"),
    Field("pay_transparency", Mode(), False, "how `jobsite check` treats a posting that a "
                                                                  "pay-transparency law requires to show pay: "
                                                                  "warn (default), error or off"),
    Field("trust_checks", Mode(), False, "how `jobsite check` treats a posting that looks like a "
                                                         "scam or a copy (fees, crypto, run-our-code tests, chat or "
                                                         "off-domain apply links, copies): warn (default), error or "
                                                         "off"),
    Field("repository", Text(max_length=160, pattern=GITHUB_REPOSITORY_PATTERN,
                             pattern_hint="is not a GitHub repository address such as https://github.com/owner/repo"),
          False, "the board's GitHub repository, for edit links and the /post-a-job/ form"),
    Field("branch", Text(max_length=100, pattern=BRANCH_PATTERN,
                         pattern_hint="is not a branch name such as main"),
          False, "the branch pull requests go to (default main)"),
), "site")

COMPANY = Obj((
    Field("name", Text(max_length=100), True, "company name as it should appear"),
    Field("website", Url(), True, "company home page"),
    Field("stage", Enum(STAGES), True, "funding stage"),
    Field("tagline", Text(max_length=160), True, "one line about what the company does"),
    Field("headquarters", LOCATION, False, "city and country of the head office"),
    Field("size", Enum(SIZES), False, "number of employees"),
    Field("categories", ListOf(Text(max_length=30)), False, "site category ids the company works in"),
    Field("logo", Logo(), False, "a square logo file in content/logos/, such as logos/acme.svg"),
    Field("links", MapOf(Url()), False, "other pages, name → URL (github, x, blog …)"),
    Field("ats", ListOf(Text(max_length=120, pattern=ATS_PATTERN,
                             pattern_hint="is not an applicant-tracking board such as greenhouse:acme, "
                                          "lever:acme or ashby:acme")),
          False, "where the company publishes its roles: greenhouse:BOARD, lever:SITE or ashby:BOARD"),
), "company")

POSTING = Obj((
    Field("title", Text(max_length=120), True, "the role's title"),
    Field("company", Text(max_length=60), True, "the company's slug: its file name in companies/"),
    Field("category", Text(max_length=30), True, "a category id from site.yaml"),
    Field("tags", ListOf(Text(max_length=30), max_items=12), False, "short keywords, e.g. rust, llm"),
    Field("locations", ListOf(LOCATION, max_items=20), False, "where the role is based; required unless remote"),
    Field("workplace", Enum(WORKPLACES), True, "onsite, hybrid or remote"),
    Field("remote_eligibility", ListOf(Eligibility()), False, "remote only: countries or regions applicants may "
                                                             "live in"),
    Field("time_zones", TIME_ZONES, False, "remote only: the UTC offsets between which people must live "
                                           "or work, e.g. {from: UTC-8, to: UTC-3}"),
    Field("visa_sponsorship", Bool(), False, "true if the employer sponsors work visas, false if it does not"),
    Field("relocation", Bool(), False, "true if the employer helps with relocation, false if it does not"),
    Field("employment_type", Enum(EMPLOYMENT_TYPES), True, "kind of contract"),
    Field("duration", Text(max_length=60), False, "length of a fixed-term role, e.g. 12–24 weeks"),
    Field("seniority", Enum(SENIORITIES), False, "overrides the seniority inferred from the title"),
    Field("salary", SALARY, False, "the employer's own pay range"),
    Field("posted", Date(), True, "date the role was posted, YYYY-MM-DD"),
    Field("expires", Date(), False, "last day to apply, YYYY-MM-DD"),
    Field("closed", Date(), False, "the day the role was found filled or gone, YYYY-MM-DD: its page stays, marked "
                                   "closed, and it leaves every listing"),
    Field("contact", Text(max_length=40, pattern=GITHUB_USER_PATTERN,
                          pattern_hint="is not a GitHub user such as @octocat"),
          False, "the GitHub user who answers for the posting, e.g. @octocat: reminded before it expires"),
    Field("apply_url", Url(), True, "the company's application page"),
    Field("source", Text(max_length=210, pattern=SOURCE_PATTERN,
                         pattern_hint="is not an imported job such as greenhouse:acme/4012345 (ATS:BOARD/JOB-ID)"),
          False, "written by `jobsite import`: the ATS, board and job id this posting is kept in step with"),
), "posting")


def check_document(src: SourceFile, schema: Obj) -> tuple[dict[str, Any], list[Problem]]:
    """Validate one file's front matter against its schema; return cleaned values and problems."""
    c = Checker(src)
    values = schema.check(src.data, (), c)
    return values, c.problems
