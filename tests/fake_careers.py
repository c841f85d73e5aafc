"""A local stand-in for employers' careers sites, reached as an HTTP proxy (HTTP_PROXY), as real ones are.

A client that uses a proxy sends the absolute URL in its request line (`GET http://careers.acme.example/x
HTTP/1.1`), so one server on 127.0.0.1 answers for any number of made-up hosts, each path by its own rule.
It records every request and the most requests ever in flight to one host at once.
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


# A rule answers one request: given the method and how many requests this URL had before, it returns a Reply.
Rule = Callable[[str, int], Reply]


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
    in_flight: dict[str, int] = field(default_factory=dict)
    most_in_flight: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def begin(self, method: str, url: str, user_agent: str) -> tuple[str, Reply]:
        """Count the request in flight to its host (until `end`) and pick its reply."""
        parts = urlsplit(url)
        host, path = parts.hostname or "", parts.path or "/"
        with self.lock:
            count = sum(1 for s in self.seen if s.host == host and s.path == path)
            self.seen.append(Seen(method, host, path, time.monotonic(), user_agent))
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.most_in_flight[host] = max(self.most_in_flight.get(host, 0), self.in_flight[host])
        rule = self.rules.get(f"{host}{path}")
        return host, rule(method, count) if rule else Reply(404, "<title>Not found</title><p>Page not found</p>")

    def end(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1

    def requests_to(self, host_path: str) -> list[Seen]:
        host, _, path = host_path.partition("/")
        return [s for s in self.seen if s.host == host and s.path == "/" + path]

    def reset(self) -> None:
        with self.lock:
            self.seen.clear()
            self.most_in_flight.clear()


@contextmanager
def serve_careers(sites: CareersSites) -> Iterator[str]:
    """Run the sites on 127.0.0.1:0; yield the proxy URL to put in HTTP_PROXY."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            host, reply = sites.begin(self.command, self.path, self.headers.get("User-Agent", ""))
            try:
                self._reply(reply)
            finally:
                sites.end(host)

        def _client_left(self, seconds: float) -> bool:
            """Wait out a slow page's delay; True as soon as the client hangs up (it stopped waiting)."""
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                if select.select([self.connection], [], [], min(left, 0.02))[0]:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        return True
                    time.sleep(min(left, 0.02))
            return False

        def _reply(self, reply: Reply) -> None:
            if self._client_left(reply.delay):
                self.close_connection = True
                return
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
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
