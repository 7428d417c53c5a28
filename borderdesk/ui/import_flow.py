"""The Import… command: choose files, import them on a worker, report the outcome.

:class:`ImportController` owns the whole flow so that the main window only
wires an action to :meth:`ImportController.choose_and_import` and listens to
:attr:`ImportController.imported`. The import runs through a
:class:`~borderdesk.ui.workers.TaskRunner` in a station session of its own,
opened and closed on the worker thread (a connection belongs to the thread that
opened it); the window's session only says which database to open and who acts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from borderdesk.core.errors import BorderdeskError, Cancelled
from borderdesk.core.gc_pause import collection_paused
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services.assessments import screen_imported
from borderdesk.services.intake import ImportReport, import_files
from borderdesk.services.station import SessionTicket, StationSession
from borderdesk.ui import settings as keys
from borderdesk.ui.import_dialogs import ImportProblemsDialog, ImportProgressDialog
from borderdesk.ui.workers import Job, TaskRunner

log = logging.getLogger(__name__)

#: Something to read in the import's session once it is screened (the window: the
#: queue's keys, see ui.queue_read), so that the GUI thread need not read it itself.
ReadAfter = Callable[[StationSession], object]

#: The progress dialog appears only for imports that take longer than this (ms).
PROGRESS_DELAY_MS = 500


def choose_files(parent: QWidget, folder: str) -> list[Path]:
    """Ask which declaration files to import (tests replace this function)."""
    translate = QCoreApplication.translate
    names, _chosen_filter = QFileDialog.getOpenFileNames(
        parent,
        translate("ImportController", "Import declarations"),
        folder,
        ";;".join([
            translate("ImportController", "Declarations (*.json *.jsonl *.ndjson *.csv *.xlsx)"),
            translate("ImportController", "All files (*)"),
        ]),
    )
    return [Path(name) for name in names]


class ImportJob:
    """Imports files in a session of its own (opened on the worker), then screens them.

    ``screening`` turns true once the import is committed and screening has begun: the
    progress dialog reads it to say so and to stop offering Cancel, which could no
    longer undo the import.

    ``read_after``, if set, is called in the job's session at the very end; what it
    returns is kept in ``read_after_result`` (None if it failed: the window then reads
    for itself).
    """

    def __init__(self, ticket: SessionTicket, paths: Sequence[Path]) -> None:
        self._ticket = ticket
        self._files = tuple(paths)
        self.screening = False
        self.read_after: ReadAfter | None = None
        self.read_after_result: object = None

    def __call__(self, on_progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
        # The import and the screening each pause the garbage collector (core.gc_pause).
        # Paused across the whole job, it resumes once the screening's results are
        # freed; resumed by the screening alone, its first collection walked them all
        # (10,000 assessments: 20-25 ms) just as the window was to show the outcome.
        with collection_paused(), self._ticket.open() as session:
            report = import_files(session, self._files, on_progress=on_progress,
                                  cancel=cancel)
            # Imported declarations are screened with the active profile, as on the
            # command line, so the list shows their lanes at once; the bar then counts
            # the declarations screened (a large file takes seconds).
            self.screening = True  # a plain attribute: one writer, read by the GUI thread
            screen_imported(session, report, on_progress=on_progress)
            if self.read_after is not None:
                try:
                    self.read_after_result = self.read_after(session)
                except BorderdeskError as exc:  # the import stands; the window reads again
                    log.warning("reading after the import failed: %s", exc)
            return report


def import_job(ticket: SessionTicket, paths: Sequence[Path]) -> Job[ImportReport]:
    """A job that imports ``paths`` and screens what they added (see :class:`ImportJob`),
    as the user of ``ticket`` on a connection of its own."""
    return ImportJob(ticket, paths)


def summarize(report: ImportReport) -> str:
    """One status-bar line about a finished import."""
    translate = QCoreApplication.translate
    text = translate(
        "ImportController",
        "Import finished. New: {new}, amended: {amended}, unchanged: {unchanged}, "
        "goods lines: {lines}.",
    ).format(new=report.new, amended=report.amended, unchanged=report.unchanged,
             lines=report.goods_lines)
    rejected = sum(1 for result in report.files if not result.accepted)
    if rejected:
        files = translate("ImportController", "Files rejected: {rejected} of {files}.")
        text += " " + files.format(rejected=rejected, files=len(report.files))
    warnings = sum(len(result.warnings) + result.more_warnings for result in report.files)
    if warnings:
        text += " " + translate("ImportController", "Warnings: {count}.").format(count=warnings)
    return text


class ImportController(QObject):
    """Runs imports for a window: one at a time, cancellable, with a delayed progress dialog."""

    #: An import finished (the ImportReport).
    imported = Signal(object)
    #: An import ended in any way (finished, cancelled, failed): the data may have changed,
    #: because each file is kept or rolled back on its own.
    ended = Signal()
    #: A one-line outcome for the status bar.
    status_message = Signal(str)
    #: True while an import runs (the window disables the Import action).
    busy_changed = Signal(bool)

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
        self._token: CancelToken | None = None
        self._progress: ImportProgressDialog | None = None
        self._job: Job[ImportReport] | None = None
        self._last: tuple[int, int] = (0, 0)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(PROGRESS_DELAY_MS)
        self._show_timer.timeout.connect(self._show_progress)
        #: The last problems dialog shown (kept for tests and for focus).
        self.problems_dialog: ImportProblemsDialog | None = None
        #: Asked on the GUI thread as each import starts: what its job should read in its
        #: own session once the import is screened (see :class:`ImportJob`).
        self.read_after: Callable[[], ReadAfter] | None = None
        #: What the last import's job read (None: nothing, or it failed or was cancelled);
        #: set before :attr:`ended` is emitted.
        self.read_after_result: object = None

    @property
    def progress_dialog(self) -> ImportProgressDialog | None:
        """The progress dialog, once the running import has taken long enough to show it."""
        return self._progress

    @property
    def busy(self) -> bool:
        """Whether an import is running."""
        return self._token is not None

    def choose_and_import(self) -> None:
        """Ask for files, then import them."""
        if self.busy:
            return
        folder = keys.IMPORT_FOLDER.get(self._settings) if self._settings else ""
        paths = choose_files(self._widget, folder)
        if not paths:
            return
        if self._settings is not None:
            keys.IMPORT_FOLDER.set(self._settings, str(paths[0].parent))
        self.start_import(paths)

    def start_import(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` on a worker; the outcome arrives on the GUI thread."""
        if self.busy:
            raise RuntimeError("an import is already running")
        db_path = self._session.path
        if db_path is None:
            self._show_error(self.tr("This station database has no file: nothing can be "
                                     "imported into it."))
            return
        log.info("importing %d file(s): %s", len(paths), ", ".join(map(str, paths)))
        # State first: a synchronous runner calls back before run_task returns.
        token = self._token = CancelToken()
        self._last = (0, 0)
        self.busy_changed.emit(True)
        self.status_message.emit(self.tr("Importing…"))
        self._show_timer.start()
        self.read_after_result = None
        self._job = import_job(self._session.ticket(), paths)
        if isinstance(self._job, ImportJob) and self.read_after is not None:
            self._job.read_after = self.read_after()
        self._runner.run_task(
            self._job,
            on_finished=self._finished,
            on_failed=self._failed,
            on_progress=self._progressed,
            token=token,
        )

    def cancel(self) -> None:
        """Ask the running import to stop (nothing from it is kept)."""
        if self._token is not None:
            self._token.cancel()

    def shutdown(self) -> None:
        """Cancel any import and wait for the worker (the window is closing)."""
        self.cancel()
        self._runner.shutdown()
        self._end()

    # -- progress --------------------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._progress is not None:
            self._progress.set_progress(done, total)
            if getattr(self._job, "screening", False):
                self._progress.set_screening()

    def _show_progress(self) -> None:
        if not self.busy:
            return
        self._progress = ImportProgressDialog(self._widget)
        self._progress.set_progress(*self._last)
        if getattr(self._job, "screening", False):
            self._progress.set_screening()
        self._progress.cancel_requested.connect(self.cancel)
        self._progress.show()

    def _end(self) -> None:
        self._show_timer.stop()
        if self._progress is not None:
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        if self._token is not None:
            self._token = None
            self.busy_changed.emit(False)

    # -- outcome ---------------------------------------------------------------
    def _finished(self, report: ImportReport) -> None:
        self.read_after_result = getattr(self._job, "read_after_result", None)
        self._end()
        self.ended.emit()
        log.info("import finished: new %d, amended %d, unchanged %d, rejected files %d",
                 report.new, report.amended, report.unchanged,
                 sum(1 for result in report.files if not result.accepted))
        self.imported.emit(report)
        self.status_message.emit(summarize(report))
        if not report.ok:
            self._show_problems(report)

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.ended.emit()
        if isinstance(exc, Cancelled):
            self.status_message.emit(self.tr(
                "Import cancelled: the file being read was not kept."))
            return
        if isinstance(exc, BorderdeskError):
            log.warning("import failed: %s", exc)
            self.status_message.emit(self.tr("Import failed."))
            self._show_error(str(exc))
            return
        raise exc  # a bug: sys.excepthook logs it and apologises

    def _show_problems(self, report: ImportReport) -> None:
        if self.problems_dialog is not None:
            self.problems_dialog.close()
        dialog = ImportProblemsDialog(report, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_problems)
        self.problems_dialog = dialog
        dialog.open()

    def _forget_problems(self) -> None:
        self.problems_dialog = None

    def _show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"), message,
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
