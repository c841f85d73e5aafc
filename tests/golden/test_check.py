"""Approved transcripts of what editors see: `jobsite check` in every output format on boards where every file
has a problem of its own kind, the pull-request comment made from that report, `jobsite new`'s files and words,
and `jobsite serve`'s answers to a table of requests (pages, redirects, 404, traversal and header injection).

The boards are committed under tests/golden/check_board/ (broken: one kind of mistake per file, errors and the
warnings beside them; warned: no errors, so every warning and note shows and --strict decides). What git cannot
hold well (symbolic links, a file over the size limit, a file name ending in a newline) is added at test time.
Rewrite the expected files after an intended change, and review their diff:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden/test_check.py -n 0
"""
from __future__ import annotations

import hashlib
import http.client
import json
import shlex
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.base.errors import ERROR, Problem
from generator.cli import main
from generator.serve import DevHTTPServer, SiteState

from ..commands.test_pr_comment import load_script
from ..conftest import CLOCK, basic_tree, write_tree
from .approve import approve, folder_files

BOARDS = Path(__file__).resolve().parent / "check_board"
EPOCH = str(int(CLOCK.timestamp()))
HEAD_SHA = "0123456789abcdef0123456789abcdef01234567"


def jobsite(*args: str) -> str:
    """Run one jobsite command in the current folder at the fixed clock; its transcript as an editor reads it."""
    result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return (f"$ jobsite {shlex.join(args)}\nexit {result.exit_code}\n--- stdout\n{result.stdout}"
            f"--- stderr\n{result.stderr}")


def board(name: str, root: Path) -> Path:
    """A copy of a committed board in root (the working folder: reports name content/… paths)."""
    shutil.copytree(BOARDS / name / "content", root / "content")
    return root


def add_what_git_cannot_hold(root: Path) -> None:
    content = root / "content"
    outside = write_tree(root / "outside", {"secret.md": (content / "jobs/acme/unknown-key.md").read_text(),
                                            "linked-co/role.md": "---\ntitle: x\n---\n"})
    (content / "jobs/acme/linked-file.md").symlink_to(outside / "secret.md")
    (content / "jobs/linked-co").symlink_to(outside / "linked-co", target_is_directory=True)
    (content / "jobs/acme/newline\n.md").write_text("---\ntitle: x\n---\n")
    posting = (content / "jobs/acme/unknown-key.md").read_text().replace("salery: 5\n", "")
    (content / "jobs/acme/too-large.md").write_text(posting.replace("Unknown Key", "Too Large") + "x" * 270_000)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def pr_comment(report: str, status: int, changed: list[str], folder: Path) -> str:
    """The comment .github/scripts/pr_comment.py writes from `jobsite check --format json`'s artifact."""
    module = load_script()
    write_tree(folder, {"pr-number.txt": "42\n", "check.json": report, "check-status.txt": f"{status}\n",
                        "changed.txt": "\0".join(changed)})
    number, findings, paths = module.read_artifact(folder)
    return module.comment_body(findings, paths, number, HEAD_SHA, "golden-board")


def json_stdout(transcript: str) -> str:
    return transcript.split("--- stdout\n", 1)[1].split("--- stderr\n", 1)[0]


def test_check_reports_every_kind_of_problem_in_every_format(here: Path) -> None:
    add_what_git_cannot_hold(board("broken", here))
    runs = {"text.txt": jobsite("check"), "github.txt": jobsite("check", "--format", "github"),
            "json.txt": jobsite("check", "--format", "json")}
    report = json.loads(json_stdout(runs["json.txt"]))
    assert report and {p["level"] for p in report} == {"error", "warning"}
    changed = ["content/jobs/acme/unsafe-links.md", "content/companies/gamma.md", "content/jobs/acme/notes.txt"]
    runs["pr-comment.md"] = pr_comment(json_stdout(runs["json.txt"]), 1, changed, here / "artifact")
    approve("check/broken", runs)


def test_check_shows_warnings_and_notes_and_strict_fails_on_them(here: Path) -> None:
    board("warned", here)
    runs = {"text.txt": jobsite("check"), "strict.txt": jobsite("check", "--strict"),
            "github.txt": jobsite("check", "--format", "github", "--strict"),
            "paths.txt": jobsite("check", "content/jobs/orbit", "content/companies/idle.md"),
            "json.txt": jobsite("check", "--format", "json", "content/jobs/acme/placeholders.md")}
    changed = ["content/jobs/orbit/copied.md", "content/companies/orbit.md", "content/jobs/orbit/austin.md"]
    runs["pr-comment.md"] = pr_comment(json_stdout(runs["json.txt"]), 0, changed, here / "artifact")
    approve("check/warned", runs)


def test_check_of_a_clean_board(here: Path) -> None:
    write_tree(here / "content", basic_tree())
    runs = {"text.txt": jobsite("check"), "strict.txt": jobsite("check", "--strict", "--format", "github"),
            "json.txt": jobsite("check", "--format", "json")}
    runs["pr-comment.md"] = pr_comment(json_stdout(runs["json.txt"]), 0, [], here / "artifact")
    approve("check/clean", runs)


# --- jobsite new ------------------------------------------------------------------------------------------

NEW_RUNS = [
    ("company", "Nimbus Kite"),
    ("company", "Örtlich Robotik & Co", "--slug", "ortlich", "--website", "https://ortlich.example", "--stage",
     "seed", "--tagline", "Robot arms for small workshops."),
    ("company", "Nimbus Kite"),  # the file exists: refused, nothing overwritten
    ("posting", "--company", "acme", "--title", "Firmware Engineer"),
    ("posting", "--company", "acme", "--title", "Senior Robotics Engineer"),  # the file exists: refused
    ("posting", "--company", "nimbus-kite", "--title", "Staff ML Engineer (Remote, Évora)", "--category", "ai",
     "--workplace", "remote", "--employment-type", "contract", "--apply-url", "https://nimbus.example/jobs/1"),
    ("posting", "--company", "ortlich", "--title", "Controls Engineer", "--slug", "controls", "--workplace",
     "hybrid", "--location", "Denver, US-CO", "--location", "Berlin, DE"),
    ("posting", "--company", "nosuch", "--title", "Engineer"),
    ("posting", "--company", "acme", "--title", "Engineer", "--location", "Berlin"),
    ("posting", "--company", "acme", "--title", "Engineer", "--category", "robotic"),
]


def test_new_writes_files_that_the_check_then_explains(here: Path) -> None:
    write_tree(here / "content", basic_tree())
    before = folder_files(here / "content")
    transcript = "\n".join(jobsite("new", *args) for args in NEW_RUNS)
    written = {rel: data for rel, data in folder_files(here / "content").items() if before.get(rel) != data}
    check = jobsite("check", "--strict", *sorted(f"content/{rel}" for rel in written))
    approve("new", {"transcript.txt": transcript + "\n" + check, **{f"files/{rel}": d for rel, d in written.items()}})


# --- jobsite serve ----------------------------------------------------------------------------------------

SITE_FILES = {
    "index.html": "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><main>Home</main></body>"
                  "</html>\n",
    "jobs/acme/role/index.html": "<!doctype html><html><head><title>Role</title></head><body>Role</body></html>\n",
    "jobs/index.html": "<!doctype html><html><head><title>Jobs</title></head><body>Jobs</body></html>\n",
    "a b/index.html": "<!doctype html><html><head></head><body>Space</body></html>\n",
    "404.html": "<!doctype html><html><head><title>Not found</title></head><body>Not found</body></html>\n",
    "style.css": "body { margin: 0; }\n",
    "feed.xml": "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>\n",
    "jobs.json": "[]\n",
    "logos/acme.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n",
}
REQUESTS = [
    ("GET", "/"), ("HEAD", "/"), ("GET", "/index.html"), ("GET", "/jobs/acme/role/"), ("GET", "/jobs/acme/role"),
    ("GET", "/jobs/acme/role?ref=feed"), ("GET", "/jobs"), ("GET", "/a%20b"), ("GET", "/jobs/../jobs"),
    ("GET", "/style.css"), ("GET", "/feed.xml"), ("GET", "/jobs.json"), ("GET", "/logos/acme.svg"),
    ("GET", "/missing/"), ("GET", "/missing.css"),
    ("GET", "/jobs/%0d%0aSet-Cookie:%20a=b"), ("GET", "/jobs%0d%0aLocation:%20https://evil.example/"),
    ("GET", "/%00"), ("GET", "/%2f127.0.0.1:1%2f.."), ("GET", "/%2fevil.example%2fjobs"),
    ("GET", "//evil.example/jobs"),
    ("GET", "/%5cevil.example/jobs"), ("GET", "/%5c%5cevil.example"), ("GET", "/../../../etc/passwd"),
    ("GET", "/%2e%2e/%2e%2e/etc/passwd"), ("GET", "/jobs/%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("GET", "/__jobsite/reload.js"), ("GET", "/__jobsite/reload.css"),
]
HEADERS = ("Location", "Content-Type", "Content-Length", "Cache-Control")


@pytest.fixture
def dev_server(tmp_path: Path) -> Iterator[tuple[DevHTTPServer, SiteState]]:
    write_tree(tmp_path / "site", SITE_FILES)
    state = SiteState(session="golden")
    server = DevHTTPServer(("127.0.0.1", 0), tmp_path / "site", state)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server, state
    server.shutdown()
    server.server_close()


def answer(port: int, method: str, path: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    conn.putheader("Host", "localhost")
    conn.endheaders()
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    lines = [f"{method} {path}", f"  {resp.status} {resp.reason}"]
    lines += [f"  {name}: {resp.getheader(name)}" for name in HEADERS if resp.getheader(name) is not None]
    if len(body) <= 1000:
        lines += ["  | " + line for line in body.decode("utf-8", "replace").splitlines()]
    else:
        lines.append(f"  body sha256 {hashlib.sha256(body).hexdigest()[:16]}, {len(body)} bytes")
    return "\n".join(lines)


def first_event(port: int) -> str:
    """The live-reload stream's headers and first event (the page compares it with its own generation)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/__jobsite/events")
    resp = conn.getresponse()
    event = b"".join(iter(lambda: resp.fp.readline(), b"\n"))
    conn.close()
    lines = [f"  {name}: {resp.getheader(name)}" for name in HEADERS if resp.getheader(name) is not None]
    return "\n".join(["GET /__jobsite/events", f"  {resp.status} {resp.reason}", *lines,
                      *("  | " + line for line in event.decode().splitlines())])


def test_serve_answers_pages_redirects_and_refusals(dev_server: tuple[DevHTTPServer, SiteState]) -> None:
    server, state = dev_server
    port = server.server_address[1]
    table = "\n\n".join([*(answer(port, method, path) for method, path in REQUESTS), first_event(port)])
    state.publish(broken=True, problems=(Problem("content/jobs/acme/role.md", 3, 10, ERROR, "company: <acmee>"),))
    broken = "\n\n".join(answer(port, "GET", path) for path in ("/", "/jobs/acme/role/", "/missing/"))
    shutil.rmtree(server.output_dir)
    unbuilt = answer(port, "GET", "/jobs/acme/role/")
    approve("serve", {"answers.txt": table + "\n", "broken-build.txt": broken + "\n",
                      "no-site-yet.txt": unbuilt + "\n"})

