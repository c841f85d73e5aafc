"""/post-a-job/ in Chromium: fill the form, see messages from the board's schema, and send a file that
`jobsite check` accepts (decoded from the pull-request URL, checked in a temporary copy of the content)."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, expect

from generator.build import build_site
from generator.cli import main
from generator.config import make_options
from generator.load.files import load_content

from ..conftest import CLOCK, REPO, axe_violations, basic_tree, netlify_header_rules, serve_directory, write_tree
from ..golden.approve import approve

REPOSITORY = "https://github.com/frontier-jobs/board"
# Real days: `jobsite check` below runs on today's clock, so the role must still be open then.
EXPIRES = (dt.date.today() + dt.timedelta(days=60)).isoformat()


def copy_content(dest: Path, repository: bool) -> Path:
    content = dest / "content"
    shutil.copytree(REPO / "content", content)
    if repository:
        with (content / "site.yaml").open("a", encoding="utf-8") as site:
            site.write(f"repository: {REPOSITORY}\n")
    return content


@pytest.fixture(scope="module")
def form_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled board with `repository` set, served with netlify.toml's headers (CSP included)."""
    root = tmp_path_factory.mktemp("form")
    content = copy_content(root, repository=True)
    build_site(make_options(content, root / "site", templates=REPO / "templates", clock=CLOCK))
    url, server = serve_directory(root / "site", netlify_header_rules())
    yield url + "/post-a-job/"
    server.shutdown()


@pytest.fixture(scope="module")
def form_tab(browser: Browser) -> Iterator[Page]:
    """One context and tab for the module's `form` tests: each loads the form afresh in it (the page keeps nothing
    in storage). A context per test cost Chromium some 0.25 CPU seconds each."""
    ctx = browser.new_context()
    yield ctx.new_page()
    ctx.close()


@pytest.fixture
def form(form_tab: Page, form_url: str) -> Iterator[Page]:
    page = form_tab
    errors: list[str] = []

    def console(message) -> None:  # CSP reports land here
        if message.type == "error":
            errors.append(message.text)

    def page_error(exc) -> None:
        errors.append(str(exc))

    page.on("console", console)
    page.on("pageerror", page_error)
    page.goto(form_url)
    page.wait_for_selector("[data-post-form][data-ready]")
    yield page
    page.remove_listener("console", console)
    page.remove_listener("pageerror", page_error)
    assert errors == []


def error_for(page: Page, control_id: str) -> str:
    box = page.locator(f"#{control_id}-error")
    return box.inner_text() if box.is_visible() else ""


def fill_role(page: Page, title: str = "Senior Robot Wrangler", **extra: str) -> None:
    page.fill("#f-title", title)
    page.select_option("#f-category", "robotics")
    page.fill("#f-tags", extra.get("tags", "ros2, rust"))
    page.fill("#f-expires", EXPIRES)
    page.fill("#f-apply_url", extra.get("apply_url", "https://brambleworks.example/careers/wrangler"))
    page.fill("#f-description", extra.get("description", "## About the role\n\nYou keep **robots** happy.\n\n"
                                                         "- Field work\n- [Docs](https://brambleworks.example)"))


def fill_new_company(page: Page) -> None:
    page.select_option("#f-company", "*new")
    page.fill("#c-name", "Nettle & Finch Automation")
    page.fill("#c-website", "https://nettlefinch.example")
    page.fill("#c-tagline", 'Arms that pick "anything": fruit, parcels, parts')
    page.select_option("#c-stage", "series-a")
    page.select_option("#c-size", "11-50")
    page.fill("#c-city", "Lyon")
    page.select_option("#c-country", "FR")
    page.fill("#c-about", "Nettle & Finch builds picking arms.\n\nFounded in Lyon.")


def fill_place(page: Page, workplace: str) -> None:
    page.select_option("#f-workplace", workplace)
    if workplace == "remote":
        page.fill("#f-remote_eligibility", "EU, GB")
        page.select_option("#f-time_zones-from", "UTC-3:30")
        page.select_option("#f-time_zones-to", "UTC+5:30")
    else:
        page.fill("#f-city", "Kraków")
        page.select_option("#f-country", "PL")


def fill_salary(page: Page) -> None:
    page.fill("#f-salary-min", "90000")
    page.fill("#f-salary-max", "120000.5")
    page.select_option("#f-salary-currency", "EUR")
    page.select_option("#f-salary-period", "year")


def submit(page: Page) -> None:
    page.get_by_role("button", name="Check and make the file").click()
    page.wait_for_selector("[data-post-form][data-checked]", state="attached")  # spellings may load first


def pull_requests(page: Page) -> dict[str, str]:
    """Decode each 'Open a pull request' link: {file name in the repository: the file's text}."""
    files = {}
    for link in page.get_by_role("link", name="Open a pull request").all():
        url = urlsplit(link.get_attribute("href"))
        assert (url.scheme, url.netloc, url.path) == ("https", "github.com", "/frontier-jobs/board/new/main")
        query = parse_qs(url.query, strict_parsing=True)
        files[query["filename"][0]] = query["value"][0]
    return files


def check_files(tmp_path: Path, files: dict[str, str]) -> tuple[int, str]:
    """Write the files into a copy of the bundled content and run `jobsite check --strict` on them."""
    content = copy_content(tmp_path, repository=False)
    paths = []
    for name, text in files.items():
        assert name.startswith("content/")
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["check", "--strict", "--content", str(content), "--", *paths])
    return result.exit_code, result.output


# Every option of each choice, paired so that each company kind meets a remote and a located role, with and
# without pay (all twelve combinations cost a minute and find nothing these four do not).
@pytest.mark.parametrize(("company", "workplace", "salary"), [
    ("existing", "onsite", True), ("existing", "remote", False), ("new", "hybrid", False), ("new", "remote", True),
])
def test_the_pull_request_carries_files_that_pass_check(form: Page, tmp_path: Path, company: str, workplace: str,
                                                        salary: bool) -> None:
    # The apply link is on the company's own domain, or the check's trust warning would (rightly) fail it.
    fill_role(form, **({"apply_url": "https://nettlefinch.example/jobs/wrangler"} if company == "new" else {}))
    if company == "new":
        fill_new_company(form)
    else:
        form.select_option("#f-company", "brambleworks")
    fill_place(form, workplace)
    if salary:
        fill_salary(form)
    form.select_option("#f-visa_sponsorship", "true" if salary else "false")
    submit(form)
    expect(form.get_by_role("heading", name="Your file is ready")).to_be_focused()
    expect(form.locator("[data-result-intro]")).to_have_text(
        "Two files: the company's and the posting's. Open a pull request for each, company first; the posting's "
        "checks pass once the company's is merged." if company == "new" else
        "Open a pull request to send it to the editors, or download or copy it.")
    files = pull_requests(form)
    folder = "nettle-finch-automation" if company == "new" else "brambleworks"
    expected = {f"content/jobs/{folder}/senior-robot-wrangler.md"}
    if company == "new":
        expected.add("content/companies/nettle-finch-automation.md")
    assert set(files) == expected
    code, output = check_files(tmp_path, files)
    assert code == 0, output
    raw, problems = load_content(tmp_path / "content")
    posting = next(s for s in raw.postings if s.path.endswith("senior-robot-wrangler.md"))
    assert posting.data["workplace"] == workplace
    assert posting.data["company"] == folder
    assert posting.data["expires"] == dt.date.fromisoformat(EXPIRES)
    assert ("salary" in posting.data) is salary
    assert posting.data["visa_sponsorship"] is salary and "relocation" not in posting.data
    if salary:
        assert posting.data["salary"] == {"min": 90000, "max": 120000.5, "currency": "EUR", "period": "year"}
    if workplace == "remote":
        assert posting.data["remote_eligibility"] == ["EU", "GB"] and "locations" not in posting.data
        assert posting.data["time_zones"] == {"from": "UTC-3:30", "to": "UTC+5:30"}
    else:
        assert posting.data["locations"] == [{"city": "Kraków", "country": "PL"}]
    # What the page shows is what the link carries, and what "Download the file" saves.
    shown = form.locator("[data-file=posting] textarea").input_value()
    assert shown == files[f"content/jobs/{folder}/senior-robot-wrangler.md"]
    with form.expect_download() as download:
        form.locator("[data-file=posting]").get_by_role("link", name="Download the file").click()
    assert download.value.suggested_filename == "senior-robot-wrangler.md"
    assert Path(download.value.path()).read_text(encoding="utf-8") == shown


def test_hostile_text_round_trips_exactly(form: Page, tmp_path: Path) -> None:
    title = 'Lead "AI" engineer: C# & C++ #1 \\ {braces} [brackets] — 東京'
    fill_role(form, title=title, tags="c#, c++, 'quoted', yes",
              description='Plain & a --- line\n\n---\n\nno: front matter "here" \\ #')
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "onsite")
    submit(form)
    files = pull_requests(form)
    (name, text), = files.items()
    # 東京 spelled as Python spells it (one slug rule: test_the_form_the_build_and_jobsite_new_give_one_slug).
    assert name == "content/jobs/brambleworks/lead-ai-engineer-c-c-1-braces-brackets-dong-jing.md"
    code, output = check_files(tmp_path, files)
    assert code == 0, output
    raw, _ = load_content(tmp_path / "content")
    posting = next(s for s in raw.postings if s.path.endswith(name.rsplit("/", 1)[1]))
    assert posting.data["title"] == title
    assert posting.data["tags"] == ["c#", "c++", "'quoted'", "yes"]  # a bare yes would be read as true
    assert posting.body.strip() == 'Plain & a --- line\n\n---\n\nno: front matter "here" \\ #'


def test_the_contact_is_optional_written_with_its_at_and_checked(form: Page, tmp_path: Path) -> None:
    fill_role(form)
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "onsite")
    form.fill("#f-contact", "not a user!")
    submit(form)
    assert error_for(form, "f-contact").startswith("'@not a user!' is not in the expected form (the GitHub user")
    assert form.locator("#f-contact").get_attribute("aria-invalid") == "true"
    form.fill("#f-contact", "octo-cat")  # the @ is added
    submit(form)
    (name, text), = pull_requests(form).items()
    assert '\ncontact: "@octo-cat"\n---\n' in text
    code, output = check_files(tmp_path, {name: text})
    assert code == 0, output
    raw, _ = load_content(tmp_path / "content")
    assert next(s for s in raw.postings if s.path.endswith(name.rsplit("/", 1)[1])).data["contact"] == "@octo-cat"
    form.fill("#f-contact", "@octo-cat")  # typed with its @: not doubled
    submit(form)
    assert form.locator("#f-contact").get_attribute("aria-invalid") != "true"
    assert '\ncontact: "@octo-cat"\n---\n' in pull_requests(form)[name]
    form.fill("#f-contact", "")
    submit(form)
    assert "contact" not in pull_requests(form)[name]  # left out when empty


@pytest.mark.parametrize("title", [
    "Ingénieure Robotique Sénior à Zürich, Señal", "Straße Øre Łódź Œuvre Ærø Þór Đuro",
    # Character references, as python-slugify reads them: named ones, decimal and &#x (not &#X) hexadecimal, a
    # surrogate decoded (then dropped as a symbol), and each numeric kind all or nothing: one reference past
    # U+10FFFF leaves every reference of its kind as written.
    # A reference first in the text loads the entity names as well as one later does; U+10FFFF is the last in range.
    "&copy; Caf&#233; &#x4E2D; &#X41;B &#55296;x &#1114111; &amp; &copy; &loaded; Lab", "Caf&#xE9; &#x110000; &#231;a"])
def test_an_accented_title_names_the_file_as_python_does(form: Page, title: str) -> None:
    from generator.base.slugs import slugify

    fill_role(form, title=title)
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "onsite")
    submit(form)
    (name,) = pull_requests(form)
    assert name == f"content/jobs/brambleworks/{slugify(title)}.md"
    assert slugify(title) in ("ingenieure-robotique-senior-a-zurich-senal", "strasse-ore-lodz-oeuvre-aero-thor-duro",
                              "cafe-x41-b-x-loaded-lab", "caf-xe9-x110000-c-a")


# One slug rule (issue 29): Python's (python-slugify on text-unidecode's spellings), run by the form on the
# spellings the build ships. Each name is both a new company's name and the role's title.
@pytest.mark.parametrize(("name", "slug"), [("Łódź Robotics", "lodz-robotics"), ("北京 Labs", "bei-jing-labs"),
                                            ("Ingénieur (ML)", "ingenieur-ml")])
def test_the_form_the_build_and_jobsite_new_give_one_slug(form: Page, tmp_path: Path, name: str, slug: str) -> None:
    from generator.base.slugs import slugify
    from generator.scaffold import PostingRequest, new_company, new_posting

    fill_role(form, title=name, apply_url="https://nettlefinch.example/jobs/1")
    fill_new_company(form)
    form.fill("#c-name", name)
    fill_place(form, "onsite")
    submit(form)
    expect(form.get_by_role("heading", name="Your file is ready")).to_be_visible()
    assert set(pull_requests(form)) == {f"content/companies/{slug}.md", f"content/jobs/{slug}/{slug}.md"}
    assert slugify(name) == slug
    content = tmp_path / "content"
    write_tree(content, basic_tree())
    company = new_company(content, name, website="https://nettlefinch.example", stage="seed", tagline="Robots.")
    assert company.name == f"{slug}.md"
    posting = new_posting(content, PostingRequest(company=slug, title=name, category="robotics", workplace="remote"),
                          dt.date(2026, 11, 26))
    assert posting.name == f"{slug}.md"


def test_messages_come_from_the_schema_and_sit_beside_their_fields(form: Page) -> None:
    submit(form)
    summary = form.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("need fixing")
    assert error_for(form, "f-title") == "Required: the role's title."  # the field's doc from schema.py
    assert error_for(form, "f-company") == "Choose one from the list."
    assert error_for(form, "f-category") == "Choose one from the list."
    assert error_for(form, "f-apply_url") == "Required: the company's application page."
    assert error_for(form, "f-city") == "An on-site or hybrid role needs a place: give its city and country."
    assert error_for(form, "f-description") == "Required: describe the role."
    assert form.locator("#f-title").get_attribute("aria-invalid") == "true"
    assert form.get_by_role("link", name="Open a pull request").count() == 0 or not form.locator(
        "[data-result]").is_visible()

    form.fill("#f-title", "x" * 121)  # schema.py: Text(max_length=120); messages update as the author types
    assert error_for(form, "f-title") == "Keep it under 120 characters (it has 121)."
    form.fill("#f-title", "¿!")  # nothing a file can be named after
    assert error_for(form, "f-title") == "Use some letters or digits: the title names the file."
    form.fill("#f-apply_url", "ftp://files.example/job")
    assert error_for(form, "f-apply_url") == "Write the full address, starting with https://."
    form.fill("#f-salary-min", "85,000")
    assert error_for(form, "f-salary-min") == "Write a plain number such as 85000, without a currency sign or commas."
    assert error_for(form, "f-salary-max").startswith("Required: highest pay")
    form.fill("#f-salary-min", "200000")
    form.fill("#f-salary-max", "100000")
    form.select_option("#f-salary-currency", "USD")
    assert error_for(form, "f-salary-min") == "The lowest pay is above the highest."
    form.fill("#f-salary-max", "200000")  # min equal to max: one fixed figure, which `jobsite check` accepts
    assert error_for(form, "f-salary-min") == ""
    form.fill("#f-posted", "2000-01-01")
    form.fill("#f-expires", "2001-01-31")
    assert error_for(form, "f-expires") == "The last day to apply has passed."
    form.fill("#f-expires", form.evaluate("() => new Date().toISOString().slice(0, 10)"))  # today, in UTC
    assert error_for(form, "f-expires") == ""  # the last day to apply may be today
    form.fill("#f-posted", "2999-01-01")
    assert error_for(form, "f-posted") == "The posting date is in the future."
    assert error_for(form, "f-expires") == "The last day to apply is before the posting date."
    form.fill("#f-tags", "rust, Rust")
    assert error_for(form, "f-tags") == "'Rust' is listed twice."
    form.fill("#f-tags", ", ".join(f"t{i}" for i in range(13)))
    assert error_for(form, "f-tags") == "List at most 12."
    form.select_option("#f-workplace", "remote")
    form.fill("#f-remote_eligibility", "EU, Atlantis")
    assert error_for(form, "f-remote_eligibility").startswith("'Atlantis' is not a two-letter country code")
    form.select_option("#f-time_zones-from", "UTC+3")
    assert error_for(form, "f-time_zones-to") == "Choose one from the list."  # a window needs both ends
    form.select_option("#f-time_zones-to", "UTC-8")
    assert error_for(form, "f-time_zones-to") == "The easternmost offset is west of the westernmost: swap them."
    assert error_for(form, "f-city") == ""


# Each cross-field rule of load/posting_rules.py (and schema.Window's) with a posting that breaks it and one that
# keeps it, as front matter; the form is filled with the same values. The form writes remote-only keys only for
# remote roles and has no `closed`: those rules cannot be broken through it.
TODAY, YESTERDAY = dt.date.today(), dt.date.today() - dt.timedelta(days=1)
PAY = {"currency": "USD", "period": "year"}
RULE_SAMPLES = {
    "located": ({"workplace": "onsite"}, {"workplace": "hybrid", "locations": [{"city": "Kraków", "country": "PL"}]}),
    "pay-range": ({"salary": {"min": 200000, "max": 100000, **PAY}}, {"salary": {"min": 100000, "max": 100000, **PAY}}),
    "expires-after-posted": ({"posted": TODAY, "expires": YESTERDAY}, {"posted": TODAY, "expires": TODAY}),
    "expires-not-passed": ({"posted": dt.date(2000, 1, 1), "expires": dt.date(2001, 1, 31)},
                           {"posted": dt.date(2000, 1, 1), "expires": TODAY}),
    "posted-not-future": ({"posted": dt.date(2999, 1, 1)}, {"posted": TODAY}),
    "plausible-pay": ({"salary": {"min": 50, "max": 60, **PAY}}, {"salary": {"min": 50, "max": 60, "currency": "USD",
                                                                          "period": "hour"}}),
    "time-zone-window": ({"workplace": "remote", "time_zones": {"from": "UTC+3", "to": "UTC-8"}},
                         {"workplace": "remote", "time_zones": {"from": "UTC-8", "to": "UTC+3"}}),
}
NOT_IN_FORM = {"eligibility-remote-only", "time-zones-remote-only", "closed-after-posted", "closed-not-future"}
CONTROLS = {"locations": "f-city", "salary.min": "f-salary-min", "expires": "f-expires", "posted": "f-posted",
            "time_zones.to": "f-time_zones-to"}


def fill_values(page: Page, values: dict) -> None:
    """Fill the form's posting controls with front-matter values (only the keys RULE_SAMPLES uses)."""
    fill_role(page)
    page.select_option("#f-company", "brambleworks")
    page.fill("#f-expires", "")
    page.select_option("#f-workplace", values.get("workplace", "onsite"))
    for place in values.get("locations", []):
        page.fill("#f-city", place["city"])
        page.select_option("#f-country", place["country"])
    for key in ("min", "max", "currency", "period"):
        if key in values.get("salary", {}):
            control = f"#f-salary-{key}"
            (page.fill if key in ("min", "max") else page.select_option)(control, str(values["salary"][key]))
    for key in ("posted", "expires"):
        if key in values:
            page.fill(f"#f-{key}", values[key].isoformat())
    for end in ("from", "to"):
        if end in values.get("time_zones", {}):
            page.select_option(f"#f-time_zones-{end}", values["time_zones"][end])


def rule_samples() -> list:
    from generator.render.pages.post_a_job import form_rules

    return [pytest.param(rule, id=rule["id"]) for rule in form_rules()["rules"] if rule["id"] not in NOT_IN_FORM]


def test_every_rule_python_applies_is_shipped_or_named_as_out_of_the_forms_reach() -> None:
    from generator.load.posting_rules import POSTING_RULES
    from generator.render.pages.post_a_job import form_rules

    shipped = {rule["id"] for rule in form_rules()["rules"]}
    assert shipped == {rule.id for rule in POSTING_RULES} | {"time-zone-window", "plausible-pay"}
    assert shipped == set(RULE_SAMPLES) | NOT_IN_FORM


@pytest.mark.parametrize("rule", rule_samples())
def test_the_form_refuses_what_jobsite_check_refuses(form: Page, rule: dict) -> None:
    from generator.load.posting_rules import broken_rules

    invalid, valid = RULE_SAMPLES[rule["id"]]
    # schema.Window's check and validate.check_salary's: test_check_catalogue's time_zones.to and salary cases.
    if rule["id"] not in ("time-zone-window", "plausible-pay"):
        clock = dt.datetime.now(dt.timezone.utc)
        assert rule["id"] in [r.id for r, _ in broken_rules(invalid, clock)]
        assert rule["id"] not in [r.id for r, _ in broken_rules(valid, clock)]
    control = CONTROLS[rule["at"]]
    fill_values(form, invalid)
    submit(form)
    assert rule["says"] in error_for(form, control)
    fill_values(form, valid)
    submit(form)
    assert rule["says"] not in error_for(form, control)


def test_a_value_of_exactly_its_longest_length_is_accepted(form: Page) -> None:
    fill_role(form)
    fill_place(form, "onsite")
    form.fill("#f-city", "C" * 80)  # schema.py: a city of up to 80 characters, as `jobsite check` takes it
    submit(form)
    assert error_for(form, "f-city") == ""
    form.fill("#f-city", "C" * 81)
    submit(form)
    assert "80" in error_for(form, "f-city")
    form.fill("#f-city", "C" * 80)  # once a submit was refused, each edit checks again as the author types
    expect(form.locator("#f-city-error")).to_be_hidden()
    fill_salary(form)
    form.fill("#f-salary-min", "0")  # given, though below the minimum: never also "Required"
    assert error_for(form, "f-salary-min") == "Must be at least 1."


def test_a_last_day_both_before_posting_and_past_gets_one_message(form: Page) -> None:
    fill_role(form)
    fill_place(form, "onsite")
    form.fill("#f-posted", "2000-01-02")
    form.fill("#f-expires", "2000-01-01")  # the later rule ("has passed") would only repeat the first
    submit(form)
    assert error_for(form, "f-expires") == "The last day to apply is before the posting date."


def test_a_new_company_is_checked_too(form: Page) -> None:
    fill_role(form)
    fill_place(form, "onsite")
    form.select_option("#f-company", "*new")
    form.fill("#c-name", "Brambleworks Robotics")  # already on the board
    submit(form)
    assert error_for(form, "c-name") == ("A company with this name is already on the board: choose it in the list "
                                         "above.")
    assert error_for(form, "c-stage") == "Choose one from the list."
    assert error_for(form, "c-tagline").startswith("Required")
    assert error_for(form, "c-about") == "Required: describe the company."
    assert not form.locator("[data-result]").is_visible()
    form.fill("#c-name", "BrambleWorks")  # another name, but the same file: content/companies/brambleworks.md
    assert error_for(form, "c-name").startswith("A company with this name is already on the board")


def submit_a_remote_role(page: Page, form_url: str) -> None:
    """Open the form in a page of one's own and submit a complete remote role at Brambleworks."""
    page.goto(form_url)
    page.wait_for_selector("[data-post-form][data-ready]")
    fill_role(page)
    page.select_option("#f-company", "brambleworks")
    fill_place(page, "remote")
    submit(page)


def test_a_problem_with_no_field_of_its_own_is_written_in_the_summary(browser: Browser, form_url: str) -> None:
    # A rule the board ships for a key the form has no control for (here, a shipped rule moved onto `closed`):
    # the summary counts it and says it, or the author sees "1 answer needs fixing" and nothing to fix.
    ctx = browser.new_context()
    page = ctx.new_page()

    def shipped(route) -> None:
        rules = json.loads(route.fetch().text())
        rules["rules"].append({"id": "unplaced", "kind": "needs", "key": "contact", "at": "closed",
                               "says": "Name a contact before closing."})
        route.fulfill(json=rules)

    page.route(re.compile(r".*/post-a-job\.rules\.[0-9a-f]+\.json$"), shipped)
    submit_a_remote_role(page, form_url)
    summary = page.get_by_role("alert")
    expect(summary.locator("p")).to_have_text(["1 answer needs fixing before the file can be made.",
                                               "Name a contact before closing."])
    ctx.close()


def test_a_value_of_the_wrong_type_gets_its_types_message_alone(browser: Browser, form_url: str) -> None:
    """As `jobsite check` says it: a value of the wrong type is refused for its type, and the keywords that read
    a value of the right type (enum, length, pattern) say nothing more. The shipped schema's salary.min is given
    a Text field's length and pattern, so that a figure typed with commas (a string, not a number) meets them."""
    ctx = browser.new_context()
    page = ctx.new_page()

    def shipped(route) -> None:
        schema = json.loads(route.fetch().text())
        schema["properties"]["salary"]["properties"]["min"] |= {"maxLength": 5, "pattern": "^[0-9]+$",
                                                                "enum": [90000]}
        route.fulfill(json=schema)

    page.route(re.compile(r".*/posting[^/]*\.json$"), shipped)
    page.goto(form_url)
    page.wait_for_selector("[data-post-form][data-ready]")
    fill_role(page)
    page.select_option("#f-company", "brambleworks")
    fill_place(page, "onsite")
    fill_salary(page)
    page.fill("#f-salary-min", "85,000")
    submit(page)
    assert error_for(page, "f-salary-min") == "Write a plain number such as 85000, without a currency sign or commas."
    page.fill("#f-salary-min", "90001")  # the routed schema is the one in use: a number is read for its enum
    assert error_for(page, "f-salary-min").startswith("'90001'")
    page.fill("#f-salary-min", "90000")
    assert error_for(page, "f-salary-min") == ""
    ctx.close()


def test_an_existing_posting_is_not_overwritten(form: Page) -> None:
    fill_role(form, title="Field Robotics Technician")
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "onsite")
    submit(form)
    assert "already has a posting named 'field-robotics-technician'" in error_for(form, "f-title")


def test_the_preview_draws_markdown_and_never_markup(form: Page) -> None:
    form.fill("#f-description", " \n\t ")  # blank: the hint, not an empty box
    expect(form.locator("[data-preview]")).to_have_text("The description appears here as you type.")
    form.fill("#f-description", "## Team\n\nWe <img src=x onerror=alert(1)> **ship** `code` "
                                "[bad](javascript:alert(1)) [sly](javascript:alert%281%29//https://x.example) "
                                "[good](https://ok.example)\n\n- one\n- two")
    preview = form.locator("[data-preview]")
    expect(preview.locator("h2")).to_have_text("Team")
    expect(preview.locator("strong")).to_have_text("ship")
    expect(preview.locator("code")).to_have_text("code")
    expect(preview.locator("li")).to_have_count(2)
    assert preview.locator("img, script").count() == 0
    assert "<img src=x onerror=alert(1)>" in preview.inner_text()
    assert [a.get_attribute("href") for a in preview.locator("a").all()] == ["https://ok.example"]


# The preview's edges: each compared with the build (BODIES) and pinned in the session's transcript below.
PREVIEW_EDGES = [
    "- a\n \n- b",  # a line of spaces between items: a gap, so the list is loose
    "- a\n\t\n- b\n- c",
    "- a\n\n  its second paragraph\n- b",  # a gap inside an item makes the list loose too
    "para\n    not code\n2. not a list\n\npara\n1. a list",  # what may interrupt a paragraph
    "  Spaced  \n---\n\n````\n```\nstill code\n````",
    "  Lead spaces\n  on each line  \n\n\n para two",
    "1. a\n1. b\n\n10) ten\n11) eleven",
    "- a\n+ b\n* c",
    "**a *b* c** and _a_b_ and __s__ and *x*, y",
    "`` a ` b `` and ` x ` and `  ` and ``` `` and `a``b` and `c``\nand `two\nlines`",  # runs whole
    "[a](https://x.example \"T\") [c](mailto:c@x.example) [d]( https://z.example ) [e](HTTPS://E.example)",
    "# one\n## two\n### three\n#### four\n##### five\n###### six\n####### seven\n#no\n#",
    "> a\ncontinued\n\n> b\n>\n> c",
    "```\n\n  a\n\n```\n~~~ js extra\nb\n~~~",
]


# Bodies as authors write them, each drawing one part of load/markdown.py's rules.
BODIES = [
    "# Title\n\nSome *em* and **strong** and `code`.\nNext line, ~~gone~~, \\*not\\* and snake_case_name",
    '![logo](https://x.example/a.png) <b>hi</b> [bad](javascript:alert(1)) [ok](https://ok.example "T") '
    "<https://auto.example> [mail](mailto:a@b.example) [page](/jobs/)",
    "- one\n- two\n\n1. a\n2. b\n\n3. x\n4. y",
    "- a\n\n- b\n\n> quote\n> **more**\n\n* c\n  more\n* d __strong__ _em_",
    "```py\nx = 1 < 2\n```\n\n    indented <code>\n\na\n---\nb\n===\n\n---\n\nx  \ny\n### Deep ###",
    "- a\n  - nested *one*\n  - two\n- b\n\nAfter the list.",
    "| Skill | Years |\n|:--|--:|\n| Rust | 3 |\n| ROS 2 | *5* |",
    "[spec](https://x.example/role%20spec.pdf?q=a%2Fb)",  # an address's escapes kept as written
    # A line under an item that starts no block of its own continues the item's paragraph (a lazy line).
    "- a\nlazy *line*\n- b\n\n1. one\ncontinued\n\n- c\n# heading ends it",
    # What ends a table: the line after it is kept, whatever it opens; a blank line ends it too.
    "| a | b |\n|---|---|\n| 1 | 2 |\n## After\n\n| x |\n|---|\n| y |\n- item\n\n| p |\n|---|\n| q |\n> quote\n\n"
    "| r |\n|---|\n| s |\n\nA paragraph, not a row.\n\n| t |\n|---|\n| u |\n```\nfenced\n```\n\n| v |\n|---|\n"
    "| w |\n---\n| v |\n|---|\n| w |\n3. x\n\n| v |\n|---|\n| w |\n    code\n\n| v |\n|---|\n| w |\n#h | ===",
    *PREVIEW_EDGES,
]


def test_the_preview_is_the_builds_html(form: Page) -> None:
    """The preview's DOM, serialised, is what load/markdown.py renders (whitespace between blocks aside)."""
    from generator.load.markdown import render_markdown

    def tidy(html: str) -> str:
        html = re.sub(r"\s*\n\s*(?=</?(?:ul|ol|li|p|h\d|pre|blockquote|table|thead|tbody|tr|th|td|hr)\b)", "", html)
        return re.sub(r"(<(?:ul|ol|li|blockquote|table|thead|tbody|tr)\b[^>]*>)\s*\n", r"\1", html).strip()

    for body in BODIES:
        form.fill("#f-description", body)
        shown = form.locator("[data-preview]").inner_html()
        built = form.evaluate("html => { const t = document.createElement('template'); t.innerHTML = html; "
                              "const d = document.createElement('div'); d.append(t.content); return d.innerHTML; }",
                              render_markdown(body))  # the browser's serialisation of the build's HTML
        assert tidy(shown) == tidy(built), body


# --- What the page shows, whole, after each step of one session (approval style) ---------------------------
# Every visible result at once: the messages beside the fields (in page order), the summary, where the focus is,
# the result panel's intro, each offered file (name, full text, pull-request link, download name, copy status),
# and the preview's HTML. One evaluate per step; the transcript is compared with
# tests/golden/expected/browser-post-a-job-session/session.txt (JOBSITE_UPDATE_GOLDEN=1 rewrites it: review the
# diff). Each step's snapshot checks two invariants itself: a field with a message is the one marked invalid,
# and each pull-request link carries exactly the file shown beside it.
SEEN = """() => {
  const shown = el => !!el && !el.closest('[hidden]');
  const focused = document.activeElement;
  const summary = document.querySelector('[data-summary]'), panel = document.querySelector('[data-result]');
  return {
    parts: [['new company', '[data-new-company]'], ['remote only', '[data-remote-only]'],
            ['place marks', '[data-location-mark]']].map(([name, sel]) =>
      name + ': ' + [...document.querySelectorAll(sel)].map(el => shown(el) ? 'shown' : 'hidden').join(' ')),
    problems: [...document.querySelectorAll('[data-error]')].filter(shown)
      .map(el => [el.id.slice(0, -6), el.textContent]),
    hiddenText: [...document.querySelectorAll('[data-error][hidden]')].some(el => el.textContent),
    invalid: [...document.querySelectorAll('[aria-invalid]')].map(el => el.id + '=' + el.getAttribute('aria-invalid')),
    summary: shown(summary) ? [...summary.childNodes].map(p => p.textContent) : null,
    focus: focused.id || (focused.matches('[data-summary]') ? 'summary' : focused.tagName.toLowerCase()),
    intro: shown(panel) ? panel.querySelector('[data-result-intro]').textContent : null,
    files: [...document.querySelectorAll('[data-file]')].filter(shown).map(box => ({
      kind: box.dataset.file, path: box.querySelector('[data-file-path]').textContent,
      text: box.querySelector('[data-file-text]').value,
      pr: box.querySelector('[data-pull-request]') && box.querySelector('[data-pull-request]').getAttribute('href'),
      download: box.querySelector('[data-download]').getAttribute('download'),
      blob: box.querySelector('[data-download]').href.startsWith('blob:'),
      status: box.querySelector('[data-copy-status]').textContent})),
    preview: document.querySelector('[data-preview]').innerHTML,
  };
}"""
BLOCKS = r"(?=<(?:p|h\d|ul|ol|li|pre|blockquote|table|thead|tbody|tr|hr)\b)"


def encode_uri_component(text: str) -> str:
    return quote(text, safe="-_.!~*'()")


def seen(page: Page, preview_only: bool = False, before: str = "") -> str:
    """Everything the form shows now, as compact text (the preview alone when preview_only; "preview: as before"
    when it is the text `before`)."""
    s = page.evaluate(SEEN)
    preview = ["preview:", *("  " + line for line in re.split(BLOCKS, s["preview"]) if line)]
    if preview_only:
        return "\n".join(preview) + "\n"
    if "\n".join(preview) + "\n" in before:
        preview = ["preview: as before"]
    assert not s["hiddenText"]  # a hidden message box is also emptied
    marked = [f"{field}=true" for field, _ in s["problems"]]
    assert sorted(s["invalid"]) == sorted(dict.fromkeys(marked)), (s["invalid"], s["problems"])
    lines = [*s["parts"], "problems:" if s["problems"] else "problems: none"]
    lines += [f"  {field}: {message}" for field, message in s["problems"]]
    lines += ["summary: hidden"] if s["summary"] is None else ["summary:", *(f"  {p}" for p in s["summary"])]
    lines += [f"focus: {s['focus']}", f"result: {'hidden' if s['intro'] is None else s['intro']}"]
    for f in s["files"]:
        lines += [f"file {f['kind']}: {f['path']}", *(f"  | {line}" for line in f["text"].split("\n"))]
        if f["pr"] is not None:
            prefix = f"{REPOSITORY}/new/main"
            carried = f"{prefix}?filename={encode_uri_component(f['path'])}&value={encode_uri_component(f['text'])}"
            lines.append(f"  pull request: {prefix}, this file" if f["pr"] == carried else f"  pull request: {f['pr']}")
        lines.append(f"  download: {f['download']}{' (a blob)' if f['blob'] else ''}; copy status: {f['status']!r}")
    return "\n".join(lines + preview) + "\n"


def enter(page: Page, values: dict[str, str]) -> None:
    """Type each value into its control, or choose it in its list."""
    for selector, text in values.items():
        control = page.locator(selector)
        (control.select_option if control.evaluate("el => el.tagName") == "SELECT" else control.fill)(text)


SESSION_BODY = (
    "## About the role\n\nYou keep **robots** happy, *mostly* — see [the docs](https://brambleworks.example \"Docs\")"
    " or <https://auto.example>.\n   Line two: `a <b> & c`, &amp; &copy; \\*escaped\\*  \nhard break\\\nsnake_case_name"
    " __strong__ ~~gone~~ [bad](javascript:x) ![logo](https://x.example/a.png)\n\n"
    "- Field work\n   \n- Night shifts\n  more of it\n\n"  # a line of spaces is a gap: the list is loose
    "* tight\n* list\n\t\n\n"
    "3. third\n4. fourth\n5) another list\n\n> quote **bold**\n> # in quote\n\n"
    "```py\nx = 1 < 2\n   \n```\n\n    indented\n      \n    code\n\n"
    "Setext\n===\nTwo\n---\n###### six ##\n####### seven\n\n| a | b | c |\n|:-:|--:|:--|\n| 1 | 2 \\| 3 |\n"
)


def test_one_session_shows_exactly_this_at_each_step(form: Page) -> None:
    """A session through the whole form, its every visible result compared with the approved transcript."""
    today = form.locator("#f-posted").input_value()  # the form's default: today, in UTC
    steps: list[str] = []

    def step(name: str, preview_only: bool = False) -> None:
        shown = next((text for text in reversed(steps) if "preview: as before" not in text), "")  # in full
        steps.append(f"== {name} ==\n" + seen(form, preview_only, shown).replace(today, "<today>"))

    step("opened")
    submit(form)
    step("submitted empty")
    form.select_option("#f-company", "*new")
    submit(form)
    step("a new company, nothing typed")
    enter(form, {"#c-name": "¿!", "#c-about": " \n\t"})  # blank-ish: still to be written
    submit(form)
    step("a company name of no letters")
    form.fill("#c-name", "BRAMBLEWORKS robotics")  # the list's name, in other case
    step("typed: a company already on the board")
    fill_role(form, title="  Robot Wrangler (Night) ", tags=" ros2 ,, rust ,", description=SESSION_BODY)
    enter(form, {"#c-name": "  Nettle & Finch  ", "#c-website": "https://nettlefinch.example",
                 "#c-tagline": "Arms that pick", "#c-stage": "seed", "#c-about": "\n  Nettle & Finch builds arms.\n\n",
                 "#c-size": "11-50", "#c-city": " Lyon ", "#c-country": "FR"})
    fill_place(form, "remote")
    form.fill("#f-remote_eligibility", "EU, Atlantis")
    submit(form)
    step("a region that is neither a country code nor a region")
    form.fill("#f-remote_eligibility", "EU, GB")
    enter(form, {"#f-salary-min": "090000", "#f-salary-max": "120000.5", "#f-salary-currency": "EUR",
                 "#f-salary-period": "year", "#f-relocation": "false", "#f-posted": "2026-11-20",
                 "#f-expires": "2099-12-31", "#f-contact": " octo "})
    submit(form)
    step("a new company's role, remote, paid: two files")
    form.locator("[data-file=posting]").get_by_role("button", name="Copy").click()  # copied or not: a new file
    expect(form.locator("[data-file=posting] [data-copy-status]")).not_to_be_empty()  # clears the status
    enter(form, {"#f-company": "brambleworks", "#f-workplace": "onsite", "#f-city": "Kraków", "#f-salary-max": "",
                 "#f-salary-currency": "", "#f-contact": ""})
    submit(form)
    step("an existing company, half a place, half a range")
    enter(form, {"#f-country": "PL", "#f-salary-min": "", "#f-title": "Field Robotics Technician"})
    step("typed: a title the company already uses")
    enter(form, {"#f-title": "Robot wrangler 2", "#f-tags": " , "})  # no tags: the key left out
    submit(form)
    step("an existing company's role, on site, unpaid: one file")
    # Entities show as typed in the preview (the page's hint says so); the build decodes them.
    for body in [*PREVIEW_EDGES, "&amp; &lt;b&gt; &#169; &copy; & AT&T < > \"q\""]:
        form.fill("#f-description", body)
        step(f"preview of {body!r}", preview_only=True)
    approve("browser-post-a-job-session", {"session.txt": "\n".join(steps)})



def test_copy_puts_the_file_on_the_clipboard(browser: Browser, form_url: str) -> None:
    ctx = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = ctx.new_page()
    submit_a_remote_role(page, form_url)
    page.locator("[data-file=posting]").get_by_role("button", name="Copy").click()
    expect(page.locator("[data-file=posting] [data-copy-status]")).to_have_text("Copied.")
    area = page.locator("[data-file=posting] textarea")
    assert page.evaluate("navigator.clipboard.readText()") == area.input_value()
    # The browser refuses the clipboard: the text is selected for the visitor to copy by hand.
    selected = "el => [el.selectionStart, el.selectionEnd, el.value.length]"
    page.evaluate("Object.defineProperty(navigator, 'clipboard', {configurable: true, value: "
                  "{writeText: () => Promise.reject(new Error('denied'))}})")
    page.locator("[data-file=posting]").get_by_role("button", name="Copy").click()
    expect(page.locator("[data-file=posting] [data-copy-status]")).to_have_text(
        "Press Ctrl+C (or ⌘C) to copy the selected text.")
    length = len(area.input_value())
    assert area.evaluate(selected) == [0, length, length]
    # No clipboard API at all: the page copies the selection itself.
    page.evaluate("delete navigator.clipboard; navigator.clipboard.writeText('something else')")
    area.evaluate("el => el.setSelectionRange(0, 0)")
    page.evaluate("Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined})")
    page.locator("[data-file=posting]").get_by_role("button", name="Copy").click()
    expect(page.locator("[data-file=posting] [data-copy-status]")).to_have_text("Copied.")
    assert area.evaluate(selected) == [0, length, length]
    page.evaluate("delete navigator.clipboard")
    assert page.evaluate("navigator.clipboard.readText()") == area.input_value()
    ctx.close()


def test_without_a_repository_only_download_and_copy(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "/post-a-job/")  # the bundled site.yaml names no repository
    page.wait_for_selector("[data-post-form][data-ready]")
    fill_role(page)
    page.select_option("#f-company", "brambleworks")
    fill_place(page, "hybrid")
    submit(page)
    result = page.locator("[data-file=posting]")
    expect(result.get_by_role("link", name="Download the file")).to_be_visible()
    expect(result.get_by_role("button", name="Copy")).to_be_visible()
    assert page.get_by_role("link", name="Open a pull request").count() == 0
    expect(page.locator("[data-result-intro]")).to_have_text("Download or copy it and send it to the board's editors.")
    # The form's rules cannot be fetched: the summary says so and what to do instead.
    page.route(re.compile(r".*/static/posting\.schema\.[^/]*\.json$"), lambda route: route.fulfill(status=503))
    page.reload()
    expect(page.locator("[data-summary]")).to_have_text("The form's rules could not be loaded. Reload the page, or "
                                                        "write the file by hand as CONTRIBUTING.md explains.")
    expect(page.locator("[data-summary]")).to_be_visible()
    page.close()


def test_without_javascript_the_page_says_what_to_do(browser: Browser, form_url: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(form_url)
    notice = page.get_by_text("This form needs JavaScript")
    expect(notice).to_be_visible()
    link = page.get_by_role("link", name="CONTRIBUTING.md")
    assert link.get_attribute("href") == f"{REPOSITORY}/blob/main/CONTRIBUTING.md"
    expect(page.locator("[data-post-form]")).to_be_hidden()
    ctx.close()



def test_axe_finds_nothing_empty_with_messages_and_with_files(form: Page) -> None:
    assert axe_violations(form) == []
    form.select_option("#f-company", "*new")
    submit(form)
    assert axe_violations(form) == []
    fill_role(form)
    fill_new_company(form)
    fill_place(form, "remote")
    fill_salary(form)
    submit(form)
    expect(form.locator("[data-file=company]")).to_be_visible()
    assert axe_violations(form) == []


def test_half_a_place_and_a_nameless_new_company_get_their_own_messages(form: Page) -> None:
    """A place with only a country (or only a city) is still written, so the check names the half that is
    missing, beside its field; a new company with no name yet is checked like any other (its name required),
    never a script error (the fixture fails on one)."""
    fill_role(form)
    form.select_option("#f-company", "brambleworks")
    form.select_option("#f-workplace", "onsite")
    form.select_option("#f-country", "PL")
    submit(form)
    messages = {box: error_for(form, box) for box in ("f-city", "f-country")}
    assert messages["f-city"].startswith("Required") and messages["f-country"] == "", messages
    form.select_option("#f-country", "")
    form.fill("#f-city", "Kraków")
    submit(form)
    messages = {box: error_for(form, box) for box in ("f-city", "f-country")}
    assert messages["f-city"] == "" and messages["f-country"] != "", messages
    form.select_option("#f-country", "PL")
    form.select_option("#f-company", "*new")
    submit(form)
    assert error_for(form, "c-name").startswith("Required")
    assert error_for(form, "c-about") == "Required: describe the company."


# The form and `jobsite check` agree on every cross-field rule, document by document: front matter on the left,
# the rules it breaks (literal ids, in POSTING_RULES order) on the right. Python's verdict comes from the same
# two steps `jobsite check` takes (schema.check_document, then posting_rules.broken_rules on what it kept); the
# form's from the messages beside its fields, after one submit per document in one page. A range both above its
# bounds and implausible gets both messages (the first rule's message does not hide the field from the next).
# The pay cases whose
# one end the schema refuses (0 is below its minimum of 1; 2e12 above its maximum of 1e12) pin that a refused
# value counts as absent: the range is then not compared at all.
AGREE_PAY = {"currency": "USD", "period": "year"}
AGREE = [
    ({"salary": {"min": 100000, "max": 0, **AGREE_PAY}}, []),
    ({"salary": {"min": 2000000000000, "max": 1000, **AGREE_PAY}}, []),
    # Exactly at the schema's bounds a value is kept, and so compared.
    ({"salary": {"min": 1000000000000, "max": 1000000000000, **AGREE_PAY}}, ["plausible-pay"]),
    ({"salary": {"min": 1, "max": 60, **AGREE_PAY}}, ["plausible-pay"]),
    ({"salary": {"min": 0, "max": 100000, **AGREE_PAY}}, []),
    ({"salary": {"min": 200000, "max": 100000, **AGREE_PAY}}, ["pay-range"]),
    ({"salary": {"min": 100000, "max": 100000, **AGREE_PAY}}, []),
    ({"salary": {"min": 200, "max": 100, **AGREE_PAY}}, ["pay-range", "plausible-pay"]),
    ({"salary": {"min": 50, "max": 60, **AGREE_PAY}}, ["plausible-pay"]),
    ({"salary": {"min": 0, "max": 60, **AGREE_PAY}}, []),
    ({"salary": {"min": 50, "max": 60, "currency": "USD", "period": "hour"}}, []),
    ({"salary": {"min": 9000000, "max": 9500000, "currency": "USD", "period": "month"}}, ["plausible-pay"]),
    ({"posted": dt.date(2999, 1, 1), "expires": TODAY}, ["expires-after-posted", "posted-not-future"]),
    ({"posted": dt.date(2000, 1, 2), "expires": dt.date(2000, 1, 1)}, ["expires-after-posted"]),
    ({"posted": dt.date(2000, 1, 1), "expires": dt.date(2001, 1, 31)}, ["expires-not-passed"]),
    ({"posted": TODAY, "expires": TODAY}, []),
    ({"workplace": "onsite", "locations": []}, ["located"]),
    ({"workplace": "hybrid"}, []),
    ({"workplace": "remote", "locations": []}, []),
]


def front_matter(values: dict) -> str:
    """A posting at Brambleworks with `values` over a complete on-site role in Kraków, as YAML."""
    doc = {"title": "Senior Robot Wrangler", "company": "brambleworks", "category": "robotics",
           "tags": ["ros2", "rust"], "workplace": "onsite", "locations": [{"city": "Kraków", "country": "PL"}],
           "apply_url": "https://brambleworks.example/careers/wrangler", "posted": TODAY, "expires": TODAY, **values}
    if not doc["locations"]:
        del doc["locations"]
    lines = [f"{k}: {v.isoformat() if isinstance(v, dt.date) else json.dumps(v, ensure_ascii=False)}"
             for k, v in doc.items()]
    return "---\n" + "\n".join(lines) + "\n---\nYou keep robots happy.\n"


def check_breaks(values: dict) -> list[str]:
    """The rules `jobsite check` finds broken in the posting, by id (validate.check_salary's is plausible-pay)."""
    from generator.load import schema
    from generator.load.files import ContentFile, read_source
    from generator.load.posting_rules import broken_rules
    from generator.load.validate import check_salary

    problems: list = []
    src = read_source(ContentFile(Path("content/jobs/brambleworks/role.md"), "posting", "brambleworks"),
                      front_matter(values).encode(), problems)
    assert src is not None and not problems, problems
    checked, _ = schema.check_document(src, schema.POSTING)
    broken = [rule.id for rule, _ in broken_rules(checked, dt.datetime.now(dt.timezone.utc))]
    return broken + ["plausible-pay"] * bool(check_salary(src))


def test_the_form_and_jobsite_check_break_the_same_rules_for_each_document(form: Page) -> None:
    from generator.render.pages.post_a_job import form_rules

    rules = [r for r in form_rules()["rules"] if r["id"] not in NOT_IN_FORM | {"time-zone-window"}]
    fill_role(form)
    form.select_option("#f-company", "brambleworks")
    seen = []
    for values, _ in AGREE:
        doc = {"workplace": "onsite", "locations": [{"city": "Kraków", "country": "PL"}], "salary": {},
               "posted": TODAY, "expires": TODAY, **values}
        place = (doc["locations"] or [{"city": "", "country": ""}])[0]
        form.select_option("#f-workplace", doc["workplace"])
        form.fill("#f-city", place["city"])
        form.select_option("#f-country", value=place["country"])
        for key in ("min", "max", "currency", "period"):
            text = str(doc["salary"].get(key, ""))
            if key in ("min", "max"):
                form.fill(f"#f-salary-{key}", text)
            elif text or key == "currency":  # the period has no blank choice: without pay it is not written
                form.select_option(f"#f-salary-{key}", value=text)
        for key in ("posted", "expires"):
            form.fill(f"#f-{key}", doc[key].isoformat())
        submit(form)
        shown = [r["id"] for r in rules if r["says"] in error_for(form, CONTROLS[r["at"]])]
        seen.append((values, check_breaks(values), sorted(shown)))
    assert seen == [(values, breaks, sorted(breaks)) for values, breaks in AGREE]


def test_a_rule_s_unless_counts_a_refused_value_as_absent(browser: Browser, form_url: str) -> None:
    """As `jobsite check`'s posting_rules.get: a value its schema refused is absent for a rule's `unless` too. The
    shipped rules' only `unless` is `closed`, which the form has no control for, so a routed rule stands in: it
    needs a contact unless the lowest pay is given. Pay typed with commas is refused, so the rule still speaks;
    a plain figure silences it."""
    ctx = browser.new_context()
    page = ctx.new_page()

    def shipped(route) -> None:
        rules = json.loads(route.fetch().text())
        rules["rules"].append({"id": "contact-unless-pay", "kind": "needs", "key": "contact", "at": "closed",
                               "unless": "salary.min", "says": "Name a contact or give the pay."})
        route.fulfill(json=rules)

    page.route(re.compile(r".*/post-a-job\.rules\.[0-9a-f]+\.json$"), shipped)
    submit_a_remote_role(page, form_url)
    fill_salary(page)
    page.fill("#f-salary-min", "85,000")
    submit(page)
    summary = page.get_by_role("alert").locator("p")
    expect(summary).to_contain_text(["Name a contact or give the pay."])
    page.fill("#f-salary-min", "85000")
    submit(page)
    expect(summary).not_to_contain_text(["Name a contact or give the pay."])
    ctx.close()


def test_a_role_switched_from_remote_to_hybrid_leaves_the_remote_fields_out(form: Page) -> None:
    """Eligibility and time zones typed while the role was remote stay in the form's hidden controls; once the
    role is hybrid the file has its place and none of them."""
    fill_role(form)
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "remote")
    fill_place(form, "hybrid")
    submit(form)
    expect(form.get_by_role("heading", name="Your file is ready")).to_be_focused()
    text = form.locator("[data-file=posting] textarea").input_value()
    assert 'workplace: "hybrid"' in text and "Kraków" in text
    assert "remote_eligibility" not in text and "time_zones" not in text


def file_path(page: Page, kind: str = "posting") -> str:
    return page.locator(f"[data-file={kind}] [data-file-path]").inner_text()


def test_the_form_s_less_travelled_paths_in_one_page(form: Page) -> None:
    """Paths the whole-form session does not take, in one page: typing before the first submit, the slug rule's
    quieter steps, the edges of a list's length, half a pay range and half a headquarters each way, a new
    company named in another script under a plain title, a name whose slug is too long for the posting's
    company key, and a name in a script not seen yet, typed after a refused submit."""
    from generator.base.slugs import slugify

    form.fill("#f-title", "x" * 121)  # nothing is judged before the first submit
    form.fill("#f-salary-min", "85,000")
    assert form.locator("[data-error]:not([hidden])").count() == 0
    assert form.locator("[aria-invalid]").count() == 0
    form.fill("#f-salary-min", "")
    fill_role(form)
    form.select_option("#f-company", "brambleworks")
    fill_place(form, "onsite")
    # A quote splits words, a comma between digits is dropped, " - " is one hyphen, symbols at either end go, and
    # U+10FFFF is the last code point a character reference may name (decimal or hexadecimal).
    titles = ["Robot's Helper", "Pay 1,000 Club", "Wrangler - Night", "#1 Robot (ML)", "Caf&#x10FFFF;e &#1114111;x"]
    made = []
    for title in titles:
        form.fill("#f-title", title)
        submit(form)
        made.append(file_path(form))
    assert made == [f"content/jobs/brambleworks/{slugify(title)}.md" for title in titles]
    assert made[-1] == "content/jobs/brambleworks/caf-e-x.md"
    form.fill("#f-tags", ", ".join(f"t{i}" for i in range(12)))  # exactly the most a list may hold
    submit(form)
    assert error_for(form, "f-tags") == "" and form.locator("[data-result]").is_visible()
    assert "tags: [" + ", ".join(f'"t{i}"' for i in range(12)) + "]" in form.locator(
        "[data-file=posting] textarea").input_value()
    # Half a pay range: a currency alone, then a highest pay alone, each asks for what is missing.
    form.select_option("#f-salary-currency", "EUR")
    submit(form)
    assert [error_for(form, f"f-salary-{k}") for k in ("min", "max", "currency")] == [
        "Required: lowest pay in the range, a plain number.", "Required: highest pay in the range, a plain number.", ""]
    form.select_option("#f-salary-currency", "")
    form.fill("#f-salary-max", "100000")
    submit(form)
    assert [error_for(form, f"f-salary-{k}") for k in ("min", "max", "currency")] == [
        "Required: lowest pay in the range, a plain number.", "", "Choose one from the list."]
    # Pay exactly at the plausible bounds (a year's high end of 1,000 US dollars, a low end of 1,000,000), and in
    # yen, is what `jobsite check` accepts: no message.
    for low, high, currency in (("1", "1000", "USD"), ("1000000", "5000000", "USD"), ("5000000", "8000000", "JPY")):
        pay = {"min": int(low), "max": int(high), "currency": currency, "period": "year"}
        assert check_breaks({"salary": pay}) == []
        enter(form, {"#f-salary-min": low, "#f-salary-max": high, "#f-salary-currency": currency,
                     "#f-salary-period": "year"})
        submit(form)
        assert error_for(form, "f-salary-min") == "" and form.locator("[data-result]").is_visible(), (low, high)
    form.fill("#f-salary-min", "2000")  # above the highest and implausible: both messages, in the rules' order
    form.fill("#f-salary-max", "100")
    submit(form)
    assert error_for(form, "f-salary-min") == ("The lowest pay is above the highest. This pay looks implausible for "
                                               "its period (a yearly 50, an hourly 50,000): check the figures and "
                                               "the period.")
    enter(form, {"#f-salary-min": "", "#f-salary-max": "", "#f-salary-currency": ""})
    # A new company named in another script, under a plain title: the company's spellings load too.
    fill_new_company(form)
    form.fill("#f-title", "Field Tech")
    form.fill("#c-name", "Łódź Picking Arms")
    submit(form)
    assert [file_path(form, "company"), file_path(form)] == [
        "content/companies/lodz-picking-arms.md", "content/jobs/lodz-picking-arms/field-tech.md"]
    # Five spaces or more after an item's marker: the item's text is indented code (its indent counts one space).
    form.fill("#f-description", "-     code in an item\n      more code\n- b\n\n1.      x\n   y\n2. z")
    assert form.locator("[data-preview]").inner_html() == (  # the build's HTML, the line breaks between blocks aside
        "<ul><li><pre><code>code in an item\nmore code\n</code></pre></li><li>b</li></ul>"
        "<ol><li><pre><code> x\n</code></pre>y</li><li>z</li></ol>")
    # Half a headquarters, each way.
    form.select_option("#c-country", "")
    submit(form)
    assert (error_for(form, "c-city"), error_for(form, "c-country")) == ("", "Choose one from the list.")
    form.fill("#c-city", "")
    form.select_option("#c-country", "FR")
    submit(form)
    assert error_for(form, "c-city").startswith("Required: city name") and error_for(form, "c-country") == ""
    form.fill("#c-city", "Lyon")
    # A name whose slug is longer than a posting's company key may be: told beside the name, not the list.
    form.fill("#c-name", "Nettle " * 9 + "Arms")
    submit(form)
    assert error_for(form, "c-name") == "Keep it under 60 characters (it has 67)."
    assert error_for(form, "f-company") == ""
    # Refused once, the form judges as the author types; a title in a script not seen yet is judged again once
    # its spellings have loaded (before, it has no letters the form can spell).
    form.fill("#f-title", "北京")
    expect(form.locator("#f-title-error")).to_be_hidden()
    form.fill("#c-name", "Nettle Arms")
    submit(form)
    assert file_path(form) == "content/jobs/nettle-arms/bei-jing.md"


def test_without_a_repository_in_the_far_east_with_a_routed_rule_and_a_spelling_table_down(browser: Browser,
                                                                                           site_url: str) -> None:
    """One page of the bundled board (no repository) in UTC+14, on a fixed clock: the posting date defaults to
    the day in UTC, the build's clock zone, and a last day to apply closes at 12:00 UTC the next day, to the
    instant. A routed rule needs a contact unless `salary` is given: as `jobsite check` reads it, pay whose
    lowest figure the schema refused is still given (posting_rules.get), so the rule is silent until the pay
    goes. A new company named in a script whose spelling table cannot be fetched still gets its two files."""
    from generator.load import schema
    from generator.load.files import ContentFile, read_source
    from generator.load.posting_rules import get
    from generator.render.pages.post_a_job import form_rules

    src = read_source(ContentFile(Path("content/jobs/brambleworks/role.md"), "posting", "brambleworks"),
                      front_matter({"salary": {"min": "85,000", "max": 100000, **PAY}}).encode(), [])
    assert src is not None and get(schema.check_document(src, schema.POSTING)[0], "salary") is not None
    ctx = browser.new_context(timezone_id="Pacific/Kiritimati")
    ctx.clock.set_fixed_time("2026-12-08T11:00:00Z")  # 01:00 on 9 December in Kiritimati
    page = ctx.new_page()

    rules = form_rules()
    rules["rules"].append({"id": "contact-unless-pay", "kind": "needs", "key": "contact", "at": "closed",
                           "unless": "salary", "says": "Name a contact or give the pay."})
    page.route(re.compile(r".*/post-a-job\.rules\.[0-9a-f]+\.json$"), lambda route: route.fulfill(json=rules))
    page.route(re.compile(r".*/static/slug\.[0-9a-f]+/1\.json$"), lambda route: route.fulfill(status=503))
    page.goto(site_url + "/post-a-job/")
    page.wait_for_selector("[data-post-form][data-ready]")
    assert page.locator("#f-posted").input_value() == "2026-12-08"
    fill_role(page)
    page.select_option("#f-company", "brambleworks")
    fill_place(page, "onsite")
    fill_salary(page)
    page.fill("#f-salary-min", "85,000")
    page.fill("#f-posted", "2026-12-01")
    page.fill("#f-expires", "2026-12-07")  # open until 12:00 UTC on the 8th: another hour
    submit(page)
    summary = page.get_by_role("alert").locator("p")
    expect(summary).to_have_text(["1 answer needs fixing before the file can be made."])
    assert [error_for(page, f"f-{k}") for k in ("posted", "expires", "salary-min")] == [
        "", "", "Write a plain number such as 85000, without a currency sign or commas."]
    for key in ("min", "max"):
        page.fill(f"#f-salary-{key}", "")
    page.select_option("#f-salary-currency", "")
    ctx.clock.set_fixed_time("2026-12-08T12:00:00Z")  # the instant it closes
    submit(page)
    expect(summary).to_have_text(["2 answers need fixing before the file can be made.",
                                  "Name a contact or give the pay."])
    assert error_for(page, "f-expires") == "The last day to apply has passed."
    page.fill("#f-posted", "2026-12-08")  # today in UTC, though 9 December in Kiritimati: not in the future
    page.fill("#f-expires", "2026-12-08")
    page.fill("#f-contact", "octocat")
    fill_new_company(page)
    page.fill("#c-name", "Łódź Arms")  # Ł's table is down: the name is spelled without it
    submit(page)
    expect(page.locator("[data-result-intro]")).to_have_text(
        "Two files: the company's and the posting's. Send both to the board's editors.")
    assert [file_path(page, "company"), file_path(page)] == ["content/companies/odz-arms.md",
                                                             "content/jobs/odz-arms/senior-robot-wrangler.md"]
    ctx.close()
