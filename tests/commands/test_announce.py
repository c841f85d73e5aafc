"""`jobsite announce` against a local server that answers like the Telegram Bot API (and Mastodon): first runs,
exactly-once delivery through 429s, 5xx and a crash, refusals, digests, hostile titles, dry runs, deployed sites."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import threading
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.announce import AnnounceOptions, announce
from generator.announce.messages import (
    MASTODON_LIMIT,
    TELEGRAM_BUDGET,
    mastodon_message,
    telegram_digest,
    telegram_message,
)
from generator.announce.roles import AnnounceError, Board, Role, load_roles
from generator.announce.run import DIGEST_THRESHOLD
from generator.announce.state import FORGET_AFTER, State, load_state, save_state, timestamp
from generator.announce.targets import MAX_RETRY_AFTER, Mastodon, Reply, Telegram
from generator.cli import main

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, front_matter, serve_directory

TOKEN = "123456:TEST-token"
SITE_YAML = {**SITE, "categories": [
    {"id": "ai", "label": "AI", "telegram": "https://t.me/testboard_ai"},
    {"id": "web3", "label": "Web3", "telegram": "https://t.me/testboard_web3"},
    {"id": "robotics", "label": "Robotics"},
]}
AI_ROLE = {**POSTING, "title": "Machine Learning Engineer", "category": "ai", "posted": dt.date(2026, 11, 20)}
LATER = CLOCK + dt.timedelta(hours=1)


def tree(site: dict = SITE_YAML, **postings: dict) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {"site.yaml": yaml.safe_dump(site, sort_keys=False),
                                     "companies/acme.md": front_matter(COMPANY, "Acme builds robots.\n"),
                                     "data/compensation.yaml": (REPO / "content/data/compensation.yaml").read_bytes()}
    for name, data in postings.items():
        files[f"jobs/acme/{name}.md"] = front_matter(data)
    return files


class BotAPI(BaseHTTPRequestHandler):
    """Answers with the next scripted reply (then 200 ok) and records every request."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, dict(self.headers), body))
        if self.server.on_request:
            self.server.on_request(len(self.server.requests))
        status, reply, headers = self.server.script.pop(0) if self.server.script else (200, None, {})
        reply = reply or {"ok": True, "result": {"message_id": len(self.server.requests)}}
        data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()  # bytes: a proxy's page, as is
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def bot_api():
    server = ThreadingHTTPServer(("127.0.0.1", 0), BotAPI)
    server.requests, server.script, server.on_request = [], [], None
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()


def sent(server, chat: str | None = None) -> list[dict]:
    """The sendMessage bodies the server received (every attempt), optionally for one chat."""
    return [body for path, _, body in server.requests
            if path == f"/bot{TOKEN}/sendMessage" and (chat is None or body["chat_id"] == chat)]


@pytest.fixture
def board(scratch_site, tmp_path: Path, bot_api):
    """A built scratch site and a runner for `announce` against the fake Bot API with a recorded sleep."""
    class Board:
        state = tmp_path / "announce-state.json"
        sleeps: list[float] = []
        env = {"TELEGRAM_API_URL": bot_api.url, "TELEGRAM_BOT_TOKEN": TOKEN}

        def build(self, site: dict = SITE_YAML, **postings: dict) -> None:
            scratch_site(tree(site, **postings))

        def build_tree(self, files: dict) -> None:
            scratch_site(files)

        def run(self, now: dt.datetime = LATER, threshold: int = 10, dry_run: bool = False, site: str = "site",
                env: dict | None = None):
            lines: list[str] = []
            options = AnnounceOptions(site, self.state, dry_run, threshold, env if env is not None else self.env)
            result = announce(options, echo=lines.append, sleep=self.sleeps.append, now=now)
            return result, "\n".join(lines)

    return Board()


def cli(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(main, ["announce", *args], env=env)


def state_of(path: Path) -> dict:
    return json.loads(path.read_text())["channels"]


def test_jobs_json_carries_what_announcements_say(built_site) -> None:
    from generator.render import format as fmt
    from generator.render.pages.cards import pay_view

    site, result = built_site
    doc = json.loads((site / "jobs.json").read_text())
    assert doc["x-categories"] == [{"id": c.id, "label": c.label, **({"telegram": c.telegram} if c.telegram else {})}
                                   for c in result.model.site.categories]
    for job, posting in zip(doc["jobs"], result.model.open_postings, strict=True):
        assert job["x-category-id"] == posting.category.id and job["x-place"] == fmt.format_place(posting)
        pay = pay_view(posting)
        assert job.get("x-pay") == ({"text": pay.text, "estimated": pay.estimated} if pay else None)
    assert {job["x-pay"]["estimated"] for job in doc["jobs"]} == {True, False}


def _first_job(doc: dict, **changes: object) -> dict:
    return {**doc, "jobs": [{**doc["jobs"][0], **changes}, *doc["jobs"][1:]]}


@pytest.mark.parametrize(("corrupt", "words"), [
    (lambda doc: _first_job(doc, url=5), "AttributeError"),
    (lambda doc: _first_job(doc, url="javascript:alert(1)"), "has no http(s) url"),
    (lambda doc: _first_job(doc, expiresDate="2026-12-31T12:00:00"), "has an expiresDate without a time zone"),
    (lambda doc: _first_job(doc, expiresDate=20261231), "AttributeError"),
    (lambda doc: [doc], "TypeError"),
])
def test_a_jobs_json_jobsite_did_not_write_is_one_line_before_anything_is_sent(built_site, tmp_path: Path,
                                                                               corrupt, words: str) -> None:
    site, _ = built_site
    (tmp_path / "jobs.json").write_text(json.dumps(corrupt(json.loads((site / "jobs.json").read_text()))))
    with pytest.raises(AnnounceError) as raised:
        load_roles(str(tmp_path), LATER)
    assert str(raised.value).startswith(f"{tmp_path / 'jobs.json'}: not a jobs.json written by jobsite (")
    assert words in str(raised.value) and "\n" not in str(raised.value)


def test_a_jobs_json_nested_deeper_than_the_decoder_goes_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "jobs.json").write_text("[" * 100_000)
    with pytest.raises(AnnounceError) as raised:
        load_roles(str(tmp_path), LATER)
    assert str(raised.value) == f"{tmp_path / 'jobs.json'}: not a jobs.json written by jobsite (RecursionError: " \
        "maximum recursion depth exceeded while decoding a JSON array from a unicode string); rebuild the site " \
        "with this version of jobsite"


# --- the "done when" -----------------------------------------------------------------------------------

def test_first_run_records_every_open_role_and_sends_nothing(board, bot_api) -> None:
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    result = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("First run: recorded 2 open role(s) for 2 channel(s)")
    assert "without sending them" in result.output
    assert bot_api.requests == []
    channels = state_of(board.state)
    assert set(channels) == {"telegram:@testboard_ai", "telegram:@testboard_web3"}
    assert [e["as"] for e in channels["telegram:@testboard_ai"].values()] == ["first-run"]


def test_one_new_role_is_one_message_to_its_channel_even_after_a_429(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer", "posted": dt.date(2026, 11, 25)})
    bot_api.script = [(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
                             "parameters": {"retry_after": 7}}, {})]
    result, out = board.run()
    assert result.exit_code == 0, out
    attempts = sent(bot_api)
    assert len(attempts) == 2 and attempts[0] == attempts[1]  # the one message, retried once
    assert board.sleeps == [7.0]  # waited exactly what Telegram asked
    body = attempts[0]
    assert body["chat_id"] == "@testboard_ai"
    assert body["parse_mode"] == "HTML" and body["link_preview_options"] == {"is_disabled": True}
    assert body["text"].startswith("<b>Computer Vision Engineer</b> at Acme Robotics\nBerlin, Germany · On-site\n")
    assert "https://board.example/jobs/acme/vision/" in body["text"]
    assert "Telegram @testboard_ai: announced Computer Vision Engineer at Acme Robotics" in out
    assert result.messages == 1 and result.announced == 1
    role_id = "tag:board.example,2026-11-25:jobs/acme/vision"
    assert state_of(board.state)["telegram:@testboard_ai"][role_id]["as"] == "message"
    again, out = board.run(now=LATER + dt.timedelta(hours=1))
    assert len(sent(bot_api)) == 2 and again.messages == 0 and out == "Nothing new to announce."


def test_401_stops_with_one_line_exit_1_and_the_next_good_run_sends_the_role(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    assert cli(["--site", "site", "--state", str(board.state)], board.env).exit_code == 0
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"},
                chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    bot_api.script = [(401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, {})]
    bad = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert bad.exit_code == 1
    lines = bad.output.splitlines()
    assert lines[0] == ("Telegram @testboard_ai: Telegram refused with 401 (Unauthorized): check the "
                        "TELEGRAM_BOT_TOKEN secret; 1 role(s) stay pending for the next run")
    # The token is the bot's: the other channel is not tried with it, and says so.
    assert lines[1].startswith("Telegram @testboard_web3: not tried after the error above; 1 role(s) stay pending")
    assert lines[-1] == "Sent 0 message(s) announcing 0 role(s); 2 role(s) pending."
    assert len(sent(bot_api)) == 1 and TOKEN not in bad.output
    good = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert good.exit_code == 0, good.output
    assert [b["chat_id"] for b in sent(bot_api)[1:]] == ["@testboard_ai", "@testboard_web3"]
    assert "Computer Vision Engineer" in sent(bot_api)[1]["text"] and "Solidity" in sent(bot_api)[2]["text"]
    assert cli(["--site", "site", "--state", str(board.state)], board.env).output == "Nothing new to announce.\n"
    assert len(sent(bot_api)) == 3


# --- failures and retries --------------------------------------------------------------------------------------

def test_5xx_is_retried_with_backoff_then_delivered_once(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}, {}),
                      (502, {}, {})]
    result, out = board.run()
    assert result.exit_code == 0 and len(sent(bot_api)) == 3 and board.sleeps == [2.0, 4.0]


def test_5xx_that_does_not_stop_leaves_the_role_pending(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(500, {"ok": False}, {})] * 4
    result, out = board.run()
    assert result.exit_code == 1 and len(sent(bot_api)) == 4
    assert out.splitlines()[0] == ("Telegram @testboard_ai: HTTP 500 after 4 attempts; "
                                   "1 role(s) stay pending for the next run")
    assert board.run()[0].messages == 1  # the next run delivers it


def test_a_wait_beyond_the_cap_is_not_slept_and_the_roles_stay_pending(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 3600}}, {})]
    result, out = board.run()
    assert result.exit_code == 1 and board.sleeps == [] and 3600 > MAX_RETRY_AFTER
    assert "rate limited (telegram asks to wait 3600 s); 1 role(s) stay pending" in out


def test_a_wait_of_exactly_the_cap_is_slept_and_the_role_sent(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(429, {"ok": False, "error_code": 429, "parameters": {"retry_after": MAX_RETRY_AFTER}}, {})]
    result, _ = board.run()
    assert result.exit_code == 0 and board.sleeps == [MAX_RETRY_AFTER] and result.messages == 1


def test_no_token_sends_nothing_and_says_which_variable(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    result, out = board.run(env={"TELEGRAM_API_URL": bot_api.url})
    assert result.exit_code == 1 and bot_api.requests == []
    assert out.splitlines()[0] == ("Telegram @testboard_ai: TELEGRAM_BOT_TOKEN is not set; "
                                   "1 role(s) stay pending for the next run")


def test_a_crash_between_two_sends_loses_and_repeats_nothing_but_the_send_in_flight(board, bot_api,
                                                                                     tmp_path: Path) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, one={**AI_ROLE, "title": "Role One", "posted": dt.date(2026, 11, 21)},
                two={**AI_ROLE, "title": "Role Two", "posted": dt.date(2026, 11, 22)})
    env = {**os.environ, **board.env, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "generator.cli", "announce", "--site", "site", "--state", str(board.state)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # The second message arrives, and the process dies before it hears the answer: the worst moment.
    bot_api.on_request = lambda n: os.kill(process.pid, signal.SIGKILL) if n == 2 else None
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert [b["text"].split("</b>")[0] for b in sent(bot_api)] == ["<b>Role One", "<b>Role Two"]
    announced = state_of(board.state)["telegram:@testboard_ai"]
    assert announced["tag:board.example,2026-11-21:jobs/acme/one"]["as"] == "message"
    assert "tag:board.example,2026-11-22:jobs/acme/two" not in announced
    assert sorted(p.name for p in board.state.parent.glob("*announce-state*")) == ["announce-state.json"]
    bot_api.on_request = None
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    texts = [b["text"].split("</b>")[0] for b in sent(bot_api)]
    assert texts == ["<b>Role One", "<b>Role Two", "<b>Role Two"]  # only the one in flight is repeated


# --- what is sent ------------------------------------------------------------------------------------------------

def new_roles(n: int) -> dict[str, dict]:
    return {f"role-{i}": {**AI_ROLE, "title": f"AI Role {i}", "posted": dt.date(2026, 11, 10 + i)} for i in range(n)}


def test_more_new_roles_than_the_threshold_become_one_digest(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, **new_roles(3))
    result, out = board.run(threshold=2)
    [digest] = sent(bot_api)
    assert digest["chat_id"] == "@testboard_ai" and digest["link_preview_options"] == {"is_disabled": True}
    lines = digest["text"].splitlines()
    assert lines[0] == "<b>3 new AI roles on Test Board</b>"
    assert [line.split('">')[1].split("</a>")[0] for line in lines if line.startswith("• ")] == [
        "AI Role 0", "AI Role 1", "AI Role 2"]  # oldest first, as the channel reads down
    assert lines[-1] == '<a href="https://board.example/categories/ai/">All AI roles</a>'
    assert "Telegram @testboard_ai: sent one digest of 3 new roles." in out
    assert {e["as"] for e in state_of(board.state)["telegram:@testboard_ai"].values()} == {"first-run", "digest"}
    assert board.run()[0].messages == 0


def test_at_the_threshold_each_role_gets_its_own_message_paced(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, **new_roles(3))
    result, _ = board.run(threshold=3)
    assert result.messages == 3 and len(sent(bot_api)) == 3
    assert board.sleeps == [Telegram.pause, Telegram.pause]  # between messages, never after the last


@pytest.mark.parametrize("threshold, messages", [(3, 3), (2, 1)])  # at the threshold, one past it
def test_a_dry_run_shows_exactly_what_the_real_run_then_sends(board, bot_api, threshold: int, messages: int) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, **new_roles(3))
    _, shown = board.run(threshold=threshold, dry_run=True)
    assert f"Telegram @testboard_ai: would send {messages} message(s) for 3 new role(s):" in shown
    assert bot_api.requests == []
    result, _ = board.run(threshold=threshold)
    assert result.messages == messages == len(sent(bot_api))
    # The texts shown are the texts sent, message for message.
    previews = [block.strip().replace("\n  ", "\n") for block in shown.split(":\n", 1)[1].split("\n\n") if
                block.strip() and not block.startswith("Dry run")]
    assert previews == [b["text"] for b in sent(bot_api)]


@pytest.mark.parametrize("threshold, shown", [
    ("0", "Invalid value for '--digest-threshold': 0 is not in the range x>=1."),  # a digest of one role, always
    ("-3", "Invalid value for '--digest-threshold': -3 is not in the range x>=1."),
    ("1", "Telegram @testboard_ai: would send 1 message(s) for 2 new role(s):"),  # the lowest: 2 roles, 1 digest
    ("2", "Telegram @testboard_ai: would send 2 message(s) for 2 new role(s):")])
def test_the_digest_threshold_is_one_at_least(board, bot_api, threshold: str, shown: str) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, **new_roles(2))
    result = cli(["--site", "site", "--state", str(board.state), "--dry-run", "--digest-threshold", threshold],
                 board.env)
    assert shown in result.output and result.exit_code == (2 if "Invalid" in shown else 0), result.output
    assert bot_api.requests == []


def test_a_long_digest_stays_under_telegrams_limit_and_says_how_many_more(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    many = {f"role-{i:02d}": {**AI_ROLE, "title": f"Principal Machine Learning Engineer, Team {i:02d} " + "x" * 60}
            for i in range(60)}
    board.build(ml=AI_ROLE, **many)
    board.run()
    [digest] = sent(bot_api)
    assert len(digest["text"]) <= 4096
    shown = sum(line.startswith("• ") for line in digest["text"].splitlines())
    assert 0 < shown < 60 and f"…and {60 - shown} more" in digest["text"]


class Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text = ""

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.text += data


HOSTILE = '<b>Boss</b> & <a href="javascript:alert(1)">"co"</a> @everyone'


@pytest.mark.parametrize("threshold", [10, 1])  # one message each; one digest
def test_hostile_titles_arrive_as_text(board, bot_api, threshold: int) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, evil={**AI_ROLE, "title": HOSTILE}, other={**AI_ROLE, "title": "Plain Role"})
    board.run(threshold=threshold)
    texts = [b["text"] for b in sent(bot_api)]
    for text in texts:
        parsed = Markup()
        parsed.feed(text)
        # Only our own markup: bold and links to the board, whatever the title says.
        assert {tag for tag, _ in parsed.tags} <= {"b", "a"}
        assert all(attrs["href"].startswith("https://board.example/") for tag, attrs in parsed.tags if tag == "a")
    # What subscribers read is the title, unchanged but for invisible breaks in what Telegram would link.
    assert any(HOSTILE in _visible(text).replace("\u200b", "") for text in texts)


AUTOLINKED = "Lead @evil_admin t.me/evil_channel evil.example #urgent $SCAM /start a@b.example https://x.example"
# What Telegram turns into entities on its own (https://core.telegram.org/bots/api#messageentity): mention,
# url (bare domains and t.me links too), hashtag, cashtag, bot_command, email.
ENTITY_PATTERNS = (r"@[A-Za-z0-9_]{3,}", r"\b[A-Za-z0-9-]+\.[A-Za-z]{2,}\b", r"#\w", r"\$[A-Z]{3,}", r"/[a-z]")


@pytest.mark.parametrize("threshold", [10, 1])  # one message each; one digest
def test_titles_cannot_make_telegram_link_or_mention(board, bot_api, threshold: int) -> None:
    import re

    board.build(ml=AI_ROLE)
    board.run()
    company = {**COMPANY, "name": "Evil @corp t.me/corp"}
    site_tree = tree(evil={**AI_ROLE, "title": AUTOLINKED}, ml=AI_ROLE, other={**AI_ROLE, "title": "Plain Role"})
    site_tree["companies/acme.md"] = front_matter(company, "Acme builds robots.\n")
    board.build_tree(site_tree)
    board.run(threshold=threshold)
    [text] = [b["text"] for b in sent(bot_api) if "Lead" in b["text"]]
    visible = _visible(text)
    ours = {"https://board.example/jobs/acme/evil/", "https://board.example/categories/ai/", "board.example"}
    for pattern in ENTITY_PATTERNS:
        found = {m.group() for m in re.finditer(pattern, visible)} - ours
        assert not {f for f in found if not any(f in o for o in ours)}, (pattern, found, visible)
    assert AUTOLINKED in visible.replace("\u200b", "") and "Evil @corp t.me/corp" in visible.replace("\u200b", "")


def _visible(text: str) -> str:
    parsed = Markup()
    parsed.feed(text)
    return parsed.text


def test_estimates_are_labelled_and_employer_ranges_are_not(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    paid = {**AI_ROLE, "title": "Paid Role", "salary": {"min": 90000, "max": 110000, "currency": "EUR",
                                                         "period": "year"}}
    board.build(ml=AI_ROLE, paid=paid, guess={**AI_ROLE, "title": "Senior Machine Learning Engineer"})
    board.run()
    by_title = {_visible(b["text"]).split(" at ")[0]: _visible(b["text"]).splitlines() for b in sent(bot_api)}
    assert by_title["Paid Role"][2] == "Pay: €90,000 – €110,000 per year"
    assert by_title["Senior Machine Learning Engineer"][2].startswith("Estimated pay: ")
    assert by_title["Senior Machine Learning Engineer"][2].endswith("(our estimate; the employer gives no range)")


def test_visa_sponsorship_and_relocation_are_announced_where_the_role_offers_them(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, visa={**AI_ROLE, "title": "Visa Role", "visa_sponsorship": True, "relocation": True},
                plain={**AI_ROLE, "title": "Plain Role", "visa_sponsorship": False})
    board.run()
    by_title = {_visible(b["text"]).split(" at ")[0]: _visible(b["text"]) for b in sent(bot_api)}
    assert "Visa sponsorship · Relocation" in by_title["Visa Role"]
    assert "Visa sponsorship" not in by_title["Plain Role"] and "Relocation" not in by_title["Plain Role"]


def test_closed_and_expired_roles_are_never_announced(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    closed = {**AI_ROLE, "title": "Closed Before The Build", "expires": dt.date(2026, 11, 20)}
    closing = {**AI_ROLE, "title": "Closes After The Build", "expires": dt.date(2026, 11, 27)}
    board.build(ml=AI_ROLE, closed=closed, closing=closing)
    jobs = json.loads(Path("site/jobs.json").read_text())["jobs"]
    assert [j["title"] for j in jobs if "Close" in j["title"]] == ["Closes After The Build"]
    # The deployed site still lists it, but it closed at 12:00 UTC on 28 Nov: too late to announce.
    result, out = board.run(now=dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone.utc))
    assert sent(bot_api) == [] and out == "Nothing new to announce."
    board.run(now=dt.datetime(2026, 11, 28, 11, 59, tzinfo=dt.timezone.utc))
    assert ["Closes After The Build" in b["text"] for b in sent(bot_api)] == [True]


def test_dry_run_prints_what_would_be_sent_and_changes_nothing(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    first = cli(["--site", "site", "--state", str(board.state), "--dry-run"], board.env)
    assert first.output.startswith("First run: would record 1 open role(s)") and not board.state.exists()
    board.run()
    before = board.state.read_bytes()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    result = cli(["--site", "site", "--state", str(board.state), "--dry-run"], {})  # no token needed
    assert result.exit_code == 0, result.output
    assert "Telegram @testboard_ai: would send 1 message(s) for 1 new role(s):" in result.output
    assert "  <b>Computer Vision Engineer</b> at Acme Robotics" in result.output
    assert result.output.endswith("Dry run: nothing was sent and the state file was not changed.\n")
    assert bot_api.requests == [] and board.state.read_bytes() == before


def test_a_deployed_site_is_read_over_http(board, bot_api, tmp_path: Path) -> None:
    board.build(ml=AI_ROLE)
    url, server = serve_directory(tmp_path / "site")
    try:
        assert cli(["--site", url + "/", "--state", str(board.state)], board.env).exit_code == 0
        board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
        result = cli(["--site", url, "--state", str(board.state)], board.env)
        assert result.exit_code == 0, result.output
        assert [b["chat_id"] for b in sent(bot_api)] == ["@testboard_ai"]
        missing = cli(["--site", url + "/nowhere", "--state", str(board.state)], board.env)
        assert missing.exit_code == 1
        assert f"Error: {url}/nowhere/jobs.json: HTTP 404 Not Found; is the site deployed?" in missing.output
    finally:
        server.shutdown()


def test_a_site_that_is_not_built_or_cannot_be_reached_is_one_line_before_anything_is_sent(board, bot_api,
                                                                                          tmp_path: Path) -> None:
    result = cli(["--site", "nowhere", "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == [] and not board.state.exists()
    assert result.stderr == ("Error: nowhere/jobs.json: No such file or directory; build the site first "
                             "(jobsite build)\n")
    closed = ThreadingHTTPServer(("127.0.0.1", 0), BotAPI)
    url = f"http://127.0.0.1:{closed.server_address[1]}"
    closed.server_close()  # nothing listens there any more
    result = cli(["--site", url, "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == [] and not board.state.exists()
    assert result.stderr == f"Error: {url}/jobs.json: cannot fetch it ([Errno 111] Connection refused)\n"


@pytest.mark.parametrize("body", [b"<html><body>502 Bad Gateway</body></html>", b'["ok"]'])
def test_an_answer_that_is_not_a_json_object_is_refused_by_its_status(board, bot_api, body: bytes) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(400, body, {"Content-Type": "text/html"})]
    result, out = board.run()
    assert result.exit_code == 1 and out.splitlines()[0] == (
        "Telegram @testboard_ai: Telegram refused with 400 (Bad Request): check the category's telegram link in "
        "site.yaml and that the bot is in the channel; 1 role(s) stay pending for the next run")
    assert len(sent(bot_api)) == 1 and board.sleeps == []


def test_an_unreadable_state_file_stops_before_anything_is_sent(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.state.write_text('{"version": 1, "channels": {"telegram:@x": {"id": {"at": "yesterday"}}}}')
    result = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == []
    assert f"{board.state}: not an announce state file" in result.output
    assert "removing it makes the next run a first run, which sends nothing" in result.output


def test_a_channel_added_later_starts_like_a_first_run(board, bot_api) -> None:
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    board.state.write_text(json.dumps({"version": 1, "channels": {"telegram:@testboard_ai": {
        "tag:board.example,2026-11-20:jobs/acme/ml": {"at": "2026-11-26T12:00:00Z", "as": "first-run"}}}}))
    before, inode = board.state.read_bytes(), board.state.stat().st_ino
    # The dry run says exactly what the real run then does: records the new channel's roles, lists none to send.
    _, shown = board.run(dry_run=True)
    assert shown.splitlines() == [
        "Telegram @testboard_web3: new channel; would record its 1 open role(s) without sending them.",
        "Dry run: nothing was sent and the state file was not changed."]
    assert board.state.read_bytes() == before and board.state.stat().st_ino == inode  # not even rewritten
    result, out = board.run()
    assert sent(bot_api) == [] and "Telegram @testboard_web3: new channel; recorded its 1 open role(s)" in out
    assert list(state_of(board.state)["telegram:@testboard_web3"]) == ["tag:board.example,2026-11-20:jobs/acme/chain"]


@pytest.mark.parametrize("link, chat", [
    ("https://t.me/frontierjobs_ai", "@frontierjobs_ai"), ("https://telegram.me/frontierjobs_ai/", "@frontierjobs_ai"),
    ("https://t.me/+AbCdEf123", None), ("https://t.me/joinchat/AbCdEf", None), ("https://t.me/ab", None),
    ("https://example.com/frontierjobs_ai", None)])
def test_only_public_channel_links_name_a_chat(link: str, chat: str | None) -> None:
    assert Telegram.chat_for(link) == chat


def test_a_private_channel_link_is_reported_and_fails_the_run(board, bot_api) -> None:
    private = {**SITE_YAML, "categories": [{"id": "ai", "label": "AI", "telegram": "https://t.me/+AbCdEf123"},
                                           *SITE_YAML["categories"][1:]]}
    board.build(private, ml=AI_ROLE)
    board.run()
    board.build(private, ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    result, out = board.run()
    assert result.exit_code == 1 and out.splitlines()[0] == (
        "AI: the telegram link https://t.me/+AbCdEf123 is not a public channel (https://t.me/NAME); "
        "change it in site.yaml to announce these roles")
    assert bot_api.requests == []


# --- Mastodon, through the same code path -------------------------------------------------------------------------

def test_mastodon_gets_each_new_role_once_with_an_idempotency_key(board, bot_api) -> None:
    env = {**board.env, "MASTODON_API_URL": bot_api.url + "/", "MASTODON_ACCESS_TOKEN": "masto-secret"}
    board.build(ml=AI_ROLE)
    board.run(env=env)
    board.build(ml=AI_ROLE, evil={**AI_ROLE, "title": "Engineer @admin@mastodon.example",
                                  "category": "robotics"})
    result, out = board.run(env=env)
    statuses = [(headers, body) for path, headers, body in bot_api.requests if path == "/api/v1/statuses"]
    [(headers, body)] = statuses
    assert headers["Authorization"] == "Bearer masto-secret" and len(headers["Idempotency-Key"]) == 64
    assert body["visibility"] == "public"
    assert body["status"].splitlines() == [
        "New Robotics role: Engineer @\u200badmin@\u200bmastodon.example at Acme Robotics",
        "Berlin, Germany · On-site", body["status"].splitlines()[2], "https://board.example/jobs/acme/evil/"]
    assert sent(bot_api) == []  # robotics has no Telegram channel
    assert f"Mastodon 127.0.0.1:{bot_api.server_address[1]}: announced" in out
    assert board.run(env=env)[0].messages == 0


def test_mastodon_refusal_names_the_account_and_its_secret(board, bot_api) -> None:
    env = {"MASTODON_API_URL": bot_api.url, "MASTODON_ACCESS_TOKEN": "wrong"}
    board.build(ml=AI_ROLE)
    board.run(env=env)
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(401, {"error": "The access token is invalid"}, {})]
    result, out = board.run(env=env)
    assert result.exit_code == 1
    lines = out.splitlines()
    assert lines[0] == "Telegram @testboard_ai: TELEGRAM_BOT_TOKEN is not set; 1 role(s) stay pending for the next run"
    assert lines[1].endswith("Mastodon refused with 401 (The access token is invalid): check the MASTODON_ACCESS_TOKEN "
                             "secret (scope write:statuses); 1 role(s) stay pending for the next run")


# --- more of the retry policy and the state file ----------------------------------------------------------------

def test_a_400_for_one_channel_leaves_the_others_to_go_ahead(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"},
                chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    bot_api.script = [(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, {})]
    result, out = board.run()
    assert result.exit_code == 1 and out.splitlines()[0] == (
        "Telegram @testboard_ai: Telegram refused with 400 (Bad Request: chat not found): check the category's "
        "telegram link in site.yaml and that the bot is in the channel; 1 role(s) stay pending for the next run")
    assert [b["chat_id"] for b in sent(bot_api)] == ["@testboard_ai", "@testboard_web3"]
    assert result.messages == 1 and result.pending == 1


def test_an_api_url_the_library_will_not_send_stops_the_whole_target_in_one_line(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"},
                chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    # http.client refuses a space in the path; its message quotes the URL, token included.
    result, out = board.run(env={"TELEGRAM_API_URL": bot_api.url + "/a b", "TELEGRAM_BOT_TOKEN": TOKEN})
    assert result.exit_code == 1 and out.splitlines()[:2] == [
        "Telegram @testboard_ai: the request could not be made (InvalidURL); check the service's variables; "
        "1 role(s) stay pending for the next run",
        "Telegram @testboard_web3: not tried after the error above; 1 role(s) stay pending for the next run"]
    assert TOKEN not in out and bot_api.requests == [] and result.pending == 2


def test_no_answer_at_all_is_retried_like_a_5xx(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    closed = ThreadingHTTPServer(("127.0.0.1", 0), BotAPI)
    port = closed.server_address[1]
    closed.server_close()  # nothing listens there any more
    result, out = board.run(env={"TELEGRAM_API_URL": f"http://127.0.0.1:{port}", "TELEGRAM_BOT_TOKEN": TOKEN})
    assert result.exit_code == 1 and board.sleeps == [2.0, 4.0, 8.0]
    assert "Telegram @testboard_ai: no answer (" in out and "after 4 attempts; 1 role(s) stay pending" in out


def test_mastodon_429_waits_its_retry_after_header(board, bot_api) -> None:
    env = {"MASTODON_API_URL": bot_api.url, "MASTODON_ACCESS_TOKEN": "masto-secret"}
    board.build(ml=AI_ROLE)
    board.run(env=env)
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    bot_api.script = [(429, {"error": "Too many requests"}, {"Retry-After": "9"})]
    board.run(env=env)
    statuses = [body for path, _, body in bot_api.requests if path == "/api/v1/statuses"]
    assert len(statuses) == 2 and statuses[0] == statuses[1] and board.sleeps == [9.0]


PAST = "Wed, 21 Oct 2015 07:28:00"


@pytest.mark.parametrize(("target", "body", "headers", "wait"), [
    (Telegram, {"parameters": {"retry_after": 7}}, {"Retry-After": "30"}, 7.0),  # the Bot API's own field first
    (Telegram, {"parameters": {"retry_after": "7"}}, {}, 7.0),
    (Telegram, {"parameters": {"retry_after": "soon"}}, {"Retry-After": "4"}, 4.0),
    (Telegram, {"parameters": {"retry_after": -5}}, {}, 1.0),  # time.sleep(-5) would raise
    (Telegram, {"parameters": [7]}, {}, 1.0),
    (Telegram, {"parameters": {"retry_after": float("nan")}}, {"Retry-After": "later"}, 1.0),
    (Mastodon, {}, {"Retry-After": "12"}, 12.0),
    (Mastodon, {}, {"Retry-After": f"{PAST} GMT"}, 1.0),  # a date in the past: a short wait, not a negative one
    (Mastodon, {}, {"Retry-After": f"{PAST} -0000"}, 1.0),  # a date without a zone: UTC, not a TypeError
    (Mastodon, {}, {"Retry-After": "soon", "X-RateLimit-Reset": "2015-10-21T07:28:00.327347Z"}, 1.0),
    (Mastodon, {}, {"X-RateLimit-Reset": "2015-10-21T07:28:00"}, 1.0),
    (Mastodon, {}, {"X-RateLimit-Reset": "in a while"}, 60.0),
    (Mastodon, {}, {}, 60.0),
])
def test_a_429_with_a_garbled_or_odd_wait_waits_a_default_and_never_crashes(target, body: dict, headers: dict,
                                                                           wait: float) -> None:
    env = {"MASTODON_API_URL": "https://mastodon.example", "MASTODON_ACCESS_TOKEN": "t0ken",
           "TELEGRAM_BOT_TOKEN": TOKEN}
    assert target(env).retry_after(Reply(429, headers, json.dumps(body).encode())) == wait


@pytest.mark.parametrize("target", [Telegram, Mastodon])
def test_an_answer_that_is_not_json_is_read_by_its_status_and_headers(target) -> None:
    """A proxy or load balancer in front of the API answers with its own HTML page: the wait comes from its
    Retry-After header and the refusal names the status, where a JSON parse error would end the run."""
    env = {"MASTODON_API_URL": "https://mastodon.example", "MASTODON_ACCESS_TOKEN": "t0ken",
           "TELEGRAM_BOT_TOKEN": TOKEN}
    page = b"<html><body>502 Bad Gateway</body></html>"
    assert target(env).retry_after(Reply(429, {"Retry-After": "5"}, page)) == 5.0
    assert "refused with 502 (HTTP 502)" in str(target(env).refusal(Reply(502, {}, page)))


def test_a_mastodon_429_waits_until_its_rate_limit_resets(board, bot_api) -> None:
    env = {"MASTODON_API_URL": bot_api.url, "MASTODON_ACCESS_TOKEN": "masto-secret"}
    board.build(ml=AI_ROLE)
    board.run(env=env)
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    reset = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)).isoformat().replace("+00:00", "Z")
    bot_api.script = [(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": reset})]  # Mastodon's shape
    result, out = board.run(env=env)
    assert result.exit_code == 1 and board.sleeps == []
    assert re.search(r"^Mastodon 127\.0\.0\.1:\d+: rate limited \(mastodon asks to wait 7[12]\d\d s\); 1 role",
                     out, re.MULTILINE), out


def test_roles_gone_from_the_site_are_forgotten_after_90_days(board, bot_api) -> None:
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    board.run()
    Path("content/jobs/acme/vision.md").unlink()  # vision leaves the site
    board.build(ml=AI_ROLE)
    vision = "tag:board.example,2026-11-20:jobs/acme/vision"
    board.run(now=LATER + dt.timedelta(days=89))
    assert vision in state_of(board.state)["telegram:@testboard_ai"]
    board.run(now=LATER + dt.timedelta(days=91))
    assert list(state_of(board.state)["telegram:@testboard_ai"]) == ["tag:board.example,2026-11-20:jobs/acme/ml"]


# --- hostile environment and state (review findings 1 and 2) -----------------------------------------------------

SECRET = "123456:SECRET-do-not-print"


@pytest.mark.parametrize("variable, token", [
    ("TELEGRAM_BOT_TOKEN", SECRET + "\n"), ("TELEGRAM_BOT_TOKEN", SECRET + " "), ("TELEGRAM_BOT_TOKEN", " " + SECRET),
    ("TELEGRAM_BOT_TOKEN", "123456:SECRET do-not-print"), ("MASTODON_ACCESS_TOKEN", SECRET + "\n"),
    ("MASTODON_ACCESS_TOKEN", SECRET + "\r\nX-Evil: 1")])
def test_a_malformed_token_is_one_line_exit_1_and_never_printed(board, bot_api, variable: str, token: str) -> None:
    board.build(ml=AI_ROLE)
    env = {**board.env, "MASTODON_API_URL": bot_api.url}
    assert cli(["--site", "site", "--state", str(board.state)], env).exit_code == 0
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    result = CliRunner().invoke(main, ["announce", "--site", "site", "--state", str(board.state)],
                                env={**env, variable: token})
    shown = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code == 1, shown
    assert "SECRET" not in shown and "do-not-print" not in shown and "Traceback" not in shown
    assert f"{variable} is malformed" in shown
    broken = "/api/v1/statuses" if variable == "MASTODON_ACCESS_TOKEN" else f"/bot{TOKEN}/sendMessage"
    assert [path for path, _, _ in bot_api.requests if path != broken] == [path for path, _, _ in bot_api.requests]
    if variable == "TELEGRAM_BOT_TOKEN":  # nothing went out with a broken URL
        assert bot_api.requests == [] and "Telegram @testboard_ai: TELEGRAM_BOT_TOKEN is malformed" in shown


def test_a_malformed_token_in_a_real_process_prints_no_traceback_and_no_token(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    env = {**os.environ, "PYTHONPATH": str(REPO), **board.env, "TELEGRAM_BOT_TOKEN": SECRET + "\n"}
    run = subprocess.run([sys.executable, "-m", "generator.cli", "announce", "--site", "site", "--state",
                          str(board.state)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "SECRET" not in run.stdout + run.stderr and "Traceback" not in run.stdout + run.stderr


def test_an_unexpected_error_in_announce_is_one_line_without_the_tokens(board, bot_api, monkeypatch) -> None:
    board.build(ml=AI_ROLE)
    board.run()
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})

    def broken(request):
        raise RuntimeError(f"cannot reach {request.full_url}")  # a bug that quotes the URL, token included

    monkeypatch.setattr("generator.announce.targets.post", broken)
    env = {**board.env, "TELEGRAM_BOT_TOKEN": SECRET}
    result = cli(["--site", "site", "--state", str(board.state)], env)
    assert result.exit_code == 2 and "SECRET" not in result.output and "Traceback" not in result.output
    assert "jobsite announce stopped on an internal error (RuntimeError: cannot reach" in result.output
    assert "/bot***/sendMessage" in result.output


def test_a_state_file_with_invalid_utf8_is_one_line_exit_1(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.state.write_bytes(b'{"version": 1, "channels": {"\xff": {}}}')
    result = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == [] and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {board.state}: not an announce state file (not UTF-8")
    assert len(result.output.splitlines()) == 1


def test_a_state_file_nested_deeper_than_the_decoder_goes_is_one_line_exit_1(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    board.state.write_text('{"version": 1, "channels": ' + "[" * 100_000)
    result = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == [] and "Traceback" not in result.output
    assert result.output == f"Error: {board.state}: not an announce state file (maximum recursion depth exceeded " \
        "while decoding a JSON array from a unicode string); fix or remove it (removing it makes the next run a " \
        "first run, which sends nothing)\n"


@pytest.mark.parametrize("at", ["2026-11-26T12:00:00", "2026-11-26", 20261126, None])
def test_a_state_timestamp_without_a_time_zone_is_refused_before_sending(board, bot_api, at) -> None:
    board.build(ml=AI_ROLE, vision={**AI_ROLE, "title": "Computer Vision Engineer"})
    board.state.write_text(json.dumps({"version": 1, "channels": {"telegram:@testboard_ai": {
        "tag:board.example,2026-11-20:jobs/acme/ml": {"at": at, "as": "first-run"}}}}))
    result = cli(["--site", "site", "--state", str(board.state)], board.env)
    assert result.exit_code == 1 and bot_api.requests == [], result.output
    assert f"{board.state}: not an announce state file" in result.output and "Traceback" not in result.output


def test_state_entries_must_be_objects_with_both_keys(board, bot_api) -> None:
    board.build(ml=AI_ROLE)
    for channels in ({"telegram:@x": []}, {"telegram:@x": {"id": "x"}},
                     {"telegram:@x": {"id": {"at": "2026-11-26T12:00:00Z"}}}):
        board.state.write_text(json.dumps({"version": 1, "channels": channels}))
        result = cli(["--site", "site", "--state", str(board.state)], board.env)
        assert result.exit_code == 1 and "not an announce state file" in result.output, result.output


def test_a_long_title_is_cut_so_the_mastodon_status_fits_exactly() -> None:
    role = Role(id="tag:x", title="Robotics Engineer " * 40, company="Acme Robotics", url="https://board.example/j/",
                place="Berlin, Germany", workplace="On-site", pay=None, pay_estimated=False, category_id="robotics",
                category="Robotics", posted=dt.date(2026, 11, 20), closes=None)
    status = mastodon_message(role)
    assert len(status) == MASTODON_LIMIT and status.split("\n")[0].endswith("…")  # every character used, none over


def test_a_message_is_exactly_its_lines_and_a_role_without_pay_or_offers_has_no_empty_one() -> None:
    role = Role(id="tag:x", title="Robotics Engineer", company="Acme Robotics", url="https://board.example/j/",
                place="Berlin, Germany", workplace="On-site", pay="€80,000 – €90,000 a year", pay_estimated=False,
                category_id="robotics", category="Robotics", posted=dt.date(2026, 11, 20), closes=None)
    assert telegram_message(role) == ("<b>Robotics Engineer</b> at Acme Robotics\nBerlin, Germany · On-site\n"
                                      "Pay: €80,000 – €90,000 a year\n"
                                      '<a href="https://board.example/j/">https://board.example/j/</a>')
    remote = dataclasses.replace(role, place="Remote (Europe)", workplace="Remote", pay=None)
    assert telegram_message(remote) == ("<b>Robotics Engineer</b> at Acme Robotics\nRemote (Europe)\n"
                                        '<a href="https://board.example/j/">https://board.example/j/</a>')
    assert mastodon_message(remote) == ("New Robotics role: Robotics Engineer at Acme Robotics\nRemote (Europe)\n"
                                        "https://board.example/j/")


@pytest.mark.parametrize("pay, estimated, line", [
    ("$120,000 – $150,000 a year", False, "Pay: $120,000 – $150,000 a year"),
    ("$95,000 – $130,000 a year", True,
     "Estimated pay: $95,000 – $130,000 a year (our estimate; the employer gives no range)"),
    ("CHF 8.500 – 9.000 a month", False, "Pay: CHF 8.500 – 9.000 a month"),
    ("€4,500 & up <b>", False, "Pay: €4,500 &amp; up &lt;b&gt;"),
])
def test_our_pay_and_offers_lines_are_plain_html_with_no_invisible_breaks(pay: str, estimated: bool,
                                                                         line: str) -> None:
    """Values from a posting get zero-width spaces that stop Telegram linking them; our own words and figures do
    not: '$120,000' copied from the message is the figure, not '$' + an invisible character."""
    role = Role(id="tag:x", title="ML Engineer @acme", company="Acme.io", url="https://board.example/j/",
                place="Berlin, Germany", workplace="On-site", pay=pay, pay_estimated=estimated,
                category_id="ai", category="AI", posted=dt.date(2026, 11, 20), closes=None,
                offers="Time zones UTC−8 to UTC−3 · Visa sponsorship · Relocation")
    zw = "\u200b"
    assert telegram_message(role) == (f"<b>ML Engineer @{zw}acme</b> at Acme.{zw}io\nBerlin, Germany · On-site\n"
                                      f"{line}\nTime zones UTC−8 to UTC−3 · Visa sponsorship · Relocation\n"
                                      '<a href="https://board.example/j/">https://board.example/j/</a>')
    assert mastodon_message(role).splitlines()[2:4] == [line.replace("&amp;", "&").replace("&lt;", "<")
                                                        .replace("&gt;", ">"),
                                                        "Time zones UTC−8 to UTC−3 · Visa sponsorship · Relocation"]


def test_a_digest_cut_at_any_length_stays_within_the_budget_with_its_more_line() -> None:
    """Whatever the titles' length, the '…and N more' line fits inside the budget the lines were counted in."""
    board = Board("Test Board", "https://board.example/", ())
    for size in range(20, 120):
        roles = [Role(id=f"tag:{i}", title="R" * size, company="Acme", url=f"https://board.example/j/{i}/",
                      place="Berlin, Germany", workplace="On-site", pay=None, pay_estimated=False,
                      category_id="robotics", category="Robotics", posted=dt.date(2026, 11, 20), closes=None)
                 for i in range(150)]
        digest = telegram_digest(roles, board, "robotics", "Robotics")
        assert " more\n" in digest and len(digest) <= TELEGRAM_BUDGET, size
        # The heading, a blank line, the roles; a blank line, then the category's page.
        assert digest.startswith("<b>150 new Robotics roles on Test Board</b>\n\n• <a href=")
        listed = digest.splitlines()[2:-2]  # a line each, then how many more
        assert all(line.startswith("• <a href=") for line in listed[:-1]) and listed[-1].startswith("…and ")
        assert digest.endswith(' more\n\n<a href="https://board.example/categories/robotics/">All Robotics roles</a>')


# --- the run's tally and the state file's rules, written out ---------------------------------------------------

def test_a_runs_tally_counts_roles_and_channels_not_messages(board, bot_api) -> None:
    """The first run counts each role once whatever channels carry it (Mastodon is a channel as soon as its URL
    is set); later summaries count roles announced and roles left pending, a digest's roles and a failure's
    unsent ones included."""
    env = {**board.env, "MASTODON_API_URL": bot_api.url}  # no Mastodon token: its roles stay pending later
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"})
    assert board.run(env=env)[1].startswith("First run: recorded 2 open role(s) for 3 channel(s)")
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"}, **new_roles(3))
    result, out = board.run(threshold=2)
    assert out.splitlines()[-1] == "Sent 1 message(s) announcing 3 role(s); 0 role(s) pending."
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"}, **new_roles(5))
    bot_api.script = [(200, None, {}), (400, {"ok": False, "error_code": 400, "description": "Bad Request"}, {})]
    result, out = board.run()  # role-3 is sent, role-4 refused: only role-4 stays pending
    assert (result.messages, result.announced, result.pending) == (1, 1, 1)
    assert out.splitlines()[-1] == "Sent 1 message(s) announcing 1 role(s); 1 role(s) pending."
    board.build(ml=AI_ROLE, chain={**AI_ROLE, "title": "Solidity Engineer", "category": "web3"}, **new_roles(6))
    bot_api.script = [(401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, {})]
    result, out = board.run(env=env)  # the first send fails for the whole bot: both AI roles and Mastodon's 6 wait
    assert out.splitlines()[0].endswith("2 role(s) stay pending for the next run")
    assert out.splitlines()[1].startswith(f"Mastodon 127.0.0.1:{bot_api.server_address[1]}: MASTODON_ACCESS_TOKEN")
    assert out.splitlines()[1].endswith("6 role(s) stay pending for the next run")
    assert out.splitlines()[-1] == "Sent 0 message(s) announcing 0 role(s); 8 role(s) pending."


def test_the_documented_digest_threshold_is_the_one_used() -> None:
    docs = (REPO / "docs" / "announce.md").read_text(encoding="utf-8")
    (row,) = [line for line in docs.splitlines() if line.startswith("| `--digest-threshold N`")]
    assert row.endswith(f"(default {DIGEST_THRESHOLD}) |") and DIGEST_THRESHOLD == 10
    assert AnnounceOptions("site", Path("state.json")).digest_threshold == DIGEST_THRESHOLD


@pytest.mark.parametrize(("data", "reason"), [
    (b'{"version": 2, "channels": {}}', "expected version 1 with a 'channels' object"),
    (b'{"version": 1, "channels": []}', "expected version 1 with a 'channels' object"),
    (b'{"version": 1, "channels": {"telegram:@x": {"id": {"at": "2026-11-26T12:00:00Z", "as": "sent"}}}}',
     "unknown 'as' value 'sent'"),
    (b'{"version": 1, "channels": {"telegram:@x": {"id": {"at": "2026-11-26T12:00:00", "as": "message"}}}}',
     "'at' time '2026-11-26T12:00:00' has no time zone"),
    (b'{"version": 1, "channels": {"telegram:@x": {"id": {"at": 5, "as": "message"}}}}',
     "each entry needs an 'at' time and an 'as' kind"),
])
def test_an_announce_state_file_is_refused_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(data)
    with pytest.raises(AnnounceError) as refused:
        load_state(path)
    assert str(refused.value).startswith(f"{path}: not an announce state file ({reason}")


def test_a_state_path_that_cannot_be_read_is_one_error_naming_why(tmp_path: Path) -> None:
    with pytest.raises(AnnounceError) as refused:
        load_state(tmp_path)  # a folder
    assert str(refused.value) == f"{tmp_path}: Is a directory"
    assert load_state(tmp_path / "missing.json").existed is False


def test_state_times_are_utc_and_a_gone_role_is_kept_90_days_to_the_second(tmp_path: Path) -> None:
    berlin = dt.timezone(dt.timedelta(hours=1))
    now = dt.datetime(2026, 11, 26, 13, 5, tzinfo=berlin)
    assert timestamp(now) == "2026-11-26T12:05:00Z" and FORGET_AFTER == dt.timedelta(days=90)
    state = State(tmp_path / "state.json")
    state.record("telegram:@x", ["gone", "live"], "message", now)
    save_state(state)
    again = load_state(state.path)
    entry = {"at": "2026-11-26T12:05:00Z", "as": "message"}
    assert again.existed and again.announced("telegram:@x") == {"gone": entry, "live": entry}
    again.forget_gone({"live"}, now + FORGET_AFTER)  # exactly 90 days: still kept
    assert list(again.announced("telegram:@x")) == ["gone", "live"]
    again.forget_gone({"live"}, now + FORGET_AFTER + dt.timedelta(seconds=1))
    assert list(again.announced("telegram:@x")) == ["live"]
