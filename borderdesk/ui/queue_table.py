"""The queue's table view: losing focus or activation repaints its current row, not the page.

Qt repaints an item view's whole viewport when its window is activated or
deactivated and when the view loses focus, so that the selection and the focus
frame take their inactive look. For the queue that is every visible cell, about
2,000 calls into the Python model (each cell asks seven roles). The progress dialog
of an import causes both at once while the import's worker thread holds the GIL
most of the time, and the window's thread has to win the GIL back for every one
of those calls: 250-380 ms during which the window did nothing (bench/ui_bench.py).
Only the current row looks different without focus (the queue selects one row, the
current one), so only that row is repainted. Gaining focus keeps Qt's behaviour: it
also picks a current row when there is none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractScrollArea, QTableView

_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


class QueueTable(QTableView):
    """A table view that repaints only its current row when focus or activation changes."""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _ACTIVATION:
            # QAbstractItemView would repaint the whole viewport here.
            self.update_current_row()
            return True
        return super().viewportEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # What QAbstractItemView adds to the scroll area's handling is a repaint of
        # the whole viewport.
        QAbstractScrollArea.focusOutEvent(self, event)
        self.update_current_row()

    def update_current_row(self) -> None:
        """Schedule a repaint of the current row, across the whole viewport."""
        current = self.currentIndex()
        if not current.isValid():
            return
        cell = self.visualRect(current)
        if cell.isValid():
            viewport = self.viewport()
            viewport.update(QRect(0, cell.top(), viewport.width(), cell.height()))
