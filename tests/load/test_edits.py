"""generator/load/edits.py: the one-line front-matter edits of `jobsite links --fix` and `/extend N`.

Every layout the editor accepts is written out with the exact text it must give, and every refusal with the
words the reviewer reads (the edits' first tests sit with their callers in tests/commands/test_links_rules.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.load.edits import EditError, add_key, set_date

DAY = dt.date(2027, 1, 5)
BASE = "---\ntitle: x\nexpires: 2026-12-01\n---\nBody\n"


@pytest.mark.parametrize(("text", "closed", "extended"), [
    # YAML's other document end closes the front matter too: the new line goes before it.
    (BASE.replace("---\nBody", "...\nBody"),
     "---\ntitle: x\nexpires: 2026-12-01\nclosed: 2027-01-05\n...\nBody\n",
     "---\ntitle: x\nexpires: 2027-01-05\n...\nBody\n"),
    # A closing fence with trailing spaces is still the fence.
    (BASE.replace("---\nBody", "---  \nBody"),
     "---\ntitle: x\nexpires: 2026-12-01\nclosed: 2027-01-05\n---  \nBody\n",
     "---\ntitle: x\nexpires: 2027-01-05\n---  \nBody\n"),
    # A quoted date is rewritten as a date, its quotes dropped.
    (BASE.replace("2026-12-01", '"2026-12-01"'),
     '---\ntitle: x\nexpires: "2026-12-01"\nclosed: 2027-01-05\n---\nBody\n',
     "---\ntitle: x\nexpires: 2027-01-05\n---\nBody\n"),
    # The same words in the body are text, not a key: only the front matter's line moves.
    (BASE + "expires: 2026-01-01\n",
     "---\ntitle: x\nexpires: 2026-12-01\nclosed: 2027-01-05\n---\nBody\nexpires: 2026-01-01\n",
     "---\ntitle: x\nexpires: 2027-01-05\n---\nBody\nexpires: 2026-01-01\n"),
    # A tab before the date and a comment after it are kept.
    (BASE.replace("expires: 2026-12-01", "expires:\t2026-12-01 # agreed"),
     "---\ntitle: x\nexpires:\t2026-12-01 # agreed\nclosed: 2027-01-05\n---\nBody\n",
     "---\ntitle: x\nexpires:\t2027-01-05 # agreed\n---\nBody\n"),
])
def test_each_layout_gets_exactly_its_one_line(text: str, closed: str, extended: str) -> None:
    assert add_key(text, "closed", DAY) == closed
    assert set_date(text, "expires", DAY) == extended


@pytest.mark.parametrize(("text", "key", "message"), [
    (BASE.replace("---\nBody", "closed: 2026-11-20\n---\nBody"), "closed", "'closed' is already set"),
    ("title: x\n", "closed", "missing front matter"),
    # An empty file (a posting emptied on GitHub, read back by /extend): refused in words, not an IndexError.
    ("", "closed", "missing front matter"),
    ("", "expires", "missing front matter"),
    ("---\ntitle: x\n", "closed", "front matter is not closed: add a line '---' after the YAML keys"),
    ("---\n---\nBody\n", "closed", "front matter is empty: the required keys are missing"),
    ("---\n- title\n---\nBody\n", "expires", "front matter must be a set of 'key: value' lines"),
    # An indented mapping: the new line at the margin would break the YAML.
    ("---\n  title: x\n  expires: 2026-12-01\n---\n", "closed", "malformed YAML"),
    # Not a date on its own line: a date inside a list or a flow mapping is the reviewer's to edit.
    ("---\ntitle: x\nexpires: [2026-12-01]\n---\n", "expires",
     "'expires' is not written as 'expires: YYYY-MM-DD' on one line: edit this file by hand"),
    ("---\ntitle: x\nexpires: 2026-12-01 extra\n---\n", "expires",
     "'expires' is not written as 'expires: YYYY-MM-DD' on one line: edit this file by hand"),
    # Two lines that look like the key (one inside a quoted string): which one is meant is the reviewer's call.
    ('---\ntitle: x\nnotes: "a\nexpires: 2026-01-01"\nexpires: 2026-12-01\n---\n', "expires",
     "'expires' is not written as 'expires: YYYY-MM-DD' on one line: edit this file by hand"),
])
def test_an_edit_that_cannot_be_made_safely_says_why(text: str, key: str, message: str) -> None:
    edit = add_key if key == "closed" else set_date
    with pytest.raises(EditError) as refused:
        edit(text, key, DAY)
    assert message in str(refused.value)


def test_a_missing_date_is_added_as_the_last_key_with_the_files_line_endings() -> None:
    crlf = "---\r\ntitle: x\r\n---\r\nBody\r\n"
    assert set_date(crlf, "expires", DAY) == "---\r\ntitle: x\r\nexpires: 2027-01-05\r\n---\r\nBody\r\n"


def test_a_key_is_added_before_the_first_closing_fence_with_the_files_line_endings() -> None:
    """The last line of the front matter, before the first '---' after it (a '---' in the body is a rule), in
    the file's own line endings; every other byte as it was."""
    crlf = "---\r\ntitle: x\r\ntags: [a]\r\n---\r\nBody\r\n\r\n---\r\nMore\r\n"
    assert add_key(crlf, "closed", DAY) == ("---\r\ntitle: x\r\ntags: [a]\r\nclosed: 2027-01-05\r\n---\r\nBody\r\n"
                                           "\r\n---\r\nMore\r\n")
    assert set_date(crlf, "closed", DAY) == add_key(crlf, "closed", DAY)
