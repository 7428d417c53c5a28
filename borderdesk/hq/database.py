"""Headquarters' storage: one layer over SQLite (one machine) and PostgreSQL (national).

The HQ modules write their SQL once, with ``?`` placeholders and a subset both engines
read the same (``ON CONFLICT ... DO NOTHING``/``DO UPDATE``, ``RETURNING``, no
``INSERT OR IGNORE``); :class:`_Dialect` makes the few differences (placeholders, the
binary and auto-numbered column types in DDL, ``FOR UPDATE``). URLs:

- ``sqlite:///PATH``: ``sqlite:///hq.db`` is relative, ``sqlite:////srv/hq.db``
  absolute (the SQLAlchemy form; :func:`sqlite_url` writes one from a path);
- ``postgresql://user[:password]@host[:port]/dbname`` (psycopg 3).

The FastAPI app runs its endpoints on a thread pool, so one :class:`HqDatabase` hands
each thread its own connection. Writes serialise where it matters: on SQLite a write
transaction starts with ``BEGIN IMMEDIATE`` (one writer at a time, WAL lets readers
go on); on PostgreSQL a write that must see the latest committed state first locks its
row with ``SELECT ... FOR UPDATE`` (the stream row of a push, the blob row of a chunk),
and primary keys refuse whatever slips past. The schema is versioned in ``hq_schema``
(:mod:`borderdesk.hq.schema`).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import psycopg
import psycopg.errors

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr

Engine = Literal["sqlite", "postgresql"]
Params = Sequence[Any]


class HqStoreError(StoreError):
    """HQ's database cannot be opened or used: a wrong URL, a server that does not answer,
    a database that ``hq init`` did not prepare. The message names the URL (never its
    password)."""


class Duplicate(HqStoreError):
    """A write that a primary key or unique constraint refused (two requests raced)."""


class NotFound(HqStoreError):
    """A row asked for by its key that HQ does not hold."""


def sqlite_url(path: Path) -> str:
    """The URL of the SQLite database file ``path``."""
    return "sqlite:///" + str(path)


def redacted(url: str) -> str:
    """``url`` without its password, to be shown in messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username}@{host}" if parts.username else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class _Dialect:
    engine: Engine
    blob: str
    serial: str
    bigint: str = "BIGINT"

    def sql(self, text: str) -> str:
        """A statement written for both engines, in this engine's words."""
        text = text.replace("{blob}", self.blob).replace("{serial}", self.serial)
        if self.engine == "sqlite":
            return re.sub(r"\s+FOR UPDATE\b", "", text)
        return text.replace("%", "%%").replace("?", "%s")


_SQLITE = _Dialect("sqlite", "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT")
_POSTGRES = _Dialect("postgresql", "BYTEA", "BIGSERIAL PRIMARY KEY")


class Transaction:
    """One open transaction on the calling thread's connection."""

    def __init__(self, conn: Any, dialect: _Dialect, url: str) -> None:
        self._conn = conn
        self._dialect = dialect
        self._url = url
        self.engine: Engine = dialect.engine

    def execute(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Run one statement; its rows (none for a write without ``RETURNING``)."""
        cursor = self._run(sql, params)
        if cursor.description is None:
            return []
        return [tuple(row) for row in cursor.fetchall()]

    def one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        """The first row of a statement, or None."""
        rows = self.execute(sql, params)
        return rows[0] if rows else None

    def run(self, sql: str, params: Params = ()) -> int:
        """Run a write; how many rows it changed (0 when ``ON CONFLICT DO NOTHING`` did)."""
        return int(self._run(sql, params).rowcount)

    def many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one write for each of ``rows``."""
        if not rows:
            return
        try:
            self._conn.cursor().executemany(self._dialect.sql(sql), [tuple(r) for r in rows])
        except (sqlite3.IntegrityError, psycopg.errors.IntegrityError) as exc:
            raise Duplicate(tr("{url}: a conflicting write ({reason})", url=self._url,
                               reason=exc)) from None
        except (sqlite3.DatabaseError, psycopg.OperationalError) as exc:
            raise HqStoreError(tr("{url}: {reason}", url=self._url, reason=exc)) from None

    def _run(self, sql: str, params: Params) -> Any:
        try:
            cursor = self._conn.cursor()
            cursor.execute(self._dialect.sql(sql), tuple(params))
        except (sqlite3.IntegrityError, psycopg.errors.IntegrityError) as exc:
            raise Duplicate(tr("{url}: a conflicting write ({reason})", url=self._url,
                               reason=exc)) from None
        except (sqlite3.DatabaseError, psycopg.OperationalError) as exc:
            # The environment's fault (a lock held too long, a server gone, a file that is
            # not a database): plain words.
            raise HqStoreError(tr("{url}: {reason}", url=self._url, reason=exc)) from None
        return cursor


class HqDatabase:
    """HQ's database at ``url``: a connection per thread, transactions on demand."""

    def __init__(self, url: str, dialect: _Dialect, target: str) -> None:
        self.url = url
        self.engine: Engine = dialect.engine
        self._dialect = dialect
        self._target = target  # the file path (SQLite) or the connection string
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        self._closed = False

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> HqDatabase:
        """Open the HQ database that ``hq init`` prepared, bringing its schema up to date."""
        from borderdesk.hq import schema  # the migrations use this module's Transaction

        db = cls._connectable(url, create=False)
        try:
            schema.upgrade(db)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def create(cls, url: str) -> HqDatabase:
        """Make a new HQ database at ``url`` (a new or empty SQLite file; an existing,
        empty PostgreSQL database) with the current schema."""
        from borderdesk.hq import schema

        db = cls._connectable(url, create=True)
        try:
            schema.create(db)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def _connectable(cls, url: str, *, create: bool) -> HqDatabase:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "sqlite":
            if not url.startswith("sqlite:///") or len(url) == len("sqlite:///"):
                raise HqStoreError(tr(
                    "{url}: a SQLite URL is sqlite:///PATH (sqlite:////srv/hq.db for an "
                    "absolute path)", url=url))
            path = Path(url[len("sqlite:///"):])
            if not path.parent.is_dir():
                raise HqStoreError(tr("{url}: the folder {folder} does not exist", url=url,
                                      folder=path.parent))
            if create and path.exists() and path.stat().st_size > 0:
                raise HqStoreError(tr(
                    "{url}: the file exists already; hq init makes a new database only",
                    url=url))
            if not create and not path.is_file():
                raise HqStoreError(tr(
                    "{url}: is not a borderdesk HQ database (no such file): run borderdesk "
                    "hq init --hq-db URL", url=url))
            db = cls(url, _SQLITE, str(path))
        elif scheme in ("postgresql", "postgres"):
            db = cls(url, _POSTGRES, url)
        else:
            raise HqStoreError(tr(
                "{url}: not a database URL borderdesk knows (sqlite:///PATH or "
                "postgresql://USER@HOST:PORT/DBNAME)", url=redacted(url)))
        db._connection()  # fail now, in plain words, if it cannot be reached
        return db

    # --- connections -----------------------------------------------------------------------

    def _connection(self) -> Any:
        if self._closed:
            raise HqStoreError(tr("{url}: the database is closed", url=redacted(self.url)))
        conn = getattr(self._local, "conn", None)
        if conn is not None and self.engine == "postgresql" and (conn.closed or conn.broken):
            self._forget(conn)
            conn = None
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _connect(self) -> Any:
        if self.engine == "sqlite":
            try:
                conn = sqlite3.connect(self._target, isolation_level=None, timeout=30.0,
                                       check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA busy_timeout=30000")
            except sqlite3.DatabaseError as exc:
                raise HqStoreError(tr("{url}: cannot be opened as a SQLite database ({reason})",
                                      url=self.url, reason=exc)) from None
            return conn
        try:
            return psycopg.connect(self._target, connect_timeout=10)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise HqStoreError(tr("{url}: cannot connect to PostgreSQL ({reason})",
                                  url=redacted(self.url), reason=reason)) from None

    def _forget(self, conn: Any) -> None:
        self._local.conn = None
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        # A broken connection may fail to close: it is gone either way.
        with suppress(Exception):
            conn.close()

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._closed = True
        for conn in connections:
            with suppress(Exception):  # another thread's broken connection: nothing to keep
                conn.close()

    def __enter__(self) -> HqDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        """One transaction on this thread's connection: committed when the block ends,
        rolled back when it raises. ``write=False`` for reads (SQLite: no write lock)."""
        conn = self._connection()
        if getattr(self._local, "busy", False):
            raise RuntimeError("HQ transactions do not nest")
        self._local.busy = True
        try:
            tx = Transaction(conn, self._dialect, redacted(self.url))
            try:
                if self.engine == "sqlite":
                    tx.run("BEGIN IMMEDIATE" if write else "BEGIN")
                yield tx
            except BaseException:
                self._rollback(conn)
                raise
            try:
                conn.commit() if self.engine == "postgresql" else conn.execute("COMMIT")
            except (sqlite3.Error, psycopg.Error) as exc:
                self._rollback(conn)
                if isinstance(exc, sqlite3.IntegrityError | psycopg.errors.IntegrityError):
                    raise Duplicate(tr("{url}: a conflicting write ({reason})",
                                       url=redacted(self.url), reason=exc)) from None
                raise HqStoreError(tr(
                    "{url}: the transaction could not be committed ({reason})",
                    url=redacted(self.url), reason=exc)) from None
        finally:
            self._local.busy = False

    def _rollback(self, conn: Any) -> None:
        try:
            if self.engine == "postgresql":
                conn.rollback()
            elif conn.in_transaction:
                conn.execute("ROLLBACK")
        except (sqlite3.Error, psycopg.Error):
            if self.engine == "postgresql":
                self._forget(conn)  # a connection that cannot roll back is not used again

    def has_table(self, name: str) -> bool:
        """Whether the database holds a table called ``name``."""
        with self.transaction(write=False) as tx:
            if self.engine == "sqlite":
                row = tx.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (name,))
            else:
                row = tx.one("SELECT 1 FROM information_schema.tables WHERE table_schema ="
                             " current_schema() AND table_name = ?", (name,))
        return row is not None

    def sql(self, text: str) -> str:
        """``text`` in this engine's words (DDL with ``{blob}`` and ``{serial}``)."""
        return self._dialect.sql(text)
