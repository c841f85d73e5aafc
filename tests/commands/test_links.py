"""`jobsite links` against local careers sites reached through HTTP_PROXY: two days of checks, --fix, the built
site, politeness (two in flight per host, Retry-After, three attempts), and the state file's refusals."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.links.fetch import HostGate
from generator.links.run import LinksResult, _mark_closed

from ..conftest import CLOCK, POSTING, basic_tree, write_tree
from ..fake_careers import CareersSites, Reply, Seen, page, redirect, serve_careers

DAY_ONE = int(CLOCK.timestamp())
HALF_A_DAY_LATER = DAY_ONE + 12 * 3600
DAY_TWO = DAY_ONE + 25 * 3600
PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy",
                   "NO_PROXY", "no_proxy")

ACME = "careers.acme.example"
BUSY = "jobs.acme.example"  # another host of the company (per-host limits), on its own domain (trust checks)
JOB_TEXT = "Build robots with us. Apply below."


def limited_once(method: str, n: int) -> Reply:
    """429 on the first request of each run, then the page (the test resets the log between runs)."""
    if n == 0:
        return Reply(429, "Too many requests", (("Retry-After", "1"),))
    return page("Controls Engineer", JOB_TEXT)(method, n)


def no_head(method: str, n: int) -> Reply:
    return Reply(405, "") if method == "HEAD" else page("Firmware Engineer", JOB_TEXT)(method, n)


def broken_head(method: str, n: int) -> Reply:
    """A server whose HEAD route answers 404 for a live page: GET has the last word."""
    return Reply(404, "") if method == "HEAD" else page("Test Engineer", JOB_TEXT)(method, n)


# posting name → (path on a careers site, its rule, the status `jobsite links` must give it)
LINKS = {
    "open": (f"{ACME}/jobs/open", page("Robotics Engineer", JOB_TEXT), "ok"),
    "gone-404": (f"{ACME}/jobs/gone-404", page("Not found", "Page not found", status=404), "closed"),
    "gone-410": (f"{ACME}/jobs/gone-410", page("Gone", "This page is gone", status=410), "closed"),
    "filled": (f"{ACME}/jobs/filled", page("Data Engineer", "Sorry — this position has  been\nfilled. See our "
                                            "other roles."), "closed"),
    "moved": (f"{ACME}/jobs/moved", redirect(f"http://{ACME}/jobs/nowhere"), "closed"),
    "to-index": (f"{ACME}/careers/jobs/ml-engineer", redirect("/careers", 302), "closed"),
    "limited": (f"{ACME}/jobs/limited", limited_once, "ok"),
    "down": (f"{ACME}/jobs/down", page("Maintenance", "Back soon", status=503), "unreachable"),
    "slow": (f"{ACME}/jobs/slow", page("Slow", JOB_TEXT, delay=5), "unreachable"),
    "forbidden": (f"{ACME}/jobs/forbidden", page("Forbidden", "Forbidden", status=403), "unknown"),
    "no-head": (f"{ACME}/jobs/no-head", no_head, "ok"),
    "broken-head": (f"{ACME}/jobs/broken-head", broken_head, "ok"),
    "wall": (f"{ACME}/jobs/wall", page("Just a moment...", "Checking your browser before accessing"), "unknown"),
    **{f"busy-{i}": (f"{BUSY}/roles/{i}", page(f"Role {i}", JOB_TEXT, delay=0.25), "ok") for i in range(6)},
}
EXTRA_RULES = {f"{ACME}/careers": page("Careers at Acme", "All our open roles"),
               f"{ACME}/jobs/nowhere": page("Not found", "Page not found", status=404)}
CLOSED = sorted(name for name, (_, _, status) in LINKS.items() if status == "closed")


def tree() -> dict[str, str | bytes]:
    postings = {name: {**POSTING, "title": f"Role {name}", "apply_url": f"http://{path}"}
                for name, (path, _, _) in LINKS.items()}
    return basic_tree(**postings)


def content_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "content").rglob("*")) if p.is_file()}


@dataclass
class Run:
    result: Result
    reports: list[dict]
    files: dict[str, bytes]  # the content tree after the run
    seen: list[Seen]  # the requests the careers sites saw during the run
    most_in_flight: dict[str, int]


@pytest.fixture(scope="module")
def sites() -> CareersSites:
    rules = {path: rule for path, rule, _ in LINKS.values()}
    return CareersSites({**rules, **EXTRA_RULES})


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, sites: CareersSites) -> Iterator[tuple[Path, str]]:
    """A board whose postings link to the careers sites, and the proxy URL that reaches them."""
    root = tmp_path_factory.mktemp("links")
    write_tree(root / "content", tree())
    with serve_careers(sites) as proxy:
        yield root, proxy


def links(root: Path, proxy: str, epoch: int, *args: str) -> Result:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        for name in PROXY_VARIABLES:
            mp.delenv(name, raising=False)
        mp.setenv("HTTP_PROXY", proxy)
        mp.setenv("SOURCE_DATE_EPOCH", str(epoch))
        return CliRunner().invoke(main, ["links", "--state", "state/links.json", "--timeout", "3", "--pause", "0",
                                         *args])


@pytest.fixture(scope="module")
def days(board: tuple[Path, str], sites: CareersSites) -> dict[str, Run]:
    """Day one, 12 hours later and day two (25 hours after day one), each with --fix and JSON output; the
    requests of each kept apart."""
    root, proxy = board
    runs = {}
    for day, epoch in (("one", DAY_ONE), ("half", HALF_A_DAY_LATER), ("two", DAY_TWO)):
        sites.reset()
        result = links(root, proxy, epoch, "--fix", "--format", "json")
        assert result.exit_code == 0, result.output + result.stderr
        runs[day] = Run(result, json.loads(result.stdout), content_bytes(root), list(sites.seen),
                        dict(sites.most_in_flight))
    return runs


def by_name(reports: list[dict]) -> dict[str, dict]:
    return {Path(r["path"]).stem: r for r in reports}


def test_each_link_gets_its_status_and_the_json_names_the_file_as_check_does(days: dict[str, Run]) -> None:
    reports = by_name(days["one"].reports)
    assert {name: r["status"] for name, r in reports.items()} == {n: s for n, (_, _, s) in LINKS.items()}
    gone = reports["gone-404"]
    assert gone == {"path": "content/jobs/acme/gone-404.md", "url": f"http://{ACME}/jobs/gone-404",
                    "status": "closed", "confirmed": False, "reason": "HTTP 404"}
    assert reports["moved"]["reason"] == f"HTTP 404 after a redirect to http://{ACME}/jobs/nowhere"
    assert reports["to-index"]["reason"] == f"redirected to the careers index http://{ACME}/careers"
    assert reports["filled"]["reason"] == "the page says “this position has been filled”"
    assert reports["slow"]["reason"].startswith("no answer in time: nothing within 3 s")
    assert reports["open"]["reason"] == "HTTP 200"  # the phrase in its <script> is not read as closing


@pytest.mark.parametrize("day", ["one", "half"])
def test_day_one_and_half_a_day_later_confirm_nothing_and_fix_changes_nothing(days: dict[str, Run], day: str) -> None:
    assert [r["status"] for r in days[day].reports] == [r["status"] for r in days["one"].reports]
    assert not any(r["confirmed"] for r in days[day].reports)
    assert days[day].files == content_bytes_of_tree()
    assert "Marked" not in days[day].result.stderr


def content_bytes_of_tree() -> dict[str, bytes]:
    return {f"content/{rel}": (text if isinstance(text, bytes) else text.encode()) for rel, text in tree().items()}


def test_a_day_later_exactly_the_closed_ones_are_confirmed_and_fixed_by_one_line(days: dict[str, Run]) -> None:
    reports = by_name(days["two"].reports)
    assert sorted(name for name, r in reports.items() if r["confirmed"]) == CLOSED
    assert reports["gone-410"]["reason"] == ("HTTP 410; confirmed: closed at 2026-11-26 12:00 UTC (HTTP 410) and at "
                                             "2026-11-27 13:00 UTC (HTTP 410)")
    before, after = content_bytes_of_tree(), days["two"].files
    changed = sorted(Path(path).stem for path in before if before[path] != after[path])
    assert changed == CLOSED
    for name in CLOSED:
        path = f"content/jobs/acme/{name}.md"
        head, fence, body = before[path].partition(b"\n---\n")
        assert after[path] == head + b"\nclosed: 2026-11-26" + fence + body  # one line, before the closing ---
    stderr = days["two"].result.stderr
    assert stderr.count("Marked ") == len(CLOSED) and "Marked content/jobs/acme/filled.md closed: 2026-11-26" in stderr


def test_the_built_site_shows_the_fixed_postings_closed(board: tuple[Path, str], days: dict[str, Run],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    root, _ = board
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(DAY_TWO))
    check = CliRunner().invoke(main, ["check", "--strict"])
    assert check.exit_code == 0, check.output
    built = CliRunner().invoke(main, ["build", "--no-cache"])
    assert built.exit_code == 0, built.output
    site = root / "site"
    listing, sitemap = (site / "index.html").read_text(), (site / "sitemap.xml").read_text()
    jobs = {job["title"] for job in json.loads((site / "jobs.json").read_text())["jobs"]}
    for name in LINKS:
        html = (site / f"jobs/acme/{name}/index.html").read_text()
        closed = name in CLOSED
        assert ("<strong>This role is closed.</strong> Applications ended on 26 Nov 2026." in html) is closed, name
        assert (f"/jobs/acme/{name}/" in listing) is not closed, name
        assert (f"/jobs/acme/{name}/" in sitemap) is not closed, name
        assert (f"Role {name}" in jobs) is not closed, name


def test_never_more_than_two_requests_in_flight_to_a_host(days: dict[str, Run]) -> None:
    for run in days.values():
        assert run.most_in_flight[BUSY] == 2  # six slow pages: the two lanes overlap, and no third joins them
        assert max(run.most_in_flight.values()) <= 2


def test_the_two_lanes_of_a_host_start_their_requests_a_pause_apart() -> None:
    """--pause spaces every request start to a host, whichever lane asks (the runs above use --pause 0). Lanes A
    and B ask at 0 s; A's request takes 0.1 s and A asks again, B asks again at 1.2 s: with a pause of 1 s they
    start at 0, 1, 2 and 3 s, never two at once."""
    clock, slept = [0.0], []
    gate = HostGate(1.0, slept.append, lambda: clock[0])
    starts = []
    for asked in (0.0, 0.0, 0.1, 1.2):  # A, B, A again, B again
        clock[0], slept[:] = asked, []
        gate.wait_turn()  # a lane's sleep does not move the clock the other lane reads
        starts.append(asked + sum(slept))
    assert starts == [0.0, 1.0, 2.0, 3.0]


def test_head_first_get_when_the_page_must_be_read_and_retry_after_honoured(days: dict[str, Run]) -> None:
    seen = days["one"].seen

    def methods(path: str) -> list[str]:
        host, _, rest = path.partition("/")
        return [s.method for s in seen if s.host == host and s.path == "/" + rest]

    assert methods(f"{ACME}/jobs/down") == ["HEAD"]  # a 5xx needs no body
    assert methods(f"{ACME}/jobs/gone-404") == ["HEAD", "GET"]  # a GET confirms a 404
    assert methods(f"{ACME}/jobs/no-head") == ["HEAD", "GET"]  # 405 on HEAD
    assert methods(f"{ACME}/jobs/open") == ["HEAD", "GET"]  # the page is read for closing phrases
    limited = [s for s in seen if s.host == ACME and s.path == "/jobs/limited"]
    assert [s.method for s in limited] == ["HEAD", "GET"]
    assert limited[1].at - limited[0].at >= 0.95  # Retry-After: 1
    assert all("board.example" in s.user_agent for s in seen)  # the User-Agent names the board
    assert all(s.accept.startswith("text/html,") for s in seen)  # pages asked for as a browser does, not JSON
    assert all(s.accept_language.startswith("en;") for s in seen)  # English asked for first
    per_link: dict[tuple[str, str], int] = {}
    for s in seen:
        per_link[s.host, s.path] = per_link.get((s.host, s.path), 0) + 1
    assert max(per_link.values()) <= 3


def test_text_output_is_one_line_per_link_that_is_not_ok(board: tuple[Path, str], days: dict[str, Run]) -> None:
    root, proxy = board
    result = links(root, proxy, DAY_TWO + 3600)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = sorted(n for n, (_, _, s) in LINKS.items() if s not in ("ok", "closed"))  # closed ones left the board
    assert [Path(line.split(":")[0]).stem for line in lines] == expected
    assert "content/jobs/acme/forbidden.md: unknown — HTTP 403: the site refuses automated checks" in lines
    assert result.stderr.strip().endswith("0 closure(s) confirmed.")


def test_a_link_rate_limited_every_time_is_tried_three_times_then_unknown(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sites = CareersSites({f"{ACME}/jobs/busy": lambda m, n: Reply(429, "", (("Retry-After", "0"),)),
                          f"{ACME}/jobs/patient": lambda m, n: Reply(429, "", (("Retry-After", "3600"),))})
    write_tree(tmp_path / "content", basic_tree(
        busy={**POSTING, "title": "A", "apply_url": f"http://{ACME}/jobs/busy"},
        patient={**POSTING, "title": "B", "apply_url": f"http://{ACME}/jobs/patient"}))
    with serve_careers(sites) as proxy:
        result = links(tmp_path, proxy, DAY_ONE, "--format", "json")
    reports = by_name(json.loads(result.stdout))
    assert len(sites.requests_to(f"{ACME}/jobs/busy")) == 3
    assert reports["busy"]["status"] == "unknown" and "rate limited" in reports["busy"]["reason"]
    assert len(sites.requests_to(f"{ACME}/jobs/patient")) == 1  # an hour's wait is not waited for
    assert "asked to wait 3600 s" in reports["patient"]["reason"]


def test_without_fix_a_confirmed_closure_is_reported_and_no_file_changes(tmp_path: Path) -> None:
    sites = CareersSites({f"{ACME}/jobs/gone": page("Not found", "Page not found", status=404)})
    postings = {"gone": {**POSTING, "title": "Gone", "apply_url": f"http://{ACME}/jobs/gone"}}
    write_tree(tmp_path / "content", basic_tree(**postings))
    before = content_bytes(tmp_path)
    with serve_careers(sites) as proxy:
        assert links(tmp_path, proxy, DAY_ONE, "--format", "json").exit_code == 0
        result = links(tmp_path, proxy, DAY_TWO, "--format", "json")
    assert by_name(json.loads(result.stdout))["gone"]["confirmed"] is True
    assert content_bytes(tmp_path) == before and "Marked" not in result.stderr


def test_a_closed_day_stays_between_posted_and_today_and_the_history_keeps_only_open_postings(tmp_path: Path) -> None:
    """Evidence from before a role was (re)posted dates the closure on its posted day; evidence dated after the
    build's clock (a clock set back) on the clock's day. A posting gone from content leaves the history."""
    sites = CareersSites({f"{ACME}/jobs/reposted": page("Not found", "Page not found", status=404),
                          f"{ACME}/jobs/ahead": page("Maintenance", "Back soon", status=503),
                          f"{ACME}/jobs/indented": page("Not found", "Page not found", status=404)})
    postings = {name: {**POSTING, "title": name.title(), "apply_url": f"http://{ACME}/jobs/{name}",
                       "posted": dt.date(2026, 11, day)} for name, day in (("reposted", 20), ("ahead", 15))}
    files = basic_tree(**postings)
    # Valid YAML, but a line added at the margin would break it: --fix reports the file and edits nothing.
    files["jobs/acme/indented.md"] = files["jobs/acme/reposted.md"].replace("\n", "\n  ").replace(
        "\n  ---", "\n---", 1).replace("Reposted", "Indented").replace("/reposted", "/indented")
    write_tree(tmp_path / "content", files)
    indented = (tmp_path / "content/jobs/acme/indented.md").read_bytes()

    def entry(name: str, *checks: tuple[str, str]) -> dict:
        return {"url": f"http://{ACME}/jobs/{name}",
                "checks": [{"at": at, "status": "closed", "reason": reason} for at, reason in checks]}
    state = {"version": 1, "links": {
        "acme/reposted": entry("reposted", ("2026-11-10T09:00:00Z", "HTTP 410")),
        "acme/ahead": entry("ahead", ("2026-11-27T00:00:00Z", "HTTP 404"), ("2026-11-28T06:00:00Z", "HTTP 404")),
        "acme/indented": entry("indented", ("2026-11-25T09:00:00Z", "HTTP 404")),
        "acme/deleted": entry("deleted", ("2026-11-10T09:00:00Z", "HTTP 404"))}}
    write_tree(tmp_path, {"state/links.json": json.dumps(state)})
    with serve_careers(sites) as proxy:
        result = links(tmp_path, proxy, DAY_ONE, "--fix", "--format", "json")
    assert result.exit_code == 1, result.output + result.stderr
    assert [Path(r["path"]).stem for r in json.loads(result.stdout)] == ["ahead", "indented", "reposted"]  # by file
    assert "content/jobs/acme/indented.md: cannot mark it closed (malformed YAML" in result.stderr
    assert (tmp_path / "content/jobs/acme/indented.md").read_bytes() == indented
    assert {s.user_agent for s in sites.seen} == {
        "Mozilla/5.0 (compatible; jobsite link check for board.example; +https://board.example/)"}
    reports = by_name(json.loads(result.stdout))
    assert reports["reposted"]["reason"] == ("HTTP 404; confirmed: closed at 2026-11-10 09:00 UTC (HTTP 410) and at "
                                             "2026-11-26 12:00 UTC (HTTP 404)")
    assert "Marked content/jobs/acme/reposted.md closed: 2026-11-20" in result.stderr  # not before it was posted
    assert "Marked content/jobs/acme/ahead.md closed: 2026-11-26" in result.stderr  # not after today
    assert result.stderr.strip().endswith("Checked 3 apply link(s): 2 closed, 1 unreachable; 3 closure(s) confirmed.")
    kept = json.loads((tmp_path / "state/links.json").read_text())["links"]
    assert sorted(kept) == ["acme/ahead", "acme/indented", "acme/reposted"]


@pytest.mark.parametrize(("state", "message"), [
    (b"{not json", "not a link state file"),
    (b'{"version": 2, "links": {}}', "expected version 1"),
    (b'{"version": 1, "links": {"acme/x": {"url": "u", "checks": [{"at": "x"}]}}}', "not a link state file"),
    (b"\xff\xfe", "cannot read the link state"),
])
def test_a_state_file_it_cannot_use_is_one_line_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           state: bytes, message: str) -> None:
    write_tree(tmp_path, {"content/" + k: v for k, v in basic_tree().items()})
    write_tree(tmp_path, {"state/links.json": state})
    sites = CareersSites()
    with serve_careers(sites) as proxy:
        result = links(tmp_path, proxy, DAY_ONE)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.output and sites.seen == []  # nothing was checked
    assert (tmp_path / "state/links.json").read_bytes() == state


def test_bad_content_is_reported_and_nothing_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = basic_tree(broken={**POSTING, "title": "Broken", "workplace": "office"})
    write_tree(tmp_path / "content", files)
    sites = CareersSites()
    with serve_careers(sites) as proxy:
        result = links(tmp_path, proxy, DAY_ONE)
    assert result.exit_code == 1
    assert "content/jobs/acme/broken.md:" in result.stderr and "nothing was checked" in result.stderr
    assert sites.seen == [] and not (tmp_path / "state/links.json").exists()


def test_a_file_fix_cannot_edit_is_a_problem_and_not_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A posting deleted or closed by hand while the check ran: one line naming it, and nothing written."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content/jobs/acme", {"closed.md": "---\ntitle: X\nclosed: 2026-11-20\n---\nText.\n"})
    result = LinksResult()
    for name in ("gone", "closed"):
        _mark_closed(SimpleNamespace(source=f"content/jobs/acme/{name}.md"), CLOCK.date(), result)
    assert result.fixed == []
    assert result.problems == [
        "content/jobs/acme/gone.md: cannot mark it closed ([Errno 2] No such file or directory: "
        "'content/jobs/acme/gone.md')",
        "content/jobs/acme/closed.md: cannot mark it closed ('closed' is already set)"]
    assert (tmp_path / "content/jobs/acme/closed.md").read_text() == "---\ntitle: X\nclosed: 2026-11-20\n---\nText.\n"
    write_tree(tmp_path / "content/jobs/acme", {"open.md": "---\ntitle: X\n---\nText.\n"})
    _mark_closed(SimpleNamespace(source="content/jobs/acme/open.md"), CLOCK.date(), result)
    assert result.fixed == [("content/jobs/acme/open.md", CLOCK.date())] and len(result.problems) == 2
    assert (tmp_path / "content/jobs/acme/open.md").read_text() == "---\ntitle: X\nclosed: 2026-11-26\n---\nText.\n"


def test_a_failed_connection_is_told_by_its_kind() -> None:
    """Real sockets, not a mock transport (test_links_rules.py has the message table): https:// to a server that
    speaks plain HTTP fails in TLS ('[SSL: WRONG_VERSION_NUMBER]', upper case), a closed port cannot connect, a
    server that never answers runs out of time, an answer cut short is a broken connection: each reaches the
    report in its own words."""
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from generator.links.classify import classify
    from generator.links.fetch import FetchOptions, _attempt, _client

    class Server(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow":
                time.sleep(0.5)
                return
            body = "<p>Stellé geschlossen</p>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body) + (100 if self.path == "/cut" else 0)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Server)
    server.daemon_threads = True
    Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    at = f"127.0.0.1:{server.server_port}"
    options = FetchOptions("test", timeout=0.3)
    try:
        with _client(options, 1) as client:
            tls, refused, slow, cut, whole = (_attempt(client, "GET", url, options) for url in (
                f"https://{at}/", "http://127.0.0.1:1/", f"http://{at}/slow", f"http://{at}/cut", f"http://{at}/"))
    finally:
        server.shutdown()
        server.server_close()
    assert [a.failure for a in (tls, refused, slow, cut, whole)] == ["tls", "connect", "timeout", "connect", ""]
    assert classify(tls).reason.startswith("TLS failed: [SSL: WRONG_VERSION_NUMBER]")
    assert classify(refused).reason.startswith("cannot connect: ")
    assert classify(slow).reason == "no answer in time: nothing within 0.3 s; not evidence of closing"
    assert classify(cut).reason.startswith("cannot connect: peer closed connection without sending complete")
    assert (whole.status, whole.text) == (200, "stellé geschlossen")  # read, then normalised
