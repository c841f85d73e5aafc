"""Building real sites: pages, the links between them, the feed, failure and determinism."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import yaml
from click.testing import CliRunner

from generator.base.errors import ContentError
from generator.build import build_site
from generator.cli import main
from generator.config import make_options
from generator.render.feeds.entries import updated_day

from ..conftest import CLOCK, POSTING, REPO, basic_tree, templates_with_line, write_tree


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def links_of(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.hrefs


def page_for(site: Path, url_path: str) -> Path:
    path = site / url_path.lstrip("/")
    return path / "index.html" if url_path.endswith("/") else path


def test_every_page_reachable_from_home_and_no_broken_internal_link(built_site) -> None:
    site, result = built_site
    seen, queue = set(), ["/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        path = page_for(site, url)
        assert path.is_file(), f"broken internal link {url}"
        if path.suffix == ".html":
            for href in links_of(path.read_text()):
                parts = urlsplit(href)
                if not parts.scheme and href.startswith("/"):
                    queue.append(parts.path)
    model = result.model
    for posting in model.open_postings:
        assert posting.url in seen and posting.apply_path in seen
    for company in model.companies:
        assert company.url in seen


def test_bundled_content_is_rich_enough(built_site) -> None:
    _, result = built_site
    model = result.model
    assert len(model.postings) >= 31 and len(model.companies) >= 13
    assert {p.category.id for p in model.postings} == {"ai", "web3", "robotics"}
    assert {p.workplace for p in model.postings} == {"onsite", "hybrid", "remote"}
    assert {p.employment_type for p in model.postings} >= {"full-time", "part-time", "contract", "internship",
                                                          "temporary"}
    assert sum(1 for p in model.postings if not p.is_open) == 2
    assert {p.salary.period for p in model.postings if p.salary} >= {"year", "month"}


def test_seed_posting_page_shows_what_the_seed_shows(built_site) -> None:
    site, _ = built_site
    html = (site / "jobs/perplexity/backend-infrastructure-engineer-intern/index.html").read_text()
    assert "<h1>Backend/Infrastructure Engineer Intern</h1>" in html
    assert "AI-powered answer engine combining search and language models." in html
    assert ">View company profile</a>" in html and 'href="/companies/perplexity/"' in html
    assert "Belgrade, Serbia" in html and "Internship, 12–24 weeks" in html and "On-site" in html
    assert "<h2>Responsibilities</h2>" in html and "<h2>Qualifications</h2>" in html
    assert 'href="/apply/perplexity/backend-infrastructure-engineer-intern/"' in html
    apply = (site / "apply/perplexity/backend-infrastructure-engineer-intern/index.html").read_text()
    assert "You'll be redirected to the company's application page" in apply
    assert 'http-equiv="refresh" content="0; url=https://www.perplexity.ai/hub/careers"' in apply


def test_listing_holds_open_postings_newest_first(built_site) -> None:
    site, result = built_site
    html = (site / "index.html").read_text()
    server_list = re.sub(r"<template.*?</template>", "", html, flags=re.S)  # the browser's card template is no card
    titles = re.findall(r'class="card-title" id="[^"]+"><a href="([^"]+)"', server_list)
    assert titles == [p.url for p in result.model.open_postings]
    closed = [p for p in result.model.postings if not p.is_open]
    for posting in closed:
        assert posting.url not in html
        page = (site / posting.url.lstrip("/") / "index.html").read_text()
        assert "This role is closed." in page and 'content="noindex"' in page
        assert posting.apply_path not in page


def test_feed_lists_every_open_posting_field_by_field(built_site) -> None:
    site, result = built_site
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.feed.title.startswith(result.model.site.title)
    self_links = [link for link in feed.feed.links if link.rel == "self"]
    assert self_links[0].href == "https://frontierjobs.example/feed.xml"
    open_postings = result.model.open_postings
    assert len(feed.entries) == len(open_postings)
    for entry, posting in zip(feed.entries, open_postings, strict=True):
        assert entry.title == f"{posting.title} at {posting.company.name}"
        assert entry.link == "https://frontierjobs.example" + posting.url
        assert entry.id == f"tag:frontierjobs.example,{posting.posted.isoformat()}:jobs/{posting.key}"
        assert entry.guidislink is False
        assert entry.published_parsed[:3] == posting.posted.timetuple()[:3]
        assert re.fullmatch(r"\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0000", entry.published)
        assert posting.employment_type.split("-")[0].title() in entry.summary
    raw = (site / "feed.xml").read_text()
    newest = max(updated_day(p) for p in open_postings)  # the newest item's day, never the clock's 12:00
    assert f"<lastBuildDate>{newest.strftime('%a, %d %b %Y')} 00:00:00 +0000</lastBuildDate>" in raw


def test_employer_range_shown_and_labelled(scratch_site) -> None:
    paid = {**POSTING, "salary": {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}}
    scratch_site(basic_tree(paid=paid))
    html = Path("site/jobs/acme/paid/index.html").read_text()
    assert "Employer's range</span> €70,000 – €90,000 per year" in html
    assert "€70,000 – €90,000 per year" in Path("site/index.html").read_text()


def test_untrusted_strings_are_escaped(scratch_site) -> None:
    evil = {**POSTING, "title": '<script>alert(1)</script>"><img src=x onerror=alert(2)>',
            "tags": ["<b>x</b>"]}
    files = basic_tree(evil=evil)
    files["jobs/acme/evil.md"] = files["jobs/acme/evil.md"].replace(
        # A javascript: link is now refused by validation; test_validate.py checks the renderer drops it too.
        "Some description.", "<script>alert(3)</script> [click](https://acme.example/?q=<b>)")
    scratch_site(files)
    shown = "&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(2)&gt;"
    expected = {  # the title is there, escaped, where a reader sees it: not merely absent as markup
        "site/jobs/acme/evil/index.html": [f"<h1>{shown}</h1>", "&lt;script&gt;alert(3)&lt;/script&gt;"],
        "site/index.html": [f'/jobs/acme/evil/">{shown}</a>', "<li>&lt;b&gt;x&lt;/b&gt;</li>"],
        "site/feed.xml": ['<title>&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(2)&gt; at '
                          "Acme Robotics</title>", "<category>&lt;b&gt;x&lt;/b&gt;</category>"],
    }
    for page, present in expected.items():
        text = Path(page).read_text()
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>x</b>" not in text
        assert 'href="javascript:' not in text
        for fragment in present:
            assert fragment in text, (page, fragment)


def test_a_body_heading_is_an_h2_and_its_links_pass_nothing_to_strangers(scratch_site) -> None:
    files = basic_tree()
    files["jobs/acme/senior-robotics-engineer.md"] = files["jobs/acme/senior-robotics-engineer.md"].replace(
        "Some description.", "# About us\n\nSee [our blog](https://acme.example/blog).")
    scratch_site(files)
    html = Path("site/jobs/acme/senior-robotics-engineer/index.html").read_text()
    assert html.count("<h1") == 1 and "<h2>About us</h2>" in html  # the page's own title is its one <h1>
    assert '<a href="https://acme.example/blog" rel="nofollow ugc noopener">our blog</a>' in html


def test_failed_build_leaves_previous_site_untouched(scratch_site, tmp_path: Path) -> None:
    scratch_site(basic_tree())
    before = {p: p.read_bytes() for p in Path("site").rglob("*") if p.is_file()}
    with pytest.raises(ContentError):
        scratch_site({"jobs/acme/broken.md": "---\ntitle: [\n---\n"})
    after = {p: p.read_bytes() for p in Path("site").rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CLOCK.timestamp())))
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "cache"))  # the second build reads the first's cache
    runner = CliRunner()
    trees = []
    for name in ("one", "two"):
        out = tmp_path / name
        result = runner.invoke(main, ["build", "--content", str(REPO / "content"), "--output", str(out)])
        assert result.exit_code == 0, result.output
        trees.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert trees[0] == trees[1]


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEEDs (set and dict-of-set order differ) build the same bytes."""
    import os
    import subprocess
    import sys

    trees = []
    for seed in ("1", "2"):
        out = tmp_path / f"site-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH":
               str(int(CLOCK.timestamp())), "JOBSITE_CACHE_DIR": str(tmp_path / f"cache-{seed}")}  # both cold
        run = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--content", str(REPO / "content"),
                              "--output", str(out)], env=env, cwd=tmp_path, capture_output=True, text=True,
                             timeout=600)
        assert run.returncode == 0, run.stderr
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert len(trees[0]) > 100
    assert sorted(trees[0]) == sorted(trees[1])
    assert [path for path in trees[0] if trees[0][path] != trees[1][path]] == []


def test_cli_reports_problems_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    from ..conftest import write_tree

    files = basic_tree(x={**POSTING, "salery": 1, "posted": "2026-13-01"})
    write_tree(tmp_path / "content", files)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "content/jobs/acme/x.md:15:1: error: unknown key 'salery' — did you mean 'salary'?" in result.output
    assert "content/jobs/acme/x.md:13:9: error: posted: '2026-13-01' is not a real date" in result.output
    assert "Build failed: 2 error(s); site/ was left unchanged." in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_cli_summary_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    from ..conftest import write_tree

    write_tree(tmp_path / "content", basic_tree(a=POSTING, b={**POSTING, "closed": dt.date(2026, 11, 2)}))
    result = CliRunner().invoke(main, ["build", "--base-url", "https://preview.example/"])
    assert result.exit_code == 0, result.output
    assert re.search(r"Built 1 open postings \(2 in all\), 1 companies, \d+ files in \d+\.\d\d s", result.output)
    html = (tmp_path / "site/index.html").read_text()
    assert '<link rel="canonical" href="https://preview.example/">' in html


def test_ci_runs_exactly_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.+?)\n```", (REPO / "README.md").read_text())
    ci_lines = (REPO / ".ci/run").read_text().strip().splitlines()
    assert blocks[1] == ci_lines[-1]
    assert "jobsite" in blocks[0] and "pytest" in blocks[1]


def test_a_rebuild_of_unchanged_content_later_that_day_writes_nothing(scratch_site) -> None:
    """Feeds, jobs.json and stats.json are dated by their items and the day, not the clock's instant: without
    SOURCE_DATE_EPOCH (Netlify, `jobsite serve`) every build would otherwise rewrite every feed."""
    tree = basic_tree()
    first = scratch_site(tree)
    assert first.report.written == first.report.files
    again = scratch_site(tree, clock=CLOCK + dt.timedelta(hours=5))
    assert (again.report.written, again.report.removed) == (0, 0)


def test_a_stage_timed_again_adds_to_its_first_time() -> None:
    from generator.build import Timings

    timings = Timings()
    for name in ("load", "model", "load"):
        with timings.stage(name):
            pass
    timings.stages = [(name, 1.0) for name, _ in timings.stages]
    with timings.stage("model"):
        pass
    assert [name for name, _ in timings.stages] == ["load", "model"]
    assert timings.stages[1][1] > 1.0 and timings.stages[0][1] == 1.0


def test_a_failed_build_reports_errors_from_every_stage_without_their_echoed_notes(scratch_site) -> None:
    import gc

    files = basic_tree(x={k: v for k, v in POSTING.items() if k != "apply_url"})  # acme is left with no posting
    with pytest.raises(ContentError) as failed:
        scratch_site(files)
    # the error, without the note it causes ("company has no open postings")
    assert [(p.path, p.level) for p in failed.value.problems] == [("content/jobs/acme/x.md", "error")]
    thresholds = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        Path("content/jobs/acme/x.md").unlink()
        files = basic_tree()  # valid postings; only the logo reader finds an error, and that stops the build too
        files["logos/acme.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
        with pytest.raises(ContentError) as failed:
            scratch_site(files)
        assert [(p.path, p.level) for p in failed.value.problems] == [("content/logos/acme.svg", "error")]
        # the build put back the collector it turned off, as it was, and froze nothing that outlives it
        assert gc.isenabled() and gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(*thresholds)


def test_a_stop_asked_while_writing_leaves_the_site_as_it_was(scratch_site, tmp_path: Path) -> None:
    from generator.build import BuildInterrupted, build_site
    from generator.config import make_options

    scratch_site(basic_tree())
    before = {p: p.read_bytes() for p in Path("site").rglob("*") if p.is_file()}
    asked: list[int] = []

    def stop() -> bool:  # after reading, after the model, after rendering, then at the writer's first report
        asked.append(1)
        return len(asked) >= 4

    changed = basic_tree(y={**POSTING, "title": "Robot Whisperer"})
    from ..conftest import write_tree
    write_tree(tmp_path / "content", changed)
    with pytest.raises(BuildInterrupted):
        build_site(make_options("content", "site", templates=REPO / "templates", clock=CLOCK), stop=stop)
    assert len(asked) == 4
    assert {p: p.read_bytes() for p in Path("site").rglob("*") if p.is_file()} == before


def test_a_build_that_may_be_stopped_still_reports_its_progress(scratch_site, tmp_path: Path) -> None:
    """`jobsite serve` passes both a stop and a progress bar: asking the one must not silence the other."""
    from generator.build import build_site
    from generator.config import make_options

    scratch_site(basic_tree())
    from ..conftest import write_tree
    write_tree(tmp_path / "content", basic_tree(y={**POSTING, "title": "Robot Whisperer"}))
    reports: list[tuple[str, int, int]] = []
    asked: list[int] = []
    result = build_site(make_options("content", "site", templates=REPO / "templates", clock=CLOCK),
                        progress=lambda what, done, total: reports.append((what, done, total)),
                        stop=lambda: bool(asked.append(1)))
    assert result.report.written > 0 and reports and len(asked) == 3 + len(reports)
    assert {what for what, _, _ in reports} == {"Writing"} and reports[-1][1] == reports[-1][2] > 0


def test_a_full_build_that_takes_no_snapshot_leaves_none_behind(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A full build that cannot take a snapshot of its model (a file it could not stat) drops the last one: that
    model points at cache entries this build no longer kept. Here a posting edited in that build and put back
    afterwards would be taken from the old model, whose description the cache had pruned."""
    import generator.build
    from generator.base.cache import Cache
    from generator.build import build_site
    from generator.config import make_options

    from ..conftest import COMPANY, front_matter, write_tree

    monkeypatch.chdir(tmp_path)
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    cache_dir = tmp_path / "cache"
    posting, company = "content/jobs/acme/senior-robotics-engineer.md", "content/companies/acme.md"
    write_tree(tmp_path / "content", basic_tree())
    original = {path: Path(path).read_text() for path in (posting, company)}
    assert "from the last build's snapshot" not in build_site(options, Cache(cache_dir)).model_path
    # The company and the posting's description change; this full build takes no snapshot.
    Path(company).write_text(front_matter({**COMPANY, "tagline": "Robots, again."}, "Acme builds robots.\n"))
    Path(posting).write_text(original[posting].replace("\n---\n", "\n---\nA new first paragraph.\n\n", 1))
    with monkeypatch.context() as patched:
        patched.setattr(generator.build, "snapshot_of", lambda *args, **kwargs: None)
        build_site(options, Cache(cache_dir))
    for path, text in original.items():
        Path(path).write_text(text)
    warm = build_site(options, Cache(cache_dir))
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html").read_text()
    assert "A new first paragraph" not in page
    assert "from the last build's snapshot" not in warm.model_path  # nothing to take it from: made in full
    cold = tmp_path / "cold"
    build_site(make_options("content", cold, templates=REPO / "templates", clock=CLOCK), Cache(None))
    assert page == (cold / "jobs/acme/senior-robotics-engineer/index.html").read_text()


def main_nav(html: str) -> list[tuple[str, str, bool]]:
    """The header's links as (href, text, marked as the current page)."""
    nav = html.split('<nav aria-label="Main">', 1)[1].split("</nav>", 1)[0]
    return [(href, text, bool(current)) for href, current, text in
            re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)', nav)]


def test_the_header_marks_exactly_the_section_you_are_in_and_home_names_the_categories(built_site) -> None:
    site, _ = built_site
    links = [("/categories/ai/", "AI"), ("/categories/web3/", "Web3"), ("/categories/robotics/", "Robotics"),
             ("/companies/", "Companies"), ("/saved/", "Saved")]
    pages = {"/": None, "/categories/ai/": "AI", "/categories/web3/": "Web3", "/categories/robotics/": "Robotics",
             "/companies/": "Companies", "/companies/brambleworks/": "Companies", "/saved/": "Saved",
             "/jobs/brambleworks/senior-perception-engineer/": None, "/feeds/": None}
    for url, current in pages.items():
        html = page_for(site, url).read_text()
        assert main_nav(html) == [(href, text, text == current) for href, text in links], url
    home = page_for(site, "/").read_text()
    assert "<h1>Jobs in AI · Web3 · Robotics</h1>" in home


def test_a_category_named_like_a_section_marks_only_its_own_header_link(scratch_site) -> None:
    # A category's id is any slug: 'companies' or 'saved' is valid, and marked the Companies link as current too.
    files = basic_tree(tooling={**POSTING, "category": "companies"})
    site = yaml.safe_load(files["site.yaml"])
    site["categories"] = [{"id": "companies", "label": "Tooling"}, {"id": "saved", "label": "Savings"}]
    files["site.yaml"] = yaml.safe_dump(site, sort_keys=False)
    scratch_site(files)
    links = [("/categories/companies/", "Tooling"), ("/categories/saved/", "Savings"), ("/companies/", "Companies"),
             ("/saved/", "Saved")]
    for url, current in {"/categories/companies/": "Tooling", "/categories/saved/": "Savings",
                         "/companies/": "Companies", "/saved/": "Saved", "/": None}.items():
        assert main_nav(page_for(Path("site"), url).read_text()) == \
            [(href, text, text == current) for href, text in links], url


def test_a_template_naming_something_undefined_fails_the_build_at_its_line(scratch_site, tmp_path: Path) -> None:
    """The environment is strict: a bare unknown name, even in an `if`, is an error at the template's line,
    not an empty string (a site's own templates beside content/ are where such a slip is made)."""
    templates = tmp_path / "templates"
    line = templates_with_line(templates, "company.html", "{% if no_such_flag %}x{% endif %}{{ no_such_name }}")
    write_tree(tmp_path / "content", basic_tree())
    with pytest.raises(ContentError) as failed:
        build_site(make_options("content", "site", templates=templates, clock=CLOCK))
    [problem] = failed.value.problems
    assert (problem.path, problem.line, problem.message) == (
        "templates/company.html", line, "template error: 'no_such_flag' is undefined")


def facts_of(html: str) -> list[tuple[str, str]]:
    """A page's facts list as (label, what it says), tags and all."""
    dl = html.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]
    return re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", dl)


def test_posting_and_company_pages_list_every_fact_in_order(scratch_site) -> None:
    """The facts lists, row for row: the first (pay) as much as the last, a date in <time>, no row dropped."""
    salaried = {**POSTING, "title": "Paid Role", "salary": {"min": 90000, "max": 120000, "currency": "EUR",
                                                             "period": "year"}, "visa_sponsorship": True}
    scratch_site(basic_tree(estimated=POSTING, paid=salaried))
    facts = {name: facts_of(Path(f"site/jobs/acme/{name}/index.html").read_text()) for name in ("estimated", "paid")}
    posted = ("Posted", '<time datetime="2026-11-01">1 Nov 2026</time>')
    where = [("Location", "Berlin, Germany"), ("Workplace", "On-site"), ("Employment", "Full-time"), posted]
    assert facts == {
        "estimated": [("Estimated pay", "$60,500 – $120,000 per year (about €51,500 – €100,000)"), *where],
        "paid": [("Pay", "€90,000 – €120,000 per year"), *where, ("Visa sponsorship", "Yes")]}
    assert facts_of(Path("site/companies/acme/index.html").read_text()) == [
        ("Stage", "Series A"), ("Size", "11-50 people"), ("Headquarters", "Berlin, Germany"),
        ("Website", '<a href="https://acme.example" rel="nofollow noopener">acme.example</a>')]


def test_the_collector_is_off_while_the_model_is_made_and_on_for_what_the_write_stage_makes(
        scratch_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build.py's policy, stage by stage, in a cold build and in a rebuild from the snapshot: load and model make
    hundreds of thousands of objects and no garbage (collector off); the model is frozen before render (never
    walked, its pages shared with forked workers); the write stage, where pages are rendered, collects what it
    makes (a build of 100,000 postings once kept every page's garbage); the collector is put back after."""
    import gc

    import generator.build as build
    from generator.base.parallel import THRESHOLDS

    seen: list[tuple[str, bool, bool, tuple[int, int, int]]] = []

    def spying(name: str, real):
        def spy(*args, **kwargs):
            seen.append((name, gc.isenabled(), gc.get_freeze_count() > 0, gc.get_threshold()))
            return real(*args, **kwargs)
        return spy

    for name in ("read_sources", "assemble", "reuse", "render_site", "write_site"):
        monkeypatch.setattr(build, name, spying(name, getattr(build, name)))
    thresholds = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        scratch_site(basic_tree(**{"senior-robotics-engineer": POSTING, "other": {**POSTING, "title": "Other"}}))
        assert gc.isenabled() and gc.get_threshold() == (700, 10, 10)  # put back after each build, the first too
        posting = tmp_path / "content" / "jobs" / "acme" / "senior-robotics-engineer.md"
        posting.write_text(posting.read_text().replace("\n---\n", "\n---\nEdited.\n", 1))
        again = build_site(make_options("content", "site", templates=REPO / "templates", clock=CLOCK))
        assert gc.isenabled() and gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0
        # --verbose's note on the model: the snapshot, and the one posting file read again, not both.
        assert again.model_path == "made from the last build's snapshot (1 posting file(s) read again)"
    finally:
        gc.set_threshold(*thresholds)
    off, frozen = (False, False, (700, 10, 10)), (False, True, (700, 10, 10))
    assert seen == [("read_sources", *off), ("assemble", *off), ("render_site", *frozen),
                    ("write_site", True, True, THRESHOLDS),  # the cold build, then the rebuild:
                    ("reuse", *off), ("render_site", *frozen), ("write_site", True, True, THRESHOLDS)]


def test_a_rebuild_from_the_snapshot_reports_what_loading_found_as_the_full_build_did(
        scratch_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot keeps every problem the full build reported, loading's (logos, the compensation table) beside
    the model's: a rebuild made from it shows the same warnings. No logo or table problem is a warning today, so
    one is added to the logo reader's answer here."""
    import generator.build as build
    from generator.base.errors import WARNING, Problem

    real = build.read_logos

    def with_a_warning(content_dir: Path):
        logos, problems = real(content_dir)
        return logos, [*problems, Problem("content/logos/acme.svg", 1, 1, WARNING, "a loading warning")]

    monkeypatch.setattr(build, "read_logos", with_a_warning)
    yearly_fifty = {"min": 40, "max": 50, "currency": "USD", "period": "year"}
    first = scratch_site(basic_tree(**{"senior-robotics-engineer": POSTING,
                                       "other": {**POSTING, "title": "Other", "salary": yearly_fifty}}))
    # by path and line, whichever stage found them: the posting's warning before the logo's
    warnings = ["content/jobs/acme/other.md:16:3: warning: salary: 40–50 USD per year looks implausible (about 50 "
                "USD a year) — check the figures and the period (year, month, week, day, hour)",
                "content/logos/acme.svg:1:1: warning: a loading warning"]
    assert [p.format() for p in first.problems if p.level == WARNING] == warnings
    posting = tmp_path / "content" / "jobs" / "acme" / "senior-robotics-engineer.md"
    posting.write_text(posting.read_text().replace("\n---\n", "\n---\nEdited.\n", 1))
    again = build_site(make_options("content", "site", templates=REPO / "templates", clock=CLOCK))
    assert again.model_path == "made from the last build's snapshot (1 posting file(s) read again)"
    assert [p.format() for p in again.problems if p.level == WARNING] == warnings


def test_no_body_or_parsed_file_waits_in_memory_between_stages(scratch_site, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bodies' HTML, the parsed files and the search words are written to the cache as they are made and
    read back when a page asks: none is held by the build's process from one stage to the next (at 100,000
    postings the last unwritten batch of each was tens of megabytes, inherited by every forked writer). The
    cache still has them: the posting's page shows its body."""
    import generator.build as build
    from generator.base.cache import SPILLED

    held: list[tuple[str, dict[str, int]]] = []

    def holding(name: str, real, cache_of):
        def spy(*args, **kwargs):
            cache = cache_of(args, kwargs)
            held.append((name, {table: len(cache.tables[table].saved()[1]) for table in SPILLED}))
            return real(*args, **kwargs)
        return spy

    monkeypatch.setattr(build, "render_site", holding("render", build.render_site, lambda a, k: k["cache"]))
    monkeypatch.setattr(build, "write_site", holding("write", build.write_site, lambda a, k: a[2]))
    scratch_site(basic_tree())
    nothing = dict.fromkeys(SPILLED, 0)
    assert held == [("render", nothing), ("write", nothing)]
    assert "<p>" in page_for(Path("site"), "/jobs/acme/senior-robotics-engineer/").read_text()
