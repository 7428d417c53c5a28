"""The declarations table's Qt model: a thin adapter over a list of summaries.

The model holds a plain Python list of
:class:`~borderdesk.services.declarations.DeclarationSummary` rows and knows
only how to show them. Getting the rows (and searching) is the services' job.
Sorting goes through a ``QSortFilterProxyModel`` that reads :data:`SORT_ROLE`,
which gives raw values: the lodging instant, the version as a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from borderdesk.core.codelists import countries

if TYPE_CHECKING:
    from borderdesk.services.declarations import DeclarationSummary

_CONTEXT = "DeclarationsModel"

#: The role that gives raw values for sorting (datetime instant as a POSIX float, int version).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives the row's ``declaration_id`` in any column.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in order."""

    DECLARATION = 0
    LANE = 1
    LODGED = 2
    CONSIGNOR = 3
    CONSIGNEE = 4
    ROUTE = 5
    GOODS = 6
    VERSION = 7


_TITLES = {
    Column.DECLARATION: QT_TRANSLATE_NOOP("DeclarationsModel", "Declaration"),
    Column.LANE: QT_TRANSLATE_NOOP("DeclarationsModel", "Lane"),
    Column.LODGED: QT_TRANSLATE_NOOP("DeclarationsModel", "Lodged"),
    Column.CONSIGNOR: QT_TRANSLATE_NOOP("DeclarationsModel", "Consignor"),
    Column.CONSIGNEE: QT_TRANSLATE_NOOP("DeclarationsModel", "Consignee"),
    Column.ROUTE: QT_TRANSLATE_NOOP("DeclarationsModel", "Route"),
    Column.GOODS: QT_TRANSLATE_NOOP("DeclarationsModel", "Goods"),
    Column.VERSION: QT_TRANSLATE_NOOP("DeclarationsModel", "Version"),
}

_HEADER_TIPS = {
    Column.DECLARATION: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The declaration's reference number"),
    Column.LANE: QT_TRANSLATE_NOOP(
        "DeclarationsModel",
        "Red: physical inspection; yellow: document check; green: release"),
    Column.LODGED: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "When the declaration was lodged, in the time zone it was written in"),
    Column.CONSIGNOR: QT_TRANSLATE_NOOP("DeclarationsModel", "Who sends the goods"),
    Column.CONSIGNEE: QT_TRANSLATE_NOOP("DeclarationsModel", "Who receives the goods"),
    Column.ROUTE: QT_TRANSLATE_NOOP(
        "DeclarationsModel", "The countries the goods pass through, from origin to destination"),
    Column.GOODS: QT_TRANSLATE_NOOP("DeclarationsModel", "What the goods lines declare"),
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
    names = countries()
    return " › ".join(f"{names.name_of(code)} ({code})" for code in codes)


class DeclarationsModel(QAbstractTableModel):
    """Declaration summaries as table rows (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeclarationSummary] = []

    # -- the data ------------------------------------------------------------
    def set_rows(self, rows: Sequence[DeclarationSummary]) -> None:
        """Replace every row (the views reset, selection and scroll position go)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[DeclarationSummary, ...]:
        """The rows, in the model's (unsorted) order."""
        return tuple(self._rows)

    def row_at(self, row: int) -> DeclarationSummary:
        """The summary shown in ``row`` of this model (not of a proxy)."""
        return self._rows[row]

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VERSION:
            return _RIGHT
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VERSION:
            return _RIGHT
        return None

    # -- cells -----------------------------------------------------------------
    @staticmethod
    def _display(row: DeclarationSummary, column: Column) -> str:
        match column:
            case Column.DECLARATION:
                return row.declaration_id
            case Column.LANE:
                return lane_text(row.lane, row.random)
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

    @classmethod
    def _sort_value(cls, row: DeclarationSummary, column: Column) -> object:
        if column == Column.LODGED:
            return row.lodged_at.timestamp()
        if column == Column.VERSION:
            return row.version
        if column == Column.LANE:
            # The order officers work in: red first, then by score, then newest first.
            # One number (Qt compares plain values): lane rank, score and lodging time in
            # separate decimal ranges, all far inside a double's exact integers.
            rank = _LANE_ORDER.get(row.lane or "", 3)
            return rank * 1e15 - (row.score or 0) * 1e10 - row.lodged_at.timestamp()
        return cls._display(row, column)

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
                return DeclarationsModel._display(row, column)
