"""The Administration page's user accounts: list, add, roles, password reset, disable,
remove and unlock, for an administrator of a protected station.

Every button calls the accounts service, which checks the permission itself; a
refusal (the last administrator, a weak password, a taken name) is shown in words and
nothing changes. On an unprotected station the page says how to protect it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.security.permissions import Permission
from borderdesk.security.principal import ROLES
from borderdesk.services.accounts import (
    Account,
    add_user,
    disable_user,
    list_users,
    remove_user,
    reset_password,
    set_roles,
    unlock_user,
)
from borderdesk.services.authz import permitted
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error
from borderdesk.ui.rows_model import ColumnSpec, RowsModel

_ROLE_NAMES = {
    "officer": QT_TRANSLATE_NOOP("UsersPage", "officer"),
    "supervisor": QT_TRANSLATE_NOOP("UsersPage", "supervisor"),
    "risk_analyst": QT_TRANSLATE_NOOP("UsersPage", "risk analyst"),
    "trainer": QT_TRANSLATE_NOOP("UsersPage", "trainer"),
    "administrator": QT_TRANSLATE_NOOP("UsersPage", "administrator"),
}


def _role_text(role: str) -> str:
    return QCoreApplication.translate("UsersPage", str(_ROLE_NAMES.get(role, role)))


def _state(account: Account) -> str:
    if account.disabled:
        return QCoreApplication.translate("UsersPage", "disabled")
    if account.must_change_password:
        return QCoreApplication.translate("UsersPage", "to choose a password")
    return QCoreApplication.translate("UsersPage", "active")


_COLUMNS: list[ColumnSpec[Account]] = [
    ColumnSpec(QT_TRANSLATE_NOOP("UsersPage", "User name"),
               QT_TRANSLATE_NOOP("UsersPage", "What the user types to sign in"),
               lambda a: a.name),
    ColumnSpec(QT_TRANSLATE_NOOP("UsersPage", "Name"),
               QT_TRANSLATE_NOOP("UsersPage", "The name shown on the screen"),
               lambda a: a.display_name),
    ColumnSpec(QT_TRANSLATE_NOOP("UsersPage", "Roles"),
               QT_TRANSLATE_NOOP("UsersPage", "What the user may do (docs/security.md)"),
               lambda a: ", ".join(_role_text(role) for role in a.roles)),
    ColumnSpec(QT_TRANSLATE_NOOP("UsersPage", "State"),
               QT_TRANSLATE_NOOP("UsersPage", "Active, disabled, or still to choose a password"),
               _state),
    ColumnSpec(QT_TRANSLATE_NOOP("UsersPage", "Added"),
               QT_TRANSLATE_NOOP("UsersPage", "When and by whom"),
               lambda a: f"{a.created_at[:16].replace('T', ' ')} ({a.created_by})"),
]


class AccountDialog(QDialog):
    """A user's roles, and for a new user their name and first password."""

    def __init__(self, parent: QWidget, *, account: Account | None, ask_password: bool) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Add a user") if account is None
                            else self.tr("User {name}").format(name=account.name))
        form = QFormLayout()
        self.name_box = QLineEdit(account.name if account else "")
        self.name_box.setEnabled(account is None)
        self.display_box = QLineEdit(account.display_name if account else "")
        self.display_box.setEnabled(account is None)
        form.addRow(self.tr("&User name:"), self.name_box)
        form.addRow(self.tr("&Name:"), self.display_box)
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_row = QVBoxLayout()
        for role in ROLES:
            box = QCheckBox(_role_text(role))
            box.setChecked(account is not None and role in account.roles)
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        form.addRow(self.tr("Roles:"), roles_row)
        self.password_box = QLineEdit()
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_box = QLineEdit()
        self.again_box.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_password:
            form.addRow(self.tr("First &password:"), self.password_box)
            form.addRow(self.tr("Password &again:"), self.again_box)
        hint = QLabel(self.tr("The user chooses their own password at their first sign-in."))
        hint.setWordWrap(True)
        hint.setVisible(ask_password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for line in (self.name_box, self.display_box, self.password_box, self.again_box):
            line.setMinimumHeight(CONTROL_HEIGHT)
        for button in buttons.buttons():
            button.setMinimumHeight(CONTROL_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def roles(self) -> list[str]:
        """The roles ticked."""
        return [role for role, box in self.role_boxes.items() if box.isChecked()]


class UsersPage(QWidget):
    """The accounts table and its buttons."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self._session = session
        heading = QLabel(self.tr("User accounts"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.model: RowsModel[Account] = RowsModel("UsersPage", _COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, handler in (
                ("add", self.tr("&Add user…"), self.add),
                ("roles", self.tr("R&oles…"), self.change_roles),
                ("reset", self.tr("Reset &password…"), self.reset),
                ("unlock", self.tr("U&nlock"), self.unlock),
                ("disable", self.tr("&Disable"), self.disable),
                ("remove", self.tr("Re&move"), self.remove)):
            button = QPushButton(text)
            button.setMinimumHeight(CONTROL_HEIGHT)
            button.clicked.connect(handler)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    @property
    def may_administer(self) -> bool:
        """Whether the signed-in user manages accounts here."""
        return self._session.user is not None and permitted(self._session,
                                                            Permission.ADMINISTER)

    def refresh(self) -> None:
        """Read the accounts again (or say why there are none to show)."""
        if self._session.user is None:
            self.notice.setText(self.tr(
                "This station has no accounts: it is not protected, and anyone at this "
                "computer acts as its user. Protect it with 'borderdesk setup --admin NAME' "
                "(an administrator, encryption and a recovery key)."))
            rows: list[Account] = []
        elif not self.may_administer:
            self.notice.setText(self.tr("Only an administrator manages the user accounts."))
            rows = []
        else:
            self.notice.setText(self.tr(
                "Removing or disabling a user takes away their key to the station at once."))
            rows = list_users(self._session)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for button in self.buttons.values():
            button.setEnabled(self.may_administer)

    def _selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("User accounts"),
                                    self.tr("Choose a user in the table first."))
            return None
        return self.model.row_value(rows[0].row())

    def _do(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("User accounts"), plain_error(exc))
            return False
        self.refresh()
        return True

    def add(self) -> None:
        """Add a user: name, display name, roles and a first password."""
        dialog = AccountDialog(self, account=None, ask_password=True)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.password_box.text() != dialog.again_box.text():
                QMessageBox.warning(self, self.tr("User accounts"),
                                    self.tr("The two passwords differ."))
                continue
            if self._do(lambda: add_user(self._session, dialog.name_box.text(),
                                         dialog.password_box.text(), dialog.roles(),
                                         display_name=dialog.display_box.text())):
                return

    def change_roles(self) -> None:
        """Tick the selected user's roles."""
        account = self._selected()
        if account is None:
            return
        dialog = AccountDialog(self, account=account, ask_password=False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._do(lambda: set_roles(self._session, account.name, dialog.roles()))

    def reset(self) -> None:
        """Give the selected user a new first password (and enable a disabled account)."""
        account = self._selected()
        if account is None:
            return
        dialog = AccountDialog(self, account=account, ask_password=True)
        for box in dialog.role_boxes.values():
            box.setEnabled(False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.password_box.text() != dialog.again_box.text():
            QMessageBox.warning(self, self.tr("User accounts"),
                                self.tr("The two passwords differ."))
            return
        self._do(lambda: reset_password(self._session, account.name,
                                        dialog.password_box.text()))

    def _confirmed(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("User accounts"), question)
        return answer == QMessageBox.StandardButton.Yes

    def disable(self) -> None:
        """Stop the selected user signing in (asks first)."""
        account = self._selected()
        if account is not None and self._confirmed(self.tr(
                "Disable {name}? They cannot sign in until their password is reset.").format(
                    name=account.name)):
            self._do(lambda: disable_user(self._session, account.name))

    def remove(self) -> None:
        """Remove the selected user (asks first; their records keep their name)."""
        account = self._selected()
        if account is not None and self._confirmed(self.tr(
                "Remove {name}? The records they wrote keep their name.").format(
                    name=account.name)):
            self._do(lambda: remove_user(self._session, account.name))

    def unlock(self) -> None:
        """Lift the selected user's lockout."""
        account = self._selected()
        if account is not None:
            self._do(lambda: unlock_user(self._session, account.name))


__all__ = ["AccountDialog", "UsersPage"]
