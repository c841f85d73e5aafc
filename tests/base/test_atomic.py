"""A small file replaced all at once: the new text, or (after a failure) the old one, and no temporary left."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.base import atomic


def test_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "state" / "announce" / "sent.json"  # neither folder exists yet
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


def test_the_file_and_then_its_folder_are_flushed_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes are flushed before the rename and the folder after it, so a crash keeps the old file or the new
    one, never an empty one: each fsync is of the file written, then of the folder holding its name."""
    flushed: list[tuple[str, int]] = []
    real_fsync = atomic.os.fsync

    def fsync(fd: int) -> None:  # what is flushed, and how many of its bytes the system has by then
        flushed.append((atomic.os.readlink(f"/proc/self/fd/{fd}"), atomic.os.fstat(fd).st_size))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    target = tmp_path / "sent.json"
    open_before = sorted(atomic.os.listdir("/proc/self/fd"))
    atomic.write_atomically(target, "nouveau ✓")
    (temporary, size), (folder, _) = flushed
    assert Path(temporary).parent == tmp_path and Path(temporary).name.startswith(".sent.json.")
    assert temporary.endswith(".tmp") and size == len("nouveau ✓".encode())  # written out before the flush
    assert folder == str(tmp_path)
    assert sorted(atomic.os.listdir("/proc/self/fd")) == open_before  # neither the file nor the folder left open


def test_a_folder_that_cannot_be_opened_is_not_flushed_and_not_an_error(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows cannot open a folder: the write itself still succeeds there.
    real_open = atomic.os.open
    monkeypatch.setattr(atomic.os, "open", lambda path, flags, *a: (_ for _ in ()).throw(PermissionError(13, "no"))
                        if Path(path) == tmp_path else real_open(path, flags, *a))
    atomic.write_atomically(tmp_path / "sent.json", "new")
    assert (tmp_path / "sent.json").read_text() == "new"
