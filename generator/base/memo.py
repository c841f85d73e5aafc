"""One memo for the whole build: `memo(table, fn, *inputs)` keys a pure function's result by exactly its arguments.

The key of a call hashes the code version, the function's qualified name and each argument, so what a cached
result depends on is what it was given: a function that reads anything else (a closure over the model, a
global) has no place here, and `key_of` refuses closures and lambdas outright. Arguments are hashed by
structure: scalars by value, containers item by item, frozen dataclasses field by field, and any object with a
`fingerprint` (model records, the site, the asset table, the page renderer) by that fingerprint alone, so a
listing of 10,000 postings costs 10,000 lookups, not 10,000 pickles.

While it hashes, a key also collects the content files behind the records it met (their `source`): the
dependency index (`Dependencies`) maps each content file to the outputs rendered from it, recorded as the
outputs are keyed and never written by hand.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .cache import Table, code_version

T = TypeVar("T")

_SCALARS = (str, int, float, bool, type(None), bytes)


def digest(data: bytes) -> bytes:
    """The short digest used for keys and for the bytes of written files."""
    return hashlib.blake2b(data, digest_size=16).digest()


def templates_digest(templates_dir: Path) -> bytes:
    """Hash every file under templates/ (names and bytes): any edit there changes every page's key."""
    h = hashlib.blake2b(digest_size=16)
    for root, dirs, files in os.walk(templates_dir):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            h.update(path.relative_to(templates_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


class Unkeyable(TypeError):
    """A value the memo cannot key: a closure, a lambda, or an object of unknown structure."""


def key_of(fn: Callable[..., Any], inputs: tuple[Any, ...], sources: set[str] | None = None) -> bytes:
    """The key of `fn(*inputs)`: code version, function and arguments. Content files of the records met are
    added to `sources` when given."""
    h = hashlib.blake2b(code_version().encode(), digest_size=16)
    h.update(b"\0" + _function_name(fn).encode() + b"\0")
    for value in inputs:
        h.update(_value(value, sources))
    return h.digest()


def memo(table: Table, fn: Callable[..., T], *inputs: Any) -> T:
    """`fn(*inputs)`, from `table` when this exact call was made before (in this build or an earlier one)."""
    key = key_of(fn, inputs)
    found = table.get(key)
    if found is not None:
        return found
    value = fn(*inputs)
    table.put(key, value)
    return value


def _function_name(fn: Callable[..., Any]) -> str:
    if inspect.ismethod(fn):
        raise Unkeyable(f"memo of a bound method {fn!r}: pass its object as an argument instead")
    name = getattr(fn, "__qualname__", "")
    if not name or "<lambda>" in name or "<locals>" in name:
        raise Unkeyable(f"memo of {fn!r}: only module-level functions are keyed by their arguments")
    return f"{fn.__module__}.{name}"


def _value(value: Any, sources: set[str] | None) -> bytes:
    kind = type(value)
    if isinstance(value, str):  # Markup too: its class goes into the key beside its text
        tag = b"s" if kind is str else f"{kind.__name__}:".encode()
        return digest(tag + value.encode("utf-8", "surrogatepass"))
    if kind in _SCALARS:
        return digest(b"b" + value) if kind is bytes else digest(f"{kind.__name__}:{value!r}".encode())
    fingerprint = getattr(value, "fingerprint", None)
    if isinstance(fingerprint, bytes) and fingerprint:
        if sources is not None and isinstance(source := getattr(value, "source", None), str):
            sources.add(source)
        return fingerprint
    if kind in (tuple, list, frozenset, set):
        items = sorted(_value(v, sources) for v in value) if kind in (frozenset, set) else \
            [_value(v, sources) for v in value]
        # Digests have one length, so their sequence alone says where each item starts.
        return digest(f"{kind.__name__}:{len(items)}".encode() + b"".join(items))
    if kind is dict:
        return digest(b"dict" + b"".join(_value(k, sources) + _value(v, sources) for k, v in value.items()))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [f"{kind.__module__}.{kind.__qualname__}".encode()]
        parts += [f.name.encode() + _value(getattr(value, f.name), sources) for f in dataclasses.fields(value)]
        return digest(b"\0".join(parts))
    if inspect.ismethod(value):  # asset() and the like: the function and the object it is bound to
        return digest(_function_name(value.__func__).encode() + _value(value.__self__, sources))
    if inspect.isfunction(value) or inspect.isbuiltin(value):
        return digest(b"fn:" + _function_name(value).encode())
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date too
        return digest(f"{kind.__name__}:{value.isoformat()}".encode())
    raise Unkeyable(f"cannot key a {kind.__qualname__}: give it a fingerprint or make it a frozen dataclass")


class Dependencies:
    """The dependency index: which outputs were rendered from each content file, recorded while outputs are
    keyed (`record`), so an edit to one file names its outputs without visiting the rest."""

    def __init__(self, entries: dict[str, tuple[str, ...]] | None = None):
        self.by_source: dict[str, set[str]] = {s: set(paths) for s, paths in (entries or {}).items()}

    def record(self, output: str, sources: set[str]) -> None:
        for source in sources:
            self.by_source.setdefault(source, set()).add(output)

    def outputs_of(self, source: str) -> set[str]:
        return self.by_source.get(source, set())

    def entries(self) -> dict[str, tuple[str, ...]]:
        return {s: tuple(sorted(paths)) for s, paths in sorted(self.by_source.items())}
