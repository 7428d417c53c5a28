"""The Inspections and Seizures pages, and the pages later issues fill.

Both lists are read from the services on the GUI thread (a station holds
hundreds of inspections, not hundreds of thousands). The Inspections page lists
the inspections under way first: an inspection without an outcome is work left
to finish, so "Record outcome…" is one key away.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.inspections import (
    InspectionRecord,
    SeizureCaseSummary,
    list_inspections,
    list_seizure_cases,
)
from borderdesk.services.station import StationSession
from borderdesk.ui import inspection_dialogs
from borderdesk.ui.declaration_view import kind_text, outcome_text
from borderdesk.ui.workers import TaskRunner

_ModelIndex = QModelIndex | QPersistentModelIndex
#: The role that gives a row's declaration id in any column.
DECLARATION_ROLE = Qt.ItemDataRole.UserRole + 1


def _translate(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2026-11-28 08:15`` in the station's time zone (empty for None)."""
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


class InspectionColumn(IntEnum):
    """The inspections table's columns."""

    DECLARATION = 0
    KIND = 1
    STARTED = 2
    STARTED_BY = 3
    OUTCOME = 4
    FINISHED = 5
    CASE = 6


_INSPECTION_TITLES = {
    InspectionColumn.DECLARATION: QT_TRANSLATE_NOOP("InspectionsModel", "Declaration"),
    InspectionColumn.KIND: QT_TRANSLATE_NOOP("InspectionsModel", "Kind"),
    InspectionColumn.STARTED: QT_TRANSLATE_NOOP("InspectionsModel", "Started"),
    InspectionColumn.STARTED_BY: QT_TRANSLATE_NOOP("InspectionsModel", "By"),
    InspectionColumn.OUTCOME: QT_TRANSLATE_NOOP("InspectionsModel", "Outcome"),
    InspectionColumn.FINISHED: QT_TRANSLATE_NOOP("InspectionsModel", "Finished"),
    InspectionColumn.CASE: QT_TRANSLATE_NOOP("InspectionsModel", "Seizure case"),
}


class InspectionsModel(QAbstractTableModel):
    """Inspections as table rows: those under way first, then the newest."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[InspectionRecord] = []

    def set_rows(self, rows: Sequence[InspectionRecord]) -> None:
        """Show these inspections (under way first, then newest first)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.finished, -r.started_at.timestamp()))
        self.endResetModel()

    def record_at(self, row: int) -> InspectionRecord:
        """The inspection shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(InspectionColumn)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = InspectionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == DECLARATION_ROLE:
            return record.declaration_id
        if role == Qt.ItemDataRole.FontRole and not record.finished:
            font = QFont()
            font.setBold(True)  # work left to finish stands out
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == InspectionColumn.OUTCOME:
            return record.findings or None
        return None

    def _display(self, record: InspectionRecord, column: InspectionColumn) -> str:
        match column:
            case InspectionColumn.DECLARATION:
                return record.declaration_id
            case InspectionColumn.KIND:
                return kind_text(record.kind)
            case InspectionColumn.STARTED:
                return local_time(record.started_at, self._zone)
            case InspectionColumn.STARTED_BY:
                return record.started_by
            case InspectionColumn.OUTCOME:
                if record.outcome is None:
                    return _translate("InspectionsModel", "under way")
                return outcome_text(record.outcome)
            case InspectionColumn.FINISHED:
                return local_time(record.finished_at, self._zone)
            case InspectionColumn.CASE:
                return record.case_number or ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(InspectionColumn)):
            return _translate("InspectionsModel", _INSPECTION_TITLES[InspectionColumn(section)])
        return None


class CaseColumn(IntEnum):
    """The seizure cases table's columns."""

    CASE = 0
    DECLARATION = 1
    OPENED = 2
    OPENED_BY = 3
    STATUS = 4


_CASE_TITLES = {
    CaseColumn.CASE: QT_TRANSLATE_NOOP("SeizuresModel", "Case"),
    CaseColumn.DECLARATION: QT_TRANSLATE_NOOP("SeizuresModel", "Declaration"),
    CaseColumn.OPENED: QT_TRANSLATE_NOOP("SeizuresModel", "Opened"),
    CaseColumn.OPENED_BY: QT_TRANSLATE_NOOP("SeizuresModel", "By"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("SeizuresModel", "Status"),
}
_STATUSES = {"open": QT_TRANSLATE_NOOP("SeizuresModel", "open")}


class SeizuresModel(QAbstractTableModel):
    """Seizure cases as table rows, newest first."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[SeizureCaseSummary] = []

    def set_rows(self, rows: Sequence[SeizureCaseSummary]) -> None:
        """Show these cases."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        if role == DECLARATION_ROLE:
            return case.declaration_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match CaseColumn(index.column()):
            case CaseColumn.CASE:
                return case.case_number
            case CaseColumn.DECLARATION:
                return case.declaration_id
            case CaseColumn.OPENED:
                return local_time(case.opened_at, self._zone)
            case CaseColumn.OPENED_BY:
                return case.opened_by
            case CaseColumn.STATUS:
                return _translate("SeizuresModel", _STATUSES.get(case.status, case.status))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(CaseColumn)):
            return _translate("SeizuresModel", _CASE_TITLES[CaseColumn(section)])
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class _ListPage(QWidget):
    """A page with a table whose rows name a declaration (Enter opens it)."""

    open_requested = Signal(str)
    status_message = Signal(str)

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row
        self.setFocusProxy(self.table)

    def _open_index(self, index: QModelIndex) -> None:
        declaration_id = index.data(DECLARATION_ROLE)
        if isinstance(declaration_id, str):
            self.open_requested.emit(declaration_id)

    def open_current(self) -> None:
        """Open the declaration of the current row."""
        self._open_index(self.table.currentIndex())


class InspectionsPage(_ListPage):
    """Inspections under way and finished ones, with "Record outcome…"."""

    #: An outcome was recorded here (the queue shows the inspection state).
    changed = Signal()

    def __init__(self, session: StationSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        self._session = session
        self.model = InspectionsModel(session.time_zone())
        super().__init__(_table(self.model, "inspectionsTable"), parent)
        self.setObjectName("inspectionsPage")
        self.model.setParent(self)
        self._runner = runner
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("inspectionShowFilter")
        self.show_filter.addItem(self.tr("Under way"))  # index 0: only those under way
        self.show_filter.addItem(self.tr("All inspections"))
        self.show_filter.setToolTip(self.tr("Which inspections to list"))
        self.show_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_filter)
        self.outcome_button = QPushButton(self.tr("&Record outcome…"))
        self.outcome_button.setObjectName("recordOutcome")
        self.outcome_button.setToolTip(self.tr(
            "Record what the selected inspection found (once: corrections are new entries)"))
        self.outcome_button.clicked.connect(self.record_outcome)
        self.open_button = QPushButton(self.tr("&Open declaration"))
        self.open_button.setToolTip(self.tr("Show the declaration of the selected inspection"))
        self.open_button.clicked.connect(self.open_current)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("inspectionsEmpty")
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.show_filter)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the inspections again."""
        under_way_only = self.show_filter.currentIndex() <= 0
        try:
            records = list_inspections(self._session)
        except BorderdeskError as exc:
            self.status_message.emit(str(exc))
            records = []
        if under_way_only:
            records = [r for r in records if not r.finished]
        self.model.set_rows(records)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No inspection is under way.") if under_way_only
                else self.tr("No inspection has been recorded yet."))
            self.empty_label.show()
        self._update_buttons()

    def _current(self) -> InspectionRecord | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        current = self._current()
        self.open_button.setEnabled(current is not None)
        self.outcome_button.setEnabled(current is not None and not current.finished)

    def record_outcome(self) -> InspectionRecord | None:
        """Ask for the selected inspection's outcome and record it."""
        current = self._current()
        if current is None or current.finished:
            return None
        record = inspection_dialogs.ask_outcome(self, self._session, current)
        self.refresh()
        if record is not None:
            self.changed.emit()
        return record


class SeizuresPage(_ListPage):
    """The station's seizure cases (the seizure issue gives them their full screens)."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        self._session = session
        self.model = SeizuresModel(session.time_zone())
        super().__init__(_table(self.model, "seizuresTable"), parent)
        self.setObjectName("seizuresPage")
        self.model.setParent(self)
        note = QLabel(self.tr(
            "A case is opened when an inspection records firearms, parts or ammunition."
            " Enter opens its declaration."))
        note.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No seizure case has been opened yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def refresh(self) -> None:
        """Read the cases again."""
        try:
            self.model.set_rows(list_seizure_cases(self._session))
        except BorderdeskError as exc:
            self.status_message.emit(str(exc))
            self.model.set_rows([])
        self.empty_label.setVisible(self.model.rowCount() == 0)


class PlannedPage(QWidget):
    """A page whose screens a later release brings: says what will be here."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text + "\n\n" + self.tr("Not available in this version yet."))
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
