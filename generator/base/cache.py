"""The build's memo tables: results of pure steps keyed by a hash of exactly their inputs, kept between builds.

Every build is logically a full build (STYLE.md, "speed comes from memoising pure functions"; base/memo.py has
the one rule, `memo(table, fn, *inputs)`). The tables:

- `stats`: each content file's stat signature and the key of its bytes, so a warm build reads only the files
  whose size, times or inode moved (load/sources.py): an unchanged file is stat'ed, not read.
- `sources`: one entry per content file, keyed by its bytes, its place in the tree and the code version; the
  value is what reading, parsing and validating that file gave (load/sources.py).
- `bodies`: each content file's body HTML under the same key, read when a page needs it (load/sources.py Body).
- `outputs`: one entry per file of the last site written, keyed by its path: the key of the inputs it was
  rendered from, a digest of its bytes and the stat signature the writer left it with (write/). An output
  whose key and file are unchanged is neither rendered nor written. Beside them, the seal of the folder: digests
  of the output paths and of every file in it with its stat signature, so a build that changed nothing compares
  one walk with it rather than reading 33,000 entries (write/ `_as_sealed`).
- `dependencies`: the dependency index, by content file (or content-hashed file a page links): the outputs
  rendered from it (write/), read only for the records that changed; and each output's digest of the files it
  named, so an output keyed again that names the same files adds nothing.
- `board`: what the outputs in place were keyed against besides their records, each record's fingerprint and
  each Read's digest (write/board.py): a build whose board did not move keys only the outputs of the records and
  Reads that did.
- `search`: the last search index and the key of the rows it indexes, and what patching it needs
  (render/site.py, render/browse/search_patch.py).
- `browse`: the last browse index's rows, by posting fingerprint (render/site.py `index_rows`). A table of its
  own, read by every build: in `fragments` it would count that table as consulted, and saving would prune the
  pieces of every whole-site file the build did not render (jobs.json's ten thousand entries after a build
  that changed nothing).
- `words`: each open posting's words for the search index, keyed by its fingerprint, so an edit re-cuts one
  posting's words, not ten thousand (render/browse/search.py `posting_words`).
- `forms`: each word's inflections that share its stem, keyed by the word (render/browse/search.py `word_forms`).
- `fragments`: pieces of whole-site files memoised by `memo` (a posting's entry in jobs.json, a day's list in
  a daily digest), so an edit re-serialises one piece, not ten thousand.
- `findings`: each posting's pay-transparency findings, keyed by its fingerprint (model/pay_transparency.py).
- `similar`: every posting's similar roles, keyed by a digest of the features they are chosen from
  (model/similar.py): editing a description changes none of them, so it costs no new choice.
- `snapshot`: the tokens of the files `snapshot-model.pickle` and `snapshot-sources.pickle` beside the database,
  which hold the last build's finished model, its problems and what it was made from (model/snapshot.py): a
  rebuild after an edit of a few postings makes its model from them, reading and assembling only those. Its
  entry `delta` is the head of what later builds changed in that model (their order, similar roles, the board's
  problems), and the table
- `delta` holds the postings those builds made again, one row each by path: a rebuild writes what it made, not
  the whole model again.
- `rules`: the pay-transparency rule table, checked and pickled, keyed by its file's place and bytes
  (model/pay_transparency.py `stored_rules`): a table of its own, as `fragments` would count itself consulted.
- `domains`: each host's registrable domain (model/apply_links.py `domain_of`), so a rebuild that looks up the
  hosts an earlier build did never imports tldextract; never pruned (one entry a host), retired with the code
  stamp, which holds tldextract's version.
- `templates`: Jinja's compiled templates, by template (render/site.py `CompiledTemplates`), so a rebuild that
  renders a page loads its template's code rather than compiling it; never pruned (one entry a template).

The cache is passed to each stage that uses it, as an argument. Entries live in one SQLite database,
`.jobsite-cache/cache.sqlite3` beside `content/`, one table per memo, stamped with the code version; an entry is
read when it is asked for, never the whole table (a 100,000-posting rebuild reads the records it needs, not
110,000 of them); parsed sources, bodies and words go to the database in batches as they are made, and what a
build added or stopped using is written in one transaction at the end. A resident cache (`jobsite serve`)
keeps what it read, and the decoded records, in memory and saves when asked. Deleting the folder only costs
time.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".jobsite-cache"
CACHE_DIR_VARIABLE = "JOBSITE_CACHE_DIR"
FORMAT = 4  # bump when the layout of the database changes (4: keys in marshal version 2, see _key)
DATABASE = "cache.sqlite3"
TABLES = ("sources", "bodies", "outputs", "dependencies", "board", "search", "browse", "words", "forms",
          "fragments", "findings", "similar", "stats", "snapshot", "delta", "templates", "rules", "domains")
KEPT_BY_OWNER = ("outputs", "dependencies", "board")  # the writer's record: it puts and deletes entries, never pruned
# One entry per template name, replaced when its source changes: kept for the builds that render what this one did
# not (a company page after a posting's edit), never pruned.
# `domains`, one entry a host, is kept for the builds that look up the hosts this one did not (another posting's edit).
NOT_PRUNED = (*KEPT_BY_OWNER, "templates", "domains")
SPILLED = ("sources", "bodies", "words")  # tables whose values go to the database as they are made (Table.spill)
SPILL_BYTES = 8 << 20  # spilled values are written in batches of about this many bytes
_BATCH_KEYS = 500  # keys a query asks for at once (Table.get_many): well below SQLite's limit of bound values
# tldextract's bundled Public Suffix List decides the `domains` table's entries; pycountry's names the
# pay-transparency findings' places: another version of either retires every entry.
_DEPENDENCIES = ("markdown-it-py", "mdurl", "PyYAML", "Jinja2", "MarkupSafe", "pycountry", "feedgen", "PyStemmer",
                 "tldextract")


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
    """One memo (key → value), read from the database entry by entry as keys are asked for, that remembers
    which keys the current build used, so saving prunes the rest."""

    # A memo table handed to a renderer as an argument (jobs.json's entries) keys as a constant: what a memo
    # returns is what its function would, so the table never changes a result (base/memo.py).
    fingerprint = b"memo table"

    def __init__(self, entries: dict[Any, Any] | None = None, store: _Store | None = None, name: str = "",
                 spill: bool = False):
        self.name = name
        self._store = store
        # Values go to the database in batches as they are put and are not kept in memory (the parsed content
        # files: a cold build of 100,000 postings would otherwise hold every one until the end).
        self.spill = spill and store is not None
        self._spilled: dict[Any, Any] = {}  # put, waiting for the next batch
        self._known: dict[Any, Any] = dict(entries or {})  # read or put in this process
        self._complete = store is None or not store.exists  # _known holds every entry there is
        self._written: dict[Any, Any] = {}  # put since the last save
        self._cleared = False  # replace() dropped every stored entry
        self._keep: set[Any] | None = None  # after prune(): the keys saving keeps
        self.used: set[Any] = set()
        self.dirty = False
        self.fresh: dict[Any, Any] = {}  # put since the last take_fresh (Cache.take_fresh)
        self._spilled_bytes = 0
        self._last: tuple[Any, Any] = (None, None)  # the last spilled value read from the database (get)
        self._deleted: set[Any] = set()
        self.pruned = name not in NOT_PRUNED
        self._keep_all = False  # keep_all_but: this build's save prunes nothing by use

    def get(self, key: Any) -> Any:
        value = self._known.get(key)
        if value is None:
            value = self._spilled.get(key)
        if value is None and self._last[0] == key:
            value = self._last[1]
        if value is None and not self._complete:
            value = self._store.get(self.name, key)  # type: ignore[union-attr]
            if value is not None and not self.spill:
                self._known[key] = value
            elif value is not None:
                # A spilled value is not kept, except the last one read: a posting's page reads its body twice
                # in a row (its JSON-LD and its text); a cold build makes 43 % fewer queries.
                self._last = (key, value)
        if value is not None:
            self.used.add(key)
        return value

    def get_many(self, keys: list[Any]) -> dict[Any, Any]:
        """The values of those `keys` the table has, read from the database in a few queries rather than one a
        key (a warm build asks for every content file's stat signature and record: 11,000 queries cost a second
        at 10,000 postings). Like `get`, it counts each key found as used."""
        found: dict[Any, Any] = {}
        wanted = []
        for key in keys:
            value = self._known.get(key)
            if value is None:
                value = self._spilled.get(key)
            if value is None:
                wanted.append(key)
            else:
                found[key] = value
        if wanted and not self._complete:
            stored = self._store.get_many(self.name, wanted)  # type: ignore[union-attr]
            if not self.spill:
                self._known.update(stored)
            found.update(stored)
        self.used.update(found)
        return found

    @property
    def entries(self) -> dict[Any, Any]:
        """Every entry (read whole from the database the first time): for the few tables used whole."""
        if not self._complete:
            self._known = {**self._store.all(self.name), **self._known}  # type: ignore[union-attr]
            self._complete = True
        return self._known

    def touch(self, key: Any) -> None:
        """Count a key as used without reading it (its value is known elsewhere), so saving keeps it."""
        self.used.add(key)

    def put(self, key: Any, value: Any) -> None:
        self.used.add(key)
        self.dirty = True
        if self.spill:
            self._spilled[key] = value
            self._spilled_bytes += len(value) if isinstance(value, (bytes, str)) else 1024
            if self._spilled_bytes >= SPILL_BYTES:
                self.flush()
            return
        self._known[key] = value
        self._written[key] = value
        self.fresh[key] = value

    def flush(self) -> None:
        """Write the values waiting to be spilled (in one short transaction); kept for `save` if that fails."""
        if not self._spilled:
            return
        try:
            self._store.put_many(self.name, self._spilled)  # type: ignore[union-attr]
        except (OSError, sqlite3.Error):
            # A locked, read-only or damaged database: saved (or not) at the end, and held here meanwhile, as
            # nothing can read it back (a parsed file's body asked for by its page was a LookupError).
            self._known.update(self._spilled)
            self._written.update(self._spilled)
        else:
            self._complete = False  # the database now holds entries this process does not
        self._spilled, self._spilled_bytes = {}, 0

    def replace(self, entries: dict[Any, Any]) -> None:
        """Make `entries` the whole table."""
        self._known, self._written, self.used = dict(entries), dict(entries), set(entries)
        self._complete = self._cleared = self.dirty = True
        self._keep, self._deleted, self._last = None, set(), (None, None)

    def delete(self, key: Any) -> None:
        self._last = (None, None)
        self._known.pop(key, None)
        self._written.pop(key, None)
        self._deleted.add(key)
        self.dirty = True

    def keep_all_but(self, keys: Iterable[Any]) -> None:
        """Keep every entry but `keys` through this build's save, whatever it asks for: a build made from the
        snapshot (model/snapshot.py) stands on every unchanged file's entries without reading them, and knows the
        old ones its edits replaced; pruning by use would touch every key and scan the table for those few."""
        self._keep_all = True
        for key in keys:
            self.delete(key)

    def prune(self) -> None:
        """Forget what this build did not ask for: deleted files, old versions of edited ones. A build that
        never consulted the table (every output that reads it was unchanged) leaves it as it is."""
        if not self.used or not self.pruned or self._keep_all:
            self.used, self._keep_all = set(), False
            return
        self._keep = set(self.used)
        self._known = {k: v for k, v in self._known.items() if k in self._keep}
        self._written = {k: v for k, v in self._written.items() if k in self._keep}
        self.dirty = True
        self.used = set()

    def saved(self) -> tuple[bool, dict[Any, Any], set[Any] | None, set[Any]]:
        """What saving must do: (delete everything first, entries to write, keys to keep or None for all,
        keys to delete)."""
        return self._cleared, {**self._written, **self._spilled}, self._keep, self._deleted

    def mark_saved(self) -> None:
        self._written, self._cleared, self._keep, self.dirty, self._deleted = {}, False, None, False, set()
        if self._spilled:
            self._complete = False
        self._spilled, self._spilled_bytes = {}, 0

    def __len__(self) -> int:
        return len(self.entries)


class _Store:
    """The SQLite database behind a cache folder: one table per memo, keys and values in marshal's format.

    Opened on first use in each process (a forked worker never uses its parent's connection); a database
    that is missing, of another code version or unreadable counts as empty."""

    def __init__(self, path: Path, version: str):
        self.path, self.version = path, version
        self._pid: int | None = None
        self._conn: sqlite3.Connection | None = None
        self._inherited: list[sqlite3.Connection] = []  # a parent's connection: kept, never used, never closed
        self.exists = self._valid()

    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None and self._pid != os.getpid():
            self._inherited.append(self._conn)
            self._conn = None
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # A short timeout: another build holding the database makes this one slower, never stuck.
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=1.0)
            self._conn.execute("PRAGMA synchronous=OFF")  # a cache: a crash costs a rebuild, never a wrong page
            self._pid = os.getpid()
        return self._conn

    def _valid(self) -> bool:
        if not self.path.is_file():
            return False
        try:
            row = self._connect().execute("SELECT format, version FROM meta").fetchone()
        except sqlite3.Error:
            row = None
        if row == (FORMAT, self.version):
            return True
        self.close()
        self.path.unlink(missing_ok=True)  # another version's or a damaged file: it can only cost time
        return False

    def get(self, table: str, key: Any) -> Any:
        try:
            row = self._connect().execute(f"SELECT value FROM {table} WHERE key = ?",
                                          (_key(key),)).fetchone()
            return marshal.loads(row[0]) if row else None
        except (sqlite3.Error, EOFError, ValueError, TypeError):  # a damaged entry is a missing one
            return None

    def get_many(self, table: str, keys: list[Any]) -> dict[Any, Any]:
        found: dict[Any, Any] = {}
        try:
            conn = self._connect()
            for start in range(0, len(keys), _BATCH_KEYS):
                batch = [_key(k) for k in keys[start:start + _BATCH_KEYS]]
                rows = conn.execute(f"SELECT key, value FROM {table} WHERE key IN ({','.join('?' * len(batch))})",
                                    batch).fetchall()
                found.update(_decoded(rows))
        except sqlite3.Error:
            return found
        return found

    def all(self, table: str) -> dict[Any, Any]:
        try:
            rows = self._connect().execute(f"SELECT key, value FROM {table}").fetchall()
        except sqlite3.Error:
            return {}
        return dict(_decoded(rows))

    def put_many(self, table: str, entries: dict[Any, Any]) -> None:
        """Write some entries now, in one short transaction (Table.spill)."""
        conn = self._connect()
        conn.execute("BEGIN")
        try:
            self._stamp(conn)
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID")
            conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)",
                             ((_key(k), marshal.dumps(v)) for k, v in entries.items()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.exists = True

    def _stamp(self, conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS meta (format INTEGER, version TEXT)")
        conn.execute("DELETE FROM meta")
        conn.execute("INSERT INTO meta VALUES (?, ?)", (FORMAT, self.version))

    def save(self, tables: dict[str, Table]) -> None:
        """Write every table's changes in one transaction."""
        conn = self._connect()
        conn.execute("BEGIN")
        try:
            self._stamp(conn)
            for name, table in tables.items():
                if table.dirty:
                    self._save_table(conn, name, *table.saved())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.exists = True

    @staticmethod
    def _save_table(conn: sqlite3.Connection, name: str, cleared: bool, written: dict[Any, Any],
                    keep: set[Any] | None, deleted: set[Any]) -> None:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {name} (key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID")
        conn.executemany(f"DELETE FROM {name} WHERE key = ?", [(_key(k),) for k in deleted])
        if cleared:
            conn.execute(f"DELETE FROM {name}")
        elif keep is not None:
            kept = {_key(k) for k in keep}
            gone = [(k,) for (k,) in conn.execute(f"SELECT key FROM {name}") if k not in kept]
            conn.executemany(f"DELETE FROM {name} WHERE key = ?", gone)
        conn.executemany(f"INSERT OR REPLACE INTO {name} VALUES (?, ?)",
                         ((_key(k), marshal.dumps(v)) for k, v in written.items()))

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None


def _key(key: Any) -> bytes:
    """A key's bytes, the same for every equal key: marshal's version 2 marks neither an interned string nor a
    shared reference, where its default (version 4) writes 'index.html' one way when the string is interned and
    another when not, and a tuple one way when something else holds it: the same path was stored twice and looked
    up in vain (a miss costs the work again, and the stale row stays until pruned)."""
    return marshal.dumps(key, 2)


def _decoded(rows: list[tuple[bytes, bytes]]) -> Iterator[tuple[Any, Any]]:
    """The entries of some rows, leaving out any that do not decode: a damaged entry is a missing one (`get`)."""
    for key, value in rows:
        try:
            yield marshal.loads(key), marshal.loads(value)
        except (EOFError, ValueError, TypeError):
            continue


class Cache:
    """The memo tables of one content tree, read from and saved to its cache folder (None: memory only).

    A resident cache (`jobsite serve`) is saved only when its owner says so; a build's cache after each build."""

    def __init__(self, folder: Path | None, version: str | None = None, resident: bool = False):
        self.folder = folder
        self.version = version or code_version()
        self.resident = resident
        self._store = _Store(folder / DATABASE, self.version) if folder is not None else None
        self.tables = {name: Table(store=self._store, name=name, spill=name in SPILLED) for name in TABLES}
        # Decoded records of unchanged files, kept by a resident cache between builds (load/sources.py), and
        # the model's posting records (model/assemble.py): memory only, pruned like the tables.
        self.records: dict[bytes, Any] = {}
        self.postings = Table()

    @classmethod
    def beside(cls, content_dir: Path, resident: bool = False) -> Cache:
        """The cache for a content folder: `.jobsite-cache/` in the folder that holds it, or the folder
        JOBSITE_CACHE_DIR names (a read-only checkout, a CI cache, tests that must not touch the repository)."""
        folder = os.environ.get(CACHE_DIR_VARIABLE) or content_dir.resolve().parent / CACHE_DIR_NAME
        return cls(Path(folder), resident=resident)

    def snapshot_file(self, name: str) -> Path | None:
        """A file beside the database for a pickle too big to copy into a row (model/snapshot.py); the `snapshot`
        table holds the token that vouches for it."""
        return self.folder / f"snapshot-{name}.pickle" if self.folder is not None else None

    @property
    def keeps_files(self) -> bool:
        """Whether it is saved to a folder between builds (not memory only)."""
        return self._store is not None

    def __getattr__(self, name: str) -> Table:
        if name in TABLES:
            return self.tables[name]
        raise AttributeError(name)

    def take_fresh(self) -> dict[str, dict[Any, Any]]:
        """What was memoised since the last call, by table: a forked worker hands it back with its results."""
        fresh = {name: table.fresh for name, table in self.tables.items() if table.fresh}
        for name in fresh:
            self.tables[name].fresh = {}
        return fresh

    def merge(self, fresh: dict[str, dict[Any, Any]]) -> None:
        """Keep what a worker memoised (take_fresh) as if this process had."""
        for name, entries in fresh.items():
            for key, value in entries.items():
                self.tables[name].put(key, value)

    def flush(self) -> None:
        """Write what the spilled tables still hold (their last batch, up to SPILL_BYTES each) to the database,
        so a stage's results leave this process's memory before the next stage, and before forked workers
        inherit them: at 3,000 postings nothing had reached a batch and every body was held until the save."""
        for table in self.tables.values():
            if table.spill:
                table.flush()

    def finish_build(self) -> None:
        """Prune what the build did not use, then save (a resident cache waits for `save`)."""
        self.records = {k: v for k, v in self.records.items() if k in self.tables["sources"].used}
        self.postings.prune()
        for table in self.tables.values():
            table.prune()
        if not self.resident:
            self.save()

    def save(self) -> None:
        """Write what changed; never fail a build over it."""
        if self._store is None or not any(table.dirty for table in self.tables.values()):
            return
        try:
            self._store.save(self.tables)
        except (OSError, sqlite3.Error):
            return  # a read-only or full disk makes the next build slower, not wrong
        for table in self.tables.values():
            table.mark_saved()
