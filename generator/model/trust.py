"""Trust checks: postings that look like scams or copies, reported by `jobsite check` like any other problem.

- asks in the description: money or crypto, or the employer's code run as a hiring step (load/trust_scan.py
  finds them with the rest of the file; here they become findings);
- the apply link: a chat app, or a domain that is neither the company's own nor an applicant-tracking system;
- copies: one apply link under two companies, one description under two companies (MinHash sketches,
  bucketed by LSH bands so no pair is compared unless its sketches share a band), and the same title, company
  and place open twice.

Findings are warnings, or errors, or nothing, as site.yaml's `trust_checks` says (warn by default). A copy is
reported on the newer posting (the one a pull request adds), naming the older file.
"""
from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from ..base.addresses import company_file
from ..base.errors import ERROR, WARNING, Problem
from ..load.files import SourceFile
from ..load.trust_scan import SKETCH_BINS, Ask, TrustRules, load_trust_rules, similarity
from ..load.validate import PLACEHOLDER_RE
from .apply_links import domain_of, host_of, messaging_app, on_ats_host

if TYPE_CHECKING:
    from ..base.cache import Table
    from ..load.sources import Source
    from .records import Posting

LEVELS = {"warn": WARNING, "error": ERROR}
COPY_SIMILARITY = 0.9  # the share of three-word shingles two descriptions must share to be called one text
BANDS = 16  # 16 bands of 8 bins: pairs at 0.9 meet in a band 99.99 % of the time, pairs at 0.5 6 % of it
_BIN = 4  # bytes a bin (an array("I") item, as load/trust_scan.py packs them)
_BAND_BINS = SKETCH_BINS // BANDS
_BAND = _BAND_BINS * _BIN  # bytes per band
ASK_MESSAGES = {
    "money": ("asks candidates for money or crypto", "the board refuses postings that charge applicants or ask "
              "them to send crypto, connect a wallet or share keys: remove it"),
    "code": ("asks candidates to run the employer's code", "fake take-home tests install malware this way: "
             "give a task candidates do in their own setup, or remove it"),
}


def posting_trust(posting: Posting, source: Source, mode: str, rules: TrustRules | None = None,
                  domains: Table | None = None) -> list[Problem]:
    """The findings of one posting on its own: what its description asks, where its apply link goes (`domains`:
    the cache's registrable domains by host, apply_links.py domain_of)."""
    if mode == "off":
        return []
    level = LEVELS[mode]
    return [*ask_findings(source, level),
            *link_findings(posting, source.src, rules or load_trust_rules(), level, domains)]


def board_trust(sources: dict[str, Source], postings: list[Posting], mode: str) -> list[Problem]:
    """The findings that compare postings: a link, a description or a title and place another one has."""
    return compare_postings(sources, postings, mode).problems(postings)


# What pairs a posting with others: its apply link (`_link_key`) and, while it is open, its title, company and
# place (`_duplicate_key`). Descriptions pair by their sketches' bands, read from the sources.
PairKeys = tuple[str, tuple | None]


def pair_keys(posting: Posting) -> PairKeys:
    return _link_key(posting.apply_url), _duplicate_key(posting) if posting.is_open else None


@dataclass(frozen=True)
class Compared:
    """The findings that compare postings, each kind by the path of the posting it is reported on (a posting has
    at most one of each), and every posting's pair keys: what an edit's `compare_again` starts from."""

    keys: dict[str, PairKeys]
    links: dict[str, Problem]
    copies: dict[str, Problem]
    duplicates: dict[str, Problem]

    def problems(self, postings: list[Posting]) -> list[Problem]:
        """As `board_trust` reports them: shared links, copies, duplicates, each kind oldest posting first."""
        oldest_first = _oldest_first(postings)
        return [found[p.source] for found in (self.links, self.copies, self.duplicates) for p in oldest_first
                if p.source in found]


def compare_postings(sources: dict[str, Source], postings: list[Posting], mode: str) -> Compared:
    """Every finding that compares postings, by posting."""
    keys = {p.source: pair_keys(p) for p in postings}
    if mode == "off":
        return Compared(keys, {}, {}, {})
    level, oldest_first = LEVELS[mode], _oldest_first(postings)
    return Compared(keys, same_link_findings(oldest_first, sources, level, keys),
                    copy_findings(oldest_first, sources, level), duplicate_findings(oldest_first, sources, level, keys))


def compare_again(before: Compared, sources: dict[str, Source], postings: list[Posting], mode: str,
                  edits: list[tuple[Posting, Posting]], old_sketches: list[bytes | None]) -> Compared:
    """`compare_postings(sources, postings, mode)` after `edits` (each posting's record before and after, at one
    path) from its result before them (`before`), comparing again only the postings an edit can reach.

    A posting's shared-link finding reads only the postings with its link key, its duplicate finding only those
    with its duplicate key: the groups of the edited postings' keys, before and after, are walked again. Its copy
    finding reads the buckets of its sketch's bands, whose contents read the findings of the postings bucketed
    there: the postings linked to an edited sketch (`old_sketches` and the new ones) through shared bands, at
    any remove, are walked again. Every other posting's findings are the ones it had."""
    keys = {**before.keys, **{new.source: pair_keys(new) for _, new in edits}}
    if mode == "off":
        return Compared(keys, {}, {}, {})
    level, oldest_first = LEVELS[mode], _oldest_first(postings)
    edited = {new.source for _, new in edits}
    links = {keys_of[path][0] for keys_of in (before.keys, keys) for path in edited}
    group = [p for p in oldest_first if keys[p.source][0] in links]
    same = _replaced(before.links, group, edited, same_link_findings(group, sources, level, keys))
    places = {keys_of[path][1] for keys_of in (before.keys, keys) for path in edited} - {None}
    group = [p for p in oldest_first if keys[p.source][1] in places]
    duplicates = _replaced(before.duplicates, group, edited, duplicate_findings(group, sources, level, keys))
    seeds = [*old_sketches, *(_sketch_of(sources[path]) for path in edited)]
    linked = _linked(sources, [s for s in seeds if s is not None])
    group = [p for p in oldest_first if p.source in linked]
    copies = _replaced(before.copies, group, edited, copy_findings(group, sources, level))
    return Compared(keys, same, copies, duplicates)


def _replaced(before: dict[str, Problem], group: list[Posting], edited: set[str],
              found: dict[str, Problem]) -> dict[str, Problem]:
    """`before` with the findings of the postings walked again (`group`) and of the edited ones replaced."""
    gone = edited | {p.source for p in group}
    return {**{path: problem for path, problem in before.items() if path not in gone}, **found}


def _sketch_of(source: Source) -> bytes | None:
    return source.trust.sketch if source.trust is not None else None


def _linked(sources: dict[str, Source], seeds: list[bytes]) -> set[str]:
    """The sketched postings that share a band with a seed sketch, or with one that does, at any remove.

    Every sketch's first bin of each band is copied out in C (a strided slice of all the sketches as one array of
    bins), so the postings that may share a band are found by a search in C, and only those are compared band
    to band: no slice is made for every posting."""
    sketched = [(path, sketch) for path, source in sources.items() if (sketch := _sketch_of(source)) is not None]
    if not seeds or not sketched:
        return set()
    bins = array("I")
    bins.frombytes(b"".join([sketch for _, sketch in sketched]))
    firsts = [bins[band * _BAND_BINS::SKETCH_BINS].tobytes() for band in range(BANDS)]
    found: set[int] = set()
    waiting = list(seeds)
    while waiting:
        sketch = waiting.pop()
        for band, column in enumerate(firsts):
            start, end = band * _BAND, (band + 1) * _BAND
            piece = sketch[start:end]
            at = column.find(piece[:_BIN])
            while at != -1:
                index = at // _BIN
                if at % _BIN == 0 and index not in found and sketched[index][1][start:end] == piece:
                    found.add(index)
                    waiting.append(sketched[index][1])
                at = column.find(piece[:_BIN], at + 1)
    return {sketched[index][0] for index in found}


def _oldest_first(postings: list[Posting]) -> list[Posting]:
    return sorted(postings, key=lambda p: (p.posted, p.source))


def _at(src: SourceFile, path: tuple, level: str, message: str) -> Problem:
    line, col = src.pos(path)
    return Problem(src.path, line, col, level, message)


def ask_findings(source: Source, level: str) -> Iterator[Problem]:
    for ask in source.trust.asks if source.trust else ():
        yield Problem(source.path, ask.line, ask.col, level, ask_message(ask))


def ask_message(ask: Ask) -> str:
    """'the description asks candidates for money or crypto ("pay a refundable deposit"): the board …'."""
    what, fix = ASK_MESSAGES[ask.kind]
    return f'the description {what} ("{ask.quote}"): {fix}'


def link_findings(posting: Posting, src: SourceFile, rules: TrustRules, level: str,
                  domains: Table | None = None) -> list[Problem]:
    """A chat app, or a domain that is neither the company's nor a known applicant-tracking system."""
    host = host_of(posting.apply_url)
    app = messaging_app(host, rules, domains)
    if app:
        return [_at(src, ("apply_url",), level, f"apply_url: {host} is {app}, a messaging app: the board refuses "
                                                "postings that move candidates to chat; link to the company's "
                                                "application page")]
    if posting.verified or not host or on_ats_host(host, rules, domains):
        return []
    if PLACEHOLDER_RE.search(posting.apply_url) or PLACEHOLDER_RE.search(posting.company.website):
        return []  # a link `jobsite new` left unfinished has its own warning: comparing it would say it twice
    domain, own = domain_of(host, domains), domain_of(host_of(posting.company.website), domains)
    return [_at(src, ("apply_url",), level, f"apply_url: the link goes to {domain}, which is neither {own} (the "
                                            f"website in {company_file(posting.company.slug)}) nor a known "
                                            "applicant-tracking system: link to the company's own site or its "
                                            "ATS board, or fix the company's website")]


def _link_key(url: str) -> str:
    """The apply link as one address: scheme, case of the host, a trailing slash and a fragment do not count."""
    host = host_of(url)
    rest = url.split("://", 1)[-1].split("#", 1)[0]
    path = rest[rest.find("/"):] if "/" in rest else ""
    return host + path.rstrip("/")


def same_link_findings(oldest_first: list[Posting], sources: dict[str, Source], level: str,
                       keys: dict[str, PairKeys]) -> dict[str, Problem]:
    """An apply link that an older posting of another company already uses (`keys`: each posting's pair keys)."""
    first: dict[str, Posting] = {}
    problems = {}
    for posting in oldest_first:
        other = first.setdefault(keys[posting.source][0], posting)
        if other.company.slug != posting.company.slug:
            problems[posting.source] = (_at(sources[posting.source].src, ("apply_url",), level,
                                f"apply_url: the same link as {other.source}, a posting of {other.company.name}: "
                                "one application page belongs to one employer; check which company this role "
                                "is at"))
    return problems


def copy_findings(oldest_first: list[Posting], sources: dict[str, Source], level: str) -> dict[str, Problem]:
    """A description that is (nearly) the text of an older posting of another company.

    Postings meet only in the LSH buckets their sketches share, so the cost grows with the postings, not their
    pairs. A bucket keeps one posting a company (its oldest), so a company's own look-alike roles do not pile up;
    a posting found to be a copy is not bucketed: later copies meet the original it copied.

    Only postings that share a band with another one can meet at all (`_meeting`): the rest are left out before
    the walk, which is then the same walk over the few that can (an edit's rebuild no longer buckets them all)."""
    buckets: dict[bytes, dict[str, Posting]] = {}
    problems = {}
    for posting, source, sketch in _meeting(oldest_first, sources):
        keys = [bytes([band]) + sketch[band * _BAND:(band + 1) * _BAND] for band in range(BANDS)]
        original, share = _original(posting, sketch, keys, buckets, sources)
        if original is not None:
            line = source.src.body_line if source.src else 1
            problems[posting.source] = (Problem(source.path, line, 1, level,
                                    f"the description is {share:.0%} the same as {original.source}, a posting of "
                                    f"{original.company.name}: a copied posting is a common scam; write this "
                                    "role's own description, or say in the pull request why both are genuine"))
            continue
        for key in keys:
            buckets.setdefault(key, {}).setdefault(posting.company.slug, posting)
    return problems


def _meeting(oldest_first: list[Posting], sources: dict[str, Source]) -> list[tuple[Posting, Source, bytes]]:
    """The sketched postings, oldest first, that share at least one band with another sketched posting.

    One that shares none finds every bucket it looks in empty (it is no copy) and is looked up by no one (it is
    nobody's original): leaving it out changes no finding. Each band's slices are counted in one C pass, so the
    test costs a small fraction of bucketing every posting."""
    sketched = []
    for posting in oldest_first:
        source = sources[posting.source]
        if source.trust is not None and source.trust.sketch is not None:
            sketched.append((posting, source, source.trust.sketch))
    meets = [False] * len(sketched)
    for band in range(BANDS):
        start, end = band * _BAND, (band + 1) * _BAND
        slices = [sketch[start:end] for _, _, sketch in sketched]
        counts = Counter(slices)
        if len(counts) == len(slices):  # no two postings share this band: the usual case
            continue
        for index, piece in enumerate(slices):
            if counts[piece] > 1:
                meets[index] = True
    return list(compress(sketched, meets))


def _original(posting: Posting, sketch: bytes, keys: list[bytes], buckets: dict[bytes, dict[str, Posting]],
              sources: dict[str, Source]) -> tuple[Posting | None, float]:
    seen: set[str] = set()
    for key in keys:
        for other in buckets.get(key, {}).values():
            if other.source in seen or other.company.slug == posting.company.slug:
                continue
            seen.add(other.source)
            share = similarity(sketch, sources[other.source].trust.sketch)
            if share >= COPY_SIMILARITY:
                return other, share
    return None, 0.0


def duplicate_findings(oldest_first: list[Posting], sources: dict[str, Source], level: str,
                       keys: dict[str, PairKeys]) -> dict[str, Problem]:
    """The same title, company and place open twice (a closed role may be posted again)."""
    seen: dict[tuple, Posting] = {}
    problems = {}
    for p in oldest_first:
        key = keys[p.source][1]
        if key is None:  # closed
            continue
        if key in seen:
            problems[p.source] = _at(sources[p.source].src, ("title",), level, f"title: same title, company and "
                                                                               f"location as {seen[key].source} — "
                                                                               "likely a duplicate")
        seen.setdefault(key, p)
    return problems


def _duplicate_key(p: Posting) -> tuple:
    return p.company.slug, p.title.lower(), tuple(sorted(loc.label for loc in p.locations)), p.workplace
