"""A local stand-in for employers' careers sites, reached as an HTTP proxy (HTTP_PROXY), as real ones are.

A client that uses a proxy sends the absolute URL in its request line (`GET http://careers.acme.example/x
HTTP/1.1`), so one server on 127.0.0.1 answers for any number of made-up hosts, each path by its own rule.
It records every request, and when each one started and ended, so a test can count the most requests ever in
flight to one host at once (`most_in_flight`).

The count is an overlap of times taken on the server, each on the safe side of the client's own: a request
starts when the server has read it (after the client sent it) and ends the moment its answer is about to be
written (before the client can have it and send the next one). A slow page whose client gave up ends when the
server saw the hang-up, which can be late by a poll and a thread's wake-up on a busy machine: such a request
also ends as soon as a later request to its host finds its connection already closed, and its end is taken
HANG_UP_SLACK earlier. A third request the client really sends alongside two others overlaps them by their
whole delay, far more than the slack.
"""
from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: str = ""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    delay: float = 0.0  # seconds before answering: a slow page, or time to overlap with other requests


@dataclass(frozen=True)
class Seen:
    method: str
    host: str
    path: str
    at: float  # time.monotonic()
    user_agent: str
    accept: str = ""  # the Accept header: which answer the client asked for
    accept_language: str = ""


# A rule answers one request: given the method and how many requests this URL had before, it returns a Reply.
Rule = Callable[[str, int], Reply]

HANG_UP_SLACK = 0.05  # seconds: how late the server may see that a client closed its connection


@dataclass
class Span:
    """One request's time on the server: from `start` until `end` (None while it is in flight)."""
    host: str
    start: float
    connection: socket.socket
    end: float | None = None

    def close_if_client_left(self, now: float) -> None:
        """End this request now, less the slack, if its client has already closed the connection."""
        if self.end is None and _closed(self.connection):
            self.end = now - HANG_UP_SLACK


def _closed(connection: socket.socket) -> bool:
    try:
        return bool(select.select([connection], [], [], 0)[0]) and not connection.recv(1, socket.MSG_PEEK)
    except OSError:
        return True


def most_overlapping(spans: list[Span]) -> int:
    """The most spans open at one instant; an end and a start at the same instant do not overlap."""
    events = sorted([(s.start, 1) for s in spans] + [(s.end, -1) for s in spans if s.end is not None])
    most = current = 0
    for _, step in events:
        current += step
        most = max(most, current)
    return most


def page(title: str, text: str, status: int = 200, delay: float = 0.0) -> Rule:
    html = (f"<!doctype html><html><head><title>{title}</title><script>var t = 'no longer accepting "
            f"applications';</script></head><body><h1>{title}</h1><p>{text}</p></body></html>")
    return lambda method, n: Reply(status, html, delay=delay)


def redirect(location: str, status: int = 301) -> Rule:
    return lambda method, n: Reply(status, "", (("Location", location),))


@dataclass
class CareersSites:
    rules: dict[str, Rule] = field(default_factory=dict)  # "host/path" → rule
    seen: list[Seen] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def begin(self, method: str, url: str, user_agent: str, connection: socket.socket,
              accept: str = "", accept_language: str = "") -> tuple[Span, Reply]:
        """Start the request's span (ended by `end`) and pick its reply."""
        parts = urlsplit(url)
        host, path = parts.hostname or "", parts.path or "/"
        with self.lock:
            now = time.monotonic()
            for other in self.spans:
                if other.host == host:
                    other.close_if_client_left(now)
            count = sum(1 for s in self.seen if s.host == host and s.path == path)
            self.seen.append(Seen(method, host, path, now, user_agent, accept, accept_language))
            span = Span(host, now, connection)
            self.spans.append(span)
        rule = self.rules.get(f"{host}{path}")
        return span, rule(method, count) if rule else Reply(404, "<title>Not found</title><p>Page not found</p>")

    def end(self, span: Span, hung_up: bool) -> None:
        with self.lock:
            if span.end is None:
                span.end = time.monotonic() - (HANG_UP_SLACK if hung_up else 0.0)

    @property
    def most_in_flight(self) -> dict[str, int]:
        """For each host, the most of its requests in flight at one instant."""
        with self.lock:
            hosts = {s.host for s in self.spans}
            return {host: most_overlapping([s for s in self.spans if s.host == host]) for host in sorted(hosts)}

    def requests_to(self, host_path: str) -> list[Seen]:
        host, _, path = host_path.partition("/")
        return [s for s in self.seen if s.host == host and s.path == "/" + path]

    def reset(self) -> None:
        with self.lock:
            self.seen.clear()
            self.spans.clear()


@contextmanager
def serve_careers(sites: CareersSites) -> Iterator[str]:
    """Run the sites on 127.0.0.1:0; yield the proxy URL to put in HTTP_PROXY."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            span, reply = sites.begin(self.command, self.path, self.headers.get("User-Agent", ""), self.connection,
                                      self.headers.get("Accept", ""), self.headers.get("Accept-Language", ""))
            try:
                self._reply(reply, span)
            finally:
                sites.end(span, hung_up=False)  # no-op unless _reply raised before ending the span

        def _client_left(self, seconds: float) -> bool:
            """Wait out a slow page's delay; True as soon as the client hangs up (it stopped waiting)."""
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                if select.select([self.connection], [], [], min(left, 0.02))[0]:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        return True
                    time.sleep(min(left, 0.02))
            return False

        def _reply(self, reply: Reply, span: Span) -> None:
            if self._client_left(reply.delay):
                sites.end(span, hung_up=True)
                self.close_connection = True
                return
            sites.end(span, hung_up=False)  # before writing: the client cannot start its next request any sooner
            body = reply.body.encode("utf-8")
            try:
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up on a slow page
                self.close_connection = True

        do_GET = do_HEAD = _answer

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address) -> None:
            pass

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
