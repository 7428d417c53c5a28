"""The watched inbox folder: scan it on a timer, on a worker, and report what happened.

:class:`InboxController` belongs to the main window. When an inbox folder is set
(:data:`borderdesk.ui.settings.INBOX_FOLDER`; empty: off) a timer scans it every
:data:`~borderdesk.ui.settings.INBOX_INTERVAL` seconds. Each scan runs
:meth:`borderdesk.services.inbox.InboxWatcher.process` through the window's
:class:`~borderdesk.ui.workers.TaskRunner` in a station session of its own,
opened and closed on the worker (a connection belongs to the thread that opened
it). One scan runs at a time; a tick that finds one still running is skipped.
The watcher is kept between scans, since a file is taken only once it is
unchanged since the previous scan.

The outcome arrives on the GUI thread: :attr:`InboxController.ended` asks the
window to read the declarations again, :attr:`InboxController.status_message`
gives a one-line summary, and rejected files are named in a non-modal notice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services.inbox import REJECTED_FOLDER, InboxOutcome, InboxWatcher
from borderdesk.services.station import SessionTicket, StationSession
from borderdesk.ui import settings as keys
from borderdesk.ui.permissions import Permission, permitted
from borderdesk.ui.workers import Job, TaskRunner

log = logging.getLogger(__name__)

#: The shortest and longest scan intervals the settings accept (seconds).
MIN_INTERVAL_S = 1
MAX_INTERVAL_S = 3600


def scan_job(ticket: SessionTicket, watcher: InboxWatcher) -> Job[list[InboxOutcome]]:
    """A job that processes the ready inbox files in a session of its own (as the user of
    ``ticket``)."""

    def job(_on_progress: ProgressCallback, cancel: CancelToken) -> list[InboxOutcome]:
        if cancel.cancelled:
            return []
        with ticket.open() as session:
            return watcher.process(session, cancel=cancel)

    return job


def _imported(outcome: InboxOutcome) -> bool:
    return outcome.accepted and outcome.problem is None


def _rejected(outcome: InboxOutcome) -> bool:
    # Rejected and moved to rejected/ (its report may still have failed: that is a problem).
    return not outcome.accepted and outcome.path.parent.name == REJECTED_FOLDER


def summarize(outcomes: Sequence[InboxOutcome]) -> str:
    """One status-bar line about a scan that handled ``outcomes`` (at least one)."""
    translate = QCoreApplication.translate
    imported = sum(1 for outcome in outcomes if _imported(outcome))
    rejected = sum(1 for outcome in outcomes if _rejected(outcome))
    trouble = sum(1 for outcome in outcomes if outcome.problem is not None
                  and not _rejected(outcome))
    if imported == 1:
        text = translate("InboxController", "Inbox: 1 file imported")
    else:
        text = translate("InboxController", "Inbox: {count} files imported").format(
            count=imported)
    if rejected:
        text += translate("InboxController", ", {count} rejected — see {folder}/").format(
            count=rejected, folder=REJECTED_FOLDER)
    if trouble:
        text += translate("InboxController",
                          "; {count} could not be handled (see the log)").format(count=trouble)
    return text


class InboxController(QObject):
    """Watches the inbox folder set in the settings, one scan at a time, on a worker."""

    #: A scan handled files (the list of InboxOutcome).
    scanned = Signal(object)
    #: A scan handled files: the declarations may have changed.
    ended = Signal()
    #: A one-line outcome for the status bar.
    status_message = Signal(str)
    #: The folder, the watch or the folder's reachability changed (for the status bar).
    state_changed = Signal()

    def __init__(
        self,
        parent_widget: QWidget,
        session: StationSession,
        runner: TaskRunner,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self._session = session
        self._runner = runner
        self._settings = settings
        self._scanning = False
        self._closed = False
        self._folder_unreadable = False
        self._watcher: InboxWatcher | None = None
        folder = keys.INBOX_FOLDER.get(settings) if settings is not None else ""
        self._folder: Path | None = Path(folder) if folder else None
        interval = (keys.INBOX_INTERVAL.get(settings) if settings is not None
                    else keys.INBOX_INTERVAL.default)
        self._interval_s = min(max(interval, MIN_INTERVAL_S), MAX_INTERVAL_S)
        self.timer = QTimer(self)
        self.timer.setObjectName("inboxTimer")
        self.timer.timeout.connect(self.scan)
        #: The notice about rejected files, while it is open (kept for tests and focus).
        self.notice: QMessageBox | None = None
        self._apply()

    # -- configuration ---------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        """The watched folder (None: the inbox is off)."""
        return self._folder

    @property
    def interval_s(self) -> int:
        """Seconds between scans."""
        return self._interval_s

    @property
    def active(self) -> bool:
        """Whether the folder is being watched (the timer runs)."""
        return self.timer.isActive()

    @property
    def reachable(self) -> bool:
        """False when the last scan could not find the folder."""
        return not self._folder_unreadable

    @property
    def busy(self) -> bool:
        """Whether a scan is running."""
        return self._scanning

    def configure(self, folder: Path | None, interval_s: int | None = None) -> None:
        """Watch ``folder`` (None: stop watching) every ``interval_s`` seconds; remembered."""
        if interval_s is not None:
            self._interval_s = min(max(interval_s, MIN_INTERVAL_S), MAX_INTERVAL_S)
        if folder != self._folder:
            self._folder = folder
            self._watcher = None  # a new folder starts a new watch (a running scan ends alone)
            self._folder_unreadable = False
        if self._settings is not None:
            keys.INBOX_FOLDER.set(self._settings, str(folder) if folder is not None else "")
            keys.INBOX_INTERVAL.set(self._settings, self._interval_s)
            self._settings.sync()
        log.info("inbox folder: %s, every %d s", folder or "(off)", self._interval_s)
        self._apply()
        self.state_changed.emit()

    def _apply(self) -> None:
        self.timer.stop()
        if self._closed or self._folder is None:
            return
        if self._session.path is None:
            log.warning("the station database has no file: the inbox is not watched")
            return
        self.timer.setInterval(self._interval_s * 1000)
        self.timer.start()

    # -- scanning --------------------------------------------------------------
    def scan(self) -> bool:
        """Start a scan of the inbox on a worker; False when none was started.

        None starts while one runs, when no folder is set, after :meth:`shutdown`,
        when the station database has no file, or when the signed-in user may not
        import (the service would refuse, and log it, at every scan).
        """
        db_path = self._session.path
        if self._closed or self._scanning or self._folder is None or db_path is None:
            return False
        if not permitted(self._session, Permission.IMPORT):
            return False
        if not self._folder.is_dir():
            if not self._folder_unreadable:
                self._folder_unreadable = True
                log.warning("the inbox folder %s cannot be found", self._folder)
                self.status_message.emit(self.tr(
                    "Inbox: the folder {folder} cannot be found").format(folder=self._folder))
                self.state_changed.emit()
            return False
        if self._folder_unreadable:
            self._folder_unreadable = False
            self.state_changed.emit()
        if self._watcher is None or self._watcher.folder != self._folder:
            self._watcher = InboxWatcher(self._folder)
        # State first: a synchronous runner calls back before run_task returns.
        self._scanning = True
        self._runner.run_task(
            scan_job(self._session.ticket(), self._watcher),
            on_finished=self._finished,
            on_failed=self._failed,
        )
        return True

    def _finished(self, outcomes: list[InboxOutcome]) -> None:
        self._scanning = False
        if not outcomes or self._closed:
            return
        self.scanned.emit(outcomes)
        self.ended.emit()
        self.status_message.emit(summarize(outcomes))
        rejected = [outcome for outcome in outcomes if not outcome.accepted]
        if rejected:
            self._show_notice(rejected)

    def _failed(self, exc: Exception) -> None:
        self._scanning = False
        if isinstance(exc, BorderdeskError):
            log.warning("inbox scan failed: %s", exc)
            self.status_message.emit(self.tr("Inbox: the scan failed: {error}").format(
                error=exc))
            return
        raise exc  # a bug: sys.excepthook logs it and apologises

    # -- the notice about rejected files ---------------------------------------
    def _show_notice(self, rejected: Sequence[InboxOutcome]) -> None:
        lines = []
        for outcome in rejected:
            where = outcome.report or outcome.path
            lines.append(self.tr("{name}: see {path}").format(name=outcome.name, path=where))
        details = "\n".join(lines)
        if self.notice is not None:
            # Still open: add to it rather than piling up windows.
            self.notice.setDetailedText(
                (self.notice.detailedText() + "\n" + details).strip())
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Inbox: file rejected"),
            self.tr("Files from the inbox were rejected; nothing from them was stored. "
                    "Each is in the {folder} folder with its error report beside it."
                    ).format(folder=REJECTED_FOLDER),
            QMessageBox.StandardButton.Ok, self._widget)
        box.setObjectName("inboxNotice")
        box.setDetailedText(details)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_notice)
        self.notice = box
        box.show()

    def _forget_notice(self) -> None:
        self.notice = None

    # -- closing ---------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the timer and wait for a running scan (the window is closing)."""
        self._closed = True
        self.timer.stop()
        if self.notice is not None:
            self.notice.close()
        # Waits for the running scan; its outcome is dropped.
        self._runner.shutdown()
        self._scanning = False
