"""The build's memo: results of pure steps keyed by a hash of exactly their inputs, kept between builds.

Every build is logically a full build (STYLE.md, "speed comes from memoising pure functions"). Eight tables:

- `sources`: one entry per content file, keyed by its bytes, its place in the tree and the code version; the
  value is what reading, parsing, validating and rendering that file gave (parse.py). A warm build reads each
  file and hashes it, and parses nothing that did not change.
- `outputs`: one entry per file of the last site written, keyed by its path: the fingerprint of the inputs it
  was rendered from, a digest of its bytes and the stat signature the writer left it with (write.py). An
  output whose fingerprint and file are unchanged is neither rendered nor written.
- `search`: the last search index, keyed by a digest of its postings' fingerprints (render/site.py).
- `words`: each open posting's words and plain text for the search index, keyed by its fingerprint, so an
  edit re-cuts one posting's words, not ten thousand (render/search.py `posting_words`).
- `forms`: each word's inflections that share its stem, keyed by the word (render/search.py `word_forms`).
- `fragments`: pieces of whole-site files that each come from one record (a posting's entry in jobs.json),
  keyed by that record's fingerprint, so an edit re-serialises one entry, not ten thousand.
- `findings`: each posting's pay-transparency findings, keyed by its fingerprint (model/pay_transparency.py).
- `similar`: every posting's similar roles, keyed by a digest of the features they are chosen from
  (model/similar.py): editing a description changes none of them, so it costs no new choice.

The cache is passed to each stage that uses it, as an argument. Entries live in `.jobsite-cache/` beside
`content/`, one marshal file per table, stamped with the code version and written atomically; a resident cache
(`jobsite serve`) keeps everything in memory and saves when asked. Deleting the folder only costs time.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".jobsite-cache"
CACHE_DIR_VARIABLE = "JOBSITE_CACHE_DIR"
FORMAT = 2  # bump when the layout of the files below changes
TABLES = ("sources", "outputs", "search", "words", "forms", "fragments", "findings", "similar")
_DEPENDENCIES = ("markdown-it-py", "mdurl", "PyYAML", "Jinja2", "MarkupSafe", "pycountry", "feedgen", "PyStemmer")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash this package's files (code and the data it ships, such as rule tables) and the parsers' versions:
    any change there retires every entry."""
    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    package = Path(__file__).resolve().parents[1]  # the whole generator package, not only base/
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in _DEPENDENCIES:
        h.update(f"{name}={_installed_version(name)}\n".encode())
    return h.hexdigest()[:16]


def _installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def text_key(*parts: str | bytes) -> bytes:
    """A short, collision-resistant key for some texts (and whatever else decides a result)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.digest()


class Table:
    """One memo (key → value) that remembers which keys the current build used, so saving prunes the rest."""

    def __init__(self, entries: dict[Any, Any] | None = None):
        self.entries: dict[Any, Any] = entries or {}
        self.used: set[Any] = set()
        self.dirty = False

    def get(self, key: Any) -> Any:
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def keep(self, keys: Any) -> None:
        """Count these keys as used without reading them, so saving keeps them."""
        self.used.update(k for k in keys if k in self.entries)

    def put(self, key: Any, value: Any) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.dirty = True

    def replace(self, entries: dict[Any, Any]) -> None:
        """Make `entries` the whole table (what the writer does with the outputs it leaves behind)."""
        self.entries, self.used, self.dirty = entries, set(entries), True

    def prune(self) -> None:
        """Forget what this build did not ask for: deleted files, old versions of edited ones."""
        if len(self.used) != len(self.entries):
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
            self.dirty = True
        self.used = set()

    def __len__(self) -> int:
        return len(self.entries)


class Cache:
    """The memo tables of one content tree, loaded from and saved to its cache folder (None: memory only).

    A resident cache (`jobsite serve`) is saved only when its owner says so; a build's cache after each build."""

    def __init__(self, folder: Path | None, version: str | None = None, resident: bool = False):
        self.folder = folder
        self.version = version or code_version()
        self.resident = resident
        self.tables = {name: Table(self._read(name)) for name in TABLES}

    @classmethod
    def beside(cls, content_dir: Path, resident: bool = False) -> Cache:
        """The cache for a content folder: `.jobsite-cache/` in the folder that holds it, or the folder
        JOBSITE_CACHE_DIR names (a read-only checkout, a CI cache, tests that must not touch the repository)."""
        folder = os.environ.get(CACHE_DIR_VARIABLE) or content_dir.resolve().parent / CACHE_DIR_NAME
        return cls(Path(folder), resident=resident)

    @property
    def sources(self) -> Table:
        return self.tables["sources"]

    @property
    def outputs(self) -> Table:
        return self.tables["outputs"]

    @property
    def search(self) -> Table:
        return self.tables["search"]

    @property
    def words(self) -> Table:
        return self.tables["words"]

    @property
    def forms(self) -> Table:
        return self.tables["forms"]

    @property
    def fragments(self) -> Table:
        return self.tables["fragments"]

    @property
    def findings(self) -> Table:
        return self.tables["findings"]

    @property
    def similar(self) -> Table:
        return self.tables["similar"]

    def finish_build(self) -> None:
        """Prune what the build did not use, then save (a resident cache waits for `save`)."""
        for table in self.tables.values():
            table.prune()
        if not self.resident:
            self.save()

    def save(self) -> None:
        """Write the tables that changed; never fail a build over it."""
        if self.folder is None:
            return
        for name, table in self.tables.items():
            if not table.dirty:
                continue
            try:
                self._write(name, table.entries)
            except OSError:
                continue  # a read-only or full disk makes the next build slower, not wrong
            table.dirty = False

    def _path(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{name}.marshal"

    def _read(self, name: str) -> dict[Any, Any]:
        if self.folder is None:
            return {}
        try:
            with open(self._path(name), "rb") as f:
                fmt, version, entries = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            return {}  # missing, truncated or foreign: start empty
        return entries if fmt == FORMAT and version == self.version and isinstance(entries, dict) else {}

    def _write(self, name: str, entries: dict[Any, Any]) -> None:
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
