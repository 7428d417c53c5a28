"""The idle lock: after some minutes without input, the work on screen is hidden.

:class:`IdleWatcher` sees every key press, click, wheel turn and touch in the
application and says when none came for the policy's ``idle_lock_minutes``.
:class:`SessionLock` then hides every borderdesk window (the main window, case
windows, declaration views) and shows a lock window that names who is signed in.
The same user's password, or a supervisor's, shows the windows again; "Sign out"
ends the session instead. The lock and every unlock go to the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.sign_in import confirm_password, record_lock_event
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
#: The width (px at 1x) of the lock window's box of text and controls.
BOX_WIDTH = 520
#: How often the watcher looks at the clock (the lock comes at most this late).
CHECK_INTERVAL_MS = 5_000


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``limit_ms`` without user input, then again after
    the next input and another quiet ``limit_ms``."""

    idle = Signal()

    def __init__(self, limit_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit_ms = limit_ms
        self._quiet = QElapsedTimer()
        self._quiet.start()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(min(CHECK_INTERVAL_MS, max(limit_ms // 4, 50)))
        self._timer.timeout.connect(self._check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._quiet.restart()
            self._fired = False
        return False

    def _check(self) -> None:
        if not self._fired and self._quiet.elapsed() >= self._limit_ms:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockWindow(QWidget):
    """What the screen shows while locked: who is signed in, and a password box."""

    unlock_requested = Signal(str, str)
    sign_out_requested = Signal()

    def __init__(self, session: StationSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("lockWindow")
        self.setWindowTitle(self.tr("borderdesk — locked"))
        user = session.user
        who = (user.display_name or user.name) if user is not None else session.actor
        title = QLabel(self.tr("Locked. {who} is signed in.").format(who=who))
        title.setObjectName("lockTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr(
            "Type the password to go on. A supervisor may unlock with their own name and "
            "password."))
        hint.setWordWrap(True)
        self.user_box = QLineEdit(user.name if user is not None else "")
        self.user_box.setObjectName("lockUser")
        self.user_box.setMinimumHeight(CONTROL_HEIGHT)
        self.password_box = QLineEdit()
        self.password_box.setObjectName("lockPassword")
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box.setMinimumHeight(CONTROL_HEIGHT)
        self.password_box.returnPressed.connect(self._unlock)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_box)
        form.addRow(self.tr("&Password:"), self.password_box)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setMinimumHeight(CONTROL_HEIGHT)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setMinimumHeight(CONTROL_HEIGHT)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.RejectRole)
        box = QWidget()
        box.setObjectName("lockBox")
        # A fixed width: word-wrapped labels then know their height (centred by stretches).
        box.setFixedWidth(BOX_WIDTH)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_message(self, text: str) -> None:
        """Say why the unlock did not work, and empty the password box."""
        self.message.setText(text)
        self.message.show()
        self.password_box.clear()
        self.password_box.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.user_box.text().strip(), self.password_box.text())


class SessionLock(QObject):
    """Hides the application's windows behind a :class:`LockWindow` and shows them again."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._hidden: list[QWidget] = []
        self.window: LockWindow | None = None

    @property
    def locked(self) -> bool:
        """Whether the screen is locked now."""
        return self.window is not None

    def lock(self, *, idle: bool = True) -> None:
        """Hide every visible window and show the lock window (nothing if locked)."""
        if self.window is not None or self._session.user is None:
            return
        self._hidden = [widget for widget in QApplication.topLevelWidgets()
                        if widget.isVisible() and not isinstance(widget, LockWindow)]
        for widget in self._hidden:
            widget.hide()
        self.window = LockWindow(self._session)
        self.window.unlock_requested.connect(self._try_unlock)
        self.window.sign_out_requested.connect(self.sign_out_requested)
        self.window.resize(900, 600)
        self.window.showMaximized()
        self.window.password_box.setFocus()
        record_lock_event(self._session, "idle_locked" if idle else "locked")
        self.locked_changed.emit(True)

    def _try_unlock(self, name: str, password: str) -> None:
        assert self.window is not None and self._session.user is not None
        if not name or not password:
            self.window.show_message(self.tr("Type the user name and password."))
            return
        try:
            who = confirm_password(self._session, name, password)
        except BorderdeskError as exc:
            self.window.show_message(plain_error(exc))
            return
        if who.name != self._session.user.name and not who.holds("supervisor"):
            user = self._session.user
            self.window.show_message(self.tr(
                "Only {user} or a supervisor can unlock this screen.").format(
                    user=user.display_name or user.name))
            record_lock_event(self._session, "unlock_refused", by=who.name)
            return
        record_lock_event(self._session, "unlocked", by=who.name)
        self.unlock()

    def unlock(self) -> None:
        """Show the hidden windows again and close the lock window."""
        if self.window is None:
            return
        window, self.window = self.window, None
        window.close()
        window.deleteLater()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.locked_changed.emit(False)

    def discard(self) -> None:
        """Close the lock window without showing anything (signing out)."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._hidden = []
