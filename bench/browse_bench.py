"""Measure browsing on a synthetic 10,000-posting site in Debian's Chromium (results go in BROWSE-RESULTS.md).

    python bench/browse_bench.py [--postings 10000] [--work /dev/shm/jobsite-browse]

What it measures, each as a median over repeated runs:
- keystroke → results painted: a keydown in the search box until the frame after the filter view updated
  (requestAnimationFrame, then a task: the paint has happened), and the script part of it alone (keydown
  until the input handlers returned). Also under 4× CPU throttling, a mid-range phone's speed.
- open a filtered URL → results shown: navigation start until the results list has cards, cold (new browser
  context, empty cache) and warm (cached index).
- layout shift (CLS) while opening a filtered URL and while typing.
- bytes: the index gzipped per posting; the listing's HTML + CSS + JS as transferred with gzip -6.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browse_corpus import write_corpus  # noqa: E402
from generator.build import build_site  # noqa: E402
from generator.config import make_options  # noqa: E402
from generator.model.similar import similar_roles  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, serve_directory  # noqa: E402

CLOCK = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)
FILTERED = "/?category=ai&workplace=remote"
WORDS = ["engineer", "senior rust", "berlin data", "robotics c++"]

# Installed before any page script: timestamps for keystrokes, the first results, and layout shifts.
PROBE = """
window.__bench = {keys: [], shown: null, cls: 0};
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
window.addEventListener('keydown', e => {
  if (!e.target.matches || !e.target.matches('#f-q')) return;
  const sample = {start: e.timeStamp, script: null, paint: null};
  window.__bench.keys.push(sample);
  requestAnimationFrame(() => setTimeout(() => { sample.paint = performance.now() - sample.start; }, 0));
}, true);
window.addEventListener('input', e => {
  const s = window.__bench.keys[window.__bench.keys.length - 1];
  if (s && s.script === null) s.script = performance.now() - s.start;
});
new MutationObserver((_, obs) => {
  const list = document.querySelector('[data-results-list]');
  if (list && list.children.length && window.__bench.shown === null) {
    window.__bench.shown = performance.now();
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def without_search_index() -> None:
    """Leave the full-text search index out of the benchmark build.

    Full-text search is measured by search_bench.py. Without the index the search box falls back to the
    filters' own match over titles, companies, tags and places, which is what the typing figures here
    measure; the browsing pages and the postings index are built exactly as in a real build.
    """
    import generator.render.site as site_module
    site_module.render_search_index = lambda model, words_of=None: []


def build(work: Path, postings: int) -> dict:
    content, site = work / "content", work / "site"
    if not (content / "site.yaml").exists() or len(list((content / "jobs").rglob("*.md"))) != postings:
        write_corpus(content, postings)
    started = time.perf_counter()
    result = build_site(make_options(content, site, clock=CLOCK))
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    similar_roles(result.model.postings)
    return {"site": site, "open": len(result.model.open_postings), "all": len(result.model.postings),
            "build_s": seconds, "similar_s": time.perf_counter() - started}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def transfer(site: Path) -> dict:
    """Bytes of the listing's HTML, CSS and JS (gzip -6, as a CDN would send them), and the index."""
    html = (site / "index.html").read_bytes()
    css = [p for p in (site / "static").glob("*.css")]
    js = [p for p in (site / "static").glob("jobs-*.js") if p.name.split(".")[0] in
          ("jobs-core", "jobs-cards", "jobs-filter", "jobs-finder")]
    index = next((site / "data").glob("postings.*.json")).read_bytes()
    return {"html": gz(html), "css": sum(gz(p.read_bytes()) for p in css), "js": sum(gz(p.read_bytes()) for p in js),
            "own_js_all": sum(len(gzip.compress(p.read_bytes(), 9)) for p in (site / "static").glob("jobs-*.js")),
            "index_raw": len(index), "index_gz": gz(index)}


def wait_ready(page: Page) -> None:
    page.wait_for_function("window.Jobsite && Jobsite.browse && document.querySelector('.options .n')")
    page.evaluate("Jobsite.browse.need()")  # the listing fetches its index when first reached for


def keystrokes(page: Page, url: str, throttle: float) -> dict:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    page.goto(url + "/")
    wait_ready(page)
    box = page.locator("#f-q")
    for words in WORDS:
        box.fill("")
        box.focus()
        page.keyboard.type(words, delay=120)
        page.wait_for_timeout(300)
    samples = page.evaluate("window.__bench.keys.filter(k => k.paint !== null && k.script !== null)")
    cls = page.evaluate("window.__bench.cls")
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    return {"n": len(samples), "script_ms": statistics.median(s["script"] for s in samples),
            "paint_ms": statistics.median(s["paint"] for s in samples),
            "paint_p90_ms": sorted(s["paint"] for s in samples)[int(len(samples) * 0.9)], "cls": cls}


def open_filtered(browser, url: str, runs: int) -> dict:
    cold, warm, cls = [], [], []
    for _ in range(runs):
        ctx = browser.new_context()
        ctx.add_init_script(PROBE)
        page = ctx.new_page()
        for bucket in (cold, warm):
            page.goto(url + FILTERED)
            page.wait_for_function("window.__bench.shown !== null")
            bucket.append(page.evaluate("window.__bench.shown"))
        cls.append(page.evaluate("window.__bench.cls"))
        count = page.locator("[data-count]").inner_text()
        ctx.close()
    return {"cold_ms": statistics.median(cold), "warm_ms": statistics.median(warm), "cls_max": max(cls),
            "count": count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/jobsite-browse"))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    without_search_index()
    built = build(args.work, args.postings)
    sizes = transfer(built["site"])
    url, server = serve_directory(built["site"])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        ctx = browser.new_context()
        ctx.add_init_script(PROBE)
        page = ctx.new_page()
        typing = keystrokes(page, url, 1)
        typing_slow = keystrokes(page, url, 4)
        opening = open_filtered(browser, url, args.runs)
        version = browser.version
        browser.close()
    server.shutdown()
    report = {"chromium": version, "load_average": os.getloadavg(), "postings": built, "bytes": sizes,
              "typing": typing, "typing_4x_throttle": typing_slow, "open_filtered": opening}
    report["postings"]["site"] = str(built["site"])
    report["bytes"]["index_gz_per_posting"] = sizes["index_gz"] / built["open"]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
