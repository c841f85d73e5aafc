"""The one money formatter and rate table: what every page, card, estimate and error message shows for an amount."""
from __future__ import annotations

import babel
import babel.numbers
import pytest

from generator.base import money


@pytest.mark.parametrize(("amount", "currency", "shown"), [
    (120000, "USD", "$120,000"),
    (100, "USD", "$100"),
    (5, "USD", "$5"),  # a whole amount below 100 keeps no cents
    (12.5, "USD", "$12.50"),  # an hourly rate keeps its cents
    (4500.5, "EUR", "€4,500"),  # from 100 up, whole units
    (250.5, "USD", "$250"),
    (99.999, "USD", "$100"),  # rounds to a whole amount: no "$100.00"
    (150000, "CHF", "CHF 150,000"),  # a symbol made of letters is followed by a space
    (12000, "PLN", "PLN 12,000"),
    (120000, "CAD", "CA$120,000"),
    (1000, "JPY", "¥1,000"),
])
def test_format_amount(amount: float, currency: str, shown: str) -> None:
    assert money.format_amount(amount, currency) == shown


@pytest.mark.parametrize("machine_locale", ["C.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8"])
def test_amounts_read_the_same_whatever_the_machines_locale(machine_locale: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The site is in English on every machine: a build under LANG=fr_FR must not write '$US 120,000' (nor
    'A$' under C) where another writes '$120,000', or the same content gives different pages."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LANG"):
        monkeypatch.setenv(name, machine_locale)
    # Babel reads the environment once, on import, for its default locale: read it again as a build would.
    monkeypatch.setattr(babel.numbers, "LC_MONETARY", babel.default_locale(("LC_MONETARY", "LC_NUMERIC")))
    monkeypatch.setattr(babel.numbers, "LC_NUMERIC", babel.default_locale("LC_NUMERIC"))
    money.currency_symbol.cache_clear()  # symbols remembered under the test run's own locale would hide a change
    try:
        shown = [money.format_amount(1000, c) for c in ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "INR")]
    finally:
        money.currency_symbol.cache_clear()
    assert shown == ["$1,000", "€1,000", "£1,000", "CHF 1,000", "CA$1,000", "A$1,000", "¥1,000", "₹1,000"]


def test_format_range_says_one_amount_when_both_ends_agree() -> None:
    assert money.format_range(100, 200, "EUR", "month") == "€100 – €200 per month"
    assert money.format_range(90000, 90000, "USD", "year") == "$90,000 per year"


def test_rates_both_ways_and_none_for_an_unknown_currency() -> None:
    assert money.usd_per_unit("EUR") == 1.17
    assert money.units_per_usd("EUR") == pytest.approx(1 / 1.17)
    assert money.units_per_usd("USD") == 1.0
    assert money.usd_per_unit("XXX") is None and money.units_per_usd("XXX") is None


@pytest.mark.parametrize(("country", "currency"), [
    ("PL", "PLN"), ("de", "EUR"), (" ch ", "CHF"),  # any case, spaces trimmed
    ("PA", "USD"),  # Panama: PAB and USD are legal tender; the one the rate table has wins
    ("CU", "CUP"),  # no rate: CLDR's currency all the same
    ("AQ", None),  # Antarctica has none
])
def test_currency_for_country(country: str, currency: str | None) -> None:
    assert money.currency_for_country(country) == currency
