"""A posting's keys changed in place, every other line kept byte for byte (generator/ats/front_matter.py)."""
from __future__ import annotations

import datetime as dt

from generator.ats.front_matter import REMOVE, render_file, update_file

HAND = """---
# Reviewed by the hiring manager.
title: Old Title  # as on the careers page
company: acme
tags: [ros2, cpp]   # ours
locations:
- city: Berlin
  country: DE
# remote from 2027
workplace: onsite
remote_eligibility: [EU]
employment_type: full-time
posted: 2026-11-01
expires: 2026-12-31
apply_url: https://acme.example/jobs/1
---
Hand-written body.
"""


def test_changed_keys_are_replaced_where_they_are_and_the_rest_is_untouched() -> None:
    out = update_file(HAND, {"title": "New: Title", "locations": [{"city": "Paris", "country": "FR"}],
                             "remote_eligibility": REMOVE, "source": "lever:acme/1"})
    assert out == HAND.replace("title: Old Title  # as on the careers page", "title: 'New: Title'").replace(
        "- city: Berlin\n  country: DE\n", "  - {city: Paris, country: FR}\n").replace(
        "remote_eligibility: [EU]\n", "").replace("apply_url: https://acme.example/jobs/1\n",
                                                  "apply_url: https://acme.example/jobs/1\nsource: lever:acme/1\n")


def test_a_new_key_goes_after_the_key_before_it_in_the_schema_and_the_body_is_replaced_only_when_given() -> None:
    out = update_file(HAND, {"salary": {"min": 1, "max": 2, "currency": "EUR", "period": "year"}}, "New body.\n")
    assert "employment_type: full-time\nsalary: {min: 1, max: 2, currency: EUR, period: year}\nposted:" in out
    assert out.endswith("---\nNew body.\n")
    assert update_file(HAND, {}) == HAND
    assert update_file(HAND, {"closed": dt.date(2026, 11, 26)}).endswith(
        "expires: 2026-12-31\nclosed: 2026-11-26\napply_url: https://acme.example/jobs/1\n---\nHand-written body.\n")


def test_windows_line_endings_stay_windows_line_endings() -> None:
    crlf = HAND.replace("\n", "\r\n")
    out = update_file(crlf, {"title": "T", "closed": dt.date(2026, 11, 26)})
    assert "\ntitle: T\r\n" in out and "closed: 2026-11-26\r\n" in out and "\n" not in out.replace("\r\n", "")


def test_a_new_file_lists_its_keys_in_the_schemas_order() -> None:
    text = render_file({"source": "ashby:acme/x", "title": "T", "posted": dt.date(2026, 11, 1),
                        "locations": [{"city": "Belgrade", "country": "RS"}], "company": "acme"}, "Body.\n")
    assert text == ("---\ntitle: T\ncompany: acme\nlocations:\n  - {city: Belgrade, country: RS}\n"
                    "posted: 2026-11-01\nsource: ashby:acme/x\n---\nBody.\n")


SPACED = """---
# before any key

title: T
tags:
  # ours first
  - ros2

  - cpp
# after tags

company: acme
---
Body.
"""


def test_blank_and_comment_lines_inside_a_value_belong_to_it_and_those_after_it_stay_once() -> None:
    assert update_file(SPACED, {}) == SPACED
    assert update_file(SPACED, {"title": "U"}) == SPACED.replace("title: T\n", "title: U\n")
    inside = "tags:\n  # ours first\n  - ros2\n\n  - cpp\n"
    assert update_file(SPACED, {"tags": ["x"]}) == SPACED.replace(inside, "tags: [x]\n")
    assert update_file(SPACED, {"tags": REMOVE}) == SPACED.replace(inside, "")
    assert update_file(SPACED, {"company": REMOVE, "closed": dt.date(2026, 11, 26)}) == SPACED.replace(
        "company: acme\n", "closed: 2026-11-26\n")


def test_a_key_before_every_other_goes_after_the_files_opening_comments() -> None:
    text = "---\n# Imported from Lever.\n\ncompany: acme\n---\nBody.\n"
    assert update_file(text, {"title": "Role"}) == ("---\n# Imported from Lever.\n\ntitle: Role\ncompany: acme\n---\n"
                                                     "Body.\n")


def test_front_matter_closed_by_yamls_end_marker_is_updated_up_to_it_and_the_body_kept() -> None:
    """`...` closes front matter as `---` does (the check reads it so): the update stops there, and a `---` rule in
    the body is the body's."""
    text = "---\ntitle: Old\ncompany: acme\n...\nIntro.\n\n---\n\nMore.\n"
    assert update_file(text, {"title": "New"}) == "---\ntitle: New\ncompany: acme\n...\nIntro.\n\n---\n\nMore.\n"
    assert update_file(text, {"closed": dt.date(2026, 11, 26)}).startswith(
        "---\ntitle: Old\ncompany: acme\nclosed: 2026-11-26\n...\nIntro.\n")
