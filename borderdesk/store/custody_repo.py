"""Storing custody events (migration m012): append-only, numbered per package, audited.

Each event gets the package's next number, so a removed event leaves a visible gap;
``UNIQUE (package_ref, seq)`` keeps two writers from taking the same number.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from borderdesk.core.ids import new_id
from borderdesk.store.audit_repo import audit_record
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext


@dataclass(frozen=True, slots=True)
class CustodyRow:
    """One stored custody event."""

    id: str
    package_id: str
    seq: int
    occurred_at: str
    released_by: str
    received_by: str
    purpose: str
    place: str
    note: str
    amendment_reason: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class NewTransfer:
    """A custody event to store."""

    package_id: str
    occurred_at: str
    released_by: str
    received_by: str
    purpose: str
    place: str
    note: str = ""
    amendment_reason: str | None = None


def insert_event(conn: sqlite3.Connection, context: WriteContext, new: NewTransfer) -> str:
    """Store the package's next custody event (change log and audit entry too); its id."""
    ident, now = new_id(), context.now()
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM custody_events"
                       " WHERE package_ref = ?", (new.package_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO custody_events (id, station_id, created_at, updated_at, created_by,"
        " package_ref, seq, occurred_at, released_by, received_by, purpose, place, note,"
        " amendment_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, new.package_id, seq,
         new.occurred_at, new.released_by, new.received_by, new.purpose, new.place, new.note,
         new.amendment_reason))
    append_changes(conn, context, [("custody_event", ident, "transfer",
                                    {"package": new.package_id, "seq": seq,
                                     "purpose": new.purpose})], now=now)
    audit_record(conn, context, "custody_events", ident, "transfer",
                 reason=new.amendment_reason)
    return ident


_COLUMNS = ("SELECT id, package_ref, seq, occurred_at, released_by, received_by, purpose,"
            " place, note, amendment_reason, created_at, created_by FROM custody_events")


def _row(row: Any) -> CustodyRow:
    return CustodyRow(str(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]),
                      str(row[5]), str(row[6]), str(row[7]), str(row[8]), row[9],
                      str(row[10]), str(row[11]))


def events_of(conn: sqlite3.Connection, package_id: str) -> list[CustodyRow]:
    """A package's custody events in their order."""
    return [_row(r) for r in conn.execute(_COLUMNS + " WHERE package_ref = ? ORDER BY seq",
                                          (package_id,))]


def get_event(conn: sqlite3.Connection, event_id: str) -> CustodyRow | None:
    """One custody event by id."""
    row = conn.execute(_COLUMNS + " WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else _row(row)
