"""Warm rebuilds of one small board after each kind of edit, and after damage to its cache or its site, as a user
runs them: `jobsite build --verbose`, whose report (warnings, how the model was made and why, what the writer
wrote, the summary; the timings blanked out) and whose effect on site/ are approved step by step.

The board is small (two companies, nine postings) but is paged by three (the listings' size is lowered for this
test), so the home page, a category and a company each have pages 2 and 3 and an edit moves postings between
pages; jobs.json is cut into runs of a few postings and the search index into several shards (both limits lowered
too), so those paths are taken as on a board of thousands. expected/rebuilds-cold/ is the first, cold build;
expected/rebuilds-warm/<step>/ holds each warm build's report and the files it added, changed (as diffs) and
removed. On JOBSITE_UPDATE_GOLDEN=1 every step is also built COLD in a fresh folder (no cache, no site), and the
warm site must equal it byte for byte: the approved files are those of a cold build.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import cli
from generator.base.cache import CACHE_DIR_NAME, DATABASE
from generator.base.progress import DelayedProgressBar
from generator.render.browse import search
from generator.render.feeds import entries
from generator.render.pages import paginate
from tests.conftest import CLOCK, COMPANY, POSTING, REPO, SITE, compensation_table, front_matter
from tests.golden.approve import UPDATE, approve
from tests.golden.test_site import changes, site_files

SECONDS = re.compile(r" in \d+\.\d+ s\b")
TIMING = re.compile(r"  (\S.*\S) +\d+\.\d{3} s|  cpu seconds .*")  # --verbose's stage timings: the machine's
PER_PAGE = 2  # the home page has five pages, so its links elide some (1 2 3 … 5)
RUN_CUT = 2  # about every second posting ends a run of jobs.json
SHARD_LIMIT = 200  # bytes of JSON: the index's words spread over some 40 shards, a few cut by a third letter


def posting(title: str, **fields: object) -> dict:
    """The conftest's posting with these fields; a field given as None is left out."""
    return {key: value for key, value in {**POSTING, "title": title, **fields}.items() if value is not None}


COMPANIES = {
    "acme": COMPANY,
    "brindle": {**COMPANY, "name": "Brindle Chain", "website": "https://brindle.example", "stage": "seed",
                "tagline": "Ledgers for shipping.", "headquarters": {"city": "Lisbon", "country": "PT"}},
}
POSTINGS = {
    "acme/senior-robotics-engineer": posting("Senior Robotics Engineer",
                                             salary={"min": 80000, "max": 100000, "currency": "EUR",
                                                     "period": "year"}),
    "acme/perception-engineer": posting("Perception Engineer", tags=["python", "vision"],
                                        posted=dt.date(2026, 11, 3)),
    "acme/motion-planning-lead": posting("Motion Planning Lead", tags=["cpp", "planning"],
                                         posted=dt.date(2026, 11, 5), expires=dt.date(2026, 11, 26)),
    "acme/firmware-engineer": posting("Firmware Engineer", tags=["c", "embedded"], posted=dt.date(2026, 11, 7)),
    "acme/ml-engineer-grasping": posting("ML Engineer, Grasping", category="ai", tags=["pytorch"],
                                         posted=dt.date(2026, 11, 9)),
    # Remote from its home base (no eligibility list): applicants may live in its locations' countries.
    "acme/robot-fleet-operator": posting("Robot Fleet Operator", employment_type="contract", tags=None,
                                         workplace="remote", posted=dt.date(2026, 11, 11)),
    "brindle/solidity-engineer": posting("Solidity Engineer", company="brindle", category="web3",
                                         tags=["solidity", "evm"], workplace="remote",
                                         remote_eligibility=["Europe"], locations=None,
                                         apply_url="https://brindle.example/jobs/solidity",
                                         posted=dt.date(2026, 11, 13)),
    "brindle/protocol-researcher": posting("Protocol Researcher", company="brindle", category="web3",
                                           tags=["zk"], workplace="remote", remote_eligibility=["Europe"],
                                           locations=None, apply_url="https://brindle.example/jobs/researcher",
                                           posted=dt.date(2026, 11, 15)),
    "brindle/robotics-integrator": posting("Robotics Integrator", company="brindle", tags=["ros2"],
                                           apply_url="https://brindle.example/jobs/integrator",
                                           posted=dt.date(2026, 11, 17)),
}
NEW = posting("Controls Engineer", tags=["cpp", "controls"], posted=dt.date(2026, 11, 20))


def board(root: Path) -> Path:
    content = root / "content"
    files: dict[str, str | bytes] = {"site.yaml": yaml.safe_dump(SITE, sort_keys=False),
                                     "data/compensation.yaml": compensation_table()}
    files |= {f"companies/{slug}.md": front_matter(data, f"{data['name']} is hiring.\n")
              for slug, data in COMPANIES.items()}
    files |= {f"jobs/{rel}.md": front_matter(data, f"The {data['title']} role.\n\nWork on things.\n")
              for rel, data in POSTINGS.items()}
    for rel, data in files.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return root


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path.name}: the edit no longer matches"
    path.write_text(text.replace(old, new), encoding="utf-8")


def own_templates(root: Path) -> Path:
    """templates/ beside content/: the board's own, which the build prefers to the bundled ones."""
    if not (root / "templates").is_dir():
        shutil.copytree(REPO / "templates", root / "templates")
    return root / "templates"


def database(root: Path) -> Path:
    return root / CACHE_DIR_NAME / DATABASE


# Each step: (name, what it does to the board's folder, the day it builds on). The steps run in order, in one
# folder, each on the cache and the site the step before left.
def _edit_posting(root: Path) -> None:
    path = root / "content/jobs/acme/perception-engineer.md"
    replace(path, "title: Perception Engineer", "title: Perception Engineer, Outdoor")
    replace(path, "- vision", "- ros2")  # its similar roles change
    replace(path, "posted: 2026-11-03\n", "posted: 2026-11-03\nexpires: 2026-12-20\n")  # a closing date: a cell


def _save_unchanged(root: Path) -> None:
    """An editor's save that rewrites a posting's bytes as they were: its signature moves, its content does not."""
    path = root / "content/jobs/acme/firmware-engineer.md"
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))


def _break_posting(root: Path) -> None:
    replace(root / "content/jobs/acme/robot-fleet-operator.md", "category: robotics", "category: biotech")


def _fix_posting(root: Path) -> None:
    replace(root / "content/jobs/acme/robot-fleet-operator.md", "category: biotech", "category: robotics")


def _break_template_syntax(root: Path) -> None:
    replace(own_templates(root) / "base.html", "</footer>", "{% if %}</footer>")


def _break_template_at_render(root: Path) -> None:
    replace(own_templates(root) / "base.html", "{% if %}</footer>", "{{ no_such_value.field }}</footer>")


def _fix_template(root: Path) -> None:
    replace(own_templates(root) / "base.html", "{{ no_such_value.field }}</footer>", "</footer>")


def _add_posting(root: Path) -> None:
    (root / "content/jobs/acme/controls-engineer.md").write_text(
        front_matter(NEW, "The Controls Engineer role.\n"), encoding="utf-8")


def _remove_posting(root: Path) -> None:
    (root / "content/jobs/acme/firmware-engineer.md").unlink()


def _rename_posting(root: Path) -> None:
    jobs = root / "content/jobs/brindle"
    (jobs / "protocol-researcher.md").rename(jobs / "zk-protocol-researcher.md")


def _edit_company(root: Path) -> None:
    replace(root / "content/companies/brindle.md", "tagline: Ledgers for shipping.",
            "tagline: Ledgers for freight.")


def _edit_templates(root: Path) -> None:
    """A rule added to the stylesheet (its hashed address moves on every page) and a line to the footer."""
    style = own_templates(root) / "static" / "style.css"
    style.write_text(style.read_text(encoding="utf-8") + "\n.golden-rebuild { color: inherit; }\n",
                     encoding="utf-8")
    replace(own_templates(root) / "base.html", "</footer>", "<p>Rebuilt warm.</p></footer>")


def _edit_compensation(root: Path) -> None:
    path = root / "content/data/compensation.yaml"
    text = path.read_text(encoding="utf-8")
    changed = text.replace('series-a: {label: "Series A", modifier: -0.15,',
                           'series-a: {label: "Series A", modifier: -0.05,')
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def _nothing(root: Path) -> None:
    pass


def _damage_database(root: Path) -> None:
    database(root).write_bytes(b"not a database" * 100)


def _damage_snapshot(root: Path) -> None:
    found = sorted((root / CACHE_DIR_NAME).glob("snapshot-*.pickle"))
    for path in found:
        path.write_bytes(b"\x80\x05garbage")
    with sqlite3.connect(database(root)) as conn:  # and the rows that hold smaller snapshots inline
        conn.execute("UPDATE snapshot SET value = x'00'")
    conn.close()


def _site_built_elsewhere(root: Path) -> None:
    """site/ deleted and put back as another checkout built it: the first build's files (pages of postings since
    removed, closed or renamed among them); and a cache that can be neither read nor saved (its database a
    folder): the build is a cold one that says nothing of it."""
    shutil.rmtree(root / "site")
    (root / "first-site").rename(root / "site")
    database(root).unlink()
    database(root).mkdir()


DAY = dt.timedelta(days=1)
STEPS: tuple[tuple[str, Callable[[Path], None], dt.datetime, tuple[str, ...]], ...] = (
    ("01-nothing-changed", _nothing, CLOCK, ()),
    ("02-posting-edited", _edit_posting, CLOCK, ()),
    ("03-posting-saved-unchanged", _save_unchanged, CLOCK, ()),
    ("04-posting-broken", _break_posting, CLOCK, ()),
    ("05-posting-fixed", _fix_posting, CLOCK, ()),
    ("06-posting-added", _add_posting, CLOCK, ()),
    ("07-posting-removed", _remove_posting, CLOCK, ()),
    ("08-posting-renamed", _rename_posting, CLOCK, ()),
    ("09-company-edited", _edit_company, CLOCK, ()),
    ("10-stylesheet-and-template-changed", _edit_templates, CLOCK, ()),
    ("11-template-syntax-error", _break_template_syntax, CLOCK, ()),
    ("12-template-error-at-render", _break_template_at_render, CLOCK, ()),
    ("13-template-fixed", _fix_template, CLOCK, ()),
    ("14-compensation-changed", _edit_compensation, CLOCK, ()),
    ("15-a-day-later-a-posting-closes", _nothing, CLOCK + DAY, ()),
    ("16-database-damaged", _damage_database, CLOCK + DAY, ()),
    ("17-snapshot-damaged", _damage_snapshot, CLOCK + DAY, ()),
    ("18-site-built-elsewhere-cache-unwritable-two-processes", _site_built_elsewhere, CLOCK + DAY, ("--workers", "2")),
)


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paginate.paginate, "__defaults__", (PER_PAGE,))
    monkeypatch.setattr(paginate.page_showing, "__defaults__", (PER_PAGE,))
    monkeypatch.setattr(entries, "RUN_CUT", RUN_CUT)
    monkeypatch.setattr(search, "SHARD_LIMIT", SHARD_LIMIT)
    # The progress bar appears only on a slow build: never, so the report does not depend on the machine.
    monkeypatch.setattr(cli, "DelayedProgressBar", functools.partial(DelayedProgressBar, delay=math.inf))


def build(root: Path, monkeypatch: pytest.MonkeyPatch, clock: dt.datetime, *args: str) -> str:
    """`jobsite build --verbose` in root at `clock`; what it printed, the timings blanked."""
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(clock.timestamp())))
    run = CliRunner().invoke(cli.main, ["build", "--verbose", *args])
    assert run.exception is None or isinstance(run.exception, SystemExit), run.output
    lines = [line for line in run.output.splitlines() if not TIMING.fullmatch(line)] + [f"exit {run.exit_code}"]
    return "".join(SECONDS.sub(" in … s", line) + "\n" for line in lines)


def cold_copy(root: Path, into: Path, monkeypatch: pytest.MonkeyPatch, clock: dt.datetime
              ) -> tuple[str, dict[str, bytes]]:
    """root's inputs (content/, templates/) built cold in `into` (no cache, no site): the report and the site."""
    for name in ("content", "templates"):
        if (root / name).is_dir():
            shutil.copytree(root / name, into / name)
    report = build(into, monkeypatch, clock, "--no-cache")
    return report.replace("in full (cache off)", "in full (no snapshot)"), site_files(into / "site")


@pytest.mark.usefixtures("small_limits")
def test_warm_rebuilds_after_each_kind_of_edit_equal_cold_builds(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    root = board(tmp_path / "board")
    first = build(root, monkeypatch, CLOCK)
    before = site_files(root / "site")
    approve("rebuilds-cold", {"build.txt": first, **{f"site/{rel}": data for rel, data in before.items()}})
    shutil.copytree(root / "site", root / "first-site")
    found: dict[str, bytes | str] = {}
    for n, (name, act, clock, args) in enumerate(STEPS):
        act(root)
        found[f"{name}/build.txt"] = report = build(root, monkeypatch, clock, *args)
        after = site_files(root / "site")
        if UPDATE:
            cold, want = cold_copy(root, tmp_path / f"cold-{n}", monkeypatch, clock)
            if report.endswith("exit 0\n"):
                assert sorted(after) == sorted(want), f"{name}: the warm build wrote other files than a cold one"
                assert [rel for rel in want if after[rel] != want[rel]] == [], f"{name}: warm differs from cold"
            else:
                assert cold == report, f"{name}: the warm build failed otherwise than a cold one"
        found |= {f"{name}/{rel}": data for rel, data in changes(before, after).items()}
        before = after
    approve("rebuilds-warm", found)
