"""What one posting's description gives the trust checks: the asks it makes, and a sketch to find its copies.

Both are pure functions of the file's text, so they are worked out with the rest of the file (sources.py): in
the worker processes of a cold build, and never again while the file is unchanged. The model
(model/trust.py) turns them into findings at the level site.yaml sets and compares sketches across postings.

Asks are phrases of data/trust.yaml: money or crypto asked of candidates, or the employer's code run as a
hiring step. A match whose clause already says the opposite ("we never charge candidates a fee") is no ask.

The sketch is a MinHash of the description's three-word shingles (stop words left out), made by
one-permutation hashing (Li, Owen and Zhang, 2012): one hash per shingle, split into SKETCH_BINS bins, the
minimum of each kept, empty bins filled from the next full one (Shrivastava and Li, 2014). The share of equal
bins between two sketches estimates the share of shingles the descriptions have in common (Jaccard), for one
hash per shingle instead of one per shingle and bin. datasketch's MinHash was measured and not used: importing
it alone (numpy, scipy) takes longer than the whole copy check at 2,000 postings.
"""
from __future__ import annotations

import re
import string
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path

import yaml

TRUST_FILE = Path(__file__).parent / "data" / "trust.yaml"
ASK_KINDS = ("money", "code")
SHINGLE_WORDS = 3  # each edited word changes three shingles: a copy with its names swapped stays a copy
SKETCH_BINS = 128
MAX_ASKS = 10  # findings a description gets at most
CLAUSE_CHARS = 400  # how far back an innocent word may excuse an ask: farther is another clause anyway
MIN_WORDS = 30  # words beside stop words: a shorter description is too little text to call a copy
_VALUE_BITS = 25  # a 32-bit hash: the top 7 bits pick one of 128 bins, the low 25 are the value
_VALUE_MASK = (1 << _VALUE_BITS) - 1
# What a space in a phrase stands for: spaces, line breaks, punctuation, Markdown. Possessive, and no character
# of a word (the text's underscores are spaces by then): a gap never gives back what a word could take.
_GAP = r"\W++"
# Where a clause ends: an innocent word before this point does not excuse an ask after it.
_CLAUSE_END = re.compile(r"[.!?;:](?=\s)|\n\s*\n|\n\s*(?:[-*+]|\d+[.)])\s")
_PLAIN_WORD = re.compile(r"[a-z0-9'-]+")
# Words for shingles are what is left between spaces once punctuation and Markdown are spaces too.
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’„«»–—…•·", " "))
# Left out of shingles: they carry no content, and a third of a description's words are these (a quarter less
# hashing). A copy whose edits only touch them is still the same text.
_STOP_WORDS = frozenset("a an and are as at be by for from has have in is it its of on or our so that the their "
                        "them they this to we will with you your".split())


@dataclass(frozen=True)
class TrustRules:
    """The phrase lists and host lists of data/trust.yaml, compiled."""

    asks: re.Pattern[str]  # every ask phrase; a match's `lastgroup` is its kind
    innocent: re.Pattern[str]
    ats_hosts: frozenset[str]  # registrable domains of applicant-tracking systems
    messaging_hosts: dict[str, str]  # registrable domain or host → the app's name


@dataclass(frozen=True)
class Ask:
    """A phrase in a description that asks candidates for money or to run code, where it starts in the file."""

    line: int
    col: int
    kind: str  # one of ASK_KINDS
    quote: str  # the words as written, on one line


@dataclass(frozen=True)
class DescriptionFacts:
    asks: tuple[Ask, ...]
    sketch: bytes | None  # SKETCH_BINS unsigned 32-bit minima; None for a description shorter than MIN_WORDS


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for a list of phrases, each a whole-word match where a space is any gap between words."""
    return kinds_pattern({"phrase": phrases})


def kinds_pattern(kinds: dict[str, list[str]]) -> re.Pattern[str]:
    """One pattern for lists of phrases; a match's `lastgroup` names the list its phrase is in.

    Python's engine tries every alternative at every word: a lookahead for the phrases' first words, as a
    trie (`s(?:ee|end)`), first lets through only the few words that can start one, and one pass over the
    text serves every list."""
    phrases = [p for listed in kinds.values() for p in listed]
    # Matched against lower-cased text: IGNORECASE doubles the time the engine takes over a description.
    upper = [p for p in phrases if re.sub(r"\\.", "", p) != re.sub(r"\\.", "", p).lower()]
    if upper:
        raise ValueError(f"{TRUST_FILE}: write phrases in lower case: {upper[0]!r}")
    starts = _trie(sorted({word for p in phrases for word in first_words(p)}))
    groups = "|".join(f"(?P<{kind}>{'|'.join(f'(?:{p.replace(chr(32), _GAP)})' for p in listed)})"
                      for kind, listed in kinds.items())
    return re.compile(rf"(?<!\w)(?={starts}(?!\w))(?:{groups})(?!\w)")


def first_words(phrase: str) -> set[str]:
    """The words a phrase can start with: its first word, or each first word of its leading (a|b c|…) group."""
    options = phrase[1:_group_end(phrase)].split("|") if phrase.startswith("(") else [phrase]
    words = {option.split(" ")[0] for option in options}
    if not all(_PLAIN_WORD.fullmatch(w) for w in words):
        raise ValueError(f"{TRUST_FILE}: start each phrase with plain words, or a group of them: {phrase!r}")
    return words


def _group_end(phrase: str) -> int:
    """The index of the parenthesis that closes the phrase's leading group."""
    depth = 0
    for index, char in enumerate(phrase):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index
    raise ValueError(f"{TRUST_FILE}: unbalanced parentheses in {phrase!r}")


def _trie(words: list[str]) -> str:
    """A pattern matching exactly these words, shared prefixes factored out: `s(?:ee|end)`."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], []).append(word[1:])
    ends = "" in by_first.pop("", [None])
    branches = [re.escape(c) + _trie(rest) for c, rest in sorted(by_first.items())]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{joined})?" if ends else joined


@lru_cache(maxsize=4)
def load_trust_rules(path: Path = TRUST_FILE) -> TrustRules:
    """Read and compile data/trust.yaml; a broken file is a bug in the release, so it raises."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return TrustRules(kinds_pattern({kind: data[kind] for kind in ASK_KINDS}), phrase_pattern(data["innocent"]),
                      frozenset(data["ats_hosts"]), dict(data["messaging_hosts"]))


def scan_description(body: str, body_line: int, rules: TrustRules | None = None) -> DescriptionFacts:
    """The asks a description makes, positioned in its file, and its sketch."""
    rules = rules or load_trust_rules()
    # "don’t" as typed in a word processor; _emphasis_ as a gap; lower case for the patterns.
    text = body.replace("\u2019", "'").replace("_", " ").lower()
    return DescriptionFacts(tuple(find_asks(text, body_line, rules, body)), sketch(text))


def find_asks(text: str, body_line: int, rules: TrustRules, written: str = "") -> list[Ask]:
    """Each ask in a lower-cased description, unless its clause says the opposite before it.

    The quote is from `written`, the description as its author wrote it, when lower case kept every character
    where it was (a few letters, such as İ, lower to two)."""
    original = written if len(written) == len(text) else text
    asks = []
    for match in rules.asks.finditer(text):
        if len(asks) == MAX_ASKS:  # a description of nothing but asks needs no thousand findings
            break
        start, end = match.span()
        if rules.innocent.search(text, _clause_start(text, start), start):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        asks.append(Ask(body_line + text.count("\n", 0, start), start - line_start + 1, str(match.lastgroup),
                        _quote(original[start:end])))
    return asks


def _clause_start(text: str, index: int) -> int:
    """Where the clause around `index` starts, looking back at most CLAUSE_CHARS (so each ask costs the same)."""
    start = max(0, index - CLAUSE_CHARS)
    for end in _CLAUSE_END.finditer(text, start, index):
        start = end.end()
    return start


def _quote(words: str) -> str:
    one_line = " ".join(words.split())
    return one_line if len(one_line) <= 80 else one_line[:79] + "…"


def sketch(text: str) -> bytes | None:
    """A MinHash of the text's three-word shingles by one-permutation hashing; None when the text is short."""
    words = list(filterfalse(_STOP_WORDS.__contains__, text.translate(_PUNCTUATION_TO_SPACE).split()))
    if len(words) < MIN_WORDS:
        return None
    # Every step is a C loop (map, zip, sorted, dict): a shingle costs well under a microsecond. crc32 is the
    # same in every process (str hashes are salted). Largest first, so that the dict keeps each bin's smallest.
    shingles = map(str.encode, map(" ".join, zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False)))
    hashes = sorted(map(zlib.crc32, shingles), reverse=True)
    by_bin = dict(zip(map(_VALUE_BITS.__rrshift__, hashes), hashes, strict=True))
    minima = [by_bin[b] & _VALUE_MASK if b in by_bin else -1 for b in range(SKETCH_BINS)]
    return array("I", densify(minima)).tobytes()


def densify(minima: list[int]) -> list[int]:
    """Fill each empty bin (-1) from the next full one, going round: two texts fill the same bins alike."""
    if -1 not in minima:
        return minima
    n = len(minima)
    return [v if v >= 0 else next(minima[(i + k) % n] for k in range(1, n) if minima[(i + k) % n] >= 0)
            for i, v in enumerate(minima)]


def similarity(a: bytes, b: bytes) -> float:
    """The estimated share of shingles two sketched texts have in common (Jaccard), from 0 to 1."""
    return sum(map(int.__eq__, _bins(a), _bins(b))) / SKETCH_BINS


def _bins(packed: bytes) -> array:
    out = array("I")
    out.frombytes(packed)
    return out
