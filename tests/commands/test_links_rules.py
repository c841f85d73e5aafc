"""The link check's pure rules: what an answer means, when a closure is confirmed, the one-line file edits."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest

from generator.links.classify import Answer, Verdict, classify, is_careers_index, visible_text
from generator.links.fetch import FetchOptions, HostGate, check_url, check_urls, retry_after
from generator.links.state import Check, LinkState, StateError, closure, load_state, save_state
from generator.load.edits import EditError, add_key, set_date

URL = "https://acme.example/careers/ml-engineer"
PAGE = "<html><head><title>ML Engineer</title></head><body><p>Apply below.</p></body></html>"


@pytest.mark.parametrize(("answer", "status"), [
    (Answer(URL, 200, URL, text=visible_text(PAGE)), "ok"),
    (Answer(URL, 404, URL), "closed"),
    (Answer(URL, 410, URL), "closed"),
    (Answer(URL, 404, "https://acme.example/x", redirected=True), "closed"),
    (Answer(URL, 200, URL, text=visible_text("<p>This job is no longer available.</p>")), "closed"),
    (Answer(URL, 200, URL, text=visible_text("<p>Diese Stelle ist bereits besetzt.</p>")), "closed"),
    (Answer(URL, 200, URL, text=visible_text("<p>We&rsquo;re sorry: we are NO longer\n accepting applications</p>")),
     "closed"),
    (Answer(URL, 200, URL, text=visible_text("<script>'no longer accepting applications'</script><p>Apply</p>")),
     "ok"),
    # a style inside <noscript> ends, the <noscript> does not: its text stays hidden (nesting counted)
    (Answer(URL, 200, URL, text=visible_text("<noscript><style>p{}</style>This job is no longer available."
                                             "</noscript><p>Apply</p>")), "ok"),
    # a phrase counts only as whole words: "no longer open" is not "no longer openly advertised"
    (Answer(URL, 200, URL, text=visible_text("<p>This role is no longer openly advertised: apply here.</p>")),
     "ok"),
    (Answer(URL, 200, "https://acme.example/careers", redirected=True), "closed"),
    (Answer(URL, 200, "https://acme.example/", redirected=True), "closed"),
    (Answer(URL, 200, "https://acme.example/careers/ml-engineer/", redirected=True), "ok"),
    (Answer(URL, 200, "https://acme.example/en/careers/ml-engineer", redirected=True), "ok"),
    (Answer(URL, 200, "https://other.example/careers", redirected=True), "ok"),
    (Answer(URL, 200, "https://acme.example/login", redirected=True), "ok"),
    (Answer(URL, 503, URL), "unreachable"),
    (Answer(URL, 500, URL), "unreachable"),
    (Answer(URL, failure="dns", detail="x"), "unreachable"),
    (Answer(URL, failure="tls", detail="x"), "unreachable"),
    (Answer(URL, failure="timeout", detail="x"), "unreachable"),
    (Answer(URL, 403, URL), "unknown"),
    (Answer(URL, 401, URL), "unknown"),
    (Answer(URL, 429, URL), "unknown"),
    (Answer(URL, 451, URL), "unknown"),
    (Answer(URL, 302, URL), "unknown"),  # a redirect left unfollowed (no Location) says nothing of the page
    (Answer(URL, 503, URL, headers={"cf-mitigated": "challenge"}), "unknown"),
    (Answer(URL, 200, URL, text=visible_text("<title>Just a moment...</title>")), "unknown"),
    (Answer(URL, failure="redirects", detail="x"), "unknown"),
])
def test_each_answer_has_one_meaning(answer: Answer, status: str) -> None:
    assert classify(answer).status == status


@pytest.mark.parametrize("answer, reason", [
    (Answer(URL, 429, URL), "HTTP 429: rate limited (on every attempt)"),
    (Answer(URL, 429, URL, detail="Retry-After 3600 s is over the cap"),
     "HTTP 429: rate limited (Retry-After 3600 s is over the cap)"),
    (Answer(URL, 403, URL), "HTTP 403: the site refuses automated checks"),
    (Answer(URL, 401, URL), "HTTP 401: the site refuses automated checks"),
    (Answer(URL, 401, "https://acme.example/login", redirected=True),
     "HTTP 401 after a redirect to https://acme.example/login: the site refuses automated checks"),
    (Answer(URL, 451, URL), "HTTP 451"),
    (Answer(URL, failure="rate-limited", detail="x"), "rate limited: x"),
    (Answer(URL, failure="redirects"), "too many redirects"),
])
def test_the_report_says_why_a_link_is_unknown(answer: Answer, reason: str) -> None:
    assert (classify(answer).status, classify(answer).reason) == ("unknown", reason)


def test_a_long_job_page_mentioning_recaptcha_is_not_a_wall() -> None:
    long_page = "<p>" + "We build robots. " * 300 + "Access denied to the lab without a badge.</p>"
    assert classify(Answer(URL, 200, URL, text=visible_text(long_page))).status == "ok"


def test_the_careers_index_rule_goes_up_the_same_sites_path_only() -> None:
    assert is_careers_index("https://boards.example/acme/jobs/123", "https://boards.example/acme?error=true")
    assert not is_careers_index("https://acme.example/careers?id=1", "https://acme.example/careers")
    assert not is_careers_index("https://acme.example/", "https://acme.example/")
    assert not is_careers_index("https://acme.example/jobs/1", "https://www.acme.example/jobs")


AT = dt.datetime(2026, 11, 26, 12, tzinfo=dt.timezone.utc)


def checks(*entries: tuple[float, str]) -> list[Check]:
    return [Check(AT + dt.timedelta(hours=h), status, "") for h, status in entries]


@pytest.mark.parametrize(("history", "confirmed"), [
    (checks((0, "closed")), False),
    (checks((0, "closed"), (23.9, "closed")), False),
    (checks((0, "closed"), (24, "closed")), True),
    (checks((0, "closed"), (12, "ok"), (25, "closed")), False),  # one good answer resets
    (checks((0, "closed"), (12, "ok"), (25, "closed"), (49, "closed")), True),
    (checks((0, "closed"), (12, "unreachable"), (20, "unknown"), (25, "closed")), True),  # not evidence either way
    (checks((0, "unreachable"), (25, "unreachable")), False),
    (checks((0, "closed"), (25, "closed"), (30, "ok")), False),
])
def test_a_closure_needs_two_closed_checks_a_day_apart_with_no_good_answer_between(history: list[Check],
                                                                                   confirmed: bool) -> None:
    assert (closure(history) is not None) is confirmed


def test_a_changed_apply_url_starts_its_history_afresh() -> None:
    """Closed checks of the old link are no evidence against the new one an editor put in its place."""
    state, start = LinkState(Path("unused.json")), dt.datetime(2026, 11, 26, 12, tzinfo=dt.timezone.utc)
    state.record("acme/ml", "https://acme.example/old", Verdict("closed", "HTTP 404"), start)
    state.record("acme/ml", "https://acme.example/old", Verdict("closed", "HTTP 404"), start + dt.timedelta(hours=25))
    assert closure(state.checks("acme/ml")) is not None
    state.record("acme/ml", "https://acme.example/new", Verdict("closed", "HTTP 404"), start + dt.timedelta(hours=50))
    assert [c.at for c in state.checks("acme/ml")] == [start + dt.timedelta(hours=50)]
    assert closure(state.checks("acme/ml")) is None


def test_retry_after_reads_seconds_and_dates() -> None:
    now = dt.datetime(2026, 11, 26, 12, tzinfo=dt.timezone.utc)
    assert retry_after("7") == 7.0
    assert retry_after("Thu, 26 Nov 2026 12:00:30 GMT", now) == 30.0
    assert retry_after(None) == retry_after("soon") == 5.0
    # A date without a zone ("-0000") is UTC, not a TypeError that stops the whole run; a past date waits nothing.
    assert retry_after("Thu, 26 Nov 2026 12:01:00 -0000", now) == 60.0
    assert retry_after("Thu, 26 Nov 2026 11:00:00 GMT", now) == 0.0
    # Padded, empty, negative or fractional values: the default, never a crash or a negative wait.
    assert retry_after(" 12 ") == 12.0 and retry_after("0") == 0.0
    assert retry_after("") == retry_after("-5") == retry_after("1.5") == 5.0


def test_retry_after_a_date_measures_it_on_the_real_clock() -> None:
    """Without a clock given (every real run), a date is counted from now in UTC, whatever zone it is written in."""
    from email.utils import format_datetime

    soon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=120)
    for written in (format_datetime(soon, usegmt=True), format_datetime(soon).replace("+0000", "-0000"),
                    format_datetime(soon.astimezone(dt.timezone(dt.timedelta(hours=-5))))):
        assert 100 < retry_after(written) <= 121, written
    assert retry_after(format_datetime(soon - dt.timedelta(hours=1), usegmt=True)) == 0.0


def checked(*replies: httpx.Response | Exception) -> tuple[Answer, list[str]]:
    """check_url over httpx's mock transport answering `replies` in turn; the answer and the methods asked."""
    queue, methods = list(replies), []

    def handle(request: httpx.Request) -> httpx.Response:
        methods.append(request.method)
        reply = queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    with httpx.Client(transport=httpx.MockTransport(handle)) as client:
        answer = check_url(client, URL, HostGate(0, lambda s: None), FetchOptions("test"))
    return answer, methods


HTML = {"content-type": "text/html; charset=utf-8"}


@pytest.mark.parametrize(("head", "methods"), [
    (httpx.Response(400), ["HEAD", "GET"]), (httpx.Response(403), ["HEAD", "GET"]),
    (httpx.Response(405), ["HEAD", "GET"]), (httpx.Response(501), ["HEAD", "GET"]),  # HEAD refused: GET decides
    (httpx.Response(404), ["HEAD", "GET"]), (httpx.Response(410), ["HEAD", "GET"]),  # a closure rests on a GET
    (httpx.Response(200, headers=HTML), ["HEAD", "GET"]),  # the page is read for closing words
    (httpx.Response(200, headers={"content-type": "application/xhtml+xml"}), ["HEAD", "GET"]),
    (httpx.Response(200, headers={"content-type": "text/plain"}), ["HEAD", "GET"]),
    (httpx.Response(200, headers={"content-type": "application/pdf"}), ["HEAD"]),  # no text to read: ok
    (httpx.Response(503), ["HEAD"]), (httpx.Response(401), ["HEAD"]),
])
def test_head_settles_what_needs_no_body_and_get_the_rest(head: httpx.Response, methods: list[str]) -> None:
    assert checked(head, httpx.Response(200, headers=HTML, text=PAGE))[1] == methods


@pytest.mark.parametrize(("content_type", "text"), [
    ("text/html", "ml engineer apply below."), ("TEXT/HTML; charset=iso-8859-1", "ml engineer apply below."),
    ("application/xhtml+xml; charset=utf-8", "ml engineer apply below."), (None, "ml engineer apply below."),
    ("text/plain", PAGE.lower()), ("application/pdf", ""), ("image/png", ""),  # plain text: no tags to drop
    ("text/html; charset=x-klingon", "ml engineer apply below."),  # a charset Python does not know: UTF-8
])
def test_a_page_is_read_as_its_content_type_says(content_type: str | None, text: str) -> None:
    headers = {"content-type": content_type} if content_type else {}
    answer, _ = checked(httpx.Response(405), httpx.Response(200, headers=headers, content=PAGE.encode()))
    assert answer.status == 200 and answer.text == text


@pytest.mark.parametrize(("error", "failure", "reason"), [
    (httpx.ConnectError("[Errno -2] Name or service not known"), "dns", "the host name does not resolve"),
    (httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "dns", "the host name does not resolve"),
    (httpx.ConnectError("[Errno 8] nodename nor servname provided, or not known"), "dns",
     "the host name does not resolve"),
    (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "tls", "TLS failed"),
    (httpx.ConnectError("[Errno 111] Connection refused"), "connect", "cannot connect"),
    (httpx.ConnectError(""), "connect", "cannot connect: ConnectError"),
    (httpx.ReadTimeout(""), "timeout", "no answer in time: nothing within 20 s"),
    (httpx.RemoteProtocolError("peer closed connection"), "connect", "cannot connect: peer closed connection"),
    (httpx.ProxyError("501 Unsupported method ('CONNECT')"), "connect",
     "cannot connect: the proxy refused (501 Unsupported method ('CONNECT')); not evidence of closing"),
])
def test_no_answer_is_named_by_its_cause(error: Exception, failure: str, reason: str) -> None:
    answer, methods = checked(error)
    assert (answer.status, answer.failure, methods) == (None, failure, ["HEAD"])
    verdict = classify(answer)
    assert verdict.status == "unreachable" and verdict.reason.startswith(reason)


def test_a_page_is_read_up_to_its_first_mib_only() -> None:
    sent: list[int] = []

    def chunks(closing_at: int):
        for n in range(40):  # 40 chunks of 64 KiB: 2.5 MiB
            sent.append(n)
            yield (b"this position has been filled. " if n == closing_at else b"") + b"a " * 32 * 1024

    for closing_at, status in ((15, "closed"), (16, "ok")):  # chunk 16 starts at exactly 1 MiB
        sent.clear()
        answer, _ = checked(httpx.Response(405), httpx.Response(200, headers={"content-type": "text/plain"},
                                                                content=chunks(closing_at)))
        assert classify(answer).status == status and len(sent) == 16, len(sent)  # none read past the MiB


def test_a_redirect_loop_is_unknown_after_one_attempt() -> None:
    answer, methods = checked(httpx.TooManyRedirects("Exceeded maximum allowed redirects."))
    assert (answer.status, answer.failure, methods) == (None, "redirects", ["HEAD"])
    assert (classify(answer).status, classify(answer).reason) == ("unknown", "too many redirects: more than 5")


def test_no_link_is_no_request() -> None:
    assert check_urls([], FetchOptions("test")) == {}


def test_a_429_on_head_waits_then_gets_and_a_429_every_time_gives_up_after_three() -> None:
    limited = httpx.Response(429, headers={"retry-after": "0"})
    answer, methods = checked(limited, httpx.Response(200, headers=HTML, text=PAGE))
    assert methods == ["HEAD", "GET"] and answer.status == 200
    answer, methods = checked(limited, limited, limited)
    assert methods == ["HEAD", "GET", "GET"] and classify(answer).reason == "HTTP 429: rate limited (on all 3 attempts)"


def test_the_host_gate_spaces_request_starts_and_holds_after_a_429() -> None:
    clock, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        clock[0] += seconds

    gate = HostGate(0.5, sleep, lambda: clock[0])
    gate.wait_turn()
    gate.wait_turn()
    gate.hold(3)
    gate.wait_turn()
    assert slept == [0.5, 3.0]


POSTING = "---\ntitle: Robot Wrangler\nexpires: 2026-12-01  # agreed with Ana\nposted: 2026-11-01\n---\nBody\n---\n"


def test_add_key_inserts_one_line_before_the_closing_fence_keeping_line_endings() -> None:
    assert add_key(POSTING, "closed", dt.date(2026, 11, 27)) == POSTING.replace(
        "posted: 2026-11-01\n---", "posted: 2026-11-01\nclosed: 2026-11-27\n---", 1)
    crlf = POSTING.replace("\n", "\r\n")
    assert add_key(crlf, "closed", dt.date(2026, 11, 27)) == crlf.replace(
        "posted: 2026-11-01\r\n---", "posted: 2026-11-01\r\nclosed: 2026-11-27\r\n---", 1)


def test_set_date_moves_only_the_date_and_keeps_the_comment() -> None:
    assert set_date(POSTING, "expires", dt.date(2027, 1, 5)) == POSTING.replace("2026-12-01", "2027-01-05")
    assert set_date(POSTING.replace("expires: 2026-12-01  # agreed with Ana\n", ""), "expires",
                    dt.date(2027, 1, 5)).endswith("posted: 2026-11-01\nexpires: 2027-01-05\n---\nBody\n---\n")


@pytest.mark.parametrize("text", [
    "title: x\n",  # no front matter
    POSTING.replace("posted: 2026-11-01\n", "posted: 2026-11-01\nclosed: 2026-11-20\n"),  # already closed
    "---\n  title: x\n  posted: 2026-11-01\n---\n",  # an indented mapping: the line would break the YAML
])
def test_an_edit_that_cannot_be_made_safely_is_refused(text: str) -> None:
    with pytest.raises(EditError):
        add_key(text, "closed", dt.date(2026, 11, 27))


def test_a_links_history_keeps_its_latest_30_checks_and_only_the_links_still_checked() -> None:
    state = LinkState(Path("unused.json"))
    for day in range(31):
        state.record("acme/ml", URL, Verdict("ok", f"day {day}"), AT + dt.timedelta(days=day))
    state.record("acme/gone", URL, Verdict("closed", "HTTP 404"), AT)
    kept = state.checks("acme/ml")
    assert [c.reason for c in kept] == [f"day {day}" for day in range(1, 31)]  # the oldest dropped, not the newest
    state.keep_only({"acme/ml", "acme/never-checked"})
    assert list(state.links) == ["acme/ml"] and state.checks("acme/ml") == kept


def test_a_confirmed_closure_names_the_first_and_the_latest_closed_check_of_its_run() -> None:
    history = [Check(AT, "closed", "HTTP 404"), Check(AT + dt.timedelta(hours=1), "ok", "HTTP 200"),
               Check(AT + dt.timedelta(hours=2), "closed", "HTTP 410"),
               Check(AT + dt.timedelta(hours=20), "unreachable", "HTTP 503"),
               Check(AT + dt.timedelta(hours=30), "closed", "HTTP 404"),
               Check(AT + dt.timedelta(hours=40), "closed", "HTTP 404 again")]
    found = closure(history)
    assert found is not None and (found.first, found.last) == (history[2], history[5])


def _state_doc(**check: object) -> bytes:
    entry = {"at": "2026-11-26T12:00:00Z", "status": "closed", "reason": "HTTP 404", **check}
    return json.dumps({"version": 1, "links": {"acme/ml": {"url": URL, "checks": [entry]}}}).encode()


@pytest.mark.parametrize(("data", "reason"), [
    (b"[]", "expected version 1 with a 'links' object"),
    (b'{"version": 1, "links": []}', "expected version 1 with a 'links' object"),
    (b'{"version": 1, "links": {"acme/ml": {"url": 7, "checks": []}}}', "acme/ml: expected a 'url' string and a "
                                                                        "'checks' list"),
    (b'{"version": 1, "links": {"acme/ml": {"url": "u", "checks": {}}}}', "acme/ml: expected a 'url' string and a "
                                                                          "'checks' list"),
    (_state_doc(status="gone"), "acme/ml: unknown status 'gone'"),
    (_state_doc(reason=404), "acme/ml: a check's 'reason' must be a string"),
    (_state_doc(at="soon"), "Invalid isoformat string: 'soon'"),
    # Stored without a zone, it would meet this run's aware time in `closure` and crash after every request.
    (_state_doc(at="2026-11-26T12:00:00"), "acme/ml: check time '2026-11-26T12:00:00' has no time zone"),
])
def test_a_link_state_file_is_refused_whole_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "links.json"
    path.write_bytes(data)
    with pytest.raises(StateError) as refused:
        load_state(path)
    assert f"not a link state file ({reason}" in str(refused.value)


def test_a_saved_link_state_reads_back_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    path.write_bytes(_state_doc(at="2026-11-26T12:00:00+00:00", reason="la page n’existe plus"))
    state = load_state(path)
    state.record("acme/ml", URL, Verdict("closed", "HTTP 410"), AT + dt.timedelta(hours=25))
    save_state(state)
    again = load_state(path)
    assert [(c.at, c.status, c.reason) for c in again.checks("acme/ml")] == [
        (AT, "closed", "la page n’existe plus"), (AT + dt.timedelta(hours=25), "closed", "HTTP 410")]
    assert closure(again.checks("acme/ml")) is not None
    assert "n’existe" in path.read_text(encoding="utf-8")  # written as text, not \u escapes
