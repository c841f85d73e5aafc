"""Up to four similar open roles for every posting, chosen once at build time.

A candidate earns points for the same category, the same kind of job (the role family compensation reads
from the title, and the title's own words), shared tags, a close seniority level and a place the seeker
could work from. Rare words and tags count for more than common ones ("perception" says more than "engineer"),
by the count of open postings that have them rounded down to a quarter power of two: one posting taking or
dropping a word rarely moves its weight (`_rarity`). Roles at other companies come first; the posting's own
company only fills places nobody else does. The posting itself and closed postings are never chosen. Ties go to
the newer posting, then the key, so the choice is the same on every build.

Scoring every pair would be quadratic (10,000 postings → 50 million pairs), so each posting scores only a
bounded set of candidates: those sharing its rarest title words and tags, plus the newest of its category
and of its category at its own and the neighbouring levels.

Suggestions stay within one level up or down (an intern is not shown a staff role at twice the pay): roles
further away are suggested only when no role that near is similar enough.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..base.cache import Table, text_key
from ..base.memo import digest
from ..load.schema import SENIORITY_LADDER
from .records import Posting
from .roles import role_words

MAX_SIMILAR = 4
CANDIDATE_BUDGET = 24  # postings scored per posting, from its rarest shared features
CATEGORY_FALLBACK = 8  # newest postings of the same category, scored too
LEVEL_FALLBACK = 4  # newest postings of the same category at each level within one step, scored too
MIN_SCORE = 3.0  # below this a role is not similar enough to suggest: about "same category, nothing else"
REACH_ALL = 0.25  # an edit that reaches more than this share of the picks makes them all again (carried_over)

LEVELS = {level.id: level.rung for level in SENIORITY_LADDER}
MANAGEMENT = frozenset(level.id for level in SENIORITY_LADDER if level.manages)


class Profile(NamedTuple):
    """What similarity looks at in one posting. A named tuple: twenty thousand are made a build, each in a
    fifth of a frozen dataclass's time."""

    order: int  # position in model.postings, newest first
    posting: Posting
    category: str
    company: str
    level: str
    words: frozenset[str]
    tags: frozenset[str]
    countries: frozenset[str] | None  # None: open to anywhere
    family: str | None
    features: tuple[str, ...]  # the words and tags as one set: "w:perception", "t:ros2"
    key: str  # the posting's
    words_weight: float = 0.0  # sums of the rarity weights of the words and tags, set by similar_roles
    tags_weight: float = 0.0


@dataclass(frozen=True)
class Weights:
    """Rarity weights (inverse document frequency among open postings, `_rarity`) of title words and of tags, and
    the step of every feature ("w:perception", "t:ros2") they come from: the rarest features are scored first."""

    words: dict[str, float]
    tags: dict[str, float]
    steps: dict[str, int] = field(default_factory=dict)


def profile(order: int, posting: Posting) -> Profile:
    """Read the features similarity needs from one posting."""
    words, tags = role_words(posting.title), frozenset(posting.tags)
    return Profile(order, posting, posting.category.id, posting.company.slug, posting.level, words, tags,
                   posting.countries, posting.family, (*(f"w:{w}" for w in words), *(f"t:{t}" for t in tags)),
                   posting.key)


def similar_roles(postings: tuple[Posting, ...], memo: Table | None = None) -> dict[str, tuple[Posting, ...]]:
    """Map every posting's key (open or closed) to up to four similar open postings.

    `memo` (the cache's `similar` table) keeps the last choice under a digest of every posting's features, in
    order: an edit that changes no title, tag, level, place, category, company or expiry (most edits are to
    descriptions) reuses it instead of scoring ten thousand postings again. An edit that does change them
    re-picks only for the postings whose pick reads something that changed (`_pick_key`)."""
    bare = [profile(i, p) for i, p in enumerate(postings)]
    if memo is None:
        return {k: picked for k, (_, picked) in _choose(bare).items()}
    texts = [_features_text(pr) for pr in bare]
    key = text_key(*texts)
    by_key = {p.key: p for p in postings}
    if (known := memo.get(key)) is not None:
        for _, pick_key, _ in known:
            memo.touch(pick_key)  # kept for the next edit that moves a feature
        return {k: tuple(by_key[o] for o in others) for k, _, others in known}
    chosen = _choose(bare, memo, texts)
    memo.put(key, tuple((k, pick_key, tuple(p.key for p in others)) for k, (pick_key, others) in chosen.items()))
    return {k: picked for k, (_, picked) in chosen.items()}


def carried_over(before: tuple[Posting, ...], after: tuple[Posting, ...],
                 similar: Mapping[str, tuple[Posting, ...]]) -> dict[str, tuple[Posting, ...]] | None:
    """`similar_roles(after)` from its choice for `before` (`similar`), when the postings are the same ones in the
    same order, each open or closed as it was: the picks an edit can reach (`_reached`) are made again, the rest
    are the same picks, of the new records. None when it cannot tell (then choose again): a posting added,
    removed, moved, opened or closed changes every rarity weight."""
    if len(before) != len(after):
        return None
    edits = []
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        if old is not new and (old.key != new.key or old.is_open != new.is_open):
            return None
        if old is not new and _features_text(was := profile(i, old)) != _features_text(now := profile(i, new)):
            edits.append((was, now))
    by_key = {p.key: p for p in after}
    if not edits:
        return {key: tuple(by_key[p.key] for p in picked) for key, picked in similar.items()}
    made = _choose_again(edits, [profile(i, p) for i, p in enumerate(after)])
    return {key: made[key] if key in made else tuple(by_key[p.key] for p in picked) for key, picked in similar.items()}


def _choose_again(edits: list[tuple[Profile, Profile]], bare: list[Profile]) -> dict[str, tuple[Posting, ...]]:
    """The picks `_reached` by `edits` (each posting's profile before and after), made as `_choose` makes them."""
    pool = [pr for pr in bare if pr.posting.is_open]
    weights = _weights([pr.words for pr in pool], [pr.tags for pr in pool])
    by_feature, by_category = _index(pool)
    newest = _newest(by_category)
    reached = _reached(edits, bare, pool, by_feature, newest)
    if len(reached) > REACH_ALL * len(bare):  # weighing every profile once costs less than looking each up
        return {key: picked for key, (_, picked) in _choose(bare).items()}
    weighted: dict[int, Profile] = {}

    def weigh(pr: Profile) -> Profile:
        if (done := weighted.get(pr.order)) is None:
            done = weighted[pr.order] = _weighted(pr, weights)
        return done

    return {bare[o].key: _pick(weigh(bare[o]), [weigh(c) for c in _candidates(bare[o], by_feature, newest,
                                                                              weights.steps)],
                               weights) for o in sorted(reached)}


def _reached(edits: list[tuple[Profile, Profile]], bare: list[Profile], pool: list[Profile],
             by_feature: dict[str, list[Profile]], newest: dict[str, dict[int, Profile]]) -> set[int]:
    """The postings (by order) whose pick can read something `edits` changed; no other pick can change.

    The open postings keep their number and order (`carried_over`), so only a feature an edit adds or removes
    changes who holds it, and its weight and step (`_rarity`) only when its count crosses a step. `moved`: the
    edited postings and every holder (open or closed) of a feature whose weight moved. A pick reads its posting's
    profile and weights, and its candidates' with the weights of what they share. The candidates come from at
    most the first CANDIDATE_BUDGET sharers of each of its features, taken rarest step first (`_candidates`),
    and the newest of its category and neighbouring levels. A posting that holds no feature whose first sharers
    include a moved one, before or after, and reads no newest list with one in it, before or after, holds no
    feature whose weight or step moved (its holders are moved), scores its features in the same order and has
    the same candidates, none moved: its pick is the one it had."""
    opened = [(was, now) for was, now in edits if now.posting.is_open]  # a closed posting is no candidate
    counted = Counter(f for _, now in opened for f in now.features)
    counted.subtract(f for was, _ in opened for f in was.features)
    changed = {f for f, n in counted.items() if n}
    words = [f for f in changed if _rarity_step(len(by_feature.get(f, ())))
             != _rarity_step(len(by_feature.get(f, ())) - counted[f])]
    moved = {now.order for _, now in edits}
    if words:  # rare: a count crossing a step; closed postings read the weights too (their own picks)
        weighed = set(words)
        moved |= {pr.order for pr in bare if not weighed.isdisjoint(pr.features)}
    if len(moved) > REACH_ALL * len(bare):  # a common word's weight moved: nearly every pick reads it
        return set(range(len(bare)))
    old = {was.order: was for was, _ in opened}
    by_feature_before, before = _index([old.get(pr.order, pr) for pr in pool], frozenset(changed),
                                       {k for pair in opened for pr in pair for k in _reads(pr)})
    looked = {f for o in moved for f in bare[o].features} | {f for was, _ in edits for f in was.features}
    first = {f for f in looked if any(pr.order in moved for lists in (by_feature, by_feature_before)
                                      for pr in lists.get(f, ())[:CANDIDATE_BUDGET])}
    hot = {key for key, items in [*newest.items(), *_newest(before).items()] if not moved.isdisjoint(items)}
    return moved | {pr.order for pr in bare if not first.isdisjoint(pr.features) or not hot.isdisjoint(_reads(pr))}


def _reads(pr: Profile) -> tuple[str, ...]:
    """The newest lists (`_newest`) a posting's candidates come from."""
    return (pr.category, *(pr.category + level_key for level_key in _LEVEL_KEYS[pr.level]))


def _features_text(pr: Profile) -> str:
    countries = "*" if pr.countries is None else ",".join(sorted(pr.countries))
    return "\x1f".join((pr.key, str(pr.posting.is_open), pr.category, pr.company, pr.level,
                        ",".join(sorted(pr.words)), ",".join(sorted(pr.tags)), countries, pr.family or ""))


def _choose(bare: list[Profile], memo: Table | None = None,
            texts: list[str] | None = None) -> dict[str, tuple[bytes, tuple[Posting, ...]]]:
    """Every posting's pick, with its key in `memo` (b"" without one): a pick found there is not made again.
    `texts` are the postings' `_features_text`, when the caller has them."""
    pool = [pr for pr in bare if pr.posting.is_open]
    weights = _weights([pr.words for pr in pool], [pr.tags for pr in pool])
    profiles = [_weighted(pr, weights) for pr in bare]
    by_feature, by_category = _index([pr for pr in profiles if pr.posting.is_open])
    newest = _newest(by_category)
    candidates = [_candidates(pr, by_feature, newest, weights.steps) for pr in profiles]
    if memo is None:
        return {pr.key: (b"", _pick(pr, found, weights)) for pr, found in zip(profiles, candidates, strict=True)}
    texts = texts or [_features_text(pr) for pr in profiles]
    spelled = ({w: repr(v) for w, v in weights.words.items()}, {t: repr(v) for t, v in weights.tags.items()})
    digests = [_weighted_digest(pr, text, spelled) for pr, text in zip(profiles, texts, strict=True)]
    keys = [_pick_key(pr, found, digests) for pr, found in zip(profiles, candidates, strict=True)]
    known = memo.get_many(keys)
    by_key = {pr.key: pr.posting for pr in profiles}
    chosen = {}
    for pr, found, key in zip(profiles, candidates, keys, strict=True):
        if (others := known.get(key)) is not None:
            chosen[pr.key] = (key, tuple(by_key[o] for o in others))
            continue
        picked = _pick(pr, found, weights)
        memo.put(key, tuple(p.key for p in picked))
        chosen[pr.key] = (key, picked)
    return chosen


def _weighted_digest(pr: Profile, text: str, spelled: tuple[dict[str, str], dict[str, str]]) -> bytes:
    """What a pick reads of one posting (`text`: its `_features_text`): its features and the weight of each
    (hence of their sums), each weight as its repr (`spelled`: words' and tags', worked out once a build)."""
    words, tags = spelled
    return text_key(text, f"[{', '.join([words.get(w, '0.0') for w in sorted(pr.words)])}]",
                    f"[{', '.join([tags.get(t, '0.0') for t in sorted(pr.tags)])}]")


def _pick_key(pr: Profile, candidates: list[Profile], digests: list[bytes]) -> bytes:
    """Exactly what `_pick` reads: the posting and its candidates, weights included. The candidates go in by
    their order among themselves (which breaks ties), not by their positions: a new posting at the top moves
    every position and no pick."""
    return digest(b"".join([digests[pr.order], *(digests[o] for o in sorted(c.order for c in candidates))]))


def similar_to(postings: tuple[Posting, ...], index: int) -> tuple[Posting, ...]:
    """What `similar_roles` chooses for the one posting at `index`, without choosing for the others
    (`jobsite serve` after a save of that posting): the same weights, candidates and order."""
    opened = [(i, p) for i, p in enumerate(postings) if p.is_open]
    words = [role_words(p.title) for _, p in opened]
    tags = [frozenset(p.tags) for _, p in opened]
    weights = _weights(words, tags)
    pr = _weighted(profile(index, postings[index]), weights)
    # The lists _candidates reads: every sharer of a feature (it cuts them by length, rarest first), and the
    # newest few of the category and of each neighbouring level (it reads no further).
    wanted = {pr.category: CATEGORY_FALLBACK,
              **{f"{pr.category}\x1f{level}": LEVEL_FALLBACK for level in NEIGHBOURS[pr.level]}}
    seen: Counter[str] = Counter()
    near = []
    for (i, p), w, t in zip(opened, words, tags, strict=True):
        keys = (p.category.id, f"{p.category.id}\x1f{p.level}")
        newest = any(seen[k] < wanted.get(k, 0) for k in keys)
        seen.update(k for k in keys if k in wanted)
        if newest or not w.isdisjoint(pr.words) or not t.isdisjoint(pr.tags):
            near.append(profile(i, p))
    by_feature, by_category = _index(near, frozenset(pr.features), set(wanted))
    found = _candidates(pr, by_feature, _newest(by_category), weights.steps)
    return _pick(pr, [_weighted(c, weights) for c in found], weights)


def _weighted(pr: Profile, weights: Weights) -> Profile:
    # math.fsum, not sum: these are sums over sets, whose order changes with PYTHONHASHSEED, and a float sum in
    # another order can differ in its last bit, flip a tie and change which roles a page suggests.
    # (Made whole rather than by _replace: ten thousand a build.)
    return Profile(pr.order, pr.posting, pr.category, pr.company, pr.level, pr.words, pr.tags, pr.countries,
                   pr.family, pr.features, pr.key, math.fsum(weights.words.get(w, 0.0) for w in pr.words),
                   math.fsum(weights.tags.get(t, 0.0) for t in pr.tags))


def _index(pool: list[Profile], features: frozenset[str] | None = None,
           categories: set[str] | None = None) -> tuple[dict[str, list[Profile]], dict[str, list[Profile]]]:
    """The open postings under each feature and under each category (and category at a level), newest first
    as the pool is; with `features` and `categories`, only those lists."""
    by_feature: dict[str, list[Profile]] = defaultdict(list)
    by_category: dict[str, list[Profile]] = defaultdict(list)
    for pr in pool:
        for feature in pr.features:
            if features is None or feature in features:
                by_feature[feature].append(pr)
        for key in (pr.category, f"{pr.category}\x1f{pr.level}"):
            if categories is None or key in categories:
                by_category[key].append(pr)
    return by_feature, by_category


def _newest(by_category: dict[str, list[Profile]]) -> dict[str, dict[int, Profile]]:
    """The newest few of each category and of each category at a level, by order: the fallback candidates."""
    return {key: {pr.order: pr for pr in pool[:LEVEL_FALLBACK if "\x1f" in key else CATEGORY_FALLBACK]}
            for key, pool in by_category.items()}


def _weights(words: list[frozenset[str]], tags: list[frozenset[str]]) -> Weights:
    """The rarity weight (`_rarity`) of every title word and tag among open postings (their words and tags)."""
    total = len(words) + 1
    weights, steps = [], {}
    for prefix, counts in (("w:", Counter(w for one in words for w in one)),
                           ("t:", Counter(t for one in tags for t in one))):
        weighed = {}
        for f, n in counts.items():
            weighed[f] = _rarity(total, step := _rarity_step(n))
            steps[prefix + f] = step
        weights.append(weighed)
    return Weights(*weights, steps)


RARITY_STEPS = 4  # steps per doubling of a feature's count: its weight moves by ln 2 / 4 from one to the next


def _rarity_step(n: int) -> int:
    """The step of a count: floor(RARITY_STEPS · log2 n), in integers (exact at every count). One posting more or
    less with a word moves its step about once in n / 5 edits: a common word's weight almost never moves, so an
    edit re-picks only the postings that read the edited one (`_reached`)."""
    return (n ** RARITY_STEPS).bit_length() - 1 if n > 0 else -1


def _rarity(total: int, step: int) -> float:
    """Inverse document frequency, smoothed: log((open postings + 1) / count) + 0.1, the count taken as the power
    of two its step stands for (at or below it): a word every title has still weighs a little more than the floor,
    and one title's word weighs most."""
    return math.log(total / 2 ** (step / RARITY_STEPS)) + 0.1


def _candidates(pr: Profile, by_feature: dict[str, list[Profile]], newest: dict[str, dict[int, Profile]],
                steps: dict[str, int]) -> list[Profile]:
    """Postings worth scoring: sharers of the rarest features first (by their rarity step, `_rarity_step`, then
    by name: a count that moves within its step changes no order), then the category's newest (`_newest`)."""
    seen: dict[int, Profile] = {}
    for _, feature in sorted((steps.get(f, -1), f) for f in pr.features):
        sharers = by_feature.get(feature, ())
        if len(seen) + len(sharers) <= CANDIDATE_BUDGET:  # all of them fit: no need to count one by one
            seen.update((other.order, other) for other in sharers)
        else:
            for other in sharers:
                seen.setdefault(other.order, other)
                if len(seen) >= CANDIDATE_BUDGET:
                    break
        if len(seen) >= CANDIDATE_BUDGET:
            break
    # Each is a posting's one profile, so what update() finds again it leaves where it was, as it was.
    seen.update(newest.get(pr.category, {}))
    for level_key in _LEVEL_KEYS[pr.level]:
        seen.update(newest.get(pr.category + level_key, {}))
    seen.pop(pr.order, None)
    return list(seen.values())


def _pick(pr: Profile, candidates: list[Profile], weights: Weights) -> tuple[Posting, ...]:
    """The best candidates, within one level when any is similar enough: other companies first, then by
    score, then newest."""
    near = NEIGHBOURS[pr.level]
    scored = [(c.company == pr.company, -score, c.order, c.posting, c.level in near)
              for c in candidates if (score := similarity(pr, c, weights)) >= MIN_SCORE]
    if any(item[4] for item in scored):
        scored = [item for item in scored if item[4]]
    scored.sort(key=lambda item: item[:3])
    return tuple(item[3] for item in scored[:MAX_SIMILAR])


def similarity(a: Profile, b: Profile, weights: Weights) -> float:
    """How alike two roles are, from 0 to 13.5. Written flat: it runs hundreds of thousands of times.

    Shared words and tags count by their weighted Jaccard overlap: the weight in common over the weight of
    either (each set's weight less the common). The common weight is an fsum, exactly rounded, so the same in
    any set order."""
    score = 3.0 if a.category == b.category else 0.0
    if a.family and a.family == b.family:
        score += 2.0
    if shared := a.words & b.words:
        common = math.fsum(map(weights.words.__getitem__, shared))
        score += 2.5 * (common / (a.words_weight + b.words_weight - common))
    if shared := a.tags & b.tags:
        common = math.fsum(map(weights.tags.__getitem__, shared))
        score += 3.0 * (common / (a.tags_weight + b.tags_weight - common))
    score += CLOSENESS[a.level, b.level]
    # Someone could take both from one country (a role open anywhere shares ground with every role).
    if a.countries is None or b.countries is None or not a.countries.isdisjoint(b.countries):
        score += 1.0
    return score


def _level_steps(a: str, b: str) -> int:
    """Rungs between two levels; moving between the individual and the management track is one more step."""
    return abs(LEVELS[a] - LEVELS[b]) + (0 if (a in MANAGEMENT) == (b in MANAGEMENT) else 1)


def _level_closeness(a: str, b: str) -> float:
    """2 for the same level, 1 for a neighbour, down to -2 far apart: an intern is not looking for staff roles."""
    return max(-2.0, 2.0 - _level_steps(a, b))


CLOSENESS = {(a, b): _level_closeness(a, b) for a in LEVELS for b in LEVELS}
# The levels within one step of each level, itself included: where suggestions stay while any is similar enough.
NEIGHBOURS = {a: frozenset(b for b in LEVELS if _level_steps(a, b) <= 1) for a in LEVELS}
# The suffixes of the category-at-a-level lists (_index) of each level's neighbours, in the order _candidates
# reads them.
_LEVEL_KEYS = {a: tuple(f"\x1f{b}" for b in sorted(NEIGHBOURS[a])) for a in LEVELS}
