"""An approved transcript of one whole `jobsite serve` session: what the watcher heard, what the session made of
it, what it printed and what the server answered, step by step.

The session is a real DevServer on a scratch board (its own copy of templates/, so a template and a static file
can be saved), started by `start()` with the real watcher. Each step changes files as an editor does (a write in
place, a save through a temporary file renamed over the posting, a broken save and its fix, a deletion, an
editor's swap files, site.yaml, a template, a stylesheet), waits for the watcher's events and hands them to the
session's own queue, so `next_change` classifies them and `rebuild` (or nothing) follows; then pages are asked
for over HTTP. Crashes of our own are planted with a monkeypatch. Timings, the port and the line numbers of
serve.py are normalised; the generation of the served site is not (the session id is fixed), so every reload a
step does or does not cause shows. Rewrite after an intended change, and review the diff:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_serve_sessions.py -n 0
"""
from __future__ import annotations

import http.client
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import generator.serve
from generator.config import make_options
from generator.serve import DevHandler, DevServer, FileEvent, classify, save_finished

from ..conftest import CLOCK, POSTING, REPO, basic_tree, front_matter, write_tree
from .approve import approve

SECONDS = re.compile(r"\d+\.\d+ s\b")
POSTING_MD = "content/jobs/acme/senior-robotics-engineer.md"
PAGE = "/jobs/acme/senior-robotics-engineer/"
TAGS = (re.compile(r"<title>.*?</title>"), re.compile(r"<h1[^>]*>.*?</h1>"),
        re.compile(r'<script src="/__jobsite/reload\.js"[^>]*></script>'),
        re.compile(r'<link rel="stylesheet" href="/__jobsite/reload\.css">'),
        re.compile(r'<section class="jobsite-errors".*?</section>', re.S))


def serve_lines() -> dict[str, int]:
    """The lines of serve.py an internal error can be placed at, by what they call: normalised in the transcript
    so that moving code does not rewrite it, while a crash placed anywhere else still shows."""
    lines = (REPO / "generator" / "serve.py").read_text().splitlines()
    wanted = {"build in _build": "result = build_site(self.options, cache=self.cache, search=STALE_OK)",
              "build in _settle": "result = build_site(self.options, cache=self.cache, stop=self.saving.is_set)"}
    return {name: next(n for n, line in enumerate(lines, 1) if text in line) for name, text in wanted.items()}


class Transcript:
    def __init__(self, root: Path):
        self.root = root
        self.lines: list[str] = []
        self.at = serve_lines()

    def say(self, line: str) -> None:
        line = SECONDS.sub("… s", line).replace(str(self.root) + os.sep, "<board>/")
        for name, number in self.at.items():
            line = line.replace(f"generator/serve.py:{number}", f"generator/serve.py:<{name}>")
        self.lines.append(line)

    def step(self, title: str) -> None:
        self.lines += ["", f"## {title}"]


class Session:
    """The DevServer, the events its real watcher heard, and the transcript."""

    def __init__(self, root: Path, log: Transcript):
        self.root, self.log = root, log
        options = make_options("content", "site", templates=root / "templates", clock=CLOCK)
        self.server = DevServer(options, port=0, echo=lambda line: log.say("> " + line), quiet_seconds=0.05)
        self.server.state.session = "golden"
        self.heard: list[FileEvent] = []
        self.server.hear = self.heard.append  # the watcher's events wait here; each step hands them on
        self.server.http.handle_error = lambda request, address: log.say("! the server's request handler raised")

    def act(self, title: str, change: Callable[[], None], settle_for: float = 0.0) -> None:
        """Change files, wait for what the watcher hears, hand it to the session and let it rebuild (or not)."""
        self.log.step(title)
        start = len(self.heard)
        change()
        deadline = time.monotonic() + 10
        if settle_for:  # a step whose events need no rebuild: there is nothing else to wait for
            time.sleep(settle_for)
        while not classify(self.heard[start:], self.server.watched).needs_rebuild and not settle_for:
            assert time.monotonic() < deadline, "the watcher heard nothing"
            time.sleep(0.02)
        seen = -1
        while seen != len(self.heard):  # then quiet for a moment: the whole burst is in
            seen = len(self.heard)
            time.sleep(0.25)
        burst = self.heard[start:seen]
        watched = self.server.watched
        self.log.say(f"heard: {describe(classify(burst, watched), self.root)}; "
                     f"save in place: {'yes' if save_finished(burst, watched) else 'no'}")
        for event in burst:
            DevServer.hear(self.server, event)
        self.log.say(f"a catch-up would give way: {'yes' if self.server.saving.is_set() else 'no'}")
        change_ = self.server.next_change(timeout=1)
        assert change_ is not None
        self.log.say(f"change: {describe(change_, self.root)}")
        if change_.needs_rebuild:
            self.server.rebuild(change_)
        else:
            self.log.say("(no rebuild)")
        self.pending()

    def pending(self) -> None:
        self.log.say(f"catch-up pending: {'yes' if self.server.settle_pending else 'no'}")

    def get(self, path: str, method: str = "GET") -> None:
        port = self.server.http.server_address[1]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request(method, path)
        resp = conn.getresponse()
        body = resp.read()
        conn.close()
        shown = [f"{method} {path}: {resp.status} {resp.reason}"]
        for name in ("Location", "Content-Type", "Cache-Control"):
            if resp.getheader(name) is not None:
                shown.append(f"  {name}: {resp.getheader(name)}")
        length = int(resp.getheader("Content-Length"))
        if method == "HEAD":
            got = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            got.request("GET", path)
            full = got.getresponse().read()
            got.close()
            shown.append(f"  no body: {body == b''}; Content-Length that of GET: {length == len(full)}")
        elif length != len(body):
            shown.append(f"  CONTENT-LENGTH {length} FOR {len(body)} BYTES")
        text = body.decode("utf-8", "replace")
        if "text/html" in (resp.getheader("Content-Type") or "") and len(body) > 600:
            shown += [f"  | {found}" for pattern in TAGS for found in pattern.findall(text)]
            shown.append(f"  | reload scripts: {text.count('/__jobsite/reload.js')}, "
                         f"before </head>: {'reload.js' in text.split('</head>')[0]}")
        elif body:
            shown += [f"  | {line}" for line in text.splitlines()]
        for line in shown:
            self.log.say(line)

    def events(self, then: Callable[[], None]) -> None:
        """The live-reload stream: its headers and first event, then the next event after `then`; the tab is
        closed after it, which the server must take quietly (its next heartbeat finds the connection gone)."""
        port = self.server.http.server_address[1]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/__jobsite/events")
        resp = conn.getresponse()
        self.log.say(f"GET /__jobsite/events: {resp.status} {resp.reason}")
        for name in ("Content-Type", "Cache-Control", "Content-Length"):
            if resp.getheader(name) is not None:
                self.log.say(f"  {name}: {resp.getheader(name)}")

        def message() -> list[str]:
            lines = [line.decode().rstrip("\n") for line in iter(resp.fp.readline, b"\n")]
            return lines if any(line.startswith("data:") for line in lines) else message()  # heartbeats skipped

        self.log.lines += [f"  | {line}" for line in message()]
        then()
        self.log.lines += [f"  | {line}" for line in message()]
        resp.close()
        conn.close()


def describe(change: object, root: Path) -> str:
    if not change.needs_rebuild:
        return "nothing to rebuild"
    paths = ", ".join(os.path.relpath(p, root) for p in change.paths)
    return f"{'+'.join(sorted(change.kinds))} ({paths})"


def saved(path: Path, text: str) -> Callable[[], None]:
    return lambda: path.write_text(text, encoding="utf-8")


def through_temporary_file(path: Path, text: str) -> Callable[[], None]:
    def save() -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    return save


def test_a_serve_session_from_a_broken_start_to_crashes_of_its_own(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path
    monkeypatch.chdir(root)
    shutil.copytree(REPO / "templates", root / "templates")
    write_tree(root / "content", {**basic_tree(), "jobs/acme/senior-robotics-engineer.md": "---\ntitle: [Senior\n"})
    monkeypatch.setattr(generator.serve, "HEARTBEAT_SECONDS", 0.05)
    streams_ended = threading.Event()
    events = DevHandler._events

    def events_then_say(handler: DevHandler) -> None:
        events(handler)
        streams_ended.set()

    monkeypatch.setattr(DevHandler, "_events", events_then_say)
    log = Transcript(root)
    session = Session(root, log)
    server = session.server
    posting = root / POSTING_MD
    try:
        log.step("start on a board whose only posting is broken")
        server.start()
        for path in ("/", PAGE):
            session.get(path)

        session.act("the posting fixed", saved(posting, front_matter(POSTING, "Build robots.\n")))
        session.get("/")
        session.get(PAGE)
        session.get(PAGE.rstrip("/"))
        session.get(PAGE + "?ref=feed")
        session.get(PAGE, "HEAD")
        session.get("/no/such/page/")
        session.get("/../content/site.yaml")
        session.get("/%2e%2e/%2e%2e/etc/passwd")
        session.get("/jobs%0d%0aSet-Cookie:%20a=b")
        session.get("//evil.example/jobs")
        session.get("/__jobsite/reload.js", "HEAD")

        session.act("the title saved in place: the quick way",
                    saved(posting, front_matter({**POSTING, "title": "Senior Robotics Engineer, Perception"},
                                                "Build robots.\n")))
        session.get(PAGE)
        log.step("the catch-up once saves pause")
        server.settle()
        session.pending()

        log.step("the live-reload stream while the description is saved through a temporary file")
        session.events(lambda: session.act(
            "the description saved through a temporary file renamed over the posting",
            through_temporary_file(posting, front_matter({**POSTING, "title": "Senior Robotics Engineer, Perception"},
                                                         "Build robots that fold.\n"))))
        assert streams_ended.wait(5), "the event stream did not end when its tab closed"
        session.get(PAGE)

        def editor_files() -> None:
            for name in (".senior-robotics-engineer.md.swp", "senior-robotics-engineer.md~", "4913"):
                (posting.parent / name).write_text("x")
                (posting.parent / name).unlink()

        session.act("an editor's swap file, backup and write test, then gone again", editor_files, settle_for=0.3)

        session.act("a posting added with a warning", saved(
            posting.with_name("field-engineer.md"),
            front_matter({**POSTING, "title": "Field Engineer", "posted": CLOCK.date().replace(day=30)})))
        session.act("the first posting at a new level (a full build); the warning not repeated",
                    saved(posting, front_matter({**POSTING, "title": "Staff Robotics Engineer"}, "Build robots.\n")))

        session.act("a broken save", saved(posting, "---\ntitle: [Staff\n---\nBody.\n"))
        (root / "site" / "bare.html").write_text("<p>bare</p>")
        (root / "site" / "404.html").unlink()
        for path in (PAGE, "/bare.html", "/no/such/page/"):
            session.get(path)
        log.step("the catch-up while the board is broken")
        server.settle_pending = True
        server.settle()
        session.pending()

        session.act("the fix", saved(posting, front_matter({**POSTING, "title": "Staff Robotics Engineer"},
                                                         "Build robots.\n")))
        session.get(PAGE)
        session.get("/no/such/page/")

        session.act("site.yaml saved as it was", saved(root / "content/site.yaml",
                                                       (root / "content/site.yaml").read_text()))
        session.get(PAGE)
        template = root / "templates" / "posting.html"
        session.act("a template saved with a comment only",
                    saved(template, template.read_text() + "{# saved in the golden session #}\n"))
        session.get(PAGE)
        session.act("a template saved with a new heading", saved(
            template, template.read_text().replace("<h1>{{ posting.title }}</h1>", "<h1>{{ posting.title }}!</h1>")))
        session.get(PAGE)
        stylesheet = next((root / "templates" / "static").glob("*.css"))
        session.act("a stylesheet saved", saved(stylesheet, stylesheet.read_text() + "/* golden */\n"))

        def several(*names: str) -> Callable[[], None]:
            def save() -> None:
                for name in names:
                    (root / name).write_bytes((root / name).read_bytes())
            return save

        session.act("three files saved at once", several("content/companies/acme.md", "content/site.yaml", POSTING_MD))
        session.act("four files saved at once", several("content/data/compensation.yaml", "content/companies/acme.md",
                                                        "content/site.yaml", POSTING_MD))
        session.act("the warned posting renamed", lambda: posting.with_name("field-engineer.md").rename(
            posting.with_name("field-lead.md")))
        session.get("/jobs/acme/field-lead/")
        session.act("the warned posting deleted", lambda: posting.with_name("field-lead.md").unlink())
        session.get("/jobs/acme/field-lead/")

        def crash(*args: object, **kwargs: object) -> None:
            raise RuntimeError("disk on fire\nTraceback (most recent call last): nothing for the console")

        build_site = generator.serve.build_site
        monkeypatch.setattr(generator.serve, "build_site", crash)
        session.act("site.yaml saved while the build crashes", saved(root / "content/site.yaml",
                                                                      (root / "content/site.yaml").read_text()))
        session.get("/")
        log.step("the catch-up while the build crashes")
        server.settle_pending = True
        server.settle()
        session.pending()
        monkeypatch.setattr(generator.serve, "build_site", build_site)
        session.act("site.yaml saved once the crash is gone", saved(root / "content/site.yaml",
                                                                    (root / "content/site.yaml").read_text()))
        session.get("/")
        log.step("a save heard as the catch-up starts")
        server.saving.set()
        server.settle()
        session.pending()
    finally:
        server.stop()
    approve("serve-sessions-session", {"transcript.txt": "\n".join(log.lines).lstrip("\n") + "\n"})

