"""Pay-transparency checks: a posting that a law requires to show pay, shows it.

The laws are data (data/pay-transparency.yaml), read with the same field types as content. Each rule reaches a
posting through a location in its state or city, or, for laws that cover remote work, through a remote role
open to the rule's country or bloc. The company's `size` decides the employer threshold; a posting dated
before a requirement took effect is not held to it; only the employer's own `salary` counts, never an
estimate. Findings are positioned on the posting's `locations` (or `remote_eligibility`) and `salary`.
"""
from __future__ import annotations

import datetime as dt
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from functools import cached_property, lru_cache
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pycountry

from ..base.addresses import company_file
from ..base.cache import Table, text_key
from ..base.errors import ERROR, INFO, WARNING, ContentError, Problem, has_errors
from ..load import schema
from ..load.files import KeyPath, SourceFile, display_path, parse_yaml
from ..load.schema import INVALID, Checker, Field, Obj, field_name
from .regions import EU

if TYPE_CHECKING:
    from .records import Location, Posting, Site

RULES_FILE = Path(__file__).parent / "data" / "pay-transparency.yaml"
REQUIREMENTS = ("pay-range", "benefits", "closing-date")
LEVELS = {"warn": WARNING, "error": ERROR}
WHAT = {  # requirement → (what the law asks the ad to show, how the author adds it)
    "pay-range": ("the pay range", "add salary min and max"),
    "benefits": ("a general description of benefits",
                 "describe them in the role's description (health cover, retirement, paid leave …)"),
    "closing-date": ("the date applications close", "add expires"),
}


# --- The rule table --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Requirement:
    show: str  # one of REQUIREMENTS
    since: dt.date


@dataclass(frozen=True)
class Rule:
    id: str
    jurisdiction: str  # ISO 3166-2, or EU
    name: str  # in English: Colorado, New York City, European Union
    law: str
    citation: str
    url: str
    effective: dt.date
    min_employees: int
    remote: bool
    in_ad: bool
    requires: tuple[Requirement, ...]
    notes: str
    city: str | None = None
    city_names: tuple[str, ...] = ()

    @property
    def countries(self) -> frozenset[str]:
        """Countries whose residents a remote role must be open to for this rule to reach it."""
        return EU if self.jurisdiction == "EU" else frozenset({self.jurisdiction.split("-")[0]})

    def covers_city(self, city: str) -> bool:
        names = {n.casefold() for n in (self.city or "", *self.city_names)}
        return self.city is None or city.strip().casefold() in names


@dataclass(frozen=True)
class RuleTable:
    reviewed: dt.date
    benefit_words: tuple[str, ...]
    rules: tuple[Rule, ...]
    # Each rule's jurisdiction in words (jurisdiction_label), made with the table: the page then needs no
    # ISO 3166-2 database, whose loading cost a rebuild a tenth of a second. Empty for a table made by hand.
    labels: tuple[str, ...] = ()

    @cached_property
    def benefit_re(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(self.benefit_words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Jurisdiction(schema.Type):
    """EU, or an ISO 3166-2 subdivision code."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        return "EU" if value == "EU" else schema.Subdivision().check(value, path, c)

    def json_schema(self) -> dict:
        return {"anyOf": [{"const": "EU"}, schema.Subdivision().json_schema()]}


@dataclass(frozen=True)
class Flag(schema.Type):
    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        return value if isinstance(value, bool) else self.wrong(value, path, c, "true or false")

    def json_schema(self) -> dict:
        return {"type": "boolean"}


@dataclass(frozen=True)
class RequirementItem(schema.Type):
    """`pay-range`, or `{show: closing-date, since: 2024-01-01}` for a requirement that started later."""

    def check(self, value: Any, path: KeyPath, c: Checker) -> Any:
        if isinstance(value, dict):
            return _REQUIREMENT.check(value, path, c)
        return schema.Enum(REQUIREMENTS).check(value, path, c)

    def json_schema(self) -> dict:
        return {"anyOf": [schema.Enum(REQUIREMENTS).json_schema(), _REQUIREMENT.json_schema()]}


_REQUIREMENT = Obj((Field("show", schema.Enum(REQUIREMENTS), True), Field("since", schema.Date(), True)))
RULE = Obj((
    Field("id", schema.Text(max_length=40, pattern=schema.SLUG_PATTERN, pattern_hint="must be a slug"), True),
    Field("jurisdiction", Jurisdiction(), True),
    Field("city", schema.Text(max_length=80)),
    Field("city_names", schema.ListOf(schema.Text(max_length=80))),
    Field("name", schema.Text(max_length=60), True),
    Field("law", schema.Text(max_length=80), True),
    Field("citation", schema.Text(max_length=200), True),
    Field("url", schema.Url(("https",)), True),
    Field("effective", schema.Date(), True),
    Field("min_employees", schema.Number(minimum=1, maximum=100_000), True),
    Field("remote", Flag(), True),
    Field("in_ad", Flag(), True),
    Field("requires", schema.ListOf(RequirementItem(), max_items=len(REQUIREMENTS)), True),
    Field("notes", schema.Text(single_line=False, max_length=600), True),
), "rule")
TABLE = Obj((
    Field("reviewed", schema.Date(), True),
    Field("benefit_words", schema.ListOf(schema.Text(max_length=40), max_items=100), True),
    Field("rules", schema.ListOf(RULE, unique=False, max_items=200), True),
), "pay-transparency rules")


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> RuleTable:
    """Read and check the rule table; raise ContentError naming every problem at its line."""
    return _rules_from(path.read_bytes(), path)


def stored_rules(memo: Table | None, path: Path = RULES_FILE) -> RuleTable:
    """`load_rules(path)`, kept in `memo` (the cache's `rules`) under the file's place and bytes: a rebuild
    unpickles the checked table rather than parsing and checking it again (a fifth of a CPU second)."""
    if memo is None:
        return load_rules(path)
    data = path.read_bytes()
    key = text_key("pay-transparency rules", display_path(path), data)
    found = memo.get(key)
    if found is not None:
        return pickle.loads(found)
    table = _rules_from(data, path)  # raises on a problem: nothing is kept
    memo.put(key, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    return table


def _rules_from(data: bytes, path: Path) -> RuleTable:
    problems: list[Problem] = []
    parsed = parse_yaml(data.decode("utf-8"), path, 0, problems)
    if parsed is None:
        raise ContentError(problems)
    src = SourceFile(display_path(path), "rules", path.stem, "", *parsed)
    values, more = schema.check_document(src, TABLE)
    problems += more + _check_table(src, values)
    if has_errors(problems):
        raise ContentError(problems)
    rules = tuple(_rule(r) for r in values["rules"])
    return RuleTable(values["reviewed"], values["benefit_words"], rules, tuple(jurisdiction_label(r) for r in rules))


def _check_table(src: SourceFile, values: dict[str, Any]) -> list[Problem]:
    rules = values.get("rules")
    if rules is INVALID or rules is None:
        return []
    problems, seen = [], set()
    for i, rule in enumerate(rules):
        if rule["id"] in seen:
            problems.append(_at(src, ("rules", i, "id"), ERROR, f"rules[{i + 1}].id: '{rule['id']}' is used twice"))
        seen.add(rule["id"])
    return problems


def _rule(v: dict[str, Any]) -> Rule:
    requires = tuple(Requirement(r, v["effective"]) if isinstance(r, str) else Requirement(r["show"], r["since"])
                     for r in v["requires"])
    return Rule(v["id"], v["jurisdiction"], v["name"], v["law"], v["citation"], v["url"], v["effective"],
                int(v["min_employees"]), v["remote"], v["in_ad"], requires, v["notes"], v.get("city"),
                v.get("city_names", ()))


def _at(src: SourceFile, path: KeyPath, level: str, message: str) -> Problem:
    line, col = src.pos(path)
    return Problem(src.path, line, col, level, message)


# --- Which rules reach a posting -------------------------------------------------------------------------

def reaching_rules(posting: Posting, rules: tuple[Rule, ...]) -> Iterator[tuple[Rule, KeyPath]]:
    """Each rule that reaches the posting, once, with the key path of what makes it reach."""
    remote = posting.workplace == "remote"
    countries = posting.countries if remote else frozenset()  # None: open anywhere, to residents of everywhere
    for rule in rules:
        where = next((("locations", i) for i, loc in enumerate(posting.locations) if _located(loc, rule)), None)
        if where is None and remote and rule.remote and (countries is None or countries & rule.countries):
            where = _remote_key(posting)
        if where is not None:
            yield rule, where


def _remote_key(posting: Posting) -> KeyPath:
    if posting.remote_eligibility:
        return ("remote_eligibility",)
    return ("locations",) if posting.locations else ("workplace",)


def _located(loc: Location, rule: Rule) -> bool:
    if rule.jurisdiction == "EU":
        return loc.country in EU
    return loc.region == rule.jurisdiction and rule.covers_city(loc.city)


# --- Employer size ---------------------------------------------------------------------------------------

def size_bounds(size: str) -> tuple[int, float]:
    """'11-50' → (11, 50); '5000+' → (5000, inf)."""
    if size.endswith("+"):
        return int(size[:-1]), float("inf")
    low, high = size.split("-")
    return int(low), int(high)


def coverage(size: str | None, min_employees: int) -> str:
    """'covered', 'maybe' (the size range straddles the threshold) or 'too small'; an unknown size is covered."""
    if size is None or min_employees <= 1:
        return "covered"
    low, high = size_bounds(size)
    if high < min_employees:
        return "too small"
    return "covered" if low >= min_employees else "maybe"


# --- Findings --------------------------------------------------------------------------------------------

def check_pay_transparency(sources: Iterable[SourceFile], postings: list[Posting], site: Site | None,
                           table: RuleTable | None = None, memo: Table | None = None) -> list[Problem]:
    """Every pay-transparency finding for the postings, at the level site.yaml's `pay_transparency` sets.

    `memo` (the cache's `findings` table) keeps each posting's findings under its fingerprint, which covers its
    file, its company and site.yaml; the rule table ships with the code, whose version stamps the cache."""
    mode = site.pay_transparency if site else "warn"
    if mode == "off":
        return []
    table = table or load_rules()
    by_path = {src.path: src for src in sources}
    problems = []
    if memo is not None:  # one query for a few hundred postings, not one each
        memo.get_many([p.fingerprint for p in postings if p.fingerprint])
    for posting in postings:
        if posting.closed:
            continue  # marked closed: no longer advertised, so no law asks anything of it (and an editor closing a
            # role under `pay_transparency: error` is not made to complete its ad first)
        known = memo.get(posting.fingerprint) if memo is not None and posting.fingerprint else None
        if known is not None:
            problems += (Problem(*fields) for fields in known)
            continue
        src = by_path[posting.source]
        if refused_eligibility(posting, src):
            continue  # not cached: the file's own error is what the author fixes first
        found = suggest_regions(posting, src) + posting_findings(posting, src, table, LEVELS[mode])
        if memo is not None and posting.fingerprint:
            memo.put(posting.fingerprint, tuple(astuple(p) for p in found))
        problems += found
    return problems


def refused_eligibility(posting: Posting, src: SourceFile) -> bool:
    """A remote role whose remote_eligibility was refused (its error is reported): read as open to anyone, it
    would be held to every law on Earth, and an EU-only role told what Colorado asks of it."""
    return posting.workplace == "remote" and not posting.remote_eligibility and "remote_eligibility" in src.data


def suggest_regions(posting: Posting, src: SourceFile) -> list[Problem]:
    """Note each US location without a region: state laws cannot be applied to it."""
    return [_at(src, ("locations", i), INFO, f"locations[{i + 1}]: add region (the state's ISO 3166-2 code, such "
                                             f"as US-CA or US-NY) so that {loc.city}'s pay-transparency law can "
                                             "be checked")
            for i, loc in enumerate(posting.locations) if loc.country == "US" and loc.region is None]


def posting_findings(posting: Posting, src: SourceFile, table: RuleTable, level: str) -> list[Problem]:
    """One finding per thing the posting misses: the laws that ask for the same thing at the same place and
    level are named in one message ("add salary min and max: 9 laws require the pay range in this ad: …")."""
    groups: dict[tuple, list[tuple[Rule, Requirement]]] = {}
    for rule, where in reaching_rules(posting, table.rules):
        covered = coverage(posting.company.size, rule.min_employees)
        if covered == "too small":
            continue
        for req in rule.requires:
            if posting.posted < req.since or _meets(req.show, posting, src, table):
                continue
            rule_level = level if rule.in_ad and covered == "covered" else INFO
            path = ("salary",) if req.show == "pay-range" and "salary" in src.data else where
            groups.setdefault((path, rule_level, req.show, rule.in_ad), []).append((rule, req))
    return [_at(src, path, rule_level, finding_message(*found[0], posting, src) if len(found) == 1
                else grouped_message(found, posting, src))
            for (path, rule_level, _, _), found in groups.items()]


def grouped_message(found: list[tuple[Rule, Requirement]], posting: Posting, src: SourceFile) -> str:
    """"add salary min and max: 9 laws require the pay range in this ad: California (since 2023-01-01), …"."""
    rule, req = found[0]
    what, fix = WHAT[req.show]
    if req.show == "pay-range":
        what, fix = _range_wording(src, what, fix)
    where = "in this ad" if rule.in_ad else "before the interview, in the ad or otherwise"
    laws = ", ".join(f"{r.name} (since {q.since.isoformat()})" for r, q in found)
    return f"{fix}: {len(found)} laws require {what} {where}: {laws}{_size_note(found, posting)}"


def _size_note(found: list[tuple[Rule, Requirement]], posting: Posting) -> str:
    """Why laws with an employer threshold count the company in, once for the whole group."""
    if all(rule.min_employees <= 1 for rule, _ in found):
        return ""
    size, company = posting.company.size, posting.company.slug
    if size is None:
        return f"; {company_file(company)} gives no size, so it counts as covered by every size threshold"
    if any(coverage(size, rule.min_employees) == "maybe" for rule, _ in found):
        return f"; {company_file(company)} gives {size}: a law whose threshold lies above its size asks nothing"
    return ""


def _meets(show: str, posting: Posting, src: SourceFile, table: RuleTable) -> bool:
    if show == "pay-range":
        return posting.salary is not None  # the employer's own range; an estimate never counts
    if show == "closing-date":
        return posting.expires is not None
    return _describes_benefits(table.benefit_re, posting.body_html)


@lru_cache(maxsize=1024)
def _describes_benefits(benefit_re: re.Pattern[str], body_html: str) -> bool:
    # Several rules ask about one posting's benefits; the search over its text is the check's main cost.
    return bool(benefit_re.search(_plain_text(body_html)))


def _plain_text(html: str) -> str:
    """The description's words, as a reader sees them (the model keeps the HTML, not the Markdown)."""
    return unescape(re.sub(r"<[^>]+>", " ", html))


def finding_message(rule: Rule, req: Requirement, posting: Posting, src: SourceFile) -> str:
    """'Colorado (Equal Pay for Equal Work Act, since 2021-01-01) requires the pay range in this ad: add …'."""
    what, fix = WHAT[req.show]
    if req.show == "pay-range":
        what, fix = _range_wording(src, what, fix)
    where = "in this ad" if rule.in_ad else "before the interview, in the ad or otherwise"
    who = _threshold_wording(rule, posting)
    return f"{rule.name} ({rule.law}, since {req.since.isoformat()}) requires {what} {where}{who}: {fix}"


def _range_wording(src: SourceFile, what: str, fix: str) -> tuple[str, str]:
    salary = src.data.get("salary")
    if not isinstance(salary, dict):
        return what, fix
    ends = [end for end in ("min", "max") if end in salary]
    if len(ends) == 1:  # "from 80,000" or "up to 120,000": the schema reports the missing key too
        missing = field_name(("salary", "max" if ends == ["min"] else "min"))
        return "both ends of the pay range", f"add {missing} (an open-ended range does not count)"
    return what, "fix salary so that it is a valid range"


def _threshold_wording(rule: Rule, posting: Posting) -> str:
    if rule.min_employees <= 1:
        return ""
    size, company = posting.company.size, posting.company.slug
    if size is None:
        return (f" from employers with {rule.min_employees} or more employees ({company_file(company)} gives no "
                "size, so it counts as covered)")
    if coverage(size, rule.min_employees) == "maybe":
        return (f" from employers with {rule.min_employees} or more employees ({company_file(company)} gives "
                f"{size}; nothing is needed if it has fewer)")
    return ""


# --- For the /pay-transparency/ page ---------------------------------------------------------------------

def jurisdiction_label(rule: Rule) -> str:
    """Where a rule applies, in words: 'Colorado (US-CO)', 'New York City, New York State (US-NY)'."""
    if rule.jurisdiction == "EU":
        return "European Union member states"
    sub = pycountry.subdivisions.get(code=rule.jurisdiction)
    state = sub.name if sub is not None else rule.jurisdiction
    return f"{rule.name}, {state} ({rule.jurisdiction})" if rule.city else f"{state} ({rule.jurisdiction})"
