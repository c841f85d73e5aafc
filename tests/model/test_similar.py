"""Browsing's pure logic: yearly pay, seniority from titles, where a role can be taken from, similar roles."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.base.money import USD_PER_UNIT
from generator.load.schema import REGIONS
from generator.load.sources import Body
from generator.model import Category, Company, Location, Posting, Salary, similar
from generator.model.assemble import derived
from generator.model.pay import YearlyPay, annualise, yearly_pay
from generator.model.regions import REGION_COUNTRIES, open_to
from generator.model.roles import role_family, role_words, seniority_of, title_seniority
from generator.model.similar import MAX_SIMILAR, similar_roles, similar_to
from generator.render.pages.facets import facet_options
from generator.render.pages.paginate import Pagination, page_path, paginate

ACME = Company("acme", "Acme", "https://acme.example", "seed", "Robots.", Body.of(""), "content/companies/acme.md")
ROBOTICS = Category("robotics", "Robotics")


def make(slug: str = "role", **fields) -> Posting:
    base = dict(slug=slug, title="Robotics Engineer", company=ACME, category=ROBOTICS, workplace="onsite",
                employment_type="full-time", posted=dt.date(2026, 11, 1), apply_url="https://acme.example/a",
                body=Body.of(""), source=f"content/jobs/acme/{slug}.md", is_open=True,
                locations=(Location("Berlin", "DE"),))
    return derived(Posting(**{**base, **fields}))  # with the facts assemble.py works out, as in a model


@dataclasses.dataclass(frozen=True)
class FakeEstimate:
    """The shape compensation's Estimate will have (min/median/max USD, a period, seniority and family)."""

    min: int
    median: int
    max: int
    currency: str = "USD"
    period: str = "year"
    seniority: str = "senior"
    family: str = "software"
    local: None = None
    reasoning: tuple[str, ...] = ()


@pytest.mark.parametrize("period, low, high, expected", [
    ("year", 120_000, 160_000, (120_000, 160_000)),
    ("month", 10_000, 12_000, (120_000, 144_000)),
    ("week", 2_000, 2_000, (104_000, 104_000)),
    ("day", 500, 600, (130_000, 156_000)),
    ("hour", 60, 80.5, (125_000, 167_000)),
])
def test_annualise_multiplies_by_working_periods(period, low, high, expected) -> None:
    assert annualise(low, high, "USD", period) == expected


def test_annualise_converts_currency_and_rounds_to_thousands() -> None:
    assert annualise(100_000, 100_000, "EUR", "year") == (round(100_000 * USD_PER_UNIT["EUR"] / 1000) * 1000,) * 2
    assert annualise(12_000_000, 16_000_000, "JPY", "year") == (83_000, 110_000)
    assert annualise(1, 2, "XYZ", "year") is None


def test_yearly_pay_prefers_the_employer_range_and_annualises_internship_stipends() -> None:
    stipend = make(employment_type="internship", salary=Salary(2000, 2400, "EUR", "month"),
                   estimate=FakeEstimate(90_000, 100_000, 110_000))
    assert yearly_pay(stipend) == YearlyPay(28_000, 34_000, estimated=False)


def test_yearly_pay_uses_the_estimate_without_a_range_and_none_without_either() -> None:
    assert yearly_pay(make(estimate=FakeEstimate(90_000, 100_000, 110_000))) == YearlyPay(90_000, 110_000, True)
    assert yearly_pay(make(estimate=FakeEstimate(3_000, 3_500, 4_000, period="month"))) == \
        YearlyPay(36_000, 48_000, True)
    assert yearly_pay(make()) is None


# The reading of titles is compensation's (one for the whole site); these are the cases the facet relies on.
@pytest.mark.parametrize("title, level", [
    ("Senior Engineering Manager", "manager"), ("Sr. Product Manager, GPU Cloud", "senior"),
    ("Head of Hardware Engineering", "director"), ("VP of Engineering", "director"),
    ("Chief Technology Officer", "executive"), ("Lead Motion Planning Engineer", "staff"),
    ("Senior Staff Engineer", "staff"), ("Data Engineer II", "mid"), ("Software Engineer I", "junior"),
    ("Graduate Software Engineer", "junior"), ("Machine Learning Intern", "intern"), ("Product Designer", None),
    ("Internal Tools Engineer", None), ("Leadership Coach", None),
])
def test_title_seniority(title, level) -> None:
    assert title_seniority(title) == level


def test_seniority_sources_in_order_key_estimate_title_contract() -> None:
    assert seniority_of(make(title="Senior Engineer", seniority="staff")) == "staff"
    assert seniority_of(make(title="Engineer", estimate=FakeEstimate(1, 2, 3, seniority="junior"))) == "junior"
    assert seniority_of(make(title="Senior Engineer")) == "senior"
    assert seniority_of(make(title="Robotics Apprentice Program", employment_type="internship")) == "intern"
    assert seniority_of(make(title="Summer Researcher", employment_type="internship")) == "intern"
    assert seniority_of(make(title="Robotics Engineer")) == "mid"


def test_role_family_from_the_estimate_else_the_title() -> None:
    assert role_family(make(title="Senior Perception Engineer")) == "hardware-robotics"
    assert role_family(make(title="Engineer", estimate=FakeEstimate(1, 2, 3, family="ml-engineer"))) == "ml-engineer"
    assert role_family(make(title="Policy Fellow")) is None


def test_role_words_drop_levels_and_filler() -> None:
    assert role_words("Senior Machine Learning Engineer, Document Understanding") == \
        {"machine", "learning", "engineer", "document", "understanding"}
    assert role_words("Head of C++ Tooling") == {"c++", "tooling"}
    assert role_words("ML Engineer, AI Safety, QA") == {"ml", "engineer", "ai", "safety", "qa"}


def test_every_region_content_may_use_has_members() -> None:
    assert set(REGIONS) - {"Worldwide"} == set(REGION_COUNTRIES)
    assert REGION_COUNTRIES["EU"] < REGION_COUNTRIES["Europe"] and "GB" in REGION_COUNTRIES["Europe"]


def test_open_to_locations_eligibility_and_anywhere() -> None:
    assert open_to(make()) == {"DE"}
    assert open_to(make(workplace="remote", locations=())) is None
    assert open_to(make(workplace="remote")) == {"DE"}
    assert open_to(make(workplace="remote", remote_eligibility=("GB",))) == {"DE", "GB"}  # its office's too
    assert open_to(make(workplace="remote", remote_eligibility=("Worldwide",))) is None
    eligible = open_to(make(workplace="remote", locations=(), remote_eligibility=("EU", "GB", "CA")))
    assert eligible == REGION_COUNTRIES["EU"] | {"GB", "CA"}
    # Eligibility only widens remote roles: a hybrid role is taken where it is based.
    assert open_to(make(workplace="hybrid", locations=(Location("Paris", "FR"),))) == {"FR"}


def test_a_role_open_anywhere_shares_ground_with_every_role() -> None:
    from generator.model.similar import Weights, profile, similarity
    none = Weights({}, {})
    berlin = profile(1, make("b", title="Welding Specialist"))
    anywhere = profile(0, make("a", workplace="remote", locations=()))
    tokyo = profile(2, make("t", locations=(Location("Tokyo", "JP"),)))
    assert anywhere.countries is None and similarity(anywhere, berlin, none) == similarity(tokyo, berlin, none) + 1


def _model(postings: list[Posting]):
    from generator.model import Model, Site
    site = Site("T", "https://t.example", "d", "en", (ROBOTICS, Category("ai", "AI")))
    return Model(site, (ACME,), tuple(postings), dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc))


def test_similar_roles_never_self_never_closed_other_companies_first() -> None:
    other = dataclasses.replace(ACME, slug="other", name="Other")
    seed = make("seed", title="Senior Perception Engineer", tags=("ros2", "c++", "vision"))
    same_company = make("twin", title="Senior Perception Engineer II", tags=("ros2", "c++", "vision"))
    closed = make("gone", title="Senior Perception Engineer", company=other, tags=("ros2", "c++", "vision"),
                  is_open=False)
    elsewhere = [make(f"e{i}", title=title, company=other, tags=tags) for i, (title, tags) in enumerate([
        ("Perception Engineer", ("ros2", "vision")), ("Controls Engineer", ("c++",)),
        ("Senior Robotics Engineer", ("ros2",))])]
    unrelated = make("u", title="Policy Fellow", company=other, category=Category("ai", "AI"), tags=("policy",),
                     locations=(Location("Tokyo", "JP"),))
    model = _model([seed, same_company, closed, *elsewhere, unrelated])
    picks = similar_roles(model.postings)
    chosen = [p.slug for p in picks[seed.key]]
    assert chosen == ["e0", "e2", "e1", "twin"]  # other companies by score, then the own company
    assert all(len(v) <= MAX_SIMILAR for v in picks.values())
    for key, roles in picks.items():
        assert key not in {p.key for p in roles} and all(p.is_open for p in roles)
    assert [p.slug for p in picks[closed.key]][:2] == ["seed", "twin"]  # closed pages get suggestions too
    assert "u" not in chosen


def test_similar_roles_stay_within_one_level_unless_nothing_else_is_left() -> None:
    """An intern sees intern and junior roles, not a staff role that shares more words; with no role that near
    similar enough, the far ones are shown rather than nothing."""
    other = dataclasses.replace(ACME, slug="other", name="Other")
    intern = make("intern", title="Robotics Software Intern", seniority="intern", employment_type="internship",
                  tags=("ros2", "c++"))
    staff = make("staff", title="Staff Robotics Software Engineer", seniority="staff", company=other,
                 tags=("ros2", "c++"))
    junior = make("junior", title="Junior Controls Engineer", seniority="junior", company=other, tags=("c++",))
    picks = similar_roles(_model([intern, staff, junior]).postings)
    assert [p.slug for p in picks[intern.key]] == ["junior"]
    assert [p.slug for p in similar_roles(_model([intern, staff]).postings)[intern.key]] == ["staff"]  # nothing nearer


def test_a_role_scoring_exactly_the_threshold_is_suggested_and_one_a_point_below_is_not() -> None:
    """Same category (3) and two rungs apart (0), nothing else shared: 3.0, just similar enough. An intern is three
    rungs from senior (-1): 2.0, not suggested at all; and five from a director (-2 at most), though in one country
    (+1): 2.0 again."""
    other = dataclasses.replace(ACME, slug="other", name="Other")
    for level, chef_level, city, suggested in (("junior", "senior", Location("Paris", "FR"), ["chef"]),
                                               ("intern", "senior", Location("Paris", "FR"), []),
                                               ("intern", "director", Location("Berlin", "DE"), [])):
        chef = make("chef", title="Chef", seniority=chef_level, company=other, locations=(city,))
        gardener = make("gardener", title="Gardener", seniority=level)
        picks = similar_roles(_model([gardener, chef]).postings)
        assert [p.slug for p in picks[gardener.key]] == suggested, level


def test_one_level_is_one_rung_and_crossing_into_management_is_a_step_of_its_own() -> None:
    """Two rungs apart (intern and mid) is too far; so is senior engineer to engineering manager, one rung up
    but also from doing the work to managing it. Each far role shares more words than the near one."""
    other = dataclasses.replace(ACME, slug="other", name="Other")
    intern = make("intern", title="Robotics Software Intern", seniority="intern", employment_type="internship",
                  tags=("ros2", "c++"))
    mid = make("mid", title="Robotics Software Engineer", seniority="mid", company=other, tags=("ros2", "c++"))
    junior = make("junior", title="Junior Controls Engineer", seniority="junior", company=other, tags=("c++",))
    assert [p.slug for p in similar_roles(_model([intern, mid, junior]).postings)[intern.key]] == ["junior"]
    senior = make("senior", title="Senior Perception Engineer", seniority="senior", tags=("ros2", "vision"))
    manager = make("manager", title="Perception Engineering Manager", seniority="manager", company=other,
                   tags=("ros2", "vision"))
    staff = make("staff", title="Staff Controls Engineer", seniority="staff", company=other, tags=("ros2",))
    assert [p.slug for p in similar_roles(_model([senior, manager, staff]).postings)[senior.key]] == ["staff"]


def test_an_old_role_sharing_rare_words_is_found_beyond_the_newest_of_the_category() -> None:
    """Candidates come from shared words and tags, not only from the newest few of the category: twelve newer
    roles of the category share nothing with the seed, the oldest shares its title and its tag."""
    other = dataclasses.replace(ACME, slug="other", name="Other")
    seed = make("seed", title="Lidar Perception Engineer", tags=("lidar",), posted=dt.date(2026, 11, 25))
    old = make("old", title="Lidar Perception Engineer", tags=("lidar",), company=other, posted=dt.date(2026, 9, 1))
    newer = [make(f"n{i}", title=f"Welding Technician {chr(97 + i)}", tags=("welding",), company=other,
                  posted=dt.date(2026, 11, 1 + i)) for i in range(12)]
    postings = _model([seed, *newer, old]).postings
    assert similar_roles(postings)[seed.key][0].slug == "old"
    assert similar_to(postings, postings.index(seed))[0].slug == "old"


def test_a_posting_scores_at_most_the_budget_however_many_share_its_features(monkeypatch) -> None:
    """Forty roles share every word and tag of the seed (the oldest, so it is not among its own sharers): the seed
    scores the 24 newest of them (CANDIDATE_BUDGET; the category's newest are among those), not all forty. Without
    the bound a common title costs a build ten thousand scores per posting."""
    other = dataclasses.replace(ACME, slug="other", name="Other")
    seed = make("seed", title="Lidar Engineer", tags=("lidar",), posted=dt.date(2026, 9, 1))
    sharers = [make(f"s{i:02}", title="Lidar Engineer", tags=("lidar",), company=other,
                    posted=dt.date(2026, 10, 1) + dt.timedelta(days=40 - i)) for i in range(40)]
    scored: list[str] = []
    score = similar.similarity

    def counted(a, b, weights) -> float:
        if a.key == seed.key:
            scored.append(b.posting.slug)
        return score(a, b, weights)

    monkeypatch.setattr(similar, "similarity", counted)
    postings = _model([*sharers, seed]).postings
    picks = similar_roles(postings)[seed.key]
    assert scored == [f"s{i:02}" for i in range(24)]
    assert [p.slug for p in picks] == ["s00", "s01", "s02", "s03"]  # equal scores: the newest
    scored.clear()
    assert similar_to(postings, postings.index(seed)) == picks and len(scored) == 24


def test_similar_roles_are_deterministic() -> None:
    postings = [make(f"r{i}", title=f"Robotics Engineer {i % 3}", tags=("ros2",)) for i in range(12)]
    first = similar_roles(_model(postings).postings)
    again = similar_roles(_model(list(postings)).postings)
    assert {k: [p.key for p in v] for k, v in first.items()} == {k: [p.key for p in v] for k, v in again.items()}


def test_a_countrys_count_includes_the_roles_open_anywhere() -> None:
    """"Country you can work from: Germany (3)": the Berlin role, the one remote from Germany, and the role open
    anywhere, which counts for every country."""
    postings = [make("berlin"), make("de", workplace="remote", locations=(), remote_eligibility=("DE",)),
                make("anywhere", workplace="remote", locations=(), remote_eligibility=("Worldwide",)),
                make("us", workplace="remote", locations=(), remote_eligibility=("US",))]
    [country] = [f for f in facet_options(_model(postings)).facets if f.name == "country"]
    counts = {o.value: o.count for o in country.options}
    assert counts == {"DE": 3, "US": 2}


def test_pagination_pages_slices_and_links() -> None:
    pages = paginate(list(range(120)), "/categories/ai/", per_page=50)
    assert [(pg.number, len(items)) for pg, items in pages] == [(1, 50), (2, 50), (3, 20)]
    first, second, last = (pg for pg, _ in pages)
    assert (first.prev_url, first.next_url) == (None, "/categories/ai/page/2/")
    assert (second.prev_url, second.next_url) == ("/categories/ai/", "/categories/ai/page/3/")
    assert (last.first_item, last.last_item, last.next_url) == (101, 120, None)
    assert page_path("/", 1) == "index.html" and page_path("/", 2) == "page/2/index.html"
    assert Pagination("/", 10, 20, 1000).links == (1, None, 8, 9, 10, 11, 12, None, 20)
    assert Pagination("/", 2, 3, 120).links == (1, 2, 3)
    assert [pg.pages for pg, _ in paginate([], "/")] == [1]



@pytest.mark.parametrize("site", ["built_site", "paged_site"])
def test_similar_roles_of_one_posting_are_those_chosen_for_all(site: str, request: pytest.FixtureRequest) -> None:
    """similar_to (`jobsite serve` after a save) chooses what similar_roles does, on the bundled board and on
    120 roles sharing most words (where the candidate budget cuts the lists)."""
    model = request.getfixturevalue(site)[1].model
    everyone = similar_roles(model.postings)
    for i, posting in enumerate(model.postings):
        assert similar_to(model.postings, i) == everyone[posting.key], posting.key
    assert any(everyone.values())  # the board has suggestions to compare


def _random_posting(rng, n: int, companies: list[Company]) -> Posting:
    words = ("Robotics", "Perception", "Controls", "ML", "Vision", "Software", "Hardware", "Research", "Data")
    title = " ".join((rng.choice(("Senior", "Staff", "Junior", "", "")), *rng.sample(words, rng.randint(1, 2)),
                      rng.choice(("Engineer", "Scientist", "Manager", "Intern")))).strip()
    tags = tuple(rng.sample(("ros2", "c++", "python", "vision", "slam", "cuda", "rust", "pytorch"), rng.randint(0, 3)))
    place = rng.choice(((Location("Berlin", "DE"),), (Location("Tokyo", "JP"),), ()))
    return make(f"r{n}", title=title, company=rng.choice(companies), tags=tags, locations=place,
                workplace="onsite" if place else "remote", category=rng.choice((ROBOTICS, Category("ai", "AI"))),
                posted=dt.date(2026, 11, 1) - dt.timedelta(days=rng.randint(0, 40)), is_open=rng.random() > 0.1)


def _random_edit(rng, postings: list[Posting], fresh: Posting) -> str:
    """One edit as a build sees it: a new title or tags, closed or reopened, a new posting, one removed, one
    moved (a new date), a word of its own added to a title (the benchmark's edit); an edit to a description
    changes nothing similarity reads."""
    i = rng.randrange(len(postings))
    op = rng.choice(("title", "tags", "close", "add", "remove", "move", "nothing", "marker", "marker"))
    changes = {"title": {"title": fresh.title}, "tags": {"tags": fresh.tags}, "move": {"posted": fresh.posted},
               "close": {"is_open": not postings[i].is_open},
               "marker": {"title": f"{postings[i].title} X{fresh.slug}"}}.get(op)
    if changes:
        postings[i] = derived(dataclasses.replace(postings[i], **changes))
    elif op == "add":
        postings.insert(i, fresh)
    elif op == "remove":
        del postings[i]
    postings.sort(key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug))
    return op


def test_similar_roles_reused_after_random_edits_are_those_chosen_afresh() -> None:
    """A build re-picks only for the postings whose pick reads something that changed: after every random
    edit (and the pruning that follows a build), what it gives equals the full choice made afresh, and most
    picks came from the memo."""
    import random

    from generator.base.cache import Table
    rng = random.Random(27)
    companies = [dataclasses.replace(ACME, slug=f"c{i}", name=f"C{i}") for i in range(6)]
    postings = sorted((_random_posting(rng, n, companies) for n in range(160)),
                      key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug))
    memo, remade = Table(), {}
    for n in range(160, 240):
        op = _random_edit(rng, postings, _random_posting(rng, n, companies))
        reused = similar_roles(tuple(postings), memo)
        afresh = similar_roles(tuple(postings))
        assert {k: [p.key for p in v] for k, v in reused.items()} == \
            {k: [p.key for p in v] for k, v in afresh.items()}, f"after edit {n}"
        assert all(reused[k] == v for k, v in afresh.items())  # the records themselves, not only their keys
        remade.setdefault(op, []).append(max(0, len(memo.fresh) - 1))  # picks made again, beside the whole
        memo.fresh = {}
        memo.prune()  # as a build's end does: what it did not use is gone
    # A word of its own moves no other weight: only the picks that score the edited posting are made again
    # (here a fifth on average, since each posting is a candidate of many of 160, and the newest few of a
    # category of every posting in it).
    marker = remade["marker"]
    assert marker and sum(marker) / len(marker) < len(postings) / 3, remade
    assert remade["nothing"] and max(remade["nothing"]) == 0, remade  # one memo for the whole choice


def _wide_posting(rng, n: int, companies: list[Company], open_share: float = 0.9) -> Posting:
    """A posting of two title words and two tags out of 26 each, one day older than the last."""
    words, tags = [f"Word{chr(97 + i)}" for i in range(26)], [f"tag{i}" for i in range(26)]
    return make(f"r{n}", title=" ".join(rng.sample(words, 2)), tags=tuple(rng.sample(tags, 2)),
                company=rng.choice(companies), category=rng.choice((ROBOTICS, Category("ai", "AI"))),
                seniority=rng.choice(("junior", "mid", "senior", "staff")), is_open=rng.random() < open_share,
                posted=dt.date(2026, 11, 1) - dt.timedelta(days=n % 600))


def _random_rewrite(rng, posting: Posting, fresh: Posting) -> Posting:
    """An edit of one posting that keeps it where it is, open or closed as it was: what a rebuild made from the
    snapshot sees (a new title, a word of its own, tags, category, place, or several at once)."""
    kinds = rng.sample(("title", "marker", "tags", "category", "place"), rng.choice((1, 1, 1, 2)))
    changes = {"title": {"title": fresh.title}, "marker": {"title": f"{posting.title} X{fresh.slug}"},
               "tags": {"tags": fresh.tags}, "category": {"category": fresh.category},
               "place": {"locations": fresh.locations, "workplace": fresh.workplace}}
    return derived(dataclasses.replace(posting, **{k: v for kind in kinds for k, v in changes[kind].items()}))


@pytest.mark.parametrize("reach_all", [similar.REACH_ALL, 1.0], ids=["as built", "never all"])
def test_picks_carried_over_an_edit_are_those_chosen_afresh(reach_all: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild made from the snapshot re-picks only what an edit can reach (`_reached`): after random edits
    of one to three postings on random boards, the picks it gives equal the full choice made afresh, key for key,
    record for record and in the same order ("never all": however much an edit reaches, only that is made
    again); and a word of its own re-picks a small part of the board."""
    import random

    from generator.model.similar import _index, _newest, _reached, carried_over, profile
    monkeypatch.setattr(similar, "REACH_ALL", reach_all)
    rng = random.Random(2027)
    companies = [dataclasses.replace(ACME, slug=f"c{i}", name=f"C{i}") for i in range(6)]
    for board in range(8):  # each kind of board four times (16 took 20 CPU s over both reach settings)
        # Few words shared by many (the candidate budget cuts every list), or many words shared by a few dozen.
        made = _random_posting if board % 2 else _wide_posting
        postings = sorted((made(rng, n, companies) for n in range(rng.choice((40, 90, 160, 300)))),
                          key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug))
        picks = similar_roles(tuple(postings))
        for n in range(25):
            before = tuple(postings)
            for i in rng.sample(range(len(postings)), rng.choice((1, 1, 1, 2, 3))):
                postings[i] = _random_rewrite(rng, postings[i], made(rng, 1000 + n, companies))
            got, afresh = carried_over(before, tuple(postings), picks), similar_roles(tuple(postings))
            assert got is not None
            assert list(got.items()) == list(afresh.items()), f"board {board}, edit {n}"
            picks = got
    # The benchmark's edit: a title word no other posting has. On the newest posting every posting of its
    # category reads it (a fallback candidate), so their picks are made again; on the oldest, only its own and
    # those of the few postings that find it among the first sharers of a feature.
    postings = sorted((_wide_posting(rng, n, companies, open_share=1.0) for n in range(600)),
                      key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug))
    for i in (0, len(postings) - 1):
        was = profile(i, postings[i])
        now = profile(i, derived(dataclasses.replace(postings[i], title=f"{postings[i].title} Xq")))
        bare = [now if o == i else profile(o, p) for o, p in enumerate(postings)]
        pool = [pr for pr in bare if pr.posting.is_open]
        by_feature, by_category = _index(pool)
        reached = _reached([(was, now)], bare, pool, by_feature, _newest(by_category))
        category = {o for o, p in enumerate(postings) if p.category == postings[i].category}
        assert reached >= category if i == 0 else i in reached and len(reached) < len(postings) / 10, len(reached)


def test_an_edit_reaches_the_picks_of_those_that_find_it_last_within_the_budget(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed's rarest shared tag has 31 holders; the candidate budget takes the first 24 (itself included),
    so the 24th is the last it scores. That one moving to the seed's level and city makes it the seed's only
    pick: carried over (never all at once), the edit re-picks the seed too."""
    from generator.model.similar import CANDIDATE_BUDGET, carried_over
    monkeypatch.setattr(similar, "REACH_ALL", 1.0)
    other, ai = dataclasses.replace(ACME, slug="other", name="Other"), Category("ai", "AI")
    seed = make("seed", title="Welding Technician", tags=("lidar",), seniority="mid", posted=dt.date(2026, 11, 30))
    holders = [make(f"h{k}", title=f"Quant{chr(97 + k)} Analyst", tags=("lidar",), seniority="staff", company=other,
                    category=ai, locations=(Location("Tokyo", "JP"),), posted=dt.date(2026, 11, 29) - dt.timedelta(k))
               for k in range(30)]
    before = _model([seed, *holders]).postings
    last = CANDIDATE_BUDGET - 2  # holders[last] is the 24th holder of "lidar", counting the seed
    after = list(before)
    after[last + 1] = derived(dataclasses.replace(before[last + 1], seniority="mid", locations=seed.locations))
    picks, afresh = similar_roles(before), similar_roles(tuple(after))
    assert [p.slug for p in afresh[seed.key]] == [f"h{last}"] != [p.slug for p in picks[seed.key]]
    assert carried_over(before, tuple(after), picks) == afresh


def test_an_edit_moving_a_tag_more_than_a_quarter_hold_re_picks_every_posting() -> None:
    """The seed taking the tag three of eight postings hold moves more than REACH_ALL of them: `_reached` then
    answers every posting, for x (sharing the seed's title) and the fillers (in the seed's old category) hold no
    changed feature, yet their picks change. A word of its own reaches only the seed, x and its category."""
    from generator.model.similar import _index, _newest, _reached, carried_over, profile
    other, ai = dataclasses.replace(ACME, slug="other", name="Other"), Category("ai", "AI")
    day = [dt.date(2026, 11, 30) - dt.timedelta(k) for k in range(8)]
    before = _model([make("seed", title="Welding Technician", category=ai, company=other, posted=day[0]),
                     make("x", title="Welding Technician", posted=day[1]),
                     *(make(f"h{k}", title=f"Quant{chr(97 + k)} Analyst", tags=("lidar",), company=other,
                            posted=day[2 + k]) for k in range(3)),
                     *(make(f"f{k}", title=f"Paint{chr(97 + k)} Mixer", category=ai, posted=day[5 + k])
                       for k in range(3))]).postings

    def reached(**edit) -> set[int]:
        bare = [profile(o, p) for o, p in enumerate(before)]
        was, bare[0] = bare[0], profile(0, derived(dataclasses.replace(before[0], **edit)))
        by_feature, by_category = _index(bare)
        return _reached([(was, bare[0])], bare, bare, by_feature, _newest(by_category))

    after = (derived(dataclasses.replace(before[0], category=ROBOTICS, tags=("lidar",))), *before[1:])
    picks, afresh = similar_roles(before), similar_roles(after)
    assert {o for o, p in enumerate(before) if picks[p.key] != afresh[p.key]} == set(range(8))
    assert reached(category=ROBOTICS, tags=("lidar",)) == set(range(8)) == reached(tags=("lidar", "own"))
    assert carried_over(before, after, picks) == afresh
    assert reached(tags=("own",)) == {0, 1, 5, 6, 7}
    assert reached(tags=("own",), category=ROBOTICS) == set(range(8))  # its new category's newest list


def test_rarity_weights_are_smoothed_inverse_document_frequencies_of_counts_in_quarter_steps() -> None:
    """log((postings + 1) / count) + 0.1, for title words and tags alike, counted over the same postings, the count
    rounded down to a quarter power of two: a word every title has still weighs a little more than the floor, one
    title's word weighs most, and the steps (and so the order `_candidates` reads features in) are these."""
    import math

    words = [frozenset({"robotics", "engineer"}), frozenset({"ml", "engineer"}), frozenset({"engineer"})]
    tags = [frozenset({"ros2"}), frozenset(), frozenset({"ros2", "cpp"})]
    weights = similar._weights(words, tags)
    assert weights.words == pytest.approx({"engineer": math.log(4 / 2 ** 1.5) + 0.1, "robotics": math.log(4) + 0.1,
                                           "ml": math.log(4) + 0.1})
    assert weights.tags == pytest.approx({"ros2": math.log(2) + 0.1, "cpp": math.log(4) + 0.1})
    assert weights.words["engineer"] == pytest.approx(0.44657359027997257)
    assert weights.steps == {"w:engineer": 6, "w:robotics": 0, "w:ml": 0, "t:ros2": 4, "t:cpp": 0}
    # floor(4 log2 n), exact at every count (powers of two included): 2897 to 3444 share a step, 2^11.5 to 2^11.75.
    assert [similar._rarity_step(n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 2896, 2897, 3444, 3445)] == \
        [-1, 0, 4, 6, 8, 9, 10, 11, 12, 12, 13, 16, 45, 46, 46, 47]
    assert all(similar._rarity_step(n) <= similar._rarity_step(n + 1) for n in range(1, 5000))


def test_nothing_is_carried_over_when_a_posting_is_added_removed_opened_or_closed() -> None:
    """Every rarity weight moves then: the caller must choose again (None), never get the old picks."""
    from generator.model.similar import carried_over
    before = _model([make("a", tags=("lidar",)), make("b", tags=("lidar",))]).postings
    picks = similar_roles(before)
    grown = _model([make("a", tags=("lidar",)), make("b", tags=("lidar",)), make("c", tags=("lidar",))]).postings
    assert carried_over(before, grown, picks) is None
    assert carried_over(before, before[:1], picks) is None
    closed = (before[0], derived(dataclasses.replace(before[1], is_open=False)))
    assert carried_over(before, closed, picks) is None
    assert carried_over(before, before, picks) == picks
