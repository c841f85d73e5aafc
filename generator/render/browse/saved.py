"""What in-browser browsing needs besides the listing pages: the postings index and the saved-jobs page."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ...model import Model
from ..feeds.scopes import SiteFeeds
from ..output import Output
from ..pages.cards import CLOSED_TEMPLATE_CARD, TEMPLATE_CARD
from ..pages.renderer import PageRenderer
from .index import build_index, index_bytes


def render_browse_index(model: Model, feeds: SiteFeeds, rows: Sequence[tuple] | None = None) -> Output:
    """The postings index under a content-hashed path, /data/postings.<hash>.json.

    Fingerprinted like CSS and JS, so it can be cached for a year and a page never pairs with a stale index;
    it lives in /data/ because it is content, not code. Only the pages that load it are handed its URL, so the
    others do not change whenever a posting does. `rows`: the open postings' rows (index.py `index_row`),
    when the engine has them memoised.
    """
    return browse_index_output(index_bytes(build_index(model, feeds, rows)))


def browse_index_output(data: bytes) -> Output:
    """The postings index's bytes at their content-hashed path (`render_browse_index`)."""
    digest = hashlib.sha256(data).hexdigest()[:10]
    return Output(f"data/postings.{digest}.json", data, BROWSE_ORIGIN)


BROWSE_ORIGIN = "content/ (open postings)"


def render_saved_page(r: PageRenderer, index_url: str) -> list[Output]:
    """The /saved/ page: a shell that jobs-saved.js fills from browser storage and the index."""
    return [r.page("saved/index.html", "saved.html", "templates/saved.html", current_nav="saved",
                   index_url=index_url, template_card=TEMPLATE_CARD,
                   closed_template_card=CLOSED_TEMPLATE_CARD)]
