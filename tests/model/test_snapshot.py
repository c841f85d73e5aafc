"""The model kept between builds (generator/model/snapshot.py): taken when only postings' bytes moved, and
silently the full path when it is missing, damaged, another code's, or when anything else changed."""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.base.cache import Cache
from generator.base.errors import ContentError
from generator.build import BuildResult, build_site
from generator.cli import main
from generator.config import make_options

from ..conftest import CLOCK, POSTING, REPO, basic_tree, write_tree
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


def test_a_posting_with_an_error_fails_as_the_full_path_does(board: Path) -> None:
    build(board)
    (board / "content/jobs/acme/role-1.md").write_text("---\ntitle: [\n---\nText.\n")
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
