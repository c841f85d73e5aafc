"""Slugs: the one function that turns a name or title into lowercase letters, digits and hyphens.

`jobsite new`, the "did you mean" hint for a bad file name and the postings index all use `slugify`, so
"Kraków AI" is "krakow-ai" everywhere. python-slugify transliterates (text-unidecode): "Zürich" → "zurich",
"Łódź" → "lodz", "北京" → "bei-jing".
"""
from __future__ import annotations

import re

from slugify import slugify as _transliterating_slugify

_BROWSER_RULE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn a name into a slug: 'Gantry & Owl' → 'gantry-owl', 'Kraków AI' → 'krakow-ai'; '' if nothing is left."""
    return _transliterating_slugify(text)


def browser_derivable_slug(title: str) -> str | None:
    """The title's slug when the browser's rule gives the same one, else None (the index then stores it).

    The browser (jobs-cards.js derivedSlug) only lower-cases ASCII, turns every run of other characters into
    one hyphen and trims hyphens; it does not transliterate, decode "&amp;" or drop commas in "1,000".
    """
    slug = slugify(title)
    if not title.isascii():  # Python and JavaScript lower-case some non-ASCII letters differently
        return None
    return slug if _BROWSER_RULE.sub("-", title.lower()).strip("-") == slug else None
