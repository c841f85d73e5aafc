"""The unit every renderer produces: a path in the output folder, its bytes, and what it came from."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    path: str  # relative, POSIX, e.g. jobs/acme/ml-engineer/index.html
    data: bytes
    origin: str  # the content or template file responsible, for collision messages
