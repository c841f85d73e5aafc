"""What the listing's first view costs: every request Chromium makes to show `/` before anyone touches it.

    python bench/first_load.py [--postings 10000] [--work /dev/shm/jobsite-browse] [--runs 3]

Builds (or reuses) bench/browse_corpus.py's board under WORK, serves it from a local HTTP server, opens `/` in
Debian's Chromium at a phone's size (390×844) and at a desktop's (1280×900), waits until the network is idle,
and sums the bytes of every response: raw, and gzipped at level 6 as a CDN sends text (images as they are).
Issue 28's budget: the first screen of a 10,000-posting board loads no more than about 300 KB; the postings
index (about 1.3 MB raw) must wait for the first filter or search. Prints JSON.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browse_bench import build  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, serve_directory  # noqa: E402

TEXT = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def first_view(browser, url: str, viewport: dict) -> dict:
    """Every response of one cold load of `url`, until the network is idle."""
    ctx = browser.new_context(viewport=viewport)
    page = ctx.new_page()
    seen: list = []
    page.on("response", lambda response: seen.append(response))
    page.goto(url, wait_until="networkidle")
    raw = packed = 0
    paths = []
    for response in seen:
        try:
            body = response.body()
        except PlaywrightError:  # a redirect or an aborted fetch has no body
            continue
        kind = response.headers.get("content-type", "")
        raw += len(body)
        packed += len(gzip.compress(body, 6)) if kind.startswith(TEXT) else len(body)
        paths.append(response.url.removeprefix(url.rstrip("/")))
    ctx.close()
    return {"requests": len(paths), "raw_kb": round(raw / 1024, 1), "gzip_kb": round(packed / 1024, 1),
            "index_fetched": any(p.startswith("/data/postings.") for p in paths)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/jobsite-browse"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    built = build(args.work, args.postings)
    base, server = serve_directory(built["site"])
    out: dict = {"postings": args.postings, "open": built["open"]}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for name, viewport in VIEWPORTS.items():
                runs = [first_view(browser, base + "/", viewport) for _ in range(args.runs)]
                out[name] = {**runs[0], "raw_kb": statistics.median(r["raw_kb"] for r in runs),
                             "gzip_kb": statistics.median(r["gzip_kb"] for r in runs)}
            browser.close()
    finally:
        server.shutdown()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
