"""Daily digest feeds, for RSS-to-email services and readers who want one item a day: for the whole board and
for each category, one item per finished day listing that day's new roles (docs/feeds.md, "Daily digests").

Only finished days (before the build clock's day, UTC) get an item: an RSS-to-email service sends an item once,
when it first sees it, so an item for a day still in progress would never mail the roles posted later that day.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import groupby
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator
from markupsafe import Markup

from ...base import addresses
from ...base.cache import Table
from ...base.memo import Deferred, memo
from ...model import Model, Posting, Site
from .. import format as fmt
from ..output import LazyOutput, Output, Read, members
from .entries import _midnight, atom_bytes, posting_summary, rss_bytes
from .scopes import DigestScope, FeedScope, digest_scopes, scope_postings

DIGEST_DAYS = 30  # items per digest feed: the last 30 days that had new roles


def digest_days(postings: tuple[Posting, ...], today: dt.date) -> list[tuple[dt.date, tuple[Posting, ...]]]:
    """(day, its open postings) for finished days with new roles, newest day first, at most DIGEST_DAYS."""
    finished = sorted((p for p in postings if p.posted < today), key=lambda p: (-p.posted.toordinal(), p.key))
    days = [(day, tuple(group)) for day, group in groupby(finished, key=lambda p: p.posted)]
    return days[:DIGEST_DAYS]


def scope_days(model: Model, scope: FeedScope) -> tuple[tuple[dt.date, tuple[Posting, ...]], ...]:
    """`digest_days` of a scope's open postings, as of the build's day."""
    return tuple(digest_days(scope_postings(model, scope), model.clock.date()))


def day_members(days: tuple[tuple[dt.date, tuple[Posting, ...]], ...]) -> tuple[tuple[dt.date, str], ...]:
    """Which roles each day of a digest lists, by their files: what its Read digests (render/output.py)."""
    return tuple((day, members(postings)) for day, postings in days)


def digest_guid(site: Site, digest: DigestScope, day: dt.date) -> str:
    """A tag URI per scope and day: the same on every rebuild, whatever the day's list turns out to hold."""
    return f"tag:{urlsplit(site.base_url).hostname},{day.isoformat()}:digest/{digest.key}"


def _kind(digest: DigestScope) -> str:
    """'' for the whole board, 'AI ' for a category: '3 new AI roles'."""
    return "" if digest.scope.kind == "site" else digest.scope.name.removesuffix(" roles") + " "


def item_title(digest: DigestScope, day: dt.date, count: int) -> str:
    return f"{count} new {_kind(digest)}role{'s' if count != 1 else ''}, {fmt.format_date(day)}"


def item_link(site: Site, digest: DigestScope, day: dt.date) -> str:
    """The scope's page, with the day as a fragment: some readers tell items apart by link, not by id."""
    return f"{site.base_url}{digest.scope.page_url}#new-{day.isoformat()}"


def item_html(site: Site, postings: tuple[Posting, ...]) -> str:
    """The day's roles as an HTML list; Markup escapes every value taken from content."""
    base = site.base_url
    rows = [Markup('<li><a href="{}">{}</a> at {}<br>{}</li>').format(
        base + p.url, p.title, p.company.name, posting_summary(p)) for p in postings]
    return str(Markup("<ul>{}</ul>").format(Markup("").join(rows)))


def render_digest(model: Model, digest: DigestScope, fragments: Table) -> list[Output]:
    """One digest's RSS and Atom feeds, each given the days it lists (found when the writer keys or writes one
    of them: base/memo.py Deferred)."""
    days = Deferred(scope_days, model, digest.scope)
    rss, atom = digest.address.rss_path, digest.address.atom_path
    origin, today = digest.scope.origin, model.clock.date()
    reads = (Read(f"digest {rss}", Deferred(day_members, days)),)
    return [LazyOutput(rss, origin, digest_bytes, fragments, rss_bytes, rss, model.site, digest, days, today,
                       reads=reads),
            LazyOutput(atom, origin, digest_bytes, fragments, atom_bytes, atom, model.site, digest, days, today,
                       reads=reads)]


def digest_bytes(memo_table: Table, write: Callable[[FeedGenerator, Site, str, str], bytes], path: str, site: Site,
                 digest: DigestScope, days: tuple[tuple[dt.date, tuple[Posting, ...]], ...], today: dt.date) -> bytes:
    """A digest feed; each day's list is memoised (`memo_table`, the cache's `fragments`), so an edit
    re-renders one day's item, not thirty."""
    scope = digest.scope
    fg = FeedGenerator()
    fg.title(f"{scope.title(site.title)}, daily digest")
    fg.description(f"One item a day listing the new {_kind(digest)}roles posted that day on {site.title}.")
    fg.language(site.language)
    fg.author(name=site.title, uri=site.base_url + addresses.HOME_URL)
    fg.generator("jobsite")
    # The newest item's date, not the clock: a second build on the same content writes the same bytes.
    changed = _midnight(days[0][0] + dt.timedelta(days=1)) if days else _midnight(today)
    fg.lastBuildDate(changed)
    fg.updated(changed)
    fg.ttl(60 * 24)
    for day, postings in days:
        entry = fg.add_entry(order="append")
        entry.title(item_title(digest, day, len(postings)))
        entry.link(href=item_link(site, digest, day), rel="alternate")
        entry.guid(digest_guid(site, digest, day), permalink=False)
        # Dated when the day is over, which is when the item first appears.
        entry.published(_midnight(day + dt.timedelta(days=1)))
        entry.updated(_midnight(day + dt.timedelta(days=1)))
        entry.summary(memo(memo_table, item_html, site, postings), type="html")
    return write(fg, site, path, scope.page_url)


def render_digest_feeds(model: Model, fragments: Table) -> list[Output]:
    """The whole board's and every category's daily digest, RSS 2.0 and Atom."""
    return [out for digest in digest_scopes(model) for out in render_digest(model, digest, fragments)]
