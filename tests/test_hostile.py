"""Hostile content from strangers' pull requests: it may be shown as text, never run as script."""
from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser

from generator.base.errors import ContentError
from generator.build import build_site, load_model
from generator.config import make_options

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
        patch.setattr("generator.load.sources.check_source", lambda *args, **kwargs: [])
        result = build_site(options)
    assert len(result.model.open_postings) == len(PAYLOADS) >= 50
    url, server = serve_directory(root / "site", netlify_header_rules())
    yield root / "site", url
    server.shutdown()
    server.server_close()


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

    def guard(route) -> None:
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


class _Markup(HTMLParser):
    """Every start tag with its attributes, and the text inside <style> and <script> elements (JSON-LD, which is
    data that no browser runs, aside)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str]]]] = []
        self.code: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, [(name, value or "") for name, value in attrs]))
        data_only = ("type", "application/ld+json") in attrs
        self._in = tag if tag in ("style", "script") and not data_only else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.code.append(data)


# Attributes whose value a browser fetches, runs or follows (a style's url(), a meta refresh's target too).
URL_ATTRIBUTES = {"src", "srcset", "href", "action", "formaction", "poster", "data", "background", "xlink:href",
                  "ping", "style", "manifest", "lowsrc", "imagesrcset"}


def markup_of(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser


def test_payloads_are_shown_as_text(hostile_site: tuple[Path, str]) -> None:
    site, _ = hostile_site
    html = (site / "jobs/co0/role-0/index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        markup = markup_of(page.read_text())
        for tag, attrs in markup.tags:
            refresh = ("http-equiv", "refresh") in attrs
            for name, value in attrs:
                assert not name.startswith("on"), (page, tag, name)  # no event handler from any payload
                if name not in URL_ATTRIBUTES and not (refresh and name == "content"):
                    continue  # text such as a title, alt or meta description may hold the payload as text
                assert not value.lower().lstrip().startswith(("javascript:", "data:text/html")), (page, tag, name)
                # The payloads' URLs may be link targets (<a href>), never something the page loads.
                assert "evil.example" not in value or (tag, name) == ("a", "href"), (page, tag, name, value)
        assert not any("evil.example" in code for code in markup.code), page
    # The payloads that would load from evil.example are there, as text: the check above saw the pages they are in.
    texts = "".join(page.read_text() for page in pages)
    assert "&lt;img src=//evil.example/t.png&gt;" in texts and "pixel" in texts


def test_the_attribute_check_catches_a_loaded_url() -> None:
    """The check above looks at attributes, wherever in a page they are, not at the first mention of a URL."""
    html = '<p>evil.example/t.png</p><img alt="x" src="https://evil.example/t.png">'
    [(tag, attrs)] = [t for t in markup_of(html).tags if t[0] == "img"]
    assert ("src", "https://evil.example/t.png") in attrs


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


@pytest.mark.slow
def test_hostile_pages_are_still_valid_html(hostile_site: tuple[Path, str]) -> None:
    from .test_validators import nu_checker_problems

    site, _ = hostile_site
    assert nu_checker_problems(site) == []
