"""The unit every renderer produces: a path in the output folder, its bytes, and what it came from."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..base.memo import digest, key_of, made, value_key


@dataclass(frozen=True)
class Output:
    path: str  # relative, POSIX, e.g. jobs/acme/ml-engineer/index.html
    data: bytes
    origin: str  # the content or template file responsible, for collision messages
    # Not a field: whether the writer makes it in the build's own process before any worker forks (LazyOutput).
    at_home = False

    def key(self, sources: set[str] | None = None) -> bytes:
        """What the bytes are a function of: for bytes already made, the bytes themselves."""
        return digest(self.data)


class LazyOutput(Output):
    """An output whose bytes are `render(*inputs)`, made when asked for, so the writer can render pages one at a
    time, in any process, without holding the whole site in memory. Each access renders again: nothing is kept.

    `render` is a module-level function and `inputs` everything it reads: the output is keyed by exactly them
    (base/memo.py), so the writer skips it when they did not change. An input may be a `Deferred` (base/memo.py):
    `render` is given its value, made when the output is first keyed or rendered. `reads` name the values among
    them that many records decide (`Read`): they enter the key too, and tell the writer when it must key the
    output again. `at_home`: the writer renders it in the build's own process, before any worker forks (a large
    output whose memoised pieces the cache keeps: a worker would pickle them back whole, jobs.json's 120 MB at
    100,000 postings held three times at once)."""

    def __init__(self, path: str, origin: str, render: Callable[..., bytes], *inputs: Any,
                 reads: tuple[Read, ...] = (), at_home: bool = False):
        object.__setattr__(self, "at_home", at_home)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "origin", origin)
        object.__setattr__(self, "render", render)
        object.__setattr__(self, "inputs", inputs)
        object.__setattr__(self, "reads", reads)

    @property
    def data(self) -> bytes:  # type: ignore[override]
        return self.render(*map(made, self.inputs))

    def key(self, sources: set[str] | None = None) -> bytes:
        return key_of(self.render, (self.path, *self.inputs, *self.reads), sources)


class Linked(str):
    """The address of another output whose name carries its bytes' hash (the browse and search indexes), as a
    page is given it. It is keyed like a record (base/memo.py): by the address, with that output's path as what
    the page was rendered from, so the dependency index knows the pages to key again when the file is renamed
    (write/board.py), and a page that does not link it never changes with it."""

    source: str
    fingerprint: bytes

    def __new__(cls, url: str, path: str) -> Linked:
        linked = super().__new__(cls, url)
        linked.source, linked.fingerprint = path, url.encode("utf-8")
        return linked



READ = "@"  # how a Read's name starts among the files an output's key names: never a content file or output path


class Read:
    """A value many records decide that an output is given besides its records: a listing's members, the filter
    form's counts, a posting's similar roles, a feed's scope and roles. It is keyed like a record (base/memo.py):
    by a digest of the value (its `fingerprint`) under its name (its `source`), so the writer tells the outputs
    that read a value that moved from those it need not key (write/board.py). An output names its Reads beside
    its inputs (LazyOutput `reads`): the value itself, or what decides the inputs it stands for (a listing's
    members decide each page's slice and page count)."""

    __slots__ = ("source", "_value", "_fingerprint")

    def __init__(self, name: str, value: Any):
        self.source = READ + name
        self._value: Any = (name, value)
        self._fingerprint: bytes | None = None

    @property
    def fingerprint(self) -> bytes:
        """The value's digest, worked out when first asked (a build in which no record moved never asks, and a
        Deferred value, base/memo.py, is then never made). The board that compares it keeps the code version."""
        if self._fingerprint is None:
            self._fingerprint, self._value = value_key(self._value), None
        return self._fingerprint

    def __repr__(self) -> str:
        return f"Read({self.source!r})"


def members(postings: Iterable[Any]) -> str:
    """Which records a list holds, in order, by their files: what a Read of a listing or a feed digests (their
    contents are keyed as records, so an edit inside one moves no list). One string, hashed at once: the home
    listing holds every open posting."""
    return "\0".join([p.source for p in postings])
