"""The three ATS clients read their API's documented shapes into Job records, and one HTTP policy retries,
waits and fails in one line (generator/ats/greenhouse.py, lever.py, ashby.py, fetch.py)."""
from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest

from generator.ats import ashby, fetch, greenhouse, lever
from generator.ats.jobs import ImportFailure, Salary, Source, employment_from_text, parse_source

from .test_import import ashby_job, greenhouse_job, lever_posting

GH, LV, AB = Source("greenhouse", "acme"), Source("lever", "acme"), Source("ashby", "acme")


def test_greenhouse_unescapes_content_and_spans_its_pay_zones() -> None:
    job = greenhouse_job(1, "Robotics Intern", "Berlin, Germany", content="&lt;p&gt;R&amp;amp;D&lt;/p&gt;",
                         pay_input_ranges=[
                             {"min_cents": 9000000, "max_cents": 11000000, "currency_type": "EUR", "title": "A"},
                             {"min_cents": 8000000, "max_cents": 10000000, "currency_type": "EUR", "title": "B"},
                             {"min_cents": 1, "max_cents": 99999999999, "currency_type": "USD", "title": "C"}])
    [read] = greenhouse.read_jobs(GH, {"jobs": [job], "meta": {"total": 1}})
    assert (read.id, read.description_html, read.posted, read.updated) == (
        "1", "<p>R&amp;D</p>", dt.date(2026, 11, 20), dt.date(2026, 11, 21))
    assert read.salary == Salary(80000, 110000, "EUR", "year")
    assert (read.employment_type, read.workplace, read.locations) == (None, None, ("Berlin, Germany",))
    job["offices"] = [{"id": 9, "name": "HQ", "location": "Austin, TX"}]  # the job's own location wins
    assert greenhouse.read_jobs(GH, {"jobs": [job]})[0].locations == ("Berlin, Germany",)


def test_ats_timestamps_are_dated_by_their_utc_day() -> None:
    # 21:30 in New York on the 20th is already the 21st in UTC, the day the whole site dates by
    job = greenhouse_job(1, "Robotics Intern", "Berlin, Germany", first_published="2026-11-20T21:30:00-05:00",
                         updated_at="2026-11-21T23:30:00-05:00")
    [read] = greenhouse.read_jobs(GH, {"jobs": [job], "meta": {"total": 1}})
    assert (read.posted, read.updated) == (dt.date(2026, 11, 21), dt.date(2026, 11, 22))


def test_greenhouse_small_ranges_are_hourly_and_offices_stand_in_for_a_missing_location() -> None:
    job = greenhouse_job(2, "Technician", "", pay_input_ranges=[{"min_cents": 3000, "max_cents": 4500,
                                                                  "currency_type": "USD"}])
    job["offices"] = [{"id": 1, "name": "HQ", "location": "Austin, TX"}]
    del job["first_published"]
    [read] = greenhouse.read_jobs(GH, {"jobs": [job]})
    assert (read.salary, read.locations, read.posted) == (Salary(30, 45, "USD", "hour"), ("Austin, TX",), None)
    contractor = greenhouse_job(3, "Staff Contractor", "", pay_input_ranges=[{"min_cents": 15000, "max_cents": 20000,
                                                                             "currency_type": "USD"}])
    [read] = greenhouse.read_jobs(GH, {"jobs": [contractor]})
    assert read.salary == Salary(150, 200, "USD", "hour")  # $150–$200 is an hourly rate, not a yearly salary


def test_lever_reads_commitment_workplace_interval_and_lists() -> None:
    posting = lever_posting("abc", "Data Engineer", workplaceType="unspecified",
                            salaryRange={"min": 40, "max": 55, "currency": "usd", "interval": "per-hour-wage"},
                            categories={"commitment": "Intern", "location": "Lisbon", "allLocations": []})
    [read] = lever.read_jobs(LV, [posting])
    assert (read.employment_type, read.workplace, read.locations, read.country) == ("internship", None,
                                                                                    ("Lisbon",), "GB")
    assert read.salary == Salary(40, 55, "USD", "hour")
    assert read.posted == dt.date(2025, 11, 20)  # createdAt 1763600000000 is in milliseconds
    assert read.apply_page == "https://jobs.lever.co/acme/abc/apply"
    assert "<h3>What you&#x27;ll do</h3><ul><li>Train models</li>" in read.description_html
    # Lever's workplaceType values as its API documents them.
    for given, workplace in (("on-site", "onsite"), ("remote", "remote"), ("hybrid", "hybrid")):
        assert lever.read_jobs(LV, [lever_posting("w", "W", workplaceType=given)])[0].workplace == workplace
    # In whatever letter case a board writes them: the country as an ISO code, the workplace as ours.
    [odd] = lever.read_jobs(LV, [lever_posting("c", "C", country=" de ", workplaceType="On-Site")])
    assert (odd.country, odd.workplace) == ("DE", "onsite")


def test_lever_ignores_a_range_it_cannot_read() -> None:
    for odd in ({"min": 1, "max": 2, "currency": "USD", "interval": "one-time"}, {"min": 0, "currency": "USD"},
                {"min": 5, "max": 6, "currency": "dollars", "interval": "per-year-salary"}, "100k"):
        assert lever.read_jobs(LV, [lever_posting("x", "X", salaryRange=odd)])[0].salary is None
    # A bound of 0 is no figure: the range is the one figure given, not "from 0".
    zero = {"min": 0, "max": 120000, "currency": "USD", "interval": "per-year-salary"}
    assert lever.read_jobs(LV, [lever_posting("z", "Z", salaryRange=zero)])[0].salary == Salary(120000, 120000, "USD",
                                                                                                "year")


def test_greenhouse_pay_without_a_positive_figure_in_its_currency_is_no_pay() -> None:
    for ranges in ([{"min_cents": 0, "max_cents": 0, "currency_type": "USD"}],
                   [{"min_cents": -5, "max_cents": None, "currency_type": "USD"},
                    {"min_cents": 9000000, "max_cents": 9900000, "currency_type": "EUR"}],  # another currency
                   [{"min_cents": True, "max_cents": "90000", "currency_type": "USD"}]):
        job = greenhouse_job(1, "A", "Oslo, Norway", pay_input_ranges=ranges)
        assert greenhouse.read_jobs(GH, {"jobs": [job]})[0].salary is None, ranges
    job = greenhouse_job(1, "A", "Oslo, Norway", pay_input_ranges=[{"min_cents": 0, "max_cents": 9000000,
                                                                    "currency_type": "USD"}])
    assert greenhouse.read_jobs(GH, {"jobs": [job]})[0].salary == Salary(90000, 90000, "USD", "year")


@pytest.mark.parametrize(("max_cents", "period"), [(99999, "hour"), (100000, "year")])
def test_greenhouse_pay_under_1000_is_hourly_and_from_1000_yearly(max_cents: int, period: str) -> None:
    job = greenhouse_job(1, "A", "Oslo, Norway", pay_input_ranges=[{"min_cents": 90000, "max_cents": max_cents,
                                                                    "currency_type": "USD"}])
    assert greenhouse.read_jobs(GH, {"jobs": [job]})[0].salary == Salary(900, max_cents / 100, "USD", period)


def test_ashby_reads_an_address_without_postal_address_and_keeps_a_remote_locations_own_words() -> None:
    job = ashby_job("a", "A", workplaceType="Remote", secondaryLocations=[
        {"location": "Remote - Europe", "address": {"addressCountry": "Germany"}},
        {"location": "Remote", "address": {"addressRegion": "Bavaria", "addressCountry": "Germany"}},
        {"location": "Munich office", "address": {"addressLocality": "Munich", "addressCountry": "Germany"}},
        "Paris", {"location": "", "address": None}, {"location": "", "address": {"addressCountry": "Spain"}}],
        location="Anywhere", address={"addressLocality": "Berlin", "addressRegion": "Berlin", "addressCountry": "DE"})
    assert ashby.read_jobs(AB, {"jobs": [job]})[0].locations == (
        "Berlin, Berlin, DE", "Remote - Europe", "Remote - Germany", "Munich, Germany", "Remote - Spain")
    onsite = ashby_job("b", "B", location="Remote", address={"postalAddress": {"addressCountry": "Germany"}})
    assert ashby.read_jobs(AB, {"jobs": [onsite]})[0].locations == ("Remote",)  # on site: its own words


@pytest.mark.parametrize("zone", ["America/New_York", "Pacific/Kiritimati"])
def test_lever_dates_a_posting_by_its_utc_day_whatever_the_machines_time_zone(monkeypatch: pytest.MonkeyPatch,
                                                                              zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        # 2025-11-20 00:53:20 UTC: the 19th in New York, 14:53 on the 20th at UTC+14
        assert lever.read_jobs(LV, [lever_posting("x", "X")])[0].posted == dt.date(2025, 11, 20)
        late = lever_posting("y", "Y", createdAt=1763679000000)  # 2025-11-20 22:50 UTC: the 21st at UTC+14
        assert lever.read_jobs(LV, [late])[0].posted == dt.date(2025, 11, 20)
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("created", ["1763600000000", None, True, 10 ** 20, -10 ** 20, float("nan")])
def test_lever_without_a_readable_creation_time_is_undated(created: object) -> None:
    [read] = lever.read_jobs(LV, [lever_posting("x", "X", createdAt=created)])
    assert read.posted is None
    assert lever.read_jobs(LV, [lever_posting("y", "Y", createdAt=0)])[0].posted == dt.date(1970, 1, 1)


@pytest.mark.parametrize("stamp", ["2026-11-20", "yesterday", "2026-13-01T00:00:00Z", "", 1763600000])
def test_an_iso_timestamp_that_is_not_one_dates_nothing(stamp: object) -> None:
    expected = dt.date(2026, 11, 20) if stamp == "2026-11-20" else None  # a bare date is a timestamp of midnight
    job = greenhouse_job(1, "A", "Oslo, Norway", first_published=stamp, updated_at=stamp)
    [read] = greenhouse.read_jobs(GH, {"jobs": [job]})
    assert (read.posted, read.updated) == (expected, expected)


def test_ashby_skips_unlisted_jobs_and_reads_remote_addresses_and_salary_components() -> None:
    remote = ashby_job("r", "Remote Role", workplaceType=None, isRemote=True, employmentType="PartTime",
                       location="Remote", address={"postalAddress": {"addressCountry": "United States"}},
                       secondaryLocations=[{"location": "Lisbon", "address": {"addressLocality": "Lisbon",
                                                                              "addressCountry": "Portugal"}}])
    jobs = ashby.read_jobs(AB, {"apiVersion": "1", "jobs": [remote, ashby_job("u", "Hidden", isListed=False)]})
    assert [j.id for j in jobs] == ["r"]
    [read] = jobs
    assert (read.workplace, read.employment_type, read.locations) == (
        "remote", "part-time", ("Remote - United States", "Lisbon, Portugal"))
    assert read.salary == Salary(60000, 80000, "EUR", "year")


# Each API's documented values, written out here (not read from the clients' tables), so a value lost from a
# table or mapped to the wrong word fails.
@pytest.mark.parametrize(("given", "kind"), [("FullTime", "full-time"), ("PartTime", "part-time"),
                                             ("Intern", "internship"), ("Contract", "contract"),
                                             ("Temporary", "temporary"), ("Seasonal", None)])
def test_ashby_employment_types_read_as_documented(given: str, kind: str | None) -> None:
    assert ashby.read_jobs(AB, {"jobs": [ashby_job("e", "E", employmentType=given)]})[0].employment_type == kind


@pytest.mark.parametrize(("client", "source", "job", "period"), [
    *[(ashby, AB, lambda i: {"jobs": [ashby_job("p", "P", compensation={"summaryComponents": [
        {"compensationType": "Salary", "interval": i, "currencyCode": "EUR", "minValue": 50, "maxValue": 60}]})]},
       (interval, period)) for interval, period in (("1 YEAR", "year"), ("1 MONTH", "month"), ("1 WEEK", "week"),
                                                     ("1 DAY", "day"), ("1 HOUR", "hour"), ("2 WEEK", None))],
    *[(lever, LV, lambda i: [lever_posting("p", "P", salaryRange={"min": 50, "max": 60, "currency": "EUR",
                                                                  "interval": i})], (interval, period))
      for interval, period in (("per-year-salary", "year"), ("per-month-salary", "month"),
                               ("per-week-salary", "week"), ("per-day-wage", "day"), ("per-hour-wage", "hour"),
                               ("one-time", None))],
])
def test_pay_intervals_read_as_documented(client, source: Source, job, period: tuple[str, str | None]) -> None:
    interval, expected = period
    salary = client.read_jobs(source, job(interval))[0].salary
    assert salary == (Salary(50, 60, "EUR", expected) if expected else None)


def test_ashby_workplace_follows_workplace_type_then_is_remote_and_the_job_is_dated_when_published() -> None:
    def read(**extra: object):
        return ashby.read_jobs(AB, {"jobs": [ashby_job("w", "W", **extra)]})[0]

    for given, workplace in (("OnSite", "onsite"), ("Remote", "remote"), ("Hybrid", "hybrid")):
        assert read(workplaceType=given, isRemote=False).workplace == workplace
    assert read(workplaceType=None, isRemote=False).workplace is None  # not said: not guessed
    assert read(workplaceType=None, isRemote="yes").workplace is None  # only a real true means remote
    assert read(workplaceType=None, isRemote=True).workplace == "remote"
    assert read(publishedAt="2026-11-18T23:30:00.000-05:00").posted == dt.date(2026, 11, 19)
    assert read(publishedAt=None).posted is None
    # A job without pay, in each shape the API might give it: no salary, never a crash.
    for odd in (None, {}, {"summaryComponents": None}, {"summaryComponents": {"a": 1}}, "€60K",
                {"summaryComponents": [{"compensationType": "Equity", "minValue": 1, "maxValue": 2}]}):
        assert read(compensation=odd).salary is None


@pytest.mark.parametrize(("client", "source", "answer", "message"), [
    (greenhouse, GH, {"jobs": "none"}, "greenhouse:acme: unexpected answer from the API (no 'jobs' list)"),
    (greenhouse, GH, [{"jobs": []}], "greenhouse:acme: unexpected answer from the API (no 'jobs' list)"),
    (ashby, AB, ["jobs"], "ashby:acme: unexpected answer from the API (no 'jobs' list)"),
    (greenhouse, GH, {"jobs": [{"id": 1, "title": "X"}]}, "(job 1 has no 'absolute_url')"),
    (lever, LV, {"ok": True}, "lever:acme: unexpected answer from the API (not a list of postings)"),
    (lever, LV, [1], "(posting 1 is not an object)"),
    (ashby, AB, [], "ashby:acme: unexpected answer from the API (no 'jobs' list)"),
    (ashby, AB, {"jobs": [{"id": "a", "title": "", "jobUrl": "https://x.example"}]}, "(job 1 has no 'title')"),
    # The position counts from one, past the good jobs before it.
    (greenhouse, GH, {"jobs": [greenhouse_job(1, "A", "Oslo, Norway"), "job"]},
     "greenhouse:acme: unexpected answer from the API (job 2 is not an object); nothing was imported"),
    (ashby, AB, {"jobs": [ashby_job("a", "A"), ashby_job("b", "B"), None]},
     "ashby:acme: unexpected answer from the API (job 3 is not an object); nothing was imported"),
    (lever, LV, [lever_posting("a", "A"), 7], "lever:acme: unexpected answer from the API (posting 2 is not an "
                                              "object); nothing was imported"),
])
def test_an_answer_of_the_wrong_shape_is_one_line(client, source: Source, answer: object, message: str) -> None:
    with pytest.raises(ImportFailure) as raised:
        client.read_jobs(source, answer)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_each_board_is_asked_for_at_its_documented_address_with_the_whole_content() -> None:
    # The board name is one path segment whatever it holds; the query asks for descriptions and pay.
    assert greenhouse.board_url(greenhouse.DEFAULT_BASE, "acme") == (
        "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true")
    assert lever.board_url("http://127.0.0.1:9", "acme/x") == "http://127.0.0.1:9/v0/postings/acme%2Fx?mode=json"
    assert ashby.board_url("https://api.ashbyhq.com", "Acme Labs") == (
        "https://api.ashbyhq.com/posting-api/job-board/Acme%20Labs?includeCompensation=true")


def test_sources_are_read_as_in_a_companys_ats_list() -> None:
    assert parse_source("ashby:acme.io") == Source("ashby", "acme.io")
    assert Source("lever", "acme").job_key("5ac2") == "lever:acme/5ac2"
    for bad, words in (("workday:acme", "unknown applicant-tracking system"), ("acme", "unknown"),
                       ("lever:", "is not a board name"), ("lever:-acme/x", "is not a board name")):
        with pytest.raises(ImportFailure, match=words):
            parse_source(bad)


# --- fetch.py: the HTTP policy, over httpx's mock transport ----------------------------------------------

def scripted(*replies: httpx.Response | Exception) -> tuple[httpx.Client, list[str]]:
    queue, seen = list(replies), []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        reply = queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    return httpx.Client(transport=httpx.MockTransport(handle)), seen


URL = "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true"


def test_5xx_and_timeouts_are_retried_with_backoff_then_succeed() -> None:
    client, seen = scripted(httpx.Response(502), httpx.ReadTimeout("slow"), httpx.Response(200, json={"jobs": []}))
    waits: list[float] = []
    assert fetch.get_json(GH, URL, client, waits.append) == {"jobs": []}
    assert waits == list(fetch.BACKOFF) and len(seen) == 3


def test_429_waits_as_asked_in_seconds_or_as_a_date() -> None:
    client, _ = scripted(httpx.Response(429, headers={"Retry-After": "2"}),
                         httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
                         httpx.Response(429), httpx.Response(200, json=[]))
    waits: list[float] = []
    assert fetch.get_json(LV, URL, client, waits.append) == []
    assert waits == [2.0, 0.0, 1.0]  # a date in the past waits nothing; no header waits a second
    assert fetch.retry_after_seconds("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0


def test_too_many_429s_or_failures_give_up_in_one_line() -> None:
    client, seen = scripted(*[httpx.Response(429, headers={"Retry-After": "0"})] * 7)
    with pytest.raises(ImportFailure, match=r"^lever:acme: rate limited .* 6 in a row\): run the import again"):
        fetch.get_json(LV, URL, client, lambda s: None)
    assert len(seen) == fetch.MAX_RATE_LIMITED + 1
    client, _ = scripted(*[httpx.ConnectError("[Errno 111] Connection refused")] * 3)
    with pytest.raises(ImportFailure) as raised:
        fetch.get_json(AB, URL, client, lambda s: None)
    assert str(raised.value) == ("ashby:acme: cannot reach boards-api.greenhouse.io ([Errno 111] Connection "
                                 "refused) (3 attempts); nothing was imported")


@pytest.mark.parametrize(("error", "reason"), [
    (httpx.RemoteProtocolError(""), "RemoteProtocolError"),  # no message: its kind
    (httpx.ReadError("  first line\nsecond line"), "first line"),
    (httpx.ConnectError("x" * 200), "x" * 120),
])
def test_a_network_failure_is_named_by_its_first_line_or_its_kind(error: Exception, reason: str) -> None:
    client, seen = scripted(*[error] * 3)
    waits: list[float] = []
    with pytest.raises(ImportFailure) as raised:
        fetch.get_json(GH, URL, client, waits.append)
    assert str(raised.value) == (f"greenhouse:acme: cannot reach boards-api.greenhouse.io ({reason}) (3 attempts); "
                                 "nothing was imported")
    assert waits == list(fetch.BACKOFF) and len(seen) == 3


REFUSED = "greenhouse:acme: boards-api.greenhouse.io refused the request (HTTP {}); nothing was imported"


@pytest.mark.parametrize(("status", "message"), [
    *((status, REFUSED.format(status)) for status in (400, 401, 403, 410, 499)),
    (404, "greenhouse:acme: no such board (HTTP 404 from boards-api.greenhouse.io): check the board name in the "
          "company's `ats` list or on its careers page; nothing was imported"),
])
def test_a_4xx_is_refused_at_once_and_its_body_never_read_as_the_board(status: int, message: str) -> None:
    # The body is a well-formed empty board: read as the answer, a refused request would close every role.
    client, seen = scripted(httpx.Response(status, json={"jobs": []}), httpx.Response(200, json={"jobs": []}))
    waits: list[float] = []
    with pytest.raises(ImportFailure) as raised:
        fetch.get_json(GH, URL, client, waits.append)
    assert str(raised.value) == message
    assert waits == [] and len(seen) == 1  # no retry: asking again gets the same answer


@pytest.mark.parametrize(("body", "reason"), [
    (b"<html>Service unavailable</html>", "Expecting value: line 1 column 1 (char 0)"),
    (b'{"jobs": [', "Expecting value: line 1 column 11 (char 10)"),
    (b"[" * 100_000, "maximum recursion depth exceeded while decoding a JSON array from a unicode string"),
])
def test_a_200_that_is_not_json_is_one_line_naming_the_host(body: bytes, reason: str) -> None:
    client, seen = scripted(httpx.Response(200, content=body))
    with pytest.raises(ImportFailure) as raised:
        fetch.get_json(LV, URL, client, lambda s: None)
    assert str(raised.value) == (f"lever:acme: the answer from boards-api.greenhouse.io is not valid JSON ({reason}); "
                                 "nothing was imported") and len(seen) == 1


@pytest.mark.parametrize("value", [None, "", "soon", "Wed, 99 Foo 2015"])
def test_a_retry_after_that_is_not_a_number_or_a_date_waits_a_second(value: str | None) -> None:
    assert fetch.retry_after_seconds(value) == 1.0


def test_every_attempt_asks_for_json_says_who_reads_and_times_out_after_30_s_as_documented() -> None:
    asked: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(500 if len(asked) == 1 else 200, json=[])  # a plain 500 is retried like a 502

    client = httpx.Client(transport=httpx.MockTransport(handle))
    assert fetch.get_json(LV, URL, client, lambda s: None) == [] and len(asked) == 2
    for request in asked:  # docs/import.md: "Each attempt times out after 30 s"
        assert request.extensions["timeout"] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}
        assert (request.headers["Accept"], request.headers["User-Agent"]) == ("application/json", "jobsite-import")


def test_a_retry_after_of_60_s_is_waited_and_61_s_gives_up() -> None:  # docs/import.md: "up to 60 s"
    client, _ = scripted(httpx.Response(429, headers={"Retry-After": "60"}), httpx.Response(200, json=[]))
    waits: list[float] = []
    assert fetch.get_json(LV, URL, client, waits.append) == [] and waits == [60.0]
    client, seen = scripted(httpx.Response(429, headers={"Retry-After": "61"}))
    with pytest.raises(ImportFailure, match=r"^lever:acme: rate limited by boards-api\.greenhouse\.io \(HTTP 429, "
                                            r"Retry-After 61 s, 1 in a row\): run the import again later; nothing was "
                                            r"imported$"):
        fetch.get_json(LV, URL, client, waits.append)
    assert waits == [60.0] and len(seen) == 1


def test_a_board_owns_only_its_own_jobs_not_a_board_whose_name_starts_alike() -> None:
    acme = Source("greenhouse", "acme")
    assert acme.owns("greenhouse:acme/4012345")
    assert not acme.owns("greenhouse:acme-labs/4012345")  # another company's board: never closed by acme's import
    assert not acme.owns("lever:acme/4012345")


@pytest.mark.parametrize(("text", "kind"), [
    ("Intern", "internship"), ("Summer Internship 2027", "internship"), ("ML Interns", "internship"),
    ("Internal Tools Engineer", None), ("International Sales Lead", None), ("Full Time", "full-time"),
])
def test_the_kind_of_contract_is_read_from_whole_words(text: str, kind: str | None) -> None:
    assert employment_from_text(text) == kind


@pytest.mark.parametrize("created", [10 ** 300, 10 ** 400, float("inf"), float("-inf")])
def test_a_lever_creation_time_beyond_any_clock_is_undated(created: object) -> None:
    # Past what the platform's time_t holds (Python's json reads Infinity and integers of any size): the import
    # goes on with an undated role instead of failing on OverflowError.
    [read] = lever.read_jobs(LV, [lever_posting("x", "X", createdAt=created)])
    assert (read.title, read.posted) == ("X", None)
