"""render/pages/paginate.py: where each page of a long list sits, every case of the decision written out."""
from __future__ import annotations

from types import SimpleNamespace as Stub

import pytest

from generator.render.output import READ, Read, members
from generator.render.pages.cards import TEMPLATE_CARD
from generator.render.pages.paginate import Pagination, page_path, page_showing, paginate, render_paginated


@pytest.mark.parametrize(("pg", "prev", "next_", "first", "last", "count", "links"), [
    (Pagination("/", 1, 1, 0), None, None, 0, 0, "0 roles", (1,)),
    (Pagination("/", 1, 1, 1), None, None, 1, 1, "1 role", (1,)),
    (Pagination("/", 1, 3, 120), None, "/page/2/", 1, 50, "120 roles", (1, 2, 3)),
    (Pagination("/", 2, 3, 120), "/", "/page/3/", 51, 100, "120 roles", (1, 2, 3)),
    (Pagination("/", 3, 3, 120), "/page/2/", None, 101, 120, "120 roles", (1, 2, 3)),
    (Pagination("/categories/ai/", 2, 2, 51), "/categories/ai/", None, 51, 51, "51 roles", (1, 2)),
    (Pagination("/", 1, 20, 1000), None, "/page/2/", 1, 50, "1,000 roles", (1, 2, 3, None, 20)),
    (Pagination("/", 4, 20, 1000), "/page/3/", "/page/5/", 151, 200, "1,000 roles", (1, 2, 3, 4, 5, 6, None, 20)),
    # One page between 1 and the window is elided too: the window's edges are what is shown.
    (Pagination("/", 5, 20, 1000), "/page/4/", "/page/6/", 201, 250, "1,000 roles", (1, None, 3, 4, 5, 6, 7, None, 20)),
    (Pagination("/", 18, 20, 1000), "/page/17/", "/page/19/", 851, 900, "1,000 roles", (1, None, 16, 17, 18, 19, 20)),
    (Pagination("/", 20, 20, 1000), "/page/19/", None, 951, 1000, "1,000 roles", (1, None, 18, 19, 20)),
])
def test_a_page_knows_its_neighbours_its_range_and_which_numbers_to_link(
        pg: Pagination, prev: str | None, next_: str | None, first: int, last: int, count: str,
        links: tuple[int | None, ...]) -> None:
    assert (pg.prev_url, pg.next_url, pg.first_item, pg.last_item, pg.count, pg.links) == (
        prev, next_, first, last, count, links)


def test_a_list_is_cut_into_full_pages_of_50_and_each_item_is_found_on_its_page() -> None:
    assert [len(chunk) for _, chunk in paginate(list(range(100)), "/")] == [50, 50]
    pages = paginate(list(range(101)), "/categories/ai/")
    assert [(pg.number, pg.pages, pg.total, list(chunk)[:1]) for pg, chunk in pages] == [
        (1, 3, 101, [0]), (2, 3, 101, [50]), (3, 3, 101, [100])]
    assert [(pg.number, list(chunk)) for pg, chunk in paginate([], "/")] == [(1, [])]
    assert Pagination("/", 1, 1, 1).open_count == "1 open role"
    assert Pagination("/", 1, 1, 2).open_count == "2 open roles"
    items = [object() for _ in range(101)]
    assert [page_showing(items, items[i], "/categories/ai/") for i in (0, 49, 50, 100)] == [
        "categories/ai/index.html", "categories/ai/index.html", "categories/ai/page/2/index.html",
        "categories/ai/page/3/index.html"]
    assert page_path("/", 1) == "index.html" and page_path("/", 2) == "page/2/index.html"


def test_each_page_is_rendered_with_its_slice_and_only_the_first_reads_and_shows_the_first_page_extras() -> None:
    calls = []

    def page(path: str, template: str, origin: str, **context: object) -> str:
        calls.append((path, template, origin, context))
        return path

    postings = [Stub(source=f"content/jobs/acme/r{i}.md") for i in range(51)]
    out = render_paginated(page, "/categories/ai/", "listing.html", "site.yaml", postings,
                           first={"figures": "F"}, title="AI")
    assert out == ["categories/ai/index.html", "categories/ai/page/2/index.html"]
    (_, _, _, one), (_, template, origin, two) = calls
    assert (template, origin) == ("listing.html", "site.yaml")
    assert one["postings"] == postings[:50] and two["postings"] == postings[50:]
    assert (one["pagination"].number, two["pagination"].number, two["pagination"].pages) == (1, 2, 2)
    assert one["template_card"] is TEMPLATE_CARD and two["template_card"] is TEMPLATE_CARD
    assert (one["title"], two["title"], one["figures"]) == ("AI", "AI", "F") and "figures" not in two
    assert [r.source for r in one["reads"]] == [READ + "list /categories/ai/", READ + "list /categories/ai/ figures"]
    assert [r.source for r in two["reads"]] == [READ + "list /categories/ai/"]
    # Each Read is keyed by its value: the first page's extras by what they are, not by their names, so a change
    # in the filter counts alone moves the first page's key; the members' Read is the same on every page.
    assert one["reads"][1].fingerprint == Read("list /categories/ai/ figures", "F").fingerprint
    assert one["reads"][1].fingerprint != Read("list /categories/ai/ figures", "figures").fingerprint
    assert one["reads"][0].fingerprint == two["reads"][0].fingerprint == Read(
        "list /categories/ai/", members(postings)).fingerprint
    moved = render_paginated(page, "/categories/ai/", "listing.html", "site.yaml", postings, first={"figures": "G"})
    assert moved == out and calls[-2][3]["reads"][1].fingerprint != one["reads"][1].fingerprint
