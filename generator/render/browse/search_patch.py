"""The search index kept between builds and patched row by row: an edit re-inverts the rows it changed, not all.

The index (browse/search.py) is a pure function of its rows in order: each row's posting words, or none for a
tombstone. A build keeps what patching needs (`SearchState`): each row's fingerprint, which decides its words;
how many rows hold each posting word; every word's stem; how many posting words each inflection is a form of;
each stem's encoded lists; and the shards each group of words (by their first two letters) was cut into. The
next build compares its rows with the kept ones (`changed_rows`) and, given the old and new words of the rows
that differ, works out what a build from scratch would (`patch_index`): the stems whose rows moved, the words
that came or went with their inflections, and the shards of the groups that hold any of them, cut again from
their words alone (search.py `cut_into_shards`). Every other shard is the last build's, byte for byte. So a
patched index is the one a build from scratch makes of the same rows, which tests/render/test_search_patch.py
checks on random edits; the rows themselves keep their history as search.py defines it (tombstones until the
week is over, new postings appended).
"""
from __future__ import annotations

import base64
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .search import (
    _STEMMER,
    DIGITS,
    FormsOf,
    PostingWords,
    build_shards,
    cut_into_shards,
    encode_rows,
    inflected,
    invert,
    row_lists,
    shard_file,
    stem_words,
    word_forms,
)

Row = bytes | None  # what decides a row's words: its posting's fingerprint; None for a tombstone
Words = Mapping[int, PostingWords | None]  # words of some rows, None for a tombstone or a row that is not there


@dataclass(frozen=True)
class SearchState:
    """What a build of the index keeps so that the next one can patch it (see the module's docstring)."""

    rows: list[Row]
    protected: tuple[str, ...]  # the protected words it was made with (search.protected_words), sorted
    counts: dict[str, int]  # each posting word → the rows that hold it
    stems: dict[str, str]  # every word the index answers to → its stem
    producers: dict[str, int]  # each inflection of a posting word → the posting words it is a form of
    lists: dict[str, tuple[str, str]]  # stem → its encoded rows and title rows
    shards: dict[str, list[tuple[str, str]]]  # group (first two letters) → its shards' keys and files, in order

    def entry(self) -> tuple:
        """The state in the types a cache table stores (marshal's)."""
        return self.rows, self.protected, self.counts, self.stems, self.producers, self.lists, self.shards

    @property
    def gone(self) -> list[int]:
        """The tombstones' rows."""
        return [row for row, found in enumerate(self.rows) if found is None]

    def shard_files(self) -> list[tuple[str, str]]:
        """Every shard's key and file, in key order (as search.build_shards makes them)."""
        return [shard for group in sorted(self.shards) for shard in self.shards[group]]


def build_index(rows: Sequence[Row], words: Iterable[PostingWords | None], forms_of: FormsOf = word_forms,
                protected: frozenset[str] = frozenset()) -> tuple[SearchState, list[tuple[str, bytes]]]:
    """The index made from scratch, as search.build_search_index makes it: its state, and its shards (key, JSON)."""
    inverted = invert(words, forms_of, protected)
    shards = build_shards(inverted.stems, inverted.rows, inverted.title_rows)
    groups: dict[str, list[tuple[str, str]]] = {}
    for key, data in shards:
        groups.setdefault(key[:2], []).append((key, shard_file(data)))
    state = SearchState(list(rows), tuple(sorted(protected)), inverted.counts, inverted.stems, inverted.producers,
                        row_lists(inverted.rows, inverted.title_rows), groups)
    return state, shards


def changed_rows(before: Sequence[Row], after: Sequence[Row]) -> list[int]:
    """The rows whose words may differ: another fingerprint, a tombstone on one side only, or a row one side lacks
    (two tombstones hold the same: nothing)."""
    return [row for row, (was, now) in enumerate(itertools.zip_longest(before, after)) if was != now]


def patch_index(state: SearchState, rows: Sequence[Row], before: Words, after: Words,
                forms_of: FormsOf = word_forms) -> tuple[SearchState, dict[str, bytes]]:
    """The state of the index of `rows`, and the bytes of the shard files it gained, from the `state` of the index
    of other rows made with the same protected words. `before` and `after` hold the old and new words of every
    row in `changed_rows` (rows in neither are the same on both sides). `state` is left as it was."""
    counts, stems, producers = dict(state.counts), dict(state.stems), dict(state.producers)
    seen = {w for words in (*before.values(), *after.values()) if words for w in (*words.title, *words.other)}
    fresh = sorted(w for w in seen if w not in counts)  # words no row held (not `- counts.keys()`: it walks them all)
    own = {w: stems[w] for w in seen if w in counts}  # each word's stem as a posting word (not as an inflection)
    own.update(zip(fresh, stem_words(fresh, frozenset(state.protected)), strict=True))
    moved, recounted = _move_rows(before, after, counts, own)
    came = [w for w in recounted if counts[w] and not state.counts.get(w)]
    went = [w for w in recounted if not counts[w]]
    for word in went:
        del counts[word]
    forms = forms_of([w for w in (*came, *went) if inflected(w, own[w])], own)
    for word, found in forms.items():
        step = 1 if word in counts else -1
        for form in found:
            producers[form] = producers.get(form, 0) + step
            if not producers[form]:
                del producers[form]
    touched = {*came, *went, *(form for found in forms.values() for form in found)}
    restemmed, regrouped = _restem(touched, counts, producers, stems, own)
    lists = dict(state.lists)
    for stem, (found, in_title) in moved.items():
        code, title_code = lists.get(stem, ("", ""))
        patched = (_patched(code, *found), _patched(title_code, *in_title))
        if patched[0]:
            lists[stem] = patched
        else:
            lists.pop(stem, None)  # no row holds a word of it: nor does any word of the index have it (`_restem`)
    moved_stems = moved.keys() | restemmed
    groups = regrouped | {word[:2] for word, stem in stems.items() if stem in moved_stems}
    shards, made = _recut(groups, state.shards, stems, lists)
    return SearchState(list(rows), state.protected, counts, stems, producers, lists, shards), made


Moves = tuple[set[int], set[int]]  # rows a stem gains, rows it loses


def _move_rows(before: Words, after: Words, counts: dict[str, int], own: Mapping[str, str],
               ) -> tuple[dict[str, tuple[Moves, Moves]], set[str]]:
    """Count each changed row's words out and in (`counts`, in place); return by stem the rows it gains and loses
    and the title rows it gains and loses, and the words whose counts moved."""
    moved: defaultdict[str, tuple[Moves, Moves]] = defaultdict(lambda: ((set(), set()), (set(), set())))
    recounted: set[str] = set()
    for row in before.keys() | after.keys():
        was, now = before.get(row), after.get(row)
        old = {*was.title, *was.other} if was else set()
        new = {*now.title, *now.other} if now else set()
        for word in old - new:
            counts[word] -= 1
        for word in new - old:
            counts[word] = counts.get(word, 0) + 1
        recounted |= old ^ new
        titles = (set(was.title) if was else set(), set(now.title) if now else set())
        for i, (had_words, has_words) in enumerate(((old, new), titles)):
            had, has = {own[w] for w in had_words}, {own[w] for w in has_words}
            for stem in has - had:
                moved[stem][i][0].add(row)
            for stem in had - has:
                moved[stem][i][1].add(row)
    return moved, recounted


def _restem(words: set[str], counts: Mapping[str, int], producers: Mapping[str, int], stems: dict[str, str],
            own: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """Give each of `words` the stem a build from scratch gives it (in `stems`, in place): its own as a posting
    word; else, as an inflection of one, Snowball's (word_forms keeps only forms stemmed as their word); else none.
    Return the stems that gained or lost a word, and the groups of the words that moved."""
    forms = sorted(w for w in words if w not in counts and w in producers)
    form_stems = dict(zip(forms, _STEMMER.stemWords(forms), strict=True))
    restemmed: set[str] = set()
    regrouped: set[str] = set()
    for word in words:
        stem = (own[word] if word in own else stems[word]) if word in counts else form_stems.get(word)
        was = stems.get(word)
        if stem == was:
            continue
        restemmed |= {was, stem} - {None}
        regrouped.add(word[:2])
        if stem is None:
            del stems[word]
        else:
            stems[word] = stem
    return restemmed, regrouped


def _recut(groups: set[str], shards: dict[str, list[tuple[str, str]]], stems: Mapping[str, str],
           lists: Mapping[str, tuple[str, str]]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, bytes]]:
    """The shards of every group with those of `groups` cut again, and the bytes of the files they are in."""
    members: dict[str, list[str]] = {group: [] for group in groups}
    for word in stems:
        if (group := members.get(word[:2])) is not None:
            group.append(word)
    words_of_stem = Counter(stems.values())
    shards, made = dict(shards), {}
    for group, words in members.items():
        if not words:
            shards.pop(group, None)
            continue
        cut = cut_into_shards(sorted(words), stems, lists, words_of_stem)
        shards[group] = [(key, shard_file(data)) for key, data in cut]
        made.update((shard_file(data), data) for _, data in cut)
    return shards, made


def _patched(code: str, gained: set[int], lost: set[int]) -> str:
    """An encoded row list (search.encode_rows) with rows added and removed, as encode_rows writes the result."""
    if not gained and not lost:
        return code
    if not code.startswith("!"):
        return encode_rows(sorted(set(decode_rows(code)).difference(lost).union(gained)))
    bits = int.from_bytes(base64.b64decode(code[1:]), "little")  # a bitmap: patched as one number, not row by row
    for row in gained:
        bits |= 1 << row
    for row in lost:
        bits &= ~(1 << row)
    if not bits:
        return ""
    size = (bits.bit_length() - 1) // 8 + 1  # to the byte of the last row, as encode_rows cuts it
    if bits.bit_count() >= 1 + 4 * -(-size // 3):  # too many rows for gaps to be shorter: encode_rows's bitmap
        return "!" + base64.b64encode(bits.to_bytes(size, "little")).decode()
    return encode_rows(_set_bits(bits.to_bytes(size, "little")))


# One gap: digits that say more follow (DIGITS[32:]), then its last digit.
_GAP_RE = re.compile(f"[{re.escape(DIGITS[32:])}]*[{re.escape(DIGITS[:32])}]")
_DIGIT = {digit: value & 31 for value, digit in enumerate(DIGITS)}
_BITS = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]


def decode_rows(code: str) -> list[int]:
    """The ascending rows of an encoded list (search.encode_rows), as static/jobs-search.js `or` reads them."""
    if code.startswith("!"):
        return _set_bits(base64.b64decode(code[1:]))
    rows, row = [], -1
    for digits in _GAP_RE.findall(code):
        gap = 0
        for digit in digits:
            gap = gap * 32 + _DIGIT[digit]
        row += gap + 1
        rows.append(row)
    return rows


def _set_bits(bitmap: bytes) -> list[int]:
    return [i * 8 + bit for i, byte in enumerate(bitmap) if byte for bit in _BITS[byte]]
