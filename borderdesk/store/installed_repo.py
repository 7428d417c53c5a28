"""The artefacts the station installed from headquarters (``sync_installed``, m022).

One row per artefact installed: its kind, name, version, the SHA-256 of the file and
HQ's publication serial, who installed it and when, and for profiles and code lists
the file itself. Rows are never changed: a newer version is a new row, and the
newest row of a kind and name is what is installed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase

TABLE = "sync_installed"
_COLUMNS = "id, kind, name, version, sha256, serial, installed_at, installed_by"


@dataclass(frozen=True, slots=True)
class InstalledRow:
    """One stored install (without the file's content)."""

    id: str
    kind: str
    name: str
    version: str
    sha256: str
    serial: int
    installed_at: str
    installed_by: str


def _row(values: sqlite3.Row | tuple[object, ...]) -> InstalledRow:
    ident, kind, name, version, sha256, serial, at, by = values
    return InstalledRow(str(ident), str(kind), str(name), str(version), str(sha256),
                        int(str(serial)), str(at), str(by))


def record_install(conn: sqlite3.Connection, context: WriteContext, *, kind: str, name: str,
                   version: str, sha256: str, serial: int,
                   content: bytes | None) -> InstalledRow:
    """Record an installed artefact (and its change-log row); call inside a transaction."""
    ident, now = new_id(), context.now()
    conn.execute(
        f"INSERT INTO {TABLE} (id, station_id, created_at, updated_at, kind, name, version,"
        " sha256, serial, installed_at, installed_by, content) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, kind, name, version, sha256, serial, now,
         context.actor, content))
    append_changes(conn, context, [(TABLE, ident, "create", {
        "kind": kind, "name": name, "version": version, "sha256": sha256,
        "serial": serial})], now=now)
    return InstalledRow(ident, kind, name, version, sha256, serial, now, context.actor)


def installed_rows(database: StationDatabase) -> list[InstalledRow]:
    """Every install, in the order they happened."""
    return [_row(r) for r in database.query(f"SELECT {_COLUMNS} FROM {TABLE} ORDER BY rowid")]


def versions_of(database: StationDatabase, kind: str, name: str) -> list[InstalledRow]:
    """The installs of one artefact (kind and name), oldest first."""
    return [_row(r) for r in database.query(
        f"SELECT {_COLUMNS} FROM {TABLE} WHERE kind = ? AND name = ? ORDER BY rowid",
        (kind, name))]


def latest_content(database: StationDatabase, kind: str,
                   name: str) -> tuple[InstalledRow, bytes] | None:
    """The newest install of an artefact kept with its file, and that file."""
    row = database.query_one(
        f"SELECT {_COLUMNS}, content FROM {TABLE} WHERE kind = ? AND name = ?"
        " AND content IS NOT NULL ORDER BY rowid DESC LIMIT 1", (kind, name))
    if row is None:
        return None
    return _row(tuple(row)[:8]), bytes(row[8])
