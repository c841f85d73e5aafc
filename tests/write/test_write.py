"""The writer: unchanged files untouched, stale ones gone, a failed build leaves the old site, any worker count
gives the same bytes."""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pytest

from generator.base import parallel
from generator.base.cache import CACHE_DIR_NAME, Cache
from generator.base.errors import ContentError, Problem
from generator.base.memo import Unkeyable
from generator.build import build_site
from generator.config import make_options
from generator.render.output import LazyOutput, Linked, Output, Read
from generator.write import (
    Put,
    Staging,
    UnsafeOutputPath,
    _files_in,
    _manifest,
    _problems_of,
    _read,
    _regular_file_size,
    dependencies_of,
    write_outputs,
    write_site,
    write_some,
)
from generator.write.board import Board

from ..conftest import CLOCK, POSTING, REPO, basic_tree


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under root: (inode, mtime_ns, bytes)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            st = path.stat()
            out[path.relative_to(root).as_posix()] = (st.st_ino, st.st_mtime_ns, path.read_bytes())
    return out


def test_unchanged_files_keep_inode_and_mtime_changed_ones_are_new_stale_ones_go(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a"),
                   Output("jobs/b/index.html", b"B", "b")], site)
    before = snapshot(site)
    report = write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A2", "a"),
                            Output("jobs/c/index.html", b"C", "c")], site)
    after = snapshot(site)
    assert after["index.html"] == before["index.html"]  # same inode, same mtime: not rewritten
    assert after["jobs/a/index.html"][2] == b"A2" and after["jobs/a/index.html"][0] != before["jobs/a/index.html"][0]
    assert "jobs/b/index.html" not in after and not (site / "jobs/b").exists()
    assert after["jobs/c/index.html"][2] == b"C"
    assert (report.files, report.written, report.removed, report.swapped) == (3, 2, 1, True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging or retired folder left


def test_a_changed_file_of_the_same_size_is_rewritten(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_outputs([Output("index.html", b"<p>10 roles</p>", "a")], site)
    report = write_outputs([Output("index.html", b"<p>12 roles</p>", "a")], site)
    assert (site / "index.html").read_bytes() == b"<p>12 roles</p>" and report.written == 1


def test_identical_output_swaps_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    outputs = [Output("index.html", b"home", "a"), Output("feed.xml", b"<rss/>", "a")]
    write_outputs(outputs, site)
    folder_inode = site.stat().st_ino
    report = write_outputs(outputs, site)
    assert not report.swapped and report.written == 0
    assert site.stat().st_ino == folder_inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def explode() -> bytes:
    raise RuntimeError("template blew up")


def test_a_failure_while_writing_leaves_the_old_site_and_no_debris(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_outputs([Output("index.html", b"home", "a")], site)
    before = snapshot(site)

    with pytest.raises(RuntimeError):
        write_outputs([Output("index.html", b"new home", "a"), LazyOutput("jobs/x/index.html", "x", explode)], site)
    with pytest.raises(UnsafeOutputPath):
        write_outputs([Output("index.html", b"new home", "a"), Output("../escape.html", b"x", "x")], site)
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_staging_leaves_the_live_site_alone_until_applied(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_outputs([Output("index.html", b"home", "a")], site)
    staging = Staging(site)
    assert staging.put("index.html", b"home") is Put.SAME
    assert staging.put("index.html", b"changed") is Put.CHANGED
    assert staging.put("jobs/a/index.html", b"new") is Put.NEW and not (site / "jobs").exists()
    with pytest.raises(FileExistsError):
        staging.put("index.html", b"changed again")  # a path is staged once, never overwritten
    assert (site / "index.html").read_bytes() == b"home"
    staging.discard()
    assert (site / "index.html").read_bytes() == b"home"


def test_a_memoised_output_must_be_a_module_level_function(tmp_path: Path) -> None:
    # What an output is keyed by is what it is given: a closure could read anything, so it cannot be keyed.
    with pytest.raises(Unkeyable):
        write_outputs([LazyOutput("index.html", "a", lambda: b"home")], tmp_path / "site")


@pytest.mark.parametrize("workers", [1, 2])  # with 2, the error may happen in a forked worker
def test_template_error_while_writing_is_a_content_error_and_site_is_untouched(
        scratch_site, tmp_path: Path, workers: int) -> None:
    scratch_site(basic_tree())
    before = snapshot(Path("site"))
    templates = tmp_path / "templates"
    templates.mkdir()
    for path in (REPO / "templates").rglob("*"):
        if path.is_file():
            target = templates / path.relative_to(REPO / "templates")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (templates / "apply.html").write_text("{% extends 'base.html' %}{% block main %}{{ posting.nope.deeper }}"
                                          "{% endblock %}")
    options = make_options("content", "site", templates=templates, clock=CLOCK)
    with pytest.raises(ContentError) as failed:
        build_site(options, workers=workers)
    assert failed.value.problems[0].path.endswith("templates/apply.html")
    assert failed.value.problems[0].line == 1
    assert "template error" in failed.value.problems[0].message and "nope" in failed.value.problems[0].message
    assert snapshot(Path("site")) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]


@pytest.mark.slow
def test_output_is_byte_identical_for_any_worker_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Lower the thresholds so the 36 bundled postings really go through forked workers.
    monkeypatch.setattr(parallel, "MIN_OUTPUTS_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "MIN_SOURCES_PER_WORKER", 1)
    pools: list[int] = []
    real_map = parallel.map_in_processes

    def spy(items, job, n: int, label: str, progress):
        pools.append(n)
        return real_map(items, job, n, label, progress)

    monkeypatch.setattr(parallel, "map_in_processes", spy)
    trees = []
    for workers in (1, 2, 3):
        out = tmp_path / f"site{workers}"
        options = make_options(REPO / "content", out, templates=REPO / "templates", clock=CLOCK)
        # A fresh in-memory cache: every file goes through the warm-up pool, every page through the writers.
        result = build_site(options, cache=Cache(None), workers=workers)
        assert result.report and result.report.files == result.files_written
        trees.append({p: data for p, (_, _, data) in snapshot(out).items()})
    assert [n for n in pools if n > 1] == [2, 3]  # the cold cache was filled by 2 and by 3 processes
    assert trees[0] == trees[1] == trees[2]
    assert len(trees[0]) > 90


def test_parallel_rebuild_rewrites_only_what_changed(scratch_site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_OUTPUTS_PER_WORKER", 1)
    postings = {f"role-{i}": {**POSTING, "title": f"Role {i}"} for i in range(6)}
    scratch_site(basic_tree(**postings))
    before = snapshot(Path("site"))
    postings["role-3"] = {**POSTING, "title": "Role Three"}
    result = scratch_site(basic_tree(**postings))
    after = snapshot(Path("site"))
    changed = {p for p in after if after[p] != before.get(p)}
    assert "jobs/acme/role-3/index.html" in changed and "apply/acme/role-3/index.html" in changed
    # Other postings' pages may change too (they list role-3 among similar roles); pages that do not
    # mention it must be left alone.
    assert "404.html" not in changed and "companies/index.html" not in changed
    assert result.report is not None and result.report.written == len(changed)


def _killed_staging(output_dir: Path) -> Path:
    """Start staging a site in another process and kill it there, as a crash or Ctrl-\\ would; return its folder."""
    import signal
    import subprocess
    import sys

    code = ("import sys, time; from pathlib import Path; from generator.write import Staging; "
            "s = Staging(Path(sys.argv[1])); s.put('index.html', b'half'); print(s.root, flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(output_dir)], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    try:
        root = Path(proc.stdout.readline().strip())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert root.is_dir() and (root / "index.html").read_bytes() == b"half"
    return root


def test_a_killed_build_leaves_nothing_after_the_next_build(tmp_path: Path) -> None:
    site = tmp_path / "site"
    killed = _killed_staging(site)
    legacy = tmp_path / ".site.new-k3x9q2ab"  # named before staging folders carried their owner's process id
    old = tmp_path / f".site.old-{_dead_pid()}.abc"
    for folder in (legacy, old):
        (folder / "jobs").mkdir(parents=True)
    others = [tmp_path / ".site2.new-1.abc", tmp_path / ".sitemap.new-1.abc", tmp_path / ".site.newer"]
    for folder in others:
        folder.mkdir()
    write_outputs([Output("index.html", b"home", "a")], site)
    assert (site / "index.html").read_bytes() == b"home"
    assert not killed.exists() and not legacy.exists() and not old.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["site", *(p.name for p in others)])


def test_the_staging_folders_of_running_builds_are_kept(tmp_path: Path) -> None:
    import os

    from generator.write.leftovers import remove_stale_staging

    running = [tmp_path / f".site.new-{os.getpid()}.abc", tmp_path / ".site.new-1.abc"]  # us, and init
    dead = tmp_path / f".site.new-{_dead_pid()}.abc"
    legacy = tmp_path / ".site.new-1"  # an older jobsite's random name, all digits: no owner recorded, so stale
    for folder in (*running, dead, legacy):
        folder.mkdir()
    assert sorted(remove_stale_staging(tmp_path / "site")) == sorted([dead, legacy])
    assert all(folder.is_dir() for folder in running)


def _dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_files_put_into_the_site_by_hand_are_gone_after_a_warm_build(scratch_site) -> None:
    # The same content gives the same site/: a warm build (which patches the folder it wrote) must not keep
    # what a cold build would not have. Empty folders left behind go too.
    scratch_site(basic_tree())
    cold = {path: data for path, (_, _, data) in snapshot(Path("site")).items()}
    Path("site/stray.html").write_text("added by hand")
    Path("site/jobs/acme/old-role").mkdir(parents=True)
    Path("site/jobs/acme/old-role/index.html").write_text("a page nobody builds")
    result = scratch_site(basic_tree())
    assert {path: data for path, (_, _, data) in snapshot(Path("site")).items()} == cold
    assert not Path("site/jobs/acme/old-role").exists()
    assert result.report is not None and result.report.removed == 2


def test_the_dependency_index_names_each_content_file_s_outputs(scratch_site) -> None:
    # Recorded by the memo while it keys outputs (base/memo.py), never written by hand.
    postings = {"role-a": {**POSTING, "title": "Role A"}, "role-b": {**POSTING, "title": "Role B"}}
    scratch_site(basic_tree(**postings))
    index = dependencies_of(Cache(Path(CACHE_DIR_NAME)))
    outputs = index.outputs_of("content/jobs/acme/role-a.md")
    assert {"jobs/acme/role-a/index.html", "apply/acme/role-a/index.html", "index.html", "feed.xml",
            "companies/acme/index.html", "jobs.json", "text/acme/role-a.txt"} <= outputs
    assert "apply/acme/role-b/index.html" not in outputs and "404.html" not in outputs
    assert "companies/acme/index.html" in index.outputs_of("content/companies/acme.md")
    # An edit re-renders role-b's outputs only; what role-a's outputs were made from is still known.
    scratch_site(basic_tree(**{**postings, "role-b": {**POSTING, "title": "Role B, edited"}}))
    after = dependencies_of(Cache(Path(CACHE_DIR_NAME)))
    assert after.outputs_of("content/jobs/acme/role-a.md") == outputs


@pytest.mark.parametrize("target_bytes", [b"home", b"other bytes"])
def test_a_link_in_the_site_is_replaced_by_the_page_even_when_it_points_at_the_same_bytes(
        tmp_path: Path, target_bytes: bytes) -> None:
    """The site holds regular files only: a symbolic link where a page goes (put there by hand or by another
    tool) is replaced by the page's own file, whatever it points at, and what it pointed at is left alone."""
    site, outside = tmp_path / "site", tmp_path / "outside.html"
    write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site)
    outside.write_bytes(target_bytes)
    (site / "index.html").unlink()
    (site / "index.html").symlink_to(outside)
    report = write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site)
    assert not (site / "index.html").is_symlink() and (site / "index.html").read_bytes() == b"home"
    assert outside.read_bytes() == target_bytes
    assert (report.written, report.removed, report.swapped) == (1, 0, True)


def test_a_page_removed_from_a_folder_that_keeps_others_leaves_them_and_the_folder(tmp_path: Path) -> None:
    """Removing a stale page empties and removes its own folders, up to the first that still holds a file."""
    site = tmp_path / "site"
    write_outputs([Output("jobs/acme/a/index.html", b"A", "a"), Output("jobs/acme/b/index.html", b"B", "b"),
                   Output("jobs/zeta/c/index.html", b"C", "c")], site)
    report = write_outputs([Output("jobs/acme/b/index.html", b"B", "b")], site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == [
        "jobs", "jobs/acme", "jobs/acme/b", "jobs/acme/b/index.html"]
    assert (report.files, report.written, report.removed) == (1, 0, 2)


def test_a_site_is_written_where_asked_even_when_the_folders_above_it_do_not_exist(tmp_path: Path) -> None:
    report = write_outputs([Output("index.html", b"home", "a")], tmp_path / "build/deep/site")
    assert (tmp_path / "build/deep/site/index.html").read_bytes() == b"home" and report.written == 1
    assert sorted(p.name for p in (tmp_path / "build/deep").iterdir()) == ["site"]  # no staging folder left


def test_a_staging_folder_is_named_for_its_own_process_and_told_alive_by_it() -> None:
    """leftovers' decision table, literally: the prefix names this process (not its parent, which outlives a killed
    build), and a pid is running when it is ours or answers signal 0, not when it has exited."""
    import os

    from generator.write.leftovers import is_running, staging_prefix

    assert staging_prefix(Path("/srv/board/site"), "new") == f".site.new-{os.getpid()}."
    assert staging_prefix(Path("out"), "old") == f".out.old-{os.getpid()}."
    assert [is_running(os.getpid()), is_running(1), is_running(_dead_pid())] == [True, True, False]


def test_a_rebuild_of_an_unchanged_site_reads_no_record_yet_restores_a_file_edited_by_hand(
        scratch_site, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.write as writer

    scratch_site(basic_tree())
    cold = snapshot(Path("site"))
    # Nothing moved and the folder is as sealed: the record of every output is not even read.
    with monkeypatch.context() as patched:
        patched.setattr(writer, "_manifest", lambda *args: pytest.fail("read the record of every output"))
        result = scratch_site(basic_tree())
    assert result.report is not None and (result.report.written, result.report.swapped) == (0, False)
    assert snapshot(Path("site")) == cold
    # A page changed by hand, same size: the walk no longer matches the seal, and the page is written again.
    page = Path("site/index.html")
    page.write_bytes(page.read_bytes().replace(b"<", b"(", 1))
    result = scratch_site(basic_tree())
    assert page.read_bytes() == cold["index.html"][2] and result.report is not None and result.report.written == 1
    assert scratch_site(basic_tree()).report.written == 0  # and sealed again


def recorded(cache: Cache, site: Path) -> list[str]:
    """The files the writer's record says are in `site` (cache table `outputs`)."""
    return sorted(_manifest(cache, site.resolve()))


def test_the_record_names_exactly_the_files_in_place_so_a_removed_file_is_counted_once(tmp_path: Path) -> None:
    cache, site = Cache(None), tmp_path / "site"
    home, a, b = Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a"), Output("b.html", b"B", "b")
    reports = [write_site(outputs, site, cache, None) for outputs in ([home, a, b], [home], [home])]
    assert [(r.files, r.written, r.removed, r.swapped) for r in reports] == [
        (3, 3, 0, True), (1, 0, 2, True), (1, 0, 0, False)]  # a build that only removes files changed the site
    assert recorded(cache, site) == ["index.html"] == sorted(p.name for p in site.rglob("*"))


def test_a_save_patches_only_the_folder_the_cache_recorded_and_never_one_gone(tmp_path: Path) -> None:
    """write_some (`jobsite serve` after a save) writes its outputs into the site this cache last wrote and leaves
    the rest; into another folder, or where that site is gone, it writes nothing and says so (None): only a full
    build can write those."""
    cache, site, other = Cache(None), tmp_path / "site", tmp_path / "other"
    write_site([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site, cache, None)
    other.mkdir()
    assert write_some([Output("jobs/a/index.html", b"A2", "a")], other, cache) is None
    report = write_some([Output("jobs/a/index.html", b"A2", "a")], site, cache)
    assert report is not None and (report.files, report.written, report.removed) == (1, 1, 0)
    assert {path: data for path, (_, _, data) in snapshot(site).items()} == {
        "index.html": b"home", "jobs/a/index.html": b"A2"}
    shutil.rmtree(site)
    assert write_some([Output("jobs/a/index.html", b"A3", "a")], site, cache) is None
    assert not site.exists() and list(other.iterdir()) == []


def test_bytes_made_before_writing_are_compared_even_when_no_record_moved(tmp_path: Path) -> None:
    # The assets and the search index are bytes before the writer sees them: a board that did not move says
    # nothing of them (a search index reused while out of date is replaced by the next build's).
    from generator.write.board import Board

    cache, site, board = Cache(None), tmp_path / "site", Board(b"globals", {})
    write_site([Output("search.json", b"old", "index")], site, cache, None, board=board)
    report = write_site([Output("search.json", b"new", "index")], site, cache, None, board=board)
    assert (site / "search.json").read_bytes() == b"new" and report.written == 1


@dataclass(frozen=True)
class _Record:
    """A posting as the board (write/board.py) and an output's key see it: its content file and fingerprint."""

    source: str
    fingerprint: bytes


_RENDERED: list[str] = []  # what the pages below were rendered from, in this process (too few for a worker)


def _page_of(record: _Record) -> bytes:
    _RENDERED.append(record.source)
    return b"page of " + record.fingerprint


def _listing_of(members: tuple[str, ...]) -> bytes:
    _RENDERED.append("listing")
    return " ".join(members).encode()


def _pages(fingerprints: dict[str, bytes], members: tuple[str, ...] = ()) -> tuple[list[Output], Board]:
    """One page per posting (jobs/<name>/index.html, naming its record), with `members` a listing (jobs/index.html,
    naming its Read), and the board of those records."""
    records = {name: _Record(f"content/jobs/acme/{name}.md", fp) for name, fp in fingerprints.items()}
    outputs: list[Output] = [LazyOutput(f"jobs/{name}/index.html", "test", _page_of, r) for name, r in records.items()]
    if members:
        outputs.append(LazyOutput("jobs/index.html", "test", _listing_of, members,
                                  reads=(Read("list /jobs/", members),)))
    return outputs, Board(b"globals", {r.source: r for r in records.values()})


def _counting_keys(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    keyed: list[str] = []
    key = LazyOutput.key
    monkeypatch.setattr(LazyOutput, "key", lambda self, sources=None: keyed.append(self.path) or key(self, sources))
    return keyed


def test_builds_in_a_row_key_render_and_write_exactly_what_changed_since_the_last_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the board, each build keys, renders and writes the outputs of the records and Reads that moved since
    the build before it, and nothing when nothing moved, without reading its record of each output: an edit is
    recorded under its new fingerprint (and each output under its new key and file), so the build after it finds
    nothing to do, and an edit undone is written again (recorded under the old one, the undone edit read as
    unmoved and the page kept the edit)."""
    import generator.write as writer

    cache, site, keyed, read = Cache(None), tmp_path / "site", _counting_keys(monkeypatch), []
    manifest = writer._manifest
    monkeypatch.setattr(writer, "_manifest", lambda *args: read.append(1) or manifest(*args))

    def build(a: bytes, b: bytes, members: tuple[str, ...], extra: bool = True) -> tuple:
        outputs, board = _pages({"a": a, "b": b}, members)
        keyed.clear(), _RENDERED.clear(), read.clear()
        report = write_site(outputs + [Output("extra.txt", b"x", "x")] * extra, site, cache, None, board=board)
        return report.written, report.removed, sorted(keyed), sorted(_RENDERED), bool(read)

    a, b, listing, one, two = "jobs/a/index.html", "jobs/b/index.html", "jobs/index.html", ("a", "b"), ("b", "a")
    ma, mb = "content/jobs/acme/a.md", "content/jobs/acme/b.md"
    assert build(b"A1", b"B1", one) == (4, 0, [a, b, listing], [ma, mb, "listing"], True)
    assert build(b"A1", b"B1", one) == (0, 0, [], [], False)  # nothing moved: not even the record read
    assert build(b"A2", b"B1", one) == (1, 0, [a], [ma], True)
    assert build(b"A2", b"B1", one) == (0, 0, [], [], False)
    assert build(b"A2", b"B2", two) == (2, 0, [b, listing], [mb, "listing"], True)  # b moved in the listing
    assert build(b"A1", b"B2", one, extra=False) == (2, 1, [a, listing], [ma, "listing"], True)  # both undone
    assert build(b"A1", b"B2", one, extra=False) == (0, 0, [], [], False)  # the removed file is not missed
    assert build(b"A1", b"B3", one, extra=False) == (1, 0, [b], [mb], True)  # a, written two builds ago, is as
    assert {path: data for path, (_, _, data) in snapshot(site).items()} == {  # recorded: neither keyed nor read
        a: b"page of A1", b: b"page of B3", listing: b"a b"}


def test_a_listing_page_that_comes_back_to_a_read_it_left_is_written_again(tmp_path: Path) -> None:
    """The page shows listing L, then (its posting edited) listing M in L's place, then L again with the members
    it had: the board must have forgotten L when no output named it, or L reads as unmoved and the page keeps M."""
    cache, site = Cache(None), tmp_path / "site"
    for step, (fp, name, members) in enumerate([(b"A1", "list /jobs/", ("a",)), (b"A2", "list /jobs/ web3", ("b",)),
                                                (b"A1", "list /jobs/", ("a",))]):
        outputs, board = _pages({"a": fp})
        page = LazyOutput("jobs/index.html", "test", _listing_of, (name,), reads=(Read(name, members),))
        write_site([*outputs, page], site, cache, None, board=board)
        assert (site / "jobs/index.html").read_bytes() == name.encode(), step


def test_a_build_whose_reads_disagree_keeps_no_board_and_the_next_keys_every_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two outputs naming one Read with two values (a bug upstream, write/board.py reads_of): no output can be
    skipped on the Read's account, so the build records no board, and the one after it keys every output."""
    cache, site, keyed = Cache(None), tmp_path / "site", _counting_keys(monkeypatch)
    outputs, board = _pages({"a": b"A1"}, ("a",))
    clash = LazyOutput("jobs/other/index.html", "test", _listing_of, ("b",), reads=(Read("list /jobs/", ("b",)),))
    for _ in range(2):
        keyed.clear()
        assert write_site([*outputs, clash], site, cache, None, board=board).files == 3
        assert sorted(keyed) == ["jobs/a/index.html", "jobs/index.html", "jobs/other/index.html"]
    keyed.clear()
    assert write_site(outputs, site, cache, None, board=board).removed == 1  # agreeing again: a board is kept
    assert write_site(outputs, site, cache, None, board=board).written == 0 and len(keyed) == 2


def test_a_build_that_keys_every_output_lists_each_under_only_what_it_names_now(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dependency index is made again after a build that keyed every output (the board's globals moved): the
    home page that named posting x and now names y is keyed when y moves, and no longer when x does."""
    cache, site, keyed = Cache(None), tmp_path / "site", _counting_keys(monkeypatch)

    def build(globals_: bytes, x: bytes, y: bytes, home: str) -> list[str]:
        records = {name: _Record(f"content/jobs/acme/{name}.md", fp) for name, fp in (("x", x), ("y", y))}
        outputs = [LazyOutput(f"jobs/{name}/index.html", "test", _page_of, r) for name, r in records.items()]
        keyed.clear()
        write_site([*outputs, LazyOutput("index.html", "test", _page_of, records[home])], site, cache, None,
                   board=Board(globals_, {r.source: r for r in records.values()}))
        return sorted(keyed)

    every = ["index.html", "jobs/x/index.html", "jobs/y/index.html"]
    assert build(b"templates 1", b"X1", b"Y1", "x") == every
    assert build(b"templates 2", b"X1", b"Y1", "y") == every
    assert build(b"templates 2", b"X2", b"Y1", "y") == ["jobs/x/index.html"]
    assert build(b"templates 2", b"X2", b"Y2", "y") == ["index.html", "jobs/y/index.html"]
    assert (site / "index.html").read_bytes() == b"page of Y2"


def test_a_page_linking_a_hashed_file_that_is_gone_is_written_with_the_new_address(tmp_path: Path) -> None:
    """The search index's name carries its bytes' hash and pages link it (render/output.py Linked): when it is
    renamed, no record moved, yet the pages that linked the old name are keyed by the dependency index and
    written with the new one."""
    cache, site = Cache(None), tmp_path / "site"
    outputs, board = _pages({"a": b"A1"})
    for name in ("search.1111.json", "search.2222.json"):
        index = Output(name, name.encode(), "index")
        home = LazyOutput("index.html", "test", _listing_of, (Linked(f"/{name}", name),))
        write_site([*outputs, index, home], site, cache, None, board=board)
        assert (site / "index.html").read_text() == f"/{name}" and (site / name).is_file()
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "jobs", "search.2222.json"]


def test_a_save_leaves_no_board_so_the_next_build_writes_what_the_save_left(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """`jobsite serve` writes a saved posting's page (write_some) from a model the board record does not describe.
    The save undone before the next full build: that build must write the page again, though the posting's
    fingerprint is the one the board last recorded (kept, the board reads as unmoved and the saved page stays)."""
    cache, site, keyed = Cache(None), tmp_path / "site", _counting_keys(monkeypatch)
    outputs, board = _pages({"a": b"A1", "b": b"B1"})
    write_site(outputs, site, cache, None, board=board)
    saved, _ = _pages({"a": b"A2"})
    assert write_some(saved, site, cache).written == 1
    assert (site / "jobs/a/index.html").read_bytes() == b"page of A2"
    keyed.clear()
    _RENDERED.clear()
    report = write_site(outputs, site, cache, None, board=board)
    assert (site / "jobs/a/index.html").read_bytes() == b"page of A1" and report.written == 1
    assert sorted(keyed) == ["jobs/a/index.html", "jobs/b/index.html"]  # no board to compare with: every output
    assert _RENDERED == ["content/jobs/acme/a.md"]  # b is as recorded: the save kept the record of the rest
    keyed.clear()
    assert write_site(outputs, site, cache, None, board=board).written == 0 and keyed == []  # a board again


_BUILD_PROCESS = os.getpid()


def _pid_page(i: int) -> bytes:
    if os.getpid() == _BUILD_PROCESS:
        time.sleep(0.01)  # leaves the forked worker most of the pages
    return f"{i} by {os.getpid()}".encode()


def test_an_output_marked_at_home_is_rendered_in_the_build_process(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # jobs.json (at_home) made in a forked worker was held there, pickled back and held again: the 100k peak.
    monkeypatch.setattr(parallel, "LIVES", 1)  # one worker that lives through the stage and takes most pages
    outputs = [LazyOutput(f"p/{i}.txt", "test", _pid_page, i, at_home=i == 150) for i in range(300)]
    report = write_site(outputs, tmp_path / "out", Cache(None), None, workers=2)
    assert report.files == 300
    assert (tmp_path / "out/p/150.txt").read_text() == f"150 by {os.getpid()}"


def test_a_failure_while_writing_a_save_leaves_the_site_and_no_staging_folder(tmp_path: Path) -> None:
    cache, site = Cache(None), tmp_path / "site"
    write_site([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site, cache, None)
    before = snapshot(site)
    with pytest.raises(RuntimeError, match="template blew up"):
        write_some([Output("jobs/a/index.html", b"A2", "a"), LazyOutput("jobs/b/index.html", "b", explode)], site,
                   cache)
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_template_error_without_a_templates_folder_is_raised_as_it_is(tmp_path: Path) -> None:
    with pytest.raises(jinja2.UndefinedError, match="'posting' is undefined"):
        write_site([LazyOutput("index.html", "a", undefined_posting)], tmp_path / "site", Cache(None), None)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def undefined_posting() -> bytes:
    return jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ posting.title }}").render().encode()


def test_a_worker_s_error_becomes_problems_only_when_the_author_can_fix_it(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    convert = _problems_of(templates)
    try:
        undefined_posting()
    except jinja2.TemplateError as exc:
        error = exc
    [problem] = convert(error)
    assert problem.level == "error" and problem.message == "template error: 'posting' is undefined"
    assert _problems_of(None)(error) is None  # no templates folder to name: a crash, with its traceback
    found = Problem("content/jobs/a/b.md", 3, 1, "error", "salary: min above max")
    assert convert(ContentError([found])) == [found]
    assert convert(RuntimeError("a bug")) is None


def test_a_file_deleted_while_the_site_is_walked_is_left_out_and_the_files_after_it_are_still_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.html", "b.html", "c.html", "d.html"):
        (tmp_path / "jobs" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "jobs" / name).write_bytes(name.encode())
    real_scandir = os.scandir

    class Listing:  # the folder read, then its first file deleted before it is stat'ed
        def __init__(self, folder: str) -> None:
            with real_scandir(folder) as entries:
                self.entries = list(entries)
            if not self.entries[0].is_dir():
                os.remove(self.entries[0].path)

        def __enter__(self) -> list[os.DirEntry]:
            return self.entries

        def __exit__(self, *exc: object) -> None:
            pass

    monkeypatch.setattr(os, "scandir", Listing)
    found = _files_in(tmp_path)
    assert sorted(found) == sorted(f"jobs/{p.name}" for p in (tmp_path / "jobs").iterdir())
    assert len(found) == 3 and all(found[path][0] == 6 for path in found)  # type: ignore[index]


def test_a_path_that_cannot_be_read_has_no_bytes_and_no_size(tmp_path: Path) -> None:
    assert _read(str(tmp_path)) is None and _read(str(tmp_path / "missing")) is None
    assert _regular_file_size(str(tmp_path)) is None and _regular_file_size(str(tmp_path / "missing")) is None
    (tmp_path / "f").write_bytes(b"abc")
    assert _read(str(tmp_path / "f")) == b"abc" and _regular_file_size(str(tmp_path / "f")) == 3


def test_a_process_of_another_user_is_running_and_its_staging_folder_kept(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.write import leftovers

    def kill(pid: int, signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")  # what signal 0 answers for another user's process
    monkeypatch.setattr(leftovers.os, "kill", kill)
    theirs = tmp_path / ".site.new-4000.abc"
    theirs.mkdir()
    assert leftovers.is_running(4000) is True
    assert leftovers.remove_stale_staging(tmp_path / "site") == [] and theirs.is_dir()


def test_a_link_to_a_folder_put_in_the_site_goes_and_what_it_points_at_stays(tmp_path: Path) -> None:
    """A symbolic link to a folder put into the site by hand is removed as the link it is: the walk of the site
    never follows it, so the files it points at (outside the site) are neither taken for stale pages nor deleted."""
    site, outside = tmp_path / "site", tmp_path / "elsewhere"
    write_outputs([Output("index.html", b"home", "a")], site)
    outside.mkdir()
    (outside / "keep.html").write_text("not the site's")
    (site / "linked").symlink_to(outside, target_is_directory=True)
    report = write_outputs([Output("index.html", b"home", "a")], site)
    assert (outside / "keep.html").read_text() == "not the site's"
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert report.removed == 1


def test_a_dangling_link_put_in_the_site_is_removed(tmp_path: Path) -> None:
    """The walk of the site stats each entry itself, not what it points at: a link to nothing is still a file no
    build wrote, and goes (a stat that followed it would fail and skip it, leaving it in the published site)."""
    site = tmp_path / "site"
    write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site)
    (site / "jobs" / "gone.html").symlink_to(tmp_path / "nowhere.html")
    report = write_outputs([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == [
        "index.html", "jobs", "jobs/a", "jobs/a/index.html"]
    assert report.removed == 1


def test_a_save_replaces_a_page_moved_out_of_the_site_and_linked_back(tmp_path: Path) -> None:
    """write_some (`jobsite serve` after a save) looks at what is at each page's path, not what a link there
    points at: the very file it wrote, moved out and linked back (same size, time and inode), is no page of the
    site, so the link is replaced by the page's own file and the moved file left alone."""
    cache, site, moved = Cache(None), tmp_path / "site", tmp_path / "moved.html"
    write_site([Output("index.html", b"home", "a"), Output("jobs/a/index.html", b"A", "a")], site, cache, None)
    (site / "jobs/a/index.html").rename(moved)
    (site / "jobs/a/index.html").symlink_to(moved)
    report = write_some([Output("jobs/a/index.html", b"A", "a")], site, cache)
    assert report is not None and report.written == 1
    assert not (site / "jobs/a/index.html").is_symlink() and (site / "jobs/a/index.html").read_bytes() == b"A"
    assert moved.read_bytes() == b"A"


def test_a_page_whose_name_is_not_utf8_is_written_sealed_and_kept(tmp_path: Path) -> None:
    """A file name is bytes on POSIX: an output path that holds one Python reads as a lone surrogate (a byte that
    is not UTF-8) is written, and the seal of the folder (a digest of every path in it) takes it as it is; the
    next build finds it in place and writes nothing."""
    cache, site = Cache(None), tmp_path / "site"
    outputs = [Output("index.html", b"home", "a"), Output("jobs/caf\udce9.html", b"cafe", "a")]
    first = write_site(outputs, site, cache, None)
    assert first.written == 2
    assert (site / "jobs" / "caf\udce9.html").read_bytes() == b"cafe"
    assert os.listdir(os.fsencode(site / "jobs")) == [b"caf\xe9.html"]
    again = write_site(outputs, site, cache, None)
    assert (again.written, again.removed) == (0, 0)
