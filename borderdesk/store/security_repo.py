"""Storing security events: one append-only, audited row per event (m016).

An event says what happened (``kind``, one of :data:`EVENT_KINDS`), to or by whom
(``subject``: an account name, a case number, a file name) and its ``details`` as JSON
(ids, counts and file names; the service refuses secrets). The acting user, the
station and the time are the row's stamp, as for every record. Each event enters the
audit chain and the change log in its own write, so a removed or changed event is
named by ``audit verify``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.ids import new_id
from borderdesk.store import audit_repo
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext

TABLE = "security_events"

#: What can happen. The account kinds are written by the sign-in and account code,
#: the others by the services that export, print or refuse.
EVENT_KINDS = (
    "sign_in", "sign_in_failed", "locked_out", "unlocked", "signed_out", "idle_locked",
    "export", "print", "permission_denied",
    "user_added", "user_disabled", "user_removed", "password_changed",
    "key_rotated", "backup", "restore",
    "locked", "unlock_refused", "password_reset", "roles_changed", "recovered",
    "recovery_key_renewed", "protected", "events_lost",
    "sync_enrolled", "sync_bundle_exported", "sync_ack_imported",
    "artefact_installed", "artefact_refused",
    "exercise_entered", "exercise_left",
)


@dataclass(frozen=True, slots=True)
class SecurityEvent:
    """One stored event."""

    id: str
    at: str
    actor: str
    kind: str
    subject: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, object]:
        """The event as a JSON object (``audit events --format jsonl``)."""
        return {"id": self.id, "at": self.at, "actor": self.actor, "kind": self.kind,
                "subject": self.subject, "details": self.details}


def insert_event(conn: sqlite3.Connection, context: WriteContext, kind: str, subject: str,
                 details: Mapping[str, Any]) -> str:
    """Record an event (audited and change-logged); call inside a transaction."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"{kind!r} is not a security event kind")
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO security_events (id, station_id, created_at, updated_at, created_by,"
        " kind, subject, details) VALUES (?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, kind, subject,
         canonical_json(dict(details))))
    audit_repo.audit_record(conn, context, TABLE, ident, kind)
    append_changes(conn, context, [("security_event", ident, kind, None)], now=now)
    return ident


def list_events(conn: sqlite3.Connection, *, kind: str | None = None) -> list[SecurityEvent]:
    """The events in the order they happened, all or those of one kind."""
    sql = ("SELECT id, created_at, created_by, kind, subject, details FROM security_events")
    params: tuple[str, ...] = ()
    if kind is not None:
        sql += " WHERE kind = ?"
        params = (kind,)
    return [SecurityEvent(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                          json.loads(r[5]))
            for r in conn.execute(sql + " ORDER BY rowid", params)]
