"""The exercise tables (m019): the one ``exercise`` row that marks a station database as an
exercise, the scenario pack's files, and the trainer's acts (clock anchors, injects
released). All append-only; every write adds its change-log row."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase


@dataclass(frozen=True, slots=True)
class ExerciseRow:
    """The exercise a station database was made for."""

    id: str
    pack_id: str
    pack_version: str
    pack_title: str
    pack_sha256: str
    trainee: str
    cohort: str
    starts_at: str
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class EventRow:
    """A trainer's act: a clock anchor (start, step, mode) or an inject released."""

    id: str
    kind: str
    how: str
    real_at: str
    scenario_at: str
    clock_mode: str | None
    inject_ref: str | None
    detail: dict[str, Any]
    created_by: str


def is_exercise(conn: sqlite3.Connection) -> bool:
    """Whether this station database is an exercise's."""
    return conn.execute("SELECT 1 FROM exercise LIMIT 1").fetchone() is not None


def get_exercise(conn: sqlite3.Connection) -> ExerciseRow | None:
    """The exercise row, or None on a live station."""
    row = conn.execute(
        "SELECT id, pack_id, pack_version, pack_title, pack_sha256, trainee, cohort,"
        " starts_at, created_at, created_by FROM exercise LIMIT 1").fetchone()
    return None if row is None else ExerciseRow(*row)


def insert_exercise(conn: sqlite3.Connection, context: WriteContext, row: ExerciseRow,
                    files: Mapping[str, tuple[str, bytes]]) -> None:
    """Record the exercise and the pack's files (name -> (sha256, bytes)); in a transaction."""
    now = context.now()
    conn.execute(
        "INSERT INTO exercise (id, station_id, created_at, updated_at, created_by, pack_id,"
        " pack_version, pack_title, pack_sha256, trainee, cohort, starts_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (row.id, context.station_id, now, now, context.actor, row.pack_id, row.pack_version,
         row.pack_title, row.pack_sha256, row.trainee, row.cohort, row.starts_at))
    conn.executemany("INSERT INTO exercise_pack_files (name, sha256, data) VALUES (?,?,?)",
                     [(name, digest, data) for name, (digest, data) in sorted(files.items())])
    append_changes(conn, context, [("exercise", row.id, "create", {
        "pack": row.pack_id, "version": row.pack_version, "trainee": row.trainee})], now=now)


def pack_files(conn: sqlite3.Connection) -> dict[str, tuple[str, bytes]]:
    """The pack's files as stored: name -> (sha256, bytes)."""
    return {name: (digest, data.encode("utf-8") if isinstance(data, str) else bytes(data))
            for name, digest, data in conn.execute(
                "SELECT name, sha256, data FROM exercise_pack_files ORDER BY name")}


def add_event(conn: sqlite3.Connection, context: WriteContext, *, kind: str, how: str,
              real_at: str, scenario_at: str, clock_mode: str | None = None,
              inject_ref: str | None = None, detail: Mapping[str, Any] | None = None) -> str:
    """Record a trainer's act; in a transaction. Returns its id."""
    ident = new_id()
    now = context.now()
    conn.execute(
        "INSERT INTO exercise_events (id, station_id, created_at, updated_at, created_by,"
        " kind, how, real_at, scenario_at, clock_mode, inject_ref, detail)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, context.actor, kind, how, real_at, scenario_at,
         clock_mode, inject_ref, json.dumps(dict(detail or {}), ensure_ascii=False,
                                            sort_keys=True)))
    append_changes(conn, context, [("exercise_event", ident, kind, {
        "how": how, "inject": inject_ref, "mode": clock_mode})], now=now)
    return ident


def events(conn: sqlite3.Connection, kind: str | None = None) -> list[EventRow]:
    """The trainer's acts in the order recorded (only of ``kind`` when given)."""
    sql = ("SELECT id, kind, how, real_at, scenario_at, clock_mode, inject_ref, detail,"
           " created_by FROM exercise_events")
    params: tuple[str, ...] = ()
    if kind is not None:
        sql += " WHERE kind = ?"
        params = (kind,)
    return [EventRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8])
            for r in conn.execute(sql + " ORDER BY rowid", params)]


def latest_clock(database: StationDatabase) -> EventRow | None:
    """The clock's latest anchor (None on a live station)."""
    row = database.query_one(
        "SELECT id, kind, how, real_at, scenario_at, clock_mode, inject_ref, detail,"
        " created_by FROM exercise_events WHERE kind = 'clock' ORDER BY rowid DESC LIMIT 1")
    if row is None:
        return None
    return EventRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                    json.loads(row[7]), row[8])
