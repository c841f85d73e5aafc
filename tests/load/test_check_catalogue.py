"""The catalogue of mistakes a newcomer can make, each with the exact message `jobsite check` prints.

Every case writes a small content tree, runs the build's own validation plus a render to memory, and compares
the whole report: one message per problem, nothing else, at the file-absolute line and column.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.check import check_content
from generator.config import make_options
from generator.load import schema
from generator.load.files import ContentFile, read_source
from generator.load.markdown import render_markdown
from generator.load.posting_rules import broken_rules
from generator.load.schema import check_document
from generator.load.validate import check_company_categories, check_source

from ..conftest import CLOCK, REPO, basic_tree, templates_with_line, write_tree

# Lines: 1 '---', 2 title, 3 company, 4 category, 5 tags, 6 workplace, 7-8 locations, 9 employment_type,
# 10 posted, 11 apply_url, 12 '---', 13 the description.
POSTING = """---
title: Senior Robotics Engineer
company: acme
category: robotics
tags: [ros2, cpp]
workplace: onsite
locations:
  - {city: Berlin, country: DE}
employment_type: full-time
posted: 2026-11-01
apply_url: https://acme.example/careers/senior-robotics-engineer
---
Acme is hiring.
"""
ROLE = "jobs/acme/role.md"
LONG_STORY = ("Acme builds robots that fold laundry in hotels and hospitals across Europe. You will join the "
              "perception team and own the grasp planner from data collection to the robot on the floor, write "
              "ROS 2 nodes in modern C++, measure every change against our benchmark of three thousand garments, "
              "and visit a customer site once a quarter to watch the robots at work.")
REMOTE_AT = "workplace: onsite\nlocations:\n  - {city: Berlin, country: DE}"  # edited into a remote role
AT = "content/jobs/acme/role.md"
# basic_tree() turns the pay-transparency checks off; these entries need them on.
PAY_ON_SITE = ("title: Test Board\nbase_url: https://board.example\ndescription: Roles.\nlanguage: en\n"
               "categories:\n  - {id: robotics, label: Robotics}\n")
ACME_IDLE = "content/companies/acme.md:2:1: info: company has no open postings; its page lists none"


def edit(old: str, new: str) -> str:
    assert old in POSTING, old
    return POSTING.replace(old, new, 1)


def salary(text: str) -> str:
    return edit("posted:", f"salary: {text}\nposted:")


Check = Callable[[dict[str, str | bytes]], list[str]]


@pytest.fixture
def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Check:
    """Run the check on the basic tree with the given files replacing or adding to it; return report lines."""
    monkeypatch.chdir(tmp_path)

    def run(files: dict[str, str | bytes], templates: Path = REPO / "templates") -> list[str]:
        tree = basic_tree()
        del tree["jobs/acme/senior-robotics-engineer.md"]
        write_tree(tmp_path / "content", {**tree, **files})
        options = make_options("content", "site", templates=templates, clock=CLOCK)
        problems = check_content(options)
        assert not (tmp_path / "site").exists()  # a check never writes the site
        return [p.format() for p in problems]

    return run


CATALOGUE = {
    "malformed YAML, at the parser's own line": (
        {ROLE: edit("tags: [ros2, cpp]", "tags: [ros2, cpp")},
        [f"{AT}:6:10: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence that "
         "starts on line 5)"]),
    "missing front matter fence": (
        {ROLE: POSTING.removeprefix("---\n")},
        [f"{AT}:1:1: error: missing front matter: the file must start with a line '---', then the YAML keys, "
         "then another '---'"]),
    "unclosed front matter fence": (
        {ROLE: edit("---\nAcme", "Acme")},
        [f"{AT}:1:1: error: front matter is not closed: add a line '---' after the YAML keys"]),
    "empty file": ({ROLE: ""}, [f"{AT}:1:1: error: file is empty"]),
    "non-UTF-8 bytes": (
        {ROLE: edit("Acme is hiring.", "Café").encode("latin-1")},
        [f"{AT}:13:4: error: file is not valid UTF-8 (byte 0xe9): save it as UTF-8"]),
    "byte-order mark": (
        {ROLE: b"\xef\xbb\xbf" + POSTING.encode()},
        [f"{AT}:1:1: error: file starts with a byte-order mark (BOM): save it as UTF-8 without BOM"]),
    "invisible control character": (
        {ROLE: edit("Acme is", "Acme\x1b is")},
        [f"{AT}:13:5: error: file contains the invisible control character U+001B: delete it (feeds and "
         "browsers cannot carry it)"]),
    "tab used for indentation": (
        {ROLE: edit("  - {city", "\t- {city")},
        [f"{AT}:8:1: error: tab used for indentation: YAML needs spaces, replace the tab with spaces"]),
    "tab after a key": (
        {ROLE: edit("title: Senior", "title:\tSenior")},
        [f"{AT}:2:7: error: tab character in YAML: replace it with a space"]),
    "unknown key, closest suggested": (
        {ROLE: edit("tags:", "salery: 5\ntags:")},
        [f"{AT}:5:1: error: unknown key 'salery' — did you mean 'salary'?"]),
    "missing required key": (
        {ROLE: edit("apply_url: https://acme.example/careers/senior-robotics-engineer\n", "")},
        [f"{AT}:2:1: error: missing required key 'apply_url' (the company's application page)"]),
    "string for a list": (
        {ROLE: edit("tags: [ros2, cpp]", "tags: rust")},
        [f"{AT}:5:7: error: tags: expected a list (one '- item' per line, or [a, b]), got text ('rust')"]),
    "list for a date": (
        {ROLE: edit("posted: 2026-11-01", "posted: [2026-11-01]")},
        [f"{AT}:10:9: error: posted: expected a date written YYYY-MM-DD, such as 2026-11-20, got a list"]),
    "empty value": (
        {ROLE: edit("title: Senior Robotics Engineer", "title:")},
        [f"{AT}:2:7: error: title is empty: give a value or remove the key"]),
    "empty text": (
        {ROLE: edit("title: Senior Robotics Engineer", 'title: ""')},
        [f"{AT}:2:8: error: title is empty: give a value or remove the key"]),
    "impossible date": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-02-30")},
        [f"{AT}:10:9: error: posted: '2026-02-30' is not a real date (day is out of range for month)"]),
    "fixed salary, min equal to max": (  # one figure, not a range: valid, shown as one amount
        {ROLE: salary("{min: 90000, max: 90000, currency: EUR, period: year}")}, []),
    "date with a time of day": (  # YAML reads it as a datetime, which Python counts as a date too
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01 09:30:00")},
        [f"{AT}:10:9: error: posted: expected a date without time, such as 2026-11-20, got a date and time"]),
    "expires before posted": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nexpires: 2026-10-01")},
        [f"{AT}:11:10: error: expires: 2026-10-01 is before posted (2026-11-01)"]),
    "posted in the future": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-12-24")},
        [f"{AT}:10:9: warning: posted: 2026-12-24 is in the future"]),
    "already expired": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nexpires: 2026-11-20")},
        [ACME_IDLE, f"{AT}:11:10: warning: expires: the posting closed on 2026-11-20; it is kept only as a closed "
                    "page"]),
    "marked closed before it was posted": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nclosed: 2026-10-01")},
        [f"{AT}:11:9: error: closed: 2026-10-01 is before posted (2026-11-01)"]),
    "marked closed in the future": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nclosed: 2026-12-24")},
        [f"{AT}:11:9: error: closed: 2026-12-24 is in the future — give the day the role closed"]),
    "marked closed": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nclosed: 2026-11-20")},
        [ACME_IDLE]),
    "contact that is not a GitHub user": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\ncontact: octocat@example.com")},
        [f"{AT}:11:10: error: contact: 'octocat@example.com' is not a GitHub user such as @octocat"]),
    "source that is not an imported job": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nsource: greenhouse:acme")},
        [f"{AT}:11:9: error: source: 'greenhouse:acme' is not an imported job such as greenhouse:acme/4012345 "
         "(ATS:BOARD/JOB-ID)"]),
    "two files for one imported job": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nsource: lever:acme/5ac2"),
         "jobs/acme/zz-copy.md": edit("posted: 2026-11-01", "posted: 2026-11-01\nsource: lever:acme/5ac2")
         .replace("Senior Robotics Engineer", "Robotics Engineer")},
        ["content/jobs/acme/zz-copy.md:11:9: error: source: 'lever:acme/5ac2' is also the source of "
         f"{AT} — one file per imported job: delete one of them, or remove `source` from the one written by hand"]),
    "visa sponsorship written as yes in quotes": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nvisa_sponsorship: 'yes'")},
        [f"{AT}:11:19: error: visa_sponsorship: expected true or false, got text ('yes')"]),
    "relocation written as a word": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nrelocation: maybe")},
        [f"{AT}:11:13: error: relocation: expected true or false, got text ('maybe')"]),
    "time-zone window from east to west": (
        {ROLE: edit(REMOTE_AT, "workplace: remote\ntime_zones: {from: UTC-3, to: UTC-8}")},
        [f"{AT}:7:31: error: time_zones.to: UTC−8 is west of from (UTC−3) — give the western offset as from, "
         "the eastern as to"]),
    "time-zone offset beyond UTC+14": (
        {ROLE: edit(REMOTE_AT, "workplace: remote\ntime_zones: {from: UTC+9, to: UTC+15}")},
        [f"{AT}:7:31: error: time_zones.to: UTC+15 is outside UTC-12 … UTC+14, the offsets people live at"]),
    "time-zone offset without UTC, and one missing": (
        {ROLE: edit(REMOTE_AT, "workplace: remote\ntime_zones:\n  from: GMT+1")},
        [f"{AT}:8:3: error: missing required key 'to' in time_zones (the easternmost offset, e.g. UTC-3)",
         f"{AT}:8:9: error: time_zones.from: 'GMT+1' is not an offset written UTC±H or UTC±H:MM, such as UTC-8 "
         "or UTC+5:30"]),
    "time-zone window on an onsite posting": (
        {ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\ntime_zones: {from: UTC+0, to: UTC+5:30}")},
        [f"{AT}:11:13: error: time_zones: only remote postings take it; remove it or set workplace: remote"]),
    "time-zone window with half hours": (
        {ROLE: edit(REMOTE_AT, "workplace: remote\ntime_zones: {from: UTC-3:30, to: UTC+5:45}")},
        []),
    "unknown applicant-tracking system": (
        {ROLE: POSTING, "companies/acme.md": "---\nname: Acme\nwebsite: https://acme.example\nstage: seed\n"
                                             "tagline: Robots.\nats: [greenhouse:acme, workday:acme]\n---\nAcme.\n"},
        ["content/companies/acme.md:6:24: error: ats[2]: 'workday:acme' is not an applicant-tracking board such "
         "as greenhouse:acme, lever:acme or ashby:acme"]),
    "unknown company, closest suggested": (
        {ROLE: edit("company: acme", "company: acmee")},
        [f"{AT}:3:10: error: company: unknown company 'acmee' — did you mean 'acme'? — it must match a file "
         "companies/<slug>.md"]),
    "unknown category": (
        {ROLE: edit("category: robotics", "category: robotic")},
        [f"{AT}:4:11: error: category: unknown category 'robotic' — did you mean 'robotics'? — use one of: ai, "
         "web3, robotics"]),
    "invalid workplace": (
        {ROLE: edit("workplace: onsite", "workplace: on-site")},
        [f"{AT}:6:12: error: workplace: 'on-site' is not valid — did you mean 'onsite'? — use one of: onsite, "
         "hybrid, remote"]),
    "invalid employment_type": (
        {ROLE: edit("employment_type: full-time", "employment_type: fulltime")},
        [f"{AT}:9:18: error: employment_type: 'fulltime' is not valid — did you mean 'full-time'? — use one of: "
         "full-time, part-time, contract, internship, temporary"]),
    "invalid stage and size; the posting points at the broken company": (
        {ROLE: POSTING, "companies/acme.md": "---\nname: Acme\nwebsite: https://acme.example\nstage: series a\n"
                                             "size: 10-50\ntagline: Robots.\n---\nAcme.\n"},
        ["content/companies/acme.md:4:8: error: stage: 'series a' is not valid — did you mean 'series-a'? — use "
         "one of: pre-seed, seed, series-a, series-b, series-c, series-d-plus, late-stage, public, bootstrapped, "
         "nonprofit",
         "content/companies/acme.md:5:7: error: size: '10-50' is not valid — did you mean '11-50'? — use one of: "
         "1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5000+",
         f"{AT}:3:10: error: company: companies/acme.md has errors: fix them and this posting follows"]),
    "invalid country code": (
        {ROLE: edit("country: DE", "country: UK")},
        [f"{AT}:8:29: error: locations[1].country: 'UK' is not an ISO 3166-1 alpha-2 country code (such as US, "
         "DE, RS)"]),
    "hybrid posting without locations": (
        {ROLE: edit("workplace: onsite\nlocations:\n  - {city: Berlin, country: DE}", "workplace: hybrid")},
        [f"{AT}:6:12: error: locations: a hybrid posting needs at least one location (- city: …, country: XX)"]),
    "remote eligibility on an onsite posting": (
        {ROLE: edit("workplace: onsite", "workplace: onsite\nremote_eligibility: [EU]")},
        [f"{AT}:7:21: error: remote_eligibility: only remote postings take it; remove it or set workplace: "
         "remote"]),
    "invalid currency": (
        {ROLE: salary("{min: 1000, max: 2000, currency: EURO, period: month}")},
        [f"{AT}:10:42: error: salary.currency: 'EURO' is not an ISO 4217 currency code (such as USD, EUR, GBP)"]),
    "salary min above max": (
        {ROLE: salary("{min: 90000, max: 80000, currency: EUR, period: year}")},
        [f"{AT}:10:15: error: salary: min (90000) is greater than max (80000)"]),
    "salary without currency and period": (
        {ROLE: salary("{min: 80000, max: 90000}")},
        [f"{AT}:10:9: error: missing required key 'currency' in salary (ISO 4217 code, e.g. USD, EUR)",
         f"{AT}:10:9: error: missing required key 'period' in salary (what the figures are paid per)"]),
    "pay beyond the limit is refused, not also called implausible": (  # validate.check_salary skips it too
        {ROLE: salary("{min: 2000000000000, max: 1000, currency: USD, period: year}")},
        [f"{AT}:10:15: error: salary.min: 2000000000000 is too large; the limit is 1,000,000,000,000"]),
    "yearly salary of 50": (
        {ROLE: salary("{min: 50, max: 60, currency: USD, period: year}")},
        [f"{AT}:10:9: warning: salary: 50–60 USD per year looks implausible (about 60 USD a year) — check the "
         "figures and the period (year, month, week, day, hour)"]),
    "yearly salary of 600 lira": (  # TRY was converted for the filter but never checked before one rate table
        {ROLE: salary("{min: 500, max: 600, currency: TRY, period: year}")},
        [f"{AT}:10:9: warning: salary: 500–600 TRY per year looks implausible (about 15 USD a year) — check the "
         "figures and the period (year, month, week, day, hour)"]),
    "hourly salary of 50,000": (
        {ROLE: salary("{min: 50000, max: 60000, currency: USD, period: hour}")},
        [f"{AT}:10:9: warning: salary: 50,000–60,000 USD per hour looks implausible (about 104,000,000 USD a "
         "year) — check the figures and the period (year, month, week, day, hour)"]),
    "URL that is not http or https": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "ftp://acme.example/jobs")},
        [f"{AT}:11:12: error: apply_url: 'ftp://acme.example/jobs' is not an http or https URL"]),
    "malformed URL": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://acme example/jobs")},
        [f"{AT}:11:12: error: apply_url: 'https://acme example/jobs' contains spaces or control characters"]),
    "URL with an unclosed IPv6 bracket": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://[acme/jobs")},
        [f"{AT}:11:12: error: apply_url: 'https://[acme/jobs' is not a valid URL"]),
    "URL pointing at localhost": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "http://localhost:8000/apply")},
        [f"{AT}:11:12: error: apply_url: 'http://localhost:8000/apply' points at a local or private address"]),
    "URL pointing at a cloud metadata name (.internal)": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer",
                    "http://metadata.google.internal/computeMetadata/v1/")},
        [f"{AT}:11:12: error: apply_url: 'http://metadata.google.internal/computeMetadata/v1/' points at a local "
         "or private address"]),
    "URL with a password but no user name": (  # the password alone is a secret in a public link all the same
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://:hunter2@acme.example/jobs")},
        [f"{AT}:11:12: error: apply_url: 'https://:hunter2@acme.example/jobs' must not contain a user name or "
         "password"]),
    "URL pointing at a private address": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://192.168.1.10/apply")},
        [f"{AT}:11:12: error: apply_url: 'https://192.168.1.10/apply' points at a local or private address"]),
    "javascript: link in Markdown": (
        {ROLE: edit("Acme is hiring.", "Acme is hiring.\n\nApply [here](javascript:alert(1)) now.")},
        [f"{AT}:15:14: error: unsafe link 'javascript:alert(1)': javascript: links are not allowed — link to an "
         "https:// page instead"]),
    "JavaScript: link in mixed case": (
        {ROLE: edit("Acme is hiring.", "Apply [here](JavaScript:alert(1)) or [there]( JAVASCRIPT:x).")},
        [f"{AT}:13:14: error: unsafe link 'JavaScript:alert(1)': javascript: links are not allowed — link to an "
         "https:// page instead",
         f"{AT}:13:47: error: unsafe link 'JAVASCRIPT:x': javascript: links are not allowed — link to an "
         "https:// page instead"]),
    "data: link in Markdown": (
        {ROLE: edit("Acme is hiring.", "See <data:text/html,hi>.")},
        [f"{AT}:13:6: error: unsafe link 'data:text/html,hi': data: links are not allowed — link to an https:// "
         "page instead"]),
    "relative link in Markdown": (
        {ROLE: edit("Acme is hiring.", "See [our page](/careers).")},
        [f"{AT}:13:16: warning: link '/careers' will be shown as plain text: only http://, https:// and mailto: "
         "links work in descriptions"]),
    "Markdown link to a private address": (
        {ROLE: edit("Acme is hiring.", "See [our page](http://127.0.0.1/x).")},
        [f"{AT}:13:16: error: link 'http://127.0.0.1/x' points at a local or private address"]),
    "raw HTML in Markdown": (
        {ROLE: edit("Acme is hiring.", "Acme is <b>hiring</b>.")},
        [f"{AT}:13:9: warning: raw HTML '<b>' will be shown as text, not rendered: use Markdown instead "
         "(**bold**, - lists, [links](https://…))"]),
    "empty description": (
        {ROLE: edit("Acme is hiring.\n", "")},
        [f"{AT}:13:1: warning: the role's description is empty: write it below the closing '---' line"]),
    "description of blank lines only": (
        {ROLE: edit("Acme is hiring.\n", "\n  \n\t\n")},
        [f"{AT}:13:1: warning: the role's description is empty: write it below the closing '---' line"]),
    "file name not a slug": (
        {"jobs/acme/Senior Engineer.md": POSTING},
        ["content/jobs/acme/Senior Engineer.md:2:1: error: file name 'Senior Engineer.md' is not a valid slug: "
         "use lowercase letters, digits and hyphens, e.g. 'senior-engineer.md'"]),
    "file name that tries to climb out of the output folder": (
        {"jobs/acme/..\\..\\index.md": POSTING},
        ["content/jobs/acme/..\\..\\index.md:2:1: error: file name '..\\..\\index.md' is not a valid slug: use "
         "lowercase letters, digits and hyphens, e.g. 'index.md'"]),
    "posting folder not matching its company": (
        {"jobs/other/role.md": POSTING},
        ["content/jobs/other/role.md:3:10: error: company: 'acme' does not match the folder 'jobs/other/': move "
         "the file to jobs/acme/ or fix the company"]),
    "posting outside a company folder, and a stray file": (
        {ROLE: POSTING, "jobs/role.md": POSTING, "jobs/acme/notes.txt": "x"},
        ["content/jobs/acme/notes.txt:1:1: error: not a content file: only .md files belong here",
         "content/jobs/role.md:1:1: error: posting must be in a folder named after its company: move it to "
         "jobs/<company-slug>/role.md"]),
    "likely duplicate, reported on the newer posting": (
        {ROLE: POSTING, "jobs/acme/a-newer-copy.md": edit("2026-11-01", "2026-11-10")},
        ["content/jobs/acme/a-newer-copy.md:2:8: warning: title: same title, company and location as "
         f"{AT} — likely a duplicate"]),
    "duplicate tags": (
        {ROLE: edit("tags: [ros2, cpp]", "tags: [ros2, cpp, ros2]")},
        [f"{AT}:5:19: warning: tags[3]: 'ros2' is listed twice"]),
    "company with no open postings": (
        {ROLE: POSTING, "companies/beta.md": "---\nname: Beta\nwebsite: https://beta.example\nstage: seed\n"
                                             "tagline: Beta things.\n---\nBeta builds things.\n"},
        ["content/companies/beta.md:2:1: info: company has no open postings; its page lists none"]),
    "company category not in site.yaml": (
        {ROLE: POSTING, "companies/acme.md": "---\nname: Acme\nwebsite: https://acme.example\nstage: seed\n"
                                             "tagline: Robots.\ncategories: [robots]\n---\nAcme.\n"},
        ["content/companies/acme.md:6:14: error: categories[1]: unknown category 'robots' — did you mean "
         "'robotics'? — use one of: ai, web3, robotics"]),
    "YAML anchors and aliases": (
        {ROLE: edit("tags: [ros2, cpp]", "tags: &t [ros2, cpp]\nduration: *t")},
        [f"{AT}:5:7: error: YAML anchors and aliases (&name, *name) are not allowed: write the value out in "
         "full"]),
    "file over 256 KB": (
        {ROLE: POSTING + "x" * 270_000},
        [f"{AT}:1:1: error: file is 264 KB; the limit is 256 KB"]),
    "file of exactly 256 KB, the most": (
        {ROLE: POSTING + "x" * (256 * 1024 - len(POSTING) - 1) + "\n"},
        []),
    "file of blank lines only": ({ROLE: "\n  \n\t\n"}, [f"{AT}:1:1: error: file is empty"]),
    "form feed, as invisible as the others": (
        {ROLE: edit("Acme is", "Acme\x0c is")},
        [f"{AT}:13:5: error: file contains the invisible control character U+000C: delete it (feeds and "
         "browsers cannot carry it)"]),
    "control character written as a YAML escape inside a title": (  # not at the start: searched, not matched
        {ROLE: edit("title: Senior Robotics Engineer", 'title: "Senior\\a Robotics Engineer"')},
        [f"{AT}:2:8: error: title contains the invisible control character U+0007: delete it"]),
    "city of 80 characters, the most": ({ROLE: edit("city: Berlin", "city: " + "B" * 80)}, []),
    "salary written as true": (
        {ROLE: salary("{min: true, max: 90000, currency: EUR, period: year}")},
        [f"{AT}:10:15: error: salary.min: expected a number such as 85000 (no currency sign or commas), got "
         "true/false"]),
    "salary written as text": (  # the pay check reads the figures too: text is no number there either
        {ROLE: salary('{min: "80k", max: 90000, currency: EUR, period: year}')},
        [f"{AT}:10:15: error: salary.min: expected a number such as 85000 (no currency sign or commas), got "
         "text ('80k')"]),
    "errors in site.yaml": (
        {ROLE: POSTING, "site.yaml": "title: Test Board\nbase_url: https://board.example\ndescription: Roles.\n"
                                     "language: english\ncategories:\n  - {id: ai, label: AI}\n"
                                     "  - {id: Robotics, label: Robots}\nfavicon: x.png\n"},
        ["content/site.yaml:4:11: error: language: 'english' is not a language tag such as en or en-GB",
         "content/site.yaml:7:10: error: categories[2].id: 'Robotics' must be lowercase letters, digits and "
         "hyphens",
         "content/site.yaml:8:1: error: unknown key 'favicon'"]),
    "placeholders left by jobsite new": (
        {ROLE: edit("Acme is hiring.", "FILL IN: the role.").replace("title: Senior Robotics Engineer",
                                                                     "title: FILL IN")},
        [f"{AT}:2:8: warning: title still holds the placeholder 'FILL IN' written by `jobsite new`: replace it "
         "with the real value",
         f"{AT}:13:1: warning: the description still holds the placeholder 'FILL IN' written by `jobsite new`: "
         "replace it with the real text"]),
    "pay range required by a state law": (
        {"site.yaml": PAY_ON_SITE,
         ROLE: edit("  - {city: Berlin, country: DE}", "  - {city: Denver, country: US, region: US-CO}")
         .replace("posted:", "expires: 2026-12-31\nposted:").replace("Acme is hiring.", "Health insurance.")},
        [f"{AT}:8:5: warning: Colorado (Equal Pay for Equal Work Act, since 2021-01-01) requires the pay range "
         "in this ad: add salary min and max"]),
    "apply link on a chat app": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://t.me/acme_hiring")},
        [f"{AT}:11:12: warning: apply_url: t.me is Telegram, a messaging app: the board refuses postings that move "
         "candidates to chat; link to the company's application page"]),
    "apply link off the company's domain": (
        {ROLE: edit("https://acme.example/careers/senior-robotics-engineer", "https://acme-careers.net/apply")},
        [f"{AT}:11:12: warning: apply_url: the link goes to acme-careers.net, which is neither acme.example (the "
         "website in companies/acme.md) nor a known applicant-tracking system: link to the company's own site or "
         "its ATS board, or fix the company's website"]),
    "a description that asks for crypto": (
        {ROLE: edit("Acme is hiring.", "Acme is hiring.\n\nTo book the interview, send 50 USDT to our wallet.")},
        [f"{AT}:15:24: warning: the description asks candidates for money or crypto (\"send 50 USDT\"): the board "
         "refuses postings that charge applicants or ask them to send crypto, connect a wallet or share keys: "
         "remove it"]),
    "a description that asks to run the employer's code": (
        {ROLE: edit("Acme is hiring.", "Acme is hiring. For the test, clone our repo and run npm install.")},
        [f"{AT}:13:31: warning: the description asks candidates to run the employer's code (\"clone our repo and "
         "run npm install\"): fake take-home tests install malware this way: give a task candidates do in their "
         "own setup, or remove it"]),
    "a description copied from another company's posting": (
        {ROLE: edit("Acme is hiring.", LONG_STORY),
         "companies/beta.md": "---\nname: Beta\nwebsite: https://beta.example\nstage: seed\ntagline: Drones.\n---\n"
                              "Beta builds drones.\n",
         "jobs/beta/copy.md": edit("Acme is hiring.", LONG_STORY).replace("company: acme", "company: beta")
         .replace("acme.example", "beta.example").replace("2026-11-01", "2026-11-05")},
        ["content/jobs/beta/copy.md:13:1: warning: the description is 100% the same as content/jobs/acme/role.md, a "
         "posting of Acme Robotics: a copied posting is a common scam; write this role's own description, or say in "
         "the pull request why both are genuine"]),
    "title one character over its limit (the limit itself is allowed: see the test below)": (
        {ROLE: edit("title: Senior Robotics Engineer", "title: " + "R" * 121)},
        [f"{AT}:2:8: error: title is 121 characters long; the most is 120"]),
    "US location without its state": (
        {"site.yaml": PAY_ON_SITE, ROLE: edit("  - {city: Berlin, country: DE}", "  - {city: Austin, country: US}")},
        [f"{AT}:8:5: info: locations[1]: add region (the state's ISO 3166-2 code, such as US-CA or US-NY) so "
         "that Austin's pay-transparency law can be checked"]),
}


@pytest.mark.parametrize("files, expected", CATALOGUE.values(), ids=CATALOGUE.keys())
def test_catalogue(check: Check, files: dict, expected: list[str]) -> None:
    assert check(files) == expected


def test_valid_posting_has_no_problems(check: Check) -> None:
    assert check({ROLE: POSTING}) == []


def test_a_title_of_exactly_the_limit_is_allowed(check: Check) -> None:
    assert check({ROLE: edit("title: Senior Robotics Engineer", "title: " + "R" * 120)}) == []


def test_pay_exactly_at_the_plausible_bounds_is_plausible_and_a_dollar_beyond_is_not(check: Check) -> None:
    """A year's pay from 1,000 to 1,000,000 USD is believable, both ends included."""
    assert check({ROLE: salary("{min: 1000, max: 1000, currency: USD, period: year}")}) == []
    assert check({ROLE: salary("{min: 1000000, max: 1200000, currency: USD, period: year}")}) == []
    assert check({ROLE: salary("{min: 1000001, max: 1200000, currency: USD, period: year}")}) == [
        f"{AT}:10:9: warning: salary: 1,000,001–1,200,000 USD per year looks implausible (about 1,000,001 USD a "
        "year) — check the figures and the period (year, month, week, day, hour)"]


def test_a_posting_dated_today_is_not_in_the_future(check: Check) -> None:
    assert check({ROLE: edit("posted: 2026-11-01", f"posted: {CLOCK.date().isoformat()}")}) == []


def test_a_closed_posting_is_not_also_told_its_last_day_passed(check: Check) -> None:
    lines = check({ROLE: edit("posted: 2026-11-01", "posted: 2026-11-01\nexpires: 2026-11-10\nclosed: 2026-11-05")})
    assert not [line for line in lines if "expires" in line or "passed" in line], lines


def test_a_site_without_categories_is_reported_not_crashed_on(check: Check) -> None:
    lines = check({ROLE: POSTING, "site.yaml": PAY_ON_SITE.split("categories:")[0] + "categories:\n"})
    assert "content/site.yaml:5:12: error: categories is empty: give a value or remove the key" in lines, lines
    assert not [line for line in lines if "internal error" in line or "Traceback" in line], lines


def test_a_category_id_used_twice_is_reported(check: Check) -> None:
    site = PAY_ON_SITE + "  - {id: robotics, label: Robots again}\n"
    lines = check({"site.yaml": site})
    assert [line for line in lines if "categories[2].id: 'robotics' is used twice" in line], lines


def test_every_broken_file_is_reported_in_one_run(check: Check) -> None:
    files = {ROLE: edit("tags:", "salery: 5\ntags:"), "jobs/acme/b.md": edit("country: DE", "country: UK"),
             "jobs/acme/c.md": "", "jobs/acme/d.md": edit("workplace: onsite", "workplace: on-site")}
    lines = check(files)
    assert [line.split(":")[0] for line in lines] == ["content/jobs/acme/b.md", "content/jobs/acme/c.md",
                                                      "content/jobs/acme/d.md", AT]


def test_template_error_points_at_the_template_line(check: Check, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    line = templates_with_line(templates, "posting.html", "{{ posting.no_such_field.upper() }}")
    assert check({ROLE: POSTING}, templates) == [
        f"templates/posting.html:{line}:1: error: template error: 'generator.model.records.Posting object' has no "
        "attribute 'no_such_field'"]


def test_template_syntax_error_points_at_the_template_line(check: Check, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "company.html").write_text((templates / "company.html").read_text() + "{% if %}\n")
    report = check({ROLE: POSTING}, templates)
    assert len(report) == 1 and report[0].startswith("templates/company.html:")
    assert ": error: template error: " in report[0]


def test_renderer_drops_unsafe_links_even_without_validation() -> None:
    # Validation refuses these; the renderer must still never emit them (defence in depth).
    html = render_markdown("[a](javascript:alert(1)) [b](data:text/html,x) <javascript:alert(2)> [c](JaVaScRiPt:x)")
    assert "href" not in html



# Each field type's refusals, on one file's front matter alone (no build): the lines `jobsite check` prints.
URL = "https://acme.example/careers/senior-robotics-engineer"
FIELDS = {
    "a title on two lines": (
        edit("title: Senior Robotics Engineer", "title: |\n  Senior\n  Engineer"),
        [f"{AT}:2:8: error: title must be a single line"]),
    "a title written as a list, a workplace as a number": (
        edit("title: Senior Robotics Engineer", "title: [Senior]").replace("workplace: onsite", "workplace: 5"),
        [f"{AT}:2:8: error: title: expected text, got a list",
         f"{AT}:6:12: error: workplace: expected one of onsite, hybrid, remote, got a number (5)"]),
    "pay below one, beyond the limit and a lower-case currency": (
        salary("{min: 0, max: 10000000000000, currency: eur, period: year}"),
        [f"{AT}:10:15: error: salary.min: 0 must be at least 1",
         f"{AT}:10:23: error: salary.max: 10000000000000 is too large; the limit is 1,000,000,000,000",
         f"{AT}:10:49: error: salary.currency: 'eur' is not an ISO 4217 currency code (such as USD, EUR, GBP)"]),
    "infinite pay and a misspelt key, closest suggested": (
        salary("{min: .inf, mx: 2, currency: EUR, period: year}"),
        [f"{AT}:10:15: error: salary.min: YAML reads this as infinity (.inf), not an amount: write a plain number "
         "such as 85000",
         f"{AT}:10:21: error: unknown key 'salary.mx' — did you mean 'max'?",
         f"{AT}:10:9: error: missing required key 'max' in salary (highest pay in the range, a plain number)"]),
    "pay that is not a number at all, as YAML spells it": (
        salary("{min: .NaN, max: -.inf, currency: EUR, period: year}"),
        [f"{AT}:10:15: error: salary.min: YAML reads this as not a number (.nan), not an amount: write a plain "
         "number such as 85000",
         f"{AT}:10:26: error: salary.max: YAML reads this as minus infinity (-.inf), not an amount: write a plain "
         "number such as 85000"]),
    "infinity where a word is expected": (
        edit("workplace: onsite", "workplace: .inf"),
        [f"{AT}:6:12: error: workplace: expected one of onsite, hybrid, remote, got infinity (.inf)"]),
    "a country in lower case": (
        edit("country: DE", "country: de"),
        [f"{AT}:8:29: error: locations[1].country: write the country code in capitals: 'DE'"]),
    "a region of another country": (
        edit("country: DE}", "country: DE, region: US-CO}"),
        [f"{AT}:8:41: error: locations[1].region: 'US-CO' is not in DE — use a code starting 'DE-', or fix the "
         "country"]),
    "a region in lower case": (
        edit("country: DE}", "country: DE, region: de-be}"),
        [f"{AT}:8:41: error: locations[1].region: write the region code in capitals: 'DE-BE'"]),
    "no tags": (edit("tags: [ros2, cpp]", "tags: []"),
                [f"{AT}:5:7: error: tags is empty: list at least one item or remove the key"]),
    "thirteen tags": (
        edit("tags: [ros2, cpp]", "tags: [" + ", ".join(f"t{i}" for i in range(13)) + "]"),
        [f"{AT}:5:7: error: tags has 13 items; the limit is 12"]),
    "a tag twice in two cases": (edit("tags: [ros2, cpp]", "tags: [Rust, rust]"),
                                 [f"{AT}:5:14: warning: tags[2]: 'rust' is listed twice"]),
    "remote eligibility: a region, no place, a lower-case country, a number": (
        edit(REMOTE_AT, "workplace: remote\nremote_eligibility: [EU, Mars, de, 5]"),
        [f"{AT}:7:26: error: remote_eligibility[2]: expected a country code or one of Worldwide, Europe, EU, North "
         "America, Latin America, Asia-Pacific, Africa, Middle East, got text ('Mars')",
         f"{AT}:7:32: error: remote_eligibility[3]: write the country code in capitals: 'DE'",
         f"{AT}:7:36: error: remote_eligibility[4]: expected a country code or one of Worldwide, Europe, EU, North "
         "America, Latin America, Asia-Pacific, Africa, Middle East, got a number (5)"]),
    "the widest time-zone window people live in": (
        edit(REMOTE_AT, "workplace: remote\ntime_zones: {from: UTC-12, to: UTC+14}"), []),
    "an offset half an hour beyond UTC-12, with a true minus sign before": (
        edit(REMOTE_AT, "workplace: remote\ntime_zones: {from: UTC−5, to: UTC-12:30}"),
        [f"{AT}:7:31: error: time_zones.to: UTC-12:30 is outside UTC-12 … UTC+14, the offsets people live at"]),
    "a URL with a character to percent-encode": (
        edit(URL, "https://acme.example/a|b"),
        [f"{AT}:11:12: error: apply_url: 'https://acme.example/a|b' contains characters that must be "
         'percent-encoded (" < > ` { } | \\ ^)']),
    "a URL without a dot in its host": (
        edit(URL, "https://acme/jobs"), [f"{AT}:11:12: error: apply_url: 'https://acme/jobs' has no valid host name"]),
    "a URL at IPv6 loopback": (
        edit(URL, "http://[::1]:8080/jobs"),
        [f"{AT}:11:12: error: apply_url: 'http://[::1]:8080/jobs' points at a local or private address"]),
}
COMPANY_FIELDS = ("---\nname: Acme\nwebsite: https://acme.example\nstage: seed\ntagline: Robots.\n"
                  "links: {'bad key!': https://x.example, github: ftp://x.example}\nats: [lever:acme, Lever:Acme]\n"
                  "---\nAcme.\n")
SITE_FIELDS = ("title: T\nbase_url: https://board.example\ndescription: R.\nlanguage: en\n"
               "categories:\n  - {id: ai, label: AI}\npay_transparency: off\ntrust_checks: maybe\n")


def field_check(path: str, kind: str, text: str) -> tuple[dict, list[str]]:
    problems: list = []
    src = read_source(ContentFile(Path(path), kind, "acme"), text.encode(), problems)
    assert src is not None, problems
    values, problems = check_document(src, {"posting": schema.POSTING, "company": schema.COMPANY,
                                            "site": schema.SITE}[kind])
    return values, [p.format() for p in problems]


@pytest.mark.parametrize("text, expected", FIELDS.values(), ids=FIELDS.keys())
def test_each_field_type_refuses_at_the_value_with_its_reason(text: str, expected: list[str]) -> None:
    assert field_check(AT, "posting", text)[1] == expected


def test_a_companys_links_and_boards_and_the_sites_modes_are_checked() -> None:
    assert field_check("content/companies/acme.md", "company", COMPANY_FIELDS)[1] == [
        "content/companies/acme.md:6:9: error: links: 'bad key!' is not a valid name (letters, digits, spaces, '.', "
        "'_' or '-')",
        "content/companies/acme.md:6:48: error: links.github: 'ftp://x.example' is not an http or https URL",
        "content/companies/acme.md:7:19: error: ats[2]: 'Lever:Acme' is not an applicant-tracking board such as "
        "greenhouse:acme, lever:acme or ashby:acme"]
    # YAML reads a bare `off` as false, which is what the author wrote: off.
    values, problems = field_check("content/site.yaml", "site", SITE_FIELDS)
    assert problems == [
        "content/site.yaml:8:15: error: trust_checks: 'maybe' is not valid — use one of: warn, error, off"]
    assert values["pay_transparency"] == "off"



def test_a_refused_link_name_is_one_problem_and_its_entry_dropped() -> None:
    text = COMPANY_FIELDS.replace("{'bad key!': https://x.example, github: ftp://x.example}",
                                  "{'bad key!': ftp://x.example, github: https://github.com/acme}")
    values, problems = field_check("content/companies/acme.md", "company", text)
    assert problems[:1] == [  # the name alone: its value is not read, so not refused a second time
        "content/companies/acme.md:6:9: error: links: 'bad key!' is not a valid name (letters, digits, spaces, "
        "'.', '_' or '-')"]
    assert not any("ftp://" in p for p in problems), problems
    assert values["links"] == (("github", "https://github.com/acme"),)  # the good entry kept, the bad one gone

def source_problems(text: str, path: str = AT, kind: str = "posting") -> list[str]:
    """One file's own checks (its body, placeholders, pay), without a build: the lines `jobsite check` prints."""
    problems: list = []
    src = read_source(ContentFile(Path(path), kind, "acme"), text.encode(), problems)
    assert src is not None, problems
    return [p.format() for p in check_source(src, None)]


RAW = "raw HTML '<b>' will be shown as text, not rendered: use Markdown instead (**bold**, - lists, [links](https://…))"


def test_a_body_is_checked_for_tags_written_on_purpose_unsafe_schemes_and_placeholders() -> None:
    body = ("Write \\<b> or &lt;i&gt; as text.\n\nA <b>tag</b> and <i>two</i>\n\n"
            "[x](vbscript:msgbox) [y](file:///etc/passwd) [z](HTTP://127.0.0.1/)")
    assert source_problems(edit("Acme is hiring.", body)) == [
        f"{AT}:15:3: warning: {RAW}",
        f"{AT}:17:5: error: unsafe link 'vbscript:msgbox': vbscript: links are not allowed — link to an https:// "
        "page instead",
        f"{AT}:17:26: error: unsafe link 'file:///etc/passwd': file: links are not allowed — link to an https:// "
        "page instead",
        f"{AT}:17:50: error: link 'HTTP://127.0.0.1/' points at a local or private address"]
    assert source_problems(edit("city: Berlin", "city: FILL IN").replace("Acme is hiring.", "One FILL IN.\n\nTwo "
                                                                                            "FILL-IN.")) == [
        f"{AT}:8:12: warning: locations[1].city still holds the placeholder 'FILL IN' written by `jobsite new`: "
        "replace it with the real value",
        f"{AT}:13:5: warning: the description still holds the placeholder 'FILL IN' written by `jobsite new` (on 2 "
        "lines): replace it with the real text"]
    assert source_problems("---\nname: Acme\n---\n\n", "content/companies/acme.md", "company") == [
        "content/companies/acme.md:4:1: warning: the company profile is empty: write it below the closing '---' line"]


@pytest.mark.parametrize("body, at", [
    ("Write &lt;i&gt; as text,\nthen a <b>tag</b> and <i>two</i>.", "14:8"),  # the first raw tag, not the <i>
    ("Write &lt;i&gt; as text, then a <b>tag</b> and <i>two</i>.", "13:33"),
    ("Write \\<i> and &#60;i> as text, then a <b>tag</b> and <i>two</i>.", "13:40"),
    ("`<i>` and &amp;lt;i> as text, then <b>tag</b> and <i>two</i>.", "13:36"),
])
def test_a_tag_written_as_text_does_not_move_the_warning_to_a_later_tag(body: str, at: str) -> None:
    """A paragraph that writes a tag as text (an entity, an escape, code) and then a raw one: the warning names
    the first raw tag where it is, not the later raw tag that looks like the one written as text."""
    assert source_problems(edit("Acme is hiring.", body)) == [f"{AT}:{at}: warning: {RAW}"]


def test_the_rules_across_fields_name_the_workplace_with_its_article() -> None:
    onsite = edit("locations:\n  - {city: Berlin, country: DE}\n", "time_zones: {from: UTC+0, to: UTC+2}\n")
    hybrid = onsite.replace("workplace: onsite", "workplace: hybrid")
    for text, article in ((onsite, "an onsite"), (hybrid, "a hybrid")):
        values, problems = field_check(AT, "posting", text)
        assert problems == []
        assert [(rule.id, rule.message.format(**fields)) for rule, fields in broken_rules(values, CLOCK)] == [
            ("located", f"locations: {article} posting needs at least one location (- city: …, country: XX)"),
            ("time-zones-remote-only", "time_zones: only remote postings take it; remove it or set workplace: "
                                       "remote")]


def test_a_companys_categories_are_checked_against_the_sites_only_when_the_site_has_some() -> None:
    def source(path: str, kind: str, text: str):
        src = read_source(ContentFile(Path(path), kind, "acme"), text.encode(), [])
        assert src is not None
        return src

    company = source("content/companies/acme.md", "company",
                     "---\nname: Acme\ncategories: [ai, robtics, '  ', 7, ' ai ']\n---\nAcme.\n")
    site = source("content/site.yaml", "site", SITE_FIELDS.replace("{id: ai, label: AI}",
                                                                  "{id: ai, label: AI}\n  - {id: robotics, label: R}"))
    assert [p.format() for p in check_company_categories(site, [company])] == [
        "content/companies/acme.md:3:18: error: categories[2]: unknown category 'robtics' — did you mean "
        "'robotics'? — use one of: ai, robotics"]
    # site.yaml's categories missing or broken (reported on their own): no company error naming no category
    broken = source("content/site.yaml", "site", SITE_FIELDS.replace("{id: ai, label: AI}", "{label: AI}"))
    for without in (None, broken, source("content/site.yaml", "site", "title: T\ncategories: ai\n")):
        assert check_company_categories(without, [company]) == []
    untyped = source("content/companies/acme.md", "company", "---\nname: Acme\ncategories: robtics\n---\nAcme.\n")
    assert check_company_categories(site, [untyped]) == []  # not a list: the schema reports it
