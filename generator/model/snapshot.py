"""The finished model kept between builds, so a rebuild after an edit of a few postings costs those postings.

After a build, the cache keeps (files beside its database, each vouched for by a token in its table `snapshot`,
saved in the same transaction as the bodies its records point at) the model, the problems the build reported,
sorted by what they depend on, and what they were made from: every content file's stat signature and key, the
folders that list them, the compensation table, the logos, git's dates, the clock's half-day, the working folder
and the Python. The next build stats the content files
and, when nothing but the bytes of some postings moved, makes its model from the snapshot: those files are read
and made into records as `assemble` makes them (`assemble_posting`), every unchanged record is taken as it is,
and what the model derives across postings (their order, similar roles, the findings that compare postings) is
derived again, or carried over where it reads nothing that changed. Anything else — a file added, deleted or
renamed, a company, site.yaml, the compensation table, a logo, a commit, another half-day, a file with an error
— is the full path, and so is a snapshot that is missing, unreadable or another code's or Python's.

The result is the full path's, problems included: tests/write/test_incremental.py compares them after random edits.
"""
from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import gc
import os
import pickle
import sys
import types
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from ..base.cache import Cache, Table
from ..base.errors import ERROR, Problem
from ..config import BuildOptions
from ..load.files import ContentFile, SourceFile, display_path, list_content
from ..load.logos import LogoFile
from ..load.sources import Body, Source, Sources, key_now, read_one, recorded_key, signature, unmoved
from .assemble import Assembly, assemble_posting, board_problems
from .records import Model
from .similar import carried_over, similar_roles

MODEL, SOURCES = "model", "sources"  # the `snapshot` table's two entries: the model, the postings' sources
Signature = tuple[int, int, int, int]


@dataclass(frozen=True)
class Basis:
    """What a model is made from besides its content files' bytes: a snapshot serves a build of the same only."""

    python: str  # pickles and marshal's format follow the interpreter
    cwd: str  # problems and records name files relative to it
    content: str
    base_url: str | None
    # Every rule that reads the clock reads its day (posting_rules.py not_future) or compares it with an instant
    # at 12:00 UTC (closes_at): within one half-day, every posting's state and problems are the same.
    period: tuple[dt.date, dt.date, bool]
    benchmarks_key: bytes
    logos: tuple[tuple[str, str, bytes], ...]
    history: tuple[tuple[str, dt.date], ...]


def basis_of(options: BuildOptions, benchmarks_key: bytes, logos: Mapping[str, LogoFile],
             history: Mapping[str, dt.date]) -> Basis:
    utc = options.clock.astimezone(dt.timezone.utc)
    return Basis(sys.version, os.getcwd(), str(options.content_dir.resolve()), options.base_url,
                 (options.clock.date(), utc.date(), utc.hour >= 12), benchmarks_key,
                 tuple(sorted((f.name, f.url, f.data) for f in logos.values())), tuple(sorted(history.items())))


@dataclass(frozen=True)
class File:
    """A content file as the snapshot knows it: where it is, what it is, and its `stats` entry."""

    path: str  # as shown to authors (relative to Basis.cwd)
    kind: str
    folder: str
    recorded: tuple  # (size, mtime, ctime, inode, key, at): load/sources.py's `stats` entry

    @property
    def key(self) -> bytes:
        return self.recorded[4]

    def content_file(self) -> ContentFile:
        return ContentFile(Path(self.path), self.kind, self.folder)


@dataclass(frozen=True)
class Snapshot:
    basis: Basis
    model: Model
    files: tuple[File, ...]
    folders: tuple[tuple[str, Signature], ...]  # the folders that list the files, and their signatures
    at: int  # when the folders' signatures were taken (time.time_ns(), before the files were listed)
    fixed: tuple[Problem, ...]  # problems no edit of a posting's bytes can change (site, companies, tables)
    own: dict[str, tuple[Problem, ...]]  # each posting's problems on its own, by its path
    board: tuple[Problem, ...]  # the problems that compare postings (assemble.board_problems)

    @property
    def problems(self) -> list[Problem]:
        return [*self.fixed, *(p for own in self.own.values() for p in own), *self.board]


@dataclass(frozen=True)
class Reused:
    """A model made from a snapshot, its problems, and the snapshot to keep for the next build."""

    model: Model
    problems: list[Problem]
    snapshot: Snapshot | None  # None: the one taken still holds
    sources: BoardSources | None  # what the findings across postings read, when it changed
    read: int  # posting files read again


# What the findings across postings read: each posting's Source by its path, and the companies' files.
BoardSources = tuple[dict[str, Source], tuple[SourceFile, ...]]


# ---- keeping one --------------------------------------------------------------------------------------------

def snapshot_of(basis: Basis, made: Assembly, problems: list[Problem], sources: Sources, cache: Cache,
                at: int) -> Snapshot | None:
    """The snapshot of a full build's model (`problems`: every one it reported, loading's included), or None
    when a file has no recorded signature (it could not be stat'ed)."""
    assert made.model is not None
    kinds = [("site", (sources.site,) if sources.site else ()), ("company", sources.companies),
             ("posting", sources.postings)]
    files = []
    for kind, group in kinds:
        for source in group:
            recorded = cache.stats.get(source.path)
            if recorded is None or source.src is None or recorded[4] != source.key:
                return None
            files.append(File(source.path, kind, source.src.folder, tuple(recorded)))
    root = Path(basis.content)
    folders = _folders(root, {f.folder for f in files if f.kind == "posting"})
    if folders is None:
        return None
    postings = {s.path for s in sources.postings}
    board = Counter(made.board)
    own: dict[str, list[Problem]] = {path: [] for path in postings}
    fixed = []
    for problem in problems:
        if board[problem] > 0:
            board[problem] -= 1
        elif problem.path in postings:
            own[problem.path].append(problem)
        else:
            fixed.append(problem)
    return Snapshot(basis, dataclasses.replace(made.model), tuple(files), folders, at, tuple(fixed),
                    {path: tuple(found) for path, found in own.items()}, tuple(made.board))


def board_sources(sources: Sources) -> BoardSources:
    return {s.path: s for s in sources.postings}, tuple(s.src for s in sources.companies if s.src)


def keep_sources(cache: Cache, sources: BoardSources | None) -> None:
    """Keep what the findings across postings read (None: the last one's still holds). Kept as soon as the model
    is made: written out, they are a tenth of the records they come from, which can then go."""
    if sources is None:
        cache.snapshot.touch(SOURCES)
        return
    postings, companies = sources
    _write(cache, SOURCES, ({path: _board_view(s) for path, s in postings.items()},
                            tuple(_file_view(c) for c in companies)))


def keep_model(cache: Cache, snapshot: Snapshot | None) -> None:
    """Keep the snapshot (None: the last one's still holds). Kept as soon as the model is made, before rendering:
    pickling remembers every object it wrote, tens of megabytes that at the end of a build would raise its peak
    (measured at 10,000 postings: 277 MB against 260 without). The database vouches for it only once the build
    is saved."""
    if snapshot is None:
        cache.snapshot.touch(MODEL)
    else:
        _write(cache, MODEL, snapshot)


def forget(cache: Cache) -> None:
    """Drop the last snapshot (a full build that could not take one: the cache no longer keeps what it points at)."""
    cache.snapshot.delete(MODEL)


# What the findings across postings (assemble.board_problems) read of a posting's file: where its apply link, title
# and import source are (SourceFile.pos falls back to the file's start), its import source, its body's first line
# and its description's sketch; of a company's file, its slug and start. Kept alone, they pickle in a tenth of
# the time the whole records take.
_BOARD_PATHS = (("apply_url",), ("title",), ("source",), ())


def _board_view(source: Source) -> Source:
    assert source.src is not None
    trust = dataclasses.replace(source.trust, asks=()) if source.trust else None
    return dataclasses.replace(source, values={}, problems=(), trust=trust, src=_file_view(source.src))


def _file_view(src: SourceFile) -> SourceFile:
    data = {"source": src.data["source"]} if "source" in src.data else {}
    return dataclasses.replace(src, data=data, key_pos=_positions(src.key_pos), value_pos=_positions(src.value_pos))


def _positions(positions: Mapping[tuple, tuple[int, int]]) -> dict[tuple, tuple[int, int]]:
    opened = dict(positions.items())  # once: a Packed mapping decodes itself on every read
    return {path: opened[path] for path in _BOARD_PATHS if path in opened}


def _folders(root: Path, posting_folders: set[str]) -> tuple[tuple[str, Signature], ...] | None:
    """The signatures of the folders whose entries are the content files: a file added, deleted or renamed
    moves its folder's."""
    paths = [root, root / "companies", root / "jobs", *(root / "jobs" / f for f in sorted(posting_folders))]
    found = tuple((str(p), signature(p)) for p in paths)
    return None if any(sig is None for _, sig in found) else found  # type: ignore[return-value]


# ---- taking one ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Changes:
    """The cache's snapshot, and the posting files whose bytes moved since (all else is as it was)."""

    snapshot: Snapshot
    changed: list[tuple[File, bytes]]  # and their bytes now
    reread: list[File]  # files whose signature moved or is too recent to trust, read to tell (changed or not)


def changes(cache: Cache, basis: Basis) -> Changes | str:
    """What changed since the cache's snapshot, found by stat (a file is read only when its signature moved),
    or why its model cannot serve this build."""
    snapshot = _read(cache, MODEL)
    if not isinstance(snapshot, Snapshot):
        return "no snapshot"
    if snapshot.basis != basis:
        return "made from other inputs"
    if not _same_listing(snapshot, Path(basis.content)):
        return "a file was added, deleted or renamed"
    changed, reread = [], []
    for file in snapshot.files:
        if recorded_key(file.content_file(), file.recorded) is not None:
            continue
        reread.append(file)
        now = key_now(file.content_file(), cache)
        if now is None or now[0] != file.key:
            if file.kind != "posting" or now is None:
                return f"{file.path} changed"
            changed.append((file, now[1]))
    return Changes(snapshot, changed, reread)


def reuse(cache: Cache, found: Changes, options: BuildOptions, history: Mapping[str, dt.date],
          started: int) -> Reused | str:
    """The model made from the snapshot and the changed posting files, or why it cannot be."""
    snapshot, changed, reread = found.snapshot, found.changed, found.reread
    _keep_entries(cache, snapshot, [file for file, _ in changed])
    model = dataclasses.replace(snapshot.model, clock=options.clock)
    if changed:
        return _patched(cache, snapshot, model, changed, reread, history, started)
    # Taken as it is (its clock is the build's, set on each reuse); kept again only when a file re-read for its
    # moved signature has a new one recorded (then trusted next time).
    moved = any(_recorded_again(f, cache) != f for f in reread)
    return Reused(model, snapshot.problems, _resnapshot(snapshot, model, reread, cache, started) if moved else None,
                  None, 0)


def _same_listing(snapshot: Snapshot, root: Path) -> bool:
    """Whether the content folders list the snapshot's files: their signatures have not moved, or a listing
    (an editor that saves by renaming a new file over the old moves its folder's) finds the same files."""
    if all(unmoved(sig, snapshot.at, signature(Path(path))) for path, sig in snapshot.folders):
        return True
    files, _ = list_content(root)
    return [(display_path(f.path), f.kind, f.folder) for f in files] == [
        (f.path, f.kind, f.folder) for f in snapshot.files]


def _keep_entries(cache: Cache, snapshot: Snapshot, changed: list[File]) -> None:
    """Count the unchanged files' cache entries as used, as reading them would: saving keeps them."""
    gone = {f.path for f in changed}
    for file in snapshot.files:
        if file.path not in gone:
            cache.stats.touch(file.path)
            cache.sources.touch(file.key)
            cache.bodies.touch(file.key)
    for posting in snapshot.model.postings:
        if posting.source not in gone:
            cache.findings.touch(posting.fingerprint)


def _patched(cache: Cache, snapshot: Snapshot, model: Model, changed: list[tuple[File, bytes]], reread: list[File],
             history: Mapping[str, dt.date], started: int) -> Reused | str:
    """The model with the `changed` posting files read and made again, and all that compares postings derived
    again (or carried over where it reads nothing that changed)."""
    loaded = _read(cache, SOURCES)
    if loaded is None:
        return "no sources in the snapshot"
    sources, companies = dict(loaded[0]), loaded[1]
    by_path = {p.source: p for p in model.postings}
    own = dict(snapshot.own)
    for file, data in changed:
        source = read_one(file.content_file(), cache, data)
        cache.bodies.touch(source.key)  # as read_sources does: its pages may not render this time
        posting, problems = assemble_posting(source, model, cache.bodies, model.clock, history, cache.findings)
        if posting is None or source.src is None or any(p.level == ERROR for p in problems):
            return f"{file.path} has an error"
        sources[file.path], by_path[file.path], own[file.path] = source, posting, tuple(problems)
    postings = tuple(sorted(by_path.values(), key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug)))
    mode = model.site.trust_checks
    board = board_problems(sources, list(postings), mode, {c.slug: c for c in model.companies}, companies)
    if any(p.level == ERROR for p in board):
        return "a finding across postings is an error"
    similar = carried_over(model.postings, postings, model.similar)
    if similar is None:
        similar = similar_roles(postings, cache.similar)
    new = dataclasses.replace(model, postings=postings, similar=similar)
    snapshot = dataclasses.replace(snapshot, own=own, board=tuple(board))
    return Reused(new, snapshot.problems, _resnapshot(snapshot, new, reread, cache, started),
                  (sources, companies), len(changed))


def _resnapshot(snapshot: Snapshot, model: Model, reread: list[File], cache: Cache, started: int) -> Snapshot:
    """The snapshot of the model made from it: the re-read files' signatures as now recorded, the folders' as
    they are."""
    again = {f.path for f in reread}
    files = tuple(_recorded_again(f, cache) if f.path in again else f for f in snapshot.files)
    folders = tuple((path, signature(Path(path)) or sig) for path, sig in snapshot.folders)
    return dataclasses.replace(snapshot, model=dataclasses.replace(model), files=files, folders=folders,
                               at=started)


def _recorded_again(file: File, cache: Cache) -> File:
    recorded = cache.stats.get(file.path)
    return file if recorded is None else dataclasses.replace(file, recorded=tuple(recorded))


# ---- pickles ------------------------------------------------------------------------------------------------

def _body_in_cache(key: bytes) -> Body:
    """Stands for a Body in a pickle: its table is the cache's `bodies`, given when it is read (`_Unpickler`)."""
    raise LookupError("a snapshot's body read without its cache")


def _reduce_body(body: Body) -> tuple[Any, tuple[bytes]]:
    return _body_in_cache, (body.key,)


def _proxy(mapping: dict) -> types.MappingProxyType:
    return types.MappingProxyType(mapping)


def _reduce_proxy(proxy: types.MappingProxyType) -> tuple[Any, tuple[dict]]:
    return _proxy, (dict(proxy),)


# The compensation table's read-only mappings are proxies, which pickle cannot write as they are.
_DISPATCH = {**copyreg.dispatch_table, Body: _reduce_body, types.MappingProxyType: _reduce_proxy}


def _write(cache: Cache, name: str, value: Any) -> None:
    """Pickle `value` into the cache's file `name`, streamed (no copy of it in memory), and record in the database
    the token it starts with: saved with the bodies its records point at, it vouches for the file (a file whose
    build's save failed, or left from another database, does not match)."""
    path, token = cache.snapshot_file(name), os.urandom(16)
    if path is None:
        return
    partial_path = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial_path, "wb") as out:
            out.write(token)
            pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = _DISPATCH  # a Body's table holds a database connection: the cache's, not kept
            pickler.dump(value)
        os.replace(partial_path, path)
    except OSError:  # a read-only or full disk: the next build takes the full path
        partial_path.unlink(missing_ok=True)
        cache.snapshot.delete(name)
        return
    cache.snapshot.put(name, token)


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, bodies: Table):
        super().__init__(file)
        self.bodies = bodies

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _body_in_cache.__name__:
            return partial(Body, table=self.bodies)
        return super().find_class(module, name)


def _read(cache: Cache, name: str) -> Any:
    """What `_write` wrote, or None when it is missing, not the one the database vouches for, or cannot be read
    (another code's, damaged)."""
    token, path = cache.snapshot.get(name), cache.snapshot_file(name)
    if not isinstance(token, bytes) or path is None:
        return None
    # Hundreds of thousands of new objects, none garbage: the collector's passes over them would take longer than
    # the reading (at 10,000 postings 0.84 s against 0.26 s without).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as file:
            return _Unpickler(file, cache.bodies).load() if file.read(len(token)) == token else None
    except Exception:  # noqa: BLE001  # anything a damaged or foreign pickle raises: the full path then runs
        return None
    finally:
        if collecting:
            gc.enable()
