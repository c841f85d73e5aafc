"""The unit every renderer produces: a path in the output folder, its bytes, and what it came from."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..base.memo import digest, key_of, made


@dataclass(frozen=True)
class Output:
    path: str  # relative, POSIX, e.g. jobs/acme/ml-engineer/index.html
    data: bytes
    origin: str  # the content or template file responsible, for collision messages

    def key(self, sources: set[str] | None = None) -> bytes:
        """What the bytes are a function of: for bytes already made, the bytes themselves."""
        return digest(self.data)


class LazyOutput(Output):
    """An output whose bytes are `render(*inputs)`, made when asked for, so the writer can render pages one at a
    time, in any process, without holding the whole site in memory. Each access renders again: nothing is kept.

    `render` is a module-level function and `inputs` everything it reads: the output is keyed by exactly them
    (base/memo.py), so the writer skips it when they did not change. An input may be a `Deferred` (base/memo.py):
    `render` is given its value, made when the output is first keyed or rendered."""

    def __init__(self, path: str, origin: str, render: Callable[..., bytes], *inputs: Any):
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "origin", origin)
        object.__setattr__(self, "render", render)
        object.__setattr__(self, "inputs", inputs)

    @property
    def data(self) -> bytes:  # type: ignore[override]
        return self.render(*map(made, self.inputs))

    def key(self, sources: set[str] | None = None) -> bytes:
        return key_of(self.render, (self.path, *self.inputs), sources)


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
