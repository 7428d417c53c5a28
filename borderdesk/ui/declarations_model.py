"""The declarations table's Qt model: a thin, paged adapter over a row source.

The model asks its :class:`RowSource` for the ordered keys of every row (cheap:
integers, sorted by the database) and reads the rows themselves in blocks, only
when the view shows them. So 100,000 declarations open, sort and filter as fast
as a hundred: the view never waits for rows it does not paint. Sorting is the
source's job (``sort()`` asks it for keys in the new order); the in-memory
:class:`ListSource` sorts by :data:`SORT_ROLE` values (the lodging instant, the
version as a number), the database source by the same values in SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Protocol

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
from PySide6.QtGui import QColor

from borderdesk.core.country_names import country_name
from borderdesk.core.errors import BorderdeskError
from borderdesk.ui.language import current_language

if TYPE_CHECKING:
    from borderdesk.services.declarations import DeclarationSummary

_CONTEXT = "DeclarationsModel"

#: The role that gives raw values for sorting (datetime instant as a POSIX float, int version).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives the row's ``declaration_id`` in any column.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The role that gives the row's key in its source (an int) in any column.
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
#: Rows are read from the source this many at a time, and this many blocks are kept.
BLOCK_ROWS = 200
CACHED_BLOCKS = 50

_ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in order."""

    DECLARATION = 0
    LANE = 1
    SCORE = 2
    LODGED = 3
    CONSIGNOR = 4
    CONSIGNEE = 5
    ROUTE = 6
    GOODS = 7
    INSPECTION = 8
    VERSION = 9


_TITLES = {
    Column.DECLARATION: QT_TRANSLATE_NOOP("DeclarationsModel", "Declaration"),
    Column.LANE: QT_TRANSLATE_NOOP("DeclarationsModel", "Lane"),
    Column.SCORE: QT_TRANSLATE_NOOP("DeclarationsModel", "Score"),
    Column.LODGED: QT_TRANSLATE_NOOP("DeclarationsModel", "Lodged"),
    Column.CONSIGNOR: QT_TRANSLATE_NOOP("DeclarationsModel", "Consignor"),
    Column.CONSIGNEE: QT_TRANSLATE_NOOP("DeclarationsModel", "Consignee"),
    Column.ROUTE: QT_TRANSLATE_NOOP("DeclarationsModel", "Route"),
    Column.GOODS: QT_TRANSLATE_NOOP("DeclarationsModel", "Goods"),
    Column.INSPECTION: QT_TRANSLATE_NOOP("DeclarationsModel", "Inspection"),
    Column.VERSION: QT_TRANSLATE_NOOP("DeclarationsModel", "Version"),
}

_HEADER_TIPS = {
    Column.DECLARATION: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The declaration's reference number"),
    Column.LANE: QT_TRANSLATE_NOOP(
        "DeclarationsModel",
        "Red: physical inspection; yellow: document check; green: release"),
    Column.SCORE: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The risk score the active profile gave (higher: riskier)"),
    Column.LODGED: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "When the declaration was lodged, in the time zone it was written in"),
    Column.CONSIGNOR: QT_TRANSLATE_NOOP("DeclarationsModel", "Who sends the goods"),
    Column.CONSIGNEE: QT_TRANSLATE_NOOP("DeclarationsModel", "Who receives the goods"),
    Column.ROUTE: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The countries the goods pass through, from origin to destination"),
    Column.GOODS: QT_TRANSLATE_NOOP("DeclarationsModel", "What the goods lines declare"),
    Column.INSPECTION: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The latest inspection: under way, or its outcome"),
    Column.VERSION: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "1 is the declaration as first lodged; higher numbers are amendments"),
}

_PROCEDURES = {
    "import": QT_TRANSLATE_NOOP("DeclarationsModel", "Import"),
    "export": QT_TRANSLATE_NOOP("DeclarationsModel", "Export"),
    "transit": QT_TRANSLATE_NOOP("DeclarationsModel", "Transit"),
}

_TRANSPORT_MODES = {
    "truck": QT_TRANSLATE_NOOP("DeclarationsModel", "truck"),
    "van": QT_TRANSLATE_NOOP("DeclarationsModel", "van"),
    "car": QT_TRANSLATE_NOOP("DeclarationsModel", "car"),
    "bus": QT_TRANSLATE_NOOP("DeclarationsModel", "bus"),
    "rail": QT_TRANSLATE_NOOP("DeclarationsModel", "rail"),
    "postal": QT_TRANSLATE_NOOP("DeclarationsModel", "postal"),
}

_INSPECTIONS = {
    "open": QT_TRANSLATE_NOOP("DeclarationsModel", "under way"),
    "nothing_found": QT_TRANSLATE_NOOP("DeclarationsModel", "nothing found"),
    "irregularity": QT_TRANSLATE_NOOP("DeclarationsModel", "irregularity"),
    "seizure": QT_TRANSLATE_NOOP("DeclarationsModel", "seizure"),
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_LANES = {
    "red": QT_TRANSLATE_NOOP("DeclarationsModel", "Red"),
    "yellow": QT_TRANSLATE_NOOP("DeclarationsModel", "Yellow"),
    "green": QT_TRANSLATE_NOOP("DeclarationsModel", "Green"),
}
# Light backgrounds that keep black text readable; the lane is also written out, so
# colour is never the only sign (colour-blind officers, grey-scale screens).
_LANE_COLOURS = {"red": QColor("#f4c7c3"), "yellow": QColor("#fce8b2"),
                 "green": QColor("#d9ead3")}
_LANE_ORDER = {"red": 0, "yellow": 1, "green": 2}
_NUMERIC = (Column.SCORE, Column.VERSION)
#: The roles :meth:`DeclarationsModel.data` answers.
_ANSWERED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, SORT_ROLE, ID_ROLE, KEY_ROLE})


def lane_text(lane: str | None, random: bool) -> str:
    """The lane as shown: ``Red``, ``Yellow (random)``, or a dash before screening."""
    if lane is None:
        return "–"
    text = _translate(_LANES.get(lane, lane))
    if random:
        text = QCoreApplication.translate("DeclarationsModel", "{lane} (random)").format(
            lane=text)
    return text


def lane_colour(lane: str | None) -> QColor | None:
    """The light background of a lane (black text stays readable on it)."""
    return None if lane is None else _LANE_COLOURS.get(lane)


def procedure_text(procedure: str) -> str:
    """The procedure in words: ``Import``, ``Export``, ``Transit``."""
    return _translate(_PROCEDURES.get(procedure, procedure))


def transport_mode_text(mode: str) -> str:
    """The transport mode in words: ``truck``, ``rail``…"""
    return _translate(_TRANSPORT_MODES.get(mode, mode))


def inspection_text(state: str | None) -> str:
    """The latest inspection in words: ``under way``, ``nothing found``… (empty if none)."""
    return "" if state is None else _translate(_INSPECTIONS.get(state, state))


def _translate(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; the marked texts are str.
    return QCoreApplication.translate(_CONTEXT, str(text))


def format_offset(offset: timedelta | None) -> str:
    """``+01:00`` for an hour east of UTC (``+00:00`` for UTC itself)."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def format_lodged(moment: datetime) -> str:
    """The local time as written, with its offset: ``2026-11-28 08:15 +01:00``."""
    return f"{moment:%Y-%m-%d %H:%M} {format_offset(moment.utcoffset())}"


def _route_names(row: DeclarationSummary) -> str:
    codes = row.itinerary or (row.origin_country, row.destination_country)
    language = current_language()
    return " › ".join(f"{country_name(code, language)} ({code})" for code in codes)


class RowSource(Protocol):
    """Where the model's rows come from: ordered keys first, rows by key on demand."""

    def keys(self, column: Column, descending: bool) -> list[int]:
        """Every row's key, sorted by ``column`` (the lane: the queue's order)."""
        ...

    def rows(self, keys: Sequence[int]) -> Sequence[DeclarationSummary]:
        """The rows of ``keys``, in that order (a key no longer held is left out)."""
        ...


class ListSource:
    """Rows held in memory (small lists and tests); keys are positions in the list."""

    def __init__(self, rows: Sequence[DeclarationSummary]) -> None:
        self._rows = list(rows)

    def keys(self, column: Column, descending: bool) -> list[int]:
        def value(key: int) -> Any:
            return sort_value(self._rows[key], column)
        return sorted(range(len(self._rows)), key=value, reverse=descending)

    def rows(self, keys: Sequence[int]) -> Sequence[DeclarationSummary]:
        return [self._rows[key] for key in keys if 0 <= key < len(self._rows)]


def sort_value(row: DeclarationSummary, column: Column) -> Any:
    """The raw value a column sorts by (the lane: the queue's order as one number)."""
    if column == Column.LODGED:
        return row.lodged_at.timestamp()
    if column == Column.VERSION:
        return row.version
    if column == Column.SCORE:
        return row.score if row.score is not None else -1.0
    if column == Column.LANE:
        # The order officers work in: red first, then by score, then newest first.
        # One number (Qt compares plain values): lane rank, score and lodging time in
        # separate decimal ranges, all far inside a double's exact integers.
        rank = _LANE_ORDER.get(row.lane or "", 3)
        return rank * 1e15 - (row.score or 0) * 1e10 - row.lodged_at.timestamp()
    return DeclarationsModel.display(row, column).casefold()


class DeclarationsModel(QAbstractTableModel):
    """Declaration summaries as table rows (read-only), read from a source in blocks."""

    #: A block of rows could not be read (the message says why); its cells stay empty.
    read_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: RowSource = ListSource([])
        self._keys: list[int] = []
        self._blocks: OrderedDict[int, Sequence[DeclarationSummary]] = OrderedDict()
        self._sort_column = Column.LANE
        self._descending = False

    # -- the data ------------------------------------------------------------
    def set_rows(self, rows: Sequence[DeclarationSummary]) -> None:
        """Show rows held in memory (the views reset, selection and scroll position go)."""
        self.set_source(ListSource(rows))

    def set_source(self, source: RowSource, keys: list[int] | None = None) -> None:
        """Show the rows of ``source`` in the current order (``keys``: that order's keys,
        already read from it)."""
        self._source = source
        self.reload(keys)

    def reload(self, keys: list[int] | None = None) -> None:
        """Ask the source again for its keys (rows are read again when shown)."""
        if keys is None:
            keys = self._source.keys(self._sort_column, self._descending)
        self.beginResetModel()
        self._keys = keys
        self._blocks.clear()
        self.endResetModel()

    @property
    def rows(self) -> tuple[DeclarationSummary, ...]:
        """Every row, in the model's order (reads them all: for small lists and tests)."""
        return tuple(self._source.rows(self._keys))

    @property
    def sort_column(self) -> Column:
        """The column the rows are sorted by."""
        return self._sort_column

    @property
    def descending(self) -> bool:
        """Whether the rows are sorted in descending order."""
        return self._descending

    def key_at(self, row: int) -> int:
        """The source's key of ``row``."""
        return self._keys[row]

    def row_of_key(self, key: int) -> int | None:
        """The row showing ``key`` (None when it is not listed)."""
        # One search in C (about 1 ms in 100,000 keys) beats building a dict of them all.
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def row_at(self, row: int) -> DeclarationSummary | None:
        """The summary shown in ``row`` (None if its block could not be read)."""
        block_number, offset = divmod(row, BLOCK_ROWS)
        block = self._blocks.get(block_number)
        if block is None:
            block = self._read_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        return block[offset] if offset < len(block) else None

    def _read_block(self, number: int) -> Sequence[DeclarationSummary]:
        keys = self._keys[number * BLOCK_ROWS:(number + 1) * BLOCK_ROWS]
        try:
            rows = list(self._source.rows(keys))
        except BorderdeskError as exc:  # a bad read must not break painting
            self.read_failed.emit(str(exc))
            rows = []
        if len(rows) != len(keys):
            # A row went away since the keys were read: keep the others in place.
            by_key = {row.key: row for row in rows}
            rows = [by_key[key] for key in keys if key in by_key]
            self.read_failed.emit(QCoreApplication.translate(
                "DeclarationsModel", "Some declarations changed while listed: press F5."))
        self._blocks[number] = rows
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``: the source gives the keys in the new order."""
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about a dozen roles per painted cell; most are never answered,
        # so they are turned away before any other work (a sort repaints ~250 cells).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._keys):
            return None
        column = Column(index.column())
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ID_ROLE:
            return row.declaration_id
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.LANE and row.lane:
            return _LANE_COLOURS.get(row.lane)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.LANE and row.lane:
            return QColor("black")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _translate(_TITLES[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _translate(_HEADER_TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        return None

    # -- cells -----------------------------------------------------------------
    @staticmethod
    def display(row: DeclarationSummary, column: Column) -> str:
        """The text of a cell."""
        match column:
            case Column.DECLARATION:
                return row.declaration_id
            case Column.LANE:
                return lane_text(row.lane, row.random)
            case Column.SCORE:
                return "" if row.score is None else f"{row.score:g}"
            case Column.INSPECTION:
                return inspection_text(row.inspection)
            case Column.LODGED:
                return format_lodged(row.lodged_at)
            case Column.CONSIGNOR:
                return row.consignor
            case Column.CONSIGNEE:
                return row.consignee
            case Column.ROUTE:
                return row.route
            case Column.GOODS:
                return row.goods_summary
            case Column.VERSION:
                return str(row.version)

    @staticmethod
    def _tooltip(row: DeclarationSummary, column: Column) -> str:
        match column:
            case Column.DECLARATION:
                procedure = _translate(_PROCEDURES.get(row.procedure, row.procedure))
                mode = _translate(_TRANSPORT_MODES.get(row.transport_mode, row.transport_mode))
                lines = [f"{row.declaration_id}\n{procedure}, {mode}"]
                if row.vehicle_registration:
                    vehicle = QCoreApplication.translate(
                        "DeclarationsModel", "Vehicle: {registration}")
                    lines.append(vehicle.format(registration=row.vehicle_registration))
                return "\n".join(lines)
            case Column.LODGED:
                utc = row.lodged_at.astimezone(UTC)
                return QCoreApplication.translate("DeclarationsModel", "{local}\n{utc} UTC").format(
                    local=format_lodged(row.lodged_at), utc=f"{utc:%Y-%m-%d %H:%M}")
            case Column.ROUTE:
                return _route_names(row)
            case Column.GOODS:
                goods = QCoreApplication.translate(
                    "DeclarationsModel", "{summary}\nGoods lines: {count}")
                return goods.format(summary=row.goods_summary, count=row.goods_lines)
            case Column.VERSION:
                version = QCoreApplication.translate("DeclarationsModel", "Version {version}")
                return version.format(version=row.version)
            case Column.LANE if row.lane is not None:
                score = QCoreApplication.translate("DeclarationsModel", "{lane}, score {score}")
                text = score.format(lane=lane_text(row.lane, row.random),
                                    score=f"{row.score or 0:g}")
                if row.random:
                    text += "\n" + QCoreApplication.translate(
                        "DeclarationsModel", "Selected at random for a check")
                return text
            case _:
                return DeclarationsModel.display(row, column)
