"""What a posting page shows about each similar role, worked out once per role rather than once per mention.

A popular role is suggested on dozens of pages; formatting its place and pay each time cost a noticeable
share of a 10,000-posting build (bench/BROWSE-RESULTS.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Model, Posting
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


def similar_items(model: Model) -> dict[str, tuple[SimilarItem, ...]]:
    """Map every posting's key to the similar roles its page lists, ready to print."""
    items: dict[str, SimilarItem] = {}

    def item(p: Posting) -> SimilarItem:
        if p.key not in items:
            pay = pay_view(p)
            items[p.key] = SimilarItem(p.url, p.title, p.company.name, fmt.format_place(p),
                                       pay.short if pay else None, bool(pay and pay.estimated))
        return items[p.key]

    return {key: tuple(item(p) for p in roles) for key, roles in model.similar.items()}
