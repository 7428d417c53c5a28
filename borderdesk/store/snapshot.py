"""A consistent copy of an open station database, and the checks of a database file.

:func:`snapshot_database` uses SQLite's online backup API in one step: the copy is
read inside one read transaction, so it is the database at one moment while other
connections keep writing (WAL lets them). An encrypted station is copied into a
target keyed with the same key, page by page through SQLCipher (pages are
decrypted and encrypted again, never written in plaintext); sqlcipher3 refuses to
copy an encrypted database into an unkeyed one.

:func:`check_database_file` opens a file on a connection of its own and says what
is wrong with it: the backup and the restore use it, and so does the encryption's
verification (:mod:`borderdesk.store.cipher`).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr
from borderdesk.store import dbapi
from borderdesk.store.database import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    StationDatabase,
    connect_encrypted,
)


@dataclass(frozen=True, slots=True)
class DatabaseFileFacts:
    """What a checked database file says about itself."""

    schema_version: int
    station_id: str | None


def snapshot_database(database: StationDatabase, target: Path, key: bytes | None) -> None:
    """Copy the open ``database`` into the new file ``target`` (keyed with ``key`` when the
    database is encrypted). The copy is in rollback-journal mode: one self-contained file.
    """
    if database.encrypted != (key is not None):
        raise ValueError("an encrypted database is copied with its key, a plain one without")
    if key is not None:
        dest = connect_encrypted(target, key)
    else:
        dest = sqlite3.connect(str(target), isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        # pages=-1: the whole file in one step, i.e. one read transaction, one moment.
        database.conn.backup(dest, pages=-1)
        # The copied header says WAL (as the original); a backup is one file.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def database_problems(conn: sqlite3.Connection, encrypted: bool) -> list[str]:
    """What ``integrity_check`` (and for an encrypted file each page's HMAC) finds wrong."""
    problems: list[str] = []
    integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(tr("integrity check: {result}", result="; ".join(integrity[:3])))
    if encrypted:
        pages = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        if pages:
            problems.append(tr("page check: {result}", result="; ".join(pages[:3])))
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        problems.append(tr("not a borderdesk station database"))
    return problems


def check_database_file(path: Path, key: bytes | None) -> DatabaseFileFacts:
    """Open ``path`` (with ``key`` when encrypted), check it whole, return its facts.

    Raises :class:`StoreError` naming the file and what is wrong.
    """
    if not path.is_file():
        raise StoreError(tr("{path}: no such database file", path=path))
    if key is not None:
        conn = connect_encrypted(path, key)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        problems = database_problems(conn, key is not None)
        schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        station_id = None
        if not problems:
            row = conn.execute("SELECT id FROM station LIMIT 1").fetchone()
            station_id = None if row is None else str(row[0])
    except dbapi.database_errors() as exc:
        problems, schema_version, station_id = [str(exc)], 0, None
    finally:
        conn.close()
    if problems:
        raise StoreError(tr("{path}: {problems}", path=path, problems="; ".join(problems)))
    return DatabaseFileFacts(schema_version, station_id)


def fsync_file(path: Path) -> None:
    """Make ``path``'s content durable."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder, and NTFS
    journals the rename itself)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
