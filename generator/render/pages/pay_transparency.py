"""The /pay-transparency/ page: the rule table the checks use, its sources, and how this board applies it."""
from __future__ import annotations

from dataclasses import dataclass

from ...base import addresses
from ...model import Model
from ...model.pay_transparency import RULES_FILE, Rule, RuleTable, jurisdiction_label, load_rules
from .. import format as fmt
from ..output import Output
from .renderer import PageRenderer

SHOWS = {"pay-range": "the pay range (a minimum and a maximum, or one fixed figure)",
         "benefits": "a general description of benefits and other compensation",
         "closing-date": "the date applications are expected to close"}
# In words for job seekers and employers; how `jobsite check` reports findings is in docs/content.md.
MODES = {
    "warn": "Before a posting goes up, the board's editors are told about anything it misses, so they can ask the "
            "employer to add it.",
    "error": "A posting that misses a requirement is not published until the employer adds what is missing.",
    "off": "This board does not check its postings against these laws; the list below is for reference only.",
}


@dataclass(frozen=True)
class RuleView:
    """One rule as the page shows it: every phrase decided here, the template only lays it out."""

    id: str
    name: str
    where: str
    law: str
    citation: str
    url: str
    since: str
    employers: str
    shows: tuple[str, ...]
    remote: str
    disclosure: str
    notes: str


def rule_view(rule: Rule, label: str | None = None) -> RuleView:
    shows = tuple(SHOWS[r.show] + ("" if r.since == rule.effective else f" (since {fmt.format_date(r.since)})")
                  for r in rule.requires)
    employers = ("every employer" if rule.min_employees <= 1
                 else f"employers with {rule.min_employees} or more employees")
    remote = ("yes: a remote role open to its residents is covered" if rule.remote
              else "only roles located there are checked")
    disclosure = "in the ad" if rule.in_ad else "before the interview, in the ad or otherwise (a note, never an error)"
    return RuleView(rule.id, rule.name, label or jurisdiction_label(rule), rule.law, rule.citation, rule.url,
                    fmt.format_date(rule.effective), employers, shows, remote, disclosure, rule.notes)


def render_pay_transparency_page(r: PageRenderer, model: Model, table: RuleTable | None = None) -> list[Output]:
    """The page listing every rule in data/pay-transparency.yaml, sorted by jurisdiction name."""
    table = table or load_rules()
    labels = dict(zip((r.id for r in table.rules), table.labels, strict=False))  # none for a hand-made table
    rules = tuple(rule_view(r, labels.get(r.id)) for r in sorted(table.rules, key=lambda r: (r.name, r.id)))
    origin = f"generator/model/data/{RULES_FILE.name}"
    return [r.page(addresses.page_file(addresses.PAY_TRANSPARENCY_URL), "pay-transparency.html", origin, rules=rules,
                   reviewed=fmt.format_date(table.reviewed), mode=MODES[model.site.pay_transparency])]
