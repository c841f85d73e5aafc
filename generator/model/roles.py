"""What a role is, read from its title: seniority level, role family and the words that name the job.

The seniority facet and "similar roles" need a level for every posting, including those with an employer
range (which get no compensation estimate). The order of sources is: the posting's own `seniority` key (the
author's word wins), the compensation estimate's level, the title as compensation reads it (one reading of
titles for the whole site, so the facet agrees with the estimate a page shows), then the contract type.
"""
from __future__ import annotations

import functools
import re

from ..load.schema import SENIORITIES, SENIORITY_LABELS
from .compensation import infer_family, infer_seniority
from .records import Posting

__all__ = ["SENIORITY_LABELS", "role_family", "role_words", "seniority_of", "title_seniority"]

# Words that say how senior a role is or how it is written, not what the job is.
_NOT_ROLE_WORDS = frozenset("""
    a an and at for in of on or the to with i ii iii iv senior sr junior jr staff principal lead head chief
    intern internship trainee graduate entry level mid new grad working student vp vice president
    distinguished apprentice temporary contract part time full
""".split())


def title_seniority(title: str) -> str | None:
    """The level a title's words state, or None when they state none."""
    level, source = infer_seniority(title)
    return None if source == "default" else level


def seniority_of(posting: Posting) -> str:
    """The posting's level: its own key, the estimate's, the title's, else intern/mid by contract."""
    if posting.seniority:
        return posting.seniority
    est_level = getattr(posting.estimate, "seniority", None)
    if est_level in SENIORITIES:
        return est_level
    return title_seniority(posting.title) or ("intern" if posting.employment_type == "internship" else "mid")


def role_family(posting: Posting) -> str | None:
    """The kind of job (ml-engineer, hardware-robotics, …) as compensation reads the title; None if unclear."""
    family = getattr(posting.estimate, "family", None)
    if family is None:
        family, source = infer_family(posting.title)
        family = None if source == "default" else family
    return family


@functools.lru_cache(maxsize=1 << 18)  # a pure function of a string: `jobsite serve` asks again on every save
def role_words(title: str) -> frozenset[str]:
    """The words of a title that name the job: 'Senior ML Engineer, Vision' → {ml, engineer, vision}."""
    words = re.findall(r"[a-z0-9+#]+", title.lower())
    return frozenset(w for w in words if w not in _NOT_ROLE_WORDS and len(w) > 1)
