"""The analyst's back-test: two profiles (or versions) over a period of stored declarations.

The analyst picks profile A and profile B (the two shipped ones by default, or
any profile file) and a period (the station's whole data by default), and runs
:func:`borderdesk.services.backtest.backtest_profiles` on a worker, in a station
session of its own. The result shows as a table per rule (hits, finds and
precision for A and B side by side) and as two charts
(:mod:`borderdesk.ui.backtest_charts`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError, Cancelled
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.rules.backtest import BacktestResult, RuleFigures
from borderdesk.rules.problems import ProfileError
from borderdesk.rules.rule_texts import rule_text
from borderdesk.services.backtest import (
    RuleComparison,
    backtest_profiles,
    compare_rules,
    open_choice,
    precision,
    profile_choices,
    stored_period,
)
from borderdesk.services.station import SessionTicket, StationSession
from borderdesk.ui.backtest_charts import LaneBars, LaneChart, RuleBars, RuleChart
from borderdesk.ui.problems_dialog import show_problems
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel, compact_rows, filter_proxy
from borderdesk.ui.workers import Job, TaskRunner

log = logging.getLogger(__name__)

CONTEXT = "BacktestModel"
#: The profiles compared when the analyst has chosen nothing else.
DEFAULT_PAIR = ("firearms-default", "firearms-extended")


@dataclass(frozen=True)
class BacktestRun:
    """What one back-test run produced: A's figures and B's (None when B was not chosen)."""

    a: BacktestResult
    b: BacktestResult | None


def backtest_job(ticket: SessionTicket, refs: tuple[str, ...], date_from: date,
                 date_to: date) -> Job[BacktestRun]:
    """A job that loads the profiles and back-tests them in a session of its own."""

    def job(on_progress: ProgressCallback, cancel: CancelToken) -> BacktestRun:
        with ticket.open() as session:
            profiles = [open_choice(session, ref) for ref in refs]
            results = backtest_profiles(session, profiles, date_from=date_from,
                                        date_to=date_to, on_progress=on_progress,
                                        cancel=cancel)
        return BacktestRun(results[0], results[1] if len(results) > 1 else None)

    return job


def _side(row: RuleComparison, side: str) -> RuleFigures | None:
    return row.a if side == "a" else row.b


def _cell(side: str, which: str) -> Callable[[RuleComparison], str]:
    def text(row: RuleComparison) -> str:
        figures = _side(row, side)
        if figures is None:
            return "–"
        if which == "hits":
            return str(figures.hits)
        if which == "finds":
            return f"{figures.finds}/{figures.inspected}"
        value = precision(figures)
        return "–" if value is None else f"{value:.0%}"
    return text


def _key(side: str, which: str) -> Callable[[RuleComparison], float]:
    def key(row: RuleComparison) -> float:
        figures = _side(row, side)
        if figures is None:
            return -1.0
        if which == "precision":
            value = precision(figures)
            return -1.0 if value is None else value
        return float(getattr(figures, which))
    return key


def _title(row: RuleComparison) -> str:
    """The rule's title, translated when its profile is borderdesk's."""
    return rule_text(row.title, row.shipped)


def _rule_tip(row: RuleComparison) -> str:
    return f"{row.rule} — {_title(row)}"


def _columns() -> list[ColumnSpec[RuleComparison]]:
    noop = QT_TRANSLATE_NOOP
    columns: list[ColumnSpec[RuleComparison]] = [
        ColumnSpec(noop("BacktestModel", "Rule"), noop("BacktestModel", "The rule's id"),
                   lambda r: r.rule, tooltip=_rule_tip),
        ColumnSpec(noop("BacktestModel", "Title"), noop("BacktestModel", "What the rule finds"),
                   _title, tooltip=_rule_tip),
    ]
    titles = {"a": (noop("BacktestModel", "Hits A"), noop("BacktestModel", "Finds A"),
                    noop("BacktestModel", "Precision A")),
              "b": (noop("BacktestModel", "Hits B"), noop("BacktestModel", "Finds B"),
                    noop("BacktestModel", "Precision B"))}
    for side in ("a", "b"):
        hits, finds, share = titles[side]
        columns += [
            ColumnSpec(hits, noop("BacktestModel", "Declarations of the period the rule hits"),
                       _cell(side, "hits"), sort_key=_key(side, "hits"), align=RIGHT),
            ColumnSpec(finds, noop(
                "BacktestModel", "Hits whose inspection found something, of those inspected"),
                _cell(side, "finds"), sort_key=_key(side, "finds"), align=RIGHT),
            ColumnSpec(share, noop(
                "BacktestModel", "Finds as a share of the inspected hits (– when none was "
                "inspected)"), _cell(side, "precision"), sort_key=_key(side, "precision"),
                align=RIGHT),
        ]
    return columns


class BacktestModel(RowsModel[RuleComparison]):
    """Per rule, A's and B's figures side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CONTEXT, _columns(), parent)

    def set_run(self, run: BacktestRun | None) -> None:
        """Show a run's figures (None: nothing)."""
        self.set_rows([] if run is None else compare_rules(run.a, run.b))


def rule_bars(run: BacktestRun) -> list[RuleBars]:
    """The rule chart's values."""
    return [RuleBars(row.rule, _title(row),
                     None if row.a is None else (row.a.hits, row.a.finds),
                     None if row.b is None else (row.b.hits, row.b.finds))
            for row in compare_rules(run.a, run.b)]


def lane_bars(run: BacktestRun) -> list[LaneBars]:
    """The lane chart's values."""
    lanes = []
    for index, figures in enumerate(run.a.lanes):
        other = run.b.lanes[index] if run.b is not None else None
        lanes.append(LaneBars(
            figures.lane.value, figures.capacity,
            (figures.per_day, figures.busiest_day, figures.days_over_capacity),
            None if other is None else (other.per_day, other.busiest_day,
                                        other.days_over_capacity)))
    return lanes


def choose_profile_file(parent: QWidget) -> Path | None:
    """Ask for a profile file (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BacktestPanel", "Choose a profile"), "",
        QCoreApplication.translate("BacktestPanel", "Risk profiles (*.yaml *.yml)"))
    return Path(name) if name else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BacktestPanel(QWidget):
    """Choose A, B and a period; run on a worker; show the table and the charts."""

    #: A run finished and its figures are shown (the BacktestRun).
    finished = Signal(object)
    #: A one-line outcome for the status bar.
    status_message = Signal(str)

    def __init__(self, session: StationSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backtestPanel")
        self._session = session
        self._runner = runner
        self._token: CancelToken | None = None
        #: The figures shown (None before the first run).
        self.run: BacktestRun | None = None

        self.profile_a = self._profile_combo("profileA", DEFAULT_PAIR[0])
        self.profile_b = self._profile_combo("profileB", DEFAULT_PAIR[1])
        self.profile_b.insertItem(0, self.tr("(none)"), None)
        self.profile_a.setToolTip(self.tr("Profile A: usually the profile in use"))
        self.profile_b.setToolTip(self.tr("Profile B: the changed profile or version to "
                                          "compare with A"))
        self.browse = QPushButton(self.tr("Add profile fi&le…"))
        self.browse.setToolTip(self.tr("Add a profile file to both lists and choose it as B"))
        self.browse.clicked.connect(self.add_profile_file)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for date_edit, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            date_edit.setObjectName(name)
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setToolTip(self.tr("The first lodging day of the period"))
        self.date_to.setToolTip(self.tr("The last lodging day of the period"))
        self.run_button = QPushButton(self.tr("&Run back-test"))
        self.run_button.setObjectName("runBacktest")
        self.run_button.setToolTip(self.tr("Screen the period's stored declarations with A and "
                                           "B (nothing is stored)"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running back-test"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("backtestProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)

        controls = QHBoxLayout()
        for text, widget in ((self.tr("Profile &A:"), self.profile_a),
                             (self.tr("Profile &B:"), self.profile_b)):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget, 1)
        controls.addWidget(self.browse)
        for text, edit in ((self.tr("Fro&m:"), self.date_from),
                           (self.tr("&To:"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(edit)
            controls.addWidget(label)
            controls.addWidget(edit)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress)

        self.summary = QLabel(self.tr("Choose two profiles and a period, then run the "
                                      "back-test."))
        self.summary.setObjectName("backtestSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = BacktestModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("backtestTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        compact_rows(self.table)
        self.rule_chart = RuleChart()
        self.lane_chart = LaneChart()
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.rule_chart)
        charts.addWidget(self.lane_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        # Enough for every column of the table at 1366 pixels, the rest for the charts.
        self.splitter.setSizes([700, 660])

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.reset_period()

    def _profile_combo(self, name: str, default: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for ident in profile_choices(self._session):
            combo.addItem(ident, ident)
        index = combo.findData(default)
        combo.setCurrentIndex(max(index, 0))
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    @property
    def busy(self) -> bool:
        """Whether a back-test is running."""
        return self._token is not None

    def reset_period(self) -> None:
        """Set the period to the station's whole data (today, when it has none)."""
        period = stored_period(self._session)
        today = date.today()
        first, last = period if period is not None else (today, today)
        self.date_from.setDate(_qdate(first))
        self.date_to.setDate(_qdate(last))

    def choose(self, a: str, b: str | None) -> None:
        """Choose profiles A and B (shipped ids or file paths; B None: A alone)."""
        for combo, ref in ((self.profile_a, a), (self.profile_b, b)):
            index = combo.findData(ref)
            if index < 0:
                combo.addItem(Path(ref).name if ref else "", ref)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def set_period(self, first: date, last: date) -> None:
        """Choose the period."""
        self.date_from.setDate(_qdate(first))
        self.date_to.setDate(_qdate(last))

    def add_profile_file(self) -> None:
        """Ask for a profile file and choose it as B."""
        path = choose_profile_file(self)
        if path is None:
            return
        for combo in (self.profile_a, self.profile_b):
            if combo.findData(str(path)) < 0:
                combo.addItem(path.name, str(path))
                combo.setItemData(combo.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        self.choose(str(self.profile_a.currentData()), str(path))

    def refs(self) -> tuple[str, ...]:
        """The chosen profiles: A, then B when one is chosen."""
        b = self.profile_b.currentData()
        return (str(self.profile_a.currentData()),) + ((str(b),) if b else ())

    def start(self) -> None:
        """Run the back-test on a worker (in the window's thread for a memory database)."""
        if self.busy:
            return
        first, last = _date(self.date_from.date()), _date(self.date_to.date())
        refs = self.refs()
        token = self._token = CancelToken()
        self.run_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status_message.emit(self.tr("Back-testing…"))
        if self._session.path is None:
            # An in-memory station cannot be opened again on a worker: compute here.
            try:
                profiles = [open_choice(self._session, ref) for ref in refs]
                results = backtest_profiles(self._session, profiles, date_from=first,
                                            date_to=last)
            except Exception as exc:
                self._failed(exc)
            else:
                self._finished(BacktestRun(results[0], results[1] if len(results) > 1
                                           else None))
            return
        self._runner.run_task(backtest_job(self._session.ticket(), refs, first, last),
                              on_finished=self._finished, on_failed=self._failed,
                              on_progress=self._progressed, token=token)

    def cancel(self) -> None:
        """Ask the running back-test to stop."""
        if self._token is not None:
            self._token.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self._token = None
        self.run_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)

    def _finished(self, run: BacktestRun) -> None:
        self._end()
        self.show_run(run)
        self.status_message.emit(self.tr("Back-test finished."))
        self.finished.emit(run)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self.status_message.emit(self.tr("Back-test cancelled."))
            return
        if isinstance(exc, ProfileError):
            self.status_message.emit(self.tr("Back-test not run: a profile has problems."))
            self.problems_dialog = show_problems(
                self, self.tr("Profile problems"),
                self.tr("The profile has problems and was not used:"),
                [str(problem) for problem in exc.problems])
            return
        if isinstance(exc, BorderdeskError):
            log.warning("back-test failed: %s", exc)
            self.status_message.emit(self.tr("Back-test not run."))
            self.problems_dialog = show_problems(
                self, self.tr("Back-test"), self.tr("The back-test could not run:"),
                str(exc).splitlines())
            return
        raise exc  # a bug: sys.excepthook logs it and apologises

    def show_run(self, run: BacktestRun) -> None:
        """Show a run's figures in the table, the summary and the charts."""
        self.run = run
        a, b = run.a, run.b
        names = (f"A: {a.profile_id} v{a.profile_version}",
                 None if b is None else f"B: {b.profile_id} v{b.profile_version}")
        self.model.set_run(run)
        self.rule_chart.set_bars(rule_bars(run), names)
        self.lane_chart.set_lanes(lane_bars(run), names)
        random = str(a.random_selected) + ("" if b is None else f" / {b.random_selected}")
        self.summary.setText(self.tr(
            "{a}{b}. {count} declarations lodged {first} to {last} ({days} days); inspection "
            "outcomes known for {known}; chosen at random: {random}.").format(
            a=names[0], b="" if names[1] is None else ", " + names[1], count=a.declarations,
            first=a.date_from.isoformat(), last=a.date_to.isoformat(), days=a.days,
            known=a.outcomes_known, random=random))
