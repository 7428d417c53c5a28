"""Synchronisation off the GUI thread: "Sync now", the background sync, and the other
exchanges with headquarters (enrolment, offline bundles), one at a time.

:class:`SyncController` runs each exchange as a job on the window's task runner, in a
session of its own opened from a :class:`~borderdesk.services.station.SessionTicket`
(a connection belongs to the thread that opened it). A "Sync now" shows a progress
dialog with Cancel once it has taken :data:`PROGRESS_DELAY_MS` (the job's cancel
token goes to ``sync_now``, whose client looks at it before every request, so Cancel
stops within one request, mid-photo if need be), and its outcome in words; a
background sync (every :data:`BACKGROUND_SYNC_MS`, only on an enrolled live station) is
quiet: its outcome shows in the status bar's indicator alone. Never two
exchanges at once: a "Sync now" during a background sync makes that one visible.
Expected errors (headquarters unreachable or refusing, a bad file) become words;
anything else is a bug for the crash handler.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk.core.errors import BorderdeskError, Cancelled
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.permissions import Permission, permitted
from borderdesk.ui.sync_progress import SyncProgressDialog
from borderdesk.ui.workers import TaskRunner

if TYPE_CHECKING:
    from borderdesk.services.sync_run import SyncOptions, SyncReport

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often an enrolled live station synchronises by itself (ms): one setting, here.
BACKGROUND_SYNC_MS = 5 * 60 * 1000
#: A "Sync now" shows its progress dialog only after this long (ms), as Anki does.
PROGRESS_DELAY_MS = 600
#: When the controller first decides whether the background sync runs (ms after start).
FIRST_CHECK_MS = 1_000

#: An exchange's work: a session of its own, progress and the cancel token -> result.
Work = Callable[[StationSession, ProgressCallback, CancelToken], T]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncController", text)


@dataclass(frozen=True)
class SyncOutcome:
    """How an exchange ended, in words: a title, the text, and whether it went well."""

    title: str
    text: str
    ok: bool = True
    #: Something was installed (a profile, a watch list): the window reads it again.
    installed: bool = False


class _Phase:
    """The phase the worker last reported (one writer, read by the GUI thread)."""

    name = ""


def report_outcome(report: SyncReport) -> SyncOutcome:
    """A finished synchronisation in words: what went, what came, any problem."""
    lines = [_tr("Sent {sent} item(s) and {photos} photo(s); received {received}.").format(
        sent=report.sent, photos=report.blobs_sent, received=report.received)]
    if report.installed:
        lines.append(_tr("Installed: {what}.").format(what=", ".join(report.installed)))
    if report.verdict:
        lines.append(_tr("Headquarters checked the audit chain: {verdict}.").format(
            verdict=report.verdict))
    if report.problems:
        lines.append(_tr("Problems (kept as messages for the supervisor):"))
        lines.extend(f"• {problem}" for problem in report.problems)
        return SyncOutcome(_tr("Synchronised with problems"), "\n".join(lines), ok=False,
                           installed=bool(report.installed))
    return SyncOutcome(_tr("Synchronised"), "\n".join(lines),
                       installed=bool(report.installed))


def failure_outcome(exc: BorderdeskError, title: str) -> SyncOutcome:
    """An expected error in words (headquarters unreachable or refusing, a cancel)."""
    from borderdesk.sync.client import HqRefused, HqUnreachable

    if isinstance(exc, Cancelled):
        return SyncOutcome(_tr("Cancelled"), _tr(
            "Stopped. What headquarters acknowledged stays sent; the rest goes next time."),
            ok=False)
    if isinstance(exc, HqUnreachable):
        title = _tr("Headquarters not reached")
    elif isinstance(exc, HqRefused):
        title = _tr("Headquarters refused")
    return SyncOutcome(title, plain_error(exc), ok=False)


class SyncController(QObject):
    """Runs the exchanges with headquarters for a window, one at a time."""

    #: True while an exchange runs (the window disables "Sync now" and the page's buttons).
    busy_changed = Signal(bool)
    #: A synchronisation's phase, items done and items in all (0: unknown).
    progressed = Signal(str, int, int)
    #: An exchange ended (a SyncOutcome): the status is to be read again.
    ended = Signal(object)

    def __init__(self, parent_widget: QWidget, session: StationSession, runner: TaskRunner,
                 *, options: SyncOptions | None = None,
                 interval_ms: int = BACKGROUND_SYNC_MS) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self._session = session
        self._runner = runner
        #: How headquarters is reached (TLS verification, retry pauses); None: defaults.
        self.options = options
        self._token: CancelToken | None = None
        self._phase = _Phase()
        self._progress: SyncProgressDialog | None = None
        self._quiet = False
        self._cancellable = False
        self._title = ""
        self._kind = ""
        self._closed = False
        self._last: tuple[str, int, int] = ("", 0, 0)
        #: How the last exchange ended (None before the first).
        self.last: SyncOutcome | None = None
        #: The message box of the last visible outcome, while it is open.
        self.message_box: QMessageBox | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setObjectName("syncProgressDelay")
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(PROGRESS_DELAY_MS)
        self._show_timer.timeout.connect(self._show_progress)
        self.timer = QTimer(self)
        self.timer.setObjectName("syncBackgroundTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_in_background)
        # Decided after the window's first paint (reading the status imports the HTTP
        # client), and again after each enrolment.
        self._first_check = QTimer(self)
        self._first_check.setObjectName("syncBackgroundFirstCheck")
        self._first_check.setSingleShot(True)
        self._first_check.timeout.connect(self.update_background)
        self._first_check.start(FIRST_CHECK_MS)

    # -- state -----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether an exchange is running."""
        return self._token is not None

    @property
    def kind(self) -> str:
        """What the running exchange is ("sync", "enrol", "bundle"; "" when none runs)."""
        return self._kind if self.busy else ""

    @property
    def quiet(self) -> bool:
        """Whether the running exchange is a background sync nobody watches."""
        return self.busy and self._quiet

    @property
    def progress_dialog(self) -> SyncProgressDialog | None:
        """The progress dialog, once the running exchange has taken long enough."""
        return self._progress

    def update_background(self) -> bool:
        """Run the background timer when the station is enrolled, live and on disk, and
        the user may synchronise; whether it runs."""
        self._first_check.stop()
        from borderdesk.services.sync import sync_status

        # A trainer may not synchronise: the service would refuse every few minutes.
        wanted = (not self._closed and self._session.path is not None
                  and permitted(self._session, Permission.SYNC))
        if wanted:
            try:
                status = sync_status(self._session)
                wanted = status.enrolled and not status.exercise
            except BorderdeskError as exc:
                log.warning("background sync off: the status cannot be read: %s", exc)
                wanted = False
        if wanted and not self.timer.isActive():
            self.timer.start()
        elif not wanted:
            self.timer.stop()
        return wanted

    # -- starting --------------------------------------------------------------
    def sync_now(self) -> bool:
        """Synchronise now, with progress and the outcome in words; False if it cannot
        start (another exchange runs). A background sync under way becomes visible."""
        if self.busy:
            if self._quiet and self._kind == "sync":
                self._quiet = False  # the user asked: show what the running one does
                self._show_timer.start()
                return True
            return False
        from borderdesk.services.sync import sync_status

        try:
            status = sync_status(self._session)
        except BorderdeskError as exc:
            self._done(SyncOutcome(_tr("Synchronisation"), plain_error(exc), ok=False))
            return False
        if status.exercise or not status.enrolled:
            self._done(SyncOutcome(_tr("Synchronisation"), _tr(
                "An exercise station never synchronises with headquarters.") if status.exercise
                else _tr("This station is not enrolled with headquarters. An administrator "
                         "enrols it on the Administration page, under Synchronisation."),
                ok=False))
            return False
        return self._start_sync(quiet=False)

    def sync_in_background(self) -> bool:
        """Synchronise quietly (the timer's tick); False when something else runs."""
        if self.busy or self._closed:
            return False
        return self._start_sync(quiet=True)

    def _start_sync(self, *, quiet: bool) -> bool:
        from borderdesk.services.sync_run import sync_now

        options = self.options
        phase = self._phase
        phase.name = ""

        def work(own: StationSession, progress: ProgressCallback,
                 cancel: CancelToken) -> SyncReport:
            def report(name: str, done: int, total: int) -> None:
                phase.name = name
                progress(done, total)

            return sync_now(own, options=options, on_progress=report, cancel=cancel)

        return self.run(_tr("Synchronisation"), work, report_outcome, quiet=quiet,
                        cancellable=True, kind="sync")

    def run(self, title: str, work: Work[T], describe: Callable[[T], SyncOutcome], *,
            quiet: bool = False, cancellable: bool = False, kind: str = "other") -> bool:
        """Run ``work`` on a worker in a session of its own; ``describe`` puts its result
        in words. False when another exchange runs, or the station has no file.
        ``kind`` names the exchange ("sync", "enrol", "bundle")."""
        if self.busy or self._closed:
            return False
        if self._session.path is None:
            self._done(SyncOutcome(title, _tr(
                "This station database has no file: it cannot exchange with headquarters."),
                ok=False))
            return False
        ticket = self._session.ticket()

        def job(progress: ProgressCallback, cancel: CancelToken) -> T:
            with ticket.open() as own:
                return work(own, progress, cancel)

        # State first: a synchronous runner calls back before run_task returns.
        self._token = CancelToken()
        self._title, self._quiet, self._cancellable = title, quiet, cancellable
        self._kind = kind
        self._last = ("", 0, 0)
        self.busy_changed.emit(True)
        self.progressed.emit("", 0, 0)
        if not quiet:
            self._show_timer.start()
        log.info("%s started%s", title, " (background)" if quiet else "")
        self._runner.run_task(job, on_finished=lambda result: self._done(describe(result)),
                              on_failed=self._failed, on_progress=self._progressed,
                              token=self._token)
        return True

    def cancel(self) -> None:
        """Ask the running exchange to stop at its next check."""
        if self._token is not None and self._cancellable:
            self._token.cancel()

    def shutdown(self) -> None:
        """Stop the timers and cancel what runs (the window is closing)."""
        self._closed = True
        self._first_check.stop()
        self.timer.stop()
        if self._token is not None:
            self._token.cancel()
        self._end()

    # -- progress and outcome --------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        self._last = (self._phase.name, done, total)
        self.progressed.emit(*self._last)
        if self._progress is not None:
            self._progress.set_progress(*self._last)

    def _show_progress(self) -> None:
        if not self.busy or self._quiet:
            return
        dialog = SyncProgressDialog(self._title, self._cancellable, self._widget)
        dialog.set_progress(*self._last)
        dialog.cancel_requested.connect(self.cancel)
        self._progress = dialog
        dialog.show()

    def _end(self) -> None:
        self._show_timer.stop()
        if self._progress is not None:
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        if self._token is not None:
            self._token = None
            self.busy_changed.emit(False)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, BorderdeskError):
            self._end()
            self.ended.emit(SyncOutcome(self._title, str(exc), ok=False))
            raise exc  # a bug: sys.excepthook logs it and apologises
        log.warning("%s failed: %s", self._title, exc)
        self._done(failure_outcome(exc, self._title))

    def _done(self, outcome: SyncOutcome) -> None:
        quiet = self._quiet
        self._end()
        self.last = outcome
        log.info("%s: %s", outcome.title, outcome.text.replace("\n", " "))
        if not quiet and not self._closed:
            self._show_outcome(outcome)
        self.ended.emit(outcome)

    def _show_outcome(self, outcome: SyncOutcome) -> None:
        if self.message_box is not None:
            self.message_box.close()
        icon = QMessageBox.Icon.Information if outcome.ok else QMessageBox.Icon.Warning
        box = QMessageBox(icon, outcome.title, outcome.text, QMessageBox.StandardButton.Close,
                          self._widget)
        box.setObjectName("syncOutcome")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_box)
        self.message_box = box
        box.open()

    def _forget_box(self, _object: Any = None) -> None:
        self.message_box = None


__all__ = ["BACKGROUND_SYNC_MS", "PROGRESS_DELAY_MS", "SyncController", "SyncOutcome",
           "SyncProgressDialog", "failure_outcome", "report_outcome"]
