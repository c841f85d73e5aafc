"""A remote role's time-zone window and a visitor's offset: which windows hold an offset, and how many hours of
a working day the two share. The listing's "Works from my time zone" filter and the posting page's overlap line
get their answers from the build: the index carries each role's window (the browser compares one number with
two), and a posting page carries its overlap line for every offset in use (static/jobs-when.js picks one)."""
from __future__ import annotations

from ..load.schema import OFFSETS_IN_USE, utc_offset_label

WORKDAY_MINUTES = 8 * 60  # a 9-to-5 day: the span whose overlap the posting page reports

Window = tuple[int, int]  # (from, to), minutes east of UTC, west first


def window_label(window: Window) -> str:
    """'UTC−8 to UTC−3'; a window of one offset is just that offset."""
    west, east = window
    return utc_offset_label(west) if west == east else f"{utc_offset_label(west)} to {utc_offset_label(east)}"


def holds(window: Window | None, offset: int) -> bool:
    """Whether someone at `offset` lives inside the window (a role without a window holds no offset: it says
    nothing about hours, and the filter keeps only roles that say they fit)."""
    return window is not None and window[0] <= offset <= window[1]


def overlap_minutes(window: Window, offset: int) -> int:
    """Minutes of a working day at `offset` that fall inside a working day somewhere in the window: the full day
    inside it, less the distance to its nearest edge outside it."""
    distance = max(window[0] - offset, offset - window[1], 0)
    return max(WORKDAY_MINUTES - distance, 0)


def overlap_phrase(minutes: int) -> str:
    """'a full working day', '3.5 working hours', 'no working hours'."""
    if minutes >= WORKDAY_MINUTES:
        return "a full working day"
    if minutes <= 0:
        return "no working hours"
    hours = f"{minutes / 60:g}"
    return f"{hours} working {'hour' if hours == '1' else 'hours'}"


def overlaps_by_offset(window: Window) -> dict[str, str]:
    """What the posting page tells a visitor at each offset in use: the browser picks its own line."""
    return {str(at): f" (from your time zone, {utc_offset_label(at)}: {overlap_phrase(overlap_minutes(window, at))} "
                     "in common)" for at in OFFSETS_IN_USE}
