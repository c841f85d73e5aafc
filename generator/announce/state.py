"""What was announced where and when: a small JSON file, replaced atomically after every successful send.

    {"version": 1,
     "channels": {"telegram:@frontierjobs_ai": {"<role id>": {"at": "2026-12-01T13:05:00Z", "as": "message"}}}}

`as` is `first-run` (recorded when the channel was first seen, never sent), `message` or `digest`. A crash
can lose at most the send in flight: everything sent before it is already on disk.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import write_atomically
from .roles import AnnounceError

STATE_VERSION = 1
# A role that left the site is forgotten this long after it was recorded, so the file does not grow forever;
# until then a role that comes back (a fixed expiry date, a reverted removal) is not announced twice.
FORGET_AFTER = dt.timedelta(days=90)

FIRST_RUN, MESSAGE, DIGEST = "first-run", "message", "digest"


@dataclass
class State:
    """The state file's contents; `channels` maps a channel key to {role id: {"at": …, "as": …}}."""

    path: Path
    channels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    existed: bool = False

    def knows(self, channel: str) -> bool:
        return channel in self.channels

    def announced(self, channel: str) -> dict[str, dict[str, str]]:
        return self.channels.get(channel, {})

    def record(self, channel: str, role_ids: list[str], how: str, now: dt.datetime) -> None:
        entries = self.channels.setdefault(channel, {})
        for role_id in role_ids:
            entries[role_id] = {"at": timestamp(now), "as": how}

    def forget_gone(self, live_ids: set[str], now: dt.datetime) -> None:
        for entries in self.channels.values():
            for role_id in [r for r, e in entries.items() if r not in live_ids and _age(e, now) > FORGET_AFTER]:
                del entries[role_id]


def timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _age(entry: dict[str, str], now: dt.datetime) -> dt.timedelta:
    return now - dt.datetime.fromisoformat(entry["at"].replace("Z", "+00:00"))


def load_state(path: Path) -> State:
    """Read the state file; a missing file is a first run, an unreadable one stops the run (never guess)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return State(path)
    except OSError as exc:
        raise AnnounceError(f"{path}: {exc.strerror}") from None
    try:
        doc = json.loads(_decode(data))
        if doc.get("version") != STATE_VERSION or not isinstance(doc.get("channels"), dict):
            raise ValueError(f"expected version {STATE_VERSION} with a 'channels' object")
        _check_entries(doc["channels"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise AnnounceError(f"{path}: not an announce state file ({exc}); fix or remove it "
                            "(removing it makes the next run a first run, which sends nothing)") from None
    return State(path, doc["channels"], existed=True)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}") from None


def _check_entries(channels: dict[str, dict[str, dict[str, str]]]) -> None:
    """Refuse now what would fail later, after sending: every entry an object with an aware time and a kind."""
    for entries in channels.values():
        if not isinstance(entries, dict):
            raise ValueError("each channel must map role ids to entries")
        for entry in entries.values():
            if not isinstance(entry, dict) or not isinstance(entry.get("at"), str):
                raise ValueError("each entry needs an 'at' time and an 'as' kind")
            if dt.datetime.fromisoformat(entry["at"].replace("Z", "+00:00")).tzinfo is None:
                raise ValueError(f"'at' time {entry['at']!r} has no time zone (write it as 2026-12-01T13:05:00Z)")
            if entry.get("as") not in (FIRST_RUN, MESSAGE, DIGEST):
                raise ValueError(f"unknown 'as' value {entry.get('as')!r}")


def save_state(state: State) -> None:
    """Write the whole file beside the old one, flush it to disk, then rename it over: never half a file."""
    data = json.dumps({"version": STATE_VERSION, "channels": state.channels}, indent=2, sort_keys=True) + "\n"
    write_atomically(state.path, data)
    state.existed = True
