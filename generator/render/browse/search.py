"""Full-text search of the open postings: a static inverted index, cut into shards by the words' first letters.

Why our own index and not Pagefind's (bench/SEARCH-RESULTS.md): at 10,000 postings Pagefind's fixed part
alone is ~155 KB per first query (over the 150 KB budget) and its indexing takes longer than Hugo's whole cold
build; this index costs a manifest and one shard of a few KB per word, and is built from memoised words.

What the build writes (`build_search_index`):
- `data/search.<hash>.json`, the manifest: the number of rows, the rows that are tombstones, where shards
  and texts are, and for every shard key its file;
- `data/search/<hash>.json`, one shard per key (a word's first two letters, a longer key where a shard
  would be too big). It lists every word that starts with its key, grouped by stem, with the rows
  (`search_rows`) whose posting holds a word of that stem, and the rows whose title does. A group lists the
  posting's own words and the regular inflections of them that Snowball gives the same stem ("tuning"
  beside "tune"), so the browser looks words up as typed and needs no stemmer of its own;
- `text/<company>/<slug>.txt`, each description as plain text, from which the browser cuts excerpts: one
  output per posting (`render_search_texts`), rendered only when that posting changes.
Rows are stable, so that an edit rewrites only the shards of the words it touches: they number the postings
oldest first (a new posting takes the next row, and no other row moves), and a posting that closes keeps its
row as a tombstone (absent from every shard) until the week it closed is over. The open postings' rows, last
first, are the rows of the postings index (data/postings.json), so the browser maps one onto the other with
the tombstones alone (static/jobs-search.js).
Every file is byte-identical for the same postings and the same build week. The pure pieces (`posting_words`,
`build_search_index`) let the engine memoise the words of each posting by its fingerprint (render/site.py), and
patch the last index where its rows changed (browse/search_patch.py).
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import Stemmer

from ...model import Model, Posting
from .. import format as fmt
from ..output import LazyOutput, Output

MANIFEST_PREFIX = "data/search"  # data/search.<hash>.json, and the shards under data/search/
TEXT_DIR = "text"  # text/<company>/<slug>.txt: one plain-text description per open posting, for excerpts
# A word: letters and digits, dotted parts (node.js, .net), trailing + or # (c++, c#). Mirrored in
# static/jobs-search.js (TOKEN), which cuts the query by the same rule.
# The first letter is spelled apart: the same pattern, but Python's matcher then skips ahead twice as fast.
TOKEN_RE = re.compile(r"\.?[^\W_][^\W_]*(?:\.[^\W_]+)*[+#]*")
ASCII_TOKEN_RE = re.compile(r"\.?[a-z0-9][a-z0-9]*(?:\.[a-z0-9]+)*[+#]*")  # the same on ASCII text, faster still
SHARD_LIMIT = 24_000  # about the bytes of JSON a shard may hold before it is cut by one more letter
# Row lists are written in the shorter of two forms: gaps between rows as base-32 digits (DIGITS[32:] mark
# "more digits follow"), or "!" and a base64 bitmap. Mirrored in static/jobs-search.js (DIGITS).
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
# Endings that regular English inflection adds; forms made by swapping them are kept only when Snowball
# stems them like the word they came from (`inflections`).
STRIPPED = ("s", "es", "ies", "ed", "ied", "d", "ing", "er", "ers", "r", "rs")
TECHNOLOGY_NAMES = Path(__file__).parent / "data" / "technology-names.txt"
PROTECTED = "="  # a protected word's stem is the word behind this mark: no English word stems to it
TAG_RE = re.compile(r"<[^>]+>")
ACCENT_RE = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class PostingWords:
    """What the index holds about one open posting: its distinct words."""

    title: tuple[str, ...]
    other: tuple[str, ...]  # company, place, tags and description, less the title's words


def plain_text(body_html: str) -> str:
    """The description's text: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(TAG_RE.sub(" ", body_html)).split())


def fold(text: str) -> str:
    """Lower case without accents, as the browser folds the query (jobs-cards.js fold)."""
    if text.isascii():
        return text.lower()
    return ACCENT_RE.sub("", unicodedata.normalize("NFD", text)).lower()


def search_tokens(text: str) -> list[str]:
    """The words of `text` the index holds, distinct, in order of first appearance; a dotted word also
    gives its parts ("node.js" → "node", "js")."""
    folded = fold(text)
    seen: dict[str, None] = {}
    for token in dict.fromkeys((ASCII_TOKEN_RE if folded.isascii() else TOKEN_RE).findall(folded)):
        if "." in token:
            seen.update(dict.fromkeys([token, *(p for p in token.split(".") if p)]))
        else:
            seen[token] = None
    return list(seen)


def posting_words(posting: Posting) -> PostingWords:
    """A posting's words as the index sees them: title apart, so title matches can rank first."""
    text = plain_text(posting.body_html)
    title = search_tokens(posting.title)
    rest = search_tokens(" ".join([posting.company.name, fmt.format_place(posting), *posting.tags, text]))
    in_title = set(title)
    return PostingWords(tuple(title), tuple(w for w in rest if w not in in_title))


def render_search_texts(model: Model) -> list[Output]:
    """Each open posting's description as plain text, for the browser's excerpts: given its posting only."""
    return [search_text_output(p) for p in model.open_postings]


def search_text_output(posting: Posting) -> Output:
    return LazyOutput(f"{TEXT_DIR}/{posting.key}.txt", f"search text of {posting.key}", search_text, posting)


def search_text(posting: Posting) -> bytes:
    return plain_text(posting.body_html).encode("utf-8")


@functools.cache
def technology_names() -> frozenset[str]:
    """The names in data/technology-names.txt: matched as written, never stemmed."""
    lines = TECHNOLOGY_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def protected_words(tags: Iterable[str]) -> frozenset[str]:
    """The technology names, and each one-word tag in use that the stemmer would cut to another word than one
    it inflects: "vyper" stays itself, "testing" still finds "test" (a regular inflection), "solidity" is no
    longer "solid"."""
    words = {t for tag in tags if len(t := fold(tag)) >= 3 and t.isalpha() and t.isascii()}
    stems = dict(zip(sorted(words), _STEMMER.stemWords(sorted(words)), strict=True))
    return technology_names() | {w for w, stem in stems.items() if stem != w and w not in _candidates(stem)}


def compaction_day(today: dt.date) -> dt.date:
    """The Monday of the build's week: tombstones of postings that ended before it are dropped, and the rows
    after them renumbered, so every shard is rewritten once a week at most (by the build's clock, which
    honours SOURCE_DATE_EPOCH), and tombstones never outnumber a week of closings."""
    return today - dt.timedelta(days=today.weekday())


def search_rows(model: Model) -> list[Posting]:
    """The postings that hold a row, in row order: oldest first (`model.postings` reversed, so a posting
    posted today is appended; ties in a day are in reverse key order), every open posting, and as tombstones
    those no longer open that ended this week (`compaction_day`)."""
    since = compaction_day(model.clock.date())
    return [p for p in reversed(model.postings) if p.is_open or p.ended is not None and p.ended >= since]


def render_search_index(model: Model, words_of: Callable[[Posting], PostingWords] = posting_words,
                        forms_of: FormsOf | None = None) -> list[Output]:
    """The search index of this model; `words_of` and `forms_of` are where the engine plugs in its memos."""
    postings = search_rows(model)
    protected = protected_words(model.open_by_tag)
    # A generator: each posting's words are inverted and dropped, never all held at once (100,000 postings'
    # words are gigabytes as tuples of strings; their inverted lists are a fraction of that).
    return build_search_index([p.key for p in postings], (words_of(p) if p.is_open else None for p in postings),
                              forms_of or word_forms, protected)


def build_search_index(keys: Sequence[str], words: Iterable[PostingWords | None], forms_of: FormsOf | None = None,
                       protected: frozenset[str] = frozenset()) -> list[Output]:
    """Manifest first, then shards; nothing when no posting is open. `keys` are the postings' keys in row
    order, `words` their words in the same order, None for a tombstone."""
    inverted = invert(words, forms_of or word_forms, protected)
    return index_outputs(len(keys), inverted.gone, build_shards(inverted.stems, inverted.rows, inverted.title_rows))


def index_outputs(n: int, gone: list[int], shards: Sequence[tuple[str, bytes]]) -> list[Output]:
    """The manifest of `n` rows with the tombstones `gone`, then the shards (key, JSON) in key order; nothing
    when every row is a tombstone."""
    if len(gone) == n:
        return []
    files = {key: shard_file(data) for key, data in shards}
    manifest = json.dumps({"n": n, "x": encode_rows(gone), "s": files, "b": f"/{MANIFEST_PREFIX}/",
                           "t": f"/{TEXT_DIR}/"}, separators=(",", ":"), sort_keys=True).encode()
    outputs = [Output(f"{MANIFEST_PREFIX}.{_digest(manifest)}.json", manifest, "search index")]
    outputs += [Output(f"{MANIFEST_PREFIX}/{files[key]}", data, "search index") for key, data in shards]
    return outputs


@dataclass(frozen=True)
class Inverted:
    """What the index holds before it is cut into shards, and what patching it needs (browse/search_patch.py)."""

    stems: dict[str, str]  # every word the index answers to → its stem (the postings' words and inflections)
    rows: dict[str, list[int]]  # stem → ascending rows
    title_rows: dict[str, list[int]]  # stem → ascending rows whose title holds it
    gone: list[int]  # the tombstones' rows
    counts: dict[str, int]  # each posting word → the rows that hold it
    producers: dict[str, int]  # each inflection found for the postings' words → the words it is a form of


def invert(words: Iterable[PostingWords | None], forms_of: FormsOf, protected: frozenset[str] = frozenset(),
           ) -> Inverted:
    """Word → stem for every word the index answers to, stem → ascending rows (title rows apart), and the
    tombstones' rows. A protected word is its own group: it finds only itself, and no other word finds it."""
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    by_title: defaultdict[str, list[int]] = defaultdict(list)
    gone: list[int] = []
    for row, w in enumerate(words):
        if w is None:
            gone.append(row)
            continue
        for word in w.title:
            by_title[word].append(row)
            by_word[word].append(row)
        for word in w.other:
            by_word[word].append(row)
    vocabulary = sorted(by_word)
    stems = dict(zip(vocabulary, stem_words(vocabulary, protected), strict=True))
    rows = _merge_by_stem(by_word, stems)
    title_rows = _merge_by_stem(by_title, stems)
    forms = vocabulary_forms(vocabulary, stems, forms_of)
    stems.update(_inflections_of(forms, stems))
    producers = Counter(form for found in forms.values() for form in found)
    return Inverted(stems, rows, title_rows, gone, {word: len(found) for word, found in by_word.items()},
                    dict(producers))


def _merge_by_stem(by_word: dict[str, list[int]], stems: dict[str, str]) -> dict[str, list[int]]:
    merged: dict[str, list[int]] = {}
    for word, rows in by_word.items():
        stem = stems[word]
        merged[stem] = sorted({*merged[stem], *rows}) if stem in merged else rows
    return merged


_STEMMER = Stemmer.Stemmer("english", 0)  # no cache: it is asked each distinct word once, and its cache costs 3×


def stem_words(words: Sequence[str], protected: frozenset[str] = frozenset()) -> list[str]:
    """Snowball's English stem of each word; words that are not plain Latin letters stay as they are
    (c++, node.js, k8s, 2026), and protected words (technology names) become their own marked stem."""
    stems = _STEMMER.stemWords(words)
    return [PROTECTED + word if word in protected else stem if word.isalpha() and word.isascii() else word
            for word, stem in zip(words, stems, strict=True)]


def word_forms(words: Sequence[str], stems: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each word's regular inflections that Snowball gives the word's own stem ("tuning", "tuned" and
    "tunes" for "tune"; "engineer" and "engineers" for "engineering"). A pure function of each word."""
    pairs = [(word, candidate) for word in words for candidate in sorted(_candidates(word)) if candidate != word]
    got = _STEMMER.stemWords([candidate for _, candidate in pairs])
    forms: dict[str, list[str]] = {word: [] for word in words}
    for (word, candidate), its in zip(pairs, got, strict=True):
        if its == stems[word]:
            forms[word].append(candidate)
    return {word: tuple(found) for word, found in forms.items()}


FormsOf = Callable[[Sequence[str], Mapping[str, str]], Mapping[str, tuple[str, ...]]]


def inflections(vocabulary: Sequence[str], stems: Mapping[str, str], forms_of: FormsOf = word_forms) -> dict[str, str]:
    """Inflections of the board's words that the board lacks, each with its stem: a query word is then found
    as typed, though the browser has no stemmer. `forms_of` is `word_forms` or the engine's memo of it."""
    return _inflections_of(vocabulary_forms(vocabulary, stems, forms_of), stems)


def inflected(word: str, stem: str) -> bool:
    """Whether the index adds inflections of this word of the board: a name has none ("solidities" is not
    Solidity), nor has a word that is not plain Latin letters."""
    return len(word) >= 3 and word.isalpha() and word.isascii() and not stem.startswith(PROTECTED)


def vocabulary_forms(vocabulary: Sequence[str], stems: Mapping[str, str], forms_of: FormsOf = word_forms,
                     ) -> Mapping[str, tuple[str, ...]]:
    """The regular inflections of each of the board's words that has them (`inflected`)."""
    return forms_of([word for word in vocabulary if inflected(word, stems[word])], stems)


def _inflections_of(forms: Mapping[str, tuple[str, ...]], stems: Mapping[str, str]) -> dict[str, str]:
    # A form made from two words is kept once: its stem is one, whichever word it came from.
    return {form: stems[word] for word, found in forms.items() for form in found if form not in stems}


def _candidates(word: str) -> set[str]:
    # The word less a common ending, then each base with the endings English adds to it: -s, -es, -ed,
    # -ing, -er(s), with a final e dropped, y turned to i, or a last consonant doubled.
    bases = [word, *(word[: -len(end)] for end in STRIPPED if word.endswith(end) and len(word) - len(end) >= 3)]
    out: set[str] = set()
    for base in bases:
        if base.endswith("e"):
            out.update((base, base + "s", base + "d", base + "r", base + "rs", base[:-1] + "ing"))
        elif base.endswith("y"):
            out.update((base, base + "s", base + "ing", base + "er", base[:-1] + "ies", base[:-1] + "ied"))
        else:
            out.update(base + end for end in ("", "e", "s", "es", "ed", "ing", "er", "ers"))
            if base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
                out.update(base + base[-1] + end for end in ("ed", "ing", "er", "ers"))
    return out


def build_shards(stems: dict[str, str], rows: dict[str, list[int]], title_rows: dict[str, list[int]],
                 ) -> list[tuple[str, bytes]]:
    """(key, JSON) for every shard, keys in order: a shard depends on its own words' rows alone."""
    return cut_into_shards(sorted(stems), stems, row_lists(rows, title_rows), Counter(stems.values()))


def row_lists(rows: dict[str, list[int]], title_rows: dict[str, list[int]]) -> dict[str, tuple[str, str]]:
    """Each stem's encoded rows and title rows."""
    return {stem: (encode_rows(found), encode_rows(title_rows.get(stem, []))) for stem, found in rows.items()}


def cut_into_shards(words: list[str], stems: Mapping[str, str], lists: Mapping[str, tuple[str, str]],
                    words_of_stem: Mapping[str, int]) -> list[tuple[str, bytes]]:
    """(key, JSON) for the shards that hold `words`, sorted, every word of each of their first two letters:
    each such group is cut on its own (`cut_shards`), from its words, their stems, the stems' lists and the
    number of words of each stem."""
    # Bytes each word adds to a shard: itself, and its share of its stem's lists and positions (the empty
    # title list is shared). A stem's words nearly always share a shard, so a shard's size is about the
    # sum over its words, and each shard is encoded once.
    stem_size = {stem: len(a) + 3 + (len(b) + 3 if b else 0) + 12
                 for stem in {stems[word] for word in words} for a, b in (lists[stem],)}
    word_size = {word: len(word.encode("utf-8")) + 3 + stem_size[stem] / words_of_stem[stem]
                 for word in words for stem in (stems[word],)}

    def size(group: list[str]) -> float:
        return 20 + sum(map(word_size.__getitem__, group))

    return [(key, json.dumps(encode_shard(group, stems, lists), separators=(",", ":"), ensure_ascii=False).encode())
            for key, group in cut_shards(words, 2, size)]


def cut_shards(words: list[str], depth: int, size: Callable[[list[str]], float]) -> Iterable[tuple[str, list[str]]]:
    """Words grouped by their first `depth` letters; a group too big for a shard is cut again by one more
    letter, its words no longer than the key staying in it. So every word lives in the shard of the longest
    key it starts with, which is how the browser finds it."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:depth], []).append(word)
    for key in sorted(groups):
        group = groups[key]
        if size(group) <= SHARD_LIMIT or all(len(w) <= depth for w in group):
            yield key, group
            continue
        kept = [w for w in group if len(w) <= depth]
        if kept:
            yield key, kept
        yield from cut_shards([w for w in group if len(w) > depth], depth + 1, size)


def encode_shard(words: list[str], stems: Mapping[str, str], lists: Mapping[str, tuple[str, str]]) -> dict[str, list]:
    """One shard: "w" the words of each stem (space-separated), "g" per group the positions in "l" of its
    rows and of its title rows, "l" the distinct encoded row lists."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(stems[word], []).append(word)
    positions: dict[str, int] = {}
    out_words, out_groups = [], []
    for stem, members in sorted(groups.items(), key=lambda item: item[1][0]):
        out_words.append(" ".join(members))
        out_groups += [positions.setdefault(found, len(positions)) for found in lists[stem]]
    return {"w": out_words, "g": out_groups, "l": list(positions)}


def _gap_digits(gap: int) -> str:
    word = DIGITS[gap & 31]
    gap >>= 5
    while gap:
        word = DIGITS[32 + (gap & 31)] + word
        gap >>= 5
    return word


@functools.cache
def gap_words() -> list[str]:
    """Every gap of up to three digits, spelled, to look up: made when an index is first built (not at import,
    a hundredth of a second that a build reusing its index does not need)."""
    return [_gap_digits(gap) for gap in range(1 << 15)]


def encode_rows(rows: list[int]) -> str:
    """Ascending rows as gaps in base-32 digits, or "!" and a base64 bitmap when that is shorter. The bitmap
    ends with the byte of the last row: a list is written the same whatever the number of rows."""
    size = rows[-1] // 8 + 1 if rows else 0
    bitmap_chars = 1 + 4 * -(-size // 3)
    if len(rows) < bitmap_chars:  # a gap takes at least one digit: only then can gaps be shorter
        # A few rows (an edit's patch, browse/search_patch.py) are spelled one by one, not from the table.
        words = gap_words() if len(rows) > 64 else None
        gaps = "".join([words[gap] if words and gap < 32768 else _gap_digits(gap)
                        for gap in map(int.__sub__, rows, [0, *(row + 1 for row in rows)])])
        if len(gaps) <= bitmap_chars:
            return gaps
    bitmap = bytearray(size)
    for row in rows:
        bitmap[row >> 3] |= 1 << (row & 7)
    return "!" + base64.b64encode(bytes(bitmap)).decode()


def shard_file(data: bytes) -> str:
    """A shard's file name, from its bytes: a browser caches it for as long as they are the same."""
    return f"{_digest(data)}.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:10]
