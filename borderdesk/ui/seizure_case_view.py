"""The seizure case window: a header (case number, status, where it came from, the rules
that hit) and one tab per part of the case: Event, Items, Steps, Photos, Custody,
Tracing and Sign-off.

Every tab reads and writes through the services; after any change the whole case is
read again and shown in every tab, so the header's status, the checklist and the
sign-off list never disagree. Tabs are reached with Alt+letter or Ctrl+Tab, F5 reads
the case again, Escape closes the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.services.evidence_steps import timeline
from borderdesk.services.seizures import SeizureCase, get_case
from borderdesk.services.station import StationSession
from borderdesk.ui.permissions import Permission, hide_unless
from borderdesk.ui.seizure_common import CasePanel, banner, local_text
from borderdesk.ui.seizure_custody_panel import CustodyPanel
from borderdesk.ui.seizure_fields import EventPanel
from borderdesk.ui.seizure_items_panel import ItemsPanel
from borderdesk.ui.seizure_photos_panel import PhotosPanel
from borderdesk.ui.seizure_signoff import SignOffPanel
from borderdesk.ui.seizure_steps_panel import StepsPanel
from borderdesk.ui.seizure_tracing_panel import TracingPanel
from borderdesk.ui.workers import TaskRunner


class SeizureCaseView(QDialog):
    """One seizure case, all its parts in tabs."""

    #: Something in the case changed (the Seizures page reads its list again).
    changed = Signal()

    def __init__(self, session: StationSession, case_id: str, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seizureCaseView")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._session = session
        self.case: SeizureCase = get_case(session, case_id)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin = QLabel()
        self.origin.setObjectName("caseOrigin")
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = banner()
        self.warning.setObjectName("caseWarning")

        self.event_panel = EventPanel(session)
        self.items = ItemsPanel(session)
        self.steps = StepsPanel(session)
        self.photos = PhotosPanel(session, runner)
        self.custody = CustodyPanel(session)
        self.tracing = TracingPanel(session)
        self.signoff = SignOffPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.panels: list[CasePanel] = []
        for panel, title, tip in (
                (self.event_panel, self.tr("&Event"), self.tr("When, where, how it was found, the"
                                                        " legal and criminal context")),
                (self.items, self.tr("&Items"), self.tr("Firearms, parts and ammunition")),
                (self.steps, self.tr("S&teps"), self.tr("Evidence steps: checklist and"
                                                        " timeline")),
                (self.photos, self.tr("&Photos"), self.tr("Photo grid and photo log")),
                (self.custody, self.tr("&Custody"), self.tr("Packages, seals and the chain"
                                                            " of custody")),
                (self.tracing, self.tr("T&racing"), self.tr("Registry, iARMS, trace requests,"
                                                            " persons and follow-up")),
                (self.signoff, self.tr("Si&gn-off"), self.tr("What is missing, and the"
                                                             " sign-off"))):
            index = self.tabs.addTab(panel, title)
            self.tabs.setTabToolTip(index, tip)
            panel.changed.connect(self.refresh)
            self.panels.append(panel)
        self.steps.custody_requested.connect(lambda: self.tabs.setCurrentWidget(self.custody))

        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        self._runner = runner
        self.print_button = QPushButton(self.tr("Print seizure rep&ort…"))
        self.print_button.setObjectName("printReportButton")
        self.print_button.setToolTip(self.tr(
            "The seizure report of this case for the prosecutor, as a PDF (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(self.print_report)
        hide_unless(session, Permission.PRINT, self.print_button)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.print_button)
        layout.addLayout(header)
        layout.addWidget(self.origin)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        self.refresh()
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(800, int(screen.height() * 0.9)))

    @property
    def case_id(self) -> str:
        """The id of the case shown."""
        return self.case.summary.id

    def refresh(self) -> None:
        """Read the case again and show it in the header and every tab."""
        self.case = get_case(self._session, self.case_id)
        summary = self.case.summary
        zone = self._session.time_zone()
        if self.case.signed_off:
            status = self.tr("signed off by {who} on {when}").format(
                who=self.case.signed_off_by,
                when=local_text(parse_utc(self.case.signed_off_at), zone)
                if self.case.signed_off_at else "")
        else:
            status = self.tr("open")
        self.title.setText(self.tr("Seizure case {number} — {status}").format(
            number=summary.case_number, status=status))
        self.setWindowTitle(self.tr("Seizure case {number}").format(number=summary.case_number))
        rules = ", ".join(self.case.rules_hit) or self.tr("none (not selected by a rule)")
        self.origin.setText(self.tr(
            "Opened {when} by {who} at {crossing}, from the inspection {inspection} of"
            " declaration {declaration}. Risk rules that hit: {rules}.").format(
                when=local_text(parse_utc(summary.opened_at), zone), who=summary.opened_by,
                crossing=summary.crossing, inspection=self.case.inspection_id[:8],
                declaration=summary.declaration_id, rules=rules))
        deviations = [r for r in timeline(self._session, self.case_id)
                      if r.current and r.deviations]
        self.warning.setText(self.tr(
            "Warning: {count} evidence step(s) were recorded out of the expected order;"
            " the Steps tab lists the rules broken and the reasons given.").format(
                count=len(deviations)) if deviations else "")
        self.warning.setVisible(bool(deviations))
        for panel in self.panels:
            panel.show_case(self.case)
        self.changed.emit()

    def print_report(self) -> bool:
        """Ask for the language and the file, then print this case's seizure report."""
        from borderdesk.ui.reports_actions import print_case_report  # only when printing

        return print_case_report(self, self._session, self._runner, self.case_id)

    def show_tab(self, panel: CasePanel) -> None:
        """Bring a tab forward and give it the focus."""
        self.tabs.setCurrentWidget(panel)
        panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
