"""Currencies and money: the one table of dated exchange rates, symbols, each country's currency, and the one
formatter every page, card, estimate and error message uses.

Decisions, and why:

- **One dated rate table.** Rates are approximate mid-market rates of RATES_DATE, rounded to 2–3
  significant figures (RATES_SOURCE). The salary filter, the plausibility check and an estimate's local amount
  all read this table, so they agree. A fixed table keeps builds reproducible, and a filter or a sanity check
  needs the right magnitude, not the day's rate. The survey's own conversion rates (medians of as few as one
  row, some from 2021) are not used: they were a second, disagreeing table.
- **Symbols and each country's currency come from Babel** (Unicode CLDR), in English, the site's language:
  "$120,000", "€4,500", "CHF 150,000", "PLN 12,000". Only the rate table is ours.
- **Add a currency** to USD_PER_UNIT when content starts using it; a currency missing from it gives no
  comparable figure, is not checked for plausibility, and an estimate is then shown in USD only.
"""
from __future__ import annotations

import datetime as dt
import functools

from babel.numbers import get_currency_symbol, get_territory_currencies

RATES_DATE = dt.date(2025, 6, 30)
RATES_SOURCE = "approximate mid-market rates of 30 June 2025, rounded to 2–3 significant figures"
# US dollars per unit of each currency, as of RATES_DATE.
USD_PER_UNIT: dict[str, float] = {
    "USD": 1.0, "EUR": 1.17, "GBP": 1.37, "CHF": 1.25, "CAD": 0.73, "AUD": 0.66, "NZD": 0.61,
    "JPY": 0.0069, "CNY": 0.14, "HKD": 0.127, "TWD": 0.034, "KRW": 0.00074, "SGD": 0.785, "INR": 0.0117,
    "IDR": 0.0000615, "MYR": 0.237, "THB": 0.031, "PHP": 0.0177, "VND": 0.0000383, "ILS": 0.30,
    "AED": 0.272, "SAR": 0.267, "TRY": 0.025, "ZAR": 0.056, "NGN": 0.00065, "KES": 0.0077, "EGP": 0.020,
    "BRL": 0.18, "MXN": 0.053, "CLP": 0.00107, "COP": 0.000245, "PEN": 0.28, "PLN": 0.276, "CZK": 0.047,
    "HUF": 0.0029, "RON": 0.23, "SEK": 0.105, "NOK": 0.099, "DKK": 0.157, "UAH": 0.024, "RSD": 0.010,
}
LOCALE = "en"  # the site is written in English; symbols follow CLDR's English data


def usd_per_unit(currency: str) -> float | None:
    """US dollars per unit of the currency at RATES_DATE; None when the table has no rate for it."""
    return USD_PER_UNIT.get(currency)


def units_per_usd(currency: str) -> float | None:
    """Units of the currency per US dollar at RATES_DATE; None when the table has no rate for it."""
    rate = USD_PER_UNIT.get(currency)
    return None if rate is None else 1 / rate


@functools.cache
def currency_for_country(code: str) -> str | None:
    """The ISO 4217 currency of an ISO 3166 alpha-2 country on RATES_DATE, or None when CLDR knows none.

    Where several are legal tender (Panama: PAB and USD), the first one the rate table has wins.
    """
    found = get_territory_currencies(code.strip().upper(), start_date=RATES_DATE, tender=True)
    priced = [c for c in found if c in USD_PER_UNIT]
    return (priced or found or [None])[0]


@functools.cache
def currency_symbol(currency: str) -> str:
    """The symbol readers of English know a currency by: '$', '€', 'CA$'; the code itself where CLDR has none."""
    return get_currency_symbol(currency, LOCALE)


def format_amount(amount: float, currency: str) -> str:
    """Format one amount with its currency: $120,000, $12.50, CHF 150,000. From 100 up, or where the cents round
    to zero, whole units; below 100 (an hourly rate), cents."""
    whole = amount >= 100 or float(round(amount, 2)).is_integer()
    number = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    symbol = currency_symbol(currency)
    # A symbol that is letters (CHF, PLN) needs a space, as the code would.
    return f"{symbol} {number}" if symbol[-1:].isalpha() else f"{symbol}{number}"


def format_range(low: float, high: float, currency: str, period: str) -> str:
    """A pay range with its period: '$120,000 – $160,000 per year'; one amount when both ends agree."""
    if low == high:
        return f"{format_amount(low, currency)} per {period}"
    return f"{format_amount(low, currency)} – {format_amount(high, currency)} per {period}"
