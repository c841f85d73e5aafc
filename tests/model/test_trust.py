"""Trust checks: scam wording, chat and off-domain apply links, copies; verified apply links; report links.

One content tree of hidden-posting style fixtures (suspicious postings and innocent controls) is checked once
per mode; each suspicious file must get exactly its finding at the offending line, and no control any.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from array import array
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from generator.check import check_content
from generator.config import make_options
from generator.load.trust_scan import (
    MIN_WORDS,
    SKETCH_BINS,
    DescriptionFacts,
    densify,
    load_trust_rules,
    phrase_pattern,
    scan_description,
    similarity,
    sketch,
)
from generator.model import trust
from generator.model.apply_links import ats_board, registrable_domain

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, write_tree

REPOSITORY = "https://github.com/acme-jobs/board"
# A realistic description, long enough to be compared with others (MIN_WORDS), told apart by its sentences.
STORY = ("Acme builds robots that fold laundry in hotels and hospitals across Europe. You will join the "
         "perception team and own the grasp planner from data collection to the robot on the floor. You will "
         "work with mechanical engineers on gripper design, write ROS 2 nodes in modern C++, and measure every "
         "change against our benchmark of three thousand garments. We ship to customers every two weeks and "
         "you will visit a customer site once a quarter to watch the robots at work with the people who use "
         "them.\n\n## What you bring\n\n- Several years of writing perception or manipulation software that "
         "runs on real hardware, not only in simulation.\n- Comfort with point clouds, camera calibration and "
         "the failure modes of depth sensors in bright rooms.\n- Care for tests, code review and the on-call "
         "rotation that keeps forty robots folding through the night.\n\n## How we work\n\nThe team is "
         "eleven engineers in Berlin and Lisbon. We write design notes before large changes, pair on hard "
         "bugs, and keep meetings to two mornings a week. Everyone spends a day a month on the floor of a "
         "customer's laundry, because the best ideas for the planner have come from the people who fold by "
         "hand. We offer a pension plan, private health insurance, a yearly budget for conferences and "
         "books, and thirty days of paid leave. Interviews are a call with the hiring manager, a design "
         "conversation about a problem we solved last year, and a visit to the lab to meet the team.\n")
EDITED = (STORY.replace("Acme builds", "Beta builds").replace("thirty days", "thirty-two days")
          .replace("hospitals across Europe", "hospitals all across Europe"))
OTHER = ("Beta makes drones that inspect wind turbines offshore. The flight software team writes Rust for "
         "the autopilot and Python for the ground station, and flies a test drone every Friday in the harbour. "
         "You will design the state estimator, tune it in simulation, and review every flight log with the "
         "pilots. Beta has fifteen people in Hamburg, a workshop on the pier and a boat.\n")

SUSPICIOUS_BODIES = {  # file → (description, the words expected quoted, the kind of ask)
    "code-clone": ("For the take-home, clone our repo and run npm install, then send us the output.\n",
                   "clone our repo and run npm install", "code"),
    "code-script": ("We use a short exercise.\n\nPlease run this script as part of the interview.\n",
                    "run this script", "code"),
    "money-deposit": ("Great pay.\n\nNew hires pay a refundable deposit for their laptop.\n",
                      "pay a refundable deposit", "money"),
    "money-wallet": ("The test task unlocks when you connect your wallet on our portal.\n",
                     "connect your wallet", "money"),
    "money-seed": ("To verify your identity, share your seed phrase with the recruiter.\n",
                   "share your seed phrase", "money"),
    "money-fee": ("A training fee of 50 USDT is due in the first week.\n", "training fee", "money"),
    "money-send-eth": ("Before the interview, send 0.1 ETH to cover onboarding.\n", "send 0.1 ETH", "money"),
}
CONTROL_BODIES = {
    "control-fees": "We never charge candidates a fee, and there is no application fee.\n",
    "control-npm": "You will publish npm packages and maintain our SDK.\n",
    "control-wallet": "You will build wallet infrastructure for millions of users.\n",
    "control-never": "We will never ask you to send crypto, connect your wallet or share a seed phrase.\n",
    "control-covered": "We cover visa fees and pay for your equipment.\n",
    "control-story": STORY,
}
SUSPICIOUS_LINKS = {  # file → (apply_url, what the finding says about it)
    "link-off-domain": ("https://jobs-apply.net/acme/123", "the link goes to jobs-apply.net, which is neither "
                        "acme.example (the website in companies/acme.md) nor a known applicant-tracking system"),
    "link-telegram": ("https://t.me/acme_hr", "t.me is Telegram, a messaging app"),
    "link-telegram-me": ("https://telegram.me/acme_hr", "telegram.me is Telegram, a messaging app"),
    "link-whatsapp": ("https://wa.me/15551234567", "wa.me is WhatsApp, a messaging app"),
    "link-whatsapp-chat": ("https://chat.whatsapp.com/AbCdEf", "chat.whatsapp.com is WhatsApp, a messaging app"),
    "link-discord": ("https://discord.gg/acme", "discord.gg is Discord, a messaging app"),
    "link-signal": ("https://signal.me/#p/+15551234567", "signal.me is Signal, a messaging app"),
    # A host listed by itself, whose registrable domain (qq.com) is no chat app.
    "link-wechat": ("https://weixin.qq.com/r/acme", "weixin.qq.com is WeChat, a messaging app"),
}
CONTROL_LINKS = {  # file → apply_url: none is flagged
    "link-own-site": "https://acme.example/careers/perception",
    "link-subdomain": "https://jobs.acme.example/perception",
    "link-greenhouse": "https://boards.greenhouse.io/acme/jobs/4001",
    "link-greenhouse-new": "https://job-boards.greenhouse.io/acme/jobs/4002",
    "link-other-board": "https://jobs.lever.co/someone-else/abc",  # a known ATS: not flagged, not verified
    "link-workable": "https://apply.workable.com/acme/j/ABC123/",
}
ASKS = {
    "money": ("asks candidates for money or crypto", "the board refuses postings that charge applicants or ask them "
              "to send crypto, connect a wallet or share keys: remove it"),
    "code": ("asks candidates to run the employer's code", "fake take-home tests install malware this way: give a "
             "task candidates do in their own setup, or remove it"),
}
VERIFIED = {"link-own-site", "link-subdomain", "link-greenhouse", "link-greenhouse-new"}
NOT_VERIFIED = {"link-other-board", "link-workable", "link-off-domain", "link-telegram"}


def posting(slug: str, **changes: object) -> dict:
    return {**POSTING, "title": slug.replace("-", " ").title(), "apply_url": f"https://acme.example/{slug}",
            **changes}


def trust_tree(mode: str | None, repository: bool = False) -> dict[str, str | bytes]:
    site = {**SITE, **({"trust_checks": mode} if mode else {}), **({"repository": REPOSITORY} if repository else {})}
    tree = basic_tree()
    del tree["jobs/acme/senior-robotics-engineer.md"]
    tree["site.yaml"] = yaml.safe_dump(site, sort_keys=False)
    tree["companies/acme.md"] = front_matter({**COMPANY, "ats": ["greenhouse:acme"]}, "Acme builds robots.\n")
    tree["companies/beta.md"] = front_matter({**COMPANY, "name": "Beta Drones", "website": "https://beta.example"},
                                             "Beta builds drones.\n")
    for name, (body, _, _) in SUSPICIOUS_BODIES.items():
        tree[f"jobs/acme/{name}.md"] = front_matter(posting(name), body)
    for name, body in CONTROL_BODIES.items():
        tree[f"jobs/acme/{name}.md"] = front_matter(posting(name), body)
    for name, (url, _) in SUSPICIOUS_LINKS.items():
        tree[f"jobs/acme/{name}.md"] = front_matter(posting(name, apply_url=url))
    for name, url in CONTROL_LINKS.items():
        tree[f"jobs/acme/{name}.md"] = front_matter(posting(name, apply_url=url))
    # Copies under another company, posted later: the description slightly edited, and Acme's apply link.
    later = dt.date(2026, 11, 10)
    tree["jobs/beta/copied-story.md"] = front_matter(
        posting("copied-story", company="beta", apply_url="https://beta.example/jobs/1", posted=later), EDITED)
    tree["jobs/beta/other-story.md"] = front_matter(
        posting("other-story", company="beta", apply_url="https://beta.example/jobs/2", posted=later), OTHER)
    tree["jobs/beta/same-link.md"] = front_matter(
        posting("same-link", company="beta", apply_url="https://acme.example/careers/perception/", posted=later))
    return tree


def position(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """1-based line and column of the first `needle` in a file's text (after the last `after`: the body)."""
    index = text.index(needle, text.rindex(after) if after else 0)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def expected_findings(tree: dict[str, str | bytes], level: str) -> list[str]:
    def at(rel: str, needle: str, message: str, body: bool = False) -> str:
        line, col = position(str(tree[rel]).lower(), needle.lower(), after="---\n" if body else "")
        return f"content/{rel}:{line}:{col}: {level}: {message}"

    found = []
    for name, (_, quote, kind) in SUSPICIOUS_BODIES.items():
        what, fix = ASKS[kind]
        found.append(at(f"jobs/acme/{name}.md", quote, f'the description {what} ("{quote}"): {fix}', body=True))
    for name, (url, words) in SUSPICIOUS_LINKS.items():
        fix = ("link to the company's own site or its ATS board, or fix the company's website"
               if "neither" in words else "the board refuses postings that move candidates to chat; link to the "
                                          "company's application page")
        found.append(at(f"jobs/acme/{name}.md", url, f"apply_url: {words}: {fix}"))
    # The share is checked by the next test.
    found.append(at("jobs/beta/copied-story.md", "Beta builds", "the description is 9", body=True))
    found.append(at("jobs/beta/same-link.md", "https://acme", "apply_url: the same link as "
                    "content/jobs/acme/link-own-site.md, a posting of Acme Robotics: one application page belongs "
                    "to one employer; check which company this role is at"))
    found.append(at("jobs/beta/same-link.md", "https://acme", "apply_url: the link goes to acme.example, which is "
                    "neither beta.example (the website in companies/beta.md) nor a known applicant-tracking "
                    "system: link to the company's own site or its ATS board, or fix the company's website"))
    return sorted(found)


def run_check(root: Path, files: dict[str, str | bytes]) -> list[str]:
    write_tree(root / "content", files)
    options = make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK)
    return [p.format().replace(f"{root}/", "") for p in check_content(options)]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict, list[str]]]:
    """The fixture tree checked in each mode (default, error, off): {mode: (tree, report lines)}."""
    out = {}
    for mode in ("default", "error", "off"):
        tree = trust_tree(None if mode == "default" else mode)
        out[mode] = (tree, run_check(tmp_path_factory.mktemp(mode), tree))
    return out


def _comparable(lines: list[str]) -> list[str]:
    # The copy's share is an estimate (MinHash): compare its message up to the first digit of the percentage.
    return sorted(re.sub(r"(is 9)\d%.*", r"\1", line) for line in lines)


def test_each_suspicious_posting_gets_its_finding_at_its_line_and_no_control_gets_one(checked) -> None:
    tree, lines = checked["default"]
    assert _comparable(lines) == expected_findings(tree, "warning")


def test_the_copy_names_the_original_and_how_much_is_the_same(checked) -> None:
    _, lines = checked["default"]
    (copy,) = [line for line in lines if "copied-story" in line]
    assert re.search(r"the description is 9\d% the same as content/jobs/acme/control-story\.md, a posting of "
                     r"Acme Robotics: a copied posting is a common scam", copy)


def test_a_company_may_reuse_its_own_text_and_repost_a_closed_role(tmp_path: Path) -> None:
    """Copies are of another company's text, duplicates of a role still open: neither finding here."""
    tree = trust_tree(None)
    tree = {k: v for k, v in tree.items() if not k.startswith("jobs/")}
    tree["jobs/acme/perception.md"] = front_matter(posting("perception", posted=dt.date(2026, 11, 1),
                                                           closed=dt.date(2026, 11, 5)), STORY)
    tree["jobs/acme/perception-again.md"] = front_matter(posting("perception", posted=dt.date(2026, 11, 12)),
                                                         STORY.replace("thirty days", "thirty-two days"))
    tree["jobs/acme/grasping.md"] = front_matter(posting("grasping", posted=dt.date(2026, 11, 14)),
                                                 STORY.replace("hospitals across Europe", "hospitals in Spain"))
    findings = [line for line in run_check(tmp_path, tree) if "content/jobs/" in line]
    assert findings == []


def test_a_copy_of_a_text_a_company_used_twice_names_its_oldest_posting(tmp_path: Path) -> None:
    tree = {k: v for k, v in trust_tree(None).items() if not k.startswith("jobs/")}
    tree["jobs/acme/perception.md"] = front_matter(posting("perception", posted=dt.date(2026, 11, 1)), STORY)
    tree["jobs/acme/grasping.md"] = front_matter(posting("grasping", posted=dt.date(2026, 11, 5)), STORY)
    tree["jobs/beta/planning.md"] = front_matter(posting("planning", company="beta", posted=dt.date(2026, 11, 10),
                                                         apply_url="https://beta.example/jobs/1"), STORY)
    (copy,) = [line for line in run_check(tmp_path, tree) if "content/jobs/" in line]
    assert copy.startswith("content/jobs/beta/planning.md:") and "the same as content/jobs/acme/perception.md" in copy


def test_a_text_that_shares_most_but_not_nine_tenths_of_another_companys_is_no_copy(tmp_path: Path) -> None:
    """Pairs of 80 % meet in a MinHash band almost always: only the measured share may call them a copy."""
    sentences = STORY.split(". ")
    partly = ". ".join([*sentences[:-2], "Beta flies drones over wind farms, and you will write their autopilot"])
    assert 0.75 < similarity(sketch(STORY.lower()), sketch(partly.lower())) < 0.85
    tree = {k: v for k, v in trust_tree(None).items() if not k.startswith("jobs/")}
    tree["jobs/acme/perception.md"] = front_matter(posting("perception"), STORY)
    tree["jobs/beta/planning.md"] = front_matter(posting("planning", company="beta", posted=dt.date(2026, 11, 10),
                                                         apply_url="https://beta.example/jobs/1"), partly)
    assert [line for line in run_check(tmp_path, tree) if "content/jobs/" in line] == []


def test_links_differing_in_their_query_are_two_jobs_and_a_title_in_other_capitals_is_one(tmp_path: Path) -> None:
    """Boards tell jobs apart by the query (?gh_jid=1, ?gh_jid=2); a title's capitals do not make another role."""
    tree = {k: v for k, v in trust_tree(None).items() if not k.startswith("jobs/")}
    board = "https://boards.greenhouse.io/embed/job_app?for=acme&token="
    tree["jobs/acme/perception.md"] = front_matter(posting("perception", apply_url=board + "1"))
    tree["jobs/beta/planning.md"] = front_matter(posting("planning", company="beta", apply_url=board + "2",
                                                         posted=dt.date(2026, 11, 10)))
    tree["jobs/acme/perception-lead.md"] = front_matter(posting("perception-lead", title="PERCEPTION",
                                                                posted=dt.date(2026, 11, 12)))
    findings = [line for line in run_check(tmp_path, tree) if "the same link as" in line or "duplicate" in line]
    assert len(findings) == 1 and findings[0].startswith("content/jobs/acme/perception-lead.md:"), findings


def test_each_later_duplicate_of_an_open_role_names_the_first() -> None:
    """Three open postings of one title, company and place: the second and the third are each a duplicate of
    the first (the original), not the third of the second; another place is another role."""
    acme = SimpleNamespace(slug="acme", name="Acme")
    postings, sources = [], {}
    for n, (slug, city) in enumerate([("c", "Paris"), ("a", "Paris"), ("d", "Oslo"), ("b", "Paris")]):
        path = f"content/jobs/acme/{slug}.md"
        postings.append(SimpleNamespace(source=path, posted=dt.date(2026, 11, 1 + n), company=acme,
                                        apply_url=f"https://acme.example/{slug}", title="Robotics Engineer",
                                        locations=(SimpleNamespace(label=city),), workplace="onsite", is_open=True))
        sources[path] = SimpleNamespace(path=path, trust=None,
                                        src=SimpleNamespace(path=path, body_line=9, pos=lambda key: (2, 8)))
    assert [p.format() for p in trust.board_trust(sources, postings, "warn")] == [
        f"content/jobs/acme/{slug}.md:2:8: warning: title: same title, company and location as "
        "content/jobs/acme/c.md — likely a duplicate" for slug in ("a", "b")]


def test_a_link_left_unfinished_by_jobsite_new_is_not_also_called_off_domain(tmp_path: Path) -> None:
    """`jobsite new` writes https://FILL-IN.example where the author must give a link: the placeholder warning
    says so, and comparing the unfinished link (or website) with the other one would say it a second time."""
    tree = basic_tree(**{"unfinished": {**POSTING, "apply_url": "https://FILL-IN.example/unfinished"},
                         "real": {**POSTING, "title": "Perception Engineer", "company": "beta",
                                  "apply_url": "https://beta-jobs.example/1"}})
    tree["jobs/beta/real.md"] = tree.pop("jobs/acme/real.md").replace("company: acme", "company: beta")
    tree["companies/beta.md"] = front_matter({**COMPANY, "name": "Beta", "website": "https://FILL-IN.example"})
    assert [line for line in run_check(tmp_path, tree) if "apply_url" in line or "website" in line] == [
        "content/companies/beta.md:3:10: warning: website still holds the placeholder 'FILL-IN' written by "
        "`jobsite new`: replace it with the real value",
        "content/jobs/acme/unfinished.md:14:12: warning: apply_url still holds the placeholder 'FILL-IN' written "
        "by `jobsite new`: replace it with the real value"]


def test_trust_checks_error_makes_every_finding_an_error(checked) -> None:
    tree, lines = checked["error"]
    assert _comparable(lines) == expected_findings(tree, "error")


def test_trust_checks_off_silences_them(checked) -> None:
    _, lines = checked["off"]
    assert lines == []


def test_an_unknown_mode_is_an_error_with_the_choices(tmp_path: Path) -> None:
    lines = run_check(tmp_path, trust_tree("strict"))
    assert [line for line in lines if "site.yaml" in line] == [
        "content/site.yaml:14:15: error: trust_checks: 'strict' is not valid — use one of: warn, error, off"]


# --- The description scan, one phrase at a time ------------------------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("You must first pay for the starter kit.", "You must first pay"),
    ("Candidates are required to purchase equipment from us.", "Candidates are required to purchase"),
    ("A **security deposit** is needed.", "security deposit"),
    ("İstanbul office: send 1 ETH first.", "send 1 eth"),  # İ lowers to two characters: quoted as matched
    ("Transfer 100 USDT to activate your account.", "Transfer 100 USDT"),
    ("Please enter your\nrecovery phrase in the form.", "enter your recovery phrase"),
    ("Buy two gift cards and send the codes.", "Buy two gift cards"),
    ("Training costs must be paid upfront.", "Training costs must be paid upfront"),
    ("You will never regret it: pay the deposit today.", "pay the deposit"),  # a new clause: still an ask
    # An innocent word more than 400 characters back excuses nothing, even within one long clause.
    ("We will never forget the robots we built, " + "and the teams in hotels, hospitals and warehouses, " * 8
     + "so pay the deposit today.", "pay the deposit"),
])
def test_money_asks(text: str, quote: str) -> None:
    asks = scan_description(text, 1).asks
    assert [(a.kind, a.quote) for a in asks] == [("money", quote)]


@pytest.mark.parametrize(("text", "quote"), [
    ("Clone the repository, then run it locally.", "Clone the repository, then run"),
    ("git clone it, then run `npm install` and `npm start`.", "run `npm install"),
    ("Download and run the assessment app.", "Download and run"),
    ("Execute the code on your own laptop.", "Execute the code on your own laptop"),
    ("npm install our package before the call.", "npm install our package"),
])
def test_code_asks(text: str, quote: str) -> None:
    asks = scan_description(text, 1).asks
    assert [(a.kind, a.quote) for a in asks] == [("code", quote)]


@pytest.mark.parametrize("text", [
    "There is no fee to apply.", "We reimburse the visa fee.", "Applications are free of charge.",
    "Our protocol handles deposits and withdrawals.", "You will design seed phrase backup flows.",
    "Ship the package to npm every release.", "We never require candidates to run code on their machines.",
    "Security fees on the chain are your problem to optimise.", "You will run the install of robots on site.",
    "Experience with private key management is a plus.", "We do not ask you to pay for anything.",
    "We don\u2019t require you to purchase equipment from us.",  # the apostrophe a word processor types
])
def test_innocent_mentions(text: str) -> None:
    assert scan_description(text, 1).asks == ()


def test_asks_are_positioned_in_the_file() -> None:
    asks = scan_description("Intro.\n\nSecond paragraph, then   send 1 ETH now.\n", 14).asks
    assert [(a.line, a.col) for a in asks] == [(16, 26)]


def test_the_phrase_lists_load_and_refuse_capitals() -> None:
    rules = load_trust_rules()
    assert set(rules.asks.groupindex) >= {"money", "code"}
    assert "t.me" in rules.messaging_hosts and "greenhouse.io" in rules.ats_hosts
    with pytest.raises(ValueError, match="write phrases in lower case: 'Send ETH'"):
        phrase_pattern(["send eth", "Send ETH"])
    assert phrase_pattern([r"send \d+ eth"]).search("send 5 eth")
    with pytest.raises(ValueError, match="start each phrase with plain words"):
        phrase_pattern([r"(\d+ )?eth"])


def test_the_first_word_lookahead_lets_every_phrase_start_through() -> None:
    # The lookahead (a trie of first words) must not stop a phrase that the alternation alone would match.
    pattern = phrase_pattern(["(pay|paying|payment) fee", "p deposit", "see it", "send eth", "s key"])
    for text in ("pay fee", "paying fee", "payment fee", "p deposit", "see it", "send eth", "s key"):
        assert pattern.fullmatch(text), text
    assert not pattern.search("pa fee") and not pattern.search("sen eth") and not pattern.search("prepay fee")


# --- Sketches ----------------------------------------------------------------------------------------------

def test_a_lightly_edited_copy_is_at_least_ninety_percent_the_same_and_another_text_is_not() -> None:
    a, b, c = sketch(STORY.lower()), sketch(EDITED.lower()), sketch(OTHER.lower())
    assert a and b and c
    assert similarity(a, b) >= 0.9
    assert similarity(a, c) < 0.2
    assert similarity(a, a) == 1.0


def test_empty_bins_are_filled_from_the_next_full_one_going_round() -> None:
    assert densify([-1, 5, -1, -1, 7, -1]) == [5, 5, 7, 7, 7, 5]
    assert densify([3, 1, 2]) == [3, 1, 2]


def test_the_sketch_is_the_documented_one_permutation_minhash() -> None:
    """crc32 of each three-word shingle; its top 7 bits pick one of 128 bins, the low 25 are the value; each bin
    keeps its smallest value and an empty one takes the next full one's, going round. Computed here from that
    sentence for a text with far fewer shingles than bins, so most bins are empty and the fill shows."""
    import zlib

    words = [f"w{i}" for i in range(40)]
    minima = [-1] * SKETCH_BINS
    for shingle in (" ".join(words[i:i + 3]) for i in range(len(words) - 2)):
        h = zlib.crc32(shingle.encode())
        b, value = h >> 25, h & ((1 << 25) - 1)
        minima[b] = value if minima[b] < 0 else min(minima[b], value)
    assert 0 < sum(v >= 0 for v in minima) < SKETCH_BINS / 2
    filled = [v if v >= 0 else next(minima[(i + k) % SKETCH_BINS] for k in range(1, SKETCH_BINS)
                                     if minima[(i + k) % SKETCH_BINS] >= 0) for i, v in enumerate(minima)]
    assert array("I", sketch(" ".join(words))).tolist() == filled


def test_short_descriptions_are_not_compared() -> None:
    assert sketch(" ".join(["word"] * (MIN_WORDS - 1))) is None
    assert sketch(" ".join(f"w{i}" for i in range(MIN_WORDS))) is not None


def _board(seed: int) -> tuple[list[SimpleNamespace], dict[str, SimpleNamespace]]:
    """Postings of a few companies whose sketches are families of near-copies (a few bins edited each), some
    unsketched, posted on a few days: bands shared within a family, copies found and missed."""
    rng = random.Random(seed)
    bases = [[rng.getrandbits(25) for _ in range(SKETCH_BINS)] for _ in range(8)]
    postings, sources = [], {}
    for n in range(rng.randint(20, 160)):
        bins = list(rng.choice(bases))
        for index in rng.sample(range(SKETCH_BINS), rng.choice((0, 3, 10, 40, SKETCH_BINS))):
            bins[index] = rng.getrandbits(25)
        slug = rng.choice("abcde")
        path = f"content/jobs/{slug}/role-{n}.md"
        postings.append(SimpleNamespace(source=path, posted=dt.date(2026, 11, rng.randint(1, 4)),
                                        company=SimpleNamespace(slug=slug, name=slug.upper())))
        facts = None if rng.random() < 0.05 else DescriptionFacts((), None if rng.random() < 0.05 else
                                                                  array("I", bins).tobytes())
        sources[path] = SimpleNamespace(path=path, trust=facts, src=SimpleNamespace(body_line=n % 7 + 1))
    return postings, sources


def _everyone(oldest_first: list, sources: dict) -> list:
    """The whole walk: every sketched posting bucketed, as the copy check did before it left out loners."""
    return [(p, sources[p.source], sources[p.source].trust.sketch) for p in oldest_first
            if sources[p.source].trust and sources[p.source].trust.sketch]


@pytest.mark.parametrize("seed", range(40))
def test_leaving_out_postings_that_share_no_band_finds_what_bucketing_them_all_finds(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    postings, sources = _board(seed)
    oldest_first = trust._oldest_first(postings)
    found = trust.copy_findings(oldest_first, sources, "warning")
    assert len(trust._meeting(oldest_first, sources)) < len(_everyone(oldest_first, sources))
    monkeypatch.setattr(trust, "_meeting", _everyone)
    assert found == trust.copy_findings(oldest_first, sources, "warning")
    if seed == 0:  # the boards have copies to find
        assert found


# --- Domains -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("host", "domain"), [
    ("jobs.acme.co.uk", "acme.co.uk"), ("careers.acme.com", "acme.com"), ("acme.example", "acme.example"),
    ("jobs.acme.example", "acme.example"), ("acme.github.io", "acme.github.io"),  # a private suffix: one owner
    ("boards.greenhouse.io", "greenhouse.io"),
])
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


@pytest.mark.parametrize(("url", "board"), [
    ("https://boards.greenhouse.io/acme/jobs/1", "greenhouse:acme"),
    ("https://job-boards.greenhouse.io/acme/jobs/1", "greenhouse:acme"),
    ("https://boards.greenhouse.io/embed/job_app?for=acme&token=1", "greenhouse:acme"),
    ("https://jobs.lever.co/acme/abc-123", "lever:acme"),
    ("https://jobs.ashbyhq.com/acme/abc", "ashby:acme"),
    ("https://boards.eu.greenhouse.io/acme/jobs/1", "greenhouse:acme"),  # the EU data centres' boards
    ("https://job-boards.eu.greenhouse.io/acme/jobs/1", "greenhouse:acme"),
    ("https://jobs.eu.lever.co/acme/abc-123", "lever:acme"), ("https://JOBS.LEVER.CO./acme/x", "lever:acme"),
    ("https://acme.example/careers", None), ("https://boards.greenhouse.io/", None),
    ("https://[acme/jobs", None),  # a malformed address has no host, so no board: no exception for the caller
])
def test_ats_board(url: str, board: str | None) -> None:
    assert ats_board(url) == board


# --- Verified apply links on pages, cards, jobs.json; the report link --------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture tree built (trust checks off: warnings do not stop a build either way)."""
    from generator.build import build_site

    root = tmp_path_factory.mktemp("built")
    write_tree(root / "content", trust_tree("off", repository=True))
    build_site(make_options(root / "content", root / "site", templates=REPO / "templates", clock=CLOCK))
    return root / "site"


def page(site: Path, name: str) -> str:
    return (site / "jobs" / "acme" / name / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(VERIFIED))
def test_pages_on_the_company_domain_or_its_declared_board_say_verified(built: Path, name: str) -> None:
    html = page(built, name)
    assert '<span class="badge badge-verified">Verified apply link</span>' in html
    assert ("acme.example, the company&#39;s own website" in html
            or "Greenhouse board (acme), which its company file names" in html)


@pytest.mark.parametrize("name", sorted(NOT_VERIFIED))
def test_other_pages_do_not(built: Path, name: str) -> None:
    assert "Verified apply link" not in page(built, name)


def test_cards_and_jobs_json_carry_the_same_fact(built: Path) -> None:
    listing = (built / "companies" / "acme" / "index.html").read_text(encoding="utf-8")
    for name in VERIFIED | NOT_VERIFIED:
        card = listing[listing.index(f'id="job-acme-{name}"'):]
        card = card[:card.index("</article>")]
        assert ("card-verified" in card) == (name in VERIFIED), name
    jobs = json.loads((built / "jobs.json").read_text(encoding="utf-8"))["jobs"]
    verified = {job["url"].rstrip("/").rsplit("/", 1)[-1]: job["x-apply-verified"] for job in jobs}
    assert {name for name in VERIFIED | NOT_VERIFIED if verified[name]} == VERIFIED


def test_every_posting_page_links_to_the_report_form_with_its_address(built: Path) -> None:
    html = page(built, "link-own-site")
    (href,) = re.findall(r'<a href="([^"]+)" rel="nofollow">Report this posting</a>', html)
    url = urlsplit(href.replace("&amp;", "&"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{REPOSITORY}/issues/new"
    query = parse_qs(url.query)
    assert query["template"] == ["report-posting.yml"]
    assert query["url"] == ["https://board.example/jobs/acme/link-own-site/"]
    assert query["title"] == ["Report: Link Own Site at Acme Robotics"]


def test_the_report_form_has_the_fields_the_link_fills() -> None:
    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "report-posting.yml").read_text())
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    assert fields["url"]["type"] == "input"
    assert [o.split(" (")[0] for o in fields["reason"]["attributes"]["options"]] == [
        "Scam or suspicious", "Closed", "Wrong pay", "Duplicate", "Other"]


def test_without_a_repository_there_is_no_report_link(tmp_path: Path) -> None:
    from generator.build import build_site

    write_tree(tmp_path / "content", basic_tree())
    build_site(make_options(tmp_path / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK))
    html = (tmp_path / "site/jobs/acme/senior-robotics-engineer/index.html").read_text(encoding="utf-8")
    assert "Report this posting" not in html and "issues/new" not in html
    assert "Verified apply link" in html  # conftest's posting applies on acme.example, its company's website


def test_bundled_content_has_no_trust_findings(tmp_path: Path) -> None:
    options = make_options(REPO / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK)
    site = yaml.safe_load((REPO / "content" / "site.yaml").read_text())
    assert site.get("trust_checks", "warn") != "off"
    trust_words = ("the description is", "the description asks", "apply_url:", "likely a duplicate")
    assert [p.format() for p in check_content(options) if any(w in p.message for w in trust_words)] == []


def test_a_bare_off_in_site_yaml_turns_the_checks_off(tmp_path: Path) -> None:
    # YAML 1.1 reads `off` as false; the docs tell authors to write it bare, so it must mean off.
    tree = trust_tree(None)
    tree["site.yaml"] = str(tree["site.yaml"]).replace("pay_transparency: 'off'", "pay_transparency: off")
    tree["site.yaml"] += "trust_checks: off\n"
    assert "pay_transparency: off\n" in tree["site.yaml"]
    assert run_check(tmp_path, tree) == []


@pytest.mark.parametrize(("apply_url", "ats", "verified"), [
    ("https://acme.example/jobs/1", (), "website:acme.example"),
    ("https://careers.acme.example/jobs/1", (), "website:acme.example"),
    ("https://careers.acme.example./jobs/1", (), "website:acme.example"),  # a fully qualified name's final dot
    ("https://acme.example.evil.com/jobs/1", (), None),  # a look-alike: evil.com's subdomain
    ("https://user@evil.com/acme.example", (), None),
    ("https://jobs.lever.co/acme/123", ("lever:acme",), "ats:lever:acme"),
    ("https://jobs.lever.co/Acme/123", ("lever:acme",), "ats:lever:acme"),
    ("https://jobs.lever.co/acme/123", ("lever:Acme",), "ats:lever:Acme"),  # board names ignore case both ways
    ("https://jobs.ashbyhq.com/acme/123", ("ashby:acme",), "ats:ashby:acme"),
    ("https://jobs.ashbyhq.com/acme/123", ("greenhouse:acme",), None),  # the board must be the one named
    ("https://boards.greenhouse.io/other/jobs/1", ("greenhouse:acme",), None),
])
def test_verify(apply_url: str, ats: tuple[str, ...], verified: str | None) -> None:
    from generator.model.apply_links import verify
    from generator.model.records import Company

    company = Company("acme", "Acme", "https://www.acme.example/", "seed", "Robots.", "", "", ats=ats)
    found = verify(apply_url, company)
    assert (f"{found.by}:{found.where}" if found else None) == verified


def test_a_check_of_apply_links_never_reaches_the_network_for_the_public_suffix_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The list is tldextract's bundled snapshot: the first link a check looks at neither fetches it (offline, that
    would wait for the network, and domains would follow whatever list came) nor tries to. Every connection and
    name lookup is refused and recorded here; the check still tells the domains apart, private suffixes included."""
    import socket

    from generator.model import apply_links

    attempts: list[str] = []

    def refused(name: str):
        def refuse(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[-2:] if name == 'connect' else args[:2]}")
            raise OSError(f"tests never reach another machine ({name})")
        return refuse

    monkeypatch.setattr(socket, "getaddrinfo", refused("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refused("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", refused("connect"))
    apply_links._extractor.cache_clear()  # as in a fresh process: the extractor is made by this check
    registrable_domain.cache_clear()
    try:
        found = run_check(tmp_path, basic_tree(
            own={**POSTING, "title": "Own", "apply_url": "https://jobs.acme.example/apply/1"},
            pages={**POSTING, "title": "Pages", "apply_url": "https://acme-jobs.github.io/apply"}))
    finally:
        apply_links._extractor.cache_clear()
        registrable_domain.cache_clear()
    assert attempts == []
    assert [line for line in found if "apply_url" in line] == [
        "content/jobs/acme/pages.md:14:12: warning: apply_url: the link goes to acme-jobs.github.io, which is neither "
        "acme.example (the website in companies/acme.md) nor a known applicant-tracking system: link to the "
        "company's own site or its ATS board, or fix the company's website"]


def test_the_domains_kept_between_builds_are_the_public_suffix_lists(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.base.cache import Cache
    from generator.model import apply_links

    hosts = ["jobs.acme.co.uk", "acme.github.io", "evil.github.io", "careers.acme.example", "t.me", ""]
    expected = {host: registrable_domain(host) for host in hosts}
    first = Cache(tmp_path / "cache", version="v")
    assert {host: apply_links.domain_of(host, first.domains) for host in hosts} == expected
    first.finish_build()
    # A later build reads them from the cache, not the list; one that looked up a single host keeps the others.
    monkeypatch.setattr(apply_links, "registrable_domain", lambda host: pytest.fail(f"{host} looked up again"))
    second = Cache(tmp_path / "cache", version="v")
    assert apply_links.domain_of(hosts[0], second.domains) == expected[hosts[0]]
    second.finish_build()
    third = Cache(tmp_path / "cache", version="v")
    assert {host: apply_links.domain_of(host, third.domains) for host in hosts} == expected


@pytest.mark.parametrize("text", [
    "clone our " + "-" * 3000, "clone our repo " + "-_" * 2000, "clone the " + "x- " * 2000, "pay " + "- " * 3000,
    "send " + "1." * 2000 + " eth", "no " + "a " * 3000 + "fee", "download " + "it-" * 2000 + " and run",
])
def test_hostile_descriptions_are_scanned_in_one_pass(text: str) -> None:
    # Content is untrusted. Phrases whose words and gaps could match the same characters made the engine
    # backtrack without end: "clone our" and 80 hyphens took minutes. These return at once, finding nothing.
    assert scan_description(text, 1).asks == ()


def test_a_description_of_nothing_but_asks_gets_ten_findings() -> None:
    asks = scan_description("Send 1 ETH now. " * 20_000, 1).asks
    assert len(asks) == 10 and asks[-1].col == 1 + 9 * len("Send 1 ETH now. ")


# --- Comparing again after an edit --------------------------------------------------------------------------

def _pairable_board(seed: int) -> tuple[list[SimpleNamespace], dict[str, SimpleNamespace], random.Random]:
    """`_board`'s postings with the fields the other comparisons read: a few apply links, titles and places
    shared across companies, some closed."""
    postings, sources = _board(seed)
    rng = random.Random(seed)
    for posting in postings:
        _redraw(posting, rng)
        sources[posting.source].src = SimpleNamespace(path=posting.source, body_line=1, pos=lambda path: (2, 1))
    return postings, sources, rng


def _redraw(posting: SimpleNamespace, rng: random.Random) -> None:
    posting.apply_url = rng.choice(["https://a.example/jobs/1", "https://A.example/jobs/1/", "https://b.example/x",
                                    f"https://c.example/{rng.randint(0, 9)}"])
    posting.title = rng.choice(["Robotics Engineer", "robotics engineer", "Researcher"])
    posting.locations = (SimpleNamespace(label=rng.choice(["Paris", "Oslo"])),)
    posting.workplace, posting.is_open = "onsite", rng.random() < 0.85


@pytest.mark.parametrize("seed", range(30))
def test_comparing_again_after_edits_finds_what_comparing_every_posting_finds(seed: int) -> None:
    """Edits of links, titles, places, dates, companies, open or closed and descriptions (a sketch of another
    family, a near-copy, none), one or a few at a time: what compare_again carries and walks again is what a
    whole comparison finds, finding for finding and in the order they are reported."""
    postings, sources, rng = _pairable_board(seed)
    compared = trust.compare_postings(sources, postings, "warn")
    for _ in range(8):
        edits, old_sketches = [], []
        for old in rng.sample(postings, rng.choice((1, 1, 2, 3))):
            new = SimpleNamespace(**vars(old))
            _redraw(new, rng) if rng.random() < 0.5 else None
            if rng.random() < 0.3:
                new.posted = dt.date(2026, 11, rng.randint(1, 4))
            if rng.random() < 0.2:
                new.company = SimpleNamespace(slug=(slug := rng.choice("abcde")), name=slug.upper())
            source = sources[old.source]
            old_sketches.append(source.trust.sketch if source.trust else None)
            if rng.random() < 0.5:
                other = sources[rng.choice(postings).source].trust
                sources[old.source] = SimpleNamespace(path=old.source, src=source.src, trust=other)
            postings[postings.index(old)] = new
            edits.append((old, new))
        compared = trust.compare_again(compared, sources, postings, "warn", edits, old_sketches)
        assert compared == trust.compare_postings(sources, postings, "warn")
        assert compared.problems(postings) == trust.board_trust(sources, postings, "warn")
    if seed == 0:  # the boards have findings of each kind to carry
        assert compared.links and compared.copies and compared.duplicates


def test_a_description_of_asks_gets_ten_findings_each_quoted_on_one_line_and_clipped() -> None:
    """At most MAX_ASKS (10) findings, the first ten in order, each at its file line and column; a quote is the
    words as written, on one line, at most 80 characters."""
    text = "\n".join(f"Step {i}: send {i} ETH." for i in range(1, 13))
    asks = scan_description(text, 5).asks
    assert [(a.line, a.col, a.kind, a.quote) for a in asks] == [
        (4 + i, 10 if i == 10 else 9, "money", f"send {i} ETH") for i in range(1, 11)]
    [long] = scan_description("Please send " + "-" * 90 + "\n 1 ETH now.", 1).asks
    assert (long.line, long.col, long.quote) == (1, 8, "send " + "-" * 74 + "…")


def test_a_phrase_list_that_cannot_be_read_is_refused_with_the_phrase() -> None:
    with pytest.raises(ValueError, match=r"unbalanced parentheses in '\(pay\|send deposit'"):
        phrase_pattern(["(pay|send deposit"])
    assert phrase_pattern(["(pay|send) (a )?deposit"]).fullmatch("send a deposit")


@pytest.mark.parametrize(("minima", "dense"), [
    ([-1, 5, -1, -1, 7], [5, 5, 7, 7, 7]), ([7, -1, 5, -1], [7, 5, 5, 7]), ([-1, -1, 3], [3, 3, 3]), ([1, 2], [1, 2]),
])
def test_an_empty_bin_takes_the_next_full_one_going_round(minima: list[int], dense: list[int]) -> None:
    assert densify(minima) == dense


def test_comparing_again_with_the_checks_off_finds_nothing_but_keeps_each_postings_keys() -> None:
    postings, sources, rng = _pairable_board(0)
    compared = trust.compare_postings(sources, postings, "warn")
    old = postings[0]
    new = SimpleNamespace(**{**vars(old), "apply_url": "https://z.example/new"})
    postings[0] = new
    again = trust.compare_again(compared, sources, postings, "off", [(old, new)], [None])
    assert again == trust.compare_postings(sources, postings, "off")
    assert (again.links, again.copies, again.duplicates) == ({}, {}, {})
    assert again.keys[new.source] == trust.pair_keys(new) != compared.keys[old.source]
