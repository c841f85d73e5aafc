"""Each content file read, parsed, validated and rendered once per change.

What one file gives on its own — its record with positions, its checked values, every problem it has by itself
(YAML, schema, body lint, placeholders, pay) and its body's HTML — is a pure function of its bytes, its place in
the tree and the code. So it is memoised by a hash of exactly those (cache.py, table `sources`): a warm build
reads and hashes every file, and parses nothing that did not change. The body is parsed once: the same token
stream feeds the lint and the HTML (markdown.py). Files the cache lacks are processed over the cores when
there are many of them (a cold build).
"""
from __future__ import annotations

import os
import pickle
import time
from collections.abc import ItemsView, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..base import parallel
from ..base.cache import Cache, Table, text_key
from ..base.errors import Problem
from . import schema
from .files import ContentFile, SourceFile, display_path, list_content, read_bytes, read_source
from .markdown import parse_body, render_parsed
from .trust_scan import DescriptionFacts, scan_description
from .validate import check_source

DEFINITIONS = {"site": schema.SITE, "company": schema.COMPANY, "posting": schema.POSTING}


@dataclass(frozen=True)
class Source:
    """What one content file gave, on its own. `src` is None when the file could not be read or parsed."""

    key: bytes  # the hash of everything the rest is a function of
    path: str  # as shown to authors
    src: SourceFile | None
    values: dict[str, Any]  # schema-checked front matter (schema.INVALID marks rejected values)
    problems: tuple[Problem, ...]
    html: str = ""  # its body's HTML when just processed; in the cache it is kept apart (`bodies`, `Body`)
    trust: DescriptionFacts | None = None  # a posting's asks and sketch, for the trust checks (trust_scan.py)

    @property
    def fingerprint(self) -> bytes:
        """What the rest is a function of (base/memo.py keys a Source by it)."""
        return self.key


@dataclass(frozen=True)
class Body:
    """A content file's body HTML, left in the cache's `bodies` table until a page, feed or index asks for it:
    at 100,000 postings the bodies are hundreds of megabytes nothing needs between parsing and rendering."""

    key: bytes  # its file's key (the HTML is a function of it)
    table: Table = field(compare=False, repr=False)

    @classmethod
    def of(cls, html: str) -> Body:
        """A body held in memory (records made by hand, as in tests)."""
        table = Table()
        table.put(text_key(html), html)
        return cls(text_key(html), table)

    @property
    def fingerprint(self) -> bytes:
        return self.key

    @property
    def html(self) -> str:
        html = self.table.get(self.key)
        if html is None:
            raise LookupError("a body is gone from the cache while its model is in use")
        return html


@dataclass(frozen=True)
class Sources:
    """Every content file of a tree, processed, plus the problems of files in the wrong place."""

    site: Source | None
    companies: tuple[Source, ...]
    postings: tuple[Source, ...]
    problems: tuple[Problem, ...]
    bodies: Table = field(default_factory=Table, compare=False, repr=False)  # file key → body HTML (`Body`)

    def body(self, source: Source) -> Body:
        return Body(source.key, self.bodies)

    def all(self) -> tuple[Source, ...]:
        return (*((self.site,) if self.site else ()), *self.companies, *self.postings)


def read_sources(root: Any, cache: Cache, workers: int | None = None,
                 progress: parallel.Progress | None = None) -> Sources:
    """Process every file under `root`, reusing the cache's result for each file whose bytes are unchanged.

    A file whose stat signature is the one recorded with its key (cache table `stats`) is not even read. One
    the cache has no signature for (every file of a cold build) is read by the worker that processes it: the
    bytes of every content file are never held at once (400 MB at 100,000 postings, copied again into each
    forked worker as it touched them)."""
    files, problems = list_content(root)
    found: dict[ContentFile, Source] = {}
    missing: list[tuple[ContentFile, bytes | None]] = []  # bytes when already read here
    started = time.time_ns()
    cache.stats.get_many([display_path(file.path) for file in files])  # a few queries, not one a file
    keyed: list[tuple[ContentFile, bytes, bytes | None]] = []
    for file in files:
        key, data = _known_key(file, cache), None
        if key is None and cache.stats.get(display_path(file.path)) is None:
            missing.append((file, None))  # never recorded: nothing to reuse, so the worker reads it
            continue
        if key is None:  # recorded, but its signature moved: the bytes decide
            unreadable: list[Problem] = []
            data = read_bytes(file.path, unreadable)
            if data is None:
                found[file] = Source(b"", display_path(file.path), None, {}, tuple(unreadable))
                continue
            key = source_key(file, data)
        keyed.append((file, key, data))
    blobs = cache.sources.get_many([key for _, key, _ in keyed if key not in cache.records])
    for file, key, data in keyed:
        source = _cached_source(cache, key, blobs.get(key))
        if source is None:
            missing.append((file, data))  # edited, or recorded but its result is gone
            continue
        found[file] = source
        cache.bodies.touch(key)  # its pages may not render this time, but the next edit may need it
        _remember_stat(file, key, cache, started)
    n = parallel.workers_for(len(missing), parallel.MIN_SOURCES_PER_WORKER, workers)
    results = parallel.map_in_processes(missing, _read_and_process, n, "Parsing content",
                                        progress or parallel.no_progress)
    for (file, _), (key, blob, html, unreadable) in zip(missing, results, strict=True):  # stored as they come
        found[file] = (_keep(cache, file, key, blob, html, started) if key
                       else Source(b"", display_path(file.path), None, {}, unreadable))
    return Sources(found[files.site] if files.site else None, tuple(found[f] for f in files.companies),
                   tuple(found[f] for f in files.postings), tuple(problems), cache.bodies)


def read_one(file: ContentFile, cache: Cache, data: bytes | None = None) -> Source:
    """One file, as `read_sources` gives it, and recorded alike, so the next full build neither reads nor parses it
    again (`jobsite serve` after a save of one posting). `data`: its bytes, when already read (`key_now`)."""
    started = time.time_ns()
    problems: list[Problem] = []
    data = read_bytes(file.path, problems) if data is None else data
    if data is None:
        return Source(b"", display_path(file.path), None, {}, tuple(problems))
    key = source_key(file, data)
    source = _cached_source(cache, key, None if key in cache.records else cache.sources.get(key))
    if source is not None:
        _remember_stat(file, key, cache, started)
        return source
    return _keep(cache, file, key, *_process_to_blob((file, data, key)), started)


def _keep(cache: Cache, file: ContentFile, key: bytes, blob: bytes, html: str, started: int) -> Source:
    cache.sources.put(key, blob)
    cache.bodies.put(key, html)
    _remember_stat(file, key, cache, started)
    return _decoded(cache, key, blob)


# A file modified this close to the moment its signature was recorded may change again within the same
# timestamp tick, unseen by stat: such a signature is not trusted (git's "racy clean" rule).
RACY_NS = 2_000_000_000


def _signature(file: ContentFile) -> tuple[int, int, int, int] | None:
    return signature(file.path)


def signature(path: Path | str) -> tuple[int, int, int, int] | None:
    """What stat says of a file or folder that moves whenever its bytes (a folder's: its entries) may have."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def unmoved(recorded: tuple[int, int, int, int], at: int, now: tuple[int, int, int, int] | None) -> bool:
    """Whether a signature recorded at `at` (ns) still holds: the same, and not racy."""
    return now is not None and tuple(recorded) == now and now[1] < at - RACY_NS


def _known_key(file: ContentFile, cache: Cache) -> bytes | None:
    """The key recorded for this file when its stat signature has not moved since; None means read it."""
    recorded = cache.stats.get(display_path(file.path))
    if recorded is None or file.path.is_symlink():
        return None
    return recorded_key(file, recorded)


def recorded_key(file: ContentFile, recorded: tuple) -> bytes | None:
    """The key a `stats` entry records for this file when its signature has not moved since; None means read it."""
    *sig, key, at = recorded
    return key if unmoved(tuple(sig), at, _signature(file)) else None


def key_now(file: ContentFile, cache: Cache) -> tuple[bytes, bytes] | None:
    """Read one file and key its bytes, recording its signature as `read_sources` does: (key, bytes), or None
    when it cannot be read (its problems are the loader's to report)."""
    started = time.time_ns()
    data = read_bytes(file.path, [])
    if data is None:
        return None
    key = source_key(file, data)
    _remember_stat(file, key, cache, started)
    return key, data


def _remember_stat(file: ContentFile, key: bytes, cache: Cache, started: int) -> None:
    signature = _signature(file)
    if signature is not None:
        recorded = cache.stats.get(display_path(file.path))
        if recorded is None or tuple(recorded[:4]) != signature or recorded[4] != key:
            cache.stats.put(display_path(file.path), (*signature, key, started))


def _cached_source(cache: Cache, key: bytes, blob: bytes | None) -> Source | None:
    """The stored record for `key` (its `blob`, read with the others by Table.get_many), or None."""
    if key in cache.records:  # a resident cache's decoded record: neither read nor unpickled again
        cache.sources.touch(key)
        return cache.records[key]
    return None if blob is None else _decoded(cache, key, blob)


def _decoded(cache: Cache, key: bytes, blob: bytes) -> Source:
    """Unpickle a stored result once per process: a resident cache (`jobsite serve`) keeps the records."""
    source = cache.records.get(key)
    if source is None:
        source = pickle.loads(blob)
        if cache.resident:
            cache.records[key] = source
    return source


def source_key(file: ContentFile, data: bytes) -> bytes:
    """Everything a file's result depends on besides the code (whose version stamps the whole table)."""
    return text_key(file.kind, file.folder, display_path(file.path), data)


def process(file: ContentFile, data: bytes, key: bytes) -> Source:
    """Read, parse, check and render one file: a pure function of its bytes and its place."""
    problems: list[Problem] = []
    src = read_source(file, data, problems)
    if src is None:
        return Source(key, display_path(file.path), None, {}, tuple(problems))
    values, checked = schema.check_document(src, DEFINITIONS[file.kind])
    body = parse_body(src.body) if file.kind != "site" else None
    problems += checked
    problems += check_source(src, body)
    html = render_parsed(src.body, body) if body is not None else ""
    trust = scan_description(src.body, src.body_line) if file.kind == "posting" else None
    # The body has given its problems, its HTML and its trust facts; the model needs neither the text nor deep
    # positions.
    return Source(key, src.path, _slim(src) if file.kind != "site" else replace(src, body=""), values,
                  tuple(problems), html, trust)


def _slim(src: SourceFile) -> SourceFile:
    """Keep the positions model-level checks point at (top-level keys and one level below), not every one,
    and keep them and the front matter packed: the model reads them only for a few checks and messages."""
    return replace(src, body="", data=Packed(src.data), key_pos=Packed(_shallow(src.key_pos)),
                   value_pos=Packed(_shallow(src.value_pos)))


class Packed(Mapping[Any, Any]):
    """A read-only mapping kept as its pickle and decoded on each read. Between loading and the model, every
    content file's front matter and positions are held at once; as dicts of tuples they took about 9 KB per
    posting (900 MB at 100,000 postings), as pickles under 1 KB."""

    __slots__ = ("blob",)

    def __init__(self, mapping: Mapping[Any, Any]):
        self.blob = pickle.dumps(dict(mapping), protocol=pickle.HIGHEST_PROTOCOL)

    def _open(self) -> dict[Any, Any]:
        return pickle.loads(self.blob)

    def __getitem__(self, key: Any) -> Any:
        return self._open()[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._open().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._open()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._open())

    def __len__(self) -> int:
        return len(self._open())

    def items(self) -> ItemsView[Any, Any]:
        return self._open().items()

    def __eq__(self, other: object) -> bool:
        return self._open() == (other._open() if isinstance(other, Packed) else other)

    __hash__ = None  # type: ignore[assignment]  # like the dict it stands for

    def __repr__(self) -> str:
        return f"Packed({self._open()!r})"


def _shallow(positions: dict[tuple, tuple[int, int]]) -> dict[tuple, tuple[int, int]]:
    return {path: pos for path, pos in positions.items() if len(path) <= 2}


def _read_and_process(item: tuple[ContentFile, bytes | None]) -> tuple[bytes, bytes, str, tuple[Problem, ...]]:
    """In a worker: read one file unless it was read already, key its bytes and process them; (key, stored
    record, body HTML, no problems), or an empty key and the problems of a file that cannot be read."""
    file, data = item
    unreadable: list[Problem] = []
    data = read_bytes(file.path, unreadable) if data is None else data
    if data is None:
        return b"", b"", "", tuple(unreadable)
    key = source_key(file, data)
    return (key, *_process_to_blob((file, data, key)), ())


def _process_to_blob(item: tuple[ContentFile, bytes, bytes]) -> tuple[bytes, str]:
    # Workers hand back the pickle the cache stores anyway (one serialisation per file), the body apart.
    source = process(*item)
    return pickle.dumps(replace(source, html=""), protocol=pickle.HIGHEST_PROTOCOL), source.html


def problems_of(sources: Sources) -> list[Problem]:
    """Every problem the files have on their own, in file order."""
    return [*sources.problems, *(p for s in sources.all() for p in s.problems)]

