"""`jobsite serve`: build, serve the output folder, rebuild on every save, reload open browser tabs.

Watching is watchdog's; deciding what an event means is `classify`, a pure function. A burst of events (an
editor's save is often several) is collected until the folder has been quiet for QUIET_SECONDS, then the site is
brought up to date: a save of one posting's title or description re-renders only the outputs that show it
(incremental.py), anything else runs one full build with the cache kept in memory, so only what changed is
rendered again. What waits (the search index, whole-board indexes) follows in one full build once saves pause;
a save heard while that catch-up runs stops it at its next safe point (the site as it was) and goes the quick
way, and the catch-up starts again at the next pause. Pages reach the browser with a
`<script src="/__jobsite/reload.js">` tag added on the way out (the files in site/ stay as they are built): the
script listens to server-sent events and reloads when the site changes. A broken save keeps the last good site
on disk and shows its problems in a banner on every page until a save fixes them.
"""
from __future__ import annotations

import gc
import html
import mimetypes
import os
import posixpath
import queue
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import jinja2
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from .base.addresses import SITE_FILE
from .base.cache import CACHE_DIR_NAME, Cache
from .base.errors import ERROR, INFO, ContentError, Problem
from .build import BuildInterrupted, BuildResult, build_site
from .config import BuildOptions
from .incremental import update_site
from .model import Model
from .render.site import STALE_OK
from .write import WriteReport

QUIET_SECONDS = 0.1  # an editor's save is a burst of events a few milliseconds apart
SAVED_SECONDS = 0.02  # once a burst has put a file in place (closed after writing, renamed into its name)
HEARTBEAT_SECONDS = 15.0  # keeps idle event streams open through proxies and notices closed tabs
STOP_POLL = 0.05  # how often the HTTP loop looks for stop(): Ctrl-C (and each test session) waits at most this

CONTENT, TEMPLATES, CONFIG = "content", "templates", "config"
# Files editors write beside the real one while saving: swap files, backups, lock files, vim's write test.
EDITOR_TEMP_PATTERNS = ("*.swp", "*.swo", "*.swx", "*~", ".#*", "#*#", "4913", "*.tmp", "*___jb_tmp___",
                        "*___jb_old___", ".DS_Store")
IGNORED_FOLDERS = (".git", "__pycache__", CACHE_DIR_NAME, "node_modules")


# ---- What an event means ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FileEvent:
    """One file-system event, as watchdog reports it, reduced to what classification needs."""

    kind: str  # created | modified | deleted | moved | closed | opened
    path: str
    dest: str | None = None  # for moves
    is_directory: bool = False


@dataclass(frozen=True)
class Watched:
    """The folders a site is built from, and the output folder, whose own writes must not trigger builds."""

    content: Path
    templates: Path
    output: Path

    @classmethod
    def of(cls, options: BuildOptions) -> Watched:
        return cls(options.content_dir.resolve(), options.templates_dir.resolve(), options.output_dir.resolve())


@dataclass(frozen=True)
class Change:
    """What a burst of events asks for: the kinds of source that changed and the files, for the console."""

    kinds: frozenset[str] = frozenset()
    paths: tuple[str, ...] = ()

    @property
    def needs_rebuild(self) -> bool:
        return bool(self.kinds)


def classify(events: Iterable[FileEvent], watched: Watched) -> Change:
    """Decide what a burst of events needs: nothing, or a rebuild because content, templates or site.yaml changed."""
    kinds: set[str] = set()
    paths: dict[str, None] = {}
    for event in events:
        found = [(path, kind) for path in _paths_of(event) if (kind := classify_path(Path(path), watched))]
        kinds.update(kind for _, kind in found)
        if found:
            paths[found[0][0]] = None  # for a save through a temporary file, name the file it became
    return Change(frozenset(kinds), tuple(paths))


def save_finished(events: Sequence[FileEvent], watched: Watched) -> bool:
    """Whether the last event on a source file puts a save in place: the file closed after writing, or a file
    renamed into its name (editors that write a temporary file first). A burst that ends so waits SAVED_SECONDS
    for stragglers, not QUIET_SECONDS."""
    for event in reversed(events):
        if event.kind == "closed" and not event.is_directory and classify_path(Path(event.path), watched):
            return True
        if event.kind == "moved" and event.dest and classify_path(Path(event.dest), watched):
            return True
        if any(classify_path(Path(path), watched) for path in _paths_of(event)):
            return False  # a write still open, a deletion, a folder: wait for quiet
    return False


def _paths_of(event: FileEvent) -> tuple[str, ...]:
    if event.kind in ("opened", "closed_no_write") or (event.is_directory and event.kind == "modified"):
        return ()  # reading a file changes nothing; a folder's mtime moves with every file event inside it
    return (event.dest, event.path) if event.dest else (event.path,)


def classify_path(path: Path, watched: Watched) -> str | None:
    """CONTENT, TEMPLATES or CONFIG for a source file; None for anything a build does not read."""
    if _is_noise(path, watched):
        return None
    if path == watched.content / SITE_FILE:
        return CONFIG
    if path.is_relative_to(watched.content):
        return CONTENT
    if path.is_relative_to(watched.templates):
        return TEMPLATES
    return None


def _is_noise(path: Path, watched: Watched) -> bool:
    # The output folder is swapped by renaming siblings (.site.new-…, .site.old-…): all of that is ours.
    if path.is_relative_to(watched.output) or path.name.startswith(f".{watched.output.name}."):
        return True
    if any(part in IGNORED_FOLDERS or part.startswith(f".{watched.output.name}.") for part in path.parts):
        return True
    name = path.name
    if name.startswith(".") and name != ".":
        return True  # hidden files: the loader skips them too
    return any(fnmatch(name, pattern) for pattern in EDITOR_TEMP_PATTERNS)


def from_watchdog(event: FileSystemEvent) -> FileEvent:
    dest = getattr(event, "dest_path", "") or None
    return FileEvent(event.event_type, os.fsdecode(event.src_path), os.fsdecode(dest) if dest else None,
                     event.is_directory)


# ---- State shared by the builder and the request handlers ------------------------------------------------------

@dataclass
class SiteState:
    """The served site's generation (changes whenever open pages should reload) and its current problems."""

    problems: tuple[Problem, ...] = ()
    broken: bool = False
    counter: int = 0
    session: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    closing: bool = False
    condition: threading.Condition = field(default_factory=threading.Condition)

    @property
    def generation(self) -> str:
        # The session id makes a restarted server's pages reload too, whatever their counter said.
        return f"{self.session}-{self.counter}"

    def publish(self, broken: bool, problems: tuple[Problem, ...] = ()) -> None:
        with self.condition:
            self.broken, self.problems = broken, problems
            self.counter += 1
            self.condition.notify_all()

    def wait_for(self, seen: str, timeout: float) -> str:
        """Block until the generation differs from `seen` (or timeout, or closing); return the current one."""
        with self.condition:
            self.condition.wait_for(lambda: self.generation != seen or self.closing, timeout)
            return self.generation

    def close(self) -> None:
        with self.condition:
            self.closing = True
            self.condition.notify_all()


# ---- Browser side ---------------------------------------------------------------------------------------------

RELOAD_JS = b"""// Added by `jobsite serve` only: reload this page when the site is rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var loaded = script ? script.getAttribute("data-generation") : null;
  var source = new EventSource("/__jobsite/events");
  source.onmessage = function (event) {
    if (event.data !== loaded) {
      source.close();
      window.location.reload();
    }
  };
})();
"""

RELOAD_CSS = b"""/* Added by `jobsite serve` only: the banner that lists build problems. */
.jobsite-errors { position: sticky; top: 0; z-index: 2147483647; margin: 0; padding: 1rem 1.25rem;
  background: #7a0c0c; color: #fff; font: 15px/1.5 system-ui, sans-serif; border-bottom: 4px solid #300; }
.jobsite-errors h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: #fff; }
.jobsite-errors ul { margin: 0; padding-left: 1.25rem; }
.jobsite-errors code { font: 14px/1.4 ui-monospace, monospace; color: #fff; white-space: pre-wrap; }
"""


def decorate(page: bytes, state_generation: str, problems: tuple[Problem, ...], has_site: bool = True) -> bytes:
    """Add the reload script (and, while the build is broken, the problem banner) to an HTML page."""
    head = f'<script src="/__jobsite/reload.js" data-generation="{state_generation}" defer></script>'
    if problems:
        head += '<link rel="stylesheet" href="/__jobsite/reload.css">'
    page = _insert(page, b"</head>", head.encode(), before=True)
    if problems:
        page = _insert(page, b"<body", problem_banner(problems, has_site).encode(), before=False)
    return page


def _insert(page: bytes, marker: bytes, snippet: bytes, before: bool) -> bytes:
    at = page.lower().find(marker)
    if at < 0:
        return snippet + page if before else page + snippet
    if not before:
        end = page.find(b">", at)
        at = end + 1 if end >= 0 else len(page)
    return page[:at] + snippet + page[at:]


def problem_banner(problems: tuple[Problem, ...], has_site: bool = True) -> str:
    errors = [p for p in problems if p.level == ERROR] or list(problems)
    items = "".join(f"<li><code>{html.escape(p.format())}</code></li>" for p in errors)
    shown = "Still showing the last good site" if has_site else "No site has been built yet"
    return (f'<section class="jobsite-errors" role="alert" aria-labelledby="jobsite-errors-title">'
            f'<h2 id="jobsite-errors-title">Build failed: {len(errors)} error(s). {shown}; save a fix and this '
            f"page reloads.</h2><ul>{items}</ul></section>")


def error_page(problems: tuple[Problem, ...], state_generation: str) -> bytes:
    """What every URL shows when not even a first build has succeeded."""
    page = (b"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>"
            b"<body><main></main></body></html>")
    return decorate(page, state_generation, problems, has_site=False)


# ---- HTTP ------------------------------------------------------------------------------------------------------

UNSAFE_PATH = re.compile("[\x00-\x1f\x7f]")
LOCATION_SAFE = "/-._~!$&'()*+,;=:@"  # RFC 3986 path characters; the rest, '\\' and '%' included, are escaped


def folder_location(path: str) -> str:
    """The redirect for a folder asked without its slash: the normalised path on this site, percent-encoded.

    '//host' and '/\\host' are other sites to a browser, so leading slashes collapse to one and a backslash
    is always escaped."""
    clean = "/" + posixpath.normpath(path).lstrip("/")
    return quote(clean if clean.endswith("/") else clean + "/", safe=LOCATION_SAFE)


class DevHandler(SimpleHTTPRequestHandler):
    """Serve the output folder as Netlify would (index.html for folders, 404.html when missing), decorated."""

    server: DevHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._respond(head_only=False)

    def do_HEAD(self) -> None:
        self._respond(head_only=True)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # the console is for build messages

    def _respond(self, head_only: bool) -> None:
        raw = urlsplit(self.path).path
        path = unquote(raw)
        if UNSAFE_PATH.search(path):  # CR/LF would split the Location header; no site file has such a name
            return self._send(HTTPStatus.BAD_REQUEST, b"Bad request", "text/plain", head_only)
        if path == "/__jobsite/events":
            return self._events()
        if path in ("/__jobsite/reload.js", "/__jobsite/reload.css"):
            kind = "text/javascript" if path.endswith(".js") else "text/css"
            return self._send(HTTPStatus.OK, RELOAD_JS if kind == "text/javascript" else RELOAD_CSS, kind, head_only)
        state = self.server.state
        if not self.server.output_dir.is_dir():
            return self._send(HTTPStatus.OK, error_page(state.problems, state.generation), "text/html", head_only)
        self._file(path, head_only)

    def _file(self, path: str, head_only: bool) -> None:
        target = Path(self.translate_path(quote(path)))  # translate_path decodes once more: give it the escapes
        if target.is_dir():
            if not path.endswith("/"):
                return self._redirect(folder_location(path))
            target = target / "index.html"
        status = HTTPStatus.OK
        if not target.is_file():
            status, target = HTTPStatus.NOT_FOUND, self.server.output_dir / "404.html"
        try:
            data = target.read_bytes()
        except OSError:
            return self._send(HTTPStatus.NOT_FOUND, b"Not found", "text/plain", head_only)
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html":
            state = self.server.state
            data = decorate(data, state.generation, state.problems if state.broken else ())
        self._send(status, data, kind, head_only)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, data: bytes, kind: str, head_only: bool) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if kind.startswith("text/") or kind.endswith(("xml", "json")) else ""
        self.send_header("Content-Type", kind + charset)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")  # a reload must show the new build, never a cached page
        self.end_headers()
        if not head_only:
            self.wfile.write(data)

    def _events(self) -> None:
        """Server-sent events: the current generation now, then every new one, with heartbeats between."""
        self.close_connection = True
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        state, sent = self.server.state, None
        try:
            while not state.closing:
                current = state.wait_for(sent or "", HEARTBEAT_SECONDS) if sent else state.generation
                message = f"retry: 300\ndata: {current}\n\n" if current != sent else ": heartbeat\n\n"
                self.wfile.write(message.encode())
                self.wfile.flush()
                sent = current
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the tab was closed or reloaded


class DevHTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # open event streams must not keep Ctrl-C waiting
    block_on_close = False

    def __init__(self, address: tuple[str, int], output_dir: Path, state: SiteState):
        self.output_dir = output_dir
        self.state = state
        # The socket's family follows the host: "::1" or "::" need IPv6, and a name binds as it resolves first
        # ("localhost" may be ::1). TCPServer makes the socket from this attribute.
        self.address_family = address_family(address[0])
        handler = lambda *args: DevHandler(*args, directory=str(output_dir))  # noqa: E731
        super().__init__(address, handler)


def address_family(host: str) -> socket.AddressFamily:
    """AF_INET6 for an IPv6 host, else AF_INET (also when the name does not resolve: binding then says so)."""
    try:
        return socket.getaddrinfo(host or None, None, type=socket.SOCK_STREAM)[0][0]
    except (socket.gaierror, IndexError, UnicodeError):
        return socket.AF_INET


# ---- The session: build, watch, rebuild ------------------------------------------------------------------------

class _Collector(FileSystemEventHandler):
    """Hands every watchdog event to the builder (DevServer.hear); deciding what it means happens there."""

    def __init__(self, hear: Callable[[FileEvent], None]):
        self.hear = hear

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.hear(from_watchdog(event))


CODE = Path(__file__).resolve().parent  # the generator package: where an internal error is placed
MESSAGE_CHARS = 200  # of an internal error's message: one line in the console, never a dump


def describe_crash(exc: BaseException) -> str:
    """One line for an error that is a bug of ours: its type, the first line of its message, and the last line
    of our code it went through (file:line), where reading starts. No traceback: `serve` has no --verbose."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0][:MESSAGE_CHARS]}" if lines else type(exc).__name__
    where = _raised_at(exc.__traceback__)
    return f"{text}, at {where}" if where else text


def _raised_at(tb: TracebackType | None) -> str | None:
    """`generator/<module>.py:<line>` of the innermost frame in our code (a library's own frames skipped)."""
    found = None
    while tb is not None:
        path = Path(tb.tb_frame.f_code.co_filename).resolve()
        if path.is_relative_to(CODE):
            found = f"{path.relative_to(CODE.parent).as_posix()}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


SETTLE_IDLE_SECONDS = 2.0  # saves this far apart are a pause: what waited for a full build catches up then


class DevServer:
    """One `jobsite serve` session. `start()` builds and serves; `run()` rebuilds on changes until Ctrl-C."""

    def __init__(self, options: BuildOptions, host: str = "127.0.0.1", port: int = 8000,
                 echo: Callable[[str], None] = print, quiet_seconds: float = QUIET_SECONDS):
        self.options = options
        self.watched = Watched.of(options)
        self.echo = echo
        self.quiet_seconds = quiet_seconds
        self.state = SiteState()
        self.cache = Cache.beside(options.content_dir, resident=True)  # kept in memory between rebuilds
        self.events: queue.Queue[FileEvent] = queue.Queue()
        self.saving = threading.Event()  # a source changed since the last burst was taken: a catch-up gives way
        self.http = DevHTTPServer((host, port), options.output_dir.resolve(), self.state)
        self.observer = Observer()
        self._threads: list[threading.Thread] = []
        self._printed: set[Problem] = set()
        self.settle_pending = False  # parts of the site lag behind its pages (brought up to date when idle)
        self.model: Model | None = None  # the model the served site was last built or updated from

    @property
    def url(self) -> str:
        host, port = self.http.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def start(self) -> None:
        """Build once, then serve and watch in background threads."""
        self.rebuild(Change(frozenset({CONTENT}), ()))
        self.cache.save()
        thread = threading.Thread(target=self.http.serve_forever, kwargs={"poll_interval": STOP_POLL},
                                  name="jobsite-http", daemon=True)
        thread.start()
        self._threads.append(thread)
        handler = _Collector(self.hear)
        self.observer.schedule(handler, str(self.watched.content), recursive=True)
        if not self.watched.templates.is_relative_to(self.watched.content):
            self.observer.schedule(handler, str(self.watched.templates), recursive=True)
        self.observer.start()

    def run(self) -> None:
        """Rebuild after each quiet burst of relevant events, until interrupted; bring the search index up to
        date (and whatever else a save left to a full build) once the files have been quiet for a moment, so a
        run of saves is never held back by it."""
        last = time.monotonic()
        while True:
            change = self.next_change(timeout=0.5)
            if change is not None and change.needs_rebuild:
                self.rebuild(change)
                last = time.monotonic()
            elif change is None and self.settle_pending and time.monotonic() - last >= SETTLE_IDLE_SECONDS:
                self.settle()

    def hear(self, event: FileEvent) -> None:
        """Take an event from the watcher; one on a source file also stops a catch-up build (settle) at its next
        safe point, so the save behind it need not wait for that build."""
        self.events.put(event)
        if classify([event], self.watched).needs_rebuild:
            self.saving.set()

    def next_change(self, timeout: float) -> Change | None:
        """Wait up to `timeout` for an event, then for QUIET_SECONDS without one (SAVED_SECONDS once a save is in
        place); classify what came."""
        try:
            burst = [self.events.get(timeout=timeout)]
        except queue.Empty:
            return None
        while True:
            wait = SAVED_SECONDS if save_finished(burst, self.watched) else self.quiet_seconds
            try:
                burst.append(self.events.get(timeout=wait))
            except queue.Empty:
                self.saving.clear()  # taken: a save heard after this stops the next catch-up
                return classify(burst, self.watched)

    def rebuild(self, change: Change) -> BuildResult | None:
        """Update the site after a save of one posting (incremental.py), else build everything (memoised);
        publish the new generation when the site or its problems changed."""
        started = time.perf_counter()
        what = ", ".join(_short(p) for p in change.paths[:3]) + (" …" if len(change.paths) > 3 else "")
        if self._update(change, what, started):
            keep_heap(collect=False)
            return None
        try:
            return self._build(change, what, started)
        finally:
            keep_heap(collect=True)

    def _build(self, change: Change, what: str, started: float) -> BuildResult | None:
        try:
            # Pages first: the search index of a changed posting is brought up to date after the reload.
            result = build_site(self.options, cache=self.cache, search=STALE_OK)
        except ContentError as exc:
            self._fail(tuple(exc.problems), what)
            return None
        except Exception as exc:  # noqa: BLE001 — a crash must not end the session; the next save retries
            self._fail((Problem("jobsite", 1, 1, ERROR, f"internal error: {describe_crash(exc)}"),), what)
            return None
        self._echo_new(result.problems)
        changed = result.report is None or result.report.swapped
        if changed or self.state.broken or self.state.counter == 0:
            self.state.publish(broken=False)
        note = "" if changed else " (no page changed)"
        took = f"; served {time.perf_counter() - started:.2f} s after the change" if what else ""
        self.echo(f"{'Rebuilt after ' + what + ': ' if what else ''}{result.summary()}{note}{took}")
        self.settle_pending = result.search_pending
        self.model = result.model
        return result

    def _update(self, change: Change, what: str, started: float) -> bool:
        """The site after a save of one posting's title or description, without a full build; False when the save
        needs one (or the last build failed: only a full build can say the content is whole again)."""
        if self.model is None or self.state.broken or change.kinds != {CONTENT} or len(change.paths) != 1:
            return False
        written: list[tuple[WriteReport, float]] = []

        def reload(model: Model, pages: WriteReport) -> None:  # the tab reloads once its pages are in place
            self.model, self.settle_pending = model, True
            written.append((pages, time.perf_counter() - started))
            if pages.swapped:
                self.state.publish(broken=False)

        try:
            model = update_site(self.model, Path(change.paths[0]), self.options, self.cache, reload)
        except (ContentError, jinja2.TemplateError):
            return False  # the author's to fix: the full build reports it at its path:line
        except Exception as exc:  # noqa: BLE001 — a bug of ours: say where, and the full build still serves the save
            self.echo(f"Update after {what} stopped on an internal error ({describe_crash(exc)}), a bug in jobsite: "
                      "building in full instead")
            return False
        if model is None:
            return False
        pages, served = written[0]
        self.echo(f"Updated after {what}: {pages.written} page(s) served {served:.2f} s after the change, feeds in "
                  f"{time.perf_counter() - started:.2f} s; the search index and whole-board pages follow when saves "
                  "pause")
        return True

    def settle(self) -> None:
        """Bring up to date what the last saves left behind, after the reload: the search index of the changed
        postings, and what an update of one posting leaves to a full build (incremental.py). Everything else is
        memoised, so this build writes only those. Open pages reload once more: the manifest they name is gone.
        A save heard meanwhile stops it before anything is put in place: it runs again at the next pause."""
        try:
            self._settle()
        finally:
            keep_heap(collect=True)

    def _settle(self) -> None:
        started = time.perf_counter()
        self.settle_pending = False
        try:
            result = build_site(self.options, cache=self.cache, stop=self.saving.is_set)
        except BuildInterrupted:
            self.settle_pending = True
            self.echo(f"Catch-up stopped for a save after {time.perf_counter() - started:.2f} s; it runs again once "
                      "saves pause")
            return
        except ContentError as exc:
            self._fail(tuple(exc.problems), "")
            return
        except Exception as exc:  # noqa: BLE001 — the next save retries
            self.echo(f"Site not brought up to date: {describe_crash(exc)}")
            return
        self.model = result.model
        self._echo_new(result.problems)
        if result.report is None or result.report.swapped or self.state.broken:
            self.state.publish(broken=False)
        self.echo(f"Search index and whole-board pages updated in {time.perf_counter() - started:.2f} s")

    def _echo_new(self, problems: tuple[Problem, ...]) -> None:
        """Print warnings once per session, not again on every save; notes (info) are `jobsite check`'s."""
        for problem in problems:
            if problem.level != INFO and problem not in self._printed:
                self.echo(problem.format())
        self._printed = set(problems)

    def _fail(self, problems: tuple[Problem, ...], what: str) -> None:
        self._echo_new(tuple(p for p in problems if p.level != ERROR))
        for problem in problems:
            if problem.level == ERROR:
                self.echo(problem.format())
        errors = sum(1 for p in problems if p.level == ERROR)
        serving = "still serving the last good site" if self.options.output_dir.is_dir() else "no site yet"
        self.echo(f"Build failed{' after ' + what if what else ''}: {errors} error(s); {serving}.")
        self.state.publish(broken=True, problems=problems)

    def stop(self) -> None:
        """Stop watching and serving, and keep the cache for the next session."""
        self.state.close()
        if self.observer.is_alive():
            self.observer.stop()
            self.observer.join(timeout=5)
        if self._threads:  # shutdown() waits for serve_forever(), which only runs once started
            self.http.shutdown()
        self.http.server_close()
        self.cache.save()
        gc.unfreeze()  # the session's heap is the collector's again (a test process goes on after it)


def keep_heap(collect: bool) -> None:
    """Set what the session holds now (the model, the resident cache) aside from the collector, so that its
    full passes walk only what later saves make: one walk of a 10,000-posting session's heap took 0.15-0.3 s,
    one save in about six, landing in the save's own path to its page (bench/RESULTS-NOTES.md, 2026-12-06).
    After a full build (`collect`), cycles that became garbage are collected first: frozen, they would stay.
    An update only freezes: what it drops is freed by reference counts, and the next full build collects the rest
    (build_site unfreezes the heap when it ends)."""
    if collect:
        gc.collect()
    gc.freeze()


def _short(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
