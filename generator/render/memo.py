"""Outputs fingerprinted by everything they are rendered from, so the writer can skip the unchanged ones.

A lazy output's bytes are a pure function of the code, the templates and the values it is rendered from
(`LazyOutput.inputs`). The fingerprint hashes all three. Model records carry their own fingerprint — a hash of
the content files they are made from (model.py) — so a listing of 10,000 postings costs 10,000 lookups, not
10,000 pickles; other values are hashed through pickle, once per object per build. A value pickle refuses (a
closure, say) makes its output unmemoisable: it is simply rendered every time, so the memo can skip work but
never change a byte. A plain output's fingerprint is the digest of its bytes.
"""
from __future__ import annotations

import dataclasses
import hashlib
import inspect
import os
import pickle
from pathlib import Path
from typing import Any

from ..base.cache import code_version
from .output import LazyOutput, Output

_SCALARS = (str, int, float, bool, type(None), bytes)
_CONTAINERS = (tuple, list, dict)


def digest(data: bytes) -> bytes:
    """The digest the writer records for a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).digest()


def templates_digest(templates_dir: Path) -> bytes:
    """Hash every file under templates/ (names and bytes): any edit there changes every page's fingerprint."""
    h = hashlib.blake2b(digest_size=16)
    for root, dirs, files in os.walk(templates_dir):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            h.update(path.relative_to(templates_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


class Fingerprints:
    """Fingerprints of the outputs of one build (in one process)."""

    def __init__(self, templates_dir: Path | None):
        self.salt = code_version().encode() + (templates_digest(templates_dir) if templates_dir else b"")
        self._by_id: dict[int, bytes | None] = {}
        self._alive: list[Any] = []  # keeps hashed values alive, so no id is reused during the build

    def of(self, out: Output) -> bytes | None:
        """The fingerprint of an output, or None when it cannot be known without rendering it."""
        if not isinstance(out, LazyOutput):
            return digest(out.data)
        if out.inputs is None:
            return None
        template, variables = out.inputs
        h = hashlib.blake2b(self.salt, digest_size=16)
        h.update(f"\0{out.path}\0{template}\0".encode())
        for name in sorted(variables):
            value = self._value(variables[name])
            if value is None:
                return None
            h.update(name.encode() + b"\0" + value)
        return h.digest()

    def _value(self, value: Any) -> bytes | None:
        if isinstance(value, _SCALARS):
            return _scalar_digest(value)
        fingerprint = getattr(value, "fingerprint", None)
        if isinstance(fingerprint, bytes) and fingerprint:
            return fingerprint
        if inspect.ismethod(value):  # asset() and the like: the function and what it is bound to
            bound = self._value(value.__self__)
            return None if bound is None else digest(value.__func__.__qualname__.encode() + b"\0" + bound)
        ident = id(value)
        if ident not in self._by_id:
            # Shared values (the site, the asset table, the facets) are hashed once per build; containers
            # combine their items' digests.
            if type(value) in _CONTAINERS:
                self._by_id[ident] = self._container(value)
            elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                self._by_id[ident] = self._record(value)
            else:
                self._by_id[ident] = _pickle_digest(value)
            self._alive.append(value)
        return self._by_id[ident]

    def _record(self, value: Any) -> bytes | None:
        # A dataclass is its type and its fields: hashing them one by one lets a record that holds postings
        # (a feed's scope, a similar-roles view) reuse their fingerprints instead of pickling them again.
        h = hashlib.blake2b(f"{type(value).__module__}.{type(value).__qualname__}".encode(), digest_size=16)
        for f in dataclasses.fields(value):
            part = self._value(getattr(value, f.name))
            if part is None:
                return None
            h.update(f.name.encode() + b"\0" + part)
        return h.digest()

    def _container(self, value: tuple | list | dict) -> bytes | None:
        h = hashlib.blake2b(f"{type(value).__name__}:{len(value)}".encode(), digest_size=16)
        if isinstance(value, dict):
            for k, v in value.items():
                parts = (self._value(k), self._value(v))
                if None in parts:
                    return None
                h.update(parts[0] + parts[1])  # type: ignore[operator]
            return h.digest()
        for v in value:  # digests have one length, so their sequence alone says where each item starts
            part = self._value(v)
            if part is None:
                return None
            h.update(part)
        return h.digest()


def _scalar_digest(value: Any) -> bytes:
    kind = type(value)
    if kind is str:
        return digest(b"s" + value.encode("utf-8", "surrogatepass"))
    if kind is bytes:
        return digest(b"b" + value)
    return digest(f"{kind.__name__}:{value!r}".encode())  # int, float (repr round-trips), bool, None


def _pickle_digest(value: Any) -> bytes | None:
    try:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 — any value pickle refuses just makes the page unmemoisable
        return None
    return digest(blob)
