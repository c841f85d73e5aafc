"""The whole built site of tests/golden/board/, byte for byte, against the reviewed copy in expected/site/.

The board is small but takes every branch that shapes what a visitor, a feed reader or a search engine gets:
each category (one with no roles), workplace, contract type and seniority; salaries as ranges, single figures,
per hour, day, week and month in seven currencies; estimates (with and without country data and a role family);
two locations in one country; postings closed by hand, expired, closing this week, open through today and
posted months ago; companies with and without logo, headquarters, size, links and ATS boards, one with only a
closed role and one with none; pay-transparency and trust findings; a Markdown body with every construct and
hostile payloads. It builds once per module, cold, at the suite's fixed clock, through the command line so the
printed report is approved too (expected/site-report/).

A second approval (expected/site-edited/) applies a small edit set to that board (a retitled posting, a closed
one, a new one at the company that had none, a changed compensation table) and builds it WARM on the first
build's cache; on JOBSITE_UPDATE_GOLDEN=1 the expected files come from a COLD build of the edited board, and the
warm build must equal it, so the test guards incremental == cold as well.

Left out: the files copied from templates/static/ (scripts, stylesheets, favicon: comparing a copy with itself
tests nothing; the pages that link them by content hash are kept), and the slug tables of /post-a-job/, which
depend on no content and are approved as one list of their hashes.
"""
from __future__ import annotations

import difflib
import functools
import hashlib
import math
import os
import re
import shutil
import subprocess
import threading
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import cli
from generator.base.progress import DelayedProgressBar
from generator.config import make_options
from generator.serve import CONTENT, Change, DevServer
from tests.conftest import CLOCK, REPO
from tests.golden.approve import UPDATE, approve, folder_files

BOARD = Path(__file__).resolve().parent / "board"
STATIC = REPO / "templates" / "static"
COPIED = re.compile("|".join(rf"static/{re.escape(p.stem)}\.[0-9a-f]{{10}}{re.escape(p.suffix)}"
                             for p in sorted(STATIC.iterdir()) if p.is_file()))
SLUG_TABLES = re.compile(r"(static/slug\.[0-9a-f]{10})/")
SECONDS = re.compile(r" in \d+\.\d+ s\b")
SERVED = re.compile(r"\d+\.\d+ s\b")
PROBLEM = re.compile(r"content/\S+:\d+:\d+: ")  # the board's warnings, approved in the build's report already

# The edits of the second approval, in two warm builds: first ones that keep every posting where it was (the
# model and the similar roles are updated, not remade), then ones that add and close postings. Each edit is (file
# under content/, text replaced, replacement); "" as the text replaced writes a new file.
EDITS = ((
    ("jobs/aurelia-labs/senior-machine-learning-engineer.md", "title: Senior Machine Learning Engineer\n",
     "title: Senior Machine Learning Engineer, Tables\n"),
    ("jobs/cobalt-heron/senior-perception-engineer.md", "see glass, foil and eggs.", "see glass, foil and ice."),
    # A near copy of another company's posting stays one, reported with its new share (the copies compared again).
    ("jobs/brinecrest/protocol-researcher.md", "who ship the verifier.", "who ship the prover."),
), (
    ("data/compensation.yaml", 'series-c: {label: "Series C", modifier: +0.00,',
     'series-c: {label: "Series C", modifier: +0.05,'),
    ("jobs/brinecrest/technical-writer.md", "posted: 2026-11-24\n", "posted: 2026-11-24\nclosed: 2026-11-25\n"),
    ("jobs/fablewright/narrative-engineer.md", "", """\
---
title: Narrative Engineer
company: fablewright
category: web3
tags: [rust, games]
workplace: remote
remote_eligibility: [Europe]
employment_type: full-time
salary: {min: 60000, max: 75000, currency: EUR, period: year}
posted: 2026-11-26
apply_url: https://fablewright.example/jobs/narrative-engineer
---
Our first hire: write the engine that turns on-chain events into stories.
"""),
))
# A save in a `jobsite serve` session after those builds: only the title and the description of an open role with
# tags, so the session updates its pages and the feeds of its scopes without a full build, then catches up.
SAVE = ("jobs/aurelia-labs/staff-inference-engineer.md", (
    ("title: Staff Inference Engineer\n", "title: Staff Inference Engineer, Serving\n"),
    ("under a hundred milliseconds.", "under fifty milliseconds."),
))


def build(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """`jobsite build` of root/content into root/site at the suite's clock, as a user runs it; its printed report
    (stdout and stderr) with the timing blanked."""
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CLOCK.timestamp())))
    # The progress bar appears only on a slow build: never, so the report does not depend on the machine.
    monkeypatch.setattr(cli, "DelayedProgressBar", functools.partial(DelayedProgressBar, delay=math.inf))
    run = CliRunner().invoke(cli.main, ["build", "--content", "content", "--output", "site"])
    assert run.exit_code == 0, run.output
    return SECONDS.sub(" in … s", run.output)


def site_files(site: Path) -> dict[str, bytes]:
    """Every file the build wrote except the copies of templates/static/, and the slug tables as their hashes."""
    files = folder_files(site, lambda rel: not COPIED.fullmatch(rel))
    tables: dict[str, list[tuple[str, str]]] = {}
    for rel in [rel for rel in files if SLUG_TABLES.match(rel)]:
        folder, name = rel.rsplit("/", 1)
        tables.setdefault(folder, []).append((name, hashlib.sha256(files.pop(rel)).hexdigest()))
    for folder, hashes in tables.items():
        files[f"{folder}/SHA256SUMS"] = "".join(f"{digest}  {name}\n" for name, digest in sorted(hashes)).encode()
    return files


def changes(before: dict[str, bytes], after: dict[str, bytes]) -> dict[str, bytes]:
    """What an edit did to the site, against the first build (which expected/site/ pins): each file it added
    under added/, a unified diff of each file it changed under changed/<path>.diff, and the list of the files it
    removed. Diffs keep the approved copy small where a whole second site would double it."""
    gone = "".join(rel + "\n" for rel in sorted(before.keys() - after.keys()))
    found: dict[str, bytes] = {"removed.txt": gone.encode()}
    for rel, data in after.items():
        if rel not in before:
            found[f"added/{rel}"] = data
        elif before[rel] != data:
            found[f"changed/{rel}.diff"] = diff(rel, before[rel].decode(), data.decode()).encode()
    return found


def diff(name: str, old: str, new: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), name, name,
                                        n=1))


def board_tree(root: Path) -> Path:
    """A copy of the board in root/content, with the committed compensation table (estimates read it), committed
    to a git repository of its own at a fixed time, so pages show when their file last changed."""
    content = root / "content"
    shutil.copytree(BOARD, content)
    (content / "data").mkdir()
    shutil.copy(REPO / "content" / "data" / "compensation.yaml", content / "data" / "compensation.yaml")
    when = f"@{int(CLOCK.timestamp()) - 3 * 86400} +0000"
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1"}
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=Golden", "-c", "user.email=golden@board.example", "commit", "-q", "-m", "board"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    return root


def edit(content: Path, edits: tuple[tuple[str, str, str], ...]) -> None:
    for rel, old, new in edits:
        path = content / rel
        if not old:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(new, encoding="utf-8")
            continue
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{rel}: the edit set no longer matches the board"
        path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], str]:
    """The board built once, cold: its folder (content/, site/ and the cache beside them), the site's files and
    the report. The files are read here, since the edit test goes on to build again in the same folder (a copy
    elsewhere would be a build from other inputs, which its cache does not serve)."""
    root = board_tree(tmp_path_factory.mktemp("golden"))
    with pytest.MonkeyPatch.context() as monkeypatch:
        report = build(root, monkeypatch)
    return root, site_files(root / "site"), report


def test_built_site_matches_the_approved_copy(cold: tuple[Path, dict[str, bytes], str]) -> None:
    approve("site", cold[1])


def test_edited_board_built_warm_equals_the_approved_cold_build(cold: tuple[Path, dict[str, bytes], str],
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    warm, first, report = cold
    reports = []
    for edits in EDITS:
        edit(warm / "content", edits)
        reports.append(build(warm, monkeypatch))
    got = site_files(warm / "site")
    if UPDATE:
        fresh = board_tree(tmp_path / "cold")
        for edits in EDITS:
            edit(fresh / "content", edits)
        build(fresh, monkeypatch)
        want = site_files(fresh / "site")
        assert sorted(got) == sorted(want), "the warm build of the edited board wrote other files than a cold one"
        assert [rel for rel in want if got[rel] != want[rel]] == [], "the warm build differs from a cold one"
    approve("site-edited", changes(first, got))
    # The edited builds' reports as what they say differently from the first one's.
    edited = {f"edited-build-{n}.diff": diff("build.txt", report, text) for n, text in enumerate(reports, start=1)}
    approve("site-report", {"build.txt": report, **edited})
    served, lines = serve_a_save(warm, got, monkeypatch)
    if UPDATE:
        edit(fresh / "content", tuple((SAVE[0], old, new) for old, new in SAVE[1]))
        build(fresh, monkeypatch)
        assert served[-1] == site_files(fresh / "site"), "the served save, caught up, differs from a cold build"
    approve("site-served", {"session.txt": "".join(line + "\n" for line in lines),
                            **{f"update/{rel}": data for rel, data in changes(got, served[0]).items()},
                            **{f"catch-up/{rel}": data for rel, data in changes(served[0], served[1]).items()}})


def serve_a_save(root: Path, built: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
                 ) -> tuple[list[dict[str, bytes]], list[str]]:
    """A `jobsite serve` session on root's built board (`built`: its files): its first build puts back what was
    changed in site/ by hand and clears what killed builds left; it saves SAVE, is served the quick way
    (incremental.py), fetches what the update wrote over HTTP, then catches up when saves pause. The site after the
    update and after the catch-up, and the session's console and answers (timings blanked)."""
    monkeypatch.chdir(root)
    lines: list[str] = []
    session = DevServer(make_options("content", "site", templates=REPO / "templates", clock=CLOCK), port=0,
                        echo=lambda line: lines.append(SERVED.sub("… s", line)) if not PROBLEM.match(line) else None)
    threading.Thread(target=session.http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    (root / "site" / "jobs/dunmore-robotics/computer-vision-engineer/index.html").unlink()
    (root / "site" / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    for killed in (".site.new-unowned", ".site.old-4194305.x"):  # no process has a pid over the kernel's maximum
        (root / killed / "jobs").mkdir(parents=True)
    try:
        session.rebuild(Change(frozenset({CONTENT}), ()))
        before = site_files(root / "site")
        assert before == built, "the first build of the session did not put back the site's files as built"
        assert [p.name for p in root.iterdir() if p.name.startswith(".site.")] == []
        path = root / "content" / SAVE[0]
        text = path.read_text(encoding="utf-8")
        for old, new in SAVE[1]:
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
        session.rebuild(Change(frozenset({CONTENT}), (str(path),)))
        updated = site_files(root / "site")
        for rel in sorted(rel for rel in updated if updated[rel] != before.get(rel)):
            url = session.url + rel.removesuffix("index.html")
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                reloads = b"/__jobsite/reload.js" in body
                what = "the file written" if body == updated[rel] else \
                    "the page written, with the live-reload script" if reloads else "OTHER BYTES"
                lines.append(f"GET /{rel.removesuffix('index.html')}: {response.status}, "
                             f"{response.headers['Content-Type']}, {what}")
        # A save of a company file (here with nothing changed) is no posting's: the session builds in full.
        company = root / "content" / "companies" / "aurelia-labs.md"
        company.write_bytes(company.read_bytes())
        session.rebuild(Change(frozenset({CONTENT}), (str(company),)))
        session.settle()
        return [updated, site_files(root / "site")], lines
    finally:
        session.http.shutdown()
        session.stop()
