"""Storing a seizure case's record: event fields, items, persons, tracing, follow-up, sign-off.

Every table is append-only (migration m011): a value, an item or a person is
changed by a new row that ``replaces`` the old one, removed by a row marked
``withdrawn``; after sign-off such rows are amendments with their reason. The
``seizure_cases`` row itself changes only its status, once. Every write, in the
caller's transaction, adds a change-log row and an audit-chain entry.

``seizure_persons`` holds nominal data: synchronisation's release policy
(``resources/sync/release-policy.yaml``) keeps its names, birth dates and documents at the
station and sends the rest (sex, nationality, role) for the national tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.ids import new_id
from borderdesk.store.audit_repo import audit_record
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext

#: The entry tables and the change-log entity each writes.
_ENTITIES = {
    "seizure_case_entries": "seizure_case_entry", "seizure_items": "seizure_item",
    "seizure_persons": "seizure_person", "seizure_tracing": "seizure_tracing",
    "seizure_followup": "seizure_followup", "seizure_signoffs": "seizure_signoff",
}


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A case as opened, with what it links to."""

    id: str
    case_number: str
    status: str
    declaration_id: str
    declaration_crossing: str
    transport_mode: str
    inspection_id: str
    assessment_ref: str | None
    opened_by: str
    opened_at: str
    updated_at: str
    updated_by: str


_CASE_SELECT = """
SELECT s.id, s.case_number, s.status, d.declaration_id, v.crossing, v.transport_mode,
       s.inspection_ref, i.assessment_ref, s.opened_by, s.opened_at, s.updated_at,
       s.updated_by
FROM seizure_cases s
JOIN declarations d ON d.id = s.declaration_ref
JOIN inspections i ON i.id = s.inspection_ref
JOIN declaration_versions v ON v.id = i.version_ref"""


def get_case(conn: sqlite3.Connection, case_id: str) -> CaseRow | None:
    """One case by its id."""
    row = conn.execute(_CASE_SELECT + " WHERE s.id = ?", (case_id,)).fetchone()
    return None if row is None else CaseRow(*tuple(row))


def find_cases(conn: sqlite3.Connection, text: str) -> list[str]:
    """The ids of cases whose id starts with ``text`` or whose number is ``text``."""
    return [str(r[0]) for r in conn.execute(
        "SELECT id FROM seizure_cases WHERE case_number = ? OR substr(id, 1, ?) = ?"
        " ORDER BY rowid", (text, len(text), text))]


def list_cases(conn: sqlite3.Connection) -> list[CaseRow]:
    """Every case, newest first."""
    return [CaseRow(*tuple(r)) for r in conn.execute(
        _CASE_SELECT + " ORDER BY s.opened_at DESC, s.rowid DESC")]


def current_fields(conn: sqlite3.Connection,
                   case_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Each case's event fields as they stand (the latest entry per field; a cleared
    field is absent)."""
    sql = ("SELECT e.case_ref, e.field, e.value FROM seizure_case_entries e"
           " WHERE e.rowid = (SELECT max(rowid) FROM seizure_case_entries x"
           " WHERE x.case_ref = e.case_ref AND x.field = e.field)")
    params: list[str] = []
    if case_ids is not None:
        sql += f" AND e.case_ref IN ({','.join('?' * len(case_ids))})"
        params = case_ids
    result: dict[str, dict[str, Any]] = {}
    for case_ref, field, value in conn.execute(sql, params):
        if value is not None:
            result.setdefault(str(case_ref), {})[str(field)] = json.loads(value)
    return result


def latest_entry_ids(conn: sqlite3.Connection, case_id: str) -> dict[str, str]:
    """The id of the latest entry of each field of a case."""
    return {str(r[0]): str(r[1]) for r in conn.execute(
        "SELECT field, id FROM seizure_case_entries e WHERE case_ref = ? AND rowid ="
        " (SELECT max(rowid) FROM seizure_case_entries x WHERE x.case_ref = e.case_ref"
        " AND x.field = e.field)", (case_id,))}


def insert_row(conn: sqlite3.Connection, context: WriteContext, table: str,
               values: Mapping[str, Any], operation: str, *, now: str | None = None,
               reason: str | None = None) -> str:
    """Insert one row into an entry table with its stamp, change-log row and audit entry.

    ``values`` maps columns to values (lists and mappings are stored as canonical JSON);
    ``id`` may be given (an item's first row is its own ``item_ref``)."""
    entity = _ENTITIES[table]  # also keeps the table name to our own tables
    stamp = now or context.now()
    row = {"id": new_id(), **values, "station_id": context.station_id, "created_at": stamp,
           "updated_at": stamp, "created_by": context.actor}
    row = {k: canonical_json(v) if isinstance(v, list | dict) else v for k, v in row.items()}
    columns = ", ".join(row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({','.join('?' * len(row))})",
                 tuple(row.values()))
    append_changes(conn, context, [(entity, row["id"], operation,
                                    {"case": row.get("case_ref")})], now=stamp)
    audit_record(conn, context, table, row["id"], operation, reason=reason)
    return str(row["id"])


def set_status(conn: sqlite3.Connection, context: WriteContext, case_id: str, status: str,
               operation: str) -> None:
    """Move a case to ``status`` (the trigger allows open -> signed_off only)."""
    now = context.now()
    conn.execute("UPDATE seizure_cases SET status = ?, updated_at = ?, updated_by = ?"
                 " WHERE id = ?", (status, now, context.actor, case_id))
    append_changes(conn, context, [("seizure_case", case_id, operation, {"status": status})],
                   now=now)
    audit_record(conn, context, "seizure_cases", case_id, operation)


def rows(conn: sqlite3.Connection, table: str, case_id: str, *,
         current: bool = False) -> list[dict[str, Any]]:
    """A case's rows of an entry table in the order written, as dicts with JSON columns
    read back; ``current``: only rows neither replaced nor withdrawn."""
    _check_table(table)
    sql = f"SELECT * FROM {table} t WHERE case_ref = ?"
    if current:
        sql += (f" AND withdrawn = 0 AND NOT EXISTS (SELECT 1 FROM {table} r"
                " WHERE r.replaces_ref = t.id)")
    cursor = conn.execute(sql + " ORDER BY rowid", (case_id,))
    names = [c[0] for c in cursor.description]
    result = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for column in ("value", "record", "data", "offences"):
            if isinstance(row.get(column), str):
                row[column] = json.loads(row[column])
        result.append(row)
    return result


def _check_table(table: str) -> None:
    """Table names are put into SQL text: only our own entry tables may be."""
    if table not in _ENTITIES:
        raise ValueError(f"{table} is not a seizure entry table")


def item_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The number of current items of each case (firearms and groups alike)."""
    return {str(r[0]): int(r[1]) for r in conn.execute(
        "SELECT case_ref, count(*) FROM seizure_items t WHERE withdrawn = 0 AND NOT EXISTS"
        " (SELECT 1 FROM seizure_items r WHERE r.replaces_ref = t.id) GROUP BY case_ref")}


def current_item_numbers(conn: sqlite3.Connection, case_id: str) -> list[int]:
    """The label numbers of a case's current items (neither withdrawn nor replaced)."""
    return [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT number FROM seizure_items t WHERE case_ref = ? AND withdrawn = 0"
        " AND NOT EXISTS (SELECT 1 FROM seizure_items r WHERE r.replaces_ref = t.id)"
        " ORDER BY number", (case_id,))]


def next_item_number(conn: sqlite3.Connection, case_id: str) -> int:
    """The next label number of a case: numbers are never reused, even after withdrawal."""
    row = conn.execute("SELECT max(number) FROM seizure_items WHERE case_ref = ?",
                       (case_id,)).fetchone()
    return int(row[0] or 0) + 1


def identification_in_use(conn: sqlite3.Connection, identification_id: str) -> int | None:
    """The number of the current item that already holds this identification, if any."""
    row = conn.execute(
        "SELECT number FROM seizure_items t WHERE identification_ref = ? AND withdrawn = 0"
        " AND NOT EXISTS (SELECT 1 FROM seizure_items r WHERE r.replaces_ref = t.id)",
        (identification_id,)).fetchone()
    return None if row is None else int(row[0])


def identification_inspection(conn: sqlite3.Connection, identification_id: str) -> str | None:
    """The inspection an identification belongs to."""
    row = conn.execute("SELECT inspection_ref FROM identifications WHERE id = ?",
                       (identification_id,)).fetchone()
    return None if row is None else str(row[0])


def rules_hit(conn: sqlite3.Connection, assessment_ref: str | None) -> list[str]:
    """The ids of the rules that hit in the assessment the inspection followed."""
    if assessment_ref is None:
        return []
    return [str(r[0]) for r in conn.execute(
        "SELECT rule_id FROM assessment_hits WHERE assessment_ref = ? ORDER BY rowid",
        (assessment_ref,))]


def rules_profile_text(conn: sqlite3.Connection, assessment_ref: str | None) -> str | None:
    """The exact text of the profile that made the assessment the inspection followed
    (its rules' titles print beside their ids)."""
    if assessment_ref is None:
        return None
    row = conn.execute(
        "SELECT p.source_text FROM assessments a JOIN profiles p ON p.id = a.profile_ref"
        " WHERE a.id = ?", (assessment_ref,)).fetchone()
    return None if row is None else str(row[0])
