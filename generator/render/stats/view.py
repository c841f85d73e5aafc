"""What /stats/ and the category pages show of the figures: each chart beside the table of its numbers."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Category, Model
from ..format import format_amount, format_date
from .charts import WIDTH, BandChart, BarChart, ColumnChart, band_chart, bar_chart, column_chart, pay_axis_max
from .figures import Band, BoardStats, Count, PayBands, Share, Week, board_stats, category_stats

SMALL_WIDTH = WIDTH  # the category page's three charts side by side
SOURCE_NOTES = {
    "employer": "Ranges employers published in their postings.",
    "estimate": "Our estimates for postings without a range: see each posting's page for how they were made.",
}


@dataclass(frozen=True)
class Table:
    """A chart's numbers: the first cell of each row is its header."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Figure:
    id: str  # unique on its page: the heading, chart and table ids derive from it
    heading: str
    chart: BarChart | ColumnChart | BandChart
    table: Table
    note: str = ""
    empty: str | None = None  # said instead of an empty chart
    folded: bool = False  # the table sits in a <details> (long tables, small versions)


@dataclass(frozen=True)
class Section:
    heading: str
    intro: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class StatsPage:
    open_roles: int
    sections: tuple[Section, ...]
    stats: BoardStats


@dataclass(frozen=True)
class CategoryPanel:
    """The small version of /stats/ on a category page."""

    category: Category
    summary: str  # "12 open roles: 3 on-site, 4 hybrid, 5 remote."
    figures: tuple[Figure, ...]


# In words for job seekers; how the figures are computed (percentile method, rounding) is in docs/stats.md.
PAY_INTRO = ("Yearly pay in US dollars, taking the middle of each role's range. Each bar runs from the pay of the "
             "lower quarter of roles to that of the upper quarter; the mark is the middle role's pay. Figures are "
             "rounded to the nearest $1,000.")


def stats_page(model: Model) -> StatsPage:
    """The sections of /stats/, in reading order."""
    s = board_stats(model)
    axis = pay_axis_max(s.pay_by_seniority.employer, s.pay_by_seniority.estimate, s.pay_by_category.employer,
                        s.pay_by_category.estimate)
    sections = (
        Section("Open roles", f"{s.open_roles:,} open {'role' if s.open_roles == 1 else 'roles'} right now.", (
            count_figure("by-category", "Open roles by category", s.by_category, "Category"),
            count_figure("by-workplace", "Open roles by workplace", s.by_workplace, "Workplace"))),
        Section("New roles", "Roles by the day they were posted, including those that have closed since.", (
            week_figure("per-week", f"New roles per week, last {len(s.new_per_week)} weeks", s.new_per_week),)),
        Section("Pay", PAY_INTRO, (
            *pay_figures("seniority", "by seniority", s.pay_by_seniority, "Seniority", axis),
            *pay_figures("category", "by category", s.pay_by_category, "Category", axis))),
        Section("Skills", "The tags open roles use most.", (
            count_figure("tags", "Top tags", s.top_tags, "Tag", empty="No open role has tags yet."),)),
        Section("Where", "Where open roles are based, and where remote roles let you live.", (
            count_figure("countries", "Top countries roles are based in", s.top_countries, "Country",
                         note="A role based in several countries counts once in each.",
                         empty="No open role names a location yet."),
            count_figure("remote", "Where remote roles are open to", s.remote_eligibility, "Country or region",
                         note="Each country or region a remote role names counts once; "
                              "“Not stated” roles name none.", empty="No open remote roles right now."))),
        Section("Visas", "How many open roles say the employer sponsors work visas.", (
            share_figure("visa", "Open roles that sponsor visas, by category", s.visa_by_category),)),
    )
    return StatsPage(s.open_roles, sections, s)


def category_panel(model: Model, category: Category) -> CategoryPanel:
    """The category page's small version: its new roles per week and its pay by seniority."""
    c = category_stats(model, category)
    axis = pay_axis_max(c.pay_by_seniority.employer, c.pay_by_seniority.estimate)
    figures = (week_figure("cat-per-week", f"New {category.label} roles per week", c.new_per_week, height=150,
                           width=SMALL_WIDTH, label_every=8),
               *pay_figures("cat-seniority", "by seniority", c.pay_by_seniority, "Seniority", axis, small=True))
    return CategoryPanel(category, _workplace_summary(c.open_roles, c.by_workplace), figures)


def _workplace_summary(total: int, counts: tuple[Count, ...]) -> str:
    split = ", ".join(f"{c.count:,} {c.label.lower()}" for c in counts if c.count)
    return f"{total:,} open {'role' if total == 1 else 'roles'}" + (f": {split}." if split else ".")


def count_figure(fig_id: str, heading: str, counts: tuple[Count, ...], what: str, note: str = "",
                 empty: str = "No open roles to count yet.") -> Figure:
    table = Table(heading, (what, "Open roles"), tuple((c.label, f"{c.count:,}") for c in counts))
    return Figure(fig_id, heading, bar_chart(fig_id + "-chart", heading, counts), table, note,
                  empty=None if counts else empty)


def share_figure(fig_id: str, heading: str, shares: tuple[Share, ...]) -> Figure:
    """Bars of how many roles offer it; the table adds of how many, and the share."""
    counts = tuple(Count(s.key, s.label, s.offering) for s in shares)
    table = Table(heading, ("Category", "Sponsor visas", "Open roles", "Share"),
                  tuple((s.label, f"{s.offering:,}", f"{s.total:,}", f"{s.percent}%") for s in shares))
    return Figure(fig_id, heading, bar_chart(fig_id + "-chart", heading, counts, "open roles that sponsor visas"),
                  table, "A role whose posting does not say counts as not sponsoring.",
                  empty=None if shares else "No open roles to count yet.")


def week_figure(fig_id: str, heading: str, weeks: tuple[Week, ...], height: int = 200, width: int = WIDTH,
                label_every: int = 8) -> Figure:
    """A column per week; its 26-row table is folded away under the chart."""
    rows = tuple((f"{format_date(w.start)} – {format_date(w.end)}", f"{w.count:,}") for w in weeks)
    table = Table(heading, ("Week", "New roles"), rows)
    chart = column_chart(fig_id + "-chart", heading, weeks, height, label_every, width)
    return Figure(fig_id, heading, chart, table, folded=True)


def pay_figures(fig_id: str, grouping: str, bands: PayBands, what: str, axis: int,
                small: bool = False) -> tuple[Figure, Figure]:
    """Employers' ranges and estimates as two figures, never one: they are different kinds of number."""
    return (_pay_figure(f"{fig_id}-employer", f"Employers' pay ranges {grouping}", bands.employer, "employer",
                        what, axis, small),
            _pay_figure(f"{fig_id}-estimate", f"Estimated pay {grouping}", bands.estimate, "estimate", what, axis,
                        small))


def _pay_figure(fig_id: str, heading: str, bands: tuple[Band, ...], source: str, what: str, axis: int,
                small: bool) -> Figure:
    rows = tuple((b.label, f"{b.postings:,}", *(format_amount(v, "USD") for v in (b.p25, b.median, b.p75)))
                 for b in bands)
    table = Table(f"{heading} (US dollars a year)",
                  (what, "Postings", "Lower quarter", "Median", "Upper quarter"), rows)
    empty = None if bands else ("No open postings state a range yet." if source == "employer"
                                else "No open postings needed an estimate.")
    note = "" if small else SOURCE_NOTES[source]  # the small version stays small, its tables folded
    chart = band_chart(fig_id + "-chart", heading, bands, source, axis, SMALL_WIDTH if small else WIDTH)
    return Figure(fig_id, heading, chart, table, note, empty, folded=small)
