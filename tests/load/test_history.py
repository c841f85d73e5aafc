"""When each content file last changed, read from `git log` (load/history.py); builds that show it are in
tests/render/test_post_a_job.py."""
from __future__ import annotations

import datetime as dt

from generator.load.history import parse_log


def test_parse_log_takes_each_files_newest_commit_as_a_utc_day() -> None:
    output = ("\x011795408200 abc\0\njobs/a/b.md\0\0"  # 2026-11-23 04:30 UTC, a commit with a parent
              "\x011795168800 \0\njobs/a/b.md\0jobs/a/é x.md\0")  # 2026-11-20, the root commit
    dates, from_root = parse_log(output)
    assert dates == {"jobs/a/b.md": dt.date(2026, 11, 23), "jobs/a/é x.md": dt.date(2026, 11, 20)}
    assert from_root == {"jobs/a/é x.md"}
    assert parse_log("") == ({}, set())


def test_parse_log_decides_each_token_by_its_place() -> None:
    # a path before any commit header has no day; a merge's parents make it no root; a path seen again in an
    # older commit keeps its newest day; the root commit's own paths are the only ones from the root
    output = ("jobs/early.md\0"
              "\x011795408200 abc def\0\njobs/a/merged.md\0\0"  # 2026-11-23, a merge (two parents)
              "\x011795254400 abc\0\njobs/a/merged.md\0jobs/a/mid.md\0\0"  # 2026-11-21
              "\x011795168800 \0\njobs/a/mid.md\0jobs/a/root.md\0")  # 2026-11-20, the root
    assert parse_log(output) == ({"jobs/a/merged.md": dt.date(2026, 11, 23), "jobs/a/mid.md": dt.date(2026, 11, 21),
                                  "jobs/a/root.md": dt.date(2026, 11, 20)}, {"jobs/a/root.md"})
