"""The services announcements go to, through their documented HTTP APIs, with one retry policy for both.

Telegram Bot API `sendMessage` (https://core.telegram.org/bots/api#sendmessage): one channel per category,
`chat_id` `@NAME` from the category's https://t.me/NAME link. Mastodon `POST /api/v1/statuses`
(https://docs.joinmastodon.org/methods/statuses/#create): one account for the whole board. Base URLs come from
the environment so tests and staging point them at another server.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import math
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

from . import messages
from .roles import Board, Role

REQUEST_TIMEOUT = 30  # seconds per attempt
BACKOFF = (2.0, 4.0, 8.0)  # waits before the 2nd, 3rd and 4th attempt after a 5xx or a network failure
MAX_RATE_LIMITED = 5  # 429s in a row for one message before giving up until the next run
# Longer waits than this are not worth holding a CI runner for: the roles stay pending and the next run
# (hourly) tries again. Telegram's flood control can ask for hours.
MAX_RETRY_AFTER = 120.0
CHANNEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")  # Telegram's rule for public usernames
# A bot token is '<bot id>:<secret>' (https://core.telegram.org/bots/api#authorizing-your-bot); a Mastodon token
# is printable ASCII. Anything else (a pasted trailing newline or space) would break the URL or the header, and
# the standard library's error quotes them, token included: refuse it up front and never show the value.
TELEGRAM_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")
PRINTABLE_TOKEN = re.compile(r"[\x21-\x7e]+")
TOKEN_VARIABLES = ("TELEGRAM_BOT_TOKEN", "MASTODON_ACCESS_TOKEN")

Sleep = Callable[[float], None]


class SendFailure(Exception):
    """A message that could not be sent this run; `whole_target` when no other channel of the target can work."""

    def __init__(self, reason: str, whole_target: bool = False):
        super().__init__(reason)
        self.whole_target = whole_target


@dataclass(frozen=True)
class Reply:
    status: int | None  # None: no HTTP answer at all (refused, timed out)
    headers: Mapping[str, str]
    body: bytes
    error: str = ""


class Target(Protocol):
    """A service: how to word messages for it, how to send one, and how to read its answers."""

    name: str
    pause: float  # seconds between two messages to one channel, to stay inside the service's limits
    configured: bool
    missing: str  # what to set when not configured

    def message(self, role: Role) -> str: ...
    def digest(self, channel: Channel, roles: list[Role], board: Board) -> str: ...
    def request(self, channel: Channel, text: str, key: str) -> urllib.request.Request: ...
    def retry_after(self, reply: Reply) -> float: ...
    def refusal(self, reply: Reply) -> SendFailure: ...


@dataclass(frozen=True)
class Channel:
    key: str  # in the state file: "telegram:@frontierjobs_ai", "mastodon:mastodon.example"
    label: str  # for people: "Telegram @frontierjobs_ai"
    target: Target
    chat: str = ""
    category_id: str = ""
    category: str = ""


def _json_body(reply: Reply) -> dict[str, Any]:
    try:
        data = json.loads(reply.body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
        return {}
    return data if isinstance(data, dict) else {}


class Telegram:
    name = "telegram"
    pause = 3.0  # Telegram asks bots for at most 20 messages a minute in one group or channel

    def __init__(self, env: Mapping[str, str]):
        self.base = env.get("TELEGRAM_API_URL", "https://api.telegram.org").rstrip("/")
        self.token = env.get("TELEGRAM_BOT_TOKEN", "")
        self.configured = bool(TELEGRAM_TOKEN.fullmatch(self.token))
        self.missing = _token_problem("TELEGRAM_BOT_TOKEN", self.token, "copied exactly from @BotFather")

    @staticmethod
    def chat_for(link: str) -> str | None:
        """'@NAME' for https://t.me/NAME; None for links a bot cannot post to (private invites, other sites)."""
        parts = urlsplit(link)
        name = parts.path.strip("/")
        if parts.hostname in ("t.me", "telegram.me") and CHANNEL_NAME.fullmatch(name):
            return "@" + name
        return None

    def message(self, role: Role) -> str:
        return messages.telegram_message(role)

    def digest(self, channel: Channel, roles: list[Role], board: Board) -> str:
        return messages.telegram_digest(roles, board, channel.category_id, channel.category)

    def request(self, channel: Channel, text: str, key: str) -> urllib.request.Request:
        payload = {"chat_id": channel.chat, "text": text, "parse_mode": "HTML",
                   # Bot API 7.0 replaced disable_web_page_preview with link_preview_options.
                   "link_preview_options": {"is_disabled": True}}
        return urllib.request.Request(f"{self.base}/bot{self.token}/sendMessage", method="POST",
                                      data=json.dumps(payload).encode(),
                                      headers={"Content-Type": "application/json"})

    def retry_after(self, reply: Reply) -> float:
        params = _json_body(reply).get("parameters")
        asked = params.get("retry_after") if isinstance(params, dict) else None
        return _delay(asked) or _delay(reply.headers.get("Retry-After")) or 1.0

    def refusal(self, reply: Reply) -> SendFailure:
        said = _json_body(reply).get("description") or reply.error or f"HTTP {reply.status}"
        hint = {401: "check the TELEGRAM_BOT_TOKEN secret",
                403: "add the bot to the channel as an administrator allowed to post",
                400: "check the category's telegram link in site.yaml and that the bot is in the channel"}
        return SendFailure(f"Telegram refused with {reply.status} ({said}): {hint.get(reply.status, 'see above')}",
                           whole_target=reply.status == 401)


class Mastodon:
    name = "mastodon"
    pause = 1.0

    def __init__(self, env: Mapping[str, str]):
        self.base = env.get("MASTODON_API_URL", "").rstrip("/")
        self.token = env.get("MASTODON_ACCESS_TOKEN", "")
        self.configured = bool(PRINTABLE_TOKEN.fullmatch(self.token))
        self.missing = (_token_problem("MASTODON_ACCESS_TOKEN", self.token, "copied exactly from the account's "
                                       "Development settings") if self.token
                        else "MASTODON_ACCESS_TOKEN is not set (MASTODON_API_URL is)")

    def channel(self) -> Channel:
        host = urlsplit(self.base).netloc
        return Channel(f"mastodon:{host}", f"Mastodon {host}", self)

    def message(self, role: Role) -> str:
        return messages.mastodon_message(role)

    def digest(self, channel: Channel, roles: list[Role], board: Board) -> str:
        return messages.mastodon_digest(roles, board)

    def request(self, channel: Channel, text: str, key: str) -> urllib.request.Request:
        # The same key for the same announcement: if a crash follows a post the server accepted, the retry by
        # the next run (within Mastodon's hour of keeping keys) returns the first status instead of a second.
        idempotency = hashlib.sha256(f"{channel.key}\n{key}".encode()).hexdigest()
        return urllib.request.Request(f"{self.base}/api/v1/statuses", method="POST",
                                      data=json.dumps({"status": text, "visibility": "public"}).encode(),
                                      headers={"Content-Type": "application/json", "Idempotency-Key": idempotency,
                                               "Authorization": f"Bearer {self.token}"})

    def retry_after(self, reply: Reply) -> float:
        if (wait := _delay(reply.headers.get("Retry-After"))) is not None:
            return wait
        try:  # Mastodon's own header, an ISO 8601 time
            reset = dt.datetime.fromisoformat(reply.headers.get("X-RateLimit-Reset", "").replace("Z", "+00:00"))
        except ValueError:
            return 60.0
        return _seconds_until(reset)

    def refusal(self, reply: Reply) -> SendFailure:
        said = _json_body(reply).get("error") or reply.error or f"HTTP {reply.status}"
        hint = "check the MASTODON_ACCESS_TOKEN secret (scope write:statuses)" if reply.status in (401, 403) \
            else "see above"
        return SendFailure(f"Mastodon refused with {reply.status} ({said}): {hint}", whole_target=True)


def _token_problem(variable: str, token: str, source: str) -> str:
    """Why a token cannot be used, in words that never include the token itself."""
    if not token:
        return f"{variable} is not set"
    return (f"{variable} is malformed (it holds a space, a line break or another character no token has): "
            f"set the secret again, {source}")


def hide_tokens(text: str, env: Mapping[str, str]) -> str:
    """`text` with every token from the environment (and its stripped form) replaced by ***."""
    for variable in TOKEN_VARIABLES:
        token = env.get(variable, "")
        for form in sorted({token, token.strip()}, key=len, reverse=True):
            if len(form) >= 4:  # a token so short would hide ordinary words; no real token is
                text = text.replace(form, "***")
    return text


def _delay(value: object) -> float | None:
    """Seconds a service asks to wait (delay-seconds, as a number or text, or an HTTP date); None when the value
    is missing or unreadable, so a server's garbled header ends in a default wait, never in a crash."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if 0 <= value < math.inf else None
    text = value.strip() if isinstance(value, str) else ""
    if text.isdigit():
        return float(text)
    try:
        return _seconds_until(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _seconds_until(moment: dt.datetime) -> float:
    if moment.tzinfo is None:  # "-0000" in an HTTP date, or an ISO time without an offset: UTC
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return max((moment - dt.datetime.now(dt.timezone.utc)).total_seconds(), 1.0)


def post(request: urllib.request.Request) -> Reply:
    """One HTTP attempt; every outcome, an HTTP error or no answer at all, comes back as a Reply."""
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, exc.headers, exc.read(), exc.reason)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        return Reply(None, {}, b"", str(getattr(exc, "reason", exc)))
    except (http.client.HTTPException, ValueError) as exc:
        # A URL or header the standard library will not send; its message quotes them, token included.
        raise SendFailure(f"the request could not be made ({type(exc).__name__}); check the service's "
                          "variables", whole_target=True) from None


def deliver(channel: Channel, text: str, key: str, sleep: Sleep) -> None:
    """Send one message: wait out 429s (up to a cap), retry 5xx and network failures with backoff, stop on 4xx."""
    target, rate_limited, failed = channel.target, 0, 0
    while True:
        reply = post(target.request(channel, text, key))
        if reply.status is not None and 200 <= reply.status < 300:
            return
        if reply.status == 429:
            rate_limited += 1
            wait = target.retry_after(reply)
            if wait > MAX_RETRY_AFTER or rate_limited > MAX_RATE_LIMITED:
                raise SendFailure(f"rate limited ({target.name} asks to wait {wait:.0f} s)", whole_target=True)
            sleep(wait)
        elif reply.status is None or reply.status >= 500:
            if failed == len(BACKOFF):
                what = f"HTTP {reply.status}" if reply.status else f"no answer ({reply.error})"
                raise SendFailure(f"{what} after {failed + 1} attempts")
            sleep(BACKOFF[failed])
            failed += 1
        else:
            raise target.refusal(reply)
