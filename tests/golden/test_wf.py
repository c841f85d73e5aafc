"""A long list, cut into pages: the listing pages of a board with 201 open roles, byte for byte.

The golden board of test_site.py fits every list on one page, so the page navigation (_pagination.html), the
prev/next links in the head (_pagination_head.html) and what the listing template shows only past the first page
(", page 2" in the title, "showing 51–100", no filters) are approved here. Five pages of 50 put every case on
the three pages kept: no "Previous" on the first, no "Next" on the last, the current page marked, and a gap
where a page is elided (page 1: 1 2 3 … 5; page 5: 1 … 3 4 5), none where none is (page 2: 1 2 3 4 5); and
AI's list of 51, the smallest that needs a second page.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build_site
from generator.config import make_options
from tests.conftest import CLOCK, POSTING, REPO, front_matter, many_postings, write_tree
from tests.golden.approve import approve

PAGES = ("index.html", "page/2/index.html", "page/5/index.html", "categories/ai/index.html")


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wf-paged")
    tree = many_postings(150)
    for i in range(51):  # AI's own list: two pages, the second with one role
        tree[f"jobs/acme/ai-{i:02d}.md"] = front_matter({**POSTING, "title": f"ML Engineer {i:02d}", "category": "ai",
                                                        "apply_url": f"https://acme.example/careers/ml-{i:02d}"})
    write_tree(root / "content", tree)
    build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    return root / "site"


def test_a_long_list_is_cut_into_pages_that_link_each_other(paged: Path) -> None:
    assert not (paged / "page/6").exists() and not (paged / "page/1").exists()
    approve("wf-paged-home", {rel: (paged / rel).read_bytes() for rel in PAGES})
