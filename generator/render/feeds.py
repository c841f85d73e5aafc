"""Feeds of open postings: RSS 2.0 and Atom per scope (feedgen), JSON Feed 1.1, jobs.json, and the OPML bundle.

One posting has one id everywhere — the RSS guid, the Atom id, the JSON Feed id and the jobs.json id are the
same tag URI — so a reader that follows several feeds sees one role once, and a moved page keeps its id.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from email.utils import format_datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import jinja2
from feedgen.feed import FeedGenerator

from ..base.cache import Table, text_key
from ..load.schema import utc_offset_text
from ..model import Model, Posting
from . import format as fmt
from .assets import Assets
from .cards import pay_view
from .feed_map import (
    ATOM_TYPE,
    DIRECTORY_URL,
    JOBS_JSON_PATH,
    JSON_FEED_PATH,
    OPML_PATH,
    RSS_TYPE,
    FeedScope,
    digest_scopes,
    feed_groups,
    feed_scopes,
    site_scope,
)
from .output import LazyOutput, Output
from .pages import PageRenderer
from .seo import closing_time

# Readers poll feeds often; the newest roles are what they need, not the whole board (jobs.json has that).
FEED_LIMIT = 100
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JOBS_JSON_VERSION = "1.0"  # jobsjson.org SPECIFICATION.md §6.1: version MUST be "1.0"
JOBS_JSON_TYPES = {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACT",
                   "internship": "INTERN", "temporary": "TEMPORARY"}
JOBS_JSON_PERIODS = {"year": "YEARLY", "month": "MONTHLY", "week": "WEEKLY", "day": "DAILY", "hour": "HOURLY"}


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


@dataclass(frozen=True)
class EntryText:
    """What every feed says about one posting; worked out once per build, however many feeds list it."""

    summary: str
    categories: tuple[dict[str, str], ...]


class EntryTexts:
    """Each posting's feed texts, made the first time a feed shows it (most feeds are not rendered again)."""

    def __init__(self) -> None:
        self._made: dict[str, EntryText] = {}

    def __call__(self, posting: Posting) -> EntryText:
        if posting.key not in self._made:
            self._made[posting.key] = EntryText(posting_summary(posting), tuple(posting_categories(posting)))
        return self._made[posting.key]


def _generator(model: Model, title: str, description: str, postings: tuple[Posting, ...],
               texts: EntryTexts, changed: dt.datetime) -> FeedGenerator:
    """A feedgen feed with its entries, written as RSS and as Atom; the writers add the links."""
    base = model.site.base_url
    fg = FeedGenerator()
    fg.title(title)
    fg.description(description)
    fg.language(model.site.language)
    fg.author(name=model.site.title, uri=base + "/")
    fg.generator("jobsite")
    # From the items (last_change), never the wall clock: identical content gives identical feeds. feedgen
    # would otherwise stamp both with the time it ran.
    fg.lastBuildDate(changed)
    fg.updated(changed)
    fg.ttl(60)
    for posting in postings[:FEED_LIMIT]:
        _add_entry(fg, model, posting, texts(posting))
    return fg


def _add_entry(fg: FeedGenerator, model: Model, posting: Posting, text: EntryText) -> None:
    base = model.site.base_url
    entry = fg.add_entry(order="append")
    entry.title(f"{posting.title} at {posting.company.name}")
    entry.link(href=base + posting.url, rel="alternate")
    entry.guid(posting_guid(model, posting), permalink=False)
    entry.author(name=posting.company.name, uri=base + posting.company.url)
    entry.published(_midnight(posting.posted))
    # The file's last commit (history.py), else the posted day: stable from build to build either way.
    entry.updated(_midnight(updated_day(posting)))
    # RSS description and Atom summary. No full description: the role's page is where it is read and applied
    # for, and with ~265 feeds for 2,000 postings full text made the feeds 42 MB of a 78 MB site.
    entry.summary(text.summary)
    entry.category(list(text.categories))


def _links(fg: FeedGenerator, alternate: str, self_url: str, mime: str) -> None:
    # feedgen makes the *last* link the RSS channel <link>, which must be the HTML page, not the feed.
    fg.link([{"href": self_url, "rel": "self", "type": mime}, {"href": alternate, "rel": "alternate"}],
            replace=True)


def _rss_bytes(fg: FeedGenerator, model: Model, path: str, page_url: str) -> bytes:
    base = model.site.base_url
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


def _atom_bytes(fg: FeedGenerator, model: Model, path: str, page_url: str) -> bytes:
    """Atom needs a permanent feed id: the feed's own address."""
    base = model.site.base_url
    fg.id(f"{base}/{path}")
    _links(fg, base + page_url, f"{base}/{path}", ATOM_TYPE)
    return fg.atom_str(pretty=True)


def render_scope(model: Model, scope: FeedScope, texts: EntryTexts) -> list[Output]:
    """The RSS and Atom feeds of one scope, rendered when the writer asks. Each depends on the newest
    postings it shows, not on every posting in scope, so an edit deep in a list leaves the feed alone."""
    shown = replace(scope, postings=scope.postings[:FEED_LIMIT])
    changed = last_change(shown.postings, model.clock)
    inputs = {"scope": shown, "site": model.site, "changed": changed}
    rss, atom = scope.address.rss_path, scope.address.atom_path
    return [LazyOutput(rss, scope.origin, partial(_scope_bytes, model, shown, texts, changed, _rss_bytes, rss),
                       ("feed:rss", inputs)),
            LazyOutput(atom, scope.origin, partial(_scope_bytes, model, shown, texts, changed, _atom_bytes, atom),
                       ("feed:atom", inputs))]


def _scope_bytes(model: Model, scope: FeedScope, texts: EntryTexts, changed: dt.datetime,
                 write: Callable[[FeedGenerator, Model, str, str], bytes], path: str) -> bytes:
    fg = _generator(model, scope.title(model.site.title), scope.description, scope.postings, texts, changed)
    return write(fg, model, path, scope.page_url)


def render_json_feed(model: Model, texts: EntryTexts) -> Output:
    """JSON Feed 1.1 (jsonfeed.org/version/1.1) of all open postings."""
    base, site = model.site.base_url, model.site
    scope = site_scope(model)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": scope.title(site.title),
        "home_page_url": base + "/",
        "feed_url": f"{base}/{JSON_FEED_PATH}",
        "description": site.description,
        "language": site.language,
        "authors": [{"name": site.title, "url": base + "/"}],
        "items": [_json_feed_item(model, p, texts(p)) for p in scope.postings[:FEED_LIMIT]],
    }
    return Output(JSON_FEED_PATH, _json_bytes(feed), "content/site.yaml")


def _json_feed_item(model: Model, posting: Posting, text: EntryText) -> dict[str, Any]:
    base = model.site.base_url
    return {
        "id": posting_guid(model, posting),
        "url": base + posting.url,
        "title": f"{posting.title} at {posting.company.name}",
        "content_text": text.summary,
        "date_published": _rfc3339(_midnight(posting.posted)),
        "authors": [{"name": posting.company.name, "url": base + posting.company.url}],
        "tags": [c["label"] for c in text.categories],
        # Only when git history knows the file's last commit (history.py); left out otherwise.
        **({"date_modified": _rfc3339(_midnight(updated_day(posting)))} if posting.updated else {}),
    }


def render_jobs_json(model: Model, fragments: Table | None = None) -> Output:
    """Every open posting in the jobs.json format (jobsjson.org, specification 1.0); see docs/feeds.md.

    With a table of fragments, each job's JSON text is reused while its posting is unchanged: the bytes are
    those of one json.dumps of the whole document, spliced."""
    site, base = model.site, model.site.base_url
    doc = {
        "version": JOBS_JSON_VERSION,
        "lastUpdated": _rfc3339(last_change(model.open_postings, model.clock)),
        # The spec describes one employer's own file; on a board the publisher is the board, and each job
        # names its employer in the x-company extension.
        "company": {"name": site.title, "url": base + "/", "description": site.description},
        "jobs": [_JOBS_MARK] if model.open_postings else [],
        # Every category, also those without open roles, so `jobsite announce` knows each Telegram channel
        # before its first role arrives.
        "x-categories": [{"id": c.id, "label": c.label, **({"telegram": c.telegram} if c.telegram else {})}
                         for c in site.categories],
    }
    text = _json_bytes(doc).decode("utf-8")
    if model.open_postings:
        jobs = ",\n".join(_job_text(model, p, fragments) for p in model.open_postings)
        text = text.replace(f'    "{_JOBS_MARK}"', jobs, 1)
    return Output(JOBS_JSON_PATH, text.encode("utf-8"), "content/site.yaml")


_JOBS_MARK = "@jobs@"  # stands for the list's items while the document around them is written


def _job_text(model: Model, posting: Posting, fragments: Table | None) -> str:
    """One job as it sits in jobs.json's list: indented two levels."""
    key = text_key("jobs.json", posting.fingerprint, model.site.fingerprint) if posting.fingerprint else None
    text = fragments.get(key) if fragments is not None and key else None
    if text is None:
        dumped = json.dumps(_jobs_json_job(model, posting), ensure_ascii=False, sort_keys=True, indent=2)
        text = "\n".join("    " + line for line in dumped.split("\n"))
        if fragments is not None and key:
            fragments.put(key, text)
    return text


def _jobs_json_job(model: Model, posting: Posting) -> dict[str, Any]:
    base = model.site.base_url
    job: dict[str, Any] = {
        "id": posting_guid(model, posting),
        "title": posting.title,
        "url": base + posting.url,
        "description": posting_summary(posting),
        "employmentType": JOBS_JSON_TYPES[posting.employment_type],
        "postedDate": posting.posted.isoformat(),
        "x-company": _jobs_json_company(model, posting),
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


def _jobs_json_company(model: Model, posting: Posting) -> dict[str, str]:
    company = posting.company
    data = {"name": company.name, "url": company.website, "profile": model.site.base_url + company.url}
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


def render_opml(model: Model) -> Output:
    """Every RSS feed in one OPML 2.0 file, so a reader can import them all, grouped as on /feeds/."""
    site, base = model.site, model.site.base_url
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{site.title} feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(last_change(model.open_postings, model.clock),
                                                               usegmt=True)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for group in feed_groups(model):
        if not group.scopes:
            continue
        folder = ET.SubElement(body, "outline", text=group.heading, title=group.heading)
        for scope in group.scopes:
            title = scope.title(site.title)
            ET.SubElement(folder, "outline", type="rss", text=title, title=title,
                          xmlUrl=base + scope.address.rss_url, htmlUrl=base + scope.page_url)
    # The daily digests too, last, as the /feeds/ page lists them: one item a day for a quieter reader.
    folder = ET.SubElement(body, "outline", text="Daily digests", title="Daily digests")
    for digest in digest_scopes(model):
        title = f"{digest.scope.title(site.title)}, daily"
        ET.SubElement(folder, "outline", type="rss", text=title, title=title,
                      xmlUrl=base + digest.address.rss_url, htmlUrl=base + digest.scope.page_url)
    ET.indent(root)
    return Output(OPML_PATH, ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n",
                  "content/site.yaml")


def render_feeds(model: Model, fragments: Table | None = None) -> list[Output]:
    """Every feed of the site, rendered when the writer asks, each keyed by exactly what it shows."""
    texts = EntryTexts()
    scopes = feed_scopes(model)
    outputs = [out for scope in scopes for out in render_scope(model, scope, texts)]
    # Dated by their newest posting (last_change), not the clock; only a board with no open role reads the day.
    site = {"site": model.site, "changed": last_change(model.open_postings, model.clock)}
    return [*outputs,
            LazyOutput(JSON_FEED_PATH, "content/site.yaml", lambda: render_json_feed(model, texts).data,
                       ("feed:json", {"site": model.site, "postings": model.open_postings[:FEED_LIMIT]})),
            LazyOutput(JOBS_JSON_PATH, "content/site.yaml", lambda: render_jobs_json(model, fragments).data,
                       ("jobs.json", {**site, "postings": model.open_postings}), fills_memo=True),
            LazyOutput(OPML_PATH, "content/site.yaml", lambda: render_opml(model).data,
                       ("opml", {**site, "scopes": tuple(scope.link() for scope in scopes)}))]


def render_feed_directory(model: Model, env: jinja2.Environment, assets: Assets) -> list[Output]:
    """The /feeds/ page: every feed with a subscribe link, grouped as in the OPML bundle."""
    r = PageRenderer(env, model, assets)
    return [r.page(DIRECTORY_URL.strip("/") + "/index.html", "feeds.html", "content/site.yaml",
                   groups=feed_groups(model), digests=digest_scopes(model), json_feed_url="/" + JSON_FEED_PATH,
                   jobs_json_url="/" + JOBS_JSON_PATH, opml_url="/" + OPML_PATH)]
