"""The supervisor's Reports page: the summary's figures for a period, and a button for
every document borderdesk prints.

Above, the period (this month, last month, this year or a custom range of station
days) and the inspection capacity; the figures are read on a worker whenever either
changes (a late answer for a period no longer chosen is dropped). Beside them, one
button per document: the supervisor summary of the period, the IAFQ export of a
year, a case's seizure report, its labels sheet, a firearm's trace request packet,
and checking a printed report against its case. Each render runs on a worker
(:class:`~borderdesk.ui.reports_actions.ReportJobs`); what came of it is written
under the buttons with "Open folder".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.reports.summary import Capacity, Summary
from borderdesk.services.station import StationSession
from borderdesk.services.statistics import FIRST_YEAR, summary_of
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.permissions import Permission, hide_unless
from borderdesk.ui.reports_actions import (
    CaseDocumentDialog,
    Outcome,
    ReportJobs,
    documents_folder,
    open_folder,
    print_case_report,
    report_outcome,
    save_path,
)
from borderdesk.ui.reports_figures import FiguresView
from borderdesk.ui.reports_period import Period, PeriodChooser
from borderdesk.ui.reports_verify import verify_outcome
from borderdesk.ui.workers import TaskRunner


class ReportsPage(QWidget):
    """Figures of a period with charts, and the buttons that print each document."""

    #: A short message for the window's status bar.
    status_message = Signal(str)

    def __init__(self, session: StationSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._session = session
        self._runner = runner
        self._generation = 0
        self.folder = documents_folder()
        today = session.clock.now().astimezone(session.time_zone()).date()
        self.today = today
        self.chooser = PeriodChooser(today)
        self.red_capacity = self._capacity_box("redCapacity", self.tr(
            "Physical inspections a day the crossing can do (red lane); 0: not given"))
        self.yellow_capacity = self._capacity_box("yellowCapacity", self.tr(
            "Document checks a day the crossing can do (yellow lane); 0: not given"))
        # The capacities on a line of their own: beside the period they made the page
        # wider than a 1366-pixel screen with large controls on.
        capacities = QHBoxLayout()
        for text, box in ((self.tr("Inspection capacity a day: r&ed lane"), self.red_capacity),
                          (self.tr("yello&w lane"), self.yellow_capacity)):
            label = QLabel(text)
            label.setBuddy(box)
            capacities.addWidget(label)
            capacities.addWidget(box)
        capacities.addStretch(1)
        self.loading = QLabel()
        self.loading.setObjectName("figuresState")
        self.loading.setWordWrap(True)
        self.figures = FiguresView()
        left = QVBoxLayout()
        left.addWidget(self.chooser)
        left.addLayout(capacities)
        left.addWidget(self.loading)
        left.addWidget(self.figures, 1)

        self.jobs = ReportJobs(session, runner, self)
        self.jobs.finished.connect(self.show_outcome)
        self.jobs.busy_changed.connect(self._busy)
        self.year = QSpinBox()
        self.year.setObjectName("iafqYear")
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(today.year - 1 if today.month < 4 else today.year)
        self.year.setToolTip(self.tr("The calendar year the IAFQ tables count"))
        self.buttons: list[QPushButton] = []
        documents = QGroupBox(self.tr("Documents"))
        column = QVBoxLayout(documents)
        self.summary_button = self._button(column, "summaryButton", self.tr(
            "Supervisor su&mmary…"), self.tr("The figures and charts of the period as a PDF"),
            self.print_summary)
        year_row = QHBoxLayout()
        year_label = QLabel(self.tr("IAFQ &year:"))
        year_label.setBuddy(self.year)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year, 1)
        column.addLayout(year_row)
        self.iafq_button = self._button(column, "iafqButton", self.tr("&IAFQ export…"), self.tr(
            "UNODC's Illicit Arms Flows Questionnaire tables of the year: a workbook and CSV"
            " files, into a folder"), self.export_iafq)
        column.addSpacing(8)
        self.report_button = self._button(column, "reportButton", self.tr(
            "Seizure rep&ort…"), self.tr("A case's seizure report for the prosecutor, in the"
                                         " language chosen"), self.print_report)
        self.labels_button = self._button(column, "labelsButton", self.tr(
            "Evidence la&bels…"), self.tr("A sheet of labels, one per package of a case"),
            self.print_labels)
        self.trace_button = self._button(column, "traceButton", self.tr(
            "Trace request pac&ket…"), self.tr(
            "The trace request packet of a seized firearm (PDF and JSON), into a folder"),
            self.write_trace)
        column.addSpacing(8)
        self.verify_button = self._button(column, "verifyButton", self.tr(
            "&Verify a printed report…"), self.tr(
            "Whether the case has changed since a seizure report was printed, and what"),
            self.verify)
        hide_unless(session, Permission.EXPORT, self.summary_button, self.iafq_button,
                    self.year, year_label, self.trace_button)
        hide_unless(session, Permission.PRINT, self.report_button, self.labels_button)
        self.outcome = QLabel()
        self.outcome.setObjectName("reportOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(self.tr("Open &folder"))
        self.open_button.setObjectName("openFolderButton")
        self.open_button.setToolTip(self.tr("Show the folder of the file just written"))
        self.open_button.clicked.connect(self.open_last_folder)
        self.open_button.hide()
        column.addSpacing(8)
        column.addWidget(self.outcome)
        column.addWidget(self.open_button)
        column.addStretch(1)
        em = documents.fontMetrics().horizontalAdvance("M")
        documents.setMinimumWidth(em * 20)
        # Wider when a translation's button needs it (French, Albanian run longer).
        documents.setMaximumWidth(max(em * 26, documents.sizeHint().width()))

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(documents)
        self.setFocusProxy(self.chooser)
        self.chooser.changed.connect(self.refresh)
        self.red_capacity.valueChanged.connect(self.refresh)
        self.yellow_capacity.valueChanged.connect(self.refresh)
        self.refresh()

    def _capacity_box(self, name: str, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, 9999)
        box.setSpecialValueText(self.tr("not given"))
        box.setToolTip(tip)
        return box

    def _button(self, column: QVBoxLayout, name: str, text: str, tip: str,
                slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        column.addWidget(button)
        self.buttons.append(button)
        return button

    # -- the figures -----------------------------------------------------------
    @property
    def period(self) -> Period:
        """The days chosen."""
        return self.chooser.period

    def capacity(self) -> Capacity:
        """The capacities given (None where not given)."""
        return Capacity(self.red_capacity.value() or None, self.yellow_capacity.value() or None)

    def refresh(self) -> None:
        """Read the figures of the chosen period again, on a worker."""
        self._generation += 1
        generation = self._generation
        period, capacity = self.period, self.capacity()
        session = self._session
        path, ticket = session.path, session.ticket()
        self._say(self.tr("Reading the figures of {start} to {end}…").format(
            start=period.start.isoformat(), end=period.end.isoformat()))

        def job(_progress: ProgressCallback, _cancel: CancelToken) -> Summary:
            if path is None:
                return summary_of(session, period.start, period.end, capacity)
            with ticket.open() as own:
                return summary_of(own, period.start, period.end, capacity)

        def finished(summary: Summary) -> None:
            if generation == self._generation:  # not a period chosen before this one
                self._say("")
                self.figures.show_summary(summary)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, BorderdeskError):
                raise exc
            if generation == self._generation:
                self._say(plain_error(exc), error=True)

        if path is None:
            # An in-memory database cannot be opened again from a worker: read it here.
            try:
                finished(job(lambda _d, _t: None, CancelToken()))
            except BorderdeskError as exc:
                failed(exc)
            return
        self._runner.run_task(job, on_finished=finished, on_failed=failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.loading.setStyleSheet("color: #a61b1b;" if error else "")
        self.loading.setText(text)
        self.loading.setVisible(bool(text))  # no empty line above the figures

    # -- the documents ---------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy)

    def show_outcome(self, outcome: Outcome) -> None:
        """Write what a render came to under the buttons, with "Open folder"."""
        self.outcome.setText(outcome.text)
        self.outcome.setStyleSheet("" if outcome.ok else "color: #a61b1b;")
        self.open_button.setVisible(outcome.folder is not None)
        if outcome.path is not None:
            self.folder = outcome.folder or self.folder
        self.status_message.emit(outcome.text.splitlines()[0] if outcome.text else "")

    def open_last_folder(self) -> bool:
        """Show the folder of the last file written."""
        last = self.jobs.last
        return last is not None and last.folder is not None and open_folder(last.folder)

    def print_summary(self) -> bool:
        """Ask where, then write the supervisor summary of the period."""
        period = self.period
        path = save_path(self, self.tr("Save the supervisor summary"), self.folder,
                         f"summary-{period.start.isoformat()}-{period.end.isoformat()}.pdf")
        return path is not None and self.write_summary_to(path)

    def write_summary_to(self, path: Path) -> bool:
        """Write the supervisor summary of the period to ``path`` on a worker."""
        from borderdesk.services.statistics import write_summary

        period, capacity = self.period, self.capacity()
        text = self.tr("Supervisor summary of {start} to {end} saved as {path}: {events}"
                       " seizure(s), {arms} arm(s).")
        return self.jobs.run(
            self.tr("Writing the supervisor summary…"),
            lambda own: write_summary(own, period.start, period.end, path, capacity),
            lambda s: Outcome(text.format(start=s.start.isoformat(), end=s.end.isoformat(),
                                          path=path, events=s.events, arms=s.arms), path))

    def export_iafq(self) -> bool:
        """Ask for a folder, then export the IAFQ tables of the year chosen."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the IAFQ files of {year}").format(
                year=self.year.value()), str(self.folder))
        return bool(chosen) and self.export_iafq_to(self.year.value(), Path(chosen))

    def export_iafq_to(self, year: int, folder: Path) -> bool:
        """Export the IAFQ tables of ``year`` into ``folder`` on a worker."""
        from borderdesk.services.statistics import export_iafq

        text = self.tr("IAFQ tables of {year} written to {folder}: {count} file(s), the"
                       " workbook {name} and a CSV file per table.")
        return self.jobs.run(
            self.tr("Writing the IAFQ tables of {year}…").format(year=year),
            lambda own: export_iafq(own, year, folder),
            lambda done: Outcome(text.format(year=year, folder=folder, count=len(done.paths),
                                             name=f"iafq-{year}.xlsx"), folder))

    def print_report(self) -> bool:
        """Ask for the case, language and file, then print the seizure report."""
        return print_case_report(self, self._session, self._runner, jobs=self.jobs,
                                 folder=self.folder)

    def print_report_to(self, case_id: str, language: str, path: Path) -> bool:
        """Print the seizure report of ``case_id`` in ``language`` to ``path``."""
        from borderdesk.services.reports import print_seizure_report

        return self.jobs.run(self.tr("Printing the seizure report…"),
                             lambda own: print_seizure_report(own, case_id, path,
                                                              language=language),
                             report_outcome)

    def _choose(self, kind: str, title: str) -> dict[str, object] | None:
        dialog = CaseDocumentDialog(self._session, kind, title, parent=self)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def print_labels(self) -> bool:
        """Ask for the case, language and sheet, then the file; print the labels."""
        values = self._choose("labels", self.tr("Print evidence labels"))
        if values is None:
            return False
        path = save_path(self, self.tr("Save the labels sheet"), self.folder,
                         f"labels-{values['case_number']}.pdf")
        return path is not None and self.print_labels_to(
            str(values["case_id"]), str(values["layout"]), path, str(values["language"]))

    def print_labels_to(self, case_id: str, sheet: str, path: Path,
                        language: str = "en") -> bool:
        """Print the labels of ``case_id``'s packages on ``sheet`` to ``path``."""
        from borderdesk.services.reports import print_labels

        text = self.tr("{count} label(s) saved as {path}.")
        return self.jobs.run(
            self.tr("Printing the labels…"),
            lambda own: print_labels(own, case_id, path, sheet=sheet, language=language),
            lambda count: Outcome(text.format(count=count, path=path), path))

    def write_trace(self) -> bool:
        """Ask for the firearm, then a folder; write its trace request packet."""
        values = self._choose("trace", self.tr("Trace request"))
        if values is None:
            return False
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the trace request packet"), str(self.folder))
        return bool(chosen) and self.write_trace_to(str(values["item"]), Path(chosen),
                                                    str(values["language"]))

    def write_trace_to(self, item_id: str, folder: Path, language: str = "en") -> bool:
        """Write the trace request packet of ``item_id`` into ``folder``."""
        from borderdesk.services.reports import TracePacket, write_trace_packet

        def describe(packet: TracePacket) -> Outcome:
            text = self.tr("Trace request packet written: {pdf} and {json}.").format(
                pdf=packet.pdf, json=packet.json.name)
            if packet.ready:
                return Outcome(text + " " + self.tr("It is ready to send."), packet.pdf)
            return Outcome(text + "\n" + self.tr("Not ready to send yet; missing:") + "\n"
                           + "\n".join(f"• {gap}" for gap in packet.gaps), packet.pdf)

        return self.jobs.run(self.tr("Writing the trace request packet…"),
                             lambda own: write_trace_packet(own, item_id, folder,
                                                            language=language), describe)

    def verify(self) -> bool:
        """Ask for a PDF and check it against its case."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Check a printed seizure report"), str(self.folder),
            self.tr("PDF documents (*.pdf)"))
        return bool(chosen) and self.verify_file(Path(chosen))

    def verify_file(self, path: Path) -> bool:
        """Check the seizure report ``path`` against its case, on a worker."""
        from borderdesk.services.reports import verify_report

        return self.jobs.run(self.tr("Checking the report…"),
                             lambda own: verify_outcome(own, path, verify_report), lambda o: o)

