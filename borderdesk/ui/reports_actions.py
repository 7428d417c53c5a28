"""Producing the reports from the window: a document's choices, the render on a worker
with a progress dialog, and the outcome in words.

:class:`ReportJobs` runs one render at a time on the task runner. Each job opens its
own session on the station database (a connection belongs to the thread that opened
it) and calls the same service the command line calls, so the files are the same. The
outcome comes back as an :class:`Outcome` (words, and the file or folder to open);
expected errors become plain words, anything else is a bug for the crash handler.

:class:`CaseDocumentDialog` asks which case (and language, label layout or item) a
case document is for; :func:`print_case_report` is the case view's "Print seizure
report…": the same dialog, save dialog and worker as the Reports page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.languages import language
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.core.ts_catalogue import available_languages
from borderdesk.reports.documents import printed_documents
from borderdesk.services.seizures import get_case, list_cases
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.workers import TaskRunner

if TYPE_CHECKING:
    from borderdesk.services.reports import PrintedReport

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


@dataclass(frozen=True)
class Outcome:
    """What a render ended with: words for the officer, and where the file is."""

    text: str
    path: Path | None = None
    ok: bool = True

    @property
    def folder(self) -> Path | None:
        """The folder to open: the path itself when it is one, else the file's folder."""
        if self.path is None:
            return None
        return self.path if self.path.is_dir() else self.path.parent


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def documents_folder() -> Path:
    """Where save dialogs start the first time: the user's documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ReportJobs(QObject):
    """Runs renders on the task runner, one at a time, with a progress dialog."""

    #: A render ended (well or with an expected error).
    finished = Signal(object)
    #: Whether a render is under way (buttons are disabled meanwhile).
    busy_changed = Signal(bool)

    def __init__(self, session: StationSession, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._parent = parent
        self._progress: QProgressDialog | None = None
        self.busy = False
        self.last: Outcome | None = None

    def run(self, label: str, work: Callable[[StationSession], T],
            describe: Callable[[T], Outcome]) -> bool:
        """Run ``work`` with a session of its own on a worker; ``describe`` turns its
        result into the outcome. False when another render is still running."""
        if self.busy:
            return False
        session = self._session
        path, ticket = session.path, session.ticket()

        no_database = self.tr("reports need a station database on disk")

        def job(_progress: ProgressCallback, _cancel: CancelToken) -> T:
            if path is None:
                raise BorderdeskError(no_database)
            with ticket.open() as own:
                return work(own)

        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setWindowTitle(self.tr("Reports"))
        # The services write a file in one go and cannot stop half-way: no Cancel button
        # that would promise what it cannot keep.
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress
        self._set_busy(True)
        self._runner.run_task(job, on_finished=lambda result: self._done(describe(result)),
                              on_failed=self._failed)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _end(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)

    def _done(self, outcome: Outcome) -> None:
        self._end()
        self.last = outcome
        self.finished.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if not isinstance(exc, BorderdeskError):
            raise exc  # a bug: the application's crash handler reports it
        self._done(Outcome(plain_error(exc), None, ok=False))


def language_name(code: str) -> str:
    """A report language by its own name (languages.yaml), with its code."""
    known = language(code)
    return f"{known.native} ({code})" if known is not None else code


class CaseDocumentDialog(QDialog):
    """Which case a document is for, and its language; the label layout for labels, the
    firearm for a trace request. ``case_id`` chooses the case beforehand."""

    def __init__(self, session: StationSession, kind: str, title: str,
                 case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDocumentDialog")
        self.setWindowTitle(title)
        self._session = session
        self.kind = kind
        self.case_box = QComboBox()
        self.case_box.setObjectName("caseChoice")
        self.case_box.setToolTip(self.tr("The seizure case the document is printed for"))
        for case in list_cases(session):
            state = self.tr("signed off") if case.status == "signed_off" else self.tr("open")
            self.case_box.addItem(self.tr("{number} ({state}, {items} item(s))").format(
                number=case.case_number, state=state, items=case.item_count),
                (case.id, case.case_number))
        if case_id is not None:
            self.case_box.setCurrentIndex(next(
                (i for i in range(self.case_box.count())
                 if self.case_box.itemData(i)[0] == case_id), 0))
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageChoice")
        self.language_box.setToolTip(self.tr("The language the document is printed in"))
        for code in available_languages():
            self.language_box.addItem(language_name(code), code)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("layoutChoice")
        self.layout_box.setToolTip(self.tr("The A4 label sheet in the printer"))
        for sheet in printed_documents().label_layouts:
            self.layout_box.addItem(f"{sheet.name} ({sheet.per_sheet})", sheet.id)
        self.item_box = QComboBox()
        self.item_box.setObjectName("itemChoice")
        self.item_box.setToolTip(self.tr("The firearm the trace request is for"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Next…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Case:"), self.case_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        if kind == "labels":
            form.addRow(self.tr("Label &sheet:"), self.layout_box)
        if kind == "trace":
            form.addRow(self.tr("&Firearm:"), self.item_box)
            self.case_box.currentIndexChanged.connect(self._fill_items)
            self._fill_items()
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._check()

    def _fill_items(self) -> None:
        self.item_box.clear()
        chosen = self.case_box.currentData()
        if chosen is not None:
            for item in get_case(self._session, chosen[0]).items:
                if item.kind == "firearm":
                    self.item_box.addItem(self.tr("Item {number}: {description}").format(
                        number=item.number, description=item.description), item.id)
        self._check()

    def _check(self) -> None:
        problem = ""
        if self.case_box.count() == 0:
            problem = self.tr("There is no seizure case at this station yet.")
        elif self.kind == "trace" and self.item_box.count() == 0:
            problem = self.tr("This case has no firearm: trace requests are made for"
                              " firearms.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def values(self) -> dict[str, Any]:
        """The choices: case_id, case_number, language, layout, item."""
        case_id, number = self.case_box.currentData() or (None, None)
        return {"case_id": case_id, "case_number": number,
                "language": self.language_box.currentData(),
                "layout": self.layout_box.currentData(), "item": self.item_box.currentData()}


def save_path(parent: QWidget, title: str, folder: Path, name: str) -> Path | None:
    """Ask where to save a PDF, proposing ``folder/name``; None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(folder / name), _tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def report_name(case_number: str, language: str) -> str:
    """The name a seizure report is proposed under."""
    return f"seizure-report-{case_number}-{language}.pdf"


def report_outcome(printed: PrintedReport) -> Outcome:
    """A printed seizure report in words."""
    text = QCoreApplication.translate(
        "ReportActions", "Seizure report of case {number} ({language}) saved as {path}.").format(
            number=printed.case_number, language=printed.language, path=printed.path)
    if printed.language_note:
        text += "\n" + printed.language_note
    return Outcome(text, printed.path)


def print_case_report(parent: QWidget, session: StationSession, runner: TaskRunner,
                      case_id: str | None = None, jobs: ReportJobs | None = None,
                      folder: Path | None = None) -> bool:
    """Ask for the case and language, then the file, and print the seizure report on a
    worker. Without ``jobs`` the outcome is shown in a message box. False if cancelled."""
    from borderdesk.services.reports import print_seizure_report

    dialog = CaseDocumentDialog(session, "report", _tr("Print seizure report"),
                                case_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
    finally:
        dialog.deleteLater()
    path = save_path(parent, _tr("Save the seizure report"),
                     folder or documents_folder(),
                     report_name(values["case_number"], values["language"]))
    if path is None:
        return False
    if jobs is None:
        jobs = ReportJobs(session, runner, parent)
        jobs.finished.connect(lambda outcome: show_outcome(parent, outcome))
    return jobs.run(_tr("Printing the seizure report…"),
                    lambda own: print_seizure_report(own, values["case_id"], path,
                                                     language=values["language"]),
                    report_outcome)


def show_outcome(parent: QWidget, outcome: Outcome) -> QMessageBox:
    """The outcome in a message box (not blocking), with "Open folder" when there is one."""
    box = QMessageBox(QMessageBox.Icon.Information if outcome.ok else QMessageBox.Icon.Warning,
                      _tr("Seizure report"), outcome.text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("reportOutcome")
    folder = outcome.folder
    if folder is not None:
        button = box.addButton(_tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: open_folder(folder))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
