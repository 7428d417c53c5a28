"""Signing in to a protected station, and choosing one's own password.

:class:`SignInDialog` asks for the user name and password and calls the sign-in
service itself, on the GUI thread: argon2id takes a few tenths of a second by
design, which is shorter than a progress dialog would need to appear. A refusal
(wrong password, lockout) is shown in the dialog, the password box is emptied
and the name is kept. :class:`ChangePasswordDialog` is shown when an
administrator set the password: nothing else opens until the user chose theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.policy import station_policy
from borderdesk.services.accounts import change_own_password
from borderdesk.services.sign_in import sign_in
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error


def sign_in_notice(path: Path) -> str:
    """The station's message for the sign-in screen (empty when none, or unreadable)."""
    try:
        return KeyFile.load(key_file_path(path)).notice
    except BorderdeskError:
        return ""


def _password_box(name: str) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMinimumHeight(CONTROL_HEIGHT)
    return box


class SignInDialog(QDialog):
    """User name and password for the station at ``path``; :attr:`session` once accepted."""

    def __init__(self, path: Path, *, station_label: str = "", user: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._path = path
        self.session: StationSession | None = None
        self.setWindowTitle(self.tr("Sign in to borderdesk"))
        title = QLabel(self.tr("Sign in to {station}").format(
            station=station_label or path.name))
        title.setObjectName("signInTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.user_box = QLineEdit(user)
        self.user_box.setObjectName("signInUser")
        self.user_box.setMinimumHeight(CONTROL_HEIGHT)
        self.user_box.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase
                                          | Qt.InputMethodHint.ImhNoPredictiveText)
        self.password_box = _password_box("signInPassword")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_box)
        form.addRow(self.tr("&Password:"), self.password_box)
        notice = QLabel(sign_in_notice(path))
        notice.setObjectName("signInNotice")
        notice.setWordWrap(True)
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice.setVisible(bool(notice.text()))
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setMinimumHeight(CONTROL_HEIGHT)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setMinimumHeight(CONTROL_HEIGHT)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password_box if user else self.user_box).setFocus()

    def show_message(self, text: str) -> None:
        """Show why the last attempt did not work."""
        self.message.setText(text)
        self.message.show()

    def try_sign_in(self) -> None:
        """Sign in with what was typed; accept on success, say why not otherwise."""
        name, password = self.user_box.text().strip(), self.password_box.text()
        if not name or not password:
            self.show_message(self.tr("Type your user name and password."))
            return
        try:
            self.session = sign_in(self._path, name, password)
        except BorderdeskError as exc:
            self.password_box.clear()
            self.password_box.setFocus()
            self.show_message(plain_error(exc))
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """Choose a new password (the current one proves it is the same person)."""

    def __init__(self, session: StationSession, *, forced: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._session = session
        self.setWindowTitle(self.tr("Choose your password"))
        intro = QLabel(self.tr(
            "An administrator set your password. Choose your own now: at least {count} "
            "characters; a few words with spaces are easy to remember and hard to guess."
            if forced else
            "Choose a new password: at least {count} characters; a few words with spaces are "
            "easy to remember and hard to guess.").format(count=station_policy().min_length))
        intro.setWordWrap(True)
        self.current_box = _password_box("currentPassword")
        self.new_box = _password_box("newPassword")
        self.again_box = _password_box("newPasswordAgain")
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current_box)
        form.addRow(self.tr("&New password:"), self.new_box)
        form.addRow(self.tr("New password &again:"), self.again_box)
        self.message = QLabel()
        self.message.setObjectName("changePasswordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change password"))
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.current_box.setFocus()

    def try_change(self) -> None:
        """Change the password; stay open with the reason when it is refused."""
        if self.new_box.text() != self.again_box.text():
            self.message.setText(self.tr("The two new passwords differ."))
            self.message.show()
            return
        try:
            change_own_password(self._session, self.current_box.text(), self.new_box.text())
        except BorderdeskError as exc:
            self.message.setText(plain_error(exc))
            self.message.show()
            return
        self.accept()
