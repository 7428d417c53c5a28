"""The main window: the station's declarations, a search box and the Import… command.

The window is wiring only. Rows come from
:func:`borderdesk.services.declarations.list_declarations` (which also does the
normalised full-text search), the table model is a thin adapter
(:mod:`borderdesk.ui.declarations_model`) and imports run through
:class:`~borderdesk.ui.import_flow.ImportController`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.assessments import active_profile
from borderdesk.services.declarations import count_declarations, list_declarations
from borderdesk.services.station import StationSession
from borderdesk.ui import declaration_view
from borderdesk.ui import settings as keys
from borderdesk.ui.about import show_about
from borderdesk.ui.declarations_model import ID_ROLE, SORT_ROLE, Column, DeclarationsModel
from borderdesk.ui.import_flow import ImportController
from borderdesk.ui.inbox_flow import InboxController
from borderdesk.ui.settings_dialog import SettingsDialog
from borderdesk.ui.workers import TaskRunner, ThreadPoolRunner

log = logging.getLogger(__name__)

#: At most this many rows are listed; the status bar says when there are more.
DISPLAY_LIMIT = 10_000
#: Typing pauses this long (ms) before the search runs.
SEARCH_DELAY_MS = 250
#: Widest a column gets when fitted to its contents (in average characters), so that
#: long names and routes leave room for the goods; the full text is in the tooltip.
MAX_COLUMN_CHARS = {Column.CONSIGNOR: 30, Column.CONSIGNEE: 30, Column.ROUTE: 24}
DEFAULT_MAX_COLUMN_CHARS = 40
#: How long import summaries stay in the status bar (ms).
STATUS_TIMEOUT_MS = 15_000
#: The window's size the first time (smaller on small screens).
DEFAULT_SIZE = QSize(1280, 800)


class _ElideMiddle(QStyledItemDelegate):
    """Shortens text in the middle: a long route keeps its origin and its destination."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class MainWindow(QMainWindow):
    """The first window: the declarations of one station.

    ``session`` belongs to the caller (it is read on the GUI thread only);
    ``runner`` runs slow work (a thread pool unless a test passes another);
    ``settings`` remembers geometry and layout (``None``: remember nothing).
    """

    def __init__(
        self,
        session: StationSession,
        *,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._runner = runner if runner is not None else ThreadPoolRunner(self)
        self._header_restored = False
        self._closed = False
        self.declaration_view: declaration_view.DeclarationView | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._station_name())

        self.model = DeclarationsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)

        self.importer = ImportController(self, session, self._runner, settings)
        self.importer.ended.connect(self.refresh)
        self.importer.status_message.connect(self._show_status)
        self.importer.busy_changed.connect(self._import_busy)

        self.inbox = InboxController(self, session, self._runner, settings)
        self.inbox.ended.connect(self.refresh)
        self.inbox.status_message.connect(self._show_status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self.refresh()
        self.table.setFocus()

    # -- building --------------------------------------------------------------
    def _action(self, text: str, tip: str, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys_text})"
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.addAction(action)  # shortcuts work even when menus and toolbar are hidden
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.import_action = self._action(
            self.tr("&Import…"), self.tr("Import declaration files"), "Ctrl+I",
            pixmap.SP_DialogOpenButton)
        self.import_action.triggered.connect(self.importer.choose_and_import)
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.tr("Read the declarations again"), "F5",
            pixmap.SP_BrowserReload)
        self.refresh_action.triggered.connect(self.refresh)
        self.search_action = self._action(
            self.tr("&Search"), self.tr("Search the declarations"), "Ctrl+F")
        self.search_action.triggered.connect(self.focus_search)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        # Only on the table: Enter in the search box runs the search.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_tip = self.tr("Open the selected declaration (Enter or double-click)")
        self.open_action.setToolTip(open_tip)
        self.open_action.setStatusTip(open_tip)
        self.open_action.triggered.connect(self.open_declaration)
        self.inspection_action = self._action(
            self.tr("Start &inspection…"),
            self.tr("Start an inspection of the selected declaration"), "Ctrl+Shift+I")
        self.inspection_action.triggered.connect(self.start_inspection)
        self.settings_action = self._action(
            self.tr("Se&ttings…"), self.tr("Choose the inbox folder to watch"), "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Close borderdesk"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = self._action(
            self.tr("&About borderdesk"), self.tr("Version and folders of borderdesk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        declaration_menu = menu_bar.addMenu(self.tr("&Declaration"))
        declaration_menu.addAction(self.open_action)
        declaration_menu.addAction(self.inspection_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.refresh_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")  # saveState() needs a name
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.refresh_action)

    def _build_central(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            self.tr("Search declaration number, consignor, consignee, goods, vehicle…"))
        self.search.setToolTip(self.tr(
            "Finds words in any spelling: “petrovic” also finds “Petrović” and “Петровић”"
            " (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._search_now)
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._leave_search)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.table_focus)

        self.table = QTableView()
        self.table.setObjectName("declarationsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setItemDelegateForColumn(Column.ROUTE, _ElideMiddle(self.table))
        self.table.verticalHeader().hide()
        self.table.addAction(self.open_action)
        self.table.doubleClicked.connect(self.open_declaration)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.GOODS, QHeaderView.ResizeMode.Stretch)
        # The queue's order: lane, then score, then newest first (issue 4).
        self.table.sortByColumn(Column.LANE, Qt.SortOrder.AscendingOrder)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(search_row)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.search, self.table)

    def _build_status_bar(self) -> None:
        station = self._session.station
        bar = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setToolTip(self.tr("Declarations listed, and in the station database"))
        self.station_label = QLabel(self._station_name())
        unknown = "—"
        self.station_label.setToolTip(self.tr(
            "Station: {station}\nCrossing: {crossing}\nCountry: {country}\nTime zone: {zone}"
            "\nDatabase: {path}"
        ).format(station=station.name, crossing=station.crossing_code or unknown,
                 country=station.country or unknown, zone=station.time_zone,
                 path=self._session.path or unknown))
        self.profile_label = QLabel()
        self.profile_label.setObjectName("profileLabel")
        self._show_profile()
        self.user_label = QLabel(self.tr("User: {name}").format(name=self._session.actor))
        self.user_label.setToolTip(self.tr("Who is recorded as acting"))
        self.mode_label = QLabel(self.tr("LIVE"))
        self.mode_label.setObjectName("modeLabel")
        self.mode_label.setToolTip(
            self.tr("Live mode: what is recorded here is real, not training"))
        self.mode_label.setStyleSheet(
            "QLabel#modeLabel { background: #1b5e20; color: white; font-weight: bold;"
            " padding: 1px 8px; border-radius: 3px; }")
        labels = (self.count_label, self.station_label, self.profile_label, self.user_label,
                  self.mode_label)
        for position, label in enumerate(labels):
            if position:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
            bar.addPermanentWidget(label)

    def _show_profile(self) -> None:
        """Show the station's active risk profile and its version in the status bar."""
        try:
            profile = active_profile(self._session)
        except BorderdeskError as exc:
            self.profile_label.setText(self.tr("Profile: (invalid)"))
            self.profile_label.setToolTip(self.tr(
                "The active risk profile cannot be read: {error}").format(error=exc))
            return
        self.profile_label.setText(self.tr("Profile: {id} v{version}").format(
            id=profile.id, version=profile.version))
        tip = self.tr("Active risk profile: {id}, version {version}, effective {effective}"
                      ).format(id=profile.id, version=profile.version,
                               effective=profile.effective.isoformat())
        if profile.description:
            tip += "\n" + profile.description
        self.profile_label.setToolTip(tip)

    def _station_name(self) -> str:
        station = self._session.station
        if not station.crossing_code:
            return station.name
        return self.tr("{station} ({crossing})").format(
            station=station.name, crossing=station.crossing_code)

    # -- settings --------------------------------------------------------------
    def _restore_settings(self) -> None:
        if self._settings is None:
            self.resize(self._default_size())
            return
        geometry = keys.MAIN_GEOMETRY.get(self._settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        state = keys.MAIN_STATE.get(self._settings)
        if not state.isEmpty():
            self.restoreState(state)
        header_state = keys.TABLE_HEADER.get(self._settings)
        if not header_state.isEmpty():
            self._header_restored = self.table.horizontalHeader().restoreState(header_state)

    def _save_settings(self) -> None:
        if self._settings is None:
            return
        keys.MAIN_GEOMETRY.set(self._settings, self.saveGeometry())
        keys.MAIN_STATE.set(self._settings, self.saveState())
        keys.TABLE_HEADER.set(self._settings, self.table.horizontalHeader().saveState())
        self._settings.sync()

    def _default_size(self) -> QSize:
        available = self.screen().availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(available * 0.9).expandedTo(self.minimumSizeHint())

    # -- the data --------------------------------------------------------------
    @property
    def session(self) -> StationSession:
        """The station session the window reads from."""
        return self._session

    @property
    def runner(self) -> TaskRunner:
        """Where the window's slow work runs."""
        return self._runner

    def refresh(self) -> None:
        """Read the declarations again (through the current search, if any)."""
        self._search_timer.stop()
        query = self.search.text().strip() or None
        current = self.table.currentIndex().data(ID_ROLE)
        try:
            rows = list_declarations(self._session, query=query, limit=DISPLAY_LIMIT)
            total = count_declarations(self._session)
        except BorderdeskError as exc:
            log.warning("listing declarations failed: %s", exc)
            rows, total = [], 0
            self._show_status(str(exc))
        self.model.set_rows(rows)
        self._fit_columns()
        self._reselect(current)
        self._show_count(len(rows), total, query)

    def _fit_columns(self) -> None:
        if self._header_restored or self.model.rowCount() == 0:
            return
        self.table.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column in Column:
            if column != Column.GOODS:
                # A little air after the longest text; very long names are elided.
                width = header.sectionSize(column) + 2 * char
                widest = char * MAX_COLUMN_CHARS.get(column, DEFAULT_MAX_COLUMN_CHARS)
                header.resizeSection(column, min(width, widest))
        self._header_restored = True  # fit once; after that the officer's widths stay

    def _reselect(self, declaration_id: object) -> None:
        if declaration_id is None or self.proxy.rowCount() == 0:
            return
        matches = self.proxy.match(self.proxy.index(0, 0), ID_ROLE, declaration_id, 1,
                                   Qt.MatchFlag.MatchExactly)
        if matches:
            self.table.setCurrentIndex(matches[0])
            self.table.scrollTo(matches[0])

    def _show_count(self, shown: int, total: int, query: str | None) -> None:
        if query is not None:
            text = self.tr("Found: {shown} of {total}").format(shown=shown, total=total)
        elif shown < total:
            text = self.tr("Declarations: showing {shown} of {total}").format(
                shown=shown, total=total)
        else:
            text = self.tr("Declarations: {total}").format(total=total)
        self.count_label.setText(text)
        if shown:
            self.pages.setCurrentWidget(self.table)
        elif query is not None:
            self.empty_label.setText(self.tr("No declaration matches “{query}”.").format(
                query=query))
            self.pages.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(self.tr(
                "No declarations yet.\nUse File › Import… ({keys}) to read declaration files."
            ).format(keys=self.import_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)))
            self.pages.setCurrentWidget(self.empty_label)

    # -- search and focus ------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def table_focus(self) -> None:
        """Move the keyboard focus to the table, on its first row if none is current."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _schedule_search(self, _text: str) -> None:
        self._search_timer.start()  # restarted by every key: search when typing pauses

    def _search_now(self) -> None:
        self.refresh()
        self.table_focus()

    def _leave_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self.refresh()
        self.table_focus()

    # -- one declaration -------------------------------------------------------
    def _selected_id(self) -> str | None:
        declaration_id = self.table.currentIndex().data(ID_ROLE)
        return declaration_id if isinstance(declaration_id, str) else None

    def open_declaration(self, index: QModelIndex | None = None) -> None:
        """Show the declaration of ``index`` (else the current row) in its view (Enter)."""
        declaration_id = (index.data(ID_ROLE) if isinstance(index, QModelIndex)
                          and index.isValid() else self._selected_id())
        if not isinstance(declaration_id, str):
            return
        view = self.declaration_view
        if view is not None and view.declaration_id != declaration_id:
            view.close()
            view.deleteLater()
            view = None
        try:
            if view is None:
                view = declaration_view.DeclarationView(self._session, declaration_id,
                                                        parent=self)
                view.changed.connect(self.refresh)  # the queue shows the lane in force
                self.declaration_view = view
            else:
                view.refresh()
        except BorderdeskError as exc:
            self._show_status(str(exc))
            return
        if view.isVisible():
            view.raise_()  # already open behind the window: bring it forward
        else:
            view.show()
        view.activateWindow()

    def start_inspection(self) -> None:
        """Ask for the kind and start an inspection of the selected declaration."""
        view = self.declaration_view
        if view is not None and view.isVisible() and view.isActiveWindow():
            declaration_id: str | None = view.declaration_id
        else:
            declaration_id = self._selected_id()
        if declaration_id is None:
            self._show_status(self.tr("Select a declaration first."))
            return
        record = declaration_view.start_inspection_of(self, self._session, declaration_id)
        if record is None:
            return
        self._show_status(self.tr("Inspection started: {kind} of {id}").format(
            kind=declaration_view.kind_text(record.kind), id=record.declaration_id))
        if view is not None and view.declaration_id == declaration_id:
            view.refresh()

    # -- status and dialogs ----------------------------------------------------
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _import_busy(self, busy: bool) -> None:
        self.import_action.setEnabled(not busy)

    def edit_settings(self) -> None:
        """File › Settings…: the inbox folder (or none) and how often it is scanned."""
        dialog = SettingsDialog(self.inbox.folder, self.inbox.interval_s, self)
        try:
            if dialog.exec() == SettingsDialog.DialogCode.Accepted:
                self.inbox.configure(dialog.inbox_folder(), dialog.interval_s())
                folder = self.inbox.folder
                self._show_status(
                    self.tr("Inbox: watching {folder}").format(folder=folder)
                    if folder is not None else self.tr("Inbox: not watched"))
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        """Help › About: version, libraries and folders."""
        show_about(self, self._session.path)

    # -- closing ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the timers, any import and inbox scan, remember the layout, then close."""
        if not self._closed:
            self._closed = True
            self._search_timer.stop()
            if self.declaration_view is not None:
                self.declaration_view.close()
            self.inbox.shutdown()
            self.importer.shutdown()
            self._save_settings()
            self.statusBar().clearMessage()
        super().closeEvent(event)
