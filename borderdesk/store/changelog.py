"""The change log: a sequence-numbered, append-only record of every change.

Each change to a record adds one row in the same transaction as the change
itself, so the log and the data can never disagree. Synchronisation reads the
log from a sequence number on; triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.store.context import WriteContext


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the change log."""

    seq: int
    changed_at: str
    station_id: str
    actor: str
    entity: str
    entity_id: str
    operation: str
    detail: dict[str, Any]


def append_changes(
    conn: sqlite3.Connection,
    context: WriteContext,
    changes: Iterable[tuple[str, str, str, Mapping[str, Any] | None]],
    *,
    now: str | None = None,
) -> None:
    """Append ``(entity, entity_id, operation, detail)`` rows; call inside a transaction."""
    if not conn.in_transaction:
        raise RuntimeError("the change log is written only inside a transaction")
    stamp = now or context.now()
    conn.executemany(
        "INSERT INTO change_log (changed_at, station_id, actor, entity, entity_id, operation,"
        " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (stamp, context.station_id, context.actor, entity, entity_id, operation,
             json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None)
            for entity, entity_id, operation, detail in changes
        ),
    )


def read_changes(conn: sqlite3.Connection, after_seq: int = 0,
                 limit: int = 1000) -> list[Change]:
    """The changes with a sequence number above ``after_seq``, oldest first."""
    rows = conn.execute(
        "SELECT seq, changed_at, station_id, actor, entity, entity_id, operation, detail"
        " FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [
        Change(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
               json.loads(row[7]) if row[7] else {})
        for row in rows
    ]
