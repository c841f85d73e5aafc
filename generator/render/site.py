"""Render the whole site to memory, refusing two sources for one output path."""
from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import jinja2

from ..base import addresses
from ..base.cache import Cache, Table, text_key
from ..base.errors import ERROR, ContentError, Problem
from ..base.memo import templates_digest
from ..load.files import display_path
from ..model import Model, Posting
from ..model.pay_transparency import stored_rules
from .browse.index import counted_index, index_bytes, index_row
from .browse.index import patch_index as patch_browse_index
from .browse.saved import BROWSE_ORIGIN, browse_index_output, render_browse_index, render_saved_page
from .browse.search import (
    MANIFEST_PREFIX,
    PostingWords,
    index_outputs,
    posting_words,
    protected_words,
    render_search_index,
    render_search_texts,
    search_rows,
    word_forms,
)
from .browse.search_patch import SearchState, build_index, changed_rows, patch_index
from .feeds.digests import render_digest_feeds
from .feeds.entries import render_feed_directory, render_feeds
from .feeds.scopes import SiteFeeds, site_feeds
from .hosting.redirects import render_redirects
from .hosting.sitemap import render_sitemap
from .output import LazyOutput, Linked, Output
from .pages.assets import collect_assets
from .pages.pay_transparency import render_pay_transparency_page
from .pages.post_a_job import render_post_a_job
from .pages.renderer import PageRenderer, make_environment, render_pages
from .stats.page import render_stats


def render_site(model: Model, templates_dir: Path, cache: Cache | None = None, lazy: bool = True,
                search: bool | str = True) -> tuple[list[Output], bool]:
    """Every output file of the site, in a stable order; `lazy` leaves pages to render when the writer reads
    them (`jobsite check` renders each one now, to find template errors).

    `search=False` skips the search index, which runs no template: `jobsite check` renders only to find
    template errors. With a cache, an index whose postings did not change is reused, and each posting's
    words are memoised by its fingerprint; `search=STALE_OK` reuses an index whose postings did change.
    Returns the outputs and whether the search index among them is out of date."""
    assets = collect_assets(templates_dir / "static")
    feeds = site_feeds(model)  # every feed scope and its postings, once: feeds, /feeds/ and the browse index
    fragments = cache.fragments if cache else Table()
    index = browse_index(model, feeds, cache)
    templates = templates_digest(templates_dir)
    r = PageRenderer(environment(templates_dir, templates, cache.templates if cache else None), templates, model.site,
                     assets)  # the build's one
    index_outputs, stale = search_index(model, cache, search == STALE_OK) if search else ([], False)
    index_outputs += render_search_texts(model) if search else []
    # The manifest comes first; pages are handed both indexes' addresses as Linked (render/output.py).
    search_url = Linked(addresses.file_url(index_outputs[0].path), index_outputs[0].path) if index_outputs else ""
    try:
        index_url = Linked(addresses.file_url(index.path), index.path)
        outputs = [*assets.outputs, index, *render_pages(r, model, index_url, search_url)]
        outputs += [*render_feeds(model, feeds, fragments), *render_feed_directory(r, model, feeds)]
        outputs += [*render_redirects(model), *index_outputs]
        outputs += render_saved_page(r, index_url)
        outputs += render_digest_feeds(model, fragments)
        rules = stored_rules(cache.rules if cache else None)  # the pay-transparency rules, checked once an edit
        outputs += render_pay_transparency_page(r, model, rules)
        outputs += render_post_a_job(r, model)  # the submission form (render/pages/post_a_job.py)
        outputs += render_stats(r, model)
        # Company logos from content/logos/, as they are (checked in load/logos.py), at their hashed addresses.
        outputs += [Output(addresses.site_path(f.url), f.data, addresses.shown(f.name)) for f in model.logos]
        # Lists only pages rendered above.
        outputs += render_sitemap(model, {out.path for out in outputs}, rules.reviewed)
        if not lazy:
            outputs = [materialize(out) for out in outputs]
    except jinja2.TemplateError as exc:
        raise ContentError([template_problem(exc, templates_dir)]) from exc
    return list(collect_outputs(outputs).values()), stale


STALE_OK = "stale-ok"  # render_site(search=...): reuse the last index when it is out of date, and say so


@lru_cache(maxsize=4)
def environment(templates_dir: Path, digest: bytes, compiled: Table | None = None) -> jinja2.Environment:
    """The Jinja environment for these templates' exact bytes: `jobsite serve` compiles each template once
    per edit of the templates, not once per rebuild. With `compiled` (the cache's `templates` table), a
    template compiled by an earlier build is loaded from there rather than compiled again."""
    env = make_environment(templates_dir)
    env.auto_reload = False  # keyed by the templates' digest, so they cannot change under it: skip a stat() per page
    if compiled is not None:
        env.bytecode_cache = CompiledTemplates(compiled)
    return env


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates kept in a cache table: compiling the 19 templates a rebuild renders costs
    about a tenth of a second. Jinja stores each under its name with the checksum of its source and the
    interpreter's magic, and compiles again when either differs; the table is stamped with the code version
    (base/cache.py), which covers the environment's options and filters."""

    def __init__(self, table: Table):
        self.table = table

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (data := self.table.get(bucket.key)) is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.table.put(bucket.key, bucket.bytecode_to_string())


def search_index(model: Model, cache: Cache | None, stale_ok: bool = False) -> tuple[list[Output], bool]:
    """The search index, reused from the cache while its rows and the open postings in them are unchanged, and
    otherwise patched where they changed (browse/search_patch.py); with `stale_ok`, an out-of-date one is reused
    too (`jobsite serve` reloads first and indexes after). Returns the outputs and whether they are out of date."""
    if cache is None:
        return render_search_index(model), False
    postings = search_rows(model)
    rows = [p.fingerprint if p.is_open else None for p in postings]
    # An index reused whole leaves the words and forms tables alone: they serve the next edit (cache.py, prune).
    key = text_key(*(row or b"tombstone" for row in rows))
    last = cache.search.get(LAST_INDEX)  # (key of its rows, its files): one index is kept, the last one
    if last is not None and (last[0] == key or stale_ok):
        cache.search.touch(INDEX_STATE)  # not read, but the next edit patches it
        return [Output(path, data, "search index") for path, data in last[1]], last[0] != key
    protected = protected_words(model.open_by_tag)
    made = patched_search_index(cache, last, postings, rows, protected) if last is not None else None
    if made is None:
        known = cache.words.get_many([p.fingerprint for p in model.open_postings])  # a few queries, not one each
        # A generator: each posting's words are inverted and dropped, never all held at once (search.py).
        made = build_index(rows, (memoised_words(cache, p, known) if p.is_open else None for p in postings),
                           lambda words, stems: memoised_forms(cache, words, stems), protected)
    state, shards = made
    outputs = index_outputs(len(rows), state.gone, shards)
    cache.search.put(LAST_INDEX, (key, tuple((out.path, out.data) for out in outputs)))
    cache.search.put(INDEX_STATE, state.entry())
    return outputs, False


LAST_INDEX = "last"
INDEX_STATE = "state"  # the last index's SearchState (browse/search_patch.py): what the next edit patches
PATCH_ROWS = 64  # rows an index is patched for at least; past that, and an eighth of its rows, it is made again


def patched_search_index(cache: Cache, last: tuple, postings: list[Posting], rows: list[bytes | None],
                         protected: frozenset[str]) -> tuple[SearchState, list[tuple[str, bytes]]] | None:
    """The last index patched where its rows changed (browse/search_patch.py), or None when it must be made again:
    no state kept for it, other protected words, too many rows changed, or words of its rows no longer kept."""
    entry = cache.search.get(INDEX_STATE)
    if entry is None:
        return None
    state = SearchState(*entry)
    changed = changed_rows(state.rows, rows)
    if state.protected != tuple(sorted(protected)) or len(changed) > max(PATCH_ROWS, len(rows) // 8):
        return None
    was = {r: state.rows[r] for r in changed if r < len(state.rows) and state.rows[r]}
    now = {r: postings[r] for r in changed if r < len(rows) and rows[r]}
    stored = cache.words.get_many([*was.values(), *(p.fingerprint for p in now.values())])
    if not all(fingerprint in stored for fingerprint in was.values()):
        return None
    before = {r: words_of_entry(stored[was[r]]) if r in was else None for r in changed}
    after = {r: memoised_words(cache, now[r], stored) if r in now else None for r in changed}
    words = cache.words
    for row in rows:  # the open postings' words serve the next index made from scratch: saving keeps them
        if row is not None:
            words.touch(row)
    # The forms of the few words that come or go are worked out, not read: the forms table, not consulted, stays.
    state, made = patch_index(state, rows, before, after, word_forms)
    files = dict(last[1])  # the shards that did not change are files of the last index: their names are their hashes
    shards = [(key, made.get(file) or files.get(f"{MANIFEST_PREFIX}/{file}")) for key, file in state.shard_files()]
    return (state, shards) if all(data is not None for _, data in shards) else None


def memoised_words(cache: Cache, posting: Posting, known: Mapping[bytes, tuple[str, str]]) -> PostingWords:
    """A posting's words for the index, cut from its text only when its fingerprint is new (`known`: the
    stored words of the postings, read at once)."""
    stored = known.get(posting.fingerprint)
    if stored is None:
        words = posting_words(posting)
        # Kept as two strings, words space-separated (a word has no whitespace): a table of 10,000 such
        # pairs loads in a tenth of the time 10,000 tuples of a few hundred short strings take.
        cache.words.put(posting.fingerprint, (" ".join(words.title), " ".join(words.other)))
        return words
    return words_of_entry(stored)


def words_of_entry(stored: tuple[str, str]) -> PostingWords:
    """A posting's words as the `words` table keeps them (`memoised_words`)."""
    title, other = stored
    return PostingWords(tuple(title.split()), tuple(other.split()))


def memoised_forms(cache: Cache, words: Sequence[str], stems: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each word's inflections (search.word_forms), worked out only for words no earlier build had."""
    stored = cache.forms.get_many(list(words))  # a few queries, not one a word (tens of thousands of words)
    known = {word: stored.get(word) for word in words}
    for word, forms in word_forms([word for word, forms in known.items() if forms is None], stems).items():
        cache.forms.put(word, forms)
        known[word] = forms
    return known


def browse_index(model: Model, feeds: SiteFeeds, cache: Cache | None) -> Output:
    """The browse index (browse/saved.py), the last build's while what it is made from is unchanged: the day and
    the open postings, each by its fingerprint, which covers its company and the site (model/assemble.py); the
    feeds it lists are made from them too. Otherwise the last one patched where its rows changed (`index_rows`,
    browse/index.py `patch_index`), or made from the open postings' rows."""
    if cache is None:
        return render_browse_index(model, feeds)
    day = model.clock.date().isoformat()
    fingerprints = [p.fingerprint for p in model.open_postings]
    key = text_key(day, *fingerprints)
    last = cache.browse.get(LAST_BROWSE_INDEX)  # (key, path, bytes): one is kept, the last one
    if last is not None and last[0] == key:
        cache.browse.touch(LAST_ROWS)  # not read, but the next edit formats one row from them, not ten thousand
        cache.browse.touch(LAST_COUNTS)  # and patches the index they count
        return Output(last[1], last[2], BROWSE_ORIGIN)
    made = patched_browse_index(model, feeds, cache, last, fingerprints) if last is not None else None
    if made is None:
        made = counted_index(model, feeds, index_rows(model, cache))
    else:  # its rows are not read: a row missing from them later is formatted again, as for a new posting
        cache.browse.touch(LAST_ROWS)
    index, counts = made
    out = browse_index_output(index_bytes(index))
    cache.browse.put(LAST_BROWSE_INDEX, (key, out.path, out.data))
    cache.browse.put(LAST_COUNTS, (day, tuple(fingerprints), counts))
    return out


LAST_BROWSE_INDEX = "last browse index"
LAST_COUNTS = "browse index counts"  # (day, the open postings' fingerprints, browse/index.py table_counts)
PATCH_BROWSE_ROWS = 64  # rows the browse index is patched for at least; past that, and an eighth of them, made again


def patched_browse_index(model: Model, feeds: SiteFeeds, cache: Cache, last: tuple,
                         fingerprints: list[bytes]) -> tuple[dict, dict] | None:
    """The last browse index patched at the rows whose postings changed (browse/index.py `patch_index`), or None
    when it must be made again: another day, another number of rows, or too many changed."""
    entry = cache.browse.get(LAST_COUNTS)
    if entry is None or entry[0] != model.clock.date().isoformat() or len(entry[1]) != len(fingerprints):
        return None
    changed = [i for i, (was, now) in enumerate(zip(entry[1], fingerprints, strict=True)) if was != now]
    if len(changed) > max(PATCH_BROWSE_ROWS, len(fingerprints) // 8):
        return None
    postings = model.open_postings
    return patch_browse_index(model, feeds, json.loads(last[2]), entry[2], {i: index_row(postings[i]) for i in changed})


def index_rows(model: Model, cache: Cache) -> list[tuple]:
    """Each open posting's row of the browse index (browse/index.py `index_row`), the last build's where the
    posting's fingerprint is unchanged: an edit formats one row, not ten thousand. The rows are kept in one
    entry, by fingerprint, as the last search index is: 10,000 entries read one by one, even in batches, cost
    more than making them again."""
    last = cache.browse.get(LAST_ROWS) or {}
    rows = [last.get(p.fingerprint) or index_row(p) for p in model.open_postings]
    kept = dict(zip((p.fingerprint for p in model.open_postings), rows, strict=True))
    if kept.keys() != last.keys():
        cache.browse.put(LAST_ROWS, kept)
    return rows


LAST_ROWS = "browse index rows"


def materialize(out: Output) -> Output:
    """Render a lazy output now (template errors surface here); plain outputs pass through."""
    return Output(out.path, out.data, out.origin) if isinstance(out, LazyOutput) else out


def collect_outputs(outputs: list[Output]) -> dict[str, Output]:
    """Key outputs by path; two outputs for one path is an error naming both sources."""
    by_path: dict[str, Output] = {}
    problems = []
    for out in outputs:
        key = out.path.lower()  # case-insensitive file systems would merge these too
        if key in by_path:
            problems.append(Problem(out.origin, 1, 1, ERROR, f"output {out.path} is also produced by "
                                                              f"{by_path[key].origin}: rename one of them"))
            continue
        by_path[key] = out
    if problems:
        raise ContentError(problems)
    return {out.path: out for out in by_path.values()}


def template_problem(exc: jinja2.TemplateError, templates_dir: Path) -> Problem:
    """Point a template error at templates/<file>:<line>, where the template author can fix it."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Problem(display_path(Path(exc.filename)), exc.lineno or 1, 1, ERROR, f"template error: {exc.message}")
    frame_file, frame_line = str(templates_dir / "base.html"), 1
    tb = exc.__traceback__
    root = os.path.realpath(templates_dir)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.realpath(filename).startswith(root):
            frame_file, frame_line = filename, tb.tb_lineno
        tb = tb.tb_next
    return Problem(display_path(Path(frame_file)), frame_line, 1, ERROR, f"template error: {exc}")
