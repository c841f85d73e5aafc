"""A small file replaced all at once: the new text, or (after a failure) the old one, and no temporary left."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.base import atomic


def test_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "state" / "sent.json"  # the folder does not exist yet
    atomic.write_atomically(target, "old")
    atomic.write_atomically(target, "nouveau ✓\n")
    assert target.read_text(encoding="utf-8") == "nouveau ✓\n"
    assert [p.name for p in target.parent.iterdir()] == ["sent.json"]


def test_a_failed_write_keeps_the_old_file_and_removes_its_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sent.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        atomic.write_atomically(target, "half \udc80 written")  # a lone surrogate cannot be encoded
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["sent.json"]


def test_the_temporary_is_written_beside_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A temporary in /tmp could not be renamed over a file on another file system (a state file in a checkout).
    renamed: list[tuple[str, str]] = []
    real_replace = atomic.os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda src, dst: (renamed.append((src, dst)), real_replace(src, dst)))
    target = tmp_path / "sent.json"
    atomic.write_atomically(target, "new")
    assert [Path(src).parent for src, _ in renamed] == [tmp_path]
    assert Path(renamed[0][0]).name.startswith(".sent.json.")  # hidden, named for its file
