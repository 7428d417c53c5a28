"""The Inspections and Seizures pages, and the pages later issues fill.

Both lists are read from the services on the GUI thread (a station holds
hundreds of inspections, not hundreds of thousands). The Inspections page lists
the inspections under way first: an inspection without an outcome is work left
to finish, so "Record outcome…" is one key away. Under the list, the selected
inspection's identifications (:mod:`borderdesk.ui.identify_list`): "Identify item…"
starts the wizard for an item it found, "Resume…" reopens one where it was left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import BorderdeskError
from borderdesk.services.inspections import InspectionRecord, list_inspections
from borderdesk.services.seizures import CaseSummary, list_cases
from borderdesk.services.station import StationSession
from borderdesk.ui import inspection_dialogs
from borderdesk.ui.declaration_view import kind_text, outcome_text
from borderdesk.ui.identify_list import IdentificationsPanel
from borderdesk.ui.identify_wizard import IdentifyWizard
from borderdesk.ui.queue_page import PAGE_MARGIN
from borderdesk.ui.rows_model import ROW_ROLE, ColumnSpec, RowsModel
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.workers import SyncTaskRunner, TaskRunner


def _translate(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2026-11-28 08:15`` in the station's time zone (empty for None)."""
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def _outcome(record: InspectionRecord) -> str:
    if record.outcome is None:
        return _translate("InspectionsModel", "under way")
    return outcome_text(record.outcome)


class InspectionsModel(RowsModel[InspectionRecord]):
    """Inspections as table rows: those under way first (in bold), then the newest."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        def under_way(record: InspectionRecord) -> bool:
            return not record.finished

        def spec(title: object, text: Callable[[InspectionRecord], str],
                 tooltip: Callable[[InspectionRecord], str | None] | None = None,
                 ) -> ColumnSpec[InspectionRecord]:
            return ColumnSpec(title, title, text, tooltip=tooltip, bold=under_way)

        super().__init__("InspectionsModel", [
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Declaration"),
                 lambda r: r.declaration_id),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Kind"), lambda r: kind_text(r.kind)),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Started"),
                 lambda r: local_time(r.started_at, zone)),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "By"), lambda r: r.started_by),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Outcome"), _outcome,
                 tooltip=lambda r: r.findings),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Finished"),
                 lambda r: local_time(r.finished_at, zone)),
            spec(QT_TRANSLATE_NOOP("InspectionsModel", "Seizure case"),
                 lambda r: r.case_number or ""),
        ], parent)

    def set_rows(self, rows: Sequence[InspectionRecord]) -> None:
        """Show these inspections (under way first, then newest first)."""
        super().set_rows(sorted(rows, key=lambda r: (r.finished, -r.started_at.timestamp())))


_STATUSES = {"open": QT_TRANSLATE_NOOP("SeizuresModel", "open"),
             "signed_off": QT_TRANSLATE_NOOP("SeizuresModel", "signed off")}


class SeizuresModel(RowsModel[CaseSummary]):
    """Seizure cases as table rows, newest first."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        def spec(title: object, text: Callable[[CaseSummary], str],
                 ) -> ColumnSpec[CaseSummary]:
            return ColumnSpec(title, title, text)

        super().__init__("SeizuresModel", [
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Case"), lambda c: c.case_number),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Declaration"), lambda c: c.declaration_id),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Opened"),
                 lambda c: local_time(parse_utc(c.opened_at), zone)),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "By"), lambda c: c.opened_by),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Crossing"), lambda c: c.crossing),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Items"), lambda c: str(c.item_count)),
            spec(QT_TRANSLATE_NOOP("SeizuresModel", "Status"),
                 lambda c: _translate("SeizuresModel", _STATUSES.get(c.status, c.status))),
        ], parent)


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
        row = index.data(ROW_ROLE)
        declaration_id = getattr(row, "declaration_id", None)
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
        # The selected inspection's identifications, under the list: an inspection that
        # found weapons is where each item is identified (issue 6 moves them to the case).
        self.identifications = IdentificationsPanel(session)
        self.identifications.status_message.connect(self.status_message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("inspectionsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.identifications)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
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
        return self.model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        current = self._current()
        self.open_button.setEnabled(current is not None)
        self.outcome_button.setEnabled(current is not None and not current.finished)
        self.identifications.show_inspection(current.id if current is not None else None)

    def identify_item(self, label: str | None = None) -> IdentifyWizard | None:
        """Identify an item found by the selected inspection (asks for a label if None)."""
        if self._current() is None:
            self.status_message.emit(self.tr("Select an inspection first."))
            return None
        return self.identifications.identify_item(label)

    def shutdown(self) -> None:
        """Close an open identification wizard (it saves what was answered)."""
        self.identifications.shutdown()

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
    """The station's seizure cases; Enter opens the case in its own window."""

    def __init__(self, session: StationSession, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        self._session = session
        self._runner: TaskRunner = runner if runner is not None else SyncTaskRunner()
        self.model = SeizuresModel(session.time_zone())
        super().__init__(_table(self.model, "seizuresTable"), parent)
        self.setObjectName("seizuresPage")
        self.model.setParent(self)
        #: The case windows opened from here, by case id (one window per case).
        self.case_views: dict[str, SeizureCaseView] = {}
        note = QLabel(self.tr(
            "A case is opened when an inspection records firearms, parts or ammunition."
            " Enter opens the case."))
        note.setWordWrap(True)
        self.open_case_button = QPushButton(self.tr("Open &case"))
        self.open_case_button.setObjectName("openCase")
        self.open_case_button.setToolTip(self.tr("Show the selected case (Enter)"))
        self.open_case_button.clicked.connect(lambda: self.open_case())
        self.open_declaration_button = QPushButton(self.tr("Open &declaration"))
        self.open_declaration_button.setToolTip(self.tr(
            "Show the declaration the selected case came from"))
        self.open_declaration_button.clicked.connect(self._open_declaration)
        self.empty_label = QLabel(self.tr("No seizure case has been opened yet."))
        bar = QHBoxLayout()
        bar.addWidget(note, 1)
        bar.addWidget(self.open_declaration_button)
        bar.addWidget(self.open_case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def refresh(self) -> None:
        """Read the cases again."""
        index = self.table.currentIndex()
        current = self.model.row_value(index.row()).id if index.isValid() else None
        try:
            self.model.set_rows(list_cases(self._session))
        except BorderdeskError as exc:
            self.status_message.emit(str(exc))
            self.model.set_rows([])
        rows = [c.id for c in self.model.rows()]
        if rows:
            self.table.setCurrentIndex(self.model.index(
                rows.index(current) if current in rows else 0, 0))
        self.empty_label.setVisible(not rows)
        self.open_case_button.setEnabled(bool(rows))
        self.open_declaration_button.setEnabled(bool(rows))

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CaseSummary):
            self.open_case(row.id)

    def _open_declaration(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.row_value(index.row()).declaration_id)

    def open_case(self, case_id: str | None = None) -> SeizureCaseView | None:
        """Show a case (the selected one by default) in its window."""
        if case_id is None:
            index = self.table.currentIndex()
            if not index.isValid():
                return None
            case_id = self.model.row_value(index.row()).id
        view = self.case_views.get(case_id)
        if view is None:
            try:
                view = SeizureCaseView(self._session, case_id, self._runner, self)
            except BorderdeskError as exc:
                self.status_message.emit(str(exc))
                return None
            view.changed.connect(self.refresh)
            self.case_views[case_id] = view
        else:
            view.refresh()
        if view.isVisible():
            view.raise_()  # already open behind the window: bring it forward
        else:
            view.show()
        view.activateWindow()
        return view

    def close_cases(self) -> None:
        """Close every case window (the main window is closing)."""
        for view in self.case_views.values():
            view.close()


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
