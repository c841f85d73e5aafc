"""Feeds of open postings: RSS 2.0 and Atom per scope (feedgen), JSON Feed 1.1, jobs.json, and the OPML bundle.

One posting has one id everywhere — the RSS guid, the Atom id, the JSON Feed id and the jobs.json id are the
same tag URI — so a reader that follows several feeds sees one role once, and a moved page keeps its id.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator

from ...base import addresses
from ...base.addresses import FEEDS_URL, JOBS_JSON_PATH, JSON_FEED_PATH, OPML_PATH
from ...base.cache import Table
from ...base.memo import memo_each
from ...load.schema import utc_offset_text
from ...model import Model, Posting, Site
from .. import format as fmt
from ..output import LazyOutput, Output, Read, members
from ..pages.cards import pay_view
from ..pages.renderer import PageRenderer
from ..pages.seo import closing_time
from .scopes import (
    ATOM_TYPE,
    RSS_TYPE,
    DigestScope,
    FeedGroup,
    FeedScope,
    SiteFeeds,
    digest_scopes,
    scope_postings,
    site_scope,
)

# Readers poll feeds often; the newest roles are what they need, not the whole board (jobs.json has that).
FEED_LIMIT = 100
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JOBS_JSON_VERSION = "1.0"  # jobsjson.org SPECIFICATION.md §6.1: version MUST be "1.0"
JOBS_JSON_TYPES = {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACT",
                   "internship": "INTERN", "temporary": "TEMPORARY"}
JOBS_JSON_PERIODS = {"year": "YEARLY", "month": "MONTHLY", "week": "WEEKLY", "day": "DAILY", "hour": "HOURLY"}


def posting_guid(site: Site, posting: Posting) -> str:
    """A tag URI (RFC 4151) that stays the same across rebuilds and base-URL changes: an identity, not an
    address, so it keeps its own spelling even if pages move (base/addresses.py)."""
    host = urlsplit(site.base_url).hostname
    return f"tag:{host},{posting.posted.isoformat()}:jobs/{posting.key}"


def posting_summary(posting: Posting) -> str:
    """One plain-text line a feed reader shows: where, what kind of contract, what it pays."""
    pay = pay_view(posting)
    parts = [fmt.format_place(posting), fmt.format_terms(posting)]
    if pay:
        parts.append(f"{'Estimated' if pay.estimated else 'Salary'}: {pay.text}")
    if offers := fmt.offers_line(posting):
        parts.append(offers)
    parts.append(f"Posted {fmt.format_date(posting.posted)}")
    return " · ".join(parts)


def posting_categories(posting: Posting) -> list[dict[str, str]]:
    """Category, tags, workplace and contract type: what readers filter and group by."""
    return [
        {"term": posting.category.id, "label": posting.category.label},
        *({"term": tag, "label": tag} for tag in posting.tags),
        {"term": posting.workplace, "label": fmt.WORKPLACE_LABELS[posting.workplace]},
        {"term": posting.employment_type, "label": fmt.EMPLOYMENT_LABELS[posting.employment_type]},
        *({"term": key.replace("_", "-"), "label": label} for key, label in fmt.OFFER_LABELS.items()
          if getattr(posting, key) is True),
    ]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


def updated_day(posting: Posting) -> dt.date:
    """When the posting last changed: its file's last commit, never before the day it says it was posted."""
    return max(posting.updated, posting.posted) if posting.updated else posting.posted


def last_change(postings: tuple[Posting, ...], clock: dt.datetime) -> dt.datetime:
    """When a feed of these postings last changed: its newest item's date, never the clock, so a build that
    changes nothing rewrites no feed (and an edit rewrites only the feeds that show it). An empty feed has no
    item to date it by: it takes the build's day, so it changes at most once a day."""
    days = [updated_day(p) for p in postings]
    return _midnight(max(days) if days else clock.date())


def _rfc3339(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _generator(site: Site, title: str, description: str, postings: tuple[Posting, ...],
               changed: dt.datetime) -> FeedGenerator:
    """A feedgen feed with its entries, written as RSS and as Atom; the writers add the links."""
    fg = FeedGenerator()
    fg.title(title)
    fg.description(description)
    fg.language(site.language)
    fg.author(name=site.title, uri=site.base_url + addresses.HOME_URL)
    fg.generator("jobsite")
    # From the items (last_change), never the wall clock: identical content gives identical feeds. feedgen
    # would otherwise stamp both with the time it ran.
    fg.lastBuildDate(changed)
    fg.updated(changed)
    fg.ttl(60)
    for posting in postings[:FEED_LIMIT]:
        _add_entry(fg, site, posting)
    return fg


def _add_entry(fg: FeedGenerator, site: Site, posting: Posting) -> None:
    base = site.base_url
    entry = fg.add_entry(order="append")
    entry.title(f"{posting.title} at {posting.company.name}")
    entry.link(href=base + posting.url, rel="alternate")
    entry.guid(posting_guid(site, posting), permalink=False)
    entry.author(name=posting.company.name, uri=base + posting.company.url)
    entry.published(_midnight(posting.posted))
    # The file's last commit (history.py), else the posted day: stable from build to build either way.
    entry.updated(_midnight(updated_day(posting)))
    # RSS description and Atom summary. No full description: the role's page is where it is read and applied
    # for, and with ~265 feeds for 2,000 postings full text made the feeds 42 MB of a 78 MB site.
    entry.summary(posting_summary(posting))
    entry.category(posting_categories(posting))


def _links(fg: FeedGenerator, alternate: str, self_url: str, mime: str) -> None:
    # feedgen makes the *last* link the RSS channel <link>, which must be the HTML page, not the feed.
    fg.link([{"href": self_url, "rel": "self", "type": mime}, {"href": alternate, "rel": "alternate"}],
            replace=True)


def rss_bytes(fg: FeedGenerator, site: Site, path: str, page_url: str) -> bytes:
    base = site.base_url
    _links(fg, base + page_url, f"{base}/{path}", RSS_TYPE)
    with _descriptions_as_html(fg):
        return fg.rss_str(pretty=True)


@contextmanager
def _descriptions_as_html(fg: FeedGenerator) -> Iterator[None]:
    """HTML-escape the channel description and the entries' summaries while RSS is written.

    Readers (and feedparser) take every RSS <description> as HTML, so plain text from content/ must be escaped
    for HTML before XML escapes it again, or a site title with `<svg onload=…>` is live markup there. Atom's
    subtitle and untyped summaries are plain text: they keep the text as it is. A summary that is HTML already
    (type "html", as in the daily digests) is left alone."""
    description = fg.description()
    plain = [(entry, entry.summary()["summary"]) for entry in fg.entry() if "type" not in entry.summary()]
    fg.description(html.escape(description, quote=False))
    for entry, summary in plain:
        entry.summary(html.escape(summary, quote=False))
    try:
        yield
    finally:
        fg.description(description)
        for entry, summary in plain:
            entry.summary(summary)


def atom_bytes(fg: FeedGenerator, site: Site, path: str, page_url: str) -> bytes:
    """Atom needs a permanent feed id: the feed's own address."""
    base = site.base_url
    fg.id(f"{base}/{path}")
    _links(fg, base + page_url, f"{base}/{path}", ATOM_TYPE)
    return fg.atom_str(pretty=True)


def render_scope(model: Model, scope: FeedScope, postings: tuple[Posting, ...] | None = None) -> list[Output]:
    """The RSS and Atom feeds of one scope, rendered when the writer asks. Each is given the newest postings
    it shows, not every posting in scope, so an edit deep in a list leaves the feed alone. `postings` are the
    scope's (`scope_postings`), when they are known."""
    shown = (scope_postings(model, scope) if postings is None else postings)[:FEED_LIMIT]
    changed = last_change(shown, model.clock)
    rss, atom = scope.address.rss_path, scope.address.atom_path
    reads = (Read(f"feed {rss}", (scope, members(shown))),)  # what it says of itself, and which roles it shows
    return [LazyOutput(rss, scope.origin, scope_feed_bytes, rss_bytes, rss, model.site, scope, shown, changed,
                       reads=reads),
            LazyOutput(atom, scope.origin, scope_feed_bytes, atom_bytes, atom, model.site, scope, shown, changed,
                       reads=reads)]


def scope_feed_bytes(write: Callable[[FeedGenerator, Site, str, str], bytes], path: str, site: Site,
                     scope: FeedScope, postings: tuple[Posting, ...], changed: dt.datetime) -> bytes:
    fg = _generator(site, scope.title(site.title), scope.description, postings, changed)
    return write(fg, site, path, scope.page_url)


def json_feed_bytes(site: Site, postings: tuple[Posting, ...]) -> bytes:
    """JSON Feed 1.1 (jsonfeed.org/version/1.1) of the newest open postings."""
    base = site.base_url
    feed = {
        "version": JSON_FEED_VERSION,
        "title": site_scope(site).title(site.title),
        "home_page_url": base + addresses.HOME_URL,
        "feed_url": f"{base}/{JSON_FEED_PATH}",
        "description": site.description,
        "language": site.language,
        "authors": [{"name": site.title, "url": base + addresses.HOME_URL}],
        "items": [_json_feed_item(site, p) for p in postings[:FEED_LIMIT]],
    }
    return _json_bytes(feed)


def _json_feed_item(site: Site, posting: Posting) -> dict[str, Any]:
    base = site.base_url
    return {
        "id": posting_guid(site, posting),
        "url": base + posting.url,
        "title": f"{posting.title} at {posting.company.name}",
        "content_text": posting_summary(posting),
        "date_published": _rfc3339(_midnight(posting.posted)),
        "authors": [{"name": posting.company.name, "url": base + posting.company.url}],
        "tags": [c["label"] for c in posting_categories(posting)],
        # Only when git history knows the file's last commit (history.py); left out otherwise.
        **({"date_modified": _rfc3339(_midnight(updated_day(posting)))} if posting.updated else {}),
    }


def jobs_json_bytes(memo_table: Table, site: Site, changed: dt.datetime, postings: tuple[Posting, ...]) -> bytes:
    """Every open posting in the jobs.json format (jobsjson.org, specification 1.0); see docs/feeds.md.

    The jobs' JSON text is memoised a run of postings at a time (`jobs_runs`), by the site and the postings
    (`memo_table`, the cache's `fragments`): the bytes are those of one json.dumps of the whole document,
    spliced. The file is joined once from the stored pieces: at 100,000 postings it is 120 MB, and joining
    text, splicing it and encoding it took four copies."""
    base = site.base_url
    doc = {
        "version": JOBS_JSON_VERSION,
        "lastUpdated": _rfc3339(changed),
        # The spec describes one employer's own file; on a board the publisher is the board, and each job
        # names its employer in the x-company extension.
        "company": {"name": site.title, "url": base + addresses.HOME_URL, "description": site.description},
        "jobs": [_JOBS_MARK] if postings else [],
        # Every category, also those without open roles, so `jobsite announce` knows each Telegram channel
        # before its first role arrives.
        "x-categories": [{"id": c.id, "label": c.label, **({"telegram": c.telegram} if c.telegram else {})}
                         for c in site.categories],
    }
    text = _json_bytes(doc)
    if not postings:
        return text
    head, tail = text.split(f'    "{_JOBS_MARK}"'.encode(), 1)
    parts = [head]
    for run in memo_each(memo_table, jobs_run_bytes, ((site, run) for run in jobs_runs(postings))):
        parts += (run, b",\n")
    parts[-1] = tail  # no comma after the last job
    return b"".join(parts)


RUN_CUT = 64  # a run of jobs.json ends after a posting whose key's CRC is 0 modulo this: 64 postings on average


def jobs_runs(postings: tuple[Posting, ...]) -> list[tuple[Posting, ...]]:
    """The postings in runs cut after the postings their keys pick (content-defined, as rsync cuts a file): an
    edit or a new posting changes the one run it is in, and no other run's postings, so a rebuild reads some
    hundred stored runs and serialises one run again, not ten thousand jobs (their rows cost half a second)."""
    runs, run = [], []
    for posting in postings:
        run.append(posting)
        if zlib.crc32(posting.key.encode()) % RUN_CUT == 0:
            runs.append(tuple(run))
            run = []
    return [*runs, tuple(run)] if run else runs


def jobs_run_bytes(site: Site, run: tuple[Posting, ...]) -> bytes:
    """A run of jobs as it sits in jobs.json's list, comma-separated."""
    return b",\n".join([job_bytes(site, posting) for posting in run])


_JOBS_MARK = "@jobs@"  # stands for the list's items while the document around them is written


def job_bytes(site: Site, posting: Posting) -> bytes:
    """One job as it sits in jobs.json's list: indented two levels."""
    return ("    " + indented_json(_jobs_json_job(site, posting), "\n    ")).encode("utf-8")


def indented_json(value: Any, newline: str = "\n") -> str:
    """`json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)` with each newline written as `newline`,
    byte for byte, for str-keyed dicts, lists and scalars. json.dumps with an indent runs the pure-Python encoder,
    whose nested functions refer to each other: every call leaves a cycle of some 30 objects that only the garbage
    collector frees. Called once per posting, that was the build's cyclic garbage (30,000 postings cold: the
    largest process 725 MB with the collector off, 638 MB with it on); this makes none."""
    if isinstance(value, dict) and value:
        inner = newline + "  "
        if not all(isinstance(key, str) for key in value):
            raise TypeError(f"indented_json: keys must be str, not {sorted({type(k).__name__ for k in value})}")
        return ("{" + inner + ("," + inner).join(json.dumps(key, ensure_ascii=False) + ": " +
                                                indented_json(value[key], inner) for key in sorted(value))
                + newline + "}")
    if isinstance(value, (list, tuple)) and value:
        inner = newline + "  "
        return "[" + inner + ("," + inner).join(indented_json(item, inner) for item in value) + newline + "]"
    return json.dumps(value, ensure_ascii=False)


def _jobs_json_job(site: Site, posting: Posting) -> dict[str, Any]:
    base = site.base_url
    job: dict[str, Any] = {
        "id": posting_guid(site, posting),
        "title": posting.title,
        "url": base + posting.url,
        "description": posting_summary(posting),
        "employmentType": JOBS_JSON_TYPES[posting.employment_type],
        "postedDate": posting.posted.isoformat(),
        "x-company": _jobs_json_company(site, posting),
        "x-category": posting.category.label,
        "x-category-id": posting.category.id,
        "x-tags": list(posting.tags),
        "x-workplace": posting.workplace,
        "x-place": fmt.format_place(posting),
        # The page's "Verified apply link": on the company's own domain or the ATS board its file names.
        "x-apply-verified": posting.verified is not None,
    }
    job.update(_jobs_json_announce(posting))
    job.update(_jobs_json_locations(posting))
    if posting.updated:  # the file's last commit (history.py): an extension, the specification has no such field
        job["x-updatedDate"] = updated_day(posting).isoformat()
    if posting.expires:
        job["expiresDate"] = closing_time(posting.expires)
    if posting.remote_eligibility:
        job["x-remote-eligibility"] = list(posting.remote_eligibility)
    job.update(_jobs_json_offers(posting))
    if posting.salary:
        s = posting.salary
        job["compensation"] = _jobs_json_pay(s.min, s.max, s.currency, s.period)
    elif posting.estimate is not None:
        e = posting.estimate  # the board's estimate, never the employer's: kept out of `compensation`
        job["x-estimated-compensation"] = _jobs_json_pay(e.min, e.max, e.currency, e.period)
    return job


def _jobs_json_announce(posting: Posting) -> dict[str, Any]:
    """The pay line `jobsite announce` sends, preformatted so it reads exactly like the role's page."""
    pay = pay_view(posting)
    return {"x-pay": {"text": pay.text, "estimated": pay.estimated}} if pay else {}


def _jobs_json_offers(posting: Posting) -> dict[str, Any]:
    """Visas, relocation (each only when the posting says, true or false) and the time-zone window."""
    data: dict[str, Any] = {f"x-{key.replace('_', '-')}": getattr(posting, key) for key in fmt.OFFER_LABELS
                            if getattr(posting, key) is not None}
    if posting.time_zones:
        west, east = posting.time_zones
        data["x-time-zones"] = {"from": utc_offset_text(west), "to": utc_offset_text(east),
                                "fromMinutes": west, "toMinutes": east, "text": fmt.window_label(posting.time_zones)}
    return data


def _jobs_json_company(site: Site, posting: Posting) -> dict[str, str]:
    company = posting.company
    data = {"name": company.name, "url": company.website, "profile": site.base_url + company.url}
    if company.logo:
        data["logo"] = company.logo
    return data


def _jobs_json_locations(posting: Posting) -> dict[str, Any]:
    """`location` for one place, `locations` for several (the spec allows one of the two, not both)."""
    remote = posting.workplace == "remote"
    places = [{"city": loc.city, "country": loc.country, "remote": remote} for loc in posting.locations]
    if not places:
        return {"location": {"remote": remote}}
    return {"location": places[0]} if len(places) == 1 else {"locations": places}


def _jobs_json_pay(low: float, high: float, currency: str, period: str) -> dict[str, Any]:
    return {"currency": currency, "min": low, "max": high, "period": JOBS_JSON_PERIODS[period]}


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def opml_bytes(site: Site, changed: dt.datetime, groups: tuple[FeedGroup, ...],
               digests: tuple[DigestScope, ...]) -> bytes:
    """Every RSS feed in one OPML 2.0 file, so a reader can import them all, grouped as on /feeds/."""
    base = site.base_url
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{site.title} feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(changed, usegmt=True)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for group in groups:
        if not group.scopes:
            continue
        folder = ET.SubElement(body, "outline", text=group.heading, title=group.heading)
        for scope in group.scopes:
            title = scope.title(site.title)
            ET.SubElement(folder, "outline", type="rss", text=title, title=title,
                          xmlUrl=base + scope.address.rss_url, htmlUrl=base + scope.page_url)
    # The daily digests too, last, as the /feeds/ page lists them: one item a day for a quieter reader.
    folder = ET.SubElement(body, "outline", text="Daily digests", title="Daily digests")
    for digest in digests:
        title = f"{digest.scope.title(site.title)}, daily"
        ET.SubElement(folder, "outline", type="rss", text=title, title=title,
                      xmlUrl=base + digest.address.rss_url, htmlUrl=base + digest.scope.page_url)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def render_feeds(model: Model, feeds: SiteFeeds, fragments: Table) -> list[Output]:
    """Every feed of the site (`feeds`: its scopes), rendered when the writer asks, each given exactly what it
    shows."""
    outputs = [out for scope, postings in zip(feeds.scopes, feeds.postings, strict=True)
               for out in render_scope(model, scope, postings)]
    # Dated by their newest posting (last_change), not the clock; only a board with no open role reads the day.
    site, changed, groups = model.site, last_change(model.open_postings, model.clock), feeds.groups
    # The OPML lists scopes, not how many postings each has: its groups without their counts.
    listed = tuple(replace(g, counts=()) for g in groups)
    origin = addresses.shown(addresses.SITE_FILE)
    newest = model.open_postings[:FEED_LIMIT]
    return [*outputs,
            LazyOutput(JSON_FEED_PATH, origin, json_feed_bytes, site, newest,
                       reads=(Read("newest roles", members(newest)),)),
            LazyOutput(JOBS_JSON_PATH, origin, jobs_json_bytes, fragments, site, changed, model.open_postings,
                       reads=(Read("open roles", members(model.open_postings)),), at_home=True),
            LazyOutput(OPML_PATH, origin, opml_bytes, site, changed, listed, digest_scopes(model),
                       reads=(Read("feed list", (changed, listed)),))]


def render_feed_directory(r: PageRenderer, model: Model, feeds: SiteFeeds) -> list[Output]:
    """The /feeds/ page: every feed with a subscribe link, grouped as in the OPML bundle."""
    return [r.page(addresses.page_file(FEEDS_URL), "feeds.html", addresses.shown(addresses.SITE_FILE),
                   groups=feeds.groups, digests=digest_scopes(model), reads=(Read("feed groups", feeds.groups),),
                   json_feed_url=addresses.JSON_FEED_URL, jobs_json_url=addresses.file_url(JOBS_JSON_PATH),
                   opml_url=addresses.file_url(OPML_PATH))]
