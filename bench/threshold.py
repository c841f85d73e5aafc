"""Where do worker processes start to pay? Build small corpora with --workers 1 and --workers 2, alternating.

    python bench/threshold.py --sizes 36 100 200 400 1000 --runs 5

For each size: a cold build (no cache: the warm-up pool and the page workers) and a full re-render (cache of
Markdown and YAML kept, output and page memo cleared, so every page is rendered and written). The thresholds in
generator/base/parallel.py come from this table.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus
from hugo_compare import jobsite_env, measure

ROOT = Path("/dev/shm/jobsite-threshold")


def build(root: Path, workers: int, cold: bool) -> float:
    if cold:
        shutil.rmtree(root / ".jobsite-cache", ignore_errors=True)
    else:
        (root / ".jobsite-cache" / "pages.marshal").unlink(missing_ok=True)
    shutil.rmtree(root / "out", ignore_errors=True)
    return measure([sys.executable, "-m", "generator.cli", "build", "--content", str(root / "content"), "--output",
                    str(root / "out"), "--workers", str(workers)], jobsite_env()).seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[36, 100, 200, 400, 1000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("| postings | cold, 1 process | cold, 2 | re-render, 1 process | re-render, 2 |")
    print("|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        root = ROOT / str(n)
        write_corpus(n, root)
        times: dict[tuple[int, bool], list[float]] = {}
        build(root, 1, cold=True)  # fill the cache once for the re-render runs
        for run in range(args.runs):
            for workers in (1, 2) if run % 2 == 0 else (2, 1):
                for cold in (True, False):
                    times.setdefault((workers, cold), []).append(build(root, workers, cold))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"| {n:,} | {med[1, True]:.2f} s | {med[2, True]:.2f} s | {med[1, False]:.2f} s | "
              f"{med[2, False]:.2f} s |", flush=True)


if __name__ == "__main__":
    main()
