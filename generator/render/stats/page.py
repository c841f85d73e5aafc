"""The stats page and stats.json: the board in pictures, and the same figures as data."""
from __future__ import annotations

import json

from ...base import addresses
from ...base.memo import Deferred
from ...model import Model
from ..output import LazyOutput, Output, Read
from ..pages.renderer import PageRenderer
from .figures import category_stats, stats_data
from .view import StatsPage, stats_page


def render_stats(r: PageRenderer, model: Model) -> list[Output]:
    """The stats page and its figures as JSON; both are worked out only when the writer keys or renders them
    (base/memo.py Deferred): an edit that moves no figure leaves them unmade."""
    view = Deferred(stats_page, model)
    figures = Deferred(stats_figures, view, model)
    return [r.page(addresses.page_file(addresses.STATS_URL), "stats.html", f"{addresses.shown()} (open postings)",
                   view=view, current_nav="stats", reads=(Read("stats", view),)),
            LazyOutput(addresses.STATS_DATA_PATH, f"{addresses.shown()} (all postings)", stats_json, figures,
                       reads=(Read("stats figures", figures),))]


def stats_figures(view: StatsPage, model: Model) -> dict:
    """What stats.json holds: the page's figures and each category page's."""
    return stats_data(view.stats, tuple(category_stats(model, c) for c in model.site.categories), model.clock)


def stats_json(figures: dict) -> bytes:
    """stats.json's bytes (keys in a fixed order, so builds stay byte-identical)."""
    return (json.dumps(figures, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
