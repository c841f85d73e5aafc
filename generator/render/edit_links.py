"""Links from a page to its source on GitHub: "Edit this page" and "Report a problem".

Both need site.yaml's `repository` (https://github.com/OWNER/REPO) and `branch`; without a repository a page
shows neither.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from ..model import Company, Posting, Site

CONTENT_FOLDER = "content"  # where content/ sits in the board's repository (the layout DEVELOPERS.md fixes)


@dataclass(frozen=True)
class PageLinks:
    edit: str  # GitHub's editor for the page's source file
    report: str  # a new issue with the page's address filled in


def content_file(record: Posting | Company) -> str:
    """The record's file inside content/: jobs/<company>/<slug>.md or companies/<slug>.md."""
    return f"jobs/{record.key}.md" if isinstance(record, Posting) else f"companies/{record.slug}.md"


def page_links(site: Site, record: Posting | Company, page_url: str) -> PageLinks | None:
    """Where to edit a page's file and report a problem with it; None when site.yaml names no repository."""
    if not site.repository:
        return None
    path = quote(f"{CONTENT_FOLDER}/{content_file(record)}")
    name = record.title if isinstance(record, Posting) else record.name
    query = urlencode({"title": f"Problem with {name}",
                       "body": f"Page: {page_url}\nFile: {CONTENT_FOLDER}/{content_file(record)}\n\n"
                               "What is wrong:\n"}, quote_via=quote)
    return PageLinks(f"{site.repository}/edit/{quote(site.branch)}/{path}", f"{site.repository}/issues/new?{query}")


def contributing_url(site: Site) -> str | None:
    """CONTRIBUTING.md on GitHub: how to add a posting with git, for people without JavaScript."""
    return f"{site.repository}/blob/{quote(site.branch)}/CONTRIBUTING.md" if site.repository else None
