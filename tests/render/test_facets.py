"""render/pages/facets.py: the filter form's scales and rankings, every edge written out (pure, on stand-ins
that carry only the one attribute each helper reads)."""
from __future__ import annotations

from types import SimpleNamespace as Stub

import pytest

from generator.render.pages import facets
from generator.render.pages.facets import Option


@pytest.mark.parametrize(("highs", "top"), [
    ([], 200_000),  # no pay at all: the slider still reaches $200,000
    ([150_000], 200_000),
    ([200_000], 200_000),
    ([200_001], 210_000),  # rounded up to the next step, never down
    ([209_999, 120_000], 210_000),
    ([400_000], 400_000),
    ([1_000_000], 400_000),  # the ceiling: higher pay still passes every step
])
def test_the_salary_slider_tops_out_at_the_highest_pay_rounded_up_within_its_bounds(highs: list[int],
                                                                                       top: int) -> None:
    postings = tuple(Stub(yearly=Stub(high=h)) for h in highs) + (Stub(yearly=None),)
    assert facets._salary_max(postings) == top


def test_the_slider_says_any_then_every_step() -> None:
    assert facets._salary_labels(30_000) == ("Any", "$10,000+", "$20,000+", "$30,000+")
    assert len(facets._salary_labels(facets.SALARY_CEILING)) == 41 and facets.SALARY_STEP == 10_000


def test_countries_count_roles_open_anywhere_and_list_by_name_and_the_top_ones_by_count() -> None:
    postings = (Stub(countries=frozenset({"DE", "FR"})), Stub(countries=frozenset({"FR"})), Stub(countries=None),
                Stub(countries=frozenset({"CH"})))
    every = facets._countries(postings)
    assert every == (Option("FR", "France", 3), Option("DE", "Germany", 2), Option("CH", "Switzerland", 2))
    assert facets._top(every, 2) == (Option("FR", "France", 3), Option("DE", "Germany", 2))  # ties by name
    assert facets.TOP_COUNTRIES == 8 and facets.TOP_TAGS == 30


def test_tags_rank_by_use_then_name_and_stop_at_thirty() -> None:
    postings = (Stub(tags=("ros2", "cpp")), Stub(tags=("cpp", "lidar")), *(Stub(tags=(f"t{i:02}",)) for i in range(40)))
    top = facets._top_tags(postings)
    assert [(o.value, o.count) for o in top[:4]] == [("cpp", 2), ("lidar", 1), ("ros2", 1), ("t00", 1)]
    assert len(top) == 30 and top[-1].value == "t26"


def test_the_yes_or_no_filters_count_only_roles_that_say_yes(built_site) -> None:
    model = built_site[1].model
    view = facets.facet_options(model)
    said = {key: [getattr(p, key) for p in model.open_postings] for key in facets.OFFER_FILTERS}
    assert all(None in values for values in said.values())  # the board has roles that do not say
    assert view.offers == (Option("visa", "Sponsors visas", said["visa_sponsorship"].count(True)),
                           Option("relocation", "Helps with relocation", said["relocation"].count(True)))
