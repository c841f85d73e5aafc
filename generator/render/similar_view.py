"""What a posting page shows about each similar role, worked out once per role and process, not once per mention.

A popular role is suggested on dozens of pages; formatting its place and pay each time cost a noticeable
share of a 10,000-posting build (bench/BROWSE-RESULTS.md). Items are made when a page renders (page_views.py),
so pages the writer skips cost nothing; each process (the writer forks) keeps its own few.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Posting
from . import format as fmt
from .cards import pay_view


@dataclass(frozen=True)
class SimilarItem:
    url: str
    title: str
    company: str
    place: str
    pay: str | None
    estimated: bool


_ITEMS: dict[int, tuple[Posting, SimilarItem]] = {}  # id(posting) → (posting, its item); the posting keeps id valid


def similar_item(p: Posting) -> SimilarItem:
    """One similar role, ready to print."""
    known = _ITEMS.get(id(p))
    if known is not None and known[0] is p:
        return known[1]
    pay = pay_view(p)
    item = SimilarItem(p.url, p.title, p.company.name, fmt.format_place(p), pay.short if pay else None,
                       bool(pay and pay.estimated))
    if len(_ITEMS) > 50_000:  # a long `jobsite serve` session: old models' postings go
        _ITEMS.clear()
    _ITEMS[id(p)] = (p, item)
    return item
