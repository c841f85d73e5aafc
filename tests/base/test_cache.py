"""The build cache: hits are only ever what the same code made from the same text; the folder is disposable."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from generator.base import cache as cache_module
from generator.base.cache import CACHE_DIR_NAME, Cache
from generator.base.errors import ContentError
from generator.base.memo import Deferred, Unkeyable, key_of, made, templates_digest
from generator.build import build_site
from generator.config import make_options
from generator.load import markdown, sources

from ..conftest import CLOCK, POSTING, REPO, basic_tree, front_matter, write_tree


def site_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_each_file_is_processed_once_per_content_and_code_version(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = sources.process
    monkeypatch.setattr(sources, "process", lambda file, data, key: calls.append(file.path.name) or
                        real(file, data, key))
    monkeypatch.chdir(tmp_path)
    files = basic_tree(a={**POSTING, "title": "Role A"}, b={**POSTING, "title": "Role B"})
    write_tree(tmp_path / "content", files)
    folder = tmp_path / CACHE_DIR_NAME
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    build_site(options, Cache(folder, version="v1"))
    assert sorted(calls) == ["a.md", "acme.md", "b.md", "site.yaml"]
    calls.clear()
    build_site(options, Cache(folder, version="v1"))
    assert calls == []  # a warm build parses nothing
    (tmp_path / "content/jobs/acme/b.md").write_text(front_matter({**POSTING, "title": "Role B2"}))
    build_site(options, Cache(folder, version="v1"))
    assert calls == ["b.md"]  # one edit, one parse
    calls.clear()
    build_site(options, Cache(folder, version="v2"))
    assert len(calls) == 4  # another code version never sees v1's entries


def test_a_cached_failure_still_names_its_own_file(scratch_site) -> None:
    broken = "---\ntitle: [\n---\nBody.\n"
    files = {**basic_tree(), "jobs/acme/one.md": broken, "jobs/acme/two.md": broken}
    for _ in range(2):  # cold, then from the cache
        with pytest.raises(ContentError) as failed:
            scratch_site(files)
        paths = sorted({p.path for p in failed.value.problems})
        assert paths == ["content/jobs/acme/one.md", "content/jobs/acme/two.md"]


def test_one_token_stream_gives_the_renderer_s_html() -> None:
    for text in ("# Hi\n\n[ok](https://a.example) *x*", "[x](javascript:alert(1)) and [y](https://a.example)",
                 "[a][r]\n\n[r]: javascript:x", "[r]: /relative\n\nhi", "<b>raw</b> <https://a.example>",
                 "| a | b |\n|---|---|\n| 1 | 2 |", "![img](https://a.example/i.png)", ""):
        assert markdown.render_parsed(text, markdown.parse_body(text)) == markdown.render_markdown(text)
    # A scheme in capitals is still that scheme: a link; a relative address stays text.
    assert markdown.render_markdown("[up](HTTPS://a.example/up) [m](MailTo:a@b.example) [r](/careers)") == (
        '<p><a href="HTTPS://a.example/up" rel="nofollow ugc noopener">up</a> <a href="MailTo:a@b.example" '
        'rel="nofollow ugc noopener">m</a> [r](/careers)</p>\n')


def test_code_version_changes_with_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version = cache_module.code_version()
    assert len(version) == 16 and version == cache_module.code_version()
    cache_module.code_version.cache_clear()
    monkeypatch.setattr(cache_module, "FORMAT", cache_module.FORMAT + 1)
    try:
        assert cache_module.code_version() != version
    finally:
        cache_module.code_version.cache_clear()


CACHE_FILES = {cache_module.DATABASE, "snapshot-model.pickle", "snapshot-sources.pickle"}


def test_cache_is_safe_to_delete_or_corrupt_and_never_changes_output(scratch_site, tmp_path: Path) -> None:
    files = basic_tree(a={**POSTING, "title": "Role A"}, b={**POSTING, "title": "Role B"})
    scratch_site(files)
    cold = site_bytes(Path("site"))
    cache_dir = tmp_path / CACHE_DIR_NAME
    # One database, every table in it, and beside it the last model (model/snapshot.py)
    assert {p.name for p in cache_dir.iterdir()} == CACHE_FILES
    scratch_site(files)
    assert site_bytes(Path("site")) == cold  # warm
    for path in cache_dir.iterdir():
        path.write_bytes(path.read_bytes()[:20])  # truncated, as by a full disk
    scratch_site(files)
    assert site_bytes(Path("site")) == cold
    for path in cache_dir.iterdir():
        path.unlink()
    cache_dir.rmdir()
    scratch_site(files)
    assert site_bytes(Path("site")) == cold


def test_a_malformed_cache_database_costs_a_cold_build(scratch_site, tmp_path: Path) -> None:
    """Pages of the memo tables overwritten while `meta` still reads (a bad sector, a torn copy): reading them
    raises 'database disk image is malformed' (a DatabaseError, not an OperationalError), which is an empty
    table, so the build is a cold one, never an internal error."""
    files = basic_tree(a={**POSTING, "title": "Role A"})
    scratch_site(files)
    cold = site_bytes(Path("site"))
    database = tmp_path / CACHE_DIR_NAME / cache_module.DATABASE
    with sqlite3.connect(database) as db:
        (size,) = db.execute("PRAGMA page_size").fetchone()
        roots = [page for (page,) in db.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                                                "AND name != 'meta'")]
    db.close()
    damaged = bytearray(database.read_bytes())
    for page in roots:
        damaged[(page - 1) * size:page * size] = b"\xff" * size
    database.write_bytes(bytes(damaged))
    with sqlite3.connect(database) as db, pytest.raises(sqlite3.DatabaseError, match="malformed") as failed:
        db.execute("SELECT * FROM board").fetchall()
    db.close()
    assert failed.type is sqlite3.DatabaseError  # not an OperationalError, as a missing table is
    assert not scratch_site(files).problems
    assert site_bytes(Path("site")) == cold


def test_edited_body_is_never_served_from_the_cache(scratch_site) -> None:
    files = basic_tree()
    scratch_site(files)
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    assert "Some description." in page.read_text()
    files["jobs/acme/senior-robotics-engineer.md"] = files["jobs/acme/senior-robotics-engineer.md"].replace(
        "Some description.", "A **new** description.")
    scratch_site(files)
    assert "A <strong>new</strong> description." in page.read_text()
    assert "Some description." not in page.read_text()


def test_a_page_edited_in_site_by_hand_is_rendered_again(scratch_site) -> None:
    files = basic_tree()
    scratch_site(files)
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    good = page.read_bytes()
    page.write_bytes(good.replace(b"Senior Robotics Engineer", b"Tampered"))
    scratch_site(files)
    assert page.read_bytes() == good  # the page memo vouches only for bytes it still finds
    page.write_bytes(good.replace(b"Senior Robotics Engineer", b"Senior Robotics Engineex"))  # the same size
    scratch_site(files)
    assert page.read_bytes() == good


def test_files_deleted_or_replaced_in_site_by_hand_are_written_again(scratch_site) -> None:
    files = basic_tree()
    scratch_site(files)
    cold = site_bytes(Path("site"))
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    page.unlink()
    shutil.rmtree("site/companies")
    feed = Path("site/feed.xml")
    Path("elsewhere.xml").write_bytes(feed.read_bytes())
    feed.unlink()
    feed.symlink_to(Path("elsewhere.xml").resolve())  # the same bytes, but not a file the build wrote
    result = scratch_site(files)
    assert site_bytes(Path("site")) == cold and not feed.is_symlink()
    companies = [path for path in cold if path.startswith("companies/")]
    assert result.report is not None and result.report.written == 2 + len(companies) and result.report.removed == 0


def test_template_edits_reach_every_page(scratch_site, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    for path in (REPO / "templates").rglob("*"):
        if path.is_file():
            write_tree(templates, {path.relative_to(REPO / "templates").as_posix(): path.read_bytes()})
    options = make_options("content", "site", templates=templates, clock=CLOCK)
    scratch_site(basic_tree())
    build_site(options)
    base = templates / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the roles"))
    build_site(options)
    pages = list(Path("site").rglob("*.html"))
    assert pages and all("Skip to the roles" in p.read_text() for p in pages)


def test_jobsite_cache_dir_moves_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "elsewhere"))
    write_tree(tmp_path / "content", basic_tree())
    assert Cache.beside(Path("content")).folder == tmp_path / "elsewhere"
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    written = {p.name for p in (tmp_path / "elsewhere").iterdir()}
    assert written == CACHE_FILES
    assert not (tmp_path / CACHE_DIR_NAME).exists()
    monkeypatch.delenv("JOBSITE_CACHE_DIR")
    assert Cache.beside(Path("content")).folder == tmp_path / CACHE_DIR_NAME


def test_builds_of_the_bundled_content_leave_the_repository_cache_alone(built_site, request) -> None:
    from ..conftest import REPO_CACHE_AT_START, repo_cache_state

    assert built_site[1].files_written > 0
    assert repo_cache_state() == request.config.stash[REPO_CACHE_AT_START]


def test_a_run_that_writes_the_repository_cache_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from .. import conftest

    monkeypatch.setattr(conftest, "REPO_CACHE", tmp_path / CACHE_DIR_NAME)
    config = SimpleNamespace(stash={conftest.REPO_CACHE_AT_START: None},
                             pluginmanager=SimpleNamespace(get_plugin=lambda name: None))
    session = SimpleNamespace(config=config, exitstatus=pytest.ExitCode.OK)
    conftest.pytest_sessionfinish(session, 0)
    assert session.exitstatus == pytest.ExitCode.OK
    write_tree(tmp_path / CACHE_DIR_NAME, {"pages.marshal": b"x"})
    conftest.pytest_sessionfinish(session, 0)
    assert session.exitstatus == pytest.ExitCode.TESTS_FAILED


def test_a_warm_build_reads_only_the_files_whose_stat_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree(a={**POSTING, "title": "Role A"}, b={**POSTING, "title": "Role B"}))
    for path in (tmp_path / "content").rglob("*"):
        os.utime(path, ns=(1_700_000_000_000_000_000,) * 2)  # saved long before the build, as in a checkout
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    build_site(options, Cache(tmp_path / CACHE_DIR_NAME))
    read: list[str] = []
    real = sources.read_bytes
    monkeypatch.setattr(sources, "read_bytes", lambda path, problems: read.append(path.name) or real(path, problems))
    build_site(options, Cache(tmp_path / CACHE_DIR_NAME))
    assert read == []  # stat'ed, not read
    (tmp_path / "content/jobs/acme/b.md").write_text(front_matter({**POSTING, "title": "Role B2"}))
    result = build_site(options, Cache(tmp_path / CACHE_DIR_NAME))
    assert read == ["b.md"]
    assert "Role B2" in (tmp_path / "site/jobs/acme/b/index.html").read_text()
    assert result.model.postings[0].title in ("Role A", "Role B2")
    read.clear()
    build_site(options, Cache(tmp_path / CACHE_DIR_NAME))  # the records the edit's build reused are still kept
    assert "a.md" not in read  # (b.md, written a moment ago, may be read again: its timestamp is not trusted yet)


@dataclass(frozen=True)
class Metres:
    n: int


@dataclass(frozen=True)
class Feet:
    n: int


def test_memo_keys_tell_apart_every_call_the_function_would() -> None:
    # key_of hashes one stream of all the arguments: each must be framed, or neighbours run into each other.
    assert key_of(sorted, ("ab", "c")) != key_of(sorted, ("a", "bc"))
    assert key_of(sorted, ("as:b", "")) != key_of(sorted, ("a", "bs:"))  # text may hold any tag, as URLs do
    assert key_of(sorted, (b"ab:", b"c")) != key_of(sorted, (b"a", b"b:c"))  # bytes are framed as text is
    assert key_of(sorted, (("ab",), "c")) != key_of(sorted, (("a", "b"), "c"))
    assert key_of(sorted, (Metres(3),)) != key_of(sorted, (Feet(3),))  # equal fields, another meaning
    assert key_of(sorted, (Metres(3),)) == key_of(sorted, (Metres(3),))
    assert key_of(sorted, (Markup("<b>"),)) != key_of(sorted, ("<b>",))  # safe markup, and text to escape
    # A str subclass is keyed by its module and name: another library's Markup is another meaning of the text.
    other_markup = type("Markup", (str,), {"__module__": "jinja_like.runtime"})
    assert len({key_of(sorted, (kind("<b>"),)) for kind in (str, Markup, other_markup)}) == 3
    # Values that compare equal, or print alike, but render differently: each its own key.
    distinct = [1, True, 1.0, "1", None, "None", b"1", (1,), {1: 1}, ((1, 1),), frozenset({1}),
                dt.date(2026, 1, 1), dt.datetime(2026, 1, 1), "2026-01-01"]
    assert len({key_of(sorted, (value,)) for value in distinct}) == len(distinct)
    assert key_of(sorted, ("a",)) != key_of(sorted, ("a", "")) != key_of(sorted, ()) != key_of(max, ())
    assert key_of(sorted, ({1: 1},)) != key_of(sorted, ((1,), 1))  # a mapping is framed as one, not as a list
    # A function given as an argument (a sort key, a formatter) is keyed by its name, built-in or not.
    assert key_of(sorted, (len,)) == key_of(sorted, (len,)) != key_of(sorted, (abs,)) != key_of(sorted, ("len",))
    assert key_of(sorted, (made,)) == key_of(sorted, (made,)) != key_of(sorted, (templates_digest,))
    # A bound method given as an argument: keyed by its function and by the object it is bound to.
    assert key_of(sorted, (Metres(3).__repr__,)) != key_of(sorted, (Metres(4).__repr__,))
    assert key_of(sorted, (Metres(3).__repr__,)) != key_of(sorted, (Metres(3).__eq__,))
    with pytest.raises(Unkeyable):  # a closure could read anything: what it is given is not all it uses
        key_of(lambda: 1, ())
    class Plain:  # no fingerprint, not a dataclass: its attributes are unknown, so it has no key
        pass
    with pytest.raises(Unkeyable, match="^cannot key a test_.*<locals>.Plain: give it a fingerprint or make it a"):
        key_of(sorted, (Plain(),))


def test_the_templates_digest_moves_with_a_templates_name_and_bytes(tmp_path: Path) -> None:
    write_tree(tmp_path / "t", {"base.html": "a", "partials/nav.html": "b"})
    before = templates_digest(tmp_path / "t")
    (tmp_path / "t/partials/nav.html").rename(tmp_path / "t/partials/menu.html")
    renamed = templates_digest(tmp_path / "t")
    (tmp_path / "t/partials/menu.html").write_text("c")
    assert len({before, renamed, templates_digest(tmp_path / "t")}) == 3


def test_a_deferred_input_is_made_once_when_first_asked_and_keyed_as_its_value() -> None:
    calls: list[tuple] = []

    def gather(*args: object) -> tuple:
        calls.append(args)
        return ("value", *args)

    inner = Deferred(gather, 1)
    outer = Deferred(gather, inner, "x")  # a Deferred among the arguments is given as its value
    assert calls == []
    sources: set[str] = set()
    assert key_of(sorted, (outer, 2), sources) == key_of(sorted, (("value", ("value", 1), "x"), 2))
    assert calls == [(1,), (("value", 1), "x")]
    assert made(outer) == ("value", ("value", 1), "x") and made(inner) == ("value", 1) and made(3) == 3
    assert key_of(sorted, (inner,)) != key_of(sorted, (Deferred(gather, 2),))
    assert len(calls) == 3  # each made once, however often asked
    record = Record(b"fp", "content/jobs/acme/a.md")
    key_of(sorted, (Deferred(gather, record),), sources)  # the records in its value are what the output read
    assert sources == {"content/jobs/acme/a.md"}


@dataclass(frozen=True)
class Record:
    fingerprint: bytes
    source: str


def test_a_memo_key_of_a_set_is_the_same_in_every_process() -> None:
    # Sets iterate in an order that changes with PYTHONHASHSEED: a key in that order would miss in every build.
    code = ("from generator.base.memo import key_of; "
            "print(key_of(sorted, (frozenset(f'word{i}' for i in range(50)), {'b', 'a', 'c'})).hex())")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                           env={"PYTHONHASHSEED": seed, "PATH": "", "PYTHONPATH": str(REPO)}).stdout
            for seed in ("1", "2", "3")}
    assert len(keys) == 1 and len(keys.pop().strip()) == 32


def test_a_build_that_changes_nothing_keeps_the_pieces_of_the_files_it_did_not_render(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """jobs.json's entries are memoised a run of postings at a time; a build that writes nothing renders no
    jobs.json, and the build after it, for one edit, must still find the other runs (not serialise the board
    again). Runs cut after every posting here (RUN_CUT 1): the edited posting's run is the edited posting."""
    from generator.render.feeds import entries

    made: list[str] = []
    real = entries.job_bytes

    def spy(site, posting):
        made.append(posting.key)
        return real(site, posting)

    monkeypatch.setattr(entries, "job_bytes", spy)
    monkeypatch.setattr(entries, "RUN_CUT", 1)
    _cold_unchanged_then_one_title(tmp_path, monkeypatch, made)
    assert '"title": "Role Three"' in (tmp_path / "site/jobs.json").read_text()


def _cold_unchanged_then_one_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made: list[str]) -> None:
    """Six roles built cold, then again unchanged, then after one title edit; `made` (filled by a spy) must name
    every role after the first two builds and only the edited one after the third."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree(**{f"r{i}": {**POSTING, "title": f"Role {i}"} for i in range(6)}))
    options = make_options("content", "site", templates=REPO / "templates", clock=CLOCK)
    for _ in range(2):  # a cold build, then one that changes nothing
        build_site(options, Cache(tmp_path / CACHE_DIR_NAME), workers=1)
    assert len(made) == 6
    path = tmp_path / "content/jobs/acme/r3.md"
    path.write_text(path.read_text().replace("title: Role 3", "title: Role Three"))
    made.clear()
    build_site(options, Cache(tmp_path / CACHE_DIR_NAME), workers=1)
    assert made == ["acme/r3"]


def test_a_build_that_reuses_the_browse_index_keeps_its_rows_for_the_next_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that changes nothing takes the last browse index whole and reads none of its rows; the build after
    it, for one edit, must still find the other postings' rows (format one row, not every one)."""
    from generator.render import site

    made: list[str] = []
    real = site.index_row
    monkeypatch.setattr(site, "index_row", lambda posting: made.append(posting.key) or real(posting))
    _cold_unchanged_then_one_title(tmp_path, monkeypatch, made)
    [index] = (tmp_path / "site/data").glob("postings.*.json")
    assert '"Role Three"' in index.read_text()


def test_code_version_changes_with_a_rule_table_shipped_in_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Edited data in the package (trust phrases, pay-transparency rules) retires the cache like edited code."""
    table = Path(cache_module.__file__).resolve().parents[1] / "load/data/trust.yaml"
    assert table.is_file()
    version = cache_module.code_version.__wrapped__()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real(self) + (b"# edited\n" if self == table else b""))
    assert cache_module.code_version.__wrapped__() != version


@pytest.mark.parametrize("library", ["tldextract", "pycountry", "markdown-it-py", "Jinja2"])
def test_code_version_changes_with_a_library_whose_answers_the_cache_keeps(library: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """tldextract's Public Suffix List decides the `domains` table (model/apply_links.py domain_of), pycountry's
    names the pay-transparency findings, the parsers the bodies: another version of any retires every entry."""
    version = cache_module.code_version.__wrapped__()
    real = cache_module._installed_version
    monkeypatch.setattr(cache_module, "_installed_version",
                        lambda name: "0.0.0+other" if name == library else real(name))
    assert cache_module.code_version.__wrapped__() != version


def test_a_batch_read_keeps_what_this_build_put_over_what_the_database_holds(tmp_path: Path) -> None:
    earlier = Cache(tmp_path / "cache", version="v")
    earlier.findings.put("acme/role", "found last build")
    earlier.save()
    now = Cache(tmp_path / "cache", version="v")
    now.findings.put("acme/role", "found in this build")
    assert now.findings.get_many(["acme/role", "acme/other"]) == {"acme/role": "found in this build"}
    assert now.findings.get("acme/role") == "found in this build"


def test_a_cache_written_by_another_jobsite_version_is_not_trusted(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every build opens its cache without naming a version (Cache.beside): the database must be stamped with the
    running code's version, or an upgraded jobsite reads the old one's parsed files and pages."""
    monkeypatch.setattr(cache_module, "code_version", lambda: "jobsite-1")
    old = Cache(tmp_path / "cache")
    old.findings.put("acme/role", "found by jobsite 1")
    old.save()
    assert Cache(tmp_path / "cache").findings.get("acme/role") == "found by jobsite 1"  # same version: kept
    monkeypatch.setattr(cache_module, "code_version", lambda: "jobsite-2")
    assert Cache(tmp_path / "cache").findings.get("acme/role") is None  # an upgrade starts afresh


class Board:
    def __init__(self, name: str):
        self.name = name

    def title(self) -> str:
        return f"Jobs at {self.name}"


def test_bound_methods_of_two_objects_are_never_memoised_under_one_key() -> None:
    """A bound method's name is its class's: keyed by it alone, the second object's call would get the first's
    answer (Beta's board titled "Jobs at Acme"). memo must refuse it or key each object apart."""
    from generator.base.memo import memo

    table = Cache(None).findings
    for name in ("Acme", "Beta"):
        try:
            title = memo(table, Board(name).title)
        except Unkeyable:
            continue  # refused: the object is to be passed as an argument instead
        assert title == f"Jobs at {name}"


@pytest.mark.parametrize("count", [1, 2, 499, 500, 501, 1000, 1001])  # around each batch of 500 keys
def test_a_batch_read_finds_every_stored_key_whatever_the_count(tmp_path: Path, count: int) -> None:
    """A warm build asks for every content file's signature at once: a key in no batch would read as absent, and
    its file be parsed again (or a record be lost) on every build."""
    stored = Cache(tmp_path / "cache", version="v")
    for i in range(count + 1):
        stored.findings.put(f"acme/role-{i}", i)
    stored.save()
    keys = [f"acme/role-{i}" for i in range(count)]
    found = Cache(tmp_path / "cache", version="v").findings.get_many([*keys, "acme/absent"])
    assert found == {f"acme/role-{i}": i for i in range(count)}
    assert Cache(tmp_path / "cache", version="v").findings.get_many(keys[-1:]) == {keys[-1]: count - 1}


def test_jobs_json_runs_cover_the_postings_in_order_and_an_edit_moves_only_its_own_run() -> None:
    from generator.render.feeds.entries import RUN_CUT, jobs_runs

    postings = tuple(SimpleNamespace(key=f"acme/role-{i}") for i in range(40 * RUN_CUT))
    runs = jobs_runs(postings)
    assert [p for run in runs for p in run] == list(postings)
    assert 10 < len(runs) < 80  # about one a RUN_CUT postings
    added = (SimpleNamespace(key="beta/new-role"), *postings[:1000], *postings[1001:])
    moved = set(_keys(jobs_runs(added))) - set(_keys(runs))
    assert len(moved) <= 3  # the new posting's run, and the run that lost one (unless they are one)


def _keys(runs: list[tuple]) -> list[tuple[str, ...]]:
    return [tuple(p.key for p in run) for run in runs]


def test_a_text_key_is_blake2b_16_over_each_part_and_a_separator() -> None:
    # literal digests: the parts' boundaries count ("ab", "c" is not "a", "bc"), bytes and text alike, and a lone
    # surrogate (a file name's undecodable byte) is keyed, not refused
    assert {parts: cache_module.text_key(*parts).hex() for parts in [("ab", "c"), ("a", "bc"), (b"ab", "c"), (),
                                                                     ("\udcff",)]} == {
        ("ab", "c"): "7b6f2bde11e2d1efa0012bb51d07b455", ("a", "bc"): "970e2e2b5bfa974352c1fb1535cd27c3",
        (b"ab", "c"): "7b6f2bde11e2d1efa0012bb51d07b455", (): "cae66941d9efbd404e4d88758ea67670",
        ("\udcff",): "d9994cbecc7f9caeff4c4f2b83de6a6b"}


def test_a_table_read_whole_gives_this_builds_values_over_the_saved_ones(tmp_path: Path) -> None:
    first = Cache(tmp_path / "cache", version="v")
    first.forms.put("a", "saved")
    first.forms.put("b", "saved")
    first.save()
    second = Cache(tmp_path / "cache", version="v")
    second.forms.put("a", "this build")
    assert second.forms.entries == {"a": "this build", "b": "saved"}


def test_a_save_that_fails_half_way_leaves_the_last_saved_cache_whole(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first = Cache(tmp_path / "cache", version="v")
    first.outputs.put("o.html", "old")
    first.save()
    second = Cache(tmp_path / "cache", version="v")
    second.outputs.put("o.html", "new")  # saved before findings (TABLES' order), whose write then fails
    second.findings.put("k", "v")
    real = cache_module._Store._save_table

    def failing(conn: sqlite3.Connection, name: str, *args) -> None:
        if name == "findings":
            raise sqlite3.OperationalError("disk I/O error")
        real(conn, name, *args)
    monkeypatch.setattr(cache_module._Store, "_save_table", staticmethod(failing))
    second.save()  # never fails the build: the next one is slower, not wrong
    monkeypatch.undo()
    third = Cache(tmp_path / "cache", version="v")
    assert (third.outputs.get("o.html"), third.findings.get("k")) == ("old", None)  # all of it or none


def test_a_saved_table_gives_back_exactly_what_the_last_build_kept(tmp_path: Path) -> None:
    """What the next build reads is what this one used or wrote: nothing deleted, pruned or replaced comes back."""
    first = Cache(tmp_path / "cache", version="v")
    for key in ("kept", "unused", "deleted"):
        first.findings.put(key, f"{key} value")
    first.outputs.put("old.html", "record")  # the writer's own tables: replaced or deleted by it, never pruned
    first.dependencies.put("a.md", ("a.html",))
    first.dependencies.put("b.md", ("b.html",))
    first.words.put("spilled", "words")  # a spilled table: written in batches, not kept in memory
    first.forms.put("word", ("words",))
    first.save()
    second = Cache(tmp_path / "cache", version="v")
    assert second.findings.get_many(["kept", "deleted", "absent"]) == {"kept": "kept value", "deleted": "deleted value"}
    second.findings.delete("deleted")
    second.outputs.replace({"index.html": "record"})
    assert second.dependencies.get("a.md") == ("a.html",)
    assert second.words.get("spilled") == "words"
    second.finish_build()
    third = Cache(tmp_path / "cache", version="v")
    assert third.findings.entries == {"kept": "kept value"}  # "unused" pruned, "deleted" deleted
    assert third.outputs.entries == {"index.html": "record"}
    assert third.dependencies.entries == {"a.md": ("a.html",), "b.md": ("b.html",)}
    assert third.words.get("spilled") == "words"
    assert third.forms.entries == {"word": ("words",)}  # a table this build never consulted keeps all it had
    assert Cache(tmp_path / "cache", version="other").findings.entries == {}  # another code's entries are gone


def test_a_key_is_found_however_its_string_was_made(tmp_path: Path) -> None:
    """Equal keys are one key on disk: an interned string and one joined at run time, a tuple shared and not."""
    import sys

    cache = Cache(tmp_path / "cache", version="v")
    path = sys.intern("jobs/acme/index.html")
    shared = ("a.md", path)
    cache.outputs.put(path, "page")
    cache.dependencies.put(shared, "held twice")
    holder = [shared, shared]
    cache.save()
    joined = "".join(["jobs/", "acme/", "index.html"])
    again = Cache(tmp_path / "cache", version="v")
    assert again.outputs.get(joined) == "page"
    assert again.dependencies.get(("a.md", joined)) == "held twice" and holder
    assert again.outputs.get_many([joined]) == {joined: "page"}
    with sqlite3.connect(tmp_path / "cache" / cache_module.DATABASE) as db:
        assert db.execute("SELECT count(*) FROM outputs").fetchone() == (1,)


def test_a_damaged_cache_counts_as_empty(tmp_path: Path) -> None:
    """A damaged entry is a missing one however it is read, and a damaged file an empty cache: never a crash."""
    cache = Cache(tmp_path / "cache", version="v")
    cache.findings.put("role", "value")
    cache.findings.put("other", "value")
    cache.save()
    with sqlite3.connect(tmp_path / "cache" / cache_module.DATABASE) as db:
        db.execute("UPDATE findings SET value = x'ff00' WHERE key = ?", (cache_module._key("role"),))
    assert Cache(tmp_path / "cache", version="v").findings.get("role") is None
    assert Cache(tmp_path / "cache", version="v").findings.get_many(["role", "other"]) == {"other": "value"}
    assert Cache(tmp_path / "cache", version="v").findings.entries == {"other": "value"}
    (tmp_path / "cache" / cache_module.DATABASE).write_bytes(b"not a database" * 100)
    assert Cache(tmp_path / "cache", version="v").findings.entries == {}


def test_a_spilled_batch_the_database_refused_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch of bodies the database would not take (locked by another build, read-only, damaged) stays
    readable in memory until the save: the pages that ask for it are rendered, not an internal error."""
    cache = Cache(tmp_path / "cache", version="v")
    cache.findings.put("held", "value")
    cache.save()  # a database there, so reads go to it
    refused = Cache(tmp_path / "cache", version="v")
    monkeypatch.setattr(cache_module._Store, "put_many",
                        lambda self, table, entries: (_ for _ in ()).throw(sqlite3.OperationalError("locked")))
    refused.bodies.put("key", "<p>Body.</p>")
    refused.flush()
    assert refused.bodies.get("key") == "<p>Body.</p>"
    assert refused.bodies.get_many(["key", "other"]) == {"key": "<p>Body.</p>"}
    monkeypatch.undo()
    refused.save()  # kept for the save, which writes it
    assert Cache(tmp_path / "cache", version="v").bodies.get("key") == "<p>Body.</p>"


def test_a_stat_signature_is_trusted_only_when_unchanged_and_older_than_the_racy_window() -> None:
    at = 10_000_000_000_000
    old = (120, at - sources.RACY_NS - 1, at - sources.RACY_NS - 1, 7)
    assert sources.unmoved(old, at, old)
    assert not sources.unmoved(old, at, (121, *old[1:]))  # any field moved: read it
    assert not sources.unmoved(old, at, None)  # gone
    racy = (120, at - sources.RACY_NS, at - sources.RACY_NS, 7)  # written as it was recorded: may change unseen
    assert not sources.unmoved(racy, at, racy)


def test_a_recorded_file_replaced_by_a_link_or_a_giant_is_refused_on_a_warm_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree(a=POSTING, b=POSTING))
    cache = Cache(tmp_path / CACHE_DIR_NAME)
    assert not sources.problems_of(sources.read_sources(Path("content"), cache, workers=1))
    cache.finish_build()
    again = sources.read_sources(Path("content"), Cache(tmp_path / CACHE_DIR_NAME), workers=1)
    # a.md and b.md hold the same bytes: each is still its own file, with its own path for messages
    assert [s.path for s in again.postings] == ["content/jobs/acme/a.md", "content/jobs/acme/b.md"]
    (tmp_path / "content/jobs/acme/a.md").unlink()
    (tmp_path / "content/jobs/acme/a.md").symlink_to(tmp_path / "content/jobs/acme/b.md")
    (tmp_path / "content/jobs/acme/b.md").write_text(front_matter(POSTING) + "x" * 300_000)
    read = sources.read_sources(Path("content"), Cache(tmp_path / CACHE_DIR_NAME), workers=1)
    assert [p.format() for p in sources.problems_of(read)] == [
        "content/jobs/acme/a.md:1:1: error: symbolic links are not allowed in content/: copy the file instead",
        "content/jobs/acme/b.md:1:1: error: file is 294 KB; the limit is 256 KB"]


def test_a_resident_cache_saves_when_told_and_a_failed_save_is_retried_whole(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A build's cache saves as the build finishes; serve's (resident) only when asked. A save the disk refused
    (full, read-only) changes nothing and fails nothing, and the next save writes everything that one would
    have: what was put, deleted and replaced before it is not lost."""
    first = Cache(tmp_path / "cache", version="v")
    first.findings.put("gone", "old")
    first.finish_build()
    assert Cache(tmp_path / "cache", version="v").findings.entries == {"gone": "old"}  # saved by finish_build
    served = Cache(tmp_path / "cache", version="v", resident=True)
    served.findings.put("new", "value")
    served.findings.delete("gone")
    served.outputs.replace({"index.html": "record"})
    served.finish_build()
    assert Cache(tmp_path / "cache", version="v").findings.entries == {"gone": "old"}  # not saved yet
    real_save = cache_module._Store.save
    monkeypatch.setattr(cache_module._Store, "save", lambda self, tables: (_ for _ in ()).throw(OSError(28, "full")))
    served.save()  # no error
    assert Cache(tmp_path / "cache", version="v").findings.entries == {"gone": "old"}
    monkeypatch.setattr(cache_module._Store, "save", real_save)
    served.save()
    again = Cache(tmp_path / "cache", version="v")
    assert (again.findings.entries, again.outputs.entries) == ({"new": "value"}, {"index.html": "record"})


def test_a_spilled_table_writes_a_full_batch_to_the_database_before_the_save(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "SPILL_BYTES", 10)
    cache = Cache(tmp_path / "cache", version="v")
    cache.findings.put("held", "value")
    cache.save()
    cache = Cache(tmp_path / "cache", version="v")
    cache.bodies.put("small", "<p>")  # 3 bytes: held
    assert Cache(tmp_path / "cache", version="v").bodies.get("small") is None
    cache.bodies.put("big", "<p>Ten bytes or more.</p>")  # the batch is full: written at once, with the first
    other = Cache(tmp_path / "cache", version="v")
    assert (other.bodies.get("small"), other.bodies.get("big")) == ("<p>", "<p>Ten bytes or more.</p>")
    assert cache.bodies.get("big") == "<p>Ten bytes or more.</p>"


def test_a_table_counts_its_entries_and_a_cache_has_no_other_tables(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", version="v")
    cache.findings.put("a", 1)
    cache.findings.put("b", 2)
    cache.save()
    again = Cache(tmp_path / "cache", version="v")
    again.findings.put("c", 3)
    assert len(again.findings) == 3 and len(again.similar) == 0
    with pytest.raises(AttributeError, match="no_such_table"):
        again.no_such_table  # noqa: B018
    assert not hasattr(again, "snapshots")


def test_a_forked_worker_opens_its_own_connection_and_leaves_the_parent_s_alone(tmp_path: Path) -> None:
    import multiprocessing
    cache = Cache(tmp_path / "cache", version="v")
    cache.findings.put("a", "from the parent")
    cache.save()
    cache = Cache(tmp_path / "cache", version="v")
    assert cache.findings.get("a") == "from the parent"
    store = cache._store
    parents = store._conn
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)

    def child() -> None:
        cache.tables["findings"]._known.clear()  # read again, through this process's connection
        cache.tables["findings"]._last = (None, None)
        value = cache.findings.get("a")
        send.send((value, store._conn is not parents and store._inherited == [parents]))
    proc = multiprocessing.get_context("fork").Process(target=child)
    proc.start()
    assert receive.recv() == ("from the parent", True)
    proc.join()
    assert store._conn is parents and store._conn.execute("SELECT 1").fetchone() == (1,)


def test_a_library_that_is_not_installed_is_versioned_as_a_dash() -> None:
    assert cache_module._installed_version("no-such-library-for-jobsite") == "-"
    assert cache_module._installed_version("PyYAML") == yaml_version()


def yaml_version() -> str:
    import yaml
    return yaml.__version__


def test_a_spilled_entry_is_read_back_from_the_database_after_the_save_that_wrote_it(tmp_path: Path) -> None:
    """A resident cache (`jobsite serve`) lives on after its save: a spilled value, no longer held in memory once
    saved, is read back from the database, so the next build's lookups find it (a first save into an empty
    folder, where the table began by holding every entry there was)."""
    cache = Cache(tmp_path / "cache", version="v", resident=True)
    cache.words.put("spilled", "words")
    cache.findings.put("kept", "in memory")
    cache.save()
    assert cache.words.get("spilled") == "words"
    assert cache.words.get_many(["spilled", "absent"]) == {"spilled": "words"}
    assert cache.findings.get("kept") == "in memory"


def test_each_save_of_a_resident_cache_writes_only_what_changed_since_the_last(tmp_path: Path) -> None:
    """`jobsite serve` saves its cache after build upon build: each save writes what changed since the one before
    it, never that one's deletions again. A file edited and then edited back puts its old key again, and the
    stage's flush writes it to the database before the save: the next CLI build finds it."""
    served = Cache(tmp_path / "cache", version="v", resident=True)
    served.bodies.put("key of A", "<p>A</p>")
    served.finish_build()
    served.save()
    served.bodies.keep_all_but(["key of A"])  # the file edited: A's body dropped, B's put
    served.bodies.put("key of B", "<p>B</p>")
    served.finish_build()
    served.save()
    served.bodies.keep_all_but(["key of B"])  # and edited back
    served.bodies.put("key of A", "<p>A</p>")
    served.flush()  # as each stage ends
    served.finish_build()
    served.save()
    assert Cache(tmp_path / "cache", version="v").bodies.get_many(["key of A", "key of B"]) == {"key of A": "<p>A</p>"}


def test_a_full_batch_spilled_during_a_cold_build_is_read_back_from_the_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold build (no database yet: the table begins by holding every entry there is) that spills a full batch
    no longer holds those values: reading one goes to the database (a posting's page asks for its body)."""
    monkeypatch.setattr(cache_module, "SPILL_BYTES", 10)
    cache = Cache(tmp_path / "cache", version="v")
    cache.bodies.put("big", "<p>Ten bytes or more.</p>")  # the batch is full: written at once, not held
    cache.bodies.put("small", "<p>")  # held until the next batch or the save
    assert cache.bodies.get("big") == "<p>Ten bytes or more.</p>"
    assert cache.bodies.get_many(["big", "small", "absent"]) == {"big": "<p>Ten bytes or more.</p>", "small": "<p>"}


def test_the_database_is_the_documented_file_beside_the_content(tmp_path, monkeypatch):
    # docs/serve-and-speed.md and this module's docstring: `.jobsite-cache/cache.sqlite3` beside `content/`;
    # a cache kept between deploys (Netlify's, CI's) is found by that name.
    monkeypatch.delenv("JOBSITE_CACHE_DIR", raising=False)
    (tmp_path / "content").mkdir()
    cache = Cache.beside(tmp_path / "content")
    cache.sources.put(("k",), "v")
    cache.save()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        ".jobsite-cache", ".jobsite-cache/cache.sqlite3", "content"]
    assert Cache.beside(tmp_path / "content").sources.get(("k",)) == "v"
