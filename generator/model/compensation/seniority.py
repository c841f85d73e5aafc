"""Infer a seniority level from a job title's keywords.

Precedence, documented once here and relied on by the tests:

1. **intern** keywords win over everything ("Strategy Intern, Office of the CEO" is an internship): an internship
   is a different contract, paid as a stipend, whatever else the title names.
2. Otherwise the **highest** level named wins: executive > director > manager > staff > senior > mid > junior.
   "Senior Engineering Manager" is a manager, "Senior Associate" is senior, "Associate Director" a director.
3. No keyword: ``mid``, reported with the source ``"default"``.

Role names that merely contain a level word are not levels: a "Product Manager" manages a product, not people
(mid unless the title says more); a "Member of Technical Staff" is not a staff engineer; a "Chief of Staff" is a
director-level generalist, not C-level; "Vice President" is director level (the issue groups VP with director);
a "Founder's Associate" is a junior role; "Early-Stage" is not the French *stage* (internship).
"""

from __future__ import annotations

import functools
import re

from ...load.schema import SENIORITIES

LEVELS: tuple[str, ...] = SENIORITIES  # the ladder is defined once, in schema.py
DEFAULT_LEVEL = "mid"

# "<word> Manager" with one of these words names a role, not a people manager.
_ROLE_NAME_MANAGERS = (
    "product|program|programme|project|account|accounts|community|marketing|social media|content|partner|"
    "partnerships?|success|office|events?|brand|growth|ecosystem|business development|bd|relationship|campaign|"
    "release|influencer|kol|channel|category|launch|listings?|affiliate|seo|ads|paid media|pr|communications|"
    "comms|delivery|portfolio|fund|asset|property|case|incident|change|test|quality"
)

# Phrases blanked out before matching (same length, so match offsets still point into the original title).
_MASKS = re.compile(
    rf"\b(?:{_ROLE_NAME_MANAGERS})\s+manager\b"
    r"|\b(?:member of\s+)?technical\s+staff\b|\bstaff\s+(?:accountant|nurse|writer)\b"
    r"|\bfounder'?s?(?=\s+(?:associate|office)\b)"
    r"|\blead[- ]gen(?:eration)?\b"
    r"|\b(?:early|late|growth|seed|later|pre-seed)[- ]stage\b",
    re.IGNORECASE,
)

# (level, case-insensitive keywords, case-sensitive roman numerals) in precedence order.
_RULES: tuple[tuple[str, str, str], ...] = (
    ("intern",
     r"\bintern(?:s|ship)?\b|\bpraktikant(?:in)?\b|\bpraktikum\b|\bwerkstudent(?:in)?\b|\bworking student\b|"
     r"\bstudent\b|\bstagiaire\b|\bstagista\b|\btirocin(?:io|ante)\b|\bstage\b|\bbecari[oa]\b|"
     r"\bestagi[aá]ri[oa]\b|\best[aá]gio\b|\bpasante\b|\bpr[aá]cticas\b|\bapprentice(?:ship)?\b|\bazubi\b|"
     r"\bauszubildender?\b|\balternan(?:ce|te|t)\b|\bco-?op\b|\bthesis\b|\b(?:master|bachelor|abschluss)arbeit\b",
     ""),
    ("executive",
     r"\bchief\b(?!\s+of\s+staff)|\bc(?:e|t|f|o|m|p|r|d|i|s|is|ai)o\b|\b(?:co-?)?founder\b|"
     r"(?<!vice )(?<!vice-)\bpresident\b|\bgesch[aä]ftsf[uü]hrer(?:in)?\b|\bmanaging director\b",
     ""),
    ("director",
     r"\bdirect(?:or|eur|rice|ora)\b|\bdirektor(?:in)?\b|\bdiretora?\b|\bhead(?:\s+of)?\b|\bs?vp\b|"
     r"\bvice[- ]president\b|\bchief\s+of\s+staff\b|\b(?:abteilungs|bereichs)?leit(?:erin|er|ung)\b",
     ""),
    ("manager",
     r"\b(?:team|group)[- ]?lead(?:er)?\b|\bteamleit(?:erin|er|ung)\b|\bgruppenleiter(?:in)?\b|"
     r"\bresponsable\b|\bgerente\b|\bjef[ea]\b|\bmanager\b",
     ""),
    ("staff",
     r"\bstaff\b|\bprincipal\b|\blead\b|\bleitender?\b|\bl[ií]der\b|\barchitect\b|\bdistinguished\b",
     r"\b(?:IV|V)\b"),
    ("senior",
     r"(?<!semi-)(?<!semi )(?<!semi)\bs[eéê]nior\b|\bsr\b\.?|\bsnr\b|\bexperienced\b|\bfounding\b",
     r"\bIII\b"),
    ("mid",
     r"\bmid(?:[- ]level)?\b|\bmedior\b|\bintermediate\b|\bpleno\b|\bsemi[- ]?senior\b|\bssr\b",
     r"\bII\b"),
    ("junior",
     r"\bj[uú]nior\b|\bjr\b\.?|\bjnr\b|\bentry[- ]level\b|\bgraduate\b|\bnew grad\b|\bgrad\b|\bassociate\b|"
     r"\btrainee\b|\bpostdoc(?:toral)?\b|\b(?:berufs)?einsteiger(?:in)?\b|\babsolvent(?:in)?\b|\bd[ée]butant\b",
     r"\bI\b(?!/)"),
)


def _compile(words: str, numerals: str) -> re.Pattern[str]:
    """Compile one level's keywords: words ignore case, roman numerals must be upper case."""
    return re.compile(f"(?i:{words})" + (f"|{numerals}" if numerals else ""))


_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, _compile(words, numerals)) for level, words, numerals in _RULES
)


def _mask(title: str) -> str:
    """Blank out role names that contain a level word but are not a level."""
    return _MASKS.sub(lambda m: " " * len(m.group(0)), title)


@functools.lru_cache(maxsize=65536)
def infer_seniority(title: str) -> tuple[str, str]:
    """Return (level, the title keyword it came from), or (DEFAULT_LEVEL, "default")."""
    masked = _mask(title)
    for level, pattern in _COMPILED:
        match = pattern.search(masked)
        if match:
            return level, title[match.start():match.end()].strip()
    return DEFAULT_LEVEL, "default"
