"""One piece of work at a time on a worker, with a session of its own and a modal
progress dialog: what the trainer console runs (reading sessions, making them, scoring,
PDFs) so the window never waits.

The work gets a connection opened from the window's session ticket (SQLite connections
stay on their thread); ``done`` gets its result on the window's thread. An expected error
(:class:`~borderdesk.core.errors.BorderdeskError`) goes to ``on_error`` in plain words; any
other is a bug and reaches the application's crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.workers import TaskRunner

T = TypeVar("T")

#: Work on a worker: a session of its own, a progress callback and a cancel token.
Work = Callable[[StationSession, ProgressCallback, CancelToken], T]


class SessionWork:
    """Runs one job at a time for ``parent`` (the dialogs' owner)."""

    def __init__(self, parent: QWidget, session: StationSession, runner: TaskRunner,
                 title: str, on_error: Callable[[str], None]) -> None:
        self._parent, self._session, self._runner = parent, session, runner
        self._title, self._on_error = title, on_error
        self._progress: QProgressDialog | None = None
        self.busy = False

    def run(self, label: str, work: Work[T], done: Callable[[T], None]) -> bool:
        """Run ``work`` on a worker; ``done`` gets the result on the window's thread.
        False while other work runs."""
        if self.busy:
            return False
        ticket = self._session.ticket()

        def job(progress: ProgressCallback, cancel: CancelToken) -> T:
            with ticket.open() as own:
                return work(own, progress, cancel)

        dialog = QProgressDialog(label, "", 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        self._progress = dialog
        self.busy = True

        def progressed(count: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(count)

        def finished(result: T) -> None:
            self.end()
            done(result)

        self._runner.run_task(job, on_finished=finished, on_failed=self._failed,
                              on_progress=progressed)
        return True

    def end(self) -> None:
        """Close the progress dialog (the work finished, failed or the page closes)."""
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.busy = False

    def _failed(self, exc: Exception) -> None:
        self.end()
        if not isinstance(exc, BorderdeskError):
            raise exc  # a bug: the application's crash handler reports it
        self._on_error(plain_error(exc))
