"""Small dialogs of the declaration view: an inspection's outcome, and a change of lane.

Both call the services themselves when OK is pressed and stay open on an
expected error (shown in plain words), so what the officer typed is not lost.
Controls are large (:data:`CONTROL_HEIGHT`) for tablets and gloved hands, every
choice has a mnemonic, Enter confirms and Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.inspections import (
    LANES,
    OUTCOMES,
    InspectionRecord,
    LaneChange,
    change_lane,
    record_outcome,
)
from borderdesk.services.station import StationSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeDialog", text)


#: Smallest height (px) of the radio buttons and push buttons: big enough for a gloved finger.
CONTROL_HEIGHT = 40
#: Lines of findings shown without scrolling.
FINDINGS_LINES = 4


def plain_error(exc: BorderdeskError) -> str:
    """An expected error's message as a sentence."""
    text = str(exc).strip()
    return text[:1].upper() + text[1:] if text else text


class LargeRadioButton(QRadioButton):
    """A radio button that reacts anywhere on its (wide, tall) area, not only on its text."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


def _large(button: QAbstractButton) -> None:
    button.setMinimumHeight(CONTROL_HEIGHT)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    button.setFont(font)


def _large_buttons(box: QDialogButtonBox) -> None:
    for button in box.buttons():
        button.setMinimumHeight(CONTROL_HEIGHT)
        button.setMinimumWidth(CONTROL_HEIGHT * 3)


class OutcomeDialog(QDialog):
    """Record an inspection's outcome and findings; OK calls :func:`record_outcome`."""

    def __init__(self, session: StationSession, inspection: InspectionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._inspection = inspection
        #: The finished inspection, once OK succeeded.
        self.record: InspectionRecord | None = None
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Record outcome"))

        intro = QLabel(self.tr("Inspection of declaration {id}").format(
            id=inspection.declaration_id))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        texts = {
            "nothing_found": self.tr("&Nothing found"),
            "irregularity": self.tr("&Irregularity (not firearms)"),
            "seizure": self.tr("&Firearms, parts or ammunition found"),
        }
        tips = {
            "nothing_found": self.tr("The inspection found nothing to act on"),
            "irregularity": self.tr("Something is wrong, but no firearms, parts or ammunition"),
            "seizure": self.tr("Opens a seizure case linked to this declaration and inspection"),
        }
        group_box = QGroupBox(self.tr("Outcome"))
        group_layout = QVBoxLayout(group_box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for outcome in OUTCOMES:
            radio = LargeRadioButton(texts[outcome])
            radio.setObjectName(f"outcome_{outcome}")
            radio.setToolTip(tips[outcome])
            _large(radio)
            self.outcome_group.addButton(radio)
            self.outcome_buttons[outcome] = radio
            group_layout.addWidget(radio)
        self.outcome_group.buttonToggled.connect(self._update_ok)

        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        self.findings.setTabChangesFocus(True)  # Tab moves on; the box takes new lines
        self.findings.setPlaceholderText(self.tr("What was checked and what was found"))
        line = self.findings.fontMetrics().lineSpacing()
        self.findings.setMinimumHeight(line * FINDINGS_LINES + 16)
        findings_label = QLabel(self.tr("Fin&dings (optional):"))
        findings_label.setBuddy(self.findings)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        _large_buttons(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setToolTip(self.tr("Record the outcome (Ctrl+Enter in the findings)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in the findings makes a new line: Ctrl+Enter records from there.
        self.findings.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(group_box)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def outcome(self) -> str | None:
        """The chosen outcome, if any."""
        for outcome, radio in self.outcome_buttons.items():
            if radio.isChecked():
                return outcome
        return None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.outcome() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the findings presses OK."""
        if (watched is self.findings and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.ok_button.isEnabled():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """Record the outcome; an expected error is shown and the dialog stays open."""
        outcome = self.outcome()
        if outcome is None:
            return
        try:
            self.record = record_outcome(self._session, self._inspection.id, outcome,
                                         self.findings.toPlainText())
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Record outcome"), plain_error(exc))
            return
        super().accept()


class LaneDialog(QDialog):
    """Change a declaration's lane with a mandatory reason; OK calls :func:`change_lane`."""

    def __init__(self, session: StationSession, declaration_id: str, current_lane: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._declaration_id = declaration_id
        #: The stored change, once OK succeeded.
        self.change: LaneChange | None = None
        self.setObjectName("laneDialog")
        self.setWindowTitle(self.tr("Change lane"))

        intro = QLabel(self.tr("Declaration {id}: the screening result is kept, and the"
                               " change is recorded beside it with your name and reason.")
                       .format(id=declaration_id))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        texts = {"red": self.tr("&Red"), "yellow": self.tr("&Yellow"),
                 "green": self.tr("&Green")}
        group_box = QGroupBox(self.tr("New lane"))
        group_layout = QVBoxLayout(group_box)
        self.lane_group = QButtonGroup(self)
        self.lane_buttons: dict[str, QRadioButton] = {}
        for lane in LANES:
            text = texts[lane]
            if lane == current_lane:
                text = self.tr("{lane} (current)").format(lane=text)
            radio = LargeRadioButton(text)
            radio.setObjectName(f"lane_{lane}")
            radio.setEnabled(lane != current_lane)
            _large(radio)
            self.lane_group.addButton(radio)
            self.lane_buttons[lane] = radio
            group_layout.addWidget(radio)
        self.lane_group.buttonToggled.connect(self._update_ok)

        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumHeight(CONTROL_HEIGHT)
        self.reason.setPlaceholderText(self.tr("Why the lane changes (required)"))
        self.reason.textChanged.connect(self._update_ok)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        _large_buttons(self.buttons)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setToolTip(self.tr("Choose a lane and give a reason first"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(group_box)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def lane(self) -> str | None:
        """The chosen lane, if any."""
        for lane, radio in self.lane_buttons.items():
            if radio.isChecked():
                return lane
        return None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.lane() is not None and bool(self.reason.text().strip()))

    def accept(self) -> None:
        """Store the change; an expected error is shown and the dialog stays open."""
        lane = self.lane()
        if lane is None or not self.reason.text().strip():
            return
        try:
            self.change = change_lane(self._session, self._declaration_id, lane,
                                      self.reason.text())
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Change lane"), plain_error(exc))
            return
        super().accept()


def ask_outcome(parent: QWidget | None, session: StationSession,
                inspection: InspectionRecord) -> InspectionRecord | None:
    """Run :class:`OutcomeDialog`; a seizure's case number is then shown. ``None``: cancelled."""
    dialog = OutcomeDialog(session, inspection, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.record is None:
            return None
        record = dialog.record
        title = _tr("Seizure case opened")
        message = _tr("Seizure case {number} was opened for declaration {id}.").format(
            number=record.case_number, id=record.declaration_id)
    finally:
        dialog.deleteLater()
    if record.case_number:
        QMessageBox.information(parent, title, message)
    return record


def ask_lane_change(parent: QWidget | None, session: StationSession, declaration_id: str,
                    current_lane: str | None) -> LaneChange | None:
    """Run :class:`LaneDialog`; the stored change, or ``None`` when cancelled."""
    dialog = LaneDialog(session, declaration_id, current_lane, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.change
    finally:
        dialog.deleteLater()
