"""The supervisor summary as a PDF: key figures, breakdowns with bar charts, rules, lanes.

Laid out with the shared page frame (:mod:`borderdesk.reports.layout`): letterhead,
"page X of Y", footer. Each breakdown is a chart and the table of its figures, so
the numbers can be read exactly and copied; a section with nothing to show says so
in words instead of drawing an empty chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether  # type: ignore[import-untyped]

from borderdesk.core.i18n import tr
from borderdesk.reports import layout
from borderdesk.reports.charts import bar_chart, lane_chart
from borderdesk.reports.summary import Count, Summary

_W = layout.CONTENT_WIDTH


@dataclass(frozen=True, slots=True)
class SummaryHeading:
    """Who the summary is for and who printed it (all texts already translated)."""

    agency: str
    station: str
    printed: str
    watermark: str = ""


def summary_pdf(summary: Summary, heading: SummaryHeading) -> bytes:
    """The summary's PDF bytes."""
    period = tr("{start} to {end}", start=summary.start.isoformat(), end=summary.end.isoformat())
    head = layout.Letterhead(
        agency=heading.agency, station=heading.station, title=tr("Supervisor summary"),
        reference=period, page_label=tr("Page {page} of {pages}"),
        footer=(heading.printed, tr("Figures include cases not yet signed off; the yearly "
                                    "IAFQ tables count signed-off cases only.")),
        watermark=heading.watermark)
    story: list[Any] = [layout.para(tr("Supervisor summary"), layout.styles().title),
                        layout.para(tr("Period: {period} ({days} days)", period=period,
                                       days=summary.days), layout.styles().note)]
    story += _key_figures(summary)
    story += _breakdown(tr("Arms by type"), summary.by_type, tr("Type"), tr(
        "No firearm or light weapon was recorded in the period."), summary.events_with_arms)
    story += _breakdown(tr("Seizures and arms by detection method"), summary.by_method,
                        tr("Detection method"), "")
    story += _breakdown(tr("Seizures and arms by route"), summary.by_route,
                        tr("Route (departure > destination)"), "")
    story += _breakdown(tr("Seizures and arms by crossing"), summary.by_crossing,
                        tr("Crossing"), "")
    story += _rules(summary)
    story += _lanes(summary)
    info = layout.PdfInfo(title=tr("Supervisor summary {period}", period=period),
                          subject=heading.station, author="borderdesk")
    return layout.render(head, story, info)


def _key_figures(s: Summary) -> list[Any]:
    pairs = [
        (tr("Seizure events"), tr("{count} ({open} not yet signed off)", count=s.events,
                                  open=s.open_events)),
        (tr("Arms (firearms and light weapons)"), s.arms),
        (tr("Parts and components (pieces)"), s.parts),
        (tr("Rounds of ammunition"), s.rounds),
        (tr("Declarations lodged"), s.declarations),
        (tr("Lanes in force"), tr("red {red}, yellow {yellow}, green {green}; {random} chosen "
                                  "at random", red=s.lane_totals["red"],
                                  yellow=s.lane_totals["yellow"],
                                  green=s.lane_totals["green"], random=s.random)),
        (tr("Declarations inspected"), s.inspections),
    ]
    return [*layout.heading(tr("Key figures")), layout.field_table(pairs, label_width=0.38)]


def _breakdown(title: str, rows: tuple[Count, ...], first: str, empty: str,
               events_total: int | None = None) -> list[Any]:
    """A chart of the arms per row and the table of events and arms; ``events_total``
    when an event can count in several rows (arms of two types)."""
    flow: list[Any] = layout.heading(title)
    if not rows:
        return [*flow, layout.para(empty or tr("No seizure was recorded in the period."))]
    if any(row.arms for row in rows):
        flow.append(bar_chart(tr("Arms"), [(row.label, row.arms) for row in rows], _W))
    table = [(row.label, row.events, row.arms) for row in rows]
    events = sum(r.events for r in rows) if events_total is None else events_total
    table.append((tr("Total"), events, sum(r.arms for r in rows)))
    flow.append(layout.data_table(_header(first, tr("Events"), tr("Arms")), _right(table),
                                  (0.66, 0.17, 0.17)))
    if events_total is not None:
        flow.append(layout.para(tr("An event with arms of several types counts once in "
                                   "each of their rows; the total counts it once."),
                                layout.styles().note))
    return flow


def _rules(s: Summary) -> list[Any]:
    flow: list[Any] = layout.heading(tr("Risk rules: hits and what inspections found"))
    if not s.rules:
        return [*flow, layout.para(tr("No risk rule hit a declaration lodged in the period."))]
    flow.append(layout.para(tr(
        "Declarations lodged in the period on which each rule hit (latest screening), how "
        "many were inspected, and how many inspections ended in a seizure or found an "
        "irregularity. Find rate: seizures and irregularities per declaration inspected."),
        layout.styles().note))
    top = [r for r in s.rules[:12] if r.seizures + r.irregularities]
    if top:
        flow.append(bar_chart(tr("Finds (seizures and irregularities) per rule"),
                              [(r.rule, r.seizures + r.irregularities) for r in top], _W))
    rows = [(r.rule, r.hits, r.inspected, r.seizures, r.irregularities,
             f"{100 * (r.seizures + r.irregularities) / r.inspected:.0f} %" if r.inspected
             else "-") for r in s.rules]
    flow.append(layout.data_table(
        _header(tr("Rule"), tr("Hits"), tr("Inspected"), tr("Seizures"),
                tr("Irregularities"), tr("Find rate")), _right(rows),
        (0.31, 0.1, 0.13, 0.13, 0.18, 0.15)))
    return flow


def _lanes(s: Summary) -> list[Any]:
    flow: list[Any] = layout.heading(tr("Lane selections against inspection capacity"))
    unit = tr("per week") if s.weekly else tr("per day")
    red_cap = s.capacity.red
    per_bucket = None
    if red_cap is not None:
        # A week's capacity line is drawn for a full week; part-weeks at the ends show more room.
        per_bucket = float(red_cap * (7 if s.weekly else 1))
    chart = lane_chart(
        tr("Declarations by lane in force, {unit}", unit=unit),
        [(b.short, b.red, b.yellow, b.green) for b in s.buckets], per_bucket,
        tr("red-lane capacity"), (tr("red"), tr("yellow"), tr("green")), _W)
    rows = []
    for lane, cap in (("red", s.capacity.red), ("yellow", s.capacity.yellow),
                      ("green", None)):
        daily = s.lane_totals[lane] / s.days
        peak = max((getattr(b, lane) / b.days for b in s.buckets), default=0)
        rows.append((tr(lane.capitalize()), s.lane_totals[lane], _rate(daily), _rate(peak),
                     "-" if cap is None else cap,
                     "-" if cap is None else s.over_capacity(lane)))
    over = tr("Weeks over capacity") if s.weekly else tr("Days over capacity")
    table = layout.data_table(
        _header(tr("Lane"), tr("Declarations"), tr("Per day (mean)"),
                tr("Per day (busiest {unit})", unit=tr("week") if s.weekly else tr("day")),
                tr("Capacity per day"), over), _right(rows),
        (0.14, 0.15, 0.16, 0.2, 0.16, 0.19))
    # The heading, chart and table stay on one page: apart they read as three things.
    flow = [KeepTogether([*flow, chart, table])]
    if s.capacity.red is None and s.capacity.yellow is None:
        flow.append(layout.para(tr(
            "No inspection capacity was given: run the summary with --red-capacity and "
            "--yellow-capacity (inspections per day) to compare."), layout.styles().note))
    return flow


def _rate(value: float) -> str:
    """A rate per day: two decimals below 1 (one declaration a month is not 0.0)."""
    return f"{value:.2f}" if 0 < value < 1 else f"{value:.1f}"


def _header(first: str, *numbers: str) -> list[Any]:
    """A header whose number columns are right-aligned like their figures."""
    s = layout.styles()
    right = ParagraphStyle("bd-head-right", parent=s.cell_bold, alignment=TA_RIGHT)
    return [first, *(layout.cell(words, right) for words in numbers)]


def _right(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    """Numbers right-aligned in their cells; the first column stays as text."""
    right = layout.styles().cell_right
    return [[row[0], *(layout.cell(v, right) for v in row[1:])] for row in rows]
