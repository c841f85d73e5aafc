"""What a role is, read from its title: seniority level and the words that name the job.

The seniority facet and "similar roles" need a level for every posting. The order of sources is: the
posting's own `seniority` key (the author's word wins), then the compensation estimate's seniority (so the
facet agrees with the estimate a page shows), then the title's words, then the contract type.
"""
from __future__ import annotations

import re

from .model import Posting
from .schema import SENIORITIES

SENIORITY_LABELS = {"intern": "Intern", "junior": "Junior", "mid": "Mid-level", "senior": "Senior",
                    "staff": "Staff / Principal", "manager": "Manager", "director": "Director",
                    "executive": "Executive"}

# First match wins, so the strongest signal comes first: "Senior Engineering Manager" is a manager,
# "Senior Staff Engineer" staff. "Product/Project/Program Manager" are individual-contributor titles.
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((level, re.compile(pattern)) for level, pattern in (
    ("executive", r"\b(chief|cto|ceo|cfo|coo|cpo|vp|svp|evp|vice president|founding executive)\b"),
    ("director", r"\b(director|head of)\b"),
    ("manager", r"(?<!product )(?<!project )(?<!program )(?<!account )\bmanager\b|\bteam lead\b"),
    ("intern", r"\b(intern|internship|trainee|apprentice|working student)\b"),
    ("junior", r"\b(junior|jr|graduate|new grad|entry[- ]level)\b|\b(engineer|developer|scientist) i\b"),
    ("staff", r"\b(staff|principal|distinguished|lead)\b"),
    ("senior", r"\b(senior|sr|iii)\b"),
    ("mid", r"\b(mid[- ]level|ii)\b"),
))

# Words that say how senior a role is or how it is written, not what the job is.
_NOT_ROLE_WORDS = frozenset("""
    a an and at for in of on or the to with i ii iii iv senior sr junior jr staff principal lead head chief
    intern internship trainee graduate entry level mid new grad working student vp vice president
    distinguished apprentice temporary contract part time full
""".split())


def title_seniority(title: str) -> str | None:
    """The level a title's words state, or None when they state none."""
    text = title.lower()
    return next((level for level, rule in _TITLE_RULES if rule.search(text)), None)


def seniority_of(posting: Posting) -> str:
    """The posting's level: its own key, the estimate's, the title's, else intern/mid by contract."""
    if posting.seniority:
        return posting.seniority
    est_level = getattr(posting.estimate, "seniority", None)
    if est_level in SENIORITIES:
        return est_level
    return title_seniority(posting.title) or ("intern" if posting.employment_type == "internship" else "mid")


def role_words(title: str) -> frozenset[str]:
    """The words of a title that name the job: 'Senior ML Engineer, Vision' → {ml, engineer, vision}."""
    words = re.findall(r"[a-z0-9+#]+", title.lower())
    return frozenset(w for w in words if w not in _NOT_ROLE_WORDS and len(w) > 1)
