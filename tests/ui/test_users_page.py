"""The Administration page's user accounts: what an administrator sees and does, and
what others and an unprotected station are told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.accounts import list_users
from borderdesk.services.station import StationSession
from borderdesk.ui import users_page
from borderdesk.ui.users_page import UsersPage
from tests.accounts.protected import ADMIN_PASSWORD, ProtectedStation, make_protected_station

OWN = "own password of the user"


@pytest.fixture
def protected(tmp_path: Path, cheap_policy: SecurityPolicy) -> ProtectedStation:
    station = make_protected_station(tmp_path, cheap_policy)
    station.add("ana", "officer")
    return station


def _select(page: UsersPage, name: str) -> None:
    row = next(i for i, account in enumerate(page.model.rows()) if account.name == name)
    page.table.selectRow(row)


def test_an_administrator_manages_accounts_from_the_page(
        qtbot: Any, qtmodeltester: Any, protected: ProtectedStation,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with protected.sign_in("admin", ADMIN_PASSWORD) as session:
        page = UsersPage(session)
        qtbot.addWidget(page)
        qtmodeltester.check(page.model)
        assert [a.name for a in page.model.rows()] == ["admin", "ana"]
        assert all(button.isEnabled() for button in page.buttons.values())

        def fill(dialog: users_page.AccountDialog) -> QDialog.DialogCode:
            dialog.name_box.setText("marko")
            dialog.display_box.setText("Marko Ilić")
            dialog.role_boxes["supervisor"].setChecked(True)
            dialog.password_box.setText("marko's first password")
            dialog.again_box.setText("marko's first password")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(users_page.AccountDialog, "exec", fill)
        page.buttons["add"].click()
        assert "marko" in [a.name for a in page.model.rows()]
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_args: QMessageBox.StandardButton.Yes)
        _select(page, "ana")
        page.buttons["disable"].click()
        states = {a.name: a.disabled for a in list_users(session)}
        assert states == {"admin": False, "ana": True, "marko": False}
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _parent, _title, text: warnings.append(text))
        _select(page, "admin")
        page.buttons["remove"].click()
        assert warnings and "last administrator" in warnings[0]


def test_an_officer_is_told_only_an_administrator_manages_accounts(
        qtbot: Any, protected: ProtectedStation) -> None:
    with protected.sign_in("ana", OWN) as session:
        page = UsersPage(session)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 0
        assert "Only an administrator" in page.notice.text()
        assert not any(button.isEnabled() for button in page.buttons.values())


def test_an_unprotected_station_says_how_to_protect_it(qtbot: Any,
                                                      session: StationSession) -> None:
    page = UsersPage(session)
    qtbot.addWidget(page)
    assert "not protected" in page.notice.text() and "borderdesk setup" in page.notice.text()
