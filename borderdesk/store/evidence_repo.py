"""Storing evidence steps, packages and seals (migration m012): append-only and audited.

Every insert writes, in the caller's transaction, the change-log row that sync reads
and the audit-chain entry holding the record's whole canonical JSON
(:func:`borderdesk.store.audit_repo.audit_record`). Nothing here is ever updated or
deleted: a correction is a new step record that refers to the one it corrects.
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


@dataclass(frozen=True, slots=True)
class CaseRef:
    """What the evidence needs of a seizure case."""

    id: str
    case_number: str
    status: str
    opened_at: str


@dataclass(frozen=True, slots=True)
class StepRow:
    """One stored step record."""

    id: str
    case_id: str
    checklist: str
    checklist_version: int
    step: str
    item: str | None
    done_at: str
    done_by: str
    fields: dict[str, Any]
    not_applicable: str | None
    package_id: str | None
    corrects_id: str | None
    withdrawn: bool
    deviations: list[dict[str, str]]
    deviation_reason: str | None
    amendment_reason: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class NewStep:
    """A step record to store."""

    case_id: str
    checklist: str
    checklist_version: int
    step: str
    item: str | None
    done_at: str
    done_by: str
    fields: Mapping[str, Any]
    not_applicable: str | None = None
    package_id: str | None = None
    corrects_id: str | None = None
    withdrawn: bool = False
    deviations: Sequence[Mapping[str, str]] = ()
    deviation_reason: str | None = None
    amendment_reason: str | None = None


@dataclass(frozen=True, slots=True)
class PackageRow:
    """One stored package."""

    id: str
    case_id: str
    label: str
    kind: str
    items: list[str]
    contents: str
    packed_at: str
    packed_by: str
    amendment_reason: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class SealRow:
    """One seal put on a package."""

    id: str
    package_id: str
    seal_number: str
    seal_key: str
    sealed_at: str
    sealed_by: str
    amendment_reason: str | None
    created_at: str
    created_by: str


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_cases(conn: sqlite3.Connection, text: str) -> list[CaseRef]:
    """Cases whose id or case number is ``text``, else whose id starts with it."""
    columns = "SELECT id, case_number, status, opened_at FROM seizure_cases"
    rows = conn.execute(columns + " WHERE id = ? OR case_number = ?", (text, text)).fetchall()
    if not rows and len(text) >= 4:
        rows = conn.execute(columns + " WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                            (_like(text),)).fetchall()
    return [CaseRef(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def get_case(conn: sqlite3.Connection, case_id: str) -> CaseRef | None:
    """A case by its id."""
    row = conn.execute("SELECT id, case_number, status, opened_at FROM seizure_cases"
                       " WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else CaseRef(str(row[0]), str(row[1]), str(row[2]), str(row[3]))


def current_item_kinds(conn: sqlite3.Connection, case_id: str) -> dict[str, str]:
    """The kind of each current item of a case (neither withdrawn nor replaced), by its
    label number as the evidence names it."""
    return {str(r[0]): str(r[1]) for r in conn.execute(
        "SELECT number, kind FROM seizure_items t WHERE case_ref = ? AND withdrawn = 0"
        " AND NOT EXISTS (SELECT 1 FROM seizure_items r WHERE r.replaces_ref = t.id)"
        " ORDER BY rowid", (case_id,))}


def _write_log(conn: sqlite3.Connection, context: WriteContext, table: str, entity: str,
               record_id: str, operation: str, detail: Mapping[str, Any],
               reason: str | None, now: str) -> None:
    append_changes(conn, context, [(entity, record_id, operation, dict(detail))], now=now)
    audit_record(conn, context, table, record_id, operation, reason=reason)


def insert_step(conn: sqlite3.Connection, context: WriteContext, new: NewStep) -> str:
    """Store a step record (with its change-log row and audit entry); its id."""
    ident, now = new_id(), context.now()
    deviations = canonical_json(list(new.deviations)) if new.deviations else None
    conn.execute(
        "INSERT INTO evidence_steps (id, station_id, created_at, updated_at, created_by,"
        " case_ref, checklist, checklist_version, step, item, done_at, done_by, fields,"
        " not_applicable, package_ref, corrects_ref, withdrawn, deviations,"
        " deviation_reason, amendment_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, new.case_id, new.checklist,
         new.checklist_version, new.step, new.item, new.done_at, new.done_by,
         canonical_json(dict(new.fields)), new.not_applicable, new.package_id,
         new.corrects_id, int(new.withdrawn), deviations,
         new.deviation_reason if deviations else None, new.amendment_reason))
    operation = "withdraw" if new.withdrawn else "correct" if new.corrects_id else "record"
    reason = new.amendment_reason or (new.deviation_reason if deviations else None)
    _write_log(conn, context, "evidence_steps", "evidence_step", ident, operation,
               {"case": new.case_id, "step": new.step, "item": new.item,
                "corrects": new.corrects_id}, reason, now)
    return ident


_STEP_COLUMNS = (
    "SELECT id, case_ref, checklist, checklist_version, step, item, done_at, done_by, fields,"
    " not_applicable, package_ref, corrects_ref, withdrawn, deviations, deviation_reason,"
    " amendment_reason, created_at, created_by FROM evidence_steps")


def _step(row: Any) -> StepRow:
    return StepRow(
        id=str(row[0]), case_id=str(row[1]), checklist=str(row[2]),
        checklist_version=int(row[3]), step=str(row[4]), item=row[5], done_at=str(row[6]),
        done_by=str(row[7]), fields=json.loads(row[8]), not_applicable=row[9],
        package_id=row[10], corrects_id=row[11], withdrawn=bool(row[12]),
        deviations=json.loads(row[13]) if row[13] else [], deviation_reason=row[14],
        amendment_reason=row[15], created_at=str(row[16]), created_by=str(row[17]))


def list_steps(conn: sqlite3.Connection, case_id: str) -> list[StepRow]:
    """Every step record of a case, in the order they were recorded."""
    return [_step(r) for r in conn.execute(_STEP_COLUMNS + " WHERE case_ref = ? ORDER BY rowid",
                                           (case_id,))]


def find_steps(conn: sqlite3.Connection, text: str) -> list[StepRow]:
    """Step records whose id is ``text``, else starts with it."""
    rows = conn.execute(_STEP_COLUMNS + " WHERE id = ?", (text,)).fetchall()
    if not rows and len(text) >= 4:
        rows = conn.execute(_STEP_COLUMNS + " WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                            (_like(text),)).fetchall()
    return [_step(r) for r in rows]


def correction_of(conn: sqlite3.Connection, step_id: str) -> str | None:
    """The id of the record that corrects ``step_id``, if any."""
    row = conn.execute("SELECT id FROM evidence_steps WHERE corrects_ref = ?",
                       (step_id,)).fetchone()
    return None if row is None else str(row[0])


def insert_package(conn: sqlite3.Connection, context: WriteContext, case_id: str, label: str,
                   kind: str, items: Sequence[str], contents: str, packed_at: str,
                   packed_by: str, amendment_reason: str | None) -> str:
    """Store a package; its id."""
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO evidence_packages (id, station_id, created_at, updated_at, created_by,"
        " case_ref, label, kind, items, contents, packed_at, packed_by, amendment_reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, case_id, label, kind,
         canonical_json(list(items)), contents, packed_at, packed_by, amendment_reason))
    _write_log(conn, context, "evidence_packages", "evidence_package", ident, "pack",
               {"case": case_id, "label": label, "items": list(items)}, amendment_reason, now)
    return ident


_PACKAGE_COLUMNS = (
    "SELECT id, case_ref, label, kind, items, contents, packed_at, packed_by,"
    " amendment_reason, created_at, created_by FROM evidence_packages")


def _package(row: Any) -> PackageRow:
    return PackageRow(str(row[0]), str(row[1]), str(row[2]), str(row[3]), json.loads(row[4]),
                      str(row[5]), str(row[6]), str(row[7]), row[8], str(row[9]), str(row[10]))


def list_packages(conn: sqlite3.Connection, case_id: str | None = None) -> list[PackageRow]:
    """The packages of a case (or of the station), in the order they were made."""
    if case_id is None:
        return [_package(r) for r in conn.execute(_PACKAGE_COLUMNS + " ORDER BY rowid")]
    return [_package(r) for r in conn.execute(_PACKAGE_COLUMNS + " WHERE case_ref = ?"
                                              " ORDER BY rowid", (case_id,))]


def find_packages(conn: sqlite3.Connection, text: str) -> list[PackageRow]:
    """Packages whose id or label is ``text`` (labels compared without case)."""
    return [_package(r) for r in conn.execute(
        _PACKAGE_COLUMNS + " WHERE id = ? OR label = ? COLLATE NOCASE", (text, text))]


def insert_seal(conn: sqlite3.Connection, context: WriteContext, package_id: str,
                seal_number: str, seal_key: str, sealed_at: str, sealed_by: str,
                amendment_reason: str | None) -> str:
    """Store a seal put on a package; its id."""
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO evidence_seals (id, station_id, created_at, updated_at, created_by,"
        " package_ref, seal_number, seal_key, sealed_at, sealed_by, amendment_reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, package_id, seal_number,
         seal_key, sealed_at, sealed_by, amendment_reason))
    _write_log(conn, context, "evidence_seals", "evidence_seal", ident, "seal",
               {"package": package_id, "seal": seal_number}, amendment_reason, now)
    return ident


_SEAL_COLUMNS = ("SELECT id, package_ref, seal_number, seal_key, sealed_at, sealed_by,"
                 " amendment_reason, created_at, created_by FROM evidence_seals")


def _seal(r: Any) -> SealRow:
    return SealRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), r[6],
                   str(r[7]), str(r[8]))


def seals_of(conn: sqlite3.Connection, package_id: str) -> list[SealRow]:
    """The seals put on a package, in the order recorded."""
    return [_seal(r) for r in conn.execute(_SEAL_COLUMNS + " WHERE package_ref = ?"
                                           " ORDER BY rowid", (package_id,))]


def seals_with_key(conn: sqlite3.Connection, seal_key: str) -> list[SealRow]:
    """The seals recorded with this number (compared form), on any package."""
    return [_seal(r) for r in conn.execute(_SEAL_COLUMNS + " WHERE seal_key = ?"
                                           " ORDER BY rowid", (seal_key,))]


def seal_by_id(conn: sqlite3.Connection, seal_id: str) -> SealRow | None:
    """One seal by its id."""
    row = conn.execute(_SEAL_COLUMNS + " WHERE id = ?", (seal_id,)).fetchone()
    return None if row is None else _seal(row)


def seal_holder(conn: sqlite3.Connection, seal_key: str) -> str | None:
    """The label of the package that already carries this seal number, if any."""
    row = conn.execute("SELECT p.label FROM evidence_seals s JOIN evidence_packages p"
                       " ON p.id = s.package_ref WHERE s.seal_key = ? LIMIT 1",
                       (seal_key,)).fetchone()
    return None if row is None else str(row[0])
