"""The finished model kept between builds, so a rebuild after an edit of a few postings costs those postings.

After a full build, the cache keeps (files beside its database, each vouched for by a token in its table
`snapshot`, saved in the same transaction as the bodies its records point at) the model, the problems the build
reported, sorted by what they depend on, and what they were made from: every content file's stat signature and key,
the folders that list them, the compensation table, the logos, git's dates, the clock's half-day, the working
folder and the Python. The next build stats the content files and, when nothing but the bytes of some postings
moved, makes its model from the snapshot: those files are read and made into records as `assemble` makes them
(`assemble_posting`), every unchanged record is taken as it is, and what the model derives across postings (their
order, similar roles, the findings that compare postings) is derived again, or carried over where it reads nothing
that changed. Anything else — a file added, deleted or renamed, a company, site.yaml, the compensation table, a
logo, a commit, another half-day, a file with an error — is the full path, and so is a snapshot that is missing,
unreadable or another code's or Python's.

A build made from the snapshot keeps what it changed as a delta to that base (section "the delta" below): rows
for the postings it made again and a head for what crosses postings, so an edit writes O(edit) bytes; a delta
grown past an eighth of the base is written as a new base.

The result is the full path's, problems included: tests/write/test_incremental.py compares them after random edits,
tests/model/test_snapshot.py after many edits kept as one delta.
"""
from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import gc
import io
import operator
import os
import pickle
import sys
import types
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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
from .pay_transparency import stored_rules
from .records import Category, Company, Location, Model, Posting, Salary
from .similar import carried_over, similar_roles
from .trust import Compared, compare_again, pair_keys

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
    compared: Compared  # the trust findings among them, by posting, and every posting's pair keys

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
    stored: Stored  # what the snapshot was read from: the next one is written as a delta to it
    remade: tuple[str, ...] = ()  # the postings made again, by path


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
                    {path: tuple(found) for path, found in own.items()}, tuple(made.board), made.compared)


def board_sources(sources: Sources) -> BoardSources:
    return {s.path: s for s in sources.postings}, tuple(s.src for s in sources.companies if s.src)


def keep_full(cache: Cache, snapshot: Snapshot, sources: BoardSources) -> None:
    """Keep a full build's snapshot as the new base: the model pickled whole beside the database, and no delta.
    Kept as soon as the model is made, before rendering: pickling remembers every object it wrote, tens of
    megabytes that at the end of a build would raise its peak (measured at 10,000 postings: 277 MB against 260
    without). The database vouches for it only once the build is saved."""
    _write(cache, SOURCES, _sources_view(sources))
    _write(cache, MODEL, snapshot)
    _drop_delta(cache)


def keep_reused(cache: Cache, reused: Reused) -> None:
    """Keep the snapshot of a model made from the last one: as rows for the postings it made again and a small
    head for what crosses postings (O(edit) bytes, not the whole model again), or as a new base once the delta
    outweighs an eighth of the base (every build reads the delta whole: past that, it costs more to read than the
    base does to write once)."""
    stored, snapshot = reused.stored, reused.snapshot
    if snapshot is None:  # nothing moved: the stored one still holds (its head and rows were read, so kept)
        cache.snapshot.touch(MODEL)
        cache.snapshot.touch(SOURCES)
        return
    by_path = {p.source: p for p in snapshot.model.postings} if reused.remade else {}
    rows = {path: _dump_row(snapshot, by_path[path], reused.sources) for path in reused.remade}
    sizes = {**stored.rows, **{path: len(row) for path, row in rows.items()}}
    head = _dump(_head_of(stored, snapshot, sizes))
    if reused.sources is not None and sum(sizes.values()) + len(head) > max(stored.size // COMPACT, SMALL):
        keep_full(cache, snapshot, reused.sources)
        return
    cache.snapshot.touch(MODEL)
    cache.snapshot.touch(SOURCES)
    for path, row in rows.items():
        cache.delta.put(path, row)
    cache.snapshot.put(DELTA, head)


def forget(cache: Cache) -> None:
    """Drop the last snapshot (a full build that could not take one: the cache no longer keeps what it points at)."""
    cache.snapshot.delete(MODEL)
    _drop_delta(cache)


def _drop_delta(cache: Cache) -> None:
    cache.snapshot.delete(DELTA)
    cache.delta.replace({})


# What the findings across postings (assemble.board_problems) read of a posting's file: where its apply link, title
# and import source are (SourceFile.pos falls back to the file's start), its import source, its body's first line
# and its description's sketch; of a company's file, its slug and start. Kept alone, they pickle in a tenth of
# the time the whole records take.
_BOARD_PATHS = (("apply_url",), ("title",), ("source",), ())


def _sources_view(sources: BoardSources) -> BoardSources:
    postings, companies = sources
    return {path: _board_view(s) for path, s in postings.items()}, tuple(_file_view(c) for c in companies)


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
    stored: Stored


def changes(cache: Cache, basis: Basis) -> Changes | str:
    """What changed since the cache's snapshot, found by stat (a file is read only when its signature moved),
    or why its model cannot serve this build."""
    read = _read_snapshot(cache)
    if read is None:
        return "no snapshot"
    snapshot, stored = read
    if snapshot.basis != basis:
        return "made from other inputs"
    if not _same_listing(snapshot, Path(basis.content)):
        return "a file was added, deleted or renamed"
    changed, reread = [], []
    for file in snapshot.files:
        if recorded_key(file.path, file.recorded) is not None:
            continue
        reread.append(file)
        now = key_now(file.content_file(), cache)
        if now is None or now[0] != file.key:
            if file.kind != "posting" or now is None:
                return f"{file.path} changed"
            changed.append((file, now[1]))
    return Changes(snapshot, changed, reread, stored)


def reuse(cache: Cache, found: Changes, options: BuildOptions, history: Mapping[str, dt.date],
          started: int) -> Reused | str:
    """The model made from the snapshot and the changed posting files, or why it cannot be."""
    snapshot, changed, reread = found.snapshot, found.changed, found.reread
    _keep_entries(cache, snapshot, [file for file, _ in changed])
    model = dataclasses.replace(snapshot.model, clock=options.clock)
    if changed:
        return _patched(cache, found, model, history, started)
    # Taken as it is (its clock is the build's, set on each reuse); kept again only when a file re-read for its
    # moved signature has a new one recorded (then trusted next time).
    moved = any(_recorded_again(f, cache) != f for f in reread)
    return Reused(model, snapshot.problems, _resnapshot(snapshot, model, reread, cache, started) if moved else None,
                  None, 0, found.stored)


def _same_listing(snapshot: Snapshot, root: Path) -> bool:
    """Whether the content folders list the snapshot's files: their signatures have not moved, or a listing
    (an editor that saves by renaming a new file over the old moves its folder's) finds the same files."""
    if all(unmoved(sig, snapshot.at, signature(Path(path))) for path, sig in snapshot.folders):
        return True
    files, _ = list_content(root)
    return [(display_path(f.path), f.kind, f.folder) for f in files] == [
        (f.path, f.kind, f.folder) for f in snapshot.files]


def _keep_entries(cache: Cache, snapshot: Snapshot, changed: list[File]) -> None:
    """Keep the unchanged files' cache entries, as reading them would, and drop the old ones of the `changed`
    files (their parse and body by their old bytes' key, their postings' findings by the old fingerprint): O(edit)
    where counting ten thousand entries as used, and saving's scan for the rest, cost 0.05 CPU s a rebuild at
    10,000 postings. The listing is the snapshot's: no other file's entries can have gone."""
    gone = {f.path for f in changed}
    keys = [f.key for f in changed]
    cache.stats.keep_all_but(())
    cache.sources.keep_all_but(keys)
    cache.bodies.keep_all_but(keys)
    cache.findings.keep_all_but(p.fingerprint for p in snapshot.model.postings if p.source in gone)


def _patched(cache: Cache, found: Changes, model: Model, history: Mapping[str, dt.date],
             started: int) -> Reused | str:
    """The model with the `changed` posting files read and made again, and all that compares postings derived
    again (or carried over where it reads nothing that changed)."""
    snapshot, changed, reread = found.snapshot, found.changed, found.reread
    read = _read(cache, SOURCES)
    if read is None:
        return "no sources in the snapshot"
    loaded = read[0]
    sources, companies = {**loaded[0], **found.stored.sources}, loaded[1]
    by_path = {p.source: p for p in model.postings}
    own = dict(snapshot.own)
    edits, old_sketches = [], []
    for file, data in changed:
        source = read_one(file.content_file(), cache, data)
        cache.bodies.touch(source.key)  # as read_sources does: its pages may not render this time
        posting, problems = assemble_posting(source, model, cache.bodies, model.clock, history, cache.findings,
                                             stored_rules(cache.rules), cache.domains)
        if posting is None or source.src is None or any(p.level == ERROR for p in problems):
            return f"{file.path} has an error"
        old = sources[file.path]
        edits.append((by_path[file.path], posting))
        old_sketches.append(old.trust.sketch if old.trust is not None else None)
        sources[file.path], by_path[file.path], own[file.path] = source, posting, tuple(problems)
    postings = tuple(sorted(by_path.values(), key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug)))
    compared = compare_again(snapshot.compared, sources, list(postings), model.site.trust_checks, edits, old_sketches)
    board = board_problems(sources, list(postings), compared, {c.slug: c for c in model.companies}, companies)
    if any(p.level == ERROR for p in board):
        return "a finding across postings is an error"
    similar = carried_over(model.postings, postings, model.similar)
    if similar is None:
        similar = similar_roles(postings, cache.similar)
    new = dataclasses.replace(model, postings=postings, similar=similar)
    snapshot = dataclasses.replace(snapshot, own=own, board=tuple(board), compared=compared)
    return Reused(new, snapshot.problems, _resnapshot(snapshot, new, reread, cache, started),
                  (sources, companies), len(changed), found.stored, tuple(file.path for file, _ in changed))


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


def _reduce_record(record: Any) -> tuple[type, tuple]:
    """A slotted record as its class and its fields' values: read back through its own __init__. The dataclass
    default (a __getstate__ and __setstate__ in Python that look up the fields for every object) took most of the
    model's pickling and reading (10,000 postings: pickled in 0.67 → 0.35 s of CPU)."""
    return type(record), _FIELDS[type(record)](record)


_FIELDS = {cls: operator.attrgetter(*(f.name for f in dataclasses.fields(cls))) for cls in (Location, Salary, Company,
                                                                                             Posting)}
# The compensation table's read-only mappings are proxies, which pickle cannot write as they are.
_DISPATCH = {**copyreg.dispatch_table, Body: _reduce_body, types.MappingProxyType: _reduce_proxy,
             **dict.fromkeys(_FIELDS, _reduce_record)}


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


def _read(cache: Cache, name: str) -> tuple[Any, bytes, int] | None:
    """What `_write` wrote, with its token and size in bytes, or None when it is missing, not the one the database
    vouches for, or cannot be read (another code's, damaged)."""
    token, path = cache.snapshot.get(name), cache.snapshot_file(name)
    if not isinstance(token, bytes) or path is None:
        return None
    try:
        with _no_collection(), open(path, "rb") as file:
            if file.read(len(token)) != token:
                return None
            return _Unpickler(file, cache.bodies).load(), token, os.fstat(file.fileno()).st_size
    except Exception:  # noqa: BLE001  # anything a damaged or foreign pickle raises: the full path then runs
        return None


@contextmanager
def _no_collection() -> Iterator[None]:
    """Hundreds of thousands of new objects, none garbage: the collector's passes over them would take longer than
    the reading (at 10,000 postings 0.84 s against 0.26 s without)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# ---- the delta ----------------------------------------------------------------------------------------------
# A rebuild that made k postings again writes their records as rows of the cache's table `delta` (one pickle a
# posting, keyed by its path) and a head in the `snapshot` table (what crosses postings, kept as differences from
# the base: their order, similar roles by key, recorded signatures, the board's problems): O(k) bytes, saved in
# the build's transaction, so the database vouches for them as it does for the bodies. The head names the base
# it applies to by its token. Reading applies the delta to the base; anything missing, damaged or of another
# base is the full path.

DELTA = "delta"  # the `snapshot` table's entry for the delta's head
COMPACT = 8  # a delta over 1/COMPACT of the base's bytes is written as a new base instead
SMALL = 256 << 10  # ... once it is over this many bytes: below, reading it costs nothing that counts


@dataclass(frozen=True)
class Stored:
    """What a snapshot was read from, as the next build's delta is written against it."""

    token: bytes  # the base's
    size: int  # the base's bytes (model and sources)
    order: tuple[str, ...]  # the base's postings, by path
    similar: Mapping[str, tuple[Posting, ...]]  # the base's similar roles
    files: tuple[File, ...]  # the base's files
    rows: dict[str, int]  # the postings with a row, by path: the row's bytes
    sources: dict[str, Source]  # the rows' postings' sources as the findings across postings read them


@dataclass(frozen=True)
class _Head:
    base: bytes  # the token of the base it applies to
    rows: dict[str, int]  # the postings made since the base, each with a row: its bytes
    order: tuple[str, ...] | None  # the postings by path, when not in the base's order
    similar: dict[str, tuple[str, ...]]  # similar roles (posting keys) that are not the base's, by posting key
    similar_order: tuple[str, ...] | None  # the similar roles' keys, when not in the base's order
    recorded: dict[str, tuple]  # files' `stats` entries that are not the base's, by path
    folders: tuple[tuple[str, Signature], ...]
    at: int
    board: tuple[Problem, ...]
    compared: Compared  # without its keys: the base's, with the rows' postings' (`_applied`)


def _dump(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _dump_row(snapshot: Snapshot, posting: Posting, sources: BoardSources | None) -> bytes:
    """One posting made again, its own problems and (for the findings across postings) its source's view: its
    company and category are named, not copied, so the row is the posting's bytes alone."""
    assert sources is not None
    out = io.BytesIO()
    pickler = _RowPickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dump((posting, snapshot.own[posting.source], _board_view(sources[0][posting.source])))
    return out.getvalue()


def _head_of(stored: Stored, snapshot: Snapshot, rows: dict[str, int]) -> _Head:
    model = snapshot.model
    order = tuple(p.source for p in model.postings)
    similar = {key: tuple(p.key for p in picked) for key, picked in model.similar.items()
               if not _same_picks(picked, stored.similar.get(key))}
    similar_order = tuple(model.similar)
    recorded = {f.path: f.recorded for f, base in zip(snapshot.files, stored.files, strict=True)
                if f is not base and f.recorded != base.recorded}
    return _Head(stored.token, rows, None if order == stored.order else order, similar,
                 None if similar_order == tuple(stored.similar) else similar_order, recorded, snapshot.folders,
                 snapshot.at, snapshot.board, dataclasses.replace(snapshot.compared, keys={}))


def _same_picks(picked: tuple[Posting, ...], base: tuple[Posting, ...] | None) -> bool:
    return base is not None and len(picked) == len(base) and all(
        p is b or p.key == b.key for p, b in zip(picked, base, strict=True))


class _RowPickler(pickle.Pickler):
    dispatch_table = _DISPATCH

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is Company:
            return ("company", obj.slug)
        if type(obj) is Category:
            return ("category", obj.id)
        return None


class _RowUnpickler(_Unpickler):
    def __init__(self, file: BinaryIO, bodies: Table, model: Model):
        super().__init__(file, bodies)
        self.named = {("company", c.slug): c for c in model.companies}
        self.named.update((("category", c.id), c) for c in model.site.categories)

    def persistent_load(self, pid: Any) -> Any:
        return self.named[pid]


def _read_snapshot(cache: Cache) -> tuple[Snapshot, Stored] | None:
    """The base with its delta applied, and what it was read from; None when either is missing or damaged."""
    base = _read(cache, MODEL)
    if base is None or not isinstance(base[0], Snapshot):
        return None
    snapshot, token, size = base
    model = snapshot.model
    stored = Stored(token, size + _size(cache, SOURCES), tuple(p.source for p in model.postings), model.similar,
                    snapshot.files, {}, {})
    head = cache.snapshot.get(DELTA)
    if head is None:
        return snapshot, stored
    try:
        with _no_collection():
            return _applied(cache, snapshot, stored, head)
    except Exception:  # noqa: BLE001  # a damaged head or row, a row of another base: the full path then runs
        return None


def _applied(cache: Cache, snapshot: Snapshot, stored: Stored, data: bytes) -> tuple[Snapshot, Stored] | None:
    head = pickle.loads(data)
    if not isinstance(head, _Head) or head.base != stored.token:
        return None
    model = snapshot.model
    rows = cache.delta.get_many(list(head.rows))
    by_path = {p.source: p for p in model.postings}
    own, sources = dict(snapshot.own), {}
    for path in head.rows:
        posting, problems, source = _RowUnpickler(io.BytesIO(rows[path]), cache.bodies, model).load()
        by_path[path], own[path], sources[path] = posting, problems, source
    postings = tuple(by_path[path] for path in head.order or stored.order)
    similar = model.similar
    if head.rows or head.similar or head.similar_order:  # picks of the records the rows replace are remapped
        by_key = {p.key: p for p in postings}
        similar = {key: tuple(by_key[k] for k in head.similar[key]) if key in head.similar
                   else tuple(by_key[p.key] for p in model.similar[key])
                   for key in head.similar_order or model.similar}
    files = tuple(dataclasses.replace(f, recorded=head.recorded[f.path]) if f.path in head.recorded else f
                  for f in snapshot.files)
    compared = dataclasses.replace(head.compared, keys={**snapshot.compared.keys,
                                                       **{path: pair_keys(by_path[path]) for path in head.rows}})
    applied = dataclasses.replace(snapshot, model=dataclasses.replace(model, postings=postings, similar=similar),
                                  files=files, folders=head.folders, at=head.at, own=own, board=head.board,
                                  compared=compared)
    return applied, dataclasses.replace(stored, rows=dict(head.rows), sources=sources)


def _size(cache: Cache, name: str) -> int:
    path = cache.snapshot_file(name)
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0
