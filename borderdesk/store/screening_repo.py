"""Storing what screening needs and produces: profiles used, settings, watch lists,
assessments and their hits.

Assessments are append-only: screening again (with a new profile version, say)
adds a new assessment and keeps the old one for the record.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase
from borderdesk.store.queue_repo import refresh_queue


def get_setting(database: StationDatabase, key: str) -> str | None:
    """A station setting, or None when it was never set."""
    row = database.query_one("SELECT value FROM settings WHERE key = ?", (key,))
    return None if row is None else str(row[0])


def set_setting(database: StationDatabase, context: WriteContext, key: str, value: str) -> None:
    """Set a station setting (logged in the change log)."""
    now = context.now()
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value, station_id, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (key, value, context.station_id, now, context.actor))
        append_changes(conn, context, [("setting", key, "set", {"value": value})], now=now)


def remember_profile(conn: sqlite3.Connection, context: WriteContext, profile_id: str,
                     version: int, source_name: str, source_text: str) -> str:
    """The stored row of a profile's exact text, added the first time it is used."""
    digest = hashlib.sha256(source_text.encode("utf-8")).hexdigest()
    row = conn.execute(
        "SELECT id FROM profiles WHERE profile_id = ? AND version = ? AND sha256 = ?",
        (profile_id, version, digest)).fetchone()
    if row is not None:
        return str(row[0])
    ref, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO profiles (id, station_id, created_at, updated_at, created_by, profile_id,"
        " version, sha256, source_name, source_text) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (ref, context.station_id, now, now, context.actor, profile_id, version, digest,
         source_name, source_text))
    append_changes(conn, context, [("profile", ref, "create",
                                    {"profile_id": profile_id, "version": version})], now=now)
    return ref


@dataclass(frozen=True, slots=True)
class StoredWatchEntry:
    """A watch-list entry as stored."""

    kind: str
    name: str
    note: str
    line: int


def replace_watchlist(database: StationDatabase, context: WriteContext, name: str,
                      threshold: float, entries: Iterable[StoredWatchEntry]) -> int:
    """Make ``entries`` the watch list ``name``; earlier entries are marked removed, not
    deleted. Returns how many entries the list now has."""
    now = context.now()
    with database.transaction() as conn:
        row = conn.execute("SELECT id FROM watchlists WHERE name = ?", (name,)).fetchone()
        if row is None:
            ref = new_id()
            conn.execute(
                "INSERT INTO watchlists (id, station_id, created_at, updated_at, created_by,"
                " updated_by, name, threshold) VALUES (?,?,?,?,?,?,?,?)",
                (ref, context.station_id, now, now, context.actor, context.actor, name,
                 threshold))
        else:
            ref = str(row[0])
            conn.execute("UPDATE watchlists SET threshold = ?, updated_at = ?, updated_by = ?"
                         " WHERE id = ?", (threshold, now, context.actor, ref))
            conn.execute("UPDATE watchlist_entries SET removed_at = ?, removed_by = ?,"
                         " updated_at = ? WHERE watchlist_ref = ? AND removed_at IS NULL",
                         (now, context.actor, now, ref))
        rows = []
        for e in entries:
            ident = new_id()
            rows.append((ident, context.station_id, now, now, ref, e.kind, e.name, e.note,
                         e.line, context.actor, ident))
        conn.executemany(
            "INSERT INTO watchlist_entries (id, station_id, created_at, updated_at,"
            " watchlist_ref, kind, name, note, source_line, created_by, origin_ref)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        append_changes(conn, context, [("watchlist", ref, "replace",
                                        {"name": name, "entries": len(rows),
                                         "threshold": threshold})], now=now)
    return len(rows)


def load_watchlist(database: StationDatabase,
                   name: str) -> tuple[float, list[StoredWatchEntry]] | None:
    """The threshold and current entries of watch list ``name`` (None if there is none)."""
    row = database.query_one("SELECT id, threshold FROM watchlists WHERE name = ?", (name,))
    if row is None:
        return None
    entries = [StoredWatchEntry(r[0], r[1], r[2], r[3]) for r in database.query(
        "SELECT kind, name, note, source_line FROM watchlist_entries"
        " WHERE watchlist_ref = ? AND removed_at IS NULL ORDER BY rowid", (row[0],))]
    return float(row[1]), entries


@dataclass(frozen=True, slots=True)
class WatchMatchRow:
    """A watch-list match seen by an assessment (plain values, as stored)."""

    field: str  # consignee.name, driver.name, vehicle.registration, ...
    value: str  # the declaration's value as written
    entry_kind: str
    entry_name: str
    entry_note: str
    entry_line: int
    score: float
    threshold: float


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    """An assessment to store (plain values: the store knows no engine types)."""

    declaration_id: str
    score: float
    lane: str
    random: bool
    hits: Sequence[tuple[str, float, str | None, str]]  # rule, weight, forced lane, explanation
    watch_matches: Sequence[WatchMatchRow] = ()


def store_assessments(conn: sqlite3.Connection, context: WriteContext, profile_ref: str,
                      rows: Sequence[AssessmentRow]) -> int:
    """Store assessments of the latest versions of their declarations; call in a transaction."""
    now = context.now()
    ids = [row.declaration_id for row in rows]
    versions: dict[str, tuple[str, str, int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for found in conn.execute(
                "SELECT declaration_id, id, latest_version_ref, latest_version FROM declarations"
                f" WHERE declaration_id IN ({marks})", chunk):
            versions[found[0]] = (found[1], found[2], found[3])
    assessments: list[tuple[object, ...]] = []
    hits: list[tuple[object, ...]] = []
    matches: list[tuple[object, ...]] = []
    changes: list[tuple[str, str, str, dict[str, object] | None]] = []
    for row in rows:
        declaration_ref, version_ref, version = versions[row.declaration_id]
        ref = new_id()
        assessments.append((ref, context.station_id, now, now, context.actor, declaration_ref,
                            version_ref, version, profile_ref, row.score, row.lane,
                            int(row.random)))
        hits.extend((new_id(), context.station_id, now, now, ref, rule, weight, lane, text)
                    for rule, weight, lane, text in row.hits)
        matches.extend((new_id(), context.station_id, now, now, ref, m.field, m.value,
                        m.entry_kind, m.entry_name, m.entry_note, m.entry_line, m.score,
                        m.threshold) for m in row.watch_matches)
        changes.append(("assessment", ref, "create", {"lane": row.lane}))
    conn.executemany(
        "INSERT INTO assessments (id, station_id, created_at, updated_at, created_by,"
        " declaration_ref, version_ref, declaration_version, profile_ref, score, lane, random)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", assessments)
    conn.executemany(
        "INSERT INTO assessment_hits (id, station_id, created_at, updated_at, assessment_ref,"
        " rule_id, weight, forced_lane, explanation) VALUES (?,?,?,?,?,?,?,?,?)", hits)
    if matches:
        conn.executemany(
            "INSERT INTO assessment_watch_matches (id, station_id, created_at, updated_at,"
            " assessment_ref, field, value, entry_kind, entry_name, entry_note, entry_line,"
            " score, threshold) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", matches)
    append_changes(conn, context, changes, now=now)
    refresh_queue(conn, (versions[row.declaration_id][0] for row in rows))
    return len(assessments)
