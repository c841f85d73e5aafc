"""A patched search index is the one a build from scratch makes of the same rows: its state, its manifest and
every shard byte for byte, after random edits (words changed, rows closed, reopened, appended and dropped), with
shards cut at random small sizes, so that edits move where they are cut."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.base.cache import Cache
from generator.render import site
from generator.render.browse import search
from generator.render.browse.search import (
    PostingWords,
    build_search_index,
    encode_rows,
    index_outputs,
    protected_words,
    render_search_index,
)
from generator.render.browse.search_patch import _patched, build_index, changed_rows, decode_rows, patch_index

from ..conftest import CLOCK
from .test_search_index import UNTAGGED, board

# Words that share stems ("engineer", "engineering"), that have inflections the board may lack ("ship"), that are
# protected ("solidity", "vyper") or are not plain letters ("c++", "node.js", "2026"), and many under "en" and "ro"
# so that small shards are cut by a third letter.
VOCABULARY = ["engineer", "engineering", "engineers", "engine", "enable", "enables", "enabled", "end", "ending",
              "en", "ensure", "entry", "tune", "tuning", "ship", "shipped", "shipping", "solidity", "solid", "solids",
              "vyper", "c++", "c#", "node.js", "node", "js", "k8s", "2026", "robot", "robots", "robotics", "rover",
              "roll", "rolling", "role", "roles", "rust", "a", "x1", "zk",
              # A stem whose words start differently: a word that comes or goes resizes the other's shard.
              "die", "dying", "tie", "tying", "ties"]
PROTECTED = protected_words(["vyper", "robotics"])

posting_words = st.lists(st.sampled_from(VOCABULARY), unique=True, max_size=12).flatmap(
    lambda words: st.integers(0, len(words)).map(lambda cut: PostingWords(tuple(words[:cut]), tuple(words[cut:]))))
row = st.one_of(st.none(), posting_words)  # None: a tombstone
edit = st.one_of(st.tuples(st.just("set"), st.integers(0, 60), row),  # a row's words change (or it closes)
                 st.tuples(st.just("append"), st.just(0), posting_words),
                 st.tuples(st.just("drop"), st.integers(1, 3), st.none()))


def apply(rows: list[PostingWords | None], op: tuple) -> list[PostingWords | None]:
    kind, at, words = op
    rows = list(rows)
    if kind == "set" and rows:
        rows[at % len(rows)] = words
    elif kind == "append":
        rows.append(words)
    elif kind == "drop":
        del rows[-at:]
    return rows


def fingerprints(rows: list[PostingWords | None]) -> list[bytes | None]:
    """What decides each row's words: the words themselves, here."""
    return [repr(words).encode() if words else None for words in rows]


def written(state, made: dict[str, bytes], last: dict[str, bytes]) -> list[tuple[str, bytes]]:
    """The outputs of a patched index: each shard from the files it made, else from the last build's."""
    shards = [(key, made.get(file) or last[file]) for key, file in state.shard_files()]
    return [(out.path, out.data) for out in index_outputs(len(state.rows), state.gone, shards)]


@settings(max_examples=150, deadline=None)
@given(start=st.lists(row, max_size=10), edits=st.lists(st.lists(edit, min_size=1, max_size=4), min_size=1, max_size=4),
       limit=st.one_of(st.just(search.SHARD_LIMIT), st.integers(20, 400)))
def test_a_patched_index_is_the_index_made_from_scratch(start, edits, limit) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search, "SHARD_LIMIT", limit)
        rows = start
        state, shards = build_index(fingerprints(rows), rows, protected=PROTECTED)
        files = {file: data for (_, file), (_, data) in zip(state.shard_files(), shards, strict=True)}
        for ops in edits:
            new = rows
            for op in ops:
                new = apply(new, op)
            changed = changed_rows(fingerprints(rows), fingerprints(new))
            before = {r: rows[r] if r < len(rows) else None for r in changed}
            after = {r: new[r] if r < len(new) else None for r in changed}
            state, made = patch_index(state, fingerprints(new), before, after)
            cold_state, _ = build_index(fingerprints(new), new, protected=PROTECTED)
            assert state == cold_state
            cold = build_search_index([f"acme/p{i}" for i in range(len(new))], new, None, PROTECTED)
            assert written(state, made, files) == [(out.path, out.data) for out in cold]
            files.update(made)
            rows = new


def test_an_unchanged_row_costs_nothing_and_a_closed_one_loses_its_words() -> None:
    rows = [PostingWords(("robotics",), ("rust",)), PostingWords(("engineer",), ("rust", "ship"))]
    state, shards = build_index(fingerprints(rows), rows, protected=PROTECTED)
    assert changed_rows(fingerprints(rows), fingerprints(rows)) == []
    closed = [rows[0], None]
    assert changed_rows(fingerprints(rows), fingerprints(closed)) == [1]
    patched, made = patch_index(state, fingerprints(closed), {1: rows[1]}, {1: None})
    assert "ship" not in patched.stems and "shipping" not in patched.stems and "engineer" not in patched.counts
    assert patched.lists[patched.stems["rust"]] == (encode_rows([0]), "")
    assert patched.gone == [1] and len(made) < len(shards)  # the shards of "r…" words stay as they were


@given(st.integers(1, 3000).flatmap(lambda total: st.lists(st.integers(0, total - 1), unique=True).map(sorted)))
def test_row_lists_read_back(rows: list[int]) -> None:
    assert decode_rows(encode_rows(rows)) == rows


def test_a_word_that_joins_a_stem_recuts_the_shards_of_its_other_words() -> None:
    """"dying" joins the stem of "die" in a row that holds "die" already: no row list moves, but each word of the
    stem now carries a smaller share of its lists, so the shards of "di…" may be cut elsewhere."""
    rows = [PostingWords(("die",), ("rust",)), PostingWords(("tie",), ())]
    new = [PostingWords(("die",), ("rust", "dying")), rows[1]]
    recut = 0
    for limit in range(20, 120):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(search, "SHARD_LIMIT", limit)
            state, _ = build_index(fingerprints(rows), rows)
            patched, _ = patch_index(state, fingerprints(new), {0: rows[0]}, {0: new[0]})
            cold, _ = build_index(fingerprints(new), new)
            assert patched == cold, limit
            recut += [key for key, _ in state.shards["di"]] != [key for key, _ in cold.shards["di"]]
    assert recut  # some limit falls between the two sizes of the shards of "di…"


def test_each_build_patches_the_index_the_last_one_kept_into_the_cold_builds(scratch_site, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Through a cache saved and loaded again, as `jobsite build` keeps it: a description edited, a posting added
    today, one closed, each patches the last index into the one a build without a cache makes; a tag that makes
    its word protected (search.protected_words) has it made again."""
    calls: list[str] = []
    monkeypatch.setattr(site, "patch_index", lambda *args: calls.append("patch") or patch_index(*args))
    patched = []
    edited = board()
    edited["jobs/acme/p5.md"] += "Ship drones and kernels.\n"
    hydro = {**UNTAGGED, "title": "Hydroponics Engineer", "posted": CLOCK.date()}
    steps = {"first": board(), "body": edited, "added": {**edited, **board(hydro=hydro)},
             "closed": board(hydro=hydro, p3={"closed": CLOCK.date()}),
             "protected": board(hydro=hydro, p3={"closed": CLOCK.date()}, p2={"tags": ["documentation"]})}
    for step, tree in steps.items():
        model = scratch_site(tree).model
        cache = Cache(tmp_path / "search-cache")
        calls.clear()
        outputs, stale = site.search_index(model, cache)
        cache.finish_build()
        patched += [step] if calls else []
        assert not stale and [(o.path, o.data) for o in outputs] == [(o.path, o.data)
                                                                  for o in render_search_index(model)], step
    assert patched == ["body", "added", "closed"]


@given(st.sets(st.integers(0, 80), min_size=20), st.sets(st.integers(0, 90)), st.sets(st.integers(0, 90)))
def test_a_dense_row_list_is_a_bitmap_patched_as_encode_rows_would_write_it(rows: set[int], gained: set[int],
                                                                            lost: set[int]) -> None:
    code = encode_rows(sorted(rows))
    assert code.startswith("!") and decode_rows(code) == sorted(rows)
    gained -= lost
    assert _patched(code, gained, lost) == encode_rows(sorted((rows - lost) | gained))


def test_a_bitmap_whose_rows_all_go_is_empty() -> None:
    rows = list(range(30))
    assert _patched(encode_rows(rows), set(), set(rows)) == "" == encode_rows([])
