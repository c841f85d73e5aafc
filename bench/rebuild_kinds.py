"""A rebuild by kind of edit: where each stage's time goes after one edit, on bench/'s corpus.

    python bench/rebuild_kinds.py                  # 10,000 postings, 3 rounds, a Markdown table on stdout
    python bench/rebuild_kinds.py --postings 1000 --rounds 1

Each round starts from a cold build (no cache, no site), then makes these edits in turn, each followed by one
`jobsite build --verbose` in a new process (Python start and imports included in "wall"):

1. the bench's edit (bench/hugo_compare.py `edit`: a new title, which moves the level and the role words, and a
   line of description);
2. a new title word only (the marker of that title changes);
3. one line added to the description;
4. nothing changed.

It reports the median of the rounds for each stage `--verbose` prints, the files written, the wall time, and
which way the model was made (the snapshot, or in full and why). The machine should be otherwise idle.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from hugo_compare import CLOCK_EPOCH, REPO, SHM, compiled, corpus, edit, edited_posting

STAGES = ("load", "model", "snapshot", "render", "write", "cache save")
KINDS = ("the bench's edit (a title that moves level and role words, and a body line)",
         "a new title word only", "one line added to the description", "nothing changed")


def build(content: Path, out: Path) -> dict:
    """One build in a new process: its stage seconds, files written, wall seconds and the model's way."""
    env = {"SOURCE_DATE_EPOCH": CLOCK_EPOCH, "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--content", str(content),
                           "--output", str(out), "--verbose"], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr[-2000:]}")
    text = done.stdout + done.stderr
    found = {name: float(m.group(1)) for name in STAGES
             if (m := re.search(rf"^\s+{re.escape(name)}\s+([\d.]+) s$", text, re.M))}
    written = re.search(r"^\s+(\d+) written", text, re.M)
    way = re.search(r"^\s+(model made .*)$", text, re.M)
    return {**found, "written": int(written.group(1)) if written else 0, "wall": wall,
            "way": way.group(1) if way else ""}


def round_of(root: Path) -> list[dict]:
    """A cold build, then the four kinds of edit, each with its build."""
    for leftover in (root / ".jobsite-cache", root / "kinds-out"):
        shutil.rmtree(leftover, ignore_errors=True)
    content, out = root / "content", root / "kinds-out"
    posting = edited_posting(root)
    original = posting.read_text()
    try:
        build(content, out)  # cold
        edit(posting, "X1")
        runs = [build(content, out)]
        posting.write_text(posting.read_text().replace("Benchmark Role X1", "Benchmark Role X2"))
        runs.append(build(content, out))
        posting.write_text(posting.read_text().rstrip("\n") + "\n\nOne more line of description.\n")
        runs.append(build(content, out))
        runs.append(build(content, out))
        return runs
    finally:
        posting.write_text(original)


def table(rounds: list[list[dict]]) -> str:
    head = "| edit | " + " | ".join(STAGES) + " | written | wall | model |"
    rows = [head, "|---|" + "---:|" * (len(STAGES) + 2) + "---|"]
    for k, kind in enumerate(KINDS):
        runs = [one[k] for one in rounds]
        cells = [f"{statistics.median(r.get(name, 0.0) for r in runs):.2f}" for name in STAGES]
        ways = sorted({r["way"].removeprefix("model made ") for r in runs})
        rows.append(f"| {kind} | " + " | ".join(cells) + f" | {runs[0]['written']} | "
                    f"{statistics.median(r['wall'] for r in runs):.2f} | {'; '.join(ways)} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    compiled(REPO)
    root = corpus(args.postings)
    rounds = [round_of(root) for _ in range(args.rounds)]
    print(f"{args.postings:,} postings, medians of {args.rounds} rounds, seconds ({SHM}):\n")
    print(table(rounds))


if __name__ == "__main__":
    main()
