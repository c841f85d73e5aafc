"""What one apply link's answer means: ok, closed, unreachable or unknown, with the reason in words.

A pure function of what the check saw (`Answer`) and the phrase table (data/closed-phrases.yaml), so each rule
is a table test. Only `closed` is evidence that a role has gone; unreachable (DNS, TLS, timeouts, 5xx) and
unknown (403, anti-bot walls, rate limits, anything else) never are. Rules: docs/links.md.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import yaml

OK, CLOSED, UNREACHABLE, UNKNOWN = "ok", "closed", "unreachable", "unknown"
STATUSES = (OK, CLOSED, UNREACHABLE, UNKNOWN)
GONE = (404, 410)
PHRASES_FILE = Path(__file__).parent / "data" / "closed-phrases.yaml"
SHORT_PAGE = 3000  # characters of visible text: challenge pages are shorter, real job pages longer


@dataclass(frozen=True)
class Answer:
    """What checking one URL saw: the last answer after redirects, or why there was none."""

    url: str
    status: int | None = None  # None: no HTTP answer (see `failure`)
    final_url: str = ""
    redirected: bool = False
    text: str = ""  # the page's visible text, normalised (see visible_text); "" when the body was not read
    headers: Mapping[str, str] = field(default_factory=dict)
    failure: str = ""  # no answer: "dns", "tls", "timeout", "connect", "redirects", "rate-limited"
    detail: str = ""


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str


@dataclass(frozen=True)
class Phrases:
    closed: tuple[str, ...]
    anti_bot: tuple[str, ...]


@cache
def load_phrases(path: Path = PHRASES_FILE) -> Phrases:
    """The phrase table, normalised like page text so both sides compare alike."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    closed = tuple(normalise(p) for phrases in data["closed"].values() for p in phrases)
    return Phrases(closed, tuple(normalise(p) for p in data["anti_bot"]))


def normalise(text: str) -> str:
    """Lower case, one space for any run of whitespace, typographic apostrophes as "'"."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").casefold().split())


class _TextOf(HTMLParser):
    """Collect the text a reader sees: the title and the body, without scripts, styles and templates."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return normalise(" ".join(parser.parts))


def _said(text: str, phrases: tuple[str, ...]) -> str | None:
    padded = f" {text} "
    return next((p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", padded)), None)


def is_careers_index(url: str, final_url: str) -> bool:
    """The redirect went up the same site's path: /careers/ml-engineer → /careers (or /careers/, or /).

    The conservative rule for "redirects to a careers index": same host, and the final path is a strict
    ancestor of the original one at a '/' boundary. Moves elsewhere (https, a trailing slash, a language
    prefix, a renamed job path, another site) are never read as closing.
    """
    old, new = urlsplit(url), urlsplit(final_url)
    if (old.hostname or "").lower() != (new.hostname or "").lower():
        return False
    old_parts = [p for p in old.path.split("/") if p]
    new_parts = [p for p in new.path.split("/") if p]
    return len(new_parts) < len(old_parts) and old_parts[:len(new_parts)] == new_parts


def classify(answer: Answer, phrases: Phrases | None = None) -> Verdict:
    """Decide what an answer says about the role behind the link."""
    phrases = phrases or load_phrases()
    if answer.status is None:
        return _no_answer(answer)
    status, where = answer.status, _where(answer)
    if _walled(answer, phrases):
        return Verdict(UNKNOWN, f"HTTP {status}{where}: an anti-bot or captcha page stands in front of the job page")
    if status in GONE:
        return Verdict(CLOSED, f"HTTP {status}{where}")
    if 200 <= status < 300:
        if said := _said(answer.text, phrases.closed):
            return Verdict(CLOSED, f"the page{where} says “{said}”")
        if answer.redirected and is_careers_index(answer.url, answer.final_url):
            return Verdict(CLOSED, f"redirected to the careers index {answer.final_url}")
        return Verdict(OK, f"HTTP {status}{where}")
    if status >= 500:
        return Verdict(UNREACHABLE, f"HTTP {status}{where}: the site is failing; not evidence of closing")
    if status == 429:
        return Verdict(UNKNOWN, f"HTTP 429{where}: rate limited ({answer.detail or 'on every attempt'})")
    if status in (401, 403):
        return Verdict(UNKNOWN, f"HTTP {status}{where}: the site refuses automated checks")
    return Verdict(UNKNOWN, f"HTTP {status}{where}")


def _where(answer: Answer) -> str:
    return f" after a redirect to {answer.final_url}" if answer.redirected else ""


def _walled(answer: Answer, phrases: Phrases) -> bool:
    if answer.headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    return bool(answer.text) and len(answer.text) < SHORT_PAGE and _said(answer.text, phrases.anti_bot) is not None


def _no_answer(answer: Answer) -> Verdict:
    detail = f": {answer.detail}" if answer.detail else ""
    if answer.failure == "redirects":
        return Verdict(UNKNOWN, f"too many redirects{detail}")
    if answer.failure == "rate-limited":
        return Verdict(UNKNOWN, f"rate limited{detail}")
    what = {"dns": "the host name does not resolve", "tls": "TLS failed", "timeout": "no answer in time",
            "connect": "cannot connect"}.get(answer.failure, "no answer")
    return Verdict(UNREACHABLE, f"{what}{detail}; not evidence of closing")
