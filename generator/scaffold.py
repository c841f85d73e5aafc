"""`jobsite new`: start a company or posting file that already passes `jobsite check`.

Every required key gets a real value (given as an option, derived from the company, or a marked placeholder);
every optional key is shown commented out with an example. Comments come from schema.py's field docs and
choices, so the file documents exactly what the validator accepts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .base import addresses
from .base.slugs import slugify
from .load import schema
from .load.files import SLUG_RE, RawContent, SourceFile, load_content
from .load.validate import PLACEHOLDER

PLACEHOLDER_URL = "https://FILL-IN.example"  # a valid URL that `jobsite check` still flags as unfinished
COMMENT_COLUMN = 40
DEFAULT_STAGE = "seed"
HEADER = (f"Written by `jobsite new`. Replace every {PLACEHOLDER} (in URLs {PLACEHOLDER_URL}), check the other "
          "values, then run `jobsite check`.")

# Examples for optional keys, written commented out: the author uncomments the ones that apply.
EXAMPLES: dict[str, Any] = {
    "tags": ["python", "llm"], "remote_eligibility": ["EU", "GB"], "duration": "6 months", "seniority": "senior",
    "salary": {"min": 120000, "max": 160000, "currency": "USD", "period": "year"},
    "headquarters": {"city": "Berlin", "country": "DE"}, "size": "11-50", "categories": ["ai"],
    "logo": "logos/example.svg", "links": {"github": "https://github.com/example"},
    "locations": [{"city": "Berlin", "country": "DE"}],
    "time_zones": {"from": "UTC-8", "to": "UTC-3"}, "visa_sponsorship": True, "relocation": True,
}

COMPANY_BODY = f"""{PLACEHOLDER}: what {{name}} builds, for whom, and where, in two to four short paragraphs.
"""
POSTING_BODY = f"""{PLACEHOLDER}: an opening paragraph about the role and the team.

## What you'll do

- {PLACEHOLDER}

## What we're looking for

- {PLACEHOLDER}

## Nice to have

- {PLACEHOLDER}
"""


class ScaffoldError(ValueError):
    """A request `jobsite new` cannot fulfil; the message says what to change."""


@dataclass(frozen=True)
class PostingRequest:
    """What the author told `jobsite new posting`; anything left None is derived or a placeholder."""

    company: str
    title: str
    slug: str | None = None
    category: str | None = None
    workplace: str | None = None
    employment_type: str = "full-time"
    locations: tuple[tuple[str, ...], ...] = ()  # (city, country) or (city, country, region)
    apply_url: str | None = None


def _slug(explicit: str | None, name: str) -> str:
    slug = explicit or slugify(name)
    if not slug:
        raise ScaffoldError(f"cannot make a file name from '{name}': pass --slug with lowercase letters, digits "
                            "and hyphens")
    if not SLUG_RE.fullmatch(slug):
        raise ScaffoldError(f"--slug '{slug}' is not a valid slug: use lowercase letters, digits and hyphens")
    return slug


def check_value(type_: schema.Type, value: Any, name: str) -> Any:
    """Validate one option with the field's own type, so a bad option fails here with the validator's words."""
    src = SourceFile("<option>", "option", "", "", {name: value}, {}, {})
    checker = schema.Checker(src)
    cleaned = type_.check(value, (name,), checker)
    if checker.problems:
        raise ScaffoldError(f"--{name.replace('_', '-')}: {checker.problems[0].message}")
    return cleaned


def parse_location(text: str) -> tuple[str, ...]:
    """Read 'Berlin, DE' into (city, country), and 'Denver, US-CO' into (city, country, region)."""
    city, _, code = text.rpartition(",")
    if not city.strip():
        raise ScaffoldError(f"--location '{text}': write it as 'City, CC' or 'City, CC-RR', e.g. 'Berlin, DE' or "
                            "'Denver, US-CO'")
    country, _, subdivision = code.strip().partition("-")
    value = {"city": city.strip(), "country": country, **({"region": code.strip()} if subdivision else {})}
    loc = check_value(schema.LOCATION, value, "location")
    return (loc["city"], loc["country"], loc["region"]) if "region" in loc else (loc["city"], loc["country"])


# --- Writing YAML with comments ---------------------------------------------------------------------------

def yaml_value(value: Any) -> str:
    """One value in flow style, quoted only where YAML needs it."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**6)
    return text.removesuffix("\n...\n").strip()  # a lone scalar is dumped as a document ending in '...'


def field_comment(f: schema.Field) -> str:
    """The field's doc, plus its allowed values when they are a short list."""
    choices = _choices(f.type.item if isinstance(f.type, schema.ListOf) else f.type)
    if not choices or all(choice in f.doc for choice in choices):  # "onsite, hybrid or remote" says it already
        return f.doc
    return f"{f.doc} — one of: {', '.join(choices)}"


def _choices(type_: schema.Type) -> tuple[str, ...]:
    if isinstance(type_, schema.Enum):
        return type_.choices
    if isinstance(type_, schema.Eligibility):
        return ("a country code such as US", *schema.REGIONS)
    return ()


def front_matter_line(key: str, value: Any, comment: str, commented_out: bool = False) -> str:
    text = f"{'# ' if commented_out else ''}{key}: {yaml_value(value)}"
    return f"{text.ljust(COMMENT_COLUMN - 1)} # {comment}" if comment else text


def render_file(definition: schema.Obj, values: dict[str, Any], comments: dict[str, str], body: str,
                examples: dict[str, Any] | None = None) -> str:
    """Front matter in the definition's key order: given values as keys, the rest as commented examples."""
    examples = EXAMPLES if examples is None else examples
    lines = ["---", f"# {HEADER}"]
    for f in definition.fields:
        comment = comments.get(f.name) or field_comment(f)
        if f.name in values:
            lines.append(front_matter_line(f.name, values[f.name], comment))
        elif f.name in examples:
            lines.append(front_matter_line(f.name, examples[f.name], "optional: " + comment, commented_out=True))
    return "\n".join([*lines, "---", body])


def create(path: Path, text: str) -> Path:
    """Write a new file, refusing to replace one that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise ScaffoldError(f"{path} already exists: edit it, or choose another name with --slug") from None
    return path


# --- Companies --------------------------------------------------------------------------------------------

def new_company(content_dir: Path, name: str, slug: str | None = None, website: str | None = None,
                stage: str | None = None, tagline: str | None = None) -> Path:
    """Create the company's file (base/addresses.py company_file) for `name`; return its path."""
    _require_site(content_dir)
    slug = _slug(slug, name)
    values = {
        "name": check_value(schema.Text(max_length=100), name, "name"),
        "website": check_value(schema.Url(), website, "website") if website else PLACEHOLDER_URL,
        "stage": check_value(schema.Enum(schema.STAGES), stage or DEFAULT_STAGE, "stage"),
        "tagline": check_value(schema.Text(max_length=160), tagline, "tagline") if tagline else
        f"{PLACEHOLDER}: what {name} does, in one line",
    }
    # A stage cannot hold a placeholder (it is one of a list), so an unchosen default says so in its comment.
    comments = {} if stage else {"stage": f"{field_comment(schema.COMPANY.by_name()['stage'])} — "
                                          f"{DEFAULT_STAGE} is only the default: check it"}
    text = render_file(schema.COMPANY, values, comments, COMPANY_BODY.format(name=name))
    return create(content_dir / addresses.company_file(slug), text)


# --- Postings ---------------------------------------------------------------------------------------------

def new_posting(content_dir: Path, request: PostingRequest, today: dt.date) -> Path:
    """Create the posting's file (base/addresses.py posting_file) for the request; return its path."""
    _require_site(content_dir)
    raw, _ = load_content(content_dir)  # problems elsewhere are `jobsite check`'s business, not ours
    company = _company(raw, request.company)
    slug = _slug(request.slug, request.title)
    category, category_comment = _category(request.category, company, _category_ids(raw))
    values: dict[str, Any] = {
        "title": check_value(schema.Text(max_length=120), request.title, "title"),
        "company": request.company,
        "category": category,
        **_workplace(request, company),
        "employment_type": request.employment_type,
        "posted": today,
        "apply_url": check_value(schema.Url(), request.apply_url, "apply_url") if request.apply_url else
        f"{PLACEHOLDER_URL}/{slug}",
    }
    examples = {**EXAMPLES, "expires": today + dt.timedelta(days=60)}
    text = render_file(schema.POSTING, values, {"category": category_comment}, POSTING_BODY, examples)
    return create(content_dir / addresses.posting_file(f"{request.company}/{slug}"), text)


def _require_site(content_dir: Path) -> None:
    # Without this, a typo in --content or the wrong working folder would scatter files somewhere unread.
    if not (content_dir / addresses.SITE_FILE).is_file():
        raise ScaffoldError(f"{content_dir}/{addresses.SITE_FILE} not found: run this in the repository's root "
                            "folder, or pass --content")


def _workplace(request: PostingRequest, company: SourceFile) -> dict[str, Any]:
    """Workplace and locations: as given, else onsite at the company's headquarters, else remote."""
    locations = request.locations or _headquarters(company)
    workplace = request.workplace or ("onsite" if locations else "remote")
    if workplace != "remote" and not locations:
        article = "an" if workplace == "onsite" else "a"  # "a hybrid posting"
        raise ScaffoldError(f"{article} {workplace} posting needs a location: pass --location 'City, CC'")
    if workplace == "remote" and not request.locations:
        return {"workplace": workplace}
    return {"locations": [_location(place) for place in locations], "workplace": workplace}


def _location(place: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(("city", "country", "region"), place, strict=False))  # a region is optional


def _company(raw: RawContent, slug: str) -> SourceFile:
    companies = {src.slug: src for src in raw.companies}
    if slug not in companies:
        hint = schema.did_you_mean(slug, sorted(companies))
        raise ScaffoldError(f"--company: unknown company '{slug}'{hint} — create it first with "
                            "`jobsite new company \"Name\"`")
    return companies[slug]


def _category_ids(raw: RawContent) -> list[str]:
    categories = raw.site.data.get("categories") if raw.site else None
    ids = [c.get("id") for c in categories if isinstance(c, dict)] if isinstance(categories, list) else []
    return [i for i in ids if isinstance(i, str)]


def _category(requested: str | None, company: SourceFile, ids: list[str]) -> tuple[str, str]:
    """The category and its comment: as given, else the company's first, else the site's first (flagged)."""
    comment = f"a category id from site.yaml — one of: {', '.join(ids)}"
    if requested is not None:
        if requested not in ids:
            raise ScaffoldError(f"--category: unknown category '{requested}'{schema.did_you_mean(requested, ids)}"
                                f" — use one of: {', '.join(ids)}")
        return requested, comment
    listed = company.data.get("categories")
    own = [c for c in listed if c in ids] if isinstance(listed, list) else []
    if own:
        return own[0], comment
    if ids:
        return ids[0], comment + " (a guess: the company lists no categories)"
    raise ScaffoldError("site.yaml lists no categories: fix it first (`jobsite check` says how)")


def _headquarters(company: SourceFile) -> tuple[tuple[str, ...], ...]:
    hq = company.data.get("headquarters")
    if isinstance(hq, dict) and isinstance(hq.get("city"), str) and isinstance(hq.get("country"), str):
        region = hq.get("region")
        return ((hq["city"], hq["country"], *([region] if isinstance(region, str) else [])),)
    return ()
