"""The search index: tokens that keep trade words, stems and the inflections added for them, row lists that
read back, shards where the browser looks for them, rows that line up with the postings index, and bytes
that are the same build after build."""
from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.browse import search
from generator.render.browse.search import (
    DIGITS,
    SHARD_LIMIT,
    PostingWords,
    build_search_index,
    cut_into_shards,
    encode_rows,
    inflections,
    plain_text,
    posting_words,
    protected_words,
    render_search_index,
    render_search_texts,
    search_rows,
    search_tokens,
    stem_words,
)

from ..conftest import CLOCK, POSTING, basic_tree, front_matter
from .test_browse_index import index_of


def decode_rows(code: str) -> list[int]:
    """The rows of an encoded list, read as static/jobs-search.js `or` reads them."""
    if code.startswith("!"):
        bits = base64.b64decode(code[1:])
        return [row for row in range(len(bits) * 8) if bits[row >> 3] >> (row & 7) & 1]
    rows, row, gap = [], -1, 0
    for char in code:
        digit = DIGITS.index(char)
        if digit < 32:
            row += gap * 32 + digit + 1
            rows.append(row)
            gap = 0
        else:
            gap = gap * 32 + digit - 32
    return rows


def read_index(site: Path) -> tuple[dict, dict[str, dict]]:
    """The manifest the listing names, and every shard by key."""
    url = re.search(r'data-search="(/data/search\.[0-9a-f]{10}\.json)"', (site / "index.html").read_text()).group(1)
    manifest = json.loads((site / url.lstrip("/")).read_bytes())
    return manifest, {key: json.loads((site / "data" / "search" / name).read_bytes())
                      for key, name in manifest["s"].items()}


def index_rows(manifest: dict) -> list[int | None]:
    """Each search row's row in the postings index, None for a tombstone, as static/jobs-search.js maps them:
    the rows that are not tombstones, counted from the last."""
    gone = set(decode_rows(manifest["x"]))
    live = [row for row in range(manifest["n"]) if row not in gone]
    at = {row: i for i, row in enumerate(reversed(live))}
    return [at.get(row) for row in range(manifest["n"])]


def lookup(manifest: dict, shards: dict[str, dict], word: str) -> tuple[list[int], list[int]]:
    """The rows and title rows of a whole word, found where static/jobs-search.js looks for it."""
    key = max((k for k in shards if word.startswith(k)), key=len)
    shard = shards[key]
    for g, group in enumerate(shard["w"]):
        if word in group.split(" "):
            return tuple(decode_rows(shard["l"][shard["g"][2 * g + i]]) for i in (0, 1))
    raise KeyError(word)


def lookup_cards(manifest: dict, shards: dict[str, dict], word: str) -> tuple[list[int], list[int]]:
    """The same as rows of the postings index, ascending: the cards the browser shows."""
    rows = index_rows(manifest)
    return tuple(sorted(rows[row] for row in listed) for listed in lookup(manifest, shards, word))


@pytest.mark.parametrize("text, tokens", [
    ("C++ and C#", ["c++", "and", "c#"]),
    (".NET services", [".net", "net", "services"]),
    ("Node.js, Go and R.", ["node.js", "node", "js", "go", "and", "r"]),
    ("k8s clusters", ["k8s", "clusters"]),
    ("Kraków (Poland)", ["krakow", "poland"]),
    ("Build pipelines. Ship pipelines!", ["build", "pipelines", "ship"]),
])
def test_tokens_keep_trade_words(text: str, tokens: list[str]) -> None:
    assert search_tokens(text) == tokens


def test_plain_text_decodes_entities_and_drops_markup() -> None:
    assert plain_text("<p>Fix &lt;b&gt; &amp; ship</p>\n<ul><li>one</li></ul>") == "Fix <b> & ship one"


def test_stems_are_snowballs_for_words_and_leave_trade_words_alone() -> None:
    assert stem_words(["engineering", "engineers", "tuning", "c++", "node.js", "k8s", "2026"]) == [
        "engin", "engin", "tune", "c++", "node.js", "k8s", "2026"]


def test_inflections_add_the_forms_of_a_word_that_share_its_stem() -> None:
    vocabulary = ["tune", "engineering", "policy", "ship"]
    made = inflections(vocabulary, dict(zip(vocabulary, stem_words(vocabulary), strict=True)))
    assert {"tuning", "tuned", "tunes"} <= {w for w, s in made.items() if s == "tune"}
    assert {"engineer", "engineers", "engineered"} <= {w for w, s in made.items() if s == "engin"}
    assert {"policies"} <= {w for w, s in made.items() if s == "polici"}
    assert {"shipped", "shipping", "ships"} <= {w for w, s in made.items() if s == "ship"}
    assert all(stem_words([w]) == [s] for w, s in made.items())  # never a word of another stem
    assert not set(made) & set(vocabulary)


@given(st.integers(1, 3000).flatmap(lambda total: st.lists(st.integers(0, total - 1), unique=True).map(sorted)))
def test_row_lists_read_back_and_take_the_shorter_form(rows: list[int]) -> None:
    code = encode_rows(rows)
    assert decode_rows(code) == rows
    bitmap = 1 + 4 * -(-(rows[-1] // 8 + 1) // 3) if rows else 1
    assert len(code) <= bitmap
    assert not re.search(r"[^0-9A-Za-z_\-!+/=]", code)  # JSON and URL-safe text, no escaping needed


def test_posting_words_keep_the_title_apart(scratch_site) -> None:
    result = scratch_site(basic_tree(lead={**POSTING, "title": "Robotics Engineer", "tags": ["rust", "ros2"]}))
    words = posting_words(result.model.open_postings[0])
    assert words.title == ("robotics", "engineer")
    assert {"rust", "ros2", "acme", "some", "description"} <= set(words.other)
    assert not set(words.title) & set(words.other)
    text = Path("site/text") / f"{result.model.open_postings[0].key}.txt"
    assert text.read_text() == "Some description."  # the excerpt's text: the description alone


def test_every_word_of_every_posting_is_found_in_its_rows(built_site) -> None:
    site, result = built_site
    manifest, shards = read_index(site)
    postings = result.model.open_postings
    assert manifest["n"] - len(decode_rows(manifest["x"])) == len(postings) == len(index_of(site)["cols"]["title"])
    holders: dict[str, set[int]] = {}
    for row, posting in enumerate(postings):
        words = posting_words(posting)
        for word in (*words.title, *words.other):
            holders.setdefault(word, set()).add(row)
    stems = dict(zip(holders, stem_words(list(holders), protected_words(result.model.open_by_tag)), strict=True))
    for word in holders:
        found, in_title = lookup_cards(manifest, shards, word)
        # Its own postings, and those of every word with its stem ("engineers" finds "engineering").
        assert set(found) == set().union(*(holders[w] for w in holders if stems[w] == stems[word])), word
        assert set(in_title) <= set(found)
    title_rows = lookup_cards(manifest, shards, "engineer")[1]
    assert title_rows == [r for r, p in enumerate(postings) if "engin" in stem_words(list(posting_words(p).title))]


def test_an_inflection_the_board_lacks_finds_the_postings_of_its_stem(built_site) -> None:
    site, result = built_site
    manifest, shards = read_index(site)
    vocabulary = {w for p in result.model.open_postings for w in (*posting_words(p).title, *posting_words(p).other)}
    assert "shipping" not in vocabulary
    own = sorted(w for w in vocabulary if stem_words([w]) == ["ship"])
    assert own and all(lookup(manifest, shards, "shipping") == lookup(manifest, shards, w) for w in own)


def test_big_shards_are_cut_by_another_letter_and_words_stay_findable(monkeypatch) -> None:
    words = [PostingWords(("engineer",), tuple(f"en{i:03d}x" for i in range(row * 40, row * 40 + 40)))
             for row in range(5)]
    monkeypatch.setattr(search, "SHARD_LIMIT", 2_000)
    outputs = build_search_index([f"acme/p{i}" for i in range(5)], words)
    manifest = json.loads(outputs[0].data)
    by_path = {o.path: o.data for o in outputs}
    shards = {key: json.loads(by_path[f"data/search/{name}"]) for key, name in manifest["s"].items()}
    assert "en" not in shards  # it held no word of two letters: every word went to a longer key
    assert len(shards) >= 3 and all(key.startswith("en") and len(key) >= 3 for key in shards)
    for key, name in manifest["s"].items():
        assert len(by_path[f"data/search/{name}"]) <= 2_000, key
    assert lookup(manifest, shards, "en123x") == ([3], [])
    assert lookup(manifest, shards, "engineers") == ([0, 1, 2, 3, 4], [0, 1, 2, 3, 4])
    # A word exactly as long as the key of a shard that is cut stays in it: "en" (in row 2) beside "en…" words.
    words[2] = PostingWords(words[2].title, (*words[2].other, "en"))
    outputs = build_search_index([f"acme/p{i}" for i in range(5)], words)
    manifest = json.loads(outputs[0].data)
    by_path = {o.path: o.data for o in outputs}
    shards = {key: json.loads(by_path[f"data/search/{name}"]) for key, name in manifest["s"].items()}
    assert lookup(manifest, shards, "en") == ([2], []) and len(shards["en"]["w"]) == 1


def shard_sizes(per_row: int) -> dict[str, int]:
    """Shard key → bytes, for five rows of `per_row` distinct words each, every word starting "en"."""
    words = [PostingWords(("engineer",), tuple(f"en{i:04d}x" for i in range(row * per_row, (row + 1) * per_row)))
             for row in range(5)]
    outputs = build_search_index([f"acme/p{i}" for i in range(5)], words)
    by_path = {o.path: len(o.data) for o in outputs}
    return {key: by_path[f"data/search/{name}"] for key, name in json.loads(outputs[0].data)["s"].items()}


def test_a_shard_holds_about_24_kb_before_it_is_cut() -> None:
    """Each shard is one request when a word is typed: 600 words under one key (8.5 KB) are one file, not many;
    1,000 (over the limit, as the size is reckoned) are cut by the next letters into ten of 1.4 KB, the title's
    word apart."""
    assert shard_sizes(120) == {"en": 8_557}
    cut = shard_sizes(200)
    assert list(cut) == [f"en0{i}" for i in range(10)] + ["eng"]
    assert set(list(cut.values())[:10]) == {1_426} and cut["eng"] == 134


def test_outputs_are_the_manifest_the_shards_and_one_text_per_open_posting(built_site) -> None:
    site, result = built_site
    postings = result.model.open_postings
    protected = protected_words(result.model.open_by_tag)
    rows = search_rows(result.model)
    words = [posting_words(p) if p.is_open else None for p in rows]
    outputs = build_search_index([p.key for p in rows], words, None, protected)
    again = build_search_index([p.key for p in rows], iter(words), None, protected)
    assert [(o.path, o.data) for o in outputs] == [(o.path, o.data) for o in again]
    assert re.fullmatch(r"data/search\.[0-9a-f]{10}\.json", outputs[0].path)
    assert all(o.path.startswith("data/search") for o in outputs)  # texts are outputs of their own
    assert [o.path for o in render_search_texts(result.model)] == [f"text/{p.key}.txt" for p in postings]
    for posting in postings:
        assert (site / "text" / f"{posting.key}.txt").read_text() == plain_text(posting.body_html)
    assert all((site / o.path).read_bytes() == o.data for o in outputs)


def test_the_index_made_from_the_model_alone_is_the_one_the_build_wrote(built_site) -> None:
    # render_search_index: the index without a cache (a build with none), from the open postings' words only.
    site, result = built_site
    outputs = render_search_index(result.model)
    manifest = json.loads(outputs[0].data)
    assert len(manifest["s"]) > 1 and len(outputs) == 1 + len(set(manifest["s"].values()))
    assert [(o.path, o.data) for o in outputs] == [(o.path, (site / o.path).read_bytes()) for o in outputs]
    assert sorted(p.relative_to(site).as_posix() for p in site.glob("data/search*/**/*.json")) + \
        [p.relative_to(site).as_posix() for p in site.glob("data/search.*.json")] == \
        sorted(o.path for o in outputs[1:]) + [outputs[0].path]


def test_a_posting_closed_this_week_is_a_tombstone_row_with_no_words(scratch_site) -> None:
    result = scratch_site(basic_tree(**{"open-role": POSTING, "closed-role": {
        **POSTING, "title": "Closed Zeppelin Engineer", "posted": dt.date(2026, 11, 2),
        "closed": dt.date(2026, 11, 25)}}))
    outputs = render_search_index(result.model)
    assert [(o.path, o.data) for o in outputs] == [(o.path, Path("site", o.path).read_bytes()) for o in outputs]
    manifest = json.loads(outputs[0].data)
    assert manifest["n"] == 2 and manifest["x"] == encode_rows([1])  # rows oldest first: the closed one is newer
    assert not any(b"zeppelin" in o.data for o in outputs)  # its row is kept, its words are not


def test_no_open_postings_means_no_index() -> None:
    assert build_search_index([], []) == []


def test_listing_offers_search_and_says_it_needs_javascript(built_site) -> None:
    site, _ = built_site
    html = (site / "index.html").read_text()
    assert re.search(r'data-search="/data/search\.[0-9a-f]{10}\.json"', html) and "jobs-search." in html
    assert "Search needs JavaScript." in html
    assert '<option value="relevance">Relevance</option>' in html


def test_search_index_is_deterministic_across_builds(scratch_site, tmp_path: Path) -> None:
    tree = basic_tree(a={**POSTING, "title": "Rust Engineer"}, b={**POSTING, "title": "C++ Engineer"})

    def files() -> dict[Path, bytes]:
        site = tmp_path / "site"
        return {p.relative_to(site): p.read_bytes() for folder in ("data", "text") for p in (site / folder).rglob("*")
                if p.is_file()}

    scratch_site(tree)
    before = files()
    scratch_site(tree)
    assert files() == before and len(before) > 6


def test_technology_names_are_kept_out_of_the_stemmer() -> None:
    # Snowball stems "solidity" to "solid": before, a search for Solidity found every "solid understanding".
    assert stem_words(["solidity", "solid"]) == ["solid", "solid"]
    words = [PostingWords(("auditor",), ("solidity", "vyper")), PostingWords(("engineer",), ("solid",)),
             PostingWords(("developer",), ("solidly", "solids"))]
    protected = protected_words(["vyper"])
    assert {"solidity", "vyper", "cairo", "move", "ros", "cuda"} <= protected
    outputs = build_search_index(["acme/a", "acme/b", "acme/c"], words, None, protected)
    manifest = json.loads(outputs[0].data)
    by_path = {o.path: o.data for o in outputs}
    shards = {key: json.loads(by_path[f"data/search/{name}"]) for key, name in manifest["s"].items()}
    assert lookup(manifest, shards, "solidity") == ([0], [])
    assert lookup(manifest, shards, "solid") == ([1, 2], [])  # its own inflections still find each other
    with pytest.raises(KeyError):
        lookup(manifest, shards, "solidities")  # a name has no inflections to add


def test_tags_in_use_are_protected_unless_they_inflect_their_stem() -> None:
    protected = protected_words(["Solidity", "testing", "documentation", "c++", "ros2", "llm"]) - protected_words([])
    assert protected == {"documentation"}  # solidity is a listed name already; "testing" is test + ing


# Postings of different words, so most shards hold the words of a few postings only.
SUBJECTS = ["kernels", "lidar", "zk proofs", "wallets", "grippers", "vision", "tokenomics", "compilers",
            "drones", "indexers", "quantization", "telemetry", "haptics", "oracles", "yield", "fuzzing"]
UNTAGGED = {key: value for key, value in POSTING.items() if key != "tags"}


def board(**extra: dict) -> dict[str, str | bytes]:
    """Sixteen postings a day apart (oldest first), each about its own subject, and `extra` ones."""
    tree = basic_tree()
    del tree["jobs/acme/senior-robotics-engineer.md"]
    for i, subject in enumerate(SUBJECTS):
        data = {**UNTAGGED, "title": f"{subject.title()} Engineer", "posted": dt.date(2026, 11, 1 + i)}
        tree[f"jobs/acme/p{i}.md"] = front_matter({**data, **extra.get(f"p{i}", {})}, f"Build {subject} at scale.\n")
    for name, data in extra.items():
        if not name.startswith("p"):
            tree[f"jobs/acme/{name}.md"] = front_matter(data, "Grow hydroponic orchards.\n")
    return tree


def search_files(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (site / "data" / "search").iterdir()}


def test_adding_and_closing_a_posting_rewrites_only_the_shards_of_its_words(scratch_site, tmp_path: Path) -> None:
    scratch_site(board())
    before = search_files(tmp_path / "site")
    new = {**UNTAGGED, "title": "Hydroponics Engineer", "posted": CLOCK.date()}
    edited = board(hydro=new, p3={"closed": CLOCK.date()})  # one new today, one of the oldest closed
    result = scratch_site(edited)
    after = search_files(tmp_path / "site")
    manifest, shards = read_index(tmp_path / "site")
    closed = next(p for p in result.model.postings if p.slug == "p3")
    words = {w for p in (closed, result.model.open_postings[0])
             for w in (*posting_words(p).title, *posting_words(p).other)}
    # The shards where the browser looks for the two postings' words (their inflections share them).
    touched = {manifest["s"][max(keys, key=len)] for w in words if (keys := [k for k in shards if w.startswith(k)])}
    # The closed posting's own word: its row left every shard.
    assert not [group for shard in shards.values() for group in shard["w"] if "wallets" in group.split(" ")]
    changed = set(after) - set(before)
    assert changed <= touched, sorted(k for k, name in manifest["s"].items() if name in changed - touched)
    assert len(after) - len(changed) >= 12  # the shards of the other postings' words stayed as they were


def test_a_closed_posting_keeps_its_row_until_the_week_it_closed_is_over(scratch_site) -> None:
    # CLOCK is Thursday 26 Nov 2026: this week began on Monday the 23rd.
    closed = {"p1": {"closed": dt.date(2026, 11, 20)}, "p2": {"closed": dt.date(2026, 11, 23)},
              "p3": {"closed": dt.date(2026, 11, 22)}, "p4": {"expires": dt.date(2026, 11, 24)}}
    model = scratch_site(board(**closed)).model
    rows = [p.slug for p in search_rows(model)]
    # Oldest first; p1 closed last week, and p3 on its Sunday (a week runs Monday to Sunday).
    assert rows == ["p0", "p2", *(f"p{i}" for i in range(4, 16))]
    assert [p.slug for p in search_rows(model) if not p.is_open] == ["p2", "p4"]
    monday = scratch_site(board(**closed), clock=CLOCK + dt.timedelta(days=4)).model
    assert [p.slug for p in search_rows(monday)] == [p.slug for p in reversed(monday.open_postings)]


def test_a_descriptions_words_stay_apart_across_tags_entities_and_lines() -> None:
    html = "<p>Build <b>robots</b> &amp; drones</p>\n<ul><li>in&nbsp;Denver</li><li>5&lt;6</li></ul>"
    assert plain_text(html) == "Build robots & drones in Denver 5<6"


def test_a_shard_counts_its_title_rows_when_it_is_cut():
    # 240 words of one two-letter group, each with its rows and as many title rows: about 30,000 bytes, so the
    # group is cut by more letters; a size that left the title rows out would keep it whole, past the limit.
    rng = random.Random(9)
    words = [f"ab{i:03d}" for i in range(240)]
    stems = {w: w for w in words}
    lists = {w: (encode_rows(sorted(rng.sample(range(3000), 30))), encode_rows(sorted(rng.sample(range(3000), 30))))
             for w in words}
    shards = cut_into_shards(words, stems, lists, Counter(stems.values()))
    assert [key for key, _ in shards] == ["ab0", "ab1", "ab2"]
    assert all(len(data) <= SHARD_LIMIT for _, data in shards)


def test_a_stems_lists_are_counted_once_among_its_words_when_a_shard_is_cut():
    # 120 stems of two words each: the words share their stem's lists, about 16,000 bytes in all, so the group
    # stays one shard; counting the lists once per word would make it 31,000 and cut it for nothing.
    rng = random.Random(9)
    stems = {f"ab{i:03d}{end}": f"ab{i:03d}" for i in range(120) for end in ("", "s")}
    lists = {stem: (encode_rows(sorted(rng.sample(range(3000), 30))), encode_rows(sorted(rng.sample(range(3000), 30))))
             for stem in sorted(set(stems.values()))}
    shards = cut_into_shards(sorted(stems), stems, lists, Counter(stems.values()))
    assert [key for key, _ in shards] == ["ab"]
    assert len(shards[0][1]) <= SHARD_LIMIT
