"""Check apply links over HTTP (httpx), politely: at most two requests in flight to a host, a pause between
request starts to a host, Retry-After honoured, at most three attempts per link in a run.

HEAD with a GET fallback. HEAD alone decides when its answer needs no body: a 5xx (unreachable) or a 2xx that
is not a page of text (a PDF: ok). Everything else is settled by a GET:
- HEAD refused or mishandled (400, 403, 405, 501): many servers answer HEAD worse than GET;
- HEAD 404 or 410: a closure rests on a GET, so a server whose HEAD route is broken cannot close a live role;
- HEAD 2xx with an HTML or text page: the page must be read for "no longer accepting applications".
A 429 waits out its Retry-After (up to `max_wait`; the whole host waits, not just that link) and tries again
with GET. One attempt follows up to five redirects. The standard proxy variables (HTTP_PROXY, HTTPS_PROXY,
NO_PROXY, ALL_PROXY) are honoured, as httpx does for any client.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from .classify import GONE, Answer, normalise, visible_text

MAX_ATTEMPTS = 3  # per link per run: HEAD, GET, and one retry after a 429
PER_HOST = 2  # requests in flight to one host at once
MAX_LANES = 16  # requests in flight in all
MAX_REDIRECTS = 5  # per attempt
MAX_BODY = 1024 * 1024  # bytes of a page read for its text; closing notices sit near the top
NO_RETRY_AFTER = 5.0  # seconds to wait after a 429 that does not say how long
HEAD_REFUSED = frozenset({400, 403, 405, 501})
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str
    timeout: float = 20.0  # seconds per attempt (connect, each read)
    pause: float = 1.0  # seconds between two request starts to one host
    max_wait: float = 60.0  # the longest Retry-After a run waits; longer asks leave the link `unknown`


class HostGate:
    """Space request starts to one host by `pause`, and hold them all back while a 429's Retry-After runs."""

    def __init__(self, pause: float, sleep: Sleep, clock: Callable[[], float] = time.monotonic):
        self._pause, self._sleep, self._clock = pause, sleep, clock
        self._next = 0.0
        self._lock = threading.Lock()

    def wait_turn(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._pause
        if start > now:
            self._sleep(start - now)

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._next = max(self._next, self._clock() + seconds)


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}"


def check_urls(urls: Iterable[str], options: FetchOptions, sleep: Sleep = time.sleep) -> dict[str, Answer]:
    """Check each distinct URL once; at most PER_HOST lanes work through one host's queue at a time."""
    queues: dict[str, deque[str]] = {}
    for url in sorted(set(urls)):
        queues.setdefault(host_of(url), deque()).append(url)
    lanes = [(host, queue) for host, queue in queues.items() for _ in range(min(PER_HOST, len(queue)))]
    answers: dict[str, Answer] = {}
    if not lanes:
        return answers
    gates = {host: HostGate(options.pause, sleep) for host in queues}
    with _client(options, min(MAX_LANES, len(lanes))) as client, \
            ThreadPoolExecutor(max_workers=min(MAX_LANES, len(lanes))) as pool:
        jobs = [pool.submit(_work, client, queue, gates[host], options, answers) for host, queue in lanes]
        for job in jobs:
            job.result()
    return answers


def _client(options: FetchOptions, lanes: int) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": options.user_agent, "Accept-Language": "en;q=1.0, *;q=0.5",
                 "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"},
        timeout=options.timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS, trust_env=True,
        limits=httpx.Limits(max_connections=lanes + 2, max_keepalive_connections=lanes + 2))


def _work(client: httpx.Client, queue: deque[str], gate: HostGate, options: FetchOptions,
          answers: dict[str, Answer]) -> None:
    while True:
        try:
            url = queue.popleft()  # atomic: the host's two lanes never take the same link
        except IndexError:
            return
        answers[url] = check_url(client, url, gate, options)


def check_url(client: httpx.Client, url: str, gate: HostGate, options: FetchOptions) -> Answer:
    """HEAD, then GET when the answer needs it (module docstring), within MAX_ATTEMPTS."""
    method, answer = "HEAD", Answer(url)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        gate.wait_turn()
        answer = _attempt(client, method, url, options)
        if answer.status == 429:
            wait = retry_after(answer.headers.get("retry-after"))
            if wait > options.max_wait:
                return _with_detail(answer, f"asked to wait {wait:.0f} s, longer than a run waits "
                                            f"({options.max_wait:.0f} s)")
            if attempt == MAX_ATTEMPTS:
                return _with_detail(answer, f"on all {MAX_ATTEMPTS} attempts")
            gate.hold(wait)
            method = "GET"
        elif method == "HEAD" and _needs_get(answer):
            method = "GET"
        else:
            return answer
    return answer


def _with_detail(answer: Answer, detail: str) -> Answer:
    return Answer(answer.url, answer.status, answer.final_url, answer.redirected, answer.text, answer.headers,
                  answer.failure, detail)


def _needs_get(head: Answer) -> bool:
    if head.status in HEAD_REFUSED or head.status in GONE:
        return True
    return head.status is not None and 200 <= head.status < 300 and _is_text(head.headers.get("content-type"))


def _is_text(content_type: str | None) -> bool:
    return not content_type or content_type.split(";")[0].strip().lower() in TEXT_TYPES


def retry_after(value: str | None, now: dt.datetime | None = None) -> float:
    """Seconds a Retry-After header asks for (delay-seconds or an HTTP date); a default when absent or unreadable."""
    if not value:
        return NO_RETRY_AFTER
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return NO_RETRY_AFTER
    if moment.tzinfo is None:  # a date in "-0000": UTC, as HTTP dates are
        moment = moment.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)  # the real clock: the server's wait is real time
    return max((moment - now).total_seconds(), 0.0)


def _attempt(client: httpx.Client, method: str, url: str, options: FetchOptions) -> Answer:
    """One request (redirects followed); every outcome, an answer or none, comes back as an Answer."""
    try:
        with client.stream(method, url) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            text = _read_text(response, options.timeout) if method == "GET" else ""
            return Answer(url, response.status_code, str(response.url), bool(response.history), text, headers)
    except httpx.TooManyRedirects:
        return Answer(url, failure="redirects", detail=f"more than {MAX_REDIRECTS}")
    except httpx.TimeoutException:
        return Answer(url, failure="timeout", detail=f"nothing within {options.timeout:g} s")
    except httpx.ProxyError as exc:
        return Answer(url, failure="connect", detail=f"the proxy refused ({exc})")
    except httpx.ConnectError as exc:
        return Answer(url, failure=_connect_failure(str(exc)), detail=str(exc) or type(exc).__name__)
    except httpx.HTTPError as exc:  # the connection broke mid-answer, a malformed answer
        return Answer(url, failure="connect", detail=str(exc) or type(exc).__name__)


def _connect_failure(message: str) -> str:
    lowered = message.lower()
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return "tls"
    if any(s in lowered for s in ("name or service not known", "nodename nor servname", "getaddrinfo",
                                  "name resolution", "no address associated", "errno -2", "errno -3", "errno -5")):
        return "dns"
    return "connect"


def _read_text(response: httpx.Response, timeout: float) -> str:
    """The visible text of the first MAX_BODY bytes of a text answer; "" for anything else (a PDF, an image)."""
    content_type = response.headers.get("content-type")
    if not _is_text(content_type):
        return ""
    deadline, body = time.monotonic() + timeout, bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) >= MAX_BODY or time.monotonic() > deadline:
            break
    try:
        decoded = bytes(body[:MAX_BODY]).decode(response.charset_encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        decoded = bytes(body[:MAX_BODY]).decode("utf-8", errors="replace")
    is_plain = (content_type or "").split(";")[0].strip().lower() == "text/plain"
    return normalise(decoded) if is_plain else visible_text(decoded)
