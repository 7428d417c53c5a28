"""A read-only table model over a plain list of values, described column by column.

The analyst views show several small tables (rules, named lists, back-test
figures, watch-list entries). Each is a :class:`RowsModel` given a list of
:class:`ColumnSpec`: a translatable title and tooltip, and functions from a row
value to its text, tooltip, background and sort key. The model only shows; the
rows come from services. Sorting and filtering go through
:func:`filter_proxy`, which sorts on :data:`SORT_ROLE` (raw numbers, not text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView

T = TypeVar("T")

#: The role that gives a raw value for sorting (a number where the column holds numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives the row's value itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    """One column: its title and tooltip (untranslated, translated in the model's context)
    and how a row shows in it."""

    title: Any  # a QT_TRANSLATE_NOOP string
    tip: Any
    text: Callable[[T], str]
    tooltip: Callable[[T], str | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    sort_key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    #: Rows for which this is true are shown in bold (e.g. work left to finish).
    bold: Callable[[T], bool] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A thin adapter: a list of row values shown through column specs."""

    def __init__(self, context: str, columns: Sequence[ColumnSpec[T]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row_value(self, row: int) -> T:
        """The value shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate(self._context, str(text))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._translate(column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._translate(column.tip)
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)
                                       and 0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip is not None else None
            return tip if tip else column.text(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.background is not None:
            # A light background is set: keep the text black in dark themes too.
            return QColor("black") if column.background(row) is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key is not None else column.text(row)
        if role == ROW_ROLE:
            return row
        return None


def filter_proxy(model: QAbstractTableModel, parent: QObject | None = None,
                 ) -> QSortFilterProxyModel:
    """A proxy that sorts by :data:`SORT_ROLE` and filters case-insensitively on every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def fold_filter(proxy: QSortFilterProxyModel) -> Callable[[str], None]:
    """A slot for a search box: the proxy keeps rows containing the typed text."""
    def apply(text: str) -> None:
        proxy.setFilterFixedString(text.strip())
    return apply


def compact_rows(view: QAbstractItemView) -> None:
    """Rows one line of text high (plus a little air), so more of a table fits a laptop."""
    header = getattr(view, "verticalHeader", None)
    if header is not None:
        header().setDefaultSectionSize(view.fontMetrics().height() + 8)
