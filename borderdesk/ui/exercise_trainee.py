"""The Exercise page of an exercise's window: what the trainee is told (the briefing, the
scenario time, the messages of the injects released), what their inspections found, and
the trainer's way back to the live station.

When the session's clock runs in real time, a single-shot timer is set for the moment
the next inject falls due; it calls the service's ``release_due`` and tells the trainee
what came (a message in the page, the status bar and a notice). Nothing else is polled:
with a stepped clock no timer runs, and after each release the timer is set again for
the next inject (or, when none is left, not at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.inspections import list_inspections
from borderdesk.services.station import StationSession
from borderdesk.services.training import (
    ExerciseInfo,
    InjectState,
    exercise_info,
    exercise_pack,
    injects,
    release_due,
)
from borderdesk.ui.exercise_findings import FindingsDialog
from borderdesk.ui.inspection_dialogs import plain_error

if TYPE_CHECKING:
    from borderdesk.ui.exercise_switch import StationSwitch

#: The longest single wait of the real-time timer (ms): a QTimer takes an int, and a far
#: inject is simply waited for in several legs.
LONGEST_WAIT_MS = 3_600_000


class TraineePage(QWidget):
    """The trainee's view of the exercise, and "Back to live station" for the trainer."""

    #: A short message for the window's status bar.
    status_message = Signal(str)
    #: Injects were released (declarations or watch-list entries may have come).
    changed = Signal()
    #: The trainer asked to go back to the live station (confirmed by the window).
    back_requested = Signal()

    def __init__(self, session: StationSession, switch: StationSwitch | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traineePage")
        self._session = session
        self.findings_dialog: FindingsDialog | None = None
        self.notice: QMessageBox | None = None
        pack = exercise_pack(session)
        self.heading = QLabel(pack.title)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("scenarioClock")
        briefing = QLabel(pack.briefing.strip() or self.tr("No briefing: work the queue."))
        briefing.setWordWrap(True)
        briefing.setTextFormat(Qt.TextFormat.PlainText)
        briefing_box = QGroupBox(self.tr("Briefing"))
        QVBoxLayout(briefing_box).addWidget(briefing)
        self.messages = QListWidget()
        self.messages.setObjectName("injectMessages")
        self.messages.setWordWrap(True)
        messages_box = QGroupBox(self.tr("Messages and events"))
        QVBoxLayout(messages_box).addWidget(self.messages)
        self.declaration_box = QComboBox()
        self.declaration_box.setObjectName("inspectedDeclarations")
        self.declaration_box.setToolTip(self.tr("Declarations you have inspected"))
        self.findings_button = QPushButton(self.tr("What the inspection &found…"))
        self.findings_button.clicked.connect(self.show_chosen_findings)
        findings_row = QHBoxLayout()
        findings_row.addWidget(QLabel(self.tr("Inspected:")))
        findings_row.addWidget(self.declaration_box, 1)
        findings_row.addWidget(self.findings_button)
        self.back_button = QPushButton(self.tr("&Back to live station…"))
        self.back_button.setObjectName("backToLive")
        self.back_button.setToolTip(self.tr(
            "Close this exercise and show the live station again (the trainer, with "
            "their password on a protected station)"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(switch is not None and switch.may_switch)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.clock_label)
        layout.addWidget(briefing_box)
        layout.addWidget(messages_box, 1)
        layout.addLayout(findings_row)
        self.release_timer = QTimer(self)
        self.release_timer.setObjectName("injectReleaseTimer")
        self.release_timer.setSingleShot(True)
        self.release_timer.timeout.connect(self.release_due_now)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh()

    def refresh(self) -> None:
        """Read the clock, the released injects and the inspected declarations again, and
        set the real-time timer."""
        info = exercise_info(self._session)
        states = injects(self._session)
        clock = self.tr("real time") if info.clock_mode == "real" else \
            self.tr("stepped by the trainer")
        self.clock_label.setText(self.tr(
            "Trainee: {trainee}. Scenario time {time} ({minutes} minutes in), clock {clock}."
        ).format(trainee=info.trainee, time=info.local(info.now).strftime("%Y-%m-%d %H:%M"),
                 minutes=f"{info.minutes:.0f}", clock=clock))
        self.messages.clear()
        released = [s for s in states if s.released_at is not None]
        for state in released:
            self.messages.addItem(self._message(state, info))
        if not released:
            self.messages.addItem(self.tr("Nothing yet."))
        current = self.declaration_box.currentText()
        self.declaration_box.clear()
        ids = dict.fromkeys(i.declaration_id for i in list_inspections(self._session))
        self.declaration_box.addItems(list(ids))
        if current in ids:
            self.declaration_box.setCurrentText(current)
        self.findings_button.setEnabled(bool(ids))
        self._schedule(info.clock_mode == "real", info.minutes, states)

    def _message(self, state: InjectState, info: ExerciseInfo) -> str:
        assert state.released_at is not None
        when = info.local(state.released_at).strftime("%H:%M")
        text = f"{when}  {state.title}"
        if state.text:
            text += f"\n{state.sender + ': ' if state.sender else ''}{state.text.strip()}"
        return text

    def _schedule(self, real: bool, minutes: float, states: list[InjectState]) -> None:
        self.release_timer.stop()
        pending = [s.at_minutes for s in states if s.released_at is None]
        if not real or not pending:
            return
        wait_ms = max(0, round((min(pending) - minutes) * 60_000))
        self.release_timer.start(min(wait_ms, LONGEST_WAIT_MS))

    def release_due_now(self) -> list[str]:
        """Release the injects that fell due (the timer's work); tell the trainee."""
        try:
            released = release_due(self._session)
        except BorderdeskError as exc:
            self.status_message.emit(plain_error(exc))
            released = []
        if released:
            states = {s.id: s for s in injects(self._session)}
            titles = [states[ident].title for ident in released]
            self.status_message.emit(self.tr("New: {titles}").format(titles="; ".join(titles)))
            self.changed.emit()
            self._notify([states[ident] for ident in released])
        self.refresh()
        return released

    def _notify(self, states: list[InjectState]) -> None:
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
        info = exercise_info(self._session)
        notice = QMessageBox(QMessageBox.Icon.Information, self.tr("Exercise"),
                             "\n\n".join(self._message(s, info) for s in states),
                             QMessageBox.StandardButton.Ok, self)
        notice.setObjectName("injectNotice")
        notice.setModal(False)
        notice.show()
        self.notice = notice

    def show_chosen_findings(self) -> None:
        """Show what the inspections of the chosen declaration found."""
        declaration_id = self.declaration_box.currentText()
        if declaration_id:
            self.show_findings(declaration_id)

    def show_findings(self, declaration_id: str) -> FindingsDialog | None:
        """Show what the inspections of ``declaration_id`` found (one dialog at a time)."""
        if self.findings_dialog is not None:
            self.findings_dialog.close()
            self.findings_dialog.deleteLater()
            self.findings_dialog = None
        try:
            dialog = FindingsDialog(self._session, declaration_id, self)
        except BorderdeskError as exc:
            self.status_message.emit(plain_error(exc))
            return None
        self.findings_dialog = dialog
        dialog.show()
        self.refresh()
        return dialog

    def shutdown(self) -> None:
        """Stop the timer and close the dialogs (the window closes)."""
        self.release_timer.stop()
        for dialog in (self.findings_dialog, self.notice):
            if dialog is not None:
                dialog.close()
