"""The local currency of each country, for showing an estimate beside its USD figure.

Only the currency code lives here; the dated rate comes from the survey (content/data/compensation.yaml), and a
currency the survey never paid in (e.g. RSD) is shown in USD only.
"""

from __future__ import annotations

_EURO = "AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES ME XK AD MC SM VA"

_CURRENCIES: dict[str, str] = {
    **{code: "EUR" for code in _EURO.split()},
    "US": "USD", "PR": "USD", "EC": "USD", "SV": "USD", "PA": "USD",
    "CA": "CAD", "GB": "GBP", "JE": "GBP", "GG": "GBP", "IM": "GBP", "CH": "CHF", "LI": "CHF",
    "DK": "DKK", "SE": "SEK", "NO": "NOK", "IS": "ISK", "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON",
    "BG": "BGN", "RS": "RSD", "BA": "BAM", "MK": "MKD", "AL": "ALL", "UA": "UAH", "MD": "MDL", "BY": "BYN",
    "RU": "RUB", "GE": "GEL", "AM": "AMD", "AZ": "AZN", "TR": "TRY", "IL": "ILS", "AE": "AED", "SA": "SAR",
    "QA": "QAR", "KW": "KWD", "BH": "BHD", "OM": "OMR", "JO": "JOD", "LB": "LBP", "EG": "EGP", "MA": "MAD",
    "TN": "TND", "DZ": "DZD", "NG": "NGN", "KE": "KES", "GH": "GHS", "ZA": "ZAR", "UG": "UGX", "TZ": "TZS",
    "RW": "RWF", "ET": "ETB", "MU": "MUR", "IN": "INR", "PK": "PKR", "BD": "BDT", "LK": "LKR", "NP": "NPR",
    "SG": "SGD", "JP": "JPY", "KR": "KRW", "HK": "HKD", "CN": "CNY", "TW": "TWD", "PH": "PHP", "VN": "VND",
    "TH": "THB", "MY": "MYR", "ID": "IDR", "KZ": "KZT", "UZ": "UZS", "AU": "AUD", "NZ": "NZD",
    "MX": "MXN", "BR": "BRL", "AR": "ARS", "CO": "COP", "CL": "CLP", "PE": "PEN", "UY": "UYU", "PY": "PYG",
    "BO": "BOB", "CR": "CRC", "GT": "GTQ", "HN": "HNL", "DO": "DOP", "VE": "VES",
}


def currency_for_country(code: str) -> str | None:
    """Return the ISO 4217 currency of an ISO 3166 alpha-2 country, or None when we do not know it."""
    return _CURRENCIES.get(code.strip().upper())
