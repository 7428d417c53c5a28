"""Opening the station database: pragmas, identity checks, migrations, transactions.

The station database is one SQLite file in WAL mode with ``synchronous=FULL``
(a write the user saw confirmed must survive a power cut) and foreign keys on.
``application_id`` marks the file as ours and ``user_version`` counts the
applied migrations, so a file from another program or a newer borderdesk is
refused with a plain message instead of being damaged.

Every write goes through :meth:`StationDatabase.transaction`, which starts a
``BEGIN IMMEDIATE`` transaction (the write lock is taken up front, so two
writers wait for each other instead of failing half-way).

An encrypted station is the same database in SQLCipher 4's format, opened with
its raw 256-bit key (``PRAGMA key = "x'…'"``: the key is random, so no password
stretching is needed) through ``sqlcipher3``, which is imported only then: the
plain path costs what it always did. Its connection has the ``sqlite3`` API
(sqlcipher3 is a fork of that module), so everything above it is the same;
only its error classes differ (see :mod:`borderdesk.store.dbapi`). Temporary
tables and sort files are kept in memory there, so no plaintext reaches a
temporary file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import sqlite_utils

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr
from borderdesk.store import dbapi
from borderdesk.store.errors import EncryptedDatabaseError, NotEncryptedError, WrongKeyError

#: "BDSK" in ASCII: written into the SQLite header of every station database.
APPLICATION_ID = 0x4244534B
BUSY_TIMEOUT_MS = 10_000
#: The first 16 bytes of every plain SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: A raw SQLCipher key: 256 bits.
KEY_BYTES = 32


class StationDatabase:
    """An open station database: a sqlite-utils ``Database`` with our transaction rules."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *,
                 encrypted: bool = False) -> None:
        self.conn = conn
        self.path = path
        #: Whether the file is encrypted (opened with a key through sqlcipher3).
        self.encrypted = encrypted
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

    @property
    def driver(self) -> ModuleType:
        """The DB-API module of the connection (``sqlite3`` or ``sqlcipher3.dbapi2``)."""
        return dbapi.driver_of(self.conn)

    def close(self) -> None:
        """Close the connection (uncommitted work is rolled back by SQLite)."""
        self.conn.close()


def _connect(path: Path | None) -> sqlite3.Connection:
    target = ":memory:" if path is None else str(path)
    # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves.
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher a raw key (no PBKDF2: the key is random)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_encrypted(path: Path, key: bytes) -> sqlite3.Connection:
    """A sqlcipher3 connection to ``path`` keyed with ``key`` (not yet read: a wrong key
    shows at the first read, as ``DatabaseError: file is not a database``).

    Typed as ``sqlite3.Connection``: sqlcipher3's class has the same API (a fork of it).
    """
    driver = dbapi.cipher_driver()
    conn = driver.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = driver.Row
    try:
        # Before the key: SQLCipher would print a wrong key's HMAC failure on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        # Temporary tables, indexes and sorts in memory: no plaintext in temporary files.
        conn.execute("PRAGMA temp_store = MEMORY")
        # A driver built without SQLCipher would ignore PRAGMA key and write plaintext.
        if not conn.execute("PRAGMA cipher_version").fetchall():
            raise StoreError(tr("the installed sqlcipher3 module cannot encrypt (no SQLCipher)"))
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def _head(path: Path) -> tuple[bytes, int] | None:
    """The file's first 16 bytes and its size; ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)), os.fstat(handle.fileno()).st_size
    except OSError:  # missing, a folder, unreadable: nothing to look at
        return None


def is_encrypted_file(path: Path) -> bool:
    """Whether ``path`` holds an encrypted database (by its look, without a key).

    A plain SQLite file starts with ``SQLite format 3``; an encrypted one starts with
    its random salt and holds whole pages. An empty or missing file is not encrypted,
    nor is a file that is not a whole number of pages (junk, or a text file).
    """
    found = _head(path)
    if found is None:
        return False
    head, size = found
    # 512 divides every page size SQLite and SQLCipher allow (512 to 65,536 bytes).
    return size > 0 and head != SQLITE_HEADER and size % 512 == 0


def is_plain_file(path: Path) -> bool:
    """Whether ``path`` is a plain (unencrypted) SQLite file."""
    found = _head(path)
    return found is not None and found[0] == SQLITE_HEADER


def _describe(path: Path | None) -> str:
    return ":memory:" if path is None else str(path)


def _open_connection(path: Path | None, key: bytes | None) -> sqlite3.Connection:
    if key is None:
        return _connect(path)
    if path is None:
        raise ValueError("an in-memory database is never encrypted")
    if is_plain_file(path):
        raise NotEncryptedError(tr(
            "{path}: is not encrypted (a plain SQLite file), but it was opened with a key",
            path=path))
    return connect_encrypted(path, key)


def _unreadable(path: Path | None, key: bytes | None, reason: str) -> StoreError:
    """The plain words for a first read that failed."""
    if path is not None and is_encrypted_file(path):
        if key is None:
            return EncryptedDatabaseError(tr("{path}: is encrypted: sign in to open it",
                                             path=path))
        return WrongKeyError(tr(
            "{path}: the station's key does not open it (it was encrypted with another "
            "key: does the key file beside it belong to it?)", path=path))
    return StoreError(tr("{path}: not a station database ({reason})", path=_describe(path),
                         reason=reason))


def open_database(path: Path | None, *, create: bool = True,
                  key: bytes | None = None) -> StationDatabase:
    """Open (and when new, create) the station database at ``path``; ``None`` is in memory.

    With ``key`` (the raw 32-byte SQLCipher key) the file is encrypted: a new one is
    created encrypted, an existing one must be encrypted with that key.

    Applies pending migrations. Raises :class:`StoreError` for a file that is
    not a station database, one made by a newer borderdesk, or one that cannot
    be opened; :class:`EncryptedDatabaseError` for an encrypted file opened without
    a key, :class:`WrongKeyError` for a wrong key, :class:`NotEncryptedError` for a
    plain file opened with a key.
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
        conn = _open_connection(path, key)
    except dbapi.database_errors() as exc:
        raise _unreadable(path, key, str(exc)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        table_count = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    except dbapi.database_errors() as exc:
        conn.close()
        raise _unreadable(path, key, str(exc)) from None
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
        database = StationDatabase(conn, path, encrypted=key is not None)
        if user_version < SCHEMA_VERSION:
            with database.transaction():
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                MIGRATIONS.apply(database.db)
                applied = len(MIGRATIONS.applied(database.db))
                conn.execute(f"PRAGMA user_version={applied}")
    except dbapi.operational_errors() as exc:
        conn.close()
        raise StoreError(tr("{path}: cannot be opened for writing ({reason})",
                            path=_describe(path), reason=str(exc))) from None
    return database
