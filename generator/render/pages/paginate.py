"""Split long lists of postings into pages (/, /page/2/, …) so every posting is reachable without JavaScript."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...base.addresses import listing_page_url, page_file
from ..output import Output, Read, members
from .cards import TEMPLATE_CARD, roles_count

PER_PAGE = 50
WINDOW = 2  # page links shown either side of the current page; the first and last are always shown


@dataclass(frozen=True)
class Pagination:
    """Where one page sits in its list: its number, its neighbours, and what range of items it shows."""

    base_url: str  # the list's first page, e.g. "/" or "/categories/ai/"
    number: int  # 1-based
    pages: int
    total: int  # items in the whole list
    per_page: int = PER_PAGE

    def url(self, number: int) -> str:
        return listing_page_url(self.base_url, number)

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.pages else None

    @property
    def first_item(self) -> int:
        return min(self.total, (self.number - 1) * self.per_page + 1)

    @property
    def last_item(self) -> int:
        return min(self.total, self.number * self.per_page)

    @property
    def count(self) -> str:
        """'1 role', '34 roles': the whole list's size in words."""
        return roles_count(self.total)

    @property
    def open_count(self) -> str:
        """'1 open role', '34 open roles'."""
        return roles_count(self.total, "open")

    @property
    def links(self) -> tuple[int | None, ...]:
        """Page numbers to link, None where a gap is elided: 1 … 4 5 [6] 7 8 … 20."""
        shown = sorted({1, self.pages, *range(max(1, self.number - WINDOW), min(self.pages, self.number + WINDOW) + 1)})
        out: list[int | None] = []
        for n in shown:
            if out and n - (out[-1] or 0) > 1:
                out.append(None)
            out.append(n)
        return tuple(out)


def paginate(items: Sequence[Any], base_url: str, per_page: int = PER_PAGE) -> list[tuple[Pagination, Sequence[Any]]]:
    """Every page of a list with its slice; an empty list still has one (empty) page."""
    pages = max(1, math.ceil(len(items) / per_page))
    return [(Pagination(base_url, n, pages, len(items), per_page), items[(n - 1) * per_page:n * per_page])
            for n in range(1, pages + 1)]


def page_showing(items: Sequence[Any], item: Any, base_url: str, per_page: int = PER_PAGE) -> str:
    """The output file of the page of `paginate(items, base_url)` that shows `item` (one of `items`)."""
    at = next(i for i, one in enumerate(items) if one is item)
    return page_path(base_url, at // per_page + 1)


def page_path(base_url: str, number: int) -> str:
    """The output file of a page: categories/ai/index.html, categories/ai/page/2/index.html."""
    return page_file(listing_page_url(base_url, number))


def render_paginated(page: Callable[..., Output], base_url: str, template: str, origin: str,
                     postings: Sequence[Any], first: dict[str, Any] | None = None, **context: Any) -> list[Output]:
    """Render one template per page of postings, passing `postings` (the slice) and `pagination`; `first`
    holds what only the first page shows (and so only the first page depends on).

    Templates turn postings into cards with the `cards` filter (render/pages/cards.py card_views), at render time, so a
    page whose inputs are unchanged never formats its cards; `template_card` is what the browser's card
    <template> is rendered from.

    Every page reads the list's members (its slice and the page count follow from them), the first page each of
    `first`'s values too (the filters' counts, a category's figures): render/output.py `Read`.
    """
    listed = Read(f"list {base_url}", members(postings))
    first = first or {}
    first_reads = (listed, *(Read(f"list {base_url} {name}", value) for name, value in first.items()))
    return [page(page_path(base_url, pg.number), template, origin, postings=chunk, pagination=pg,
                 template_card=TEMPLATE_CARD, reads=first_reads if pg.number == 1 else (listed,), **context,
                 **(first if pg.number == 1 else {}))
            for pg, chunk in paginate(postings, base_url)]
