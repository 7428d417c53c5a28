"""Storing printed reports: one append-only, audited row per seizure report printed.

The row keeps the case snapshot the report was printed from (canonical JSON), its
SHA-256 (in the report's QR code), the audit checkpoint printed on it and the
SHA-256 of the PDF file, so that ``report verify`` can compare a printout with the
case as it stands and say what changed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.ids import new_id
from borderdesk.store import audit_repo
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext

TABLE = "printed_reports"
_COLUMNS = ("id", "case_ref", "kind", "language", "exercise", "snapshot", "snapshot_sha256",
            "checkpoint_length", "checkpoint_hash", "pdf_sha256", "pdf_name", "created_at",
            "created_by")


@dataclass(frozen=True, slots=True)
class NewPrint:
    """What a print records."""

    case_ref: str
    kind: str
    language: str
    exercise: bool
    snapshot: dict[str, Any]
    snapshot_sha256: str
    checkpoint_length: int
    checkpoint_hash: str
    pdf_sha256: str
    pdf_name: str


@dataclass(frozen=True, slots=True)
class PrintRow:
    """One printed report as stored."""

    id: str
    case_ref: str
    kind: str
    language: str
    exercise: bool
    snapshot: dict[str, Any]
    snapshot_sha256: str
    checkpoint_length: int
    checkpoint_hash: str
    pdf_sha256: str
    pdf_name: str
    printed_at: str
    printed_by: str


def insert_print(conn: sqlite3.Connection, context: WriteContext, new: NewPrint) -> str:
    """Record a print (audited and change-logged); call inside a transaction."""
    ident, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO printed_reports (id, station_id, created_at, updated_at, created_by,"
        " case_ref, kind, language, exercise, snapshot, snapshot_sha256, checkpoint_length,"
        " checkpoint_hash, pdf_sha256, pdf_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, new.case_ref, new.kind,
         new.language, int(new.exercise), canonical_json(new.snapshot), new.snapshot_sha256,
         new.checkpoint_length, new.checkpoint_hash, new.pdf_sha256, new.pdf_name))
    audit_repo.audit_record(conn, context, TABLE, ident, "print")
    append_changes(conn, context, [("printed_report", ident, "print", {
        "case": new.case_ref, "kind": new.kind, "snapshot_sha256": new.snapshot_sha256,
        "pdf_sha256": new.pdf_sha256})], now=now)
    return ident


def prints_with_snapshot(conn: sqlite3.Connection, case_ref: str,
                         snapshot_sha256: str) -> list[PrintRow]:
    """The prints of a case made from that snapshot, oldest first."""
    return [_row(r) for r in conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM printed_reports WHERE case_ref = ? AND"
        " snapshot_sha256 = ? ORDER BY created_at, id", (case_ref, snapshot_sha256))]


def prints_of_case(conn: sqlite3.Connection, case_ref: str) -> list[PrintRow]:
    """Every print of a case, oldest first."""
    return [_row(r) for r in conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM printed_reports WHERE case_ref = ?"
        " ORDER BY created_at, id", (case_ref,))]


def _row(values: tuple[Any, ...]) -> PrintRow:
    data = dict(zip(_COLUMNS, values, strict=True))
    return PrintRow(data["id"], data["case_ref"], data["kind"], data["language"],
                    bool(data["exercise"]), json.loads(data["snapshot"]),
                    data["snapshot_sha256"], data["checkpoint_length"], data["checkpoint_hash"],
                    data["pdf_sha256"], data["pdf_name"], data["created_at"],
                    data["created_by"])


def cases_of_item(conn: sqlite3.Connection, item_id: str) -> list[tuple[str, str]]:
    """(case id, item id) of the seized items whose id is or begins with ``item_id``."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT DISTINCT case_ref, item_ref FROM seizure_items WHERE item_ref = ?"
        " OR item_ref LIKE ? ESCAPE '\\'",
        (item_id, item_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
         + "%"))]
