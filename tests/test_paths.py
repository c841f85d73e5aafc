"""Files that try to escape: symlinks, path tricks, bombs and giants are refused, and nothing lands outside site/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.render.output import Output
from generator.write import UnsafeOutputPath, safe_relative, write_outputs

from .conftest import basic_tree


def refused(scratch_site, files: dict, setup=None) -> list[str]:  # noqa: ANN001
    if setup:
        setup()
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    return [p.format() for p in info.value.errors]


def test_symlinked_posting_and_folder_are_refused(scratch_site, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: x\n---\n")
    (tmp_path / "content/jobs/acme").mkdir(parents=True)
    os.symlink(secret, tmp_path / "content/jobs/acme/leak.md")
    os.symlink(tmp_path, tmp_path / "content/jobs/escape")
    messages = refused(scratch_site, basic_tree())
    assert "content/jobs/acme/leak.md:1:1: error: symbolic links are not allowed in content/: copy the file " \
           "instead" in messages
    assert any(m.startswith("content/jobs/escape:1:1: error: symbolic links") for m in messages)


@pytest.mark.parametrize("name", ["Evil.md", "a..b.md", "x y.md", "über.md", "a_b.md", "-x.md"])
def test_file_names_that_are_not_slugs_are_refused(scratch_site, name: str) -> None:
    files = basic_tree()
    files[f"jobs/acme/{name}"] = files.pop("jobs/acme/senior-robotics-engineer.md")
    messages = refused(scratch_site, files)
    assert any(f"file name '{name}' is not a valid slug" in m for m in messages)


def test_yaml_bomb_and_giant_file_are_refused_quickly(scratch_site) -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n"
    files = basic_tree()
    files["jobs/acme/bomb.md"] = bomb
    files["jobs/acme/giant.md"] = "---\ntitle: x\n---\n" + "word " * 60_000
    messages = refused(scratch_site, files)
    assert any("bomb.md:2:4:" in m and "anchors and aliases" in m for m in messages)
    assert any("giant.md:1:1: error: file is 292 KB; the limit is 256 KB" in m for m in messages)


@pytest.mark.parametrize("path", ["../x.html", "/etc/passwd", "a/../../x", "", "a\\..\\b", ".."])
def test_writer_refuses_paths_outside_the_output_folder(tmp_path: Path, path: str) -> None:
    with pytest.raises(UnsafeOutputPath):
        safe_relative(path)
    with pytest.raises(UnsafeOutputPath):
        write_outputs([Output(path, b"x", "test")], tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
