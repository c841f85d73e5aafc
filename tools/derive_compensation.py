"""Derive the compensation benchmarks (content/data/compensation.yaml) from the aijobs.net salary survey.

An offline tool, not part of the site generator: the build reads only the committed YAML. Run from the
repository root: ``python -m tools.derive_compensation [--csv PATH] [--output PATH] [--date YYYY-MM-DD]``.

Input: data/survey/ai-salaries-2025-01-19.csv.gz (committed; gzip of the CSV, which may also be given
uncompressed), 80 % of the aijobs.net snapshot of 2025-01-19, public domain (CC0); its columns and caveats are
in data/survey/README.md. The output depends only on the CSV's bytes and the constants below (never on the
clock), so re-running it on the same snapshot gives the same bytes; tests/model/test_compensation.py checks that the
committed YAML is exactly what this produces.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import math
import pathlib
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from generator.load.schema import STAGE_LABELS
from generator.model.compensation.families import FAMILIES, FAMILY_LABELS, infer_family
from generator.model.compensation.regions import MEMBERS, REGION_LABELS, REGIONS, region_for_country
from generator.model.compensation.seniority import infer_seniority
from generator.model.compensation.titles import core_title

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO_ROOT / "data" / "survey" / "ai-salaries-2025-01-19.csv.gz"
DEFAULT_OUTPUT = REPO_ROOT / "content" / "data" / "compensation.yaml"
SNAPSHOT_DATE = "2025-01-19"  # the survey snapshot the CSV was taken from; the default derivation date

SURVEY_LEVELS = {"EN": "junior", "MI": "mid", "SE": "senior", "EX": "director"}
BASE_LEVELS: tuple[str, ...] = ("junior", "mid", "senior", "director")
SURVEY_EMPLOYMENT = {"FT": "full-time", "PT": "part-time", "CT": "contract", "FL": "freelance"}
ALL_FAMILIES = "*"

# Pantera Capital, 2023 blockchain compensation survey, as reported by CoinDesk (September 2023): median base
# salary of North American crypto engineers. Compared below with the survey's own 2023 North American software
# and ML engineers, the nearest population to "engineers" in Pantera's sense.
PANTERA_2023_NA_ENGINEER_MEDIAN = 193_000
ENGINEERING_FAMILIES = ("software-engineer", "ml-engineer")

# Developer relations has no survey rows; advocates are hired from and paid like software engineers.
FAMILY_PROXIES = {"developer-relations": "software-engineer"}


@dataclass(frozen=True)
class Settings:
    """Knobs of the derivation; bench/estimates.py compares alternatives on held-out rows."""

    min_year: int = 2023  # older rows pay visibly less (2022 about -10 %) and are few; 2024-only loses non-US rows
    min_rows: int = 20  # fewer rows in a cell (or of a role name): fall back; 10 measured no better, 50 worse
    region_first: bool = False  # fallback: all roles of the level in the region x family factor comes first
    titles: bool = True  # measure factors for common core role names (bench: about -0.9 points of error)


@dataclass(frozen=True)
class SurveyRow:
    """One survey response, with the family and region our own inference gives it."""

    year: int
    level: str
    employment: str
    title: str
    usd: int
    salary: float
    currency: str
    country: str
    family: str
    region: str


@dataclass(frozen=True)
class Summary:
    """Quartiles of annual base salary in USD and the number of rows behind them."""

    p25: float
    p50: float
    p75: float
    rows: int

    def scaled(self, factor: float) -> Summary:
        """Return the same spread moved by a multiplicative factor."""
        return replace(self, p25=self.p25 * factor, p50=self.p50 * factor, p75=self.p75 * factor)


Cells = dict[tuple[str, str, str], Summary]  # (family or "*", level, region) -> quartiles


@dataclass(frozen=True)
class Measured:
    """A ratio measured on survey rows: the median of salary / reference, and how many rows."""

    value: float
    rows: int


@dataclass(frozen=True)
class Derived:
    """Everything the YAML file states, before formatting."""

    table: dict[tuple[str, str, str], tuple[Summary, str]]
    region_factors: dict[str, Measured]
    family_factors: dict[str, tuple[Measured, str]]
    title_factors: dict[str, Measured]
    staff: Measured
    manager: Measured
    part_time: Measured
    contract: Measured
    robotics: Measured
    web3_reference: Measured
    rows_used: int


def parse_row(record: dict[str, str]) -> SurveyRow:
    """Turn one CSV record into a SurveyRow with inferred family and region."""
    return SurveyRow(
        year=int(record["work_year"]),
        level=SURVEY_LEVELS[record["experience_level"]],
        employment=SURVEY_EMPLOYMENT[record["employment_type"]],
        title=record["job_title"],
        usd=int(record["salary_in_usd"]),
        salary=float(record["salary"]),
        currency=record["salary_currency"],
        country=record["employee_residence"],
        family=infer_family(record["job_title"])[0],
        region=region_for_country(record["employee_residence"]),
    )


def survey_bytes(path: pathlib.Path) -> bytes:
    """The CSV's bytes, decompressed when the file is gzipped (the committed copy is)."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def survey_name(path: pathlib.Path) -> str:
    """The CSV's own name, recorded in the YAML whether or not it was read gzipped."""
    return path.name.removesuffix(".gz")


def read_survey(path: pathlib.Path) -> list[SurveyRow]:
    """Read the survey CSV (plain or gzipped) into rows, in file order."""
    text = survey_bytes(path).decode("utf-8")
    return [parse_row(record) for record in csv.DictReader(io.StringIO(text, newline=""))]


def percentile(ordered: Sequence[float], q: float) -> float:
    """Return the q-quantile of sorted values, interpolating linearly between ranks (numpy's default)."""
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(values: Iterable[float]) -> Summary:
    """Return the quartiles of some salaries."""
    ordered = sorted(values)
    return Summary(percentile(ordered, 0.25), percentile(ordered, 0.5), percentile(ordered, 0.75), len(ordered))


def regions_of(fine_region: str) -> list[str]:
    """Return the fine region and every composite region that contains it."""
    return [region for region in REGIONS if fine_region in MEMBERS[region]]


def group_cells(rows: Sequence[SurveyRow]) -> Cells:
    """Summarise salaries by (family or '*', level, region) over fine and composite regions."""
    groups: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for row in rows:
        for region in regions_of(row.region):
            groups[(row.family, row.level, region)].append(row.usd)
            groups[(ALL_FAMILIES, row.level, region)].append(row.usd)
    return {key: summarise(values) for key, values in groups.items()}


def median_ratio(rows: Iterable[SurveyRow], reference: Callable[[SurveyRow], float | None]) -> Measured:
    """Return the median of salary / reference over rows that have a reference."""
    ratios = [row.usd / ref for row in rows if (ref := reference(row))]
    return Measured(statistics.median(ratios) if ratios else 1.0, len(ratios))


def usable(cells: Cells, key: tuple[str, str, str], min_rows: int) -> Summary | None:
    """Return a cell only when it holds enough rows to stand on its own."""
    cell = cells.get(key)
    return cell if cell is not None and cell.rows >= min_rows else None


def region_factors(rows: Sequence[SurveyRow], cells: Cells, min_rows: int) -> dict[str, Measured]:
    """Measure each region's pay against the same family and level across all regions."""
    def reference(row: SurveyRow) -> float | None:
        cell = usable(cells, (row.family, row.level, "global"), min_rows)
        return cell.p50 if cell else None
    return {region: median_ratio((r for r in rows if r.region in MEMBERS[region]), reference) for region in REGIONS}


def family_factors(rows: Sequence[SurveyRow], cells: Cells, min_rows: int) -> dict[str, tuple[Measured, str]]:
    """Measure each family's pay against all roles at the same level and region (or borrow a proxy's)."""
    def reference(row: SurveyRow) -> float | None:
        cell = usable(cells, (ALL_FAMILIES, row.level, row.region), min_rows)
        return cell.p50 if cell else None
    measured = {family: median_ratio((r for r in rows if r.family == family), reference) for family, _ in FAMILIES}
    factors = {}
    for family, factor in measured.items():
        if factor.rows >= min_rows:
            factors[family] = (factor, "measured")
        elif family in FAMILY_PROXIES:
            factors[family] = (measured[FAMILY_PROXIES[family]], f"proxy:{FAMILY_PROXIES[family]}")
        else:
            factors[family] = (Measured(1.0, factor.rows), "none")
    return factors


def resolve_cell(key: tuple[str, str, str], cells: Cells, regions: dict[str, Measured],
                 families: dict[str, tuple[Measured, str]], settings: Settings) -> tuple[Summary, str]:
    """Return the figure for one (family, level, region) and which fallback produced it."""
    family, level, region = key
    region_factor, family_factor = regions[region].value, families[family][0].value
    direct = usable(cells, key, settings.min_rows)
    if direct:
        return direct, "cell"
    across = usable(cells, (family, level, "global"), settings.min_rows)
    pooled = usable(cells, (ALL_FAMILIES, level, region), settings.min_rows)
    options = [(across, region_factor, "region-factor"), (pooled, family_factor, "family-factor")]
    for cell, factor, basis in options if settings.region_first else reversed(options):
        if cell:
            return cell.scaled(factor), basis
    everything = cells[(ALL_FAMILIES, level, "global")]
    return everything.scaled(region_factor * family_factor), "both-factors"


def derive(rows: Sequence[SurveyRow], settings: Settings = Settings()) -> Derived:
    """Derive benchmarks from survey rows: cells, fallbacks, factors, measured ratios and rates."""
    recent = [row for row in rows if row.year >= settings.min_year]
    full_time = [row for row in recent if row.employment == "full-time"]
    cells = group_cells(full_time)
    regions = region_factors(full_time, cells, settings.min_rows)
    families = family_factors(full_time, cells, settings.min_rows)
    table = {
        key: resolve_cell(key, cells, regions, families, settings)
        for key in ((f, level, region) for f, _ in FAMILIES for level in BASE_LEVELS for region in REGIONS)
    }

    def peers(row: SurveyRow, family: str | None = None) -> float:
        """Return the table median of the row's own cell, or of another family in the same cell."""
        return table[(family or row.family, row.level, row.region)][0].p50

    inferred = [(row, infer_seniority(row.title)[0]) for row in full_time if row.level == "senior"]
    return Derived(
        table=table,
        region_factors=regions,
        family_factors=families,
        title_factors=title_factors(full_time, peers, settings.min_rows) if settings.titles else {},
        staff=median_ratio((row for row, level in inferred if level == "staff"), peers),
        manager=median_ratio((row for row, level in inferred if level == "manager"), peers),
        part_time=median_ratio((row for row in recent if row.employment == "part-time"), peers),
        contract=median_ratio((row for row in recent if row.employment == "contract"), peers),
        robotics=median_ratio(
            (row for row in full_time if row.family == "hardware-robotics"),
            lambda row: statistics.mean(peers(row, family) for family in ENGINEERING_FAMILIES),
        ),
        web3_reference=median_engineers_2023(rows),
        rows_used=len(full_time),
    )


def title_factors(rows: Sequence[SurveyRow], peers: Callable[[SurveyRow], float],
                  min_rows: int) -> dict[str, Measured]:
    """Measure common core role names against their table cell (family, level, region).

    Only survey titles without any level word count: "Data Lead" earns a lead's premium, which the staff
    multiplier already adds to a posting titled "Data Lead"; measuring it here too would count it twice.
    """
    groups: dict[str, list[SurveyRow]] = defaultdict(list)
    for row in rows:
        core = core_title(row.title) if infer_seniority(row.title)[1] == "default" else None
        if core is not None:
            groups[core].append(row)
    return {core: median_ratio(group, peers) for core, group in groups.items() if len(group) >= min_rows}


def median_engineers_2023(rows: Sequence[SurveyRow]) -> Measured:
    """Return the median 2023 full-time salary of North American software and ML engineers in the survey."""
    values = [
        row.usd for row in rows
        if row.year == 2023 and row.employment == "full-time" and row.region in MEMBERS["north-america"]
        and row.family in ENGINEERING_FAMILIES
    ]
    return Measured(statistics.median(values) if values else 0.0, len(values))


def round_to(value: float, step: float) -> float:
    """Round half away from zero to a step, so the file does not depend on banker's rounding."""
    return math.floor(value / step + 0.5) * step


def ratio(value: float) -> str:
    """Format a factor with two decimals, as the file states factors."""
    return f"{round_to(value, 0.01):.2f}"


def quoted(text: str) -> str:
    """Quote a string for YAML (a JSON string is a valid YAML double-quoted scalar)."""
    return json.dumps(text, ensure_ascii=False)


# --- editorial decisions, written into the file with their reasons --------------------------------------------

# (stage id, label, modifier, reason shown on the page)
# (stage id, modifier, note); labels are schema.STAGE_LABELS, the one table of stage names.
STAGES: tuple[tuple[str, float, str], ...] = (
    ("pre-seed", -0.15, "early-stage companies trade cash for equity (-15%)"),
    ("seed", -0.15, "early-stage companies trade cash for equity (-15%)"),
    ("series-a", -0.15, "early-stage companies trade cash for equity (-15%)"),
    ("series-b", 0.0, "Series B and C are the reference stages, so the benchmark is used as is"),
    ("series-c", 0.0, "Series B and C are the reference stages, so the benchmark is used as is"),
    ("series-d-plus", 0.10,
     "Series D and later count as late-stage venture (as Crunchbase and PitchBook classify them), +10%"),
    ("late-stage", 0.10, "late-stage companies pay closer to public-company rates (+10%)"),
    ("public", 0.10, "public companies pay more cash than startups (+10%)"),
    ("bootstrapped", 0.0,
     "bootstrapped companies have no venture equity to trade for cash and their stage says nothing about size, "
     "so the benchmark is used as is"),
    ("nonprofit", -0.15,
     "non-profits pay less cash than the market, as early-stage startups do, so the early-stage cut applies (-15%)"),
)

STAGE_COMMENTS = {
    "series-d-plus": "late stage: Crunchbase and PitchBook both count Series D and later as late-stage venture",
    "bootstrapped": "as is: the early-stage cut is cash traded for equity, which bootstrapped firms do not offer;"
                    " they range from studios to profitable firms paying market, so no direction is justified",
    "nonprofit": "editorial assumption: non-profits (here mostly foundations and research institutes) pay below"
                 " market cash with no equity; we reuse the early-stage -15% rather than invent a new figure",
}

INTERN_FRACTION = 0.6  # editorial assumption, see the comment written with it
EXECUTIVE_MULTIPLIER = 1.0  # the survey's EX level mixes directors and executives; no title in it is C-level


def level_lines(derived: Derived) -> list[str]:
    """Render how each seniority level maps onto the survey's four levels."""
    return [
        "levels:  # our seniority levels -> the survey's experience_level (EN, MI, SE, EX), times a multiplier",
        "  director: {base: director, multiplier: 1.00, survey_level: EX}",
        f"  executive: {{base: director, multiplier: {ratio(EXECUTIVE_MULTIPLIER)}}}"
        "  # editorial: EX mixes directors and executives; no survey title is C-level",
        f"  intern: {{base: junior, multiplier: {ratio(INTERN_FRACTION)}, period: month}}"
        "  # editorial assumption: interns earn ~60 % of a junior's monthly base (big tech near junior rates,"
        " small firms and Europe far less); the survey has no interns",
        "  junior: {base: junior, multiplier: 1.00, survey_level: EN}",
        f"  manager: {{base: senior, multiplier: {ratio(derived.manager.value)}, rows: {derived.manager.rows}}}"
        "  # measured: SE rows whose title names a manager, against their family/region peers",
        "  mid: {base: mid, multiplier: 1.00, survey_level: MI}",
        "  senior: {base: senior, multiplier: 1.00, survey_level: SE}",
        f"  staff: {{base: senior, multiplier: {ratio(derived.staff.value)}, rows: {derived.staff.rows}}}"
        "  # measured: SE rows titled staff/principal/lead/architect, against their family/region peers",
    ]


def stage_lines() -> list[str]:
    """Render the company-stage modifiers with their reasons."""
    lines = ["stages:  # modifier on the benchmark by company stage; note is shown on the posting page"]
    for stage, modifier, note in sorted(STAGES):
        label = STAGE_LABELS[stage]
        comment = f"  # {STAGE_COMMENTS[stage]}" if stage in STAGE_COMMENTS else ""
        lines.append(f"  {stage}: {{label: {quoted(label)}, modifier: {modifier:+.2f}, note: {quoted(note)}}}{comment}")
    return lines


def category_lines(derived: Derived) -> list[str]:
    """Render the industry multipliers relative to the survey (AI), each naming its source."""
    reference = derived.web3_reference
    web3 = PANTERA_2023_NA_ENGINEER_MEDIAN / reference.value if reference.rows else 1.0
    robotics = derived.robotics
    robotics_note = (f"robotics roles in the survey earn {ratio(robotics.value)} times software and ML engineers"
                     " at the same level and region")
    web3_note = f"crypto engineers earn {ratio(web3)} times this survey’s engineers (Pantera Capital, 2023)"
    return [
        "categories:  # industry multiplier relative to the survey, which covers AI, ML and data roles",
        "  ai: {label: \"AI\", multiplier: 1.00, note: \"the survey covers AI, ML and data roles, so no adjustment\"}",
        f"  robotics: {{label: \"Robotics\", multiplier: {ratio(robotics.value)}, native_family: hardware-robotics,"
        f" note: {quoted(robotics_note)}}}",
        f"    # source: this survey — {robotics.rows} full-time rows with robotics/hardware titles, median ratio to the"
        " mean of software and ML engineer medians at the same level and region. Not applied to the hardware /"
        " robotics family, whose benchmark already comes from those rows.",
        f"  web3: {{label: \"Web3\", multiplier: {ratio(web3)}, note: {quoted(web3_note)}}}",
        f"    # source: Pantera Capital 2023 blockchain compensation survey (reported by CoinDesk, Sept 2023): North"
        f" American crypto engineers' median base ${PANTERA_2023_NA_ENGINEER_MEDIAN:,}; this survey's 2023 North"
        f" American software and ML engineers: ${reference.value:,.0f} ({reference.rows} rows).",
    ]


def employment_lines(derived: Derived) -> list[str]:
    """Render how each employment type changes the figure."""
    part = round_to(derived.part_time.value, 0.05)
    part_note = f"part-time is pro rata at {part:.0%} of full-time (about {part * 5:.0f} days a week)"
    contract = derived.contract
    return [
        "employment_types:  # factor on the annual full-time figure; internships become a monthly stipend",
        "  contract: {factor: 1.00, note: \"shown as the annualised full-time equivalent\"}",
        f"    # decision: as is. The survey's {contract.rows} contract rows earn {ratio(contract.value)} of full-time"
        " peers, but mix short, part-year and hourly contracts; a contractor's rate usually also covers the"
        " benefits an employee gets, so we show the full-time equivalent rather than a cut.",
        "  freelance: {factor: 1.00, note: \"shown as the annualised full-time equivalent\"}  # as contract",
        "  full-time: {factor: 1.00, note: \"full-time\"}",
        "  internship: {factor: 1.00, note: \"internships are estimated as a monthly stipend\"}",
        f"  part-time: {{factor: {part:.2f}, note: {quoted(part_note)}}}",
        f"    # measured: the survey's {derived.part_time.rows} part-time rows earn a median"
        f" {ratio(derived.part_time.value)} of full-time peers at the same family, level and region (rounded to"
        " 0.05); postings rarely state hours.",
        "  temporary: {factor: 1.00, note: \"fixed-term employees are paid like permanent ones\"}",
    ]


def factor_lines(derived: Derived) -> list[str]:
    """Render the measured region and family factors used by the fallbacks."""
    lines = ["regions:  # factor: median salary / same family and level across all regions (rows = rows measured)"]
    for region in sorted(REGIONS):
        factor = derived.region_factors[region]
        lines.append(f"  {region}: {{label: {quoted(REGION_LABELS[region])}, factor: {ratio(factor.value)},"
                     f" rows: {factor.rows}}}")
    lines.append("families:  # factor: median salary / all roles at the same level and region")
    for family in sorted(FAMILY_LABELS):
        factor, how = derived.family_factors[family]
        proxy = f", proxy: {how.split(':', 1)[1]}" if how.startswith("proxy:") else ""
        comment = {"measured": "", "none": "  # too few rows to measure: no adjustment"}.get(
            how, "  # no survey rows: editorial proxy, advocates are hired from and paid like software engineers")
        lines.append(f"  {family}: {{label: {quoted(FAMILY_LABELS[family])}, factor: {ratio(factor.value)},"
                     f" rows: {factor.rows}{proxy}}}{comment}")
    return lines


def title_lines(derived: Derived, min_rows: int) -> list[str]:
    """Render the measured factors of common core role names."""
    lines = [
        f"titles:  # exact survey titles with >= {min_rows} rows: median salary / their table cell.",
        "  # Survey titles naming a level (Data Lead, Engineering Manager) are not measured: the level multipliers",
        "  # carry that premium. A posting's title is reduced to its core role name (seniority words and",
        "  # qualifiers after a comma, dash or bracket removed) and the factor applies when it matches exactly.",
    ]
    for title, factor in sorted(derived.title_factors.items()):
        lines.append(f"  {quoted(title)}: {{factor: {ratio(factor.value)}, rows: {factor.rows}}}")
    return lines if derived.title_factors else [lines[0].replace("titles:", "titles: {}", 1)]


def table_lines(derived: Derived) -> list[str]:
    """Render the complete family x level x region table of annual base salary quartiles in USD."""
    lines = [
        "table:  # family -> level -> region: p25 / p50 / p75 annual base salary in USD, rows behind the figure",
        "  # basis: cell = the rows of that family, level and region; region-factor = the family and level across",
        "  # all regions x the region's factor; family-factor = all roles at that level in the region x the family's",
        "  # factor; both-factors = all roles at that level across regions x both factors.",
    ]
    for family in sorted(FAMILY_LABELS):
        lines.append(f"  {family}:")
        for level in sorted(BASE_LEVELS):
            lines.append(f"    {level}:")
            for region in sorted(REGIONS):
                cell, basis = derived.table[(family, level, region)]
                lines.append(
                    f"      {region}: {{p25: {round_to(cell.p25, 1):.0f}, p50: {round_to(cell.p50, 1):.0f},"
                    f" p75: {round_to(cell.p75, 1):.0f}, rows: {cell.rows}, basis: {basis}}}"
                )
    return lines


def header_lines(csv_name: str, csv_sha256: str, rows_read: int, derived: Derived, settings: Settings,
                 date: str) -> list[str]:
    """Render the provenance header: attribution, derivation date and settings."""
    return [
        "# Compensation benchmarks for jobsite postings that state no salary.",
        "# GENERATED by `python -m tools.derive_compensation` - do not edit by hand: change the derivation",
        "# (tools/derive_compensation.py) and re-run it, so this file always matches its source",
        "# (data/survey/, committed). Exchange rates are not here: they live in generator/base/money.py.",
        "# Salary data: aijobs.net salary survey, public domain (CC0) - https://aijobs.net/salaries",
        "# The survey is about 90 % US residents: figures outside the US, Canada and the UK rest on few rows,",
        "# which is why countries are pooled into regions and every figure states the rows behind it.",
        "source:",
        "  attribution: \"aijobs.net salary survey (CC0), aijobs.net/salaries\"",
        "  license: CC0-1.0",
        "  url: https://aijobs.net/salaries",
        f"  csv: {quoted(csv_name)}",
        f"  csv_sha256: {quoted(csv_sha256)}",
        f"  snapshot: {quoted(SNAPSHOT_DATE)}",
        f"  derived: {quoted(date)}  # fixed by the snapshot (or --date), never the clock, so output is reproducible",
        f"  rows_read: {rows_read}",
        f"  rows_used: {derived.rows_used}  # full-time rows from work_year >= min_year",
        "settings:",
        f"  min_year: {settings.min_year}  # older rows pay visibly less and are few",
        f"  min_rows: {settings.min_rows}  # a cell with fewer rows falls back (see table basis)",
        "  unit: USD per year, base salary",
    ]


def render_yaml(derived: Derived, *, settings: Settings, date: str, csv_name: str, csv_sha256: str,
                rows_read: int) -> str:
    """Render the whole benchmarks file as commented, deterministic YAML."""
    sections = [
        header_lines(csv_name, csv_sha256, rows_read, derived, settings, date),
        level_lines(derived), stage_lines(), category_lines(derived), employment_lines(derived),
        factor_lines(derived), title_lines(derived, settings.min_rows), table_lines(derived),
    ]
    return "\n".join(line for section in sections for line in section) + "\n"


def derive_file(csv_path: pathlib.Path, date: str = SNAPSHOT_DATE, settings: Settings = Settings()) -> str:
    """Read the survey CSV and return the benchmarks file's text."""
    rows = read_survey(csv_path)
    digest = hashlib.sha256(survey_bytes(csv_path)).hexdigest()  # of the CSV itself, so gzip settings never matter
    return render_yaml(derive(rows, settings), settings=settings, date=date, csv_name=survey_name(csv_path),
                       csv_sha256=digest, rows_read=len(rows))


def main(argv: Sequence[str] | None = None) -> int:
    """Write content/data/compensation.yaml (or --output) from the survey CSV."""
    parser = argparse.ArgumentParser(prog="python -m tools.derive_compensation", description=main.__doc__)
    parser.add_argument("--csv", type=pathlib.Path, default=DEFAULT_CSV, help="survey CSV (default: %(default)s)")
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT, help="YAML to write")
    parser.add_argument("--date", default=SNAPSHOT_DATE, help="derivation date to record (default: snapshot date)")
    args = parser.parse_args(argv)
    if not args.csv.is_file():
        print(f"error: survey CSV not found: {args.csv}", file=sys.stderr)
        return 2
    text = derive_file(args.csv, args.date)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
