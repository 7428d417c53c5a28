"""Storing inspections, officers' lane changes and the seizure cases inspections open.

An inspection is started once and finished once; triggers refuse a second
outcome and any change to how it was started. Lane changes are append-only:
the assessment they override is left as it was. Every write adds change-log
rows in the caller's transaction; an opened seizure case also enters the audit chain.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from borderdesk.core.ids import new_id
from borderdesk.store.audit_repo import audit_record
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.queue_repo import refresh_queue


@dataclass(frozen=True, slots=True)
class DeclarationRefs:
    """A stored declaration's row id and latest version."""

    ref: str
    declaration_id: str
    version_ref: str
    version: int
    crossing: str


@dataclass(frozen=True, slots=True)
class InspectionRow:
    """An inspection as stored (with its seizure case number, if it opened one)."""

    id: str
    declaration_id: str
    version: int
    assessment_ref: str | None
    kind: str
    started_at: str
    started_by: str
    finished_at: str | None
    finished_by: str | None
    outcome: str | None
    findings: str | None
    case_number: str | None


@dataclass(frozen=True, slots=True)
class LaneChangeRow:
    """An officer's lane change as stored."""

    id: str
    declaration_id: str
    assessment_ref: str | None
    from_lane: str | None
    to_lane: str
    reason: str
    changed_by: str
    changed_at: str


def find_declaration(conn: sqlite3.Connection, declaration_id: str) -> DeclarationRefs | None:
    """The refs of a declaration by its id (None when the station does not hold it)."""
    row = conn.execute(
        "SELECT d.id, d.declaration_id, d.latest_version_ref, d.latest_version, v.crossing"
        " FROM declarations d JOIN declaration_versions v ON v.id = d.latest_version_ref"
        " WHERE d.declaration_id = ?", (declaration_id,)).fetchone()
    if row is None:
        return None
    return DeclarationRefs(str(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]))


def latest_assessment(conn: sqlite3.Connection, declaration_ref: str) -> tuple[str, str] | None:
    """The id and lane of a declaration's latest assessment (None if never screened)."""
    row = conn.execute(
        "SELECT id, lane FROM assessments WHERE declaration_ref = ?"
        " ORDER BY rowid DESC LIMIT 1", (declaration_ref,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def current_lane(conn: sqlite3.Connection, declaration_ref: str) -> tuple[str | None, str | None]:
    """The latest assessment's id and the lane in force: the last officer's change made
    since that assessment, else the assessment's lane."""
    assessment = latest_assessment(conn, declaration_ref)
    if assessment is None:
        change = conn.execute(
            "SELECT to_lane FROM lane_changes WHERE declaration_ref = ?"
            " ORDER BY rowid DESC LIMIT 1", (declaration_ref,)).fetchone()
        return None, (None if change is None else str(change[0]))
    change = conn.execute(
        "SELECT to_lane FROM lane_changes WHERE declaration_ref = ? AND assessment_ref = ?"
        " ORDER BY rowid DESC LIMIT 1", (declaration_ref, assessment[0])).fetchone()
    return assessment[0], (assessment[1] if change is None else str(change[0]))


def insert_inspection(conn: sqlite3.Connection, context: WriteContext,
                      declaration: DeclarationRefs, kind: str) -> str:
    """Start an inspection of a declaration's latest version; call in a transaction."""
    ref, now = new_id(), context.now()
    assessment = latest_assessment(conn, declaration.ref)
    conn.execute(
        "INSERT INTO inspections (id, station_id, created_at, updated_at, created_by,"
        " declaration_ref, version_ref, assessment_ref, kind, started_at, started_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (ref, context.station_id, now, now, context.actor, declaration.ref,
         declaration.version_ref, assessment[0] if assessment else None, kind, now,
         context.actor))
    append_changes(conn, context, [("inspection", ref, "start",
                                    {"declaration_id": declaration.declaration_id,
                                     "kind": kind})], now=now)
    refresh_queue(conn, [declaration.ref])
    return ref


def finish_inspection(conn: sqlite3.Connection, context: WriteContext, inspection_id: str,
                      outcome: str, findings: str | None) -> None:
    """Record an inspection's outcome (the trigger refuses a second one)."""
    now = context.now()
    conn.execute(
        "UPDATE inspections SET finished_at = ?, finished_by = ?, outcome = ?, findings = ?,"
        " updated_at = ? WHERE id = ?",
        (now, context.actor, outcome, findings, now, inspection_id))
    append_changes(conn, context, [("inspection", inspection_id, "finish",
                                    {"outcome": outcome})], now=now)
    refresh_queue(conn, [row[0] for row in conn.execute(
        "SELECT declaration_ref FROM inspections WHERE id = ?", (inspection_id,))])


def open_seizure_case(conn: sqlite3.Connection, context: WriteContext, declaration_ref: str,
                      inspection_id: str, prefix: str) -> str:
    """Open a seizure case numbered ``{prefix}-{seq:05d}`` (the next free number of the
    prefix at this station); call in a write transaction. Returns the case number."""
    ref, now = new_id(), context.now()
    head_text = prefix + "-"
    rows = conn.execute("SELECT case_number FROM seizure_cases"
                        " WHERE substr(case_number, 1, ?) = ?",
                        (len(head_text), head_text)).fetchall()
    taken = 0
    for (number,) in rows:
        head, _, tail = str(number).rpartition("-")
        if head == prefix and tail.isdigit():
            taken = max(taken, int(tail))
    case_number = f"{prefix}-{taken + 1:05d}"
    conn.execute(
        "INSERT INTO seizure_cases (id, station_id, created_at, updated_at, created_by,"
        " updated_by, case_number, declaration_ref, inspection_ref, opened_by, opened_at,"
        " status) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'open')",
        (ref, context.station_id, now, now, context.actor, context.actor, case_number,
         declaration_ref, inspection_id, context.actor, now))
    append_changes(conn, context, [("seizure_case", ref, "open",
                                    {"case_number": case_number,
                                     "inspection": inspection_id})], now=now)
    # A seizure case is evidence from its first moment: it enters the audit chain now.
    audit_record(conn, context, "seizure_cases", ref, "open")
    return case_number


def insert_lane_change(conn: sqlite3.Connection, context: WriteContext, declaration_ref: str,
                       assessment_ref: str | None, from_lane: str | None, to_lane: str,
                       reason: str) -> str:
    """Keep an officer's lane change; call in a transaction."""
    ref, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO lane_changes (id, station_id, created_at, updated_at, declaration_ref,"
        " assessment_ref, from_lane, to_lane, reason, changed_by, changed_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (ref, context.station_id, now, now, declaration_ref, assessment_ref, from_lane,
         to_lane, reason, context.actor, now))
    append_changes(conn, context, [("lane_change", ref, "create",
                                    {"from": from_lane, "to": to_lane})], now=now)
    refresh_queue(conn, [declaration_ref])
    return ref


_INSPECTION_SELECT = (
    "SELECT i.id, d.declaration_id, v.version, i.assessment_ref, i.kind, i.started_at,"
    " i.started_by, i.finished_at, i.finished_by, i.outcome, i.findings, s.case_number"
    " FROM inspections i JOIN declarations d ON d.id = i.declaration_ref"
    " JOIN declaration_versions v ON v.id = i.version_ref"
    " LEFT JOIN seizure_cases s ON s.inspection_ref = i.id")


def get_inspection(conn: sqlite3.Connection, inspection_id: str) -> InspectionRow | None:
    """One inspection by id."""
    row = conn.execute(_INSPECTION_SELECT + " WHERE i.id = ?", (inspection_id,)).fetchone()
    return None if row is None else InspectionRow(*tuple(row))


def list_inspections(conn: sqlite3.Connection,
                     declaration_ref: str | None = None) -> list[InspectionRow]:
    """Inspections (of one declaration, or all), oldest first."""
    if declaration_ref is None:
        rows = conn.execute(_INSPECTION_SELECT + " ORDER BY i.started_at, i.rowid").fetchall()
    else:
        rows = conn.execute(_INSPECTION_SELECT + " WHERE i.declaration_ref = ?"
                            " ORDER BY i.started_at, i.rowid", (declaration_ref,)).fetchall()
    return [InspectionRow(*tuple(row)) for row in rows]


def list_lane_changes(conn: sqlite3.Connection, declaration_ref: str) -> list[LaneChangeRow]:
    """A declaration's lane changes, oldest first."""
    rows = conn.execute(
        "SELECT c.id, d.declaration_id, c.assessment_ref, c.from_lane, c.to_lane, c.reason,"
        " c.changed_by, c.changed_at FROM lane_changes c"
        " JOIN declarations d ON d.id = c.declaration_ref WHERE c.declaration_ref = ?"
        " ORDER BY c.rowid", (declaration_ref,)).fetchall()
    return [LaneChangeRow(*tuple(row)) for row in rows]


@dataclass(frozen=True)
class SeizureCaseRow:
    """A seizure case as stored (until the seizure issue gives it its full record)."""

    id: str
    case_number: str
    declaration_id: str
    inspection_id: str
    opened_by: str
    opened_at: str
    status: str


def list_seizure_cases(conn: sqlite3.Connection) -> list[SeizureCaseRow]:
    """Every seizure case of the station, newest first."""
    rows = conn.execute(
        "SELECT s.id, s.case_number, d.declaration_id, s.inspection_ref, s.opened_by,"
        " s.opened_at, s.status FROM seizure_cases s"
        " JOIN declarations d ON d.id = s.declaration_ref"
        " ORDER BY s.opened_at DESC, s.rowid DESC").fetchall()
    return [SeizureCaseRow(*tuple(row)) for row in rows]
