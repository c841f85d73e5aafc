"""`jobsite build` options for speed work: per-stage timings, no cache, a progress bar only for long builds."""
from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.base.progress import DelayedProgressBar
from generator.cli import main

from ..conftest import POSTING, REPO, basic_tree, write_tree

STAGES = ("cache load", "load", "model", "render", "write", "cache save")


def test_verbose_prints_every_stage_and_what_was_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795780800")  # one clock for both builds: feeds carry it
    write_tree(tmp_path / "content", basic_tree())
    first = CliRunner().invoke(main, ["build", "--verbose"])
    assert first.exit_code == 0, first.output
    for stage in STAGES:
        assert f"  {stage} " in first.output
    # CPU seconds per stage, this process's and its workers': wall seconds on a shared machine move with its load.
    cpu = re.search(r"^  cpu seconds (.*) \(workers included; load average ([0-9. ]+|unknown)\)$", first.output, re.M)
    assert cpu is not None, first.output
    spent = dict(re.fullmatch(r"(.+) ([0-9.]+)", part).groups() for part in cpu.group(1).split(", "))
    assert [stage for stage in STAGES if stage in spent] == list(STAGES), spent
    assert sum(map(float, spent.values())) > 0, spent  # the build did cost something
    assert "written, 0 unchanged, 0 removed; swapped in" in first.output
    again = CliRunner().invoke(main, ["build", "--verbose"])
    assert "0 written" in again.output and "unchanged, nothing swapped" in again.output
    assert (tmp_path / ".jobsite-cache").is_dir()
    (tmp_path / "site" / "stray.html").write_text("put there by hand")  # a build that only deletes still changes
    tidied = CliRunner().invoke(main, ["build", "--verbose"])
    assert re.search(r"  0 written, \d+ unchanged, 1 removed; swapped in\n", tidied.output), tidied.output


def test_no_cache_neither_reads_nor_writes_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree())
    result = CliRunner().invoke(main, ["build", "--no-cache", "--verbose", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".jobsite-cache").exists()
    assert "written, 0 unchanged" in result.output
    stale = write_tree(tmp_path / ".jobsite-cache", {"markdown.marshal": b"not a cache"})
    again = CliRunner().invoke(main, ["build", "--no-cache"])
    assert again.exit_code == 0, again.output
    assert [p.name for p in stale.iterdir()] == ["markdown.marshal"]
    assert (stale / "markdown.marshal").read_bytes() == b"not a cache"


def test_progress_bar_appears_only_after_the_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    def drawn(delay: float) -> str:
        stream = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)
        with DelayedProgressBar(delay=delay) as progress:
            for done in range(0, 101, 10):
                progress("Writing", done, 100)
        return stream.getvalue()

    assert drawn(delay=60) == ""
    assert "Writing" in drawn(delay=0)


def test_no_click_api_that_click_9_drops() -> None:
    """Click 9 readiness: the standard streams are sys's (at call time, so CliRunner still captures them), not
    click.get_text_stream/get_binary_stream, whose deprecation warnings users saw."""
    root = Path(__file__).resolve().parents[2] / "generator"
    used = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\bclick\.(get_text_stream|get_binary_stream|__version__)\b", line)]
    assert used == []


def test_the_program_prints_what_a_caller_sees_and_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m generator.cli build` ends its own process once the build succeeds (cli.py `_leave`): what it
    printed still reaches a pipe whole, on the stream a caller of main() sees it on, and the status is 0."""
    import datetime as dt
    import os
    import subprocess

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795780800")  # 2026-11-26: both builds on one clock
    closed = {**POSTING, "expires": dt.date(2026, 11, 20)}  # a warning each, so stderr has something to lose
    write_tree(tmp_path / "content", basic_tree(a=closed, b=closed))
    called = CliRunner().invoke(main, ["build", "--no-cache", "--output", "called"])
    assert called.exit_code == 0, called.output
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--no-cache", "--output", "run"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    def warnings(stderr: str) -> list[str]:
        return [line for line in stderr.splitlines() if ": warning: " in line]  # a slow build shows progress too

    assert len(warnings(run.stderr)) == 2 and warnings(run.stderr) == warnings(called.stderr)
    seconds = re.compile(r"in \d+\.\d\d s")
    assert seconds.sub("", run.stdout) == seconds.sub("", called.stdout) != ""
    assert run.stdout.endswith(" s\n") and (tmp_path / "run" / "index.html").is_file()


def test_a_rebuild_that_parses_no_body_imports_no_markdown_parser(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """markdown-it-py is imported when a body is parsed (load/markdown.py), not by every build: a rebuild with
    nothing changed starts faster without it."""
    import os
    import subprocess

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795780800")
    write_tree(tmp_path / "content", basic_tree())
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    again = ("import sys; from generator.cli import main; main(['build'], standalone_mode=False); "
             "print(sorted(m for m in sys.modules if m.startswith('markdown_it')))")
    run = subprocess.run([sys.executable, "-c", again], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.endswith("[]\n"), run.stdout + run.stderr
    (tmp_path / "content/jobs/acme/senior-robotics-engineer.md").write_text(
        (tmp_path / "content/jobs/acme/senior-robotics-engineer.md").read_text() + "\nA new line.\n")
    edited = subprocess.run([sys.executable, "-c", again], env=env, capture_output=True, text=True, timeout=120)
    assert "'markdown_it'" in edited.stdout, edited.stdout + edited.stderr  # the edited body is parsed again


def test_cli_estimate_one_and_many() -> None:
    runner = CliRunner()
    content = str(REPO / "content")
    one = runner.invoke(main, ["estimate", "--title", "Senior ML Engineer", "--country", "DE", "--stage",
                               "series-a", "--category", "ai", "--content", content])
    assert one.exit_code == 0, one.output
    assert one.output.startswith("Estimated $") and "(-15%)" in one.output and "Actual compensation may vary." \
        in one.output
    lines = "\n".join(json.dumps({"title": t, "country": "US"}) for t in ("Staff Engineer", "Data Engineer Intern"))
    many = runner.invoke(main, ["estimate", "--jsonl", "--content", content], input=lines + "\n{broken\n")
    records = [json.loads(line) for line in many.output.splitlines()]
    assert [r.get("seniority") for r in records[:2]] == ["staff", "intern"]
    assert records[1]["period"] == "month" and records[0]["period"] == "year"
    assert set(records[0]) >= {"min", "median", "max", "currency", "period", "seniority", "family", "region", "rows"}
    assert "error" in records[2]


def test_run_as_the_program_a_build_ends_its_own_process_with_status_0(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Only when main() reads sys.argv (the `jobsite` program) does a successful build end the process itself
    (`_leave`); the subprocess test above sees the outcome, this one the call."""
    import os

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795780800")
    write_tree(tmp_path / "content", basic_tree())
    ended: list[int] = []

    def _exit(status: int) -> None:
        ended.append(status)
        raise SystemExit(f"os._exit({status})")

    monkeypatch.setattr(os, "_exit", _exit)
    monkeypatch.setattr(sys, "argv", ["jobsite", "build", "--no-cache"])
    with pytest.raises(SystemExit, match=r"os\._exit\(0\)"):
        main.main()
    assert ended == [0] and (tmp_path / "site" / "index.html").is_file()
    assert main.main(["build", "--no-cache"], standalone_mode=False) is None and ended == [0]  # called: returns


def test_the_load_average_is_unknown_where_the_system_reports_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from generator import cli

    monkeypatch.setattr(os, "getloadavg", lambda: (0.5, 1.25, 2.0))
    assert cli._load_average() == "0.50 1.25 2.00"
    for refusal in (OSError("no load average"), AttributeError("getloadavg")):
        def refuse(refusal: Exception = refusal) -> tuple[float, ...]:
            raise refusal
        monkeypatch.setattr(os, "getloadavg", refuse)
        assert cli._load_average() == "unknown"


@pytest.mark.parametrize(("args", "message"), [
    ([], "Error: give --title, or --jsonl to read many postings from stdin"),
    (["--title", "ML Engineer", "--country", "XX"], "Error: unknown country code 'XX' — expected ISO 3166 alpha-2, "
                                                    "e.g. 'RS'"),
])
def test_cli_estimate_without_a_title_or_with_an_unknown_country_is_a_usage_error(args: list[str],
                                                                                  message: str) -> None:
    result = CliRunner().invoke(main, ["estimate", *args, "--content", str(REPO / "content")])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[0] == "Usage: main estimate [OPTIONS]"
    assert result.stderr.splitlines()[-1] == message
