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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import jinja2

from .base import parallel
from .base.cache import Cache
from .base.errors import ContentError, Problem
from .base.leftovers import remove_stale_staging, staging_prefix
from .base.parallel import Progress
from .render.memo import Fingerprints, digest
from .render.output import Output
from .render.site import template_problem


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

    def write(self, path: str, data: bytes) -> Put:
        """Stage one file's new bytes, to be moved into the current site by `apply`."""
        rel = safe_relative(path).as_posix()
        self._mkdirs(os.path.dirname(rel))
        with open(os.path.join(self._root, rel), "xb") as f:
            f.write(data)
        return Put.NEW if _regular_file_size(os.path.join(self._current, rel)) is None else Put.CHANGED

    def apply(self, written: list[str], stale: list[str], total: int) -> WriteReport:
        """Move the staged files into the current site, each by an atomic rename, and delete stale files.
        Called only once every output is rendered, so an error never leaves a mix of old and new pages."""
        for path in written:
            rel = safe_relative(path).as_posix()
            target = os.path.join(self._current, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.replace(os.path.join(self._root, rel), target)
        root = Path(self._current)
        for path in stale:
            target = root.joinpath(*safe_relative(path).parts)
            target.unlink(missing_ok=True)
            _remove_empty_parents(target.parent, root)
        self.discard()
        return WriteReport(total, len(written), len(stale), bool(written or stale))

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


# What the writer records of each file it leaves in the output folder (cache table `outputs`, keyed by path):
# (fingerprint of its inputs, digest of its bytes, size, mtime in ns, inode). The stat signature shows that the
# file is still the one written; a file edited or replaced by hand no longer matches and is written again.
Entry = tuple[bytes, bytes, int, int, int]
_DIR_KEY = ""  # the entry under this key names the folder the other entries describe


def write_outputs(outputs: Sequence[Output], output_dir: Path) -> WriteReport:
    """Write outputs that use no templates, with no record of the current site: stage them all and swap."""
    return write_site(outputs, output_dir, Cache(None), None)


def write_site(outputs: Sequence[Output], output_dir: Path, cache: Cache, templates_dir: Path | None,
               workers: int | None = None, progress: Progress | None = None) -> WriteReport:
    """Write the site: render and write only the outputs whose inputs or files changed, then put them in
    place; on any error before that, the current site stays exactly as it was.

    With a record of the current site (cache table `outputs`), new and changed files are staged beside it
    and each moved into place by an atomic rename, and files the site no longer has are deleted: a one-file
    edit touches a handful of files, not the whole tree. Without one (a cold build, another output folder, a
    deleted cache), a complete new site is staged and swapped in at once."""
    output_dir = output_dir.resolve()
    prints = Fingerprints(templates_dir)
    fingerprints = [prints.of(out) or b"" for out in outputs]
    manifest = _manifest(cache, output_dir)
    todo = [i for i, out in enumerate(outputs) if not _unchanged(output_dir, out.path, fingerprints[i],
                                                                 manifest.get(out.path))]
    # Outputs that store pieces in the cache as they render are rendered here, before any worker is forked.
    pending = set(todo)
    outputs = [Output(out.path, out.data, out.origin) if i in pending and getattr(out, "fills_memo", False)
               else out for i, out in enumerate(outputs)]
    staging = Staging(output_dir)
    job = _Job(outputs, fingerprints, todo, staging, manifest, patch=bool(manifest))
    n = parallel.workers_for(len(todo), parallel.MIN_OUTPUTS_PER_WORKER, workers)
    report_progress = progress or parallel.no_progress
    try:
        try:
            done = parallel.map_claimed(len(todo), job, n, _problems_of(templates_dir),
                                        lambda k: report_progress("Writing", k, len(todo)))
        except jinja2.TemplateError as exc:
            if templates_dir is None:
                raise
            raise ContentError([template_problem(exc, templates_dir)]) from exc
    except BaseException:
        staging.discard()
        raise
    entries = {out.path: manifest[out.path] for out in outputs if out.path in manifest}
    entries.update({outputs[todo[k]].path: entry for k, (_, entry) in done.items()})
    kinds = [kind for kind, _ in done.values()]
    cache.outputs.replace({})  # while files move, the record may not match: a crash then costs a full write
    if manifest:
        stale = [path for path in manifest if path not in entries]
        stale += _strays(output_dir, entries.keys() | manifest.keys())
        report = staging.apply([outputs[todo[k]].path for k, (kind, _) in done.items() if kind is not Put.SAME],
                               stale, len(outputs))
    else:
        report = staging.commit({kind: kinds.count(kind) for kind in Put})
    cache.outputs.replace({_DIR_KEY: str(output_dir), **entries})  # type: ignore[dict-item]
    return report


def _manifest(cache: Cache, output_dir: Path) -> dict[str, Entry]:
    """The record of the site in `output_dir`, or nothing when the cache describes another folder or none."""
    entries = cache.outputs.entries
    if entries.get(_DIR_KEY) != str(output_dir) or not output_dir.is_dir():
        return {}
    return {path: entry for path, entry in entries.items() if path != _DIR_KEY}


def _strays(output_dir: Path, known: set[str]) -> list[str]:
    """Files in the output folder that no build wrote (added there by hand or by another tool): a cold build would
    not have them, so neither may a warm one. One scandir walk: about 0.25 s over 43,000 files."""
    found: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                path = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, path + "/")
                elif path not in known:
                    found.append(path)

    walk(str(output_dir), "")
    return sorted(found)


def _unchanged(output_dir: Path, path: str, fingerprint: bytes, entry: Entry | None) -> bool:
    """True when the output's inputs are those its file was written from and the file is still that one."""
    return bool(fingerprint) and entry is not None and entry[0] == fingerprint and _stat_matches(
        os.path.join(output_dir, path), entry)


def _stat_matches(path: str, entry: Entry) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and (st.st_size, st.st_mtime_ns, st.st_ino) == entry[2:]


def _signature(path: str) -> tuple[int, int, int]:
    st = os.lstat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino


@dataclass
class _Job:
    """Render and stage one output (by its index in `todo`); run in any process, it returns what it did."""

    outputs: Sequence[Output]
    fingerprints: list[bytes]
    todo: list[int]
    staging: Staging
    manifest: dict[str, Entry]
    patch: bool

    def __call__(self, k: int) -> tuple[Put, Entry]:
        i = self.todo[k]
        out = self.outputs[i]
        data = out.data
        data_digest = digest(data)
        entry = self.manifest.get(out.path)
        if self.patch:
            current = os.path.join(self.staging.output_dir, safe_relative(out.path).as_posix())
            if entry is not None and entry[1] == data_digest and _stat_matches(current, entry):
                return Put.SAME, (self.fingerprints[i], data_digest, *entry[2:])
            kind, where = self.staging.write(out.path, data), self.staging.root
        else:
            kind, where = self.staging.put(out.path, data), self.staging.root
        staged = os.path.join(where, safe_relative(out.path).as_posix())
        return kind, (self.fingerprints[i], data_digest, *_signature(staged))


def _problems_of(templates_dir: Path | None) -> parallel.ErrorToProblems:
    """Turn a worker's exception into problems for the author, when it is one they can fix."""
    def convert(exc: BaseException) -> list[Problem] | None:
        if isinstance(exc, jinja2.TemplateError) and templates_dir is not None:
            return [template_problem(exc, templates_dir)]
        return exc.problems if isinstance(exc, ContentError) else None
    return convert


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
