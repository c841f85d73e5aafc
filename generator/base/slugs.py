"""Slugs: the one function that turns a name or title into lowercase letters, digits and hyphens.

`jobsite new` and the "did you mean" hint for a bad file name use `slugify`, so "Kraków AI" is "krakow-ai"
everywhere (the postings index ships each key as Python made it). python-slugify transliterates
(text-unidecode): "Zürich" → "zurich", "Łódź" → "lodz", "北京" → "bei-jing". The post-a-job form runs the same
rule in the browser on the same spellings (`spellings`, `entities`), shipped as data by the build
(render/pages/post_a_job.py), so a name gives one slug in the form, the build and `jobsite new`
(tests/browser/test_post_a_job.py compares them).
"""
from __future__ import annotations

from functools import lru_cache
from html.entities import name2codepoint

import text_unidecode
from slugify import slugify as _transliterating_slugify


def slugify(text: str) -> str:
    """Turn a name into a slug: 'Gantry & Owl' → 'gantry-owl', 'Kraków AI' → 'krakow-ai'; '' if nothing is left."""
    # Pinned to text-unidecode: "auto" would switch to Unidecode wherever it happens to be installed.
    return _transliterating_slugify(text, backend="text-unidecode")


@lru_cache(maxsize=1)
def spellings() -> tuple[tuple[str, ...], ...]:
    """How `slugify` spells each character of the Basic Multilingual Plane, in 256 blocks of 256 (characters
    beyond it are dropped, as text-unidecode drops them)."""
    return tuple(tuple(text_unidecode.unidecode(chr(block * 256 + i)) for i in range(256)) for block in range(256))


def entities() -> dict[str, int]:
    """The HTML entity names `slugify` decodes (&amp; and the like), with their code points."""
    return dict(sorted(name2codepoint.items()))
