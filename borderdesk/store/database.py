"""Opening the station database: pragmas, identity checks, migrations, transactions.

The station database is one SQLite file in WAL mode with ``synchronous=FULL``
(a write the user saw confirmed must survive a power cut) and foreign keys on.
``application_id`` marks the file as ours and ``user_version`` counts the
applied migrations, so a file from another program or a newer borderdesk is
refused with a plain message instead of being damaged.

Every write goes through :meth:`StationDatabase.transaction`, which starts a
``BEGIN IMMEDIATE`` transaction (the write lock is taken up front, so two
writers wait for each other instead of failing half-way).
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr

#: "BDSK" in ASCII: written into the SQLite header of every station database.
APPLICATION_ID = 0x4244534B
BUSY_TIMEOUT_MS = 10_000


class StationDatabase:
    """An open station database: a sqlite-utils ``Database`` with our transaction rules."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        # execute_plugins=False: no third-party hook may touch the evidence database.
        self.db = sqlite_utils.Database(conn, execute_plugins=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls become savepoints."""
        if self.conn.in_transaction:
            name = f"sp_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self._rollback()
            raise
        else:
            self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        # An error such as a RAISE(ROLLBACK) trigger may already have ended it.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows (``sqlite3.Row``)."""
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        """Run a read query and return its first row, or ``None``."""
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def close(self) -> None:
        """Close the connection (uncommitted work is rolled back by SQLite)."""
        self.conn.close()


def _connect(path: Path | None) -> sqlite3.Connection:
    target = ":memory:" if path is None else str(path)
    # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves.
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def _describe(path: Path | None) -> str:
    return ":memory:" if path is None else str(path)


def open_database(path: Path | None, *, create: bool = True) -> StationDatabase:
    """Open (and when new, create) the station database at ``path``; ``None`` is in memory.

    Applies pending migrations. Raises :class:`StoreError` for a file that is
    not a station database, one made by a newer borderdesk, or one that cannot
    be opened.
    """
    from borderdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION

    if path is not None:
        if path.is_dir():
            raise StoreError(tr("{path}: is a folder, not a station database", path=path))
        if not path.exists():
            if not create:
                raise StoreError(tr("{path}: no such station database", path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(tr("{path}: cannot create the folder ({reason})",
                                    path=path, reason=exc.strerror)) from None
    try:
        conn = _connect(path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        table_count = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(tr("{path}: not a station database ({reason})",
                            path=_describe(path), reason=str(exc))) from None
    if app_id != APPLICATION_ID and (app_id != 0 or table_count > 0):
        conn.close()
        raise StoreError(tr("{path}: not a borderdesk station database", path=_describe(path)))
    if user_version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(tr(
            "{path}: made by a newer borderdesk (schema {found}, this version knows {known}); "
            "update borderdesk to open it", path=_describe(path), found=user_version,
            known=SCHEMA_VERSION))
    try:
        if path is not None:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        database = StationDatabase(conn, path)
        if user_version < SCHEMA_VERSION:
            with database.transaction():
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                MIGRATIONS.apply(database.db)
                applied = len(MIGRATIONS.applied(database.db))
                conn.execute(f"PRAGMA user_version={applied}")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise StoreError(tr("{path}: cannot be opened for writing ({reason})",
                            path=_describe(path), reason=str(exc))) from None
    return database
