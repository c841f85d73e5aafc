"""RSS feed of open postings, through feedgen (correct escaping, RFC 822 dates, atom:link self)."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator

from ..model import Model, Posting
from . import format as fmt
from .output import Output
from .pages import pay_view


def posting_guid(model: Model, posting: Posting) -> str:
    """A tag URI (RFC 4151) that stays the same across rebuilds and base-URL changes."""
    host = urlsplit(model.site.base_url).hostname
    return f"tag:{host},{posting.posted.isoformat()}:jobs/{posting.key}"


def posting_summary(posting: Posting) -> str:
    """One plain-text line a feed reader shows: where, what kind of contract, what it pays."""
    pay = pay_view(posting)
    parts = [fmt.format_place(posting), fmt.format_terms(posting)]
    if pay:
        parts.append(f"{'Estimated' if pay.estimated else 'Salary'}: {pay.text}")
    parts.append(f"Posted {fmt.format_date(posting.posted)}")
    return " · ".join(parts)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


def render_rss(model: Model, path: str, title: str, description: str, postings: tuple[Posting, ...],
               page_url: str) -> Output:
    """One RSS 2.0 feed over the given open postings, newest first."""
    base = model.site.base_url
    fg = FeedGenerator()
    fg.title(title)
    fg.link(href=base + page_url, rel="alternate")
    fg.link(href=f"{base}/{path}", rel="self", type="application/rss+xml")
    fg.description(description)
    fg.language(model.site.language)
    fg.generator("jobsite")
    # The build clock, not the wall clock: identical content gives identical feeds.
    fg.lastBuildDate(model.clock)
    fg.ttl(60)
    for posting in postings:
        entry = fg.add_entry(order="append")
        entry.title(f"{posting.title} at {posting.company.name}")
        entry.link(href=base + posting.url)
        entry.guid(posting_guid(model, posting), permalink=False)
        entry.pubDate(_midnight(posting.posted))
        entry.description(posting_summary(posting))
        entry.category(term=posting.category.label)
    return Output(path, fg.rss_str(pretty=True), "content/site.yaml")


def render_feeds(model: Model) -> list[Output]:
    """Every feed of the site."""
    site = model.site
    return [render_rss(model, "feed.xml", f"{site.title}: all open roles", site.description, model.open_postings,
                       "/")]
