"""One HTTP policy for the three ATS APIs: a timeout per attempt, retries for 5xx and network failures,
`Retry-After` honoured on 429 up to a cap, and every failure one line naming the source."""
from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from .jobs import Source, board_failure

TIMEOUT = 30.0  # seconds per attempt; a whole board comes in one answer of a few MB
BACKOFF = (1.0, 3.0)  # waits before the 2nd and 3rd attempt after a 5xx, a timeout or a refused connection
MAX_RETRY_AFTER = 60.0  # a longer wait is not worth holding a CI runner for: the next daily run tries again
MAX_RATE_LIMITED = 5  # 429s in a row for one board before giving up
USER_AGENT = "jobsite-import"  # says who reads the board, as the APIs ask of integrations

Sleep = Callable[[float], None]
_sleep: Sleep = time.sleep  # tests replace it to see the waits without waiting


def get_json(source: Source, url: str, client: httpx.Client, sleep: Sleep | None = None) -> Any:
    """GET `url` and decode its JSON, or raise ImportFailure with one line naming `source`."""
    sleep = sleep or _sleep
    failures, rate_limited = 0, 0
    while True:
        try:
            reply = client.get(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT},
                               timeout=TIMEOUT)
        except httpx.TimeoutException:
            failures += 1
            problem = f"no answer from {_host(url)} within {TIMEOUT:g} s"
        except httpx.TransportError as exc:
            failures += 1
            problem = f"cannot reach {_host(url)} ({_reason(exc)})"
        else:
            if reply.status_code == 429:
                rate_limited += 1
                sleep(_rate_limit_wait(source, reply, rate_limited))
                continue
            if reply.status_code < 500:
                return _decode(source, url, reply)
            failures += 1
            problem = f"{_host(url)} answered HTTP {reply.status_code}"
        if failures > len(BACKOFF):
            raise board_failure(source, f"{problem} ({failures} attempts)")
        sleep(BACKOFF[failures - 1])


def _decode(source: Source, url: str, reply: httpx.Response) -> Any:
    if reply.status_code == 404:
        raise board_failure(source, f"no such board (HTTP 404 from {_host(url)}): check the board name in the "
                                    "company's `ats` list or on its careers page")
    if reply.status_code >= 400:
        raise board_failure(source, f"{_host(url)} refused the request (HTTP {reply.status_code})")
    try:
        return json.loads(reply.content)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the decoder goes
        raise board_failure(source, f"the answer from {_host(url)} is not valid JSON ({_first_line(exc)})") from None


def _rate_limit_wait(source: Source, reply: httpx.Response, count: int) -> float:
    """Seconds to wait as the 429's Retry-After asks (seconds or an HTTP date); fail past the cap."""
    wait = retry_after_seconds(reply.headers.get("Retry-After"))
    if count > MAX_RATE_LIMITED or wait > MAX_RETRY_AFTER:
        raise board_failure(source, f"rate limited by {reply.url.host} (HTTP 429, Retry-After {wait:g} s, {count} in "
                                    "a row): run the import again later")
    return wait


def retry_after_seconds(value: str | None, now: float | None = None) -> float:
    """Read Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); 1 s when absent or unreadable."""
    text = (value or "").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):
        return 1.0
    return max(0.0, when - (time.time() if now is None else now))


def _host(url: str) -> str:
    return httpx.URL(url).host or url


def _reason(exc: Exception) -> str:
    return _first_line(exc) or type(exc).__name__


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
