"""`jobsite serve`'s update after a save of one posting (generator/incremental.py) is the cold build: random
sequences of saves go through the server's rebuild path (called directly, no watcher, no sleeps); every file an
update writes is the cold build's, and once the server settles, the whole site is."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import generator.build
import generator.write
from generator.base.addresses import category_url, company_url, listing_page_url, page_file
from generator.base.cache import Cache
from generator.build import build_site
from generator.config import make_options
from generator.incremental import update_site
from generator.serve import CONTENT, TEMPLATES, Change, DevServer, FileEvent

from ..conftest import CLOCK, POSTING, REPO, SITE, basic_tree, write_tree
from ..write.test_incremental import Board, tree_bytes

# Every change a Board makes but the clock's: a server keeps the clock it started with.
SAVES = ("edit_title", "edit_body", "edit_body", "add", "edit_salary", "delete", "rename", "company", "site",
         "template", "compensation", "commit", "edit_level")
FAST = ("edit_title", "edit_body")  # a title that keeps its level, or a description: no full build
# What an update leaves to the full build that follows once saves pause (generator/incremental.py): the first
# listing page and the saved-jobs page (they name the indexes), the indexes, jobs.json, the JSON Feed, the daily
# digests, the sitemap, the statistics and other postings' pages (their similar roles).
LEFT_TO_SETTLE = re.compile(r"index\.html|saved/index\.html|data/.+|(.+/)?daily\.(xml|atom)|feed\.json|jobs\.json"
                            r"|sitemap\.xml|stats/.+|jobs/[^/]+/[^/]+/index\.html")


def stamps(*folders: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for folder in folders for p in folder.rglob("*") if p.is_file()}


def saved(before: dict[Path, int], after: dict[Path, int]) -> Change:
    """What the watcher would report for these files' changes."""
    paths = sorted(str(p.resolve()) for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    kinds = {TEMPLATES if "/templates/" in p else CONTENT for p in paths}
    return Change(frozenset(kinds), tuple(paths))


def cold_site(board: Board, folder: Path) -> dict[str, bytes]:
    """The site a cold build makes of the board now."""
    shutil.rmtree(folder, ignore_errors=True)
    build_site(make_options(board.content, folder, templates=board.templates, clock=board.clock), Cache(None))
    return tree_bytes(folder)


def check_update(where: str, change: Change, before: dict[str, bytes], served: dict[str, bytes],
                 cold: dict[str, bytes]) -> None:
    """What an update wrote is the cold build's, and only what incremental.py leaves to the catch-up lags: never
    the posting's own page, its listings or its feeds."""
    written = [path for path, data in served.items() if before.get(path) != data]
    wrong = [path for path in written if cold.get(path) != served[path]]
    assert written and not wrong, f"{where}: the update wrote what a cold build does not: {wrong[:5]}"
    behind = [path for path in cold if served.get(path) != cold[path]]
    own = re.sub(r".*/content/(jobs/.+)\.md$", r"\1/index.html", change.paths[0])
    assert own not in behind and all(LEFT_TO_SETTLE.fullmatch(p) for p in behind), f"{where}: {behind}"


def serving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            postings: dict[str, dict]) -> tuple[DevServer, list[str]]:
    """A served board of these postings after its first build, and what the server has said."""
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "cache"))
    write_tree(tmp_path / "content", basic_tree(**postings))
    options = make_options(tmp_path / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK)
    said: list[str] = []
    server = DevServer(options, port=0, echo=said.append)
    server.rebuild(Change(frozenset({CONTENT}), ()))
    return server, said


# One random sequence beside the fixed one that makes every kind of save (tests/golden/test_serve_sessions.py runs a
# whole session too): each costs some 9 CPU s, and the suite must stay inside CI's ten minutes.
@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(saves=list(SAVES), seed=0)
@given(saves=st.lists(st.sampled_from(SAVES), min_size=3, max_size=7), seed=st.integers(0, 10_000))
def test_updates_after_saves_equal_cold_builds(tmp_path_factory, monkeypatch: pytest.MonkeyPatch,
                                               saves: list[str], seed: int) -> None:
    root = tmp_path_factory.mktemp("served")
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(root / "cache"))
    board = Board(root, random.Random(seed))
    said: list[str] = []
    server = DevServer(make_options(board.content, root / "site", templates=board.templates, clock=board.clock),
                       port=0, echo=said.append)
    try:
        server.rebuild(Change(frozenset({CONTENT}), ()))
        for step, op in enumerate(saves):
            before, site_before = stamps(board.content, board.templates), tree_bytes(root / "site")
            board.apply(op)
            said.clear()
            change = saved(before, stamps(board.content, board.templates))
            server.rebuild(change)
            cold, served = cold_site(board, root / "cold"), tree_bytes(root / "site")
            where = f"after {saves[:step + 1]}"
            updated = any(line.startswith("Updated after") for line in said)
            assert updated or op not in FAST, f"{where}: a full build ran: {said}"
            assert not any("internal error" in line for line in said), f"{where}: {said}"
            if updated:  # (a full build in serve may write the last search index's address: it is checked below)
                check_update(where, change, site_before, served, cold)
            if server.settle_pending:
                server.settle()
            served = tree_bytes(root / "site")
            assert sorted(served) == sorted(cold), f"{where}: files differ"
            differing = [path for path in cold if served[path] != cold[path]]
            assert not differing, f"{where}: {differing[:5]}"
    finally:
        server.http.server_close()



def test_an_updated_title_brings_its_own_similar_roles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A title that now shares its words with other roles suggests those, as a cold build does, without one."""
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "cache"))
    postings = {f"{word.lower()}-{i}": {**POSTING, "title": f"{word} Wrangler {i}", "tags": ["ros2"]}
                for word in ("Quokka", "Wombat") for i in range(4)}
    write_tree(tmp_path / "content", basic_tree(**postings))
    said: list[str] = []
    options = make_options(tmp_path / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK)
    server = DevServer(options, port=0, echo=said.append)
    try:
        server.rebuild(Change(frozenset({CONTENT}), ()))
        page = tmp_path / "site/jobs/acme/quokka-0/index.html"
        assert "Quokka Wrangler 1" in page.read_text() and "Wombat Wrangler 1" not in page.read_text()
        path = tmp_path / "content/jobs/acme/quokka-0.md"
        path.write_text(path.read_text().replace("title: Quokka Wrangler 0", "title: Wombat Wrangler 9"))
        server.rebuild(Change(frozenset({CONTENT}), (str(path.resolve()),)))
        assert said[-1].startswith("Updated after")
        build_site(make_options(tmp_path / "content", tmp_path / "cold", templates=REPO / "templates", clock=CLOCK),
                   Cache(None))
        cold = (tmp_path / "cold/jobs/acme/quokka-0/index.html").read_text()
        assert "Wombat Wrangler 1" in cold and page.read_text() == cold
    finally:
        server.http.server_close()


def test_two_postings_saved_together_are_both_updated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor's "save all": one burst names two postings, and both pages show their new titles at once."""
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "cache"))
    write_tree(tmp_path / "content", basic_tree(**{f"role-{i}": {**POSTING, "title": f"Role {i}"} for i in range(2)}))
    options = make_options(tmp_path / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK)
    server = DevServer(options, port=0, echo=lambda line: None)
    try:
        server.rebuild(Change(frozenset({CONTENT}), ()))
        paths = [tmp_path / f"content/jobs/acme/role-{i}.md" for i in range(2)]
        for i, path in enumerate(paths):
            path.write_text(path.read_text().replace(f"title: Role {i}", f"title: Renamed Role {i}"))
        server.rebuild(Change(frozenset({CONTENT}), tuple(str(p.resolve()) for p in paths)))
        for i in range(2):
            assert f"Renamed Role {i}" in (tmp_path / f"site/jobs/acme/role-{i}/index.html").read_text()
    finally:
        server.http.server_close()


def test_a_title_that_moves_the_level_of_a_role_with_its_own_pay_range_is_the_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the employer's range there is no estimate to move with the title, so only the level does: its level
    filters, counts and badge must follow, as in a cold build (a patch in place would leave them stale)."""
    salary = {"min": 90000, "max": 120000, "currency": "EUR", "period": "year"}
    server, said = serving(tmp_path, monkeypatch, {f"role-{i}": {**POSTING, "title": f"Senior Widget Engineer {i}",
                                                                 "salary": salary} for i in range(2)})
    try:
        path = tmp_path / "content/jobs/acme/role-0.md"
        path.write_text(path.read_text().replace("title: Senior Widget", "title: Junior Widget"))
        site_before = tree_bytes(tmp_path / "site")
        change = Change(frozenset({CONTENT}), (str(path.resolve()),))
        server.rebuild(change)
        build_site(make_options(tmp_path / "content", tmp_path / "cold", templates=REPO / "templates",
                                clock=CLOCK), Cache(None))
        cold, served = tree_bytes(tmp_path / "cold"), tree_bytes(tmp_path / "site")
        assert any("/junior/" in p for p in cold) and any("/senior/" in p for p in cold)
        if said[-1].startswith("Updated after"):  # the quick way: what it wrote must already be the cold build's
            check_update("a title from Senior to Junior", change, site_before, served, cold)
        if server.settle_pending:
            server.settle()
        served = tree_bytes(tmp_path / "site")
        assert sorted(served) == sorted(cold) and [p for p in cold if served[p] != cold[p]] == []
    finally:
        server.http.server_close()


def test_the_catch_up_does_not_render_again_what_the_update_wrote(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick update records what it wrote, so the full build after it renders only what it left behind."""
    server, said = serving(tmp_path, monkeypatch, {f"role-{i}": {**POSTING, "title": f"Widget Engineer {i}"}
                                                   for i in range(2)})
    try:
        path = tmp_path / "content/jobs/acme/role-0.md"
        path.write_text(path.read_text().replace("title: Widget Engineer 0", "title: Gadget Engineer 0"))
        server.rebuild(Change(frozenset({CONTENT}), (str(path.resolve()),)))
        assert said[-1].startswith("Updated after") and server.settle_pending
        rendered: list[str] = []
        todo = generator.write._todo

        def counted(outputs: list, *rest) -> list[int]:
            found = todo(outputs, *rest)
            rendered.extend(outputs[i].path for i in found)
            return found
        monkeypatch.setattr(generator.write, "_todo", counted)
        server.settle()
        assert rendered and all(LEFT_TO_SETTLE.fullmatch(p) for p in rendered), rendered
        assert "jobs/acme/role-0/index.html" not in rendered
    finally:
        server.http.server_close()


def test_a_warning_fixed_and_made_again_is_printed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """serve prints a warning once, until a save fixes it: the fix must reach the printed list, so the same
    mistake made again, before the catch-up build, is shown again (not taken for the one already on screen)."""
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Widget Engineer"}})
    try:
        path = tmp_path / "content/jobs/acme/role.md"
        good = path.read_text()
        bad = good.rstrip("\n") + "\n\nSee [the handbook](ftp://acme.example/handbook).\n"
        for text, warned in ((bad, True), (good, False), (bad, True)):
            said.clear()
            path.write_text(text)
            server.rebuild(Change(frozenset({CONTENT}), (str(path.resolve()),)))  # saves too quick to settle
            assert any("ftp://acme.example/handbook" in line for line in said) is warned, said
    finally:
        server.http.server_close()


# ---- a save during the catch-up ----------------------------------------------------------------------------------

STAGES = ("read", "model", "render", "write")


def hook_stages(monkeypatch: pytest.MonkeyPatch, landing: str, land: Callable[[], None]) -> list[str]:
    """Record the build stages that run (write: each output the writer renders); the first time the stage
    `landing` starts, call `land()`."""
    seen: list[str] = []
    places = {"read": (generator.build, "read_sources"), "model": (generator.build, "assemble"),
              "render": (generator.build, "render_site"), "write": (generator.write._Job, "__call__")}

    def hooked(stage: str, original: Callable) -> Callable:
        def run(*args, **kwargs):
            if stage == landing and landing not in seen:
                land()
            seen.append(stage)
            return original(*args, **kwargs)
        return run

    for stage, (owner, name) in places.items():
        monkeypatch.setattr(owner, name, hooked(stage, getattr(owner, name)))
    return seen


@pytest.mark.parametrize("landing", STAGES)
def test_a_save_during_the_catch_up_stops_it_and_goes_the_quick_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    landing: str) -> None:
    """A save heard while the catch-up runs stops it at the next safe point (between stages, between the writer's
    chunks), the site and the cache's record of it as they were; the save is an update, and the catch-up that
    follows brings the whole site to the cold build."""
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "cache"))
    board, site, said = Board(tmp_path, random.Random(landing)), tmp_path / "site", []
    server = DevServer(make_options(board.content, site, templates=board.templates, clock=board.clock), port=0,
                       echo=said.append)

    def save(op: str) -> Change:
        before = stamps(board.content)
        board.apply(op)
        return saved(before, stamps(board.content))

    def land() -> None:  # the editor saves while the catch-up runs; the watcher hears it
        for path in save("edit_title").paths:
            server.hear(FileEvent("closed", path))

    try:
        server.rebuild(Change(frozenset({CONTENT}), ()))
        server.rebuild(save("edit_body"))
        assert said[-1].startswith("Updated after") and server.settle_pending
        on_disk, before = stamps(site), tree_bytes(site)
        record = dict(server.cache.outputs.entries), dict(server.cache.dependencies.entries)
        seen = hook_stages(monkeypatch, landing, land)
        server.settle()
        ran = seen.copy()
        assert said[-1].startswith("Catch-up stopped for a save") and server.settle_pending, said
        assert landing in ran and not set(ran) & set(STAGES[STAGES.index(landing) + 1:]), ran
        assert stamps(site) == on_disk and tree_bytes(site) == before  # not one file touched
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]  # its staging discarded
        assert (server.cache.outputs.entries, server.cache.dependencies.entries) == record

        change = server.next_change(timeout=0)
        assert change is not None and change.needs_rebuild and not server.saving.is_set()
        server.rebuild(change)
        assert said[-1].startswith("Updated after"), said
        cold = cold_site(board, tmp_path / "cold")
        check_update(f"landing while {landing}", change, before, tree_bytes(site), cold)
        server.settle()
        assert said[-1].startswith("Search index and whole-board pages updated") and not server.settle_pending
        assert tree_bytes(site) == cold
    finally:
        server.http.server_close()


# --- Saves that must not take the quick way, and the quick way for a closed posting ----------------------------

def retitle(server: DevServer, path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text().replace(f"title: {old}", f"title: {new}"))
    server.rebuild(Change(frozenset({CONTENT}), (str(path.resolve()),)))


@pytest.mark.parametrize("mode", ["trust_checks", "pay_transparency"])
def test_a_board_whose_cross_file_checks_are_errors_builds_every_save_in_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    pay = {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}  # passes pay transparency
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Role", "salary": pay}})
    try:
        site = tmp_path / "content/site.yaml"
        site.write_text(yaml.safe_dump({**SITE, mode: "error"}, sort_keys=False))
        server.rebuild(Change(frozenset({CONTENT}), (str(site.resolve()),)))
        said.clear()
        retitle(server, tmp_path / "content/jobs/acme/role.md", "Role", "Renamed Role")
        assert said and not any(line.startswith("Updated after") for line in said), said
        assert "Renamed Role" in (tmp_path / "site/jobs/acme/role/index.html").read_text()
    finally:
        server.http.server_close()


def test_a_commit_since_the_build_makes_a_save_a_full_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commit dates the pages ("Updated …"): the quick way would leave every other page undated."""
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Role"},
                                                   "other": {**POSTING, "title": "Other"}})
    try:
        git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(tmp_path / "content")]
        env = {"GIT_AUTHOR_DATE": "2026-11-25T10:00:00Z", "GIT_COMMITTER_DATE": "2026-11-25T10:00:00Z"}
        subprocess.run(["git", "init", "-q", str(tmp_path / "content")], check=True)
        subprocess.run([*git, "add", "."], check=True)
        subprocess.run([*git, "commit", "-qm", "x"], check=True, env={**os.environ, **env})
        said.clear()
        retitle(server, tmp_path / "content/jobs/acme/role.md", "Role", "Renamed Role")
        assert said and not any(line.startswith("Updated after") for line in said), said
    finally:
        server.http.server_close()


def test_a_closed_postings_save_updates_its_own_pages_and_no_listing(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Role", "closed": "2026-11-20"},
                                                   "open": {**POSTING, "title": "Open Role"}})
    try:
        before = tree_bytes(tmp_path / "site")
        said.clear()
        retitle(server, tmp_path / "content/jobs/acme/role.md", "Role", "Renamed Role")
        assert said and said[-1].startswith("Updated after"), said
        changed = sorted(p for p, data in tree_bytes(tmp_path / "site").items() if before.get(p) != data)
        assert changed and all(p.startswith("jobs/acme/role/") for p in changed), changed
        assert "Renamed Role" in (tmp_path / "site/jobs/acme/role/index.html").read_text()
    finally:
        server.http.server_close()


def test_a_save_behind_newer_closed_roles_rewrites_the_listing_pages_that_show_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A posting's page in each listing is counted among that listing's open roles only: fifty newer closed roles
    (ahead of it among all postings) must not send its update to a page 3 the listings do not have, nor fifty
    newer open roles in another category send its category's to a page 2."""
    def role(name: str, posted: dt.date, **more: str) -> dict:
        slug = name.lower().replace(" ", "-")
        return {**POSTING, "title": name, "posted": posted, "apply_url": f"https://acme.example/careers/{slug}", **more}
    postings = {f"closed-{i:02}": role(f"Closed Role {i}", dt.date(2026, 11, 20), closed="2026-11-22")
                for i in range(50)}
    postings |= {f"open-{i:02}": role(f"Open Role {i}", dt.date(2026, 11, 15), category="ai") for i in range(50)}
    postings["target"] = role("Target Role", dt.date(2026, 11, 1))  # page 2 at home and at acme, 1 in robotics
    server, said = serving(tmp_path, monkeypatch, postings)
    try:
        said.clear()
        retitle(server, tmp_path / "content/jobs/acme/target.md", "Target Role", "Renamed Target Role")
        assert said and said[-1].startswith("Updated after"), said
        for first, number in (("/", 2), (category_url("robotics"), 1), (company_url("acme"), 2)):
            page = (tmp_path / "site" / page_file(listing_page_url(first, number))).read_text()
            assert "Renamed Target Role" in page and ">Target Role<" not in page, first
        assert not (tmp_path / "site" / page_file(listing_page_url("/", 3))).exists()
    finally:
        server.http.server_close()


def test_a_new_posting_is_a_full_build_without_an_internal_error(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Role"}})
    try:
        said.clear()
        path = tmp_path / "content/jobs/acme/new.md"
        path.write_text((tmp_path / "content/jobs/acme/role.md").read_text().replace("title: Role", "title: New"))
        server.rebuild(Change(frozenset({CONTENT}), (str(path.resolve()),)))
        assert said and said[-1].startswith("Rebuilt after ") and ": Built 2 open postings" in said[-1], said
        assert not any("internal error" in line or line.startswith("Updated after") for line in said), said
        assert (tmp_path / "site/jobs/acme/new/index.html").is_file()
    finally:
        server.http.server_close()


def test_an_update_into_a_folder_this_cache_never_built_is_left_to_a_full_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server, said = serving(tmp_path, monkeypatch, {"role": {**POSTING, "title": "Role"}})
    try:
        path = tmp_path / "content/jobs/acme/role.md"
        path.write_text(path.read_text().replace("title: Role", "title: Renamed Role"))
        elsewhere = dataclasses.replace(server.options, output_dir=tmp_path / "elsewhere")
        heard: list[object] = []
        assert update_site(server.model, path.resolve(), elsewhere, server.cache, lambda *a: heard.append(a)) is None
        assert heard == [] and not (tmp_path / "elsewhere").exists()
    finally:
        server.http.server_close()
