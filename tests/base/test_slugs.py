"""The one slug rule, and the data the post-a-job form gets to apply the same rule in the browser."""
from __future__ import annotations

import pytest

from generator.base import slugs


@pytest.mark.parametrize(("text", "slug"), [
    ("Gantry & Owl", "gantry-owl"), ("Kraków AI", "krakow-ai"), ("Łódź", "lodz"), ("北京", "bei-jing"),
    ("  Senior  ML -- Engineer ", "senior-ml-engineer"), ("C++ / Rust", "c-rust"), ("!!", ""),
])
def test_slugify(text: str, slug: str) -> None:
    assert slugs.slugify(text) == slug


def test_spellings_cover_the_basic_multilingual_plane_block_by_block() -> None:
    table = slugs.spellings()
    assert len(table) == 256 and all(len(block) == 256 for block in table)
    assert table[0][ord("A")] == "A" and table[0][ord("é")] == "e"
    assert table[ord("Ł") // 256][ord("Ł") % 256] == "L"


def test_entities_are_sorted_names_with_code_points() -> None:
    names = slugs.entities()
    assert list(names) == sorted(names)
    assert names["amp"] == ord("&") and names["eacute"] == ord("é")
