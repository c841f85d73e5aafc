"""The stats page and stats.json: the board in pictures, and the same figures as data."""
from __future__ import annotations

import json

from ...base import addresses
from ...model import Model
from ..output import Output, Read
from ..pages.renderer import PageRenderer
from .figures import category_stats, stats_data
from .view import stats_page


def render_stats(r: PageRenderer, model: Model) -> list[Output]:
    """The stats page and its figures as JSON (keys in a fixed order, so builds stay byte-identical)."""
    view = stats_page(model)
    categories = tuple(category_stats(model, c) for c in model.site.categories)
    data = json.dumps(stats_data(view.stats, categories, model.clock), ensure_ascii=False, indent=2) + "\n"
    return [r.page(addresses.page_file(addresses.STATS_URL), "stats.html", f"{addresses.shown()} (open postings)",
                   view=view, current_nav="stats", reads=(Read("stats", view),)),
            Output(addresses.STATS_DATA_PATH, data.encode("utf-8"), f"{addresses.shown()} (all postings)")]
