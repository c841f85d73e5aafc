"""Pay as one comparable yearly figure in US dollars, for the salary filter and the "highest salary" sort.

Visitors always see pay as the employer wrote it (or the labelled estimate); this module only makes
postings comparable, so its figures are never printed. Decisions, and why:

- **Annualised rate.** Every range becomes what its rate would pay over a full working year:
  hour × 2080, day × 260, week × 52, month × 12. This applies to internships and part-time roles too: a
  €2,000-a-month internship stipend compares as a rate of about $28,000 a year. Excluding them would make
  a minimum-pay filter hide every paid internship; treating the rate as written keeps the comparison
  honest, and the card still shows "per month".
- **One currency.** A job seeker's slider is in US dollars, so ranges are converted with the site's one
  dated rate table (generator/base/money.py). A currency missing from the table gives no comparable figure: such a
  posting is left out only when a minimum salary is set.
- **Whole thousands.** Figures are rounded to the nearest $1,000; finer precision would be false given
  the rates, and the index stores thousands.
- **Employer first.** The employer's range wins; the compensation estimate is used only without one.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..base.money import usd_per_unit
from ..load.schema import PERIODS_PER_YEAR
from .records import Posting


@dataclass(frozen=True)
class YearlyPay:
    """A posting's pay as an annualised range in whole US dollars (multiples of 1,000)."""

    low: int
    high: int
    estimated: bool  # True when it comes from the compensation estimate, not the employer


def annualise(low: float, high: float, currency: str, period: str) -> tuple[int, int] | None:
    """Convert a pay range to yearly US dollars, rounded to thousands; None for an unknown currency."""
    rate = usd_per_unit(currency)
    per_year = PERIODS_PER_YEAR.get(period)
    if rate is None or per_year is None:
        return None
    return _thousands(low * per_year * rate), _thousands(high * per_year * rate)


def _thousands(amount: float) -> int:
    # round() on .5 goes to even; pay is never that precise, but identical input still gives identical output.
    return int(round(amount / 1000)) * 1000


def yearly_pay(posting: Posting) -> YearlyPay | None:
    """The posting's comparable yearly pay: the employer's range, else the estimate, else None."""
    if posting.salary:
        s = posting.salary
        pair = annualise(s.min, s.max, s.currency, s.period)
        return YearlyPay(*pair, estimated=False) if pair else None
    est = posting.estimate
    if est is None:
        return None
    pair = annualise(est.min, est.max, est.currency, est.period)
    return YearlyPay(*pair, estimated=True) if pair else None
