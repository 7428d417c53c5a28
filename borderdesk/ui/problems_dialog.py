"""A dialog listing a data file's problems, one ``FILE:LINE:COL: problem`` a line, copyable.

Used for a profile file that does not validate and a watch-list CSV file with
errors: the analyst fixes the file in an editor with the list beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    """The problems of a file as a list; Ctrl+C copies the selected ones, a button all."""

    def __init__(self, title: str, intro: str, problems: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(title)
        label = QLabel(intro)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.addItems(list(problems))
        self.problems.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.problems.setToolTip(self.tr("Select problems and press Ctrl+C to copy them"))
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the whole list to the clipboard"))
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.height() * 22)
        if self.problems.count():
            self.problems.setCurrentRow(0)
        self.problems.setFocus()

    def lines(self) -> list[str]:
        """Every problem, as shown."""
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def copy_all(self) -> None:
        """Put every problem on the clipboard, one a line."""
        QGuiApplication.clipboard().setText("\n".join(self.lines()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            chosen = [item.text() for item in self.problems.selectedItems()]
            QGuiApplication.clipboard().setText("\n".join(chosen or self.lines()))
            return
        super().keyPressEvent(event)


def show_problems(parent: QWidget, title: str, intro: str,
                  problems: Sequence[str]) -> ProblemsDialog:
    """Open a :class:`ProblemsDialog` (window-modal, deleted when closed) and return it."""
    dialog = ProblemsDialog(title, intro, problems, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
