"""The analyst's watch list: its entries with who and when, add, edit, remove, import CSV.

Every change goes through :mod:`borderdesk.services.watchlists`, which records
the acting user and the time and keeps the old entry. Changes count from the
next screening on. Dialogs call the services themselves when OK is pressed and
stay open on an expected error, so what the analyst typed is not lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError, DataFileError
from borderdesk.rules.watchlist_csv import WatchListFileError
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import (
    DEFAULT_THRESHOLD,
    WatchListEntry,
    add_watchlist_entry,
    edit_watchlist_entry,
    import_watchlist,
    remove_watchlist_entry,
    watchlist_entries,
    watchlist_threshold,
)
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.permissions import Permission, hide_unless
from borderdesk.ui.problems_dialog import show_problems
from borderdesk.ui.rows_model import (
    ROW_ROLE,
    ColumnSpec,
    RowsModel,
    compact_rows,
    filter_proxy,
    fold_filter,
)

CONTEXT = "WatchListModel"
_KINDS = {"person": QT_TRANSLATE_NOOP("WatchListModel", "Person"),
          "company": QT_TRANSLATE_NOOP("WatchListModel", "Company"),
          "vehicle": QT_TRANSLATE_NOOP("WatchListModel", "Vehicle")}


def kind_text(kind: str) -> str:
    """A kind in words."""
    return QCoreApplication.translate(CONTEXT, str(_KINDS.get(kind, kind)))


def when(stamp: str | None) -> str:
    """A stored UTC time as ``2026-11-28 07:15 UTC`` (a dash when missing)."""
    return "–" if not stamp else f"{stamp[:10]} {stamp[11:16]} UTC"


_COLUMNS: list[ColumnSpec[WatchListEntry]] = [
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Kind"),
               QT_TRANSLATE_NOOP("WatchListModel", "Person, company or vehicle"),
               lambda e: kind_text(e.kind)),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Name or plate"),
               QT_TRANSLATE_NOOP("WatchListModel", "Matched despite spelling, diacritics and "
                                 "script; plates without spaces and dashes"),
               lambda e: e.name),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Note"),
               QT_TRANSLATE_NOOP("WatchListModel", "The analysts' note"), lambda e: e.note),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Added"),
               QT_TRANSLATE_NOOP("WatchListModel", "When the entry was first added"),
               lambda e: when(e.added_at), sort_key=lambda e: e.added_at),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Added by"),
               QT_TRANSLATE_NOOP("WatchListModel", "Who added it"),
               lambda e: e.added_by or "–"),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Changed"),
               QT_TRANSLATE_NOOP("WatchListModel", "When it was last edited"),
               lambda e: when(e.changed_at), sort_key=lambda e: e.changed_at or ""),
    ColumnSpec(QT_TRANSLATE_NOOP("WatchListModel", "Changed by"),
               QT_TRANSLATE_NOOP("WatchListModel", "Who last edited it"),
               lambda e: e.changed_by or "–"),
]


class WatchListModel(RowsModel[WatchListEntry]):
    """The watch list's current entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CONTEXT, _COLUMNS, parent)


class EntryDialog(QDialog):
    """Add an entry, or edit one; OK calls the service and stays open on an error."""

    def __init__(self, session: StationSession, entry: WatchListEntry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchEntryDialog")
        self._session = session
        self._entry = entry
        #: The stored entry, once OK succeeded.
        self.result_entry: WatchListEntry | None = None
        self.setWindowTitle(self.tr("Add to the watch list") if entry is None
                            else self.tr("Edit watch-list entry"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in _KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("A name, or a plate for a vehicle"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Why it is listed (analysts only)"))
        if entry is not None:
            self.kind.setCurrentIndex(self.kind.findData(entry.kind))
            self.name.setText(entry.name)
            self.note.setText(entry.note)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name or plate:"), self.name)
        form.addRow(self.tr("N&ote:"), self.note)
        explain = QLabel(self.tr("Recorded with your user name and the time; an edited entry "
                                 "keeps its old form in the database. It counts from the "
                                 "next screening on."))
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.name.setFocus()

    def accept(self) -> None:
        """Store the entry; an expected error is shown and the dialog stays open."""
        kind = str(self.kind.currentData())
        try:
            if self._entry is None:
                self.result_entry = add_watchlist_entry(self._session, kind, self.name.text(),
                                                        self.note.text())
            else:
                self.result_entry = edit_watchlist_entry(
                    self._session, self._entry.id, kind=kind, name=self.name.text(),
                    note=self.note.text())
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), plain_error(exc))
            return
        super().accept()


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def choose_csv_file(parent: QWidget) -> Path | None:
    """Ask for a watch-list CSV file (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("WatchListPanel", "Import a watch list"), "",
        QCoreApplication.translate("WatchListPanel", "Watch lists (*.csv)"))
    return Path(name) if name else None


class WatchListPanel(QWidget):
    """The entries table with Add, Edit, Remove and Import CSV."""

    #: The watch list changed (entries added, edited, removed or imported).
    changed = Signal()
    #: A one-line outcome for the status bar.
    status_message = Signal(str)

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchListPanel")
        self._session = session
        self.problems_dialog: QDialog | None = None
        self.model = WatchListModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.search = QLineEdit()
        self.search.setObjectName("watchSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter entries"))
        self.search.setToolTip(self.tr("Show only entries containing this text"))
        self.search.textChanged.connect(fold_filter(self.proxy))
        self.table = QTableView()
        self.table.setObjectName("watchTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add a person, company or vehicle (Ins)"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected entry (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setToolTip(self.tr("Take the selected entry off the list (Del); "
                                              "it stays in the database, marked removed"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr(
            "Replace the whole list with a CSV file (kind,name_or_plate,note)"))
        self.import_button.clicked.connect(self.import_csv)
        #: Whether the user's roles may change the list (else it is shown read-only).
        self.may_edit = hide_unless(session, Permission.EDIT_WATCHLISTS, self.add_button,
                                    self.edit_button, self.remove_button, self.import_button)
        self.threshold = QLabel()
        self.threshold.setObjectName("watchThreshold")
        for key, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_entry),
                          (QKeySequence(Qt.Key.Key_Delete), self.remove_selected),
                          (QKeySequence(Qt.Key.Key_Return), self.edit_selected)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.import_button):
            bar.addWidget(button)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.threshold)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the entries again from the station."""
        self.model.set_rows(watchlist_entries(self._session))
        threshold = watchlist_threshold(self._session)
        self.threshold.setText(self.tr(
            "{count} entries. Names hit from a similarity score of {threshold:g} of 100; "
            "plates when equal without spaces and dashes.").format(
            count=self.model.rowCount(),
            threshold=DEFAULT_THRESHOLD if threshold is None else threshold))
        self._update_buttons()

    def selected(self) -> WatchListEntry | None:
        """The entry selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ROW_ROLE)
        return value if isinstance(value, WatchListEntry) else None

    def select_entry(self, entry_id: str) -> None:
        """Select the entry with this id (if shown)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, WatchListEntry) and value.id == entry_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _changed(self, message: str, entry_id: str | None = None) -> None:
        self.refresh()
        if entry_id is not None:
            self.select_entry(entry_id)
        self.status_message.emit(message)
        self.changed.emit()

    def add_entry(self) -> None:
        """Ask for a new entry and store it."""
        if self.may_edit:
            self._run_entry_dialog(None)

    def edit_selected(self) -> None:
        """Edit the selected entry."""
        entry = self.selected()
        if entry is not None and self.may_edit:
            self._run_entry_dialog(entry)

    def _run_entry_dialog(self, entry: WatchListEntry | None) -> None:
        dialog = EntryDialog(self._session, entry, self)
        try:
            if not run_dialog(dialog) or dialog.result_entry is None:
                return
            stored = dialog.result_entry
        finally:
            dialog.deleteLater()
        message = (self.tr("Added to the watch list: {name}.") if entry is None
                   else self.tr("Watch-list entry changed: {name}.")).format(name=stored.name)
        self._changed(message, stored.id)

    def remove_selected(self) -> None:
        """Ask, then take the selected entry off the list."""
        entry = self.selected()
        if entry is None or not self.may_edit:
            return
        if not confirm(self, self.tr("Remove from the watch list"), self.tr(
                "Take {kind} '{name}' off the watch list? It stays in the database, marked "
                "removed with your name.").format(kind=kind_text(entry.kind).lower(),
                                                  name=entry.name)):
            return
        try:
            remove_watchlist_entry(self._session, entry.id)
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Remove from the watch list"), plain_error(exc))
            self.refresh()
            return
        self._changed(self.tr("Removed from the watch list: {name}.").format(name=entry.name))

    def import_csv(self) -> None:
        """Ask for a CSV file and make it the watch list; a bad file's problems are listed."""
        if not self.may_edit:
            return
        path = choose_csv_file(self)
        if path is None:
            return
        threshold = watchlist_threshold(self._session)
        try:
            count = import_watchlist(self._session, path, threshold=DEFAULT_THRESHOLD
                                     if threshold is None else threshold)
        except WatchListFileError as exc:
            self._show_file_problems(str(exc).splitlines())
            return
        except DataFileError as exc:
            self._show_file_problems([str(exc)])
            return
        self._changed(self.tr("Watch list imported from {file}: {count} entries.").format(
            file=path.name, count=count))

    def _show_file_problems(self, lines: list[str]) -> None:
        self.status_message.emit(self.tr("The watch list was not imported."))
        self.problems_dialog = show_problems(
            self, self.tr("Watch-list file problems"),
            self.tr("The file has problems, so the watch list was left as it was:"), lines)
