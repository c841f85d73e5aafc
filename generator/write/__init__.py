"""The only code that touches the output folder: it puts the new site in place or leaves the old one.

One strategy for every build. Each output whose inputs changed (its key, base/memo.py) or whose file no longer
matches the record of the last build is rendered (when only some records changed, only the outputs the
dependency index lists under them are keyed: board.py); when its bytes differ from the file in place, they are
staged in a sibling folder. Only once every output has rendered are the staged files moved into place, each
by an atomic rename, and files the new site lacks deleted: an error before that leaves the site exactly as it
was. Unchanged files are never touched (same inode, same mtime: servers, rsync and browsers see them as they
were), so a build that changes nothing writes nothing, and a one-file edit writes a handful of files. When no
record moved and the folder is as the last build sealed it (`_as_sealed`), the writer does not even read its
record of each output.
"""
from __future__ import annotations

import enum
import os
import shutil
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import jinja2

from ..base import parallel
from ..base.cache import Cache
from ..base.errors import ContentError, Problem
from ..base.memo import Dependencies, digest
from ..base.parallel import Progress
from ..render.output import READ, LazyOutput, Output
from ..render.site import template_problem
from .board import Board, readers, reads_of
from .leftovers import remove_stale_staging, staging_prefix


class UnsafeOutputPath(ValueError):
    """An output path that would land outside the output folder."""


class Put(enum.Enum):
    """What staging one file did."""

    SAME = "same"  # the file in place has these bytes: nothing staged
    CHANGED = "changed"  # the site has the path with other bytes
    NEW = "new"  # the site lacks the path


@dataclass(frozen=True)
class WriteReport:
    files: int  # files in the new site
    written: int  # files whose bytes were written (changed or new)
    removed: int  # files of the old site that the new one no longer has
    swapped: bool  # False when the folder was already identical and was left alone


def safe_relative(path: str) -> PurePosixPath:
    """Refuse absolute paths, '..' and empty parts: content must never write outside site/."""
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts or any(part in ("", ".", "..") for part in rel.parts) or "\\" in path:
        raise UnsafeOutputPath(f"refusing to write outside the output folder: {path!r}")
    return rel


class Staging:
    """New and changed files of the next site, beside the current one. Several processes may put into one
    staging folder (each with its own Staging over the same root); only the one that created it applies it."""

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
        """Stage one file's bytes, unless the file in place already has them."""
        rel = safe_relative(path).as_posix()
        current = os.path.join(self._current, rel)
        size = _regular_file_size(current)
        if size == len(data) and _read(current) == data:
            return Put.SAME
        self._mkdirs(os.path.dirname(rel))
        # "x": a path is staged once; a second put of it is a bug, never a silent overwrite.
        with open(os.path.join(self._root, rel), "xb") as f:
            f.write(data)
        return Put.NEW if size is None else Put.CHANGED

    def staged(self, path: str) -> str:
        return os.path.join(self._root, safe_relative(path).as_posix())

    def apply(self, written: list[str], stale: list[str], total: int) -> WriteReport:
        """Move the staged files into the site, each by an atomic rename, and delete stale files. Called only
        once every output is rendered, so an error never leaves a mix of old and new pages."""
        if not os.path.isdir(self._current):  # no site yet: the staged folder is the whole site
            os.rename(self._root, self._current)
            return WriteReport(total, len(written), 0, True)
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

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# What the writer records of each file it leaves in the output folder (cache table `outputs`, keyed by path):
# (key of its inputs, digest of its bytes, size, mtime in ns, inode). The stat signature shows that the file is
# still the one written; a file edited or replaced by hand no longer matches and is written again.
Entry = tuple[bytes, bytes, int, int, int]
_DIR_KEY = ""  # the entry under this key names the folder the other entries describe


def write_outputs(outputs: Sequence[Output], output_dir: Path) -> WriteReport:
    """Write outputs that use no templates, with no record of the current site."""
    return write_site(outputs, output_dir, Cache(None), None)


def write_site(outputs: Sequence[Output], output_dir: Path, cache: Cache, templates_dir: Path | None,
               workers: int | None = None, progress: Progress | None = None,
               board: Board | None = None) -> WriteReport:
    """Write the site: render and write only the outputs whose inputs or files changed, then put them in
    place; on any error before that, the current site stays exactly as it was. Records, as each output is
    keyed, which content files it was rendered from (the dependency index, kept in the cache); with the
    build's `board` (write/board.py), reads that index to key only the outputs of the records that changed."""
    output_dir = output_dir.resolve()
    in_place: dict[str, Signature | None] | None = None
    moved = _moved_records(cache, board) if board is not None and _recorded(cache, output_dir) else None
    if moved is not None and not moved:
        done, in_place = _as_sealed(outputs, output_dir, cache)
        if done is not None:
            return done
    manifest = _manifest(cache, output_dir)
    if not manifest:
        moved = None  # no record of the files in place: every output is keyed
    paths = {out.path for out in outputs}
    gone = manifest.keys() - paths
    if moved is not None and not moved:
        # Neither the board's globals nor any record moved: the model is the last build's, and so is each Read,
        # made from it. None is worked out (a Read's value may be Deferred, base/memo.py), and the board stays.
        reads, changed = None, ({}, set())
    else:
        reads = reads_of(outputs) if board is not None else None
        changed = (moved, _moved_reads(cache, reads)) if moved is not None and reads is not None else None
    keys, sources = _keys(outputs, manifest, _to_key(cache, outputs, changed, gone))
    if in_place is None:
        in_place = _files_in(output_dir)  # one walk: each file's stat signature, and the files no build wrote
    todo = _todo(outputs, keys, manifest, in_place)
    stale = sorted(gone) + sorted(in_place.keys() - paths - manifest.keys())
    staging = Staging(output_dir)
    cache.take_fresh()  # from here on, what is memoised comes from rendering (and may come from a worker)
    job = _Job(outputs, keys, todo, staging, manifest, cache)
    n = parallel.workers_for(len(todo), parallel.MIN_OUTPUTS_PER_WORKER, workers)
    report_progress = progress or parallel.no_progress
    try:
        try:
            done = parallel.map_claimed(len(todo), job, n, _problems_of(templates_dir),
                                        lambda k: report_progress("Writing", k, len(todo)),
                                        first=[k for k, i in enumerate(todo) if outputs[i].at_home])
        except jinja2.TemplateError as exc:
            if templates_dir is None:
                raise
            raise ContentError([template_problem(exc, templates_dir)]) from exc
    except BaseException:
        staging.discard()
        raise
    for _, _, fresh in done.values():  # what renderers memoised in forked workers (jobs.json's entries)
        cache.merge(fresh)
    fresh = {outputs[todo[k]].path: entry for k, (_, entry, _) in done.items()}
    report = staging.apply([outputs[todo[k]].path for k, (kind, _, _) in done.items() if kind is not Put.SAME],
                           stale, len(outputs))
    # The record is updated entry by entry: a crash before the cache is saved leaves the old record, whose stat
    # signatures no longer match the files that moved, so those are simply written again.
    _record(cache, output_dir, manifest, fresh, gone)
    _seal(cache, outputs, in_place, stale, {path: entry[2:] for path, entry in fresh.items()})
    _record_dependencies(cache, {out.path: found for out, found in zip(outputs, sources, strict=True) if found},
                         whole=changed is None)
    if reads is not None or changed is None:
        _record_board(cache, board if _reads_named(outputs, sources) else None, changed, reads)
    return report


def write_some(outputs: Sequence[Output], output_dir: Path, cache: Cache) -> WriteReport | None:
    """Write these outputs of a site this cache recorded, in this process, and leave every other file as it is
    (`jobsite serve` after a save: the rest follows with the next full build, which finds these recorded).
    None when the cache holds no record of `output_dir`: then only a full build can write it."""
    output_dir = output_dir.resolve()
    if cache.outputs.get(_DIR_KEY) != str(output_dir) or not output_dir.is_dir():
        return None
    keys, _ = _keys(outputs, {}, None)
    manifest = {out.path: entry for out in outputs if (entry := cache.outputs.get(out.path)) is not None}
    in_place = {out.path: found for out in outputs if (found := _file_signature(os.path.join(output_dir, out.path)))}
    todo = _todo(outputs, keys, manifest, in_place)
    staging = Staging(output_dir)
    job = _Job(outputs, keys, todo, staging, manifest, cache)
    try:
        done = {k: job(k) for k in range(len(todo))}
    except BaseException:
        staging.discard()
        raise
    report = staging.apply([outputs[todo[k]].path for k, (kind, _, _) in done.items() if kind is not Put.SAME],
                           [], len(outputs))
    _record(cache, output_dir, manifest, {outputs[todo[k]].path: entry for k, (_, entry, _) in done.items()}, set())
    cache.outputs.delete(_SEAL)  # the folder is no longer the one sealed (its walk would tell, but say so)
    # These outputs now follow a model the board record (write/board.py) does not describe: the next full build
    # keys every output, as it finds no board to compare with, and records the dependency index again.
    _record_board(cache, None, None, None)
    return report


def _record(cache: Cache, output_dir: Path, manifest: dict[str, Entry], fresh: dict[str, Entry],
            gone: set[str]) -> None:
    if cache.outputs.get(_DIR_KEY) != str(output_dir):
        cache.outputs.replace({_DIR_KEY: str(output_dir), **{path: e for path, e in manifest.items()
                                                             if path not in gone}, **fresh})
        return
    for path, entry in fresh.items():
        if manifest.get(path) != entry:
            cache.outputs.put(path, entry)
    for path in gone:
        cache.outputs.delete(path)


def _record_dependencies(cache: Cache, named: dict[str, tuple[str, ...]], whole: bool) -> None:
    """Keep the dependency index in the cache, by content file (and linked file): the outputs rendered from it.
    After a build that keyed every output (`whole`) it is made again from what they named. Otherwise only the
    outputs keyed now are added where they are missing, and nothing is taken out: an output listed under a file
    it no longer names is only keyed once more than it needs until the next whole build, while an output
    missing from a file's list would be skipped when that file changes (`_to_key`).

    Beside the lists, the index keeps a digest of the files each output named when it was added to theirs
    (under `(NAMED, path)`): an output keyed again that names the same files is in every list already, so a
    rebuild that keys jobs.json again does not read the lists of the ten thousand postings it names."""
    files = {path: tuple(s for s in sources if not s.startswith(READ))  # a Read's outputs: board.readers
             for path, sources in named.items()}
    if not whole:
        recorded = cache.dependencies.get_many([(NAMED, path) for path in files])
        files = {path: found for path, found in files.items() if recorded.get((NAMED, path)) != _named(found)}
    by_source: dict[str, list[str]] = {}
    for path, found in files.items():
        for source in found:
            by_source.setdefault(source, []).append(path)
    named_digests = {(NAMED, path): _named(found) for path, found in files.items()}
    if whole:
        cache.dependencies.replace({**{source: tuple(paths) for source, paths in by_source.items()},
                                    **named_digests})
        return
    known = cache.dependencies.get_many(list(by_source))
    for source, paths in by_source.items():
        listed = known.get(source, ())
        if missing := [path for path in paths if path not in listed]:
            cache.dependencies.put(source, (*listed, *missing))
    for key, value in named_digests.items():
        cache.dependencies.put(key, value)


NAMED = "named"  # a `dependencies` key (NAMED, output path) holds the digest of the files that output named


def _named(files: tuple[str, ...]) -> bytes:
    return digest("\0".join(files).encode("utf-8", "surrogatepass"))


def _keys(outputs: Sequence[Output], manifest: dict[str, Entry],
          to_key: set[str] | None) -> tuple[list[bytes], list[tuple[str, ...] | None]]:
    """Each output's key and the files it was rendered from. An output the last build wrote that is not among
    `to_key` (when given: `_to_key`) keeps its recorded key, and its files (None), without being keyed."""
    keys: list[bytes] = []
    sources: list[tuple[str, ...] | None] = []
    for out in outputs:
        entry = manifest.get(out.path)
        if to_key is not None and entry is not None and out.path not in to_key and isinstance(out, LazyOutput):
            keys.append(entry[0])
            sources.append(None)
            continue
        found: set[str] = set()
        keys.append(out.key(found))
        sources.append(tuple(sorted(found)))
    return keys, sources


def _to_key(cache: Cache, outputs: Sequence[Output], changed: Changes | None, gone: set[str]) -> set[str] | None:
    """The outputs whose inputs may have moved although the board did not (write/board.py): those the dependency
    index lists under a record that changed or a linked file that is gone, and those that name a Read that moved.
    None: every output."""
    if changed is None:
        return None
    records, moved = changed
    listed = cache.dependencies.get_many([*records, *gone])
    return {path for paths in listed.values() for path in paths} | readers(outputs, moved)


Changes = tuple[dict[str, bytes], set[str]]  # the records whose fingerprints moved (new ones), the Reads that moved


def _moved_records(cache: Cache, board: Board) -> dict[str, bytes] | None:
    """The records whose fingerprints moved since the last build, each with its new one; None when the board's
    globals moved, or there is no board to compare with: then every output is keyed."""
    stored = cache.board.entries
    if stored.get(_DIR_KEY) != board.globals:
        return None
    records = {}
    for source, record in board.records.items():
        last = stored.get(source)
        if last is None:
            return None
        if last != record.fingerprint:
            records[source] = record.fingerprint
    return records


def _moved_reads(cache: Cache, reads: dict[str, bytes]) -> set[str]:
    """The names of the Reads whose digests moved since the last build, or that are new."""
    stored = cache.board.entries
    return {name for name, value in reads.items() if stored.get(name) != value}


def _reads_named(outputs: Sequence[Output], sources: list[tuple[str, ...] | None]) -> bool:
    """Whether every Read an output's key met is one the output names (LazyOutput `reads`): only those does the
    writer see without keying the output (write/board.py)."""
    for out, found in zip(outputs, sources, strict=True):
        met = [source for source in found or () if source.startswith(READ)]
        if met and not set(met) <= {read.source for read in getattr(out, "reads", ())}:
            return False
    return True


def _record_board(cache: Cache, board: Board | None, changed: Changes | None,
                  reads: dict[str, bytes] | None) -> None:
    """Keep the board the outputs in place were keyed against (write/board.py): whole after a build that keyed
    every output, what moved after one that did not, and none after a write that kept no board."""
    if board is None or reads is None:
        cache.board.delete(_DIR_KEY)
    elif changed is None:
        cache.board.replace({_DIR_KEY: board.globals, **reads,
                             **{source: r.fingerprint for source, r in board.records.items()}})
    else:
        records, moved = changed
        for key, value in [*records.items(), *((name, reads[name]) for name in moved)]:
            cache.board.put(key, value)
        for name in [key for key in cache.board.entries if key.startswith(READ) and key not in reads]:
            cache.board.delete(name)  # a listing or feed no output names any more


def dependencies_of(cache: Cache) -> Dependencies:
    """The dependency index the last build recorded: each content file → the outputs rendered from it."""
    index = Dependencies()
    for source, paths in cache.dependencies.entries.items():
        if type(source) is not str:
            continue  # (NAMED, path): what an output named (_record_dependencies)
        for path in paths:
            index.record(path, {source})
    return index


def _recorded(cache: Cache, output_dir: Path) -> bool:
    """Whether the cache holds the record of the site in `output_dir`."""
    return cache.outputs.get(_DIR_KEY) == str(output_dir) and output_dir.is_dir()


def _manifest(cache: Cache, output_dir: Path) -> dict[str, Entry]:
    """The record of the site in `output_dir`, or nothing when the cache describes another folder or none."""
    if not _recorded(cache, output_dir):
        return {}
    return {path: entry for path, entry in cache.outputs.entries.items() if path != _DIR_KEY and type(path) is str}


# The seal of the site in place (cache table `outputs`, under a key no path can be): a digest of its output paths,
# in order, and one of every file in the folder with its stat signature, as the last build left it.
_SEAL = ("seal",)


def _as_sealed(outputs: Sequence[Output], output_dir: Path, cache: Cache
               ) -> tuple[WriteReport | None, dict[str, Signature | None] | None]:
    """A build whose board did not move (write/board.py: every output keyed by records and Reads has the key
    it was written with) writes nothing when, besides, its outputs are the last build's, each output that is
    bytes already made (the assets, the search index) has the bytes recorded, and the folder is exactly as the
    last build left it: no file edited, replaced, deleted or added since (one walk, compared with the seal by
    digest). Then the record of 33,000 outputs is not read. Returns the report then, else None, with the walk
    when it was made."""
    seal = cache.outputs.get(_SEAL)
    if seal is None or seal[0] != _paths_digest(outputs):
        return None, None
    in_place = _files_in(output_dir)
    if seal[1] != _folder_digest(in_place):
        return None, in_place
    remove_stale_staging(output_dir)  # what a killed build left, as a build that stages would
    return WriteReport(len(outputs), 0, 0, False), None


def _seal(cache: Cache, outputs: Sequence[Output], in_place: dict[str, Signature | None], stale: list[str],
          written: dict[str, Signature]) -> None:
    """Seal the folder as this build leaves it: the files walked before it wrote (`in_place`), less the stale
    ones it deleted, with the signatures of those it wrote or found the same."""
    left = dict(in_place)
    for path in stale:
        left.pop(path, None)
    left.update(written)
    cache.outputs.put(_SEAL, (_paths_digest(outputs), _folder_digest(left)))


def _paths_digest(outputs: Sequence[Output]) -> bytes:
    """The output paths, in order, and the keys of the outputs that are bytes already (their bytes' digests)."""
    return digest("\0".join([out.path for out in outputs]).encode("utf-8", "surrogatepass")
                  + b"".join([out.key() for out in outputs if not isinstance(out, LazyOutput)]))


def _folder_digest(files: dict[str, Signature | None]) -> bytes:
    # Written out (paths, then the signatures' repr) rather than marshalled: marshal's bytes follow how objects
    # are shared, not only their values. Sorted: a file replaced may come back from scandir in another place.
    paths = sorted(files)
    # Paths are never empty, so "\0\0" ends them unambiguously.
    return digest(("\0".join(paths) + "\0\0" + repr([files[path] for path in paths])).encode("utf-8",
                                                                                              "surrogatepass"))


Signature = tuple[int, int, int]  # a regular file's (size, mtime in ns, inode), as Entry records it


def _files_in(output_dir: Path) -> dict[str, Signature | None]:
    """Every file in the output folder, by path, with its stat signature (None for what is not a regular file:
    a symlink, a socket). One scandir walk gives both what the writer compares with its record (a file edited,
    replaced or deleted by hand is written again) and the files no build wrote (added by hand or by another
    tool: a cold build would not have them, so neither may a warm one): about 0.2 s over 34,000 files, where a
    walk and then a stat() per output cost half as much again."""
    found: dict[str, Signature | None] = {}

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                path = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, path + "/")
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:  # gone since the folder was read: as if it were never there
                    continue
                found[path] = (st.st_size, st.st_mtime_ns, st.st_ino) if stat.S_ISREG(st.st_mode) else None

    if output_dir.is_dir():
        walk(str(output_dir), "")
    return found


def _todo(outputs: Sequence[Output], keys: list[bytes], manifest: dict[str, Entry],
          in_place: dict[str, Signature | None]) -> list[int]:
    """The outputs to render, by index: each whose inputs are not those its file was written from (its key is not
    the recorded one) or whose file is not that one any more (`in_place`: the signatures of the files in the
    output folder). One loop with nothing called per output: it visits all 33,000 of them on every rebuild."""
    todo = []
    for i, (out, key) in enumerate(zip(outputs, keys, strict=True)):
        path = out.path
        entry = manifest.get(path)
        if entry is None or entry[0] != key or in_place.get(path) != entry[2:]:
            todo.append(i)
    return todo


def _stat_matches(path: str, entry: Entry) -> bool:
    return _file_signature(path) == entry[2:]


def _file_signature(path: str) -> Signature | None:
    """A regular file's signature; None when there is none at `path` (or something else is there)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _signature(path: str) -> tuple[int, int, int]:
    st = os.lstat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino


@dataclass
class _Job:
    """Render and stage one output (by its index in `todo`); run in any process, it returns what it did and
    what the renderers memoised meanwhile (a forked worker's memo dies with it otherwise)."""

    outputs: Sequence[Output]
    keys: list[bytes]
    todo: list[int]
    staging: Staging
    manifest: dict[str, Entry]
    cache: Cache

    def __call__(self, k: int) -> tuple[Put, Entry, dict]:
        i = self.todo[k]
        out = self.outputs[i]
        data = out.data
        data_digest = digest(data)
        entry = self.manifest.get(out.path)
        current = os.path.join(self.staging.output_dir, safe_relative(out.path).as_posix())
        if entry is not None and entry[1] == data_digest and _stat_matches(current, entry):
            return Put.SAME, (self.keys[i], data_digest, *entry[2:]), self.cache.take_fresh()
        kind = self.staging.put(out.path, data)
        where = current if kind is Put.SAME else self.staging.staged(out.path)
        return kind, (self.keys[i], data_digest, *_signature(where)), self.cache.take_fresh()


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
