"""Where a posting's apply link goes, and whether that makes it a verified link.

A link is verified when it is on the company's own website (its registrable domain, or a subdomain of it) or
on an applicant-tracking board that the company's own file names in `ats`: `greenhouse:acme` verifies
boards.greenhouse.io/acme/… but not boards.greenhouse.io/someone-else/…. Registrable domains come from the
Public Suffix List (tldextract's bundled snapshot: a check never fetches it), private suffixes included, so
that acme.github.io and evil.github.io are two owners.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from ..load.trust_scan import TrustRules

if TYPE_CHECKING:
    import tldextract

    from ..base.cache import Table
    from .records import Company

# Where each kind of `ats` board publishes its roles: hosts, and the board's name as the path's first part.
ATS_BOARD_HOSTS = {
    "greenhouse": ("boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io",
                   "job-boards.eu.greenhouse.io"),
    "lever": ("jobs.lever.co", "jobs.eu.lever.co"),
    "ashby": ("jobs.ashbyhq.com",),
}
_BOARD_KINDS = {host: kind for kind, hosts in ATS_BOARD_HOSTS.items() for host in hosts}
ATS_NAMES = {"greenhouse": "Greenhouse", "lever": "Lever", "ashby": "Ashby"}


@dataclass(frozen=True)
class Verification:
    """Why an apply link is verified: on the company's `website` domain, or on a board its `ats` names."""

    by: str  # "website" or "ats"
    where: str  # "acme.example", or "greenhouse:acme"

    @property
    def explanation(self) -> str:
        """What the posting page's badge says when asked."""
        if self.by == "website":
            return f"The apply link goes to {self.where}, the company's own website."
        kind, board = self.where.split(":", 1)
        return (f"The apply link goes to the company's {ATS_NAMES[kind]} board ({board}), which its company file "
                "names as where it publishes its roles.")


@cache
def _extractor() -> tldextract.TLDExtract:
    import tldextract  # a tenth of a second to import: only checks and builds that look at links pay it

    # No URLs and no cache folder: the snapshot shipped with the package, never a download or a file write.
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), include_psl_private_domains=True)


@lru_cache(maxsize=1 << 18)  # a pure function of a string: a build asks four times a posting (verify, trust checks)
def host_of(url: str) -> str:
    """The URL's host name, lower case, without a trailing dot; '' when it has none."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """acme.co.uk for jobs.acme.co.uk; a name under a suffix the list lacks (.example, .test) keeps two labels."""
    found = _extractor().extract_str(host).top_domain_under_public_suffix
    return found or ".".join(host.split(".")[-2:])


def domain_of(host: str, domains: Table | None = None) -> str:
    """`registrable_domain(host)`, kept in `domains` (the cache's table of them) between builds: a rebuild that
    looks up the hosts an earlier build did never imports tldextract (a tenth of a CPU second). An entry is as
    good as the Public Suffix List it came from: tldextract's version is in the cache's code stamp (base/cache.py
    _DEPENDENCIES), so another version retires every one."""
    if domains is None:
        return registrable_domain(host)
    found = domains.get(host)
    if found is None:
        found = registrable_domain(host)
        domains.put(host, found)
    return found


def verify(apply_url: str, company: Company, domains: Table | None = None) -> Verification | None:
    """Why the apply link is verified for this company, or None when it is not."""
    host = host_of(apply_url)
    site = domain_of(host_of(company.website), domains)
    if host and site and domain_of(host, domains) == site:
        return Verification("website", site)
    board = (ats_board(apply_url) or "").lower()
    named = next((entry for entry in company.ats if entry.lower() == board), None)  # board names ignore case
    return Verification("ats", named) if board and named else None


def ats_board(url: str) -> str | None:
    """The `ats` entry a Greenhouse, Lever or Ashby board URL belongs to ('greenhouse:acme'), or None."""
    kind = _BOARD_KINDS.get(host_of(url))  # most links are on no board: they need no second parse
    if kind is None:
        return None
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if kind == "greenhouse" and segments[:2] == ["embed", "job_app"]:  # boards.greenhouse.io/embed/job_app?for=acme
        board = parse_qs(parts.query).get("for", [""])[0]
    else:
        board = segments[0] if segments else ""
    return f"{kind}:{board}" if board else None


def messaging_app(host: str, rules: TrustRules, domains: Table | None = None) -> str | None:
    """The chat app a host belongs to ('Telegram' for t.me), or None."""
    apps = rules.messaging_hosts
    return apps.get(host) or apps.get(domain_of(host, domains)) if host else None


def on_ats_host(host: str, rules: TrustRules, domains: Table | None = None) -> bool:
    return domain_of(host, domains) in rules.ats_hosts
