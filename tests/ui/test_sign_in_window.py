"""Signing in, the idle lock and signing out in the window (a protected station)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.security_log import list_events
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.session_lock import IdleWatcher, SessionLock
from borderdesk.ui.sign_in_dialog import SignInDialog
from tests.accounts.protected import ADMIN_PASSWORD, ProtectedStation, make_protected_station

OWN = "own password of the user"


@pytest.fixture
def protected(tmp_path: Path, cheap_policy: SecurityPolicy) -> ProtectedStation:
    station = make_protected_station(tmp_path, cheap_policy)
    station.add("ana", "officer")
    station.add("marko", "officer")
    station.add("sef", "supervisor")
    return station


def test_sign_in_dialog_says_why_and_keeps_the_name(qtbot: Any,
                                                    protected: ProtectedStation) -> None:
    dialog = SignInDialog(protected.path, station_label="Batrovci")
    qtbot.addWidget(dialog)
    dialog.user_box.setText("ana")
    dialog.password_box.setText("not ana's passphrase")
    dialog.try_sign_in()
    assert dialog.session is None and dialog.message.isVisibleTo(dialog)
    assert "wrong user name or password" in dialog.message.text().lower()
    assert dialog.user_box.text() == "ana" and dialog.password_box.text() == ""
    dialog.password_box.setText(OWN)
    dialog.try_sign_in()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.user is not None
    assert dialog.session.user.name == "ana"
    dialog.session.close()


def test_lock_hides_the_work_until_the_user_or_a_supervisor_returns(
        qtbot: Any, protected: ProtectedStation) -> None:
    work = QWidget()
    qtbot.addWidget(work)
    work.show()
    with protected.sign_in("ana", OWN) as session:
        lock = SessionLock(session)
        lock.lock(idle=True)
        assert lock.window is not None and not work.isVisible()
        window = lock.window
        qtbot.addWidget(window)
        window.user_box.setText("marko")
        window.password_box.setText(OWN)
        window.unlock_button.click()
        assert lock.locked and "or a supervisor can unlock" in window.message.text()
        window.user_box.setText("ana")
        window.password_box.setText("a wrong passphrase here")
        window.unlock_button.click()
        assert lock.locked and window.password_box.text() == ""
        window.user_box.setText("sef")
        window.password_box.setText(OWN)
        window.unlock_button.click()
        assert not lock.locked and work.isVisible()
    with protected.admin() as admin:
        kinds = [(event.kind, event.subject) for event in list_events(admin)]
    assert ("idle_locked", "ana") in kinds and ("unlock_refused", "ana") in kinds
    assert ("unlocked", "ana") in kinds and ("sign_in_failed", "ana") in kinds


def test_idle_watcher_fires_after_quiet_time(qtbot: Any) -> None:
    watcher = IdleWatcher(120)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass
    watcher.stop()


def test_signing_out_closes_the_window_and_is_logged(qtbot: Any,
                                                     protected: ProtectedStation) -> None:
    session = protected.sign_in("admin", ADMIN_PASSWORD)
    window = MainWindow(session, settings=None)
    qtbot.addWidget(window)
    window.show()
    controls = window.session_controls
    texts = [action.text() for action in controls.actions]
    assert texts == ["&Lock screen", "Change &password…", "Sign &out"]
    assert "administrator" in window.user_label.text()
    controls.sign_out_action.trigger()
    assert window.signed_out and not window.isVisible()
    kinds = [event.kind for event in list_events(session)]
    session.close()
    assert kinds[-1] == "signed_out"
