"""Compensation as visitors and the CLI see it: employer ranges win, estimates say how they were made."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from ..conftest import POSTING, REPO, basic_tree

SEED = "jobs/perplexity/backend-infrastructure-engineer-intern/index.html"


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


def test_seed_posting_shows_a_monthly_stipend_estimate_with_every_input_named(built_site) -> None:
    site, result = built_site
    seed = next(p for p in result.model.postings if p.key == "perplexity/backend-infrastructure-engineer-intern")
    assert seed.salary is None and seed.estimate.period == "month" and seed.estimate.seniority == "intern"
    block = text_of((site / SEED).read_text().split('id="compensation-heading"')[1].split("</section>")[0])
    assert re.search(r"Estimated \$[\d,]+ – \$[\d,]+ per month", block)
    for words in ("company stage (Series B)", "inferred from the title keyword “Intern”", "Eastern Europe",
                  "from the posting's location (RS)", "survey rows", "monthly stipend",
                  "Series B and C are the reference stages", "Actual compensation may vary."):
        assert words in block, words


def test_employer_range_wins_and_cards_mark_estimates(scratch_site) -> None:
    paid = {**POSTING, "title": "Senior Robotics Engineer",
            "salary": {"min": 80000, "max": 95000, "currency": "EUR", "period": "year"}}
    unpaid = {**POSTING, "title": "Junior Robotics Engineer"}
    result = scratch_site(basic_tree(paid=paid, unpaid=unpaid))
    by_slug = {p.slug: p for p in result.model.postings}
    assert by_slug["paid"].estimate is None
    assert by_slug["unpaid"].estimate.seniority == "junior"
    paid_page = text_of(Path("site/jobs/acme/paid/index.html").read_text())
    assert "Employer's range €80,000 – €95,000 per year" in paid_page and "Estimated" not in paid_page
    listing = Path("site/index.html").read_text()
    cards = {slug: listing.split(f'href="/jobs/acme/{slug}/"')[1].split("</article>")[0]
             for slug in ("paid", "unpaid")}
    assert "est.</abbr>" in cards["unpaid"] and "est.</abbr>" not in cards["paid"]
    assert "€80,000 – €95,000 per year" in cards["paid"]


@pytest.mark.parametrize("seniority", ["intern", "Intern", "staff"])
def test_every_seniority_the_schema_takes_is_estimated(seniority: str) -> None:
    """`seniority: intern` is a level (the employment type's alias "intern" → "internship" once took it over:
    the CLI said "unknown seniority 'intern' — did you mean 'intern'?" and such postings got no estimate)."""
    one = CliRunner().invoke(main, ["estimate", "--title", "Data Scientist", "--seniority", seniority, "--country",
                                    "US", "--content", str(REPO / "content")])
    assert one.exit_code == 0 and one.output.startswith("Estimated $"), one.output
    assert ("per month" in one.output.split("\n")[0]) == (seniority.lower() == "intern"), one.output
