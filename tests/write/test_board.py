"""The writer keys only the outputs of the records and Reads that changed (write/board.py) and still writes the
cold build: edits chosen to trip a wrong skip, each followed by a warm build (cache from disk) and a cold one,
compared file by file, with the number of outputs keyed, so the skip is seen to happen where it may and not where
it may not. Every output the warm build skips is keyed aside as well: its key must be the recorded one (a
skip that happens to write the right bytes is still caught)."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
from collections import Counter
from types import SimpleNamespace

import pytest

import generator.build
from generator.base.cache import Cache
from generator.build import build_site
from generator.config import make_options
from generator.render.output import LazyOutput, Read
from generator.write import write_site
from generator.write.board import Board

from ..conftest import CLOCK, COMPANY, POSTING, REPO, basic_tree, front_matter, write_tree
from .test_incremental import skips_checked, tree_bytes

# 51 open roles: the home listing has two pages, and closing one leaves one.
POSTINGS = {f"role-{i:02d}": {**POSTING, "title": f"Engineer {i}", "tags": ["ros2", f"t{i % 4}"],
                              "posted": dt.date(2026, 11, 1 + i % 25)} for i in range(51)}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("board")
    shutil.copytree(REPO / "templates", root / "templates")
    write_tree(root / "content", basic_tree(**POSTINGS))
    write_tree(root / "content", {"companies/zeta.md": front_matter({**COMPANY, "name": "Zeta Labs"}, "Zeta.\n"),
                                  "jobs/zeta/zeta-one.md": front_matter({**POSTING, "company": "zeta"})})
    state = {"root": root, "clock": CLOCK}
    build(state)
    return state


def build(state: dict, checked: bool = True) -> int:
    """A warm build and a cold one; fails unless they are the same files. Returns how many outputs the warm one
    keyed, or ALL when it keyed every one. `checked`: key aside every output the warm build skipped (which makes
    every Deferred input, base/memo.py: a test that counts those turns it off)."""
    root = state["root"]
    keyed, outputs = [], []
    original, write = LazyOutput.key, generator.build.write_site

    def counting(self: LazyOutput, sources: set[str] | None = None) -> bytes:
        keyed.append(self.path)
        return original(self, sources)

    def options(out: str):
        return make_options(root / "content", root / out, templates=root / "templates", clock=state["clock"])

    def writing(given, *args, **kwargs):
        outputs.extend(out for out in given if isinstance(out, LazyOutput))
        return write(given, *args, **kwargs)

    with skips_checked() if checked else contextlib.nullcontext(), pytest.MonkeyPatch.context() as mp:
        mp.setattr(LazyOutput, "key", counting)
        mp.setattr(generator.build, "write_site", writing)
        build_site(options("warm"), Cache(root / "cache"))
    shutil.rmtree(root / "cold", ignore_errors=True)
    build_site(options("cold"), Cache(None))
    warm, cold = tree_bytes(root / "warm"), tree_bytes(root / "cold")
    assert sorted(warm) == sorted(cold)
    assert [path for path in cold if warm[path] != cold[path]] == []
    state["outputs"] = len(outputs)
    state["built"] = inputs_of(state)
    return ALL if len(keyed) == len(outputs) else len(keyed)


def inputs_of(state: dict) -> tuple:
    """What a build of the board reads: its content, its templates and its clock."""
    root = state["root"]
    return tree_bytes(root / "content"), tree_bytes(root / "templates"), state["clock"]


def settle(state: dict, checked: bool = True) -> None:
    """Bring the cache up to whatever earlier tests left: a build, unless the last build (checked against a cold
    one) was of these very inputs, when another would only repeat it."""
    if state.get("built") != inputs_of(state):
        build(state, checked)


ALL = 1 << 20


def edit(state: dict, name: str, old: str, new: str) -> None:
    path = state["root"] / "content" / name
    text = path.read_text()
    assert re.search(old, text), (name, old)
    path.write_text(re.sub(old, new, text, count=1))


def test_an_unchanged_board_keys_nothing(site) -> None:
    assert build(site) == 0


@pytest.mark.parametrize(("name", "old", "new", "most"), [
    ("jobs/acme/role-07.md", r"Some description\.", "Another description, with **more**.", 40),  # on page 2
    ("jobs/acme/role-30.md", r"title: Engineer 30", "title: Engineer Thirty", 40),  # a new browse index address
    # Its record and its posting's, not their shapes; the posting is among many others' similar roles.
    ("companies/zeta.md", r"Zeta\.", "Zeta, edited.", 100),
])
def test_an_edit_keys_the_outputs_of_what_it_changed(site, name: str, old: str, new: str, most: int) -> None:
    settle(site)  # whatever earlier tests left
    edit(site, name, old, new)
    assert 0 < build(site) <= most


# Whole-board inputs shared by a few outputs (base/memo.py Deferred): made only when one of those is keyed.
SHARED = [("generator.render.pages.renderer", "facet_options"), ("generator.render.pages.renderer", "category_panel"),
          ("generator.render.stats.page", "stats_page"), ("generator.render.stats.page", "stats_figures"),
          ("generator.render.hosting.sitemap", "rendered_entries"), ("generator.render.feeds.digests", "scope_days"),
          ("generator.render.pages.post_a_job", "form_options")]


def test_shared_tables_are_made_only_for_the_outputs_keyed(site, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    made: list[str] = []
    for module_name, name in SHARED:
        module = importlib.import_module(module_name)
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, real=real, name=name: made.append(name) or real(*args))
    settle(site, checked=False)  # whatever earlier tests left
    made.clear()
    assert build(site, checked=False) == 0
    cold = {"facet_options": 1, "category_panel": 3, "scope_days": 4, "stats_page": 1, "stats_figures": 1,
            "rendered_entries": 1, "form_options": 1}  # what a cold build makes: once per category, per digest
    assert Counter(made) == cold  # the cold build after it; the warm one made nothing
    edit(site, "jobs/acme/role-00.md", r"Some description\.", "Yet another description.")  # the oldest: on page 2
    made.clear()
    assert 0 < build(site, checked=False) <= 40
    # A record moved, so the warm build worked out every Read to compare it with the last build's (write/board.py):
    # each shared value a Read stands for was made once, as in the cold build after it; none was made twice.
    assert Counter(made) == Counter(cold) + Counter(cold)


def test_a_later_hour_of_the_same_day_keys_nothing(site) -> None:
    site["clock"] += dt.timedelta(hours=5)
    assert build(site) == 0


@pytest.mark.parametrize(("name", "old", "new", "most"), [
    # The bench's edit (bench/hugo_compare.py): a new title that moves the level and the role family, and a line
    # of description. Its pages, the listings and feeds that show it, the seniority feeds it leaves and enters,
    # the filters' counts, the statistics, the postings whose similar roles it enters or leaves: not the board.
    ("jobs/acme/role-44.md", r"title: Engineer 44(?s:(.*))", r"title: Senior Data Scientist X1\1\nEdited for X1.\n",
     60),
    ("jobs/acme/role-45.md", r"title: .*", "title: Staff Engineer 45", 60),  # the level alone
    ("jobs/acme/role-46.md", r"title: .*", "title: Robotics Intern 46", 60),  # level and role family
    ("jobs/acme/role-41.md", r"- t1\n", "- brand-new\n", 60),  # the first page's filters, tag feeds
    ("jobs/acme/role-47.md", r"- t3\n", "- t0\n", 60),  # from one tag feed to another
    ("jobs/acme/role-42.md", r"---\n", "---\nclosed: 2026-11-20\n", 60),  # 50 open: the home listing's page 2 goes
    ("jobs/acme/role-43.md", r"---\n", "---\nsalary: {min: 1, max: 2, currency: EUR, period: year}\n", 60),  # pay
    ("jobs/acme/role-48.md", r"workplace: \S+", "workplace: remote", 60),  # the remote feed
    ("jobs/acme/role-40.md", r"posted: \S+", "posted: 2026-11-25", 60),  # its place in every listing
    ("companies/acme.md", r"series-a", "seed", 200),  # every card of its roles (51 postings, their feeds)
])
def test_an_edit_that_moves_a_posting_keys_what_shows_it(site, name: str, old: str, new: str, most: int) -> None:
    settle(site)
    edit(site, name, old, new)
    keyed = build(site)
    assert 0 < keyed <= most < site["outputs"], keyed


@pytest.mark.parametrize(("name", "old", "new"), [
    ("site.yaml", r"Test Board", "Edited Board"),
])
def test_an_edit_that_moves_the_board_keys_every_output(site, name: str, old: str, new: str) -> None:
    settle(site)
    edit(site, name, old, new)
    assert build(site) == ALL


def test_a_new_or_deleted_posting_keys_every_output(site) -> None:
    settle(site)
    added = site["root"] / "content/jobs/acme/role-99.md"
    added.write_text(front_matter({**POSTING, "title": "Engineer 99"}))
    assert build(site) == ALL
    added.unlink()
    assert build(site) == ALL


def test_a_new_day_and_new_templates_key_every_output(site) -> None:
    site["clock"] += dt.timedelta(days=1)
    assert build(site) == ALL
    base = site["root"] / "templates/base.html"
    base.write_text(base.read_text() + "<!-- edited -->\n")
    assert build(site) == ALL



def text_of(*inputs: object) -> bytes:
    return repr(inputs).encode()


@pytest.mark.parametrize(("listed", "kept"), [(True, True), (False, False)])
def test_a_read_an_output_does_not_list_leaves_no_board(tmp_path, listed: bool, kept: bool) -> None:
    """The writer sees an output's Reads only where it lists them: one met deeper, by keying, cannot be trusted to
    key the output again when it moves, so no board is kept and the next build keys every output."""
    cache, counts = Cache(None), Read("counts", (1, 2))
    outputs = [LazyOutput("a.txt", "test", text_of, {"counts": counts}, reads=(counts,) if listed else ()),
               LazyOutput("b.txt", "test", text_of, "plain")]
    board = Board(b"globals", {})
    write_site(outputs, tmp_path / "site", cache, None, board=board)
    assert (cache.board.entries.get("") == b"globals") is kept
    write_site(outputs, tmp_path / "site", cache, None, board=board)  # the second build compares with the first
    assert (cache.board.entries.get("") == b"globals") is kept


def test_a_listing_that_comes_back_with_the_digest_it_had_is_written_again(tmp_path) -> None:
    """Edit A puts a posting on the board's listing, edit B moves it to another listing in that one's place, and
    reverting to A brings the first back exactly as it was. The board must have forgotten the listing B no longer
    named: remembered, it reads as unmoved, and the page keeps what B wrote. Each build must equal a cold one."""
    cache = Cache(None)
    robotics, web3 = Read("list /jobs/", ("robotics",)), Read("list /jobs/ web3", ("web3",))

    def page(listing: Read) -> LazyOutput:
        return LazyOutput("jobs/index.html", "test", text_of, {"listing": listing}, reads=(listing,))

    for step, listing in [("A", robotics), ("B", web3), ("A again", robotics)]:
        posting = SimpleNamespace(fingerprint=step.split()[0].encode())  # the edited posting's record
        board = Board(b"globals", {"content/jobs/acme/role.md": posting})
        write_site([page(listing)], tmp_path / "warm", cache, None, board=board)
        write_site([page(listing)], tmp_path / step, Cache(None), None, board=board)
        warm, cold = (tmp_path / "warm" / page(listing).path), (tmp_path / step / page(listing).path)
        assert warm.read_bytes() == cold.read_bytes(), step


def test_the_reads_of_a_build_name_each_value_once_or_none_can_be_trusted() -> None:
    """reads_of's decision table: every Read the outputs name, by name, with its digest; one name given two values
    (a bug upstream) makes the whole board untrustworthy (None), wherever the second one comes; outputs that are
    not lazy name none. readers: the outputs naming any of the Reads asked for, none for none asked."""
    from generator.render.output import Output
    from generator.write.board import readers, reads_of

    counts, other, listing = Read("counts", (1, 2)), Read("counts", (1, 3)), Read("list /jobs/", ("ai",))

    def lazy(path: str, *reads: Read) -> LazyOutput:
        return LazyOutput(path, "test", text_of, path, reads=reads)

    same = [lazy("a.txt", counts), lazy("b.txt", Read("counts", (1, 2)), listing), Output("c.txt", b"c", "c")]
    assert reads_of(same) == {"@counts": counts.fingerprint, "@list /jobs/": listing.fingerprint}
    assert reads_of([]) == {} and reads_of([Output("c.txt", b"c", "c")]) == {}
    for clash in ([lazy("a.txt", counts), lazy("b.txt", other)],
                  [lazy("a.txt", counts), lazy("b.txt", other), lazy("c.txt", listing)],
                  [lazy("a.txt", counts, other)]):
        assert reads_of(clash) is None, clash
    assert readers(same, {"@counts"}) == {"a.txt", "b.txt"}
    assert readers(same, {"@list /jobs/"}) == {"b.txt"}
    assert readers(same, {"@other"}) == set() and readers(same, set()) == set()
