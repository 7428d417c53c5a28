"""The supervisor summary's figures on screen: key figures, then one tab per breakdown
(arms by type, by detection method, by route, by crossing; rules hit and their finds;
lanes against capacity), each a table beside its chart.

The same :class:`~borderdesk.reports.summary.Summary` the printed summary prints, so
the screen and the PDF never disagree. Tables are :class:`RowsModel` over the
summary's rows; charts are the QPainter charts of :mod:`borderdesk.ui.reports_charts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.reports.summary import LANES, Count, RuleCount, Summary
from borderdesk.ui.declarations_model import lane_colour, lane_text
from borderdesk.ui.reports_charts import BarsChart, DayLanes, LaneDaysChart
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel, compact_rows

_C = "ReportsFigures"
noop = QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class LaneRow:
    """One lane's line: selections, capacity a day, busiest day and days over capacity."""

    lane: str
    selections: int
    share: float
    capacity: int | None
    busiest: int
    over: int


def _count_columns(what: Any) -> list[ColumnSpec[Count]]:
    return [
        ColumnSpec(what, noop("ReportsFigures", "What the seizures are counted by"),
                   lambda c: c.label),
        ColumnSpec(noop("ReportsFigures", "Seizures"),
                   noop("ReportsFigures", "Seizure events (cases) in the period"),
                   lambda c: str(c.events), sort_key=lambda c: c.events, align=RIGHT),
        ColumnSpec(noop("ReportsFigures", "Arms"),
                   noop("ReportsFigures", "Firearms seized (not parts or ammunition)"),
                   lambda c: str(c.arms), sort_key=lambda c: c.arms, align=RIGHT),
    ]


RULE_COLUMNS: list[ColumnSpec[RuleCount]] = [
    ColumnSpec(noop("ReportsFigures", "Rule"), noop("ReportsFigures", "The risk rule"),
               lambda r: r.rule),
    ColumnSpec(noop("ReportsFigures", "Hits"),
               noop("ReportsFigures", "Declarations of the period the rule hit"),
               lambda r: str(r.hits), sort_key=lambda r: r.hits, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Inspected"),
               noop("ReportsFigures", "Of those, how many were inspected"),
               lambda r: str(r.inspected), sort_key=lambda r: r.inspected, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Seizures"),
               noop("ReportsFigures", "Inspections that ended in a seizure"),
               lambda r: str(r.seizures), sort_key=lambda r: r.seizures, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Irregularities"),
               noop("ReportsFigures", "Inspections that found an irregularity"),
               lambda r: str(r.irregularities), sort_key=lambda r: r.irregularities,
               align=RIGHT),
]

LANE_COLUMNS: list[ColumnSpec[LaneRow]] = [
    ColumnSpec(noop("ReportsFigures", "Lane"),
               noop("ReportsFigures", "The lane in force when the declaration was lodged"),
               lambda r: lane_text(r.lane, False), background=lambda r: lane_colour(r.lane)),
    ColumnSpec(noop("ReportsFigures", "Declarations"),
               noop("ReportsFigures", "Declarations selected for the lane"),
               lambda r: str(r.selections), sort_key=lambda r: r.selections, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Share"),
               noop("ReportsFigures", "Share of the period's declarations"),
               lambda r: f"{r.share:.0%}", sort_key=lambda r: r.share, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Capacity a day"),
               noop("ReportsFigures", "Inspections a day the crossing can do"),
               lambda r: "–" if r.capacity is None else str(r.capacity),
               sort_key=lambda r: r.capacity or 0, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Busiest"),
               noop("ReportsFigures", "Most selections in one day (or week)"),
               lambda r: str(r.busiest), sort_key=lambda r: r.busiest, align=RIGHT),
    ColumnSpec(noop("ReportsFigures", "Over capacity"),
               noop("ReportsFigures", "Days (or weeks) with more selections than the"
                    " capacity"),
               lambda r: "–" if r.capacity is None else str(r.over),
               sort_key=lambda r: r.over, align=RIGHT),
]


def lane_rows(summary: Summary) -> list[LaneRow]:
    """The lanes' lines of ``summary``."""
    total = max(summary.declarations, 1)
    return [LaneRow(lane, summary.lane_totals.get(lane, 0),
                    summary.lane_totals.get(lane, 0) / total,
                    getattr(summary.capacity, lane, None),
                    max((getattr(b, lane) for b in summary.buckets), default=0),
                    summary.over_capacity(lane)) for lane in LANES]


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab goes on to the chart's tabs and the buttons
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    compact_rows(view)
    return view


class FiguresView(QWidget):
    """Key figures above, and a tab per breakdown: table on the left, chart on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.summary: Summary | None = None
        self.key_labels: dict[str, QLabel] = {}
        keys = QFrame()
        keys.setObjectName("keyFigures")
        keys.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(keys)
        for index, (key, text, tip) in enumerate((
                ("events", self.tr("Seizures"), self.tr("Seizure events (cases) in the"
                                                        " period, signed off or not")),
                ("open", self.tr("Still open"), self.tr("Cases not signed off yet")),
                ("arms", self.tr("Arms"), self.tr("Firearms seized")),
                ("parts", self.tr("Parts"), self.tr("Parts and components seized")),
                ("rounds", self.tr("Rounds"), self.tr("Rounds of ammunition seized")),
                ("declarations", self.tr("Declarations"), self.tr(
                    "Declarations lodged in the period")),
                ("inspections", self.tr("Inspected"), self.tr(
                    "Declarations inspected")),
                ("random", self.tr("Random"), self.tr(
                    "Declarations selected at random")))):
            value = QLabel("–")
            value.setObjectName(f"key_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setToolTip(tip)
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setToolTip(tip)
            grid.addWidget(value, 0, index)
            grid.addWidget(caption, 1, index)
            self.key_labels[key] = value

        self.type_model: RowsModel[Count] = RowsModel(_C, _count_columns(
            noop("ReportsFigures", "Type of arm")), self)
        self.method_model: RowsModel[Count] = RowsModel(_C, _count_columns(
            noop("ReportsFigures", "Detection method")), self)
        self.route_model: RowsModel[Count] = RowsModel(_C, _count_columns(
            noop("ReportsFigures", "Route (departure > destination)")), self)
        self.crossing_model: RowsModel[Count] = RowsModel(_C, _count_columns(
            noop("ReportsFigures", "Crossing")), self)
        self.rule_model: RowsModel[RuleCount] = RowsModel(_C, RULE_COLUMNS, self)
        self.lane_model: RowsModel[LaneRow] = RowsModel(_C, LANE_COLUMNS, self)
        self.type_chart = BarsChart(self.tr("Arms by type"))
        self.method_chart = BarsChart(self.tr("Seizures by detection method"))
        self.route_chart = BarsChart(self.tr("Seizures by route"))
        self.crossing_chart = BarsChart(self.tr("Seizures by crossing"))
        self.rule_chart = BarsChart(self.tr("Hits and finds per rule"))
        self.lane_chart = LaneDaysChart()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("figureTabs")
        self._splitters: list[tuple[QSplitter, QTableView]] = []
        for model, chart, name, title, tip in (
                (self.type_model, self.type_chart, "typeTable", self.tr("By &type"),
                 self.tr("Seizures and arms by type of arm")),
                (self.method_model, self.method_chart, "methodTable",
                 self.tr("By &detection"), self.tr("Seizures by how they were detected")),
                (self.route_model, self.route_chart, "routeTable", self.tr("By ro&ute"),
                 self.tr("Seizures by country of departure and destination")),
                (self.crossing_model, self.crossing_chart, "crossingTable",
                 self.tr("By &crossing"), self.tr("Seizures by border crossing")),
                (self.rule_model, self.rule_chart, "ruleTable", self.tr("Rules &hit"),
                 self.tr("Rules hit and how many hits led to finds")),
                (self.lane_model, self.lane_chart, "laneTable", self.tr("Lane&s"),
                 self.tr("Lane selections against inspection capacity"))):
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.setChildrenCollapsible(False)
            table = _table(model, name)
            splitter.addWidget(table)
            self._splitters.append((splitter, table))
            splitter.addWidget(chart)
            # A wider window widens the chart; the table keeps the width its columns need.
            splitter.setStretchFactor(0, 0)
            splitter.setStretchFactor(1, 1)
            index = self.tabs.addTab(splitter, title)
            self.tabs.setTabToolTip(index, tip)
        self.note = QLabel()
        self.note.setObjectName("figuresNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(keys, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

    @property
    def models(self) -> list[RowsModel]:
        """Every table's model (the tests check each with the model tester)."""
        return [self.type_model, self.method_model, self.route_model, self.crossing_model,
                self.rule_model, self.lane_model]

    def show_summary(self, summary: Summary) -> None:
        """Show the figures of ``summary`` in the key figures, tables and charts."""
        self.summary = summary
        for key, value in (("events", summary.events), ("open", summary.open_events),
                           ("arms", summary.arms), ("parts", summary.parts),
                           ("rounds", summary.rounds), ("declarations", summary.declarations),
                           ("inspections", summary.inspections),
                           ("random", summary.random)):
            self.key_labels[key].setText(str(value))
        self.note.setText(self.tr(
            "{start} to {end} ({days} days, station time). Every case of the period is"
            " counted, signed off or not; an event with arms of two types counts in both"
            " rows.").format(start=summary.start.isoformat(), end=summary.end.isoformat(),
                             days=summary.days))
        breakdowns: Sequence[tuple[RowsModel[Count], BarsChart, tuple[Count, ...], bool]] = (
            (self.type_model, self.type_chart, summary.by_type, True),
            (self.method_model, self.method_chart, summary.by_method, False),
            (self.route_model, self.route_chart, summary.by_route, False),
            (self.crossing_model, self.crossing_chart, summary.by_crossing, False))
        for model, chart, rows, arms in breakdowns:
            model.set_rows(rows)
            chart.set_rows([(c.label, c.arms if arms else c.events) for c in rows])
        self.rule_model.set_rows(summary.rules)
        self.rule_chart.set_rows([(r.rule, r.hits) for r in summary.rules],
                                 [r.seizures + r.irregularities for r in summary.rules],
                                 (self.tr("declarations hit"),
                                  self.tr("finds (seizures and irregularities)")))
        self.lane_model.set_rows(lane_rows(summary))
        self._fit_tables()
        self.lane_chart.set_buckets(
            [DayLanes(b.label, b.short, b.days, b.red, b.yellow, b.green)
             for b in summary.buckets], summary.capacity.red, summary.weekly)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_tables()  # the real width is known only now

    def _fit_tables(self) -> None:
        """Give each table the width its columns need (no sideways scrolling for a
        number), and the chart the rest."""
        for splitter, table in self._splitters:
            header = table.horizontalHeader()
            needed = (header.length() + 2 * table.frameWidth()
                      + table.verticalScrollBar().sizeHint().width())
            total = max(splitter.width(), self.width(), 600)
            first = min(needed, total * 3 // 5)
            splitter.setSizes([first, total - first])
