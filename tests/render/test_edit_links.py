"""render/pages/edit_links.py: every link a page gives to its source on GitHub, written out in full."""
from __future__ import annotations

import dataclasses

from generator.render.pages.edit_links import contributing_url, page_links


def test_each_page_links_its_file_and_a_filled_in_report_and_none_without_a_repository(built_site) -> None:
    model = built_site[1].model
    site = dataclasses.replace(model.site, repository="https://github.com/o/r", branch="fix/a b")
    posting = next(p for p in model.postings if p.key == "brambleworks/field-robotics-technician")
    company = next(c for c in model.companies if c.slug == "brambleworks")
    links = page_links(site, posting, "https://x/jobs/brambleworks/field-robotics-technician/")
    assert links is not None
    assert links.edit == "https://github.com/o/r/edit/fix/a%20b/content/jobs/brambleworks/field-robotics-technician.md"
    assert links.report == ("https://github.com/o/r/issues/new?template=report-posting.yml&title=Report%3A%20Field%20"
                            "Robotics%20Technician%20at%20Brambleworks%20Robotics&url=https%3A%2F%2Fx%2Fjobs%2F"
                            "brambleworks%2Ffield-robotics-technician%2F")
    assert links.report_label == "Report this posting"
    links = page_links(site, company, "https://x/companies/brambleworks/")
    assert links is not None
    assert links.edit == "https://github.com/o/r/edit/fix/a%20b/content/companies/brambleworks.md"
    assert links.report == ("https://github.com/o/r/issues/new?title=Problem%20with%20Brambleworks%20Robotics&body="
                            "Page%3A%20https%3A%2F%2Fx%2Fcompanies%2Fbrambleworks%2F%0AFile%3A%20content%2Fcompanies"
                            "%2Fbrambleworks.md%0A%0AWhat%20is%20wrong%3A%0A")
    assert links.report_label == "Report a problem"
    assert contributing_url(site) == "https://github.com/o/r/blob/fix/a%20b/CONTRIBUTING.md"
    unlinked = dataclasses.replace(site, repository="")
    assert page_links(unlinked, posting, "u") is None and page_links(unlinked, company, "u") is None
    assert contributing_url(unlinked) is None
