"""Measure full-text search on a synthetic board in Debian's Chromium (results go in SEARCH-RESULTS.md).

    python bench/search_bench.py [--postings 10000] [--work /dev/shm/jobsite-search] [--runs 3]

What it measures:
- index build, cold: every open posting's words cut (`posting_words`) and the index made from them
  (`build_search_index`), wall and CPU seconds, median of --runs, and whether every run gave the same bytes;
- index build after one edit: one posting's words cut again, the index made from the others' memoised
  words (what the engine does, render/site.py `search_index`);
- first query, cold: a fresh browser context (empty cache) opens the listing, waits for the filters' index,
  then one word goes into the search box; from that input until the frame after the results are drawn
  (manifest and shards fetched and read). Median over --runs contexts, for each of --words;
- bytes fetched for that first one-word query: every response after the input (manifest, shards, the
  excerpt texts of the cards near the screen), with gzip -6, as a CDN sends them;
- keystroke → results painted after the first query: words typed a key at a time (120 ms apart); for each
  keystroke, from keydown until the frame after the results for the box's text are drawn. Median and p90;
- our own JavaScript, gzip -9, as shipped;
- with --vocabulary N, the index build alone on made-up words instead (10,000 postings of 250 distinct
  words drawn Zipf-like from N English-looking words; a real board's descriptions have tens of thousands
  of distinct words, the corpus about a thousand): wall seconds from memoised words, shard sizes.
The corpus is bench/corpus.py's (the Hugo comparison's): 400–600-word descriptions from a small vocabulary,
so most words occur in most postings. That is the hard case for drawing results, the easy one for the index.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from generator.build import build_site  # noqa: E402
from generator.config import make_options  # noqa: E402
from generator.render.browse.search import PostingWords, build_search_index, posting_words  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, netlify_header_rules, serve_directory  # noqa: E402

CLOCK = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.timezone.utc)  # corpus.py's "today"
WORDS = ["berlin", "firmware"]  # in ~7% and ~95% of the corpus's postings
FIRST = "firmware"
TYPED = ["latency", "rust engineer", "kubernetes", "berlin sensor"]

# Installed before any page script: for each keystroke in the search box, the time until the frame after
# the results for its text are drawn (Jobsite.search has answered; the filters draw in the same task).
PROBE = """
window.__bench = {keys: []};
// A keystroke is answered when results for its text, or for a later keystroke's, are drawn: text typed while
// a shard is fetched is answered for the latest (jobs-search.js), and the filters draw in the same task.
function whenShown(sample, texts) {
  const step = () => {
    if (!texts().some(t => Jobsite.search.answered(t))) return requestAnimationFrame(step);
    requestAnimationFrame(() => setTimeout(() => { sample.paint = performance.now() - sample.start; }, 0));
  };
  step();
}
window.addEventListener('keydown', e => {
  if (e.target.id !== 'f-q') return;
  const keys = window.__bench.keys;
  const sample = {start: e.timeStamp, paint: null, text: null};
  keys.push(sample);
  setTimeout(() => {
    sample.text = e.target.value.trim();
    const at = keys.indexOf(sample);
    whenShown(sample, () => keys.slice(at).map(k => k.text).filter(t => t !== null));
  }, 0);
}, true);
window.__firstQuery = word => new Promise(resolve => {
  const box = document.getElementById('f-q');
  const sample = {start: performance.now(), paint: null};
  box.value = word;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  whenShown(sample, () => [word]);
  const done = () => sample.paint === null ? setTimeout(done, 5) : resolve(sample.paint);
  done();
});
"""


def build(work: Path, postings: int) -> tuple[Path, object]:
    content, site = work / "content", work / "site"
    if not (content / "site.yaml").exists() or len(list((content / "jobs").rglob("*.md"))) != postings:
        write_corpus(postings, work)
    result = build_site(make_options(content, site, clock=CLOCK))
    return site, result


def time_index(model, runs: int) -> dict:
    postings = model.open_postings
    keys = [p.key for p in postings]
    walls, cpus, words_s, edits, digests = [], [], [], [], set()
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        words = [posting_words(p) for p in postings]
        words_s.append(time.perf_counter() - wall)
        outputs = build_search_index(keys, words)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        digests.add(hash(tuple((o.path, o.data) for o in outputs)))
        wall = time.perf_counter()
        edited = [posting_words(postings[0]), *words[1:]]  # the memo holds the others' words
        build_search_index(keys, edited)
        edits.append(time.perf_counter() - wall)
    shards = [o for o in outputs if o.path.startswith("data/search/")]
    gz = sorted(len(gzip.compress(o.data, 6)) for o in shards)
    return {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus),
            "words_s": statistics.median(words_s), "one_edit_s": statistics.median(edits), "walls": walls,
            "identical": len(digests) == 1, "files": len(outputs), "bytes": sum(len(o.data) for o in outputs),
            "manifest_gz": len(gzip.compress(outputs[0].data, 6)), "shards": len(shards),
            "shard_gz_median": statistics.median(gz), "shard_gz_max": gz[-1]}


def synthetic_index(vocabulary: int, postings: int, runs: int) -> dict:
    rng = random.Random(1)
    parts = ("ar", "en", "in", "or", "al", "er", "on", "an", "at", "es", "ti", "st", "re", "ng", "te", "co", "de",
             "ra", "ri", "li", "ma", "pro", "ment", "tion", "ing", "ed", "s")
    made = {"".join(rng.choice(parts) for _ in range(rng.randint(2, 5))) for _ in range(vocabulary * 3 // 2)}
    pool = sorted(made)[:vocabulary]
    rng.shuffle(pool)
    weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(pool))))
    words = []
    for _ in range(postings):
        drawn = list(dict.fromkeys(rng.choices(pool, cum_weights=weights, k=400)))[:250]
        words.append(PostingWords(tuple(drawn[:5]), tuple(drawn[5:])))
    keys = [f"c/p{i}" for i in range(postings)]
    walls = []
    for _ in range(runs):
        wall = time.perf_counter()
        outputs = build_search_index(keys, words)
        walls.append(time.perf_counter() - wall)
    shards = [o for o in outputs if o.path.startswith("data/search/")]
    gz = sorted(len(gzip.compress(o.data, 6)) for o in shards)
    return {"distinct_words": len({w for p in words for w in (*p.title, *p.other)}),
            "wall_s": statistics.median(walls), "walls": walls, "shards": len(shards),
            "shard_gz_median": statistics.median(gz), "shard_gz_max": gz[-1],
            "manifest_gz": len(gzip.compress(outputs[0].data, 6)), "shards_bytes": sum(len(o.data) for o in shards)}


def wait_ready(page: Page) -> None:
    page.wait_for_function("window.Jobsite && Jobsite.browse && Jobsite.search")
    page.evaluate("Jobsite.browse.need()")  # the listing fetches its index when first reached for


def served_size(url: str, body: bytes) -> int:
    """Bytes as a CDN sends them, gzip -6."""
    return len(gzip.compress(body, 6))


def first_query(browser: Browser, url: str, runs: int, word: str) -> dict:
    times, sizes, files = [], [], []
    for _ in range(runs):
        ctx = browser.new_context(bypass_csp=True)  # the probes use eval; the CSP itself is tested in tests/
        ctx.add_init_script(PROBE)
        page = ctx.new_page()
        page.goto(url + "/")
        wait_ready(page)
        seen: list = []
        ctx.on("response", lambda response, seen=seen: seen.append(response))  # a builtin cannot carry a handler
        times.append(page.evaluate("w => window.__firstQuery(w)", word))
        page.wait_for_timeout(1500)  # excerpts of the cards on screen
        got = [(r.url, r.body()) for r in seen if r.ok]
        sizes.append(sum(served_size(u, b) for u, b in got))
        files.append(sorted((u.replace(url, "").split("?")[0], served_size(u, b)) for u, b in got))
        count = page.locator("[data-count]").inner_text()
        ctx.close()
    return {"query": word, "count": count, "cold_ms": statistics.median(times), "times": times,
            "bytes": statistics.median(sizes), "requests": files[0]}


def keystrokes(browser: Browser, url: str) -> dict:
    ctx = browser.new_context(bypass_csp=True)
    ctx.add_init_script(PROBE)
    page = ctx.new_page()
    page.goto(url + "/")
    wait_ready(page)
    page.evaluate("w => window.__firstQuery(w)", FIRST)  # the first query is measured apart
    page.evaluate("window.__bench.keys = []")
    box = page.locator("#f-q")
    for words in TYPED:
        box.fill("")
        box.focus()
        page.keyboard.type(words, delay=120)
        page.wait_for_timeout(600)
    page.wait_for_function("window.__bench.keys.every(k => k.paint !== null)")
    samples = sorted(k["paint"] for k in page.evaluate("window.__bench.keys"))
    ctx.close()
    return {"n": len(samples), "paint_ms": statistics.median(samples),
            "paint_p90_ms": samples[int(len(samples) * 0.9)]}


def own_js(site: Path) -> dict:
    files = {p.name.split(".")[0]: len(gzip.compress(p.read_bytes(), 9)) for p in (site / "static").glob("jobs-*.js")}
    return {"all_gz9": sum(files.values()), "search_gz9": files.get("jobs-search", 0), "files": files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/jobsite-search"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", nargs="+", default=WORDS, help="first queries (default %(default)s)")
    parser.add_argument("--browser-only", action="store_true", help="reuse the built site; skip the index timing")
    parser.add_argument("--vocabulary", type=int, help="only time the index over this many made-up words")
    args = parser.parse_args()
    if args.vocabulary:
        print(json.dumps(synthetic_index(args.vocabulary, args.postings, args.runs), indent=2))
        return
    if args.browser_only:
        site, index, open_count = args.work / "site", None, None
    else:
        site, result = build(args.work, args.postings)
        index, open_count = time_index(result.model, args.runs), len(result.model.open_postings)
        print(json.dumps({"index_build": index}), file=sys.stderr, flush=True)
    url, server = serve_directory(site, netlify_header_rules())
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        first = [first_query(browser, url, args.runs, word) for word in args.words]
        typing = keystrokes(browser, url)
        version = browser.version
        browser.close()
    server.shutdown()
    print(json.dumps({"chromium": version, "load_average": os.getloadavg(), "open": open_count,
                      "index_build": index, "first_query": first, "typing": typing, "own_js": own_js(site)},
                     indent=2))


if __name__ == "__main__":
    main()
