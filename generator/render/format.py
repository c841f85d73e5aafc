"""Words and numbers as visitors read them: dates, money, places, contract types."""
from __future__ import annotations

import datetime as dt

from ..base.money import format_amount, format_range  # money is formatted in one place: generator/base/money.py
from ..load.schema import EMPLOYMENT_LABELS, STAGE_LABELS, WORKPLACE_LABELS  # labels live beside their ids
from ..model import Posting, Salary, country_name
from ..model.time_zones import window_label

# Re-exported: templates and pages reach every visitor-facing formatter through this module.
__all__ = ["EMPLOYMENT_LABELS", "STAGE_LABELS", "WORKPLACE_LABELS", "format_amount", "format_date", "format_place",
           "format_range", "format_salary", "format_terms", "eligibility_label", "offer_labels", "offers_line",
           "window_label", "OFFER_LABELS"]

# What an employer offers beyond the job, as cards, filters and feeds name it (records.Posting's fields).
OFFER_LABELS = {"visa_sponsorship": "Visa sponsorship", "relocation": "Relocation"}


def format_date(day: dt.date) -> str:
    """20 Nov 2026: unambiguous in every locale, unlike 11/20/2026."""
    return f"{day.day} {day:%b %Y}"


def format_salary(salary: Salary) -> str:
    return format_range(salary.min, salary.max, salary.currency, salary.period)


def format_place(posting: Posting) -> str:
    """Where the role is, in one line: 'Belgrade, Serbia' or 'Remote (EU, United Kingdom)'."""
    places = "; ".join(loc.label for loc in posting.locations)
    if posting.workplace != "remote":
        return places
    if posting.remote_eligibility:
        return f"Remote ({', '.join(eligibility_label(e) for e in posting.remote_eligibility)})"
    return f"Remote ({places})" if places else "Remote"


def eligibility_label(value: str) -> str:
    return country_name(value) if len(value) == 2 else value


def format_terms(posting: Posting) -> str:
    """Contract terms in one line: 'Internship · 12–24 weeks · On-site'.

    Remote roles leave the workplace out: their place line already starts with 'Remote'.
    """
    parts = [EMPLOYMENT_LABELS[posting.employment_type]]
    if posting.duration:
        parts.append(posting.duration)
    if posting.workplace != "remote":
        parts.append(WORKPLACE_LABELS[posting.workplace])
    return " · ".join(parts)


def offers_line(posting: Posting) -> str:
    """'Time zones UTC−8 to UTC−3 · Visa sponsorship · Relocation', or '' when the role states none of them."""
    window = (f"Time zones {window_label(posting.time_zones)}",) if posting.time_zones else ()
    return " · ".join((*window, *offer_labels(posting)))


def offer_labels(posting: Posting) -> tuple[str, ...]:
    """'Visa sponsorship', 'Relocation': what the role offers, in that order; nothing for unstated or false."""
    return tuple(label for key, label in OFFER_LABELS.items() if getattr(posting, key) is True)
