"""What an analyst uses to tune profiles: the active profile, back-tests, the watch list.

:class:`AnalystView` is one self-contained widget with three tabs:

- **Active profile**: the rules (id, title, weight, lane effect, instruction) and
  the named lists, read-only, with a search box; a rule's condition and
  rationale below. *Load profile file…* checks a file and makes it the active
  profile, or lists its problems as ``FILE:LINE:COL: problem`` (copyable) and
  leaves the active profile as it was.
- **Back-test**: :class:`~borderdesk.ui.backtest_view.BacktestPanel`.
- **Watch list**: :class:`~borderdesk.ui.watchlist_view.WatchListPanel`.

The main window builds it as ``AnalystView(session, runner, parent)`` and may
listen to :attr:`AnalystView.status_message`, :attr:`AnalystView.profile_activated`
and :attr:`AnalystView.watchlist_changed`. :meth:`AnalystView.run_backtest_now`
fills the back-test synchronously (for ``--screenshot backtest``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.rules.problems import ProfileError
from borderdesk.rules.profile import Profile
from borderdesk.rules.rule_texts import profile_description
from borderdesk.services.assessments import activate_profile, active_profile
from borderdesk.services.backtest import backtest_profiles, stored_period
from borderdesk.services.screening import open_profile
from borderdesk.services.station import StationSession
from borderdesk.ui.backtest_view import DEFAULT_PAIR, BacktestPanel, BacktestRun
from borderdesk.ui.permissions import Permission, hide_unless
from borderdesk.ui.problems_dialog import ProblemsDialog, show_problems
from borderdesk.ui.profile_model import ListsModel, RulesModel, profile_summary, rule_details
from borderdesk.ui.rows_model import ROW_ROLE, compact_rows, filter_proxy, fold_filter
from borderdesk.ui.watchlist_view import WatchListPanel
from borderdesk.ui.workers import TaskRunner


def choose_profile_to_load(parent: QWidget) -> Path | None:
    """Ask for the profile file to make active (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProfilePanel", "Load a profile file"), "",
        QCoreApplication.translate("ProfilePanel", "Risk profiles (*.yaml *.yml)"))
    return Path(name) if name else None


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    compact_rows(table)
    return table


class ProfilePanel(QWidget):
    """The active profile, read-only, with search and *Load profile file…*."""

    #: A new profile was activated (the Profile).
    profile_activated = Signal(object)
    #: A one-line outcome for the status bar.
    status_message = Signal(str)

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self._session = session
        self.profile: Profile | None = None
        self.problems_dialog: ProblemsDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("profileSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_button = QPushButton(self.tr("&Load profile file…"))
        self.load_button.setObjectName("loadProfile")
        self.load_button.setToolTip(self.tr(
            "Check a profile file and make it the station's active profile; a file with "
            "problems is not used and its problems are listed by line"))
        self.load_button.clicked.connect(lambda: self.load_profile_file())
        #: Whether the user's roles may load profiles (else the button is hidden).
        self.may_load = hide_unless(session, Permission.EDIT_PROFILES, self.load_button)
        self.search = QLineEdit()
        self.search.setObjectName("profileSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search rules and lists"))
        self.search.setToolTip(self.tr("Show only the rules and lists containing this text"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.rules = RulesModel(self)
        self.rules_proxy = filter_proxy(self.rules, self)
        self.rules_table = _table("rulesTable")
        self.rules_table.setModel(self.rules_proxy)
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.rules_table.selectionModel().currentRowChanged.connect(self._show_rule)
        self.details = QPlainTextEdit()
        self.details.setObjectName("ruleDetails")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Choose a rule to see its condition and "
                                                "rationale."))
        self.lists = ListsModel(self)
        self.lists_proxy = filter_proxy(self.lists, self)
        self.lists_table = _table("listsTable")
        self.lists_table.setModel(self.lists_proxy)
        self.lists_table.setToolTip(self.tr("The profile's named lists; hover a row to read "
                                            "all its items"))
        lists_header = self.lists_table.horizontalHeader()
        lists_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lists_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.search.textChanged.connect(fold_filter(self.rules_proxy))
        self.search.textChanged.connect(fold_filter(self.lists_proxy))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.details)
        lower.addWidget(self.lists_table)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.rules_table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the station's active profile."""
        try:
            profile = active_profile(self._session)
        except BorderdeskError as exc:
            # A profile file that was active may have been changed or moved since.
            self.profile = None
            self.summary.setText(self.tr("The active profile cannot be read: {error}").format(
                error=str(exc).splitlines()[0]))
            self.rules.set_rows([])
            self.lists.set_rows([])
            return
        self.profile = profile
        self.summary.setText(profile_summary(profile) + "\n" + profile_description(profile))
        self.rules.set_profile(profile)
        self.lists.set_profile(profile)
        self.rules_table.resizeColumnToContents(1)
        self.rules_table.setColumnWidth(1, min(self.rules_table.columnWidth(1), 330))
        self.details.clear()

    def _show_rule(self) -> None:
        index = self.rules_table.currentIndex()
        rule = index.data(ROW_ROLE) if index.isValid() else None
        self.details.setPlainText(rule_details(rule) if rule is not None else "")

    def load_profile_file(self, path: Path | None = None) -> Profile | None:
        """Check ``path`` (asked for when None) and activate it; its problems are listed
        and the active profile stays when it does not validate."""
        if not self.may_load:
            return None
        if path is None:
            path = choose_profile_to_load(self)
            if path is None:
                return None
        try:
            profile = activate_profile(self._session, str(path))
        except ProfileError as exc:
            self._problems([str(problem) for problem in exc.problems], path)
            return None
        except BorderdeskError as exc:
            self._problems(str(exc).splitlines(), path)
            return None
        self.refresh()
        self.status_message.emit(self.tr(
            "Active profile: {id} version {version}. It screens declarations from now on."
        ).format(id=profile.id, version=profile.version))
        self.profile_activated.emit(profile)
        return profile

    def _problems(self, lines: list[str], path: Path) -> None:
        self.status_message.emit(self.tr("The profile was not loaded; the active profile is "
                                         "unchanged."))
        self.problems_dialog = show_problems(
            self, self.tr("Profile problems"),
            self.tr("{file} has {count} problems, so it was not used; the active profile "
                    "stays in use. Each line gives the file, line and column:").format(
                file=path.name, count=len(lines)), lines)


class AnalystView(QWidget):
    """The analyst's tabs: the active profile, back-tests and the watch list."""

    #: A one-line outcome for the status bar.
    status_message = Signal(str)
    #: A new profile was activated (the Profile).
    profile_activated = Signal(object)
    #: The watch list changed (a re-screening would use the new entries).
    watchlist_changed = Signal()

    PROFILE, BACKTEST, WATCHLIST = 0, 1, 2

    def __init__(self, session: StationSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analystView")
        self._session = session
        self.profile_panel = ProfilePanel(session, self)
        self.backtest_panel = BacktestPanel(session, runner, self)
        self.watchlist_panel = WatchListPanel(session, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analystTabs")
        self.tabs.addTab(self.profile_panel, self.tr("Active &profile"))
        self.tabs.addTab(self.backtest_panel, self.tr("Bac&k-test"))
        self.tabs.addTab(self.watchlist_panel, self.tr("&Watch list"))
        self.tabs.setTabToolTip(self.PROFILE, self.tr("The rules, weights, instructions and "
                                                      "lists the station screens with"))
        self.tabs.setTabToolTip(self.BACKTEST, self.tr("What two profiles would have done to "
                                                       "the stored declarations"))
        self.tabs.setTabToolTip(self.WATCHLIST, self.tr("Persons, companies and vehicles "
                                                        "screening looks for"))
        for panel in (self.profile_panel, self.backtest_panel, self.watchlist_panel):
            panel.status_message.connect(self.status_message)
        self.profile_panel.profile_activated.connect(self.profile_activated)
        self.watchlist_panel.changed.connect(self.watchlist_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, index: int) -> None:
        """Bring a tab to the front (:attr:`PROFILE`, :attr:`BACKTEST`, :attr:`WATCHLIST`)."""
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the active profile and the watch list again."""
        self.profile_panel.refresh()
        self.watchlist_panel.refresh()

    def run_backtest_now(self, a: str = DEFAULT_PAIR[0],
                         b: str | None = DEFAULT_PAIR[1]) -> BacktestRun | None:
        """Back-test ``a`` against ``b`` over the station's whole data, here and now (no
        worker), and show the Back-test tab. None when the station has no declarations."""
        panel = self.backtest_panel
        panel.choose(a, b)
        self.show_tab(self.BACKTEST)
        period = stored_period(self._session)
        if period is None:
            return None
        panel.set_period(*period)
        profiles = [open_profile(ref) for ref in (a, b) if ref is not None]
        results = backtest_profiles(self._session, profiles, date_from=period[0],
                                    date_to=period[1])
        run = BacktestRun(results[0], results[1] if len(results) > 1 else None)
        panel.show_run(run)
        return run

    def shutdown(self) -> None:
        """Ask a running back-test to stop (the window owns and stops the runner)."""
        self.backtest_panel.cancel()
