"""Lighthouse audit of the built site, served with netlify.toml's headers: prints the four category scores.

    python bench/audit.py [--site site] [--build]

Needs Node.js and npm; installs lighthouse 12.8.2 (the version proven to work with Debian's Chromium here) into
.jobsite-cache/lighthouse on first use. Chromium comes from /usr/bin/chromium (CHROME_PATH).
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import threading
import tomllib
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".jobsite-cache" / "lighthouse"
LIGHTHOUSE = "12.8.2"
FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking "
         "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def header_rules() -> list[tuple[str, dict[str, str]]]:
    config = tomllib.loads((ROOT / "netlify.toml").read_text())
    return [(rule["for"], rule["values"]) for rule in config.get("headers", [])]


def serve(site: Path) -> tuple[str, ThreadingHTTPServer]:
    rules = header_rules()

    class Handler(SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            path = self.path.split("?")[0]
            for pattern, values in rules:
                if pattern == path or pattern.endswith("*") and path.startswith(pattern[:-1]):
                    for name, value in values.items():
                        self.send_header(name, value)
            super().end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def ensure_lighthouse() -> Path:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(TOOLS), "-E", f"lighthouse@{LIGHTHOUSE}", "--silent"],
                       check=True)
    return binary


def audit(binary: Path, url: str) -> dict[str, int]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    with tempfile.TemporaryDirectory() as tmp:
        # Node may exit before a large report is flushed to a pipe: write it to a file instead.
        out = Path(tmp) / "report.json"
        subprocess.run([str(binary), url, "--output=json", f"--output-path={out}", "--quiet",
                        f"--chrome-flags={FLAGS}"], check=True, env=env, timeout=180)
        report = json.loads(out.read_text())
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--build", action="store_true", help="run `jobsite build` first")
    args = parser.parse_args()
    if args.build:
        subprocess.run([sys.executable, "-m", "generator.cli", "build", "--output", args.site], check=True, cwd=ROOT)
    binary = ensure_lighthouse()
    base, server = serve(Path(args.site))
    pages = {"listing": "/", "posting": "/jobs/perplexity/backend-infrastructure-engineer-intern/",
             "company": "/companies/perplexity/"}
    worst = 100
    print(f"{'page':10} " + " ".join(f"{c:>15}" for c in CATEGORIES))
    for name, path in pages.items():
        scores = audit(binary, base + path)
        worst = min(worst, *scores.values())
        print(f"{name:10} " + " ".join(f"{scores[c]:>15}" for c in CATEGORIES))
    server.shutdown()
    return 0 if worst == 100 else 1


if __name__ == "__main__":
    sys.exit(main())
