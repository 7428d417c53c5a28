"""The Sign-off tab of a seizure case: what is still missing, in words, and the button.

The list comes from :func:`services.seizures.sign_off_problems` (the required event
fields, at least one item, the minimum evidence steps per item), so the supervisor
sees the same reasons the service would give when refusing. A signed-off case says
who signed it off and when; from then on every change is an amendment with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import BorderdeskError
from borderdesk.services.seizures import SignOffRefused, sign_off, sign_off_problems
from borderdesk.services.station import StationSession
from borderdesk.ui.permissions import Permission, needs_role, permitted
from borderdesk.ui.seizure_common import CONTROL_HEIGHT, CasePanel, ErrorLabel, local_text
from borderdesk.ui.seizure_common import plain_error as _plain


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignOffPanel", text)


def confirm_sign_off(parent: QWidget, case_number: str) -> bool:
    """Ask the supervisor to confirm (tests replace this)."""
    answer = QMessageBox.question(
        parent, _tr("Sign off"),
        _tr("Sign off case {number}? It is then locked: every later change is an"
                  " amendment with a reason.").format(number=case_number))
    return answer == QMessageBox.StandardButton.Yes


class SignOffPanel(CasePanel):
    """What the case still lacks, and the sign-off."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("signOffPanel")
        self.state = QLabel()
        self.state.setObjectName("signOffState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        font = self.state.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.state.setFont(font)
        self.missing = QListWidget()
        self.missing.setObjectName("signOffMissing")
        self.missing.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("signOffNote")
        self.note.setPlaceholderText(self.tr("Optional note kept with the sign-off"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        self.button = QPushButton(self.tr("&Sign off the case…"))
        self.button.setObjectName("signOffButton")
        self.button.setMinimumHeight(CONTROL_HEIGHT)
        self.button.setToolTip(self.tr(
            "A supervisor signs the case off; it is then locked (changes need a reason)"))
        self.button.clicked.connect(lambda: self.sign_off())
        #: Whether the user's roles may sign off (the button stays disabled otherwise).
        self.may_sign_off = permitted(session, Permission.SIGN_OFF)
        if not self.may_sign_off:
            self.button.setToolTip(self.tr("A supervisor signs the case off; it is then"
                                           " locked (changes need a reason).") + " "
                                   + needs_role(Permission.SIGN_OFF))
        self.error = ErrorLabel()
        bar = QHBoxLayout()
        bar.addWidget(note_label)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.button)
        self.missing_label = QLabel(self.tr("Still &missing before sign-off:"))
        self.missing_label.setBuddy(self.missing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)
        self.setFocusProxy(self.missing)

    def refresh(self) -> None:
        """Read what is missing again."""
        if self.case is None:
            return
        self.missing.clear()
        self.error.clear_error()
        if self.case.signed_off:
            when = (local_text(parse_utc(self.case.signed_off_at), self._session.time_zone())
                    if self.case.signed_off_at else "")
            self.state.setText(self.tr(
                "Signed off by {who} on {when}. The case is locked: every change is kept as"
                " an amendment with its reason.").format(who=self.case.signed_off_by,
                                                         when=when))
            self.missing_label.hide()
            self.missing.hide()
            self.button.setEnabled(False)
            self.note.setEnabled(False)
            return
        problems = sign_off_problems(self._session, self.case_id)
        self.missing_label.setVisible(bool(problems))
        self.missing.setVisible(bool(problems))
        self.missing.addItems([p[:1].upper() + p[1:] for p in problems])
        self.state.setText(
            self.tr("{count} thing(s) are missing before a supervisor can sign off.").format(
                count=len(problems)) if problems
            else self.tr("Everything a sign-off needs is recorded."))
        self.button.setEnabled(not problems and self.may_sign_off)
        self.note.setEnabled(self.may_sign_off)

    def sign_off(self) -> bool:
        """Sign the case off after confirmation; refused with what is missing."""
        if self.case is None or self.case.signed_off or not self.may_sign_off:
            return False
        if not confirm_sign_off(self, self.case.summary.case_number):
            return False
        try:
            sign_off(self._session, self.case_id, self.note.text())
        except SignOffRefused as exc:
            self.missing.clear()
            self.missing.addItems(exc.missing)
            self.error.show_error(self.tr("Not signed off: something is missing."))
            return False
        except BorderdeskError as exc:
            self.error.show_error(_plain(exc))
            return False
        self.changed.emit()
        return True
