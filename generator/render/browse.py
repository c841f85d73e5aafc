"""What in-browser browsing needs besides the listing pages: the postings index and the saved-jobs page."""
from __future__ import annotations

import hashlib

import jinja2

from ..model import Model
from .assets import Assets
from .browse_index import build_index, index_bytes
from .cards import CLOSED_TEMPLATE_CARD, TEMPLATE_CARD
from .output import Output
from .pages import PageRenderer

INDEX_NAME = "postings.json"  # the name templates use: asset('postings.json')


def with_browse_index(assets: Assets, model: Model) -> Assets:
    """Add the postings index to the site's assets under a content-hashed path, /data/postings.<hash>.json.

    Fingerprinted like CSS and JS, so it can be cached for a year and a page never pairs with a stale index;
    it lives in /data/ because it is content, not code.
    """
    data = index_bytes(build_index(model))
    digest = hashlib.sha256(data).hexdigest()[:10]
    path = f"data/postings.{digest}.json"
    return Assets({**assets.urls, INDEX_NAME: "/" + path},
                  (*assets.outputs, Output(path, data, "content/ (open postings)")))


def render_saved_page(model: Model, env: jinja2.Environment, assets: Assets) -> list[Output]:
    """The /saved/ page: a shell that jobs-saved.js fills from browser storage and the index."""
    r = PageRenderer(env, model, assets)
    return [r.page("saved/index.html", "saved.html", "templates/saved.html", current_nav="saved",
                   template_card=TEMPLATE_CARD, closed_template_card=CLOSED_TEMPLATE_CARD)]
