"""Files that try to escape: symlinks, path tricks, bombs and giants are refused, and nothing lands outside site/."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator.base.errors import ContentError
from generator.render.output import Output
from generator.write import UnsafeOutputPath, safe_relative, write_outputs

from ..conftest import basic_tree


def refused(scratch_site, files: dict, setup=None) -> list[str]:
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


def yaml_bomb(levels: int) -> str:
    """Front matter whose aliases expand to 9**levels items: a billion laughs, for levels=9 almost 400 million."""
    names = [chr(ord("a") + i) for i in range(levels)]
    lines = [f"{names[0]}: &{names[0]} [{', '.join(['x'] * 9)}]"]
    lines += [f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]" for prev, name in zip(names, names[1:], strict=False)]
    return "---\n" + "\n".join(lines) + "\n---\n"


def test_yaml_bomb_and_giant_file_are_refused_quickly(scratch_site) -> None:
    files = basic_tree()
    files["jobs/acme/bomb.md"] = yaml_bomb(9)  # expanded, even walking it would take hours
    files["jobs/acme/giant.md"] = "---\ntitle: x\n---\n" + "word " * 60_000
    started = time.perf_counter()
    messages = refused(scratch_site, files)
    seconds = time.perf_counter() - started
    assert any("bomb.md:2:4:" in m and "anchors and aliases" in m for m in messages)
    assert any("giant.md:1:1: error: file is 293 KB; the limit is 256 KB" in m for m in messages)
    # A valid build of this tree takes about a second here; ten leaves room for a busy machine, not for expanding.
    assert seconds < 10, f"refusing took {seconds:.1f} s"


@pytest.mark.parametrize("path", ["../x.html", "/etc/passwd", "a/../../x", "", "a\\..\\b", ".."])
def test_writer_refuses_paths_outside_the_output_folder(tmp_path: Path, path: str) -> None:
    with pytest.raises(UnsafeOutputPath):
        safe_relative(path)
    with pytest.raises(UnsafeOutputPath):
        write_outputs([Output(path, b"x", "test")], tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
