"""The progress dialog of a "Sync now": its phase, a bar, and Cancel.

Like the import's, it never spins the event loop inside ``setValue``, so progress that
arrives as queued signals cannot re-enter the controller. Cancel stops the exchange
between batches: the dialog says so and stays until the job has stopped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT
from borderdesk.ui.sync_status import phase_text


class SyncProgressDialog(QDialog):
    """A synchronisation's phase and progress, with Cancel (stops between batches)."""

    cancel_requested = Signal()

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setMinimumHeight(CONTROL_HEIGHT)
        self.cancel_button.setToolTip(self.tr(
            "Stop after the batch under way; what headquarters acknowledged stays sent"))
        self.cancel_button.clicked.connect(self._request_cancel)
        self.cancel_button.setVisible(cancellable)
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self._bar)
        layout.addWidget(buttons)

    def set_progress(self, phase: str, done: int, total: int) -> None:
        """Show the phase and ``done`` of ``total`` (0: not known)."""
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the job stops
        if phase:
            self.label.setText(self.tr("Synchronising with headquarters: {phase}…").format(
                phase=phase_text(phase)))
        if total <= 0:
            self._bar.setRange(0, 0)
            return
        self._bar.setRange(0, total)
        self._bar.setValue(min(done, total))

    def reject(self) -> None:
        """Esc or the close button: ask to cancel, stay open until the job stops."""
        self._request_cancel()

    def _request_cancel(self) -> None:
        if not self.cancel_button.isVisible() or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the batch under way…"))
        self.cancel_requested.emit()


__all__ = ["SyncProgressDialog"]
