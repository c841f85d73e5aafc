"""Time-zone windows: how offsets are read and written, which windows hold an offset, and what they share."""
from __future__ import annotations

import pytest

from generator.load.files import SourceFile
from generator.load.schema import INVALID, OFFSETS_IN_USE, Checker, UtcOffset, utc_offset_label, utc_offset_text
from generator.model.time_zones import holds, overlap_minutes, overlap_phrase, overlaps_by_offset, window_label


def check_offset(text: object) -> tuple[object, list[str]]:
    src = SourceFile("role.md", "role", "", "", {"at": text}, {}, {})
    c = Checker(src)
    return UtcOffset().check(text, ("at",), c), [p.message for p in c.problems]


@pytest.mark.parametrize("text, minutes", [
    ("UTC-8", -480), ("UTC+0", 0), ("UTC-0", 0), ("UTC+5:30", 330), ("UTC+05:45", 345), ("UTC−3", -180),
    ("UTC+14", 840), ("UTC-12", -720), (" UTC-9:30 ", -570),
])
def test_offsets_read_as_minutes_east_of_utc(text: str, minutes: int) -> None:
    assert check_offset(text) == (minutes, [])


@pytest.mark.parametrize("text, message", [
    ("UTC-12:30", "at: UTC-12:30 is outside UTC-12 … UTC+14, the offsets people live at"),
    ("UTC+14:15", "at: UTC+14:15 is outside UTC-12 … UTC+14, the offsets people live at"),
    ("UTC+5:60", "at: 'UTC+5:60' is not an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30"),
    ("UTC", "at: 'UTC' is not an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30"),
    ("Europe/Berlin", "at: 'Europe/Berlin' is not an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30"),
    (-8, "at: expected an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30, got a number (-8)"),
])
def test_bad_offsets_say_how_to_write_one(text: object, message: str) -> None:
    assert check_offset(text) == (INVALID, [message])


def test_labels_use_a_true_minus_and_front_matter_reads_them_back() -> None:
    assert [utc_offset_label(m) for m in (-480, 0, 330, -570, 840, 305)] == ["UTC−8", "UTC+0", "UTC+5:30",
                                                                            "UTC−9:30", "UTC+14", "UTC+5:05"]
    for minutes in OFFSETS_IN_USE:
        assert check_offset(utc_offset_text(minutes)) == (minutes, [])
    assert list(OFFSETS_IN_USE) == sorted(OFFSETS_IN_USE)  # west to east: the form compares list positions
    assert window_label((-480, -180)) == "UTC−8 to UTC−3" and window_label((330, 330)) == "UTC+5:30"


def test_a_window_holds_the_offsets_between_its_ends() -> None:
    americas, europe = (-480, -180), (0, 180)
    assert holds(americas, -300) and not holds(europe, -300)  # New York in winter
    assert holds(europe, 60) and not holds(americas, 60)  # Berlin in winter
    assert holds(americas, -480) and holds(americas, -180)  # ends included
    assert not holds(None, 0)  # a role that names no hours promises none


@pytest.mark.parametrize("offset, minutes, phrase", [
    (-300, 480, "a full working day"), (60, 240, "4 working hours"), (45, 255, "4.25 working hours"),
    (450, 0, "no working hours"), (240, 60, "1 working hour"), (30, 270, "4.5 working hours"),
])
def test_overlap_is_a_working_day_less_the_distance_to_the_window(offset: int, minutes: int, phrase: str) -> None:
    assert overlap_minutes((-480, -180), offset) == minutes
    assert overlap_phrase(minutes) == phrase


def test_the_page_carries_a_line_for_every_offset_in_use() -> None:
    lines = overlaps_by_offset((-480, -180))
    assert list(lines) == [str(m) for m in OFFSETS_IN_USE]
    assert lines["-300"] == " (from your time zone, UTC−5: a full working day in common)"
    assert lines["60"] == " (from your time zone, UTC+1: 4 working hours in common)"
