"""One announce run: read the live roles, work out what each channel has not been told, tell it, record it."""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .roles import Board, Role, load_roles
from .state import DIGEST, FIRST_RUN, MESSAGE, State, load_state, save_state
from .targets import Channel, Mastodon, SendFailure, Sleep, Target, Telegram, deliver

DIGEST_THRESHOLD = 10

Echo = Callable[[str], None]


@dataclass(frozen=True)
class AnnounceOptions:
    site: str  # a built site's folder or a deployed site's URL
    state_path: Path
    dry_run: bool = False
    digest_threshold: int = DIGEST_THRESHOLD  # more new roles than this for one channel: one digest message
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))


@dataclass
class AnnounceResult:
    messages: int = 0
    announced: int = 0
    pending: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0


def channel_roles(board: Board, roles: tuple[Role, ...], env: Mapping[str, str]) -> tuple[
        list[tuple[Channel, list[Role]]], list[str]]:
    """Each channel with the open roles it carries, and a line for every Telegram link a bot cannot post to.

    Channels come from the categories, not the roles, so a channel is known (and its first role news) even
    while its category has no open roles."""
    telegram, problems = Telegram(env), []
    grouped: dict[str, tuple[Channel, list[Role]]] = {}
    for category in board.categories:
        if not category.telegram:
            continue
        chat = telegram.chat_for(category.telegram)
        if chat is None:
            problems.append(f"{category.label}: the telegram link {category.telegram} is not a public channel "
                            f"(https://t.me/NAME); change it in site.yaml to announce these roles")
            continue
        channel = Channel(f"telegram:{chat}", f"Telegram {chat}", telegram, chat, category.id, category.label)
        members = grouped.setdefault(channel.key, (channel, []))[1]
        members.extend(r for r in roles if r.category_id == category.id)
    pairs = sorted(grouped.values(), key=lambda pair: pair[0].key)
    if env.get("MASTODON_API_URL"):
        pairs.append((Mastodon(env).channel(), list(roles)))
    return pairs, problems


def announce(options: AnnounceOptions, echo: Echo = print, sleep: Sleep = time.sleep,
             now: dt.datetime | None = None) -> AnnounceResult:
    """Announce every open role that no channel has heard of; see docs/announce.md."""
    now = now or dt.datetime.now(dt.timezone.utc)
    board, roles = load_roles(options.site, now)
    state = load_state(options.state_path)
    pairs, problems = channel_roles(board, roles, options.env)
    result = AnnounceResult(problems=problems)
    for line in problems:
        echo(line)
    if not state.existed:
        return _first_run(options, state, pairs, now, echo, result)
    failed: set[str] = set()
    for channel, members in pairs:
        _announce_channel(options, state, channel, members, board, now, echo, sleep, result, failed)
    if not options.dry_run:
        state.forget_gone({r.id for r in roles}, now)
        save_state(state)
    echo(_summary(result, options.dry_run))
    return result


def _first_run(options: AnnounceOptions, state: State, pairs: list[tuple[Channel, list[Role]]],
               now: dt.datetime, echo: Echo, result: AnnounceResult) -> AnnounceResult:
    """No state file yet: everything already open is old news. Record it all and send nothing."""
    for channel, members in pairs:
        state.record(channel.key, [r.id for r in members], FIRST_RUN, now)
    count = len({r.id for _, members in pairs for r in members})
    verb = "would record" if options.dry_run else "recorded"
    if not options.dry_run:
        save_state(state)
    echo(f"First run: {verb} {count} open role(s) for {len(pairs)} channel(s) in {options.state_path} and "
         "sent nothing; later runs announce the roles that are new since.")
    return result


def _announce_channel(options: AnnounceOptions, state: State, channel: Channel, members: list[Role],
                      board: Board, now: dt.datetime, echo: Echo, sleep: Sleep, result: AnnounceResult,
                      failed: set[str]) -> None:
    if not state.knows(channel.key):  # a channel added since the last run starts the way a first run does
        if not options.dry_run:
            state.record(channel.key, [r.id for r in members], FIRST_RUN, now)
            save_state(state)
        echo(f"{channel.label}: new channel; {'would record' if options.dry_run else 'recorded'} its "
             f"{len(members)} open role(s) and sent nothing.")
        return
    known = state.announced(channel.key)
    pending = sorted((r for r in members if r.id not in known), key=lambda r: (r.posted, r.id))
    if not pending:
        return
    if options.dry_run:
        _show(channel, pending, board, options.digest_threshold, echo)
        return
    target = channel.target
    if target.name in failed or not target.configured:
        reason = "not tried after the error above" if target.name in failed else target.missing
        _give_up(channel, pending, reason, echo, result)
        return
    unsent = list(pending)
    try:
        if len(pending) > options.digest_threshold:
            _send(channel, target.digest(channel, pending, board), pending, DIGEST, state, now, sleep, result)
            echo(f"{channel.label}: sent one digest of {len(pending)} new roles.")
            return
        for role in pending:
            if role is not pending[0]:
                sleep(target.pause)
            _send(channel, target.message(role), [role], MESSAGE, state, now, sleep, result)
            unsent.remove(role)
            echo(f"{channel.label}: announced {role.title} at {role.company} ({role.url})")
    except SendFailure as exc:
        _give_up(channel, unsent, str(exc), echo, result)
        if exc.whole_target:
            failed.add(target.name)


def _send(channel: Channel, text: str, roles: list[Role], how: str, state: State, now: dt.datetime,
          sleep: Sleep, result: AnnounceResult) -> None:
    """Deliver one message, then record its roles on disk before anything else can go wrong."""
    deliver(channel, text, " ".join(r.id for r in roles), sleep)
    state.record(channel.key, [r.id for r in roles], how, now)
    save_state(state)
    result.messages += 1
    result.announced += len(roles)


def _give_up(channel: Channel, pending: list[Role], reason: str, echo: Echo, result: AnnounceResult) -> None:
    line = f"{channel.label}: {reason}; {len(pending)} role(s) stay pending for the next run"
    result.problems.append(line)
    result.pending += len(pending)
    echo(line)


def _show(channel: Channel, pending: list[Role], board: Board, threshold: int, echo: Echo) -> None:
    target = channel.target
    if len(pending) > threshold:
        texts = [target.digest(channel, pending, board)]
    else:
        texts = [target.message(role) for role in pending]
    echo(f"{channel.label}: would send {len(texts)} message(s) for {len(pending)} new role(s):")
    for text in texts:
        echo("  " + text.replace("\n", "\n  ") + "\n")


def _summary(result: AnnounceResult, dry_run: bool) -> str:
    if dry_run:
        return "Dry run: nothing was sent and the state file was not changed."
    if not result.messages and not result.pending:
        return "Nothing new to announce."
    return (f"Sent {result.messages} message(s) announcing {result.announced} role(s); "
            f"{result.pending} role(s) pending.")
