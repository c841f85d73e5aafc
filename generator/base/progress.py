"""A click progress bar that appears only once a build has run for a second: small sites stay quiet."""
from __future__ import annotations

import sys
import time
from typing import Any

import click

DELAY_SECONDS = 1.0


class DelayedProgressBar:
    """A `Progress` callback (what, done, total) that draws click's bar on stderr after DELAY_SECONDS."""

    def __init__(self, delay: float = DELAY_SECONDS):
        self.delay = delay
        self.started = time.monotonic()
        self.bar: Any = None
        self.what = ""
        self.shown = 0

    def __enter__(self) -> DelayedProgressBar:
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.bar is None and time.monotonic() - self.started < self.delay:
            return
        if self.bar is None or what != self.what:
            self._open(what, total)
        self.bar.update(done - self.shown)
        self.shown = done

    def _open(self, what: str, total: int) -> None:
        self._close()
        self.bar = click.progressbar(length=total, label=f"{what:<18}", file=sys.stderr,
                                     show_pos=True)
        self.bar.__enter__()
        self.what, self.shown = what, 0

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
