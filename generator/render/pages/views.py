"""What a posting page and a company page print, decided in Python so their templates only lay it out.

A view is made when the page is rendered (PageRenderer.page(view_of=...)), not when the page is listed: a page
the writer finds unchanged (its key, base/memo.py) then costs nothing here. Every string is final text; the
templates escape it, and the JSON-LD arrives already serialised for a <script> element (seo.script_json).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ...model import Company, Posting
from ...model.time_zones import overlaps_by_offset
from .. import format as fmt
from ..feeds.scopes import JobAlerts, job_alerts
from . import seo
from .cards import PayView, initials, pay_view
from .edit_links import PageLinks, page_links
from .similar import SimilarItem, similar_item


@dataclass(frozen=True)
class Fact:
    """One row of a page's facts list: 'Posted' → '20 Nov 2026', with the date for <time datetime>."""

    label: str
    text: str
    datetime: str | None = None
    overlaps: Markup | None = None  # JSON, offset → " (from your time zone, UTC−5: …)": jobs-when.js shows one


@dataclass(frozen=True)
class PostingPage:
    summary: str  # the meta description: "Title at Company: place, terms."
    structured: Markup | None  # JobPosting JSON-LD; None once closed (Google asks to drop it then)
    ended_on: str | None  # the day applications end(ed), for the closed notice
    reveal_at: str | None  # the instant expiry.js shows the closed notice on a page built while open
    facts: tuple[Fact, ...]
    company_line: str  # "Series B · 51–200 people"
    links: PageLinks | None  # edit and report links, when site.yaml names a repository
    alerts: JobAlerts
    pay: PayView | None  # the employer's range, else the labelled estimate, else None
    similar: tuple[SimilarItem, ...]
    initials: str  # the company's mark when it has no logo


@dataclass(frozen=True)
class CompanyPage:
    structured: Markup
    facts: tuple[Fact, ...]  # stage, size, headquarters (the website row is a link: the template draws it)
    website_host: str
    links: PageLinks | None
    initials: str  # the company's mark when it has no logo


def posting_page(variables: dict[str, Any]) -> PostingPage:
    site, p, canonical = variables["site"], variables["posting"], variables["canonical"]
    data = seo.job_posting(site, p)
    return PostingPage(
        summary=f"{p.title} at {p.company.name}: {fmt.format_place(p)}, {fmt.format_terms(p)}.",
        structured=seo.script_json(data) if data else None,
        ended_on=fmt.format_date(p.ended or p.expires) if (p.ended or p.expires) else None,
        reveal_at=seo.closing_time(p.expires) if p.expires and p.is_open else None,
        facts=_posting_facts(p, pay_view(p)), company_line=_company_line(p.company),
        links=page_links(site, p, canonical), alerts=job_alerts(p), pay=pay_view(p),
        similar=tuple(similar_item(other) for other in variables["similar"]), initials=initials(p.company.name))


def _posting_facts(p: Posting, pay: PayView | None) -> tuple[Fact, ...]:
    """What a job seeker scans first, pay first: the employer's range, else the estimate marked as one."""
    employment = fmt.EMPLOYMENT_LABELS[p.employment_type] + (f", {p.duration}" if p.duration else "")
    facts = [Fact(*pay.fact) if pay else Fact("Pay", "Not published"), Fact("Location", fmt.format_place(p)),
             Fact("Workplace", fmt.WORKPLACE_LABELS[p.workplace]),
             Fact("Employment", employment), Fact("Posted", fmt.format_date(p.posted), p.posted.isoformat())]
    facts.extend(_offer_facts(p))
    if p.updated:
        facts.append(Fact("Updated", fmt.format_date(p.updated), p.updated.isoformat()))
    if p.ended or p.expires:
        day = p.ended or p.expires
        facts.append(Fact("Closes" if p.is_open else "Closed", fmt.format_date(day), day.isoformat()))
    return tuple(facts)


def _offer_facts(p: Posting) -> list[Fact]:
    """Time zones, visas and relocation, each only when the posting says (unstated is not 'no')."""
    facts = []
    if p.time_zones:
        facts.append(Fact("Time zones", fmt.window_label(p.time_zones),
                          overlaps=seo.attribute_json(overlaps_by_offset(p.time_zones))))
    said = {True: "Yes", False: "No"}
    if p.visa_sponsorship is not None:
        facts.append(Fact("Visa sponsorship", said[p.visa_sponsorship]))
    if p.relocation is not None:
        facts.append(Fact("Relocation help", said[p.relocation]))
    return facts


def _company_line(company: Company) -> str:
    stage = fmt.STAGE_LABELS[company.stage]
    return f"{stage} · {company.size} people" if company.size else stage


def company_page(variables: dict[str, Any]) -> CompanyPage:
    site, c, canonical = variables["site"], variables["company"], variables["canonical"]
    facts = [Fact("Stage", fmt.STAGE_LABELS[c.stage])]
    if c.size:
        facts.append(Fact("Size", f"{c.size} people"))
    if c.headquarters:
        facts.append(Fact("Headquarters", c.headquarters.label))
    return CompanyPage(seo.script_json(seo.organization(c)), tuple(facts), urlsplit(c.website).hostname or c.website,
                       page_links(site, c, canonical), initials(c.name))
