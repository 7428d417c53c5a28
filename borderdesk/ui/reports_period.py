"""The Reports page's period chooser: this month, last month, this year, or a custom range.

The periods are days of the station's time zone (the summary counts station days), so
"this month" is worked out from the session clock's *station* date, not the laptop's:
an officer in Belgrade on a laptop left on UTC still gets Belgrade's month. The chooser
only says which days; the page asks the services for the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget


class PeriodKind(Enum):
    """The periods offered, in the order the chooser lists them."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """Station days from ``start`` to ``end``, both included."""

    start: date
    end: date


def period_of(kind: PeriodKind, today: date, custom: Period | None = None) -> Period:
    """The days of ``kind`` seen from the station's ``today`` (``custom`` for CUSTOM).

    This month and this year end today: the days after it hold nothing yet, and a chart
    of empty future days would read as a slump."""
    if kind is PeriodKind.THIS_MONTH:
        return Period(today.replace(day=1), today)
    if kind is PeriodKind.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last)
    if kind is PeriodKind.THIS_YEAR:
        return Period(date(today.year, 1, 1), today)
    return custom if custom is not None else Period(today, today)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodChooser(QWidget):
    """A combo box of periods and, for a custom one, two date fields (from, to)."""

    #: The period changed (already worked out: read :attr:`period`).
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodChooser")
        self._today = today
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind, text in ((PeriodKind.THIS_MONTH, self.tr("This month")),
                           (PeriodKind.LAST_MONTH, self.tr("Last month")),
                           (PeriodKind.THIS_YEAR, self.tr("This year")),
                           (PeriodKind.CUSTOM, self.tr("Custom range"))):
            self.kind.addItem(text, kind.value)
        self.kind.setToolTip(self.tr("Which station days the figures count (the station's"
                                     " time zone)"))
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.kind)
        self.start_edit = self._date_edit("periodStart", self.tr("First day counted"))
        self.end_edit = self._date_edit("periodEnd", self.tr("Last day counted"))
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.kind, self.from_label, self.start_edit, self.to_label,
                       self.end_edit):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.kind)
        self._show_dates(period_of(PeriodKind.THIS_MONTH, today))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self._kind_changed()

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(_qdate(self._today))
        edit.setToolTip(tip)
        return edit

    @property
    def period(self) -> Period:
        """The days chosen."""
        kind = PeriodKind(self.kind.currentData())
        custom = Period(_pydate(self.start_edit.date()), _pydate(self.end_edit.date()))
        return period_of(kind, self._today, custom)

    def choose(self, kind: PeriodKind, custom: Period | None = None) -> None:
        """Choose ``kind`` (and for CUSTOM the days), as a user would."""
        if custom is not None:
            self._show_dates(custom)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _show_dates(self, period: Period) -> None:
        for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _kind_changed(self) -> None:
        custom = PeriodKind(self.kind.currentData()) is PeriodKind.CUSTOM
        if not custom:
            self._show_dates(self.period)  # the dates say what a named period means
        for widget in (self.start_edit, self.end_edit, self.from_label, self.to_label):
            widget.setEnabled(custom)
        self.changed.emit()

    def _dates_edited(self) -> None:
        if PeriodKind(self.kind.currentData()) is PeriodKind.CUSTOM:
            self.changed.emit()
