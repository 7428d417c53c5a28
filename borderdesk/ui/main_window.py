"""The main window: navigation between the workspace's pages, menus, status bar.

The window is wiring only. The pages (:mod:`borderdesk.ui.queue_page`,
:mod:`borderdesk.ui.records_pages` and the later issues' pages) show what the
services give them; imports run through
:class:`~borderdesk.ui.import_flow.ImportController` and the inbox through
:class:`~borderdesk.ui.inbox_flow.InboxController`. Every page is reachable from
the View menu with Ctrl+1 to Ctrl+7, so the window works without a mouse.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QTabWidget,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.rules.rule_texts import profile_description
from borderdesk.services.assessments import active_profile
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.station import StationSession
from borderdesk.ui import declaration_view, user_guide
from borderdesk.ui import settings as keys
from borderdesk.ui.about import show_about
from borderdesk.ui.admin_page import AdministrationPage
from borderdesk.ui.analyst_view import AnalystView
from borderdesk.ui.appearance import apply_large_controls, large_controls_on
from borderdesk.ui.import_flow import ImportController
from borderdesk.ui.inbox_flow import InboxController
from borderdesk.ui.language import current_language
from borderdesk.ui.lazy_page import LazyPage
from borderdesk.ui.mode_band import mark_exercise, mode_label, unmark_exercise
from borderdesk.ui.permissions import Permission, hide_unless
from borderdesk.ui.queue_page import QueuePage
from borderdesk.ui.queue_read import QueueRead
from borderdesk.ui.records_pages import InspectionsPage, SeizuresPage
from borderdesk.ui.session_controls import SessionControls
from borderdesk.ui.settings_dialog import SettingsDialog
from borderdesk.ui.sync_page import SyncPage
from borderdesk.ui.sync_status import SyncIndicator
from borderdesk.ui.sync_worker import SyncController, SyncOutcome
from borderdesk.ui.users_page import UsersPage
from borderdesk.ui.workers import TaskRunner, ThreadPoolRunner

if TYPE_CHECKING:
    from borderdesk.ui.exercise_page import TrainerConsole
    from borderdesk.ui.exercise_switch import StationSwitch
    from borderdesk.ui.exercise_trainee import TraineePage

log = logging.getLogger(__name__)

#: How long import summaries stay in the status bar (ms).
STATUS_TIMEOUT_MS = 15_000
#: The window's size the first time (smaller on small screens).
DEFAULT_SIZE = QSize(1280, 800)


#: The status bar's profile label waits this long after the window is built or refreshed:
#: loading and compiling the profile (about 70 ms) must not hold back the queue's first
#: paint, and a zero-delay timer may fire before the paint event is handled.
PROFILE_LABEL_DELAY_MS = 200


class MainWindow(QMainWindow):
    """The workspace of one station: queue, inspections, seizures and later pages.

    ``session`` belongs to the caller (it is read on the GUI thread only);
    ``runner`` runs slow work (a thread pool unless a test passes another);
    ``settings`` remembers geometry and layout (``None``: remember nothing);
    ``switch`` opens exercises in place of the live station and back (None: this window
    cannot switch).
    """

    def __init__(
        self,
        session: StationSession,
        *,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        switch: StationSwitch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.switch = switch
        self._settings = settings
        self._runner = runner if runner is not None else ThreadPoolRunner(self)
        self._closed = False
        self.pages_menu: QMenu | None = None
        self.declaration_view: declaration_view.DeclarationView | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._station_name())

        self.queue = QueuePage(session)
        self.queue.open_requested.connect(self.open_declaration_id)
        self.queue.status_message.connect(self._show_status)

        self.importer = ImportController(self, session, self._runner, settings)
        # The import's worker reads the queue's keys as it ends (ui.queue_read): the
        # GUI thread then only swaps them in, and the table's repaint has it to itself.
        self.importer.read_after = self.queue.query
        self.importer.ended.connect(self._import_ended)
        self.importer.status_message.connect(self._show_status)
        self.importer.busy_changed.connect(self._import_busy)

        self.inbox = InboxController(self, session, self._runner, settings)
        self.inbox.ended.connect(self.refresh)
        self.inbox.status_message.connect(self._show_status)
        self.inbox.state_changed.connect(self._show_inbox_state)

        # Background sync, "Sync now" and the bundles: one exchange with HQ at a time.
        self.sync = SyncController(self, session, self._runner)
        self.sync.ended.connect(self._sync_ended)

        self.session_controls = SessionControls(self, session)
        self.exercise = is_exercise(session)
        self._build_actions()
        self._build_menus_and_toolbar()
        self.exercise_band = mark_exercise(self) if self.exercise else None
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self.refresh()
        self.queue.table.setFocus()

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
        self.identify_action = self._action(
            self.tr("I&dentify item…"),
            self.tr("Identify a firearm, part or ammunition the selected inspection found"),
            "Ctrl+Shift+D")
        self.identify_action.triggered.connect(self.identify_item)
        self.settings_action = self._action(
            self.tr("Se&ttings…"),
            self.tr("The inbox folder to watch, and large controls for tablets"), "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Close borderdesk"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = self._action(
            self.tr("&About borderdesk"), self.tr("Version and folders of borderdesk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.guide_action = self._action(
            self.tr("&User guide"), self.tr("How to do each task, with pictures"), "F1")
        self.guide_action.triggered.connect(self.show_user_guide)
        self.quick_reference_action = self._action(
            self.tr("&Quick reference (PDF)…"),
            self.tr("One page for the wall of the control booth: safety, lanes, keys, custody"))
        self.quick_reference_action.triggered.connect(self.print_quick_reference)
        self.sync_action = self._action(
            self.tr("S&ynchronise now"),
            self.tr("Send what waits to headquarters and receive what it published"), "F9",
            pixmap.SP_BrowserReload)
        self.sync_action.triggered.connect(lambda: self.sync.sync_now())
        # An exercise never synchronises: the status bar says so instead.
        self.sync_action.setVisible(not is_exercise(self._session))
        # What the signed-in user's roles do not allow is not offered (the services
        # refuse it anyway).
        hide_unless(self._session, Permission.IMPORT, self.import_action)
        hide_unless(self._session, Permission.INSPECT, self.inspection_action)
        hide_unless(self._session, Permission.IDENTIFY, self.identify_action)
        hide_unless(self._session, Permission.SYNC, self.sync_action)

    def _build_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        self.session_controls.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        declaration_menu = menu_bar.addMenu(self.tr("&Declaration"))
        declaration_menu.addAction(self.open_action)
        declaration_menu.addAction(self.inspection_action)
        declaration_menu.addAction(self.identify_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self.pages_menu = view_menu  # add_page() lists each page here
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.quick_reference_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")  # saveState() needs a name
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.refresh_action)

    def _build_central(self) -> None:
        self.queue.table.addAction(self.open_action)
        self.queue.count_changed.connect(self._show_count)
        self.inspections = InspectionsPage(self._session, self._runner)
        self.inspections.open_requested.connect(self.open_declaration_id)
        self.inspections.status_message.connect(self._show_status)
        self.inspections.changed.connect(self.refresh)
        self.seizures = SeizuresPage(self._session, self._runner)
        self.seizures.status_message.connect(self._show_status)
        self.seizures.open_requested.connect(self.open_declaration_id)
        self.analysis_page: LazyPage[AnalystView] = LazyPage(self._build_analysis)
        self.users_page = UsersPage(self._session)
        self.sync_page = SyncPage(self._session, self.sync)
        self.admin_page = AdministrationPage([
            (self.users_page, self.tr("&User accounts"),
             self.tr("User accounts and roles (administrators)")),
            (self.sync_page, self.tr("S&ynchronisation"),
             self.tr("Synchronisation with headquarters: state, enrolment, offline bundles "
                     "and headquarters' messages"))], session=self._session)
        self.analysis_page.setObjectName("analysisPage")
        self.reports_page: LazyPage[QWidget] = LazyPage(self._build_reports)
        self.reports_page.setObjectName("reportsLazyPage")
        self.navigation = QTabWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setDocumentMode(True)
        self.navigation.tabBar().setExpanding(False)
        pages: list[tuple[QWidget, str, str]] = [
            (self.queue, self.tr("&Queue"),
             self.tr("Today's declarations in the order to work them: lane, then score")),
            (self.inspections, self.tr("I&nspections"),
             self.tr("Inspections under way and their outcomes")),
            (self.seizures, self.tr("Sei&zures"),
             self.tr("Seizure cases opened by inspections")),
            (self.analysis_page, self.tr("Ana&lysis"),
             self.tr("Risk profile, back-testing and the watch list (risk analysts)")),
            (self.reports_page, self.tr("&Reports"), self.tr(
                "The supervisor's figures of a period, and every report to print")),
            (self._build_exercise_page(),
             self.tr("E&xercise"), self.tr("Training exercises (never touch live data)")),
            (self.admin_page, self.tr("&Administration"),
             self.tr("User accounts and roles; synchronisation with headquarters")),
        ]
        self.page_actions: list[QAction] = []
        for number, (page, title, tip) in enumerate(pages, start=1):
            self.add_page(page, title, tip, number)
        if self.exercise:
            # A trainee administers nothing: an exercise has no accounts and never syncs.
            self.navigation.setTabVisible(self.navigation.indexOf(self.admin_page), False)
            self.page_actions[-1].setVisible(False)
        self.navigation.currentChanged.connect(self._page_changed)
        self.setCentralWidget(self.navigation)

    def _build_exercise_page(self) -> QWidget:
        """The trainee's page on an exercise, the trainer console (built on first
        showing: it reads every session) on the live station."""
        self.trainee_page: TraineePage | None = None
        if self.exercise:
            from borderdesk.ui.exercise_trainee import TraineePage

            self.trainee_page = TraineePage(self._session, self.switch)
            self.trainee_page.status_message.connect(self._show_status)
            self.trainee_page.changed.connect(self.refresh)
            self.trainee_page.back_requested.connect(self.back_to_live)
            return self.trainee_page
        self.exercise_page: LazyPage[TrainerConsole] = LazyPage(self._build_console)
        self.exercise_page.setObjectName("exerciseLazyPage")
        return self.exercise_page

    def _build_console(self) -> TrainerConsole:
        from borderdesk.ui.exercise_page import TrainerConsole

        console = TrainerConsole(self._session, self._runner, self.switch)
        console.status_message.connect(self._show_status)
        return console

    def back_to_live(self) -> None:
        """Close the exercise and show the live station (the trainer confirms)."""
        from borderdesk.ui.exercise_dialogs import confirm_switch

        switch = self.switch
        if switch is None or not switch.may_switch:
            return
        if not confirm_switch(self, switch.live, self.tr("Back to live station"), self.tr(
                "Close this exercise and show the live station again? The exercise keeps "
                "what the trainee recorded; the trainer scores it from the console.")):
            return
        try:
            switch.back_to_live()
        except BorderdeskError as exc:
            self._show_status(str(exc))

    def _build_analysis(self) -> AnalystView:
        analysis = AnalystView(self._session, self._runner)
        analysis.status_message.connect(self._show_status)
        analysis.profile_activated.connect(lambda _profile: self._show_profile())
        analysis.watchlist_changed.connect(self._watchlist_changed)
        return analysis

    def _build_reports(self) -> QWidget:
        # Imported here: the page pulls in the statistics, which the window's start does
        # not need.
        from borderdesk.ui.reports_page import ReportsPage

        reports = ReportsPage(self._session, self._runner)
        reports.status_message.connect(self._show_status)
        return reports

    @property
    def analysis(self) -> AnalystView:
        """The Analysis page (built on first use: it loads the active profile)."""
        return self.analysis_page.page()

    def add_page(self, page: QWidget, title: str, tip: str, number: int | None = None,
                 position: int | None = None) -> QAction:
        """Add a page to the navigation, with a View menu entry (Ctrl+``number``)."""
        if position is None:
            index = self.navigation.addTab(page, title)
        else:
            index = self.navigation.insertTab(position, page, title)
        self.navigation.setTabToolTip(index, tip)
        shortcut = f"Ctrl+{number}" if number is not None else None
        action = self._action(self.tr("Go to {page}").format(page=title.replace("&", "")),
                              tip, shortcut)
        action.triggered.connect(lambda: self.show_page(page))
        self.page_actions.append(action)
        if self.pages_menu is not None:
            self.pages_menu.addAction(action)
        return action

    def _watchlist_changed(self) -> None:
        self._show_status(self.tr(
            "Watch list changed: it counts from the next screening of each declaration."))

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` to the front and give it the keyboard focus."""
        tabs = [self.navigation.widget(index) for index in range(self.navigation.count())]
        # A page built on first use lives inside the tab that held its place.
        tab = next((tab for tab in tabs if tab is not None and tab.isAncestorOf(page)), page)
        self.navigation.setCurrentWidget(tab)
        if tab is self.admin_page:
            self.admin_page.show_section(page)
        if page is self.queue:
            self.queue.table_focus()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _page_changed(self, _index: int) -> None:
        page = self.navigation.currentWidget()
        on_queue = page is self.queue
        for action in (self.search_action, self.open_action, self.inspection_action):
            action.setEnabled(on_queue)
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and not on_queue:
            refresh()

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
        self.profile_label.setText(self.tr("Profile: …"))
        # Loading and compiling the profile takes about 70 ms: after the queue's first
        # paint, not before it (the officer needs the queue first).
        self._profile_timer = QTimer(self)
        self._profile_timer.setSingleShot(True)
        self._profile_timer.timeout.connect(self._show_profile)
        self._profile_timer.start(PROFILE_LABEL_DELAY_MS)
        self.user_label = QLabel(self.session_controls.user_text())
        self.user_label.setObjectName("userLabel")
        self.user_label.setToolTip(self.tr("Who is recorded as acting"))
        self.mode_label = mode_label(self.exercise)
        self.inbox_label = QLabel()
        self.inbox_label.setObjectName("inboxLabel")
        self._show_inbox_state()
        self.sync_indicator = SyncIndicator(self._session)
        self.sync_indicator.clicked.connect(lambda: self.show_page(self.sync_page))
        self.sync.progressed.connect(self.sync_indicator.show_progress)
        labels = (self.count_label, self.inbox_label, self.sync_indicator, self.station_label,
                  self.profile_label, self.user_label, self.mode_label)
        for position, label in enumerate(labels):
            if position:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
            bar.addPermanentWidget(label)

    def _show_inbox_state(self) -> None:
        """The inbox in the status bar: off, watched, or its folder missing (in red)."""
        if not hasattr(self, "inbox_label"):
            return  # the status bar is built after the controller
        folder = self.inbox.folder
        if folder is None:
            text, tip, style = self.tr("Inbox: off"), self.tr(
                "No inbox folder is watched (File › Settings… to choose one)"), ""
        elif not self.inbox.reachable:
            text = self.tr("Inbox: folder missing")
            tip = self.tr("The inbox folder {folder} cannot be found").format(folder=folder)
            style = "QLabel#inboxLabel { color: #b71c1c; font-weight: bold; }"
        else:
            text = self.tr("Inbox: watching")
            tip = self.tr("Files dropped in {folder} are imported every {seconds} s").format(
                folder=folder, seconds=self.inbox.interval_s)
            style = ""
        self.inbox_label.setText(text)
        self.inbox_label.setToolTip(tip)
        self.inbox_label.setStyleSheet(style)

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
        if profile.description.strip():
            tip += "\n" + profile_description(profile)
        self.profile_label.setToolTip(tip)

    def _station_name(self) -> str:
        station = self._session.station
        if not station.crossing_code:
            return station.name
        return self.tr("{station} ({crossing})").format(
            station=station.name, crossing=station.crossing_code)

    # -- settings --------------------------------------------------------------
    def _restore_settings(self) -> None:
        if self._settings is not None and keys.LARGE_CONTROLS.get(self._settings):
            self.set_large_controls(True)
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
            self.queue.restore_header(header_state)

    def _save_settings(self) -> None:
        if self._settings is None:
            return
        keys.MAIN_GEOMETRY.set(self._settings, self.saveGeometry())
        keys.MAIN_STATE.set(self._settings, self.saveState())
        keys.TABLE_HEADER.set(self._settings,
                              self.queue.table.horizontalHeader().saveState())
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
        """Read the queue and the other pages again (F5)."""
        self.queue.refresh()
        self._refresh_after_queue()

    def _refresh_after_queue(self) -> None:
        self.inspections.refresh()
        self.seizures.refresh()
        self._profile_timer.start(PROFILE_LABEL_DELAY_MS)  # after the queue is painted

    def _import_ended(self) -> None:
        read = self.importer.read_after_result
        if not isinstance(read, QueueRead):
            self.refresh()
            return
        self.queue.show_read(read)
        self._refresh_after_queue()

    def _sync_ended(self, outcome: SyncOutcome) -> None:
        self.sync_indicator.finished()
        if outcome.installed:  # a profile or watch list from HQ: the lanes may change
            self.refresh()

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)

    def focus_search(self) -> None:
        """Show the queue and put the cursor in its search box (Ctrl+F)."""
        self.navigation.setCurrentWidget(self.queue)
        self.queue.focus_search()

    # -- one declaration -------------------------------------------------------
    def _selected_id(self) -> str | None:
        return self.queue.selected_id()

    def open_declaration(self) -> None:
        """Show the queue's current declaration in its view (Enter)."""
        declaration_id = self._selected_id()
        if declaration_id is not None:
            self.open_declaration_id(declaration_id)

    def open_declaration_id(self, declaration_id: str) -> None:
        """Show ``declaration_id`` in the declaration view (one at a time)."""
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
        if self.trainee_page is not None:  # an exercise: what the inspection found
            self.trainee_page.show_findings(record.declaration_id)

    def identify_item(self) -> None:
        """Identify an item found by the inspection selected on the Inspections page."""
        self.show_page(self.inspections)
        self.inspections.identify_item()

    # -- status and dialogs ----------------------------------------------------
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _import_busy(self, busy: bool) -> None:
        self.import_action.setEnabled(not busy)
        self.queue.set_paused(busy)

    def edit_settings(self) -> None:
        """File › Settings…: the inbox folder (or none), how often it is scanned, large
        controls and the language (saved for the next start)."""
        app = QApplication.instance()
        large = isinstance(app, QApplication) and large_controls_on(app)
        dialog = SettingsDialog(self.inbox.folder, self.inbox.interval_s, self,
                                large_controls=large, language=current_language())
        try:
            if dialog.exec() == SettingsDialog.DialogCode.Accepted:
                self.set_large_controls(dialog.large_controls())
                if self._settings is not None:
                    keys.LANGUAGE.set(self._settings, dialog.language())
                self.inbox.configure(dialog.inbox_folder(), dialog.interval_s())
                folder = self.inbox.folder
                self._show_status(
                    self.tr("Inbox: watching {folder}").format(folder=folder)
                    if folder is not None else self.tr("Inbox: not watched"))
        finally:
            dialog.deleteLater()

    def set_large_controls(self, on: bool) -> None:
        """Large controls on or off for the whole application, remembered."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_large_controls(app, on)
        self.queue.fit_row_height()
        self.queue.refit_columns()
        if self._settings is not None:
            keys.LARGE_CONTROLS.set(self._settings, on)

    @property
    def signed_out(self) -> bool:
        """Whether the window closed because its user signed out."""
        return self.session_controls.signed_out

    def show_about(self) -> None:
        """Help › About: versions, data files in use and folders."""
        show_about(self, self._session)

    def show_user_guide(self) -> None:
        """Help › User guide (F1), at the section of the page in front."""
        user_guide.show_user_guide(
            self, user_guide.section_of_page(self.navigation.currentIndex()))

    def print_quick_reference(self) -> None:
        """Help › Quick reference (PDF)…: the language, the file, then the sheet."""
        from borderdesk.ui.quick_reference_dialog import print_quick_reference

        print_quick_reference(self, self._session)

    # -- closing ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the timers, any import and inbox scan, remember the layout, then close."""
        if not self._closed:
            self._closed = True
            self.session_controls.stop()
            if self.exercise:
                unmark_exercise()
            self.queue.stop()
            self.inspections.shutdown()
            if self.declaration_view is not None:
                self.declaration_view.close()
            user_guide.close_user_guide(self)
            self.seizures.close_cases()
            if self.trainee_page is not None:
                self.trainee_page.shutdown()
            elif self.exercise_page.built:
                self.exercise_page.page().shutdown()
            self.sync_indicator.stop()
            self.sync.shutdown()  # before the runner waits for its workers
            self.inbox.shutdown()
            self.importer.shutdown()
            self._profile_timer.stop()
            if self.analysis_page.built:
                self.analysis.shutdown()
            self._save_settings()
            self.statusBar().clearMessage()
        super().closeEvent(event)
