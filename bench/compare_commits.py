"""Two commits of jobsite building the same corpus, side by side: is a change slower, or hungrier?

    python bench/compare_commits.py OLD [NEW] [--postings 10000] [--runs 3] [--work /dev/shm/jobsite-commits]

Checks OLD and NEW (default: the working tree) out as git worktrees under WORK, writes bench/corpus.py's corpus
once, then alternates cold builds (fresh output and cache folders, SOURCE_DATE_EPOCH fixed) of the two, and a
rebuild after appending a line to one description, each in a fresh process. Prints the medians of wall time
and of peak memory (the largest resident set of the build or any of its workers: the rusage os.wait4 gives)
and NEW/OLD ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from hugo_compare import compiled  # bench/ is this script's folder, first on sys.path)

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1795694400"  # 2026-11-26 12:00 UTC, the corpus's clock


def checkout(commit: str, where: Path) -> Path:
    if where.exists():
        subprocess.run(["git", "worktree", "remove", "--force", str(where)], cwd=ROOT, check=False)
    subprocess.run(["git", "worktree", "add", "--detach", str(where), commit], cwd=ROOT, check=True,
                   capture_output=True)
    return where


def build(code: Path, content: Path, out: Path, cache: Path, fresh: bool) -> tuple[float, float]:
    """(seconds, peak MB) of one `jobsite build` of `code` in a new process."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code), "SOURCE_DATE_EPOCH": EPOCH, "JOBSITE_CACHE_DIR": str(cache)}
    log = out.parent / f"{out.name}.log"  # a file, not a pipe: a full pipe would stall the build
    started = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", "--content", str(content),
                                 "--output", str(out)], cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{code}: build failed, see {log}")
    return seconds, usage.ru_maxrss / 1024


def touch_one(content: Path, run: int) -> None:
    first = min((content / "jobs").rglob("*.md"))
    with first.open("a", encoding="utf-8") as f:
        f.write(f"\nOne more line, edit {run}.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new", nargs="?", default=None)
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/dev/shm/jobsite-commits"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    trees = {"old": checkout(args.old, args.work / "old"),
             "new": checkout(args.new, args.work / "new") if args.new else ROOT}
    for code in trees.values():
        compiled(code)
    corpus = args.work / "corpus"
    if not (corpus / "content" / "site.yaml").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(args.postings), str(corpus)],
                       check=True)
    figures: dict = {side: {"cold_s": [], "cold_mb": [], "edit_s": [], "edit_mb": []} for side in trees}
    for run in range(args.runs):
        for side in (("old", "new") if run % 2 == 0 else ("new", "old")):
            content = args.work / f"content-{side}"
            shutil.rmtree(content, ignore_errors=True)
            shutil.copytree(corpus / "content", content)
            out, cache = args.work / f"site-{side}", args.work / f"cache-{side}"
            seconds, mb = build(trees[side], content, out, cache, fresh=True)
            figures[side]["cold_s"].append(seconds)
            figures[side]["cold_mb"].append(mb)
            touch_one(content, run)
            seconds, mb = build(trees[side], content, out, cache, fresh=False)
            figures[side]["edit_s"].append(seconds)
            figures[side]["edit_mb"].append(mb)
    medians = {side: {k: round(statistics.median(v), 2) for k, v in f.items()} for side, f in figures.items()}
    ratios = {k: round(medians["new"][k] / medians["old"][k], 2) for k in medians["old"]}
    print(json.dumps({"postings": args.postings, "runs": args.runs, "old": args.old, "new": args.new or "worktree",
                      "medians": medians, "new/old": ratios, "load": os.getloadavg()}, indent=2))


if __name__ == "__main__":
    main()
