"""The screening queue page: search, filters and the declarations table.

The table's rows come from the station database through
:class:`StationQueueSource` (keys sorted and filtered in SQL by
:func:`borderdesk.services.declarations.queue_keys`, rows read a block at a
time by :func:`~borderdesk.services.declarations.queue_page`), so the page stays
quick with 100,000 declarations. The page reads the queue again by itself when
something was recorded at the station (a cheap marker is polled), keeping the
selected declaration selected.

Filters are deliberately not remembered between sessions: an officer who left
"green only" set yesterday must not miss today's red lane. When a filter hides
declarations the count says so and "Clear filters" is enabled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.declarations import (
    DeclarationSummary,
    InspectionState,
    Period,
    QueueFilter,
    count_declarations,
    queue_change_marker,
    queue_keys,
    queue_page,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.appearance import LARGE_TARGET_PX, large_controls_on
from borderdesk.ui.declarations_model import (
    ID_ROLE,
    KEY_ROLE,
    Column,
    DeclarationsModel,
    lane_text,
    procedure_text,
    transport_mode_text,
)
from borderdesk.ui.queue_read import ORDER_OF_COLUMN, QueueQuery, QueueRead
from borderdesk.ui.queue_table import QueueTable

log = logging.getLogger(__name__)

#: Space (px) between a page's content and the window's edges.
PAGE_MARGIN = 6
#: Typing pauses this long (ms) before the search runs.
SEARCH_DELAY_MS = 250
#: How often (ms) the page checks whether something was recorded at the station.
CHANGE_POLL_MS = 3_000
#: Widest a column gets when fitted to its contents (in average characters), so that
#: long names and routes leave room for the goods; the full text is in the tooltip.
MAX_COLUMN_CHARS = {Column.CONSIGNOR: 28, Column.CONSIGNEE: 28, Column.ROUTE: 22}
DEFAULT_MAX_COLUMN_CHARS = 40

class StationQueueSource:
    """The model's rows from the station database, through one filter."""

    def __init__(self, session: StationSession, queue_filter: QueueFilter) -> None:
        self.session = session
        self.filter = queue_filter

    def keys(self, column: Column, descending: bool) -> list[int]:
        return queue_keys(self.session, self.filter, ORDER_OF_COLUMN[column],
                          descending=descending)

    def rows(self, keys: Sequence[int]) -> Sequence[DeclarationSummary]:
        return queue_page(self.session, keys)


class _ElideMiddle(QStyledItemDelegate):
    """Shortens text in the middle: a long route keeps its origin and its destination."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class QueuePage(QWidget):
    """Search box, filters and the queue table of one station."""

    #: Enter or a double-click on a row: open that declaration.
    open_requested = Signal(str)
    #: Something to tell in the status bar.
    status_message = Signal(str)
    #: The listed and total counts changed (the text for the status bar).
    count_changed = Signal(str)

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fitted = False
        self._kept_key: int | None = None
        self._marker = -1
        self._stopped = False
        self._paused = False
        self.setObjectName("queuePage")
        self.model = DeclarationsModel(self)
        self.model.read_failed.connect(self.status_message)
        self._choices: dict[QComboBox, list[object]] = {}

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.refresh_if_changed)

        self._build()

    # -- building --------------------------------------------------------------
    def _combo(self, name: str, tip: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        # The values stay in Python (PySide's QVariant conversion of arbitrary objects
        # is best avoided); the combo holds only the texts.
        self._choices[combo] = [value for _text, value in items]
        for text, _value in items:
            combo.addItem(text)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            self.tr("Search number, consignor, consignee, goods, vehicle…"))
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

        lanes: list[tuple[str, object]] = [
            (self.tr("All lanes"), None),
            (lane_text("red", False), frozenset({"red"})),
            (lane_text("yellow", False), frozenset({"yellow"})),
            (lane_text("green", False), frozenset({"green"})),
            (self.tr("Red and yellow"), frozenset({"red", "yellow"})),
            (self.tr("Not screened"), frozenset({None})),
        ]
        self.lane_filter = self._combo("laneFilter", self.tr("Show only this lane"), lanes)
        self.procedure_filter = self._combo(
            "procedureFilter", self.tr("Show only this procedure"),
            [(self.tr("All procedures"), None)]
            + [(procedure_text(p), p) for p in ("import", "export", "transit")])
        self.mode_filter = self._combo(
            "modeFilter", self.tr("Show only this means of transport"),
            [(self.tr("All transport"), None)]
            + [(transport_mode_text(m).capitalize(), m)
               for m in ("truck", "van", "car", "bus", "rail", "postal")])
        self.period_filter = self._combo(
            "periodFilter", self.tr("Show only declarations lodged in this period"
                                    " (the station's time zone)"),
            [(self.tr("Any date"), Period.ALL), (self.tr("Today"), Period.TODAY),
             (self.tr("Since yesterday"), Period.TWO_DAYS),
             (self.tr("Last 7 days"), Period.WEEK), (self.tr("Last 30 days"), Period.MONTH)])
        self.inspection_filter = self._combo(
            "inspectionFilter", self.tr("Show declarations by their inspection"),
            [(self.tr("Inspected or not"), InspectionState.ANY),
             (self.tr("Not inspected"), InspectionState.NOT_INSPECTED),
             (self.tr("Inspection under way"), InspectionState.OPEN),
             (self.tr("Inspected"), InspectionState.INSPECTED)])
        self.clear_filters_button = QPushButton(self.tr("&Clear filters"))
        self.clear_filters_button.setObjectName("clearFilters")
        self.clear_filters_button.setToolTip(self.tr("List every declaration again"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.setEnabled(False)

        self.table = QueueTable()
        self.table.setObjectName("declarationsTable")
        self.table.setModel(self.model)
        # After setModel: the view clears its current row on a reset, then this puts
        # it back.
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setItemDelegateForColumn(Column.ROUTE, _ElideMiddle(self.table))
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open_index)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.GOODS, QHeaderView.ResizeMode.Stretch)
        # Fitting columns looks at the first rows only: never read 100,000 to measure
        # (each cell measured is a Python call; 30 rows give the widths well enough).
        header.setResizeContentsPrecision(30)
        # The queue's order: lane, then score, then newest first (issue 4).
        header.setSortIndicator(Column.LANE, Qt.SortOrder.AscendingOrder)
        self.fit_row_height()

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        for widget in (self.lane_filter, self.procedure_filter, self.mode_filter,
                       self.period_filter, self.inspection_filter,
                       self.clear_filters_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.setTabOrder(self.search, self.lane_filter)
        self.setTabOrder(self.lane_filter, self.procedure_filter)
        self.setTabOrder(self.procedure_filter, self.mode_filter)
        self.setTabOrder(self.mode_filter, self.period_filter)
        self.setTabOrder(self.period_filter, self.inspection_filter)
        self.setTabOrder(self.inspection_filter, self.clear_filters_button)
        self.setTabOrder(self.clear_filters_button, self.table)

    def fit_row_height(self) -> None:
        """Rows as tall as the application's font needs; with large controls, at least a
        finger's (or a glove's) height."""
        app = QApplication.instance()
        font = QApplication.font(self.table)
        height = QFontMetrics(font).height() + 8
        if isinstance(app, QApplication) and large_controls_on(app):
            height = max(height, LARGE_TARGET_PX)
        self.table.verticalHeader().setDefaultSectionSize(height)

    # -- the filter ------------------------------------------------------------
    def _chosen(self, combo: QComboBox) -> Any:
        return self._choices[combo][max(combo.currentIndex(), 0)]

    def current_filter(self) -> QueueFilter:
        """What the search box and the filters select."""
        return QueueFilter(
            query=self.search.text().strip(),
            lanes=self._chosen(self.lane_filter),
            procedure=self._chosen(self.procedure_filter),
            transport_mode=self._chosen(self.mode_filter),
            period=self._chosen(self.period_filter),
            inspection=self._chosen(self.inspection_filter),
        )

    def clear_filters(self) -> None:
        """Every filter back to "all" (the search stays)."""
        combos = (self.lane_filter, self.procedure_filter, self.mode_filter,
                  self.period_filter, self.inspection_filter)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def _filter_changed(self, _index: int) -> None:
        self.refresh()

    # -- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue again through the search and filters (F5)."""
        self._search_timer.stop()
        queue_filter = self.current_filter()
        try:
            self._marker = queue_change_marker(self._session)
            self.model.set_source(StationQueueSource(self._session, queue_filter))
            total = count_declarations(self._session)
        except BorderdeskError as exc:
            log.warning("listing declarations failed: %s", exc)
            self.model.set_rows([])
            total = 0
            self.status_message.emit(str(exc))
        self._fit_columns()
        self._show_count(self.model.rowCount(), total, queue_filter)

    def query(self) -> QueueQuery:
        """What the page lists now (its search, filters and order), to be read elsewhere."""
        return QueueQuery(self.current_filter(), self.model.sort_column,
                          self.model.descending)

    def show_read(self, read: QueueRead) -> None:
        """Show keys read elsewhere (by an import's worker); read them again here if the
        search, a filter or the order changed meanwhile, or something was recorded since."""
        self._search_timer.stop()
        query = self.query()
        try:
            current = query.answers(read) and queue_change_marker(self._session) == read.marker
            if not current:
                self.refresh()
                return
            self._marker = read.marker
            self.model.set_source(StationQueueSource(self._session, query.queue_filter),
                                  keys=read.keys)
        except BorderdeskError as exc:
            log.warning("listing declarations failed: %s", exc)
            self.model.set_rows([])
            self.status_message.emit(str(exc))
            self._show_count(0, 0, query.queue_filter)
            return
        self._fit_columns()
        self._show_count(self.model.rowCount(), read.total, query.queue_filter)

    def set_paused(self, paused: bool) -> None:
        """Pause the change poll (an import from this window is running: the queue is read
        once when it ends, not again and again on the GUI thread meanwhile)."""
        self._paused = paused

    def refresh_if_changed(self) -> None:
        """Read the queue again if something was recorded since it was last read."""
        if self._paused:
            return
        try:
            marker = queue_change_marker(self._session)
        except BorderdeskError as exc:
            log.warning("checking for changes failed: %s", exc)
            return
        if marker != self._marker:
            self.refresh()

    def _remember_current(self) -> None:
        key = self.table.currentIndex().data(KEY_ROLE)
        self._kept_key = key if isinstance(key, int) else None

    def _restore_current(self) -> None:
        if self._kept_key is None:
            return
        row = self.model.row_of_key(self._kept_key)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _fit_columns(self) -> None:
        if self._fitted or self.model.rowCount() == 0:
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
        self._fitted = True  # fit once; after that the officer's widths stay

    def refit_columns(self) -> None:
        """Fit the columns to their contents again (after the text size changed)."""
        self._fitted = False
        self._fit_columns()

    def restore_header(self, state: QByteArray) -> None:
        """Put back the officer's column widths and order (fitting is then skipped)."""
        if not state.isEmpty() and self.table.horizontalHeader().restoreState(state):
            self._fitted = True
            # The saved state may carry an old sort: the queue always opens in its order.
            self.table.horizontalHeader().setSortIndicator(
                Column.LANE, Qt.SortOrder.AscendingOrder)

    def _show_count(self, shown: int, total: int, queue_filter: QueueFilter) -> None:
        narrowed = queue_filter.filtered
        self.clear_filters_button.setEnabled(narrowed)
        if queue_filter.query:
            text = self.tr("Found: {shown} of {total}").format(shown=shown, total=total)
        elif narrowed:
            text = self.tr("Declarations: {shown} of {total} (filtered)").format(
                shown=shown, total=total)
        else:
            text = self.tr("Declarations: {total}").format(total=total)
        self.count_changed.emit(text)
        if shown:
            self.pages.setCurrentWidget(self.table)
            return
        if queue_filter.query:
            self.empty_label.setText(self.tr("No declaration matches “{query}”.").format(
                query=queue_filter.query))
        elif narrowed:
            self.empty_label.setText(self.tr(
                "No declaration passes the filters.\nUse “Clear filters” to list them all."))
        else:
            self.empty_label.setText(self.tr(
                "No declarations yet.\nUse File › Import… (Ctrl+I) to read declaration files,"
                " or set an inbox folder in File › Settings…"))
        self.pages.setCurrentWidget(self.empty_label)

    # -- search and focus ------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def table_focus(self) -> None:
        """Move the keyboard focus to the table, on its first row if none is current."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

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

    # -- selection -------------------------------------------------------------
    def selected_id(self) -> str | None:
        """The declaration of the current row, if any."""
        declaration_id = self.table.currentIndex().data(ID_ROLE)
        return declaration_id if isinstance(declaration_id, str) else None

    def _open_index(self, index: QModelIndex) -> None:
        declaration_id = index.data(ID_ROLE)
        if isinstance(declaration_id, str):
            self.open_requested.emit(declaration_id)

    def showEvent(self, event: QShowEvent) -> None:
        """Watch for new declarations while shown (and catch up on what came meanwhile)."""
        super().showEvent(event)
        if not self._stopped:
            self.change_timer.start()
            self.refresh_if_changed()

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden queue is not read: it catches up when shown again."""
        super().hideEvent(event)
        self.change_timer.stop()

    def stop(self) -> None:
        """Stop the timers for good (the window is closing)."""
        self._stopped = True
        self._search_timer.stop()
        self.change_timer.stop()
