"""Pay as one comparable yearly figure in US dollars (model/pay.py): every period, the rate table, rounding, and
which range wins."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.load.sources import Body
from generator.model import Category, Company, Posting, Salary
from generator.model.pay import YearlyPay, annualise, yearly_pay

ACME = Company("acme", "Acme", "https://acme.example", "seed", "Robots.", Body.of(""), "content/companies/acme.md")


@pytest.mark.parametrize("low, high, currency, period, expected", [
    (90000, 120000, "USD", "year", (90000, 120000)),
    (5000, 6000, "USD", "month", (60000, 72000)),  # × 12
    (1000, 1500, "USD", "week", (52000, 78000)),  # × 52
    (300, 400, "USD", "day", (78000, 104000)),  # × 260
    (40, 60, "USD", "hour", (83000, 125000)),  # × 2080: 83,200 and 124,800 to the nearest thousand
    (100000, 100000, "EUR", "year", (117000, 117000)),  # 1.17 dollars a euro
    (2000, 2000, "EUR", "month", (28000, 28000)),  # a stipend compares as its yearly rate: 28,080
    (1500, 2500, "USD", "year", (2000, 2000)),  # half a thousand rounds to even, the same every time
    (90000, 120000, "ISK", "year", None),  # a real currency the rate table lacks: no comparable figure
    (90000, 120000, "USD", "fortnight", None),  # a period with no yearly count
    (90000, 120000, "ISK", "fortnight", None),
])
def test_annualise(low, high, currency, period, expected) -> None:
    assert annualise(low, high, currency, period) == expected


def make(salary: Salary | None = None, **fields) -> Posting:
    return Posting(slug="x", title="Engineer", company=ACME, category=Category("ai", "AI"), workplace="remote",
                   employment_type="full-time", posted=dt.date(2026, 11, 1), apply_url="https://acme.example/x",
                   body=Body.of(""), source="content/jobs/acme/x.md", is_open=True, salary=salary, **fields)


def test_the_employers_range_wins_then_the_estimate_then_nothing() -> None:
    estimate = dataclasses.make_dataclass("E", ["min", "max", "currency", "period"])(70000, 80000, "USD", "year")
    assert yearly_pay(make(Salary(90000, 120000, "USD", "year"), estimate=estimate)) == YearlyPay(90000, 120000, False)
    assert yearly_pay(make(estimate=estimate)) == YearlyPay(70000, 80000, True)
    assert yearly_pay(make()) is None
    # A range or an estimate in a currency the table lacks gives no figure, and no crash: the posting is only left
    # out when a minimum salary is set.
    assert yearly_pay(make(Salary(90000, 120000, "ISK", "year"))) is None
    assert yearly_pay(make(estimate=dataclasses.replace(estimate, currency="ISK"))) is None
