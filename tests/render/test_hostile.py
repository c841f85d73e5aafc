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

from ..conftest import (
    CLOCK,
    COMPANY,
    POSTING,
    REPO,
    SITE,
    basic_tree,
    compensation_table,
    front_matter,
    netlify_header_rules,
    serve_directory,
    write_tree,
)

PAYLOADS = (Path(__file__).parents[1] / "hostile" / "payloads.txt").read_text(encoding="utf-8").splitlines()
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
                f"[r{i}]: javascript:alert({i})\n\n| a | b | c | d |\n|:--|--:|:-:|---|\n| {payload} | x | y | z |\n")
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
                assert name != "style", (page, tag, value)  # the CSP (style-src 'self') would block it
                if name not in URL_ATTRIBUTES and not (refresh and name == "content"):
                    continue  # text such as a title, alt or meta description may hold the payload as text
                assert not value.lower().lstrip().startswith(("javascript:", "data:text/html")), (page, tag, name)
                # The payloads' URLs may be link targets (<a href>), never something the page loads.
                assert "evil.example" not in value or (tag, name) == ("a", "href"), (page, tag, name, value)
        assert not any("evil.example" in code for code in markup.code), page
    # The payloads that would load from evil.example are there, as text: the check above saw the pages they are in.
    texts = "".join(page.read_text() for page in pages)
    assert "&lt;img src=//evil.example/t.png&gt;" in texts and "pixel" in texts


def test_table_alignment_is_a_class_the_stylesheet_defines() -> None:
    from generator.load.markdown import render_markdown

    html = render_markdown("| a | b | c | d |\n|:--|--:|:-:|---|\n| 1 | 2 | 3 | 4 |\n")
    assert html == ("<table>\n<thead>\n<tr>\n<th class=\"align-left\">a</th>\n<th class=\"align-right\">b</th>\n"
                    "<th class=\"align-center\">c</th>\n<th>d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                    "<td class=\"align-left\">1</td>\n<td class=\"align-right\">2</td>\n"
                    "<td class=\"align-center\">3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n")
    css = (REPO / "templates/static/style.css").read_text()
    for side in ("left", "right", "center"):
        assert f".align-{side} {{ text-align: {side}; }}" in css


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
    from ..load.test_validators import nu_checker_problems

    site, _ = hostile_site
    assert nu_checker_problems(site) == []


# --- one-line names and fields that could fake a second line (review findings 5 and 6) --------------------------

def test_a_file_name_ending_in_a_newline_is_not_a_slug(scratch_site) -> None:
    files = basic_tree(**{"senior-robotics-engineer": POSTING, "evil\n": POSTING})
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    assert [p.message for p in info.value.errors] == [
        "file name 'evil\n.md' is not a valid slug: use lowercase letters, digits and hyphens, e.g. 'evil.md'"]
    assert not Path("site").exists()


def test_a_map_key_ending_in_a_newline_is_refused(scratch_site) -> None:
    files = {**basic_tree(), "companies/acme.md": front_matter({**COMPANY, "links": {"blog\n": "https://a.example"}})}
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    assert [p.message.split(":")[0] for p in info.value.errors] == ["links"]


def test_a_scaffold_slug_ending_in_a_newline_is_refused(tmp_path: Path) -> None:
    from generator import scaffold

    write_tree(tmp_path / "content", basic_tree())
    with pytest.raises(scaffold.ScaffoldError, match="is not a valid slug"):
        scaffold.new_company(tmp_path / "content", "Evil", "evil\n", None, None, None)


@pytest.mark.parametrize("char, what", [
    ("\r", "the line break U+000D"), ("\u2028", "the line break U+2028"), ("\u2029", "the line break U+2029"),
    ("\x85", "the line break U+0085"), ("\u202e", "the bidirectional control U+202E"),
    ("\u202a", "the bidirectional control U+202A"), ("\u2066", "the bidirectional control U+2066"),
    ("\u2069", "the bidirectional control U+2069")])
def test_one_line_fields_refuse_characters_that_fake_lines_or_reverse_text(scratch_site, char: str,
                                                                          what: str) -> None:
    escaped = f"\\u{ord(char):04x}"  # as YAML's double-quoted escape, so no editor or parser folds it first
    posting = (f'---\ntitle: "Engineer{escaped}Pay: $1,000,000"\ncompany: acme\ncategory: robotics\n'
               "workplace: onsite\nlocations:\n- city: Berlin\n  country: DE\nemployment_type: full-time\n"
               f'posted: 2026-11-01\napply_url: https://acme.example/x\nduration: "6{escaped}months"\n---\nBody.\n')
    company = front_matter({**COMPANY, "name": "Beta", "tagline": "TAGLINE"}).replace(
        "tagline: TAGLINE", f'tagline: "Robots{escaped}that fold"')
    files = {**basic_tree(), "jobs/acme/x.md": posting, "companies/beta.md": company}
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    rule = f"contains {what}: one-line fields take none; delete it"
    assert sorted(p.format() for p in info.value.errors) == [
        f"content/companies/beta.md:5:10: error: tagline {rule}",
        f"content/jobs/acme/x.md:12:11: error: duration {rule}",
        f"content/jobs/acme/x.md:2:8: error: title {rule}"]


def test_the_json_schema_refuses_the_same_characters() -> None:
    import re

    from generator.load.json_schema import document_schema

    pattern = re.compile(document_schema("posting")["properties"]["title"]["pattern"])
    assert pattern.search("Machine Learning Engineer")
    for char in "\n\r\x85\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert not pattern.search(f"Engineer{char}x"), repr(char)


# --- the compensation table is content too (review finding 7) ---------------------------------------------------

TABLE = "data/compensation.yaml"


def table_with(change) -> str:
    data = yaml.safe_load(compensation_table())
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def table_problems(scratch_site, table: str | bytes) -> list[str]:
    with pytest.raises(ContentError) as info:
        scratch_site({**basic_tree(), TABLE: table})
    assert not Path("site").exists()
    return [p.format() for p in info.value.errors]


@pytest.mark.parametrize("change, said", [
    (lambda d: d.update(levels=[1, 2]), "levels"),
    (lambda d: d["levels"].pop("senior"), "levels: no rule for the level 'senior'"),
    (lambda d: d["table"]["ml-engineer"]["senior"].pop("us"), "table: no figure for ml-engineer / senior / us"),
    (lambda d: d["regions"].pop("us"), "regions: no factor for 'us'"),
    (lambda d: d["families"].pop("ml-engineer"), "families: no factor for 'ml-engineer'"),
    (lambda d: d["stages"].pop("seed"), "stages: no modifier for 'seed'"),
    (lambda d: d["employment_types"].pop("contract"), "employment_types: no factor for 'contract'"),
    (lambda d: d["levels"]["intern"].update(period="week"), "levels: period of 'intern' must be year or month"),
    (lambda d: d["table"]["ml-engineer"]["senior"]["us"].update(p50="lots"), "invalid literal for int()"),
    (lambda d: d["table"]["ml-engineer"]["senior"].update(us=[1, 2]), "table"),
    (lambda d: d.clear() or d.update(x=1), "missing or malformed entry 'source'")])
def test_a_table_of_the_wrong_shape_is_one_content_error(scratch_site, change, said: str) -> None:
    problems = table_problems(scratch_site, table_with(change))
    assert len(problems) == 1 and problems[0].startswith("content/data/compensation.yaml:1:1: error: "), problems
    assert said in problems[0] and "regenerate it with python -m tools.derive_compensation" in problems[0]


def test_a_table_that_is_a_list_or_empty_is_one_content_error(scratch_site) -> None:
    for text in ("- 1\n- 2\n", "null\n", "just text\n"):
        [problem] = table_problems(scratch_site, text)
        assert problem.startswith("content/data/compensation.yaml:1:1: error: compensation table cannot be read")


def test_table_aliases_are_refused_before_they_expand(scratch_site) -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
    assert table_problems(scratch_site, laughs) == [
        "content/data/compensation.yaml:1:4: error: YAML anchors and aliases (&name, *name) are not allowed: "
        "write the value out in full"]


def test_a_symlinked_or_huge_table_is_refused(scratch_site, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_bytes(compensation_table())
    write_tree(tmp_path / "content", basic_tree())
    (tmp_path / "content" / TABLE).unlink()
    (tmp_path / "content" / TABLE).symlink_to(outside)
    with pytest.raises(ContentError) as info:
        scratch_site({})
    assert [p.format() for p in info.value.errors] == [
        "content/data/compensation.yaml:1:1: error: symbolic links are not allowed in content/: copy the file "
        "instead"]
    (tmp_path / "content" / TABLE).unlink()
    huge = compensation_table() + b"#" * (300 * 1024) + b"\n"
    assert table_problems(scratch_site, huge) == [
        f"content/data/compensation.yaml:1:1: error: file is {-(-len(huge) // 1024)} KB; the limit is 256 KB"]


def test_a_broken_table_is_one_line_and_exit_1_from_the_command(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", {**basic_tree(), TABLE: table_with(lambda d: d["levels"].pop("senior"))})
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1 and "internal error" not in result.output and "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if "compensation.yaml" in line] == [
        "content/data/compensation.yaml:1:1: error: compensation table cannot be read: levels: no rule for the level "
        "'senior'; regenerate it with python -m tools.derive_compensation"]


# --- symlinked top-level folders (review finding 8) --------------------------------------------------------------

@pytest.mark.parametrize("folder", ["jobs", "companies", "data"])
def test_a_symlinked_top_level_folder_is_refused_in_one_line(scratch_site, tmp_path: Path, folder: str) -> None:
    write_tree(tmp_path / "content", basic_tree())
    outside = tmp_path / "elsewhere"
    (tmp_path / "content" / folder).rename(outside)
    (tmp_path / "content" / folder).symlink_to(outside, target_is_directory=True)
    with pytest.raises(ContentError) as info:
        scratch_site({})
    shown = [p.format() for p in info.value.errors]
    assert f"content/{folder}:1:1: error: symbolic links are not allowed in content/: copy the folder instead" \
        in shown, shown
    assert [line for line in shown if line.startswith(f"content/{folder}")] == [
        f"content/{folder}:1:1: error: symbolic links are not allowed in content/: copy the folder instead"]
    assert not Path("site").exists()


def test_a_symlinked_company_folder_inside_jobs_is_refused(scratch_site, tmp_path: Path) -> None:
    """A company's folder linked from elsewhere (outside content/) is not read: one line, and no site."""
    write_tree(tmp_path / "content", basic_tree())
    outside = tmp_path / "elsewhere"
    (tmp_path / "content/jobs/acme").rename(outside)
    (tmp_path / "content/jobs/acme").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ContentError) as info:
        scratch_site({})
    assert [p.format() for p in info.value.errors] == [
        "content/jobs/acme:1:1: error: symbolic links are not allowed in content/: copy the files instead"]
    assert not Path("site").exists()
