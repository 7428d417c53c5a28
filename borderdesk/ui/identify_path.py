"""The wizard's side panel: the path of answers so far, one row per step answered.

Each row is a step answered, numbered, with its answers in words (the engine's
``Walk.path``); the last row is the step shown now, or the result. Choosing an
earlier row goes back to that step (the wizard does it with the engine's
``back``, so the answers given after it become suggestions, not lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from borderdesk.identify.engine import Walk

#: The role that gives how many steps back a row is (0: the step shown now).
STEPS_BACK_ROLE = Qt.ItemDataRole.UserRole + 1

_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class PathRow:
    """One row of the path: a step answered (or the one shown now) and its answers."""

    number: int
    step: str
    title: str
    answers: tuple[str, ...]
    steps_back: int
    #: "Question: answer" lines, for the tooltip.
    details: tuple[str, ...] = ()


def path_rows(walk: Walk) -> list[PathRow]:
    """The rows of the path panel for ``walk``."""
    by_step: dict[str, list[tuple[str, str]]] = {}
    for line in walk.path():
        by_step.setdefault(line.step, []).append((line.question_label, line.answer))
    entries = walk.state.path
    # The answers alone under each step: the questions' words would crowd the narrow
    # panel (the tooltip has them).
    rows = [PathRow(number, entry.step,
                    QCoreApplication.translate("checklist", walk.checklist.step(entry.step).title),
                    tuple(a for _q, a in by_step.get(entry.step, ())), len(entries) - number + 1,
                    tuple(f"{q}: {a}" for q, a in by_step.get(entry.step, ())))
            for number, entry in enumerate(entries, start=1)]
    shown = walk.current
    if shown is not None:
        rows.append(PathRow(shown.number, shown.step.id,
                            QCoreApplication.translate("checklist", shown.step.title), (), 0))
    else:
        rows.append(PathRow(len(entries) + 1, "", QCoreApplication.translate(
            "PathModel", "Result"), (), 0))
    return rows


class PathModel(QAbstractListModel):
    """The path as a list: "3. Which handgun?" with the answers below it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PathRow] = []

    def set_walk(self, walk: Walk) -> None:
        """Show the path of ``walk``."""
        self.beginResetModel()
        self._rows = path_rows(walk)
        self.endResetModel()

    def path_row(self, row: int) -> PathRow:
        """The row's step and answers."""
        return self._rows[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = f"{row.number}. {row.title}"
            if row.steps_back == 0:
                return head
            answers = row.answers or (QCoreApplication.translate("PathModel", "(nothing)"),)
            return head + "\n" + "\n".join(f"   {a}" for a in answers)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.steps_back == 0:
                return QCoreApplication.translate("PathModel", "Shown now")
            return "\n".join((*row.details, QCoreApplication.translate(
                "PathModel", "Choose it to go back to this step (its answers and the later"
                " ones stay filled in)")))
        if role == Qt.ItemDataRole.FontRole and row.steps_back == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == STEPS_BACK_ROLE:
            return row.steps_back
        return None
