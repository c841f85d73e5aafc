"""The one money formatter and rate table: what every page, card, estimate and error message shows for an amount."""
from __future__ import annotations

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
