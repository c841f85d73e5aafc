"""Pages memoised by a fingerprint of everything they are rendered from.

A page's bytes are a pure function of the code, the templates and the variables handed to its template. The
fingerprint hashes all three (variables through pickle, which captures every field of the frozen model); the
memo maps it to a digest of the bytes it produced. When the current file in site/ still has exactly those bytes,
the writer keeps it without rendering. A value that cannot be pickled (a closure, say) makes its page
unmemoisable: it is simply rendered, so the memo can skip work but never change a byte.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from ..cache import Table, code_version
from .output import LazyOutput, Output

_SCALARS = (str, int, float, bool, type(None))
_CONTAINERS = (tuple, list, dict)


def digest(data: bytes) -> bytes:
    """The digest the memo stores for a page's bytes."""
    return hashlib.blake2b(data, digest_size=16).digest()


def templates_digest(templates_dir: Path) -> bytes:
    """Hash every file under templates/ (names and bytes): any edit there retires every page entry."""
    h = hashlib.blake2b(digest_size=16)
    for root, dirs, files in os.walk(templates_dir):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            h.update(path.relative_to(templates_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


class PageMemo:
    """Fingerprints of page inputs → digests of page bytes, for one build (in one process)."""

    def __init__(self, table: Table, templates_dir: Path):
        self.table = table
        self.salt = code_version().encode() + templates_digest(templates_dir)
        self.seen: dict[bytes, bytes] = {}  # what this process rendered or kept, reported to the parent
        self._by_id: dict[int, bytes | None] = {}
        self._alive: list[Any] = []  # keeps memoised values alive, so no id is reused during the build

    def key(self, out: Output) -> bytes | None:
        """The fingerprint of a lazy page, or None when it cannot be memoised."""
        inputs = getattr(out, "inputs", None) if isinstance(out, LazyOutput) else None
        if inputs is None:
            return None
        template, variables = inputs
        h = hashlib.blake2b(self.salt, digest_size=16)
        h.update(f"\0{out.path}\0{template}\0".encode())
        for name in sorted(variables):
            value = self._value(variables[name])
            if value is None:
                return None
            h.update(name.encode() + b"\0" + value)
        return h.digest()

    def expected(self, key: bytes) -> bytes | None:
        return self.table.entries.get(key)

    def record(self, key: bytes, data_digest: bytes) -> None:
        self.seen[key] = data_digest

    def _value(self, value: Any) -> bytes | None:
        if isinstance(value, _SCALARS):
            return _pickle_digest(value)
        ident = id(value)
        if ident not in self._by_id:
            # Shared values (the site, the asset table, each posting) are hashed once per build; containers
            # combine their items' digests, so a listing of 10,000 postings never pickles a posting again.
            self._by_id[ident] = self._container(value) if type(value) in _CONTAINERS else _pickle_digest(value)
            self._alive.append(value)
        return self._by_id[ident]

    def _container(self, value: tuple | list | dict) -> bytes | None:
        h = hashlib.blake2b(type(value).__name__.encode(), digest_size=16)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for k, v in items:
            parts = (_pickle_digest(k), self._value(v))
            if None in parts:
                return None
            h.update(parts[0] + parts[1])  # type: ignore[operator]
        return h.digest()


def _pickle_digest(value: Any) -> bytes | None:
    try:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 — any value pickle refuses just makes the page unmemoisable
        return None
    return digest(blob)
