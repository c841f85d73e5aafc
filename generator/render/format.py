"""Words and numbers as visitors read them: dates, money, places, contract types."""
from __future__ import annotations

import datetime as dt

from ..model import Posting, Salary, country_name

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "ILS": "₪",
                    "BRL": "R$", "CAD": "CA$", "AUD": "A$", "SGD": "S$", "PLN": "zł", "CNY": "CN¥"}
SUFFIX_SYMBOLS = {"PLN"}  # written after the amount: 12 000 zł
PERIOD_WORDS = {"year": "per year", "month": "per month", "week": "per week", "day": "per day", "hour": "per hour"}
EMPLOYMENT_LABELS = {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
                     "internship": "Internship", "temporary": "Temporary"}
WORKPLACE_LABELS = {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}
STAGE_LABELS = {"pre-seed": "Pre-seed", "seed": "Seed", "series-a": "Series A", "series-b": "Series B",
                "series-c": "Series C", "series-d-plus": "Series D+", "late-stage": "Late stage",
                "public": "Public company", "bootstrapped": "Bootstrapped", "nonprofit": "Nonprofit"}


def format_date(day: dt.date) -> str:
    """20 Nov 2026: unambiguous in every locale, unlike 11/20/2026."""
    return f"{day.day} {day:%b %Y}"


def format_amount(amount: float, currency: str) -> str:
    """Format one amount with its currency: $120,000, €4,500, CHF 150,000, 12,000 zł."""
    number = f"{amount:,.0f}" if amount >= 100 or float(amount).is_integer() else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol is None:
        return f"{currency} {number}"
    return f"{number} {symbol}" if currency in SUFFIX_SYMBOLS else f"{symbol}{number}"


def format_range(low: float, high: float, currency: str, period: str) -> str:
    """A pay range with its period: '$120,000 – $160,000 per year'."""
    if low == high:
        return f"{format_amount(low, currency)} {PERIOD_WORDS[period]}"
    return f"{format_amount(low, currency)} – {format_amount(high, currency)} {PERIOD_WORDS[period]}"


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
