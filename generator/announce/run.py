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
from .targets import Channel, Mastodon, SendFailure, Sleep, Telegram, deliver

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
    run = _Run(options, state, board, now, echo, sleep, AnnounceResult(problems=problems))
    for line in problems:
        echo(line)
    if not state.existed:
        return run.first_run(pairs)
    for channel, members in pairs:
        run.channel(channel, members)
    if not options.dry_run:
        state.forget_gone({r.id for r in roles}, now)
        save_state(state)
    echo(_summary(run.result, options.dry_run))
    return run.result


@dataclass
class _Run:
    """One run's fixed inputs and running tally, so each step below reads as what it does."""

    options: AnnounceOptions
    state: State
    board: Board
    now: dt.datetime
    echo: Echo
    sleep: Sleep
    result: AnnounceResult
    failed: set[str] = field(default_factory=set)  # targets that cannot work this run (a bad token, flood wait)

    def first_run(self, pairs: list[tuple[Channel, list[Role]]]) -> AnnounceResult:
        """No state file yet: everything already open is old news. Record it all and send nothing."""
        for channel, members in pairs:
            self.state.record(channel.key, [r.id for r in members], FIRST_RUN, self.now)
        if not self.options.dry_run:
            save_state(self.state)
        count = len({r.id for _, members in pairs for r in members})
        self.echo(f"First run: {self._verb} {count} open role(s) for {len(pairs)} channel(s) in "
                  f"{self.options.state_path} without sending them; later runs announce the roles that are new since.")
        return self.result

    @property
    def _verb(self) -> str:
        return "would record" if self.options.dry_run else "recorded"

    def channel(self, channel: Channel, members: list[Role]) -> None:
        if not self.state.knows(channel.key):  # a channel added since the last run starts like a first run
            if not self.options.dry_run:
                self.state.record(channel.key, [r.id for r in members], FIRST_RUN, self.now)
                save_state(self.state)
            self.echo(f"{channel.label}: new channel; {self._verb} its {len(members)} "
                      "open role(s) without sending them.")
            return
        known = self.state.announced(channel.key)
        pending = sorted((r for r in members if r.id not in known), key=lambda r: (r.posted, r.id))
        if not pending:
            return
        if self.options.dry_run:
            self.show(channel, pending)
        elif channel.target.name in self.failed:
            self.give_up(channel, pending, "not tried after the error above")
        elif not channel.target.configured:
            self.give_up(channel, pending, channel.target.missing)
        else:
            self.deliver_all(channel, pending)

    def deliver_all(self, channel: Channel, pending: list[Role]) -> None:
        """One digest for many roles, else one message each; on a failure the unsent ones stay pending."""
        target, unsent = channel.target, list(pending)
        try:
            if len(pending) > self.options.digest_threshold:
                self.send(channel, target.digest(channel, pending, self.board), pending, DIGEST)
                self.echo(f"{channel.label}: sent one digest of {len(pending)} new roles.")
                return
            for role in pending:
                if role is not pending[0]:
                    self.sleep(target.pause)
                self.send(channel, target.message(role), [role], MESSAGE)
                unsent.remove(role)
                self.echo(f"{channel.label}: announced {role.title} at {role.company} ({role.url})")
        except SendFailure as exc:
            self.give_up(channel, unsent, str(exc))
            if exc.whole_target:
                self.failed.add(target.name)

    def send(self, channel: Channel, text: str, roles: list[Role], how: str) -> None:
        """Deliver one message, then record its roles on disk before anything else can go wrong."""
        deliver(channel, text, " ".join(r.id for r in roles), self.sleep)
        self.state.record(channel.key, [r.id for r in roles], how, self.now)
        save_state(self.state)
        self.result.messages += 1
        self.result.announced += len(roles)

    def give_up(self, channel: Channel, pending: list[Role], reason: str) -> None:
        line = f"{channel.label}: {reason}; {len(pending)} role(s) stay pending for the next run"
        self.result.problems.append(line)
        self.result.pending += len(pending)
        self.echo(line)

    def show(self, channel: Channel, pending: list[Role]) -> None:
        target = channel.target
        if len(pending) > self.options.digest_threshold:
            texts = [target.digest(channel, pending, self.board)]
        else:
            texts = [target.message(role) for role in pending]
        self.echo(f"{channel.label}: would send {len(texts)} message(s) for {len(pending)} new role(s):")
        for text in texts:
            self.echo("  " + text.replace("\n", "\n  ") + "\n")


def _summary(result: AnnounceResult, dry_run: bool) -> str:
    if dry_run:
        return "Dry run: nothing was sent and the state file was not changed."
    if not result.messages and not result.pending:
        return "Nothing new to announce."
    return (f"Sent {result.messages} message(s) announcing {result.announced} role(s); "
            f"{result.pending} role(s) pending.")
