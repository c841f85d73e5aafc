"""`jobsite serve`: what file events mean, decorated pages, rebuilds on real edits, reloads in a real browser."""
from __future__ import annotations

import gc
import http.client
import shutil
import socket
import struct
import threading
import time
import urllib.error
import urllib.request
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

import generator.build
import generator.incremental
import generator.serve
from generator.base.cache import Cache, text_key
from generator.base.errors import ERROR, WARNING, ContentError, Problem
from generator.build import build_site
from generator.config import make_options
from generator.serve import (
    CONFIG,
    CONTENT,
    TEMPLATES,
    Change,
    DevHandler,
    DevHTTPServer,
    DevServer,
    FileEvent,
    SiteState,
    Watched,
    _short,
    address_family,
    classify,
    decorate,
    describe_crash,
    error_page,
    folder_location,
    save_finished,
)

from ..conftest import CLOCK, POSTING, REPO, basic_tree, front_matter, write_tree

ROOT = Path("/work/board")
WATCHED = Watched(ROOT / "content", ROOT / "templates", ROOT / "site")


def event(path: str, kind: str = "modified", dest: str | None = None, is_directory: bool = False) -> FileEvent:
    return FileEvent(kind, str(ROOT / path), str(ROOT / dest) if dest else None, is_directory)


# ---- classification (pure) --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "kind"), [
    ("content/jobs/acme/ml-engineer.md", CONTENT),
    ("content/companies/acme.md", CONTENT),
    ("content/site.yaml", CONFIG),
    ("templates/posting.html", TEMPLATES),
    ("templates/static/style.css", TEMPLATES),
])
def test_source_files_need_a_rebuild_of_their_kind(path: str, kind: str) -> None:
    change = classify([event(path)], WATCHED)
    assert change.needs_rebuild and change.kinds == {kind}
    assert change.paths == (str(ROOT / path),)


@pytest.mark.parametrize("path", [
    "content/jobs/acme/.ml-engineer.md.swp", "content/jobs/acme/ml-engineer.md~", "content/jobs/acme/.#ml-engineer.md",
    "content/jobs/acme/4913", "content/jobs/acme/#ml-engineer.md#", "templates/posting.html.tmp",
    "content/.DS_Store", "site/index.html", "site/jobs/acme/x/index.html", ".site.new-abc123/index.html",
    ".jobsite-cache/markdown.marshal", "content/.git/index", "README.md", "generator/build.py",
    "content/logos/._acme.svg",  # macOS's resource fork beside a logo: hidden, so the loader skips it too
])
def test_editor_temp_files_output_and_caches_are_ignored(path: str) -> None:
    assert not classify([event(path)], WATCHED).needs_rebuild


def test_reads_and_folder_timestamps_are_ignored() -> None:
    events = [event("content/jobs/acme/x.md", "opened"), event("content/jobs/acme/x.md", "closed_no_write"),
              event("content/jobs/acme", "modified", is_directory=True)]
    assert classify(events, WATCHED) == classify([], WATCHED)
    assert not classify(events, WATCHED).needs_rebuild


def test_a_save_through_a_temporary_file_names_the_real_file() -> None:
    burst = [event("content/jobs/acme/.x.md.swp", "created"),
             event("content/jobs/acme/x.md.tmp", "moved", dest="content/jobs/acme/x.md"),
             event("content/jobs/acme/x.md", "modified"), event("content/jobs/acme/.x.md.swp", "deleted")]
    change = classify(burst, WATCHED)
    assert change.kinds == {CONTENT}
    assert change.paths == (str(ROOT / "content/jobs/acme/x.md"),)


def test_moving_a_file_out_of_content_or_deleting_a_folder_rebuilds() -> None:
    out = classify([event("content/jobs/acme/x.md", "moved", dest="attic/x.md")], WATCHED)
    assert out.kinds == {CONTENT} and out.paths == (str(ROOT / "content/jobs/acme/x.md"),)
    gone = classify([event("content/jobs/acme", "deleted", is_directory=True)], WATCHED)
    assert gone.kinds == {CONTENT}


def test_a_file_moved_into_content_from_elsewhere_rebuilds_and_names_where_it_landed() -> None:
    change = classify([event("drafts/x.md", "moved", dest="content/jobs/acme/x.md")], WATCHED)
    assert change.kinds == {CONTENT} and change.paths == (str(ROOT / "content/jobs/acme/x.md"),)


def test_a_burst_over_several_sources_collects_every_kind() -> None:
    burst = [event("content/site.yaml"), event("templates/base.html"), event("content/jobs/a/b.md"),
             event("content/jobs/a/b.md")]
    change = classify(burst, WATCHED)
    assert change.kinds == {CONTENT, TEMPLATES, CONFIG} and len(change.paths) == 3


def test_the_watch_loop_classifies_every_event_of_a_burst_not_only_the_last() -> None:
    """DevServer.next_change on the events a save of three sources puts in the queue: one change names them all."""
    import queue
    from types import SimpleNamespace

    events: queue.Queue[FileEvent] = queue.Queue()
    for path in ("content/site.yaml", "templates/base.html", "content/jobs/a/b.md"):
        events.put(event(path))
    session = SimpleNamespace(events=events, watched=WATCHED, quiet_seconds=0.01, saving=threading.Event())
    change = DevServer.next_change(session, timeout=1)  # type: ignore[arg-type]
    assert change is not None and change.kinds == {CONTENT, TEMPLATES, CONFIG}
    assert change.paths == tuple(str(ROOT / p) for p in ("content/site.yaml", "templates/base.html",
                                                         "content/jobs/a/b.md"))
    assert DevServer.next_change(session, timeout=0.01) is None  # type: ignore[arg-type]


def test_a_catch_up_left_by_the_first_build_waits_until_the_files_were_quiet_a_while(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """DevServer.run when start()'s build served a stale search index: the catch-up waits SETTLE_IDLE_SECONDS of
    quiet from the loop's start, as after any save, not the first idle poll."""
    from types import SimpleNamespace

    monkeypatch.setattr(generator.serve, "SETTLE_IDLE_SECONDS", 0.3)
    settled: list[float] = []

    def settle() -> None:
        settled.append(time.monotonic())
        raise KeyboardInterrupt  # ends the loop, as Ctrl-C does

    session = SimpleNamespace(settle_pending=True, next_change=lambda timeout: time.sleep(0.01), settle=settle)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        DevServer.run(session)  # type: ignore[arg-type]
    assert settled[0] - started >= 0.3


@pytest.mark.parametrize(("burst", "finished"), [
    ([event("content/jobs/acme/x.md", "modified"), event("content/jobs/acme/x.md", "closed")], True),
    ([event("content/jobs/acme/x.md.tmp", "moved", dest="content/jobs/acme/x.md")], True),  # write, then rename
    ([event("content/jobs/acme/x.md", "closed"), event("content/jobs/acme/.x.md.swp", "deleted")], True),
    ([event("content/jobs/acme/x.md", "modified")], False),  # still being written
    ([event("content/jobs/acme/x.md", "closed"), event("content/jobs/acme/y.md", "modified")], False),
    ([event("content/jobs/acme/x.md", "deleted")], False),
    ([event("content/jobs/acme/x.md", "closed_no_write")], False),  # read, not saved
    ([event("content/jobs/acme/x.md.swp", "closed")], False),  # an editor's own file
    ([event("site/index.html", "closed")], False),
])
def test_a_burst_is_complete_once_a_source_is_closed_after_writing_or_renamed_into_place(burst: list[FileEvent],
                                                                                         finished: bool) -> None:
    assert save_finished(burst, WATCHED) is finished


@pytest.mark.parametrize(("burst", "kinds", "paths"), [
    ([], set(), ()),
    ([event("content/jobs/acme/x.md", "opened")], set(), ()),  # a read
    ([event("content/jobs/acme/x.md", "closed_no_write")], set(), ()),
    ([event("content/jobs", "modified", is_directory=True)], set(), ()),  # a folder's mtime moves with its files
    ([event("content/jobs/new", "created", is_directory=True)], {CONTENT}, ("content/jobs/new",)),
    ([event("templates/partials", "deleted", is_directory=True)], {TEMPLATES}, ("templates/partials",)),
    ([event("content/jobs/acme/a.md", "moved", dest="content/jobs/acme/b.md")], {CONTENT},
     ("content/jobs/acme/b.md",)),  # a rename within content/ names where the file went
    ([event("content/jobs/acme/a.md", "moved", dest="content/jobs/acme/a.md~")], {CONTENT},
     ("content/jobs/acme/a.md",)),  # renamed to a backup: the posting is gone
    ([event("content/jobs/acme/a.md.tmp", "moved", dest="templates/a.html")], {TEMPLATES}, ("templates/a.html",)),
    ([event("content/jobs/acme/b.md"), event("content/jobs/acme/a.md"), event("content/jobs/acme/b.md")],
     {CONTENT}, ("content/jobs/acme/b.md", "content/jobs/acme/a.md")),  # first heard first, once each
    ([event("content/jobs/acme/site.yaml")], {CONTENT}, ("content/jobs/acme/site.yaml",)),  # only the top one
    ([event("content/node_modules/x/index.md"), event("templates/__pycache__/x.pyc"),
      event("content/jobs/.site.old-12/x.md"), event("content/.site.new-1"), event("site.md"),
      event("templates/x.html.swx"), event("content/x___jb_tmp___"), event("content/x___jb_old___"),
      event("content/jobs/acme/.hidden.md")], set(), ()),
])
def test_what_a_burst_of_events_asks_for(burst: list[FileEvent], kinds: set[str], paths: tuple[str, ...]) -> None:
    change = classify(burst, WATCHED)
    assert (set(change.kinds), change.paths) == (kinds, tuple(str(ROOT / p) for p in paths))
    assert change.needs_rebuild is bool(kinds)


def test_templates_inside_content_count_as_content_and_an_output_inside_content_is_ignored() -> None:
    inside = Watched(ROOT / "content", ROOT / "content" / "templates", ROOT / "content" / "public")
    assert classify([event("content/templates/base.html")], inside).kinds == {CONTENT}
    assert not classify([event("content/public/index.html")], inside).needs_rebuild
    assert not classify([event("content/.public.new-1/index.html")], inside).needs_rebuild
    assert classify([event("content/site/index.md")], inside).kinds == {CONTENT}  # 'site' is not this output


@pytest.mark.parametrize(("burst", "finished"), [
    ([], False),
    ([event("content/jobs/acme/x.md", "closed"), event("content/jobs/acme/x.md", "opened")], True),  # read after
    ([event("content/jobs/acme/x.md", "closed"),
      event("content/jobs/acme/x.md", "closed_no_write")], True),
    ([event("content/jobs/acme/x.md", "closed"), event("content/jobs", "modified", is_directory=True)], True),
    ([event("content/jobs/acme", "closed", is_directory=True)], False),
    ([event("content/jobs/acme/x.md", "moved", dest="content/jobs/acme/x.md~")], False),  # a backup made first
    ([event("content/jobs/acme/x.md", "closed"),
      event("content/jobs/acme/x.md", "moved", dest="content/jobs/acme/x.md~")], False),
    ([event("templates/base.html", "closed")], True),
    ([event("content/site.yaml", "closed")], True),
    ([event("drafts/x.md", "moved", dest="content/jobs/acme/x.md")], True),
    ([event("content/jobs/acme/x.md", "closed"), event("content/jobs/acme/x.md", "created")], False),
    ([event("content/jobs/acme/.x.swp", "closed"), event("site/index.html", "modified")], False),
])
def test_when_a_burst_has_put_a_save_in_place(burst: list[FileEvent], finished: bool) -> None:
    assert save_finished(burst, WATCHED) is finished


# ---- decoration (pure) ------------------------------------------------------------------------------------------

def test_pages_get_the_reload_script_and_while_broken_the_problems() -> None:
    page = b"<!doctype html><html><head><title>x</title></head><body class=\"home\"><h1>Hi</h1></body></html>"
    ok = decorate(page, "s-3", ())
    assert ok.count(b"<script") == 1
    assert b'<script src="/__jobsite/reload.js" data-generation="s-3" defer></script></head>' in ok
    assert b"jobsite-errors" not in ok
    problem = Problem("content/jobs/acme/x.md", 3, 8, ERROR, "malformed YAML: <did not find ']'>")
    broken = decorate(page, "s-4", (problem,)).decode()
    assert '<body class="home"><section class="jobsite-errors" role="alert"' in broken
    escaped = "&lt;did not find &#x27;]&#x27;&gt;"
    assert f"<code>content/jobs/acme/x.md:3:8: error: malformed YAML: {escaped}</code>" in broken
    assert broken.index("jobsite-errors") < broken.index("<h1>Hi</h1>")
    assert "onclick" not in broken and "style=" not in broken  # CSP-clean even in development
    warning = Problem("content/jobs/acme/y.md", 2, 1, WARNING, "posted: 2026-12-24 is in the future")
    both = decorate(page, "s-5", (warning, problem)).decode()  # the banner is for what broke the build
    assert "Build failed: 1 error(s)." in both and "x.md:3:8" in both and "y.md" not in both


def test_a_page_without_head_or_body_gets_the_script_first_and_the_banner_last() -> None:
    script = b'<script src="/__jobsite/reload.js" data-generation="s-1" defer></script>'
    assert decorate(b"<p>bare</p>", "s-1", ()) == script + b"<p>bare</p>"
    problem = Problem("content/site.yaml", 1, 1, ERROR, "broken")
    broken = decorate(b"<p>bare</p>", "s-1", (problem,))
    assert broken.startswith(script + b'<link rel="stylesheet" href="/__jobsite/reload.css"><p>bare</p>')
    assert broken.endswith(b"</section>") and b"content/site.yaml:1:1: error: broken" in broken
    assert decorate(b"<HEAD></HEAD><BODY x>", "s-1", ()) == b"<HEAD>" + script + b"</HEAD><BODY x>"


def test_error_page_when_no_build_ever_succeeded() -> None:
    page = error_page((Problem("content/site.yaml", 1, 1, ERROR, "site.yaml is missing"),), "s-1").decode()
    assert "content/site.yaml:1:1: error: site.yaml is missing" in page and "reload.js" in page
    assert "No site has been built yet" in page and "last good site" not in page


# ---- internal errors (pure) ------------------------------------------------------------------------------------

def line_of(module: str, text: str) -> str:
    """`generator/<module>:<line>` of the one line of our code that holds `text`."""
    lines = (REPO / "generator" / module).read_text().splitlines()
    found = [n for n, line in enumerate(lines, 1) if text in line]
    assert len(found) == 1, found
    return f"generator/{module}:{found[0]}"


def crash(call: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as caught:
        call()
    return caught.value


def test_an_internal_error_is_one_line_naming_its_type_message_and_our_line() -> None:
    # Raised in our code itself: its own line.
    assert describe_crash(crash(lambda: text_key(7))) == (
        f"AttributeError: 'int' object has no attribute 'encode', at {line_of('base/cache.py', 'part.encode(')}")
    # Raised inside a library our code called: the line of ours that called it, not the library's.
    described = describe_crash(crash(lambda: folder_location(None)))
    assert described.startswith("TypeError: ") and described.endswith(
        f", at {line_of('serve.py', 'posixpath.normpath(path)')}")
    # One line whatever the message: its first line, cut short; never a traceback.
    long = RuntimeError("first line " + "x" * 500 + "\nTraceback (most recent call last):\n  secret")
    assert describe_crash(long) == "RuntimeError: first line " + "x" * 189
    assert describe_crash(KeyError()) == "KeyError"


def test_short_names_paths_under_the_working_folder_relative_and_others_as_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _short(str(tmp_path / "content" / "x.md")) == "content/x.md"
    assert _short(str(tmp_path.parent / "x.md")) == str(tmp_path.parent / "x.md")
    assert _short("") == ""  # relpath refuses it: shown as given


def test_the_socket_family_follows_the_host() -> None:
    assert address_family("127.0.0.1") == socket.AF_INET
    assert address_family("::1") == socket.AF_INET6
    # Names that cannot be looked up (here refused before any lookup): IPv4, and binding says what is wrong.
    assert address_family("x" * 64 + ".example") == socket.AF_INET
    assert address_family("a..b") == socket.AF_INET


def idle_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[DevServer, list[str]]:
    """A session that has not started (no build yet): its console, for rebuilds driven by hand."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree())
    said: list[str] = []
    server = DevServer(make_options("content", "site", templates=REPO / "templates", clock=CLOCK), port=0,
                       echo=said.append)
    server.state.session = "t"
    return server, said


def test_a_crash_of_the_build_is_a_one_line_error_and_the_session_goes_on(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    server, said = idle_session(tmp_path, monkeypatch)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(generator.serve, "build_site", crash)
    try:
        assert server.rebuild(Change(frozenset({CONTENT}), (str(tmp_path / "content/site.yaml"),))) is None
        where = line_of("serve.py", "result = build_site(self.options, cache=self.cache, search=STALE_OK)")
        message = f"internal error: RuntimeError: disk on fire, at {where}"
        assert said == [f"jobsite:1:1: error: {message}",
                        "Build failed after content/site.yaml: 1 error(s); no site yet."]
        assert server.state.broken and server.state.generation == "t-1"
        assert server.state.problems == (Problem("jobsite", 1, 1, ERROR, message),)
        monkeypatch.setattr(generator.serve, "build_site", build_site)
        said.clear()
        server.rebuild(Change(frozenset({CONTENT}), ()))  # the next save retries, and the banner goes
        assert said[0].startswith("Built 1 open postings") and not server.state.broken
        assert server.state.generation == "t-2" and server.state.problems == ()
    finally:
        server.stop()


def test_a_catch_up_that_fails_says_so_and_keeps_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server, said = idle_session(tmp_path, monkeypatch)
    try:
        server.rebuild(Change(frozenset({CONTENT}), ()))
        warning = Problem("content/jobs/acme/x.md", 2, 1, WARNING, "posted: in the future")
        error = Problem("content/jobs/acme/x.md", 3, 1, ERROR, "malformed YAML")

        def broken(*args: object, **kwargs: object) -> None:
            raise ContentError([error, warning])

        said.clear()
        monkeypatch.setattr(generator.serve, "build_site", broken)
        server.settle_pending = True
        server.settle()
        assert said == ["content/jobs/acme/x.md:2:1: warning: posted: in the future",
                        "content/jobs/acme/x.md:3:1: error: malformed YAML",
                        "Build failed: 1 error(s); still serving the last good site."]
        assert server.state.broken and server.state.problems == (warning, error) and not server.settle_pending

        def crash(*args: object, **kwargs: object) -> None:
            raise KeyError("shard")

        said.clear()
        monkeypatch.setattr(generator.serve, "build_site", crash)
        generation = server.state.generation
        server.settle()
        where = line_of("serve.py", "result = build_site(self.options, cache=self.cache, stop=self.saving.is_set)")
        assert said == [f"Site not brought up to date: KeyError: 'shard', at {where}"]
        assert server.state.generation == generation  # nothing changed: open pages stay
    finally:
        server.stop()


@pytest.fixture
def bare_server(tmp_path: Path) -> Iterator[DevHTTPServer]:
    """The HTTP side alone, on a folder written by hand."""
    write_tree(tmp_path / "site", {"index.html": "<html><head></head><body>Home</body></html>"})
    server = DevHTTPServer(("127.0.0.1", 0), tmp_path / "site", SiteState(session="b"))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.state.close()
    server.shutdown()
    server.server_close()


def test_a_missing_page_without_a_404_page_is_a_plain_404(bare_server: DevHTTPServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", bare_server.server_address[1], timeout=5)
    connection.request("GET", "/no/such/page/")
    response = connection.getresponse()
    assert (response.status, response.getheader("Content-Type"), response.read()) == (
        404, "text/plain; charset=utf-8", b"Not found")
    connection.close()


def test_a_closed_tab_ends_its_event_stream_quietly(bare_server: DevHTTPServer,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generator.serve, "HEARTBEAT_SECONDS", 0.02)
    raised: list[object] = []
    monkeypatch.setattr(bare_server, "handle_error", lambda request, address: raised.append(address))
    ended = threading.Event()
    events = DevHandler._events

    def events_then_end(handler: DevHandler) -> None:
        try:
            events(handler)
        except BaseException as exc:
            raised.append(exc)
            raise
        finally:
            ended.set()

    monkeypatch.setattr(DevHandler, "_events", events_then_end)
    with socket.create_connection(("127.0.0.1", bare_server.server_address[1]), timeout=5) as raw:
        raw.sendall(b"GET /__jobsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        first = b""
        while b"data: b-0\n\n" not in first:
            first += raw.recv(4096)
        assert b"HTTP/1.1 200 " in first and b"retry: 300\ndata: b-0\n\n" in first
        heartbeat = b""
        while b": heartbeat\n\n" not in heartbeat:
            heartbeat += raw.recv(4096)
        bare_server.state.publish(broken=False)
        news = b""
        while b"data: b-1\n\n" not in news:
            news += raw.recv(4096)
    assert ended.wait(5), "the stream went on writing to a closed tab"
    ended.clear()
    with socket.create_connection(("127.0.0.1", bare_server.server_address[1]), timeout=5) as raw:
        raw.sendall(b"GET /__jobsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        first = b""
        while b"data: b-1\n\n" not in first:
            first += raw.recv(4096)
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # a reset, not a goodbye
    assert ended.wait(5), "the stream went on writing to a reset connection"
    assert raised == []


def test_stopping_the_session_ends_its_open_event_streams_at_once(bare_server: DevHTTPServer,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C must not wait a heartbeat for each open tab: the stream ends, and its connection closes."""
    monkeypatch.setattr(generator.serve, "HEARTBEAT_SECONDS", 60.0)
    with socket.create_connection(("127.0.0.1", bare_server.server_address[1]), timeout=3) as raw:
        raw.sendall(b"GET /__jobsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        got = b""
        while b"data: b-0\n\n" not in got:
            got += raw.recv(4096)
        time.sleep(0.3)  # the stream is waiting for the next generation
        bare_server.state.close()
        while chunk := raw.recv(4096):  # a timeout here: the stream or its connection stayed open
            got += chunk
    assert got.count(b"data: ") == 1 and got.endswith((b"data: b-0\n\n", b": heartbeat\n\n"))  # one at closing


# ---- a real session ---------------------------------------------------------------------------------------------

@pytest.fixture
def dev_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[dict], DevServer]]:
    """Start `jobsite serve` on a scratch content tree, on a free port, in background threads."""
    monkeypatch.chdir(tmp_path)
    servers: list[DevServer] = []

    def start(files: dict, templates: Path = REPO / "templates") -> DevServer:
        write_tree(tmp_path / "content", files)
        options = make_options("content", "site", templates=templates, clock=CLOCK)
        server = DevServer(options, port=0, echo=lambda line: None, quiet_seconds=0.05)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """One `jobsite serve` session on basic_tree(), shared by the tests that only send it requests (each of
    their cases started and built a session of its own)."""
    root = tmp_path_factory.mktemp("served")
    write_tree(root / "content", basic_tree())
    options = make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK)
    server = DevServer(options, port=0, echo=lambda line: None, quiet_seconds=0.05)
    server.start()
    yield server
    server.stop()


def run_until(server: DevServer, done: Callable[[], bool], timeout: float = 8.0) -> None:
    """Drive the session's watch loop (as `serve` does) until `done()` holds."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the server did not rebuild in time"
        change = server.next_change(timeout=0.1)
        if change is not None and change.needs_rebuild:
            server.rebuild(change)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def test_saving_a_posting_rebuilds_and_a_broken_save_keeps_the_last_good_site(dev_server) -> None:
    server = dev_server(basic_tree())
    page_url = server.url + "jobs/acme/senior-robotics-engineer/"
    posting = Path("content/jobs/acme/senior-robotics-engineer.md")
    built = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    assert "<h1>Senior Robotics Engineer</h1>" in fetch(page_url)

    posting.write_text(front_matter({**POSTING, "title": "Principal Robotics Engineer"}))
    run_until(server, lambda: "Principal Robotics Engineer" in built.read_text())
    served = fetch(page_url)
    assert "<h1>Principal Robotics Engineer</h1>" in served and "/__jobsite/reload.js" in served
    assert "__jobsite" not in built.read_text()  # only responses are decorated, never the built files

    posting.write_text("---\ntitle: [Principal\n---\nBody.\n")
    run_until(server, lambda: server.state.broken)
    served = fetch(page_url)
    assert "<h1>Principal Robotics Engineer</h1>" in served  # the last good site
    assert "content/jobs/acme/senior-robotics-engineer.md:3:1: error: malformed YAML" in served
    assert "jobsite-errors" in fetch(server.url)  # every page shows the banner

    posting.write_text(front_matter({**POSTING, "title": "Staff Robotics Engineer"}))
    run_until(server, lambda: not server.state.broken)
    served = fetch(page_url)
    assert "<h1>Staff Robotics Engineer</h1>" in served and "jobsite-errors" not in served

    # Broken again, then put back exactly as it was: no page changes, and the banner still goes.
    posting.write_text("---\ntitle: [Staff\n---\nBody.\n")
    run_until(server, lambda: server.state.broken)
    posting.write_text(front_matter({**POSTING, "title": "Staff Robotics Engineer"}))
    run_until(server, lambda: not server.state.broken)
    assert "jobsite-errors" not in fetch(page_url)


def test_a_posting_deleted_or_moved_in_is_heard_by_the_watcher_and_served(dev_server, tmp_path: Path) -> None:
    """Through the real watcher, not only saves: a posting deleted leaves the served site (its page a 404), and one
    moved into content/ from elsewhere (as `mv` or a checkout does: no write in place) appears."""
    server = dev_server(basic_tree())
    gone = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    assert gone.is_file()
    Path("content/jobs/acme/senior-robotics-engineer.md").unlink()
    run_until(server, lambda: not gone.exists())
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(server.url + "jobs/acme/senior-robotics-engineer/")
    assert missing.value.code == 404
    drafted = tmp_path / "draft.md"
    drafted.write_text(front_matter({**POSTING, "title": "Field Robotics Engineer"}))
    drafted.rename("content/jobs/acme/field-robotics-engineer.md")
    arrived = Path("site/jobs/acme/field-robotics-engineer/index.html")
    run_until(server, arrived.exists)
    assert "<h1>Field Robotics Engineer</h1>" in fetch(server.url + "jobs/acme/field-robotics-engineer/")


def test_the_server_answers_like_the_host_does(dev_server) -> None:
    server = dev_server(basic_tree())
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(server.url + "no/such/page/")
    assert missing.value.code == 404 and b"reload.js" in missing.value.read()
    request = urllib.request.Request(server.url + "companies", method="HEAD")
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as moved:
        opener.open(request, timeout=5)
    assert moved.value.code == 301 and moved.value.headers["Location"] == "/companies/"
    assert fetch(server.url + "__jobsite/reload.js").startswith("// Added by `jobsite serve` only")


def raw_get(server: DevServer, path: str) -> http.client.HTTPResponse:
    """GET a path exactly as written (percent escapes and all), as a hostile link would."""
    parts = urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


@pytest.mark.parametrize("path", ["/jobs%0d%0aSet-Cookie:%20pwned=1/..", "/jobs/%0d%0aSet-Cookie:pwned=1",
                                  "/%0a/..", "/jobs%00/..", "/jobs%7f/..", "/%09/.."])
def test_control_characters_in_a_path_are_refused_and_never_reach_a_header(read_only_server, path: str) -> None:
    server = read_only_server
    response = raw_get(server, path)
    assert response.status == 400
    assert response.getheader("Set-Cookie") is None and response.getheader("Location") is None


@pytest.mark.parametrize("path", ["/%2f127.0.0.1:1%2f..", "/%2F%2Fevil.example%2f..", "/%5c127.0.0.1:1/..",
                                  "/%5c%5cevil.example/..", "/%5C/evil.example/..", "//evil.example/..",
                                  "/.%2f%2fevil.example/..", "/companies/..%2f%2fevil.example%2f.."])
def test_a_redirect_never_leaves_the_site(read_only_server, path: str) -> None:
    server = read_only_server
    response = raw_get(server, path)
    location = response.getheader("Location")
    if response.status in (301, 302, 307, 308):
        assert location.startswith("/") and not location.startswith("//") and "\\" not in location
        assert urlsplit(urljoin(server.url, location)).netloc == urlsplit(server.url).netloc
        assert urlsplit(urljoin("https://board.example" + path, location)).netloc == "board.example"
    else:
        assert response.status in (200, 404) and location is None


def test_a_redirect_keeps_its_path_percent_encoded(dev_server) -> None:
    server = dev_server(basic_tree())
    Path("site/jobs/caf\u00e9 bar").mkdir(parents=True)
    response = raw_get(server, "/jobs/caf%C3%A9%20bar")
    assert response.status == 301 and response.getheader("Location") == "/jobs/caf%C3%A9%20bar/"
    assert raw_get(server, "/companies").getheader("Location") == "/companies/"
    Path("site/\\evil.example").mkdir()  # a folder whose name starts with a backslash: '/\\evil.example/' is
    response = raw_get(server, "/%5Cevil.example")  # '//evil.example/' to a browser, so it stays escaped
    assert response.status == 301 and response.getheader("Location") == "/%5Cevil.example/"


def test_only_the_site_is_served_typed_uncached_and_head_has_no_body(dev_server) -> None:
    server = dev_server(basic_tree())
    secret = Path("content/site.yaml").read_bytes()
    for path in ("/../content/site.yaml", "/%2e%2e/content/site.yaml", "/..%2fcontent%2fsite.yaml",
                 "/jobs/../../content/site.yaml", "/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/..%5ccontent%5csite.yaml"):
        response = raw_get(server, path)
        assert response.status in (301, 400, 404) and secret not in response.body, path
        assert b"root:" not in response.body
    for path, kind in (("/", "text/html; charset=utf-8"), ("/jobs.json", "application/json; charset=utf-8"),
                       ("/__jobsite/reload.js", "text/javascript; charset=utf-8"), ("/no/such/page/", "text/html; "
                                                                                   "charset=utf-8")):
        response = raw_get(server, path)
        assert (response.getheader("Content-Type"), response.getheader("Cache-Control")) == (kind, "no-store"), path
        assert int(response.getheader("Content-Length")) == len(response.body) > 0
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as raw:  # every byte HEAD sends
        raw.sendall(b"HEAD /jobs.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        answer = b"".join(iter(lambda: raw.recv(65536), b""))
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and body == b""
    assert f"Content-Length: {len(raw_get(server, '/jobs.json').body)}".encode() in head.split(b"\r\n")


def test_serve_listens_on_an_ipv6_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `jobsite serve --host ::1` (or `::`, every interface) must bind an IPv6 socket and print a usable URL.
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree())
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    server = DevServer(options, host="::1", port=0, echo=lambda line: None, quiet_seconds=0.05)
    try:
        server.start()
        assert server.url.startswith("http://[::1]:")
        assert "<h1>" in fetch(server.url)
    finally:
        server.stop()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_open_page_reloads_with_the_new_text_after_a_save(dev_server, page: Page) -> None:
    server = dev_server(basic_tree())
    page.goto(server.url + "jobs/acme/senior-robotics-engineer/")
    expect(page.locator("h1")).to_have_text("Senior Robotics Engineer")
    # No need to wait for the event stream: a script that connects after the rebuild sees a newer generation.
    Path("content/jobs/acme/senior-robotics-engineer.md").write_text(
        front_matter({**POSTING, "title": "Robotics Engineer, Reloaded"}))
    run_until(server, lambda: "Reloaded" in Path("site/jobs/acme/senior-robotics-engineer/index.html").read_text())
    expect(page.locator("h1")).to_have_text("Robotics Engineer, Reloaded", timeout=10_000)


def test_ctrl_c_stops_serve_cleanly(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    write_tree(tmp_path / "content", basic_tree())
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": str(int(CLOCK.timestamp()))}
    def as_from_a_terminal() -> None:  # a test runner's worker may hand its children SIGINT ignored or blocked
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--port", "0"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            preexec_fn=as_from_a_terminal)
    try:
        lines = []
        while not any("Serving site/ at http://127.0.0.1:" in line for line in lines):
            line = proc.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        url = lines[-1].split(" at ")[1].split(" ")[0]
        assert "<h1>" in fetch(url)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert out.strip().endswith("Stopped.") and "Traceback" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == [".jobsite-cache", "content", "site"]


def search_files() -> dict[Path, bytes]:
    """The search index as served: manifest and shards (the excerpt texts are pages of their own, always current)."""
    site = Path("site")
    files = [*site.glob("data/search*.json"), *(site / "data" / "search").rglob("*")]
    return {p: p.read_bytes() for p in files if p.is_file()}


def test_the_search_index_catches_up_after_the_reload_and_then_equals_a_cold_build(dev_server,
                                                                                  tmp_path: Path) -> None:
    server = dev_server(basic_tree())
    posting = Path("content/jobs/acme/senior-robotics-engineer.md")
    built = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    index_before = search_files()
    posting.write_text(front_matter({**POSTING, "title": "Principal Robotics Engineer"}, "Quokka wrangling.\n"))
    run_until(server, lambda: "Principal Robotics Engineer" in built.read_text())
    assert server.settle_pending  # the page is served first, with the index of before
    assert search_files() == index_before
    assert Path("site/text/acme/senior-robotics-engineer.txt").read_text() == "Quokka wrangling."
    generation = server.state.generation
    server.settle()
    assert not server.settle_pending
    assert server.state.generation != generation  # open pages reload: the manifest they named is gone
    assert files_of(Path("site")) == cold_build(tmp_path / "cold")


def files_of(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def cold_build(folder: Path) -> dict[Path, bytes]:
    """The site a cold build makes of the session's content now."""
    build_site(make_options("content", folder, templates=REPO / "templates", clock=CLOCK), Cache(None))
    return files_of(folder)


POSTING_FILE = Path("content/jobs/acme/senior-robotics-engineer.md")
POSTING_PAGE = Path("site/jobs/acme/senior-robotics-engineer/index.html")


def save_title(title: str) -> None:
    POSTING_FILE.write_text(front_matter({**POSTING, "title": title}))


def test_an_update_that_crashes_says_where_and_the_full_build_still_serves_the_save(
        dev_server, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the update path is one line (type, message, our file:line), then the full build serves the save
    as before: a save is never slowed down without a word."""
    server = dev_server(basic_tree())
    said: list[str] = []
    server.echo = said.append

    def broken(*args: object) -> None:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setattr(generator.incremental, "similar_to", broken)
    save_title("Senior Robotics Engineer, Perception")
    run_until(server, lambda: "Senior Robotics Engineer, Perception" in POSTING_PAGE.read_text())
    where = line_of("incremental.py", "similar_to(postings, index)")
    assert [line for line in said if line.startswith("Update after")] == [
        f"Update after {POSTING_FILE} stopped on an internal error (TypeError: unsupported operand type(s) for +: "
        f"'int' and 'str', at {where}), a bug in jobsite: building in full instead"]
    assert any(line.startswith(f"Rebuilt after {POSTING_FILE}: Built ") for line in said)
    assert not any("Traceback" in line for line in said)
    assert "<h1>Senior Robotics Engineer, Perception</h1>" in fetch(server.url + "jobs/acme/senior-robotics-engineer")


def test_a_template_error_in_an_update_is_the_authors_at_its_line_not_an_internal_error(
        dev_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    page = templates / "posting.html"
    heading = "<h1>{{ posting.title }}</h1>"
    page.write_text(page.read_text().replace(heading, heading + '{% if "Kaboom" in posting.title %}'
                                             "{{ posting.no_such_field }}{% endif %}"))
    line = next(n for n, text in enumerate(page.read_text().splitlines(), 1) if heading in text)
    server = dev_server(basic_tree(), templates)
    said: list[str] = []
    server.echo = said.append
    raised: list[str] = []
    original = generator.serve.update_site

    def update_site(*args: object) -> object:
        try:
            return original(*args)
        except Exception as exc:
            raised.append(type(exc).__name__)
            raise

    monkeypatch.setattr(generator.serve, "update_site", update_site)
    save_title("Senior Robotics Engineer, Kaboom")  # only its title and text change: the update renders it
    run_until(server, lambda: server.state.broken)
    assert raised == ["UndefinedError"]
    assert any(text.startswith(f"templates/posting.html:{line}:1: error: template error: ") and "no_such_field" in text
               for text in said), said
    assert not any("internal error" in text for text in said), said
    assert "Kaboom" not in POSTING_PAGE.read_text()  # the last good site


class _Cycle:
    """Garbage only the collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def test_the_sessions_heap_is_kept_from_the_collector_and_its_cycles_are_collected_at_full_builds(
        dev_server) -> None:
    """What the session holds between saves is frozen (keep_heap), so the collector's full passes walk only what a
    save makes, not the model and the resident cache again in the middle of a save. Cycles frozen with it are
    not leaked: the next full build (the catch-up) collects them before freezing again."""
    server = dev_server(basic_tree())
    in_generations = lambda obj: any(found is obj for found in gc.get_objects())  # noqa: E731
    assert not in_generations(server.model)  # after the first build
    gc.disable()  # no automatic pass: only what the session asks of the collector counts
    try:
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        del cycle
        save_title("Senior Robotics Engineer, Perception")
        run_until(server, lambda: "Senior Robotics Engineer, Perception" in POSTING_PAGE.read_text())
        assert server.settle_pending, "the save did not take the update"
        assert not in_generations(server.model)  # the update's model, set aside too
        assert gone() is not None  # frozen with the rest by the update (which does not collect)
        server.settle()
        assert gone() is None
    finally:
        gc.enable()
    assert not in_generations(server.model)
    server.stop()
    assert in_generations(server.model)  # the process's collector has its heap back


class _EndOfSession(Exception):
    pass


def test_the_catch_up_runs_once_saves_pause_and_without_another_file_event(dev_server,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve`'s own loop: after a save is served the quick way, the catch-up build (settle) waits for
    SETTLE_IDLE_SECONDS of quiet counted from that save's rebuild (a run of saves is never held back by it), and
    then runs by itself: nothing else need be saved to wake the loop."""
    idle = 0.4
    monkeypatch.setattr(generator.serve, "SETTLE_IDLE_SECONDS", idle)
    server = dev_server(basic_tree())
    rebuilt: list[float] = []
    settled: list[float] = []
    ending = False
    next_change, rebuild, settle = server.next_change, server.rebuild, server.settle

    def polled(timeout: float) -> object:  # the real wait, polled often so the test need not wait half seconds
        if ending:
            raise _EndOfSession
        return next_change(timeout=min(timeout, 0.05))

    def rebuilt_at(change: object) -> object:
        result = rebuild(change)
        rebuilt.append(time.monotonic())
        return result

    def settled_at() -> None:
        settled.append(time.monotonic())
        settle()

    monkeypatch.setattr(server, "next_change", polled)
    monkeypatch.setattr(server, "rebuild", rebuilt_at)
    monkeypatch.setattr(server, "settle", settled_at)
    loop = threading.Thread(target=lambda: pytest.raises(_EndOfSession, server.run), daemon=True)
    loop.start()
    try:
        time.sleep(idle + 0.1)  # the session has been quiet for longer than the pause before the save
        save_title("Senior Robotics Engineer, Perception")
        deadline = time.monotonic() + 15
        while not settled and time.monotonic() < deadline:
            time.sleep(0.02)
        assert rebuilt and "Senior Robotics Engineer, Perception" in POSTING_PAGE.read_text()
        assert settled, "the catch-up never ran while nothing more was saved"
        assert settled[0] - rebuilt[-1] >= idle, "the catch-up ran before the saves paused"
        assert not server.settle_pending
    finally:
        ending = True
        server.events.put(FileEvent("modified", "content/site.yaml"))  # wakes a wait that would never end
        loop.join(10)


def test_a_save_during_the_catch_up_stops_it_and_is_served_the_quick_way(dev_server, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the real watcher: a save while the catch-up renders stops it with the site as it was; the save is
    an update, and the catch-up that follows makes the cold build."""
    server = dev_server(basic_tree())
    said: list[str] = []
    server.echo = said.append
    save_title("Senior Robotics Engineer, Perception")
    run_until(server, lambda: "Senior Robotics Engineer, Perception" in POSTING_PAGE.read_text())
    assert server.settle_pending
    before = files_of(Path("site"))
    render_site = generator.build.render_site

    def save_meanwhile(*args: object, **kwargs: object) -> object:
        save_title("Senior Robotics Engineer, Planning")
        assert server.saving.wait(5), "the watcher did not hear the save"
        return render_site(*args, **kwargs)

    monkeypatch.setattr(generator.build, "render_site", save_meanwhile)
    server.settle()
    monkeypatch.setattr(generator.build, "render_site", render_site)
    assert said[-1].startswith("Catch-up stopped for a save") and server.settle_pending
    assert files_of(Path("site")) == before
    run_until(server, lambda: "Senior Robotics Engineer, Planning" in POSTING_PAGE.read_text())
    assert said[-1].startswith(f"Updated after {POSTING_FILE}: ")
    server.settle()
    assert not server.settle_pending and files_of(Path("site")) == cold_build(tmp_path / "cold")


def test_serve_on_a_fresh_clone_says_nothing_about_the_bundled_content(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled board is clean (issue 28): the first `jobsite serve` prints its summary, no warning and no
    note; notes such as the EU directive's are `jobsite check`'s."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    lines: list[str] = []
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    server = DevServer(options, port=0, echo=lines.append, quiet_seconds=0.05)
    server.start()
    server.stop()
    assert lines and not [line for line in lines if ": warning: " in line or ": info: " in line or "error" in line]
    assert any(line.startswith("Built ") for line in lines)
