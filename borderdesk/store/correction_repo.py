"""Storing corrections of packages, seals and custody events (migration m015):
append-only and audited, like the entries they correct.

A correction never touches the entry it corrects: it is a new row naming it, with the
values that replace the entry's own (``correct``) or saying it should not have been
made (``withdraw``), the reason, who and when. Corrections of one entry apply in the
order they were recorded; a withdrawal is final (a trigger keeps it so).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.ids import new_id
from borderdesk.store.audit_repo import audit_record
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext

#: The tables whose entries are corrected here, and the entity name the change log uses.
TARGETS = {"evidence_packages": "evidence_package", "evidence_seals": "evidence_seal",
           "custody_events": "custody_event"}


@dataclass(frozen=True, slots=True)
class CorrectionRow:
    """One stored correction."""

    id: str
    case_id: str
    target_table: str
    target_id: str
    action: str  # correct | withdraw
    changes: dict[str, Any]
    reason: str
    created_at: str
    created_by: str


def insert_correction(conn: sqlite3.Connection, context: WriteContext, case_id: str,
                      target_table: str, target_id: str, action: str,
                      changes: Mapping[str, Any], reason: str) -> str:
    """Store a correction (with its change-log row and audit entry); its id."""
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO evidence_corrections (id, station_id, created_at, updated_at, created_by,"
        " case_ref, target_table, target_ref, action, changes, reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, case_id, target_table,
         target_id, action, canonical_json(dict(changes)), reason))
    append_changes(conn, context, [("evidence_correction", ident, action, {
        "case": case_id, "entity": TARGETS[target_table], "target": target_id,
        "fields": sorted(changes)})], now=now)
    audit_record(conn, context, "evidence_corrections", ident, action, reason=reason)
    return ident


def _row(row: Any) -> CorrectionRow:
    return CorrectionRow(str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
                         json.loads(row[5]), str(row[6]), str(row[7]), str(row[8]))


def corrections_of(conn: sqlite3.Connection,
                   target_ids: Sequence[str]) -> dict[str, list[CorrectionRow]]:
    """The corrections of each of ``target_ids``, in the order recorded."""
    found: dict[str, list[CorrectionRow]] = {}
    for start in range(0, len(target_ids), 500):  # SQLite's limit on parameters
        chunk = list(target_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
                "SELECT id, case_ref, target_table, target_ref, action, changes, reason,"
                f" created_at, created_by FROM evidence_corrections WHERE target_ref IN ({marks})"
                " ORDER BY rowid", chunk):
            correction = _row(row)
            found.setdefault(correction.target_id, []).append(correction)
    return found


def seals_renumbered_to(conn: sqlite3.Connection, seal_key: str) -> list[str]:
    """The ids of seals a correction gave the number ``seal_key`` (compared form)."""
    return [str(r[0]) for r in conn.execute(
        "SELECT target_ref FROM evidence_corrections WHERE target_table = 'evidence_seals'"
        " AND json_extract(changes, '$.seal_key') = ?", (seal_key,))]
