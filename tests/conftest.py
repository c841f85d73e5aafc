"""Shared fixtures: tiny scratch content trees, and the bundled site built once per session."""
from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import settings

from generator.base.cache import CACHE_DIR_NAME, Cache
from generator.build import BuildResult, build_site
from generator.config import PACKAGE_ROOT, make_options

REPO = PACKAGE_ROOT

# Property tests: a quick pass while developing, the full count in CI (.ci/run exports HYPOTHESIS_PROFILE=ci).
# A test that needs a different count scales this profile's max_examples (test_fuzz's Markdown fuzzer does).
# 100, not 200: 200 cost some 45 CPU s more, and the suite must stay inside CI's ten minutes.
settings.register_profile("ci", max_examples=100)
settings.register_profile("dev", max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Tests build with a fixed clock so expiry and feeds do not drift as real days pass.
CLOCK = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)

SITE = {
    "title": "Test Board",
    "base_url": "https://board.example",
    "description": "Roles for testing.",
    "language": "en",
    "categories": [
        {"id": "ai", "label": "AI", "telegram": "https://t.me/testboard_ai"},
        {"id": "web3", "label": "Web3"},
        {"id": "robotics", "label": "Robotics"},
    ],
    # Berlin postings without a range would each carry the EU directive's note: tests of other checks see only
    # their own findings, and tests/model/test_pay_transparency.py turns the checks on.
    "pay_transparency": "off",
}

COMPANY = {
    "name": "Acme Robotics",
    "website": "https://acme.example",
    "stage": "series-a",
    "tagline": "Robots that fold laundry.",
    "headquarters": {"city": "Berlin", "country": "DE"},
    "size": "11-50",
}

POSTING = {
    "title": "Senior Robotics Engineer",
    "company": "acme",
    "category": "robotics",
    "tags": ["ros2", "cpp"],
    "workplace": "onsite",
    "locations": [{"city": "Berlin", "country": "DE"}],
    "employment_type": "full-time",
    "posted": dt.date(2026, 11, 1),
    "apply_url": "https://acme.example/careers/senior-robotics-engineer",
}


def front_matter(data: dict, body: str = "Some description.\n") -> str:
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n" + body


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write {relative path: text} under root."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
    return root


@functools.lru_cache(maxsize=1)
def compensation_table() -> bytes:
    """The committed benchmark table, so scratch sites show estimates like the real one."""
    return (REPO / "content" / "data" / "compensation.yaml").read_bytes()


def templates_with_line(folder: Path, page: str, text: str) -> int:
    """Copy the bundled templates into `folder` with `text` as the first line of `page`'s main block; returns the
    line number it stands on (for tests of a template error's path:line)."""
    shutil.copytree(REPO / "templates", folder)
    lines = (folder / page).read_text().splitlines(keepends=True)
    line = next(i for i, found in enumerate(lines, start=1) if "{% block main %}" in found) + 1
    lines.insert(line - 1, text + "\n")
    (folder / page).write_text("".join(lines))
    return line


def basic_tree(**postings: dict) -> dict[str, str | bytes]:
    """A valid content tree: site.yaml, company 'acme', and the given postings (name → front matter)."""
    files: dict[str, str | bytes] = {
        "site.yaml": yaml.safe_dump(SITE, sort_keys=False),
        "companies/acme.md": front_matter(COMPANY, "Acme builds robots.\n"),
        "data/compensation.yaml": compensation_table(),
    }
    for name, data in (postings or {"senior-robotics-engineer": POSTING}).items():
        files[f"jobs/acme/{name}.md"] = front_matter(data)
    return files


@pytest.fixture
def scratch_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., BuildResult]:
    """Build a content tree given as a dict into tmp_path/site; paths in messages are relative to tmp_path."""
    monkeypatch.chdir(tmp_path)

    def build(files: dict[str, str | bytes], clock: dt.datetime = CLOCK) -> BuildResult:
        write_tree(tmp_path / "content", files)
        options = make_options("content", "site", templates=REPO / "templates", clock=clock)
        return build_site(options)

    return build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    """The bundled content/ built once, read-only for the tests that use it."""
    out = tmp_path_factory.mktemp("bundled") / "site"
    options = make_options(REPO / "content", out, templates=REPO / "templates", clock=CLOCK)
    # Its own cache, not the one beside the repository's content/: no run depends on an earlier one.
    return out, build_site(options, cache=Cache(out.parent / CACHE_DIR_NAME))


# Browser tests run in Debian's Chromium: Playwright cannot download its own browsers here.
# --disable-dev-shm-usage: containers give /dev/shm 64 MB, and Chromium's renderers crash when it fills.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Point pytest-playwright at /usr/bin/chromium with the flags this sandbox needs."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


# JavaScript line coverage of the browser tests (opt-in: JOBSITE_JS_COVERAGE=<folder>; bench/js_coverage.py reads
# what it writes). Every page gets V8's precise block coverage through a CDP session. A document's scripts leave
# the profiler's reach once the page navigates away, so the counts are taken (and reset) before each thing a test
# does that may navigate or close a page; a navigation the page starts by itself loses what ran since the last
# take. Off, nothing below runs.
JS_COVERAGE = os.environ.get("JOBSITE_JS_COVERAGE")
JS_COVERAGE_WRITER = pytest.StashKey[Callable[[], None]]()
STATIC_SCRIPT_RE = re.compile(r"/static/([\w-]+)\.[0-9a-f]{10}\.js$")


def record_js_coverage(folder: Path) -> Callable[[], None]:
    """Wrap Playwright's sync API so that each new page profiles its scripts, and each take of the counts is kept
    per script (only takes in which something ran); the function returned writes them as
    <folder>/<script>.<pid>.json."""
    import json

    from playwright.sync_api import Browser, BrowserContext, Error, Keyboard, Locator, Mouse, Page

    sessions: dict[int, tuple[Page, object]] = {}
    takes: dict[str, list[dict]] = {}

    def start(page: Page) -> Page:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.startPreciseCoverage", {"callCount": True, "detailed": True})
        sessions[id(page)] = (page, cdp)
        return page

    def take(pages) -> None:
        for page in list(pages):
            page, cdp = sessions.get(id(page), (None, None))
            if cdp is None or page.is_closed():
                continue
            try:
                scripts = cdp.send("Profiler.takePreciseCoverage")["result"]
            except Error:  # the page went while the counts were asked for
                continue
            for script in scripts:
                ranges = [(r["startOffset"], r["endOffset"], r["count"]) for f in script["functions"]
                          for r in f["ranges"]]
                name = STATIC_SCRIPT_RE.search(script["url"])
                if name and any(count for _, _, count in ranges):
                    takes.setdefault(name[1], []).append({"url": script["url"], "ranges": ranges})

    def every_page() -> list[Page]:
        return [page for page, _ in sessions.values()]

    def wrap(cls: type, name: str, pages=None, after=None) -> None:
        original = getattr(cls, name)

        @functools.wraps(original)
        def wrapper(self, *args, **kwargs):
            if pages is not None:
                take(pages(self))
            result = original(self, *args, **kwargs)
            return after(result) if after is not None else result

        setattr(cls, name, wrapper)

    wrap(Browser, "new_page", after=start)
    wrap(BrowserContext, "new_page", after=start)
    for name in ("goto", "reload", "go_back", "go_forward", "close", "click", "dblclick", "press", "tap"):
        wrap(Page, name, pages=lambda page: [page])
    for name in ("click", "dblclick", "press", "tap", "check", "uncheck", "set_checked", "dispatch_event"):
        wrap(Locator, name, pages=lambda locator: [locator.page])
    wrap(Keyboard, "press", pages=lambda _: every_page())
    wrap(Mouse, "click", pages=lambda _: every_page())
    wrap(BrowserContext, "close", pages=lambda context: context.pages)
    wrap(Browser, "close", pages=lambda browser: [p for c in browser.contexts for p in c.pages])

    def write() -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for script, found in takes.items():
            (folder / f"{script}.{os.getpid()}.json").write_text(json.dumps({"script": script, "takes": found}))

    return write


# Markers (registered in pyproject.toml): `-m "not browser and not slow"` is the quick subset for development.
BROWSER_FIXTURES = {"browser", "page", "context", "browser_context_args", "new_context"}


# The files that take longest (wall seconds on two workers, measured with the whole suite), longest first:
# pytest-xdist hands whole files to the two workers in collection order (pyproject.toml turns off its own order,
# by number of tests, which left a 48-second file of two tests to the very end, one worker busy and one idle).
LONGEST_FIRST = (
    "tests/browser/test_phone_first.py", "tests/browser/test_post_a_job.py", "tests/commands/test_announce.py",
    "tests/render/test_hostile.py", "tests/model/test_similar.py", "tests/browser/test_browse.py",
    "tests/write/test_board.py", "tests/model/test_snapshot.py", "tests/commands/test_serve.py",
    "tests/browser/test_search.py", "tests/commands/test_remind.py", "tests/write/test_incremental.py",
    "tests/commands/test_build.py", "tests/commands/test_incremental.py", "tests/load/test_check_catalogue.py",
    "tests/load/test_fuzz.py", "tests/render/test_feeds.py", "tests/browser/test_offers.py",
    "tests/write/test_write.py", "tests/render/test_stats.py", "tests/base/test_cache.py",
    "tests/model/test_pay_transparency.py", "tests/commands/test_links.py", "tests/bench/test_mutate.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Chromium `browser`, so no browser test can be left out of the marker; and
    move the longest files to the front (`LONGEST_FIRST`), keeping the order of tests within each file."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable: the rest keep theirs


# Nothing the suite runs may write the cache beside the repository's own content/ (builds of the bundled
# content pass their own cache or set JOBSITE_CACHE_DIR): a run must not depend on what earlier runs left.
REPO_CACHE = REPO / CACHE_DIR_NAME
REPO_CACHE_AT_START = pytest.StashKey[dict | None]()


def repo_cache_state() -> dict[str, int] | None:
    """Each file of the repository's cache folder with its modification time; None when there is no folder."""
    if not REPO_CACHE.is_dir():
        return None
    return {p.name: p.stat().st_mtime_ns for p in REPO_CACHE.iterdir()}


def pytest_configure(config: pytest.Config) -> None:
    config.stash[REPO_CACHE_AT_START] = repo_cache_state()
    # An expectation gets 15 s, not Playwright's 5: two test workers share two cores with the builds' own
    # workers, and a page that loads in 0.2 s alone once took over 5 s to follow a link. A failure still fails.
    from playwright.sync_api import expect

    expect.set_options(timeout=15_000)
    if JS_COVERAGE:
        config.stash[JS_COVERAGE_WRITER] = record_js_coverage(Path(JS_COVERAGE))


def pytest_unconfigure(config: pytest.Config) -> None:
    if JS_COVERAGE_WRITER in config.stash:
        config.stash[JS_COVERAGE_WRITER]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when it created or changed the repository's .jobsite-cache/ (test_cache checks this hook)."""
    if repo_cache_state() == session.config.stash.get(REPO_CACHE_AT_START, None):
        return
    message = (f"the test run wrote {REPO_CACHE}: give builds of the bundled content a cache of their own "
               "(build_site(..., cache=Cache(tmp_path / ...)) or JOBSITE_CACHE_DIR)")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"FAILED: {message}", red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


def netlify_header_rules(toml_path: Path = REPO / "netlify.toml") -> list[tuple[str, dict[str, str]]]:
    """The [[headers]] rules of netlify.toml, so local tests serve what production serves."""
    import tomllib

    config = tomllib.loads(toml_path.read_text())
    return [(rule["for"], rule["values"]) for rule in config.get("headers", [])]


def headers_for(path: str, rules: list[tuple[str, dict[str, str]]]) -> dict[str, str]:
    """Apply every matching rule in order ('/*' splats match any rest of the path), as Netlify does."""
    headers: dict[str, str] = {}
    for pattern, values in rules:
        if pattern == path or pattern.endswith("*") and path.startswith(pattern[:-1]):
            headers.update(values)
    return headers


def serve_directory(root: Path, rules: list[tuple[str, dict[str, str]]] | None = None):
    """Serve a folder over HTTP on a free port in a background thread; return (base URL, server)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            for name, value in headers_for(self.path.split("?")[0], rules or []).items():
                self.send_header(name, value)
            super().end_headers()

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            # Like Netlify: a missing path answers 404 with the site's own 404 page.
            page = Path(self.directory) / "404.html"
            if code != 404 or not page.exists():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # keep test output readable
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address) -> None:
            # A browser that navigates away cancels its pending fetches: that is not a failure of the test.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    # Every test server here polls for shutdown each 0.05 s: at the default 0.5 s, shutdown() waited up to half a
    # second, which a fixture that starts a server per test paid per test.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The bundled site over HTTP with netlify.toml's headers (CSP included), as production serves it."""
    root, _ = built_site
    url, server = serve_directory(root, netlify_header_rules())
    yield url
    server.shutdown()
    server.server_close()


# Browsing (issue 5): one site long enough to paginate, built once for the build and browser tests.
def many_postings(n: int) -> dict[str, str | bytes]:
    """A content tree with n postings at company 'acme', posted over 20 days, all open."""
    postings = {f"role-{i:03d}": {**POSTING, "title": f"Robotics Engineer {i:03d}",
                                  "posted": dt.date(2026, 11, 1) + dt.timedelta(days=i % 20)} for i in range(n)}
    return basic_tree(**postings)


@pytest.fixture(scope="session")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    """120 postings: three pages of 50 on /, on the category's and on the company's page."""
    root = tmp_path_factory.mktemp("paged")
    write_tree(root / "content", many_postings(120))
    result = build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    return root / "site", result


# axe-core's WCAG 2.1 A and AA rules: what every accessibility test in the suite asks of a page.
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def axe_violations(page) -> list[str]:
    """axe's WCAG 2.1 A and AA violations on the page as it stands, one readable line each."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options=WCAG)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in result.response["violations"]]


def read_workflow(path: Path) -> dict:
    """A GitHub Actions workflow as data."""
    data = yaml.safe_load(path.read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the bare key `on` as true
    return data


def workflow_step(path: Path, job: str, name: str) -> dict:
    [found] = [s for s in read_workflow(path)["jobs"][job]["steps"] if s.get("name") == name]
    return found


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout
