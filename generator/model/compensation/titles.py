"""Reduce a job title to its core role name, to look up the survey's measured factor for that exact role.

"Sr. Backend Engineer (Rust)" and "Backend Engineer, Payments" both reduce to "backend engineer". Titles that
still name a level after the plain modifiers are removed ("Engineering Manager", "Head of Data") get no title
factor: their premium is already carried by the level multipliers, and counting it twice would inflate them.
"""

from __future__ import annotations

import functools
import re

from .seniority import infer_seniority

# Text after these separators qualifies the role (team, product, location) rather than naming it.
_QUALIFIER = re.compile(r"\s[-–—|@]\s|,|:|\(|\[")
# Level words that only modify a role name; removing them leaves the role ("Senior Data Engineer" -> "data engineer").
_MODIFIERS = re.compile(
    r"\b(?:senior|sr|snr|junior|jr|jnr|staff|principal|lead|mid-level|mid|entry-level|intern|internship)\b\.?"
    r"|\b(?:I|II|III|IV|V)\b(?!/)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def core_title(title: str) -> str | None:
    """Return the lower-case core role name of a title, or None when it names a level beyond modifiers."""
    head = _QUALIFIER.split(title, maxsplit=1)[0]
    core = " ".join(_MODIFIERS.sub(" ", head).split()).lower()
    if not core or infer_seniority(core)[1] != "default":
        return None
    return core
