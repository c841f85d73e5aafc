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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .cache import Table, code_version

T = TypeVar("T")


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
    parts = [code_version().encode(), b"\0", _function_name(fn).encode(), b"\0"]
    for value in inputs:
        _feed(value, parts, sources)
    return digest(b"".join(parts))


def value_key(value: Any) -> bytes:
    """A digest of one value, encoded as `key_of` encodes an argument, without the code version and the function:
    for a value compared only with what the same code made (render/output.py `Read`, write/board.py)."""
    parts: list[bytes] = []
    _feed(value, parts, None)
    return digest(b"".join(parts))


def memo(table: Table, fn: Callable[..., T], *inputs: Any) -> T:
    """`fn(*inputs)`, from `table` when this exact call was made before (in this build or an earlier one).
    A result of None is not kept: tables store what marshal can write, and None means "not there"."""
    key = key_of(fn, inputs)
    found = table.get(key)
    if found is not None:
        return found
    value = fn(*inputs)
    table.put(key, value)
    return value


def memo_each(table: Table, fn: Callable[..., T], calls: Iterable[tuple[Any, ...]]) -> list[T]:
    """`[memo(table, fn, *inputs) for inputs in calls]`, the stored results read in a few queries rather than one
    a call: a whole-site file's pieces, one a posting (10,000 single reads cost about a third of a second)."""
    calls = list(calls)
    keys = [key_of(fn, inputs) for inputs in calls]
    found = table.get_many(keys)
    results = []
    for key, inputs in zip(keys, calls, strict=True):
        value = found.get(key)
        if value is None:
            value = fn(*inputs)
            table.put(key, value)
        results.append(value)
    return results


def _function_name(fn: Callable[..., Any]) -> str:
    if inspect.ismethod(fn):
        raise Unkeyable(f"memo of a bound method {fn!r}: pass its object as an argument instead")
    name = getattr(fn, "__qualname__", "")
    if not name or "<lambda>" in name or "<locals>" in name:
        raise Unkeyable(f"memo of {fn!r}: only module-level functions are keyed by their arguments")
    return f"{fn.__module__}.{name}"


def _feed(value: Any, out: list[bytes], sources: set[str] | None) -> None:
    """Append an unambiguous encoding of `value` to `out`: a type tag, a length where one is needed, the data.
    One hash over the whole stream is much cheaper than a digest per value (a listing page holds fifty
    postings, a site tens of thousands of pages)."""
    kind = type(value)
    if kind is str:
        data = value.encode("utf-8", "surrogatepass")
        out += (b"s%d:" % len(data), data)
    elif kind is int or kind is float or kind is bool or value is None:
        out.append(f"{kind.__name__}:{value!r};".encode())  # repr round-trips floats exactly
    elif kind is bytes:
        out += (b"b%d:" % len(value), value)
    # Plain tuples, lists and dicts carry no fingerprint (their types take no attributes): asked before it, they
    # skip a failed attribute lookup each (a rebuild digests tens of thousands of them, write/board.py).
    elif kind is tuple or kind is list:
        out.append(b"t%d:" % len(value))
        for item in value:
            _feed(item, out, sources)
    elif kind is dict:
        out.append(b"d%d:" % len(value))
        for k, v in value.items():
            _feed(k, out, sources)
            _feed(v, out, sources)
    elif isinstance(fingerprint := getattr(value, "fingerprint", None), bytes) and fingerprint:
        if sources is not None and isinstance(source := getattr(value, "source", None), str):
            sources.add(source)
        out += (b"f%d:" % len(fingerprint), fingerprint)
    else:
        _feed_other(value, kind, out, sources)


def _feed_other(value: Any, kind: type, out: list[bytes], sources: set[str] | None) -> None:
    if kind is Deferred:  # keyed as the value it stands for: the key is the one the value, passed made, would give
        _feed(value.value, out, sources)
    elif (shape := _shape(kind)) is not None:  # first: the most common here (no str or set is a dataclass)
        head, names = shape
        out.append(head)
        for name in names:
            _feed(getattr(value, name), out, sources)
    elif isinstance(value, str):  # Markup and other str subclasses: the class goes into the key beside the text
        out.append(f"{kind.__module__}.{kind.__qualname__}:".encode())
        _feed(str(value), out, sources)
    elif kind is frozenset or kind is set:  # no order of their own: sorted by each item's own encoding
        items = []
        for item in value:
            one: list[bytes] = []
            _feed(item, one, sources)
            items.append(b"".join(one))
        out.append(b"S%d:" % len(items))
        out += (b"%d:%s" % (len(item), item) for item in sorted(items))
    elif inspect.ismethod(value):  # asset() and the like: the function and the object it is bound to
        out.append(b"m" + _function_name(value.__func__).encode() + b":")
        _feed(value.__self__, out, sources)
    elif inspect.isfunction(value) or inspect.isbuiltin(value):
        out.append(b"F" + _function_name(value).encode() + b";")
    elif isinstance(value, (dt.date, dt.time)):  # datetime is a date too
        out.append(f"{kind.__name__}:{value.isoformat()};".encode())
    else:
        raise Unkeyable(f"cannot key a {kind.__qualname__}: give it a fingerprint or make it a frozen dataclass")


class Deferred:
    """`fn(*args)`, made the first time a key or a render asks for its `value`, then kept: an input that many
    outputs share and that costs real work (the listing's filter options, the stats) is made only when an output
    that is given it is keyed or rendered, so a build whose writer keys none of them (write/board.py) never makes
    it. It is keyed as its value, so an output's key is exactly the one it has when given the value made. A
    Deferred among `args` is given to `fn` as its value."""

    __slots__ = ("_call", "_value")

    def __init__(self, fn: Callable[..., Any], *args: Any):
        self._call: tuple[Callable[..., Any], tuple[Any, ...]] | None = (fn, args)
        self._value: Any = None

    @property
    def value(self) -> Any:
        if self._call is not None:
            fn, args = self._call
            self._value = fn(*map(made, args))
            self._call = None  # what it was made from is not held longer than needed
        return self._value


def made(value: Any) -> Any:
    """A Deferred's value, made now; any other value as it is."""
    return value.value if type(value) is Deferred else value


# A dataclass type's tag in a key and its field names (a property of the type); None for any other type.
_SHAPES: dict[type, tuple[bytes, tuple[str, ...]] | None] = {}


def _shape(kind: type) -> tuple[bytes, tuple[str, ...]] | None:
    if kind not in _SHAPES:
        _SHAPES[kind] = ((f"D{kind.__module__}.{kind.__qualname__}:".encode(),
                          tuple(f.name for f in dataclasses.fields(kind))) if dataclasses.is_dataclass(kind) else None)
    return _SHAPES[kind]


class Dependencies:
    """The dependency index: which outputs were rendered from each content file, recorded while outputs are
    keyed (`record`), so an edit to one file names its outputs without visiting the rest."""

    def __init__(self) -> None:
        self.by_source: dict[str, set[str]] = {}

    def record(self, output: str, sources: set[str]) -> None:
        for source in sources:
            self.by_source.setdefault(source, set()).add(output)

    def outputs_of(self, source: str) -> set[str]:
        return self.by_source.get(source, set())

