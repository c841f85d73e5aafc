"""The build's progress bar: quiet for a short build, then one bar per stage with its own label and count."""
from __future__ import annotations

import io
import sys

import pytest

from generator.base.progress import DelayedProgressBar


def test_each_stage_gets_its_own_bar_counting_from_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with DelayedProgressBar(delay=0) as progress:
        progress("Reading", 4, 10)
        progress("Reading", 10, 10)
        assert (progress.bar.label.strip(), progress.bar.pos, progress.bar.length) == ("Reading", 10, 10)
        progress("Writing", 30, 100)
        assert (progress.bar.label.strip(), progress.bar.pos, progress.bar.length) == ("Writing", 30, 100)
    assert progress.bar is None  # closed on leaving
    assert stream.getvalue().split() == ["Reading", "Writing"]


def test_a_bar_opened_late_starts_at_the_work_already_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    now = [100.0]
    monkeypatch.setattr("generator.base.progress.time.monotonic", lambda: now[0])
    with DelayedProgressBar(delay=1.0) as progress:
        now[0] += 0.5
        progress("Writing", 10, 100)
        assert progress.bar is None
        now[0] += 1.0
        progress("Writing", 40, 100)
        progress("Writing", 60, 100)
        assert progress.bar.pos == 60


def test_a_build_quicker_than_the_delay_draws_nothing_and_ends_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with DelayedProgressBar(delay=3600) as progress:
        progress("Reading", 5, 10)
        progress("Writing", 10, 10)
    assert (progress.bar, stream.getvalue()) == (None, "")


def test_a_finished_bar_ends_its_line_so_the_summary_starts_a_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with DelayedProgressBar(delay=0) as progress:
        progress("Writing", 3, 10)
    assert stream.getvalue().endswith("\n") and "Writing" in stream.getvalue()


def test_every_stage_s_label_takes_the_same_width_so_the_bars_line_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with DelayedProgressBar(delay=0) as progress:
        progress("Reading", 1, 10)
        assert progress.bar.label == "Reading" + " " * 11
        progress("Rendering search", 1, 10)
        assert progress.bar.label == "Rendering search  " and progress.bar.show_pos


def test_the_bar_appears_once_the_delay_has_passed_counted_from_entering(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    now = [100.0]
    monkeypatch.setattr("generator.base.progress.time.monotonic", lambda: now[0])
    progress = DelayedProgressBar(delay=1.0)
    now[0] += 5.0  # made long before the build starts: the delay counts from `with`, not from the constructor
    with progress:
        progress("Reading", 1, 10)
        assert progress.bar is None
        now[0] += 1.0  # exactly the delay: shown
        progress("Reading", 2, 10)
        assert progress.bar is not None and progress.bar.pos == 2


def test_on_a_terminal_a_stage_s_bar_ends_its_line_before_the_next_stage_s_bar_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    with DelayedProgressBar(delay=0) as progress:
        progress("Reading", 4, 10)
        progress("Writing", 3, 10)
    reading, _, writing = stream.getvalue().partition("Writing")
    assert "4/10" in reading and reading.rstrip("\r\x1b[?25l").endswith("\n")  # not drawn over the Reading bar
    assert "3/10" in writing and writing.endswith("\n")
