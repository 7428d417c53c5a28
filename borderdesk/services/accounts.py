"""User accounts on a protected station: add, list, roles, disable, enable, remove, passwords.

Every change is one database transaction (audited) plus, where keys are
concerned, one key-file replacement. The key file is saved inside the database
transaction, just before the commit: if the save fails the transaction rolls
back, and if the commit fails afterwards the key file is put back as it was.

Only an administrator manages accounts. The station always keeps at least one
enabled administrator: removing, disabling or demoting the last one is refused.
A password set by an administrator (a new user, a reset) must be changed by its
user at the next sign-in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.envelope import WrapFailed
from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.passwords import check_new_password, hash_password, verify_password
from borderdesk.security.permissions import Permission
from borderdesk.security.policy import SecurityPolicy, station_policy
from borderdesk.security.principal import ROLES
from borderdesk.services.authz import exempt, require, requires
from borderdesk.services.security_log import record_event
from borderdesk.services.sign_in import clear_failures
from borderdesk.store import accounts_repo
from borderdesk.store.accounts_repo import AccountRow

if TYPE_CHECKING:
    import sqlite3

    from borderdesk.services.station import StationSession

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class Account:
    """An account as the window and the command line show it (no hash)."""

    name: str
    display_name: str
    roles: tuple[str, ...]
    disabled: bool
    must_change_password: bool
    created_at: str
    created_by: str


def _view(row: AccountRow) -> Account:
    return Account(row.name, row.display_name, row.roles, row.disabled,
                   row.must_change_password, row.created_at, row.created_by)


def check_name(name: str) -> str:
    """A user name as stored: 2-32 characters, lower-case letters, digits, . _ -."""
    cleaned = name.strip()
    if not 2 <= len(cleaned) <= 32 or not set(cleaned.lower()) <= _NAME_CHARS:
        raise UserInputError(tr(
            "'{name}' cannot be a user name: use 2 to 32 letters a-z, digits, dots, dashes "
            "or underscores", name=name))
    return cleaned.lower()


def check_roles(roles: Iterable[str]) -> tuple[str, ...]:
    """Known roles, without repeats, in the matrix's order; at least one."""
    given = [role.strip().lower().replace("-", "_") for role in roles]
    unknown = [role for role in given if role not in ROLES]
    if unknown:
        raise UserInputError(tr("unknown role '{role}' (roles: {roles})", role=unknown[0],
                                roles=", ".join(ROLES)))
    chosen = tuple(role for role in ROLES if role in given)
    if not chosen:
        raise UserInputError(tr("a user needs at least one role"))
    return chosen


def _key_file(session: StationSession) -> KeyFile:
    if session.path is None or not key_file_path(session.path).exists():
        raise UserInputError(tr(
            "this station is not protected yet: run 'borderdesk setup' (or 'borderdesk db "
            "encrypt') to create its administrator and encrypt it"))
    return KeyFile.load(key_file_path(session.path))


@contextmanager
def _change(session: StationSession) -> Iterator[tuple[sqlite3.Connection, KeyFile]]:
    """One account change: a database transaction and a key-file replacement together."""
    key_file = _key_file(session)
    before = key_file.copy()
    saved = False
    try:
        with session.database.transaction() as conn:
            yield conn, key_file
            key_file.save()
            saved = True
    except BaseException:
        if saved:
            before.save()
        raise


def _account(conn: sqlite3.Connection, name: str) -> AccountRow:
    found = accounts_repo.find_account(conn, name)
    if found is None or found.removed:
        raise UserInputError(tr("there is no user '{name}' at this station", name=name))
    return found


def _keep_an_administrator(conn: sqlite3.Connection, leaving: AccountRow) -> None:
    others = [row for row in accounts_repo.list_accounts(conn)
              if row.id != leaving.id and not row.disabled and "administrator" in row.roles]
    if "administrator" in leaving.roles and not others:
        raise UserInputError(tr(
            "'{name}' is the last administrator: add another administrator first",
            name=leaving.name))


def _context_words(session: StationSession, name: str, display_name: str) -> list[str]:
    return [name, display_name, session.station.name, "borderdesk"]


@requires(Permission.ADMINISTER)
def list_users(session: StationSession) -> list[Account]:
    """Every account that was not removed, by name."""
    return [_view(row) for row in accounts_repo.list_accounts(session.database.conn)]


@requires(Permission.ADMINISTER)
def add_user(session: StationSession, name: str, password: str, roles: Iterable[str], *,
             display_name: str = "", policy: SecurityPolicy | None = None,
             must_change_password: bool = True) -> Account:
    """Create an account with ``roles``; the user changes the password at first sign-in
    (unless ``must_change_password`` is false: the demo's accounts)."""
    policy = policy or station_policy()
    name, chosen = check_name(name), check_roles(roles)
    check_new_password(password, policy, context=_context_words(session, name, display_name))
    if accounts_repo.find_account(session.database.conn, name) is not None:
        raise UserInputError(tr("there is already a user '{name}' (removed users keep their "
                                "name, as the records they wrote name them)", name=name))
    with _change(session) as (conn, key_file):
        row = accounts_repo.insert_account(
            conn, session.write_context(), name, display_name, chosen,
            hash_password(password, policy.password_hash_cost),
            must_change_password=must_change_password)
        key_file.add_user(name, password, policy.key_wrap_cost, session.key_ring)
        record_event(session, "user_added", subject=name,
                            details={"roles": list(chosen)})
    return _view(row)


@requires(Permission.ADMINISTER)
def set_roles(session: StationSession, name: str, roles: Iterable[str]) -> Account:
    """Give ``name`` exactly ``roles``."""
    chosen = check_roles(roles)
    with session.database.transaction() as conn:
        row = _account(conn, name)
        if "administrator" not in chosen:
            _keep_an_administrator(conn, row)
        row = accounts_repo.update_account(conn, session.write_context(), row, "set_roles",
                                           roles=chosen)
        record_event(session, "roles_changed", subject=row.name,
                            details={"roles": list(chosen)})
    return _view(row)


@requires(Permission.ADMINISTER)
def disable_user(session: StationSession, name: str) -> Account:
    """Stop ``name`` signing in: the account stays, its key wrap is removed."""
    with _change(session) as (conn, key_file):
        row = _account(conn, name)
        _keep_an_administrator(conn, row)
        row = accounts_repo.update_account(conn, session.write_context(), row, "disable",
                                           disabled=True)
        key_file.remove_user(row.name)
        record_event(session, "user_disabled", subject=row.name)
    return _view(row)


@requires(Permission.ADMINISTER)
def remove_user(session: StationSession, name: str) -> Account:
    """Remove ``name``: marked removed (records keep naming them), key wrap removed."""
    with _change(session) as (conn, key_file):
        row = _account(conn, name)
        _keep_an_administrator(conn, row)
        row = accounts_repo.update_account(conn, session.write_context(), row, "remove",
                                           disabled=True, removed=True)
        key_file.remove_user(row.name)
        record_event(session, "user_removed", subject=row.name)
    return _view(row)


@requires(Permission.ADMINISTER)
def reset_password(session: StationSession, name: str, password: str, *,
                   policy: SecurityPolicy | None = None) -> Account:
    """Set a new password for ``name`` (who changes it at next sign-in); enables the account.

    The administrator cannot open the user's old key pair, so the user gets a new
    one holding the station's live data keys.
    """
    policy = policy or station_policy()
    with _change(session) as (conn, key_file):
        row = _account(conn, name)
        check_new_password(password, policy,
                           context=_context_words(session, row.name, row.display_name))
        key_file.remove_user(row.name)
        key_file.add_user(row.name, password, policy.key_wrap_cost, session.key_ring)
        accounts_repo.set_password_hash(conn, session.write_context(), row,
                                        hash_password(password, policy.password_hash_cost))
        row = accounts_repo.update_account(conn, session.write_context(), row,
                                           "reset_password", disabled=False,
                                           must_change_password=True)
        record_event(session, "password_reset", subject=row.name)
    return _view(row)


@exempt("every signed-in user may change their own password (the old one proves it)")
def change_own_password(session: StationSession, old_password: str, new_password: str, *,
                        policy: SecurityPolicy | None = None) -> Account:
    """The signed-in user changes their own password (the old one proves it is them)."""
    policy = policy or station_policy()
    if session.user is None:
        raise UserInputError(tr("nobody is signed in on this station"))
    name = session.user.name
    with _change(session) as (conn, key_file):
        row = _account(conn, name)
        ok = row.password_hash is not None and verify_password(
            row.password_hash, old_password, policy.password_hash_cost)[0]
        try:
            unlocked = key_file.unlock(name, old_password)
        except WrapFailed:
            ok = False
        if not ok:
            raise UserInputError(tr("the current password is not right"))
        if old_password == new_password:
            raise UserInputError(tr("the new password must differ from the current one"))
        check_new_password(new_password, policy,
                           context=_context_words(session, row.name, row.display_name))
        key_file.rewrap_password(unlocked, new_password, policy.key_wrap_cost)
        accounts_repo.set_password_hash(conn, session.write_context(), row,
                                        hash_password(new_password, policy.password_hash_cost))
        if row.must_change_password:
            row = accounts_repo.update_account(conn, session.write_context(), row,
                                               "password_changed", must_change_password=False)
        record_event(session, "password_changed", subject=name)
    return _view(row)


@exempt("checks itself: a supervisor or an administrator")
def unlock_user(session: StationSession, name: str) -> None:
    """Lift a lockout before its time (an administrator or a supervisor, in person)."""
    if session.user is not None and not (session.user.holds("supervisor")
                                         or session.user.holds("administrator")):
        require(session, Permission.ADMINISTER)
    with _change(session) as (conn, key_file):
        row = _account(conn, name)
        clear_failures(key_file, row.name)
        record_event(session, "unlocked", subject=row.name)
