"""The only code that touches the output folder: it swaps in a complete new site or leaves the old one.

The next site is assembled in a sibling folder. A file whose bytes did not change becomes a hard link to the
current one (same inode, same mtime: servers, rsync and browsers see it untouched); a changed or new file is
written; a file the new site lacks is simply not carried over. The finished folder then replaces the old one in
one atomic exchange (two renames where the system has none), and when nothing changed at all, no swap happens.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import enum
import functools
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .leftovers import remove_stale_staging, staging_prefix
from .render.output import Output


class UnsafeOutputPath(ValueError):
    """An output path that would land outside the output folder."""


class Put(enum.Enum):
    """What staging one file did."""

    SAME = "same"  # identical bytes: hard-linked to the current file
    CHANGED = "changed"  # the current site has the path with other bytes
    NEW = "new"  # the current site lacks the path


@dataclass(frozen=True)
class WriteReport:
    files: int  # files in the new site
    written: int  # files whose bytes were written (changed or new)
    removed: int  # files of the old site that the new one no longer has
    swapped: bool  # False when the old folder was already identical and was left alone


def safe_relative(path: str) -> PurePosixPath:
    """Refuse absolute paths, '..' and empty parts: content must never write outside site/."""
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts or any(part in ("", ".", "..") for part in rel.parts) or "\\" in path:
        raise UnsafeOutputPath(f"refusing to write outside the output folder: {path!r}")
    return rel


class Staging:
    """The next site under construction beside the current one. Several processes may put into one staging
    folder (each with its own Staging over the same root); only the one that created it commits or discards."""

    def __init__(self, output_dir: Path, root: Path | None = None):
        self.output_dir = output_dir.resolve()
        if root is None:
            self.output_dir.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_staging(self.output_dir)  # what killed builds left behind
            root = Path(tempfile.mkdtemp(prefix=staging_prefix(self.output_dir, "new"), dir=self.output_dir.parent))
            os.chmod(root, 0o755)  # mkdtemp makes 0700; web servers and link checkers need to read the site
        self.root = root
        self._root, self._current = str(root), str(self.output_dir)
        self._made: set[str] = set()

    def put(self, path: str, data: bytes) -> Put:
        """Stage one file: a hard link when the current site has the same bytes, else the bytes."""
        rel = safe_relative(path).as_posix()
        # Plain string paths: pathlib's parsing cost more than the file system calls at 20,000 files.
        target = os.path.join(self._root, rel)
        self._mkdirs(os.path.dirname(rel))
        current = os.path.join(self._current, rel)
        size = _regular_file_size(current)
        if size == len(data) and _read(current) == data and _link(current, target):
            return Put.SAME
        # "x": never open an existing staged file, which may be a hard link into the live site.
        with open(target, "xb") as f:
            f.write(data)
        return Put.NEW if size is None else Put.CHANGED

    def keep(self, path: str, data_digest: bytes, digest: Callable[[bytes], bytes]) -> bool:
        """Carry the current file over unread by the renderer when its bytes still have `data_digest`."""
        rel = safe_relative(path).as_posix()
        current = os.path.join(self._current, rel)
        data = _read(current) if _regular_file_size(current) is not None else None
        if data is None or digest(data) != data_digest:
            return False
        self._mkdirs(os.path.dirname(rel))
        return _link(current, os.path.join(self._root, rel))

    def _mkdirs(self, rel_dir: str) -> None:
        if rel_dir and rel_dir not in self._made:
            os.makedirs(os.path.join(self._root, rel_dir), exist_ok=True)
            self._made.add(rel_dir)

    def commit(self, counts: dict[Put, int]) -> WriteReport:
        """Swap the staged site in, unless it equals the current one; `counts` tallies every put of every
        process. Afterwards this staging folder is gone (swapped in or deleted)."""
        same, changed, new = (counts.get(kind, 0) for kind in (Put.SAME, Put.CHANGED, Put.NEW))
        removed = count_files(self.output_dir) - same - changed
        files = same + changed + new
        if changed == new == removed == 0 and self.output_dir.is_dir():
            self.discard()
            return WriteReport(files, 0, 0, False)
        _swap(self.root, self.output_dir)
        return WriteReport(files, changed + new, removed, True)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def write_site(outputs: Iterable[Output], output_dir: Path) -> int:
    """Write every output into a fresh sibling folder, then swap it in; return the number of files."""
    return write_outputs(outputs, output_dir).files


def write_outputs(outputs: Iterable[Output], output_dir: Path) -> WriteReport:
    """Stage every output and swap the result in; on any error the current site stays as it was."""
    staging = Staging(output_dir)
    counts: dict[Put, int] = {}
    try:
        for out in outputs:
            kind = staging.put(out.path, out.data)
            counts[kind] = counts.get(kind, 0) + 1
        return staging.commit(counts)
    except BaseException:
        staging.discard()
        raise


def update_in_place(files: list[tuple[str, bytes]], stale: list[str], output_dir: Path, total: int) -> WriteReport:
    """Replace a few files of a site, each by an atomic rename, and delete stale ones.

    `jobsite serve`'s quick path for its own output folder: the caller renders every changed file before
    calling, so a content or template error never leaves a mix of old and new pages."""
    root = output_dir.resolve()
    for path, data in files:
        target = root.joinpath(*safe_relative(path).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
    for path in stale:
        target = root.joinpath(*safe_relative(path).parts)
        target.unlink(missing_ok=True)
        _remove_empty_parents(target.parent, root)
    return WriteReport(total, len(files), len(stale), bool(files or stale))


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return  # not empty
        folder = folder.parent


def count_files(folder: Path) -> int:
    """Count the files under a folder (0 when it does not exist)."""
    total = 0
    for _, _, files in os.walk(folder):
        total += len(files)
    return total


def _regular_file_size(path: str) -> int | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _link(current: str, target: str) -> bool:
    """Hard-link an unchanged file; False where links are impossible (the caller then writes a copy)."""
    try:
        os.link(current, target)
    except OSError:
        return False
    return True


def _swap(staging: Path, output_dir: Path) -> None:
    """Put staging in output_dir's place so that readers see the old site or the new one, never neither."""
    if not output_dir.exists():
        staging.rename(output_dir)
        return
    if _exchange(staging, output_dir):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old site
        return
    retired = Path(tempfile.mkdtemp(prefix=staging_prefix(output_dir, "old"), dir=output_dir.parent))
    retired.rmdir()
    output_dir.rename(retired)
    staging.rename(output_dir)
    shutil.rmtree(retired, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); False where that is unavailable."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


@functools.lru_cache(maxsize=1)
def _renameat2():  # noqa: ANN202 — a ctypes function or None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return None  # not glibc ≥ 2.28 (macOS, musl, Windows): fall back to two renames
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn
