"""A bad environment gets one clear line and exit status 1: a broken SOURCE_DATE_EPOCH, an output folder that
overlaps the content, a busy port, a folder that cannot be written. Tracebacks only with --verbose."""
from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import build as build_mod
from generator.base.progress import DelayedProgressBar
from generator.cli import main
from generator.config import SetupError, build_clock

from ..conftest import POSTING, basic_tree, front_matter, write_tree


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid content tree in tmp_path, which is also the working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # A busy machine can take a second to reach the failure, when the build's progress bar would start drawing.
    monkeypatch.setattr("generator.cli.DelayedProgressBar", lambda: DelayedProgressBar(delay=3600))
    write_tree(tmp_path / "content", basic_tree())
    return tmp_path


def one_line(result: Result) -> str:
    """The whole output, which must be exactly one line; no traceback anywhere."""
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def _never_started(*args: object, **kwargs: object) -> None:
    raise AssertionError("jobsite serve went on to start a server")


@pytest.mark.parametrize("value", ["abc", "-5e99", "1.5", "1e9", "0x10", "12 34"])
@pytest.mark.parametrize("command", [["build"], ["check"], ["serve", "--port", "0"],
                                     ["new", "posting", "--company", "acme", "--title", "Robot Whisperer"]])
def test_a_malformed_source_date_epoch_is_one_line(tree: Path, monkeypatch: pytest.MonkeyPatch, value: str,
                                                   command: list[str]) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    monkeypatch.setattr("generator.serve.DevServer", _never_started)  # a serve that got this far would not stop
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert one_line(result) == (f"Error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, "
                                f"as `date +%s` prints it; got {value!r}")
    assert not (tree / "site").exists() and not (tree / "content/jobs/acme/robot-whisperer.md").exists()


@pytest.mark.parametrize("value", ["99999999999999999", "-99999999999999999", "253402300800", "9" * 20])
def test_an_epoch_beyond_the_calendar_is_one_line(tree: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert one_line(result) == f"Error: SOURCE_DATE_EPOCH={value} is outside the years 1 to 9999"


@pytest.mark.parametrize(("value", "moment"), [
    ("0", dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)),
    ("-1", dt.datetime(1969, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)),
    (" 1795694400\n", dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)),
    ("253402300799", dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)),
])
def test_well_formed_epochs_set_the_clock(value: str, moment: dt.datetime) -> None:
    assert build_clock({"SOURCE_DATE_EPOCH": value}) == moment


@pytest.mark.parametrize("value", ["١٧٩٥٦٩٤٤٠٠", "１７９５６９４４００", "+1795694400", "1795694400.0", "--1", "1_000"])
def test_an_epoch_is_ascii_decimal_digits_and_a_minus_only(value: str) -> None:
    """reproducible-builds.org: `date +%s`'s output. int() alone would take other scripts' digits, a plus sign and
    underscores: each is refused in the one line, not read as a time."""
    with pytest.raises(SetupError, match=r"^SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC"):
        build_clock({"SOURCE_DATE_EPOCH": value})


def test_an_empty_epoch_means_now() -> None:
    before = dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    assert before <= build_clock({"SOURCE_DATE_EPOCH": " "}) <= dt.datetime.now(tz=dt.timezone.utc)
    with pytest.raises(SetupError):
        build_clock({"SOURCE_DATE_EPOCH": "yesterday"})


def test_output_inside_content_is_refused(tree: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--output", "content/site-out"])
    assert result.exit_code == 1
    assert one_line(result) == ("Error: the output folder content/site-out/ is inside the content folder content/: "
                                "choose an output folder outside it")
    assert not (tree / "content/site-out").exists()


@pytest.mark.parametrize("output", [".", "..", "content"])
def test_output_that_contains_or_is_the_content_is_refused(tree: Path, output: str) -> None:
    before = sorted(p.relative_to(tree) for p in tree.rglob("*"))
    result = CliRunner().invoke(main, ["build", "--output", output])
    assert result.exit_code == 1
    assert "content folder content/" in one_line(result) and f"output folder {output}/" in one_line(result)
    assert sorted(p.relative_to(tree) for p in tree.rglob("*")) == before
    assert not [p for p in tree.parent.iterdir() if p.name.startswith(f".{tree.name}.")]


def test_output_overlapping_the_templates_is_refused(tree: Path) -> None:
    write_tree(tree / "templates", {"base.html": "<!doctype html>"})  # a site's own templates beside content/
    result = CliRunner().invoke(main, ["build", "--output", "templates/out"])
    assert result.exit_code == 1
    assert "inside the templates folder" in one_line(result)


def test_serve_on_a_busy_port_names_the_port(tree: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert one_line(result) == (f"Error: cannot listen on 127.0.0.1:{port}: port {port} is already in use (another "
                                f"jobsite serve?); stop that program or choose another port with --port {port + 1} "
                                "(--port 0 picks a free one)")
    assert not (tree / "site").exists()


def test_an_unknown_host_is_one_line_without_a_port_hint(tree: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "no-such-host.invalid", "--port", "0"])
    assert result.exit_code == 1
    line = one_line(result)
    assert line.startswith("Error: cannot listen on no-such-host.invalid:0: ") and "--port" not in line


def test_an_unwritable_output_is_one_line(tree: Path) -> None:
    (tree / "blocker").write_text("a file where the output's parent folder should be")
    result = CliRunner().invoke(main, ["build", "--output", "blocker/site"])
    assert result.exit_code == 1
    line = one_line(result)
    assert line.startswith("Error: jobsite build stopped: [Errno 17] File exists: ") and "blocker" in line


def test_verbose_gives_the_traceback_it_promises_when_the_machine_refuses(tree: Path) -> None:
    """The one line for an OSError says "run again with --verbose for the traceback": that run must give it."""
    (tree / "blocker").write_text("a file where the output's parent folder should be")
    plain = CliRunner().invoke(main, ["build", "--output", "blocker/site"])
    assert one_line(plain).endswith("(run again with --verbose for the traceback)")
    verbose = CliRunner().invoke(main, ["build", "--output", "blocker/site", "--verbose"])
    assert isinstance(verbose.exception, FileExistsError)  # the error itself, raised with its traceback
    assert verbose.exc_info is not None and verbose.exc_info[2] is not None


def test_an_internal_error_is_one_line_and_a_traceback_with_verbose(tree: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(build_mod, "render_site", broken)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 2
    assert one_line(result) == (
        "jobsite build stopped on an internal error (KeyError: 'boom'). This is a bug in jobsite, not in your "
        "content: run again with --verbose and report it.")
    verbose = CliRunner().invoke(main, ["build", "--verbose"])
    assert isinstance(verbose.exception, KeyError)
    assert not (tree / "site").exists()


def test_estimate_without_a_table_is_one_line(tree: Path) -> None:
    result = CliRunner().invoke(main, ["estimate", "--title", "Data Engineer", "--content", "nowhere"])
    assert result.exit_code == 1
    assert one_line(result).startswith("Error: cannot read the compensation table: [Errno 2] No such file")


@pytest.mark.parametrize(("table", "message"), [
    (b"source: [1\n", "content/data/compensation.yaml:2:1: malformed YAML (did not find expected ',' or ']')"),
    (b"roles: 5\n", "content/data/compensation.yaml: compensation benchmarks: missing or malformed entry 'source'"),
    (b"\xff\xfe", "content/data/compensation.yaml: 'utf-8' codec can't decode byte 0xff in position 0"),
])
def test_estimate_with_a_broken_table_is_one_line_naming_it(tree: Path, table: bytes, message: str) -> None:
    (tree / "content/data/compensation.yaml").write_bytes(table)
    result = CliRunner().invoke(main, ["estimate", "--title", "Data Engineer"])
    assert result.exit_code == 1
    assert one_line(result).startswith(f"Error: cannot read the compensation table: {message}")


def test_schema_and_new_in_a_place_they_cannot_write_are_one_line(tree: Path) -> None:
    (tree / "schemas").write_text("a file where the folder should be")
    result = CliRunner().invoke(main, ["schema", "--output", "schemas/editor"])
    assert result.exit_code == 1
    assert one_line(result) == "Error: jobsite schema stopped: [Errno 20] Not a directory: 'schemas/editor'"
    (tree / "content/jobs/acme").rename(tree / "elsewhere")
    (tree / "content/jobs/acme").write_text("a file where the company's folder should be")
    result = CliRunner().invoke(main, ["new", "posting", "--company", "acme", "--title", "Robot Tester"])
    assert result.exit_code == 1
    assert one_line(result) == "Error: jobsite new stopped: [Errno 17] File exists: 'content/jobs/acme'"


# Each command that reads content, with the function it hands the work to: what that function raises decides
# what the user sees (cli.py `_explanation`, `_refusals`).
WORKERS = {
    "build": (["build"], "generator.cli.build_site"),
    "check": (["check"], "generator.check.check_content"),
    "import": (["import", "--all"], "generator.ats.run.run_import"),
    "links": (["links", "--state", "links-state.json"], "generator.links.run_links"),
    "remind": (["remind", "--dry-run"], "generator.remind.run_remind"),
    "answer": (["answer", "--event", "event.json"], "generator.remind.read_event"),
}


def _raising(exc: BaseException):
    def run(*args: object, **kwargs: object) -> None:
        raise exc
    return run


@pytest.mark.parametrize("name", list(WORKERS))
def test_each_command_names_itself_when_the_machine_refuses_or_it_has_a_bug(tree: Path, name: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision table of every command with --verbose: the machine's refusal (OSError) is one line and exit 1,
    a bug is one line and exit 2, each naming the command that stopped; --verbose raises the error itself."""
    args, target = WORKERS[name]
    monkeypatch.setattr(target, _raising(OSError(28, "No space left on device")))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, one_line(result)) == (
        1, f"Error: jobsite {name} stopped: [Errno 28] No space left on device (run again with --verbose for the "
           "traceback)")
    assert isinstance(CliRunner().invoke(main, [*args, "--verbose"]).exception, OSError)
    monkeypatch.setattr(target, _raising(ValueError("boom")))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, one_line(result)) == (
        2, f"jobsite {name} stopped on an internal error (ValueError: boom). This is a bug in jobsite, not in your "
           "content: run again with --verbose and report it.")
    assert isinstance(CliRunner().invoke(main, [*args, "--verbose"]).exception, ValueError)


def _refusal(name: str) -> type[Exception]:
    from generator.ats.jobs import ImportFailure
    from generator.links import StateError
    from generator.remind import GitHubError

    return {"import": ImportFailure, "links": StateError, "remind": GitHubError, "answer": GitHubError}[name]


@pytest.mark.parametrize("name", ["import", "links", "remind", "answer"])
def test_each_command_s_own_refusal_is_one_line_and_exit_1(tree: Path, name: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """What the command refuses by design (GitHub's or an ATS's answer, a damaged state file) is its message alone,
    exit 1: never the internal error's 'report it'."""
    args, target = WORKERS[name]
    monkeypatch.setattr(target, _raising(_refusal(name)("GITHUB_TOKEN is not set: nothing was done")))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, one_line(result)) == (1, "Error: GITHUB_TOKEN is not set: nothing was done")


BROKEN = ("content/jobs/acme/misspelt.md:15:1: error: unknown key 'salery' — did you mean 'salary'?\n"
          "content/jobs/acme/unknown.md:8:12: error: workplace: 'office' is not valid — use one of: onsite, hybrid, "
          "remote\n")


@pytest.mark.parametrize(("args", "last_line"), [
    (["build"], "Build failed: 2 error(s); site/ was left unchanged."),
    (["links", "--state", "links-state.json"],
     "Error: 2 error(s) in content/: fix them (jobsite check) first; nothing was checked"),
    (["remind", "--dry-run"], "Error: 2 error(s) in content/: fix them (jobsite check) first; no reminder was sent"),
    (["answer", "--event", "event.json"],
     "Error: 2 error(s) in content/: fix them (jobsite check) first; nothing was changed"),
])
def test_each_command_that_reads_content_refuses_broken_content_naming_every_problem(tree: Path, args: list[str],
                                                                                    last_line: str) -> None:
    """Every problem as path:line:col, then the count and what was not done, exit 1; nothing on stdout."""
    write_tree(tree / "content", {
        "jobs/acme/misspelt.md": front_matter({**POSTING, "title": "A", "salery": "lots"}),
        "jobs/acme/unknown.md": front_matter({**POSTING, "title": "B", "workplace": "office"})})
    reminder = {"number": 3, "title": "Closing soon", "labels": [{"name": "posting-expiry"}],
                "body": "<!-- jobsite:remind content/jobs/acme/misspelt.md expires=2026-12-01 -->"}
    (tree / "event.json").write_text(json.dumps({
        "action": "created", "issue": reminder, "comment": {"id": 1, "body": "/extend 7", "user": {"login": "ana"}},
        "repository": {"full_name": "acme/board", "default_branch": "main"}}))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", BROKEN + last_line + "\n")


def test_a_refusal_counts_errors_only_and_still_prints_the_warnings_beside_them(tree: Path) -> None:
    """One error beside two warnings: both warnings are printed, but the count is of the errors that refused."""
    write_tree(tree / "content", {
        "jobs/acme/misspelt.md": front_matter({**POSTING, "title": "A", "salery": "lots"}),
        "jobs/acme/twice.md": front_matter({**POSTING, "title": "B", "tags": ["rust", "rust", "go", "go"]})})
    result = CliRunner().invoke(main, ["links", "--state", "links-state.json"])
    assert (result.exit_code, result.stdout) == (1, "")
    lines = result.stderr.splitlines()
    assert [line.split(": ")[1] for line in lines[:-1]] == ["error", "warning", "warning"], result.stderr
    assert lines[-1] == "Error: 1 error(s) in content/: fix them (jobsite check) first; nothing was checked"


def test_announce_never_prints_a_token_whatever_ends_it(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal or a bug whose message holds a token (a path, an address, a request) shows *** in its place."""
    from generator.announce.roles import AnnounceError

    token = "123456:AAE-secret_token"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token + "\n")
    args = ["announce", "--site", "site", "--state", "state.json"]
    monkeypatch.setattr("generator.announce.announce", _raising(AnnounceError(f"site/{token}/jobs.json: no such file")))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, one_line(result)) == (1, "Error: site/***/jobs.json: no such file")
    monkeypatch.setattr("generator.announce.announce", _raising(OSError(f"cannot open bot{token}")))
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, one_line(result)) == (1, "Error: jobsite announce stopped: cannot open bot***")
    monkeypatch.setattr("generator.announce.announce", _raising(KeyError(token)))
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and token not in result.output
    assert one_line(result) == ("jobsite announce stopped on an internal error (KeyError: '***'). This is a bug "
                                "in jobsite, not in your content: report it.")


def _commands(group=None, prefix=()):
    import click

    group = group or main
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield " ".join((*prefix, name)), command


def test_every_content_option_is_a_folder_named_content_by_default() -> None:
    """--content means one thing everywhere: a folder (a file given is click's usage error, exit 2), `content`
    when left out, shown in --help."""
    import click

    found = {}
    for name, command in _commands():
        for param in command.params:
            if param.name == "content":
                assert isinstance(param.type, click.Path), name
                found[name] = (param.default, param.type.file_okay, param.type.dir_okay, param.show_default)
    assert found == {name: ("content", False, True, True) for name in (
        "answer", "build", "check", "estimate", "import", "links", "new company", "new posting", "remind", "serve")}


def test_required_options_are_required_by_click(tree: Path) -> None:
    """Left out, each is click's usage error naming it (exit 2), before any work: never an internal error
    (arguments too: a company's NAME)."""
    required = {name: sorted(p.name for p in command.params if p.required) for name, command in _commands()}
    assert {name: names for name, names in required.items() if names} == {
        "announce": ["site", "state"], "answer": ["event"], "links": ["state"], "new company": ["name"],
        "new posting": ["company", "title"]}
    for args, option in ((["links"], "--state"), (["announce", "--site", "site"], "--state"),
                         (["remind", "--content", "content/site.yaml"], "--content")):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and f"'{option}'" in result.output and "Traceback" not in result.output, args


def test_a_port_below_1024_without_rights_says_so_and_any_other_refusal_says_the_systems_words() -> None:
    import errno

    from generator.cli import _listen_error

    denied = OSError(errno.EACCES, "Permission denied")
    assert _listen_error("127.0.0.1", 80, denied) == ("cannot listen on 127.0.0.1:80: ports below 1024 need "
                                                      "administrator rights; try --port 8000")
    assert _listen_error("0.0.0.0", 1023, denied).endswith("need administrator rights; try --port 8000")
    assert _listen_error("127.0.0.1", 1024, denied) == "cannot listen on 127.0.0.1:1024: Permission denied"
    assert _listen_error("127.0.0.1", 0, denied) == "cannot listen on 127.0.0.1:0: Permission denied"
    assert _listen_error("::1", 8000, OSError("no address")) == "cannot listen on ::1:8000: no address"


def test_schema_names_each_file_it_wrote(tree: Path) -> None:
    result = CliRunner().invoke(main, ["schema", "--output", "schemas/editor"])
    assert result.exit_code == 0 and result.stderr == ""
    written = sorted(p.relative_to(tree).as_posix() for p in (tree / "schemas/editor").iterdir())
    assert len(written) == 3 and sorted(result.stdout.splitlines()) == [f"Wrote {path}" for path in written]
