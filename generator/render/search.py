"""Full-text search of the open postings: a static inverted index, cut into shards by the words' first letters.

Why our own index and not Pagefind's (bench/SEARCH-RESULTS.md): at 10,000 postings Pagefind's fixed part
alone is ~155 KB per first query (over the 150 KB budget) and its indexing takes longer than Hugo's whole cold
build; this index costs a manifest and one shard of a few KB per word, and is built from memoised words.

What the build writes (`build_search_index`):
- `data/search.<hash>.json`, the manifest: the number of rows and, for every shard key, its file;
- `data/search/<hash>.json`, one shard per key (a word's first two letters, a longer key where a shard
  would be too big). It lists every word that starts with its key, grouped by stem, with the rows of the
  postings index (data/postings.json, `model.open_postings` order) whose posting holds a word of that
  stem, and the rows whose title does. A group lists the posting's own words and the regular inflections
  of them that Snowball gives the same stem ("tuning" beside "tune"), so the browser looks words up as
  typed and needs no stemmer of its own;
- `text/<company>/<slug>.txt`, each description as plain text, from which the browser cuts excerpts.
Every file is byte-identical for the same postings. The pure pieces (`posting_words`, `build_search_index`)
let the engine memoise the words of each posting by its fingerprint (render/site.py).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import Stemmer

from ..model import Model, Posting
from . import format as fmt
from .output import Output

MANIFEST_PREFIX = "data/search"  # data/search.<hash>.json, and the shards under data/search/
TEXT_DIR = "text"  # text/<company>/<slug>.txt: one plain-text description per open posting, for excerpts
# A word: letters and digits, dotted parts (node.js, .net), trailing + or # (c++, c#). Mirrored in
# static/jobs-search.js (TOKEN), which cuts the query by the same rule.
TOKEN_RE = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*[+#]*")
ASCII_TOKEN_RE = re.compile(r"\.?[a-z0-9]+(?:\.[a-z0-9]+)*[+#]*")  # the same on ASCII text, several times faster
SHORT = 2  # words this short match only whole in the browser ("r" must not find every "rust")
SHARD_LIMIT = 24_000  # bytes of JSON a shard may hold before it is cut by one more letter
# Row lists are written in the shorter of two forms: gaps between rows as base-32 digits (DIGITS[32:] mark
# "more digits follow"), or "!" and a base64 bitmap. Mirrored in static/jobs-search.js (DIGITS).
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
# Endings that regular English inflection adds; forms made by swapping them are kept only when Snowball
# stems them like the word they came from (`inflections`).
STRIPPED = ("s", "es", "ies", "ed", "ied", "d", "ing", "er", "ers", "r", "rs")
TAG_RE = re.compile(r"<[^>]+>")
ACCENT_RE = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class PostingWords:
    """What the index holds about one open posting: its distinct words, and its text for excerpts."""

    title: tuple[str, ...]
    other: tuple[str, ...]  # company, place, tags and description, less the title's words
    text: str  # the description as plain text, whitespace collapsed


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
    return PostingWords(tuple(title), tuple(w for w in rest if w not in in_title), text)


def render_search_index(model: Model, words_of: Callable[[Posting], PostingWords] = posting_words) -> list[Output]:
    """The search index of this model; `words_of` is where the engine plugs in its memo."""
    postings = model.open_postings
    return build_search_index([p.key for p in postings], [words_of(p) for p in postings])


def build_search_index(keys: Sequence[str], words: Sequence[PostingWords]) -> list[Output]:
    """Manifest first, then shards, then excerpt texts; nothing when no posting is open."""
    if not words:
        return []
    stems, title_rows, rows = invert(words)
    shards = build_shards(stems, rows, title_rows, len(words))
    files = {key: f"{_digest(data)}.json" for key, data in shards}
    manifest = json.dumps({"n": len(words), "s": files}, separators=(",", ":"), sort_keys=True).encode()
    outputs = [Output(f"{MANIFEST_PREFIX}.{_digest(manifest)}.json", manifest, "search index")]
    outputs += [Output(f"{MANIFEST_PREFIX}/{files[key]}", data, "search index") for key, data in shards]
    outputs += [Output(f"{TEXT_DIR}/{key}.txt", w.text.encode("utf-8"), f"search text of {key}")
                for key, w in zip(keys, words, strict=True)]
    return outputs


def invert(words: Sequence[PostingWords]) -> tuple[dict[str, str], dict[str, list[int]], dict[str, list[int]]]:
    """Word → stem for every word the index answers to, and stem → ascending rows (title rows apart)."""
    by_word: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for row, w in enumerate(words):
        for word in w.title:
            by_title.setdefault(word, []).append(row)
            by_word.setdefault(word, []).append(row)
        for word in w.other:
            by_word.setdefault(word, []).append(row)
    vocabulary = sorted(by_word)
    stems = dict(zip(vocabulary, stem_words(vocabulary), strict=True))
    rows = _merge_by_stem(by_word, stems)
    title_rows = _merge_by_stem(by_title, stems)
    stems.update(inflections(vocabulary, stems))
    return stems, title_rows, rows


def _merge_by_stem(by_word: dict[str, list[int]], stems: dict[str, str]) -> dict[str, list[int]]:
    merged: dict[str, list[int]] = {}
    for word, rows in by_word.items():
        stem = stems[word]
        merged[stem] = sorted({*merged[stem], *rows}) if stem in merged else rows
    return merged


_STEMMER = Stemmer.Stemmer("english")


def stem_words(words: Sequence[str]) -> list[str]:
    """Snowball's English stem of each word; words that are not plain Latin letters stay as they are
    (c++, node.js, k8s, 2026)."""
    stems = _STEMMER.stemWords(words)
    return [stem if word.isalpha() and word.isascii() else word for word, stem in zip(words, stems, strict=True)]


def inflections(vocabulary: Sequence[str], stems: dict[str, str]) -> dict[str, str]:
    """Regular inflections of the board's words that the board lacks, each with its stem, kept only when
    Snowball gives it the stem of the word it was made from ("tuning" from "tune", "engineers" from
    "engineering"): a query word is then found as typed."""
    known = set(vocabulary)
    made: dict[str, str] = {}
    for word in vocabulary:
        if len(word) < 3 or not (word.isalpha() and word.isascii()):
            continue
        candidates = sorted(c for c in _candidates(word) if c not in known and c not in made)
        for candidate, stem in zip(candidates, _STEMMER.stemWords(candidates), strict=True):
            if stem == stems[word]:
                made[candidate] = stem
    return made


def _candidates(word: str) -> set[str]:
    # The word less a common ending, then each base with the endings English adds to it: -s, -es, -ed,
    # -ing, -er(s), with a final e dropped, y turned to i, or a last consonant doubled.
    bases = {word} | {word[: -len(end)] for end in STRIPPED if word.endswith(end) and len(word) - len(end) >= 3}
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
                 total: int) -> list[tuple[str, bytes]]:
    """(key, JSON) for every shard, keys in order."""
    encoded: dict[str, tuple[str, str]] = {}  # stem → its rows and title rows, encoded once

    def lists_of(stem: str) -> tuple[str, str]:
        if stem not in encoded:
            encoded[stem] = (encode_rows(rows[stem], total), encode_rows(title_rows.get(stem, []), total))
        return encoded[stem]

    def shard(words: list[str]) -> bytes:
        return json.dumps(encode_shard(words, stems, lists_of), separators=(",", ":")).encode()

    return list(cut_shards(sorted(stems), 2, shard))


def cut_shards(words: list[str], depth: int, shard: Callable[[list[str]], bytes]) -> Iterable[tuple[str, bytes]]:
    """Words grouped by their first `depth` letters; a group whose shard is too big is cut again by one
    more letter, its words no longer than the key staying in it. So every word lives in the shard of the
    longest key it starts with, which is how the browser finds it."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:depth], []).append(word)
    for key in sorted(groups):
        group = groups[key]
        data = shard(group)
        if len(data) <= SHARD_LIMIT or all(len(w) <= depth for w in group):
            yield key, data
            continue
        kept = [w for w in group if len(w) <= depth]
        if kept:
            yield key, shard(kept)
        yield from cut_shards([w for w in group if len(w) > depth], depth + 1, shard)


def encode_shard(words: list[str], stems: dict[str, str],
                 lists_of: Callable[[str], tuple[str, str]]) -> dict[str, list]:
    """One shard: "w" the words of each stem (space-separated), "g" per group the positions in "l" of its
    rows and of its title rows, "l" the distinct encoded row lists."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(stems[word], []).append(word)
    lists: dict[str, int] = {}
    out_words, out_groups = [], []
    for stem, members in sorted(groups.items(), key=lambda item: item[1][0]):
        out_words.append(" ".join(members))
        out_groups += [lists.setdefault(found, len(lists)) for found in lists_of(stem)]
    return {"w": out_words, "g": out_groups, "l": list(lists)}


def encode_rows(rows: list[int], total: int) -> str:
    """Ascending rows as gaps in base-32 digits, or "!" and a base64 bitmap when that is shorter."""
    size = (total + 7) // 8
    bitmap_chars = 1 + 4 * -(-size // 3)
    if len(rows) < bitmap_chars:  # a gap takes at least one digit: only then can gaps be shorter
        digits = []
        previous = -1
        for row in rows:
            gap = row - previous - 1
            previous = row
            word = DIGITS[gap & 31]
            gap >>= 5
            while gap:
                word = DIGITS[32 + (gap & 31)] + word
                gap >>= 5
            digits.append(word)
        gaps = "".join(digits)
        if len(gaps) <= bitmap_chars:
            return gaps
    bitmap = bytearray(size)
    for row in rows:
        bitmap[row >> 3] |= 1 << (row & 7)
    return "!" + base64.b64encode(bytes(bitmap)).decode()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:10]
