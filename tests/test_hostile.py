"""Hostile content from strangers' pull requests: it may be shown as text, never run as script."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser

from generator.build import build_site, load_model
from generator.config import make_options
from generator.errors import ContentError

from .conftest import (
    CLOCK,
    COMPANY,
    POSTING,
    REPO,
    SITE,
    front_matter,
    netlify_header_rules,
    serve_directory,
    write_tree,
)

PAYLOADS = (Path(__file__).parent / "hostile" / "payloads.txt").read_text(encoding="utf-8").splitlines()
COMPANIES = 10


def one_line(text: str, limit: int) -> str:
    return text.replace("\n", " ")[:limit]


def hostile_tree() -> dict[str, str]:
    """Every payload in every free-text field: titles, companies, taglines, tags, places, durations, bodies."""
    site = {**SITE, "title": one_line(PAYLOADS[0], 80), "description": one_line(PAYLOADS[5], 300),
            "categories": [{"id": "ai", "label": one_line(PAYLOADS[9], 40)},
                           {"id": "web3", "label": one_line(PAYLOADS[14], 40)},
                           {"id": "robotics", "label": "Robotics"}]}
    files = {"site.yaml": yaml.safe_dump(site, sort_keys=False, allow_unicode=True)}
    for c in range(COMPANIES):
        payload = PAYLOADS[(c * 7) % len(PAYLOADS)]
        company = {**COMPANY, "name": f"Co{c} {one_line(payload, 90)}", "tagline": one_line(payload, 160),
                   "headquarters": {"city": one_line(payload, 80), "country": "DE"}}
        files[f"companies/co{c}.md"] = front_matter(company, f"# {payload}\n\n{payload}\n")
    for i, payload in enumerate(PAYLOADS):
        posting = {**POSTING, "title": f"Role {i} {one_line(payload, 100)}", "company": f"co{i % COMPANIES}",
                   "category": ("ai", "web3", "robotics")[i % 3], "tags": [one_line(payload, 30), f"t{i}"],
                   "locations": [{"city": one_line(payload, 80), "country": "FR"}], "duration": one_line(payload, 60),
                   "workplace": ("onsite", "hybrid", "remote")[i % 3],
                   "apply_url": f"https://jobs.example.com/{i}?q=%22%3E%3Cscript%3E{i}%3C/script%3E&x='onclick=alert(1)",
                   "posted": dt.date(2026, 11, 1) + dt.timedelta(days=i % 20)}
        body = (f"# {payload}\n\n{payload}\n\n- {payload}\n\n[link]({payload}) and [ref][r{i}]\n\n"
                f"[r{i}]: javascript:alert({i})\n\n| a | b |\n|---|---|\n| {payload} | x |\n")
        files[f"jobs/co{i % COMPANIES}/role-{i}.md"] = front_matter(posting, body)
    return files


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("hostile")
    write_tree(root / "content", hostile_tree())
    options = make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK)
    with pytest.MonkeyPatch.context() as patch:
        # The check refuses unsafe Markdown links (tested below); switch that check off here so the pages
        # prove the renderer is safe on its own, should a payload ever slip past validation.
        patch.setattr("generator.sources.check_source", lambda *args, **kwargs: [])
        result = build_site(options)
    assert len(result.model.open_postings) == len(PAYLOADS) >= 50
    url, server = serve_directory(root / "site", netlify_header_rules())
    yield root / "site", url
    server.shutdown()


def test_no_payload_runs_in_any_page(hostile_site: tuple[Path, str], browser: Browser) -> None:
    site, base = hostile_site
    pages = sorted(p for p in site.rglob("*.html") if not p.relative_to(site).parts[0] == "apply")
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    foreign: list[str] = []
    csp: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def guard(route) -> None:  # noqa: ANN001
        if urlsplit(route.request.url).netloc != urlsplit(base).netloc:
            foreign.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    for path in pages:
        rel = path.relative_to(site).as_posix()
        page.goto(f"{base}/{rel.removesuffix('index.html')}", wait_until="load")
        page.mouse.move(5, 5)
        page.keyboard.press("Tab")
        assert page.evaluate("document.querySelectorAll('script:not([src]):not([type=\"application/ld+json\"])')"
                             ".length") == 0, rel
    context.close()
    assert dialogs == [] and foreign == [] and csp == [] and errors == []
    assert len(pages) > len(PAYLOADS)


def test_markdown_link_payloads_are_refused_by_the_check(tmp_path: Path) -> None:
    write_tree(tmp_path / "content", hostile_tree())
    with pytest.raises(ContentError) as info:
        load_model(make_options(tmp_path / "content", tmp_path / "site", clock=CLOCK))
    messages = [p.message for p in info.value.errors]
    assert messages and all(m.startswith("unsafe link ") for m in messages)
    assert any("javascript:alert(45)" in m for m in messages) and any("data:text/html" in m for m in messages)


def test_payloads_are_shown_as_text(hostile_site: tuple[Path, str]) -> None:
    site, _ = hostile_site
    html = (site / "jobs/co0/role-0/index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    for page in site.rglob("*.html"):
        text = page.read_text()
        assert 'href="javascript:' not in text.lower() and 'src="javascript:' not in text.lower(), page
        assert "evil.example/t.png\"" not in text or "<img" not in text.split("evil.example/t.png")[0][-200:]


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "//evil.example/x", "http://localhost/x", "http://10.0.0.1/x", "http://[::1]/x",
    "https://user:pw@example.com/", "file:///etc/passwd", "https://exa mple.com/", "ftp://example.com/x",
    'https://example.com/?q="><script>alert(1)</script>',
])
def test_unsafe_urls_are_refused_with_a_message(scratch_site, url: str) -> None:
    company = {**COMPANY, "links": {"blog": url}}
    files = {"site.yaml": yaml.safe_dump({**SITE, "categories": [{"id": "ai", "label": "AI", "telegram": url}]}),
             "companies/acme.md": front_matter({**company, "website": url}),
             "jobs/acme/x.md": front_matter({**POSTING, "category": "ai", "apply_url": url})}
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    fields = sorted(p.message.split(":")[0] for p in info.value.errors)
    assert fields == ["apply_url", "categories[1].telegram", "company", "links.blog", "website"]
    assert not Path("site").exists()


def test_hostile_pages_are_still_valid_html(hostile_site: tuple[Path, str]) -> None:
    import json
    import shutil
    import subprocess

    from .test_validators import vnu_jar

    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs Java (installed by .ci/run)")
    site, _ = hostile_site
    run = subprocess.run(["java", "-Xss8m", "-jar", str(vnu_jar()), "--errors-only", "--skip-non-html",
                          "--format", "json", str(site)], capture_output=True, text=True, timeout=300)
    assert json.loads(run.stderr or "{}").get("messages", []) == []
