"""What the trust checks cost: `jobsite check` with `trust_checks: warn` against `trust_checks: off`, same corpus.

    python bench/trust_bench.py --postings 10000 --runs 5

The corpus is bench/corpus.py's (N postings over N/10 companies), with one description in a hundred copied
into a posting of another company, so that the copy check finds copies as well as looking for them. Two
content folders differ only in site.yaml's `trust_checks`; runs alternate between them (off, warn, warn, off,
…) so that a busy machine slows both alike, and the table gives each one's median and the ratio, of wall time
and of CPU time (user + system over the check and its worker processes: steadier on a shared machine).

A check has no cache: each run reads, parses and checks every file. The description scan (load/trust_scan.py:
asks and sketch) runs with each file's parsing in every mode, since it is cached with the file for builds; the
last line measures it alone over the corpus, in one process, and gives the ratio it would make were `off` to
skip it too (an upper bound: the check spreads parsing over the cores).
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus import write_corpus
from hugo_compare import jobsite_env

from generator.load.files import split_front_matter
from generator.load.trust_scan import scan_description

ROOT = Path("/dev/shm/jobsite-trust")
MODES = ("off", "warn")


def copy_some_descriptions(content: Path, every: int = 100) -> int:
    """Give every `every`-th posting the description of a posting of another company; return how many."""
    postings = sorted(content.glob("jobs/*/*.md"))
    copied = 0
    for i in range(every, len(postings), every):
        target, source = postings[i], next(p for p in reversed(postings[:i]) if p.parent != postings[i].parent)
        head = target.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        body = source.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        target.write_text(f"{head}\n---\n{body}", encoding="utf-8")
        copied += 1
    return copied


def prepare(n: int) -> dict[str, Path]:
    """One corpus, copied into a content folder per mode that differs only in site.yaml."""
    base = write_corpus(n, ROOT / "base")
    copies = copy_some_descriptions(base)
    print(f"{n:,} postings, {copies} descriptions copied under another company", flush=True)
    folders = {}
    for mode in MODES:
        folder = ROOT / mode / "content"
        shutil.rmtree(folder.parent, ignore_errors=True)
        shutil.copytree(base, folder)
        site = folder / "site.yaml"
        site.write_text(site.read_text(encoding="utf-8") + f"trust_checks: {mode}\n", encoding="utf-8")
        folders[mode] = folder
    return folders


def check_seconds(content: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `jobsite check` (CPU: the check and every worker process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--content", str(content)],
                          env=jobsite_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"jobsite check --content {content} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def scan_seconds(content: Path) -> float:
    """CPU seconds of the description scan alone over every posting, in this process."""
    bodies = []
    for path in sorted(content.glob("jobs/*/*.md")):
        split = split_front_matter(path.read_text(encoding="utf-8"), path, [])
        if split:
            bodies.append(split[1:])
    started = time.process_time()
    for body, line in bodies:
        scan_description(body, line)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folders = prepare(args.postings)
    times: dict[str, list[tuple[float, float]]] = {mode: [] for mode in MODES}
    check_seconds(folders["off"])  # warm the page cache and the interpreter's files: the first run pays those
    for run in range(args.runs):
        for mode in MODES if run % 2 == 0 else tuple(reversed(MODES)):
            times[mode].append(check_seconds(folders[mode]))
    wall = {mode: statistics.median(t[0] for t in times[mode]) for mode in MODES}
    cpu = {mode: statistics.median(t[1] for t in times[mode]) for mode in MODES}
    scan = statistics.median(scan_seconds(folders["off"]) for _ in range(3))
    print("| postings | runs | | trust_checks: off | trust_checks: warn | warn / off |")
    print("|---:|---:|---|---:|---:|---:|")
    for name, median in (("wall", wall), ("CPU", cpu)):
        print(f"| {args.postings:,} | {args.runs} | {name} | {median['off']:.2f} s | {median['warn']:.2f} s | "
              f"{median['warn'] / median['off']:.3f} |")
    print(f"\nDescription scan alone, CPU, one process: {scan:.2f} s (every mode pays it). Were `off` to skip it, "
          f"warn / off in CPU would be at most {cpu['warn'] / (cpu['off'] - scan):.3f}.")
    print("runs (wall s, CPU s):", {mode: [(round(w, 2), round(c, 2)) for w, c in times[mode]] for mode in MODES})


if __name__ == "__main__":
    main()
