"""The role finder's questions and answers, worded in Python: the template (_finder.html) only prints them."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Site
from ..format import format_amount

# Experience answers → the seniority levels each one selects (schema.SENIORITY_LADDER ids; tests/model/test_facts.py).
EXPERIENCE = (
    ("Student or new graduate", ("intern", "junior")),
    ("A few years", ("junior", "mid")),
    ("Senior or principal", ("senior", "staff")),
    ("I lead teams", ("manager", "director", "executive")),
)
NEEDS = {"visa": "I need visa sponsorship", "relocation": "I would need help relocating"}
PAY_FLOORS = (50_000, 100_000, 150_000, 200_000)  # US dollars a year, as the salary filter reads them


@dataclass(frozen=True)
class Answer:
    value: str
    label: str


@dataclass(frozen=True)
class Finder:
    heading: str  # "Looking for your next role in AI, Robotics, or Web3? I can help."
    experience: tuple[Answer, ...]
    pay: tuple[Answer, ...]
    # The "Where" step's yes-or-no needs, by the listing filter each sets (visa=yes, relocation=yes).
    needs: tuple[Answer, ...] = tuple(Answer(param, label) for param, label in NEEDS.items())


def spoken_list(words: list[str]) -> str:
    """'AI', 'AI, or Robotics', 'AI, Robotics, or Web3': the finder's list grammar (serial comma)."""
    return words[-1] if len(words) < 2 else f"{', '.join(words[:-1])}, or {words[-1]}"


def finder_view(site: Site) -> Finder:
    """What the finder asks, with answers whose values the listing's filters understand."""
    return Finder(
        heading=f"Looking for your next role in {spoken_list([c.label for c in site.categories])}? I can help.",
        experience=tuple(Answer(",".join(levels), label) for label, levels in EXPERIENCE),
        pay=tuple(Answer(str(floor), f"{format_amount(floor, 'USD')} or more") for floor in PAY_FLOORS),
    )
