"""Storing identifications: the item and inspection, each save of the walk, each result.

All three tables are append-only (migration m009): a save or a completion adds a
row, the latest is current. Every write adds change-log rows in the caller's
transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext


@dataclass(frozen=True, slots=True)
class IdentificationRow:
    """An identification with its latest save and latest result (if completed)."""

    id: str
    inspection_id: str
    item_label: str
    checklist: str
    checklist_version: int
    created_at: str
    created_by: str
    saves: int
    saved_at: str
    saved_by: str
    current_step: str | None
    state: dict[str, Any]
    completed_at: str | None
    category: str | None
    legal_category: str | None
    result: dict[str, Any] | None


_SELECT = """
SELECT i.id, i.inspection_ref, i.item_label, i.checklist, i.checklist_version,
       i.created_at, i.created_by, s.seq, s.created_at, s.created_by, s.current_step,
       s.state, r.created_at, r.category, r.legal_category, r.result
FROM identifications i
JOIN identification_saves s ON s.id = (
    SELECT id FROM identification_saves WHERE identification_ref = i.id
    ORDER BY seq DESC LIMIT 1)
LEFT JOIN identification_results r ON r.id = (
    SELECT id FROM identification_results WHERE identification_ref = i.id
    ORDER BY rowid DESC LIMIT 1)"""


def inspection_exists(conn: sqlite3.Connection, inspection_id: str) -> bool:
    """Whether the station holds that inspection."""
    return conn.execute("SELECT 1 FROM inspections WHERE id = ?",
                        (inspection_id,)).fetchone() is not None


def insert_identification(conn: sqlite3.Connection, context: WriteContext, inspection_id: str,
                          item_label: str, checklist: str, version: int,
                          state: dict[str, Any], current_step: str | None) -> str:
    """A new identification with its first save; its id."""
    now = context.now()
    ident = new_id()
    conn.execute(
        "INSERT INTO identifications (id, station_id, created_at, updated_at, created_by,"
        " inspection_ref, item_label, checklist, checklist_version) VALUES (?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, inspection_id, item_label,
         checklist, version))
    append_changes(conn, context, [("identification", ident, "create",
                                    {"inspection": inspection_id, "item": item_label,
                                     "checklist": checklist, "version": version})], now=now)
    insert_save(conn, context, ident, state, current_step)
    return ident


def insert_save(conn: sqlite3.Connection, context: WriteContext, identification_id: str,
                state: dict[str, Any], current_step: str | None) -> str:
    """Add a save of the walk (the next sequence number); its id."""
    now = context.now()
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM identification_saves"
                       " WHERE identification_ref = ?", (identification_id,)).fetchone()[0]
    ident = new_id()
    conn.execute(
        "INSERT INTO identification_saves (id, station_id, created_at, updated_at, created_by,"
        " identification_ref, seq, current_step, state) VALUES (?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, identification_id, seq,
         current_step, json.dumps(state, ensure_ascii=False, sort_keys=True)))
    append_changes(conn, context, [("identification", identification_id, "save",
                                    {"seq": seq, "step": current_step})], now=now)
    return ident


def insert_result(conn: sqlite3.Connection, context: WriteContext, identification_id: str,
                  save_id: str, result: dict[str, Any]) -> str:
    """Add a completed result (the item record) for a save; its id."""
    now = context.now()
    legal = result.get("legal") or {}
    ident = new_id()
    conn.execute(
        "INSERT INTO identification_results (id, station_id, created_at, updated_at,"
        " created_by, identification_ref, save_ref, category, legal_category, result)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, identification_id, save_id,
         result["category"], legal.get("category"),
         json.dumps(result, ensure_ascii=False, sort_keys=True)))
    append_changes(conn, context, [("identification", identification_id, "complete",
                                    {"category": result["category"],
                                     "legal": legal.get("category")})], now=now)
    return ident


def get_identification(conn: sqlite3.Connection, identification_id: str
                       ) -> IdentificationRow | None:
    """One identification with its latest save and result."""
    row = conn.execute(_SELECT + " WHERE i.id = ?", (identification_id,)).fetchone()
    return None if row is None else _row(row)


def find_by_prefix(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """The ids of identifications equal to or starting with ``prefix``."""
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [str(r[0]) for r in conn.execute(
        "SELECT id FROM identifications WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id",
        (prefix, pattern))]


def list_identifications(conn: sqlite3.Connection, inspection_id: str | None = None
                         ) -> list[IdentificationRow]:
    """Identifications (of one inspection, or all), oldest first."""
    if inspection_id is None:
        rows = conn.execute(_SELECT + " ORDER BY i.id").fetchall()
    else:
        rows = conn.execute(_SELECT + " WHERE i.inspection_ref = ? ORDER BY i.id",
                            (inspection_id,)).fetchall()
    return [_row(r) for r in rows]


def _row(row: Any) -> IdentificationRow:
    return IdentificationRow(
        id=str(row[0]), inspection_id=str(row[1]), item_label=str(row[2]),
        checklist=str(row[3]), checklist_version=int(row[4]), created_at=str(row[5]),
        created_by=str(row[6]), saves=int(row[7]), saved_at=str(row[8]),
        saved_by=str(row[9]), current_step=row[10], state=json.loads(row[11]),
        completed_at=row[12], category=row[13], legal_category=row[14],
        result=None if row[15] is None else json.loads(row[15]))
