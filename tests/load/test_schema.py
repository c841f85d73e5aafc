"""generator/load/schema.py: every field type's whole decision table, one value at a time, with the exact line
`jobsite check` prints for it (line:col: level: message), and the vocabularies written out here, not read from
the module, so a value lost from a table or mapped to the wrong word fails.

The whole-report tests live in tests/load/test_check_catalogue.py; these are pure (no build, no tree)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.load import schema
from generator.load.files import ContentFile, read_source
from generator.load.schema import (
    INVALID,
    Bool,
    Country,
    Currency,
    Date,
    Eligibility,
    Enum,
    Field,
    ListOf,
    Logo,
    MapOf,
    Mode,
    Number,
    Obj,
    Subdivision,
    Text,
    Type,
    Url,
    UtcOffset,
    check_document,
    describe,
    field_name,
)


def checked(kind: Type, yaml: str) -> tuple[object, list[str]]:
    """`kind`'s verdict on the value of `v: <yaml>`, the second line of a file: (the value it keeps, or INVALID;
    each problem as `line:col: level: message`)."""
    problems: list = []
    src = read_source(ContentFile(Path("c.md"), "posting", "acme"), f"---\nv: {yaml}\n---\n".encode(), problems)
    assert src is not None, problems
    c = schema.Checker(src)
    value = kind.check(src.data["v"], ("v",), c)
    return value, [p.format().removeprefix("c.md:") for p in c.problems]


PLACE = schema.LOCATION
ELIGIBLE = "Worldwide, Europe, EU, North America, Latin America, Asia-Pacific, Africa, Middle East"
NUMBER = "a number such as 85000 (no currency sign or commas)"
OFFSET = "an offset written UTC±H or UTC±H:MM, such as UTC-8 or UTC+5:30"
NOT_REGION = "is not an ISO 3166-2 subdivision code (such as US-CA, US-NY, DE-BE)"
NOT_COUNTRY = "is not an ISO 3166-1 alpha-2 country code (such as US, DE, RS)"
NOT_CURRENCY = "is not an ISO 4217 currency code (such as USD, EUR, GBP)"
LOGO = "a file in content/logos/, such as logos/acme.svg"
LIST = "a list (one '- item' per line, or [a, b])"
KEYS = "a set of 'key: value' lines"
BAD_NAME = "is not a valid name (letters, digits, spaces, '.', '_' or '-')"
DATE = "a date written YYYY-MM-DD, such as 2026-11-20"
ONE_LINE = "one-line fields take none; delete it"
OUTSIDE = "is outside UTC-12 … UTC+14, the offsets people live at"
TABLE = {  # id → (type, the YAML value, what it keeps, the lines it prints)
    # Text: type, emptiness, one line (a "\n", then the other line breaks and bidi controls), controls, length,
    # pattern with its hint; a bare number is text (duration: 6).
    "text: a list": (Text(), "[a]", INVALID, ["2:4: error: v: expected text, got a list"]),
    "text: true": (Text(), "true", INVALID, ["2:4: error: v: expected text, got true/false"]),
    "text: empty": (Text(), "''", INVALID, ["2:4: error: v is empty: give a value or remove the key"]),
    "text: two lines": (Text(), '"a\\nb"', INVALID, ["2:4: error: v must be a single line"]),
    "text: two lines allowed": (Text(single_line=False), '"a\\nb"', "a\nb", []),
    "text: CR": (Text(), '"a\\rb"', INVALID, [f"2:4: error: v contains the line break U+000D: {ONE_LINE}"]),
    "text: U+2028": (Text(), '"a\\u2028b"', INVALID, [f"2:4: error: v contains the line break U+2028: {ONE_LINE}"]),
    "text: U+202E": (Text(), '"a\\u202eb"', INVALID,
                     [f"2:4: error: v contains the bidirectional control U+202E: {ONE_LINE}"]),
    "text: ESC": (Text(), '"a\\x1bb"', INVALID,
                  ["2:4: error: v contains the invisible control character U+001B: delete it"]),
    "text: one too long": (Text(max_length=3), "abcd", INVALID, ["2:4: error: v is 4 characters long; the most is 3"]),
    "text: at the limit": (Text(max_length=3), "' abc '", "abc", []),
    "text: a number": (Text(), "6", "6", []),
    "text: off its pattern": (Text(pattern=schema.SLUG_PATTERN, pattern_hint="is not a slug"), "A b", INVALID,
                              ["2:4: error: v: 'A b' is not a slug"]),
    # Enum and Mode: a bare `off` is YAML's false, which is what the author wrote.
    "enum: unknown": (Enum(("a", "b")), "c", INVALID, ["2:4: error: v: 'c' is not valid — use one of: a, b"]),
    "enum: misspelt": (Enum(("alpha", "beta")), "alpa", INVALID,
                       ["2:4: error: v: 'alpa' is not valid — did you mean 'alpha'? — use one of: alpha, beta"]),
    "enum: a number": (Enum(("a", "b")), "5", INVALID, ["2:4: error: v: expected one of a, b, got a number (5)"]),
    "mode: bare off": (Mode(), "off", "off", []),
    "mode: quoted off": (Mode(), "'off'", "off", []),
    "mode: true": (Mode(), "true", INVALID, ["2:4: error: v: expected one of warn, error, off, got true/false"]),
    # Number: YAML's infinities and not-a-number by name, then the type, then each bound.
    "number: .inf": (Number(minimum=1), ".inf", INVALID, [
        "2:4: error: v: YAML reads this as infinity (.inf), not an amount: write a plain number such as 85000"]),
    "number: -.inf": (Number(minimum=1), "-.inf", INVALID, [
        "2:4: error: v: YAML reads this as minus infinity (-.inf), not an amount: write a plain number such as "
        "85000"]),
    "number: .nan": (Number(minimum=1), ".nan", INVALID, [
        "2:4: error: v: YAML reads this as not a number (.nan), not an amount: write a plain number such as 85000"]),
    "number: true": (Number(), "true", INVALID, [f"2:4: error: v: expected {NUMBER}, got true/false"]),
    "number: quoted": (Number(), "'5'", INVALID, [f"2:4: error: v: expected {NUMBER}, got text ('5')"]),
    "number: below its minimum": (Number(minimum=1), "0.5", INVALID, ["2:4: error: v: 0.5 must be at least 1"]),
    "number: at its minimum": (Number(minimum=1), "1", 1, []),
    "number: below zero": (Number(), "-1", INVALID, ["2:4: error: v: -1 must be at least 0"]),
    "number: above its maximum": (Number(maximum=10), "11", INVALID,
                                  ["2:4: error: v: 11 is too large; the limit is 10"]),
    "number: at its maximum": (Number(maximum=10), "10.0", 10.0, []),
    # Date: a date and time, a date, a date written as text (loose digits, or impossible), anything else.
    "date: with a time": (Date(), "2026-11-20 10:00:00", INVALID,
                          ["2:4: error: v: expected a date without time, such as 2026-11-20, got a date and time"]),
    "date: a date": (Date(), "2026-11-20", dt.date(2026, 11, 20), []),
    "date: loose digits": (Date(), "'2026-2-3'", dt.date(2026, 2, 3), []),
    "date: impossible": (Date(), "2026-02-30", INVALID,
                         ["2:4: error: v: '2026-02-30' is not a real date (day is out of range for month)"]),
    "date: words": (Date(), "next week", INVALID, [f"2:4: error: v: expected {DATE}, got text ('next week')"]),
    "date: day first": (Date(), "20/11/2026", INVALID, [f"2:4: error: v: expected {DATE}, got text ('20/11/2026')"]),
    "date: a number": (Date(), "20261120", INVALID, [f"2:4: error: v: expected {DATE}, got a number (20261120)"]),
    # Bool: YAML's own booleans only.
    "bool: quoted yes": (Bool(), "'yes'", INVALID, ["2:4: error: v: expected true or false, got text ('yes')"]),
    "bool: false": (Bool(), "false", False, []),
    # UtcOffset: minutes east of UTC, a true minus sign too, the bounds people live at.
    "offset: UTC-8": (UtcOffset(), "UTC-8", -480, []),
    "offset: UTC+5:30": (UtcOffset(), "UTC+5:30", 330, []),
    "offset: true minus": (UtcOffset(), "UTC−3", -180, []),
    "offset: UTC+14": (UtcOffset(), "UTC+14", 840, []),
    "offset: GMT": (UtcOffset(), "GMT+1", INVALID, [f"2:4: error: v: 'GMT+1' is not {OFFSET}"]),
    "offset: UTC+15": (UtcOffset(), "UTC+15", INVALID, [f"2:4: error: v: UTC+15 {OUTSIDE}"]),
    "offset: UTC-12:30": (UtcOffset(), "UTC-12:30", INVALID, [f"2:4: error: v: UTC-12:30 {OUTSIDE}"]),
    "offset: a number": (UtcOffset(), "5", INVALID, [f"2:4: error: v: expected {OFFSET}, got a number (5)"]),
    # Url: the type, then url_problem's reasons (each pinned in test_check_catalogue.py), by its schemes.
    "url: https": (Url(), "https://acme.example/x", "https://acme.example/x", []),
    "url: http where only https": (Url(("https",)), "http://t.me/x", INVALID,
                                   ["2:4: error: v: 'http://t.me/x' is not an https URL"]),
    "url: ftp": (Url(), "ftp://x.example", INVALID, ["2:4: error: v: 'ftp://x.example' is not an http or https URL"]),
    "url: a number": (Url(), "5", INVALID, ["2:4: error: v: expected a URL starting with https://, got a number (5)"]),
    # Logo: the type, a logo path, a web address (the CSP's reason), anything else.
    "logo: a path": (Logo(), "logos/acme.svg", "logos/acme.svg", []),
    "logo: a number": (Logo(), "5", INVALID, [f"2:4: error: v: expected {LOGO}, got a number (5)"]),
    "logo: a list": (Logo(), "[logos/acme.svg]", INVALID, [f"2:4: error: v: expected {LOGO}, got a list"]),
    "logo: a web address": (Logo(), "https://x.example/a.svg", INVALID, [
        "2:4: error: v: the site shows images from its own address only (its Content-Security-Policy): save the "
        "logo as content/logos/<company>.svg (or .png, .webp) and write logo: logos/<company>.svg"]),
    "logo: a bare name": (Logo(), "acme.svg", INVALID, [
        "2:4: error: v: 'acme.svg' is not a logo file: write a path such as logos/acme.svg (an .svg, .png or .webp "
        "file in content/logos/)"]),
    "logo: a path with more after it": (Logo(), "logos/acme.svg.html", INVALID, [
        "2:4: error: v: 'logos/acme.svg.html' is not a logo file: write a path such as logos/acme.svg (an .svg, "
        ".png or .webp file in content/logos/)"]),
    "logo: spaces around a path": (Logo(), "' logos/acme.svg '", "logos/acme.svg", []),
    # Country, Subdivision, Currency: the type, unknown, letter case.
    "country: RS": (Country(), "RS", "RS", []),
    "country: lower case": (Country(), "de", INVALID, ["2:4: error: v: write the country code in capitals: 'DE'"]),
    "country: three letters": (Country(), "DEU", INVALID, [f"2:4: error: v: 'DEU' {NOT_COUNTRY}"]),
    "country: unknown": (Country(), "XX", INVALID, [f"2:4: error: v: 'XX' {NOT_COUNTRY}"]),
    "country: a number": (Country(), "5", INVALID,
                          ["2:4: error: v: expected a two-letter country code such as DE, got a number (5)"]),
    "region: DE-BE": (Subdivision(), "DE-BE", "DE-BE", []),
    "region: lower case": (Subdivision(), "de-be", INVALID,
                           ["2:4: error: v: write the region code in capitals: 'DE-BE'"]),
    "region: mixed case": (Subdivision(), "Us-Ca", INVALID,
                           ["2:4: error: v: write the region code in capitals: 'US-CA'"]),
    "region: one letter small": (Subdivision(), "US-cA", INVALID,
                                 ["2:4: error: v: write the region code in capitals: 'US-CA'"]),
    "region: unknown": (Subdivision(), "XX-99", INVALID, [f"2:4: error: v: 'XX-99' {NOT_REGION}"]),
    "region: a number": (Subdivision(), "5", INVALID,
                         ["2:4: error: v: expected an ISO 3166-2 code such as US-CO, got a number (5)"]),
    "currency: EUR": (Currency(), "EUR", "EUR", []),
    "currency: lower case": (Currency(), "eur", INVALID, [f"2:4: error: v: 'eur' {NOT_CURRENCY}"]),
    "currency: unknown": (Currency(), "XYZ", INVALID, [f"2:4: error: v: 'XYZ' {NOT_CURRENCY}"]),
    "currency: a number": (Currency(), "5", INVALID,
                           ["2:4: error: v: expected a three-letter currency code such as USD, got a number (5)"]),
    # Eligibility: a region by its name, a country by its code (checked as a country), else the choices.
    "eligible: EU": (Eligibility(), "EU", "EU", []),
    "eligible: Middle East": (Eligibility(), "' Middle East '", "Middle East", []),
    "eligible: DE": (Eligibility(), "DE", "DE", []),
    "eligible: lower case": (Eligibility(), "de", INVALID,
                             ["2:4: error: v: write the country code in capitals: 'DE'"]),
    "eligible: unknown": (Eligibility(), "Mars", INVALID,
                          [f"2:4: error: v: expected a country code or one of {ELIGIBLE}, got text ('Mars')"]),
    "eligible: a number": (Eligibility(), "5", INVALID,
                           [f"2:4: error: v: expected a country code or one of {ELIGIBLE}, got a number (5)"]),
    # ListOf: the type, empty, too many, an item refused (the list with it), a repeat in other letters (a warning).
    "list: text": (ListOf(Text()), "a", INVALID, [f"2:4: error: v: expected {LIST}, got text ('a')"]),
    "list: empty": (ListOf(Text()), "[]", INVALID,
                    ["2:4: error: v is empty: list at least one item or remove the key"]),
    "list: too many": (ListOf(Text(), max_items=2), "[a, b, c]", INVALID,
                       ["2:4: error: v has 3 items; the limit is 2"]),
    "list: at the limit": (ListOf(Text(), max_items=2), "[a, b]", ("a", "b"), []),
    "list: a bad item": (ListOf(Text()), "[a, [b]]", INVALID, ["2:8: error: v[2]: expected text, got a list"]),
    "list: a repeat": (ListOf(Text()), "[a, A]", ("a", "A"), ["2:8: warning: v[2]: 'A' is listed twice"]),
    "list: repeats allowed": (ListOf(Text(), unique=False), "[a, a]", ("a", "a"), []),
    # MapOf: the type; a refused name is reported at the key, its entry dropped, and the check goes on.
    "map: a list": (MapOf(Url()), "[a]", INVALID,
                    ["2:4: error: v: expected a set of 'name: value' lines, got a list"]),
    "map: sorted by name": (MapOf(Url()), "{b: https://b.example, a: https://a.example}",
                            (("a", "https://a.example"), ("b", "https://b.example")), []),
    "map: a bad name, then a good and a bad entry": (
        MapOf(Url()), "{'bad key!': https://x.example, zed: https://z.example, blog: ftp://b.example}", INVALID,
        [f"2:5: error: v: 'bad key!' {BAD_NAME}",
         "2:66: error: v.blog: 'ftp://b.example' is not an http or https URL"]),
    "map: a bad name, then a good entry": (MapOf(Url()), "{'bad key!': 1, zed: https://z.example}",
                                           (("zed", "https://z.example"),), [f"2:5: error: v: 'bad key!' {BAD_NAME}"]),
    # Place (a location): not a set of keys; fine; a region in or out of its country; a region or country refused.
    "place: text": (PLACE, "Berlin", INVALID, [f"2:4: error: v: expected {KEYS}, got text ('Berlin')"]),
    "place: a list": (PLACE, "[Berlin]", INVALID, [f"2:4: error: v: expected {KEYS}, got a list"]),
    "place: a number": (PLACE, "5", INVALID, [f"2:4: error: v: expected {KEYS}, got a number (5)"]),
    "place: city and country": (PLACE, "{city: Berlin, country: DE}", {"city": "Berlin", "country": "DE"}, []),
    "place: a region in its country": (PLACE, "{city: Berlin, country: DE, region: DE-BE}",
                                       {"city": "Berlin", "country": "DE", "region": "DE-BE"}, []),
    "place: a region of another country": (
        PLACE, "{city: Berlin, country: DE, region: US-CO}", {"city": "Berlin", "country": "DE", "region": INVALID},
        ["2:40: error: v.region: 'US-CO' is not in DE — use a code starting 'DE-', or fix the country"]),
    "place: a region beside a refused country": (
        PLACE, "{city: Berlin, country: UK, region: US-CO}", {"city": "Berlin", "country": INVALID, "region": "US-CO"},
        [f"2:28: error: v.country: 'UK' {NOT_COUNTRY}"]),
    "place: a refused region": (
        PLACE, "{city: Berlin, country: DE, region: XX-99}", {"city": "Berlin", "country": "DE", "region": INVALID},
        [f"2:40: error: v.region: 'XX-99' {NOT_REGION}"]),
    "place: no country": (PLACE, "{city: Berlin, region: DE-BE}",
                          {"city": "Berlin", "region": "DE-BE", "country": INVALID},
                          ["2:4: error: missing required key 'country' in v (ISO 3166-1 alpha-2 code, e.g. DE)"]),
    # Window (time_zones): from must not lie east of to; the same offset twice is one.
    "window: from east of to": (schema.TIME_ZONES, "{from: UTC+2, to: UTC-3}", {"from": 120, "to": INVALID}, [
        "2:22: error: v.to: UTC−3 is west of from (UTC+2) — give the western offset as from, the eastern as to"]),
    "window: one offset": (schema.TIME_ZONES, "{from: UTC+2, to: UTC+2}", {"from": 120, "to": 120}, []),
    # A long value is quoted clipped, to 40 characters (60 for addresses and logo paths), the last one an ellipsis:
    # a pasted paragraph never floods the line.
    "clipped: off a pattern": (Text(pattern=schema.SLUG_PATTERN, pattern_hint="is not a slug"), "A" * 70, INVALID,
                               [f"2:4: error: v: '{'A' * 39}…' is not a slug"]),
    "clipped: not a choice": (Enum(("a", "b")), "z" * 70, INVALID,
                              [f"2:4: error: v: '{'z' * 39}…' is not valid — use one of: a, b"]),
    "clipped: below its minimum": (Number(), "-" + "1" * 50, INVALID,
                                   [f"2:4: error: v: -{'1' * 38}… must be at least 0"]),
    "clipped: above its maximum": (Number(), "1" * 50, INVALID,
                                   [f"2:4: error: v: {'1' * 39}… is too large; the limit is 1,000,000,000,000"]),
    "clipped: not an offset": (UtcOffset(), "UTC+" + "1" * 70, INVALID,
                               [f"2:4: error: v: 'UTC+{'1' * 35}…' is not {OFFSET}"]),
    "clipped: not a URL": (Url(), "ftp://" + "x" * 70, INVALID,
                           [f"2:4: error: v: 'ftp://{'x' * 53}…' is not an http or https URL"]),
    "clipped: not a logo file": (Logo(), "logos/" + "a" * 70, INVALID, [
        f"2:4: error: v: 'logos/{'a' * 53}…' is not a logo file: write a path such as logos/acme.svg (an .svg, .png "
        "or .webp file in content/logos/)"]),
    "clipped: not a country": (Country(), "X" * 70, INVALID, [f"2:4: error: v: '{'X' * 39}…' {NOT_COUNTRY}"]),
    "clipped: not a region": (Subdivision(), "X" * 70, INVALID, [f"2:4: error: v: '{'X' * 39}…' {NOT_REGION}"]),
    "clipped: not a currency": (Currency(), "X" * 70, INVALID, [f"2:4: error: v: '{'X' * 39}…' {NOT_CURRENCY}"]),
    "clipped: listed twice": (ListOf(Text()), f"[{'a' * 50}, {'A' * 50}]", ("a" * 50, "A" * 50),
                              [f"2:57: warning: v[2]: '{'A' * 39}…' is listed twice"]),
    "clipped: not a name": (MapOf(Url()), f"{{{'k' * 50}: https://x.example}}", (),
                            [f"2:5: error: v: '{'k' * 39}…' {BAD_NAME}"]),
    "clipped: an unknown key": (Obj((Field("a", Text()),)), f"{{{'k' * 50}: 1}}", {},
                                [f"2:5: error: unknown key 'v.{'k' * 37}…'"]),
}


@pytest.mark.parametrize(("kind", "yaml", "kept", "printed"), TABLE.values(), ids=TABLE.keys())
def test_each_type_keeps_or_refuses_each_value_with_its_line(kind: Type, yaml: str, kept: object,
                                                            printed: list[str]) -> None:
    value, problems = checked(kind, yaml)
    assert problems == printed
    assert value is INVALID if kept is INVALID else value == kept


def test_the_vocabularies_are_the_documented_ones() -> None:
    """Each enum's ids, in order, with the label visitors read (the filters, the pages and the form use them)."""
    assert schema.STAGE_LABELS == {
        "pre-seed": "Pre-seed", "seed": "Seed", "series-a": "Series A", "series-b": "Series B",
        "series-c": "Series C", "series-d-plus": "Series D+", "late-stage": "Late stage", "public": "Public company",
        "bootstrapped": "Bootstrapped", "nonprofit": "Nonprofit"}
    assert schema.STAGES == tuple(schema.STAGE_LABELS)
    assert schema.SIZES == ("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5000+")
    assert schema.WORKPLACE_LABELS == {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}
    assert schema.EMPLOYMENT_LABELS == {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
                                        "internship": "Internship", "temporary": "Temporary"}
    assert [(lv.id, lv.label, lv.rung, lv.manages) for lv in schema.SENIORITY_LADDER] == [
        ("intern", "Intern", 0, False), ("junior", "Junior", 1, False), ("mid", "Mid-level", 2, False),
        ("senior", "Senior", 3, False), ("staff", "Staff / Principal", 4, False), ("manager", "Manager", 4, True),
        ("director", "Director", 5, True), ("executive", "Executive", 6, True)]
    assert schema.PERIODS_PER_YEAR == {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}
    assert schema.REGIONS == ("Worldwide", "Europe", "EU", "North America", "Latin America", "Asia-Pacific",
                              "Africa", "Middle East")
    assert schema.ATS_KINDS == ("greenhouse", "lever", "ashby")
    # Every whole hour from UTC-12 to UTC+14 and the 13 half and quarter hours in use, in order.
    assert len(schema.OFFSETS_IN_USE) == 27 + 13 and schema.OFFSETS_IN_USE == tuple(sorted(schema.OFFSETS_IN_USE))
    assert (schema.OFFSETS_IN_USE[:2], schema.OFFSETS_IN_USE[-2:]) == ((-720, -660), (825, 840))


DEFINITIONS = {"site": schema.SITE, "company": schema.COMPANY, "posting": schema.POSTING}
PATHS = {"site": "content/site.yaml", "company": "content/companies/acme.md", "posting": "content/jobs/acme/r.md"}


def document(kind: str, text: str) -> tuple[dict, list[str]]:
    """One file's front matter (site.yaml: its YAML) against its schema: (values, the lines `jobsite check` prints)."""
    problems: list = []
    src = read_source(ContentFile(Path(PATHS[kind]), kind, "acme" if kind == "posting" else ""), text.encode(),
                      problems)
    assert src is not None, problems
    values, found = check_document(src, DEFINITIONS[kind])
    return values, [p.format() for p in found]


def test_the_sites_own_fields_refuse_with_their_hints() -> None:
    """Each site.yaml field with a rule of its own: Telegram channels over https only, a GitHub repository
    address, a branch name; a misspelt key at any depth gets its suggestion."""
    site = ("title: T\nbase_url: https://board.example\ndescription: R.\nlanguage: en\ncategories:\n"
            "  - {id: ai, label: AI, telegram: http://t.me/board_ai}\n  - {id: web3, lable: Web3}\n"
            "repository: https://gitlab.com/acme/board\nbranch: a..b\nlanguag: de\n")
    values, printed = document("site", site)
    assert printed == [
        "content/site.yaml:6:35: error: categories[1].telegram: 'http://t.me/board_ai' is not an https URL",
        "content/site.yaml:7:16: error: unknown key 'categories[2].lable' — did you mean 'label'?",
        "content/site.yaml:7:5: error: missing required key 'label' in categories[2] (name shown to visitors)",
        "content/site.yaml:8:13: error: repository: 'https://gitlab.com/acme/board' is not a GitHub repository "
        "address such as https://github.com/owner/repo",
        "content/site.yaml:9:9: error: branch: 'a..b' is not a branch name such as main",
        "content/site.yaml:10:1: error: unknown key 'languag' — did you mean 'language'?"]
    assert (values["repository"], values["branch"]) == (INVALID, INVALID)
    fine = (site.replace("http://t.me", "https://t.me").replace("lable", "label").replace("languag: de\n", "")
            .replace("gitlab.com", "github.com").replace("a..b", "jobs/main"))
    values, printed = document("site", fine)
    assert printed == [] and values["categories"][0]["telegram"] == "https://t.me/board_ai"
    assert (values["repository"], values["branch"]) == ("https://github.com/acme/board", "jobs/main")


def test_a_companys_fields_of_the_wrong_shape_are_each_one_line() -> None:
    """A headquarters written as text, a logo of the wrong type, boards that are not `kind:board`: one line each,
    at the value, never a traceback; the same fields written right are kept."""
    company = ("---\nname: Acme\nwebsite: https://acme.example\nstage: series-b\ntagline: Robots.\n"
               "headquarters: Berlin\nlogo: 5\nats: [workday:acme, 'greenhouse:', lever:acme]\n---\nAcme.\n")
    values, printed = document("company", company)
    board = "is not an applicant-tracking board such as greenhouse:acme, lever:acme or ashby:acme"
    assert printed == [
        "content/companies/acme.md:6:15: error: headquarters: expected a set of 'key: value' lines, got text "
        "('Berlin')",
        f"content/companies/acme.md:7:7: error: logo: expected {LOGO}, got a number (5)",
        f"content/companies/acme.md:8:7: error: ats[1]: 'workday:acme' {board}",
        f"content/companies/acme.md:8:21: error: ats[2]: 'greenhouse:' {board}"]
    assert [values[k] for k in ("headquarters", "logo", "ats")] == [INVALID] * 3 and values["stage"] == "series-b"
    right = (company.replace("headquarters: Berlin", "headquarters: {city: Berlin, country: DE}")
             .replace("logo: 5", "logo: logos/acme.svg")
             .replace("workday:acme, 'greenhouse:', ", "greenhouse:acme.io, ashby:Acme_2, "))
    values, printed = document("company", right)
    assert printed == [] and values["ats"] == ("greenhouse:acme.io", "ashby:Acme_2", "lever:acme")
    assert values["headquarters"] == {"city": "Berlin", "country": "DE"}


def test_an_empty_or_unknown_key_in_a_posting_is_named_at_its_place() -> None:
    values, printed = document("posting", "---\ntitle:\nsalary: {min: 1, max: 2, currncy: EUR, period: year}\n---\n")
    missing = "content/jobs/acme/r.md:2:1: error: missing required key"
    assert printed == [
        "content/jobs/acme/r.md:2:7: error: title is empty: give a value or remove the key",
        "content/jobs/acme/r.md:3:26: error: unknown key 'salary.currncy' — did you mean 'currency'?",
        "content/jobs/acme/r.md:3:9: error: missing required key 'currency' in salary (ISO 4217 code, e.g. USD, EUR)",
        # Every other required key, in the schema's order, with what to write; no optional one.
        f"{missing} 'company' (the company's slug: its file name in companies/)",
        f"{missing} 'category' (a category id from site.yaml)", f"{missing} 'workplace' (onsite, hybrid or remote)",
        f"{missing} 'employment_type' (kind of contract)", f"{missing} 'posted' (date the role was posted, YYYY-MM-DD)",
        f"{missing} 'apply_url' (the company's application page)"]
    assert values["title"] is INVALID and values["salary"]["currency"] is INVALID


@pytest.mark.parametrize(("value", "said"), [
    (None, "nothing"), (True, "true/false"), (float("inf"), "infinity (.inf)"),
    (float("-inf"), "minus infinity (-.inf)"), (float("nan"), "not a number (.nan)"), (5, "a number (5)"),
    (2.5, "a number (2.5)"), (dt.datetime(2026, 11, 20, 9, 30), "a date and time"),
    (dt.date(2026, 11, 20), "a date (2026-11-20)"), ("x" * 41, f"text ('{'x' * 39}…')"),
    ("x" * 40, f"text ('{'x' * 40}')"), ([1], "a list"), ({"a": 1}, "a set of keys"), ({1}, "set"),
])
def test_a_value_is_described_in_plain_words(value: object, said: str) -> None:
    assert describe(value) == said


def test_a_key_path_is_spelt_as_authors_read_it() -> None:
    assert field_name(("locations", 1, "country")) == "locations[2].country"
    assert field_name(("salary", "min")) == "salary.min"
    assert field_name(("tags", 0)) == "tags[1]"
    assert field_name(()) == ""


def test_the_marker_of_a_refused_value_stays_itself_through_pickle_and_says_what_it_is() -> None:
    """Checked values are cached pickled and compared with `is INVALID` afterwards."""
    import pickle

    assert pickle.loads(pickle.dumps({"title": INVALID}))["title"] is INVALID
    assert repr({"title": INVALID}) == "{'title': INVALID}"
