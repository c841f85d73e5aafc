"""The /post-a-job/ page: a static form that writes one posting file (and a new company's) for a pull request.

It depends on site.yaml's `repository` (https://github.com/OWNER/REPO) and `branch`; without a
repository the form offers only "Download" and "Copy".
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from ...base.slugs import entities, spellings
from ...load import schema
from ...load.json_schema import schema_files
from ...model import Model, country_name
from ..output import Output
from .edit_links import contributing_url
from .renderer import PageRenderer

FORM_PATH = "post-a-job/index.html"
FORM_SCHEMAS = ("posting", "company")  # shipped to the browser byte for byte as committed in schemas/


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
    page = r.page(FORM_PATH, "post-a-job.html", "templates/post-a-job.html", current_nav="post",
                  form=form_options(model, urls), slug_tables=slug_url, contributing_url=contributing_url(model.site))
    return [page, *outputs, *slug_files]
