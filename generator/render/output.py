"""The unit every renderer produces: a path in the output folder, its bytes, and what it came from."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Output:
    path: str  # relative, POSIX, e.g. jobs/acme/ml-engineer/index.html
    data: bytes
    origin: str  # the content or template file responsible, for collision messages


class LazyOutput(Output):
    """An output whose bytes are made when asked for, so the writer can render pages one at a time, in any
    process, without holding the whole site in memory. Each access renders again: nothing is kept."""

    def __init__(self, path: str, origin: str, render: Callable[[], bytes],
                 inputs: tuple[str, dict[str, Any]] | None = None, fills_memo: bool = False):
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "origin", origin)
        object.__setattr__(self, "_render", render)
        # Rendering it stores pieces in the cache (jobs.json's per-posting fragments): the writer then renders it
        # in its own process, since what a forked worker stores dies with the worker.
        object.__setattr__(self, "fills_memo", fills_memo)
        # (template name, variables): everything besides code and templates that the bytes depend on, so the
        # writer can skip pages whose inputs did not change (render/memo.py).
        object.__setattr__(self, "inputs", inputs)

    @property
    def data(self) -> bytes:  # type: ignore[override]
        return self._render()
