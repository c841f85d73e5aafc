"""Memoised pure stages: Markdown → HTML and front-matter parsing, keyed by content hash and code version.

Every build is logically a full build (docs: STYLE.md, "speed comes from pure, memoised stages"). The two
expensive pure steps look their input up here by a hash of the text; a hit returns what the same code made from
the same text before, so a hit can never be stale. Entries live in `.jobsite-cache/` beside `content/`: one
file per table, stamped with the code version, written atomically. Deleting the folder only costs time.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".jobsite-cache"
CACHE_DIR_VARIABLE = "JOBSITE_CACHE_DIR"
FORMAT = 1  # bump when the layout of the files below changes
TABLES = ("markdown", "yaml", "pages")
_DEPENDENCIES = ("markdown-it-py", "mdurl", "PyYAML", "Jinja2", "MarkupSafe", "pycountry", "feedgen")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash this package's source and the parsers' versions: any code change retires every entry."""
    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in _DEPENDENCIES:
        h.update(f"{name}={_installed_version(name)}\n".encode())
    return h.hexdigest()[:16]


def _installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def text_key(*parts: str) -> bytes:
    """A short, collision-resistant key for a text (and whatever else decides the result, such as an offset)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.digest()


def yaml_key(text: str, line_offset: int) -> bytes:
    return text_key(str(line_offset), text)


def yaml_entry(text: str, line_offset: int, result: Any) -> tuple[bytes, bytes]:
    """The (key, value) a successful parse is stored under."""
    return yaml_key(text, line_offset), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


class Table:
    """One memo (key → value) that remembers which keys the current builds used, so saving prunes the rest."""

    def __init__(self, entries: dict[bytes, Any] | None = None):
        self.entries: dict[bytes, Any] = entries or {}
        self.used: set[bytes] = set()
        self.dirty = False

    def get(self, key: bytes) -> Any:
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def put(self, key: bytes, value: Any) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.dirty = True

    def __len__(self) -> int:
        return len(self.entries)


class Cache:
    """The memo tables of one content tree, loaded from and saved to its cache folder (None: memory only).

    A resident cache (`jobsite serve`) also keeps, in memory only, each content file as loaded (keyed by its
    stat signature) and each file's validation (keyed by that very loaded object), so a rebuild after one save
    reads and checks one file."""

    def __init__(self, folder: Path | None, version: str | None = None, resident: bool = False):
        self.folder = folder
        self.version = version or code_version()
        self.tables = {name: Table(self._read(name)) for name in TABLES}
        self.resident = resident
        self.sources: Resident | None = Resident() if resident else None
        self.checks: Resident | None = Resident() if resident else None

    @classmethod
    def beside(cls, content_dir: Path, resident: bool = False) -> Cache:
        """The cache for a content folder: `.jobsite-cache/` in the folder that holds it, or the folder
        JOBSITE_CACHE_DIR names (a read-only checkout, a CI cache, tests that must not touch the repository)."""
        folder = os.environ.get(CACHE_DIR_VARIABLE) or content_dir.resolve().parent / CACHE_DIR_NAME
        return cls(Path(folder), resident=resident)

    def markdown(self, text: str, render: Callable[[str], str]) -> str:
        """Return the HTML for a Markdown text, rendering it only on a miss."""
        table, key = self.tables["markdown"], text_key(text)
        html = table.get(key)
        if html is None:
            html = render(text)
            table.put(key, html)
        return html

    def missing_markdown(self, texts: list[str]) -> list[str]:
        """The distinct texts that have no HTML yet, in first-seen order."""
        entries = self.tables["markdown"].entries
        return list(dict.fromkeys(t for t in texts if text_key(t) not in entries))

    def store_markdown(self, texts: list[str], html: list[str]) -> None:
        table = self.tables["markdown"]
        for text, out in zip(texts, html, strict=True):
            table.put(text_key(text), out)

    def yaml(self, text: str, line_offset: int, parse: Callable[[], Any]) -> Any:
        """Return a fresh copy of a successful parse, parsing only on a miss; failures are never stored."""
        table = self.tables["yaml"]
        blob = table.get(yaml_key(text, line_offset))
        if blob is not None:
            # Unpickle on every hit: callers get their own objects, so no two files ever share a mutable dict.
            return pickle.loads(blob)
        result = parse()
        if result is not None:
            table.put(*yaml_entry(text, line_offset, result))
        return result

    def is_cold(self) -> bool:
        """True when nothing was ever parsed with this code: the case worth a parallel warm-up."""
        return not self.tables["yaml"].entries and not self.tables["markdown"].entries

    def save(self, names: tuple[str, ...] = TABLES) -> None:
        """Write the tables that changed, keeping only entries used since loading; never fail a build over it."""
        if self.folder is None:
            return
        for name, table in ((n, self.tables[n]) for n in names):
            if not table.dirty and len(table.used) == len(table.entries):
                continue
            kept = {k: v for k, v in table.entries.items() if k in table.used}
            try:
                self._write(name, kept)
            except OSError:
                continue  # a read-only or full disk makes the next build slower, not wrong
            table.entries, table.dirty = kept, False

    def save_and_forget(self, names: tuple[str, ...]) -> None:
        """Save some tables now and drop them from memory (a build that no longer needs them, before it forks
        its page workers); a resident cache keeps them, unsaved, for the next rebuild."""
        if self.resident:
            return  # serve keeps every table in memory and saves when it stops
        self.save(names)
        for name in names:
            self.tables[name] = Table()

    def _path(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{name}.marshal"

    def _read(self, name: str) -> dict[bytes, Any]:
        if self.folder is None:
            return {}
        try:
            with open(self._path(name), "rb") as f:
                fmt, version, entries = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            return {}  # missing, truncated or foreign: start empty
        return entries if fmt == FORMAT and version == self.version and isinstance(entries, dict) else {}

    def _write(self, name: str, entries: dict[bytes, Any]) -> None:
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((FORMAT, self.version, entries), f)
            os.replace(tmp, self._path(name))  # readers see the old file or the new one, never half of one
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class Resident:
    """An in-memory memo that forgets, after each build, whatever that build did not ask for."""

    def __init__(self) -> None:
        self.entries: dict[Any, Any] = {}
        self.used: set[Any] = set()

    def get_or_make(self, key: Any, make: Callable[[], Any]) -> Any:
        if key not in self.entries:
            self.entries[key] = make()
        self.used.add(key)
        return self.entries[key]

    def forget_unused(self) -> None:
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        self.used = set()


# The cache of the build running in this context (thread), if any. The stages ask for it instead of taking a
# parameter so that their signatures stay those of plain pure functions.
_active: ContextVar[Cache | None] = ContextVar("jobsite_cache", default=None)


@contextmanager
def activated(cache: Cache | None) -> Iterator[Cache | None]:
    """Route Markdown rendering and YAML parsing through `cache` for the duration of a build."""
    token = _active.set(cache)
    try:
        yield cache
    finally:
        _active.reset(token)
        for resident in (cache.sources, cache.checks) if cache else ():
            if resident is not None:
                resident.forget_unused()


def active() -> Cache | None:
    return _active.get()


def memo_markdown(text: str, render: Callable[[str], str]) -> str:
    """Render through the active cache, or directly when there is none."""
    cache = _active.get()
    return render(text) if cache is None else cache.markdown(text, render)


def memo_yaml(text: str, line_offset: int, parse: Callable[[], Any]) -> Any:
    """Parse through the active cache, or directly when there is none."""
    cache = _active.get()
    return parse() if cache is None else cache.yaml(text, line_offset, parse)


def memo_source(path: Path, extra: tuple[str, ...], problems: list[Any], load: Callable[[list[Any]], Any]) -> Any:
    """Load a content file, or reuse what loading it gave while its stat signature is unchanged (resident
    caches only). Any write changes the ctime, which no editor or tool can set back."""
    cache = _active.get()
    if cache is None or cache.sources is None:
        return load(problems)
    try:
        st = os.lstat(path)
    except OSError:
        return load(problems)
    key = (str(path), extra, os.getcwd(), st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)

    def make() -> tuple[Any, tuple[Any, ...]]:
        found: list[Any] = []
        return load(found), tuple(found)

    result, found = cache.sources.get_or_make(key, make)
    problems.extend(found)
    return result


def memo_check(src: Any, definition: Any, check: Callable[[Any, Any], Any]) -> Any:
    """Validate a loaded file, or reuse the result for that very object (resident caches only)."""
    cache = _active.get()
    if cache is None or cache.checks is None:
        return check(src, definition)
    # The entry holds `src` itself, so its id cannot be reused by another object while the entry lives.
    _, result = cache.checks.get_or_make((id(src), id(definition)), lambda: (src, check(src, definition)))
    return result
