"""Storing user accounts: who may sign in, with which roles, and their password hashes.

An account is never deleted: removing a user marks the row ``removed`` (the
records they wrote still name them, and the audit chain keeps every state of the
row). Every change is audited. Password hashes live in ``account_passwords``,
outside the chain and the change log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from borderdesk.core.ids import new_id
from borderdesk.store.audit_repo import audit_record
from borderdesk.store.context import WriteContext

_SELECT = ("SELECT a.id, a.name, a.display_name, a.roles, a.disabled, a.must_change_password,"
           " a.removed, a.created_at, a.created_by, p.password_hash FROM accounts a"
           " LEFT JOIN account_passwords p ON p.account_ref = a.id")


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One account as stored."""

    id: str
    name: str
    display_name: str
    roles: tuple[str, ...]
    disabled: bool
    must_change_password: bool
    removed: bool
    created_at: str
    created_by: str
    password_hash: str | None


def _row(values: sqlite3.Row | tuple[object, ...]) -> AccountRow:
    (ident, name, display, roles, disabled, must_change, removed, created_at, created_by,
     password_hash) = tuple(values)
    return AccountRow(str(ident), str(name), str(display), tuple(json.loads(str(roles))),
                      bool(disabled), bool(must_change), bool(removed), str(created_at),
                      str(created_by), None if password_hash is None else str(password_hash))


def count_accounts(conn: sqlite3.Connection) -> int:
    """How many accounts exist (removed ones included): 0 means an unprotected station."""
    return int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])


def find_account(conn: sqlite3.Connection, name: str) -> AccountRow | None:
    """The account called ``name`` (case does not matter), removed ones included."""
    found = conn.execute(_SELECT + " WHERE a.name = ? COLLATE NOCASE", (name.strip(),)).fetchone()
    return None if found is None else _row(found)


def list_accounts(conn: sqlite3.Connection, *, include_removed: bool = False) -> list[AccountRow]:
    """Every account by name."""
    where = "" if include_removed else " WHERE a.removed = 0"
    return [_row(row) for row in conn.execute(_SELECT + where + " ORDER BY a.name COLLATE NOCASE")]


def insert_account(conn: sqlite3.Connection, context: WriteContext, name: str,
                   display_name: str, roles: tuple[str, ...], password_hash: str, *,
                   must_change_password: bool) -> AccountRow:
    """Create an account (inside the caller's transaction)."""
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO accounts (id, station_id, created_at, updated_at, created_by, updated_by,"
        " name, display_name, roles, must_change_password) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, context.actor, name.strip(),
         display_name.strip(), json.dumps(list(roles)), int(must_change_password)))
    conn.execute("INSERT INTO account_passwords (account_ref, password_hash, changed_at)"
                 " VALUES (?,?,?)", (ident, password_hash, now))
    audit_record(conn, context, "accounts", ident, "add_user")
    found = find_account(conn, name)
    assert found is not None
    return found


def update_account(conn: sqlite3.Connection, context: WriteContext, account: AccountRow,
                   operation: str, *, roles: tuple[str, ...] | None = None,
                   disabled: bool | None = None, removed: bool | None = None,
                   must_change_password: bool | None = None,
                   display_name: str | None = None) -> AccountRow:
    """Change an account's roles or state (inside the caller's transaction), audited."""
    conn.execute(
        "UPDATE accounts SET roles = ?, disabled = ?, removed = ?, must_change_password = ?,"
        " display_name = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (json.dumps(list(account.roles if roles is None else roles)),
         int(account.disabled if disabled is None else disabled),
         int(account.removed if removed is None else removed),
         int(account.must_change_password if must_change_password is None
             else must_change_password),
         account.display_name if display_name is None else display_name.strip(),
         context.now(), context.actor, account.id))
    audit_record(conn, context, "accounts", account.id, operation)
    found = find_account(conn, account.name)
    assert found is not None
    return found


def set_password_hash(conn: sqlite3.Connection, context: WriteContext, account: AccountRow,
                      password_hash: str) -> None:
    """Store a new password hash for ``account`` (a rehash at sign-in, or a new password)."""
    conn.execute("INSERT INTO account_passwords (account_ref, password_hash, changed_at)"
                 " VALUES (?,?,?) ON CONFLICT(account_ref) DO UPDATE SET"
                 " password_hash = excluded.password_hash, changed_at = excluded.changed_at",
                 (account.id, password_hash, context.now()))
