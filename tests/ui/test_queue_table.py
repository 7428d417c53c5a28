"""The queue's table repaints only its current row when a dialog takes the focus.

Repainting every visible row calls the Python model about 2,000 times with 100,000
declarations listed, which blocked the window for a quarter of a second when an
import's progress dialog appeared (docs/performance.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent

from borderdesk.ui.import_dialogs import ImportProgressDialog
from borderdesk.ui.main_window import MainWindow


class _Painted(QObject):
    """Notes the region of every paint of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_dialog_over_the_window_repaints_only_the_current_row(
        qtbot: Any, window: MainWindow) -> None:
    table = window.queue.table
    assert window.queue.model.rowCount() == 2
    window.activateWindow()
    table.setFocus()
    table.selectRow(1)
    qtbot.waitUntil(table.hasFocus)
    qtbot.wait(20)  # the selection's paint is done
    painted = _Painted()
    table.viewport().installEventFilter(painted)

    dialog = ImportProgressDialog(window)  # window-modal: it takes focus and activation
    dialog.show()
    qtbot.waitUntil(lambda: not table.hasFocus())
    qtbot.waitUntil(lambda: bool(painted.rects))  # the current row loses its focus frame
    qtbot.wait(20)
    dialog.close()
    dialog.deleteLater()
    table.viewport().removeEventFilter(painted)

    row = table.visualRect(table.currentIndex())
    assert all(rect.top() >= row.top() and rect.bottom() <= row.bottom()
               for rect in painted.rects), (painted.rects, row)
