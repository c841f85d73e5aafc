"""Chart geometry for /stats/: every coordinate, label and description is decided here; templates only draw.

Charts are inline SVG drawn at build time (no script, no chart library). Sizes are in viewBox units; the SVG
scales to its container. Colours are not decided here: the elements carry classes that style.css paints with
the page's own custom properties and currentColor, so a chart follows the page's colour scheme.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..format import format_amount, format_date
from .figures import Band, Count, Week

# viewBox units, close to the CSS pixels a 320 px phone gives a chart (style.css caps how far one grows), so the
# 14-unit text renders at 12 px or more there (tests/browser/test_phone_first.py measures it).
WIDTH = 300
FONT = 14  # matches .chart text in style.css; used to leave room for labels
MIN_BAND = 3.0  # a band where the 25th and 75th percentiles meet (one posting) is still drawn


@dataclass(frozen=True)
class Tick:
    pos: float  # x for a horizontal axis, y for a vertical one
    text: str
    label_x: float
    label_y: float
    anchor: str = "middle"  # text-anchor of the label


@dataclass(frozen=True)
class Bar:
    """A horizontal bar with its label above it and its value at its end."""

    label: str
    value: str
    y: float  # top of the row
    width: float
    label_y: float
    bar_y: float
    value_x: float
    value_y: float


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    desc: str
    height: float
    bars: tuple[Bar, ...]
    bar_height: float
    width: int = WIDTH
    kind: str = "bars"


@dataclass(frozen=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    tooltip: str


@dataclass(frozen=True)
class ColumnChart:
    id: str
    title: str
    desc: str
    height: float
    columns: tuple[Column, ...]
    y_ticks: tuple[Tick, ...]  # gridlines with their labels
    x_ticks: tuple[Tick, ...]  # dates under some columns
    plot_left: float
    plot_right: float
    baseline: float
    width: int = WIDTH
    kind: str = "columns"


@dataclass(frozen=True)
class BandRow:
    """One group's pay: a bar from the 25th to the 75th percentile, a mark at the median."""

    label: str
    median_text: str
    label_y: float
    bar_y: float
    x: float  # 25th percentile
    width: float  # to the 75th, never thinner than MIN_BAND so one posting still shows
    median_x: float
    median_top: float
    median_bottom: float
    value_x: float
    value_y: float


@dataclass(frozen=True)
class BandChart:
    id: str
    title: str
    desc: str
    height: float
    rows: tuple[BandRow, ...]
    ticks: tuple[Tick, ...]
    source: str  # "employer" or "estimate": the class that colours the bands
    bar_height: float
    axis_y: float
    plot_top: float
    label_x: float
    width: int = WIDTH
    kind: str = "bands"


def nice_step(top: float, most: int = 5) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ step that covers `top` in at most `most` steps (at least 1)."""
    if top <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(top / most))
    return next(m * magnitude for m in (1, 2, 5, 10) if top / (m * magnitude) <= most)


def _r(value: float) -> float:
    return round(value, 1)


def bar_chart(chart_id: str, title: str, counts: tuple[Count, ...], noun: str = "open roles") -> BarChart:
    """Horizontal bars, one row per count, longest for the largest; zeros keep their row."""
    row, bar_h, value_room = 38, 14, 56
    top = max((c.count for c in counts), default=0) or 1
    scale = (WIDTH - value_room) / top
    bars = tuple(Bar(c.label, f"{c.count:,}", y=i * row, width=_r(c.count * scale), label_y=i * row + FONT + 2,
                     bar_y=i * row + FONT + 7, value_x=_r(c.count * scale + 6), value_y=i * row + FONT + 7 + bar_h - 2)
                 for i, c in enumerate(counts))
    desc = ", ".join(f"{c.label}: {c.count:,}" for c in counts) or "No data yet"
    return BarChart(chart_id, title, f"{title} ({noun}). {desc}.", max(row, len(counts) * row + 4), bars, bar_h)


def column_chart(chart_id: str, title: str, weeks: tuple[Week, ...], height: int = 200,
                 label_every: int = 5, width: int = WIDTH) -> ColumnChart:
    """One column per week, oldest on the left; dates under every `label_every`-th week, counting back from
    the latest, so the newest week is always labelled."""
    left, right, top_pad, bottom = 36.0, width - 8.0, 10.0, height - 26.0
    top = max((w.count for w in weeks), default=0)
    step = max(1, nice_step(top, 4))  # counts: whole steps only
    axis_top = max(step, math.ceil(top / step) * step)
    scale = (bottom - top_pad) / axis_top
    pitch = (right - left) / max(1, len(weeks))
    columns = tuple(Column(_r(left + i * pitch + pitch * 0.15), _r(bottom - w.count * scale), _r(pitch * 0.7),
                           _r(w.count * scale), f"{format_date(w.start)} – {format_date(w.end)}: {_roles(w.count)}")
                    for i, w in enumerate(weeks))
    y_ticks = tuple(Tick(y, f"{v:,.0f}", left - 6, _r(y + 4), "end")
                    for v in _range(0, axis_top, step) for y in [_r(bottom - v * scale)])
    # The newest date ends at the plot's right edge: centred under its column it would be cut off.
    x_ticks = tuple(Tick(x, _day_month(w.end), right if i == len(weeks) - 1 else x, height - 8.0,
                         "end" if i == len(weeks) - 1 else "middle")
                    for i, w in enumerate(weeks) if (len(weeks) - 1 - i) % label_every == 0
                    for x in [_r(left + (i + 0.5) * pitch)])
    return ColumnChart(chart_id, title, _weeks_desc(title, weeks), height, columns, y_ticks, x_ticks, left, right,
                       bottom, width)


def band_chart(chart_id: str, title: str, bands: tuple[Band, ...], source: str, axis_max: int,
               width: int = WIDTH) -> BandChart:
    """Pay bands on a shared dollar axis (`axis_max`, so charts side by side compare at a glance)."""
    left, value_room = 4.0, 76  # room at the right for the median's figure
    scale = (width - left - value_room) / axis_max
    rows = tuple(_band_row(b, i * BAND_ROW, left, scale) for i, b in enumerate(bands))
    axis_y = len(bands) * BAND_ROW + 6.0
    ticks = tuple(Tick(x, _thousands_label(v), x, axis_y + FONT + 4, "start" if v == 0 else "middle")
                  for v in _range(0, axis_max, nice_step(axis_max, 5 if width >= 400 else 3))
                  for x in [_r(left + v * scale)])
    return BandChart(chart_id, title, _bands_desc(title, bands), axis_y + FONT + 10, rows, ticks, source,
                     BAND_HEIGHT, axis_y, 0.0, left, width)


BAND_ROW, BAND_HEIGHT = 40, 12


def _band_row(b: Band, y: float, left: float, scale: float) -> BandRow:
    """One group's row: its label on top, then the band from p25 to p75 with the median marked across it."""
    x, span = left + b.p25 * scale, max(MIN_BAND, (b.p75 - b.p25) * scale)
    bar_y = y + FONT + 7
    return BandRow(f"{b.label} ({_postings(b.postings)})", format_amount(b.median, "USD"), label_y=y + FONT + 2,
                   bar_y=bar_y, x=_r(x), width=_r(span), median_x=_r(left + b.median * scale),
                   median_top=bar_y - 3, median_bottom=bar_y + BAND_HEIGHT + 3, value_x=_r(x + span + 6),
                   value_y=bar_y + BAND_HEIGHT - 1)


def pay_axis_max(*groups: tuple[Band, ...]) -> int:
    """A round dollar figure just above every 75th percentile shown."""
    top = max((b.p75 for bands in groups for b in bands), default=0) or 100_000
    step = nice_step(top, 5)
    return int(math.ceil(top / step) * step)


def _range(start: float, stop: float, step: float) -> list[float]:
    """start, start + step, … up to stop inclusive (never past it: a tick beyond the axis would be cut off)."""
    count = math.floor((stop - start) / step + 1e-9)
    return [start + i * step for i in range(count + 1)]


def _thousands_label(amount: float) -> str:
    return "$0" if amount == 0 else f"${amount / 1000:,.0f}k"


def _day_month(day) -> str:
    return f"{day.day} {day:%b}"


def _roles(n: int) -> str:
    return f"{n:,} new {'role' if n == 1 else 'roles'}"


def _postings(n: int) -> str:
    return f"{n:,} {'posting' if n == 1 else 'postings'}"


def _weeks_desc(title: str, weeks: tuple[Week, ...]) -> str:
    if not weeks:
        return f"{title}. No data yet."
    total = sum(w.count for w in weeks)
    busiest = max(weeks, key=lambda w: (w.count, w.end))
    span = f"{len(weeks)} weeks from {format_date(weeks[0].start)} to {format_date(weeks[-1].end)}"
    if not total:
        return f"{title}: {span}. No new roles in that time."
    return (f"{title}: {span}, {_roles(total)} in all. Busiest: the week to {format_date(busiest.end)}, "
            f"{_roles(busiest.count)}. The latest week: {_roles(weeks[-1].count)}.")


def _bands_desc(title: str, bands: tuple[Band, ...]) -> str:
    if not bands:
        return f"{title}. No postings with this kind of pay figure yet."
    medians = "; ".join(f"{b.label} {format_amount(b.median, 'USD')} ({_postings(b.postings)})" for b in bands)
    return f"{title}. Median yearly pay in US dollars: {medians}. Bars run from the lower to the upper quarter."
