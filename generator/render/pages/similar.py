"""What a posting page shows about each similar role: its title, company, place and short pay, ready to print."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Posting
from .. import format as fmt
from .cards import pay_view


@dataclass(frozen=True)
class SimilarItem:
    url: str
    title: str
    company: str
    place: str
    pay: str | None
    estimated: bool


def similar_item(p: Posting) -> SimilarItem:
    """One similar role, ready to print. Made when the page renders (pages/views.py), so pages the writer skips
    as unchanged cost nothing here."""
    pay = pay_view(p)
    return SimilarItem(p.url, p.title, p.company.name, fmt.format_place(p), pay.short if pay else None,
                       bool(pay and pay.estimated))
