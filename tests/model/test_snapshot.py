"""The model kept between builds (generator/model/snapshot.py): taken when only postings' bytes moved, and
silently the full path when it is missing, damaged, another code's, or when anything else changed."""
from __future__ import annotations

import datetime as dt
import marshal
import os
import random
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.base.cache import Cache, _key
from generator.base.errors import ContentError
from generator.build import BuildResult, build_site
from generator.cli import main
from generator.config import make_options
from generator.model import snapshot

from ..conftest import CLOCK, COMPANY, POSTING, REPO, basic_tree, front_matter, write_tree
from ..write.test_incremental import assert_same_model

SNAPSHOT = "made from the last build's snapshot"


@pytest.fixture
def board(tmp_path: Path) -> Path:
    write_tree(tmp_path / "content", basic_tree(**{f"role-{i}": {**POSTING, "title": f"Role {i}"} for i in range(3)}))
    return tmp_path


def build(root: Path, cache: Cache | None = None) -> BuildResult:
    options = make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK)
    return build_site(options, cache or Cache(root / "cache"))


def full(root: Path) -> BuildResult:
    return build_site(make_options(root / "content", root / "cold", templates=REPO / "templates", clock=CLOCK),
                      Cache(None))


def edit_body(root: Path) -> None:
    path = root / "content/jobs/acme/role-1.md"
    path.write_text(path.read_text() + "\nOne more line.\n")


def test_a_posting_edit_is_made_from_the_snapshot(board: Path) -> None:
    build(board)
    edit_body(board)
    got = build(board)
    assert got.model_path == f"{SNAPSHOT} (1 posting file(s) read again)"
    assert_same_model(got, full(board), "after a description edit")
    assert build(board).model_path.startswith(SNAPSHOT)  # and the snapshot it kept serves the next build


def test_a_closed_role_is_kept_by_a_build_made_from_the_base_and_its_delta(tmp_path: Path) -> None:
    """The delta names the postings' order; a closed role is one of them, and a build that reads the base and the
    delta has it (and its page) as the full path does."""
    postings = {f"role-{i}": {**POSTING, "title": f"Role {i}"} for i in range(3)}
    postings["role-old"] = {**POSTING, "title": "Old Role", "posted": dt.date(2026, 9, 1),
                            "expires": dt.date(2026, 10, 1)}
    write_tree(tmp_path / "content", basic_tree(**postings))
    build(tmp_path)
    for step in range(2):  # the first edit writes the delta, the second build reads it
        rewrite(tmp_path, "role-1", postings["role-1"], f"Edit {step}.\n")
        got = build(tmp_path)
        assert got.model_path == f"{SNAPSHOT} (1 posting file(s) read again)" and delta_rows(tmp_path)
        assert [p.title for p in got.model.postings if not p.is_open] == ["Old Role"], step
    assert_same_model(got, full(tmp_path), "after the build read from the base and its delta")


def halve(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:path.stat().st_size // 2])


def damage_row(root: Path) -> None:
    with sqlite3.connect(root / "cache/cache.sqlite3") as db:
        db.execute("UPDATE snapshot SET value = ?", (b"\xfa not even marshal's",))


@pytest.mark.parametrize("damage", [
    lambda root: halve(root / "cache/snapshot-model.pickle"),
    lambda root: halve(root / "cache/snapshot-sources.pickle"),
    lambda root: (root / "cache/snapshot-model.pickle").unlink(),
    damage_row,
    # a file another build wrote, whose database was not saved: its token is not the one recorded
    lambda root: (root / "cache/snapshot-model.pickle").write_bytes(
        os.urandom(16) + (root / "cache/snapshot-model.pickle").read_bytes()[16:]),
])
def test_a_damaged_snapshot_is_the_full_path(board: Path, damage) -> None:
    build(board)
    damage(board)
    edit_body(board)
    got = build(board)
    assert got.model_path.startswith("made in full ("), got.model_path
    assert_same_model(got, full(board), "after a damaged snapshot")


def test_another_codes_or_pythons_snapshot_is_the_full_path(board: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(board, Cache(board / "cache", version="one"))
    assert build(board, Cache(board / "cache", version="two")).model_path == "made in full (no snapshot)"
    monkeypatch.setattr(sys, "version", "another Python")
    assert build(board, Cache(board / "cache", version="two")).model_path == "made in full (made from other inputs)"


@pytest.mark.parametrize(("edit", "why"), [
    (lambda root: (root / "content/site.yaml").write_text((root / "content/site.yaml").read_text()
                                                            .replace("title:", "title: New", 1)),
     "{root}/content/site.yaml changed"),
    (lambda root: (root / "content/jobs/acme/role-1.md").unlink(), "a file was added, deleted or renamed"),
])
def test_anything_but_a_postings_bytes_is_the_full_path(board: Path, edit, why: str) -> None:
    build(board)
    edit(board)
    got = build(board)
    assert got.model_path == f"made in full ({why.format(root=board)})"
    assert_same_model(got, full(board), why)


@pytest.mark.parametrize("text", ["---\ntitle: [\n---\nText.\n",
                                  "---\ntitle: Huge\n---\n" + "x" * 300_000],  # too large: its bytes are not read
                         ids=["malformed", "too-large"])
def test_a_posting_with_an_error_fails_as_the_full_path_does(board: Path, text: str) -> None:
    build(board)
    (board / "content/jobs/acme/role-1.md").write_text(text)
    with pytest.raises(ContentError) as warm:
        build(board)
    with pytest.raises(ContentError) as cold:
        full(board)
    assert sorted(warm.value.problems) == sorted(cold.value.problems) and warm.value.errors


def test_verbose_says_which_path_the_model_took(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795780800")
    write_tree(tmp_path / "content", basic_tree())
    assert "  model made in full (no snapshot)\n" in CliRunner().invoke(main, ["build", "--verbose"]).output
    again = CliRunner().invoke(main, ["build", "--verbose"])
    assert f"  model {SNAPSHOT} (0 posting file(s) read again)\n" in again.output, again.output


# ---- the delta: a rebuild writes the postings it made again, not the whole model -------------------------------

def delta_rows(root: Path) -> list[str]:
    with sqlite3.connect(root / "cache/cache.sqlite3") as db:
        return sorted(marshal.loads(key) for (key,) in db.execute("SELECT key FROM delta"))


def rewrite(root: Path, name: str, data: dict, body: str = "Some description.\n") -> None:
    write_tree(root / "content", {f"jobs/acme/{name}.md": front_matter(data, body)})


def test_random_edits_are_kept_as_a_delta_and_equal_a_full_load(tmp_path: Path) -> None:
    """Many edits in a row, each kept as rows beside an untouched base: every model read back (records, their
    order, similar roles, every problem) is the full path's."""
    names = [f"role-{i}" for i in range(6)]
    postings = {name: {**POSTING, "title": f"Role {i}", "apply_url": f"https://acme.example/{i}"}
                for i, name in enumerate(names)}
    write_tree(tmp_path / "content", basic_tree(**postings))
    build(tmp_path)
    base = (tmp_path / "cache/snapshot-model.pickle").read_bytes()
    draw = random.Random(7)
    edited = set()
    for step in range(10):
        name = draw.choice(names)
        kind = draw.choice(["title", "body", "posted", "tags", "apply", "twin"])
        data = postings[name]
        data = postings[name] = {**data, **{
            "title": {"title": f"{draw.choice(['Junior', 'Staff', 'Lead'])} Robotics Engineer {step}"},
            "posted": {"posted": dt.date(2026, 11, draw.randint(1, 20))},  # moves the postings' order
            "tags": {"tags": draw.sample(["ros2", "cpp", "python", "rust"], 2)},
            # the same apply link as another posting: a finding across postings (the board's problems)
            "apply": {"apply_url": postings[draw.choice(names)]["apply_url"]},
            # another posting's title, company and place: a duplicate (or, when one is taken back, none)
            "twin": {"title": draw.choice([d["title"] for d in postings.values() if d["title"] != data["title"]])},
        }.get(kind, {})}
        # a body with a link shown as text warns (the posting's own problems); any other edit drops it again
        body = f"Step {step}: [notes](ftp://files.example/{step}).\n" if kind == "body" else "Some description.\n"
        rewrite(tmp_path, name, data, body)
        edited.add(f"content/jobs/acme/{name}.md")
        got = build(tmp_path)
        assert got.model_path == f"{SNAPSHOT} (1 posting file(s) read again)", (step, got.model_path)
        assert_same_model(got, full(tmp_path), f"after step {step} ({kind} of {name})")
        assert [path.split("content/", 1)[1] for path in delta_rows(tmp_path)] == sorted(
            path.split("content/", 1)[1] for path in edited)
    assert (tmp_path / "cache/snapshot-model.pickle").read_bytes() == base  # the base was never written again
    assert_same_model(build(tmp_path), full(tmp_path), "with nothing changed")


def test_a_delta_past_its_share_of_the_base_is_written_as_a_new_base(board: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    build(board)
    edit_body(board)
    build(board)
    assert len(delta_rows(board)) == 1
    monkeypatch.setattr(snapshot, "SMALL", 0)
    monkeypatch.setattr(snapshot, "COMPACT", 10**9)  # any delta outweighs the base's share
    base = (board / "cache/snapshot-model.pickle").read_bytes()
    edit_body(board)
    got = build(board)
    assert got.model_path == f"{SNAPSHOT} (1 posting file(s) read again)"
    assert delta_rows(board) == [] and (board / "cache/snapshot-model.pickle").read_bytes() != base
    edit_body(board)
    assert_same_model(build(board), full(board), "after the new base")


def damage_delta(root: Path, sql: str, *values: bytes) -> None:
    with sqlite3.connect(root / "cache/cache.sqlite3") as db:
        db.execute(sql, values)


def another_base(root: Path) -> None:
    """A base the database vouches for, not the one the delta was written against (the head names its base)."""
    path = root / "cache/snapshot-model.pickle"
    path.write_bytes(b"0" * 16 + path.read_bytes()[16:])
    damage_delta(root, "UPDATE snapshot SET value = ? WHERE key = ?", marshal.dumps(b"0" * 16), _key("model"))


@pytest.mark.parametrize("damage", [
    lambda root: damage_delta(root, "UPDATE delta SET value = ?", marshal.dumps(b"not a pickle")),
    lambda root: damage_delta(root, "UPDATE delta SET value = ?", b"\xfa not even marshal's"),
    lambda root: damage_delta(root, "DELETE FROM delta"),
    lambda root: damage_delta(root, "UPDATE snapshot SET value = ? WHERE key = ?", marshal.dumps(b"\x80\x05junk"),
                              _key("delta")),
    lambda root: another_base(root),
])
def test_a_damaged_delta_is_the_full_path(board: Path, damage) -> None:
    build(board)
    edit_body(board)
    build(board)
    assert len(delta_rows(board)) == 1
    damage(board)
    rewrite(board, "role-2", {**POSTING, "title": "Role 2 again"})
    got = build(board)
    assert got.model_path == "made in full (no snapshot)", got.model_path
    assert_same_model(got, full(board), "after a damaged delta")
    assert build(board).model_path.startswith(SNAPSHOT)


# ---- what cannot be kept is forgotten, never left to serve a later build ---------------------------------------

def retitle_site(root: Path) -> None:
    path = root / "content/site.yaml"
    path.write_text(path.read_text().replace("title:", "title: New", 1))


def test_a_snapshot_that_cannot_be_written_is_forgotten_and_leaves_no_partial_file(
        board: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(board)
    retitle_site(board)  # the full path, which writes a new snapshot over the first build's
    replace = os.replace
    with monkeypatch.context() as m:
        def full_disk(src: str, dst: str) -> None:
            if str(dst).endswith(".pickle"):
                raise OSError(28, "No space left on device")
            replace(src, dst)
        m.setattr(os, "replace", full_disk)
        build(board)
    assert sorted(p.name for p in (board / "cache").iterdir() if p.name.endswith(".tmp")) == []
    got = build(board)
    assert got.model_path == "made in full (no snapshot)"  # not the first build's snapshot, of other inputs
    assert_same_model(got, full(board), "after a snapshot that could not be written")


def test_a_build_whose_files_cannot_be_recorded_forgets_the_last_snapshot(
        board: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.load import sources
    build(board)
    retitle_site(board)
    edit_body(board)
    with monkeypatch.context() as m:
        # One posting's stat signature unknown (a file gone between the listing and its stat): nothing vouches
        # for what the model was made from, so no snapshot is taken, and the first build's must not be used.
        m.setattr(sources, "_signature", lambda file: None if file.path.name == "role-1.md" else
                  sources.signature(file.path))
        assert build(board).model_path == f"made in full ({board}/content/site.yaml changed)"
    got = build(board)
    assert got.model_path == "made in full (no snapshot)"
    assert_same_model(got, full(board), "after a build that took no snapshot")


def test_a_snapshot_is_read_back_with_the_collector_as_it_was(board: Path) -> None:
    import gc
    build(board)
    cache = Cache(board / "cache")
    assert gc.isenabled()
    read = snapshot._read(cache, snapshot.MODEL)
    assert read is not None and gc.isenabled()
    assert read[2] == (board / "cache/snapshot-model.pickle").stat().st_size == snapshot._size(cache, snapshot.MODEL)
    (board / "cache/snapshot-model.pickle").unlink()
    assert snapshot._size(cache, snapshot.MODEL) == 0 and snapshot._read(cache, snapshot.MODEL) is None


def test_a_cache_kept_in_memory_writes_no_snapshot() -> None:
    cache = Cache(None)
    snapshot._write(cache, snapshot.MODEL, {"a": 1})
    assert cache.snapshot.get(snapshot.MODEL) is None and snapshot._read(cache, snapshot.MODEL) is None
    assert snapshot._size(cache, snapshot.MODEL) == 0


def test_a_rebuild_keeps_the_snapshot_again_only_when_a_re_read_file_has_a_new_signature(
        board: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing moved: the stored snapshot holds and nothing is written. A posting touched (its bytes the same) is
    read again, and the snapshot kept again records its new signature, so the build after trusts it."""
    import generator.build

    kept: list[bool] = []
    real = generator.build.keep_reused
    monkeypatch.setattr(generator.build, "keep_reused",
                        lambda cache, reused: (kept.append(reused.snapshot is not None), real(cache, reused))[1])
    old = CLOCK.timestamp() - 86_400
    for path in (board / "content").rglob("*"):
        os.utime(path, (old, old))
    build(board)
    assert build(board).model_path == f"{SNAPSHOT} (0 posting file(s) read again)"
    assert kept == [False]  # nothing re-read: the snapshot as stored serves, nothing written
    os.utime(board / "content/jobs/acme/role-1.md", (old + 60, old + 60))
    assert build(board).model_path == f"{SNAPSHOT} (0 posting file(s) read again)"
    assert kept == [False, True]  # its signature moved: read again, and recorded anew in the snapshot
    assert build(board).model_path == f"{SNAPSHOT} (0 posting file(s) read again)"
    assert kept == [False, True, False]  # trusted now: not read again, nothing written


def test_a_posting_edited_in_the_delta_is_read_from_it_by_the_next_edit(tmp_path: Path) -> None:
    """The sources a later edit compares across postings are the delta's (stored since the base), not the base's:
    acme's role-0, given beta's apply link (on its first line) in the delta, is reported on that line when beta's
    posting is edited next."""
    postings = {f"role-{i}": {**POSTING, "title": f"Role {i}", "apply_url": f"https://acme.example/{i}"}
                for i in range(2)}
    beta = {**POSTING, "company": "beta", "title": "Beta role", "apply_url": "https://beta.example/1",
            "posted": POSTING["posted"] - dt.timedelta(days=3)}  # the older: role-0 is the one reported
    write_tree(tmp_path / "content", {**basic_tree(**postings), "jobs/beta/role.md": front_matter(beta),
                                      "companies/beta.md": front_matter({**COMPANY, "name": "Beta"}, "Beta.\n")})
    build(tmp_path)
    rewrite(tmp_path, "role-0", {"apply_url": "https://beta.example/1"} | {
        key: value for key, value in postings["role-0"].items() if key != "apply_url"})
    assert build(tmp_path).model_path.startswith(SNAPSHOT)
    write_tree(tmp_path / "content", {"jobs/beta/role.md": front_matter(beta, "Another description.\n")})
    got = build(tmp_path)
    assert got.model_path == f"{SNAPSHOT} (1 posting file(s) read again)"
    assert [Path(p.path).name for p in got.problems if "the same link" in p.message] == ["role-0.md"]
    assert_same_model(got, full(tmp_path), "after an edit beside one kept in the delta")
