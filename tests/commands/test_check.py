"""`jobsite check` on the command line: summary, exit codes, strictness, output formats and named paths."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import check as check_mod
from generator.cli import main

from ..conftest import CLOCK, POSTING, REPO, basic_tree, write_tree

EPOCH = str(int(CLOCK.timestamp()))


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content tree with one error (a.md), one warning (b.md) and one clean posting (c.md)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    files = basic_tree(a={**POSTING, "title": "A", "workplace": "remot"},
                       b={**POSTING, "title": "B", "tags": ["rust", "rust"]},
                       c={**POSTING, "title": "C"})
    write_tree(tmp_path / "content", files)
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.output


def test_reports_every_problem_then_a_summary_and_fails_on_errors(tree: Path) -> None:
    code, out = run()
    assert code == 1
    assert out.splitlines() == [
        "content/jobs/acme/a.md:8:12: error: workplace: 'remot' is not valid — did you mean 'remote'? — use one "
        "of: onsite, hybrid, remote",
        "content/jobs/acme/b.md:7:3: warning: tags[2]: 'rust' is listed twice",
        "1 error, 1 warning in 2 files",
    ]
    assert not (tree / "site").exists()


def test_warnings_fail_only_when_strict(tree: Path) -> None:
    (tree / "content/jobs/acme/a.md").unlink()
    assert run()[0] == 0
    code, out = run("--strict")
    assert code == 1 and out.endswith("0 errors, 1 warning in 1 file\n")


def test_notes_never_fail_even_when_strict(tree: Path) -> None:
    for name in ("a", "b"):
        (tree / f"content/jobs/acme/{name}.md").unlink()
    closed = tree / "content/jobs/acme/c.md"
    closed.write_text(closed.read_text().replace("\nposted:", "\nclosed: 2026-11-20\nposted:", 1))
    code, out = run("--strict")
    assert "content/companies/acme.md:2:1: info: company has no open postings; its page lists none" in out
    assert code == 0, out


def test_clean_content_says_so(tree: Path) -> None:
    for name in ("a", "b"):
        (tree / f"content/jobs/acme/{name}.md").unlink()
    assert run("--strict") == (0, "No problems in 3 files.\n")


def test_github_format_annotates_file_and_line(tree: Path) -> None:
    code, out = run("--format", "github")
    assert code == 1
    assert out.splitlines() == [
        "::error file=content/jobs/acme/a.md,line=8,col=12,title=jobsite check::workplace: 'remot' is not valid — "
        "did you mean 'remote'? — use one of: onsite, hybrid, remote",
        "::warning file=content/jobs/acme/b.md,line=7,col=3,title=jobsite check::tags[2]: 'rust' is listed twice",
        "1 error, 1 warning in 2 files",
    ]


def test_github_escaping() -> None:
    problem = check_mod.Problem("a,b:c.md", 1, 2, "info", "100% sure\r\nreally")
    assert check_mod.format_github([problem]) == [
        "::notice file=a%2Cb%3Ac.md,line=1,col=2,title=jobsite check::100%25 sure%0D%0Areally"]


def test_json_format_is_a_machine_readable_list(tree: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 1
    assert "did you mean 'remote'? — use" in result.stdout  # non-ASCII as it is, not \u2014
    assert json.loads(result.stdout) == [  # the summary goes to stderr, so stdout parses as it is
        {"path": "content/jobs/acme/a.md", "line": 8, "col": 12, "level": "error",
         "message": "workplace: 'remot' is not valid — did you mean 'remote'? — use one of: onsite, hybrid, remote"},
        {"path": "content/jobs/acme/b.md", "line": 7, "col": 3, "level": "warning",
         "message": "tags[2]: 'rust' is listed twice"},
    ]
    assert result.stderr == "1 error, 1 warning in 2 files\n"


def test_named_paths_limit_warnings_but_never_errors(tree: Path) -> None:
    code, out = run("--strict", "content/jobs/acme/c.md")
    assert code == 1  # a.md's error still stops the build for everyone
    assert "a.md:8:12: error:" in out and "b.md" not in out
    (tree / "content/jobs/acme/a.md").unlink()
    assert run("--strict", "content/jobs/acme/c.md") == (0, "No problems in 4 files.\n")
    code, out = run("--strict", "content/jobs/acme/b.md")
    assert code == 1 and "b.md:7:3: warning:" in out
    code, out = run("--strict", "content/jobs/")  # a folder names every file inside it
    assert code == 1 and "b.md:7:3: warning:" in out


def test_a_deleted_company_fails_the_check_of_an_unrelated_file(tree: Path) -> None:
    (tree / "content/jobs/acme/a.md").unlink()
    (tree / "content/companies/acme.md").unlink()
    code, out = run("content/jobs/acme/c.md")
    assert code == 1 and "c.md:3:10: error: company: unknown company 'acme'" in out


def test_build_and_check_report_the_same_problems(tree: Path) -> None:
    check_code, check_out = run()
    result = CliRunner().invoke(main, ["build"])
    assert check_code == result.exit_code == 1
    problem_lines = check_out.splitlines()[:-1]
    assert result.output.splitlines()[:-1] == problem_lines
    assert not (tree / "site").exists()


def test_unexpected_failure_is_not_a_traceback(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(options):
        raise KeyError("boom")

    monkeypatch.setattr(check_mod, "check_content", broken)
    code, out = run()
    assert code == 2 and "Traceback" not in out
    assert "internal error (KeyError: 'boom'). This is a bug in jobsite, not in your content" in out
    result = CliRunner().invoke(main, ["check", "--verbose"])
    assert isinstance(result.exception, KeyError)


def test_bundled_content_has_no_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    code, out = run("--content", str(REPO / "content"))
    assert code == 0, out
    assert ": error:" not in out


def test_unknown_path_is_a_usage_error(tree: Path) -> None:
    code, out = run("content/jobs/acme/nope.md")
    assert code == 2 and "does not exist" in out


def test_the_all_clear_counts_the_files_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_mod.count_files(tmp_path / "content") == 0  # nothing there: no site.yaml counted either
    write_tree(tmp_path / "content", {k: v for k, v in basic_tree().items() if not k.startswith("jobs/")})
    assert check_mod.count_files(tmp_path / "content") == 2  # site.yaml and one company
    # postings are counted in their company's folder, and a stray file at the top of jobs/ is none of them
    write_tree(tmp_path / "content", {"jobs/acme/a.md": "x", "jobs/acme/b.md": "x", "jobs/beta/c.md": "x",
                                      "jobs/stray.md": "x", "jobs/acme/notes.txt": "x"})
    assert check_mod.count_files(tmp_path / "content") == 5
    assert check_mod.summary_line([], 1) == "No problems in 1 file."
    assert check_mod.summary_line([], 0) == "No problems in 0 files."


def test_a_template_error_is_reported_by_check(tree: Path) -> None:
    for name in ("a", "b"):
        (tree / f"content/jobs/acme/{name}.md").unlink()
    shutil.copytree(REPO / "templates", tree / "templates")  # beside content/: the site's own templates
    page = tree / "templates/base.html"
    page.write_text(page.read_text() + "{{ 1 | no_such_filter }}\n")
    code, out = run()
    assert code == 1 and "templates/base.html" in out and "no_such_filter" in out, out


def test_two_tags_whose_feeds_share_an_address_are_named_by_check_and_build_alike(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    """'c++' and 'cplusplus' both get a feed at tags/cplusplus/: each collision names the tags responsible (the
    content), never the output's own path, whether check renders every page at once or build lazily."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    roles = {f"r{i}": {**POSTING, "title": f"Role {i}", "tags": ["c++" if i < 3 else "cplusplus"]} for i in range(6)}
    write_tree(tmp_path / "content", basic_tree(**roles))
    expected = [f"content/jobs (tag 'cplusplus'):1:1: error: output tags/cplusplus/feed.{ext} is also produced by "
                f"content/jobs (tag 'c++'): rename one of them" for ext in ("atom", "xml")]
    code, out = run()
    assert code == 1 and out.splitlines() == [*expected, "2 errors, 0 warnings in 1 file"]
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 1 and built.output.splitlines()[:2] == expected
