"""What a job card and a page's pay block say, decided once in Python.

The server's cards and the browser's (drawn from a `<template>` rendered by the same macro, _macros.html
job_card) print these strings; the postings index carries the same strings, so neither side formats anything.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ...model import Company, Posting
from .. import format as fmt
from .seo import closing_time


@dataclass(frozen=True)
class PayView:
    """What a page shows about pay: the employer's range, or an estimate with its reasoning."""

    estimated: bool
    text: str  # "$120,000 – $160,000 per year"
    short: str  # for cards: the estimate in the local currency too, where the role is outside the US
    local_text: str | None = None
    reasoning: tuple[str, ...] = ()  # the full breakdown, behind "How we estimated this"
    summary: str = ""  # the estimate's reasoning in one plain sentence
    local_amounts: str | None = None  # "PLN 105,000 – PLN 175,000", beside the dollars on cards and in the facts

    @property
    def fact(self) -> tuple[str, str]:
        """The pay as the posting's header facts show it, (label, text): an estimate says that it is one."""
        if not self.estimated:
            return "Pay", self.text
        return "Estimated pay", f"{self.text} (about {self.local_amounts})" if self.local_amounts else self.text


def pay_view(posting: Posting) -> PayView | None:
    """Decide what the compensation block says: the employer's range always wins over an estimate."""
    if posting.salary:
        text = fmt.format_salary(posting.salary)
        return PayView(False, text, text)
    est = posting.estimate
    if est is None:
        return None
    text = fmt.format_range(est.min, est.max, est.currency, est.period)
    local = est.local
    local_text = fmt.format_range(local.min, local.max, local.currency, est.period) if local else None
    amounts = f"{fmt.format_amount(local.min, local.currency)} – {fmt.format_amount(local.max, local.currency)}" \
        if local else None
    short = f"{text} (≈ {amounts})" if amounts else text
    return PayView(True, text, short, local_text, est.reasoning, est.summary, amounts)


@dataclass(frozen=True)
class Card:
    """One job card, every string ready to print."""

    id: str  # the heading's id; the browser prefixes it to stay unique beside the server's list
    url: str
    title: str
    company: str
    place: str  # "Belgrade, Serbia" or "Remote (EU, United Kingdom)"
    terms: str  # "Internship · 12–24 weeks · On-site"
    pay: str | None
    estimated: bool
    posted_iso: str
    posted: str  # "Posted 20 Nov 2026"
    tags: tuple[str, ...]
    offers: tuple[str, ...]  # "Visa sponsorship", "Relocation": only what the role says it offers
    key: str  # "company/slug", what the Save button stores
    closes: str | None  # when the card's role closes, for expiry.js
    logo: str | None = None  # the company's logo as the site serves it, else None for its initials
    initials: str = ""  # "GO" for Gantry & Owl: the mark drawn when there is no logo
    verified: bool = False  # the apply link is on the company's own domain or declared ATS board (apply_links.py)


# The browser's template: every optional part present, so the script only fills in or removes.
TEMPLATE_CARD = Card(id="card-template", url="/", title="title", company="company", place="place", terms="terms",
                     pay="pay", estimated=True, posted_iso="", posted="posted", tags=("tag",), offers=("offer",),
                     key="", closes=None, verified=True)
CLOSED_TEMPLATE_CARD = replace(TEMPLATE_CARD, id="closed-card-template")  # ids stay unique on /saved/


def initials(name: str) -> str:
    """'Gantry & Owl' → 'GO', 'Thistlegrid' → 'T': the first letters of the first two words that have one."""
    words = [w for w in name.split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def company_mark(company: Company) -> str:
    """What the postings index carries for a company's mark: its logo's address, else its initials."""
    return company.logo_src or initials(company.name)


def posted_text(day: dt.date) -> str:
    """'Posted 20 Nov 2026'."""
    return f"Posted {fmt.format_date(day)}"


def card_view(posting: Posting) -> Card:
    """The card of one posting, as every listing prints it."""
    pay = pay_view(posting)
    return Card(
        id=f"job-{posting.company.slug}-{posting.slug}", url=posting.url, title=posting.title,
        company=posting.company.name, place=fmt.format_place(posting), terms=fmt.format_terms(posting),
        pay=pay.short if pay else None, estimated=bool(pay and pay.estimated),
        posted_iso=posting.posted.isoformat(), posted=posted_text(posting.posted), tags=tuple(posting.tags),
        offers=fmt.offer_labels(posting), key=posting.key,
        closes=closing_time(posting.expires) if posting.expires else None,
        logo=posting.company.logo_src, initials=initials(posting.company.name),
        verified=posting.verified is not None,
    )


def card_views(postings: Iterable[Posting]) -> tuple[Card, ...]:
    """The cards of a list of postings, in order (the `cards` template filter)."""
    return tuple(card_view(p) for p in postings)


def roles_count(n: int, adjective: str = "") -> str:
    """'1 role', '12 open roles', '1,204 roles': counts of roles as every page words them."""
    noun = "role" if n == 1 else "roles"
    return f"{n:,} {adjective} {noun}" if adjective else f"{n:,} {noun}"
