"""The signed-in user's controls on the main window: lock, sign out, change password.

On a protected station the File menu gets "Lock screen" (Ctrl+L), "Change
password…" and "Sign out", and the window locks itself after the policy's idle
time (:mod:`borderdesk.ui.session_lock`). Signing out records the event and closes
the window; :func:`borderdesk.ui.app.run_gui` then asks who signs in next. On an
unprotected station there is nobody to sign out and nothing is added.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from borderdesk.security.policy import station_policy
from borderdesk.services.sign_in import record_lock_event
from borderdesk.services.station import StationSession
from borderdesk.ui.session_lock import IdleWatcher, SessionLock
from borderdesk.ui.sign_in_dialog import ChangePasswordDialog


class SessionControls(QObject):
    """Lock, sign-out and password actions for ``window``, and the idle lock."""

    def __init__(self, window: QMainWindow, session: StationSession, *,
                 idle_limit_ms: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.signed_out = False
        self.actions: list[QAction] = []
        self.lock: SessionLock | None = None
        self.idle: IdleWatcher | None = None
        if session.user is None:
            return
        self.lock = SessionLock(session, self)
        self.lock.sign_out_requested.connect(self.sign_out)
        limit = idle_limit_ms if idle_limit_ms is not None else \
            station_policy().idle_lock_minutes * 60_000
        self.idle = IdleWatcher(limit, self)
        self.idle.idle.connect(lambda: self.lock_screen(idle=True))
        self.lock_action = self._action(self.tr("&Lock screen"), self.tr(
            "Hide the work on screen until you sign in again"), "Ctrl+L")
        self.lock_action.triggered.connect(lambda: self.lock_screen(idle=False))
        self.password_action = self._action(self.tr("Change &password…"), self.tr(
            "Choose a new password"))
        self.password_action.triggered.connect(self.change_password)
        self.sign_out_action = self._action(self.tr("Sign &out"), self.tr(
            "End your session; the next user signs in"), "Ctrl+Shift+L")
        self.sign_out_action.triggered.connect(self.sign_out)

    def _action(self, text: str, tip: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._window.addAction(action)
        self.actions.append(action)
        return action

    def add_to(self, menu: QMenu) -> None:
        """Put the actions (if any) into ``menu`` with a separator before them."""
        if self.actions:
            menu.addSeparator()
            for action in self.actions:
                menu.addAction(action)

    def user_text(self) -> str:
        """Who is signed in, for the status bar."""
        user = self._session.user
        if user is None:
            return self.tr("User: {name} (no accounts)").format(name=self._session.actor)
        return self.tr("User: {name} ({roles})").format(
            name=user.display_name or user.name,
            roles=", ".join(sorted(role.replace("_", " ") for role in user.roles)))

    def lock_screen(self, *, idle: bool) -> None:
        """Hide every window behind the lock window."""
        if self.lock is not None:
            self.lock.lock(idle=idle)

    def change_password(self) -> None:
        """Ask for the current and a new password."""
        ChangePasswordDialog(self._session, forced=False, parent=self._window).exec()

    def sign_out(self) -> None:
        """Record the sign-out and close the window (the next user signs in)."""
        if self._session.user is None or self.signed_out:
            return
        record_lock_event(self._session, "signed_out")
        self.signed_out = True
        if self.lock is not None:
            self.lock.discard()
        self.stop()
        self._window.close()

    def stop(self) -> None:
        """Stop the idle watch (the window is closing)."""
        if self.idle is not None:
            self.idle.stop()
