"""The /post-a-job/ page: a static form that writes one posting file (and a new company's) for a pull request.

It depends on site.yaml's `repository` (https://github.com/OWNER/REPO) and `branch`; without a
repository the form offers only "Download" and "Copy".
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from ...base import addresses
from ...base.memo import Deferred
from ...base.money import USD_PER_UNIT
from ...base.slugs import entities, spellings
from ...load import schema
from ...load.json_schema import schema_files
from ...load.markdown import LINK_REL, SAFE_SCHEMES
from ...load.posting_rules import CLOSES_AFTER_HOURS, POSTING_RULES, Rule
from ...load.validate import PLAUSIBLE_SAYS, PLAUSIBLE_USD_PER_YEAR
from ...model import Model, country_name
from ..output import Output, Read
from .edit_links import contributing_url
from .renderer import PageRenderer

FORM_PATH = "post-a-job/index.html"
FORM_SCHEMAS = ("posting", "company")  # shipped to the browser byte for byte as committed in schemas/

# The form's words for each JSON Schema keyword it checks ({name} is filled in by the script); the rules
# themselves are the schemas' and load/posting_rules.py's.
MESSAGES = {
    "number": "Write a plain number such as 85000, without a currency sign or commas.",
    "type": "This value has the wrong form.",
    "enum": "'{value}' is not one of the choices{choices}.",
    "anyOf": "'{value}' is not a two-letter country code such as DE{choices}.",
    "minimum": "Must be at least {limit}.", "maximum": "Must be at most {limit}.",
    "maxLength": "Keep it under {limit} characters (it has {count}).",
    "date": "Write the date as YYYY-MM-DD.", "uri": "Write the full address, starting with https://.",
    "pattern": "'{value}' is not in the expected form{doc}.",
    "minItems": "List at least {limit}.", "maxItems": "List at most {limit}.",
    "uniqueItems": "'{value}' is listed twice.",
    "required": "Required{doc}.", "choose": "Choose one from the list.", "additionalProperties": "Unknown field.",
    # Beyond the schemas: the file's name is its slug (files.py), the body must not be empty (validate.py).
    "nameless": "Use some letters or digits: the {what} names the file.",
    "taken": "This company already has a posting named '{slug}': change the title.",
    "known": "A company with this name is already on the board: choose it in the list above.",
    "body_posting": "Required: describe the role.", "body_company": "Required: describe the company.",
}


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class CompanyChoice:
    slug: str
    name: str
    postings: str  # the slugs of its postings, space-separated: the form warns before overwriting one


@dataclass(frozen=True)
class FormOptions:
    """Every choice the form offers, from schema.py and the model: the browser restates none of them."""

    companies: tuple[CompanyChoice, ...]
    categories: tuple[Choice, ...]
    workplaces: tuple[str, ...]
    employment_types: tuple[str, ...]
    stages: tuple[str, ...]
    sizes: tuple[str, ...]
    periods: tuple[str, ...]
    countries: tuple[Choice, ...]  # by name
    regions: tuple[str, ...]
    currencies: tuple[str, ...]
    offsets: tuple[Choice, ...]  # UTC offsets as front matter spells them, labelled with a true minus sign
    schemas: tuple[tuple[str, str], ...]  # (kind, URL of its JSON Schema)


def form_options(model: Model, schema_urls: dict[str, str]) -> FormOptions:
    """Gather the form's choices, sorted for people and stable from build to build."""
    keys: dict[str, list[str]] = {c.slug: [] for c in model.companies}
    for p in model.postings:
        keys[p.company.slug].append(p.slug)
    currency = schema.POSTING.by_name()["salary"].type.by_name()["currency"].type  # type: ignore[attr-defined]
    return FormOptions(
        companies=tuple(CompanyChoice(c.slug, c.name, " ".join(sorted(keys[c.slug]))) for c in model.companies),
        categories=tuple(Choice(c.id, c.label) for c in model.site.categories),
        workplaces=schema.WORKPLACES, employment_types=schema.EMPLOYMENT_TYPES, stages=schema.STAGES,
        sizes=schema.SIZES, periods=schema.PERIODS,
        countries=tuple(sorted((Choice(code, country_name(code)) for code in _country_codes()),
                               key=lambda ch: (ch.label.casefold(), ch.value))),
        regions=schema.REGIONS,
        currencies=tuple(currency.json_schema()["enum"]),
        offsets=tuple(Choice(schema.utc_offset_text(m), schema.utc_offset_label(m)) for m in schema.OFFSETS_IN_USE),
        schemas=tuple(sorted(schema_urls.items())),
    )


def _country_codes() -> list[str]:
    return schema.Country().json_schema()["enum"]


def schema_outputs() -> tuple[dict[str, str], list[Output]]:
    """The committed JSON Schemas as content-hashed static files (they are code, not content), with URLs by kind."""
    files = schema_files()
    urls, outputs = {}, []
    for kind in FORM_SCHEMAS:
        data = files[f"{kind}.schema.json"].encode("utf-8")
        path = f"static/{kind}.schema.{hashlib.sha256(data).hexdigest()[:10]}.json"
        urls[kind] = "/" + path
        outputs.append(Output(path, data, f"schemas/{kind}.schema.json"))
    return urls, outputs


def form_rule(rule: Rule) -> dict:
    """One of load/posting_rules.py's rules as the form applies it. A missing key is reported in a file where
    the key that asks for it is; the form points at the field to fill in."""
    data = {"id": rule.id, "kind": rule.kind, "key": rule.key, "at": rule.key if rule.kind == "needs" else rule.where,
            "says": rule.says, "low": rule.low, "when": rule.when, "after": rule.after, "unless": rule.unless}
    return {k: v for k, v in data.items() if v}


def form_rules() -> dict:
    """Everything the form checks beyond the JSON Schemas, and the words it says, as data from Python."""
    window = schema.TIME_ZONES
    assert isinstance(window, schema.Window)
    order = {"id": "time-zone-window", "kind": "order", "key": "time_zones.to", "low": "time_zones.from",
             "at": "time_zones.to", "says": window.says,  # schema.Window: offsets compare in minutes east of UTC
             "scale": {schema.utc_offset_text(m): m for m in schema.OFFSETS_IN_USE}}
    # validate.check_salary: a year's pay in US dollars between the bounds, at base/money.py's rates.
    plausible = {"id": "plausible-pay", "kind": "plausible", "key": "salary.max", "low": "salary.min",
                 "currency": "salary.currency", "period": "salary.period", "at": "salary.min", "says": PLAUSIBLE_SAYS,
                 "per_year": schema.PERIODS_PER_YEAR, "usd_per_unit": USD_PER_UNIT,
                 "usd_per_year": PLAUSIBLE_USD_PER_YEAR}
    return {"rules": [*map(form_rule, POSTING_RULES), order, plausible], "closes_after_hours": CLOSES_AFTER_HOURS,
            "messages": MESSAGES, "links": {"rel": LINK_REL, "schemes": SAFE_SCHEMES}, "files": {
                "company": addresses.shown(addresses.company_file("{company}")),
                "posting": addresses.shown(addresses.posting_file("{company}/{slug}"))}}


def rules_output() -> tuple[str, Output]:
    """form_rules() as a content-hashed static file (code, not content: it changes with the generator)."""
    data = json.dumps(form_rules(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path = f"static/post-a-job.rules.{hashlib.sha256(data).hexdigest()[:10]}.json"
    return "/" + path, Output(path, data, "generator/load/posting_rules.py")


@lru_cache(maxsize=1)
def slug_outputs() -> tuple[str, tuple[Output, ...]]:
    """The slug rule's data for the form (base/slugs.py): one JSON list of 256 spellings per block of the Basic
    Multilingual Plane, `<block in hex>.json`, and the entity names, in a folder named by their hash. The form
    fetches only the blocks a name needs (about 2 KB each); the folder never changes while text-unidecode
    does not, so browsers keep it."""
    files = {f"{block:x}.json": json.dumps(spelled, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
             for block, spelled in enumerate(spellings())}
    files["entities.json"] = json.dumps(entities(), separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(b"".join(name.encode() + b"\0" + data for name, data in sorted(files.items())))
    folder = f"static/slug.{digest.hexdigest()[:10]}/"
    return "/" + folder, tuple(Output(folder + name, data, "generator/base/slugs.py") for name, data in files.items())


def render_post_a_job(r: PageRenderer, model: Model) -> list[Output]:
    """The /post-a-job/ page, the schemas its script validates with and its slug rule's data."""
    urls, outputs = schema_outputs()
    slug_url, slug_files = slug_outputs()
    rules_url, rules = rules_output()
    form = Deferred(form_options, model, urls)  # the companies and the files of their roles: many records decide it
    page = r.page(FORM_PATH, "post-a-job.html", "templates/post-a-job.html", current_nav="post",
                  form=form, reads=(Read("post-a-job form", form),), slug_tables=slug_url, rules=rules_url,
                  contributing_url=contributing_url(model.site))
    return [page, *outputs, rules, *slug_files]
