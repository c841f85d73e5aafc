"""Structured data for search engines: schema.org JobPosting and Organization as JSON-LD.

Follows Google's job-posting guidelines (developers.google.com/search/docs/appearance/structured-data/job-posting):
closed postings carry none, remote roles are TELECOMMUTE with the places applicants may live, and only an
employer's own range is a `baseSalary` — the site's estimates go to `estimatedSalary`.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from markupsafe import Markup

from ...load.schema import REGIONS
from ...model import Company, Location, Posting, Site, closes_at, country_name

EMPLOYMENT_TYPES = {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR",
                    "internship": "INTERN", "temporary": "TEMPORARY"}
UNIT_TEXT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
REGION_NAMES = {"EU": "European Union"}  # the other regions read the same in English and in content

# "</script>" or "<!--" inside a string must not end the element early; \u escapes are the same JSON.
# (Chained str.replace: several times faster than str.translate with a dict on long descriptions.)
_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                   ("\u2029", "\\u2029"))


def closing_time(expires: dt.date) -> str:
    """The instant a posting closes, as browsers and crawlers parse it: 2027-01-16T12:00:00Z."""
    return closes_at(expires).strftime("%Y-%m-%dT%H:%M:%SZ")


def script_json(data: dict[str, Any]) -> Markup:
    """Serialise data for a <script type="application/ld+json"> element, safe against hostile strings."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES:
        text = text.replace(char, escaped)
    return Markup(text)


def attribute_json(data: dict[str, Any]) -> Markup:
    """Compact JSON for a single-quoted HTML attribute (data-…='{"a":1}'): only & < > ' are escaped, so the
    double quotes JSON is full of stay one byte each instead of becoming &#34;."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;"))


def job_posting(site: Site, posting: Posting) -> dict[str, Any] | None:
    """JobPosting data for an open posting; None once it is closed (Google asks to remove it then)."""
    if not posting.is_open:
        return None
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": posting.title,
        "description": posting.body_html,
        "datePosted": posting.posted.isoformat(),
        "employmentType": EMPLOYMENT_TYPES[posting.employment_type],
        "hiringOrganization": hiring_organization(posting.company),
        "identifier": {"@type": "PropertyValue", "name": posting.company.name, "value": posting.key},
        "directApply": False,  # applying happens on the employer's site, not here
        "url": site.base_url + posting.url,
    }
    if posting.expires:
        data["validThrough"] = closing_time(posting.expires)
    if posting.locations:
        data["jobLocation"] = _one_or_list([_place(loc) for loc in posting.locations])
    if posting.workplace == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = _one_or_list(applicant_locations(posting))
    data.update(_pay(posting))
    data.update(_offers(posting))
    return data


def _offers(posting: Posting) -> dict[str, str]:
    """Visas and relocation in the schema.org properties made for them (plain text); the time-zone window has no
    property of its own, so it stays on the page."""
    data = {}
    if posting.visa_sponsorship is not None:
        data["eligibilityToWorkRequirement"] = (
            "The employer sponsors work visas." if posting.visa_sponsorship else
            "The employer does not sponsor work visas: applicants need the right to work already.")
    if posting.relocation:
        data["jobBenefits"] = "Relocation assistance."
    return data


def hiring_organization(company: Company) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": company.name, "sameAs": company.website}
    if company.logo:
        org["logo"] = company.logo
    return org


def organization(company: Company) -> dict[str, Any]:
    """Organization data for a company profile page."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Organization", "name": company.name,
                            "url": company.website, "description": company.tagline}
    if company.links:
        data["sameAs"] = [url for _, url in company.links]
    if company.logo:
        data["logo"] = company.logo
    if company.headquarters:
        data["address"] = _address(company.headquarters)
    return data


def applicant_locations(posting: Posting) -> list[dict[str, str]]:
    """Where applicants to a remote role may live: its eligibility list, else its home base, else anywhere."""
    if posting.remote_eligibility:
        return [_area(value) for value in posting.remote_eligibility]
    countries = dict.fromkeys(loc.country for loc in posting.locations)  # ordered, without repeats
    if countries:
        return [_area(code) for code in countries]
    return [{"@type": "AdministrativeArea", "name": "Worldwide"}]


def _area(value: str) -> dict[str, str]:
    """A country code becomes a Country; a region (Europe, EU, Worldwide…) an AdministrativeArea."""
    if value in REGIONS:
        return {"@type": "AdministrativeArea", "name": REGION_NAMES.get(value, value)}
    return {"@type": "Country", "name": country_name(value)}


def _address(loc: Location) -> dict[str, str]:
    return {"@type": "PostalAddress", "addressLocality": loc.city, "addressCountry": loc.country}


def _place(loc: Location) -> dict[str, Any]:
    return {"@type": "Place", "address": _address(loc)}


def _one_or_list(items: list[dict[str, Any]]) -> dict[str, Any] | list[dict[str, Any]]:
    return items[0] if len(items) == 1 else items


def _pay(posting: Posting) -> dict[str, Any]:
    """baseSalary for the employer's own range only; the site's estimate goes to estimatedSalary."""
    if posting.salary:
        s = posting.salary
        return {"baseSalary": _money(s.min, s.max, s.currency, s.period)}
    if posting.estimate is not None:
        e = posting.estimate
        return {"estimatedSalary": _money(e.min, e.max, e.currency, e.period)}
    return {}


def _money(low: float, high: float, currency: str, period: str) -> dict[str, Any]:
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": UNIT_TEXT[period]}
    if low == high:
        value["value"] = _number(low)
    else:
        value.update(minValue=_number(low), maxValue=_number(high))
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def _number(amount: float) -> int | float:
    """Write 120000, not 120000.0: YAML integers may arrive as floats after validation."""
    return int(amount) if float(amount).is_integer() else amount
