"""Links from a page to its source on GitHub: "Edit this page", and "Report this posting" or "Report a problem".

All need site.yaml's `repository` (https://github.com/OWNER/REPO) and `branch`; without a repository a page
shows none. A posting's report link opens the issue form .github/ISSUE_TEMPLATE/report-posting.yml with the
posting's address in its `url` field (GitHub fills a form's fields from query parameters named by their ids).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from ...base import addresses
from ...model import Company, Posting, Site

REPORT_FORM = "report-posting.yml"  # in .github/ISSUE_TEMPLATE/; its input `url` takes the posting's address


@dataclass(frozen=True)
class PageLinks:
    edit: str  # GitHub's editor for the page's source file
    report: str  # a new issue with the page's address filled in: for a posting, the report-posting form
    report_label: str = "Report a problem"


def content_file(record: Posting | Company) -> str:
    """The record's file as the repository holds it (base/addresses.py): its posting's or company's file."""
    path = addresses.posting_file(record.key) if isinstance(record, Posting) else addresses.company_file(record.slug)
    return addresses.shown(path)


def page_links(site: Site, record: Posting | Company, page_url: str) -> PageLinks | None:
    """Where to edit a page's file and report a problem with it; None when site.yaml names no repository."""
    if not site.repository:
        return None
    path = quote(content_file(record))
    edit = f"{site.repository}/edit/{quote(site.branch)}/{path}"
    if isinstance(record, Posting):
        return PageLinks(edit, report_posting_url(site.repository, record, page_url), "Report this posting")
    query = urlencode({"title": f"Problem with {record.name}",
                       "body": f"Page: {page_url}\nFile: {content_file(record)}\n\n"
                               "What is wrong:\n"}, quote_via=quote)
    return PageLinks(edit, f"{site.repository}/issues/new?{query}")


def report_posting_url(repository: str, posting: Posting, page_url: str) -> str:
    """The report-posting issue form, its title and the posting's address filled in."""
    query = urlencode({"template": REPORT_FORM, "title": f"Report: {posting.title} at {posting.company.name}",
                       "url": page_url}, quote_via=quote)
    return f"{repository}/issues/new?{query}"


def contributing_url(site: Site) -> str | None:
    """CONTRIBUTING.md on GitHub: how to add a posting with git, for people without JavaScript."""
    return f"{site.repository}/blob/{quote(site.branch)}/CONTRIBUTING.md" if site.repository else None
